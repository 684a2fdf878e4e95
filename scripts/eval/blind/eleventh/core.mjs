// Eleventh blind set — core: own seed and Rng (the seventh set's generator re-seeded), people from names.mjs, value
// makers, and `ctx(C, file, rng)`: a per-file writer whose makers record each value — truth or near-miss — at the
// moment they return it, so labels never come from re-detecting text. Plumbing (recorder, personnummer/phone makers,
// file writers) is imported from ../seventh/.
import { Rng as Rng7, hasPnrShape, cp1252ok, makePnr, makePhone, phoneStyle, foreignPhone, ascii, badPnr, makeOrgnr,
  serviceLine, publicIp, docIp, privateIp, luhn } from '../seventh/lib.mjs';
import { POOLS, ORIGINS } from './names.mjs';
import * as L from './lists.mjs';

export { csv, cp1252, zip, xlsx, docx, pdf, message, qp, b64, ew, rfcDate, xmlEsc } from '../seventh/formats.mjs';
export { luhn, cp1252ok, ascii, publicIp, hasPnrShape, L };

export const SEED = 'gdpr-scan/blind/eleventh/2026-11-24';
export const TODAY = '2026-11-24';
export class Rng extends Rng7 {
  constructor(label) {
    super(label, SEED);
  }
}
export const p2 = (n) => String(n).padStart(2, '0');

// ---------- people ----------
/** { first, last, full, origin }. opts: origin, cp1252 (must fit Windows-1252: cp1252 CSVs, PDFs, ISO-8859-1 mail). */
export function person(rng, { origin, cp1252 = false } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const first = rng.pick(POOLS[o].f); const last = rng.pick(POOLS[o].l);
    if (cp1252 && !cp1252ok(first + last)) continue;
    return { first, last, full: `${first} ${last}`, origin: o };
  }
}
/** n people with distinct full names and distinct first names (so a lone first name points at one person). */
export function people(rng, n, opts) {
  const seen = new Set(); const out = [];
  while (out.length < n) {
    const p = person(rng, opts);
    if (!seen.has(p.full) && !seen.has(p.first)) { seen.add(p.full); seen.add(p.first); out.push(p); }
  }
  return out;
}
/** A relative: a new given name with the family name `last`. */
export function kin(rng, last, opts) { const q = person(rng, opts); return { ...q, last, full: `${q.first} ${last}` }; }
/** How a name is written: [value, subtype]; the value exactly as it appears. */
export function nameAs(p, style) {
  switch (style) {
    case 'caps': return [p.full.toUpperCase(), 'caps'];
    case 'lower': return [p.full.toLowerCase(), 'lower'];
    case 'reversed': return [`${p.last}, ${p.first}`, 'reversed'];
    case 'caps-reversed': return [`${p.last}, ${p.first}`.toUpperCase(), 'caps-reversed'];
    case 'surname-first': return [`${p.last} ${p.first}`, 'surname-first'];
    case 'initial': return [`${p.first[0]}. ${p.last}`, 'initial'];
    default: return [p.full, 'full'];
  }
}
export const nameStyle = (rng) => rng.weighted([['full', 66], ['caps', 7], ['lower', 5], ['reversed', 12], ['caps-reversed', 2], ['surname-first', 4], ['initial', 4]]);

// ---------- truth makers ----------
export function pnrV(rng, { minYear = 1938, maxYear = 2008, samord = false, style } = {}) {
  const p = makePnr(rng, { minYear, maxYear, samord });
  let st = style ?? rng.weighted([['short', 44], ['long', 24], ['long-dash', 14], ['space', 6], ['compact', 12]]);
  if (st === 'plus' && p.y > 1925) st = 'short';
  return [p.fmt(st), samord ? 'samordningsnummer' : st === 'plus' ? 'centenarian-plus' : `pnr-${st}`];
}
export function phoneV(rng, kind = rng.chance(0.72) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return [foreignPhone(rng), 'foreign'];
  const ph = makePhone(rng, { kind });
  const st = style ?? (rng.chance(0.06) ? 'odd' : phoneStyle(rng));
  if (st === 'odd') return [ph.sub.length >= 7 ? `0${ph.area} ${ph.sub.slice(0, 3)} ${ph.sub.slice(3)}` : `(0${ph.area}) ${ph.sub}`, `${kind}-odd`];
  return [ph.fmt(st), `${kind}-${st}`];
}
const FREE = ['gmail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'live.se', 'icloud.com', 'yahoo.se', 'telia.com', 'bredband.net',
  'spray.se', 'protonmail.com', 'me.com', 'gmail.com', 'hotmail.com', 'norrmejl.example', 'fiberhem.example'];
const loc = (s, sep = '') => ascii(s.replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae')).replace(/ /g, sep);
export function emailV(rng, p, domain) {
  const f = loc(p.first, rng.pick(['', '-'])); const l = loc(p.last); const yy = rng.int(52, 99);
  const d = domain ?? (rng.chance(0.02) ? rng.pick(['bredbandsgården.example', 'hälsingemejl.example']) : rng.pick(FREE));
  const kind = domain ? 'work' : rng.weighted([['personal', 88], ['plus', 4], ['mixed-case', 5], ['digits', 3]]);
  const base = rng.pick([`${f}.${l}`, `${f}${l}`, `${f}_${l}`, `${f}.${l}${yy}`, `${f}${yy}`, `${l}.${f}`, `${f[0]}${l}`, `${f}.${l[0]}`, `${l}${f[0]}${rng.int(1, 9)}`]);
  let local = base;
  if (kind === 'plus') local = `${base}+${rng.pick(['apotek', 'order', 'bank', 'hem', 'spam'])}`;
  if (kind === 'mixed-case') local = base.replace(/(^|[._-])([a-z])/g, (m, a, b) => a + b.toUpperCase());
  if (kind === 'digits') local = `${f}${rng.int(1, 9)}${rng.digits(3)}`;
  return [`${local}@${d}`, /[^\x00-\x7f]/.test(d) ? 'idn' : kind];
}
export const workEmail = (p, domain) => `${loc(p.first, '-')}.${loc(p.last)}@${domain}`;
const h16 = (rng) => rng.int(0, 0xffff).toString(16);
export const v6 = (rng) => `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a05:d18'])}:${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}`;
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;

// ---------- near-miss makers ----------
/** Fills a pattern: `#` digit, `@` capital letter, `%` non-zero digit; everything else literal. */
export const fill = (rng, pat) => pat.replace(/[#@%]/g, (c) => (c === '#' ? String(rng.int(0, 9)) : c === '%' ? String(rng.int(1, 9)) : 'ABCDEFGHJKLMNPRSTUVWXYZ'[rng.int(0, 22)]));
/** An id of n digits that starts with neither 0 nor 46 and has no personnummer shape (Message-IDs, UIDs, session ids). */
export const uid = (rng, n) => { for (;;) { const s = String(rng.int(1, 9)) + rng.digits(n - 1); if (!s.startsWith('46') && !hasPnrShape(s)) return s; } };
export const safe = (make) => { for (;;) { const v = make(); if (!hasPnrShape(v)) return v; } };
export function ocr(rng, n = rng.int(8, 16)) { const d = String(rng.int(1, 9)) + rng.digits(n - 2); return d + luhn(d.length % 2 ? d : `0${d}`); }
export function isbn(rng) {
  const body = `97891${rng.int(10, 99)}${rng.digits(3)}${rng.digits(3)}`.slice(0, 12);
  const c = (10 - ([...body].reduce((s, ch, i) => s + Number(ch) * (i % 2 ? 3 : 1), 0) % 10)) % 10;
  return `${body.slice(0, 3)}-${body.slice(3, 5)}-${body.slice(5, 9)}-${body.slice(9, 12)}-${c}`;
}
export function date(rng, from = '2026-01-05', to = '2026-11-20') {
  const a = Date.parse(`${from}T00:00:00Z`); const b = Date.parse(`${to}T00:00:00Z`);
  const t = new Date(a + rng.int(0, Math.round((b - a) / 86400000)) * 86400000);
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
}
export const svDate = (iso) => { const [y, m, d] = iso.split('-'); return `${Number(d)} ${L.MONTHS[Number(m) - 1]} ${y}`; };
export const hhmm = (rng) => `${p2(rng.int(7, 20))}:${p2(rng.int(0, 11) * 5)}`;
export const isoTs = (rng, d = date(rng)) => `${d}T${p2(rng.int(6, 21))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}Z`;
/** A clock for one session or day: next([lo, hi]) advances lo..hi seconds; .iso() / .hms() / .hm() read it. */
export function clock(rng, d, from = 7, to = 19) {
  let t = rng.int(from * 3600, to * 3600);
  const hms = () => `${p2(Math.floor(t / 3600) % 24)}:${p2(Math.floor(t / 60) % 60)}:${p2(t % 60)}`;
  const day = () => new Date(Date.parse(`${d}T00:00:00Z`) + Math.floor(t / 86400) * 86400000).toISOString().slice(0, 10);
  return { next(step = [4, 180]) { t += rng.int(step[0], step[1]); return this; }, hms, day, hm: () => hms().slice(0, 5), iso: () => `${day()}T${hms()}Z` };
}
export const plate = (rng) => fill(rng, rng.chance(0.6) ? '@@@ ##@' : '@@@ ###').replace(/ (\d\d)([A-Z])$/, (m, a, b) => ` ${a}${b}`);
const dateFmt = (rng) => { const d = date(rng); const [y, m, dd] = d.split('-'); return rng.pick([d, `${Number(dd)}/${Number(m)}`, `${dd}.${m}.${y}`, svDate(d), `${dd}/${m} ${y}`]); };
const money = (rng, lo = 49, hi = 48000) => { const n = rng.int(lo, hi); const s = n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n); return rng.pick([`${s},00 kr`, `${s} kr`, `${s}:-`, `SEK ${n}.${rng.pick(['00', '50'])}`]); };
/** kind → [category (or null), maker] */
const NM = {
  'pnr-bad-luhn': ['personnummer', (r) => badPnr(r, 'bad-luhn')],
  'pnr-bad-date': ['personnummer', (r) => badPnr(r, 'bad-date')],
  'masked-pnr': ['personnummer', (r) => { const p = makePnr(r); return r.chance(0.5) ? `${p.century}${p.yy}-XXXX` : `${p.yy}-****`; }],
  'birth-date': ['personnummer', (r) => { const p = makePnr(r); return `${p.century}${p.yy.slice(0, 2)}-${p.yy.slice(2, 4)}-${p.yy.slice(4)}`; }],
  orgnr: ['personnummer', makeOrgnr],
  ocr: ['personnummer', (r) => safe(() => ocr(r))],
  iban: [null, (r) => `SE${r.int(10, 99)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`],
  bankgiro: [null, (r) => `${r.int(100, 9999)}-${r.digits(4)}`],
  plusgiro: [null, (r) => `${r.int(10000, 999999)}-${r.digits(1)}`],
  date: [null, dateFmt],
  amount: [null, money],
  postcode: [null, (r) => `${r.int(111, 984)} ${r.digits(2)}`],
  plate: [null, plate],
  'chip-number': ['phone', (r) => safe(() => `752${r.pick(['09', '10', '21', '98'])}${r.digits(10)}`)],
  isbn: ['phone', (r) => safe(() => isbn(r))],
  'atc-code': [null, (r) => r.pick(L.MEDS)[1]],
  medicine: ['name', (r) => r.pick(L.MEDS)[0]],
  product: ['name', (r) => r.pick(L.PRODUCTS)],
  street: ['name', (r) => r.pick(L.STREETS_PERSON)],
  company: ['name', (r) => r.pick(L.COMPANIES_PERSON)],
  place: ['name', (r) => r.pick(L.PLACES_PERSON)],
  'pet-name': ['name', (r) => r.pick(L.PETS)],
  'pedigree-name': ['name', (r) => r.pick(L.PEDIGREE)],
  'book-title': ['name', (r) => r.pick(L.BOOKS)],
  'lower-words': ['name', (r) => r.pick(L.LOWER_WORDS)],
  'service-line': ['phone', serviceLine],
  'doc-ip': ['ip', docIp],
  version: ['ip', (r) => r.pick([`10.0.${r.pick(['19045', '22631', '26100'])}.${r.int(1000, 5000)}`, `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(100, 9999)}`])],
  mac: ['ip', (r) => Array.from({ length: 6 }, () => p2(r.int(0, 255).toString(16)).toUpperCase()).join(r.pick([':', '-']))],
  'user-agent': [null, (r) => r.pick([`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${r.int(118, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)} Safari/537.36`,
    `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${r.int(0, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${r.int(0, 6)} Mobile/15E148 Safari/604.1`,
    `Mozilla/5.0 (Linux; Android 14; SM-A${r.int(100, 599)}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${r.int(118, 131)}.0.0.0 Mobile Safari/537.36`])],
};
export const nmMake = (rng, kind) => NM[kind][1](rng);

// ---------- the per-file writer ----------
/**
 * ctx(C, file, rng): makers that write AND record. name(p, style) / nameAny(p) / joined(p) / lone(p) for people;
 * pnr(opts), phone(kind, style), mail(p), work(p, domain), ip(kind) for the other truth categories; nm(kind) for a
 * near-miss from the table above (tf: how it is written, e.g. lower-cased); pat(kind, pattern, category) for numbers of a shape; fix(category, kind, value)
 * for a fixed near-miss value (the organisation's switchboard, servers, role mailboxes).
 */
export function ctx(C, file, rng) {
  const R = C.at(file);
  const w = {
    file, rng, R,
    name: (p, style = 'full') => { const [v, s] = nameAs(p, style); return R.t('name', v, s); },
    nameAny: (p) => w.name(p, nameStyle(rng)),
    as: (value, subtype) => R.t('name', value, subtype),
    meta: (p) => R.t('name', p.full, 'doc-metadata'),
    joined: (p) => { C.joined(file, p.first, p.last); return p; },
    lone: (p) => R.n('name', 'lone-first-name', p.first),
    pnr: (o) => { const [v, s] = pnrV(rng, o); return R.t('personnummer', v, s); },
    phone: (kind, style) => { const [v, s] = phoneV(rng, kind, style); return R.t('phone', v, s); },
    mail: (p) => { const [v, s] = emailV(rng, p); return R.t('email', v, s); },
    work: (p, domain) => R.t('email', workEmail(p, domain), 'work'),
    ip: (kind = 'public') => {
      const [v, s] = kind === 'private' ? [rng.chance(0.2) ? cgnat(rng) : privateIp(rng), 'private-ip'] : kind === 'v6' ? [v6(rng), 'ipv6'] : [publicIp(rng), 'public-ipv4'];
      return R.t('ip', v, s);
    },
    nm: (kind, tf = (v) => v) => R.n(NM[kind][0], kind, tf(NM[kind][1](rng))),
    pat: (kind, pattern, category = null) => R.n(category, kind, safe(() => fill(rng, pattern))),
    fix: (category, kind, value) => R.n(category, kind, value),
    med: () => { const [m, a] = rng.pick(L.MEDS); return [R.n('name', 'medicine', m), R.n(null, 'atc-code', a)]; },
  };
  return w;
}

/** The organisation constants: domain, role mailboxes, switchboard, service line and server addresses (near-misses). */
export function org(label, { domain, roles = ['kundservice', 'noreply'], servers = 3 }) {
  const rng = new Rng(`${label}/org`);
  const sw = safe(() => `0${rng.pick(['8', '31', '40', '18', '90', '13', '19'])}-${rng.int(20, 79)}${rng.digits(1)} ${rng.digits(2)} 00`);
  return { domain, role: Object.fromEntries(roles.map((r) => [r, `${r}@${domain}`])), switchboard: sw, serviceLine: serviceLine(rng),
    servers: Array.from({ length: servers }, () => publicIp(rng)), bankgiro: `${rng.int(100, 999)}-${rng.digits(4)}`, orgnr: makeOrgnr(rng) };
}
/** Records the organisation's constants that occur in a text as near-misses of the file. */
export function orgNear(w, o, text) {
  for (const v of Object.values(o.role)) if (text.includes(v)) w.fix('email', 'role-email', v);
  if (text.includes(o.switchboard)) w.fix('phone', 'switchboard', o.switchboard);
  if (text.includes(o.serviceLine)) w.fix('phone', 'service-line', o.serviceLine);
  for (const ip of o.servers) if (text.includes(ip)) w.fix('ip', 'server-ip', ip);
  for (const m of text.matchAll(/^Message-ID: <([^>]+)>/gm)) w.fix('email', 'message-id', m[1]);
  if (text.includes(o.bankgiro)) w.fix(null, 'bankgiro', o.bankgiro);
  if (text.includes(o.orgnr)) w.fix('personnummer', 'orgnr', o.orgnr);
  return text;
}
