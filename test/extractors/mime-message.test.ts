import { describe, expect, it } from 'vitest';
import { messageItems, splitLarge } from '../../src/extract/mime/message.js';
import { planAttachment } from '../../src/extract/mime/attachments.js';
import { BUILTIN_EXTRACTORS } from '../../src/extract/registry.js';
import type { Delegate, ExtractItem, PartialSkip, Segment } from '../../src/extract/types.js';

const items = (text: string, message = 1): ExtractItem[] => [...messageItems(Buffer.from(text, 'utf8'), { message })];
const segments = (all: ExtractItem[]): Segment[] => all.filter((i): i is Segment => !('kind' in i));
const bodies = (all: ExtractItem[]): string[] => segments(all).filter((s) => s.location.kind === 'mail' && s.location.part === 'body').map((s) => s.text);
const delegates = (all: ExtractItem[]): Delegate[] => all.filter((i): i is Delegate => 'kind' in i && i.kind === 'delegate');
const skips = (all: ExtractItem[]): PartialSkip[] => all.filter((i): i is PartialSkip => 'kind' in i && i.kind === 'partial-skip');

/** A multipart/mixed message with a text part followed by the given parts. */
function mixed(...parts: string[]): string {
  return [
    'From: Anna Lindqvist <anna.lindqvist@exempel.se>',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    'preamble is not text',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Brödtext',
    ...parts.flatMap((p) => ['--b1', p]),
    '--b1--',
    'epilogue',
  ].join('\n');
}

describe('messageItems: headers', () => {
  it('emits personal headers with decoded text and skips Message-ID, References and In-Reply-To', () => {
    const all = items(
      [
        'Message-ID: <abc.123@mail.exempel.invalid>',
        'In-Reply-To: <prev.1@mail.exempel.invalid>',
        'References: <prev.1@mail.exempel.invalid>',
        'From: =?iso-8859-1?Q?M=E4rta_=D6berg?= <marta.oberg@exempel.se>',
        'bcc: hemlig@exempel.se',
        'Delivered-To: support@nordhandel.invalid',
        'X-Originating-IP: [192.0.2.44]',
        'Date: Mon, 04 Mar 2024 09:15:02 +0100',
        '',
        'body',
      ].join('\n'),
      7,
    );
    const headers = segments(all)
      .filter((s) => s.location.kind === 'mail' && s.location.part === 'header')
      .map((s) => [s.location.kind === 'mail' ? s.location.header : '', s.text, s.hints?.field, s.hints?.scope]);
    expect(headers).toEqual([
      ['From', 'Märta Öberg <marta.oberg@exempel.se>', 'From', 'header'],
      ['Bcc', 'hemlig@exempel.se', 'Bcc', 'header'],
      ['Delivered-To', 'support@nordhandel.invalid', 'Delivered-To', 'header'],
      ['X-Originating-IP', '[192.0.2.44]', 'X-Originating-IP', 'header'],
    ]);
    expect(segments(all)[0]?.location).toEqual({
      kind: 'mail',
      message: 7,
      messageId: 'abc.123@mail.exempel.invalid',
      part: 'header',
      header: 'From',
    });
    expect(segments(all).some((s) => s.text.includes('prev.1'))).toBe(false);
  });

  it('leaves messageId out of the location when the message has none', () => {
    const [first] = segments(items('From: a@exempel.se\n\nx'));
    expect(first?.location).toEqual({ kind: 'mail', message: 1, part: 'header', header: 'From' });
  });
});

describe('messageItems: parts', () => {
  it('scans a text body with the body scope', () => {
    const all = items('From: a@exempel.se\nContent-Type: text/plain; charset=utf-8\n\nHej Anna!\n');
    const body = segments(all).at(-1);
    expect(body?.text).toBe('Hej Anna!\n');
    expect(body?.location).toEqual({ kind: 'mail', message: 1, part: 'body' });
    expect(body?.hints).toEqual({ scope: 'body' });
  });

  it('walks nested multiparts in document order and scans both alternatives', () => {
    const msg = [
      'Content-Type: multipart/mixed; boundary=outer',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'ren text',
      '--inner',
      'Content-Type: text/html; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>H=E4lsningar</p>',
      '--inner--',
      '--outer',
      'Content-Type: text/plain',
      '',
      'sista delen',
      '--outer--',
    ].join('\n');
    expect(bodies(items(msg))).toEqual(['ren text', 'Hälsningar', 'sista delen']);
  });

  it('reads the last part of a never-closed multipart to the end', () => {
    const msg = 'Content-Type: multipart/mixed; boundary=b\n\n--b\n\nförsta\n--b\nContent-Type: text/plain\n\nandra, utan slut';
    expect(bodies(items(msg))).toEqual(['första', 'andra, utan slut']);
  });

  it('does not take a longer boundary for the real one', () => {
    const msg = 'Content-Type: multipart/mixed; boundary=ab\n\n--ab\n\nrad\n--abc inte en gräns\n--ab--\n';
    expect(bodies(items(msg))).toEqual(['rad\n--abc inte en gräns']);
  });

  it('scans the raw body of a multipart without a boundary', () => {
    expect(bodies(items('Content-Type: multipart/mixed\n\nnågot text'))).toEqual(['något text']);
  });

  it('treats a message without headers as body text', () => {
    expect(bodies(items('\nbara brödtext'))).toEqual(['bara brödtext']);
  });

  it('decodes a body in an unknown charset without throwing', () => {
    const msg = 'Content-Type: text/plain; charset=x-invented\nContent-Transfer-Encoding: quoted-printable\n\nM=E4rta';
    expect(bodies(items(msg))).toEqual(['Märta']);
  });

  it('decodes a truncated base64 body as far as it goes', () => {
    const full = Buffer.from('Personnummer finns i texten').toString('base64');
    const msg = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${full.slice(0, 20)}`;
    expect(bodies(items(msg))).toEqual(['Personnummer fi']);
  });

  it('returns what it can from a message truncated inside its headers', () => {
    const all = items('From: Anna Lindqvist <anna.lindqvist@exempel.se>\nTo: Björn Åk');
    expect(segments(all).map((s) => s.text)).toEqual(['Anna Lindqvist <anna.lindqvist@exempel.se>', 'Björn Åk']);
  });
});

describe('messageItems: attachments', () => {
  const csvB64 = Buffer.from('Namn;Personnummer\nAnna;850312-2387\n').toString('base64');

  it.each([
    ['base64 CSV by type', `Content-Type: text/csv; name="lista.csv"\nContent-Disposition: attachment; filename="lista.csv"\nContent-Transfer-Encoding: base64\n\n${csvB64}`, 'lista.csv', 'lista.csv'],
    ['octet-stream with a .csv name', `Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="kunder.CSV"\nContent-Transfer-Encoding: base64\n\n${csvB64}`, 'kunder.CSV', 'kunder.CSV'],
    ['type without a name', `Content-Type: application/json\nContent-Disposition: attachment\n\n{"a":1}`, 'attachment-1', 'attachment-1.json'],
    ['path in the file name is dropped', `Content-Type: application/pdf; name="C:\\\\Users\\\\x\\\\kvitto.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0=`, 'kvitto.pdf', 'kvitto.pdf'],
    ['vCard is read as a contact', 'Content-Type: text/vcard; name="kontakt.vcf"\n\nBEGIN:VCARD\nFN:Anna Lindqvist\nEND:VCARD', 'kontakt.vcf', 'kontakt.vcf'],
    ['text/plain attachment', 'Content-Type: text/plain\nContent-Disposition: attachment; filename="logg.log"\n\nrad', 'logg.log', 'logg.log'],
    ['message/rfc822 becomes .eml', 'Content-Type: message/rfc822\n\nFrom: a@exempel.se\n\nx', 'attachment-1', 'attachment-1.eml'],
    ['octet-stream with a .xlsx name', 'Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="kundlista.xlsx"\nContent-Transfer-Encoding: base64\n\nUEsDBA==', 'kundlista.xlsx', 'kundlista.xlsx'],
    ['Excel workbook by type', 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\nUEsDBA==', 'attachment-1', 'attachment-1.xlsx'],
  ])('delegates a readable attachment: %s', (_name, part, attachment, scanAs) => {
    const all = items(mixed(part), 3);
    const [delegate, ...more] = delegates(all);
    expect(more).toEqual([]);
    expect(delegate?.name).toBe(scanAs);
    expect(delegate?.wrap({ kind: 'line', line: 2 })).toEqual({
      kind: 'mail',
      message: 3,
      part: 'attachment',
      attachment,
      inner: { kind: 'line', line: 2 },
    });
    expect(bodies(all)).toEqual(['Brödtext']);
  });

  it('hands over decoded bytes', () => {
    const part = `Content-Type: text/csv; name="lista.csv"\nContent-Transfer-Encoding: base64\n\n${csvB64}`;
    const [delegate] = delegates(items(mixed(part)));
    expect(Buffer.from(delegate!.bytes).toString('utf8')).toBe('Namn;Personnummer\nAnna;850312-2387\n');
  });

  it('hands an HTML attachment to the HTML reader, with or without an .html name', () => {
    const [named] = delegates(items(mixed('Content-Type: text/html; name="sida.html"\n\n<p>M&auml;rta</p>')));
    expect(named?.name).toBe('sida.html');
    expect(Buffer.from(named!.bytes).toString('utf8')).toBe('<p>M&auml;rta</p>');
    const [unnamed] = delegates(items(mixed('Content-Type: text/html\nContent-Disposition: attachment\n\n<p>Anna</p>')));
    expect(unnamed?.name).toBe('attachment-1.html');
  });

  it('hands every format gdpr-scan reads on when it comes as an attachment', () => {
    const extensions = BUILTIN_EXTRACTORS.flatMap((extractor) => extractor.extensions).filter((ext) => ext !== '.mbox' && ext !== '.mbx');
    for (const ext of extensions) expect(planAttachment(`bilaga${ext}`, 'application/octet-stream', false), ext).toEqual({ action: 'delegate', scanAs: `bilaga${ext}`, asText: false });
  });

  it.each([
    ['7-Zip attachment', 'Content-Type: application/x-7z-compressed; name="arkiv.7z"\nContent-Transfer-Encoding: base64\n\nN3q8rycc', 'message 2: attachment "arkiv.7z" (application/x-7z-compressed) not scanned'],
    ['image attachment', 'Content-Type: image/jpeg\nContent-Disposition: attachment; filename="IMG_1.jpg"\n\nxx', 'message 2: attachment "IMG_1.jpg" (image/jpeg) not scanned'],
  ])('reports an unreadable attachment: %s', (_name, part, detail) => {
    const all = items(mixed(part), 2);
    expect(skips(all)).toEqual([{ kind: 'partial-skip', reason: 'unsupported', detail }]);
    expect(delegates(all)).toEqual([]);
  });

  it('reports encrypted content once, as encrypted', () => {
    const msg = [
      'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary=e',
      '',
      '--e',
      'Content-Type: application/pgp-encrypted',
      '',
      'Version: 1',
      '--e',
      'Content-Type: application/octet-stream; name="encrypted.asc"',
      '',
      '-----BEGIN PGP MESSAGE-----',
      '--e--',
    ].join('\n');
    expect(skips(items(msg, 5))).toEqual([
      { kind: 'partial-skip', reason: 'encrypted', detail: 'message 5: encrypted content (multipart/encrypted) not scanned' },
    ]);
  });

  it('scans a delivery status report (bounce) as text', () => {
    const part = 'Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; anna.lindqvist@exempel.se\nAction: failed';
    const all = items(mixed(part));
    expect(bodies(all)).toEqual(['Brödtext', 'Final-Recipient: rfc822; anna.lindqvist@exempel.se\nAction: failed']);
    expect(skips(all)).toEqual([]);
  });

  it.each([
    ['inline image with Content-ID', 'Content-Type: image/png\nContent-ID: <logo@x>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo='],
    ['inline disposition image', 'Content-Type: image/gif\nContent-Disposition: inline; filename="sig.gif"\n\nGIF89a'],
    ['PGP signature', 'Content-Type: application/pgp-signature; name="signature.asc"\n\n-----BEGIN PGP SIGNATURE-----'],
    ['S/MIME signature', 'Content-Type: application/pkcs7-signature; name="smime.p7s"\n\nMIAGCSqGSIb3'],
  ])('passes over %s silently', (_name, part) => {
    const all = items(mixed(part));
    expect(skips(all)).toEqual([]);
    expect(delegates(all)).toEqual([]);
    expect(bodies(all)).toEqual(['Brödtext']);
  });
});

describe('splitLarge', () => {
  it('cuts at the last line break before the limit and keeps every character', () => {
    const text = 'rad ett\nrad två\nrad tre\n';
    const pieces = [...splitLarge(text, 10)];
    expect(pieces).toEqual(['rad ett\n', 'rad två\n', 'rad tre\n']);
    expect(pieces.join('')).toBe(text);
  });

  it('cuts a line without breaks at the limit', () => {
    expect([...splitLarge('abcdefghij', 4)]).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('caps body segments of a message', () => {
    const line = 'Anna Lindqvist 070-123 45 67\n';
    const msg = `Content-Type: text/plain\n\n${line.repeat(100)}`;
    const pieces = bodies([...messageItems(Buffer.from(msg), { message: 1, maxSegmentChars: 300 })]);
    expect(pieces.length).toBe(Math.ceil((line.length * 100) / (Math.floor(300 / line.length) * line.length)));
    expect(pieces.every((p) => p.length <= 300 && p.endsWith('\n'))).toBe(true);
    expect(pieces.join('')).toBe(line.repeat(100));
  });
});
