import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/exec.js';

/**
 * A gzipped tarball and a rotated, gzipped web server log through the built CLI (round 11: both were skipped as
 * `unpack it to scan its contents` before): findings inside, places in the inventory, and bombs and damage skipped
 * with the rest still scanned.
 */
interface Line { category: string; where: string; value?: string }
interface Inventory {
  systems: Array<{ categories: Array<{ category: string; places: Array<{ file: string; field?: string }> }> }>;
  skipped: Array<{ file: string; reason: string; detail: string; partial?: boolean }>;
}

const TARBALL = 'fixtures/formats/tar/export.tar.gz';
const LOG = 'fixtures/formats/gz/access.log.2.gz';
const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-compressed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let revealed: Line[];
let code: number | null;

beforeAll(async () => {
  const run = await runCli(['scan', TARBALL, LOG, '--format', 'ndjson', '--reveal', '--quiet']);
  code = run.code;
  revealed = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
});

describe('gdpr-scan on compressed exports', () => {
  it('finds what the tarball\'s files hold, under their paths in the archive', () => {
    expect(code).toBe(0);
    expect(revealed.filter((l) => l.category === 'personnummer').map((l) => `${l.value} @ ${l.where}`)).toEqual([
      '850312-2387 @ entry export/crm/kunder.csv › row 2, column Personnummer',
    ]);
    expect(revealed.filter((l) => l.category === 'email').map((l) => `${l.value} @ ${l.where}`)).toContain('bjorn.akesson@example.com @ entry export/notes/anteckning.txt › line 1');
    expect(revealed.filter((l) => l.category === 'phone').map((l) => l.value).sort()).toEqual(['070-123 45 67', '08-123 456 78']);
  });

  it('finds the visitors\' addresses and the e-mail address in the rotated log', () => {
    const inLog = revealed.filter((l) => l.where.startsWith('entry access.log.2 ›'));
    expect(inLog.filter((l) => l.category === 'ip').map((l) => l.value)).toEqual(['203.0.113.42', '198.51.100.7', '2001:db8:85a3::8a2e:370:7334']);
    expect(inLog.filter((l) => l.category === 'email').map((l) => l.value)).toEqual(['anna.lindqvist%40exempel.se']);
  });

  it('skips a gzip bomb and a damaged tarball with their reasons and still scans the rest', async () => {
    const folder = join(work, 'exports');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'bomb.log.gz'), gzipSync(Buffer.alloc(16 * 1024 * 1024)));
    writeFileSync(join(folder, 'trasig.tar.gz'), Buffer.from('inte en tarboll alls, bara text'));
    writeFileSync(join(folder, 'kunder.csv.gz'), gzipSync('Namn;E-post\r\nAnna Berg;anna.berg@exempel.se\r\n'));
    const run = await runCli(['scan', folder, '-o', '-']);
    expect(run.code).toBe(0);
    const inventory = JSON.parse(run.stdout) as Inventory;
    expect(inventory.skipped.map((s) => `${s.file}: ${s.reason}`).sort()).toEqual(['bomb.log.gz: too-large', 'trasig.tar.gz: corrupt']);
    const email = inventory.systems.flatMap((s) => s.categories).find((c) => c.category === 'email')!;
    expect(email.places.map((p) => `${p.file} | ${p.field ?? ''}`)).toEqual(['kunder.csv.gz | kunder.csv › E-post']);
  });
});
