// Twelfth blind set — core: own seed, Rng re-seeded from it, people from twelfth/names.mjs, value makers that
// return { value, subtype }, the organisations' own numbers (near-misses) and small helpers. The recorder and the
// personnummer / phone / e-mail / IP makers come from seventh/lib.mjs, file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel as pnr, makePhone, phoneStyle, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp } from '../seventh/lib.mjs';
import { distinctPeople, isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
export { svDate, num, safe, iban, bankgiro, plusgiro, letters };
import { POOLS, ORIGINS, INTL } from './names.mjs';

export { Corpus, luhn, badPnr, makeOrgnr, serviceLine, publicIp, docIp, privateIp, cp1252ok, ascii, hasPnrShape, postcode, street, amount, sTime, sTimeS, CITIES } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, LOOKALIKE } from './names.mjs';

export const SEED = 'gdpr-scan/blind/twelfth/2026-11-24';
export const TODAY = '2026-11-24';

export class Rng extends Rng7 {
  constructor(label) { super(label, SEED); }
}

/** A person: { first, last, full, origin }. opts: origin, intl, cp1252 (must fit Windows-1252). */
export function person(rng, { origin, intl = false, cp1252 = false } = {}) {
  for (;;) {
    const o = origin ?? (intl ? rng.pick(INTL) : rng.weighted(ORIGINS));
    const first = rng.pick(POOLS[o].firsts); const last = rng.pick(POOLS[o].lasts);
    if (cp1252 && !cp1252ok(first + last)) continue;
    return { first, last, full: `${first} ${last}`, origin: o };
  }
}
/** Distinct people (no repeated full name, given or family name within one file → no accidental partial overlaps). */
export const people = (rng, n, opts) => distinctPeople(rng, n, opts, person);
/** A family member sharing the surname. */
export const kin = (rng, p, opts = {}) => { for (;;) { const q = person(rng, { origin: p.origin, ...opts }); if (q.first !== p.first) return { ...q, last: p.last, full: `${q.first} ${p.last}` }; } };

const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** How a name is written → { value, subtype }, value exactly as it appears. */
export function nameAs(p, style) {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'reversed': return { value: `${p.last}, ${p.first}`, subtype: 'reversed' };
    case 'caps-reversed': return { value: `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, subtype: 'caps-reversed' };
    case 'passport': return { value: `${p.last.toUpperCase().replace(/ /g, '')}/${p.first.toUpperCase().replace(/ /g, '')}`, subtype: 'passport-order' };
    case 'initial': return { value: `${p.first[0]}. ${capFirst(p.last)}`, subtype: 'initial' };
    default: return { value: p.full, subtype: 'full' };
  }
}
export const nameStyle = (rng) => rng.weighted([['full', 68], ['caps', 8], ['lower', 6], ['reversed', 12], ['caps-reversed', 2], ['initial', 4]]);

/** Personnummer: { value, subtype } (seventh/lib.mjs). */
export { pnr };
/** Phone → { value, subtype }. kind 'mobile' | 'landline' | 'foreign'. */
export function phone(rng, kind = rng.chance(0.78) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign-phone' };
  const ph = makePhone(rng, { kind });
  const st = style ?? phoneStyle(rng);
  return { value: ph.fmt(st), subtype: `${kind}-${st}` };
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'protonmail.com', 'bredband2.example', 'hemnet-post.example'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;

const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-20') => isoDateBetween(rng, from, to);
export const hhmm = (rng) => `${p2(rng.int(7, 20))}:${p2(rng.int(0, 11) * 5)}`;
export const isoTs = (rng, d) => `${d}T${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}Z`;
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const locator = (rng) => { let s = ''; const A = `${AZ}23456789`; while (s.length < 6) s += A[rng.int(0, A.length - 1)]; return /\d/.test(s) ? s : `${s.slice(0, 5)}${rng.int(2, 9)}`; };
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;

/** An organisation's own identifiers (all near-misses when written). */
export function org(rng, { name, domain, area = '8' }) {
  const sw = safe(() => `0${area}-${rng.digits(area.length === 1 ? 3 : 2)} ${rng.digits(2)} 00`);
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), swish: `123 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.14', '212.85', '91.198', '185.39'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.246', '81.93'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: ['kundservice', 'info', 'noreply', 'bokning', 'faktura'].map((r) => `${r}@${domain}`) };
}
/** A footer with the organisation's numbers; records them as near-misses in R's file. */
export function footer(R, o, parts = ['orgnr', 'bg', 'swish', 'switchboard', 'service']) {
  const L = { orgnr: ['Org.nr', 'orgnr', 'personnummer'], bg: ['Bankgiro', 'bankgiro', null], pg: ['Plusgiro', 'plusgiro', null], iban: ['IBAN', 'iban', null],
    swish: ['Swish', 'swish-org', 'phone'], switchboard: ['Växel', 'switchboard', 'phone'], service: ['Kundtjänst', 'service-line', 'phone'] };
  return `${o.name} · ${parts.map((k) => `${L[k][0]} ${R.n(L[k][2], L[k][1], o[k])}`).join(' · ')}`;
}
export const role = (R, o, i = 0) => R.n('email', 'role_email', o.roles[i]);
/** Adds one truth value written in style; returns the value. */
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);
export const fold = (line) => { const out = []; let s = line; while (s.length > 74) { out.push(s.slice(0, 74)); s = ` ${s.slice(74)}`; } out.push(s); return out.join('\r\n'); };
/** n distinct customers: { p, pn, ph, em } (person, personnummer, phone, e-mail as { value, subtype }). */
export function customers(rng, n, { pnrOpts = {}, samord = 0.05, phoneKind, domain, ...opts } = {}) {
  return people(rng, n, opts).map((p) => ({ p, pn: pnr(rng, { ...pnrOpts, samord: rng.chance(samord) }), ph: phone(rng, phoneKind), em: email(rng, p, domain) }));
}
/** A customer's address → { value, subtype }: public, CGNAT / RFC 1918 ('private-ip'), IPv6. */
export function ipVal(rng, w = [['pub', 70], ['cg', 12], ['v6', 10], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const ipPool = (rng, n, w) => Array.from({ length: n }, () => ipVal(rng, w));
