// Fifteenth blind set — core: own seed and today, the seventh set's Rng re-seeded from it, people from
// fifteenth/names.mjs, value makers returning { value, subtype }, Nordic ID look-alikes (Norwegian fødselsnummer,
// Danish CPR, Finnish henkilötunnus), telecom, crypto and GPS look-alikes, the organisations' own numbers, and writers
// the seventh set lacks (.ics/.vcf with folding, HTML-only mail, paged PDF, HTML → text). The recorder, the
// personnummer / phone / e-mail / IP makers come from seventh/lib.mjs, the file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr,
  isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS } from './names.mjs';

export { svDate, num, safe, iban, bankgiro, plusgiro, letters, hasPnrShape, cp1252ok, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, ascii };
export { Corpus, postcode, street, amount, CITIES, docIp } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, LOOKALIKE, NORDIC } from './names.mjs';

export const SEED = 'gdpr-scan/blind/fifteenth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

// ---------- people ----------
/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, origins = ORIGINS, cp1252 = false, middle = 0.1 } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(origins);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    if (first === last) continue;
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first || mid === last) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** n distinct people; while possible no given or family name repeats inside the list. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const out = []; let tries = 0;
  while (out.length < n) {
    const p = person(rng, opts); tries++;
    if (tries < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (out.some((q) => q.full === p.full || q.short === p.short)) continue;
    firsts.add(p.first); lasts.add(p.last); out.push(p);
  }
  return out;
}
/** A pool of many people for big tables: full names distinct, parts may repeat. */
export function crowd(rng, n, opts) {
  const seen = new Set(); const out = [];
  while (out.length < n) { const p = person(rng, opts); if (seen.has(p.short) || seen.has(p.full)) continue; seen.add(p.short); seen.add(p.full); out.push(p); }
  return out;
}
/** A relative with the same family name. */
export const kin = (rng, p, opts = {}) => { for (;;) { const q = person(rng, { origin: p.origin, middle: 0, ...opts }); if (q.first !== p.first) return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}` }; } };

/** How a name is written → { value, subtype }. */
export function nameAs(p, style) {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'surname-first': return { value: `${p.last}, ${p.given}`, subtype: 'surname-first' };
    case 'surname-first-caps': return { value: `${p.last}, ${p.given}`.toUpperCase(), subtype: 'surname-first-caps' };
    case 'surname-first-nocomma': return { value: `${p.last} ${p.given}`, subtype: 'surname-first-nocomma' };
    case 'slash': return { value: `${ascii(p.last).toUpperCase().replace(/ /g, '')}/${ascii(p.first).toUpperCase().replace(/ /g, '')}`, subtype: 'surname-slash' };
    case 'short': return { value: p.short, subtype: 'full' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng) => rng.weighted([['full', 68], ['caps', 7], ['lower', 6], ['surname-first', 14], ['surname-first-caps', 3], ['surname-first-nocomma', 2]]);
export const N = (R, p, style = 'full', sub) => { const v = nameAs(p, style); return R.t('name', v.value, sub ?? v.subtype); };
/** Given and family name in separate fields → one name (checked part by part). */
export const J = (C, file, p) => C.joined(file, p.given, p.last);

// ---------- personnummer, phones, e-mail, IP ----------
export function pnr(rng, { old = false, samord = false, minYear = 1938, maxYear = 2006, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1913, maxYear: 1925, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
}
/** Swedish phone { value, subtype }: kind mobile | landline; style adds slash, dots and gateway `46…`. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 6], ['dots', 4]]);
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
/** Foreign phone { value, subtype } for a country code (always written with + or 00). */
export function foreign(rng, cc = rng.pick(['NO', 'DK', 'FI', 'DE', 'GB', 'PL', 'TR', 'SO', 'IQ', 'UA', 'ET', 'US'])) {
  for (;;) {
    const f = {
      NO: () => rng.pick([`+47 ${rng.pick(['4', '9'])}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`, `+47${rng.pick(['4', '9'])}${rng.digits(7)}`, `0047 ${rng.pick(['4', '9'])}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`, `+47 22 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`]),
      DK: () => rng.pick([`+45 ${rng.int(20, 31)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, `+45${rng.int(40, 61)}${rng.digits(6)}`, `0045 ${rng.int(20, 31)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`]),
      FI: () => rng.pick([`+358 ${rng.pick(['40', '44', '45', '50'])} ${rng.digits(3)} ${rng.digits(4)}`, `+358${rng.pick(['40', '50'])}${rng.digits(7)}`, `00358 ${rng.pick(['40', '50'])} ${rng.digits(7)}`, `+358 9 ${rng.digits(4)} ${rng.digits(3)}`]),
      DE: () => `+49 ${rng.pick(['151', '160', '176'])} ${rng.digits(8)}`,
      GB: () => `+44 7${rng.digits(3)} ${rng.digits(6)}`,
      PL: () => `+48 ${rng.int(500, 799)} ${rng.digits(3)} ${rng.digits(3)}`,
      TR: () => `+90 5${rng.digits(2)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
      SO: () => `+252 61 ${rng.digits(7)}`,
      IQ: () => `+964 7${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`,
      UA: () => `+380 ${rng.pick(['50', '67', '93'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
      ET: () => `+251 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
      US: () => `+1 ${rng.int(201, 989)} ${rng.int(200, 989)} ${rng.digits(4)}`,
    }[cc]();
    if (!hasPnrShape(f)) return { value: f, subtype: `foreign-${cc.toLowerCase()}` };
  }
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'live.se', 'telia.com', 'bredband2.com', 'proton.me', 'hotmail.se', 'gmx.de', 'online.no', 'mail.dk', 'kolumbus.fi'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-07', to = '2026-11-23') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
export const hhmm = (rng) => `${p2(rng.int(7, 21))}:${p2(rng.int(0, 59))}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const ms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}.${String(rng.int(0, 999)).padStart(3, '0')}`;
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const hex = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const s = `${b}${luhn(b.length % 2 ? `0${b}` : b)}`; if (!hasPnrShape(s)) return s; } };
export const uuid = (rng) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
export const kr = (rng, lo, hi) => { const n = rng.int(lo, hi); const o = rng.int(0, 99); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${p2(o)}`; };

// ---------- Nordic ID look-alikes (never Swedish personnummer) ----------
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const bday = (rng, y0 = 1940, y1 = 2004) => { const y = rng.int(y0, y1); const m = rng.int(1, 12); const d = rng.int(1, DIM[m - 1]); return { y, m, d }; };
/** Norwegian fødselsnummer DDMMYYIIIKK with both mod-11 check digits. */
export function fnrNO(rng, spaced = rng.chance(0.5)) {
  for (;;) {
    const { y, m, d } = bday(rng);
    const ind = y >= 2000 ? rng.int(500, 999) : rng.int(0, 499);
    const base = `${p2(d)}${p2(m)}${p2(y % 100)}${String(ind).padStart(3, '0')}`.split('').map(Number);
    const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let k1 = 11 - (base.reduce((s, x, i) => s + x * w1[i], 0) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue;
    const b2 = [...base, k1];
    let k2 = 11 - (b2.reduce((s, x, i) => s + x * w2[i], 0) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue;
    const s = `${base.join('')}${k1}${k2}`;
    const v = spaced ? `${s.slice(0, 6)} ${s.slice(6)}` : s;
    if (!hasPnrShape(v)) return v;
  }
}
/** Danish CPR DDMMYY-SSSS (no longer modulus-checked) that no Swedish check accepts. */
export function cprDK(rng) {
  for (;;) {
    const { y, m, d } = bday(rng);
    const v = `${p2(d)}${p2(m)}${p2(y % 100)}-${rng.digits(4)}`;
    if (!hasPnrShape(v)) return v;
  }
}
/** Finnish henkilötunnus DDMMYY-ZZZQ / DDMMYYAZZZQ with its check character. */
export function hetuFI(rng) {
  for (;;) {
    const { y, m, d } = bday(rng);
    const z = String(rng.int(2, 899)).padStart(3, '0');
    const base = `${p2(d)}${p2(m)}${p2(y % 100)}`;
    const q = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${base}${z}`) % 31];
    const v = `${base}${y >= 2000 ? 'A' : '-'}${z}${q}`;
    if (!hasPnrShape(v)) return v;
  }
}
/** Danish CVR, Norwegian org.nr, Finnish Y-tunnus. */
export const cvrDK = (rng) => `DK${num(rng, 8)}`;
export const orgNO = (rng) => `${rng.pick(['9', '8'])}${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`;
export const ytunnus = (rng) => `${rng.digits(7)}-${rng.int(0, 9)}`;

// ---------- telecom, crypto, GPS look-alikes ----------
const luhnAny = (digits) => { let s = 0; const rev = digits.split('').reverse(); for (let i = 0; i < rev.length; i++) { let n = Number(rev[i]) * (i % 2 === 0 ? 2 : 1); if (n > 9) n -= 9; s += n; } return (10 - (s % 10)) % 10; };
export function imei(rng) { for (;;) { const b = `35${rng.digits(12)}`; const v = `${b}${luhnAny(b)}`; if (!hasPnrShape(v)) return v; } }
export function iccid(rng) { for (;;) { const b = `8946${rng.pick(['01', '07', '08', '20'])}${rng.digits(12)}`; const v = `${b}${luhnAny(b)}`; if (!hasPnrShape(v)) return v; } }
export const imsi = (rng) => `2400${rng.pick(['1', '2', '7', '8'])}${rng.digits(10)}`;
export const puk = (rng) => safe(() => rng.digits(8));
export const btcAddr = (rng) => { const A = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'; let s = 'bc1q'; for (let i = 0; i < 38; i++) s += A[rng.int(0, 31)]; return s; };
export const ethAddr = (rng) => `0x${hex(rng, 40)}`;
export const txHash = (rng, prefix = true) => `${prefix ? '0x' : ''}${hex(rng, 64)}`;
export const gps = (rng) => { const lat = (55.4 + rng.next() * 10).toFixed(6); const lon = (11.9 + rng.next() * 11).toFixed(6); return { lat, lon }; };

// ---------- IPs ----------
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2043', '2a00:801', '2a01:2b0', '2001:9b1', '2a02:a46'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
export function ipVal(rng, w = [['pub', 70], ['cg', 9], ['v6', 13], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}

// ---------- the organisations' own identifiers ----------
export function org(rng, { name, domain, area = '8', roles = ['kundtjanst', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : area.length === 2 ? `0${area}-${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 0`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.68', '212.247', '85.24', '185.76', '193.234'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.59', '79.136', '213.80'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
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
    orgnr: () => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng)),
    masked: () => R.n('personnummer', 'masked-pnr', `${rng.pick(['19', ''])}${p2(rng.int(40, 99))}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}-${rng.pick(['XXXX', '****', 'xxxx'])}`),
    fnr: () => R.n('personnummer', 'norwegian-fnr', fnrNO(rng)),
    cpr: () => R.n('personnummer', 'danish-cpr', cprDK(rng)),
    hetu: () => R.n('personnummer', 'finnish-hetu', hetuFI(rng)),
    service: () => R.n('phone', 'service-line', serviceLine(rng)),
    short: (v) => R.n('phone', 'short-number', v),
    docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
    version: (v) => R.n('ip', 'version', v),
    date: (v) => R.n(null, 'date', v),
    amount: (v) => R.n(null, 'amount', v),
    id: (kind, v, cat = null) => R.n(cat, kind, v),
    lone: (v) => R.n('name', 'lone-first-name', v),
    surname: (v) => R.n('name', 'surname-alone', v),
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
export const pdfLines = (lines, { per = 52, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages, { title }); };
/** RFC 5545/6350 folding at 75 octets; text = unfolded lines. */
export function folded(lines) {
  const out = [];
  for (const line of lines) {
    let rest = line; let first = true;
    while (Buffer.byteLength(rest, 'utf8') > (first ? 75 : 74)) {
      const lim = first ? 75 : 74; let cut = lim; while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > lim) cut--;
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
  return { bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(html)}`, raw };
}
export const jsonText = (obj, indent = 2) => JSON.stringify(obj, null, indent);
export const ndjson = (objs) => `${objs.map((o) => JSON.stringify(o)).join('\n')}\n`;
/** Put a UTF-8 text file (optionally CRLF or with a BOM). */
export function putText(C, file, text, { crlf = false, bom = false } = {}) {
  const t = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  const body = Buffer.from(t, 'utf8');
  C.put(file, bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body, text);
}
export const vcfEsc = (s) => String(s).replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
