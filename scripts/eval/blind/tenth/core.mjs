// Tenth blind set — core: own seed, Rng re-seeded from it, people from tenth/names.mjs, value makers that return
// { value, subtype } and small helpers. Plumbing (recorder, personnummer/phone/e-mail/IP makers) comes from seventh/lib.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, makePhone, phoneStyle, foreignPhone, makeEmail, ascii } from '../seventh/lib.mjs';
import { distinctPeople, isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro } from '../seventh/lib.mjs';
export { svDate, num, safe, iban, bankgiro, plusgiro };
import { POOLS, ORIGINS, INTL } from './names.mjs';

export { Corpus, luhn, badPnr, makeOrgnr, serviceLine, publicIp, docIp, privateIp, cp1252ok, ascii, safeDigits, postcode, street, amount, sTime, sTimeS } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';

export const SEED = 'gdpr-scan/blind/tenth/2026-11-24';
export const TODAY = '2026-11-24';

export class Rng extends Rng7 {
  constructor(label) {
    super(label, SEED);
  }
}

/** A person: { first, last, full, origin }. opts: origin, intl (international client), cp1252 (must fit Windows-1252). */
export function person(rng, { origin, intl = false, cp1252 = false } = {}) {
  for (;;) {
    const o = origin ?? (intl ? rng.pick(INTL) : rng.weighted(ORIGINS));
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    if (cp1252 && !cp1252ok(first + last)) continue;
    return { first, last, full: `${first} ${last}`, origin: o };
  }
}
/** A set of distinct people (no repeated full name within one file). */
export const people = (rng, n, opts) => distinctPeople(rng, n, opts, person);

const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** How a name is written. Returns { value, subtype } — value exactly as it appears. */
export function nameAs(p, style) {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'reversed': return { value: `${p.last}, ${p.first}`, subtype: 'reversed' };
    case 'caps-reversed': return { value: `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, subtype: 'caps-reversed' };
    case 'initial': return { value: `${p.first[0]}. ${capFirst(p.last)}`, subtype: 'initial' };
    default: return { value: p.full, subtype: 'full' };
  }
}
export const nameStyle = (rng) => rng.weighted([['full', 70], ['caps', 8], ['lower', 6], ['reversed', 10], ['caps-reversed', 2], ['initial', 4]]);

/** Personnummer: { value, subtype } (seventh/lib.mjs). */
export { pnrLabel as pnr } from '../seventh/lib.mjs';
/** Phone: { value, subtype }. kind 'mobile' | 'landline' | 'foreign'. */
export function phone(rng, kind = rng.chance(0.75) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign-phone' };
  const ph = makePhone(rng, { kind });
  const st = style ?? phoneStyle(rng);
  return { value: ph.fmt(st), subtype: `${kind}-${st}` };
}
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, domain ? { domain } : {}), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;

const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-20') => isoDateBetween(rng, from, to);
export const hhmm = (rng) => `${p2(rng.int(6, 21))}:${p2(rng.int(0, 11) * 5)}`;
export const isoTs = (rng, d) => `${d}T${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}Z`;
/** A number written as a near-miss that must not look like a valid personnummer/phone. */
/** Re-draws a near-miss until no digit run in it (also joined over spaces and dashes) passes as a personnummer. */
export const plate = (rng) => `${'ABCDEFGHJKLMNOPRSTUWXYZ'[rng.int(0, 22)]}${'ABCDEFGHJKLMNOPRSTUWXYZ'[rng.int(0, 22)]}${'ABCDEFGHJKLMNOPRSTUWXYZ'[rng.int(0, 22)]} ${rng.digits(2)}${rng.chance(0.4) ? 'ABCDEFGHJKLMNPRSTUWXYZ'[rng.int(0, 21)] : rng.int(0, 9)}`;
export const vin = (rng) => { const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; let s = rng.pick(['YV1', 'WVW', 'WBA', 'VF1', 'JTD', 'TMB', 'YS3']); while (s.length < 17) s += A[rng.int(0, A.length - 1)]; return s; };
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const v6prefix = (rng) => `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801'])}:${rng.int(0x100, 0xfff).toString(16)}:${rng.int(0x1000, 0xffff).toString(16)}::`;
/** Mail writers' decoded text omits Message-ID headers; add them (they are in the raw header block). */
export const withIds = (o, msgs) => ({ bytes: o.bytes, text: `${o.text}\n${msgs.map((m) => `Message-ID: <${m.id}>`).join('\n')}` });
