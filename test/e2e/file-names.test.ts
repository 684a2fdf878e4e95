import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/exec.js';

/**
 * The names of files and folders are data the system holds: a scanned ID card saved under its owner's
 * personnummer, a folder per customer. They are scanned once per file, located as `its file name` under the field
 * `file name`. (The path is the user's own and is shown as it is: the report names the file it found data in.)
 */
const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-file-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface FindingLine { file: string; where: string; field?: string; category: string; value?: string; location: { kind: string } }
interface Inventory {
  systems: Array<{ name: string; filesScanned: number; filesWithFindings: number; categories: Array<{ category: string; places: Array<{ file: string; field?: string; occurrences: number }> }> }>;
  skipped: Array<{ file: string; partial: boolean }>;
}

let findings: FindingLine[];
let inventory: Inventory;
let code: number | null;

beforeAll(async () => {
  mkdirSync(join(work, 'exports', 'arkiv', 'kunder', 'Märta Öberg'), { recursive: true });
  mkdirSync(join(work, 'exports', 'arkiv', 'skannat'), { recursive: true });
  writeFileSync(join(work, 'exports', 'arkiv', 'kunder', 'Märta Öberg', 'avtal.txt'), 'Avtalet gäller tills vidare.\n');
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', '19860412-2385_id.txt'), 'Kopia av id-kort, se pärm.\n');
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', 'faktura_4711.txt'), 'Faktura 4711 till Erik Holmberg.\n');
  // An empty file holds nothing, its name aside; an image's content is not read, its name is.
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', 'Karin_Dahl.txt'), '');
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', '19850312-2387_id.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  const revealed = await runCli(['scan', 'exports', '--format', 'ndjson', '--reveal', '--quiet'], { cwd: work });
  code = revealed.code;
  findings = revealed.stdout.trim().split('\n').map((line) => JSON.parse(line) as FindingLine);
  inventory = JSON.parse((await runCli(['scan', 'exports', '-o', '-'], { cwd: work })).stdout) as Inventory;
});

describe('file and folder names', () => {
  it('are scanned once per file, as `its file name`', () => {
    expect(code).toBe(0);
    const inNames = findings.filter((f) => f.location.kind === 'file-name');
    expect(inNames.map((f) => `${f.file} | ${f.where} | ${f.field} | ${f.category}:${f.value}`).sort()).toEqual([
      'arkiv/kunder/Märta Öberg/avtal.txt | its file name | file name | name:Märta Öberg',
      'arkiv/skannat/19850312-2387_id.jpg | its file name | file name | personnummer:19850312-2387',
      'arkiv/skannat/19860412-2385_id.txt | its file name | file name | personnummer:19860412-2385',
      'arkiv/skannat/Karin_Dahl.txt | its file name | file name | name:Karin Dahl',
    ]);
  });

  it('are places of their own in the inventory, beside what the files hold', () => {
    const places = inventory.systems.flatMap((s) => s.categories.flatMap((c) => c.places.map((p) => `${c.category} | ${p.file} | ${p.field ?? ''}`)));
    expect(places.sort()).toEqual([
      'name | arkiv/kunder/Märta Öberg/avtal.txt | file name',
      'name | arkiv/skannat/Karin_Dahl.txt | file name',
      'name | arkiv/skannat/faktura_4711.txt | ',
      'personnummer | arkiv/skannat/19850312-2387_id.jpg | file name',
      'personnummer | arkiv/skannat/19860412-2385_id.txt | file name',
    ]);
  });

  it('are read for a file whose content is not: such a file is partly scanned, and counted', () => {
    expect(inventory.skipped.map((s) => `${s.file}: ${s.partial ? 'partly' : 'not'} scanned`).sort()).toEqual(['arkiv/skannat/19850312-2387_id.jpg: partly scanned', 'arkiv/skannat/logo.png: not scanned']);
    const system = inventory.systems[0]!;
    expect(system.filesScanned).toBe(5);
    expect(system.filesWithFindings).toBeLessThanOrEqual(system.filesScanned);
  });
});
