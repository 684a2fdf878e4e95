import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/extract/csv-reader.js';
import { csvCell, formatCsv } from '../../src/report/csv.js';
import { FORMULA_FILE, HOSTILE_FIELD, HOSTILE_FILE, sampleResult } from './fixtures/scan-result.js';

/** Reads the report back with the project's own RFC 4180 reader (the one that scans CSV exports). */
function rows(text: string, delimiter: string): string[][] {
  const reader = new CsvReader(delimiter, 1 << 20);
  const records = [...reader.push(text.replace(/^\uFEFF/, '')), ...reader.finish()];
  expect(reader.failure).toBeUndefined();
  const cells = records.map((r) => r.cells);
  for (const row of cells) expect(row).toHaveLength(11);
  return cells;
}

describe('formatCsv', () => {
  const en = formatCsv(sampleResult(), { lang: 'en' });

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(en.startsWith('\uFEFF')).toBe(true);
    expect(en.endsWith('\r\n')).toBe(true);
    // The only bare LF is the one inside a quoted field name ("line\nbreak").
    expect(en.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('has one row per system × category × place, with English headers', () => {
    const [header, ...body] = rows(en, ',');
    expect(header).toEqual([
      'System', 'Category', 'File', 'Field', 'Occurrences', 'Distinct values', 'Distinct values estimated',
      'Confidence high', 'Confidence medium', 'Confidence low', 'Examples (masked)',
    ]);
    const places = sampleResult().systems.flatMap((s) => s.categories.flatMap((c) => c.places));
    expect(body).toHaveLength(places.length);
    expect(body[0]).toEqual(['crm', 'Personnummer', 'crm/kunder.csv', 'Personnummer', '12000', '4321', 'no', '12000', '300', '45', '850312-**** | 790101-****']);
  });

  it('round-trips separators, quotes and line breaks through a real CSV parser', () => {
    const body = rows(en, ',').slice(1);
    expect(body.map((r) => r[3])).toContain('E-post, privat');
    expect(body.map((r) => r[3])).toContain('Telefon "mobil"');
    expect(body.map((r) => r[3])).toContain('line\nbreak');
    expect(body.map((r) => r[2])).toContain(`helpdesk/${HOSTILE_FILE}`);
    expect(body.map((r) => r[3])).toContain(HOSTILE_FIELD);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const body = rows(en, ',').slice(1);
    const formulaRow = body.find((r) => r[2]?.includes('HYPERLINK'));
    expect(formulaRow?.[2]).toBe(`helpdesk/${FORMULA_FILE}`); // starts with "h": left alone
    expect(formulaRow?.[3]).toBe("'@SUM(A1)");
    expect(body.find((r) => r[1] === 'Phone number')?.[10]).toBe("'+46 70 *** ** 12 | -08 ***");
  });

  it('writes Swedish headers, category names and å/ä/ö as UTF-8, separated by semicolons', () => {
    const sv = formatCsv(sampleResult(), { lang: 'sv' });
    const [header, ...body] = rows(sv, ';');
    expect(header?.slice(0, 7)).toEqual(['System', 'Kategori', 'Fil', 'Fält', 'Förekomster', 'Unika värden', 'Unika värden uppskattade']);
    expect(body.map((r) => r[1])).toContain('E-postadress');
    expect(Buffer.from(sv, 'utf8').includes(Buffer.from([0xc3, 0xa4]))).toBe(true); // "ä" in UTF-8
  });

  it('honours an explicit delimiter', () => {
    expect(formatCsv(sampleResult(), { lang: 'sv', delimiter: ',' }).split('\r\n')[0]).toBe('\uFEFFSystem,Kategori,Fil,Fält,Förekomster,Unika värden,Unika värden uppskattade,Säkerhet hög,Säkerhet medel,Säkerhet låg,Exempel (maskerade)');
  });

  it('says in a column of its own which distinct counts are estimates, and keeps the count a plain number', () => {
    const result = sampleResult();
    const estimated = { ...result.systems[0]!.categories[0]!, distinctValues: 612_345, distinctApproximate: true };
    const systems = [{ ...result.systems[0]!, categories: [estimated, ...result.systems[0]!.categories.slice(1)] }, ...result.systems.slice(1)];
    for (const [lang, delimiter, yes, no] of [['en', ',', 'yes', 'no'], ['sv', ';', 'ja', 'nej']] as const) {
      const body = rows(formatCsv({ ...result, systems }, { lang }), delimiter).slice(1);
      const category = estimated.category === 'personnummer' ? 'Personnummer' : undefined;
      const estimatedRows = body.filter((r) => r[0] === result.systems[0]!.name && r[1] === category);
      expect(estimatedRows.length).toBeGreaterThan(0);
      for (const row of estimatedRows) expect([row[5], row[6]]).toEqual(['612345', yes]);
      expect(body.filter((r) => r[6] === yes)).toHaveLength(estimatedRows.length);
      expect(body.filter((r) => r[6] === no)).toHaveLength(body.length - estimatedRows.length);
    }
  });

  it('writes only the header for a scan without findings', () => {
    const empty = { ...sampleResult(), systems: [] };
    expect(formatCsv(empty, { lang: 'en' }).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+46701234567', "'+46701234567"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    ['x-1', 'x-1'],
    [' =1', ' =1'],
    ['', ''],
    ['å,ä', '"å,ä"'],
    ['say "hi"', '"say ""hi"""'],
    ['=a,b', `"'=a,b"`],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input, ',')).toBe(expected);
  });

  it('leaves numbers unquoted and unprefixed', () => {
    expect(csvCell(-5, ',')).toBe('-5');
    expect(csvCell(12345, ';')).toBe('12345');
  });

  it('quotes on the active delimiter only', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
  });
});
