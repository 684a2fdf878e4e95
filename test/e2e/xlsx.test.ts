import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/exec.js';
import { tempDir } from '../helpers/temp-dir.js';

interface Place { file: string; field?: string; occurrences: number }
interface Inventory { systems: Array<{ name: string; categories: Array<{ category: string; places: Place[] }> }>; skipped: unknown[] }
interface FindingLine { file: string; location: { kind: string; row?: number; column?: string }; field?: string; category: string; value?: string }

const work = tempDir('gdpr-scan-xlsx-');
const exports = join(work, 'exports');
let inventory: Inventory;
let findings: FindingLine[];

beforeAll(async () => {
  mkdirSync(join(exports, 'crm'), { recursive: true });
  copyFileSync(join(REPO_ROOT, 'fixtures/formats/xlsx/kunder.xlsx'), join(exports, 'crm/kunder.xlsx'));
  const json = await runCli(['scan', 'exports', '--format', 'json', '--quiet'], { cwd: work });
  expect(json.code).toBe(0);
  inventory = JSON.parse(json.stdout) as Inventory;
  const ndjson = await runCli(['scan', 'exports', '--format', 'ndjson', '--reveal', '--quiet'], { cwd: work });
  findings = ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line) as FindingLine);
});

describe('gdpr-scan on an Excel workbook', () => {
  it('scans the workbook without skipping it and names the places by sheet and column', () => {
    expect(inventory.skipped).toEqual([]);
    const places = (category: string) =>
      (inventory.systems.find((s) => s.name === 'crm')?.categories.find((c) => c.category === category)?.places ?? []).map((p) => `${p.file}#${p.field}`);
    expect(places('email')).toEqual(expect.arrayContaining(['crm/kunder.xlsx#Kunder › E-post', 'crm/kunder.xlsx#Gammal lista › column 2']));
    expect(places('phone')).toEqual(expect.arrayContaining(['crm/kunder.xlsx#Kunder › Telefon', 'crm/kunder.xlsx#Ärenden › Beskrivning']));
    expect(places('personnummer')).toEqual(['crm/kunder.xlsx#Kunder › Personnummer']);
    expect(places('name')).toEqual(expect.arrayContaining(['crm/kunder.xlsx#Kunder › Förnamn', 'crm/kunder.xlsx#Ärenden › Kontakt']));
  });

  it('finds phone numbers and personnummer that Excel stored as numbers, in their cells', () => {
    const at = (value: string) => findings.find((f) => f.value === value);
    expect(at('46701234567')).toMatchObject({ category: 'phone', location: { kind: 'cell', row: 2, column: 'Kunder › Telefon' }, field: 'Kunder › Telefon' });
    expect(at('197901011127')).toMatchObject({ category: 'personnummer', location: { kind: 'cell', row: 4, column: 'Kunder › Personnummer' } });
    expect(at('anna.lindqvist@exempel.se')).toMatchObject({ category: 'email', location: { kind: 'cell', row: 2, column: 'Kunder › E-post' } });
  });

  it('joins Förnamn and Efternamn of one row into one person', () => {
    const names = findings.filter((f) => f.category === 'name').map((f) => f.value);
    expect(names).toEqual(expect.arrayContaining(['Anna Lindqvist', 'Björn Åkesson', 'Fatima Hassan']));
    expect(names).not.toContain('Björn');
    expect(names).not.toContain('Åkesson');
  });

  it('lets a declared inventory match a column in any sheet with `* › Column`', async () => {
    const declare = (fields: Record<string, string[]>) =>
      [
        'version: 1',
        'systems:',
        '  - name: crm',
        '    purpose: Kundtjänst',
        '    legalBasis: contract',
        '    dataSubjects: [customers]',
        '    retention: P3Y',
        '    categories:',
        ...Object.entries(fields).map(([category, globs]) => `      - { category: ${category}, fields: ${JSON.stringify(globs)} }`),
      ].join('\n');
    const everyColumn = {
      email: ['* › E-post', '* › column 2'],
      phone: ['* › Telefon', '* › Beskrivning', '* › column 3'],
      personnummer: ['* › Personnummer'],
      name: ['* › Förnamn', '* › Kontakt', '* › column 1'],
    };
    writeFileSync(join(work, 'all.yaml'), declare(everyColumn));
    expect((await runCli(['check', 'exports', '--inventory', 'all.yaml', '--no-baseline'], { cwd: work })).code).toBe(0);
    // The bare column name is the field of a one-sheet workbook or a CSV; in a workbook of several sheets it does not match.
    writeFileSync(join(work, 'bare.yaml'), declare({ ...everyColumn, personnummer: ['Personnummer'] }));
    const bare = await runCli(['check', 'exports', '--inventory', 'bare.yaml', '--no-baseline', '--format', 'json'], { cwd: work });
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('location-not-declared');
  });
});
