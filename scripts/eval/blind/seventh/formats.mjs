// Seventh blind set — format writers built on Node built-ins only: CSV, Windows-1252, ZIP (deflateRawSync + CRC-32),
// .xlsx (shared strings), .docx, minimal PDF (Helvetica, WinAnsi, uncompressed), MIME (.eml/.mbox).
// Every writer returns { bytes, text }: `text` is what a text extractor would read, used by the self-check.
import { deflateRawSync } from 'node:zlib';

// ---------- text helpers ----------
export const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const htmlEsc = xmlEsc;
const CP_EXTRA = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c,
  'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };
export function cp1252(s) {
  const out = [];
  for (const ch of s.normalize('NFC')) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (CP_EXTRA[ch] !== undefined) out.push(CP_EXTRA[ch]);
    else throw new Error(`not in Windows-1252: ${ch} in "${s.slice(0, 60)}"`);
  }
  return Buffer.from(out);
}

/** CSV: rows of cells; quotes when needed. opts: sep, eol, bom, enc ('utf8'|'cp1252'), quoteAll */
export function csv(rows, { sep = ',', eol = '\r\n', bom = false, enc = 'utf8', quoteAll = false } = {}) {
  const q = (v) => { const s = String(v ?? ''); return quoteAll || s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s; };
  const text = rows.map((r) => r.map(q).join(sep)).join(eol) + eol;
  const body = enc === 'cp1252' ? cp1252(text) : Buffer.from(text, 'utf8');
  return { bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body, text };
}

// ---------- ZIP ----------
const CRC_TABLE = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const DOS_TIME = (12 << 11) | (0 << 5); const DOS_DATE = ((2025 - 1980) << 9) | (6 << 5) | 30;
export function zip(entries) {
  const locals = []; const centrals = []; let offset = 0;
  for (const { name, data } of entries) {
    const raw = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
    const comp = deflateRawSync(raw, { level: 6 }); const nameB = Buffer.from(name, 'utf8'); const crc = crc32(raw);
    const lh = Buffer.alloc(30); lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(DOS_TIME, 10); lh.writeUInt16LE(DOS_DATE, 12); lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(raw.length, 22); lh.writeUInt16LE(nameB.length, 26); lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46); ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10); ch.writeUInt16LE(DOS_TIME, 12); ch.writeUInt16LE(DOS_DATE, 14); ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(raw.length, 24); ch.writeUInt16LE(nameB.length, 28); ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameB, comp); centrals.push(ch, nameB); offset += 30 + nameB.length + comp.length;
  }
  const cd = Buffer.concat(centrals); const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ---------- XLSX ----------
const colName = (i) => { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; };
/** sheets: [{ name, rows: [[cell]] }]; numbers (typeof number) become numeric cells, everything else shared strings. */
export function xlsx(sheets, { creator = 'Export' } = {}) {
  const sst = []; const idx = new Map(); const texts = [];
  const si = (s) => { if (!idx.has(s)) { idx.set(s, sst.length); sst.push(s); } return idx.get(s); };
  const sheetXml = sheets.map((sh) => {
    const rows = sh.rows.map((r, ri) => {
      texts.push(r.map((c) => (c === null || c === undefined ? '' : String(c))).join('\t'));
      const cells = r.map((c, ci) => {
        if (c === null || c === undefined || c === '') return '';
        const ref = `${colName(ci)}${ri + 1}`;
        return typeof c === 'number' ? `<c r="${ref}"><v>${c}</v></c>` : `<c r="${ref}" t="s"><v>${si(String(c))}</v></c>`;
      }).join('');
      return `<row r="${ri + 1}">${cells}</row>`;
    }).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  });
  const ns = 'http://schemas.openxmlformats.org';
  const entries = [
    { name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>` },
    { name: 'docProps/core.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="${ns}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlEsc(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T10:00:00Z</dcterms:created></cp:coreProperties>` },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlEsc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>` },
    ...sheetXml.map((x, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: x })),
  ];
  entries.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t xml:space="preserve">${xmlEsc(s)}</t></si>`).join('')}</sst>` });
  return { bytes: zip(entries), text: `${creator}\n${texts.join('\n')}` };
}

// ---------- DOCX ----------
/** blocks: strings (paragraphs), { runs: [str] } (one paragraph split into runs), { table: [[cell]] }, { h: str } */
export function docx(blocks, { creator = 'Handläggare' } = {}) {
  const texts = [];
  const run = (t, b) => `<w:r>${b ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r>`;
  const para = (runs, bold) => `<w:p>${runs.map((r) => run(r, bold)).join('')}</w:p>`;
  const body = blocks.map((b) => {
    if (typeof b === 'string') { texts.push(b); return para([b]); }
    if (b.h) { texts.push(b.h); return para([b.h], true); }
    if (b.runs) { texts.push(b.runs.join('')); return para(b.runs); }
    if (b.table) {
      return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${b.table.map((r) => { texts.push(r.join('\t')); return `<w:tr>${r.map((c) => `<w:tc>${para([String(c)])}</w:tc>`).join('')}</w:tr>`; }).join('')}</w:tbl>`;
    }
    throw new Error('bad block');
  }).join('');
  const ns = 'http://schemas.openxmlformats.org';
  const entries = [
    { name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>` },
    { name: 'docProps/core.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="${ns}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlEsc(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T10:00:00Z</dcterms:created></cp:coreProperties>` },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${ns}/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>` },
  ];
  return { bytes: zip(entries), text: `${creator}\n${texts.join('\n')}` };
}

// ---------- PDF ----------
const pdfStr = (s) => cp1252(s).toString('latin1').replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
/** pages: [[line]]; a line is a string or { text, size, x }. One Tj per line, so values never split. */
export function pdf(pages, { title = 'Dokument' } = {}) {
  const objs = []; const texts = [];
  const add = (s) => { objs.push(s); return objs.length; };
  const catalog = add(null); const pagesId = add(null); const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const info = add(`<< /Title (${pdfStr(title)}) /Producer (seventh-pdf) /CreationDate (D:20250630100000Z) >>`);
  const kids = [];
  for (const lines of pages) {
    let y = 800; const ops = [];
    for (const l of lines) {
      const o = typeof l === 'string' ? { text: l } : l;
      const size = o.size ?? 10; y -= size + 4;
      if (o.text !== '') ops.push(`BT /${o.bold ? 'F2' : 'F1'} ${size} Tf ${o.x ?? 50} ${y} Td (${pdfStr(o.text)}) Tj ET`);
      texts.push(o.text);
    }
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objs[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'; const offs = [];
  objs.forEach((o, i) => { offs.push(Buffer.byteLength(out, 'latin1')); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { bytes: Buffer.from(out, 'latin1'), text: texts.join('\n') };
}

// ---------- MIME ----------
export function qp(s) {
  const bytes = Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'utf8'); const lines = []; let line = '';
  const push = (tok) => { if (line.length + tok.length > 75) { lines.push(`${line}=`); line = ''; } line += tok; };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0d && bytes[i + 1] === 0x0a) { lines.push(line); line = ''; i++; continue; }
    const next = bytes[i + 1];
    if ((b === 0x20 || b === 0x09) && (next === 0x0d || next === undefined)) push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20) push(String.fromCharCode(b));
    else push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  lines.push(line);
  return lines.join('\r\n');
}
export const b64 = (buf) => (Buffer.isBuffer(buf) ? buf : Buffer.from(buf, 'utf8')).toString('base64').replace(/.{76}/g, '$&\r\n');
/** Encoded-word for a header phrase when it has non-ASCII characters. */
export function ew(s, mode = 'Q') {
  if (/^[\x20-\x7e]*$/.test(s)) return /[,.;:"]/.test(s) ? `"${s}"` : s;
  if (mode === 'B') return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
  const enc = [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x21 && b <= 0x7e && ![0x3d, 0x3f, 0x5f, 0x22, 0x2c].includes(b) ? String.fromCharCode(b) : b === 0x20 ? '_' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `=?UTF-8?Q?${enc}?=`;
}
const addr = (name, email) => (name ? `${name} <${email}>` : email);
/**
 * One message. m: { from: [name, email], to: [[name, email]], cc?, subject, date, id, text, html?, enc ('qp'|'b64'|'8bit'),
 * hdrMode ('Q'|'B'), attachments: [{ name, type, data (string|Buffer), text (decoded) }], extraHeaders: [str] }
 */
export function message(m) {
  const mode = m.hdrMode ?? 'Q'; const enc = m.enc ?? 'qp';
  const hFrom = addr(m.from[0] ? ew(m.from[0], mode) : '', m.from[1]);
  const hTo = m.to.map(([n, e]) => addr(n ? ew(n, mode) : '', e)).join(', ');
  const dFrom = addr(m.from[0], m.from[1]); const dTo = m.to.map(([n, e]) => addr(n, e)).join(', ');
  const head = [`From: ${hFrom}`, `To: ${hTo}`];
  const dhead = [`From: ${dFrom}`, `To: ${dTo}`];
  if (m.cc?.length) { head.push(`Cc: ${m.cc.map(([n, e]) => addr(n ? ew(n, mode) : '', e)).join(', ')}`); dhead.push(`Cc: ${m.cc.map(([n, e]) => addr(n, e)).join(', ')}`); }
  head.push(`Subject: ${ew(m.subject, mode).replace(/^"|"$/g, '')}`, `Date: ${m.date}`, `Message-ID: <${m.id}>`, 'MIME-Version: 1.0', ...(m.extraHeaders ?? []));
  dhead.push(`Subject: ${m.subject}`, `Date: ${m.date}`);
  const cte = enc === 'qp' ? 'quoted-printable' : enc === 'b64' ? 'base64' : '8bit';
  const encode = (s) => (enc === 'qp' ? qp(s) : enc === 'b64' ? b64(s) : s.replace(/\r?\n/g, '\r\n'));
  const textPart = [`Content-Type: text/plain; charset=utf-8`, `Content-Transfer-Encoding: ${cte}`, '', encode(m.text)].join('\r\n');
  let body; const texts = [m.text];
  const bnd = `=_seventh_${m.id.replace(/[^a-z0-9]/gi, '').slice(0, 16)}`;
  let main = textPart; let mainType = null;
  if (m.html) {
    main = [`Content-Type: multipart/alternative; boundary="${bnd}alt"`, '', `--${bnd}alt`, textPart, `--${bnd}alt`,
      'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(m.html), `--${bnd}alt--`, ''].join('\r\n');
    mainType = 'alt';
    texts.push(m.htmlText ?? '');
  }
  if (m.attachments?.length) {
    const parts = m.attachments.map((a) => { texts.push(a.text ?? a.data.toString()); return [`Content-Type: ${a.type}; name="${a.name}"`, `Content-Disposition: attachment; filename="${a.name}"`, 'Content-Transfer-Encoding: base64', '', b64(a.data)].join('\r\n'); });
    body = [`Content-Type: multipart/mixed; boundary="${bnd}mix"`, '', 'This is a multi-part message in MIME format.', '', `--${bnd}mix`, main,
      ...parts.flatMap((p) => [`--${bnd}mix`, p]), `--${bnd}mix--`, ''].join('\r\n');
  } else body = mainType ? main : textPart;
  const raw = `${head.join('\r\n')}\r\n${body}\r\n`;
  return { raw, text: `${dhead.join('\n')}\n\n${texts.join('\n')}` };
}
export function eml(m) { const r = message(m); return { bytes: Buffer.from(r.raw, 'utf8'), text: r.text }; }
export function mbox(msgs) {
  const parts = msgs.map((m) => { const r = message(m); const esc = r.raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1'); return { raw: `From ${m.from[1]} ${m.mboxDate ?? 'Mon Jun 30 10:00:00 2025'}\n${esc}\n`, text: r.text }; });
  return { bytes: Buffer.from(parts.map((p) => p.raw).join(''), 'utf8'), text: parts.map((p) => p.text).join('\n\n') };
}
/** RFC 2822 date from an ISO date + time, fixed +0200 offset (no Date locale involvement). */
export function rfcDate(iso, time = '10:00:00') {
  const [y, mo, d] = iso.split('-').map(Number);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const mn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1];
  return `${wd}, ${d} ${mn} ${y} ${time} +0200`;
}
