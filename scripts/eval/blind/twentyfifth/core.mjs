// Twenty-fifth blind set — core: own seed and today, Rng re-seeded from it, people from twentyfifth/names.mjs, value
// makers returning { value, subtype }, a per-file writer `F(C, file, rng)` that records every value as it is written,
// the organisations' own numbers (near-misses), writers the seventh set lacks (HTML-only mail, folded .ics/.vcf,
// paged PDF, HTML → text) and small helpers. The recorder and the personnummer / phone / e-mail / IP makers come from
// seventh/lib.mjs, the file writers from seventh/formats.mjs.
import { Rng as Rng7, hasPnrShape, cp1252ok, pnrLabel, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr } from '../seventh/lib.mjs';
import { isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, amount, CITIES } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS, FEMALE, LONE, SURNAMES, LOOKALIKE } from './names.mjs';

export { svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, amount, CITIES, hasPnrShape, cp1252ok, ascii, luhn, makeOrgnr, serviceLine, publicIp, privateIp };
export { Corpus } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export { LONE, SURNAMES, LOOKALIKE } from './names.mjs';

export const SEED = 'gdpr-scan/blind/twentyfifth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

/** A person { first, last, given, middle, full, short, origin }; `given` holds the middle name when there is one. */
export function person(rng, { origin, cp1252 = false, middle = 0.12 } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGINS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts); const last = rng.pick(pool.lasts);
    const g = FEMALE.has(first) ? 'f' : 'm';
    const mids = pool.middles.filter((x) => x.startsWith(`${g}:`)).map((x) => x.slice(2));
    const mid = mids.length && rng.chance(middle) ? rng.pick(mids) : '';
    if (mid === first) continue;
    const given = mid ? `${first} ${mid}` : first;
    if (cp1252 && !cp1252ok(given + last)) continue;
    return { first, last, given, middle: mid, full: `${given} ${last}`, short: `${first} ${last}`, origin: o };
  }
}
/** n distinct people (no full name twice; given and family names kept apart while the pools allow it). */
export function people(rng, n, opts) {
  const firsts = new Map(); const lasts = new Map(); const out = []; const seen = new Set();
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (seen.has(p.full) || seen.has(p.short)) continue;
    const lim = guard < n * 30 ? 1 : guard < n * 80 ? 3 : 99;
    if ((firsts.get(p.first) ?? 0) >= lim || (lasts.get(p.last) ?? 0) >= lim) continue;
    firsts.set(p.first, (firsts.get(p.first) ?? 0) + 1); lasts.set(p.last, (lasts.get(p.last) ?? 0) + 1);
    seen.add(p.full); seen.add(p.short); out.push(p);
  }
  return out;
}
/** A relative with the same family name (a child, a parent, a spouse). */
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
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng, w = [['full', 72], ['caps', 6], ['lower', 6], ['surname-first', 12], ['surname-first-caps', 4]]) => rng.weighted(w);

/** Personnummer { value, subtype }; old: born 1913–1925 (with `+` or the century). Serial 000 is never drawn. */
export function pnr(rng, { old = false, samord = false, minYear = 1936, maxYear = 2006, style } = {}) {
  for (;;) {
    const v = old ? pnrLabel(rng, { minYear: 1913, maxYear: 1925, style: style ?? rng.pick(['plus', 'plus', 'long', 'long-dash']) })
      : pnrLabel(rng, { minYear, maxYear, samord, ...(style ? { style } : {}) });
    const d = v.value.replace(/\D/g, '');
    if (d.slice(-4, -1) === '000') continue;
    return v;
  }
}
/** A phone number object (from seventh/lib's makePhone) of a kind: mobile | landline. */
export const phoneObj = (rng, kind = 'mobile') => makePhone(rng, { kind: kind === 'mobile' ? 'mobile' : 'land' });
export const phoneStyle = (rng) => rng.weighted([['grouped', 30], ['compact', 16], ['intl', 14], ['dash', 9], ['spaced', 8], ['e164', 6], ['0046', 4], ['intl0', 2], ['slash', 6], ['dots', 3]]);
/** Writes a phone object in a style → { value, subtype }. Styles add slash, dots and gateway `46…` (plain46). */
export function phoneFmt(rng, ph, style = phoneStyle(rng)) {
  const kind = ph.kind === 'mobile' ? 'mobile' : 'landline';
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (style === 'slash') v = `0${ph.area}/${rng.chance(0.5) ? s : g(sizes, ' ')}`;
  else if (style === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (style === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(style);
  return { value: v, subtype: `${kind}-${style === 'plain46' ? 'e164-no-plus' : style}` };
}
/** Phone { value, subtype }. kind mobile | landline | foreign. */
export function phone(rng, kind = rng.chance(0.8) ? 'mobile' : 'landline', style) {
  if (kind === 'foreign') return { value: foreignPhone(rng), subtype: 'foreign' };
  return phoneFmt(rng, phoneObj(rng, kind), style);
}
/** A personnummer kept as 12 digits, written per file in a style → { value, subtype }. */
export function pnrFmt(long, style) {
  const cc = long.slice(0, 2); const yy = long.slice(2, 8); const n = long.slice(8);
  const v = { long, 'long-dash': `${cc}${yy}-${n}`, short: `${yy}-${n}`, compact: `${yy}${n}`, space: `${yy} ${n}`, plus: `${yy}+${n}` }[style];
  const samord = Number(long.slice(6, 8)) > 60;
  return { value: v, subtype: samord ? 'samordningsnummer' : style === 'plus' ? 'centenarian-plus' : `pnr-${style}` };
}
export const pnrStyleOf = (rng, long) => (Number(long.slice(0, 4)) <= 1925 ? rng.pick(['plus', 'long', 'long-dash'])
  : rng.weighted([['short', 45], ['long', 25], ['long-dash', 12], ['space', 6], ['compact', 12]]));
/** A member / customer with a 12-digit personnummer, a mobile, maybe a landline, and an e-mail address. */
export function mkPerson(rng, { origin, cp1252 = false, middle, minYear = 1940, maxYear = 2004, samord = 0.03, landline = 0.2, emailDomain } = {}) {
  const p = person(rng, { origin, cp1252, middle });
  const sam = rng.chance(samord);
  const pl = pnr(rng, { minYear, maxYear, samord: sam, style: 'long' }).value;
  return { ...p, pnr: pl, year: Number(pl.slice(0, 4)), mob: phoneObj(rng, 'mobile'), land: rng.chance(landline) ? phoneObj(rng, 'landline') : null,
    email: email(rng, p, emailDomain).value };
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'spray.se', 'bredband2.com', 'tele2.se', 'proton.me', 'me.com', 'hotmail.se', 'gmx.de'];
export function email(rng, p, domain) { return { value: makeEmail(rng, { first: p.first, last: p.last }, { domain: domain ?? rng.pick(FREE) }), subtype: 'personal' }; }
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;

// ---------- dates, numbers ----------
const p2 = (n) => String(n).padStart(2, '0');
export { p2 };
export const date = (rng, from = '2026-01-05', to = '2026-11-20') => isoDateBetween(rng, from, to);
export const dateBetween = isoDateBetween;
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
export const hhmm = (rng, lo = 7, hi = 20) => `${p2(rng.int(lo, hi))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const clearing = (rng) => rng.pick([() => `${rng.int(3000, 3399)}`, () => `8${rng.int(100, 499)}-${rng.int(1, 9)}`, () => `${rng.int(6000, 6999)}`, () => `${rng.int(5000, 5999)}`])();
export const account = (rng) => safe(() => rng.pick([() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}-${rng.digits(1)}`, () => `${rng.int(1, 9)}${rng.digits(8)}`, () => `${rng.digits(2)}-${rng.digits(6)}-${rng.digits(1)}`])());
export const ocr = (rng, n = rng.int(8, 16)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
const AZ = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
export const regnr = (rng) => `${letters(rng, 3).replace(/[IQV]/g, 'K')} ${rng.digits(2)}${rng.chance(0.4) ? letters(rng, 1).replace(/[IOQVÅÄÖ]/g, 'A') : rng.digits(1)}`;
export const v6 = (rng) => { const h = () => rng.int(0, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a05:d018', '2a02:1406'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
export const gps = (rng) => `${rng.int(55, 67)}.${rng.digits(5)}, ${rng.int(11, 23)}.${rng.digits(5)}`;
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 72], ['cg', 8], ['v6', 12], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const pickS = (rng, s) => rng.pick(s.split('|'));

/** An organisation's own identifiers (near-misses whenever written). */
export function org(rng, { name, domain, area = '8', roles = ['kansli', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    swish: `123 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    servers: [`${rng.pick(['194.17', '212.214', '91.201', '185.71', '193.234'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.21', '81.170', '213.88'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
    roles: roles.map((r) => `${r}@${domain}`) };
}

/**
 * The per-file writer: every helper records what it returns. `C` the corpus, `file` the path in the corpus.
 *   nm(p, style?, subtype?)  a name (style from nameAs; the subtype can be overridden: 'staff', 'guardian', …)
 *   join(p)                  given and family name in separate fields → one truth name (split-joined); returns [given, last]
 *   ph(kind?, style?, sub?)  phone;  em(p, domain?)  e-mail;  pn(opts)  personnummer;  ip(w?)  address
 *   n.*                      near-misses
 */
export function F(C, file, rng) {
  const R = C.at(file);
  const t = (cat, v, sub) => R.t(cat, v.value, sub ?? v.subtype);
  const w = {
    R, file, rng,
    nm: (p, style = 'full', sub) => { const v = nameAs(p, style); return t('name', v, !sub ? undefined : v.subtype === 'full' || v.subtype === 'middle-name' ? sub : `${sub}-${v.subtype}`); },
    nmAny: (p, sub) => w.nm(p, nameStyle(rng), sub),
    raw: (cat, value, sub) => R.t(cat, value, sub),
    join: (p, sub = 'split-joined') => { C.joined(file, p.given, p.last, sub); return [p.given, p.last]; },
    ph: (kind, style, sub) => { const v = phone(rng, kind, style); return t('phone', v, sub); },
    em: (p, domain, sub) => t('email', email(rng, p, domain), sub),
    work: (p, domain) => R.t('email', workEmail(p, domain), 'staff-work'),
    pn: (opts = {}) => t('personnummer', pnr(rng, opts)),
    pnOf: (m, style = pnrStyleOf(rng, m.pnr)) => t('personnummer', pnrFmt(m.pnr, style)),
    phOf: (ph, style, sub) => t('phone', phoneFmt(rng, ph, style), sub),
    emOf: (m, sub = 'personal') => R.t('email', m.email, sub),
    ip: (wts) => t('ip', ipVal(rng, wts)),
    n: {
      badLuhn: () => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn')),
      badDate: () => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date')),
      orgnr: (v = makeOrgnr(rng)) => R.n('personnummer', 'organisationsnummer', v),
      masked: () => { const y = rng.int(1940, 2005); return R.n('personnummer', 'masked-pnr', `${y}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}-${rng.pick(['XXXX', '****', 'xxxx'])}`); },
      service: (v = serviceLine(rng)) => R.n('phone', 'service-line', v),
      switchboard: (v) => R.n('phone', 'switchboard', v),
      swish: (v) => R.n('phone', 'swish-merchant', v),
      server: (v) => R.n('ip', 'server-ip', v),
      docIp: () => R.n('ip', 'doc-range-ip', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`),
      role: (v) => R.n('email', 'role-email', v),
      date: (v) => R.n(null, 'date', v),
      amount: (v) => R.n(null, 'amount', v),
      id: (kind, v, cat = null) => R.n(cat, kind, v),
      lone: (v = rng.pick(LONE)) => R.n('name', 'lone-first-name', v),
      surname: (v = rng.pick(SURNAMES)) => R.n('name', 'surname-alone', v),
      look: (group = rng.pick(['street', 'place', 'company'])) => R.n('name', `${group}-lookalike`, rng.pick(LOOKALIKE[group])),
      lower: (v) => R.n('name', 'lower-words', v),
      initial: (v) => R.n('name', 'first-name-initial', v),
      iban: (v = iban(rng)) => R.n(null, 'iban', v),
      bg: (v = bankgiro(rng)) => R.n(null, 'bankgiro', v),
      ocr: (v = ocr(rng)) => R.n(null, 'ocr', v),
      postcode: (v = postcode(rng)) => R.n(null, 'postcode', v),
    },
  };
  return w;
}

/** `Org.nr 556… | Bankgiro … | Växel …` — the organisation's own numbers as near-misses. */
export function footer(w, o, parts = ['orgnr', 'bg', 'switchboard', 'service']) {
  const L = { orgnr: ['Org.nr', (v) => w.n.orgnr(v)], bg: ['Bankgiro', (v) => w.n.bg(v)], pg: ['Plusgiro', (v) => w.n.id('plusgiro', v)], iban: ['IBAN', (v) => w.n.iban(v)],
    switchboard: ['Växel', (v) => w.n.switchboard(v)], service: ['Kundtjänst', (v) => w.n.service(v)], swish: ['Swish', (v) => w.n.swish(v)] };
  return `${o.name} | ${parts.map((k) => `${L[k][0]} ${L[k][1](o[k])}`).join(' | ')}`;
}

// ---------- writers the seventh set lacks ----------
export function htmlToText(html) {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
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
  return { raw, bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(html)}` };
}
export const jsonText = (obj, indent = 2) => JSON.stringify(obj, null, indent);
/** Put a writer result { bytes, text } into the corpus. */
export const put = (C, file, r) => C.put(file, r.bytes, r.text);
export const putText = (C, file, text) => C.put(file, Buffer.from(text, 'utf8'), text);
/** Sloppy writing: lower-case the first letter, drop a few characters, `och` → `o`. */
export const sloppy = (rng, s) => (rng.chance(0.5) ? s.charAt(0).toLowerCase() + s.slice(1) : s).replace(/ och /g, () => (rng.chance(0.4) ? ' o ' : ' och '));

// ---------- addresses, signatures, mail ----------
export const STREETS = 'Ringvägen|Skolgatan|Hantverkargatan|Lärkstigen|Björnbärsvägen|Kvarngatan|Prästgårdsvägen|Tallbacken|Sjövägen|Industrigatan|Gröna gången|Fabriksgatan|Humlevägen|Östra vägen|Västergatan|Slånbärsvägen|Hagtornsgatan|Bruksvägen|Stationsgatan|Ängsvägen'.split('|');
export const street = (rng) => `${rng.pick(STREETS)} ${rng.int(1, 64)}${rng.chance(0.15) ? rng.pick(['A', 'B', ' lgh 1102', ' lgh 1201']) : ''}`;
/** A postal address; the postcode is a near-miss, sometimes the street is named like a person (near-miss). */
export function address(w, { city } = {}) {
  const { rng } = w;
  const st = rng.chance(0.06) ? `${w.n.look('street')} ${rng.int(1, 40)}` : street(rng);
  return { street: st, postcode: w.n.postcode(), city: city ?? rng.pick(CITIES) };
}
/** A staff signature: name (staff), title, direct line (truth), switchboard (near-miss), named work address (truth). */
export function signature(w, p, o, title, { direct = true, mobile = false, work = true, greet } = {}) {
  const { rng } = w;
  const lines = [greet ?? rng.pick(['Med vänlig hälsning', 'Vänliga hälsningar', 'Mvh', 'Hälsningar', 'Vänligen']), w.nm(p, 'full', 'staff'), `${title}, ${o.name}`];
  if (direct) lines.push(`Direkt: ${w.ph('landline', undefined, 'staff-direct')}`);
  if (mobile) lines.push(`Mobil: ${w.ph('mobile', undefined, 'staff-mobile')}`);
  lines.push(`Växel: ${w.n.switchboard(o.switchboard)}`);
  if (work) lines.push(w.work(p, o.domain));
  return lines.join('\n');
}
/** Web-access log line (combined format). */
export const clfDate = (iso, t) => { const [y, m, d] = iso.split('-'); return `${d}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}/${y}:${t} +0100`; };
export const UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'okhttp/4.12.0', 'Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230901.001)'];
/** yyMMdd of a personnummer value (the birth date; day − 60 for samordningsnummer). */
export const birthOf = (pnrValue) => { const d = pnrValue.replace(/\D/g, ''); const s = d.length === 12 ? d.slice(2, 8) : d.slice(0, 6); const dd = Number(s.slice(4, 6)); return dd > 60 ? `${s.slice(0, 4)}${p2(dd - 60)}` : s; };
