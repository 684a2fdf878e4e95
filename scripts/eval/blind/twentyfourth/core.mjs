// Twenty-fourth blind set — core: own seed and today, the seventh set's Rng under that seed, people from
// twentyfourth/names.mjs, value makers returning { value, subtype }, the organisations' own numbers (near-misses),
// writers the seventh set lacks (HTML-only mail, .ics/.vcf with folding, paged PDF, HTML → text) and small helpers.
// The recorder and the personnummer / phone / e-mail / IP makers come from seventh/lib.mjs, the file writers from
// seventh/formats.mjs. Modelled on the fourteenth set's core (its structure; the values and pools are this set's own).
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr } from '../seventh/lib.mjs';
import { isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp, htmlEsc } from '../seventh/formats.mjs';
import { POOLS, ORIGINS } from './names.mjs';

export { svDate, num, safe, iban, bankgiro, plusgiro, letters };
export { Corpus, luhn, badPnr, makeOrgnr, serviceLine, publicIp, privateIp, cp1252ok, ascii, hasPnrShape, postcode, street, amount, CITIES } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, LOOKALIKE, POOLS } from './names.mjs';

export const SEED = 'gdpr-scan/blind/twentyfourth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }. */
export function person(rng, { origin, cp1252 = false, middle = 0.1, origins = ORIGINS } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(origins);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts).normalize('NFC'); const last = rng.pick(pool.lasts).normalize('NFC');
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** Distinct people: no full name twice; given and family names kept apart as long as the pools allow. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const fulls = new Set(); const out = [];
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (guard < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (fulls.has(p.full) || fulls.has(p.short)) continue;
    if (out.some((q) => q.first === p.first && q.last === p.last)) continue;
    firsts.add(p.first); lasts.add(p.last); fulls.add(p.full); fulls.add(p.short); out.push(p);
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
    case 'short': return { value: p.short, subtype: 'full' };
    case 'initial': return { value: `${p.first[0]}. ${p.last}`, subtype: 'initial' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng) => rng.weighted([['full', 72], ['caps', 6], ['lower', 6], ['surname-first', 12], ['surname-first-caps', 4]]);

/** Personnummer { value, subtype }. old: born 1913–1924 (written with `+`, or with the century). */
export function pnr(rng, { old = false, samord = false, minYear = 1936, maxYear = 2006, style } = {}) {
  if (old) return pnrLabel(rng, { minYear: 1913, maxYear: 1924, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) });
  return pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
}
/** Phone { value, subtype }. kind mobile | landline | foreign. Styles: grouped, compact, intl, dash, spaced, e164, 0046, intl0, slash, dots, plain46. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign' };
  const ph = makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
  const st = style ?? rng.weighted([['grouped', 30], ['compact', 17], ['intl', 13], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 6], ['dots', 3]]);
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
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'bredband2.com', 'bahnhof.se', 'proton.me', 'hotmail.se', 'msn.com', 'tele2.se', 'glocalnet.net'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const T = (R, cat, v) => R.t(cat, v.value, v.subtype);
/** Record a person's name in a style → the written value. */
export const NM = (R, p, style = 'full', sub) => { const v = nameAs(p, style); return R.t('name', v.value, sub ?? v.subtype); };

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export { p2 };
export const date = (rng, from = '2026-01-07', to = '2026-11-24') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m} ${y}`; };
export const hhmm = (rng) => `${p2(rng.int(7, 21))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const addDays = (iso, n) => { const t = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000); return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`; };
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
export function imei(rng) { for (;;) { const b = `35${rng.digits(12)}`; let s = 0; for (let i = 0; i < 14; i++) { let d = Number(b[i]) * (i % 2 ? 2 : 1); if (d > 9) d -= 9; s += d; } const v = `${b}${(10 - (s % 10)) % 10}`; if (!hasPnrShape(v)) return v; } }
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const kr = (rng, lo = 100, hi = 20000) => { const n = rng.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${rng.pick(['00', '00', '50', String(rng.int(10, 99))])}`; };
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2042', '2a00:801', '2a01:2b0', '2001:9b1', '2a02:1406'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 70], ['cg', 8], ['v6', 14], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['kundservice', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.14', '212.85', '91.198', '185.39', '193.183', '5.150'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.246', '81.93', '213.115', '62.20'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
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
    masked: () => R.n('personnummer', 'masked-pnr', `${rng.int(1950, 2004)}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}-${rng.pick(['XXXX', '****', 'xxxx'])}`),
    service: () => R.n('phone', 'service-line', serviceLine(rng)),
    docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
    date: (v) => R.n(null, 'date', v),
    time: (v) => R.n(null, 'time', v),
    amount: (v) => R.n(null, 'amount', v),
    id: (kind, v, cat = null) => R.n(cat, kind, v),
    lone: (v) => R.n('name', 'lone-first-name', v),
    surname: (v) => R.n('name', 'surname-alone', v),
    look: (kind, v) => R.n('name', kind, v),
    lower: (v) => R.n('name', 'lower-words', v),
    role: (v) => R.n('email', 'role-email', v),
    postcode: (v) => R.n(null, 'postcode', v),
  };
}

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
export const H = htmlEsc;
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
/** HTML page → { bytes, text } (text as an HTML stripper reads it). */
export const htmlPage = (html) => ({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
/** Put a { bytes, text } pair. */
export const putW = (C, file, w) => C.put(file, w.bytes, w.text);
/** vCard text escaping (commas, semicolons, backslashes). */
export const vcardEsc = (s) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
