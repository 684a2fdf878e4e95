import { describe, expect, it } from 'vitest';
import { fingerprintKey } from '../../src/findings/distinct-key.js';
import { Fingerprinter } from '../../src/findings/fingerprint.js';
import { InventoryBuilder } from '../../src/inventory/aggregate.js';
import { FileTally } from '../../src/inventory/file-tally.js';

const fingerprinter = new Fingerprinter('fabricated-test-key-0123456789');
const phone = (i: number): string => fingerprinter.fingerprint('phone', `+46701${String(i).padStart(6, '0')}`);

describe('fingerprintKey', () => {
  it('takes the first 53 bits of a fingerprint: the same key for the same fingerprint, a safe integer', () => {
    const fp = phone(1);
    expect(fp).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(fingerprintKey(fp)).toBe(fingerprintKey(`${fp}`));
    expect(Number.isSafeInteger(fingerprintKey(fp))).toBe(true);
    expect(fingerprintKey('AAAAAAAAB')).toBe(0); // the 9th character's lowest bit is the 54th bit: dropped
    expect(fingerprintKey('AAAAAAAAC')).toBe(1);
    expect(fingerprintKey('_________')).toBe(2 ** 53 - 1);
  });

  it('gives 20,000 different fingerprints 20,000 different keys', () => {
    const keys = new Set<number>();
    for (let i = 0; i < 20_000; i++) keys.add(fingerprintKey(phone(i)));
    expect(keys.size).toBe(20_000);
  });

  it('hashes strings that are not fingerprints instead of failing', () => {
    expect(Number.isSafeInteger(fingerprintKey('p1'))).toBe(true);
    expect(fingerprintKey('p1')).not.toBe(fingerprintKey('p2'));
    expect(fingerprintKey('not base64 ü!')).toBe(fingerprintKey('not base64 ü!'));
  });
});

describe('distinct values of a cached scan (keyed fingerprints)', () => {
  it('are counted across files as in a plain scan', () => {
    const builder = new InventoryBuilder();
    // Two files sharing 1,000 of their 3,000 values each: 5,000 distinct.
    for (const [file, from] of [['crm/a.csv', 0], ['crm/b.csv', 2_000]] as const) {
      const tally = new FileTally();
      for (let i = from; i < from + 3_000; i++) tally.add('phone', 'high', 'mobile', 'Telefon', phone(i), () => '070-*** ** **');
      builder.addFileTally('crm', file, tally.toData());
    }
    const [crm] = builder.build();
    expect(crm!.categories[0]).toMatchObject({ category: 'phone', occurrences: 6_000, distinctValues: 5_000 });
  });
});
