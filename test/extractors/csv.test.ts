import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvExtractor } from '../../src/extract/csv.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import { headerNames, looksLikeData, sniffDelimiter } from '../../src/extract/csv-dialect.js';
import { CsvReader } from '../../src/extract/csv-reader.js';
import { headerRow } from '../../src/extract/table-rows.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { knownColumnCheck, personalDataCheck } from '../../src/engine/personal-data-check.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractFile, FORMATS, scratch, segments, skips } from './collect.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const csv = (name: string, text: string) => extractBytes(csvExtractor, name, Buffer.from(text, 'utf8'));
const cells = (items: Awaited<ReturnType<typeof csv>>) =>
  segments(items).map((s) => (s.location.kind === 'cell' ? [s.location.row, s.location.column, s.text] : s.location));

describe('csv extractor on the fixtures', () => {
  it('reads the Windows-1252 `;` CSV with Swedish headers, rows as a spreadsheet numbers them', async () => {
    const items = segments(await extractFile(csvExtractor, join(FORMATS, 'csv-cp1252/kunder.csv')));
    const row3 = items.filter((s) => s.location.kind === 'cell' && s.location.row === 3);
    expect(row3.map((s) => [s.location.kind === 'cell' && s.location.column, s.text])).toEqual([
      ['Kundnr', '1002'],
      ['Förnamn', 'Björn'],
      ['Efternamn', 'Åkesson'],
      ['E-post', 'bjorn.akesson@example.com'],
      ['Telefon', '+46 73 555 01 02'],
      ['Personnummer', '790101-1127'],
      ['Ort', 'Malmö'],
      ['Anteckningar', 'Ringde 2024-02-12; vill ha faktura per post.\r\nÅterkom om "autogiro" i mars.'],
    ]);
    // Every cell carries the row (one shared object), so names join whichever column comes first.
    expect(row3[0]?.hints).toEqual({
      field: 'Kundnr',
      scope: 'cell',
      record: expect.objectContaining({ Förnamn: 'Björn', Efternamn: 'Åkesson', Personnummer: '790101-1127' }),
    });
    expect(row3.every((s) => s.hints?.record === row3[0]?.hints?.record)).toBe(true);
    expect(row3[3]?.hints).toMatchObject({ field: 'E-post', scope: 'cell' });
    // The quoted note spans two lines, yet the next record is still row 4.
    expect(items.find((s) => s.text === 'Fatima')?.location).toEqual({ kind: 'cell', row: 4, column: 'Förnamn' });
    expect(items.filter((s) => s.location.kind === 'cell' && s.location.row === 1)).toEqual([]);
    expect(new Set(items.map((s) => s.location.kind === 'cell' && s.location.row))).toEqual(new Set([2, 3, 4, 5]));
  });

  it('reads a register of Windows-1252 rows and UTF-8 rows (a legacy import, then new rows) with every letter right', async () => {
    const items = segments(await extractFile(csvExtractor, join(FORMATS, 'csv-mixed/kunder.csv')));
    const names = items.filter((s) => s.location.kind === 'cell' && ['Förnamn', 'Efternamn', 'Ort'].includes(s.location.column));
    expect(names.map((s) => s.text)).toEqual(['Anna', 'Lindqvist', 'Västerås', 'Björn', 'Åkesson', 'Västerås', 'Fatima', 'Hassan', 'Umeå', 'Märta', 'Öberg', 'Umeå']);
    expect(items.some((s) => s.text.includes('\uFFFD') || s.text.includes('Ã'))).toBe(false);
  });

  it('reads the UTF-16LE tab-separated export', async () => {
    const items = await extractFile(csvExtractor, join(FORMATS, 'csv-utf16/export.csv'));
    expect(cells(items)).toEqual([
      [2, 'Namn', 'Fatima Hassan'],
      [2, 'E-post', 'fatima.hassan@posten-exempel.se'],
      [2, 'Telefon', '08-123 456 78'],
      [2, 'Kommentar', 'Ärende stängt'],
      [3, 'Namn', 'Mehmet Yilmaz'],
      [3, 'E-post', 'm.yilmaz@example.org'],
      [3, 'Telefon', '0046 76 987 65 43'],
      [3, 'Kommentar', 'Ärende stängt'],
    ]);
  });
});

describe('delimiter sniffing', () => {
  it.each([
    ['Kundnr;Förnamn;E-post\n1;Anna;a@x.se', ';'],
    ['id,name,email\n1,Anna,a@x.se', ','],
    ['id\tname\temail', '\t'],
    ['id|name|email', '|'],
    ['"Namn, efternamn";"Ort, land";Belopp', ';'],
    ['"a;b;c;d",x,y', ','],
    ['Belopp;Pris,inkl moms', ';'],
    ['single', ','],
    // A title line without delimiters: the header's line under it decides.
    ['Lönelista\nAnst.nr;Förnamn;Efternamn', ';'],
    ['Lönelista\r\n\r\nid\tname\temail', '\t'],
    ['Namn\nAnna\nBo', ','],
    ['a\nb\nc\nd\ne\nf\ng;h;i', ','],
    // A title whose one such character is a comma in its prose: the header's line under it decides.
    ['Bostadskö, samtliga aktiva sökande\r\nUttag 2026-11-24 av Therese Öhman\r\n\r\nKö-nr;Förnamn;Efternamn', ';'],
    ['Kunder, aktiva\nid\tname\temail', '\t'],
    // Two columns throughout, written with a space after the comma: the first line still decides.
    ['Namn, Telefon\nAnna Berg, 070-123 45 67\nBo Ek, 070-765 43 21', ','],
    // A first line with one `;` decides even when the data under it has commas.
    ['Namn;Belopp\nAnna;1 234,50 kr, betalt', ';'],
  ])('%j → %j', (head, expected) => {
    expect(sniffDelimiter(head)).toBe(expected);
  });
});

describe('header handling', () => {
  it('names empty headers by position and numbers duplicates', () => {
    expect(headerNames([' Namn ', '', 'E-post', 'Namn', 'Namn'])).toEqual(['Namn', 'column 2', 'E-post', 'Namn (2)', 'Namn (3)']);
  });

  it.each([
    [['Kundnr', 'Namn', 'E-post'], false],
    [['Telefon 1', 'Telefon 2'], false],
    [['1001', 'Anna', 'Lindqvist'], true],
    [['Anna', 'anna@example.com'], true],
    [['+46 70 123 45 67', 'Anna'], true],
    // A guest list's `+1` column is a header's; a lone number, or `+1` with more digits, is data.
    [['Namn', '+1', 'Kategori', 'Mobil'], false],
    [['Namn', '1', 'Kategori'], true],
    [['Namn', '+12', 'Kategori'], true],
  ])('%j looks like data: %s', (row, expected) => {
    expect(looksLikeData(row)).toBe(expected);
  });

  // The engine's check (its detectors): column names go into reports, so a row with a person's name is no header.
  const holdsPersonalData = personalDataCheck(BUILTIN_DETECTORS, rules());
  it.each([
    [['Anna Svensson', 'Göteborg', 'Guldkund'], true],
    [['Vecka', 'Karin Dahl', 'Totalt'], true],
    [['Svensson, Anna', 'Ort'], true],
    // Near misses: labels, title-case labels, a label with a year, a place.
    [['Kundnamn', 'Ansvarig handläggare', 'Skapad av'], false],
    [['Kund Namn', 'Kontakt Person', 'Förnamn Efternamn'], false],
    [['Betalt 2024', 'Ort', 'Göteborg'], false],
  ])('%j with the detectors: data %s', (row, expected) => {
    expect(looksLikeData(row, holdsPersonalData)).toBe(expected);
    // Without the check only the row's own shape counts: none of these has an address or a number.
    expect(looksLikeData(row)).toBe(false);
  });

  it('reads a first row with a person in it as data, under `column N`', async () => {
    const items = await extractBytes(csvExtractor, 'x.csv', Buffer.from('Anna Svensson;Göteborg\nMaria Lindqvist;Malmö\n', 'utf8'), undefined, holdsPersonalData);
    expect(cells(items)).toEqual([
      [1, 'column 1', 'Anna Svensson'],
      [1, 'column 2', 'Göteborg'],
      [2, 'column 1', 'Maria Lindqvist'],
      [2, 'column 2', 'Malmö'],
    ]);
  });

  it('reads title lines above the header as text and takes the header from the row under them', async () => {
    // A payroll export (the tenth blind set's): `key: value` cells padded to the table's width, then the header.
    const items = await csv('lonelista.csv', 'Företag: Norrbyns Måleri AB;Org.nr: 559102-8211;Period: 2026-10;;;\nLönelista oktober;;;;;\nAnst.nr;Personnummer;Efternamn;Förnamn;E-post;Mobil\n1000;710615-4920;Hämäläinen;Aino;aino@mejl.example;072-3860379\n');
    expect(cells(items)).toEqual([
      [1, 'column 1', 'Företag: Norrbyns Måleri AB'],
      [1, 'column 2', 'Org.nr: 559102-8211'],
      [1, 'column 3', 'Period: 2026-10'],
      [2, 'column 1', 'Lönelista oktober'],
      [4, 'Anst.nr', '1000'],
      [4, 'Personnummer', '710615-4920'],
      [4, 'Efternamn', 'Hämäläinen'],
      [4, 'Förnamn', 'Aino'],
      [4, 'E-post', 'aino@mejl.example'],
      [4, 'Mobil', '072-3860379'],
    ]);
  });

  it('gives the later parts of a large file the header under the title lines, not the first line', () => {
    expect(headerRow([['Företag: Norrbyns Måleri AB', 'Period: 2026-10', '', ''], ['Anst.nr', 'Förnamn', 'Efternamn', 'E-post'], ['1000', 'Aino', 'H', 'a@b.se']])).toEqual(['Anst.nr', 'Förnamn', 'Efternamn', 'E-post']);
    expect(headerRow([['Namn', 'E-post'], ['Anna', 'a@b.se']])).toEqual(['Namn', 'E-post']);
    // A blank line between the title lines and the header (the nineteenth blind set's chimney-sweep register).
    expect(headerRow([['Sotningsregister Norrtälje', '', '', ''], [''], ['Fastighet', 'Ägare 1', 'Pnr', 'Telefon'], ['Gräddö 3:346', 'X', '1', '2']])).toEqual(['Fastighet', 'Ägare 1', 'Pnr', 'Telefon']);
  });

  it('passes a blank line under padded title lines and takes the header from the row under it', async () => {
    const items = await csv('sotning.csv', 'Sotningsregister Norrtälje kommun;;;;\nUtskrivet 2026-11-24 av handläggaren;;;;\n\nFastighet;Adress;Ägare 1;Pnr;Telefon\nGräddö 3:346;ÄNGSVÄGEN 15;BERGKVIST CAMILLA;198409059733;\n');
    expect(cells(items)).toEqual([
      [1, 'column 1', 'Sotningsregister Norrtälje kommun'],
      [2, 'column 1', 'Utskrivet 2026-11-24 av handläggaren'],
      [5, 'Fastighet', 'Gräddö 3:346'],
      [5, 'Adress', 'ÄNGSVÄGEN 15'],
      [5, 'Ägare 1', 'BERGKVIST CAMILLA'],
      [5, 'Pnr', '198409059733'],
    ]);
  });

  it('takes a header with one named column and empty ones as a header, not a title', async () => {
    const items = await csv('x.csv', 'Namn;;;\nAnna Svensson;a;b;c\n');
    expect(cells(items)[0]).toEqual([2, 'Namn', 'Anna Svensson']);
  });

  describe('a one-cell first row: the table\'s title or its header, by the row under it', () => {
    const scanCsv = (text: string) => extractBytes(csvExtractor, 'x.csv', Buffer.from(text, 'utf8'), undefined, personalDataCheck(BUILTIN_DETECTORS, rules()), knownColumnCheck(rules()));
    const payroll = 'Anst.nr;Förnamn;Efternamn;Lön\n1001;Karin;Holmqvist;34000\n';
    it.each([
      ['unpadded', `Lönelista\n${payroll}`, 3],
      ['padded', `Lönelista;;;\n${payroll}`, 3],
      ['a blank line under it', `Lönelista\n\n${payroll}`, 4],
      ['CRLF line ends', `Lönelista\r\n${payroll.replaceAll('\n', '\r\n')}`, 3],
    ])('a title (%s) is read as text and the header taken from the row under it', async (_, text, dataRow) => {
      expect(cells(await scanCsv(text))).toEqual([
        [1, 'column 1', 'Lönelista'],
        [dataRow, 'Anst.nr', '1001'],
        [dataRow, 'Förnamn', 'Karin'],
        [dataRow, 'Efternamn', 'Holmqvist'],
        [dataRow, 'Lön', '34000'],
      ]);
    });

    it('takes two title lines, one with a comma in its prose, as titles above a `;` header', async () => {
      const text = `Älvstadens Bostäder AB - Bostadskö, samtliga aktiva sökande\r\nUttag 2026-11-24 07:12 av Therese Öhman\r\n\r\n${payroll.replaceAll('\n', '\r\n')}`;
      expect(cells(await scanCsv(text))).toEqual([
        [1, 'column 1', 'Älvstadens Bostäder AB - Bostadskö, samtliga aktiva sökande'],
        [2, 'column 1', 'Uttag 2026-11-24 07:12 av Therese Öhman'],
        [5, 'Anst.nr', '1001'],
        [5, 'Förnamn', 'Karin'],
        [5, 'Efternamn', 'Holmqvist'],
        [5, 'Lön', '34000'],
      ]);
    });

    it('reads one-cell rows over a one-column table as its header and data', async () => {
      expect(cells(await scanCsv('Kommentar\nbra service\nsnabb leverans\n'))).toEqual([
        [2, 'Kommentar', 'bra service'],
        [3, 'Kommentar', 'snabb leverans'],
      ]);
      const rows = segments(await scanCsv('Namn\nAnna Svensson\nErik Berg\nLisa Ek\nOla Lind\nPer Holm\nEva Dahl\nBo Ek\n')).map((s) => (s.location.kind === 'cell' ? `${s.location.row} ${s.location.column}` : ''));
      expect(rows).toEqual(['2 Namn', '3 Namn', '4 Namn', '5 Namn', '6 Namn', '7 Namn', '8 Namn']);
    });

    it.each([
      // A known column name over its values (`Namn;;;` is a header with unnamed columns).
      ['a known column name', 'Namn;;;\nAnna Svensson;Göteborg;aktiv;ja\n', [2, 'Namn', 'Anna Svensson']],
      // The row under it names no column the rules know: a one-column header over data.
      ['over words no rule knows', 'Kommentar\nbra service;snabb leverans\n', [2, 'Kommentar', 'bra service']],
      // The row under it is data (an e-mail address): the one cell is the header, as any first row is.
      ['over a row of data', 'Kunder\nAnna Svensson;anna@exempel.se\n', [2, 'Kunder', 'Anna Svensson']],
      // One column all the way down.
      ['a one-column file', 'Namn\nAnna Svensson\n', [2, 'Namn', 'Anna Svensson']],
    ])('stays the header when it is %s', async (_, text, first) => {
      expect(cells(await scanCsv(text))[0]).toEqual(first);
    });

    it('reads a two-cell title with a `key: value` in it (a course list\'s name and its leader) as text, not as the header', async () => {
      expect(cells(await scanCsv(`Musiklinjen (FHS-MUS-26H);Kursledare: Yu He\n\n${payroll}`))).toEqual([
        [1, 'column 1', 'Musiklinjen (FHS-MUS-26H)'],
        [1, 'column 2', 'Kursledare: Yu He'],
        [4, 'Anst.nr', '1001'],
        [4, 'Förnamn', 'Karin'],
        [4, 'Efternamn', 'Holmqvist'],
        [4, 'Lön', '34000'],
      ]);
      // Near misses: two cells without a `key: value` are a two-column header; a known column name stays a header.
      expect(cells(await scanCsv('Datum;Notering\n2026-01-02;ring tillbaka\n'))[0]).toEqual([2, 'Datum', '2026-01-02']);
      expect(cells(await scanCsv(`Namn;Kursledare: Yu He\n${payroll}`))[0]).toEqual([2, 'Namn', 'Anst.nr']);
    });

    it('reads a label and its number in two cells (a payment report\'s receiving account) as a title, not as the header', async () => {
      const swish = 'Datum;Avsändare;Avsändarens nummer;Belopp\n2026-07-04;VENDELA HALLBERG;072-471 00 59;44,00\n';
      expect(cells(await scanCsv(`Swish-nummer mottagare;123 620 63 44\n\n${swish}`))).toEqual([
        [1, 'column 1', 'Swish-nummer mottagare'],
        [1, 'column 2', '123 620 63 44'],
        [4, 'Datum', '2026-07-04'],
        [4, 'Avsändare', 'VENDELA HALLBERG'],
        [4, 'Avsändarens nummer', '072-471 00 59'],
        [4, 'Belopp', '44,00'],
      ]);
      // Near misses, read as without the title rule: a two-column header with a number in it over its data; a label
      // and a number over data, not a header, are a first row of data as before.
      expect(cells(await scanCsv('Artikel;Pris 2026\nkorv;44,00\n'))[0]).toEqual([2, 'Artikel', 'korv']);
      expect(cells(await scanCsv('Kontonummer;1234-5678\nAnna Svensson;070-123 45 67\n')).slice(0, 3)).toEqual([
        [1, 'column 1', 'Kontonummer'],
        [1, 'column 2', '1234-5678'],
        [2, 'column 1', 'Anna Svensson'],
      ]);
    });

    it('is the header of a table of that one row, and without the rules a first row always is', async () => {
      expect(cells(await scanCsv('Lönelista\n'))).toEqual([]);
      expect(cells(await csv('x.csv', `Lönelista\n${payroll}`))[0]).toEqual([2, 'Lönelista', 'Anst.nr']);
    });
  });

  it('treats a first row of data as data and names columns `column N`', async () => {
    const items = await csv('x.csv', 'Anna;anna@example.com;070-1234567\nBjörn;bjorn@example.com\n');
    expect(cells(items)).toEqual([
      [1, 'column 1', 'Anna'],
      [1, 'column 2', 'anna@example.com'],
      [1, 'column 3', '070-1234567'],
      [2, 'column 1', 'Björn'],
      [2, 'column 2', 'bjorn@example.com'],
    ]);
  });
});

describe('robustness', () => {
  it('reads ragged rows: missing cells are skipped, extra cells get positional names', async () => {
    const items = await csv('x.csv', 'Namn,E-post\nAnna\nBjörn,b@example.com,extra,\n,,\nCecilia,c@example.com\n');
    expect(cells(items)).toEqual([
      [2, 'Namn', 'Anna'],
      [3, 'Namn', 'Björn'],
      [3, 'E-post', 'b@example.com'],
      [3, 'column 3', 'extra'],
      [5, 'Namn', 'Cecilia'],
      [5, 'E-post', 'c@example.com'],
    ]);
  });

  it('keeps blank lines as rows, like a spreadsheet, and reads a last line without a line break', async () => {
    expect(cells(await csv('x.csv', 'Namn\r\nAnna\r\n\r\nBjörn'))).toEqual([
      [2, 'Namn', 'Anna'],
      [4, 'Namn', 'Björn'],
    ]);
  });

  it('is lenient with stray quotes', async () => {
    const items = await csv('x.csv', 'Namn;Not\nAnna;sa "hej" idag\n"Björn" B;"citat ""x"""\n');
    expect(cells(items)).toEqual([
      [2, 'Namn', 'Anna'],
      [2, 'Not', 'sa "hej" idag'],
      [3, 'Namn', 'Björn B'],
      [3, 'Not', 'citat "x"'],
    ]);
  });

  it('yields the rows before an unterminated quote, then a partial skip without content', async () => {
    const items = await csv('x.csv', 'Namn;Not\nAnna;ok\nBjörn;"öppen not\nmed hemlig@example.com\nCecilia;rad\n');
    expect(cells(items)).toEqual([
      [2, 'Namn', 'Anna'],
      [2, 'Not', 'ok'],
    ]);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'corrupt', detail: 'CSV parse error at line 3: unterminated quoted field' }]);
    expect(skips(items)[0]?.detail).not.toContain('hemlig');
  });

  it('streams a file larger than one read chunk without losing or shifting rows', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i + 1};Person ${i + 1};"not ${i}\nrad två; med semikolon"`);
    const path = tmp.file('big.csv', `Nr;Namn;Not\n${rows.join('\n')}\n`);
    const items = segments(await extractFile(csvExtractor, path));
    expect(items).toHaveLength(90_000);
    const last = items.at(-1);
    expect(last?.location).toEqual({ kind: 'cell', row: 30_001, column: 'Not' });
    expect(last?.text).toBe('not 29999\nrad två; med semikolon');
    expect(items.find((s) => s.text === 'Person 12345')?.location).toEqual({ kind: 'cell', row: 12_346, column: 'Namn' });
  });
});

describe('CsvReader', () => {
  it('gives the same records for every chunk split', () => {
    const text = 'a;"b\r\n""c""";d\r\n"e";;f\r\n\r\ng;"h;i"\r\n';
    const whole = new CsvReader(';', 1000);
    const expected = [...whole.push(text), ...whole.finish()].map((r) => [r.line, r.cells]);
    expect(expected).toEqual([
      [1, ['a', 'b\r\n"c"', 'd']],
      [3, ['e', '', 'f']],
      [4, ['']],
      [5, ['g', 'h;i']],
    ]);
    for (let split = 1; split < text.length; split++) {
      const reader = new CsvReader(';', 1000);
      const records = [...reader.push(text.slice(0, split)), ...reader.push(text.slice(split)), ...reader.finish()];
      expect(records.map((r) => [r.line, r.cells]), `split at ${split}`).toEqual(expected);
      expect(reader.failure).toBeUndefined();
    }
  });

  it('stops with a failure when a record outgrows the limit', () => {
    const reader = new CsvReader(',', 100);
    expect(reader.push('a,b\n"never closed')).toHaveLength(1);
    expect(reader.push('x'.repeat(200))).toEqual([]);
    expect(reader.failure?.problem).toMatch(/longer than 100 characters/);
    expect(reader.failure?.line).toBe(2);
  });
});

describe('flatten', () => {
  it('yields batch items in order and stops the source when the consumer breaks early', async () => {
    const { flatten } = await import('../../src/extract/flatten.js');
    let finished = false;
    async function* source() {
      try {
        yield [1, 2];
        yield [];
        yield [3];
        yield [4, 5];
      } finally {
        finished = true;
      }
    }
    const seen: number[] = [];
    for await (const n of flatten(source())) {
      seen.push(n);
      if (n === 4) break;
    }
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(finished).toBe(true);
  });
});

describe('a table saved as a log or a text file', () => {
  const sms = 'datum;tid;mottagare;status;text\n2026-11-20;06:49:09;46791281437;OK;Hej Merhawi Tewolde, lägerplatsen är bekräftad.\n2026-09-09;02:00:12;46724076118;FAIL;"Hej; välkommen"\n2026-11-14;10:32:48;46735489220;FAIL;Inställd lektion\n';
  it.each([
    ['an SMS gateway export under `;`', 'sms_utskick.log', sms],
    ['with a BOM and CRLF', 'export.txt', `\uFEFF${sms.replaceAll('\n', '\r\n')}`],
    ['under `,` with four columns', 'bookings.log', 'id,date,name,phone\n1,2026-01-02,Anna Berg,0701234567\n2,2026-01-03,Erik Lind,0701234568\n3,2026-01-04,Sara Ek,0701234569\n'],
  ])('is read as a CSV: %s', (_name, file, text) => {
    expect(chooseExtractor(file, Buffer.from(text, 'utf8'))).toMatchObject({ kind: 'extractor', extractor: { id: 'csv' } });
  });

  it('reads the recipient numbers under their column', async () => {
    const items = segments(await extractBytes(csvExtractor, 'sms_utskick.log', Buffer.from(sms, 'utf8')));
    expect(items.filter((s) => s.location.kind === 'cell' && s.location.column === 'mottagare').map((s) => s.text)).toEqual(['46791281437', '46724076118', '46735489220']);
  });

  it.each([
    ['a log of lines without a header', 'app.log', '2026-11-20 06:49:09 INFO start\n2026-11-20 06:49:10 INFO ok\n2026-11-20 06:49:11 INFO done\n'],
    ['prose with commas', 'notes.txt', 'Hej, jag ringde, som sagt, igår.\nHon sa, att hon, kanske, ringer.\nVi får se, sa han, och gick, hem.\n'],
    ['a header whose lines disagree', 'x.log', 'a;b;c\n1;2;3\n1;2\n'],
    ['a header and one line only', 'x.log', 'a;b;c\n1;2;3\n'],
    ['a Markdown file', 'x.md', 'a;b;c\n1;2;3\n4;5;6\n7;8;9\n'],
    ['a header of values', 'x.log', '2026-01-01;070123;OK\n2026-01-02;070124;OK\n2026-01-03;070125;OK\n'],
  ])('stays text: %s', (_name, file, text) => {
    expect(chooseExtractor(file, Buffer.from(text, 'utf8'))).toMatchObject({ kind: 'extractor', extractor: { id: 'text' } });
  });
});
