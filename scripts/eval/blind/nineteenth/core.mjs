// Nineteenth blind set — core: own seed and today, the seventh set's Rng re-seeded, people from nineteenth/names.mjs
// with their personnummer, phones and e-mail addresses kept as raw makers (each file picks its own style), value
// makers that return { value, subtype }, an organisation's own identifiers (near-misses), writers the seventh set
// lacks (HTML-only mail, folded .ics/.vcf, paged PDF, HTML → text) and small helpers.
import { Rng as Rng7, hasPnrShape, cp1252ok, makePnr, makePhone, foreignPhone, makeEmail, ascii, makeOrgnr, serviceLine, publicIp, privateIp, luhn, badPnr } from '../seventh/lib.mjs';
import { isoDateBetween, svDate, num, safe, iban, bankgiro, plusgiro, letters, postcode, CITIES } from '../seventh/lib.mjs';
import { pdf, ew, b64, qp } from '../seventh/formats.mjs';
import { POOLS, ORIGINS } from './names.mjs';

export { Corpus, luhn, badPnr, makePnr, makeOrgnr, serviceLine, publicIp, privateIp, cp1252ok, ascii, hasPnrShape, postcode, CITIES, svDate, num, safe, iban, bankgiro, plusgiro, letters } from '../seventh/lib.mjs';
export { csv, cp1252, zip, xlsx, docx, pdf, eml, mbox, message, qp, b64, ew, rfcDate, xmlEsc, htmlEsc } from '../seventh/formats.mjs';
export * from './names.mjs';

export const SEED = 'gdpr-scan/blind/nineteenth/2026-11-25';
export const TODAY = '2026-11-25';

export class Rng extends Rng7 { constructor(label) { super(label, SEED); } }

const p2 = (n) => String(n).padStart(2, '0');

// ---------- people ----------
/** A person { first, last, given, middle, full, short, origin }; `given` holds the middle name when there is one. */
export function person(rng, { origin, origins = ORIGINS, cp1252 = false, middle = 0.12 } = {}) {
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
/** n distinct people: no full name twice, and (while the pools allow) no given or family name twice. */
export function people(rng, n, opts) {
  const firsts = new Set(); const lasts = new Set(); const fulls = new Set(); const out = [];
  let guard = 0;
  while (out.length < n) {
    const p = person(rng, opts); guard++;
    if (fulls.has(p.full) || fulls.has(p.short)) continue;
    if (guard < n * 30 && (firsts.has(p.first) || lasts.has(p.last))) continue;
    firsts.add(p.first); lasts.add(p.last); fulls.add(p.full); fulls.add(p.short); out.push(p);
  }
  return out;
}
/** A relative with the same family name and another given name. */
export function kin(rng, p, opts = {}) {
  for (;;) {
    const q = person(rng, { origin: p.origin, middle: 0, ...opts });
    if (q.first !== p.first) return { ...q, last: p.last, full: `${q.given} ${p.last}`, short: `${q.first} ${p.last}` };
  }
}
const FREE = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.se', 'icloud.com', 'telia.com', 'live.se', 'bredband2.com', 'bahnhof.se', 'proton.me', 'hotmail.se', 'gmx.de', 'me.com', 'tele2.se'];
/** A customer: a person with a personnummer maker, a mobile, sometimes a landline, an e-mail address. */
export function customer(rng, opts = {}, who) {
  const p = who ?? person(rng, opts);
  const samord = opts.samord ?? rng.chance(0.03);
  const pn = makePnr(rng, { minYear: opts.minYear ?? 1938, maxYear: opts.maxYear ?? 2004, samord });
  const mob = makePhone(rng, { kind: 'mobile' });
  const land = rng.chance(0.3) ? makePhone(rng, { kind: 'land' }) : null;
  const mail = makeEmail(rng, p, { domain: rng.pick(FREE) });
  return { ...p, pn, mob, land, mail };
}
export function customers(rng, n, opts = {}) {
  const base = people(rng, n, opts);
  return base.map((p) => customer(rng, opts, p));
}

/** How a name is written → { value, subtype }. */
export function nameAs(p, style = 'full') {
  switch (style) {
    case 'caps': return { value: p.full.toUpperCase(), subtype: 'caps' };
    case 'lower': return { value: p.full.toLowerCase(), subtype: 'lower' };
    case 'surname-first': return { value: `${p.last}, ${p.given}`, subtype: 'surname-first' };
    case 'surname-first-caps': return { value: `${p.last}, ${p.given}`.toUpperCase(), subtype: 'surname-first-caps' };
    case 'surname-first-nocomma': return { value: `${p.last} ${p.given}`, subtype: 'surname-first-nocomma' };
    case 'surname-first-nocomma-caps': return { value: `${p.last} ${p.given}`.toUpperCase(), subtype: 'surname-first-nocomma-caps' };
    case 'short': return { value: p.short, subtype: 'full' };
    case 'initial': return { value: `${p.first[0]}. ${p.last}`, subtype: 'initial' };
    default: return { value: p.full, subtype: p.middle ? 'middle-name' : 'full' };
  }
}
export const nameStyle = (rng, w = [['full', 72], ['caps', 6], ['lower', 6], ['surname-first', 12], ['surname-first-caps', 4]]) => rng.weighted(w);
/** Writes a name into a file and records it. `sub` overrides the subtype (e.g. 'staff'). */
export function N(R, p, style = 'full', sub) { const v = nameAs(p, style); return R.t('name', v.value, sub ? (v.subtype === 'full' || v.subtype === 'middle-name' ? sub : `${sub}-${v.subtype}`) : v.subtype); }

// ---------- personnummer, phones, e-mail, IP ----------
/** Personnummer style → value; `+` only for people born 1925 or earlier (100 years before TODAY's year, with margin). */
export function pnrFmt(rng, pn, style) {
  let st = style ?? rng.weighted([['short', 46], ['long', 24], ['long-dash', 12], ['space', 6], ['compact', 12]]);
  if (st === 'plus' && pn.y > 1925) st = 'short';
  if (pn.y <= 1925 && !['plus', 'long', 'long-dash'].includes(st)) st = 'plus';
  const subtype = pn.samord ? 'samordningsnummer' : st === 'plus' ? 'centenarian-plus' : `pnr-${st}`;
  return { value: pn.fmt(st), subtype };
}
export const P_ = (R, rng, pn, style) => { const v = pnrFmt(rng, pn, style); return R.t('personnummer', v.value, v.subtype); };
export function oldPnr(rng) { return makePnr(rng, { minYear: 1917, maxYear: 1925 }); }

const PSTYLES = [['grouped', 30], ['compact', 17], ['intl', 13], ['dash', 9], ['spaced', 8], ['e164', 7], ['0046', 4], ['intl0', 2], ['slash', 6], ['dots', 4]];
/** A phone maker → { value, subtype }. Styles: the seventh set's plus slash (`070/1234567`), dots, plain46 (`46701234567`). */
export function phFmt(rng, ph, style) {
  const st = style ?? rng.weighted(PSTYLES);
  const s = ph.sub; const L = s.length;
  const g = (sizes, sep) => { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < L) o.push(s.slice(i)); return o.filter(Boolean).join(sep); };
  const sizes = L === 8 ? [3, 3, 2] : L === 7 ? [3, 2, 2] : L === 6 ? [2, 2, 2] : [3, 2];
  let v;
  if (st === 'slash') v = ph.kind === 'mobile' ? `0${ph.area}/${s}` : `0${ph.area}/${g(sizes, ' ')}`;
  else if (st === 'dots') v = `0${ph.area}.${g(sizes, '.')}`;
  else if (st === 'plain46') v = `46${ph.area}${s}`;
  else v = ph.fmt(st);
  const kind = ph.kind === 'mobile' ? 'mobile' : 'landline';
  return { value: v, subtype: `${kind}-${st === 'plain46' ? 'e164-no-plus' : st}` };
}
export const T_ = (R, rng, ph, style, sub) => { const v = phFmt(rng, ph, style); return R.t('phone', v.value, sub ?? v.subtype); };
export const F_ = (R, rng) => R.t('phone', foreignPhone(rng), 'foreign');
export const M_ = (R, c, sub = 'personal') => R.t('email', c.mail, sub);
export const mobile = (rng) => makePhone(rng, { kind: 'mobile' });
export const landline = (rng) => makePhone(rng, { kind: 'land' });
export const workEmail = (p, domain) => `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@${domain}`;
export const mailFor = (rng, p) => makeEmail(rng, p, { domain: rng.pick(FREE) });
export const cgnat = (rng) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
export const v6 = (rng) => { const h = () => rng.int(1, 0xffff).toString(16); return `${rng.pick(['2a02:aa1', '2001:2002', '2a00:801', '2a01:2b0', '2001:9b1', '2a02:1406', '2c0f:fb50'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; };
/** A customer's address → { value, subtype }. */
export function ipVal(rng, w = [['pub', 70], ['cg', 8], ['v6', 14], ['priv', 8]]) {
  const k = rng.weighted(w);
  return k === 'pub' ? { value: publicIp(rng), subtype: 'public' } : k === 'cg' ? { value: cgnat(rng), subtype: 'private-ip' } : k === 'v6' ? { value: v6(rng), subtype: 'ipv6' } : { value: privateIp(rng), subtype: 'private-ip' };
}
export const I_ = (R, rng, w) => { const v = ipVal(rng, w); return R.t('ip', v.value, v.subtype); };

// ---------- dates, numbers ----------
export const date = (rng, from = '2026-01-07', to = '2026-11-24') => isoDateBetween(rng, from, to);
export const dotDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; };
export const slashDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
export const shortDate = (iso) => { const [, m, d] = iso.split('-'); return `${Number(d)}/${Number(m)}`; };
export const hhmm = (rng, lo = 7, hi = 18) => `${p2(rng.int(lo, hi))}:${p2(rng.int(0, 11) * 5)}`;
export const hms = (rng) => `${p2(rng.int(6, 22))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
export const isoTs = (rng, d) => `${d}T${hms(rng)}Z`;
export const addDays = (iso, n) => { const t = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000); return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`; };
export const birthDate = (pn) => `${pn.y}-${p2(pn.m)}-${p2(pn.d)}`;
export const kr = (rng, lo = 100, hi = 9000) => { const n = rng.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${rng.pick(['00', '00', '50', String(rng.int(10, 99))])}`; };
export const ocr = (rng, n = rng.int(8, 15)) => { for (;;) { const b = num(rng, n - 1); const c = luhn(b.length % 2 ? `0${b}` : b); const s = `${b}${c}`; if (!hasPnrShape(s)) return s; } };
const AZ = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const alnum = (rng, n) => { const A = `${AZ}0123456789`; let s = ''; for (let i = 0; i < n; i++) s += A[rng.int(0, A.length - 1)]; return s; };
/** Swedish registration number: `ABC 123`, `ABC123`, new style `ABC12D`. */
export const regnr = (rng, spaced = rng.chance(0.4)) => { const l = letters(rng, 3).replace(/[IQVÅÄÖ]/g, 'K'); const tail = rng.chance(0.3) ? `${rng.digits(2)}${letters(rng, 1)}` : rng.digits(3); return spaced ? `${l} ${tail}` : `${l}${tail}`; };
const VINC = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
export const vin = (rng) => { let s = rng.pick(['YV1', 'WVW', 'TMB', 'JTD', 'KNA', '5YJ', 'WBA', 'VF3', 'WDB', 'YS3']); while (s.length < 17) s += VINC[rng.int(0, VINC.length - 1)]; return s; };
export const imei = (rng) => { for (;;) { const b = `35${rng.digits(12)}`; let s = 0; for (let i = 0; i < 14; i++) { let d = Number(b[i]) * (i % 2 ? 2 : 1); if (d > 9) d -= 9; s += d; } const v = `${b}${(10 - (s % 10)) % 10}`; if (!hasPnrShape(v)) return v; } };
const KOMMUN = ['Norrtälje', 'Rimbo', 'Hallstavik', 'Väddö', 'Edsbro', 'Söderby-Karl', 'Roslags-Bro', 'Grisslehamn', 'Älmsta', 'Länna'];
const TRAKT = ['Björken', 'Kvarnen', 'Sjövik', 'Tallbacken', 'Ängsö', 'Gräddö', 'Backa', 'Lervik', 'Solbacka', 'Rönnskär', 'Humlan', 'Tjärnen'];
/** Property designation `Norrtälje Björken 4:12` / `Backa 1:205` (near-miss). */
export const fastighet = (rng) => (rng.chance(0.5) ? `${rng.pick(KOMMUN)} ${rng.pick(TRAKT)} ${rng.int(1, 30)}:${rng.int(1, 320)}` : `${rng.pick(TRAKT)} ${rng.int(1, 12)}:${rng.int(1, 480)}`);
export const STREETS = ['Hamngatan', 'Sjövägen', 'Norra Kajen', 'Båtsmansvägen', 'Granstigen', 'Kyrkvägen', 'Lärkvägen', 'Smedjegatan', 'Ängsvägen', 'Bryggvägen', 'Rönnvägen', 'Stationsgatan', 'Skolvägen', 'Tallvägen', 'Östra Ringvägen', 'Västergatan', 'Kvarnbacken', 'Prästgårdsvägen'];
export const street = (rng) => `${rng.pick(STREETS)} ${rng.int(1, 64)}${rng.chance(0.15) ? rng.pick(['A', 'B', 'C']) : ''}`;
export const city = (rng) => rng.pick(CITIES);

// ---------- an organisation's own identifiers ----------
export function org(rng, { name, domain, area = '8', roles = ['kundservice', 'info', 'noreply', 'support', 'faktura'] }) {
  const sw = safe(() => (area.length === 1 ? `0${area}-${rng.digits(3)} ${rng.digits(2)} 00` : area.length === 2 ? `0${area}-${rng.digits(2)} ${rng.digits(2)} 00` : `0${area}-${rng.digits(2)} ${rng.digits(2)} 00`));
  return { name, domain, orgnr: makeOrgnr(rng), bg: bankgiro(rng), pg: plusgiro(rng), switchboard: sw, service: serviceLine(rng), iban: iban(rng),
    vat: null, servers: [`${rng.pick(['194.14', '212.85', '91.198', '185.39', '193.183', '195.67'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`, `${rng.pick(['46.246', '81.93', '213.115', '79.136'])}.${rng.int(1, 250)}.${rng.int(2, 250)}`],
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
    orgnr: (v) => R.n('personnummer', 'organisationsnummer', v ?? makeOrgnr(rng)),
    masked: () => { const y = rng.int(40, 99); return R.n('personnummer', 'masked-pnr', rng.chance(0.5) ? `${y}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}-XXXX` : `19${y}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}-****`); },
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
/** PDF from a flat list of lines, `per` lines a page (Windows-1252 text only). */
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
  const head = [`From: ${a(from, 1)}`, `To: ${to.map((x) => a(x, 1)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x, 1)).join(', ')}`] : []),
    `Subject: ${ew(subject, hdrMode).replace(/^"|"$/g, '')}`, `Date: ${d}`, `Message-ID: <${id}>`, 'MIME-Version: 1.0', ...extra,
    'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${enc === 'b64' ? 'base64' : 'quoted-printable'}`];
  const dhead = [`From: ${a(from)}`, `To: ${to.map((x) => a(x)).join(', ')}`, ...(cc.length ? [`Cc: ${cc.map((x) => a(x)).join(', ')}`] : []), `Subject: ${subject}`];
  const raw = `${head.join('\r\n')}\r\n\r\n${enc === 'b64' ? b64(html) : qp(html)}\r\n`;
  return { bytes: Buffer.from(raw, 'utf8'), text: `${dhead.join('\n')}\n\n${htmlToText(html)}` };
}
export const jsonText = (obj, indent = 2) => JSON.stringify(obj, null, indent);
/** Message-ID (near-miss when recorded). */
export const msgId = (rng, domain) => `${alnum(rng, 12).toLowerCase()}.${num(rng, 6)}@${domain}`;
/** `ny kund`, `se ovan`: lower-case words after a name label. */
export const LOWER_WORDS = ['ny kund', 'se nedan', 'okänd avsändare', 'ej angiven', 'samma som ovan', 'kontaktperson saknas', 'vet ej', 'inte registrerad'];
