// Twelfth blind set — small writers the organisation modules share: HTML-only mail, iCalendar, vCard, access-log
// lines, quoted replies, greetings and sign-offs. Each returns { bytes, text } like seventh/formats.mjs.
import { ew, qp, b64, htmlEsc, rfcDate, fold } from './core.mjs';

/** A mail whose only body is HTML (Outlook web / marketing tools). m: from, to, subject, date, id, paras[], enc 'qp'|'b64'. */
export function htmlOnly(m) {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0 0 8px}</style></head><body>${m.paras.map((p) => `<p>${htmlEsc(p).replace(/\n/g, '<br>')}</p>`).join('\n')}</body></html>`;
  const cte = m.enc === 'b64' ? 'base64' : 'quoted-printable';
  const head = [`From: ${m.from[0] ? `${ew(m.from[0])} <${m.from[1]}>` : m.from[1]}`, `To: ${m.to.map(([n, e]) => (n ? `${ew(n)} <${e}>` : e)).join(', ')}`,
    `Subject: ${ew(m.subject).replace(/^"|"$/g, '')}`, `Date: ${m.date}`, `Message-ID: <${m.id}>`, 'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"', `Content-Transfer-Encoding: ${cte}`];
  const raw = `${head.join('\r\n')}\r\n\r\n${m.enc === 'b64' ? b64(html) : qp(html)}\r\n`;
  const text = `From: ${m.from[0] ? `${m.from[0]} <${m.from[1]}>` : m.from[1]}\nTo: ${m.to.map(([n, e]) => (n ? `${n} <${e}>` : e)).join(', ')}\nSubject: ${m.subject}\n\n${m.paras.join('\n')}`;
  return { bytes: Buffer.from(raw, 'utf8'), text, raw };
}

/** iCalendar. events: [{ uid, start (YYYYMMDDTHHMMSS), end, summary, description, location, organizer: [cn, mail], attendees: [[cn, mail]] }]. */
export function ics(events, { prodid = '-//Bokning//SE' } = {}) {
  const esc = (s) => String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodid}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']; const texts = [];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20261124T080000Z', `DTSTART;TZID=Europe/Stockholm:${e.start}`, `DTEND;TZID=Europe/Stockholm:${e.end}`,
      `SUMMARY:${esc(e.summary)}`);
    texts.push(e.summary);
    if (e.location) { lines.push(`LOCATION:${esc(e.location)}`); texts.push(e.location); }
    if (e.description) { lines.push(`DESCRIPTION:${esc(e.description)}`); texts.push(e.description); }
    if (e.organizer) { lines.push(`ORGANIZER;CN=${e.organizer[0]}:mailto:${e.organizer[1]}`); texts.push(`${e.organizer[0]} ${e.organizer[1]}`); }
    for (const [cn, mail] of e.attendees ?? []) { lines.push(`ATTENDEE;CN="${cn}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${mail}`); texts.push(`${cn} ${mail}`); }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return { bytes: Buffer.from(`${lines.map(fold).join('\r\n')}\r\n`, 'utf8'), text: texts.join('\n') };
}

/** vCard 3.0. cards: [{ first, last, org, title, tel: [[type, v]], email: [v], note }]. */
export function vcf(cards) {
  const out = []; const texts = [];
  for (const c of cards) {
    const l = ['BEGIN:VCARD', 'VERSION:3.0', `N:${c.last};${c.first};;;`, `FN:${c.first} ${c.last}`];
    texts.push(`${c.last} ${c.first}`, `${c.first} ${c.last}`);
    if (c.org) { l.push(`ORG:${c.org}`); texts.push(c.org); }
    if (c.title) { l.push(`TITLE:${c.title}`); texts.push(c.title); }
    for (const [t, v] of c.tel ?? []) { l.push(`TEL;TYPE=${t}:${v}`); texts.push(v); }
    for (const e of c.email ?? []) { l.push(`EMAIL;TYPE=INTERNET:${e}`); texts.push(e); }
    if (c.note) { l.push(`NOTE:${c.note.replace(/,/g, '\\,').replace(/\n/g, '\\n')}`); texts.push(c.note); }
    l.push('END:VCARD'); out.push(...l);
  }
  return { bytes: Buffer.from(`${out.map(fold).join('\r\n')}\r\n`, 'utf8'), text: texts.join('\n') };
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
/** Combined log format line. */
export function accessLine(rng, ip, iso, path, { status = 200, ua, user = '-' } = {}) {
  const [y, m, d] = iso.split('-');
  const agent = ua ?? rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36', 'okhttp/4.12.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15']);
  return `${ip} - ${user} [${d}/${MON[Number(m) - 1]}/${y}:${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))} +0100] "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${status} ${rng.int(120, 48000)} "-" "${agent}"`;
}
/** Quote a previous message as a mail client does. */
export const quote = (who, iso, text) => `Den ${iso} skrev ${who}:\n${text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`;
export const greet = (rng, first) => `${rng.pick(['Hej', 'Hej', 'Hejsan', 'Hallå', 'God morgon', 'Tjena'])} ${first}${rng.pick([',', '!', ''])}`;
export const signoff = (rng) => rng.pick(['Mvh', 'Med vänliga hälsningar', 'Vänligen', 'Hälsningar', 'MVH', '/', 'Tack på förhand', 'Ha det bra']);
export const mailDate = (rng, iso) => rfcDate(iso, `${p2(rng.int(7, 21))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`);
