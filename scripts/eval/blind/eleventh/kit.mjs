// Eleventh blind set — format extras on top of seventh/formats.mjs, Node built-ins only: single-part mail in any
// charset / transfer encoding (HTML-only and ISO-8859-1 mail), mbox from raw messages, iCalendar and vCard with line
// folding (vCard 2.1 with quoted-printable too), JSON with \u escapes, UTF-16LE text, HTML with entities.
// Every writer returns { bytes, text } or { raw, text }: `text` is what a decoder reads, used by the self-check.
import { message, qp, b64, ew } from '../seventh/formats.mjs';

// ---------- HTML ----------
const NAMED = { å: 'aring', ä: 'auml', ö: 'ouml', Å: 'Aring', Ä: 'Auml', Ö: 'Ouml', é: 'eacute', ü: 'uuml', è: 'egrave', ø: 'oslash', æ: 'aelig' };
/** HTML-escapes and writes non-ASCII letters as entities (named for Swedish letters, numeric for the rest). */
export const ent = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/[^\x00-\x7f]/gu, (c) => (NAMED[c] ? `&${NAMED[c]};` : `&#${c.codePointAt(0)};`));
/** paragraphs: [[line]] → { html, text }: one <p> per paragraph, <br> between lines; text = lines joined by \n. */
export function htmlDoc(paragraphs, { title = '', style = 'font-family:Calibri,Arial' } = {}) {
  const body = paragraphs.map((p) => `<p style="margin:0 0 10px 0">${p.map(ent).join('<br>\r\n')}</p>`).join('\r\n');
  const html = `<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>${ent(title)}</title></head>\r\n<body style="${style}">\r\n${body}\r\n</body></html>\r\n`;
  return { html, text: paragraphs.map((p) => p.join('\n')).join('\n\n') };
}

// ---------- mail ----------
const addr = (n, e) => (n ? `${n} <${e}>` : e);
/** Quoted-printable over arbitrary bytes (for ISO-8859-1 bodies). */
function qpBytes(buf) {
  const out = []; let line = '';
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0a) { out.push(line); line = ''; continue; }
    if (b === 0x0d) continue;
    const tok = (b >= 33 && b <= 126 && b !== 61) || (b === 0x20 && buf[i + 1] !== 0x0a && i + 1 < buf.length) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + tok.length > 75) { out.push(`${line}=`); line = ''; }
    line += tok;
  }
  out.push(line);
  return out.join('\r\n');
}
/**
 * Single-part message. m: { from: [name, email], to: [[name, email]], cc?, subject, date, id, body (plain text, or
 * { html, text } for HTML-only), charset ('utf-8'|'iso-8859-1'), enc ('qp'|'b64'|'8bit'), hdrMode ('Q'|'B'), extra: [hdr] }
 */
export function single(m) {
  const mode = m.hdrMode ?? 'Q'; const cs = m.charset ?? 'utf-8'; const enc = m.enc ?? 'qp';
  const isHtml = typeof m.body === 'object';
  const src = isHtml ? m.body.html : m.body; const plain = isHtml ? m.body.text : m.body;
  if (cs !== 'utf-8' && /[^\x00-\xff]/.test(src)) throw new Error(`not ISO-8859-1: ${m.subject}`);
  const bytes = cs === 'utf-8' ? Buffer.from(src.replace(/\r?\n/g, '\n'), 'utf8') : Buffer.from(src.replace(/\r?\n/g, '\n'), 'latin1');
  const encoded = enc === 'qp' ? (cs === 'utf-8' ? qp(src) : qpBytes(bytes)) : enc === 'b64' ? b64(bytes) : bytes.toString(cs === 'utf-8' ? 'utf8' : 'latin1').replace(/\n/g, '\r\n');
  const hl = (list) => list.map(([n, e]) => addr(n ? ew(n, mode) : '', e)).join(', ');
  const dl = (list) => list.map(([n, e]) => addr(n, e)).join(', ');
  const head = [`From: ${hl([m.from])}`, `To: ${hl(m.to)}`, ...(m.cc?.length ? [`Cc: ${hl(m.cc)}`] : []), `Subject: ${ew(m.subject, mode).replace(/^"|"$/g, '')}`,
    `Date: ${m.date}`, `Message-ID: <${m.id}>`, ...(m.extra ?? []), 'MIME-Version: 1.0',
    `Content-Type: text/${isHtml ? 'html' : 'plain'}; charset=${cs}`, `Content-Transfer-Encoding: ${enc === 'qp' ? 'quoted-printable' : enc === 'b64' ? 'base64' : '8bit'}`];
  const dhead = [`From: ${dl([m.from])}`, `To: ${dl(m.to)}`, ...(m.cc?.length ? [`Cc: ${dl(m.cc)}`] : []), `Subject: ${m.subject}`, `Date: ${m.date}`, `Message-ID: <${m.id}>`, ...(m.extra ?? [])];
  const raw = `${head.join('\r\n')}\r\n\r\n${encoded}\r\n`;
  return { raw, text: `${dhead.join('\n')}\n\n${plain}`, from: m.from[1], latin1: cs !== 'utf-8' };
}
/** Multipart via seventh's message(); the Message-ID is added to the decoded text (it is in the raw header). */
export function multi(m) { const r = message(m); return { raw: r.raw, text: `${r.text}\nMessage-ID: <${m.id}>`, from: m.from[1] }; }
export const emlOf = (r) => ({ bytes: r.latin1 ? Buffer.from(r.raw, 'latin1') : Buffer.from(r.raw, 'utf8'), text: r.text });
/** mbox (mboxrd quoting of From_ lines) from single()/multi() results. */
export function mboxOf(list, stamps) {
  const parts = list.map((r, i) => {
    const body = r.raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
    return Buffer.concat([Buffer.from(`From ${r.from} ${stamps?.[i] ?? 'Tue Nov 24 09:12:00 2026'}\n`), r.latin1 ? Buffer.from(body, 'latin1') : Buffer.from(body, 'utf8'), Buffer.from('\n')]);
  });
  return { bytes: Buffer.concat(parts), text: list.map((r) => r.text).join('\n\n') };
}
/** The date of an mbox From_ line for an ISO date: `Tue Nov 24 09:12:00 2026`. */
export function stamp(iso, time = '09:12:00') {
  const [y, mo, d] = iso.split('-').map(Number);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${wd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} ${String(d).padStart(2, ' ')} ${time} ${y}`;
}
/** Quoted reply block: every line prefixed with `> ` (or `>` for empty lines). */
export const quote = (s, depth = 1) => s.split('\n').map((l) => `${'>'.repeat(depth)}${l ? ' ' : ''}${l}`).join('\n');

// ---------- iCalendar / vCard ----------
/** Folds a content line at 75 octets without splitting a UTF-8 sequence. */
export function fold(line) {
  const out = []; let cur = ''; let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) { out.push(cur); cur = ''; bytes = 0; }
    cur += ch; bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}
const icsEsc = (s) => String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
/** props: [[name(with params), value, escape?]] per component; returns { bytes, text } with text unfolded and unescaped. */
export function contentLines(blocks) {
  const raw = []; const txt = [];
  for (const [name, value, esc = true] of blocks) {
    raw.push(fold(`${name}:${esc ? icsEsc(value) : value}`));
    txt.push(`${name}:${value}`);
  }
  return { bytes: Buffer.from(`${raw.join('\r\n')}\r\n`, 'utf8'), text: txt.join('\n') };
}
/** vCard 2.1 property with quoted-printable UTF-8 (old phone / Outlook exports): raw line and decoded text. */
export function vc21(name, value) {
  const enc = [...Buffer.from(value, 'utf8')].map((b) => (b > 0x20 && b < 0x7f && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  const lines = []; let cur = '';
  for (const tok of enc.match(/=[0-9A-F]{2}|./g) ?? []) { if (cur.length + tok.length > 72) { lines.push(`${cur}=`); cur = ''; } cur += tok; }
  lines.push(cur);
  return { raw: `${name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${lines.join('\r\n')}`, text: `${name}:${value}` };
}

// ---------- JSON / XML / UTF-16 ----------
/** JSON with every non-ASCII character as \uXXXX (Python's json.dumps default); text = the same JSON unescaped. */
export function jsonAscii(obj, indent = 2) {
  const text = JSON.stringify(obj, null, indent);
  const raw = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\//g, '\\/');
  return { bytes: Buffer.from(`${raw}\n`, 'utf8'), text };
}
/** XML escaping that writes non-ASCII as numeric character references (an ASCII-only exporter). */
export const xmlNum = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  .replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
/** Decodes the five XML entities and numeric references (the text a parser reads; tags left in place). */
export const xmlDecode = (s) => s.replace(/&#(\d+);/g, (m, d) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (m, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
export const utf16 = (text) => ({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text });
export const utf8 = (text, bom = false) => ({ bytes: Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]), text });
