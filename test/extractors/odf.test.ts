import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { odfExtractor } from '../../src/extract/odf.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import { zip } from '../../scripts/hostile/make-hostile-tree.mjs';
import { personalDataCheck } from '../../src/engine/personal-data-check.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractError, extractFile, FORMATS, segments } from './collect.js';

const FIXTURE = join(FORMATS, 'odt/protokoll.odt');

describe('OpenDocument extractor (.odt, .ods)', () => {
  it('reads paragraphs, headings, table cells, footers and the author names, a segment each', async () => {
    const items = segments(await extractFile(odfExtractor, FIXTURE));
    expect(items.map((s) => [s.location.kind === 'paragraph' ? s.location.paragraph : -1, s.hints?.field, s.text])).toEqual([
      [1, undefined, 'Protokoll kundärende 4711'],
      // A span inside a name adds no space: one name.
      [2, undefined, 'Kunden Fatima Hassan ringde om fakturan.'],
      [3, undefined, 'Personnummer 920229-3446, nås på 08-123 456 78.'],
      // A one-row table of a label and a value: read as a form, the label naming the value.
      [-1, undefined, 'E-post'],
      [-1, 'E-post', 'fatima.hassan@posten-exempel.se'],
      [4, 'header/footer', 'Handläggare Märta Öberg, 031-12 34 56'],
      [0, 'author', 'Björn Åkesson'],
      [0, 'author', 'Björn Åkesson'],
    ]);
    const found = items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value}`));
    expect(found).toEqual([
      'name Fatima Hassan',
      'personnummer 920229-3446',
      'phone 08-123 456 78',
      'email fatima.hassan@posten-exempel.se',
      'name Märta Öberg',
      'phone 031-12 34 56',
      'name Björn Åkesson',
      'name Björn Åkesson',
    ]);
  });

  it('reads a spreadsheet (.ods) as rows under its header row, repeated empty cells counted', async () => {
    const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const content = '<office:document-content><office:body><office:spreadsheet><table:table table:name="Kunder">'
      + `<table:table-row>${cell('Förnamn')}${cell('Efternamn')}<table:table-cell table:number-columns-repeated="2"/>${cell('Personnummer')}${cell('Telefon')}</table:table-row>`
      + `<table:table-row>${cell('Per')}${cell('Holm')}<table:table-cell table:number-columns-repeated="2"/>${cell('0603114109')}${cell('701234567')}<table:table-cell table:number-columns-repeated="16378"/></table:table-row>`
      + '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
      + '</table:table></office:spreadsheet></office:body></office:document-content>';
    const bytes = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(content) }]);
    const items = segments(await extractBytes(odfExtractor, 'kunder.ods', bytes));
    expect(items.map((s) => [s.location, s.text])).toEqual([
      [{ kind: 'cell', row: 2, column: 'Förnamn' }, 'Per'],
      [{ kind: 'cell', row: 2, column: 'Efternamn' }, 'Holm'],
      [{ kind: 'cell', row: 2, column: 'Personnummer' }, '0603114109'],
      [{ kind: 'cell', row: 2, column: 'Telefon' }, '701234567'],
    ]);
    const found = items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value}`));
    expect(found).toEqual(['name Per Holm', 'personnummer 0603114109', 'phone 701234567']);
  });

  it('names the columns of a workbook with several sheets by sheet, as .xlsx does', async () => {
    const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const sheet = (name: string, header: string, value: string) =>
      `<table:table table:name="${name}"><table:table-row>${cell('Namn')}${cell(header)}</table:table-row><table:table-row>${cell('Per Holm')}${cell(value)}</table:table-row></table:table>`;
    const content = `<office:document-content><office:body><office:spreadsheet>${sheet('Kunder', 'Telefon', '070-123 45 67')}${sheet('Ärenden &amp; samtal', 'E-post', 'per.holm@exempel.se')}</office:spreadsheet></office:body></office:document-content>`;
    const bytes = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(content) }]);
    const items = segments(await extractBytes(odfExtractor, 'kunder.ods', bytes));
    expect(items.map((s) => [s.location, s.hints?.field, s.text])).toEqual([
      [{ kind: 'cell', row: 2, column: 'Kunder › Namn' }, 'Namn', 'Per Holm'],
      [{ kind: 'cell', row: 2, column: 'Kunder › Telefon' }, 'Telefon', '070-123 45 67'],
      // The sheet's name as the user sees it: entities decoded. (Before: `table 2 › E-post`.)
      [{ kind: 'cell', row: 2, column: 'Ärenden & samtal › Namn' }, 'Namn', 'Per Holm'],
      [{ kind: 'cell', row: 2, column: 'Ärenden & samtal › E-post' }, 'E-post', 'per.holm@exempel.se'],
    ]);
  });

  it('reads a sheet named for a person as text, and names its columns by the table\'s number', async () => {
    const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const sheet = (name: string, value: string) => `<table:table table:name="${name}"><table:table-row>${cell('Ärende')}${cell('Telefon')}</table:table-row><table:table-row>${cell('A-17')}${cell(value)}</table:table-row></table:table>`;
    const content = `<office:document-content><office:body><office:spreadsheet>${sheet('Kunder', '070-123 45 67')}${sheet('Anna Svensson', '070-765 43 21')}</office:spreadsheet></office:body></office:document-content>`;
    const bytes = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(content) }]);
    const items = segments(await extractBytes(odfExtractor, 'kunder.ods', bytes, undefined, personalDataCheck(BUILTIN_DETECTORS, rules())));
    expect(items.map((s) => [s.location, s.text])).toEqual([
      [{ kind: 'cell', row: 2, column: 'Kunder › Ärende' }, 'A-17'],
      [{ kind: 'cell', row: 2, column: 'Kunder › Telefon' }, '070-123 45 67'],
      [{ kind: 'paragraph', paragraph: 0 }, 'Anna Svensson'],
      [{ kind: 'cell', row: 2, column: 'table 2 › Ärende' }, 'A-17'],
      [{ kind: 'cell', row: 2, column: 'table 2 › Telefon' }, '070-765 43 21'],
    ]);
  });

  it('takes a first row with a year in one column name (`Betalt 2024`) as the header', async () => {
    const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const row = (...texts: string[]) => `<table:table-row>${texts.map(cell).join('')}</table:table-row>`;
    const content = `<office:document-content><office:body><office:spreadsheet><table:table table:name="Medlemmar">${row('Medlemsnr', 'Förnamn', 'Efternamn', 'Betalt 2024')}${row('1001', 'Kristina', 'Björk', 'ja')}</table:table></office:spreadsheet></office:body></office:document-content>`;
    const bytes = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(content) }]);
    const items = segments(await extractBytes(odfExtractor, 'medlemmar.ods', bytes));
    expect(items.find((s) => s.text === 'Kristina')?.hints?.field).toBe('Förnamn');
    const found = items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value}`));
    // Before, the row of names was read as data without columns: given name and surname were two lone words.
    expect(found).toEqual(['name Kristina Björk']);
    expect(items.find((s) => s.text === 'Kristina')?.hints?.record).toEqual({ Medlemsnr: '1001', Förnamn: 'Kristina', Efternamn: 'Björk', 'Betalt 2024': 'ja' });
  });

  it('reads a one-line content.xml of 200,000 cells in linear time', async () => {
    // Each attribute value counted the line breaks up to the end of the line, which in content.xml is the file:
    // 80,000 cells took 7.5 s, 200,000 would take about 50.
    const cell = (text: string) => `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const rows = Array.from({ length: 50_000 }, (_, i) => `<table:table-row>${cell(`k${(i * 2654435761) % 4294967296}`)}${cell(`n${Math.sin(i).toString(36).slice(2, 12)}`)}${cell(`070-123 45 ${String(i % 100).padStart(2, '0')}`)}${cell(`r${i}`)}</table:table-row>`).join('');
    const content = `<office:document-content><office:body><office:spreadsheet><table:table table:name="Kunder"><table:table-row>${cell('Kundnr')}${cell('Namn')}${cell('Telefon')}${cell('Rad')}</table:table-row>${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
    const bytes = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(content) }]);
    const started = performance.now();
    const items = segments(await extractBytes(odfExtractor, 'stor.ods', bytes));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(items).toHaveLength(200_000);
    expect(items.at(-1)).toMatchObject({ location: { kind: 'cell', row: 50_001, column: 'Rad' }, text: 'r49999' });
  }, 30_000);

  it('is chosen for .odt and .ods', () => {
    for (const name of ['a.odt', 'b.ODS']) {
      const choice = chooseExtractor(name, Buffer.from('PK\x03\x04'));
      expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('odf');
    }
  });

  it('reports a password-protected document as encrypted and a ZIP without content.xml as corrupt', async () => {
    const encrypted = zip([
      { name: 'META-INF/manifest.xml', data: Buffer.from('<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>') },
      { name: 'content.xml', data: Buffer.from([0x13, 0x37, 0x00, 0xff]) },
    ]);
    expect(await extractError(extractBytes(odfExtractor, 'x.odt', encrypted))).toMatchObject({ reason: 'encrypted' });
    const empty = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') }]);
    expect(await extractError(extractBytes(odfExtractor, 'x.odt', empty))).toMatchObject({ reason: 'corrupt' });
  });
});
