// Canonical forms per category, applied the same way to planted values and to reported values, so that
// `070-123 45 67` and `+46701234567` are one value, as are `Svensson, Anna` and `anna svensson`.
import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';

const pad2 = (n) => String(n).padStart(2, '0');

/**
 * Personnummer → 12 digits YYYYMMDDNNNN. A 10-digit form gets the latest century that puts the birth date
 * (day − 60 for samordningsnummer) on or before `today`; `+` as separator means 100 years earlier.
 */
export function normalizePersonnummer(value, today = new Date()) {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 12) return digits;
  if (digits.length !== 10) return digits;
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  let dd = Number(digits.slice(4, 6));
  if (dd > 60) dd -= 60;
  const nowYear = today.getFullYear();
  const todayKey = `${nowYear}${pad2(today.getMonth() + 1)}${pad2(today.getDate())}`;
  let year = nowYear - (nowYear % 100) + yy;
  if (`${year}${pad2(mm)}${pad2(dd)}` > todayKey) year -= 100;
  if (value.includes('+')) year -= 100;
  return `${year}${digits.slice(2)}`;
}

/** Phone → `+<country><number>`; national numbers (leading 0) get +46; `(0)` after a country code is dropped. */
export function normalizePhone(value) {
  const s = value.replace(/\(0\)/g, '').trim();
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) return `+${digits.replace(/^460/, '46')}`;
  if (digits.startsWith('00')) return `+${digits.slice(2).replace(/^460/, '46')}`;
  if (digits.startsWith('0')) return `+46${digits.slice(1)}`;
  if (digits.startsWith('46') && digits.length >= 10) return `+${digits}`;
  return digits;
}

/** E-mail → lower-case address without `mailto:` or display name; the domain in punycode. */
export function normalizeEmail(value) {
  let s = value.trim();
  const angle = /<([^<>]+)>/.exec(s);
  if (angle?.[1]) s = angle[1];
  s = s.replace(/^mailto:/i, '').replace(/^[<("'\s]+|[>)"'\s.,;:]+$/g, '');
  const at = s.lastIndexOf('@');
  if (at < 0) return s.toLowerCase();
  const local = s.slice(0, at).toLowerCase();
  const domain = s.slice(at + 1).toLowerCase();
  return `${local}@${domainToASCII(domain) || domain}`;
}

function expandV6(addr) {
  let s = addr;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4?.[1]) {
    const [a, b, c, d] = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

/** RFC 5952 text form: lower-case, no leading zeros, the longest run (≥2) of zero groups as `::`. */
function compressV6(groups) {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** IP → canonical text (IPv4 without leading zeros; IPv6 per RFC 5952). Brackets, ports and zones are dropped. */
export function normalizeIp(value) {
  let s = value.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracket?.[1]) s = bracket[1];
  s = s.replace(/%.*$/, '');
  const v4port = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(s);
  if (v4port?.[1]) s = v4port[1];
  if (/^\d+\.\d+\.\d+\.\d+$/.test(s)) return s.split('.').map((p) => String(Number(p))).join('.');
  if (isIPv6(s)) return compressV6(expandV6(s));
  return isIPv4(s) ? s : s.toLowerCase();
}

/** Name → NFC, single spaces, lower-case; `Svensson, Anna` → `anna svensson`. */
/**
 * UTF-8 read as Latin-1 (`HyvÃ¶nen`, as Messenger's data downloads write names) → the text it was; anything else
 * as it is. Planted values keep the form their file shows; gdpr-scan reports them repaired: both forms are one name.
 */
function undoMojibake(s) {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const repaired = Buffer.from(s, 'latin1').toString('utf8');
  return repaired.includes('\uFFFD') ? s : repaired;
}

export function normalizeName(value) {
  let s = undoMojibake(value).normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/^[\s"'(<,.;:]+|[\s"')>,.;:!?]+$/g, '');
  const parts = s.split(',');
  if (parts.length === 2 && parts[0].trim() && parts[1].trim()) s = `${parts[1].trim()} ${parts[0].trim()}`;
  return s.toLowerCase();
}

export const NORMALIZERS = {
  personnummer: normalizePersonnummer,
  phone: normalizePhone,
  email: normalizeEmail,
  ip: normalizeIp,
  name: normalizeName,
};

export function normalize(category, value, today) {
  const fn = NORMALIZERS[category];
  return fn ? fn(value, today) : value;
}
