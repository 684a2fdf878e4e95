import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rtfExtractor } from '../../src/extract/rtf.js';
import { rtfParagraphs } from '../../src/extract/rtf-text.js';
import { extractBytes, extractError, extractFile, FORMATS, segments } from './collect.js';

describe('rtf extractor: fixtures/formats/rtf/brev.rtf', async () => {
  const items = await extractFile(rtfExtractor, join(FORMATS, 'rtf/brev.rtf'));

  it('reads the author, the header, the body, a table row and a field result, a paragraph each', () => {
    expect(segments(items).map((s) => s.text)).toEqual([
      'Märta Öberg',
      'Nordhandel AB \u2013 Kundtjänst',
      'Göteborg den 1 mars 2024',
      'Till Björn Åkesson',
      'bjorn.akesson@example.com',
      'Vi bekräftar din uppsägning. Ditt personnummer 790101-1127 är avregistrerat; ring +46 73 555 01 02 vid frågor.',
      'Handläggare: Anna Lindqvist (\u200e070-123 45 67)',
      'Kontakt\tMärta Öberg',
      'HYPERLINK "mailto:marta.oberg@exempel.se" marta.oberg@exempel.se',
    ]);
  });

  it('numbers the paragraphs as Word documents are numbered', () => {
    expect(segments(items).map((s) => s.location)).toEqual(
      Array.from({ length: 9 }, (_, i) => ({ kind: 'paragraph', paragraph: i + 1 })),
    );
  });

  it('refuses a file that does not start with {\\rtf as corrupt', async () => {
    const error = await extractError(extractBytes(rtfExtractor, 'brev.rtf', Buffer.from('Hej Anna, detta är ingen RTF.')));
    expect(error.reason).toBe('corrupt');
  });

  it('refuses a document over the size limit before reading it', async () => {
    const error = await extractError(extractBytes(rtfExtractor, 'stor.rtf', Buffer.from('{\\rtf1 ' + 'x'.repeat(2048) + '}'), 1024));
    expect(error.reason).toBe('too-large');
  });
});

describe('rtfParagraphs', () => {
  it.each([
    ['code-page bytes', "{\\rtf1\\ansi\\ansicpg1252 K\\'f6p \\'e5t \\'c5sa}", ['Köp åt Åsa']],
    ['another code page', "{\\rtf1\\ansi\\ansicpg1251 \\'c0\\'ed\\'ed\\'e0}", ['Анна']],
    ['Unicode with its fallback dropped', '{\\rtf1\\uc1 Ren\\u233?e \\u-3913?}', ['Renée \uf0b7']],
    ['two fallback characters', "{\\rtf1\\uc2 \\u8364\\'80\\'80 100}", ['€ 100']],
    ['escaped braces and backslash', '{\\rtf1 a\\{b\\}c\\\\d}', ['a{b}c\\d']],
    ['no-break space and hyphen', '{\\rtf1 070\\~123\\_45\\-67}', ['070\u00a0123-4567']],
    ['\\par and \\line end paragraphs', '{\\rtf1 Anna\\par Berg\\line Lund}', ['Anna', 'Berg', 'Lund']],
    ['a backslash before a line break is \\par', '{\\rtf1 Anna\\\r\nBerg}', ['Anna', 'Berg']],
    ['tables: cells by tabs, rows by paragraphs', '{\\rtf1\\trowd\\intbl a\\cell b\\cell\\row\\intbl c\\cell d\\cell\\row}', ['a\tb', 'c\td']],
    ['source line breaks are no text', '{\\rtf1 Anna Sv\r\nensson}', ['Anna Svensson']],
    ['tables and pictures skipped', '{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}{\\pict 0011aabb}Text}', ['Text']],
    ['a link target is read, apart from its text', '{\\rtf1{\\field{\\*\\fldinst HYPERLINK "mailto:a@b.se"}{\\fldrslt Skriv}}}', ['HYPERLINK "mailto:a@b.se" Skriv']],
    ['ignorable destinations skipped', '{\\rtf1{\\*\\unknownthing Anna Berg}{\\*\\htmltag84 <b>}Text}', ['Text']],
    ['\\htmlrtf sections skipped', '{\\rtf1 Hej\\htmlrtf {\\b fet}\\htmlrtf0  Anna}', ['Hej Anna']],
    ['binary data skipped by length', '{\\rtf1 a{\\bin4 }{\\}b}', ['ab']],
    ['info fields are paragraphs', '{\\rtf1{\\info{\\title Avtal}{\\author Anna Berg}{\\creatim\\yr2024\\mo3}}Text}', ['Avtal', 'Anna Berg', 'Text']],
    ['footnotes stand apart', '{\\rtf1 Body{\\footnote Note}more}', ['Body', 'Note', 'more']],
    ['negative and long parameters', '{\\rtf1\\li-720\\fs24 Text}', ['Text']],
    ['unbalanced closing braces', '{\\rtf1 a}}} b', ['a b']],
    ['an unclosed document', '{\\rtf1 {\\b Anna Berg', ['Anna Berg']],
    ['empty', '', []],
  ])('%s', (_name, rtf, expected) => {
    expect(rtfParagraphs(rtf)).toEqual(expected);
  });

  it('keeps reading text below 100,000 nested groups, in linear time', () => {
    const deep = '{\\rtf1 ' + '{'.repeat(100_000) + 'Anna Berg' + '}'.repeat(100_000) + ' 070-123 45 67}';
    const started = performance.now();
    expect(rtfParagraphs(deep)).toEqual(['Anna Berg 070-123 45 67']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
