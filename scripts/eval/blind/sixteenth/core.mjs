// Sixteenth blind set — core: own seed and today, the seventh set's Rng re-seeded, people from sixteenth/names.mjs,
// value makers that return { value, subtype }, the organisations' own numbers (near-misses), writers the seventh set
// lacks (HTML-only mail, folded .ics/.vcf, paged PDF, HTML → text) and small helpers. The recorder and the
// personnummer / phone / e-mail / IP makers come from seventh/lib.mjs, the file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr,
  isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, LONE, SURNAMES, LOOKALIKE } from './names.mjs';

export { svDate, num, safe, iban, bankgiro, plusgiro, letters, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, hasPnrShape, ascii, cp1252ok };
export { postcode, street, amount, CITIES } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, SURNAMES, LOOKALIKE, GUEST_ORIGINS } from './names.mjs';

export const SEED = 'gdpr-scan/blind/sixteenth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, origins = ORIGINS, cp1252 = false, middle = 0.1 } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(origins);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** n distinct people; within the list no full name twice and (while the pools allow) no family name twice. */
export function people(rng, n, opts) {
  const lasts = new Map(); const fulls = new Set(); const out = []; let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (fulls.has(p.full) || fulls.has(p.short)) continue;
    if (guard < n * 30 && (lasts.get(p.last) ?? 0) >= 1 + Math.floor(n / 120)) continue;
    lasts.set(p.last, (lasts.get(p.last) ?? 0) + 1); fulls.add(p.full); fulls.add(p.short); out.push(p);
  }
  return out;
}
/** A household member with the same family name. */
export const kin = (rng, p, opts = {}) => { for (;;) { const q = person(rng, { origin: p.origin, middle: 0, ...opts }); if (q.first !== p.first) return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}` }; } };

/** How a name is written → { value, subtype }. */
export function nameAs(p, style = 'full') {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'surname-first': return { value: `${p.last}, ${p.given}`, subtype: 'surname-first' };
    case 'surname-first-caps': return { value: `${p.last}, ${p.given}`.toUpperCase(), subtype: 'surname-first-caps' };
    case 'surname-first-nocomma': return { value: `${p.last} ${p.given}`, subtype: 'surname-first-nocomma' };
    case 'initial': return { value: `${p.first[0]}. ${p.last}`, subtype: 'initial' };
    case 'short': return { value: p.short, subtype: 'full' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng, w = [['full', 72], ['caps', 6], ['lower', 6], ['surname-first', 12], ['surname-first-caps', 4]]) => rng.weighted(w);
/** Record a name written in a style; returns the written value. */
export const N = (R, p, style = 'full', sub) => { const v = nameAs(p, style); return R.t('name', v.value, sub ?? v.subtype); };

/** Personnummer { value, subtype }. */
export function pnr(rng, { old = false, samord = false, minYear = 1938, maxYear = 2007, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1913, maxYear: 1925, style: style ?? rng.pick(['plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
}
export const P = (R, rng, opts) => { const v = pnr(rng, opts); return R.t('personnummer', v.value, v.subtype); };

/** Phone { value, subtype }. kind mobile | landline | foreign; extra styles slash, dots, plain46 (gateway), intl-dash. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign' };
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 3], ['intl0', 2], ['slash', 5], ['dots', 3], ['intl-dash', 3]]);
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = `0${ph.area}/${s}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else if (st === 'intl-dash') v = `+46-${ph.area}-${g(sizes, ' ')}`;
  else v = ph.fmt(st);
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
export const Ph = (R, rng, kind, style) => { const v = phone(rng, kind, style); return R.t('phone', v.value, v.subtype); };
/** Foreign numbers in the styles of their countries (international form only). */
export function guestPhone(rng, origin) {
  const d = (n) => rng.digits(n);
  switch (origin) {
    case 'german': return rng.pick([`+49 1${rng.pick(['51', '52', '60', '70', '71', '76'])} ${d(7)}`, `0049 17${rng.int(0, 9)} ${d(7)}`, `+49 (0)1${rng.pick(['51', '62', '73'])} ${d(3)} ${d(4)}`, `+49 30 ${d(4)} ${d(4)}`]);
    case 'dutch': return rng.pick([`+31 6 ${d(4)} ${d(4)}`, `+31 (0)6 ${d(8)}`, `0031 6 ${d(8)}`, `+316${d(8)}`, `+31 20 ${d(3)} ${d(4)}`]);
    case 'norwegian': return rng.pick([`+47 9${d(2)} ${d(2)} ${d(3)}`, `+47 4${d(7)}`, `0047 9${d(2)} ${d(5)}`, `+47 22 ${d(2)} ${d(2)} ${d(2)}`]);
    case 'danish': return rng.pick([`+45 ${rng.int(20, 61)} ${d(2)} ${d(2)} ${d(2)}`, `+45${rng.int(20, 61)}${d(6)}`, `0045 ${rng.int(20, 61)} ${d(6)}`]);
    case 'finnish': return rng.pick([`+358 40 ${d(7)}`, `+358 50 ${d(3)} ${d(4)}`]);
    case 'polish': return `+48 ${rng.int(500, 799)} ${d(3)} ${d(3)}`;
    case 'english': return rng.pick([`+44 7${d(3)} ${d(6)}`, `+44 (0)7${d(3)} ${d(6)}`]);
    default: return foreignPhone(rng);
  }
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'spray.se', 'bredband2.com', 'proton.me', 'hotmail.se', 'me.com', 'tele2.se'];
export const FOREIGN_FREE = { german: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'], dutch: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'], norwegian: ['online.no', 'gmail.com', 'hotmail.no'], danish: ['mail.dk', 'gmail.com'] };
export function email(rng, p, domain) {
  const dom = domain ?? (FOREIGN_FREE[p.origin] ? rng.pick(FOREIGN_FREE[p.origin]) : rng.pick(FREE));
  return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: dom }), subtype: 'personal' };
}
export const E = (R, rng, p, domain) => { const v = email(rng, p, domain); return R.t('email', v.value, v.subtype); };
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);

// ---------- IPs ----------
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a02:1406', '2a0a:a546'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 13], ['priv', 7]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const Ip = (R, rng, w) => { const v = ipVal(rng, w); return R.t('ip', v.value, v.subtype); };

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export { p2 };
export const date = (rng, from = '2026-01-07', to = '2026-11-24') => isoDateBetween(rng, from, to);
export const dateBetween = isoDateBetween;
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
export const compactDate = (iso) => iso.replace(/-/g, '');
export const hhmm = (rng) => `${p2(rng.int(6, 21))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
const AZ = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const regnr = (rng) => `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.5) ? rng.digits(1) : letters(rng, 1)}`;
export const ocr = (rng, n = rng.int(8, 14)) => { for (;;) { const b = num(rng, n - 1); const s = `${b}${luhn(b.length % 2 ? `0${b}` : b)}`; if (!hasPnrShape(s)) return s; } };
export const uuid = (rng) => { const h = (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; }; return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`; };
export const hex = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
export const mac = (rng) => Array.from({ length: 6 }, () => hex(rng, 2)).join(':').toUpperCase();
export const money = (rng, lo, hi) => { const n = rng.int(lo, hi); return n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n); };

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['kundservice', 'info', 'noreply', 'support'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : area.length === 2 ? `0${area}-${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.int(1, 9)}${rng.digits(1)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.17', '212.116', '91.207', '185.44', '193.234'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.59', '81.170', '213.80'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: roles.map((r) => `${r}@${domain}`) };
}
export function footer(R, o, parts = ['orgnr', 'bg', 'switchboard']) {
  const L = { orgnr: ['Org.nr', 'organisationsnummer', 'personnummer'], bg: ['Bankgiro', 'bankgiro', null], pg: ['Plusgiro', 'plusgiro', null], iban: ['IBAN', 'iban', null],
    switchboard: ['Växel', 'switchboard', 'phone'], service: ['Kundtjänst', 'service-line', 'phone'] };
  return `${o.name} | ${parts.map((k) => `${L[k][0]} ${R.n(L[k][2], L[k][1], o[k])}`).join(' | ')}`;
}

/** Near-miss helpers bound to one file. */
export function nears(R, rng) {
  return {
    badLuhn: () => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn')),
    badDate: () => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date')),
    orgnr: () => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng)),
    masked: () => { const v = pnr(rng).value.replace(/\d{4}$/, rng.pick(['XXXX', '****', 'xxxx'])); return R.n('personnummer', 'masked-pnr', v); },
    service: () => R.n('phone', 'service-line', serviceLine(rng)),
    docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
    date: (v) => R.n(null, 'date', v),
    time: (v) => R.n(null, 'time', v),
    amount: (v) => R.n(null, 'amount', v),
    postcode: (v) => R.n(null, 'postcode', v),
    id: (kind, v, cat = null) => R.n(cat, kind, v),
    lone: (v) => R.n('name', 'lone-first-name', v),
    surname: (v) => R.n('name', 'surname-alone', v),
    look: (kind, v) => R.n('name', kind, v),
    lower: (v) => R.n('name', 'lower-words', v),
    role: (v) => R.n('email', 'role-email', v),
    handle: (v) => R.n('name', 'handle', v),
    lonePick: () => R.n('name', 'lone-first-name', rng.pick(LONE)),
    surnamePick: () => R.n('name', 'surname-alone', rng.pick(SURNAMES)),
    lookPick: (k = rng.pick(Object.keys(LOOKALIKE))) => R.n('name', k, rng.pick(LOOKALIKE[k])),
  };
}
export const role = (R, o, i = 0) => R.n('email', 'role-email', o.roles[i]);
export const server = (R, o, i = 0) => R.n('ip', 'server-ip', o.servers[i]);

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table|ul)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
export const pdfLines = (lines, { per = 52, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages.length ? pages : [['']], { title }); };
/** RFC 5545/6350 folding; text = the unfolded lines. */
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
export function htmlEml({ from, to, cc = [], subject, date: d, id, html, enc = 'b64', hdrMode = 'Q', extra = [] }) {
  const a = ([n, e], enc2) => (n ? `${enc2 ? ew(n, hdrMode) : n} <${e}>` : e);
  const head = [`From: ${a(from, 1)}`, `To: ${to.map((x) => a(x, 1)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x, 1)).join(', ')}`] : []),
    `Subject: ${ew(subject, hdrMode).replace(/^"|"$/g, '')}`, `Date: ${d}`, `Message-ID: <${id}>`, 'MIME-Version: 1.0', ...extra,
    'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${enc === 'b64' ? 'base64' : 'quoted-printable'}`];
  const dhead = [`From: ${a(from)}`, `To: ${to.map((x) => a(x)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x)).join(', ')}`] : []), `Subject: ${subject}`];
  const raw = `${head.join('\r\n')}\r\n\r\n${enc === 'b64' ? b64(html) : qp(html)}\r\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(html)}` };
}
export const put = (C, file, w) => C.put(file, w.bytes, w.text);
export const putText = (C, file, s) => C.put(file, Buffer.from(s, 'utf8'), s);
/** `Förnamn Efternamn` pair in separate fields of one record → one name. */
export const J = (C, file, p) => C.joined(file, p.given, p.last);
/** Pick one of several thunks and run it (so only the chosen template records its labels). */
export const pf = (rng, fns) => rng.pick(fns)();
