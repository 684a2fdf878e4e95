import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { HtmlFormCollector } from '../../src/extract/html-forms.js';
import { MarkupStripper, markupExtractor } from '../../src/extract/markup.js';
import { XmlLeafReader } from '../../src/extract/xml-leaves.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Segment } from '../../src/extract/types.js';
import { describeLocation } from '../../src/findings/location.js';
import { personalDataCheck } from '../../src/engine/personal-data-check.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractFile, FORMATS, scratch, segments } from './collect.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

/** Every finding in the segments as `category value line`. */
function findings(items: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const segment of items) {
    const base = segment.location.kind === 'line' || segment.location.kind === 'xml' ? segment.location.line : 0;
    for (const { detector, match } of detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low')) {
      const line = base + segment.text.slice(0, match.start).split('\n').length - 1;
      out.push(`${detector.category} ${match.value} ${base > 0 ? line : describeLocation(segment.location)}`);
    }
  }
  return out;
}

describe('markup extractor (HTML and XML)', () => {
  it('reads a saved HTML chat: text, entities, attribute values and comments, not script or style, by the file\'s lines', async () => {
    const items = segments(await extractFile(markupExtractor, join(FORMATS, 'html/chatt.html')));
    expect(items[0]!.location).toEqual({ kind: 'line', line: 1 });
    const text = items[0]!.text;
    expect(text).not.toContain('<');
    expect(text).not.toContain('1709283600');
    expect(text).not.toContain('#070123');
    // The table's cells are read as cells: they leave only their line breaks in the page's text.
    expect(text).not.toContain('Björn');
    expect(text.split('\n')).toHaveLength(12);
    expect(items.slice(1).map((s) => [describeLocation(s.location), s.hints?.field, s.text])).toEqual([
      ['table 1, row 1, cell 1', undefined, '10:02'],
      ['table 1, row 1, cell 2', undefined, 'Kund'],
      ['table 1, row 1, cell 3', 'Kund', 'Björn Åkesson'],
      ['table 1, row 2, cell 1', undefined, '10:03'],
      ['table 1, row 2, cell 2', undefined, 'Telefon'],
      ['table 1, row 2, cell 3', 'Telefon', '+46 73 555 01 02'],
    ]);
    expect(findings(items)).toEqual([
      'personnummer 790101-1127 8',
      'name Märta Öberg 9',
      'phone 031-12 34 56 9',
      'email bjorn.akesson@example.com 10',
      'name Björn Åkesson table 1, row 1, cell 3',
      'phone +46 73 555 01 02 table 1, row 2, cell 3',
    ]);
  });

  it('reads an HTML table under its header row, as a CSV: columns decide for bare numbers and everyday-word names', async () => {
    const html = [
      '<html><body><h1>Kunder</h1>',
      '<table><thead><tr><th>Kundnr</th><th>Förnamn</th><th>Efternamn</th><th>Personnummer</th><th>Telefon</th></tr></thead>',
      '<tbody><tr><td>1001</td><td>Per</td><td>Holm</td><td>0603114109</td><td>701234567</td></tr>',
      '<tr><td>1002</td><td>Bo</td><td>Ek</td><td>8503122387</td><td>46701234569</td></tr></tbody></table>',
      '<table><tr><th>Namn</th><th>E-post</th></tr><tr><td>Sara Sten</td><td><a href="mailto:sara@exempel.se">sara@exempel.se</a></td></tr></table>',
      '</body></html>',
    ].join('\n');
    const items = segments(await extractFile(markupExtractor, tmp.file('kunder.html', html)));
    expect(findings(items)).toEqual([
      'email sara@exempel.se 5',
      'name Per Holm row 2, column Förnamn',
      'personnummer 0603114109 row 2, column Personnummer',
      'phone 701234567 row 2, column Telefon',
      'name Bo Ek row 3, column Förnamn',
      'personnummer 8503122387 row 3, column Personnummer',
      'phone 46701234569 row 3, column Telefon',
      'name Sara Sten row 2, column table 2 › Namn',
      'email sara@exempel.se row 2, column table 2 › E-post',
    ]);
  });

  it('reads a header row with a person in it (agents as columns) as a row of cells, never as column names', async () => {
    const html = '<table><thead><tr><th>Vecka</th><th>Karin Dahl</th><th>Johan Ek</th></tr></thead><tr><td>12</td><td>4</td><td>7</td></tr></table>';
    const bytes = Buffer.from(html);
    const withCheck = segments(await extractBytes(markupExtractor, 'statistik.html', bytes, undefined, personalDataCheck(BUILTIN_DETECTORS, rules())));
    expect(findings(withCheck)).toEqual(['name Karin Dahl table 1, row 1, cell 2', 'name Johan Ek table 1, row 1, cell 3']);
    expect(withCheck.some((s) => s.location.kind === 'cell')).toBe(false);
    // The extractor alone takes the `<th>` row for the header, as before.
    const alone = segments(await extractBytes(markupExtractor, 'statistik.html', bytes));
    expect(alone.filter((s) => s.location.kind === 'cell').map((s) => s.hints?.field)).toEqual(['Vecka', 'Karin Dahl', 'Johan Ek']);
  });

  it('reads a header-less table of labels and values as a form, and a first row of names as a header', async () => {
    const html = '<table><tr><td>Personnummer:</td><td>8503122387</td></tr><tr><td>Namn</td><td>Per Holm</td></tr></table>'
      + '<table><tr><td>Namn</td><td>Telefon</td></tr><tr><td>Bo Ek</td><td>701234567</td></tr></table>';
    const items = segments(await extractFile(markupExtractor, tmp.file('form.html', html)));
    expect(findings(items)).toEqual([
      'personnummer 8503122387 table 1, row 1, cell 2',
      'name Per Holm table 1, row 2, cell 2',
      'name Bo Ek row 2, column table 2 › Namn',
      'phone 701234567 row 2, column table 2 › Telefon',
    ]);
    expect(items.find((s) => s.text === '8503122387')?.hints?.field).toBe('Personnummer');
  });

  it('reads a form whose first row is `Namn | <the name>` as a form, not as a header row named after the person', async () => {
    // A web form's receipt: before, `Zofia Pawlak` became a column name (in reports) and was never scanned.
    const receipt = '<table><tr><td class="l">Namn</td><td>Zofia Pawlak</td></tr><tr><td class="l">Personnummer</td><td>19600821-6449</td></tr>'
      + '<tr><td class="l">Telefon</td><td>079 254 94 04</td></tr><tr><td class="l">Skickat från</td><td>62.20.176.97</td></tr></table>';
    // Two columns of a list stay a list: given names and surnames (no data in the second column), names and numbers.
    const names = '<table><tr><td>Förnamn</td><td>Efternamn</td></tr><tr><td>Anna</td><td>Berg</td></tr><tr><td>Per</td><td>Holm</td></tr></table>';
    const single = '<table><tr><td>Namn</td><td>Saga Lind</td></tr></table>';
    const items = segments(await extractFile(markupExtractor, tmp.file('kvitto.html', receipt + names + single)));
    expect(findings(items)).toEqual([
      'name Zofia Pawlak table 1, row 1, cell 2',
      'personnummer 19600821-6449 table 1, row 2, cell 2',
      'phone 079 254 94 04 table 1, row 3, cell 2',
      'ip 62.20.176.97 table 1, row 4, cell 2',
      'name Anna Berg row 2, column table 2 › Förnamn',
      'name Per Holm row 3, column table 2 › Förnamn',
      'name Saga Lind table 3, row 1, cell 2',
    ]);
    expect(items.find((s) => s.text === 'Zofia Pawlak')?.hints?.field).toBe('Namn');
    // Labels in <th> before each value: a form too, not a header row named after the person.
    const th = segments(await extractFile(markupExtractor, tmp.file('kvitto-th.html', '<table><tr><th>Namn</th><td>Ture Sjöström</td></tr><tr><th>Telefon</th><td>0701234567</td></tr></table>')));
    expect(findings(th)).toEqual(['name Ture Sjöström table 1, row 1, cell 2', 'phone 0701234567 table 1, row 2, cell 2']);
    // No column is named after a value.
    expect(items.some((s) => s.location.kind === 'cell' && /Pawlak|Lind/.test(s.location.column))).toBe(false);
  });

  it('reads hostile tables in linear time and bounded memory: 200,000 cells in one row, 50,000 nested tables', async () => {
    const wide = `<table><tr>${'<td>x'.repeat(200_000)}<td>Telefon</td><td>070-123 45 67</td></table>`;
    const deep = `${'<table><tr><td>'.repeat(50_000)}Personnummer</td><td>850312-2387${'</td></tr></table>'.repeat(50_000)}`;
    const started = performance.now();
    const items = segments(await extractFile(markupExtractor, tmp.file('hostile.html', wide + deep)));
    expect(performance.now() - started).toBeLessThan(10_000);
    // Past 4,096 cells a row is cut (the first 4,096 `x` made the header); past 256 levels the `<tr>`s are rows of the deepest table.
    expect(findings(items)).toEqual(['phone 070-123 45 67 row 49, column x', 'personnummer 850312-2387 table 257, row 49745, cell 2']);
  });

  it('follows colspan, and passes over a title row before the column names', async () => {
    const html = '<table><tr><th colspan="3">Kunder 2024</th></tr><tr><th>Namn</th><th colspan="2">Kontakt</th><th>Personnummer</th></tr>'
      + '<tr><td>Per Holm</td><td>070-123 45 67</td><td>per@exempel.se</td><td>0603114109</td></tr></table>';
    // (The attribute values `3` and `2` stay in the page's text, as every attribute value does.)
    const items = segments(await extractFile(markupExtractor, tmp.file('colspan.html', html))).filter((s) => s.location.kind !== 'line');
    expect(items.map((s) => [describeLocation(s.location), s.text])).toEqual([
      ['table 1, row 1, cell 1', 'Kunder 2024'],
      ['row 3, column Namn', 'Per Holm'],
      ['row 3, column Kontakt', '070-123 45 67'],
      ['table 1, row 3, cell 3', 'per@exempel.se'],
      ['row 3, column Personnummer', '0603114109'],
    ]);
    expect(findings(items)).toContain('personnummer 0603114109 row 3, column Personnummer');
  });

  it('keeps cells apart in unclosed and nested tables, and reads a cell left open at the end', async () => {
    const html = '<table><tr><th>Namn</th><th>Info</th></tr><tr><td>Per Holm<td><table><tr><td>Telefon</td><td>070-123 45 67</td></tr></table>'
      + '<tr><td>Bo Ek<td>Sista';
    const items = segments(await extractFile(markupExtractor, tmp.file('broken.html', html)));
    expect(items.map((s) => [describeLocation(s.location), s.text])).toEqual([
      ['table 2, row 1, cell 1', 'Telefon'],
      ['table 2, row 1, cell 2', '070-123 45 67'],
      ['row 2, column Namn', 'Per Holm'],
      ['row 3, column Namn', 'Bo Ek'],
      ['row 3, column Info', 'Sista'],
    ]);
  });

  it('reads filled-in form fields under their input names, the inputs of one form as a record', async () => {
    const html = [
      '<html><body><h1>Provkörningar</h1>',
      '<form id="sub-1"><fieldset><legend>Inskickad 2024-10-31</legend>',
      '<label>Förnamn <input name="fornamn" value="Merve"></label>',
      '<label>Efternamn <input name=efternamn value=\'&Ouml;zt&uuml;rk\'></label>',
      '<label>Personnummer <input name="pnr" value="19640511-6465"></label>',
      '<label>Mobil <input name="tel" type="tel" value="0765297175"></label>',
      '<input type="checkbox" name="nyhetsbrev" value="070-123 45 67" checked><input type="submit" value="Skicka">',
      '<label>Bil <input name="bil" value="Renault Clio"></label></fieldset></form>',
      '<p>Utanför formuläret: <input name="epost" value="merve_ozturk@exempel.se"></p>',
      '</body></html>',
    ].join('\n');
    const items = segments(await extractFile(markupExtractor, tmp.file('formular.html', html)));
    // The page's text first (a checkbox's value is the form's own, read as text as before), then the fields.
    expect(findings(items)).toEqual([
      'phone 070-123 45 67 7',
      'name Merve Öztürk 3',
      'personnummer 19640511-6465 5',
      'phone 0765297175 6',
      'email merve_ozturk@exempel.se 9',
    ]);
    const merve = items.find((s) => s.text === 'Merve')!;
    expect(merve.location).toEqual({ kind: 'xml', line: 3, path: 'form.fornamn' });
    expect(merve.hints).toEqual({ field: 'fornamn', scope: 'field', record: { fornamn: 'Merve', efternamn: 'Öztürk', pnr: '19640511-6465', tel: '0765297175', bil: 'Renault Clio' } });
    // The fields left the page's text (before, `Merve` and `Öztürk` stood there as two lone words).
    const page = items[0]!.text;
    expect(page).not.toContain('Merve');
    expect(page).toContain('070-123 45 67');
    expect(page.split('\n')).toHaveLength(10);
  });

  it('reads a form of 200,000 inputs on one line in linear time', async () => {
    // The input's line was found by a search for the next line break that ran to the end of the line per input.
    const html = `<form>${'<input name="kund" value="Anna Svensson">'.repeat(200_000)}</form>`;
    const started = performance.now();
    const items = segments(await extractFile(markupExtractor, tmp.file('stort-formular.html', html)));
    expect(performance.now() - started).toBeLessThan(10_000);
    // The file is read in blocks of up to a MiB: an input cut by a block's end is read as the page's text, as before.
    const fields = items.filter((s) => s.location.kind === 'xml');
    const inText = items.filter((s) => s.location.kind === 'line').reduce((n, s) => n + s.text.split('Anna Svensson').length - 1, 0);
    expect(fields.length + inText).toBe(200_000);
    expect(fields.length).toBeGreaterThan(199_900);
    expect(fields[0]!.location).toEqual({ kind: 'xml', line: 1, path: 'form.kund' });
  }, 30_000);

  it('reads an input that spans two blocks, or one named with personal data, as text', async () => {
    const stripper = new MarkupStripper(true, undefined, new HtmlFormCollector(personalDataCheck(BUILTIN_DETECTORS, rules())));
    // The tag's first part was handed on as text before its end was read: the whole input stays text.
    expect(stripper.strip('<form><input name="pnr"\n')).toBe(' pnr \n');
    expect(stripper.strip(' value="19640511-6465"></form>')).toBe(' 19640511-6465 ');
    expect(stripper.strip('<form><input name="Anna Svensson" value="ja"></form>')).toBe(' Anna Svensson  ja ');
  });

  it('reads an XML export value by value: element names as fields, located by line and path', async () => {
    const items = segments(await extractFile(markupExtractor, join(FORMATS, 'xml/kunder.xml')));
    expect(items.map((s) => [s.location, s.hints?.field, s.text]).slice(0, 5)).toEqual([
      [{ kind: 'xml', line: 2, path: 'kunder@export' }, 'export', '2024-03-01'],
      [{ kind: 'xml', line: 3, path: 'kunder.kund@nr' }, 'nr', '3001'],
      [{ kind: 'xml', line: 3, path: 'kunder.kund@epost' }, 'epost', 'anna.lindqvist@exempel.se'],
      [{ kind: 'xml', line: 3, path: 'kunder.kund.namn' }, 'namn', 'Anna Lindqvist'],
      [{ kind: 'xml', line: 3, path: 'kunder.kund.telefon' }, 'telefon', '070-123 45 67'],
    ]);
    // `Order 4711 &amp; faktura 2024-118` is one decoded value; `Ny kund` in a name element is no name.
    expect(items.map((s) => s.text)).toContain('Order 4711 & faktura 2024-118');
    expect(findings(items)).toEqual([
      'email anna.lindqvist@exempel.se 3',
      'name Anna Lindqvist 3',
      'phone 070-123 45 67 3',
      'personnummer 850312-2387 3',
      'email fatima.hassan@posten-exempel.se 4',
      'name Fatima Hassan 4',
      'phone 08-123 456 78 4',
      'personnummer 920229-3446 4',
    ]);
  });

  it('joins given and family name elements of one record, reads CDATA, comments and mixed text', () => {
    const reader = new XmlLeafReader();
    const xml = [
      '<?xml version="1.0"?>',
      '<kunder><kund><fornamn>anna</fornamn><efternamn>berg</efternamn><mobil>701234567</mobil></kund>',
      '<kund>',
      '  <fornamn>Saga</fornamn>',
      '  <efternamn>Holm</efternamn>',
      '  <anteckning><![CDATA[Ring <snart> 070-765 43 21]]> och <b>mejla</b> saga@exempel.se</anteckning>',
      '  <!-- intern: pnr 850312-2387 -->',
      '</kund></kunder>',
    ].join('\n');
    const items = [...reader.feed(xml), ...reader.finish()];
    expect(findings(items).sort()).toEqual([
      'email saga@exempel.se 6',
      'name Saga Holm 4',
      'name anna berg 2',
      'personnummer 850312-2387 7',
      'phone 070-765 43 21 6',
      'phone 701234567 2',
    ]);
    const holm = items.find((s) => s.text === 'Saga')!;
    expect(holm.hints?.record).toEqual({ fornamn: 'Saga', efternamn: 'Holm' });
  });

  it('names a generic element by its label attribute, as a web form export writes them (`<field label="Förnamn">`)', () => {
    const reader = new XmlLeafReader();
    const xml = [
      '<entries form="Intresseanmälan">',
      '  <entry id="5100" ip="185.21.128.98">',
      '    <field id="1.3" label="Förnamn">Goran</field>',
      '    <field id="1.6" label="Efternamn">Đurić</field>',
      '    <field id="3" label="Telefon">701234568</field>',
      '    <property name="personnummer">0405231333</property>',
      '  </entry>',
      // A label with digits is an id, not a name (it would go into report paths): the element keeps its own name.
      '  <entry><field label="Fält 12">Anna Berg</field><kund label="Namn">x</kund></entry>',
      '</entries>',
    ].join('\n');
    const items = [...reader.feed(xml), ...reader.finish()];
    const given = items.find((s) => s.text === 'Goran')!;
    expect(given.location).toEqual({ kind: 'xml', line: 3, path: 'entries.entry.field[label=Förnamn]' });
    expect(given.hints?.field).toBe('Förnamn');
    expect(given.hints?.record).toEqual({ Förnamn: 'Goran', Efternamn: 'Đurić', Telefon: '701234568', personnummer: '0405231333' });
    expect(items.find((s) => s.text === 'Anna Berg')!.location).toEqual({ kind: 'xml', line: 8, path: 'entries.entry[1].field' });
    // Only generic elements are named by an attribute: `<kund label=…>` stays `kund`.
    expect(items.find((s) => s.text === 'x')!.hints?.field).toBe('kund');
    // A person's name as the attribute is no label: it would put a raw name into report paths.
    const keyed = [...new XmlLeafReader().feed('<map><entry key="Anna Svensson">070-123 45 67</entry></map>')];
    expect(keyed.map((s) => [s.location.kind === 'xml' ? s.location.path : '', s.hints?.field])).toContainEqual(['map.entry', 'entry']);
    // Before, the given name and surname under `field` were two lone words, the bare numbers unlabelled.
    expect(findings(items).sort()).toEqual(['ip 185.21.128.98 2', 'name Anna Berg 8', 'name Goran Đurić 3', 'personnummer 0405231333 6', 'phone 701234568 5']);
  });

  it('carries a tag (with a quoted >) or CDATA across blocks, and closes what the file leaves open', () => {
    const reader = new XmlLeafReader();
    const parts = ['<rot><kund titel="a > b" e', 'post="x@exempel.se"><namn>Anna Lin', 'dqvist</namn><not><![CDATA[ring 070-', '123 45 67]]></not>'];
    const items = [...parts.flatMap((part) => reader.feed(part)), ...reader.finish()];
    expect(items.map((s) => [s.hints?.field, s.text])).toEqual([
      ['titel', 'a > b'],
      ['epost', 'x@exempel.se'],
      ['namn', 'Anna Lindqvist'],
      ['not', 'ring 070-123 45 67'],
    ]);
  });

  it('hands on a very long element text in pieces', () => {
    const reader = new XmlLeafReader();
    const blob = 'QUJD'.repeat(300_000);
    const items = [...reader.feed(`<mail><bilaga>${blob}`), ...reader.feed(`${blob}</bilaga></mail>`), ...reader.finish()];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((s) => s.text.length <= 1024 * 1024 + 1_200_000)).toBe(true);
    expect(items.map((s) => s.text).join('')).toBe(blob + blob);
  });

  it('hands on a comment of several megabytes in pieces', () => {
    const reader = new XmlLeafReader();
    const note = 'anteckning '.repeat(300_000);
    const items = [...reader.feed(`<rot><!-- ${note}`), ...reader.feed(`${note} --></rot>`), ...reader.finish()];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((s) => s.text.length <= 1024 * 1024 + 3_300_000)).toBe(true);
    expect(items.map((s) => s.text).join(' ').replace(/\s+/g, ' ').trim()).toBe(`${note}${note}`.trim().replace(/\s+/g, ' '));
  });

  it('hands on the leaves of a long flat list without holding them all', () => {
    const reader = new XmlLeafReader();
    const first = reader.feed(`<lista>${'<epost>x@exempel.se</epost>'.repeat(1000)}`);
    // Handed on in groups before the list closes: memory does not grow with the list.
    expect(first.length).toBeGreaterThanOrEqual(768);
    expect(first.length + reader.feed('</lista>').length).toBe(1000);
  });

  it('is chosen for .html, .htm, .xhtml and .xml', () => {
    for (const name of ['a.html', 'b.HTM', 'c.xhtml', 'd.xml']) {
      const choice = chooseExtractor(name, Buffer.from('<p>x</p>'));
      expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('markup');
    }
  });

  it('carries a tag, comment or script that is open at the end of a block into the next one', () => {
    const stripper = new MarkupStripper();
    // A value that goes on into the next block, then a comment, then a script whose code is dropped.
    expect(stripper.strip('text <a href="mailto:x@y.se"\n title="Anna')).toBe('text  mailto:x@y.se \n Anna');
    expect(stripper.strip(' Berg">länk</a> <!-- not')).toBe(' Berg länk  not');
    expect(stripper.strip(' closed --> <SCRIPT>var a = "0701234567";')).toBe(' closed   ');
    expect(stripper.strip('\nvar b;</Script> efter')).toBe('\n efter');
  });

  it('keeps a lone < and a line break in every dropped part, and stays linear on broken markup', async () => {
    const stripper = new MarkupStripper();
    // An inline element adds no space of its own (as in a browser): `<b>fet</b>` is `fet`.
    expect(stripper.strip('a < b och <3\n<b\n>fet</b>')).toBe('a < b och <3\n\nfet');
    // OpenDocument: `<text:s/>` is a space, `<text:tab/>` separates like a cell.
    expect(new MarkupStripper(false).strip('<text:p>Namn:<text:tab/>Anna<text:s/>Berg</text:p>')).toBe('\tNamn:\tAnna Berg\t');
    const broken = '<!--'.repeat(20_000) + '<script>'.repeat(20_000) + '<a title="'.repeat(20_000);
    const items = segments(await extractFile(markupExtractor, tmp.file('broken.html', broken)));
    expect(items.length).toBeLessThanOrEqual(1);
  });
});
