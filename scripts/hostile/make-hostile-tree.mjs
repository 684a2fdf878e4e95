#!/usr/bin/env node
// Generates a tree of hostile and broken files (and good files with planted, fabricated values between
// them) to check that a scan survives anything a real export folder holds. Everything is generated at
// call time, so nothing large lives in the repository: the bombs are a few MB, the big files ~130 MB.
//
//   node scripts/hostile/make-hostile-tree.mjs DIR     → DIR/root (scan this) and DIR/outside
//
// Every value below is invented: personnummer are computed (valid date + Luhn) for made-up people.
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { luhnDigit } from '../fixtures/_people.mjs';
import { zip } from '../fixtures/_zip.mjs';
import { msgFile } from '../fixtures/outlook.mjs';

const MiB = 1024 * 1024;

/** A fabricated person per good file, so each file's findings can be checked on their own. */
export function person(i) {
  const yymmdd = `${String(60 + i).padStart(2, '0')}04${String(10 + (i % 18)).padStart(2, '0')}`;
  const serial = String(200 + i);
  return {
    personnummer: `${yymmdd}-${serial}${luhnDigit(yymmdd + serial)}`,
    email: `planted.${i}@exempel.se`,
    phone: `070-${300 + i} ${String(10 + i).padStart(2, '0')} ${String(40 + i).padStart(2, '0')}`,
  };
}

const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';

function filler(chars, separator = ' ') {
  const unit = separator === ' ' ? FILLER : FILLER.trim().split(' ').join(separator) + separator;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function utf16le(text) {
  return Buffer.from(text, 'utf16le');
}

// ---------------------------------------------------------------- ZIP / Office

export { zip };

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

function documentXml(paragraphs, doctype = '') {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

export function docx(paragraphs, doctype = '') {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'word/document.xml', data: Buffer.from(documentXml(paragraphs, doctype)) },
  ]);
}

const SHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal one-sheet .xlsx; `rows` are arrays of cell texts (inserted as XML, unescaped), as inline strings. */
export function xlsx(rows, doctype = '') {
  const cells = (row, r) => row.map((text, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`).join('');
  const sheetData = rows.map((row, i) => `<row r="${i + 1}">${cells(row, i + 1)}</row>`).join('');
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from(`<workbook xmlns:r="${SHEET_REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(`<Relationships><Relationship Id="rId1" Type="${SHEET_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${doctype}<worksheet><sheetData>${sheetData}</sheetData></worksheet>`) },
  ]);
}

/**
 * Raw deflate of `mib` MiB of zeros built from one compressed MiB repeated: a full flush resets the
 * compressor, so each repeat is identical and the stream stays valid. 1 GiB costs ~1 MB and no CPU.
 */
function zeroDeflate(mib) {
  const block = deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

/** An OLE2 compound file header with the given stream names in a directory sector (as Office writes them). */
export function oleFile(streams) {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const encoded = utf16le(name);
    encoded.copy(directory, i * 128);
    directory.writeUInt16LE(encoded.length + 2, i * 128 + 64);
    directory[i * 128 + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024)]);
}

// ---------------------------------------------------------------- PDF

function pdf(lines, options = {}) {
  return new Promise((done, fail) => {
    const doc = new PDFDocument({ ...options, info: { CreationDate: new Date('2024-01-01T00:00:00Z') } });
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.on('error', fail);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

// ---------------------------------------------------------------- mail

function mail({ subject, from = 'Kundtjänst <support@exempel.se>', contentType = 'text/plain; charset=utf-8', body, extra = '' }) {
  return (
    `From: ${from}\r\nTo: kundtjanst@exempel.se\r\nSubject: ${subject}\r\nDate: Mon, 4 Mar 2024 10:00:00 +0100\r\n` +
    `Message-ID: <${subject.replace(/\W+/g, '-')}@exempel.se>\r\nMIME-Version: 1.0\r\n${extra}Content-Type: ${contentType}\r\n\r\n${body}`
  );
}

function base64Lines(bytes) {
  return Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
}

function withAttachment(subject, text, name, type, bytes) {
  const boundary = `b-${subject.replace(/\W+/g, '')}`;
  return mail({
    subject,
    contentType: `multipart/mixed; boundary="${boundary}"`,
    body:
      `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n` +
      `--${boundary}\r\nContent-Type: ${type}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\n` +
      `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(bytes)}\r\n--${boundary}--\r\n`,
  });
}

/** A message with `levels` messages nested inside it as message/rfc822 parts; `innerText` in the deepest. */
function nestedMail(levels, outerText, innerText) {
  let inner = mail({ subject: `level ${levels}`, body: `${innerText}\r\n` });
  for (let level = levels - 1; level >= 0; level--) {
    const boundary = `nest-${level}`;
    inner = mail({
      subject: `level ${level}`,
      contentType: `multipart/mixed; boundary="${boundary}"`,
      body:
        `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${level === 0 ? outerText : 'Vidarebefordrat.'}\r\n` +
        `--${boundary}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="forward-${level + 1}.eml"\r\n\r\n` +
        `${inner}\r\n--${boundary}--\r\n`,
    });
  }
  return inner;
}

// ---------------------------------------------------------------- the tree

/**
 * Writes the hostile tree. Returns a manifest: `good` files with the values planted in them (all must be
 * found), `skipped` entries the report must list (reason, whether partly scanned, a pattern its detail
 * must match), `clean` files that must be scanned without a skip, and values that must never be found
 * (`forbidden`: behind links out of the root).
 */
export async function makeHostileTree(dir) {
  const root = resolve(dir, 'root');
  const outside = resolve(dir, 'outside');
  for (const sub of ['good', 'bad', 'special', 'links']) mkdirSync(join(root, sub), { recursive: true });
  mkdirSync(outside, { recursive: true });
  const good = [];
  const skipped = [];
  const clean = [];
  const notes = [];
  let next = 1;
  const write = (file, content) => writeFileSync(join(root, file), content);
  /** A good file: `make(p)` returns its content with person p's values in it. */
  const plant = async (file, make, extraSkip) => {
    const p = person(next++);
    write(file, await make(p));
    good.push({ file, values: p });
    if (extraSkip) skipped.push({ file, ...extraSkip });
  };
  const bad = (file, content, reason, detail, partial = false) => {
    write(file, content);
    skipped.push({ file, reason, partial, detail });
  };
  const row = (p) => `Anna Exempel;${p.email};${p.phone};${p.personnummer}`;
  const sentence = (p) => `Kunden har personnummer ${p.personnummer}, e-post ${p.email} och telefon ${p.phone}.`;

  // Good files in every format, interleaved with the bad ones by name.
  await plant('good/kunder.csv', (p) => `Namn;E-post;Telefon;Personnummer\n${row(p)}\n`);
  await plant('good/-rf.csv', (p) => `Namn,E-post,Telefon,Personnummer\nAnna Exempel,${p.email},${p.phone},${p.personnummer}\n`);
  await plant(`good/<script>alert('x')<\\script> & "co".txt`, (p) => `${sentence(p)}\n`);
  await plant('good/notes.txt', (p) => `Samtal 2024-03-04\n${sentence(p)}\n`);
  await plant('good/ticket.json', (p) =>
    JSON.stringify({ tickets: [{ id: 1, requester: { email: p.email, phone: p.phone, personnummer: p.personnummer } }] }));
  await plant('good/events.ndjson', (p) =>
    `{"event":"login","email":"${p.email}"}\n{"event":"call","phone":"${p.phone}","personnummer":"${p.personnummer}"}\n`);
  await plant('good/brev.eml', (p) => mail({ subject: 'Fråga om faktura', body: `${sentence(p)}\r\n` }));
  await plant('good/inbox.mbox', (p) =>
    `From support@exempel.se Mon Mar  4 10:00:00 2024\n${mail({ subject: 'Första', body: `E-post ${p.email}\n` })}\n` +
    `From support@exempel.se Tue Mar  5 10:00:00 2024\n${mail({ subject: 'Andra', body: `Personnummer ${p.personnummer}, telefon ${p.phone}\n` })}\n`);
  await plant('good/avtal.docx', (p) => docx(['Avtal 1042', sentence(p)]));
  await plant('good/faktura.pdf', (p) => pdf(['Faktura 2024-118', `Personnummer: ${p.personnummer}`, `E-post: ${p.email}`, `Telefon: ${p.phone}`]));
  await plant('good/excel-utf16.csv', (p) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(`Namn\tE-post\tTelefon\tPersonnummer\r\nÅsa Exempel\t${p.email}\t${p.phone}\t${p.personnummer}\r\n`)]));
  await plant('good/unknown-charset.eml', (p) =>
    mail({ subject: 'Okänd teckenkodning', contentType: 'text/plain; charset="x-made-up-charset-42"', body: `${sentence(p)}\r\n` }));
  await plant('good/never-closed-boundary.eml', (p) =>
    mail({
      subject: 'Aldrig stängd',
      contentType: 'multipart/mixed; boundary="never"',
      body: `--never\r\nContent-Type: text/plain\r\n\r\nHej!\r\n--never\r\nContent-Type: text/plain\r\n\r\n${sentence(p)}\r\n`,
    }));
  await plant('good/nested-3.eml', (p) => nestedMail(3, 'Se bifogat.', sentence(p)));
  await plant('good/billion-laughs.docx', (p) => {
    const entities = ['<!ENTITY lol "lol">', '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'];
    for (let i = 2; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    return docx(['&lol9;', sentence(p)], `<!DOCTYPE lolz [${entities.join('')}]>`);
  });
  await plant('good/kunder.xlsx', (p) => xlsx([['Namn', 'E-post', 'Telefon', 'Personnummer'], ['Anna Exempel', p.email, p.phone, p.personnummer]]));
  await plant('good/billion-laughs.xlsx', (p) => {
    const entities = ['<!ENTITY lol "lol">', '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'];
    for (let i = 2; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    return xlsx([['Anteckning', 'Kommentar'], ['&lol9;', sentence(p)]], `<!DOCTYPE lolz [${entities.join('')}]>`);
  });
  write('good/empty.txt', '');
  write('good/empty.json', '');
  clean.push('good/empty.txt', 'good/empty.json');

  // Big files: a 50 MB line without a newline, a 30 MB base64 attachment.
  // 200,000 elements deep: the value's path is 400 KB long (the terminal table once stalled on such a field).
  await plant('good/deep.xml', (p) => `${'<a>'.repeat(200_000)}<anteckning>${sentence(p)}</anteckning>${'</a>'.repeat(200_000)}`);
  await plant('good/saved-chat.html', (p) =>
    `<!DOCTYPE html><html><head><script>var x = "<p>";</script></head><body><!-- ${'<'.repeat(10)} --><table><tr><td>${sentence(p).replace(/ /g, '&nbsp;')}</td></tr></table><div title="${'x'.repeat(100_000)}`);
  await plant('good/deep.rtf', (p) => `{\\rtf1\\ansi ${'{'.repeat(200_000)}${sentence(p)}${'}'.repeat(200_000)}}`);
  await plant('good/saved.msg', (p) => msgFile({
    subject: 'Fråga', sender: { name: 'Anna Exempel', email: p.email }, recipients: [], attachments: [], body: sentence(p),
  }));
  await plant('good/export.zip', (p) => zip([
    { name: 'crm/kunder.csv', data: Buffer.from(`Namn;E-post;Telefon;Personnummer\n${row(p)}\n`) },
    { name: 'bomb.txt', packed: zeroDeflate(1), declared: 64 * MiB },
  ]), { reason: 'too-large', partial: true, detail: /archive entry "bomb\.txt" expands more than 200 times/ });
  await plant('good/nested.zip', (p) => {
    let inner = zip([{ name: 'djupt.txt', data: Buffer.from(sentence(p)) }]);
    for (let level = 0; level < 4; level++) inner = zip([{ name: `niva-${level}.zip`, data: inner }]);
    return zip([{ name: 'kund.txt', data: Buffer.from(sentence(p)) }, { name: 'niva.zip', data: inner }]);
  }, { reason: 'limit', partial: true, detail: /archive entry "niva-\d\.zip" nested too deeply/ });
  await plant('good/long-line.txt', (p) => `${filler(25 * MiB)} ${p.email} ${filler(25 * MiB)} ${sentence(p)}`);
  await plant('good/huge-attachment.eml', (p) => {
    const rows = [`Nr;Text;E-post`];
    const body = filler(60, ';');
    for (let i = 0; rows.length * 70 < 22 * MiB; i++) rows.push(`${i};${body}`);
    rows.push(`99999;${body};${p.email}`);
    return withAttachment('Stor bilaga', `Telefon ${p.phone}, personnummer ${p.personnummer}`, 'export.csv', 'text/csv', Buffer.from(rows.join('\n')));
  });

  // Good content with a broken tail: read up to the damage, the rest reported.
  await plant('good/ragged.csv', (p) => `Namn;E-post;Telefon\nAnna;${p.email}\nBo;x;${p.phone};extra;${p.personnummer}\n;;\nCecilia;"unterminated\n`,
    { reason: 'corrupt', partial: true, detail: /CSV parse error at line \d+/ });
  await plant('good/nested-6.eml', (p) => nestedMail(6, sentence(p), 'djupt inne'),
    { reason: 'limit', partial: true, detail: /nested too deeply/ });
  await plant('good/truncated.eml', async (p) => {
    const whole = withAttachment('Avkapad', sentence(p), 'bilaga.docx', 'application/octet-stream', docx(['Bilaga', 'text '.repeat(4000)]));
    return whole.slice(0, whole.length - 2000);
  }, { reason: 'corrupt', partial: true, detail: /attachment "bilaga\.docx"/ });
  await plant('good/truncated.mbox', async (p) => {
    const first = `From support@exempel.se Mon Mar  4 10:00:00 2024\n${mail({ subject: 'Hel', body: `${sentence(p)}\n` })}\n`;
    const second = withAttachment('Avkapad bilaga', 'Se bilaga.', 'lista.docx', 'application/octet-stream', docx(['Lista', 'rad '.repeat(4000)]));
    return first + `From support@exempel.se Tue Mar  5 10:00:00 2024\n` + second.slice(0, second.length - 1500);
  }, { reason: 'corrupt', partial: true, detail: /attachment "lista\.docx"/ });
  await plant('good/truncated.ndjson', (p) => `{"email":"${p.email}"}\n{"phone":"${p.phone}","personnummer":"${p.personnummer}"}\n{"event":"cut`,
    { reason: 'corrupt', partial: true, detail: /NDJSON line 3/ });
  await plant('good/truncated.csv', (p) => `Namn;E-post;Telefon;Personnummer\n${row(p)}\nBo Exempel;"bo@exem`,
    { reason: 'corrupt', partial: true, detail: /unterminated quoted field/ });

  // Bad files: each must be listed as skipped with this reason.
  const laughs = person(900); // in files that cannot be read: never expected in findings
  bad('bad/zip-bomb.docx', zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'word/document.xml', packed: zeroDeflate(1024), declared: 1024 * MiB },
  ]), 'too-large', /zip bomb|exceeds/);
  bad('bad/zip-bomb-lying-sizes.docx', zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'word/document.xml', packed: zeroDeflate(512), declared: 4096 },
  ]), 'too-large', /beyond its declared size/);
  bad('bad/zip-bomb.xlsx', zip([
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', packed: zeroDeflate(1024), declared: 1024 * MiB },
  ]), 'too-large', /zip bomb|exceeds/);
  bad('bad/deep.json', `${'['.repeat(100_000)}"${laughs.email}"${']'.repeat(100_000)}`, 'limit', /nested deeper/, true);
  bad('bad/deep-object.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'limit', /nested deeper/, true);
  bad('bad/long-line.csv', filler(50 * MiB, ';'), 'limit', /longer than/, true);
  bad('bad/nul-bytes.txt', Buffer.concat([Buffer.from('Logg\n'), Buffer.alloc(64), Buffer.from('slut\n')]), 'binary', /NUL bytes/);
  const goodPdf = await pdf(['Trunkerad', `E-post: ${laughs.email}`]);
  bad('bad/truncated.pdf', goodPdf.subarray(0, Math.floor(goodPdf.length / 2)), 'corrupt', /PDF/);
  const goodDocx = docx(['Trunkerad', 'text '.repeat(2000)]);
  bad('bad/truncated.docx', goodDocx.subarray(0, Math.floor(goodDocx.length / 2)), 'corrupt', /ZIP|truncated/);
  bad('bad/truncated.json', '{"tickets":[{"email":"bo@exem', 'corrupt', /invalid JSON/);
  bad('bad/encrypted.pdf', await pdf(['Hemlig'], { userPassword: 'hemligt', ownerPassword: 'ägare' }), 'encrypted', /password-protected PDF/);
  bad('bad/old-word.doc', oleFile(['WordDocument', '1Table']), 'unsupported', /\.doc/);
  bad('bad/old-word-renamed.msg', oleFile(['WordDocument', '1Table']), 'corrupt', /Outlook message/);
  const goodMsg = msgFile({ subject: 'Trunkerad', sender: { name: 'Bo Exempel', email: laughs.email }, recipients: [], attachments: [], body: 'text '.repeat(2000) });
  bad('bad/truncated.msg', goodMsg.subarray(0, Math.floor(goodMsg.length / 2)), 'corrupt', /Outlook message/);
  const goodZip = zip([{ name: 'kunder.csv', data: Buffer.from(`Namn;E-post\nBo;${laughs.email}\n`) }]);
  bad('bad/truncated.zip', goodZip.subarray(0, goodZip.length - 30), 'corrupt', /end-of-central-directory/);
  bad('bad/not-rtf.rtf', 'Det här är ingen RTF-fil.', 'corrupt', /no \{\\rtf header/);
  bad('bad/old-excel.xls', oleFile(['Workbook']), 'unsupported', /\.xls/);
  bad('bad/encrypted-office.docx', oleFile(['EncryptionInfo', 'EncryptedPackage']), 'encrypted', /password-protected Office/);
  bad('bad/old-word-renamed.docx', oleFile(['WordDocument', '1Table']), 'unsupported', /old binary/);
  bad('bad/encrypted-office.xlsx', oleFile(['EncryptionInfo', 'EncryptedPackage']), 'encrypted', /password-protected Office/);
  bad('bad/old-excel-renamed.xlsx', oleFile(['Workbook']), 'unsupported', /old binary Excel/);
  const goodXlsx = xlsx([['Namn', 'Anteckning'], ...Array.from({ length: 200 }, (_, i) => [`Rad ${i}`, 'text '.repeat(20)])]);
  bad('bad/truncated.xlsx', goodXlsx.subarray(0, Math.floor(goodXlsx.length / 2)), 'corrupt', /ZIP|truncated/);
  bad('bad/text-named.pdf', 'Det här är ingen PDF, bara text.\n', 'corrupt', /no %PDF header/);
  bad('bad/photo.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'unsupported', /\.png/);

  // Not regular files, links and permissions.
  execFileSync('mkfifo', [join(root, 'special/fifo')]);
  skipped.push({ file: 'special/fifo', reason: 'not-regular', partial: false, detail: /not a regular file/ });
  await unixSocket(join(root, 'special/socket'));
  skipped.push({ file: 'special/socket', reason: 'not-regular', partial: false, detail: /not a regular file/ });
  try {
    execFileSync('mknod', [join(root, 'special/null-device'), 'c', '1', '3'], { stdio: 'ignore' });
    skipped.push({ file: 'special/null-device', reason: 'not-regular', partial: false, detail: /not a regular file/ });
  } catch {
    notes.push('no device node: mknod needs root');
  }
  symlinkSync('loop-b', join(root, 'links/loop-a'));
  symlinkSync('loop-a', join(root, 'links/loop-b'));
  skipped.push({ file: 'links/loop-a', reason: 'read-error', partial: false, detail: /loop/ });
  skipped.push({ file: 'links/loop-b', reason: 'read-error', partial: false, detail: /loop/ });
  symlinkSync('..', join(root, 'links/parent')); // a directory link back up: must not be walked again
  symlinkSync('/etc/passwd', join(root, 'links/passwd'));
  skipped.push({ file: 'links/passwd', reason: 'outside-root', partial: false, detail: /outside the scanned folder/ });
  const secret = person(901);
  writeFileSync(join(outside, 'secret.txt'), `${sentence(secret)}\n`);
  symlinkSync(outside, join(root, 'links/outside-dir'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'links/outside-file.txt'));
  skipped.push({ file: 'links/outside-dir', reason: 'outside-root', partial: false, detail: /outside the scanned folder/ });
  skipped.push({ file: 'links/outside-file.txt', reason: 'outside-root', partial: false, detail: /outside the scanned folder/ });
  symlinkSync('../good/notes.txt', join(root, 'links/inside.txt')); // inside the root: scanned once, not twice
  const unreadable = person(next++);
  write('bad/unreadable.txt', `${sentence(unreadable)}\n`);
  chmodSync(join(root, 'bad/unreadable.txt'), 0);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    good.push({ file: 'bad/unreadable.txt', values: unreadable });
    notes.push('running as root: chmod 000 does not stop reading, so bad/unreadable.txt is scanned');
  } else {
    skipped.push({ file: 'bad/unreadable.txt', reason: 'permission-denied', partial: false, detail: /permission denied/ });
  }

  return { root, outside, good, skipped, clean, forbidden: [secret], notes, timeoutFile: 'good/long-line.txt' };
}

/** A Unix socket file that outlives its server: Node unlinks the path on close, so a hard link keeps it. */
function unixSocket(path) {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(`${path}.tmp`, () => {
      linkSync(`${path}.tmp`, path);
      server.close(() => done());
    });
  });
}

// ---------------------------------------------------------------- big files for memory measurements

/** The i-th of `distinct` fabricated people, as CSV-ready fields. */
function bulkPerson(i) {
  const yymmdd = `${String(40 + (i % 60)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
  const serial = String(i % 1000).padStart(3, '0');
  const tail = String(i).padStart(7, '0');
  return {
    personnummer: `${yymmdd}-${serial}${luhnDigit(yymmdd + serial)}`,
    email: `kund.${i}@exempel.se`,
    phone: `070-${tail.slice(0, 3)} ${tail.slice(3, 5)} ${tail.slice(5, 7)}`,
  };
}

async function writeBig(path, bytes, makeRecord) {
  const { createWriteStream } = await import('node:fs');
  const stream = createWriteStream(path);
  let written = 0;
  for (let i = 0; written < bytes; ) {
    let block = '';
    while (block.length < 4 * MiB) block += makeRecord(i++);
    written += Buffer.byteLength(block);
    if (!stream.write(block)) await new Promise((done) => stream.once('drain', done));
  }
  await new Promise((done) => stream.end(done));
}

/**
 * A CSV and an mbox of about `bytes` each, full of fabricated personal data, for measuring peak memory
 * (`/usr/bin/time -v gdpr-scan scan DIR`). `distinct` people are spread over the records.
 */
export async function makeBigFiles(dir, bytes, distinct) {
  mkdirSync(dir, { recursive: true });
  const note = 'Kunden ringde om fakturan och bad om återkoppling via e-post. ';
  await writeBig(join(dir, 'big.csv'), bytes, (i) => {
    const p = bulkPerson((i * 7919) % distinct);
    // One person per row among ~500 bytes of notes: the density of a ticket export, not of a customer register.
    return `${i === 0 ? 'Id;Namn;E-post;Telefon;Personnummer;Anteckning\n' : ''}${i};Anna Exempel;${i % 4 === 0 ? p.email : ''};${i % 4 === 1 ? p.phone : ''};${i % 4 === 2 ? p.personnummer : ''};${note.repeat(7)}\n`;
  });
  await writeBig(join(dir, 'big.mbox'), bytes, (i) => {
    const p = bulkPerson((i * 7919) % distinct);
    return (
      `From ${p.email} Mon Mar  4 10:00:00 2024\nFrom: Anna Exempel <${p.email}>\nTo: kundtjanst@exempel.se\n` +
      `Subject: Ärende ${i}\nDate: Mon, 4 Mar 2024 10:00:00 +0100\nMessage-ID: <${i}@exempel.se>\n\n` +
      `Hej!\n\n${note.repeat(10)}\nMitt personnummer är ${p.personnummer} och jag nås på ${p.phone}.\n${note.repeat(30)}\nMvh Anna\n\n`
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [first, dirArg, sizeArg, distinctArg] = process.argv.slice(2);
  const dir = first === '--big' ? dirArg : first;
  if (!dir) {
    process.stderr.write('usage: make-hostile-tree.mjs DIR | --big DIR [MiB] [distinct people]\n');
    process.exitCode = 2;
  } else if (first === '--big') {
    await makeBigFiles(dir, Number(sizeArg ?? 2048) * MiB, Number(distinctArg ?? 1_000_000));
    process.stdout.write(`big.csv and big.mbox in ${dir}\n`);
  } else {
    const manifest = await makeHostileTree(dir);
    process.stdout.write(`hostile tree in ${manifest.root}: ${manifest.good.length} good files, ${manifest.skipped.length} expected skips\n`);
  }
}
