import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedExtractor } from '../../src/extract/compressed.js';
import type { Delegate, ExtractItem } from '../../src/extract/types.js';
import { tar } from '../../scripts/fixtures/_tar.mjs';
import { extractBytes, extractError, extractFile, FORMATS, segments, skips } from './collect.js';

const TARBALL = join(FORMATS, 'tar/export.tar.gz');
const LOG = join(FORMATS, 'gz/access.log.2.gz');
const delegates = (items: readonly ExtractItem[]): Delegate[] => items.filter((i): i is Delegate => 'kind' in i && i.kind === 'delegate');
const text = (d: Delegate): string => Buffer.from(d.bytes).toString('utf8');
const LONG_NAME = `export/ärenden/${'2024-arkiv-'.repeat(9)}sammanfattning.txt`;

describe('compressed extractor: fixtures/formats/tar/export.tar.gz', async () => {
  const fromDisk = await extractFile(compressedExtractor, TARBALL);

  it('hands every regular file on by its path, without `./`, a pax long name included', () => {
    expect(delegates(fromDisk).map((d) => d.name)).toEqual(['export/crm/kunder.csv', 'export/notes/anteckning.txt', LONG_NAME]);
    const kunder = delegates(fromDisk)[0]!;
    expect(text(kunder)).toContain('Anna Lindqvist;850312-2387;070-123 45 67');
    expect(kunder.describedAs).toBe('archive entry');
    expect(kunder.wrap({ kind: 'cell', row: 2, column: 'Namn' })).toEqual({ kind: 'archive', entry: 'export/crm/kunder.csv', inner: { kind: 'cell', row: 2, column: 'Namn' } });
    expect(text(delegates(fromDisk)[2]!)).toBe('Kund: Fatima Hassan, tel 08-123 456 78\n');
  });

  it('never follows the symbolic link, and passes over the folder and the macOS resource file', () => {
    expect(delegates(fromDisk).some((d) => d.name.includes('länk') || d.name.includes('__MACOSX'))).toBe(false);
    expect(skips(fromDisk)).toEqual([]);
  });

  it('reads each entry name as text, so that a name holding personal data is found', () => {
    expect(segments(fromDisk).map((s) => s.text)).toContain('export\ncrm\nkunder');
  });

  it('reads the same from memory (a tarball attached to a mail) and without gzip', async () => {
    const packed = readFileSync(TARBALL);
    const fromMemory = await extractBytes(compressedExtractor, 'export.tgz', packed);
    expect(delegates(fromMemory).map((d) => [d.name, text(d)])).toEqual(delegates(fromDisk).map((d) => [d.name, text(d)]));
    const { gunzipSync } = await import('node:zlib');
    const plain = await extractBytes(compressedExtractor, 'export.tar', gunzipSync(packed));
    expect(delegates(plain).map((d) => d.name)).toEqual(delegates(fromDisk).map((d) => d.name));
  });
});

describe('compressed extractor: fixtures/formats/gz/access.log.2.gz', async () => {
  const items = await extractFile(compressedExtractor, LOG);

  it('hands the inflated log on under its name without `.gz`, read by its own type', () => {
    const [log] = delegates(items);
    expect(delegates(items)).toHaveLength(1);
    expect(log!.name).toBe('access.log.2');
    expect(log!.describedAs).toBe('compressed file');
    expect(text(log!)).toContain('203.0.113.42 - - [02/Nov/2026:10:15:32 +0100] "GET /mina-sidor?email=anna.lindqvist%40exempel.se');
    expect(log!.wrap({ kind: 'line', line: 1 })).toEqual({ kind: 'archive', entry: 'access.log.2', inner: { kind: 'line', line: 1 } });
  });

  it('opens a tarball that lost `.tar` from its name (`export.gz`) as a tarball', async () => {
    const inner = await extractBytes(compressedExtractor, 'export.gz', gzipSync(tar([{ name: 'a.txt', data: 'Bo Ek' }])));
    expect(delegates(inner).map((d) => [d.name, text(d)])).toEqual([['a.txt', 'Bo Ek']]);
  });

  it('recognises gzip and tar by their first bytes when the name says nothing', () => {
    expect(compressedExtractor.sniff?.(readFileSync(LOG).subarray(0, 16))).toBe(true);
    expect(compressedExtractor.sniff?.(tar([{ name: 'a.txt', data: 'x' }]).subarray(0, 512))).toBe(true);
    expect(compressedExtractor.sniff?.(Buffer.from('Namn;E-post\n'))).toBe(false);
  });
});

describe('compressed extractor: bombs, limits and damage', () => {
  it('reports a gzip bomb (more than 200 times, past a megabyte) instead of handing it on', async () => {
    const error = await extractError(extractBytes(compressedExtractor, 'bomb.log.gz', gzipSync(Buffer.alloc(8 * 1024 * 1024))));
    expect(error).toMatchObject({ reason: 'too-large', detail: 'inflates more than 200 times (a gzip bomb?)' });
  });

  it('holds a gzipped file to --max-file-size', async () => {
    const error = await extractError(extractBytes(compressedExtractor, 'stor.csv.gz', gzipSync('Anna Berg;anna@exempel.se\n'.repeat(400)), 4096));
    expect(error).toMatchObject({ reason: 'too-large', detail: 'inflates to more than the 4096-byte limit' });
  });

  it('reports a file with a .gz name that is not gzip, and damaged gzip data', async () => {
    expect(await extractError(extractBytes(compressedExtractor, 'x.gz', Buffer.from('hej hej')))).toMatchObject({ reason: 'corrupt', detail: 'not a gzip file (no gzip header)' });
    const damaged = Buffer.from(gzipSync('Anna Berg 070-123 45 67\n'.repeat(50)));
    damaged.fill(0x55, 12, 40);
    expect(await extractError(extractBytes(compressedExtractor, 'x.log.gz', damaged))).toMatchObject({ reason: 'corrupt' });
  });

  it('holds tar entries to --max-file-size and reads the others', async () => {
    const bytes = tar([
      { name: 'stor.csv', data: 'Namn;E-post\n' + 'Anna Berg;anna@exempel.se\n'.repeat(200) },
      { name: 'liten.txt', data: 'Bo Ek' },
    ]);
    const items = await extractBytes(compressedExtractor, 'x.tar', bytes, 4096);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'too-large', detail: 'archive entry "stor.csv" of 5212 bytes is over the 4096-byte limit' }]);
    expect(delegates(items).map((d) => d.name)).toEqual(['liten.txt']);
  });

  it('reads a truncated tarball as far as it goes and reports the rest', async () => {
    const whole = gzipSync(tar([
      { name: 'a.txt', data: 'Anna Berg 070-123 45 67\n' },
      { name: 'b.txt', data: 'x'.repeat(20_000) },
    ]));
    const items = await extractBytes(compressedExtractor, 'x.tgz', whole.subarray(0, whole.length - 30));
    expect(delegates(items)[0]).toMatchObject({ name: 'a.txt' });
    expect(skips(items)).toEqual([expect.objectContaining({ kind: 'partial-skip', reason: 'corrupt' })]);
    expect(skips(items)[0]!.detail).toMatch(/^tar archive read in part: /);
  });

  it('reports a .tar that is no tar archive', async () => {
    const error = await extractError(extractBytes(compressedExtractor, 'x.tar', Buffer.from('Namn;E-post\nAnna Berg;anna@exempel.se\n'.repeat(30))));
    expect(error).toMatchObject({ reason: 'corrupt' });
    expect(error.detail).toMatch(/^not a readable tar archive/);
  });

  it('names an entry by its number when its name holds personal data', async () => {
    const items = await extractBytes(compressedExtractor, 'x.tar', tar([{ name: 'Anna_Berg_850312-2386.txt', data: 'hej' }]), undefined, (t) => t.includes('850312'));
    expect(delegates(items).map((d) => [d.name, d.shownName])).toEqual([['Anna_Berg_850312-2386.txt', '#1.txt']]);
  });
});
