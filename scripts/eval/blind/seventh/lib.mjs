// Seventh blind set — core library: seeded PRNG, name pools, makers for personnummer / phone / e-mail / IP,
// and the recorder that collects truth and near-misses per file and checks them against the decoded text.
// Written blind: nothing here is derived from gdpr-scan's detectors or rules.
import { createHash } from 'node:crypto';

export const SEED = 'gdpr-scan/blind/seventh/2025-06-30';
export const TODAY = '2025-06-30';

// ---------- PRNG (sfc32 seeded from sha256) ----------
export class Rng {
  /** `seed`: the later blind sets reuse this generator under seeds of their own. */
  constructor(label, seed = SEED) {
    const h = createHash('sha256').update(`${seed}::${label}`).digest();
    this.a = h.readUInt32LE(0); this.b = h.readUInt32LE(4); this.c = h.readUInt32LE(8); this.d = h.readUInt32LE(12);
    for (let i = 0; i < 15; i++) this.next();
  }
  next() {
    let { a, b, c, d } = this;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0; a = b ^ (b >>> 9); b = (c + (c << 3)) >>> 0; c = ((c << 21) | (c >>> 11)) >>> 0; c = (c + t) >>> 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t / 4294967296;
  }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  chance(p) { return this.next() < p; }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  shuffle(arr) { const a = [...arr]; for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  weighted(pairs) { const tot = pairs.reduce((s, p) => s + p[1], 0); let r = this.next() * tot; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
}

// ---------- name pools (invented combinations) ----------
const P = (firsts, lasts) => ({ firsts: firsts.split(','), lasts: lasts.split(',') });
export const POOLS = {
  swedish: P('Anna,Erik,Karin,Johan,Åsa,Örjan,Ingrid,Björn,Linnéa,Märta,Göran,Sofia,Emil,Elsa,Hampus,Agneta,Kjell,Ebba,Torbjörn,Solveig,Ulf,Maja,Viktor,Gunnel,Per-Olof,Anna-Karin,Jan-Erik,Lena,Tove,Ylva,Margareta,Gösta,Birgitta,Henrik,Frida,Lovisa,Mats,Sigrid,Rune,Astrid',
    'Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Lindqvist,Bergström,Sjöberg,Åberg,Öberg,Wallén,Hedén,Ekström,Lundgren,Holmqvist,Nordin,Sandberg,Fagerlund,Dahlgren,Björklund,Engström,af Klinteberg,von Essen,de Geer,Lindström-Ek,Malmsten,Östlund,Hägglund,Rydén,Söderberg-Falk'),
  finnish: P('Aino,Jukka,Satu,Pekka,Riikka,Tuomas,Päivi,Kalle,Sirpa,Ville', 'Virtanen,Mäkinen,Korhonen,Nieminen,Heikkinen,Järvinen,Lehtonen,Hämäläinen,Koskinen,Rantanen'),
  sami: P('Máret,Ánde,Nils-Ánte,Risten,Elle Márjá,Sunná,Jovnna,Biret,Inga,Áslat', 'Sara,Utsi,Gaup,Eira,Labba,Kuoljok,Pavval,Blind,Kitok,Sunna'),
  arabic: P('Ahmed,Fatima,Omar,Layla,Youssef,Rania,Karim,Noor,Samir,Huda', 'al-Hassan,al-Rashid,Haddad,Nasser,El-Amin,Khoury,Mansour,Abdullah,al-Tamimi,Saleh'),
  somali: P('Abdirahman,Hodan,Ayaan,Mohamed,Fadumo,Liban,Sahra,Abdiqani,Nimco,Guled', 'Warsame,Farah,Abdi,Jama,Hirsi,Osman,Yusuf,Aden,Egal,Dualeh'),
  persian: P('Shirin,Dariush,Parisa,Kourosh,Maryam,Babak,Nasrin,Arash,Golnar,Reza', 'Ahmadi,Karimi,Hosseini,Rahimi,Tehrani,Jafari,Moradi,Sadeghi,Farahani,Bahrami'),
  kurdish: P('Rêbaz,Zana,Shilan,Berivan,Hêvî,Azad,Dilan,Rojin,Kawa,Nareen', 'Amedi,Hawrami,Doski,Berwari,Sindi,Zebari,Baban,Kurdi,Mergasori,Rekani'),
  tigrinya: P('Yonas,Senait,Selam,Filmon,Helen,Samuel,Mehret,Tesfit,Luwam,Dawit', 'Tesfamariam,Gebremedhin,Haile,Berhane,Tekle,Kidane,Ghebrezgiabher,Woldu,Habte,Asmerom'),
  polish: P('Katarzyna,Piotr,Agnieszka,Tomasz,Małgorzata,Paweł,Joanna,Krzysztof', 'Nowak,Wiśniewski,Kowalczyk,Zieliński,Wójcik,Kamiński,Lewandowska,Dąbrowski'),
  bcs: P('Amra,Dragan,Jasmina,Emir,Ivana,Nikola,Mirza,Selma,Goran,Lejla', 'Hodžić,Petrović,Kovačević,Begić,Marić,Jovanović,Delić,Šehić,Babić,Mujić'),
  turkish: P('Ayşe,Mehmet,Elif,Emre,Zeynep,Burak,Cem,Derya', 'Yılmaz,Demir,Şahin,Çelik,Aydın,Öztürk,Arslan,Koç'),
  chinese: P('Li,Wei,Xiaoling,Yang,Mei,Jun,Hui,Yifan', 'Wang,Zhang,Chen,Liu,Huang,Lin,Zhou,Xu'),
  vietnamese: P('Lan,Minh,Thu Hà,Hoàng Nam,Thanh Tùng,Ngọc Anh,Quang', 'Nguyễn,Trần,Phạm,Lê,Võ,Đặng,Bùi'),
  thai: P('Somchai,Siriporn,Kanya,Niran,Malee,Anong,Prasert', 'Srisuk,Wongsawat,Boonmee,Chaiyasit,Thongdee,Sukprasert,Rattanakorn'),
  spanish: P('Carmen,Javier,Lucía,Diego,María José,Alejandro,Paula', 'García López,Fernández,Martín Ruiz,Romero,Ortega,de la Cruz,Jiménez'),
  english: P('Oliver,Charlotte,James,Emily,Thomas,Grace,Harriet,Daniel', "Bennett,Hughes,O'Connor,Clarke,Whitfield,Ashworth,Pemberton,Fairbairn"),
};
const ORIGIN_WEIGHTS = [['swedish', 40], ['finnish', 5], ['sami', 3], ['arabic', 6], ['somali', 5], ['persian', 5], ['kurdish', 4],
  ['tigrinya', 4], ['polish', 4], ['bcs', 4], ['turkish', 4], ['chinese', 3], ['vietnamese', 3], ['thai', 2], ['spanish', 3], ['english', 3]];

// Windows-1252 representable?
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export const cp1252ok = (s) => [...s].every((ch) => { const c = ch.codePointAt(0); return c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch); });

export function makePerson(rng, { origin, cp1252 = false } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(ORIGIN_WEIGHTS);
    const pool = POOLS[o];
    const first = rng.pick(pool.firsts).normalize('NFC');
    const last = rng.pick(pool.lasts).normalize('NFC');
    if (cp1252 && !cp1252ok(first + last)) continue;
    return { first, last, full: `${first} ${last}`, origin: o };
  }
}

// ---------- personnummer ----------
export function luhn(d9) {
  let s = 0;
  for (let i = 0; i < d9.length; i++) { let n = Number(d9[i]) * (i % 2 === 0 ? 2 : 1); if (n > 9) n -= 9; s += n; }
  return (10 - (s % 10)) % 10;
}
const p2 = (n) => String(n).padStart(2, '0');
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dim = (y, m) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m - 1]);

/** A valid 10-digit string that would pass as a personnummer/samordningsnummer (real date, Luhn)? */
export function looksLikeValidPnr(d10) {
  if (!/^\d{10}$/.test(d10)) return false;
  const m = Number(d10.slice(2, 4)); let d = Number(d10.slice(4, 6));
  if (d > 60) d -= 60;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return luhn(d10.slice(0, 9)) === Number(d10[9]);
}
/** Any 10- or 12-digit run in s that passes as a personnummer? (guard for near-misses and phone numbers) */
export function hasPnrShape(s) {
  for (const run of s.match(/\d+/g) ?? []) {
    if (run.length === 10 && looksLikeValidPnr(run)) return true;
    if (run.length === 12 && /^(19|20)/.test(run) && looksLikeValidPnr(run.slice(2))) return true;
  }
  const joined = s.replace(/[\s-]/g, '');
  for (const run of joined.match(/\d+/g) ?? []) {
    if (run.length === 10 && looksLikeValidPnr(run)) return true;
    if (run.length === 12 && /^(19|20)/.test(run) && looksLikeValidPnr(run.slice(2))) return true;
  }
  return false;
}

export function makePnr(rng, { minYear = 1932, maxYear = 2006, samord = false } = {}) {
  const y = rng.int(minYear, maxYear); const m = rng.int(1, 12); const d = rng.int(1, dim(y, m));
  const dd = samord ? d + 60 : d;
  const serial = rng.digits(3);
  const d9 = `${p2(y % 100)}${p2(m)}${p2(dd)}${serial}`;
  const c = luhn(d9);
  const yy = d9.slice(0, 6); const nnnn = `${serial}${c}`;
  return { y, m, d, samord, yy, nnnn, century: String(Math.floor(y / 100)), age: 2025 - y,
    fmt(style) {
      const cc = this.century;
      switch (style) {
        case 'long': return `${cc}${yy}${nnnn}`;
        case 'long-dash': return `${cc}${yy}-${nnnn}`;
        case 'space': return `${yy} ${nnnn}`;
        case 'compact': return `${yy}${nnnn}`;
        case 'plus': return `${yy}+${nnnn}`;
        default: return `${yy}-${nnnn}`;
      }
    } };
}
export function pnrStyle(rng, p) {
  if (p.age >= 100) return rng.pick(['plus', 'long', 'long-dash']);
  return rng.weighted([['short', 45], ['long', 25], ['long-dash', 12], ['space', 8], ['compact', 10]]);
}
/** A personnummer label, { value, subtype }, as the tenth and later sets record it. opts: minYear, maxYear, samord, style. */
export function pnrLabel(rng, opts = {}) {
  const p = makePnr(rng, opts);
  let style = opts.style ?? pnrStyle(rng, p);
  if (style === 'plus' && p.y > 1926) style = 'short';
  const subtype = opts.samord ? 'samordningsnummer' : style === 'plus' ? 'centenarian-plus' : `pnr-${style}`;
  return { value: p.fmt(style), subtype };
}
/** Near-miss personnummer: wrong check digit or impossible date (check digit computed so only the date is wrong). */
export function badPnr(rng, kind) {
  for (;;) {
    let s;
    if (kind === 'bad-luhn') {
      const p = makePnr(rng);
      const wrong = (Number(p.nnnn[3]) + rng.int(1, 9)) % 10;
      s = `${p.yy}${p.nnnn.slice(0, 3)}${wrong}`;
    } else {
      const y = rng.int(40, 99); const bad = rng.pick([[13, 5], [0, 12], [2, 30], [4, 31], [11, 34], [rng.int(14, 19), rng.int(1, 28)]]);
      const d9 = `${p2(y)}${p2(bad[0])}${p2(bad[1])}${rng.digits(3)}`;
      s = d9 + luhn(d9);
    }
    if (looksLikeValidPnr(s)) continue;
    return rng.chance(0.7) ? `${s.slice(0, 6)}-${s.slice(6)}` : `19${s}`;
  }
}
export function makeOrgnr(rng) {
  const d9 = `55${rng.pick(['6', '9'])}${rng.digits(6)}`;
  return `${d9.slice(0, 6)}-${d9.slice(6)}${luhn(d9)}`;
}

// ---------- phones ----------
const AREAS = [['8', 8], ['31', 7], ['40', 7], ['18', 6], ['90', 6], ['13', 6], ['19', 6], ['60', 6], ['920', 5], ['980', 5], ['11', 6], ['21', 6], ['36', 6], ['46', 6], ['54', 6]];
function grp(s, sizes) { const out = []; let i = 0; for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; } if (i < s.length) out.push(s.slice(i)); return out.filter(Boolean).join(' '); }
export function makePhone(rng, { kind = 'mobile' } = {}) {
  for (;;) {
    let area; let sub;
    if (kind === 'mobile') { area = rng.pick(['70', '72', '73', '76', '79']); sub = rng.digits(7); }
    else { const a = rng.pick(AREAS); area = a[0]; sub = String(rng.int(2, 9)) + rng.digits(a[1] - 1); }
    const national = `0${area}${sub}`;
    if (hasPnrShape(national)) continue;
    const subG = sub.length === 8 ? grp(sub, [3, 3, 2]) : sub.length === 7 ? grp(sub, [3, 2, 2]) : sub.length === 6 ? grp(sub, [2, 2, 2]) : grp(sub, [3, 2]);
    return { area, sub, national, kind,
      fmt(style) {
        switch (style) {
          case 'compact': return national;
          case 'dash': return `0${area}-${sub}`;
          case 'intl': return `+46 ${area} ${subG}`;
          case 'e164': return `+46${area}${sub}`;
          case '0046': return `0046 ${area} ${subG}`;
          case 'spaced': return `0${area} ${subG}`;
          case 'intl0': return `+46 (0)${area} ${subG}`;
          default: return `0${area}-${subG}`;
        }
      } };
  }
}
export function phoneStyle(rng) {
  return rng.weighted([['grouped', 35], ['compact', 18], ['intl', 15], ['dash', 10], ['spaced', 8], ['e164', 7], ['0046', 5], ['intl0', 2]]);
}
export function foreignPhone(rng) {
  return rng.pick([
    () => `+358 40 ${rng.digits(3)} ${rng.digits(4)}`, () => `+47 9${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`,
    () => `+45 ${rng.int(20, 31)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, () => `+49 151 ${rng.digits(8)}`,
    () => `+44 7700 900${rng.digits(3)}`, () => `+1 202 555 01${rng.digits(2)}`, () => `+48 ${rng.int(500, 799)} ${rng.digits(3)} ${rng.digits(3)}`,
    () => `+33 6 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, () => `+31 6 ${rng.digits(8)}`,
  ])();
}
export function serviceLine(rng) {
  return rng.pick([() => `0771-${rng.digits(3)} ${rng.digits(3)}`, () => `020-${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    () => `0771-${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, () => `020-${rng.digits(3)} ${rng.digits(3)}`])();
}

// ---------- e-mail ----------
export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i')
  .replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z0-9 -]/g, '');
const PERSONAL_DOMAINS = ['example.com', 'example.org', 'example.net', 'post.example', 'mejl.example', 'bredband.example', 'hemma.example'];
export function makeEmail(rng, person, { domain } = {}) {
  const f = ascii(person.first).replace(/[ ]+/g, '-'); const l = ascii(person.last).replace(/[ ]+/g, '');
  const yy = rng.int(50, 99);
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}.${l}`, `${f}_${l}${yy}`, `${f}.${l[0]}`, `${l}.${f}`, `${f}${yy}`, `${f}.${l}${rng.int(1, 9)}`]);
  return `${local}@${domain ?? rng.pick(PERSONAL_DOMAINS)}`;
}

// ---------- IP ----------
export function publicIp(rng) {
  for (;;) {
    const a = rng.int(1, 223);
    const b = rng.int(0, 255);
    if ([10, 127, 0].includes(a) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19 || b === 51)) || (a === 203 && b === 0)) continue;
    return `${a}.${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}
export const docIp = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
export const privateIp = (rng) => rng.pick([() => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
  () => `192.168.${rng.int(0, 10)}.${rng.int(2, 254)}`, () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
  () => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`])();
const hx = (rng) => rng.int(0, 0xffff).toString(16);
export const ipv6 = (rng) => rng.chance(0.5) ? `2001:db8:${hx(rng)}:${hx(rng)}::${hx(rng)}` : `2a0${rng.int(0, 9)}:${hx(rng)}:${hx(rng)}:${hx(rng)}:${hx(rng)}:${hx(rng)}:${hx(rng)}:${hx(rng)}`;

// ---------- misc look-alikes ----------
export const pick = (rng, s) => rng.pick(s.split('|'));
export function sDate(rng, from = '2024-01-01', to = '2025-06-29') {
  const a = Date.UTC(...from.split('-').map((x, i) => Number(x) - (i === 1 ? 1 : 0)));
  const b = Date.UTC(...to.split('-').map((x, i) => Number(x) - (i === 1 ? 1 : 0)));
  const t = new Date(a + Math.floor(rng.next() * ((b - a) / 86400000 + 1)) * 86400000);
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
}
/** An ISO date between two ISO dates, both included (the tenth set's on). */
export function isoDateBetween(rng, from, to) {
  const a = Date.parse(`${from}T00:00:00Z`); const b = Date.parse(`${to}T00:00:00Z`);
  const t = new Date(a + rng.int(0, Math.round((b - a) / 86400000)) * 86400000);
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
}
export const SV_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** `2026-03-07` → `7 mars 2026`. */
export const svDate = (iso) => { const [y, m, d] = iso.split('-'); return `${Number(d)} ${SV_MONTHS[Number(m) - 1]} ${y}`; };
export const sTime = (rng) => `${p2(rng.int(7, 20))}:${p2(rng.int(0, 59))}`;
export const sTimeS = (rng) => `${sTime(rng)}:${p2(rng.int(0, 59))}`;
export function safeDigits(rng, n, prefix = '') {
  for (;;) { const s = prefix + rng.digits(n - prefix.length); if (!hasPnrShape(s) && s[0] !== '0') return s; }
}
export const postcode = (rng) => `${rng.int(100, 984)} ${rng.digits(2)}`;
export const STREETS = 'Storgatan|Drottninggatan|Kungsgatan|Sveavägen|Linnégatan|Björkvägen|Ekbacken|Tallstigen|Skolgatan|Järnvägsgatan|Åsgatan|Östra Långgatan|Fiskaregatan|Backavägen|Hagabergsvägen'.split('|');
export const CITIES = 'Stockholm|Göteborg|Malmö|Uppsala|Umeå|Luleå|Kiruna|Sundsvall|Örebro|Linköping|Jönköping|Västerås|Gävle|Växjö|Östersund|Karlstad|Borås|Halmstad'.split('|');
export const street = (rng) => `${rng.pick(STREETS)} ${rng.int(1, 88)}${rng.chance(0.2) ? rng.pick(['A', 'B', 'C']) : ''}`;
export const amount = (rng, lo = 50, hi = 9000) => { const n = rng.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${rng.pick(['00', '50', '00', String(rng.int(10, 99))])} kr`; };

// ---------- recorder ----------
export class Corpus {
  constructor() { this.files = new Map(); this.truth = []; this.nearMiss = []; }
  rec(file, category, value, subtype) { this.truth.push({ file, category, value, ...(subtype ? { subtype } : {}) }); return value; }
  near(file, category, kind, value) { this.nearMiss.push({ file, kind, value, ...(category ? { category } : {}) }); return value; }
  /** Scoped helper for one file: R.t(cat, value, subtype) / R.n(cat, kind, value) return the value. */
  at(file) {
    return { file, t: (c, v, s) => this.rec(file, c, v, s), n: (c, k, v) => this.near(file, c, k, v) };
  }
  put(file, bytes, text) {
    if (this.files.has(file)) throw new Error(`duplicate file ${file}`);
    this.files.set(file, { bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), text: (text ?? bytes.toString()).normalize('NFC') });
  }
  check() {
    const errors = [];
    for (const t of this.truth) {
      const f = this.files.get(t.file);
      if (!f) { errors.push(`truth for missing file ${t.file}`); continue; }
      if (t.subtype?.startsWith('split-joined')) continue; // parts checked below (splitChecks)
      if (!f.text.includes(t.value.normalize('NFC'))) errors.push(`${t.file}: truth ${t.category} "${t.value}" not in text`);
    }
    for (const n of this.nearMiss) {
      const f = this.files.get(n.file);
      if (!f) { errors.push(`near-miss for missing file ${n.file}`); continue; }
      if (!f.text.includes(n.value.normalize('NFC'))) errors.push(`${n.file}: near-miss ${n.kind} "${n.value}" not in text`);
    }
    for (const [file, f] of this.files) for (const s of this.splitChecks?.get(file) ?? []) {
      if (!s.every((part) => f.text.includes(part))) errors.push(`${file}: split-joined parts ${s.join(' | ')} not in text`);
    }
    return errors;
  }
  /** Given and family name in separate fields of one record → one truth name "First Last". */
  joined(file, first, last, subtype = 'split-joined') {
    (this.splitChecks ??= new Map());
    if (!this.splitChecks.has(file)) this.splitChecks.set(file, []);
    this.splitChecks.get(file).push([first, last]);
    this.rec(file, 'name', `${first} ${last}`, subtype);
  }
}

/** Row-count scale for the larger tables and logs (kept as one knob). */
export const SCALE = 3;
export const N = (n) => n * SCALE;

// Makers the tenth set's successors share: numbers no personnummer check accepts, bank references, capitals.
/** A number (n digits) that no personnummer check would accept. */
export const num = (rng, n) => { for (;;) { const s = String(rng.int(1, 9)) + rng.digits(n - 1); if (!hasPnrShape(s)) return s; } };
export const safe = (make) => { for (;;) { const v = make(); if (!hasPnrShape(v)) return v; } };
export const iban = (rng) => `SE${rng.int(10, 99)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`;
export const bankgiro = (rng) => `${rng.int(100, 9999)}-${rng.digits(4)}`;
export const plusgiro = (rng) => `${rng.int(10000, 999999)}-${rng.digits(1)}`;
const AZ = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const letters = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += AZ[rng.int(0, AZ.length - 1)]; return s; };
/** `n` people from `make(rng, opts)` with no full name twice (the tenth and twelfth sets' people in one file). */
export function distinctPeople(rng, n, opts, make) {
  const seen = new Set(); const out = [];
  while (out.length < n) { const p = make(rng, opts); if (!seen.has(p.full)) { seen.add(p.full); out.push(p); } }
  return out;
}
