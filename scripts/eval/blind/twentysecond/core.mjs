// Twenty-second blind set — core: own seed and today, Rng re-seeded from it (one stream per file, so files do not
// depend on each other), people with fixed identities (personnummer, phone, e-mail) written in a style chosen per
// occurrence, a per-file recorder (`ctx`) whose writers record each value as they return it, the organisations' own
// numbers (near-misses), and writers the seventh set lacks (HTML-only mail, .ics/.vcf folding, paged PDF).
import { Rng as Rng7, cp1252ok, makePnr, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr,
  hasPnrShape, isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, amount, CITIES } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, LONE, LOOKALIKE } from './names.mjs';

export { Corpus } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, amount, CITIES, LONE, LOOKALIKE, ascii, hasPnrShape, luhn, cp1252ok };

export const SEED = 'gdpr-scan/blind/twentysecond/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'bredband2.com', 'tele2.se', 'proton.me', 'spray.se', 'hotmail.se', 'me.com', 'gmx.de'];

/**
 * A person { first, last, given, middle, full, short, origin } with an identity: pnr (makePnr object), ph (makePhone
 * object, or a foreign number string), mail. opts: origin, cp1252, middle, minYear, maxYear, samord, old, kind, domain.
 */
export function person(rng, opts = {}) {
  const { origin, cp1252 = false, middle = 0.12 } = opts;
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    const p = { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
    return identity(rng, p, opts);
  }
}
export function identity(rng, p, { minYear = 1938, maxYear = 2004, samord, old = false, kind, domain, foreign } = {}) {
  const sam = samord ?? (p.origin !== 'swedish' && rng.chance(0.05));
  p.pnr = old ? makePnr(rng, { minYear: 1913, maxYear: 1925 }) : makePnr(rng, { minYear, maxYear, samord: sam });
  p.old = old;
  p.foreign = typeof foreign === 'boolean' ? foreign : rng.chance(foreign ?? 0.03);
  p.ph = p.foreign ? foreignPhone(rng) : makePhone(rng, { kind: kind ?? (rng.chance(0.85) ? 'mobile' : 'land') });
  p.mail = makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) });
  return p;
}
/** Distinct people: no given or family name repeated while that is possible. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const fulls = new Set(); const out = [];
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (guard < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (fulls.has(p.full)) continue;
    firsts.add(p.first); lasts.add(p.last); fulls.add(p.full); out.push(p);
  }
  return out;
}
/** A relative sharing the family name (child, spouse, sibling). */
export function kin(rng, p, opts = {}) {
  for (;;) {
    const pool = POOLS[p.origin];
    const first = rng.pick(pool.firsts);
    if (first === p.first) continue;
    const q = { first, last: p.last, given: first, middle: '', full: `${first} ${p.last}`, short: `${first} ${p.last}`, origin: p.origin };
    return identity(rng, q, opts);
  }
}
/** Staff of an organisation: work address at its domain, a direct line or mobile. */
export function staff(rng, n, domain, opts = {}) {
  return people(rng, n, opts).map((p) => ({ ...p, mail: workEmail(p, domain), staff: true }));
}
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;

/** How a name is written → { value, subtype }. */
export function nameAs(p, style = 'full') {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'surname-first': return { value: `${p.last}, ${p.given}`, subtype: 'surname-first' };
    case 'surname-first-caps': return { value: `${p.last}, ${p.given}`.toUpperCase(), subtype: 'surname-first-caps' };
    case 'surname-first-nocomma': return { value: `${p.last} ${p.given}`, subtype: 'surname-first-nocomma' };
    case 'passport': return { value: `${p.last.toUpperCase()} ${p.given}`, subtype: 'surname-caps-first' };
    case 'short': return { value: p.short, subtype: 'full' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng, w = [['full', 72], ['caps', 6], ['lower', 5], ['surname-first', 12], ['surname-first-caps', 3], ['surname-first-nocomma', 2]]) => rng.weighted(w);

const PHONE_STYLES = [['grouped', 30], ['compact', 17], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 5], ['dots', 3], ['paren', 2]];
/** Formats a makePhone object → { value, subtype }. */
export function fmtPhone(ph, st) {
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = `0${ph.area}/${g(sizes, ' ')}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else if (st === 'paren') v = `(0${ph.area}) ${g(sizes, ' ')}`;
  else v = ph.fmt(st);
  return { value: v, subtype: `${ph.kind === 'mobile' ? 'mobile' : 'landline'}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
/** Formats a makePnr object → { value, subtype }. */
export function fmtPnr(rng, P, style) {
  let st = style ?? (P.y <= 1925 ? rng.pick(['plus', 'plus', 'long', 'long-dash']) : rng.weighted([['short', 44], ['long', 24], ['long-dash', 14], ['space', 6], ['compact', 12]]));
  if (st === 'plus' && P.y > 1925) st = 'short';
  if (P.y <= 1925 && ['short', 'space', 'compact'].includes(st)) st = 'plus';
  if (P.y === 1926 && ['short', 'space', 'compact', 'plus'].includes(st)) st = 'long';
  const subtype = P.samord ? 'samordningsnummer' : st === 'plus' ? 'centenarian-plus' : `pnr-${st}`;
  return { value: P.fmt(st), subtype };
}

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-20') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
export const hhmm = (rng, lo = 6, hi = 21) => `${p2(rng.int(lo, hi))}:${p2(rng.int(0, 59))}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
export const ibanSE = (rng) => iban(rng);
export const clearing = (rng) => rng.pick([() => `${rng.int(3000, 3399)}`, () => `8${rng.int(100, 499)}-${rng.int(1, 9)}`, () => `${rng.int(6000, 6999)}`, () => `${rng.int(9020, 9029)}`])();
export const account = (rng) => safe(() => rng.pick([() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}-${rng.digits(1)}`, () => `${rng.int(1, 9)}${rng.digits(8)}`, () => `${rng.digits(2)}-${rng.digits(6)}-${rng.digits(1)}`])());
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const hex = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2043', '2a00:801', '2a01:2b0', '2001:9b1', '2a02:1406'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
export const mac = (rng) => Array.from({ length: 6 }, () => hex(rng, 2)).join(':').toUpperCase();
export const uuid = (rng) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
export const regnr = (rng) => `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.5) ? letters(rng, 1) : rng.digits(1)}`;
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 70], ['cg', 8], ['v6', 14], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0'];

/** An organisation's own identifiers (near-misses when written). */
export function org(rng, { name, domain, area = '8', roles = ['kundservice', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    servers: [`${rng.pick(['194.17', '212.247', '91.207', '185.53', '193.235'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.21', '81.170', '213.80'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: roles.map((r) => `${r}@${domain}`) };
}

/**
 * The per-file recorder: every writer records the value it returns. `x.nm(p, style)`, `x.pnr(p, style)`,
 * `x.tel(p, style)`, `x.mail(p)`, `x.ip()`, `x.join(first, last)`; near-misses `x.n.*`; `x.put(out)` stores the file.
 */
export function ctx(C, file, label = file) {
  const rng = new Rng(label);
  const R = C.at(file);
  const x = {
    rng, R, file,
    nm(p, style, sub) { const v = nameAs(p, style ?? 'full'); return R.t('name', v.value, sub ?? v.subtype); },
    nmr(p, sub, w) { return x.nm(p, nameStyle(rng, w), sub); },
    join(first, last, sub = 'split-joined') { C.joined(file, first, last, sub); return [first, last]; },
    pnr(p, style, sub) { const v = fmtPnr(rng, p.pnr, style); return R.t('personnummer', v.value, sub ?? v.subtype); },
    tel(p, style, sub) {
      if (typeof p.ph === 'string') return R.t('phone', p.ph, sub ?? 'foreign');
      const v = fmtPhone(p.ph, style ?? rng.weighted(PHONE_STYLES));
      return R.t('phone', v.value, sub ?? (p.staff ? `staff-${v.subtype}` : v.subtype));
    },
    mail(p, sub) { return R.t('email', p.mail, sub ?? (p.staff ? 'staff-work' : 'personal')); },
    ip(w, sub) { const v = ipVal(rng, w); return R.t('ip', v.value, sub ?? v.subtype); },
    t: (cat, v, sub) => R.t(cat, v, sub),
    /** A browser user agent; a Chrome version `130.0.0.0` is recorded as a near-miss (it looks like an IPv4 address). */
    ua() { const u = rng.pick(UA); const v = /Chrome\/(\d+\.0\.0\.0)/.exec(u); if (v) R.n('ip', 'version', v[1]); return u; },
    put(out) { C.put(file, out.bytes, out.text); },
    n: {
      badLuhn: () => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn')),
      badDate: () => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date')),
      orgnr: (v) => R.n('personnummer', 'organisationsnummer', v ?? makeOrgnr(rng)),
      masked: () => { const P = makePnr(rng, { minYear: 1950, maxYear: 2000 }); return R.n('personnummer', 'masked-pnr', rng.pick([`${P.century}${P.yy}-XXXX`, `${P.yy}-****`, `${P.century}${P.yy}-xxxx`])); },
      service: (v) => R.n('phone', 'service-line', v ?? serviceLine(rng)),
      switchboard: (v) => R.n('phone', 'switchboard', v),
      docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
      server: (v) => R.n('ip', 'server-ip', v),
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
      company: (v) => R.n('name', 'company', v),
    },
  };
  return x;
}
export function footer(x, o, parts = ['orgnr', 'bg', 'switchboard', 'service']) {
  const L = { orgnr: ['Org.nr', () => x.n.orgnr(o.orgnr)], bg: ['Bankgiro', () => x.n.id('bankgiro', o.bg)], pg: ['Plusgiro', () => x.n.id('plusgiro', o.pg)],
    iban: ['IBAN', () => x.n.id('iban', o.iban)], switchboard: ['Växel', () => x.n.switchboard(o.switchboard)], service: ['Kundtjänst', () => x.n.service(o.service)] };
  return `${o.name} | ${parts.map((k) => `${L[k][0]} ${L[k][1]()}`).join(' | ')}`;
}

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table|article|section)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
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
export function htmlEml({ from, to, cc = [], subject, date: d, id, html, enc = 'b64', hdrMode = 'Q', extra = [] }) {
  const a = ([n, e], enc2) => (n ? `${enc2 ? ew(n, hdrMode) : n} <${e}>` : e);
  const head = [`From: ${a(from, 1)}`, `To: ${to.map((t) => a(t, 1)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((t) => a(t, 1)).join(', ')}`] : []),
    `Subject: ${ew(subject, hdrMode).replace(/^"|"$/g, '')}`, `Date: ${d}`, `Message-ID: <${id}>`, 'MIME-Version: 1.0', ...extra,
    'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${enc === 'b64' ? 'base64' : 'quoted-printable'}`];
  const dhead = [`From: ${a(from)}`, `To: ${to.map((t) => a(t)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((t) => a(t)).join(', ')}`] : []), `Subject: ${subject}`];
  const raw = `${head.join('\r\n')}\r\n\r\n${enc === 'b64' ? b64(html) : qp(html)}\r\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(html)}` };
}
export const jsonOut = (obj, indent = 2) => { const s = JSON.stringify(obj, null, indent); return { bytes: Buffer.from(`${s}\n`, 'utf8'), text: s }; };
export const textOut = (s, { crlf = false, bom = false } = {}) => { const body = Buffer.from(crlf ? s.replace(/\r?\n/g, '\r\n') : s, 'utf8'); return { bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body, text: s }; };
export const ndjson = (objs) => textOut(`${objs.map((o) => JSON.stringify(o)).join('\n')}\n`);
/** vCard 3.0 (folded). */
export const vcard = (cards) => folded(cards.flatMap((c) => ['BEGIN:VCARD', 'VERSION:3.0', ...c, 'END:VCARD']));
export { publicIp, privateIp, makeOrgnr, serviceLine, foreignPhone, makePhone, makePnr, isoDateBetween, p2 };
