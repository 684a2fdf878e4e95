// Ninth blind set — format writers the seventh set lacks: gzip, tar.gz, UTF-16LE CSV, HTML (with its visible text),
// iCalendar, vCard, WhatsApp / SMS Backup & Restore / Messenger / Slack exports, JSON Lines.
// Every writer returns { bytes, text }; `text` is what a reader would decode (used by the self-check only).
import { gzipSync } from 'node:zlib';
import { csv as csv7, xmlEsc } from '../seventh/formats.mjs';

export { csv7, xmlEsc };
const gz = (buf) => gzipSync(buf, { level: 9 }); // mtime 0, fixed OS byte: deterministic

export function gzipText(text) { return { bytes: gz(Buffer.from(text, 'utf8')), text }; }

/** ustar archive, gzipped; entries [{ name, data (string) }]; text = the entries' contents. */
export function tarGz(entries) {
  const blocks = [];
  for (const { name, data } of entries) {
    const body = Buffer.from(data, 'utf8'); const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8'); h.write('0000644\0', 100); h.write('0001750\0', 108); h.write('0001750\0', 116);
    h.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124); h.write(`${(1732000000).toString(8).padStart(11, '0')}\0`, 136);
    h.write('        ', 148); h.write('0', 156); h.write('ustar\0', 257); h.write('00', 263); h.write('kansli', 265); h.write('kansli', 297);
    let sum = 0; for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return { bytes: gz(Buffer.concat(blocks)), text: entries.map((e) => e.data).join('\n') };
}

/** CSV in UTF-16LE with BOM (Excel "Unicode text"). */
export function csv16(rows, opts = {}) {
  const r = csv7(rows, { ...opts, enc: 'utf8' });
  return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(r.text, 'utf16le')]), text: r.text };
}
export const csv = csv7;

const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const unEnt = (s) => s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENT[e] ?? m));
/** Visible text of an HTML page (tags → line breaks, entities decoded). */
export const htmlText = (html) => unEnt(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n').replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' '));
export function html(page) { return { bytes: Buffer.from(page, 'utf8'), text: `${page}\n${htmlText(page)}` }; }

export function ics(events, { prodid = '-//Kansli//Kalender 3.2//SV' } = {}) {
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodid}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    L.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${e.stamp}`, `DTSTART:${e.start}`, `DTEND:${e.end}`, `SUMMARY:${e.summary}`);
    if (e.location) L.push(`LOCATION:${e.location}`);
    if (e.organizer) L.push(`ORGANIZER;CN=${e.organizer[0]}:mailto:${e.organizer[1]}`);
    for (const [n, m] of e.attendees ?? []) L.push(`ATTENDEE;CN=${n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${m}`);
    if (e.description) L.push(`DESCRIPTION:${e.description.replace(/\n/g, '\\n')}`);
    L.push('END:VEVENT');
  }
  L.push('END:VCALENDAR');
  const text = `${L.join('\r\n')}\r\n`;
  return { bytes: Buffer.from(text, 'utf8'), text: `${text}\n${events.map((e) => e.description ?? '').join('\n')}` };
}

/** vCard 3.0; cards: [{ fn, n: [last, first], tel: [[type, value]], email: [v], org, note, adr }] */
export function vcf(cards) {
  const text = cards.map((c) => ['BEGIN:VCARD', 'VERSION:3.0', `N:${c.n[0]};${c.n[1]};;;`, `FN:${c.fn}`, ...(c.org ? [`ORG:${c.org}`] : []),
    ...(c.tel ?? []).map(([t, v]) => `TEL;TYPE=${t}:${v}`), ...(c.email ?? []).map((e) => `EMAIL;TYPE=INTERNET:${e}`),
    ...(c.adr ? [`ADR;TYPE=HOME:;;${c.adr}`] : []), ...(c.note ? [`NOTE:${c.note}`] : []), 'END:VCARD'].join('\r\n')).join('\r\n') + '\r\n';
  return { bytes: Buffer.from(text, 'utf8'), text };
}

/** WhatsApp "Export chat" .txt: style 'ios' `[2024-03-05 14:22:11] Name: msg` or 'android' `2024-03-05 14:22 - Name: msg`. */
export function whatsapp(lines, style = 'ios') {
  const text = lines.map(([ts, who, msg]) => (style === 'ios' ? `[${ts}] ${who}: ${msg}` : `${ts.slice(0, 16)} - ${who}: ${msg}`)).join('\n') + '\n';
  return { bytes: Buffer.from(text, 'utf8'), text };
}

/** Android SMS Backup & Restore XML. msgs: [{ address, name, body, date (ms), type }] */
export function smsXml(msgs) {
  const rows = msgs.map((m) => `  <sms protocol="0" address="${xmlEsc(m.address)}" date="${m.date}" type="${m.type}" subject="null" body="${xmlEsc(m.body).replace(/\n/g, '&#10;')}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${m.date - 2000}" sub_id="1" readable_date="${m.readable}" contact_name="${xmlEsc(m.name)}" />`);
  const raw = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.20.002 on 24/11/2026 09:12:40-->\n<smses count="${msgs.length}" backup_set="b6c1f2e0-5d1a-4f7e-9a3c-2f4d8e1b7c90" backup_date="1795511560000" type="full">\n${rows.join('\n')}\n</smses>\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: `${raw}\n${msgs.map((m) => `${m.name}\n${m.body}`).join('\n')}` };
}

/** Facebook "Download your information" JSON: every UTF-8 byte written as \u00XX, so a JSON parser yields mojibake. */
export function messengerJson(obj) {
  const moj = (s) => Buffer.from(s, 'utf8').toString('latin1');
  const strings = [];
  const walk = (v) => (typeof v === 'string' ? (strings.push(moj(v)), moj(v)) : Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v);
  const raw = JSON.stringify(walk(obj), null, 2).replace(/[\u0080-\u00ff]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  return { bytes: Buffer.from(raw, 'utf8'), text: `${raw}\n${strings.join('\n')}` };
}
export function json(obj, indent = 2) { const raw = JSON.stringify(obj, null, indent); return { bytes: Buffer.from(`${raw}\n`, 'utf8'), text: raw }; }
export function jsonl(objs) { const raw = objs.map((o) => JSON.stringify(o)).join('\n') + '\n'; return { bytes: Buffer.from(raw, 'utf8'), text: raw }; }
export function txt(s) { return { bytes: Buffer.from(s, 'utf8'), text: s }; }

/** HTML-only mail (no text/plain part), optional attachments [{ name, type, data, text }]. */
import { ew, b64, qp } from '../seventh/formats.mjs';
export function htmlMail(m) {
  const a = (x) => (x[0] ? `${ew(x[0], m.hdrMode ?? 'B')} <${x[1]}>` : x[1]); const d = (x) => (x[0] ? `${x[0]} <${x[1]}>` : x[1]);
  const head = [`From: ${a(m.from)}`, `To: ${m.to.map(a).join(', ')}`, `Subject: ${ew(m.subject, 'Q').replace(/^"|"$/g, '')}`, `Date: ${m.date}`, `Message-ID: <${m.id}>`, 'MIME-Version: 1.0', 'X-Mailer: Microsoft Outlook 16.0'];
  const enc = m.enc ?? 'b64';
  const htmlPart = ['Content-Type: text/html; charset="utf-8"', `Content-Transfer-Encoding: ${enc === 'qp' ? 'quoted-printable' : 'base64'}`, '', enc === 'qp' ? qp(m.html) : b64(m.html)].join('\r\n');
  let body = htmlPart; const texts = [htmlText(m.html)];
  if (m.attachments?.length) {
    const bnd = `----=_NextPart_${m.id.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`;
    body = [`Content-Type: multipart/mixed; boundary="${bnd}"`, '', `--${bnd}`, htmlPart,
      ...m.attachments.flatMap((x) => { texts.push(x.text ?? String(x.data)); return [`--${bnd}`, [`Content-Type: ${x.type}; name="${x.name}"`, `Content-Disposition: attachment; filename="${x.name}"`, 'Content-Transfer-Encoding: base64', '', b64(x.data)].join('\r\n')]; }), `--${bnd}--`, ''].join('\r\n');
  }
  const raw = `${head.join('\r\n')}\r\n${body}\r\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: [`From: ${d(m.from)}`, `To: ${m.to.map(d).join(', ')}`, `Subject: ${m.subject}`, '', ...texts].join('\n') };
}
