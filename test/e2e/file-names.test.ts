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
interface Inventory { systems: Array<{ name: string; categories: Array<{ category: string; places: Array<{ file: string; field?: string; occurrences: number }> }> }> }

let findings: FindingLine[];
let inventory: Inventory;
let code: number | null;

beforeAll(async () => {
  mkdirSync(join(work, 'exports', 'arkiv', 'kunder', 'Märta Öberg'), { recursive: true });
  mkdirSync(join(work, 'exports', 'arkiv', 'skannat'), { recursive: true });
  writeFileSync(join(work, 'exports', 'arkiv', 'kunder', 'Märta Öberg', 'avtal.txt'), 'Avtalet gäller tills vidare.\n');
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', '19860412-2385_id.txt'), 'Kopia av id-kort, se pärm.\n');
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', 'faktura_4711.txt'), 'Faktura 4711 till Erik Holmberg.\n');
  // An empty file holds nothing, its name aside.
  writeFileSync(join(work, 'exports', 'arkiv', 'skannat', 'Karin_Dahl.txt'), '');
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
      'personnummer | arkiv/skannat/19860412-2385_id.txt | file name',
    ]);
  });
});
