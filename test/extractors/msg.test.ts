import { join } from 'node:path';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { emlExtractor } from '../../src/extract/eml.js';
import { msgExtractor } from '../../src/extract/msg.js';
import type { Delegate, ExtractItem, Segment } from '../../src/extract/types.js';
import { msgFile } from '../../scripts/fixtures/outlook.mjs';
import { extractBytes, extractError, extractFile, FORMATS, segments, skips } from './collect.js';

const delegates = (items: readonly ExtractItem[]): Delegate[] => items.filter((i): i is Delegate => 'kind' in i && i.kind === 'delegate');
const rows = (items: readonly ExtractItem[]): [string, string][] =>
  segments(items).map((s: Segment) => [s.location.kind === 'mail' ? (s.location.header ?? s.location.part) : '?', s.text]);

const SENDER = { name: 'Saga Lind', email: 'saga.lind@exempel.se' };

describe('msg extractor: fixtures/formats/msg/reklamation.msg', async () => {
  const items = await extractFile(msgExtractor, join(FORMATS, 'msg/reklamation.msg'));

  it('reads sender, recipients and subject from the properties, the other personal headers from the transport headers, then the body', () => {
    expect(rows(items)).toEqual([
      ['From', 'Fatima Hassan <fatima.hassan@posten-exempel.se>'],
      ['To', 'Kundtjänst <support@nordhandel.invalid>'],
      ['Cc', 'Björn Åkesson <bjorn.akesson@example.com>'],
      ['Subject', 'Reklamation order 55120'],
      ['Received', 'from [192.0.2.77] (client.exempel.invalid [198.51.100.23])\tby mx.nordhandel.invalid with ESMTPSA; Mon, 11 Mar 2024 10:02:11 +0100'],
      ['Reply-To', 'fatima.hassan@posten-exempel.se'],
      ['body', 'Hej,\r\n\r\nJackan jag fick var trasig. Mitt personnummer är 920229-3446 och ni når mig på 08-123 456 78.\r\nBifogar listan från butiken och mejlet från lagret.\r\n\r\nVänliga hälsningar\r\nFatima Hassan'],
      // The attachments' own names, read as text (embedded-name.ts); the signature logo has none of its own.
      ['attachment', 'kvitton'],
      ['attachment', 'Lagret svarar'],
      ['attachment', 'foto'],
    ]);
  });

  it('places everything in message 1 with its Message-ID, as for an .eml', () => {
    const body = segments(items).find((s) => s.location.kind === 'mail' && s.location.part === 'body')!;
    expect(body.location).toEqual({ kind: 'mail', message: 1, messageId: 'c7a1.20240311@mail.exempel.invalid', part: 'body' });
    expect(body.hints).toEqual({ field: undefined, scope: 'body', record: undefined });
  });

  it('hands the CSV and the attached message on, passes over the signature logo, reports the photo', async () => {
    expect(delegates(items).map((d) => d.name)).toEqual(['kvitton.csv', 'Lagret svarar.msg']);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'unsupported', detail: 'message 1: attachment "foto.heic" (image/heic) not scanned' }]);
    const csv = delegates(items)[0]!;
    expect(Buffer.from(csv.bytes).toString('utf8')).toContain('Märta Öberg;031-12 34 56;451224-5582');
    expect(csv.wrap({ kind: 'cell', row: 2, column: 'Kund' })).toEqual({
      kind: 'mail',
      message: 1,
      messageId: 'c7a1.20240311@mail.exempel.invalid',
      part: 'attachment',
      attachment: 'kvitton.csv',
      inner: { kind: 'cell', row: 2, column: 'Kund' },
    });
  });

  it('reads the attached message with the same extractor', async () => {
    const inner = delegates(items)[1]!;
    expect(rows(await extractBytes(msgExtractor, inner.name, inner.bytes))).toEqual([
      ['From', 'Mehmet Yilmaz <m.yilmaz@example.org>'],
      ['To', 'Fatima Hassan <fatima.hassan@posten-exempel.se>'],
      ['Subject', 'Sv: Order 55120'],
      ['body', 'Hej! Ordern packades av Mehmet Yilmaz, ring 0046 76 987 65 43 vid frågor.'],
    ]);
  });
});

describe('msg extractor: bodies and special messages', () => {
  it('reads an RTF-only body (fixtures/formats/msg/adressandring.msg)', async () => {
    const items = await extractFile(msgExtractor, join(FORMATS, 'msg/adressandring.msg'));
    expect(rows(items).at(-1)).toEqual(['body', 'Hej! Jag har flyttat. Mitt nya nummer är 070-123 45 67.\nPersonnummer 850312-2387']);
  });

  it('reads a contact (fixtures/formats/msg/kontakt.msg): its names and numbers as fields of one record', async () => {
    const items = await extractFile(msgExtractor, join(FORMATS, 'msg/kontakt.msg'));
    const fields = segments(items).filter((s) => s.hints?.scope === 'field');
    expect(fields.map((s) => [s.hints?.field, s.text])).toEqual([
      ['givenName', 'Mehmet'],
      ['surname', 'Yilmaz'],
      ['mobileTelephoneNumber', '0046 76 987 65 43'],
      ['homeTelephoneNumber', '08-765 43 21'],
    ]);
    // One record object for all of them, so given name and surname join into one person.
    expect(fields[0]!.hints?.record).toEqual({ givenName: 'Mehmet', surname: 'Yilmaz', mobileTelephoneNumber: '0046 76 987 65 43', homeTelephoneNumber: '08-765 43 21' });
    expect(fields[1]!.hints?.record).toBe(fields[0]!.hints?.record);
    expect(rows(items).at(-1)).toEqual(['body', 'Stamkund sedan 2019. Samordningsnummer 880675-0215.']);
  });

  it('reads an HTML body as text when there is no plain one', async () => {
    const bytes = msgFile({ subject: 'Hej', sender: SENDER, recipients: [], attachments: [] });
    // The generator has no HTML property: write one into a copy by hand.
    const cfb = CFB.read(bytes, { type: 'buffer' });
    CFB.utils.cfb_add(cfb, '/__substg1.0_1013001F', Buffer.from('<p>Ring <b>Saga Lind</b> p&aring; 070-765 43 21</p>', 'utf16le'));
    const items = await extractBytes(msgExtractor, 'html.msg', CFB.write(cfb, { type: 'buffer' }));
    expect(rows(items).at(-1)?.[1]).toContain('Ring Saga Lind på 070-765 43 21');
  });

  it('hands the MIME body of a signed message on as an .eml', async () => {
    const mime = 'Content-Type: text/plain; charset=utf-8\r\n\r\nMitt nummer är 070-765 43 21.\r\n';
    const bytes = msgFile({
      messageClass: 'IPM.Note.SMIME.MultipartSigned',
      subject: 'Signerat',
      sender: SENDER,
      recipients: [],
      attachments: [{ name: 'smime.p7m', mime: 'multipart/signed', data: Buffer.from(mime) }],
    });
    const items = await extractBytes(msgExtractor, 'signed.msg', bytes);
    const [signed] = delegates(items);
    expect(signed?.name).toBe('smime.p7m.eml');
    expect(rows(await extractBytes(emlExtractor, signed!.name, signed!.bytes)).at(-1)).toEqual(['body', 'Mitt nummer är 070-765 43 21.\r\n']);
  });

  it('reports an encrypted message as encrypted and still reads its headers', async () => {
    const bytes = msgFile({
      messageClass: 'IPM.Note.SMIME',
      subject: 'Krypterat',
      sender: SENDER,
      recipients: [],
      attachments: [{ name: 'smime.p7m', mime: 'application/pkcs7-mime', data: Buffer.from([0x30, 0x82, 1, 2]) }],
    });
    const items = await extractBytes(msgExtractor, 'secret.msg', bytes);
    expect(rows(items)[0]).toEqual(['From', 'Saga Lind <saga.lind@exempel.se>']);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'encrypted', detail: 'message 1: encrypted content (smime.p7m) not scanned' }]);
  });

  it('reports a damaged RTF body and keeps the rest', async () => {
    const bytes = msgFile({ subject: 'Trasig', sender: SENDER, recipients: [], attachments: [], rtf: '{\\rtf1 x}' });
    const cfb = CFB.read(bytes, { type: 'buffer' });
    // The header claims a megabyte of compressed data that is not there.
    const head = Buffer.alloc(16);
    head.writeUInt32LE(1 << 20, 0);
    head.writeUInt32LE(1 << 20, 4);
    head.writeUInt32LE(0x75465a4c, 8);
    CFB.utils.cfb_add(cfb, '/__substg1.0_10090102', head);
    const items = await extractBytes(msgExtractor, 'rtf.msg', CFB.write(cfb, { type: 'buffer' }));
    expect(rows(items)[0]).toEqual(['From', 'Saga Lind <saga.lind@exempel.se>']);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'corrupt', detail: 'message 1: RTF body not scanned' }]);
  });
});

describe('msg extractor: files that are no Outlook message', () => {
  it.each([
    ['not a Compound File', Buffer.from('From: a@b.se\r\n\r\nHej')],
    ['a truncated message', msgFile({ subject: 'a', sender: SENDER, recipients: [], attachments: [], body: 'x' }).subarray(0, 1000)],
    ['a Compound File header and garbage', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(3000, 0x41)])],
    ['an old Word document renamed', oldWordDocument()],
  ])('%s is reported as corrupt', async (_name, bytes) => {
    const error = await extractError(extractBytes(msgExtractor, 'x.msg', bytes));
    expect(error.reason).toBe('corrupt');
  });

  it('refuses a message over the size limit', async () => {
    const bytes = msgFile({ subject: 'a', sender: SENDER, recipients: [], attachments: [], body: 'x'.repeat(5000) });
    expect((await extractError(extractBytes(msgExtractor, 'x.msg', bytes, 1024))).reason).toBe('too-large');
  });
});

function oldWordDocument(): Buffer {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.from('Anna Berg 070-123 45 67'));
  CFB.utils.cfb_del(cfb, '/\u0001Sh33tJ5');
  return CFB.write(cfb, { type: 'buffer' }) as Buffer;
}
