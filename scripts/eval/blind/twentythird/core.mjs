// Twenty-third blind set — core: own seed and today, the seventh set's Rng under that seed, people from
// twentythird/names.mjs, value makers returning { value, subtype }, the organisations' own numbers (near-misses),
// writers the seventh set lacks (HTML-only mail, folded .ics/.vcf, paged PDF, HTML → text, mojibake) and helpers.
// Modelled on the fourteenth set's core (read as allowed); the recorder, the personnummer / phone / e-mail / IP makers
// come from seventh/lib.mjs, the file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr } from '../seventh/lib.mjs';
import { isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS } from './names.mjs';

export { svDate, num, safe, iban, bankgiro, plusgiro, letters };
export { Corpus, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, cp1252ok, ascii, hasPnrShape, postcode, street, amount, CITIES } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, LOOKALIKE } from './names.mjs';

export const SEED = 'gdpr-scan/blind/twentythird/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, cp1252 = false, middle = 0.12 } = {}) {
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
/** n people with no full name twice, and (while the pools allow) no given or family name twice. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const out = []; let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    const strict = guard < n * 30;
    if (strict && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (out.some((q) => q.full === p.full || q.short === p.short)) continue;
    firsts.add(p.first); lasts.add(p.last); out.push(p);
  }
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
    case 'slash': return { value: `${p.last}/${p.first}`.toUpperCase(), subtype: 'surname-slash' };
    case 'short': return { value: p.short, subtype: 'full' };
    case 'initial': return { value: `${p.first[0]}. ${p.last}`, subtype: 'initial' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng) => rng.weighted([['full', 70], ['caps', 7], ['lower', 6], ['surname-first', 13], ['surname-first-caps', 4]]);

/** Personnummer { value, subtype }. old: born 1913–1925 (with `+` or the century). */
export function pnr(rng, { old = false, samord = false, minYear = 1936, maxYear = 2006, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1913, maxYear: 1925, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
}
/** Phone { value, subtype }. kind mobile | landline | foreign. Styles add slash, dots and gateway `46…`. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign' };
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 13], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 6], ['dots', 3], ['dashpairs', 2]]);
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = `0${ph.area}/${s}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'dashpairs') v = `0${ph.area}-${g(sizes, '-')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(st);
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'hotmail.se', 'bredband2.com', 'tele2.se', 'proton.me', 'gmx.de', 'msn.com'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);
/** Records a person's name as written; returns the written string. */
export const TN = (R, p, style = 'full', sub) => { const v = nameAs(p, style); return R.t('name', v.value, sub ?? v.subtype); };

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-23') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [, m, d] = iso.split('-'); return `${Number(d)}/${Number(m)}`; };
export const hhmm = (rng) => `${p2(rng.int(6, 21))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const clearing = (rng) => rng.pick([() => `${rng.int(3000, 3399)}`, () => `8${rng.int(100, 499)}-${rng.int(1, 9)}`, () => `${rng.int(6000, 6999)}`, () => `${rng.int(9020, 9029)}`])();
export const account = (rng) => safe(() => rng.pick([() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}-${rng.digits(1)}`, () => `${rng.int(1, 9)}${rng.digits(8)}`, () => `${rng.digits(2)}-${rng.digits(6)}-${rng.digits(1)}`])());
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
const AZ = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const regnr = (rng) => `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.5) ? rng.digits(1) : alnum(rng, 1)}`;
export const mac = (rng) => Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join(':');
export const gps = (rng) => `${rng.int(55, 67)}.${rng.digits(5)}, ${rng.int(11, 23)}.${rng.digits(5)}`;
export const sweref = (rng) => `N ${rng.int(6200000, 7600000)} E ${rng.int(300000, 900000)}`;
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a04:2a80'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 12], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const ua = (rng) => rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15']);

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['kundtjanst', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : area.length === 2 ? `0${area}-${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(1)}${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.17', '212.247', '91.209', '185.52', '193.150'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.30', '81.170', '213.88'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
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
    masked: () => { const v = pnrLabel(rng, { style: 'short' }).value; return R.n('personnummer', 'masked-pnr', `${v.slice(0, 7)}${rng.pick(['XXXX', 'xxxx', '****'])}`); },
    orgnr: () => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng)),
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
  };
}

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
export const pdfLines = (lines, { per = 50, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages, { title }); };
/** RFC 5545/6350 folding (75 octets); text = unfolded lines. */
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
/** UTF-8 bytes read as Latin-1, as some chat exports write names (`HyvÃ¶nen`). */
export const mojibake = (s) => Buffer.from(s, 'utf8').toString('latin1');
export const jsonText = (obj, indent = 2) => JSON.stringify(obj, null, indent);
/** Adds a file (writer result { bytes, text } or a string). */
export const put = (C, file, w) => (typeof w === 'string' ? C.put(file, w, w) : C.put(file, w.bytes, w.text));
/** Calls one of the given functions (lazy choice: only the chosen branch records labels). */
export const alt = (rng, ...fns) => rng.pick(fns)();
