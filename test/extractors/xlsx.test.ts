import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { personnummerDetector } from '../../src/detect/personnummer.js';
import { phoneDetector } from '../../src/detect/phone.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Segment } from '../../src/extract/types.js';
import { xlsxExtractor } from '../../src/extract/xlsx.js';
import { columnOf, WorksheetReader, worksheetRows } from '../../src/extract/xlsx-xml.js';
import { readZipDirectory, readZipEntry, streamZipEntry } from '../../src/extract/zip.js';
import { oleFile, zip } from '../../scripts/hostile/make-hostile-tree.mjs';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { knownColumnCheck, personalDataCheck } from '../../src/engine/personal-data-check.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractError, extractFile, FORMATS, segments, skips } from './collect.js';
import { withDeclaredSize } from './zip-bytes.js';

const FIXTURE = join(FORMATS, 'xlsx/kunder.xlsx');
const SINGLE_SHEET = join(FORMATS, '../exports/crm/kundregister.xlsx');

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetSpec {
  readonly name: string;
  /** The worksheet's <sheetData> content, or a whole part when it starts with `<?xml` or `<!`. */
  readonly xml: string;
  readonly target?: string;
  readonly type?: string;
}

/** A minimal workbook in memory: the parts the extractor reads, as a test needs them. */
function workbook(sheets: readonly SheetSpec[], options: { shared?: string[]; workbookXml?: string; omit?: string[]; extra?: Array<{ name: string; data: string }> } = {}): Buffer {
  const target = (sheet: SheetSpec, i: number) => sheet.target ?? `worksheets/sheet${i + 1}.xml`;
  const sheetPart = (xml: string) => (xml.startsWith('<?xml') || xml.startsWith('<!') ? xml : `<worksheet xmlns="${MAIN_NS}"><sheetData>${xml}</sheetData></worksheet>`);
  const parts = [
    { name: '_rels/.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data:
        options.workbookXml ??
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships>${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/${s.type ?? 'worksheet'}" Target="${target(s, i)}"/>`).join('')}<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: 'xl/sharedStrings.xml', data: `<sst xmlns="${MAIN_NS}">${(options.shared ?? []).map((si) => `<si>${si}</si>`).join('')}</sst>` },
    ...sheets.map((s, i) => ({ name: target(s, i).replace(/^\//, '').replace(/^(?!xl\/)/, 'xl/'), data: sheetPart(s.xml) })),
    ...(options.extra ?? []),
  ];
  return zip(parts.filter((p) => !options.omit?.includes(p.name)).map((p) => ({ name: p.name, data: Buffer.from(p.data) })));
}

/** A header row (`Text` in A1) and data rows with inline strings in column A from row 2. */
const rows = (...values: string[]) =>
  ['Text', ...values].map((value, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${value}</t></is></c></row>`).join('');
const texts = async (bytes: Buffer) => segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes)).map((s) => s.text);
const cells = (items: readonly Segment[]) => items.map((s) => (s.location.kind === 'cell' ? [s.location.row, s.location.column, s.text] : s.location));

describe('xlsx extractor on the fixture', () => {
  it('reads every sheet, hidden ones too, by real row number and `Sheet › Column`', async () => {
    const items = segments(await extractFile(xlsxExtractor, FIXTURE));
    expect(cells(items)).toEqual([
      [2, 'Kunder › Kundnr', '1001'],
      [2, 'Kunder › Förnamn', 'Anna'],
      [2, 'Kunder › Efternamn', 'Lindqvist'],
      [2, 'Kunder › E-post', 'anna.lindqvist@exempel.se'],
      // A phone number stored as a number keeps its digits.
      [2, 'Kunder › Telefon', '46701234567'],
      [2, 'Kunder › Personnummer', '850312-2387'],
      // Rich text: the runs joined, entities decoded, the phonetic run left out. The boolean in H2 is not text.
      [2, 'Kunder › Anteckningar', 'Ringde 2024-02-12 & <måndag> "autogiro"'],
      // Row 3 is missing from the sheet; row 4 leaves out columns A and D; its error cell (H4) is not text.
      [4, 'Kunder › Förnamn', 'Björn'],
      [4, 'Kunder › Efternamn', 'Åkesson'],
      [4, 'Kunder › Telefon', '+46 73 555 01 02'],
      [4, 'Kunder › Personnummer', '197901011127'],
      [5, 'Kunder › Kundnr', '1003'],
      [5, 'Kunder › Förnamn', 'Fatima'], // an inline string
      [5, 'Kunder › Efternamn', 'Hassan'],
      [5, 'Kunder › E-post', 'fatima.hassan@posten-exempel.se'], // a formula's cached result
      [5, 'Kunder › Telefon', '08-123 456 78'],
      [5, 'Kunder › Personnummer', '920229-3446'],
      // Second sheet: row 1 has only styled empty cells, so row 2 is the header.
      [3, 'Ärenden › Ärende', '5001'],
      [3, 'Ärenden › Kontakt', 'Märta Öberg'],
      [3, 'Ärenden › Beskrivning', 'Ring 031-12 34 56 om fakturan.'],
      // The hidden sheet's first row is data (an e-mail address): columns are numbered as in a CSV without header.
      [1, 'Gammal lista › column 1', 'Mehmet Yilmaz'],
      [1, 'Gammal lista › column 2', 'm.yilmaz@example.org'],
      [1, 'Gammal lista › column 3', '0046 76 987 65 43'],
    ]);
  });

  it('gives the detectors the plain column name and the whole row, one shared record per row', async () => {
    const items = segments(await extractFile(xlsxExtractor, FIXTURE));
    const row4 = items.filter((s) => s.location.kind === 'cell' && s.location.row === 4);
    expect(row4[0]?.hints).toEqual({
      field: 'Förnamn',
      scope: 'cell',
      record: { Förnamn: 'Björn', Efternamn: 'Åkesson', Telefon: '+46 73 555 01 02', Personnummer: '197901011127' },
    });
    expect(row4.every((s) => s.hints?.record === row4[0]?.hints?.record)).toBe(true);
    expect(row4.map((s) => s.hints?.field)).toEqual(['Förnamn', 'Efternamn', 'Telefon', 'Personnummer']);
  });

  it('lets the name detector join Förnamn and Efternamn, and the number detectors read number cells', async () => {
    const items = segments(await extractFile(xlsxExtractor, FIXTURE));
    const found = (detector: typeof nameDetector) => items.flatMap((s) => [...detector.detect(s, { rules: rules() })].map((m) => m.value));
    expect(found(nameDetector)).toEqual(expect.arrayContaining(['Anna Lindqvist', 'Björn Åkesson', 'Fatima Hassan', 'Märta Öberg', 'Mehmet Yilmaz']));
    expect(found(nameDetector)).not.toContain('Björn');
    expect(found(phoneDetector)).toEqual(expect.arrayContaining(['46701234567', '+46 73 555 01 02']));
    expect(found(personnummerDetector)).toEqual(expect.arrayContaining(['850312-2387', '197901011127', '920229-3446']));
  });

  it('names columns without the sheet when the workbook has one sheet', async () => {
    const items = segments(await extractFile(xlsxExtractor, SINGLE_SHEET));
    expect(cells(items.slice(0, 6))).toEqual([
      [2, 'Kundnr', '3001'],
      [2, 'Förnamn', 'Anna-Karin'],
      [2, 'Efternamn', 'Bergström'],
      [2, 'E-post', 'ak.bergstrom@exempel.se'],
      [2, 'Mobil', '46701234568'],
      [2, 'Personnummer', '010203-7652'],
    ]);
  });

  it('reads a sheet named for a person as text, and names its columns by the sheet\'s number', async () => {
    const table = (header: string, value: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${header}</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${value}</t></is></c></row>`;
    const bytes = workbook([
      { name: 'Kunder', xml: table('Telefon', '070-123 45 67') },
      { name: 'Anna Svensson', xml: table('Telefon', '070-765 43 21') },
    ]);
    const holdsPersonalData = personalDataCheck(BUILTIN_DETECTORS, rules());
    expect(cells(segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes, undefined, holdsPersonalData)))).toEqual([
      { kind: 'archive', entry: 'xl/workbook.xml' },
      [2, 'Kunder › Telefon', '070-123 45 67'],
      [2, 'sheet 2 › Telefon', '070-765 43 21'],
    ]);
    // The extractor alone (no detectors to ask) names sheets as they are named.
    expect(cells(segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes))).map((cell) => (cell as unknown[])[1])).toEqual(['Kunder › Telefon', 'Anna Svensson › Telefon']);
  });

  it('reads a title above the header as text when the rules know the header\'s column names', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const sheet =
      `<row r="1">${cell('A1', 'Närvarolista')}</row>` +
      `<row r="3">${cell('A3', 'Förnamn')}${cell('B3', 'Efternamn')}${cell('C3', 'Signatur')}</row>` +
      `<row r="4">${cell('A4', 'Karin')}${cell('B4', 'Holmqvist')}${cell('C4', 'KH')}</row>`;
    const bytes = workbook([{ name: 'Blad1', xml: sheet }]);
    const read = (knownColumn?: (name: string) => boolean) => extractBytes(xlsxExtractor, 'x.xlsx', bytes, undefined, personalDataCheck(BUILTIN_DETECTORS, rules()), knownColumn);
    expect(cells(segments(await read(knownColumnCheck(rules()))))).toEqual([
      [1, 'column 1', 'Närvarolista'],
      [4, 'Förnamn', 'Karin'],
      [4, 'Efternamn', 'Holmqvist'],
      [4, 'Signatur', 'KH'],
    ]);
    // Without the rules' column names the first row is the header, as before.
    expect(cells(segments(await read()))[0]).toEqual([3, 'Närvarolista', 'Förnamn']);
  });

  it('reads the same workbook from in-memory bytes (a mail attachment) and is chosen by extension', async () => {
    const bytes = readFileSync(FIXTURE);
    expect(segments(await extractBytes(xlsxExtractor, 'bilaga.xlsx', bytes))).toHaveLength(23);
    for (const name of ['kunder.xlsx', 'KUNDER.XLSM']) expect(chooseExtractor(name, bytes.subarray(0, 4096))).toEqual({ kind: 'extractor', extractor: xlsxExtractor });
  });
});

describe('xlsx document properties', () => {
  it('reads who wrote and last saved the workbook, under fields the name detector knows', async () => {
    const core = '<cp:coreProperties><dc:creator>Anna Lindqvist</dc:creator><cp:lastModifiedBy>Per Holm</cp:lastModifiedBy></cp:coreProperties>';
    const persons = '<personList><person displayName="Bo Ek" id="{1}" userId="bo.ek@foretaget.se" providerId="AD"/></personList>';
    const bytes = workbook([{ name: 'Blad1', xml: rows('x') }], { extra: [{ name: 'docProps/core.xml', data: core }, { name: 'xl/persons/person.xml', data: persons }] });
    const people = segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes)).filter((s) => s.location.kind === 'paragraph');
    expect(people.map((s) => [s.location, s.hints?.field, s.text])).toEqual([
      [{ kind: 'paragraph', paragraph: 0 }, 'author', 'Anna Lindqvist'],
      [{ kind: 'paragraph', paragraph: 0 }, 'last modified by', 'Per Holm'],
      // The authors of threaded comments, by name and Microsoft 365 user id.
      [{ kind: 'paragraph', paragraph: 0 }, 'person', 'Bo Ek'],
      [{ kind: 'paragraph', paragraph: 0 }, 'person id', 'bo.ek@foretaget.se'],
    ]);
    // `Per Holm` is everyday words in free text; under `last modified by` it is a name.
    expect([...nameDetector.detect(people[1]!, { rules: rules() })].map((m) => m.value)).toEqual(['Per Holm']);
  });
});

describe('xlsx cells and parts', () => {
  it('counts rows and columns where `r` is left out, and reads namespace-prefixed SpreadsheetML', async () => {
    const sheet =
      `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>` +
      '<x:row><x:c t="inlineStr"><x:is><x:t>Namn</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>E-post</x:t></x:is></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>Anna Exempel</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>anna@exempel.se</x:t></x:is></x:c></x:row>' +
      '<x:row r="7"><x:c r="C7"><x:v>46701234567</x:v></x:c><x:c><x:v>12</x:v></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>Bo</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', workbook([{ name: 'Blad1', xml: sheet }])));
    expect(cells(items)).toEqual([
      [2, 'Namn', 'Anna Exempel'],
      [2, 'E-post', 'anna@exempel.se'],
      [7, 'column 3', '46701234567'],
      [7, 'column 4', '12'],
      [8, 'Namn', 'Bo'],
    ]);
  });

  it('decodes the predefined and numeric entities, keeps CDATA as written and never expands DOCTYPE entities', async () => {
    const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)];
    const sheet =
      `<?xml version="1.0"?><!DOCTYPE worksheet [${laughs.join('')}]><worksheet xmlns="${MAIN_NS}"><sheetData>${rows()}<row r="2">` +
      '<c r="A2" t="inlineStr"><is><t>&amp;&lt;&gt;&quot;&apos;&#229;&#xE4;&#99999999;</t></is></c>' +
      '<c r="B2" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c>' +
      '<c r="C2" t="inlineStr"><is><t>&lol8;</t></is></c>' +
      '</row></sheetData></worksheet>';
    expect(await texts(workbook([{ name: 'A', xml: sheet }]))).toEqual(['&<>"\'åä\uFFFD', '<b>&amp;</b>', '&lol8;']);
  });

  it('takes shared strings by index, skips booleans and errors, and an index outside the table', async () => {
    const xml = `${rows()}<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#REF!</v></c><c r="D2" t="s"><v>9</v></c><c r="E2" t="str"><f>A2</f><v>Anna Exempel</v></c><c r="F2" t="d"><v>2024-03-01T00:00:00</v></c></row>`;
    expect(await texts(workbook([{ name: 'A', xml }], { shared: ['<t>noll</t>', '<r><t>ett </t></r><r><t>två</t></r>'] }))).toEqual([
      'ett två',
      'Anna Exempel',
      '2024-03-01T00:00:00',
    ]);
  });

  it('finds sheets by relationship with absolute targets and any case, and passes over chart sheets', async () => {
    const bytes = workbook([
      { name: 'Ett', xml: rows('ett'), target: '/xl/worksheets/Sheet1.xml' },
      { name: 'Diagram', xml: rows('diagram'), target: 'chartsheets/sheet1.xml', type: 'chartsheet' },
      { name: 'Två', xml: rows('två'), target: 'worksheets/sheet2.xml' },
    ]);
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes));
    expect(cells(items)).toEqual([
      [2, 'Ett › Text', 'ett'],
      [2, 'Två › Text', 'två'],
    ]);
  });

  it('reports a worksheet missing from the archive and reads the others', async () => {
    const items = await extractBytes(xlsxExtractor, 'x.xlsx', workbook([{ name: 'A', xml: rows('borta') }, { name: 'B', xml: rows('kvar') }], { omit: ['xl/worksheets/sheet1.xml'] }));
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'corrupt', detail: 'worksheet xl/worksheets/sheet1.xml is missing from the workbook' }]);
    expect(cells(segments(items))).toEqual([[2, 'B › Text', 'kvar']]);
  });

  it('reads a truncated worksheet up to the damage', async () => {
    const xml = '<row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Anna Exempel</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Bo Ex';
    expect(await texts(workbook([{ name: 'A', xml: `<?xml version="1.0"?><worksheet><sheetData>${xml}` }]))).toEqual(['Anna Exempel', 'Bo Ex']);
  });

  it.each([
    ['A1', 0],
    ['b7', 1],
    ['Z9', 25],
    ['AA1', 26],
    ['XFD1048576', 16_383],
    ['XFE1', undefined],
    ['ABCD1', undefined],
    ['17', undefined],
    [undefined, undefined],
  ])('column of %j is %j', (reference, column) => {
    expect(columnOf(reference)).toBe(column);
  });
});

describe('xlsx files that cannot be read', () => {
  it('reports a ZIP without a workbook as corrupt', async () => {
    const bytes = workbook([{ name: 'A', xml: '' }], { omit: ['xl/workbook.xml'] });
    expect(await extractError(extractBytes(xlsxExtractor, 'x.xlsx', bytes))).toMatchObject({ reason: 'corrupt', detail: 'no xl/workbook.xml in the archive (not an Excel workbook)' });
  });

  it('reports an old binary Excel file renamed .xlsx as unsupported', async () => {
    expect(await extractError(extractBytes(xlsxExtractor, 'x.xlsx', oleFile(['Workbook'])))).toMatchObject({
      reason: 'unsupported',
      detail: 'old binary Excel format (.xls) with a .xlsx name; save as .xlsx to scan',
    });
  });

  it('reports a binary workbook (.xlsb) as unsupported, by extension and by content', async () => {
    expect(chooseExtractor('kunder.xlsb', Buffer.from('PK\x03\x04'))).toEqual({ kind: 'unsupported', detail: 'Excel binary workbook (.xlsb); save as .xlsx to scan' });
    expect(chooseExtractor('kunder.xls', Buffer.alloc(8))).toEqual({ kind: 'unsupported', detail: 'old binary Excel format (.xls); save as .xlsx to scan' });
    const xlsb = zip([
      { name: '_rels/.rels', data: Buffer.from(`<Relationships><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.bin"/></Relationships>`) },
      { name: 'xl/workbook.bin', data: Buffer.from([0x83, 0x01, 0x00]) },
    ]);
    expect(await extractError(extractBytes(xlsxExtractor, 'x.xlsx', xlsb))).toMatchObject({ reason: 'unsupported', detail: expect.stringContaining('.xlsb') });
  });

  it('reports one worksheet that inflates past its declared size and reads the others', async () => {
    const bytes = workbook([{ name: 'A', xml: rows('kvar') }, { name: 'B', xml: `${rows('borta')}${'<row/>'.repeat(1000)}` }]);
    const items = await extractBytes(xlsxExtractor, 'x.xlsx', withDeclaredSize(bytes, 100, 'xl/worksheets/sheet2.xml'));
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'too-large', detail: 'worksheet xl/worksheets/sheet2.xml: ZIP entry expands beyond its declared size' }]);
    expect(cells(segments(items))).toEqual([[2, 'A › Text', 'kvar']]);
  });
});

describe('large worksheets are read in pieces', () => {
  /** A sheet of several megabytes with every cell kind, so that pieces end inside rows, cells and rich text. */
  function bigSheet(rowCount: number): string {
    const body: string[] = [rows()];
    for (let r = 2; r <= rowCount; r++) {
      body.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Kund ${r} &amp; Söner</t></is></c>` +
          `<c r="B${r}" t="s"><v>${r % 3}</v></c>` +
          `<c r="C${r}"><v>4670${String(1_000_000 + r)}</v></c>` +
          `<c r="D${r}" t="inlineStr"><is><r><t>Åsa </t></r><r><t>Ö${r}</t></r><rPh><t>x</t></rPh></is></c>` +
          `<c r="E${r}" t="str"><f>A${r}</f><v>formel ${r}</v></c></row>`,
      );
    }
    return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${body.join('')}</sheetData></worksheet>`;
  }
  const SHARED = ['<t>noll</t>', '<t>ett</t>', '<r><t>två </t></r><r><t>tre</t></r>'];
  const sharedText = ['noll', 'ett', 'två tre'];

  it('gives the cells of a 3 MB sheet exactly as reading it whole does', async () => {
    const xml = bigSheet(12_000);
    expect(xml.length).toBeGreaterThan(3_000_000);
    const whole = [...worksheetRows(xml, sharedText)].flatMap((row) => row.cells.map((text, i) => [row.row, row.columns[i], text]));
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', workbook([{ name: 'Stor', xml }], { shared: SHARED })));
    const columnIndex = new Map([['Text', 0], ['column 2', 1], ['column 3', 2], ['column 4', 3], ['column 5', 4]]);
    const streamed = items.map((s) => (s.location.kind === 'cell' ? [s.location.row, columnIndex.get(s.location.column), s.text] : s.location));
    // The header row is taken as column names, not as cells.
    expect(streamed).toEqual(whole.filter(([row]) => row !== 1));
    expect(streamed).toContainEqual([9_999, 3, 'Åsa Ö9999']);
    expect(streamed).toContainEqual([11_999, 1, 'två tre']);
  });

  it('reads a UTF-16 worksheet (byte order mark) in pieces too', async () => {
    const xml = bigSheet(3_000).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const parts = zip(
      unzipParts(workbook([{ name: 'Stor', xml: rows() }], { shared: SHARED })).map((part) => (part.name === 'xl/worksheets/sheet1.xml' ? { ...part, data: utf16 } : part)),
    );
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', parts));
    expect(items).toHaveLength(2_999 * 5);
    expect(items.map((s) => s.text)).toContain('Åsa Ö2999');
  });

  it('WorksheetReader gives the same rows whichever tag boundaries the pieces end at', () => {
    const xml = bigSheet(40);
    const whole = [...worksheetRows(xml, sharedText)];
    const boundaries: number[] = [];
    for (let at = xml.indexOf('><'); at !== -1; at = xml.indexOf('><', at + 1)) boundaries.push(at + 1);
    for (const step of [1, 2, 3, 7]) {
      const reader = new WorksheetReader(sharedText);
      const read = [];
      let from = 0;
      for (let i = step - 1; i < boundaries.length; i += step) {
        read.push(...reader.feed(xml.slice(from, boundaries[i])));
        from = boundaries[i]!;
      }
      read.push(...reader.feed(xml.slice(from)), ...reader.finish());
      expect(read).toEqual(whole);
    }
  });
});

/** The parts of an archive, to rebuild it with one part changed. */
function unzipParts(archive: Buffer): Array<{ name: string; data: Buffer }> {
  return readZipDirectory(archive).map((entry) => ({ name: entry.name, data: readZipEntry(archive, entry) }));
}

describe('streamZipEntry', () => {
  const data = Buffer.from('<row r="1"><c><v>1</v></c></row>'.repeat(20_000));
  const archive = zip([{ name: 'big.xml', data }]);

  async function collect(bytes: Buffer, chunk = 4096): Promise<Buffer> {
    const [entry] = readZipDirectory(bytes);
    const parts: Buffer[] = [];
    for await (const part of streamZipEntry(bytes, entry!, chunk)) parts.push(part);
    return Buffer.concat(parts);
  }

  it('gives the bytes readZipEntry gives, in pieces', async () => {
    expect((await collect(archive)).equals(data)).toBe(true);
    const [entry] = readZipDirectory(archive);
    expect(readZipEntry(archive, entry!).equals(data)).toBe(true);
  });

  it('stops where an entry expands past its declared size, and reports a damaged one as corrupt', async () => {
    await expect(collect(withDeclaredSize(archive, 1000))).rejects.toMatchObject({ reason: 'too-large' });
    const damaged = Buffer.from(archive);
    damaged.fill(0xff, 60, 200); // inside the deflate stream, after the local header
    await expect(collect(damaged)).rejects.toMatchObject({ reason: expect.stringMatching(/^(corrupt|too-large)$/) });
  });
});

describe('xlsx extractor: notes (comments) on cells', () => {
  const commentsRel = (target: string) =>
    `<Relationships><Relationship Id="rId9" Type="${REL_NS}/comments" Target="${target}"/><Relationship Id="rId8" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
  const comments = `<comments xmlns="${MAIN_NS}"><authors><author>Anna Lindqvist</author><author>tord</author></authors><commentList>` +
    `<comment ref="A2" authorId="0"><text><r><t xml:space="preserve">Ring kunden på </t></r><r><t>070-123 45 67</t></r></text></comment>` +
    `<comment ref="B3" authorId="1"><text><t>Pnr 850312-2387 &amp; ok</t></text></comment>` +
    `<comment ref="C4"><text><t>utan författare</t></text></comment></commentList></comments>`;

  it('reads each note and its author at the note\'s cell, the author as a name', async () => {
    const bytes = workbook([{ name: 'Kunder', xml: rows('x') }], {
      extra: [
        { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: commentsRel('../comments1.xml') },
        { name: 'xl/comments1.xml', data: comments },
      ],
    });
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes));
    expect(cells(items)).toEqual([
      [2, 'Text', 'x'],
      [2, 'comment A2', 'Ring kunden på 070-123 45 67'],
      [2, 'comment A2 author', 'Anna Lindqvist'],
      [3, 'comment B3', 'Pnr 850312-2387 & ok'],
      [3, 'comment B3 author', 'tord'],
      [4, 'comment C4', 'utan författare'],
    ]);
    const author = items.find((s) => s.text === 'Anna Lindqvist')!;
    expect(author.hints?.field).toBe('author');
    expect([...nameDetector.detect(author, { rules: rules() })].map((m) => m.value)).toEqual(['Anna Lindqvist']);
    expect([...phoneDetector.detect(items.find((s) => s.text.startsWith('Ring'))!, { rules: rules() })].map((m) => m.value)).toEqual(['070-123 45 67']);
  });

  it('names the sheet with several sheets, and reads nothing more when a sheet has no notes or its part is missing', async () => {
    const bytes = workbook([{ name: 'Kunder', xml: rows('x') }, { name: 'Övrigt', xml: rows('y') }], {
      extra: [
        { name: 'xl/worksheets/_rels/sheet2.xml.rels', data: commentsRel('../comments1.xml') },
        { name: 'xl/comments1.xml', data: comments },
        { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: commentsRel('../missing.xml') },
      ],
    });
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes));
    const columns = items.map((s) => (s.location.kind === 'cell' ? s.location.column : ''));
    expect(columns.filter((column) => column.includes('comment'))).toEqual([
      'Övrigt › comment A2',
      'Övrigt › comment A2 author',
      'Övrigt › comment B3',
      'Övrigt › comment B3 author',
      'Övrigt › comment C4',
    ]);
  });

  it('reports a notes part that inflates past its declared size, and keeps the cells', async () => {
    const bytes = workbook([{ name: 'Kunder', xml: rows('x') }], {
      extra: [
        { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: commentsRel('../comments1.xml') },
        { name: 'xl/comments1.xml', data: comments },
      ],
    });
    const items = await extractBytes(xlsxExtractor, 'x.xlsx', withDeclaredSize(bytes, 50, 'xl/comments1.xml'));
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'too-large', detail: 'notes xl/comments1.xml: ZIP entry expands beyond its declared size' }]);
    expect(cells(segments(items))).toEqual([[2, 'Text', 'x']]);
  });

  it('reads the text of text boxes and shapes a sheet\'s drawing holds, at the row they are anchored at', async () => {
    const drawing =
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:sp><xdr:txBody><a:p><a:r><a:t>Kontakt: </a:t></a:r><a:r><a:t>Anna Lindqvist</a:t></a:r></a:p><a:p><a:r><a:t>070-123 45 67</a:t></a:r></a:p></xdr:txBody></xdr:sp>` +
      `<xdr:clientData/></xdr:twoCellAnchor>` +
      `<xdr:twoCellAnchor><xdr:from><xdr:row>9</xdr:row></xdr:from><xdr:pic/><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
    const bytes = workbook([{ name: 'Kunder', xml: rows('x') }], {
      extra: [
        { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/></Relationships>` },
        { name: 'xl/drawings/drawing1.xml', data: drawing },
      ],
    });
    const items = segments(await extractBytes(xlsxExtractor, 'x.xlsx', bytes));
    expect(cells(items)).toEqual([
      [2, 'Text', 'x'],
      [5, 'text box', 'Kontakt: Anna Lindqvist\n070-123 45 67'],
    ]);
    const box = items[1]!;
    expect([...nameDetector.detect(box, { rules: rules() })].map((m) => m.value)).toEqual(['Anna Lindqvist']);
  });
});

