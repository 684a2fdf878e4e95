// Thirteenth blind set — core: own seed, Rng re-seeded from it, people from thirteenth/names.mjs, value makers that
// return { value, subtype }, the organisations' own numbers (near-misses), extra file writers (HTML-only mail, raw
// mbox, .ics/.vcf with folding) and small helpers. The recorder and the personnummer / phone / e-mail / IP makers come
// from seventh/lib.mjs, the basic file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, docIp, badPnr } from '../seventh/lib.mjs';
import { isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
export { svDate, num, safe, iban, bankgiro, plusgiro, letters };
import { qp, b64, ew, htmlEsc } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, INTL } from './names.mjs';

export { Corpus, luhn, badPnr, makeOrgnr, serviceLine, publicIp, docIp, privateIp, cp1252ok, ascii, hasPnrShape, postcode, amount, CITIES } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { STREETS, PLACES, COMPANIES, ARTISTS, SITTERS, FRAME_BRANDS, WORDS } from './names.mjs';

export const SEED = 'gdpr-scan/blind/thirteenth/2026-11-24';
export const TODAY = '2026-11-24';

export class Rng extends Rng7 {
  constructor(label) { super(label, SEED); }
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
/**
 * A person: { first (given names incl. middle), last, full, origin, call (the name used in speech) }.
 * opts: origin, intl, cp1252 (must fit Windows-1252), ascii, middle (probability of a second given name, Swedish only).
 */
export function person(rng, { origin, intl = false, cp1252 = false, ascii: asc = false, middle = 0.12 } = {}) {
  for (;;) {
    const o = origin ?? (intl ? rng.pick(INTL) : rng.weighted(ORIGINS));
    const call = rng.pick(POOLS[o].firsts); const last = rng.pick(POOLS[o].lasts);
    let first = call;
    if (o === 'swedish' && rng.chance(middle)) { const m = rng.pick(POOLS.swedish.firsts); if (m !== call) first = `${call} ${m}`; }
    if (cp1252 && !cp1252ok(first + last)) continue;
    if (asc && !isAscii(first + last)) continue;
    return { first, call, last, full: `${first} ${last}`, origin: o };
  }
}
/** Distinct people (no repeated full name or family name within one call, except kin made later). */
export function people(rng, n, opts) {
  const seen = new Set(); const lasts = new Set(); const out = [];
  let tries = 0;
  while (out.length < n) {
    const p = person(rng, opts); tries++;
    if (seen.has(p.full) || (lasts.has(p.last) && tries < n * 6)) continue;
    seen.add(p.full); lasts.add(p.last); out.push(p);
  }
  return out;
}
/** A family member sharing the family name. */
export const kin = (rng, p, opts = {}) => { for (;;) { const q = person(rng, { origin: p.origin, middle: 0, ...opts }); if (q.call !== p.call) return { ...q, last: p.last, full: `${q.first} ${p.last}` }; } };

const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** How a name is written → { value, subtype }, value exactly as it appears. */
export function nameAs(p, style, sub) {
  let r;
  switch (style) {
    case 'caps': r = { value: p.full.toUpperCase(), subtype: 'caps' }; break;
    case 'lower': r = { value: p.full.toLowerCase(), subtype: 'lower' }; break;
    case 'reversed': r = { value: `${p.last}, ${p.first}`, subtype: 'surname-first' }; break;
    case 'caps-reversed': r = { value: `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, subtype: 'caps-surname-first' }; break;
    case 'initial': r = { value: `${p.first[0]}. ${capFirst(p.last)}`, subtype: 'initial' }; break;
    case 'call': r = { value: `${p.call} ${p.last}`, subtype: 'full' }; break;
    default: r = { value: p.full, subtype: 'full' };
  }
  if (sub) r.subtype = sub;
  return r;
}
export const nameStyle = (rng) => rng.weighted([['full', 70], ['caps', 8], ['lower', 6], ['reversed', 12], ['caps-reversed', 2], ['initial', 2]]);

// ---------- personnummer ----------
/** Personnummer → { value, subtype } (adults born 1930–2006 unless told). */
export const pnr = (rng, opts = {}) => pnrLabel(rng, { minYear: 1930, maxYear: 2006, ...opts });
export const childPnr = (rng, opts = {}) => pnrLabel(rng, { minYear: 2008, maxYear: 2023, ...opts });
/** Born 1916–1924, written with `+` (100 years or older). */
export const oldPnr = (rng) => pnrLabel(rng, { minYear: 1916, maxYear: 1924, style: 'plus' });
export const samPnr = (rng) => pnrLabel(rng, { minYear: 1960, maxYear: 2004, samord: true });

// ---------- phones ----------
const PSTYLES = [['grouped', 33], ['compact', 16], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 3], ['intl0', 2], ['slash', 4], ['dots', 3], ['paren', 2]];
export function fmtPhone(ph, style) {
  const spaced = ph.fmt('spaced'); const subG = spaced.slice(spaced.indexOf(' ') + 1);
  switch (style) {
    case 'slash': return `0${ph.area}/${subG}`;
    case 'dots': return `0${ph.area}.${subG.replace(/ /g, '.')}`;
    case 'paren': return `(0${ph.area}) ${subG}`;
    case 'e164-no-plus': return `46${ph.area}${ph.sub}`;
    default: return ph.fmt(style);
  }
}
/** Phone → { value, subtype }. kind 'mobile' | 'landline' | 'foreign'. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign-phone' };
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted(PSTYLES);
  return { value: fmtPhone(ph, st), subtype: `${kind}-${st}` };
}

const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'protonmail.com', 'spray.se', 'bahnhof.se', 'comhem.se'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.call ?? p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.call ?? p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-20') => isoDateBetween(rng, from, to);
export const dmy = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const hhmm = (rng) => `${p2(rng.int(7, 20))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const regPlate = (rng) => `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.5) ? letters(rng, 1) : rng.digits(1)}`;
export const kr = (rng, lo = 100, hi = 30000) => { const n = rng.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n}${rng.chance(0.5) ? ',00' : ''} kr`; };
/** 10-digit id starting with 46 that is no phone number (no phone label): kind 'id-46'. */
export const id46 = (rng) => safe(() => `46${rng.digits(8)}`);

// ---------- IP ----------
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a05:d018', '2c0f:fb50'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const v6short = (rng) => { const h = () => rng.int(1, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801'])}:${h()}::${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A customer's address → { value, subtype }: public, CGNAT / RFC 1918 ('private-ip'), IPv6. */
export function ipVal(rng, w = [['pub', 68], ['cg', 10], ['v6', 10], ['v6s', 3], ['priv', 9]]) {
  const k = rng.weighted(w);
  if (k === 'pub') return { value: publicIp(rng), subtype: 'public' };
  if (k === 'cg') return { value: cgnat(rng), subtype: 'private-ip' };
  if (k === 'v6') return { value: v6(rng), subtype: 'ipv6' };
  if (k === 'v6s') return { value: v6short(rng), subtype: 'ipv6-compressed' };
  return { value: privateIp(rng), subtype: 'private-ip' };
}

// ---------- organisations ----------
/** An organisation's own identifiers (all near-misses when written). */
export function org(rng, { name, domain, area = '8' }) {
  const sw = safe(() => `0${area}-${rng.digits(area.length === 1 ? 3 : 2)} ${rng.digits(2)} 00`);
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), swish: `123 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.14', '212.85', '91.198', '185.39', '62.20'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.246', '81.93', '195.67'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: ['kundtjanst', 'info', 'noreply', 'support', 'faktura', 'registrator'].map((r) => `${r}@${domain}`) };
}
/** A footer with the organisation's numbers; records them as near-misses in R's file. */
export function footer(R, o, parts = ['orgnr', 'bg', 'switchboard', 'service']) {
  const L = { orgnr: ['Org.nr', 'organisationsnummer', 'personnummer'], bg: ['Bankgiro', 'bankgiro', null], pg: ['Plusgiro', 'plusgiro', null], iban: ['IBAN', 'iban', null],
    swish: ['Swish', 'swish-org', 'phone'], switchboard: ['Växel', 'switchboard', 'phone'], service: ['Kundtjänst', 'service-line', 'phone'] };
  return `${o.name} · ${parts.map((k) => `${L[k][0]} ${R.n(L[k][2], L[k][1], o[k])}`).join(' · ')}`;
}
export const role = (R, o, i = 0) => R.n('email', 'role-email', o.roles[i]);
export const server = (R, o, i = 0) => R.n('ip', 'server-ip', o.servers[i]);
/** Adds one truth value written in style; returns the value. */
export const T = (R, cat, v, sub) => R.t(cat, v.value, sub ?? v.subtype);
export const N = (R, kind, v, cat = 'name') => R.n(cat, kind, v);
export const nBadPnr = (R, rng) => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn'));
export const nBadDate = (R, rng) => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date'));
export const nOrg = (R, rng) => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng));
export const nDoc = (R, rng) => R.n('ip', 'doc-range-ip', docIp(rng));

// ---------- extra writers ----------
/** Text a mail client / HTML extractor would show. */
export function htmlText(html) {
  return html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<\/td>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
const addr = (name, e, mode) => (name ? `${ew(name, mode)} <${e}>` : e);
const daddr = (name, e) => (name ? `${name} <${e}>` : e);
/** An HTML-only message (no text part): { raw, text }. m: from, to, cc, subject, date, id, html, enc ('qp'|'b64'), hdrMode. */
export function htmlOnly(m) {
  const mode = m.hdrMode ?? 'Q';
  const head = [`From: ${addr(m.from[0], m.from[1], mode)}`, `To: ${m.to.map(([n, e]) => addr(n, e, mode)).join(', ')}`];
  const dhead = [`From: ${daddr(...m.from)}`, `To: ${m.to.map(([n, e]) => daddr(n, e)).join(', ')}`];
  if (m.cc?.length) { head.push(`Cc: ${m.cc.map(([n, e]) => addr(n, e, mode)).join(', ')}`); dhead.push(`Cc: ${m.cc.map(([n, e]) => daddr(n, e)).join(', ')}`); }
  head.push(`Subject: ${ew(m.subject, mode).replace(/^"|"$/g, '')}`, `Date: ${m.date}`, `Message-ID: <${m.id}>`, 'MIME-Version: 1.0', ...(m.extraHeaders ?? []),
    'Content-Type: text/html; charset="utf-8"', `Content-Transfer-Encoding: ${m.enc === 'b64' ? 'base64' : 'quoted-printable'}`);
  dhead.push(`Subject: ${m.subject}`, `Date: ${m.date}`);
  const body = m.enc === 'b64' ? b64(m.html) : qp(m.html);
  return { raw: `${head.join('\r\n')}\r\n\r\n${body}\r\n`, text: `${dhead.join('\n')}\n\n${htmlText(m.html)}` };
}
/** An mbox of prepared messages [{ raw, text, sender, when }]. */
export function mboxRaw(msgs) {
  const parts = msgs.map((m) => `From ${m.sender} ${m.when ?? 'Tue Nov 24 10:00:00 2026'}\n${m.raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`);
  return { bytes: Buffer.from(parts.join(''), 'utf8'), text: msgs.map((m) => m.text).join('\n\n') };
}
/** RFC 5545/6350 line folding at 75 octets (approximately: characters). */
export const fold = (line) => { const out = []; let s = line; while (s.length > 74) { out.push(s.slice(0, 74)); s = ` ${s.slice(74)}`; } out.push(s); return out.join('\r\n'); };
/** .ics / .vcf: lines → { bytes (folded, CRLF), text (unfolded) }. */
export const folded = (lines) => ({ bytes: Buffer.from(`${lines.map(fold).join('\r\n')}\r\n`, 'utf8'), text: lines.join('\n') });
export const txt = (s, eol = '\n') => ({ bytes: Buffer.from(s.replace(/\r?\n/g, eol), 'utf8'), text: s });
export const json = (o, indent = 2) => { const s = `${JSON.stringify(o, null, indent)}\n`; return { bytes: Buffer.from(s, 'utf8'), text: s }; };
export const ndjson = (list) => { const s = `${list.map((o) => JSON.stringify(o)).join('\n')}\n`; return { bytes: Buffer.from(s, 'utf8'), text: s }; };
export { htmlEsc as esc };
