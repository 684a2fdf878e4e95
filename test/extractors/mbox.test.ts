import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { createMboxExtractor, mboxExtractor } from '../../src/extract/mbox.js';
import type { Delegate, ExtractItem, Extractor, PartialSkip, Segment } from '../../src/extract/types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const ctx = { maxBytes: 256 * 1024 * 1024 };

async function fromFile(path: string, extractor: Extractor = mboxExtractor): Promise<ExtractItem[]> {
  const out: ExtractItem[] = [];
  for await (const item of extractor.extract({ name: path, path, size: statSync(path).size }, ctx)) out.push(item);
  return out;
}

async function fromText(text: string, extractor: Extractor = mboxExtractor): Promise<ExtractItem[]> {
  const bytes = Buffer.from(text, 'utf8');
  const out: ExtractItem[] = [];
  for await (const item of extractor.extract({ name: 'test.mbox', bytes, size: bytes.length }, ctx)) out.push(item);
  return out;
}

const isSegment = (i: ExtractItem): i is Segment => !('kind' in i);
const isDelegate = (i: ExtractItem): i is Delegate => 'kind' in i && i.kind === 'delegate';
const isSkip = (i: ExtractItem): i is PartialSkip => 'kind' in i && i.kind === 'partial-skip';

/** [message, header or 'body', text] for every segment: compact and explicit. */
function rows(items: ExtractItem[]): [number, string, string][] {
  return items.filter(isSegment).map((s) => {
    if (s.location.kind !== 'mail') throw new Error(`unexpected location ${s.location.kind}`);
    return [s.location.message, s.location.part === 'header' ? s.location.header! : s.location.part, s.text];
  });
}

describe('mbox extractor: fixtures/formats/mbox/support.mbox', async () => {
  const items = await fromFile(join(FIXTURES, 'formats/mbox/support.mbox'));
  const all = rows(items);

  it('numbers the four messages 1..4 and sets their Message-IDs', () => {
    const ids = new Map(items.filter(isSegment).map((s) => [s.location.kind === 'mail' ? s.location.message : 0, s.location.kind === 'mail' ? s.location.messageId : '']));
    expect([...ids]).toEqual([
      [1, 'm1-20240304.0915@mail.exempel.invalid'],
      [2, 'm2-20240305.1402@mail.exempel.invalid'],
      [3, 'm3-20240306.0830@mail.exempel.invalid'],
      [4, 'm4-20240307.1645@mail.exempel.invalid'],
    ]);
  });

  it('emits the personal headers of each message, decoded', () => {
    expect(all.filter(([, where]) => where !== 'body')).toEqual([
      [1, 'From_', 'anna.lindqvist@exempel.se'],
      [1, 'Return-Path', '<anna.lindqvist@exempel.se>'],
      [1, 'From', 'Anna Lindqvist <anna.lindqvist@exempel.se>'],
      [1, 'To', 'Kundtjänst <support@nordhandel.invalid>'],
      [1, 'Subject', 'Fråga om min beställning'],
      [2, 'From_', 'marta.oberg@exempel.se'],
      [2, 'Return-Path', '<marta.oberg@exempel.se>'],
      [2, 'From', 'Märta Öberg <marta.oberg@exempel.se>'],
      [2, 'To', 'support@nordhandel.invalid'],
      [2, 'Cc', 'Björn Åkesson <bjorn.akesson@example.com>'],
      [2, 'Subject', 'Fråga om räkning'],
      [3, 'From_', 'fatima.hassan@posten-exempel.se'],
      [3, 'Return-Path', '<fatima.hassan@posten-exempel.se>'],
      [3, 'From', '"Hassan, Fatima" <fatima.hassan@posten-exempel.se>'],
      [3, 'To', 'support@nordhandel.invalid'],
      [3, 'Reply-To', 'fatima.hassan@posten-exempel.se'],
      [3, 'Subject', 'Adressändring'],
      [4, 'From_', 'm.yilmaz@example.org'],
      [4, 'Return-Path', '<m.yilmaz@example.org>'],
      [4, 'From', 'Mehmet Yilmaz <m.yilmaz@example.org>'],
      [4, 'To', 'support@nordhandel.invalid'],
      [4, 'Subject', 'Kundlista och skärmbild'],
      // The attachments' own names, read as text (embedded-name.ts): the CSV handed on and the image reported.
      [4, 'attachment', 'kunder'],
      [4, 'attachment', 'skarmbild'],
    ]);
  });

  it('never emits Message-ID, Date or MIME headers as segments', () => {
    expect(all.some(([, , text]) => text.includes('mail.exempel.invalid') || text.includes('+0100'))).toBe(false);
  });

  it('gives header segments a header location and hints', () => {
    const from = items.filter(isSegment).find((s) => s.location.kind === 'mail' && s.location.header === 'From');
    expect(from?.location).toEqual({ kind: 'mail', message: 1, messageId: 'm1-20240304.0915@mail.exempel.invalid', part: 'header', header: 'From' });
    expect(from?.hints).toEqual({ field: 'From', scope: 'header' });
  });

  it('unescapes mboxrd ">From " lines in a plain UTF-8 body', () => {
    const [body] = all.filter(([m, where]) => m === 1 && where === 'body');
    expect(body?.[2]).toContain('Ni når mig på 070-123 45 67.\nFrom what I can see the parcel');
    expect(body?.[2]).not.toContain('>From');
  });

  it('decodes quoted-printable ISO-8859-1 and joins the address split by a soft line break', () => {
    const [body] = all.filter(([m, where]) => m === 2 && where === 'body');
    expect(body?.[2]).toBe(
      'Hej!\n\nJag har fått en räkning som inte stämmer. Mitt personnummer är 451224-5582.\n' +
        'Svara gärna till marta.oberg@exempel.se eller ring 031-12 34 56.\n\nVänliga hälsningar\nMärta Öberg\n\n',
    );
  });

  it('scans both alternatives and strips the HTML (style and script dropped, entities decoded)', () => {
    expect(all.filter(([m, where]) => m === 3 && where === 'body').map(([, , t]) => t)).toEqual([
      'Hej, jag har flyttat. Nytt telefonnummer: 08-123 456 78.\n/Fatima',
      'Hej, jag har flyttat. Nytt telefonnummer: 08-123 456 78.\n\nHälsningar\nFatima Hassan',
    ]);
    expect(all.some(([, , t]) => t.includes('style.invalid') || t.includes('track.invalid'))).toBe(false);
  });

  it('delegates the base64 CSV attachment with its decoded bytes and a wrapping location', () => {
    const delegates = items.filter(isDelegate);
    expect(delegates.map((d) => d.name)).toEqual(['kunder.csv']);
    const csv = Buffer.from(delegates[0]!.bytes).toString('utf8');
    expect(csv.split('\n')[1]).toBe('Mehmet;Yilmaz;880675-0215;m.yilmaz@example.org');
    expect(delegates[0]!.wrap({ kind: 'cell', row: 1, column: 'Personnummer' })).toEqual({
      kind: 'mail',
      message: 4,
      messageId: 'm4-20240307.1645@mail.exempel.invalid',
      part: 'attachment',
      attachment: 'kunder.csv',
      inner: { kind: 'cell', row: 1, column: 'Personnummer' },
    });
  });

  it('reports the PNG attachment as an unsupported partial skip', () => {
    expect(items.filter(isSkip)).toEqual([
      { kind: 'partial-skip', reason: 'unsupported', detail: 'message 4: attachment "skarmbild.png" (image/png) not scanned' },
    ]);
  });
});

describe('mbox extractor: fixtures/exports/helpdesk/mail/inbox.mbox', () => {
  it('reads the three helpdesk messages with decoded Swedish bodies and signatures', async () => {
    const all = rows(await fromFile(join(FIXTURES, 'exports/helpdesk/mail/inbox.mbox')));
    const bodies = all.filter(([, where]) => where === 'body');
    expect(bodies.map(([m]) => m)).toEqual([1, 2, 3]);
    expect(bodies[0]![2]).toContain('Mitt personnummer är 790101-1127.'); // QP soft break inside the sentence
    expect(bodies[1]![2]).toContain('Sara Holm\nKundtjänst, Nordhandel AB\nDirekt: 08-555 123 40');
    expect(bodies[2]![2]).toContain('Personnummer: 850312-2387');
    expect(all).toContainEqual([1, 'From', 'Björn Åkesson <bjorn.akesson@example.com>']);
    expect(all).toContainEqual([3, 'Subject', 'Reklamation av köp']);
  });
});

describe('mbox extractor: robustness', () => {
  const message = (sender: string, body: string): string =>
    `From ${sender} Mon Mar  4 09:15:02 2024\nFrom: ${sender}\nSubject: test\n\n${body}\n`;

  it('reports a file without any "From " line as corrupt', async () => {
    const error = await fromText('From: anna.lindqvist@exempel.se\nSubject: x\n\nHej').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).reason).toBe('corrupt');
  });

  it('yields nothing for an empty mailbox', async () => {
    expect(await fromText('')).toEqual([]);
  });

  it('reads a last message truncated in the middle of a base64 part', async () => {
    const b64 = Buffer.from('Ring mig på 070-123 45 67 i morgon').toString('base64');
    const text =
      message('a@exempel.se', 'första') +
      'From b@exempel.se Tue Mar  5 10:00:00 2024\nFrom: b@exempel.se\nContent-Type: multipart/mixed; boundary=x\n\n--x\n' +
      `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64.slice(0, 24)}`;
    const all = rows(await fromText(text));
    expect(all.filter(([, where]) => where === 'body')).toEqual([
      [1, 'body', 'första\n'],
      [2, 'body', 'Ring mig på 070-1'],
    ]);
  });

  it('skips a message over the size limit and goes on with the next one', async () => {
    const extractor = createMboxExtractor({ maxMessageBytes: 2048 });
    const text = message('a@exempel.se', 'ett') + message('b@exempel.se', 'x'.repeat(10_000)) + message('c@exempel.se', 'tre');
    const items = await fromText(text, extractor);
    expect(items.filter(isSkip)).toEqual([
      { kind: 'partial-skip', reason: 'too-large', detail: expect.stringMatching(/^message 2: \d+ bytes, over the 2048-byte limit; not scanned$/) },
    ]);
    expect(rows(items).filter(([, where]) => where === 'From')).toEqual([
      [1, 'From', 'a@exempel.se'],
      [3, 'From', 'c@exempel.se'],
    ]);
  });

  it('streams from disk in small chunks with the same result as in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdpr-scan-mbox-'));
    try {
      const text = Array.from({ length: 20 }, (_, i) => message(`kund${i}@exempel.se`, `meddelande ${i}\n>From escaped`)).join('');
      const path = join(dir, 'chunks.mbox');
      writeFileSync(path, text);
      const streamed = rows(await fromFile(path, createMboxExtractor({ chunkBytes: 64 })));
      expect(streamed).toEqual(rows(await fromText(text)));
      expect(streamed.filter(([, where]) => where === 'body')).toHaveLength(20);
      expect(streamed[streamed.length - 1]).toEqual([20, 'body', 'meddelande 19\nFrom escaped\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not split on an unescaped body line that is not an envelope', async () => {
    const text = message('a@exempel.se', 'From now on you will receive invoices by email.\nFrom 10:00 to 12:00 we are closed.');
    const all = rows(await fromText(text));
    expect(all.filter(([, where]) => where === 'body')).toHaveLength(1);
  });
});

describe('mbox sniff', () => {
  it.each([
    ['envelope line', 'From anna@exempel.se Mon Mar  4 09:15:02 2024\nFrom: x\n', true],
    ['Thunderbird envelope', 'From - Mon Mar  4 09:15:02 2024\n', true],
    ['an .eml header', 'From: anna@exempel.se\n', false],
    ['plain text', 'Hej Anna\n', false],
  ])('%s → %s', (_name, head, expected) => {
    expect(mboxExtractor.sniff!(Buffer.from(head))).toBe(expected);
  });
});
