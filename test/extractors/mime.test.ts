import { describe, expect, it } from 'vitest';
import { decodeCharset } from '../../src/extract/mime/charset.js';
import { decodeEncodedWords } from '../../src/extract/mime/encoded-words.js';
import { parseHeaders, parseStructured, splitHeaders } from '../../src/extract/mime/headers.js';
import { htmlToText } from '../../src/extract/mime/html.js';
import { unescapeFromLines } from '../../src/extract/mime/mboxrd.js';
import { decodeBase64, decodeQuotedPrintable } from '../../src/extract/mime/transfer.js';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('decodeQuotedPrintable', () => {
  it.each([
    ['plain text passes through', 'Hej Anna', 'Hej Anna'],
    ['hex escapes become bytes (latin-1)', 'M=E4rta =D6berg', 'Märta Öberg'],
    ['lower-case hex is accepted', 'M=e4rta', 'Märta'],
    ['soft break (LF) joins a split address', 'marta.ob=\nerg@exempel.se', 'marta.oberg@exempel.se'],
    ['soft break (CRLF)', 'marta.ob=\r\nerg@exempel.se', 'marta.oberg@exempel.se'],
    ['soft break with trailing blanks', 'marta.ob= \t\nerg@exempel.se', 'marta.oberg@exempel.se'],
    ['hard line breaks are kept', 'rad 1\nrad 2', 'rad 1\nrad 2'],
    ['a malformed escape stays literal', 'a=ZZb = c', 'a=ZZb = c'],
    ['a trailing "=" is dropped as a soft break', 'slut=', 'slut'],
  ])('%s', (_name, input, expected) => {
    expect(decodeQuotedPrintable(latin1(input)).toString('latin1')).toBe(expected);
  });

  it('decodes multi-byte UTF-8 escapes', () => {
    expect(decodeQuotedPrintable(latin1('Bj=C3=B6rn =C3=85kesson')).toString('utf8')).toBe('Björn Åkesson');
  });
});

describe('decodeBase64', () => {
  it('ignores line breaks and decodes a truncated tail as far as it goes', () => {
    expect(decodeBase64(latin1('SGVqIEFu\r\nbmEh\n')).toString()).toBe('Hej Anna!');
    expect(decodeBase64(latin1('SGVqIEFubmEh'.slice(0, 10))).toString()).toBe('Hej Ann');
  });
});

describe('decodeEncodedWords', () => {
  it.each([
    ['Q, iso-8859-1, underscore is a space', '=?iso-8859-1?Q?M=E4rta_=D6berg?= <m@exempel.se>', 'Märta Öberg <m@exempel.se>'],
    ['Q, upper-case labels', '=?ISO-8859-1?q?Fr=E5ga?=', 'Fråga'],
    ['Q, utf-8', '=?utf-8?Q?Bj=C3=B6rn_=C3=85kesson?=', 'Björn Åkesson'],
    ['B, utf-8', `=?UTF-8?B?${Buffer.from('Anna-Karin Bergström').toString('base64')}?=`, 'Anna-Karin Bergström'],
    ['Q, windows-1252 (euro sign)', '=?windows-1252?Q?Pris_=80_100?=', 'Pris € 100'],
    ['blanks between adjacent words are dropped', '=?iso-8859-1?Q?Bj=F6rn?= =?iso-8859-1?Q?_=C5kesson?=', 'Björn Åkesson'],
    ['text between words is kept', '=?utf-8?Q?Anna?= och =?utf-8?Q?Bj=C3=B6rn?=', 'Anna och Björn'],
    ['RFC 2231 language suffix', '=?utf-8*sv?Q?M=C3=A4rta?=', 'Märta'],
    ['no encoded words: unchanged', 'Anna Lindqvist <anna@exempel.se>', 'Anna Lindqvist <anna@exempel.se>'],
    ['malformed word is left as written', '=?utf-8?X?abc?=', '=?utf-8?X?abc?='],
    ['unknown charset falls back to UTF-8', '=?x-unknown?Q?M=C3=A4rta?=', 'Märta'],
    ['unknown charset, not UTF-8: windows-1252', '=?x-unknown?Q?M=E4rta?=', 'Märta'],
  ])('%s', (_name, input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });

  it('joins a UTF-8 character split across two B words', () => {
    const bytes = Buffer.from('Åsa', 'utf8'); // Å is two bytes: split them
    const word = (b: Buffer): string => `=?utf-8?B?${b.toString('base64')}?=`;
    expect(decodeEncodedWords(`${word(bytes.subarray(0, 1))} ${word(bytes.subarray(1))}`)).toBe('Åsa');
  });
});

describe('decodeCharset', () => {
  it.each([
    ['utf-8', Buffer.from('Märta', 'utf8'), 'Märta'],
    ['iso-8859-1 read as windows-1252 (0x80 is €)', Buffer.from([0x80, 0x20, 0xe5]), '€ å'],
    ['iso-8859-1 without C1 bytes', latin1('Öberg'), 'Öberg'],
    ['invented label, UTF-8 bytes', Buffer.from('Åkesson', 'utf8'), 'Åkesson'],
    ['invented label, latin-1 bytes', latin1('Åkesson'), 'Åkesson'],
  ])('%s', (label, bytes, expected) => {
    const charset = label.startsWith('invented') ? 'x-made-up-charset' : label.split(' ')[0];
    expect(decodeCharset(bytes, charset)).toBe(expected);
  });

  it('reads unlabelled non-UTF-8 bytes as windows-1252, not replacement characters', () => {
    expect(decodeCharset(latin1('Hälsningar'), undefined)).toBe('Hälsningar');
  });

  it('reads a body of UTF-8 and Windows-1252 lines (a reply pasted from an old mailer) line by line', () => {
    const body = Buffer.concat([Buffer.from('Hej Åsa,\ntack för svaret.\n', 'utf8'), latin1('> Mvh Björn Källström\n')]);
    for (const label of ['utf-8', undefined, 'x-made-up-charset']) {
      expect(decodeCharset(body, label), String(label)).toBe('Hej Åsa,\ntack för svaret.\n> Mvh Björn Källström\n');
    }
    // A line labelled UTF-8 with one broken byte keeps its letters; only the broken one is lost.
    expect(decodeCharset(Buffer.concat([Buffer.from('Märta Öberg ', 'utf8'), Buffer.from([0xe9])]), 'utf-8')).toBe('Märta Öberg \uFFFD');
  });
});

describe('headers', () => {
  it('unfolds continuation lines and keeps names as written', () => {
    const fields = parseHeaders(latin1('From: Anna\r\n Lindqvist <anna@exempel.se>\r\nX-Original-To: a@exempel.se\r\nnot a header\r\n'));
    expect(fields).toEqual([
      { name: 'From', key: 'from', value: 'Anna Lindqvist <anna@exempel.se>' },
      { name: 'X-Original-To', key: 'x-original-to', value: 'a@exempel.se' },
    ]);
  });

  it('reads raw UTF-8 header bytes (RFC 6532) and falls back to windows-1252', () => {
    expect(parseHeaders(Buffer.from('To: Kundtjänst <s@x.se>\n', 'utf8'))[0]?.value).toBe('Kundtjänst <s@x.se>');
    expect(parseHeaders(latin1('To: Kundtjänst <s@x.se>\n'))[0]?.value).toBe('Kundtjänst <s@x.se>');
  });

  it.each([
    ['LF', 'A: 1\n\nbody', 5, 6],
    ['CRLF', 'A: 1\r\n\r\nbody', 6, 8],
    ['no headers at all', '\nbody', 0, 1],
    ['no blank line: all headers', 'A: 1\nB: 2', 9, 9],
  ])('splits headers from body (%s)', (_name, text, headerEnd, bodyStart) => {
    expect(splitHeaders(latin1(text))).toEqual({ headerEnd, bodyStart });
  });

  it.each([
    ['quoted boundary', 'multipart/mixed; boundary="a b;c"', 'multipart/mixed', 'boundary', 'a b;c'],
    ['bare charset', 'text/plain; charset=ISO-8859-1; format=flowed', 'text/plain', 'charset', 'ISO-8859-1'],
    ['upper-case type', 'TEXT/HTML; charset=utf-8', 'text/html', 'charset', 'utf-8'],
    ['RFC 2231 filename', "attachment; filename*=utf-8''sk%C3%A4rmbild.png", 'attachment', 'filename', 'skärmbild.png'],
    ['RFC 2231 continuations', "attachment; filename*0*=utf-8''kund%C3; filename*1*=%A5r.csv", 'attachment', 'filename', 'kundår.csv'],
    ['encoded word in a quoted name', 'image/png; name="=?utf-8?Q?sk=C3=A4rmbild.png?="', 'image/png', 'name', 'skärmbild.png'],
    ['escaped quote', 'attachment; filename="a\\"b.txt"', 'attachment', 'filename', 'a"b.txt'],
  ])('parses structured header: %s', (_name, header, value, param, expected) => {
    const parsed = parseStructured(header);
    expect(parsed.value).toBe(value);
    expect(parsed.params.get(param)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it.each([
    ['block tags become line breaks', '<p>Hej Anna,</p><p>Ring mig</p>', 'Hej Anna,\n\nRing mig'],
    ['<br> is one line break', 'rad 1<br>rad 2<br/>rad 3', 'rad 1\nrad 2\nrad 3'],
    ['style and script are dropped', '<style>a{x:y}</style>text<script>var s="<p>dold@x.se";</script> slut', 'text slut'],
    ['upper-case closing tags end hidden content', '<STYLE>x</STYLE>kvar', 'kvar'],
    ['comments are dropped', 'a<!-- dold@x.se -->b', 'ab'],
    ['entities are decoded', 'M&auml;rta &Ouml;berg &amp; Co &#229; &#xE5; &lt;tag&gt;', 'Märta Öberg & Co å å <tag>'],
    ['&nbsp; is a plain space', '070&nbsp;123&nbsp;45&nbsp;67', '070 123 45 67'],
    ['source whitespace collapses', 'Anna\n   Lindqvist', 'Anna Lindqvist'],
    ['table cells are separated', '<table><tr><td>Namn</td><td>Anna</td></tr></table>', 'Namn\tAnna'],
    ['a literal < in text survives', 'a < b', 'a < b'],
    ['unknown entity stays', '&madeup; x', '&madeup; x'],
    ['unclosed tag at the end is dropped', 'text <a href="x', 'text'],
    ['doctype is dropped', '<!DOCTYPE html><p>x</p>', 'x'],
    // Before, a form tool's filled-in form lost what was filled in with the tags.
    ['a filled-in input is its value', '<label>Pnr <input name="pnr" value="19640511-6465"></label>', 'Pnr 19640511-6465'],
    ['an input value keeps its own entities', '<input name=firma value="A &amp;amp; B"/>', 'A &amp; B'],
    ['a button, a checkbox, an input without a name are not', '<input type="submit" value="Skicka"><input type=checkbox name=a value=ja><input value="x">', ''],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('is linear on pathological input (many unclosed comments)', () => {
    const html = '<!--'.repeat(50_000) + 'x';
    const start = performance.now();
    htmlToText(html);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('unescapeFromLines (mboxrd)', () => {
  it.each([
    ['one level', 'a\n>From here\nb', 'a\nFrom here\nb'],
    ['two levels lose one', 'a\n>>From here\n', 'a\n>From here\n'],
    ['at the start', '>From x', 'From x'],
    ['not at a line start: kept', 'a >From x', 'a >From x'],
    ['quoted reply without From: kept', '> From x\n>Fromage', '> From x\n>Fromage'],
  ])('%s', (_name, input, expected) => {
    expect(unescapeFromLines(latin1(input)).toString('latin1')).toBe(expected);
  });
});
