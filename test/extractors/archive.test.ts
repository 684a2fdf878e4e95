import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { archiveExtractor } from '../../src/extract/archive.js';
import type { Delegate, ExtractItem } from '../../src/extract/types.js';
import { zip } from '../../scripts/fixtures/_zip.mjs';
import { extractBytes, extractError, extractFile, FORMATS, scratch, skips } from './collect.js';

const FIXTURE = join(FORMATS, 'zip/export.zip');
const delegates = (items: readonly ExtractItem[]): Delegate[] => items.filter((i): i is Delegate => 'kind' in i && i.kind === 'delegate');
const text = (d: Delegate): string => Buffer.from(d.bytes).toString('utf8');

describe('archive extractor: fixtures/formats/zip/export.zip', async () => {
  const fromDisk = await extractFile(archiveExtractor, FIXTURE);

  it('hands every entry on by its path, a code-page-437 name decoded, the nested zip as a zip', () => {
    expect(delegates(fromDisk).map((d) => d.name)).toEqual([
      'export/zendesk/tickets.json',
      'export/crm/kunder.csv',
      'export/mail/fraga.eml',
      'export/Kundlista_Öberg.txt',
      'export/bilagor/arkiv.zip',
      'export/bilagor/id-kort.jpg',
    ]);
    const kunder = delegates(fromDisk)[1]!;
    expect(text(kunder)).toContain('Björn Åkesson;790101-1127');
    expect(kunder.describedAs).toBe('archive entry');
    expect(kunder.wrap({ kind: 'cell', row: 2, column: 'Namn' })).toEqual({ kind: 'archive', entry: 'export/crm/kunder.csv', inner: { kind: 'cell', row: 2, column: 'Namn' } });
  });

  it('reports the encrypted entry and passes over folders, __MACOSX and Thumbs.db', () => {
    expect(skips(fromDisk)).toEqual([{ kind: 'partial-skip', reason: 'encrypted', detail: 'archive entry "export/hemligt.txt" is encrypted' }]);
  });

  it('reads the same from memory (a zip attached to a mail) as from disk', async () => {
    const fromMemory = await extractBytes(archiveExtractor, 'export.zip', readFileSync(FIXTURE));
    expect(delegates(fromMemory).map((d) => [d.name, text(d)])).toEqual(delegates(fromDisk).map((d) => [d.name, text(d)]));
  });

  it('opens the zip inside the zip with the same extractor', async () => {
    const inner = delegates(fromDisk).find((d) => d.name.endsWith('arkiv.zip'))!;
    const items = await extractBytes(archiveExtractor, inner.name, inner.bytes);
    expect(delegates(items).map((d) => [d.name, text(d)])).toEqual([['anteckning.txt', 'Återkom till Mehmet Yilmaz på m.yilmaz@example.org.\n']]);
  });
});

describe('archive extractor: bombs, damage and odd archives', () => {
  it('reports an entry that expands more than 200 times and reads the others', async () => {
    const bytes = zip([
      { name: 'bomb.txt', packed: deflateRawSync(Buffer.alloc(4 * 1024 * 1024)), declared: 4 * 1024 * 1024 },
      { name: 'notes.txt', data: Buffer.from('Anna Berg 070-123 45 67') },
    ]);
    const items = await extractBytes(archiveExtractor, 'x.zip', bytes);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'too-large', detail: 'archive entry "bomb.txt" expands more than 200 times (zip bomb?)' }]);
    expect(delegates(items).map((d) => d.name)).toEqual(['notes.txt']);
  });

  it('holds entries to --max-file-size as files on disk are', async () => {
    const bytes = zip([
      { name: 'stor.csv', data: Buffer.from('Namn;E-post\n' + 'Anna Berg;anna@exempel.se\n'.repeat(200)) },
      { name: 'liten.txt', data: Buffer.from('Bo Ek') },
    ]);
    const items = await extractBytes(archiveExtractor, 'x.zip', bytes, 4096);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'too-large', detail: 'archive entry "stor.csv" of 5212 bytes is over the 4096-byte limit' }]);
    expect(delegates(items).map((d) => d.name)).toEqual(['liten.txt']);
  });

  it('stops an entry that inflates past its declared size', async () => {
    const bytes = zip([{ name: 'liar.txt', packed: deflateRawSync(Buffer.alloc(100_000, 0x41)), declared: 1000 }]);
    expect(skips(await extractBytes(archiveExtractor, 'x.zip', bytes))).toEqual([
      { kind: 'partial-skip', reason: 'too-large', detail: 'archive entry "liar.txt": ZIP entry expands beyond its declared size' },
    ]);
  });

  it('reports compression methods it does not read', async () => {
    const bytes = Buffer.from(zip([{ name: 'a.txt', data: Buffer.from('hej') }]));
    // Method 12 (bzip2) in the central directory.
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt16LE(12, central + 10);
    expect(skips(await extractBytes(archiveExtractor, 'x.zip', bytes))[0]?.detail).toBe('archive entry "a.txt": compression method 12 is not read (only stored and deflate)');
  });

  it.each([
    ['a truncated archive', () => zip([{ name: 'a.txt', data: Buffer.from('x'.repeat(5000)) }]).subarray(0, 100)],
    ['no archive at all', () => Buffer.from('PK but not really a zip file')],
  ])('refuses %s as corrupt', async (_name, make) => {
    expect((await extractError(extractBytes(archiveExtractor, 'x.zip', make()))).reason).toBe('corrupt');
  });

  it('reports an entry whose data is cut off, and reads the entries before it', async () => {
    const whole = zip([
      { name: 'first.txt', data: Buffer.from('Anna Berg') },
      { name: 'second.txt', data: Buffer.from('y'.repeat(20_000)), stored: true },
    ]);
    // The central directory survives, the second entry's data does not: overwrite its local header.
    const damaged = Buffer.from(whole);
    const second = damaged.indexOf(Buffer.from('second.txt')) - 30;
    damaged.writeUInt32LE(0, second);
    const items = await extractBytes(archiveExtractor, 'x.zip', damaged);
    expect(delegates(items).map((d) => d.name)).toEqual(['first.txt']);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'corrupt', detail: 'archive entry "second.txt": ZIP local header is damaged' }]);
  });

  it('reads a ZIP64 archive (from disk, by position)', async () => {
    const dir = scratch();
    try {
      const path = dir.file('zip64.zip', zip64([{ name: 'kunder.csv', data: Buffer.from('Namn;E-post\nAnna Berg;anna@exempel.se\n') }]));
      const items = await extractFile(archiveExtractor, path);
      expect(delegates(items).map((d) => [d.name, text(d)])).toEqual([['kunder.csv', 'Namn;E-post\nAnna Berg;anna@exempel.se\n']]);
    } finally {
      dir.cleanup();
    }
  });
});

/** A stored ZIP64 archive: sizes and offsets in the ZIP64 extra field, counts in the ZIP64 end record. */
function zip64(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    parts.push(local, nameBytes, data);
    centrals.push(central, nameBytes, extra);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...parts, directory, end64, locator, end]);
}
