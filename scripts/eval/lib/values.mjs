// Fabricated values in the many ways people write them. Every function returns text only; recording it as
// truth or near-miss is the caller's job (see corpus.mjs), done at the moment the text is written.
import {
  FIRST_NAMES, LAST_NAMES, PARTICLE_SURNAMES, FREE_MAIL, WORK_DOMAINS, IDN_DOMAINS,
} from './pools.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');

export function luhnDigit(nineDigits) {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A personnummer (or samordningsnummer, day + 60) for an invented birth date with a valid check digit. */
export function makePnr(rng, { samordning = false, centenarian = false } = {}) {
  const year = centenarian ? rng.int(1905, 1922) : rng.weighted([[1, rng.int(1938, 1959)], [3, rng.int(1960, 1999)],
    [1, rng.int(2000, 2015)]]);
  const month = rng.int(1, 12);
  const day = rng.int(1, DAYS_IN_MONTH[month - 1]);
  const serial = String(rng.int(1, 999)).padStart(3, '0'); // birth number 000 is never issued
  const dd = samordning ? day + 60 : day;
  const nine = `${pad(year % 100)}${pad(month)}${pad(dd)}${serial}`;
  return { year, month, day: dd, serial, check: luhnDigit(nine), samordning, centenarian };
}

const PNR_FORMS = [
  [40, 'YYMMDD-NNNN'], [25, 'YYYYMMDD-NNNN'], [14, 'YYYYMMDDNNNN'], [10, 'YYMMDDNNNN'], [4, 'YYMMDD NNNN'],
  [3, 'YYYYMMDD NNNN'], [2, 'YYYY-MM-DD-NNNN'],
];

export function formatPnr(rng, p, form = undefined) {
  let f = form ?? rng.weighted(PNR_FORMS);
  // A 10-digit form of someone 100+ is only unambiguous with the `+` separator.
  if (p.centenarian && f.startsWith('YYMMDD')) f = 'YYMMDD+NNNN';
  const yy = pad(p.year % 100);
  const yyyy = String(p.year);
  const md = `${pad(p.month)}${pad(p.day)}`;
  const tail = `${p.serial}${p.check}`;
  switch (f) {
    case 'YYMMDD-NNNN': return `${yy}${md}-${tail}`;
    case 'YYMMDD+NNNN': return `${yy}${md}+${tail}`;
    case 'YYYYMMDD-NNNN': return `${yyyy}${md}-${tail}`;
    case 'YYYYMMDDNNNN': return `${yyyy}${md}${tail}`;
    case 'YYMMDDNNNN': return `${yy}${md}${tail}`;
    case 'YYMMDD NNNN': return `${yy}${md} ${tail}`;
    case 'YYYYMMDD NNNN': return `${yyyy}${md} ${tail}`;
    default: return `${yyyy}-${pad(p.month)}-${pad(p.day)}-${tail}`;
  }
}

// ---- phone numbers -------------------------------------------------------------------------------------

const MOBILE_PREFIXES = ['70', '72', '73', '76', '79', '70', '73'];
const AREA_CODES = [['8', 8], ['8', 7], ['31', 7], ['31', 6], ['40', 6], ['18', 6], ['13', 6], ['90', 6],
  ['920', 6], ['980', 5], ['771', 6], ['19', 6], ['46', 6], ['60', 6]];

/** Digits after the Swedish trunk `0`; `kind` is mobile | landline. */
export function makeSwedishPhone(rng) {
  if (rng.chance(0.65)) return { kind: 'mobile', area: rng.pick(MOBILE_PREFIXES), local: rng.digits(7) };
  const [area, len] = rng.pick(AREA_CODES);
  return { kind: area === '771' ? 'service' : 'landline', area, local: String(rng.int(1, 9)) + rng.digits(len - 1) };
}

function groupLocal(local) {
  // 7 digits: 123 45 67, 6 digits: 12 34 56, 8: 123 456 78, 5: 123 45
  if (local.length === 7) return `${local.slice(0, 3)} ${local.slice(3, 5)} ${local.slice(5)}`;
  if (local.length === 6) return `${local.slice(0, 2)} ${local.slice(2, 4)} ${local.slice(4)}`;
  if (local.length === 8) return `${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`;
  return `${local.slice(0, 3)} ${local.slice(3)}`;
}

export function formatSwedishPhone(rng, ph) {
  const { area, local } = ph;
  const form = rng.weighted([[24, 'dash-grouped'], [12, 'dash'], [12, 'compact'], [8, 'spaced'], [14, 'intl-spaced'],
    [6, 'intl-compact'], [5, 'intl-zero'], [4, 'double-zero'], [3, 'intl-dash'], [3, 'dots'], [2, 'slash'],
    [3, 'paren-area'], [2, 'nbsp']]);
  switch (form) {
    case 'dash-grouped': return `0${area}-${groupLocal(local)}`;
    case 'dash': return `0${area}-${local}`;
    case 'compact': return `0${area}${local}`;
    case 'spaced': return `0${area} ${groupLocal(local)}`;
    case 'intl-spaced': return `+46 ${area} ${groupLocal(local)}`;
    case 'intl-compact': return `+46${area}${local}`;
    case 'intl-zero': return `+46 (0)${area}-${groupLocal(local)}`;
    case 'double-zero': return `0046 ${area} ${groupLocal(local)}`;
    case 'intl-dash': return `+46-${area}-${local}`;
    // Dots between the groups: 070.123.45.67, 08.123.456.78, 031.12.34.56, now and then 070.1234567 or +46.70.123.45.67.
    case 'dots': return dottedPhone(rng.styles, ph);
    // The older Swedish habit of a slash after the area code: 070/1234567, 08/123 45 67, 0771/12 34 56.
    case 'slash': return rng.styles.chance(0.5) ? `0${area}/${local}` : `0${area}/${groupLocal(local)}`;
    case 'paren-area': return `(0${area}) ${groupLocal(local)}`;
    default: return `0${area}-${groupLocal(local).replaceAll(' ', '\u00a0')}`;
  }
}

/** The local number in the groups it is spoken in (and libphonenumber formats it): 123.45.67, 12.34.56, 123.456.78, 123.45. */
function dottedGroups(local) {
  return groupLocal(local).replaceAll(' ', '.');
}

/** A Swedish number with dots between the groups; the rarer forms are drawn from `styles` alone. */
function dottedPhone(styles, { area, local }) {
  const form = styles.weighted([[80, 'grouped'], [14, 'run'], [6, 'intl']]);
  if (form === 'run') return `0${area}.${local}`;
  if (form === 'intl') return `+46.${area}.${dottedGroups(local)}`;
  return `0${area}.${dottedGroups(local)}`;
}

/** E.164 without its `+`, as spreadsheets leave it (46701234567); only ever written under a phone label or column. */
export function formatSwedishPhoneWithoutPlus(rng, ph) {
  return rng.chance(0.6) ? `46${ph.area}${ph.local}` : `46 ${ph.area} ${groupLocal(ph.local)}`;
}

/**
 * A foreign number as commonly written, random digits inside ranges that are in service (a fictional range such as
 * UK 07700 900xxx would be rejected by a validating detector and measure nothing real).
 */
export function makeForeignPhone(rng) {
  return rng.pick([
    () => `+47 ${rng.pick(['4', '9'])}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`,
    () => `+358 ${rng.pick(['40', '50', '44'])} ${rng.digits(3)} ${rng.digits(4)}`,
    () => `+45 ${rng.int(20, 31)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    () => `+44 7${rng.int(400, 999)} ${rng.digits(6)}`,
    () => `+44 (0)7${rng.int(400, 999)} ${rng.digits(6)}`,
    () => `+49 151 ${rng.digits(8)}`,
    () => `+1 (${rng.pick(['212', '646', '415', '312'])}) ${rng.int(201, 989)}-${rng.digits(4)}`,
    () => `+358${rng.pick(['40', '50'])}${rng.digits(7)}`,
    () => `+48 ${rng.int(500, 799)} ${rng.digits(3)} ${rng.digits(3)}`,
  ])();
}

// ---- people, e-mail -------------------------------------------------------------------------------------

const ASCII_FOLD = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', ø: 'o', æ: 'ae', á: 'a', í: 'i', ó: 'o',
  ú: 'u', ñ: 'n', ç: 'c', ć: 'c', č: 'c', š: 's', ž: 'z', đ: 'd', ł: 'l', ś: 's', ń: 'n', ş: 's', ğ: 'g',
  ı: 'i', ã: 'a', ê: 'e', ő: 'o', ź: 'z', ż: 'z', ą: 'a', ę: 'e' };

export function asciiLocal(text) {
  return [...text.toLowerCase()].map((c) => ASCII_FOLD[c] ?? c).join('').replace(/[^a-z0-9]+/g, '');
}

/** An invented person: the combination of first, optional middle and last name is random. */
export function makePerson(rng, id) {
  const first = rng.pick(FIRST_NAMES);
  let last = rng.pick(LAST_NAMES);
  let subtype;
  if (rng.chance(0.06)) {
    last = rng.pick(PARTICLE_SURNAMES);
    subtype = 'particle';
  } else if (rng.chance(0.08)) {
    let other = rng.pick(LAST_NAMES);
    if (other === last) other = 'Ek';
    last = `${last}-${other}`;
    subtype = 'hyphenated';
  }
  const middle = rng.chance(0.08) ? rng.pick(FIRST_NAMES.filter((n) => !n.includes(' ') && !n.includes('-'))) : '';
  if (first.includes('-') && !subtype) subtype = 'hyphenated';
  const full = middle ? `${first} ${middle} ${last}` : `${first} ${last}`;
  const domain = rng.weighted([[70, rng.pick(FREE_MAIL)], [24, rng.pick(WORK_DOMAINS)], [6, rng.pick(IDN_DOMAINS)]]);
  const f = asciiLocal(first);
  const l = asciiLocal(last);
  const local = rng.pick([`${f}.${l}`, `${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(50, 99)}`,
    `${f}.${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}${rng.int(1960, 2005)}`]);
  const pnr = makePnr(rng, { samordning: rng.chance(0.07), centenarian: rng.chance(0.015) });
  const phone = makeSwedishPhone(rng);
  return { id, first, middle, last, full, subtype, email: `${local}@${domain}`, pnr, phone,
    foreignPhone: rng.chance(0.08) ? makeForeignPhone(rng) : undefined };
}

export function emailVariant(rng, person) {
  const [local, domain] = person.email.split('@');
  const form = rng.weighted([[70, 'plain'], [8, 'upper'], [6, 'capital'], [10, 'plus'], [6, 'mailto']]);
  switch (form) {
    case 'upper': return { text: person.email.toUpperCase(), subtype: 'upper' };
    case 'capital': return { text: `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain}`, subtype: 'upper' };
    case 'plus': return { text: `${local}+${rng.pick(['order', 'news', 'kvitto', 'shop', '2024'])}@${domain}`,
      subtype: 'plus' };
    case 'mailto': return { text: `mailto:${person.email}`, subtype: 'mailto' };
    default: return { text: person.email, subtype: domain && /[^\x00-\x7f]/.test(domain) ? 'idn' : undefined };
  }
}

// ---- IP addresses ---------------------------------------------------------------------------------------

const V4_FIRST = [31, 37, 46, 62, 77, 78, 81, 83, 85, 89, 90, 94, 95, 109, 130, 151, 155, 158, 176, 185, 188,
  193, 194, 195, 212, 213, 217];

export function makeIpv4(rng) {
  return `${rng.pick(V4_FIRST)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

const V6_PREFIXES = ['2a02:aa1', '2001:6b0', '2a00:801', '2a01:2c0', '2a05:d014', '2001:2042', '2a02:1406'];

export function makeIpv6(rng) {
  const hex = () => rng.int(0, 0xffff).toString(16);
  const prefix = rng.pick(V6_PREFIXES);
  const form = rng.weighted([[45, 'compressed'], [20, 'full'], [15, 'upper'], [10, 'leading-zeros'], [10, 'bracket']]);
  const tail = [hex(), hex(), hex()];
  const compressed = `${prefix}:${rng.int(1, 0xfff).toString(16)}::${tail.join(':')}`;
  switch (form) {
    case 'full': return `${prefix}:${hex()}:${hex()}:${tail.join(':')}:${hex()}`;
    case 'upper': return compressed.toUpperCase();
    case 'leading-zeros':
      return `${prefix}:${hex()}:0:0:${tail.map((t) => t.padStart(4, '0')).join(':')}`;
    default: return compressed;
  }
}

// ---- near-misses -----------------------------------------------------------------------------------------

/** Luhn-valid organisation number: third digit ≥ 2 makes the "month" impossible for a person. */
export function makeOrgNumber(rng) {
  const nine = `55${rng.int(6, 9)}${rng.digits(6)}`;
  const ten = nine + luhnDigit(nine);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export function makeBadLuhnPnr(rng) {
  const p = makePnr(rng);
  const wrong = String((Number(p.check) + rng.int(1, 9)) % 10);
  return rng.chance(0.5) ? `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}-${p.serial}${wrong}`
    : `${p.year}${pad(p.month)}${pad(p.day)}-${p.serial}${wrong}`;
}

export function makeImpossibleDatePnr(rng) {
  const yy = pad(rng.int(40, 99));
  const [mm, dd] = rng.pick([['13', pad(rng.int(1, 28))], ['00', '12'], ['02', '30'], ['04', '31'], ['11', '00'],
    ['06', '95']]);
  const nine = `${yy}${mm}${dd}${rng.digits(3)}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}

export function makeDate(rng) {
  const y = rng.int(2019, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return { y, m, d, iso: `${y}-${pad(m)}-${pad(d)}` };
}

export function formatDateVariant(rng, { y, m, d }) {
  return rng.pick([`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`, `${d}/${m}/${y}`, `${y}${pad(m)}${pad(d)}`,
    `${pad(d)}/${pad(m)}/${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}T${pad(rng.int(7, 20))}:${pad(rng.int(0, 59))}:00Z`,
    `${pad(m)}/${pad(d)}/${y}`, `${y}.${pad(m)}.${pad(d)}`]);
}

export function makeAmount(rng) {
  const kr = rng.int(49, 250000);
  const str = kr.toLocaleString('sv-SE').replaceAll('\u00a0', ' ');
  return rng.pick([`${str},00 kr`, `${str} SEK`, `SEK ${kr}.00`, `${str}:-`, `${kr},${rng.digits(2)}`]);
}

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.140 Safari/537.36 Edg/121.0.2277.98',
];
