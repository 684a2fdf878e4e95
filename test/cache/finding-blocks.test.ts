import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blocksIntact, FindingBlockWriter, isStoredFinding, placeKey, toStoredFinding, unpackFindings } from '../../src/cache/finding-blocks.js';
import { ConfigError } from '../../src/errors.js';
import type { Finding } from '../../src/scan-types.js';

/** An invented finding; `value` and `normalized` carry the raw value the cache must never keep. */
function finding(i: number): Finding {
  return {
    system: 'crm',
    file: 'crm/kunder.csv',
    location: { kind: 'cell', row: i + 2, column: 'E-post' },
    field: 'E-post',
    category: 'email',
    detector: 'email',
    confidence: 'high',
    ...(i % 3 === 0 ? { subtype: 'role' } : {}),
    reasons: ['syntax', 'column:email'],
    masked: `k***${i}@example.se`,
    fingerprint: `fp${String(i).padStart(14, '0')}`,
    value: `kund${i}@example.se`,
    normalized: `kund${i}@example.se`,
  };
}

const pack = (findings: readonly unknown[]): string => deflateSync(JSON.stringify(findings)).toString('base64');

describe('FindingBlockWriter and unpackFindings', () => {
  it('gives back every finding, in order, relabelled with the system and file of the lookup, without raw values', () => {
    const writer = new FindingBlockWriter();
    const written = Array.from({ length: 25_000 }, (_, i) => finding(i));
    written.push({ ...finding(1), field: undefined, category: 'name', detector: 'name' });
    for (const f of written) writer.add(f);
    const { blocks, places } = writer.finish();
    expect(places).toEqual([['E-post', 'email', 25_000], [null, 'name', 1]]);
    // ~200 bytes of JSON each: 5 MB of findings fill several blocks of about a megabyte.
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocksIntact(blocks)).toBe(true);
    const read = [...unpackFindings(blocks, 'kundregister', 'export/kunder.csv', '/cache')];
    expect(read).toHaveLength(written.length);
    read.forEach((f, i) => {
      const { system: _s, file: _f, value: _v, normalized: _n, ...rest } = written[i]!;
      expect(f).toEqual({ ...rest, system: 'kundregister', file: 'export/kunder.csv', value: '', normalized: '' });
    });
    const text = blocks.map((block) => inflateSync(Buffer.from(block, 'base64')).toString('utf8')).join('');
    expect(text).not.toContain('kund7@example.se');
    expect(text).toContain('k***7@example.se');
  });

  it('an empty writer gives no blocks, and finish() empties it', () => {
    const writer = new FindingBlockWriter();
    expect(writer.finish()).toEqual({ blocks: [], places: [] });
    writer.add(finding(1));
    expect(writer.finish().blocks).toHaveLength(1);
    expect(writer.finish()).toEqual({ blocks: [], places: [] });
  });

  it('keys places by field and category, telling an empty field from free text', () => {
    expect(placeKey('', 'email')).not.toBe(placeKey(undefined, 'email'));
    expect(placeKey(null, 'email')).toBe(placeKey(undefined, 'email'));
    expect(placeKey('E-post', 'email')).not.toBe(placeKey('E-post', 'name'));
  });

  it('finds a damaged block before anything is replayed', () => {
    const writer = new FindingBlockWriter();
    for (let i = 0; i < 100; i++) writer.add(finding(i));
    const [block] = writer.finish().blocks;
    const bytes = Buffer.from(block!, 'base64');
    bytes[bytes.length - 6]! ^= 0x20; // inside the deflate stream, before the Adler-32
    expect(blocksIntact([block!])).toBe(true);
    expect(blocksIntact([block!, bytes.toString('base64')])).toBe(false);
    expect(blocksIntact(['not base64 deflate'])).toBe(false);
  });

  it('stops with an error naming the cache file when an intact block holds something gdpr-scan did not write', () => {
    const good = toStoredFinding(finding(1));
    for (const forged of [[{ ...good, value: 'kund1@example.se' }], [{ ...good, category: 'shoe-size' }], [{ ...good, reasons: 'syntax' }], { not: 'a list' }]) {
      const blocks = [pack(forged as unknown[])];
      expect(blocksIntact(blocks)).toBe(true);
      let error: unknown;
      try {
        [...unpackFindings(blocks, 'crm', 'kunder.csv', '/work/.gdpr-scan-cache')];
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).describe()).toMatch(/^\/work\/\.gdpr-scan-cache: the entry of "kunder\.csv"/);
      expect(String((error as Error).message)).not.toContain('kund1@example.se');
    }
  });
});

describe('isStoredFinding', () => {
  const good = toStoredFinding(finding(3));
  it.each([
    ['a stored finding', good, true],
    ['without the optional field and subtype', { ...good, field: undefined, subtype: undefined }, true],
    ['with a raw value', { ...good, value: 'x' }, false],
    ['with an unknown category', { ...good, category: 'shoe-size' }, false],
    ['with an unknown confidence', { ...good, confidence: 'certain' }, false],
    ['with reasons that are not strings', { ...good, reasons: ['syntax', 3] }, false],
    ['with a location that is a list', { ...good, location: [] }, false],
    ['without a fingerprint', { ...good, fingerprint: undefined }, false],
    ['null', null, false],
    ['a list', [good], false],
  ])('%s', (_name, value, expected) => {
    expect(isStoredFinding(value)).toBe(expected);
  });
});
