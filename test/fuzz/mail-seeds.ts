import { docx } from '../../scripts/hostile/make-hostile-tree.mjs';

/** MIME syntax: boundaries, encodings, encoded words, RFC 2231 parameters, nested messages. */
export const MAIL_TOKENS = [
  '\r\n', '\n\n', '\r\n\r\n', '--', '--b1\r\n', '--b1--', 'boundary=', 'boundary="b1"', ';', '"', '=', '\t',
  'Content-Type: multipart/mixed; boundary="b1"\r\n', 'Content-Type: message/rfc822\r\n\r\n', 'Content-Type: text/html\r\n',
  'Content-Transfer-Encoding: base64\r\n', 'Content-Transfer-Encoding: quoted-printable\r\n', 'Content-Disposition: attachment; filename=',
  "filename*0*=utf-8''%C3%A5", 'filename*1=x.csv', 'name*=', '=?utf-8?B?', '=?iso-8859-1?Q?M=E4rta?=', '?=', '=C3', '=\r\n', '=XY',
  'charset="x-unknown"', 'charset=utf-16', '<p>', '<script>', '&#99999999;', '&auml;', '<!--', '\0', '\xff',
];

const BOUNDARY = 'b1';

function multipart(parts: string[]): string {
  return `${parts.map((part) => `--${BOUNDARY}\r\n${part}\r\n`).join('')}--${BOUNDARY}--\r\n`;
}

const HEADERS = 'From: Anna Exempel <anna@exempel.se>\r\nTo: kund@exempel.se\r\nSubject: =?utf-8?B?w4RyZW5kZQ==?=\r\nMessage-ID: <1@exempel.se>\r\n';

/** Hand-made messages with the structures real mail has: alternatives, attachments, a forwarded message. */
export const MAIL_SEEDS: Buffer[] = [
  Buffer.from(
    `${HEADERS}Content-Type: multipart/mixed; boundary="${BOUNDARY}"\r\n\r\n` +
      multipart([
        'Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nM=E4rta =C3=96berg, 070-123 45 67=\r\n',
        'Content-Type: text/html; charset=utf-8\r\n\r\n<p>Hej&nbsp;<b>Anna</b></p><script>x</script>',
        `Content-Type: application/octet-stream; name="lista.csv"\r\nContent-Disposition: attachment; filename*=utf-8''lista%20%C3%A5.csv\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('Namn;E-post\nAnna;anna@exempel.se\n').toString('base64')}`,
        `Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="a.docx"\r\nContent-Transfer-Encoding: base64\r\n\r\n${docx(['Avtal', 'Anna Exempel']).toString('base64')}`,
      ]),
  ),
  Buffer.from(
    `${HEADERS}Content-Type: multipart/mixed; boundary="${BOUNDARY}"\r\n\r\n` +
      multipart([
        'Content-Type: text/plain\r\n\r\nVidarebefordrat:',
        `Content-Type: message/rfc822\r\n\r\n${HEADERS}Content-Type: text/plain\r\n\r\nInre meddelande 850312-2384\r\n`,
      ]),
  ),
];
