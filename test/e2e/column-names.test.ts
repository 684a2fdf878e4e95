import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zip } from '../../scripts/fixtures/_zip.mjs';
import { runCli } from '../helpers/exec.js';

/**
 * Column, sheet and table names go into every report, which holds no raw personal data. A table whose first row is
 * data (`Anna Svensson;Göteborg`), a statistics export with agents as its columns, a sheet named for a customer:
 * the names must be scanned as the personal data they are, and must not name a column in a report.
 * (Before: `Lisa Berg` was a column of lista.txt in the inventory, `kunder["Erik Holmberg"].telefon` a field of
 * register.json, and Anna Svensson of utan-rubrik.csv was never scanned.)
 */
const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-columns-'));
const exports = join(work, 'exports');
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Place { file: string; field?: string; occurrences: number }
interface Inventory { systems: Array<{ name: string; categories: Array<{ category: string; places: Place[] }> }>; skipped: unknown[] }
interface FindingLine { file: string; location: { kind: string; row?: number; column?: string }; field?: string; category: string; value?: string }

/** Every person of the tree, each in a place that would have named a column (or a sheet) after them. */
const PEOPLE = ['Anna Svensson', 'Maria Lindqvist', 'Fatima Hassan', 'Lisa Berg', 'Ola Nilsson', 'Björn Åkesson', 'Märta Öberg', 'Karin Dahl', 'Johan Ek', 'Erik Holmberg'];

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of inline-string sheets: `sheets` maps a sheet's name to its rows. */
function workbook(sheets: Record<string, string[][]>): Buffer {
  const names = Object.keys(sheets);
  const cell = (text: string, column: number, row: number) => `<c r="${String.fromCharCode(65 + column)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const sheetXml = (rows: string[][]) =>
    `<worksheet xmlns="${MAIN_NS}"><sheetData>${rows.map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => cell(text, c, r + 1)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  return zip([
    { name: '_rels/.rels', data: Buffer.from(`<Relationships><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: Buffer.from(`<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(`<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`) },
    ...names.map((name, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(sheetXml(sheets[name]!)) })),
  ]);
}

function spreadsheet(tables: Record<string, string[][]>): Buffer {
  const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
  const table = (name: string, rows: string[][]) => `<table:table table:name="${name}">${rows.map((cells) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`).join('')}</table:table>`;
  const content = `<office:document-content><office:body><office:spreadsheet>${Object.entries(tables).map(([name, rows]) => table(name, rows)).join('')}</office:spreadsheet></office:body></office:document-content>`;
  return zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(content) }]);
}

let inventory: Inventory;
let report: string;
let findings: FindingLine[];

beforeAll(async () => {
  mkdirSync(join(exports, 'crm'), { recursive: true });
  // No header: the first row is a customer.
  writeFileSync(join(exports, 'crm', 'utan-rubrik.csv'), 'Anna Svensson;Göteborg;Guldkund\nMaria Lindqvist;Malmö;Silverkund\n');
  // A real header, with an agent's name as a column (a statistics export): read as data, its column names generic.
  writeFileSync(join(exports, 'crm', 'agenter.csv'), 'Vecka;Karin Dahl;Totalt\n12;4;9\n13;5;11\n');
  // The control: a header of labels stays the header.
  writeFileSync(join(exports, 'crm', 'kunder.csv'), 'Namn;Telefon\nJohan Ek;070-123 45 67\n');
  writeFileSync(join(exports, 'crm', 'lista.txt'), 'Kunder i mars:\nLisa Berg\tStockholm\tGuld\nOla Nilsson\tLund\tSilver\n');
  writeFileSync(join(exports, 'crm', 'rapport.html'), '<table><thead><tr><th>Fatima Hassan</th><th>Ort</th></tr></thead><tr><td>ärende 4711</td><td>Lund</td></tr></table>');
  writeFileSync(join(exports, 'crm', 'kunder.xlsx'), workbook({ Kunder: [['Namn', 'Ort'], ['Johan Ek', 'Lund']], 'Björn Åkesson': [['Ärende', 'Status'], ['4711', 'stängt']] }));
  // An API dump keyed by the customer's name.
  writeFileSync(join(exports, 'crm', 'register.json'), JSON.stringify({ kunder: { 'Erik Holmberg': { telefon: '070-123 45 69' } } }));
  writeFileSync(join(exports, 'crm', 'kunder.ods'), spreadsheet({ Kunder: [['Namn', 'Ort'], ['Johan Ek', 'Lund']], 'Märta Öberg': [['Ärende', 'Status'], ['4711', 'stängt']] }));

  const json = await runCli(['scan', 'exports', '--format', 'json', '--quiet'], { cwd: work });
  expect(json.code).toBe(0);
  report = json.stdout;
  inventory = JSON.parse(report) as Inventory;
  const ndjson = await runCli(['scan', 'exports', '--format', 'ndjson', '--reveal', '--quiet'], { cwd: work });
  expect(ndjson.code).toBe(0);
  findings = ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line) as FindingLine);
});

describe('column, sheet and table names in reports', () => {
  it('never name a place after a person: the report holds none of their names', () => {
    expect(inventory.skipped).toEqual([]);
    for (const person of PEOPLE) {
      expect(report, person).not.toContain(person);
      for (const part of person.split(' ')) expect(report, part).not.toContain(`"${part}`);
    }
  });

  it('scan those names as the personal data they are', () => {
    const names = new Set(findings.filter((f) => f.category === 'name').map((f) => f.value));
    for (const person of PEOPLE) expect(names, person).toContain(person);
  });

  it('read a first row of data under `column N`, a sheet named for a person by its number', () => {
    const at = (value: string) => findings.filter((f) => f.value === value).map((f) => `${f.file}#${f.field ?? ''}`);
    expect(at('Anna Svensson')).toEqual(['crm/utan-rubrik.csv#column 1']);
    expect(at('Maria Lindqvist')).toEqual(['crm/utan-rubrik.csv#column 1']);
    expect(at('Karin Dahl')).toEqual(['crm/agenter.csv#column 2']);
    expect(at('Erik Holmberg')).toEqual(['crm/register.json#kunder[*]']);
    expect(at('070-123 45 69')).toEqual(['crm/register.json#kunder[*].telefon']);
    // The sheet's name is text of the workbook (xl/workbook.xml); its cells are `sheet 2 › …`.
    expect(at('Björn Åkesson')).toEqual(['crm/kunder.xlsx#xl/workbook.xml']);
    const places = inventory.systems.flatMap((s) => s.categories.flatMap((c) => c.places.map((p) => `${p.file}#${p.field ?? ''}`)));
    expect(places).toContain('crm/kunder.csv#Namn');
    expect(places).toContain('crm/kunder.xlsx#Kunder › Namn');
    expect(places).toContain('crm/kunder.ods#Kunder › Namn');
  });
});
