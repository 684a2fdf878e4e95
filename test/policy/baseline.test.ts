import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { buildBaseline, fieldKey, keyIdOf, loadBaseline, mergeBaseline, serializeBaseline } from '../../src/policy/baseline.js';
import { finding } from './helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('baseline', () => {
  it('is keyed by system, file, field and category, with sorted keys and no lines or timestamps', () => {
    const text = serializeBaseline(
      buildBaseline(
        [
          finding({ file: 'crm/b.csv', location: { kind: 'cell', row: 7, column: 'E-post' } }),
          finding({ file: 'crm/a.txt', field: undefined, category: 'phone', location: { kind: 'line', line: 12 } }),
          finding({ file: 'crm/b.csv', location: { kind: 'cell', row: 9, column: 'E-post' }, fingerprint: 'fp-bbbbbbbbbbbb' }),
        ],
        undefined,
      ),
    );
    expect(JSON.parse(text)).toEqual({
      entries: { crm: { 'crm/a.txt': { '(text)': { phone: { count: 1 } } }, 'crm/b.csv': { 'E-post': { email: { count: 2 } } } } },
      version: 1,
    });
    expect(text.indexOf('crm/a.txt')).toBeLessThan(text.indexOf('crm/b.csv'));
    expect(text).not.toMatch(/row|line|"12"|scannedAt|fp-/);
  });

  it('keeps keyed value fingerprints only with a key, deduplicated and sorted', () => {
    const places = [finding({ fingerprint: 'fp-zzzzzzzzzzzz' }), finding({ fingerprint: 'fp-aaaaaaaaaaaa' }), finding({ fingerprint: 'fp-zzzzzzzzzzzz' })];
    const keyed = buildBaseline(places, keyIdOf('a key of at least 16 bytes'));
    expect(keyed.entries.crm?.['crm/kunder.csv']?.['E-post']?.email).toEqual({ count: 3, values: ['fp-aaaaaaaaaaaa', 'fp-zzzzzzzzzzzz'] });
    expect(keyed.keyId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(keyIdOf('a key of at least 16 bytes')).toBe(keyed.keyId);
    expect(keyIdOf('another key, also long enough')).not.toBe(keyed.keyId);
  });

  it('update keeps old entries and raises counts; --prune rewrites to today', () => {
    const old = buildBaseline([finding({ file: 'crm/gone.csv' }), finding({}), finding({})], undefined);
    const today = buildBaseline([finding({}), finding({ file: 'crm/new.csv' })], undefined);
    const merged = mergeBaseline(old, today, false).entries.crm!;
    expect(Object.keys(merged).sort()).toEqual(['crm/gone.csv', 'crm/kunder.csv', 'crm/new.csv']);
    expect(merged['crm/kunder.csv']?.['E-post']?.email?.count).toBe(2);
    expect(Object.keys(mergeBaseline(old, today, true).entries.crm!).sort()).toEqual(['crm/kunder.csv', 'crm/new.csv']);
  });

  it.each([
    // The dot inside the address splits it; what is left (a top-level domain) identifies no one.
    ['customers.anna@exempel.se.phone', 'customers.*.se.phone'],
    ['orders.19790415.pnr', 'orders.*.pnr'],
    ['tickets[].requester.email', 'tickets[].requester.email'],
    [undefined, '(text)'],
  ])('field key of %s is %s (fields that are themselves personal data are masked)', (field, expected) => {
    expect(fieldKey(field)).toBe(expected);
  });

  it('loads its own output and rejects broken files with a ConfigError', async () => {
    const dir = tempDir('gdpr-baseline-');
    const good = join(dir, 'good.json');
    const baseline = buildBaseline([finding({})], keyIdOf('a key of at least 16 bytes'));
    writeFileSync(good, serializeBaseline(baseline));
    expect(await loadBaseline(good)).toEqual(baseline);
    expect(await loadBaseline(join(dir, 'missing.json'), true)).toBeUndefined();
    await expect(loadBaseline(join(dir, 'missing.json'))).rejects.toBeInstanceOf(ConfigError);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":1,"entries":{"crm":{"f":{"x":{"shoe-size":{"count":1}}}}}}');
    await expect(loadBaseline(bad)).rejects.toThrow(/entries\.crm\.f\.x/);
    writeFileSync(bad, '{not json');
    await expect(loadBaseline(bad)).rejects.toThrow(/not valid JSON/);
  });
});
