import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CachedScanning } from '../../src/cache/cached-scanning.js';
import { FileCache, type CacheSalt } from '../../src/cache/file-cache.js';
import type { FileScanning } from '../../src/cache/types.js';
import type { FileTallyData } from '../../src/inventory/file-tally.js';
import type { Finding } from '../../src/scan-types.js';
import type { SourceFile } from '../../src/walk/types.js';
import { tempDir } from '../helpers/temp-dir.js';

const SALT: CacheSalt = { toolVersion: '1.0.0', rulesHash: 'r1', codeHash: 'c1', detectorOptions: { minConfidence: 'low' }, keyId: undefined };
const RAW = '790415-1235';
const TALLY: FileTallyData = {
  personnummer: { occurrences: 1, confidence: { low: 0, medium: 0, high: 1 }, subtypes: {}, fields: { '': 1 }, fingerprints: ['fp-0123456789ab'], examples: ['790415-****'] },
};

function setup(): { dir: string; file: SourceFile; cachePath: string } {
  const dir = tempDir('gdpr-cache-');
  const absolutePath = join(dir, 'note.txt');
  writeFileSync(absolutePath, `pnr ${RAW}\n`);
  return { dir, file: { absolutePath, relativePath: 'note.txt', root: dir, size: 16 }, cachePath: join(dir, 'cache.json') };
}

/** A fake per-file scanner that counts calls and emits one finding carrying a raw value. */
function countingScanner(): FileScanning & { calls: number } {
  const scanner = {
    calls: 0,
    async scan(file: SourceFile, system: string, sink: { finding(f: Finding): void; skipped(): void }) {
      scanner.calls++;
      sink.finding({
        system, file: file.relativePath, location: { kind: 'line', line: 1 }, field: undefined, category: 'personnummer',
        detector: 'personnummer', confidence: 'high', reasons: ['checksum'], masked: '790415-****', fingerprint: 'fp-0123456789ab',
        value: RAW, normalized: `19${RAW}`,
      });
      return { scanned: true, extractMs: 0, detectMs: 0, tally: TALLY };
    },
  };
  return scanner;
}

async function run(cache: FileCache, scanner: FileScanning, file: SourceFile): Promise<Finding[]> {
  const found: Finding[] = [];
  const outcome = await new CachedScanning(cache, scanner, true).scan(file, 'sys', { finding: (f) => found.push(f), skipped: () => {} });
  expect(outcome.tally).toEqual(TALLY);
  return found;
}

describe('FileCache', () => {
  it('replays an unchanged file without scanning it, and never stores raw values', async () => {
    const { file, cachePath } = setup();
    const scanner = countingScanner();
    const first = FileCache.open(cachePath, SALT, () => {});
    await run(first, scanner, file);
    first.save(true);
    expect(statSync(cachePath).mode & 0o777).toBe(0o600);
    const text = readFileSync(cachePath, 'utf8');
    expect(text).not.toContain(RAW);
    expect(text).not.toContain('19790415');

    const second = FileCache.open(cachePath, SALT, () => {});
    const replayed = await run(second, scanner, file);
    expect(scanner.calls).toBe(1);
    expect(second.hits).toBe(1);
    expect(replayed[0]).toMatchObject({ system: 'sys', file: 'note.txt', masked: '790415-****', fingerprint: 'fp-0123456789ab', value: '', normalized: '' });
    expect(second.key?.equals(first.key!)).toBe(true);
  });

  it('rescans when the content, tool version, build, rules or key change', async () => {
    const { file, cachePath } = setup();
    const scanner = countingScanner();
    const cache = FileCache.open(cachePath, SALT, () => {});
    await run(cache, scanner, file);
    cache.save(true);
    for (const salt of [{ ...SALT, toolVersion: '1.0.1' }, { ...SALT, rulesHash: 'r2' }, { ...SALT, codeHash: 'c2' }, { ...SALT, keyId: 'user-key' }]) {
      await run(FileCache.open(cachePath, salt, () => {}), scanner, file);
    }
    expect(scanner.calls).toBe(5);
    writeFileSync(file.absolutePath, 'pnr 860722-4568\n');
    await run(FileCache.open(cachePath, SALT, () => {}), scanner, file);
    expect(scanner.calls).toBe(6);
  });

  it('scans a file again when its packed findings are damaged, instead of replaying part of them', async () => {
    const { file, cachePath } = setup();
    const scanner = countingScanner();
    const first = FileCache.open(cachePath, SALT, () => {});
    await run(first, scanner, file);
    first.save(true);
    const [header, line, ...rest] = readFileSync(cachePath, 'utf8').split('\n');
    expect(rest).toEqual(['']);
    const entry = JSON.parse(line!);
    expect(entry.id).toBe('note.txt');
    expect(entry.findings).toHaveLength(1);
    const bytes = Buffer.from(entry.findings[0], 'base64');
    bytes[bytes.length - 6]! ^= 0x20;
    entry.findings[0] = bytes.toString('base64');
    writeFileSync(cachePath, `${header}\n${JSON.stringify(entry)}\n`);
    const second = FileCache.open(cachePath, SALT, () => {});
    expect(await run(second, scanner, file)).toHaveLength(1);
    expect(scanner.calls).toBe(2);
    expect(second.misses).toBe(1);
  });

  it('ignores a corrupt cache with a warning instead of crashing', async () => {
    const { file, cachePath } = setup();
    const warnings: string[] = [];
    const earlierFormat = JSON.stringify({ version: 3, salt: 'x', files: { a: { sha256: 'y'.repeat(70_000) } } });
    for (const junk of ['{not json', earlierFormat]) {
      writeFileSync(cachePath, junk);
      const cache = FileCache.open(cachePath, SALT, (m) => warnings.push(m));
      expect(await run(cache, countingScanner(), file)).toHaveLength(1);
      cache.save(true);
    }
    // A header of these settings, then a broken entry: the entries are read, and the broken one is noticed.
    const header = readFileSync(cachePath, 'utf8').split('\n')[0]!;
    for (const entry of ['{"id":"note.txt","sha256":1}', 'not json']) {
      writeFileSync(cachePath, `${header}\n${entry}\n`);
      const cache = FileCache.open(cachePath, SALT, (m) => warnings.push(m));
      expect(await run(cache, countingScanner(), file)).toHaveLength(1);
      cache.save(true);
    }
    expect(warnings).toHaveLength(4);
    expect(warnings.every((w) => w.includes('corrupt or from another version'))).toBe(true);
    expect(warnings.join('\n')).not.toContain('{not json');
    expect(FileCache.open(cachePath, SALT, (m) => warnings.push(m)).key).toBeDefined();
    expect(warnings).toHaveLength(4);
  });

  it('keeps entries on disk: copies them unchanged on save, spools new ones and removes the spool', async () => {
    const { dir, file, cachePath } = setup();
    const scanner = countingScanner();
    const first = FileCache.open(cachePath, SALT, () => {});
    await run(first, scanner, file);
    expect(readdirSync(dir).filter((name) => name.endsWith('.spool'))).toHaveLength(1);
    first.save(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.spool') || name.endsWith('.tmp'))).toEqual([]);
    const written = readFileSync(cachePath, 'utf8');
    // A partial run that looks at nothing keeps every entry, byte for byte.
    const partial = FileCache.open(cachePath, SALT, () => {});
    partial.save(false);
    expect(readFileSync(cachePath, 'utf8')).toBe(written);
    // A run that ends without saving leaves no spool behind either.
    const abandoned = FileCache.open(cachePath, { ...SALT, rulesHash: 'r2' }, () => {});
    await run(abandoned, scanner, file);
    abandoned.close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.spool'))).toEqual([]);
    expect(readFileSync(cachePath, 'utf8')).toBe(written);
  });

  it('scans a file again, with one warning, when its entry is damaged behind an intact start', async () => {
    const { file, cachePath } = setup();
    const scanner = countingScanner();
    const first = FileCache.open(cachePath, SALT, () => {});
    await run(first, scanner, file);
    first.save(true);
    const [header, line] = readFileSync(cachePath, 'utf8').split('\n');
    writeFileSync(cachePath, `${header}\n${line!.slice(0, line!.length - 20)}\n`);
    const warnings: string[] = [];
    const second = FileCache.open(cachePath, SALT, (m) => warnings.push(m));
    expect(await run(second, scanner, file)).toHaveLength(1);
    expect(scanner.calls).toBe(2);
    expect(second.misses).toBe(1);
    expect(warnings).toEqual([`the cache "${cachePath}" has a damaged entry; those files are scanned again`]);
    second.save(true);
    // The file's new entry replaced the damaged one.
    const third = FileCache.open(cachePath, SALT, () => {});
    await run(third, scanner, file);
    expect(third.hits).toBe(1);
    expect(scanner.calls).toBe(2);
  });
});
