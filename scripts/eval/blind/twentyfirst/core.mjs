// Twentyfirst blind set — core: its own seed and today, the seventh set's Rng under that seed, people drawn from
// twentyfirst/names.mjs (each carrying a personnummer, a mobile, an e-mail, an address), renderers that return
// { value, subtype }, the organisations' own numbers (near-misses), a per-file writer `W` that records as it renders,
// and writers the seventh set lacks (HTML-only mail, .ics/.vcf folding, paged PDF, zip with text, HTML → text).
// The recorder and the personnummer / phone / e-mail / IP makers come from seventh/lib.mjs, the file writers from
// seventh/formats.mjs.
import { Rng as Rng7, makePnr, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, badPnr, hasPnrShape,
  cp1252ok, isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, luhn } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp, zip } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, LONE, LOOKALIKE } from './names.mjs';

export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, street, luhn, makeOrgnr, serviceLine, publicIp, privateIp, badPnr, hasPnrShape, cp1252ok, ascii };
export { LONE, LOOKALIKE };

export const SEED = 'gdpr-scan/blind/twentyfirst/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

export const CITIES = ['Norrvik', 'Solhamra', 'Björkfors', 'Åsele', 'Kungsör', 'Ljusdal', 'Mölnlycke', 'Tranås', 'Östhammar', 'Härnösand', 'Vänersborg', 'Skellefteå', 'Lidköping', 'Hudiksvall', 'Ystad', 'Falun'];
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'hotmail.se', 'bredband2.com', 'proton.me', 'me.com', 'gmail.com', 'outlook.com'];

// ---------- people ----------
/**
 * A person: { first, last, given, middle, full, short, origin, pn (makePnr), mob (makePhone mobile), email, street, zip, city }.
 * `cp`: only Windows-1252 letters (cp1252 CSVs, PDFs). Years: birth years; `samord`: chance of a samordningsnummer.
 */
export function person(rng, { origin, cp = false, middle = 0.12, minYear = 1940, maxYear = 2004, samord = 0.03, domain } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    const mid = pool.middles.length && rng.chance(middle) ? rng.pick(pool.middles) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp && !cp1252ok(given + last)) continue;
    const isSam = o !== 'swedish' && rng.chance(samord * 4);
    const pn = makePnr(rng, { minYear, maxYear, samord: isSam });
    const mob = makePhone(rng, { kind: 'mobile' });
    const email = makeEmail(rng, { first, last }, { domain: domain ?? rng.pick(FREE) });
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o, pn, mob, email,
      street: street(rng), zip: postcode(rng), city: rng.pick(CITIES) };
  }
}
/** Distinct people: no given or family name repeated in the list while that is possible. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const fulls = new Set(); const out = [];
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (guard < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    if (fulls.has(p.full) || fulls.has(p.short)) continue;
    firsts.add(p.first); lasts.add(p.last); fulls.add(p.full); fulls.add(p.short); out.push(p);
  }
  return out;
}
/** A relative with the same family name (child: born minYear..maxYear). */
export function kin(rng, p, opts = {}) {
  for (;;) {
    const q = person(rng, { origin: p.origin, middle: 0, ...opts, cp: opts.cp ?? false });
    if (q.first === p.first) continue;
    return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}`, email: makeEmail(rng, { first: q.first, last: p.last }, { domain: rng.pick(FREE) }) };
  }
}

/** How a name is written → { value, subtype }. */
export function nameAs(p, style = 'full') {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'short': return { value: p.short, subtype: 'full' };
    case 'surname-first': return { value: `${p.last}, ${p.given}`, subtype: 'surname-first' };
    case 'surname-first-short': return { value: `${p.last}, ${p.first}`, subtype: 'surname-first' };
    case 'surname-first-caps': return { value: `${p.last}, ${p.given}`.toUpperCase(), subtype: 'surname-first-caps' };
    case 'surname-first-nocomma': return { value: `${p.last} ${p.given}`, subtype: 'surname-first-nocomma' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng, w = [['full', 72], ['caps', 6], ['lower', 5], ['surname-first', 13], ['surname-first-caps', 4]]) => rng.weighted(w);

// ---------- personnummer ----------
const PNR_W = [['short', 46], ['long', 24], ['long-dash', 12], ['space', 6], ['compact', 12]];
/** { value, subtype } for p.pn: born 1925 or earlier → `+`, or the century; never `+` for later births. */
export function pnrAs(rng, p, style) {
  const pn = p.pn ?? p;
  let st = style ?? (pn.y <= 1925 ? rng.pick(['plus', 'long', 'long-dash']) : pn.y === 1926 ? rng.pick(['long', 'long-dash']) : rng.weighted(PNR_W));
  if (st === 'plus' && pn.y > 1925) st = pn.y === 1926 ? 'long' : 'short';
  if (pn.y <= 1925 && ['short', 'compact', 'space'].includes(st)) st = 'plus';
  if (pn.y === 1926 && ['short', 'compact', 'space', 'plus'].includes(st)) st = 'long';
  const subtype = pn.samord ? 'samordningsnummer' : st === 'plus' ? 'centenarian-plus' : `pnr-${st}`;
  return { value: pn.fmt(st), subtype };
}

// ---------- phones ----------
const PH_W = [['grouped', 30], ['compact', 17], ['intl', 13], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 5], ['dots', 3], ['slash-grouped', 2]];
/** { value, subtype } for a makePhone object in a style (random when not given). 'plain46' = gateway `46…`. */
export function phoneAs(rng, ph, style) {
  const st = style ?? rng.weighted(PH_W);
  const s = ph.sub; const L = s.length;
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  const g = (sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  let v;
  if (st === 'slash') v = `0${ph.area}/${s}`;
  else if (st === 'slash-grouped') v = `0${ph.area}/${g(' ')}`;
  else if (st === 'dots') v = `0${ph.area}.${g('.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(st);
  const kind = ph.kind === 'mobile' ? 'mobile' : 'landline';
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
export const landline = (rng) => makePhone(rng, { kind: 'land' });
export const mobile = (rng) => makePhone(rng, { kind: 'mobile' });
export const foreign = (rng) => ({ value: foreignPhone(rng), subtype: 'foreign' });

// ---------- e-mail, IP ----------
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const mixedCase = (e) => { const [l, d] = e.split('@'); return `${l.split(/([._-])/).map((x) => (x.length > 1 ? x[0].toUpperCase() + x.slice(1) : x)).join('')}@${d[0].toUpperCase()}${d.slice(1)}`; };
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2043', '2a00:801', '2a01:2b0', '2001:9b0', '2a02:1406'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 13], ['priv', 7]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' }
    : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export const date = (rng, from = '2026-01-05', to = '2026-11-24') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${Number(d)}/${Number(m)} ${y}`; };
export const shortDate = (iso) => { const [, m, d] = iso.split('-'); return `${Number(d)}/${Number(m)}`; };
export const hhmm = (rng) => `${p2(rng.int(7, 20))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const addDays = (iso, n) => { const t = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000); return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`; };
export const kr = (rng, lo = 100, hi = 9000) => { const n = rng.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${rng.pick(['00', '00', '50', String(rng.int(10, 99))])} kr`; };
export const krPlain = (rng, lo = 100, hi = 9000) => `${rng.int(lo, hi)}.${rng.pick(['00', '50', String(rng.int(10, 99))])}`;
const AZ = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const ocr = (rng, n = rng.int(9, 15)) => { for (;;) { const b = num(rng, n - 1); const s = `${b}${luhn(b.length % 2 ? `0${b}` : b)}`; if (!hasPnrShape(s)) return s; } };
export const clearing = (rng) => rng.pick([() => `${rng.int(3000, 3399)}`, () => `8${rng.int(100, 499)}-${rng.int(1, 9)}`, () => `${rng.int(6000, 6999)}`, () => `${rng.int(9150, 9169)}`, () => `${rng.int(5000, 5999)}`])();
export const account = (rng) => safe(() => rng.pick([() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}-${rng.digits(1)}`, () => `${rng.int(1, 9)}${rng.digits(8)}`, () => `${rng.digits(2)}-${rng.digits(6)}-${rng.digits(1)}`, () => `${rng.digits(4)} ${rng.digits(2)} ${rng.digits(5)}`])());
export const ibanCompact = (rng) => safe(() => `SE${rng.int(10, 99)}${rng.digits(20)}`);
export const regnr = (rng) => `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.4) ? letters(rng, 1) : rng.digits(1)}`;
/** A swish number of an organisation (123 xxx xx xx): a near-miss. */
export const swishNr = (rng) => `123 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
export const swishRef = (rng) => { const A = '0123456789ABCDEF'; let s = ''; for (let i = 0; i < 32; i++) s += A[rng.int(0, 15)]; return s; };

// ---------- the organisations' own identifiers ----------
export function org(rng, { name, domain, area = '8', roles = ['kundservice', 'info', 'noreply', 'support'], orgnr }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: orgnr ?? makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    swish: swishNr(rng),
    servers: [`${rng.pick(['194.18', '212.247', '91.207', '185.224', '193.235'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.30', '81.170', '213.80'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: roles.map((r) => `${r}@${domain}`) };
}

// ---------- a writer bound to one file ----------
/**
 * W(C, file, rng): records while rendering. Methods return the written string.
 *   name(p, style, subtype?) · joined(first, last, subtype?) · pnr(p, style) · phone(ph, style, subtype?) · mob(p, style) · email(v, subtype)
 *   ip(v) · t(cat, {value, subtype}) · n(cat, kind, value) and near-miss helpers.
 */
export function W(C, file, rng) {
  const R = C.at(file);
  const w = {
    file, R,
    t: (cat, v) => R.t(cat, v.value, v.subtype),
    name: (p, style = 'full', sub) => { const v = nameAs(p, style); return R.t('name', v.value, sub ?? v.subtype); },
    nameStr: (s, sub) => R.t('name', s, sub),
    joined: (first, last, sub = 'split-joined') => { C.joined(file, first, last, sub); return `${first} ${last}`; },
    pnr: (p, style) => { const v = pnrAs(rng, p, style); return R.t('personnummer', v.value, v.subtype); },
    phone: (ph, style, sub) => { const v = phoneAs(rng, ph, style); return R.t('phone', v.value, sub ?? v.subtype); },
    mob: (p, style, sub) => w.phone(p.mob, style, sub),
    foreign: () => { const v = foreign(rng); return R.t('phone', v.value, v.subtype); },
    email: (v, sub = 'personal') => R.t('email', v, sub),
    ip: (v) => R.t('ip', v.value, v.subtype),
    n: (cat, kind, v) => R.n(cat, kind, v),
    // near-misses
    badLuhn: () => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn')),
    badDate: () => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date')),
    masked: (p) => R.n('personnummer', 'masked-pnr', `${p.pn.century}${p.pn.yy}-${rng.pick(['XXXX', '****', 'xxxx'])}`),
    orgnr: (v) => R.n('personnummer', 'organisationsnummer', v ?? makeOrgnr(rng)),
    date: (v) => R.n(null, 'date', v),
    time: (v) => R.n(null, 'time', v),
    amount: (v) => R.n(null, 'amount', v),
    id: (kind, v, cat = null) => R.n(cat, kind, v),
    lone: (v) => R.n('name', 'lone-first-name', v),
    surname: (v) => R.n('name', 'surname-alone', v),
    look: (kind, v) => R.n('name', kind, v),
    lower: (v) => R.n('name', 'lower-words', v),
    role: (v) => R.n('email', 'role-email', v),
    sw: (o) => R.n('phone', 'switchboard', o.switchboard),
    svc: (o) => R.n('phone', 'service-line', o.service),
    server: (o, i = 0) => R.n('ip', 'server-ip', o.servers[i]),
    docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
    zip: (v) => R.n(null, 'postcode', v),
    bg: (o) => R.n(null, 'bankgiro', o.bg),
    swish: (o) => R.n('phone', 'swish-number', o.swish),
  };
  return w;
}

/** `Org | Org.nr … | Bankgiro … | Växel … | Kundtjänst …` with every part recorded as a near-miss. */
export function footer(w, o, parts = ['orgnr', 'bg', 'switchboard', 'service']) {
  const L = { orgnr: ['Org.nr', () => w.orgnr(o.orgnr)], bg: ['Bankgiro', () => w.bg(o)], pg: ['Plusgiro', () => w.id('plusgiro', o.pg)],
    iban: ['IBAN', () => w.id('iban', o.iban)], switchboard: ['Växel', () => w.sw(o)], service: ['Kundtjänst', () => w.svc(o)], swish: ['Swish', () => w.swish(o)] };
  return `${o.name} | ${parts.map((k) => `${L[k][0]} ${L[k][1]()}`).join(' | ')}`;
}

// ---------- writers ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table|ul)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
export const html = (s) => ({ bytes: Buffer.from(s, 'utf8'), text: htmlToText(s) });
export const text = (s, { crlf = false, bom = false } = {}) => {
  const body = Buffer.from(crlf ? s.replace(/\r?\n/g, '\r\n') : s, 'utf8');
  return { bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body, text: s };
};
export const json = (obj, indent = 2) => { const s = `${JSON.stringify(obj, null, indent)}\n`; return { bytes: Buffer.from(s, 'utf8'), text: s }; };
export const ndjson = (list) => { const s = `${list.map((o) => JSON.stringify(o)).join('\n')}\n`; return { bytes: Buffer.from(s, 'utf8'), text: s }; };
/** PDF from a flat list of lines, `per` lines a page. */
export const pdfLines = (lines, { per = 52, title } = {}) => { const pages = []; for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per)); return pdf(pages, { title }); };
/** RFC 5545/6350 folding (75 octets); text = the unfolded lines. */
export function folded(lines) {
  const out = [];
  for (const line of lines) {
    let rest = line; let first = true;
    while (Buffer.byteLength(rest, 'utf8') > (first ? 75 : 74)) {
      const max = first ? 75 : 74; let cut = max;
      while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > max) cut--;
      out.push((first ? '' : ' ') + rest.slice(0, cut)); rest = rest.slice(cut); first = false;
    }
    out.push((first ? '' : ' ') + rest);
  }
  return { bytes: Buffer.from(`${out.join('\r\n')}\r\n`, 'utf8'), text: lines.join('\n') };
}
/** A zip of { name, bytes, text } entries; text = the entries' texts. */
export const zipOf = (entries) => ({ bytes: zip(entries.map((e) => ({ name: e.name, data: e.bytes }))), text: entries.map((e) => e.text).join('\n') });
/** A message with only an HTML body (base64 or quoted-printable). */
export function htmlEml({ from, to, cc = [], subject, date, id, html: h, enc = 'b64', hdrMode = 'Q', extra = [] }) {
  const a = ([n, e], enc2) => (n ? `${enc2 ? ew(n, hdrMode) : n} <${e}>` : e);
  const head = [`From: ${a(from, 1)}`, `To: ${to.map((x) => a(x, 1)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x, 1)).join(', ')}`] : []),
    `Subject: ${ew(subject, hdrMode).replace(/^"|"$/g, '')}`, `Date: ${date}`, `Message-ID: <${id}>`, 'MIME-Version: 1.0', ...extra,
    'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${enc === 'b64' ? 'base64' : 'quoted-printable'}`];
  const dhead = [`From: ${a(from)}`, `To: ${to.map((x) => a(x)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x)).join(', ')}`] : []), `Subject: ${subject}`];
  const raw = `${head.join('\r\n')}\r\n\r\n${enc === 'b64' ? b64(h) : qp(h)}\r\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(h)}` };
}
/** Put a { bytes, text } into the corpus. */
export const put = (C, file, f) => C.put(file, f.bytes, f.text);
export { svDate as sv };

/** Staff of an organisation: people with a named work address (`staff-work`) and a direct line (`staff-direct`). */
export function staffOf(rng, n, domain, opts = {}) {
  return people(rng, n, { minYear: 1960, maxYear: 2000, ...opts }).map((p) => ({ ...p, work: workEmail(p, domain), direct: landline(rng), user: `${ascii(p.first).replace(/[ -]/g, '').slice(0, 1)}${ascii(p.last).replace(/[ -]/g, '').slice(0, 7)}` }));
}
/** Render a list of { value } getters into one string with a separator (helper for free text). */
export const pickFn = (rng, fns) => rng.pick(fns)();
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `16/Nov/2026:17:11:50 +0100` (access logs). */
export const apacheDate = (iso, time) => { const [y, m, d] = iso.split('-'); return `${d}/${MON[Number(m) - 1]}/${y}:${time} +0100`; };
/** `Mon Feb  9 16:10:02 2026` (the mbox From_ line). */
export const mboxDate = (iso, time) => { const [y, m, d] = iso.split('-').map(Number); const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; return `${wd} ${MON[m - 1]} ${String(d).padStart(2, ' ')} ${time} ${y}`; };
