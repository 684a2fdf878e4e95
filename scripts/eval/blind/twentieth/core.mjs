// Twentieth blind set — core: own seed and today, the seventh set's Rng re-seeded from it, people from
// twentieth/names.mjs, value makers that return { value, subtype }, the organisations' own numbers (near-misses),
// writers the seventh set lacks (HTML-only mail, folded .ics/.vcf, paged PDF, HTML → text) and small helpers.
// The recorder and the personnummer / phone / e-mail / IP makers come from seventh/lib.mjs, the file writers from
// seventh/formats.mjs. Nothing here is derived from gdpr-scan's detectors or rules.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr,
  isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, amount, CITIES } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, LONE, LOOKALIKE } from './names.mjs';

export { Corpus, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, cp1252ok, ascii, hasPnrShape, postcode, street, amount, CITIES, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, LOOKALIKE };

export const SEED = 'gdpr-scan/blind/twentieth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, cp1252 = false, middle = 0.12 } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts).normalize('NFC'); const last = rng.pick(pool.lasts).normalize('NFC');
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first || first === last) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** n distinct people; given and family names not repeated within the list while the pools allow it. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const fulls = new Set(); const out = [];
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (guard < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (fulls.has(p.short) || fulls.has(p.full)) continue;
    firsts.add(p.first); lasts.add(p.last); fulls.add(p.full); fulls.add(p.short); out.push(p);
  }
  return out;
}
/** A relative sharing the family name. */
export const kin = (rng, p, opts = {}) => { for (;;) { const q = person(rng, { origin: p.origin, middle: 0, ...opts }); if (q.first !== p.first && !p.given.includes(q.first)) return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}` }; } };

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
export const nameStyle = (rng) => rng.weighted([['full', 72], ['caps', 6], ['lower', 6], ['surname-first', 12], ['surname-first-caps', 4]]);

/** Personnummer { value, subtype }. */
export function pnr(rng, { old = false, samord = false, minYear = 1938, maxYear = 2006, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1914, maxYear: 1925, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
}
/** Phone { value, subtype }: kind mobile | landline | foreign; styles add slash, dots and gateway `46…`. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign' };
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 6], ['dots', 3]]);
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = `0${ph.area}/${rng.chance(0.5) ? s : g(sizes, ' ')}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(st);
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'hotmail.se', 'bredband2.com', 'tele2.se', 'proton.me', 'gmx.de', 'me.com'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;

// ---------- dates, times, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-24') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
export const hhmm = (rng, lo = 7, hi = 20) => `${p2(rng.int(lo, hi))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng, lo = 0, hi = 23) => `${p2(rng.int(lo, hi))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d, lo, hi) => `${d}T${hms(rng, lo, hi)}Z`;
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const hex = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
export const mac = (rng, sep = ':') => Array.from({ length: 6 }, () => hex(rng, 2)).join(sep).toUpperCase();
export const clearing = (rng) => rng.pick([() => `${rng.int(3000, 3399)}`, () => `8${rng.int(100, 499)}-${rng.int(1, 9)}`, () => `${rng.int(6000, 6999)}`, () => `${rng.int(9020, 9029)}`])();
export const account = (rng) => safe(() => rng.pick([() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}-${rng.digits(1)}`, () => `${rng.int(1, 9)}${rng.digits(8)}`, () => `${rng.digits(2)}-${rng.digits(6)}-${rng.digits(1)}`])());
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a04:4540', '2a00:1a28'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A person's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 12], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
/** A property designation (fastighetsbeteckning), a near-miss. */
export const fastighet = (rng) => `${rng.pick(['Ekhagen', 'Solrosen', 'Lärkan', 'Björnen', 'Tallmon', 'Rönnbäret', 'Kvarnen', 'Gläntan', 'Sjöviken', 'Hästhoven'])} ${rng.int(1, 40)}:${rng.int(1, 120)}`;

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['info', 'kundservice', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : area.length === 2 ? `0${area}-${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(1)}00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.17', '212.105', '91.226', '185.62', '193.12'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.30', '81.170', '213.80'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['62.20', '195.198'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: roles.map((r) => `${r}@${domain}`) };
}

/** One file's recorder: t(cat, {value, subtype}) / t(cat, value, subtype), n(cat, kind, value), j(first, last). */
export function at(C, file) {
  const R = C.at(file);
  return {
    file,
    t: (cat, v, st) => (typeof v === 'object' ? R.t(cat, v.value, st ?? v.subtype) : R.t(cat, v, st)),
    n: (cat, kind, v) => R.n(cat, kind, v),
    j: (first, last, st = 'split-joined') => C.joined(file, first, last, st),
    /** name of p in a style, recorded; `st` overrides the subtype (role subtypes like 'staff', 'guardian'). */
    nm: (p, style = 'full', st) => { const v = nameAs(p, style); return R.t('name', v.value, st && (style === 'full' || style === 'short') ? st : v.subtype); },
    ph: (v) => R.t('phone', v.value, v.subtype),
    em: (v) => R.t('email', v.value, v.subtype),
    pn: (v) => R.t('personnummer', v.value, v.subtype),
    ip: (v) => R.t('ip', v.value, v.subtype),
  };
}

/** Near-miss helpers bound to one file's recorder. */
export function nears(R, rng) {
  return {
    badLuhn: () => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn')),
    badDate: () => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date')),
    orgnr: () => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng)),
    masked: () => R.n('personnummer', 'masked-pnr', `${rng.int(1950, 2004)}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}-${rng.pick(['XXXX', '****', 'xxxx'])}`),
    service: () => R.n('phone', 'service-line', serviceLine(rng)),
    docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
    date: (v) => R.n(null, 'date', v),
    amount: (v) => R.n(null, 'amount', v),
    id: (kind, v, cat = null) => R.n(cat, kind, v),
    lone: (v) => R.n('name', 'lone-first-name', v),
    surname: (v) => R.n('name', 'surname-alone', v),
    look: (kind, v) => R.n('name', kind, v),
    lower: (v) => R.n('name', 'lower-words', v),
    role: (v) => R.n('email', 'role-email', v),
    mac: (v) => R.n('ip', 'mac-address', v),
    server: (v) => R.n('ip', 'server-ip', v),
    device: (v) => R.n('ip', 'own-device-ip', v),
    postcode: (v) => R.n(null, 'postcode', v),
    street: (v) => R.n(null, 'street', v),
  };
}
export function footer(R, o, parts = ['orgnr', 'bg', 'switchboard']) {
  const L = { orgnr: ['Org.nr', 'organisationsnummer', 'personnummer'], bg: ['Bankgiro', 'bankgiro', null], pg: ['Plusgiro', 'plusgiro', null], iban: ['IBAN', 'iban', null],
    switchboard: ['Växel', 'switchboard', 'phone'], service: ['Kundtjänst', 'service-line', 'phone'] };
  return `${o.name} | ${parts.map((k) => `${L[k][0]} ${R.n(L[k][2], L[k][1], o[k])}`).join(' | ')}`;
}
export const role = (R, o, i = 0) => R.n('email', 'role-email', o.roles[i]);

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table|ul)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
/** PDF from a flat list of lines, `per` lines a page (text must be Windows-1252). */
export const pdfLines = (lines, { per = 50, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages, { title }); };
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
/** mbox "From " line date. */
export const mboxDate = (iso, t = '09:14:07') => { const [y, m, d] = iso.split('-').map(Number); const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; const mn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]; return `${wd} ${mn} ${String(d).padStart(2, ' ')} ${t} ${y}`; };
/** A sloppy note writer's touch: sometimes all lower case, abbreviations. Only for text without labelled names. */
export const sloppy = (rng, s) => (rng.chance(0.5) ? s.toLowerCase() : s).replace(/ och /g, rng.chance(0.5) ? ' o ' : ' och ').replace(/ med /g, rng.chance(0.5) ? ' m ' : ' med ');
export const greetLone = (R, rng, N, who) => { const f = who ?? rng.pick(LONE); N.lone(f); return rng.pick([`Hej ${f}!`, `Hej ${f},`, `Hejsan ${f}`, `Hi ${f},`, `God morgon ${f}!`]); };
