// Eighth blind set — extra writers on top of the seventh set's formats: Outlook-saved HTML-only .eml
// (quoted-printable), HTML print-outs, iCalendar, vCard, JSON Lines. Each returns { bytes, text } (text = decoded).
import { qp, ew, htmlEsc } from '../seventh/formats.mjs';

export { csv, zip, xlsx, docx, pdf, eml, mbox, qp, ew, b64, htmlEsc, rfcDate, cp1252 } from '../seventh/formats.mjs';

/** Visible text of HTML: block ends become newlines, cells tabs, tags dropped, a few entities decoded. */
export function stripHtml(h) {
  return h.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
export const page = (title, body) => `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${htmlEsc(title)}</title>`
  + '<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:10pt} td{padding:2px 6px}</style></head>\n<body>\n' + body + '\n</body></html>\n';
export function html(title, body) { const s = page(title, body); return { bytes: Buffer.from(s, 'utf8'), text: stripHtml(s) }; }

const addr = (n, e, mode) => (n ? `${ew(n, mode)} <${e}>` : e);
/** Outlook "Save as" .eml with only an HTML body (quoted-printable). m: { from:[n,e], to:[[n,e]], cc?, subject, date, id, html } */
export function outlookEml(m) {
  const mode = m.hdrMode ?? 'Q';
  const doc = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">`
    + `<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif} --></style></head><body lang="SV" link="#0563C1">`
    + `<div class="WordSection1">${m.html}</div></body></html>`;
  const head = [`From: ${addr(m.from[0], m.from[1], mode)}`, `To: ${m.to.map(([n, e]) => addr(n, e, mode)).join(', ')}`,
    ...(m.cc?.length ? [`Cc: ${m.cc.map(([n, e]) => addr(n, e, mode)).join(', ')}`] : []),
    `Subject: ${ew(m.subject, mode).replace(/^"|"$/g, '')}`, `Thread-Topic: ${ew(m.subject, mode).replace(/^"|"$/g, '')}`,
    `Thread-Index: AdtK${m.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 18)}==`, `Date: ${m.date}`, `Message-ID: <${m.id}>`,
    'Accept-Language: sv-SE, en-US', 'Content-Language: sv-SE', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:', 'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable'];
  const raw = `${head.join('\r\n')}\r\n\r\n${qp(doc)}\r\n`;
  const dFrom = m.from[0] ? `${m.from[0]} <${m.from[1]}>` : m.from[1];
  const dTo = m.to.map(([n, e]) => (n ? `${n} <${e}>` : e)).join(', ');
  const dCc = m.cc?.length ? `Cc: ${m.cc.map(([n, e]) => (n ? `${n} <${e}>` : e)).join(', ')}\n` : '';
  return { bytes: Buffer.from(raw, 'utf8'), text: `From: ${dFrom}\nTo: ${dTo}\n${dCc}Subject: ${m.subject}\nMessage-ID: <${m.id}>\n\n${stripHtml(doc)}` };
}
export const P = (s) => `<p class="MsoNormal">${s}</p>`;

/** iCalendar; every line kept under 75 octets by the caller (no folding needed). events: [[line]] */
export function ics(events, { prodid = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' } = {}) {
  const all = ['BEGIN:VCALENDAR', `PRODID:${prodid}`, 'VERSION:2.0', 'METHOD:REQUEST', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'];
  // Fold long lines (RFC 5545) before a ';' or ':' so that no value is cut; unfolding restores the line.
  const fold = (l) => { const out = []; let rest = l;
    while (Buffer.byteLength(rest) > 75) { let i = Math.max(rest.lastIndexOf(';', 74), rest.lastIndexOf(':', 74)); if (i <= 0) throw new Error(`cannot fold: ${l}`); out.push(rest.slice(0, i)); rest = ` ${rest.slice(i)}`; }
    out.push(rest); return out.join('\r\n'); };
  const s = all.map(fold).join('\r\n') + '\r\n';
  return { bytes: Buffer.from(s, 'utf8'), text: all.join('\n').replace(/\\,/g, ',').replace(/\\n/g, '\n') };
}
/** vCard 3.0 list. cards: [[line]] */
export function vcf(cards) {
  const s = cards.map((c) => ['BEGIN:VCARD', 'VERSION:3.0', ...c, 'END:VCARD'].join('\r\n')).join('\r\n') + '\r\n';
  return { bytes: Buffer.from(s, 'utf8'), text: s };
}
export const jsonl = (objs) => { const s = objs.map((o) => JSON.stringify(o)).join('\n') + '\n'; return { bytes: Buffer.from(s, 'utf8'), text: s }; };
export const json = (obj) => { const s = `${JSON.stringify(obj, null, 2)}\n`; return { bytes: Buffer.from(s, 'utf8'), text: s }; };
export const txt = (s, { crlf = false } = {}) => { const t = crlf ? s.replace(/\r?\n/g, '\r\n') : s; return { bytes: Buffer.from(t, 'utf8'), text: t }; };
/** Puts a writer's result into the corpus. */
export const put = (C, file, r) => C.put(file, r.bytes, r.text);
