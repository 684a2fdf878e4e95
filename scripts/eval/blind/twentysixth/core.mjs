// Twenty-sixth blind set — core: own seed and today, Rng re-seeded from it, people from twentysixth/names.mjs, value
// makers that return { value, subtype }, the organisations' own numbers (near-misses), writers the seventh set lacks
// (HTML-only mail, folded .ics/.vcf, paged PDF, HTML → text) and small helpers. The recorder and the personnummer /
// phone / e-mail / IP makers come from seventh/lib.mjs, the file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr,
  isoDateBetween, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS } from './names.mjs';

export { svDate, num, safe, iban, bankgiro, plusgiro, letters, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, cp1252ok, ascii, hasPnrShape,
  postcode, amount } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { STREETS_P, STREETS, PLACES, HORSES, HOSPITALS, LONE } from './names.mjs';

export const SEED = 'gdpr-scan/blind/twentysixth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, cp1252 = false, middle = 0.1 } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** n distinct people (no full name twice; given and family names kept apart while the pools allow). */
export function people(rng, n, opts) {
  const firsts = new Map(); const lasts = new Map(); const out = []; const full = new Set();
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    const lim = Math.floor(guard / (n * 8)) + 1;
    if ((firsts.get(p.first) ?? 0) >= lim || (lasts.get(p.last) ?? 0) >= lim) continue;
    if (full.has(p.full) || full.has(p.short)) continue;
    firsts.set(p.first, (firsts.get(p.first) ?? 0) + 1); lasts.set(p.last, (lasts.get(p.last) ?? 0) + 1);
    full.add(p.full); full.add(p.short); out.push(p);
  }
  return out;
}
/** A relative with the same family name. */
export const kin = (rng, p, opts = {}) => {
  for (;;) {
    const q = person(rng, { origin: p.origin, middle: 0, ...opts });
    if (q.first !== p.first) return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}` };
  }
};

/** How a name is written → { value, subtype }. */
export function nameAs(p, style = 'full') {
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
export const nameStyle = (rng) => rng.weighted([['full', 68], ['caps', 7], ['lower', 7], ['surname-first', 13], ['surname-first-caps', 3], ['surname-first-nocomma', 2]]);

/** Personnummer { value, subtype }. old: born 1912–1925 (written with `+` or with the century). */
export function pnr(rng, { old = false, samord = false, minYear = 1938, maxYear = 2006, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1912, maxYear: 1925, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear: Math.max(1927, minYear), maxYear, samord, ...(style ? { style } : {}) });
}
/** Phone { value, subtype }. kind mobile | landline | foreign. Styles add slash, dots, gateway `46…`. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return foreign(rng);
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 3], ['intl0', 2], ['slash', 6], ['dots', 3]]);
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = `0${ph.area}/${s}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(st);
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
/** Foreign numbers, as written by travellers, hospitals' patients and relatives abroad. */
export function foreign(rng) {
  const v = safe(() => rng.pick([
    () => `+34 6${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, () => `+34 ${rng.int(600, 699)}${rng.digits(6)}`,
    () => `+66 8${rng.int(1, 9)} ${rng.digits(3)} ${rng.digits(4)}`, () => `+30 69${rng.int(0, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
    () => `+90 5${rng.digits(2)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`, () => `+351 9${rng.int(1, 6)}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`,
    () => `+39 3${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`, () => `+385 9${rng.int(1, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
    () => `+1 (${rng.int(201, 989)}) 555-01${rng.digits(2)}`, () => `+358 50 ${rng.digits(3)} ${rng.digits(4)}`, () => `+47 4${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`,
    () => `+84 9${rng.int(0, 9)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`, () => `+49 1${rng.int(51, 79)} ${rng.digits(7)}`,
    () => `+44 7${rng.digits(3)} ${rng.digits(6)}`, () => `0034 6${rng.digits(8)}`, () => `+20 10 ${rng.digits(4)} ${rng.digits(4)}`,
  ])());
  return { value: v, subtype: 'foreign' };
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'hotmail.se', 'bredband2.com', 'proton.me', 'me.com', 'tele2.se', 'gmx.de'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export { p2 };
export const date = (rng, from = '2026-01-07', to = '2026-11-23') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${Number(d)}/${Number(m)} ${y}`; };
export const hhmm = (rng) => `${p2(rng.int(7, 20))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const regnr = (rng) => `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.5) ? rng.digits(1) : letters(rng, 1)}`;
export const hex = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
export const mac = (rng) => Array.from({ length: 6 }, () => hex(rng, 2)).join(':').toUpperCase();
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a05:d018'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 12], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' }
    : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['kundtjanst', 'info', 'noreply', 'support', 'ekonomi'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.int(2, 8)}${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.int(1, 9)}${rng.digits(1)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.17', '212.247', '91.207', '185.81', '193.234'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.227', '81.236', '213.80'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
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
    masked: () => { const p = pnrLabel(rng, { minYear: 1940, maxYear: 2004, style: 'short' }).value; return R.n('personnummer', 'masked-pnr', rng.chance(0.5) ? `${p.slice(0, 7)}XXXX` : `${p.slice(0, 6)}-****`); },
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
  };
}

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
/** PDF from a flat list of lines, `per` lines a page. */
export const pdfLines = (lines, { per = 52, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages, { title }); };
/** RFC 5545/6350 folding (75 octets, continuation starts with a space); text = unfolded lines. */
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
/** A message with only an HTML body (base64 or quoted-printable). */
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
/** Text file (UTF-8, LF unless told). */
export const txt = (s, { crlf = false, bom = false } = {}) => {
  const t = crlf ? s.replace(/\r?\n/g, '\r\n') : s;
  const b = Buffer.from(t, 'utf8');
  return { bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : b, text: s };
};
/** Helper for one file: { R, rng, N } and put(). */
export function file(C, name) {
  const R = C.at(name); const rng = new Rng(name);
  return { R, rng, N: nears(R, rng), name, put: (out) => C.put(name, out.bytes, out.text), joined: (a, b, s) => C.joined(name, a, b, s) };
}
/** Writes a person's name in a style, records it, returns the text. */
export const nm = (R, p, style = 'full', subtype) => { const v = nameAs(p, style); return R.t('name', v.value, subtype ?? v.subtype); };
/** National digits of a Swedish number in any style (`070-123 45 67`, `+46 70…`, `0046…`, `46…`) → `0701234567`. */
export const nationalOf = (v) => { const d = v.replace(/\(0\)/g, '').replace(/\D/g, ''); return d.startsWith('0046') ? `0${d.slice(4)}` : d.startsWith('46') ? `0${d.slice(2)}` : d; };
/** A Swedish mobile as WhatsApp shows it: `+46 70 123 45 67`. */
export const waStyle = (v) => { const n = nationalOf(v); return `+46 ${n.slice(1, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`; };
/** Gateway style without plus: `46701234567`. */
export const gw46 = (v) => `46${nationalOf(v).slice(1)}`;
