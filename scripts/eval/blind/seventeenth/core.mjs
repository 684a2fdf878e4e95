// Seventeenth blind set — core: own seed and today, the seventh set's Rng under this seed, people from
// seventeenth/names.mjs, value makers that return { value, subtype }, the organisations' own numbers (near-misses),
// the look-alike identifiers of this set's themes (vehicle registrations, travel-card numbers, MAC addresses,
// barcodes, seat ids, property designations, bin and meter numbers, police report numbers) and the writers the seventh
// set lacks (HTML-only mail, folded .ics/.vcf, paged PDF, HTML → text). Recorder, personnummer / phone / e-mail / IP
// makers come from seventh/lib.mjs, file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr } from '../seventh/lib.mjs';
import { isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, amount, CITIES } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, LONE, LOOKALIKE } from './names.mjs';

export { Corpus } from '../seventh/lib.mjs';
export { svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, amount, CITIES, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, cp1252ok, ascii, hasPnrShape };
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, LOOKALIKE };

export const SEED = 'gdpr-scan/blind/seventeenth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, cp1252 = false, middle = 0.1 } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts).normalize('NFC'); const last = rng.pick(pool.lasts).normalize('NFC');
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** n distinct people; within one list no given or family name repeats while that is possible. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const out = []; let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (guard < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (out.some((q) => q.full === p.full || q.short === p.short)) continue;
    firsts.add(p.first); lasts.add(p.last); out.push(p);
  }
  return out;
}
/** A relative: same family name, other given name. */
export const kin = (rng, p, opts = {}) => { for (;;) { const q = person(rng, { origin: p.origin, middle: 0, ...opts }); if (q.first !== p.first) return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}` }; } };

/** How a name is written → { value, subtype }. */
export function nameAs(p, style) {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'surname-first': return { value: `${p.last}, ${p.given}`, subtype: 'surname-first' };
    case 'surname-first-caps': return { value: `${p.last}, ${p.given}`.toUpperCase(), subtype: 'surname-first-caps' };
    case 'surname-first-nocomma': return { value: `${p.last} ${p.given}`, subtype: 'surname-first-nocomma' };
    case 'short': return { value: p.short, subtype: 'full' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng, w = [['full', 72], ['caps', 7], ['lower', 5], ['surname-first', 12], ['surname-first-caps', 4]]) => rng.weighted(w);
/** Records a name written in `style` and returns the written value. */
export const N = (R, p, style = 'full', sub) => { const v = nameAs(p, style); return R.t('name', v.value, sub ?? v.subtype); };

/** Personnummer { value, subtype }. old: born 1914–1925 (with `+` or the century). */
export function pnr(rng, { old = false, samord = false, minYear = 1938, maxYear = 2008, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1914, maxYear: 1925, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
}
export const PNR = (R, rng, opts) => { const v = pnr(rng, opts); return R.t('personnummer', v.value, v.subtype); };
/** Phone { value, subtype }. kind mobile | landline | foreign; styles add slash, dots and gateway `46…`. */
export function phone(rng, kind = rng.chance(0.78) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign' };
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 5], ['dots', 3], ['slash-compact', 2]]);
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = `0${ph.area}/${g(sizes, ' ')}`;
  else if (st === 'slash-compact') v = `0${ph.area}/${s}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(st);
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
export const PH = (R, rng, kind, style) => { const v = phone(rng, kind, style); return R.t('phone', v.value, v.subtype); };
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'bredband2.com', 'tele2.se', 'proton.me', 'hotmail.se', 'msn.com'];
export const email = (rng, p, domain) => ({ value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' });
export const EM = (R, rng, p, domain) => { const v = email(rng, p, domain); return R.t('email', v.value, v.subtype); };
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);

// ---------- dates and numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-07', to = '2026-11-23') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m} ${y}`; };
export const hhmm = (rng) => `${p2(rng.int(6, 22))}:${p2(rng.int(0, 59))}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const ocr = (rng, n = rng.int(9, 15)) => { for (;;) { const b = num(rng, n - 1); const s = `${b}${luhn(b.length % 2 ? `0${b}` : b)}`; if (!hasPnrShape(s)) return s; } };
const AZ = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
/** Swedish vehicle registration: `ABC 123`, `ABC123`, `ABC 12D`, `ABC12D`. */
export const regnr = (rng) => { const l = letters(rng, 3).replace(/[IQV]/g, 'K'); const tail = rng.chance(0.35) ? `${rng.digits(2)}${letters(rng, 1).replace(/[IOQV]/g, 'A')}` : rng.digits(3); return rng.chance(0.55) ? `${l} ${tail}` : `${l}${tail}`; };
/** A card number with a Luhn check, 16 or 19 digits, grouped or not. */
export const cardNo = (rng, { grouped = rng.chance(0.5), len = rng.pick([16, 16, 19]) } = {}) => safe(() => { const b = `${rng.pick(['9752', '6390', '3084'])}${rng.digits(len - 5)}`; let s = 0; for (let i = 0; i < b.length; i++) { let d = Number(b[b.length - 1 - i]) * (i % 2 === 0 ? 2 : 1); if (d > 9) d -= 9; s += d; } const v = `${b}${(10 - (s % 10)) % 10}`; return grouped ? v.replace(/(\d{4})(?=\d)/g, '$1 ') : v; });
export const mac = (rng, sep = rng.pick([':', ':', '-', '.'])) => { const h = () => rng.int(0, 255).toString(16).padStart(2, '0'); const b = [rng.pick(['00', '3c', 'a4', 'dc', 'f0', '58', 'b8']), h(), h(), h(), h(), h()]; return sep === '.' ? `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}` : b.join(sep).toUpperCase(); };
export const ean13 = (rng) => { for (;;) { const b = `73${rng.digits(10)}`; let s = 0; for (let i = 0; i < 12; i++) s += Number(b[i]) * (i % 2 ? 3 : 1); const v = `${b}${(10 - (s % 10)) % 10}`; if (!hasPnrShape(v)) return v; } };
export const policeNo = (rng, yy = '26') => rng.pick([() => `5000-K${num(rng, rng.pick([6, 7]))}-${yy}`, () => `K${num(rng, 6)}-${yy}`, () => `${rng.pick(['4000', '5000', '5800', '2000'])}-K${num(rng, 6)}-${yy}`])();
export const imei = (rng) => { for (;;) { const b = `35${rng.digits(12)}`; let s = 0; for (let i = 0; i < 14; i++) { let d = Number(b[i]) * (i % 2 ? 2 : 1); if (d > 9) d -= 9; s += d; } const v = `${b}${(10 - (s % 10)) % 10}`; if (!hasPnrShape(v)) return v; } };
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2043', '2a00:801', '2a01:2b0', '2001:9b1', '2c0f:f4c0', '2a03:1b20'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A customer's or third party's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 13], ['priv', 7]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const IP = (R, rng, w, sub) => { const v = ipVal(rng, w); return R.t('ip', v.value, sub ?? v.subtype); };

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['kundservice', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : area.length === 2 ? `0${area}-${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 0`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.17', '212.247', '91.207', '185.86', '193.10'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.59', '81.170', '213.88'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: roles.map((r) => `${r}@${domain}`) };
}
export function footer(R, o, parts = ['orgnr', 'bg', 'switchboard', 'service']) {
  const L = { orgnr: ['Org.nr', 'organisationsnummer', 'personnummer'], bg: ['Bankgiro', 'bankgiro', null], pg: ['Plusgiro', 'plusgiro', null], iban: ['IBAN', 'iban', null],
    switchboard: ['Växel', 'switchboard', 'phone'], service: ['Kundtjänst', 'service-line', 'phone'] };
  return `${o.name} | ${parts.map((k) => `${L[k][0]} ${R.n(L[k][2], L[k][1], o[k])}`).join(' | ')}`;
}
export const role = (R, o, i = 0) => R.n('email', 'role-email', o.roles[i]);
export const server = (R, o, i = 0) => R.n('ip', 'server-ip', o.servers[i]);

/** Near-miss helpers bound to one file. */
export function nears(R, rng) {
  return {
    badLuhn: () => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn')),
    badDate: () => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date')),
    masked: () => { const p = pnr(rng).value.replace(/-/g, ''); const d = p.length === 12 ? p.slice(0, 8) : p.slice(0, 6); return R.n('personnummer', 'masked-pnr', rng.pick([`${d}-XXXX`, `${d}-****`, `${d}-xxxx`])); },
    orgnr: () => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng)),
    service: () => R.n('phone', 'service-line', serviceLine(rng)),
    docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
    date: (v) => R.n(null, 'date', v),
    amount: (v) => R.n(null, 'amount', v),
    id: (kind, v, cat = null) => R.n(cat, kind, v),
    lone: (v) => R.n('name', 'lone-first-name', v),
    look: (kind, v) => R.n('name', kind, v),
    lower: (v) => R.n('name', 'lower-words', v),
    role: (v) => R.n('email', 'role-email', v),
    reg: () => R.n(null, 'vehicle-reg', regnr(rng)),
    mac: () => R.n(null, 'mac-address', mac(rng)),
    police: () => R.n(null, 'police-report-no', policeNo(rng)),
  };
}

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table|ul)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&aring;/g, 'å').replace(/&auml;/g, 'ä').replace(/&ouml;/g, 'ö').replace(/&Aring;/g, 'Å').replace(/&Auml;/g, 'Ä').replace(/&Ouml;/g, 'Ö').replace(/&eacute;/g, 'é').replace(/&amp;/g, '&');
}
/** Encodes å ä ö é as named entities (as older CMSes write them). */
export const entities = (s) => s.replace(/å/g, '&aring;').replace(/ä/g, '&auml;').replace(/ö/g, '&ouml;').replace(/Å/g, '&Aring;').replace(/Ä/g, '&Auml;').replace(/Ö/g, '&Ouml;').replace(/é/g, '&eacute;');
export const pdfLines = (lines, { per = 52, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages, { title }); };
/** RFC 5545/6350 folding at 75 octets; text = unfolded lines. */
export function folded(lines) {
  const out = [];
  for (const line of lines) {
    let rest = line; let first = true;
    while (Buffer.byteLength(rest, 'utf8') > (first ? 75 : 74)) {
      let cut = first ? 75 : 74; while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > (first ? 75 : 74)) cut--;
      out.push((first ? '' : ' ') + rest.slice(0, cut)); rest = rest.slice(cut); first = false;
    }
    out.push((first ? '' : ' ') + rest);
  }
  return { bytes: Buffer.from(`${out.join('\r\n')}\r\n`, 'utf8'), text: lines.join('\n') };
}
/** A message with only an HTML body. */
export function htmlEml({ from, to, cc = [], subject, date, id, html, enc = 'b64', hdrMode = 'Q', extra = [] }) {
  const a = ([n, e], enc2) => (n ? `${enc2 ? ew(n, hdrMode) : n} <${e}>` : e);
  const head = [`From: ${a(from, 1)}`, `To: ${to.map((x) => a(x, 1)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x, 1)).join(', ')}`] : []),
    `Subject: ${ew(subject, hdrMode).replace(/^"|"$/g, '')}`, `Date: ${date}`, `Message-ID: <${id}>`, 'MIME-Version: 1.0', ...extra,
    'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${enc === 'b64' ? 'base64' : 'quoted-printable'}`];
  const dhead = [`From: ${a(from)}`, `To: ${to.map((x) => a(x)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x)).join(', ')}`] : []), `Subject: ${subject}`];
  const raw = `${head.join('\r\n')}\r\n\r\n${enc === 'b64' ? b64(html) : qp(html)}\r\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(html)}` };
}
export const jsonText = (obj, indent = 2) => JSON.stringify(obj, null, indent);
/** JSON with every non-ASCII character \u-escaped (Python's json.dumps default); text = the unescaped form. */
export const asciiJson = (obj, indent = 2) => { const t = JSON.stringify(obj, null, indent); return { bytes: Buffer.from(t.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'utf8'), text: t }; };
export const put = (C, file, r) => C.put(file, r.bytes, r.text);
export const putText = (C, file, s) => C.put(file, Buffer.from(s, 'utf8'), s);
export const p2s = p2;
/** A quick sloppy rewrite: lower-case the first letter, drop some punctuation. */
export const sloppy = (rng, s) => (rng.chance(0.5) ? s.charAt(0).toLowerCase() + s.slice(1) : s).replace(/\. /g, rng.chance(0.5) ? '. ' : ', ');
