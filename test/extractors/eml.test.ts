import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { emlExtractor } from '../../src/extract/eml.js';
import type { Delegate, ExtractItem, ExtractSource, PartialSkip, Segment } from '../../src/extract/types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const ctx = { maxBytes: 16 * 1024 * 1024 };

async function extract(source: ExtractSource, context = ctx): Promise<ExtractItem[]> {
  const out: ExtractItem[] = [];
  for await (const item of emlExtractor.extract(source, context)) out.push(item);
  return out;
}
const fromFile = (rel: string): Promise<ExtractItem[]> => {
  const path = join(FIXTURES, rel);
  return extract({ name: rel, path, size: statSync(path).size });
};
const fromBytes = (bytes: Uint8Array, name = 'inner.eml'): Promise<ExtractItem[]> => extract({ name, bytes, size: bytes.byteLength });

const isSegment = (i: ExtractItem): i is Segment => !('kind' in i);
const isDelegate = (i: ExtractItem): i is Delegate => 'kind' in i && i.kind === 'delegate';
const isSkip = (i: ExtractItem): i is PartialSkip => 'kind' in i && i.kind === 'partial-skip';
const rows = (items: ExtractItem[]): [string, string][] =>
  items.filter(isSegment).map((s) => [s.location.kind === 'mail' ? (s.location.header ?? s.location.part) : '?', s.text]);

describe('eml extractor: fixtures/formats/eml/letter.eml', async () => {
  const items = await fromFile('formats/eml/letter.eml');

  it('emits headers (incl. a B-encoded UTF-8 name and the Received IP line) and the QP body', () => {
    expect(rows(items)).toEqual([
      ['Received', 'from mx.exempel.invalid (mx.exempel.invalid [192.0.2.10]) by mail.nordhandel.invalid; Mon, 04 Mar 2024 11:00:00 +0100'],
      ['Return-Path', '<ak.bergstrom@exempel.se>'],
      ['From', 'Anna-Karin Bergström <ak.bergstrom@exempel.se>'],
      ['To', 'support@nordhandel.invalid'],
      ['Subject', 'Fwd: Mitt samordningsnummer'],
      ['body', 'Hej, jag vidarebefordrar meddelandet från Mehmet. Ring mig på 0701234568.'],
      // The attachment's own name, read as text (embedded-name.ts).
      ['attachment', 'vidarebefordrat'],
    ]);
    const body = items.filter(isSegment).at(-2);
    expect(body?.location).toEqual({ kind: 'mail', message: 1, messageId: 'letter-1@mail.exempel.invalid', part: 'body' });
    expect(body?.hints).toEqual({ scope: 'body' });
  });

  it('delegates the attached message/rfc822 as an .eml, which the eml extractor reads in memory', async () => {
    const delegates = items.filter(isDelegate);
    expect(delegates.map((d) => d.name)).toEqual(['vidarebefordrat.eml']);
    expect(items.filter(isSkip)).toEqual([]);
    const inner = await fromBytes(delegates[0]!.bytes, delegates[0]!.name);
    expect(rows(inner)).toEqual([
      ['From', 'Mehmet Yilmaz <m.yilmaz@example.org>'],
      ['To', 'Anna-Karin Bergström <ak.bergstrom@exempel.se>'],
      ['Subject', 'Mitt samordningsnummer'],
      ['body', 'Hej! Mitt samordningsnummer är 880675-0215.\n'],
    ]);
    const innerBody = inner.filter(isSegment).at(-1)!;
    expect(delegates[0]!.wrap(innerBody.location)).toEqual({
      kind: 'mail',
      message: 1,
      messageId: 'letter-1@mail.exempel.invalid',
      part: 'attachment',
      attachment: 'vidarebefordrat.eml',
      inner: { kind: 'mail', message: 1, messageId: 'inner-1@mail.exempel.invalid', part: 'body' },
    });
  });
});

describe('eml extractor: fixtures/exports/helpdesk/mail/2024-03-ticket.eml', () => {
  it('reads the Cc, the encoded subject and both the plain and the HTML alternative', async () => {
    const all = rows(await fromFile('exports/helpdesk/mail/2024-03-ticket.eml'));
    expect(all.filter(([where]) => where === 'Cc' || where === 'Subject')).toEqual([
      ['Cc', 'Märta Öberg <marta.oberg@exempel.se>'],
      ['Subject', 'Ärende 118: faktura'],
    ]);
    const bodies = all.filter(([where]) => where === 'body').map(([, text]) => text);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body).toContain('Fakturan gäller min mamma Märta Öberg (451224-5582). Ring mig på 08-123 456 78.');
    expect(bodies[1]).not.toContain('<p>');
  });
});

describe('eml extractor: robustness', () => {
  it.each([
    ['an empty file', ''],
    ['text without headers', 'Hej Anna, ring mig på 070-123 45 67.'],
    ['binary data', '\u0000\u0001PNG\u0000\u0000'],
  ])('reports %s as corrupt without quoting it', async (_name, text) => {
    const error = await fromBytes(Buffer.from(text, 'latin1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).reason).toBe('corrupt');
    expect((error as ExtractError).detail).not.toContain('Anna');
  });

  it('refuses a file over ctx.maxBytes before reading it', async () => {
    const path = join(FIXTURES, 'formats/eml/letter.eml');
    const error = await extract({ name: 'letter.eml', path, size: statSync(path).size }, { maxBytes: 100 }).catch((e: unknown) => e);
    expect((error as ExtractError).reason).toBe('too-large');
  });

  it('reads a message with a BOM and CRLF line ends', async () => {
    const text = '\uFEFFFrom: =?utf-8?Q?Bj=C3=B6rn?= <b@exempel.se>\r\nSubject: x\r\n\r\nHej\r\n';
    expect(rows(await fromBytes(Buffer.from(text, 'utf8')))).toEqual([
      ['From', 'Björn <b@exempel.se>'],
      ['Subject', 'x'],
      ['body', 'Hej\r\n'],
    ]);
  });

  it('steps over an mbox envelope line saved in front of the headers', async () => {
    const text = 'From anna@exempel.se Mon Mar  4 09:15:02 2024\nFrom: Anna <anna@exempel.se>\n\nHej';
    expect(rows(await fromBytes(Buffer.from(text, 'utf8')))).toEqual([
      ['From_', 'anna@exempel.se'],
      ['From', 'Anna <anna@exempel.se>'],
      ['body', 'Hej'],
    ]);
  });

  it('reads an unclosed multipart and an unknown charset without throwing', async () => {
    const text = 'From: a@exempel.se\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=x-nope\n\nM\xe4rta \xd6berg';
    expect(rows(await fromBytes(Buffer.from(text, 'latin1'))).at(-1)).toEqual(['body', 'Märta Öberg']);
  });
});

describe('eml extractor: a table in the body', () => {
  it('reads a range pasted from Excel under its column names in the body', async () => {
    const plain = 'From: a@exempel.se\r\nSubject: lista\r\n\r\nHej, här är listan:\r\n\r\nNamn\tTelefon\tPnr\r\nDahl, Melvin\t070-123 45 67\t19650918-6596\r\nBo Ek\t0701234568\t\r\n\r\nMvh Sara\r\n';
    const items = (await fromBytes(Buffer.from(plain))).filter(isSegment);
    expect(items.map((s) => [s.hints?.field, s.text])).toEqual([
      ['From', 'a@exempel.se'],
      ['Subject', 'lista'],
      [undefined, 'Hej, här är listan:\r\n\r\nNamn\tTelefon\tPnr\r\n\r\n\r\n\r\nMvh Sara\r\n'],
      ['Namn', 'Dahl, Melvin'],
      ['Telefon', '070-123 45 67'],
      ['Pnr', '19650918-6596'],
      ['Namn', 'Bo Ek'],
      ['Telefon', '0701234568'],
    ]);
    expect(items.every((s) => s.location.kind === 'mail' && (s.location.part === 'header' || s.location.part === 'body'))).toBe(true);
    expect(items.find((s) => s.text === 'Bo Ek')?.hints?.record).toEqual({ Namn: 'Bo Ek', Telefon: '0701234568' });
  });

  it('reads an HTML table in the body the same way: its rows become lines of tab-separated cells', async () => {
    const html = 'From: a@exempel.se\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Listan:</p><table>\r\n<tr><th>Förnamn</th><th>Efternamn</th></tr>\r\n<tr>\r\n <td>Stig</td>\r\n <td>Ek</td>\r\n</tr></table><p>Mvh</p>';
    const items = (await fromBytes(Buffer.from(html))).filter(isSegment);
    expect(items.filter((s) => s.hints?.scope === 'cell').map((s) => [s.hints?.field, s.text])).toEqual([['Förnamn', 'Stig'], ['Efternamn', 'Ek']]);
    expect(items.find((s) => s.hints?.scope === 'body')?.text).toBe('Listan:\nFörnamn\tEfternamn\n\n\nMvh');
  });
});

describe('eml sniff', () => {
  it.each([
    ['Received first', 'Received: from mx.exempel.invalid by x; Mon, 4 Mar 2024\n', true],
    ['From header', 'From: Anna <anna@exempel.se>\n', true],
    ['Return-Path', 'Return-Path: <anna@exempel.se>\n', true],
    ['MIME-Version', 'MIME-Version: 1.0\n', true],
    ['X- header', 'X-Mozilla-Status: 0001\n', true],
    ['mbox envelope', 'From anna@exempel.se Mon Mar  4 09:15:02 2024\n', false],
    ['CSV', 'From;To;Subject\n', false],
    ['JSON', '{"from": "x"}\n', false],
    ['prose', 'Received your letter, thanks\n', false],
  ])('%s → %s', (_name, head, expected) => {
    expect(emlExtractor.sniff!(Buffer.from(head))).toBe(expected);
  });
});
