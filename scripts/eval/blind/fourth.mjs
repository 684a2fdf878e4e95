#!/usr/bin/env node
// Fourth blind set for gdpr-scan, written by a helper that read neither the source, the rules, the tests, the README
// nor the other blind sets (it saw only the runner scripts/eval/blind.mjs and the scorer's normalize.mjs/match.mjs).
// It imitates exports from Swedish organisations the earlier sets did not cover: a recruitment agency (CVs as
// .docx/.pdf, candidate workbooks, applications by mail with attachments, interview invitations), an HR/payroll
// department (employee registers, PAXml-like payroll export, sick-leave call notes without health details), a car
// dealership and workshop, a travel agency / bus company, a school administration (guardians and pupils,
// Skola24-like lists), a bank's customer service (identity checks, callback lists), a food-delivery app (orders,
// courier chat, app and access logs), a real-estate agent (viewings, bidding lists), a library / association
// membership register (.ods) and a parish / non-profit (members, donation thank-you letters).
// Every person, number and address is fabricated: invented names from the pools below, personnummer for invented
// dates with a correct check digit, phone numbers in Swedish (and some foreign) number ranges but invented, e-mail
// addresses on generic or made-up domains.
//
//   node scripts/eval/blind/fourth.mjs --out DIR --truth-out FILE
//
// Deterministic: an sfc32 PRNG seeded from sha256 of a fixed string (one stream per output file), fixed dates in
// every container, no clock reads. The truth is recorded as each value is written; a self-check decodes every
// written file independently (zip/docx/xlsx/ods/odt/pdf/eml/mbox/rtf/ics/vcf/json/html/charsets) and fails loudly
// when a planted value is not present verbatim, or when an e-mail address, IPv4 address or valid personnummer
// appears in a file without a label.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(join(repo, 'package.json'));
const JSZip = require('jszip');
const PDFDocument = require('pdfkit');
const iconv = require('iconv-lite');

const SEED = 'gdpr-scan/blind/fourth/v1 rekrytering-hr-bil-resa-skola-bank-mat-maklare-forening-kyrka';
const FIXED_DATE = new Date(Date.UTC(2024, 9, 14, 8, 30, 0));

// ---------------------------------------------------------------------------------------------------------------
// Arguments
function usage(msg) {
  process.stderr.write(`fourth.mjs: ${msg}\nusage: node scripts/eval/blind/fourth.mjs --out DIR --truth-out FILE\n`);
  process.exit(2);
}
let args;
try {
  args = parseArgs({ options: { out: { type: 'string' }, 'truth-out': { type: 'string' } }, strict: true }).values;
} catch (e) {
  usage(e.message);
}
if (!args.out || !args['truth-out']) usage('--out and --truth-out are required');
const OUT = resolve(args.out);
const TRUTH_OUT = resolve(args['truth-out']);
{
  const rel = relative(OUT, TRUTH_OUT);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) usage('--truth-out must be outside --out');
  if (existsSync(OUT)) {
    if (!statSync(OUT).isDirectory()) usage(`${OUT} exists and is not a directory`);
    if (readdirSync(OUT).length > 0) usage(`${OUT} is not empty`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// PRNG: sfc32, one stream per key
class Rng {
  constructor(key) {
    const h = createHash('sha256').update(`${SEED}\u0000${key}`).digest();
    this.a = h.readUInt32LE(0); this.b = h.readUInt32LE(4); this.c = h.readUInt32LE(8); this.d = h.readUInt32LE(12);
    for (let i = 0; i < 15; i++) this.f();
  }
  f() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return (t >>> 0) / 4294967296;
  }
  int(lo, hi) { return lo + Math.floor(this.f() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  digits(n, first = false) {
    let s = '';
    for (let i = 0; i < n; i++) s += String(i === 0 && first ? this.int(1, 9) : this.int(0, 9));
    return s;
  }
  weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = this.f() * total;
    for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  }
  shuffle(arr) {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)]; return s; }
  alnum(n, chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') { let s = ''; for (let i = 0; i < n; i++) s += chars[this.int(0, chars.length - 1)]; return s; }
}

// ---------------------------------------------------------------------------------------------------------------
// Name pools (invented combinations; given names and surnames common in Sweden, of many origins)
const POOLS = {
  sv: { w: 52,
    f: ['Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ida', 'Elin', 'Johanna', 'Malin', 'Linnéa', 'Maja', 'Alva', 'Agnes', 'Wilma', 'Klara', 'Elsa', 'Astrid', 'Ingrid', 'Margareta', 'Birgitta', 'Ulla', 'Gunilla', 'Annika', 'Helena', 'Cecilia', 'Therese', 'Frida', 'Hanna', 'Sofia', 'Louise', 'Åsa', 'Märta', 'Britt-Marie', 'Anna-Karin', 'Ann-Sofie', 'Lovisa', 'Ylva', 'Tove', 'Matilda', 'Moa', 'Saga', 'Ebba', 'Siv', 'Inga', 'Rut', 'Gun', 'Lisbeth', 'Maj-Britt', 'Josefin', 'Jenny', 'Camilla', 'Pernilla'],
    m: ['Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jonas', 'Fredrik', 'Magnus', 'Henrik', 'Oskar', 'Viktor', 'Gustav', 'Axel', 'Hugo', 'Olle', 'Sven', 'Göran', 'Bengt', 'Kjell', 'Leif', 'Björn', 'Mats', 'Ulf', 'Tomas', 'Stefan', 'Hans', 'Jan-Erik', 'Carl-Johan', 'Pontus', 'Måns', 'Emil', 'Linus', 'Albin', 'Elias', 'Jesper', 'Rasmus', 'Sixten', 'Sten', 'Bo', 'Stig', 'Dag', 'Torbjörn', 'Åke', 'Gösta', 'Patrik', 'Niklas', 'Joakim'],
    s: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund', 'Nordin', 'Ström', 'Åberg', 'Hermansson', 'Ekström', 'Holmgren', 'Sundberg', 'Hedlund', 'Dahlberg', 'Hellström', 'Sjögren', 'Abrahamsson', 'Falk', 'Öberg', 'Blom', 'Ek', 'Strand', 'Lilja', 'Rosén', 'Ahlgren', 'Östlund', 'Dahl', 'Sjöstrand', 'Wahlström', 'Grönlund', 'Thörn', 'Kvist'] },
  fi: { w: 5, f: ['Sanna', 'Tuula', 'Aino', 'Eeva', 'Pirjo', 'Riitta', 'Satu', 'Päivi'], m: ['Jukka', 'Pekka', 'Mikko', 'Timo', 'Kari', 'Matti', 'Jari', 'Antti'],
    s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Koskinen', 'Hämäläinen', 'Laaksonen', 'Lehtonen', 'Salminen', 'Järvinen', 'Peltola'] },
  ar: { w: 8, f: ['Fatima', 'Amira', 'Layla', 'Noor', 'Rania', 'Hiba', 'Zainab', 'Yasmin', 'Dalia', 'Salma'], m: ['Ahmed', 'Mohammed', 'Ali', 'Hassan', 'Omar', 'Yousef', 'Khaled', 'Karim', 'Tariq', 'Mustafa', 'Ibrahim'],
    s: ['Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Saleh', 'Nasser', 'Abdullah', 'Hussein', 'Al-Rashid', 'Jaber', 'Hamdan', 'El-Sayed', 'Aziz', 'Sabbagh'] },
  fa: { w: 5, f: ['Shirin', 'Parisa', 'Leila', 'Maryam', 'Nasrin', 'Roya', 'Azadeh', 'Mina'], m: ['Reza', 'Dariush', 'Kourosh', 'Mehdi', 'Arash', 'Babak', 'Kaveh', 'Omid'],
    s: ['Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Moradi', 'Tehrani', 'Jafari', 'Rostami', 'Sadeghi', 'Mohammadi', 'Ghorbani', 'Farahani'] },
  so: { w: 4, f: ['Hodan', 'Fadumo', 'Ayaan', 'Hamdi', 'Sahra', 'Ifrah', 'Nimco'], m: ['Abdi', 'Mahad', 'Faisal', 'Abdirahman', 'Liban', 'Mukhtar', 'Guled'],
    s: ['Mohamed', 'Hassan', 'Abdullahi', 'Osman', 'Farah', 'Warsame', 'Jama', 'Yusuf', 'Egal', 'Mohamed Farah', 'Ali Warsame'] },
  ku: { w: 3, f: ['Dilan', 'Berivan', 'Shilan', 'Hevi', 'Rojda', 'Nazdar'], m: ['Rebin', 'Zana', 'Azad', 'Baran', 'Kawa', 'Sherwan'],
    s: ['Zebari', 'Amedi', 'Hawrami', 'Doski', 'Sindi', 'Kurda', 'Botani'] },
  sy: { w: 3, f: ['Shamiram', 'Nahrin', 'Mariam', 'Ilona', 'Sara', 'Rima'], m: ['Gabriel', 'Ninos', 'Sargon', 'Aho', 'Yakob', 'Ashur'],
    s: ['Barsom', 'Lahdo', 'Aho', 'Gabro', 'Isa', 'Danho', 'Malke', 'Beth-Shamon', 'Gevriye', 'Ishak'] },
  bs: { w: 3, f: ['Selma', 'Amra', 'Lejla', 'Jasmina', 'Emina', 'Aida'], m: ['Amir', 'Emir', 'Adnan', 'Edin', 'Mirza', 'Haris'],
    s: ['Hodžić', 'Begić', 'Mujić', 'Hadžić', 'Kovačević', 'Delić', 'Suljić', 'Alić', 'Omerović', 'Mehmedović'] },
  pl: { w: 3, f: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Magdalena', 'Joanna', 'Ewa'], m: ['Łukasz', 'Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Paweł'],
    s: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Kaczmarek'] },
  tr: { w: 3, f: ['Ayşe', 'Elif', 'Zeynep', 'Hatice', 'Merve', 'Derya'], m: ['Mehmet', 'Emre', 'Burak', 'Murat', 'Can', 'Serkan'],
    s: ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Kaya', 'Öztürk', 'Aydın', 'Arslan', 'Doğan'] },
  er: { w: 3, f: ['Senait', 'Selam', 'Tsega', 'Ruth', 'Helen', 'Semhar'], m: ['Yonas', 'Filmon', 'Mehari', 'Merhawi', 'Dawit', 'Samuel'],
    s: ['Tesfamariam', 'Gebremedhin', 'Habte', 'Tekle', 'Berhane', 'Kidane', 'Weldemichael', 'Ghebreyesus'] },
  vi: { w: 2, f: ['Thi Lan', 'Huong', 'Linh', 'Mai', 'Thu Trang'], m: ['Minh', 'Duc', 'Thanh', 'Quang', 'Van An'],
    s: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang'] },
  th: { w: 2, f: ['Siriporn', 'Malee', 'Wanida', 'Pornthip', 'Kanya', 'Ratana'], m: ['Somchai', 'Niran', 'Anan', 'Kittisak'],
    s: ['Saetang', 'Wongsawat', 'Boonmee', 'Srisuwan', 'Chaiyasit', 'Phromsiri'] },
  cl: { w: 2, f: ['Paulina', 'Francisca', 'Camila', 'Javiera', 'Carolina'], m: ['Claudio', 'Rodrigo', 'Sebastián', 'Víctor', 'Cristián'],
    s: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Sepúlveda', 'Fuentes', 'Muñoz Rojas', 'Silva Morales'] },
  af: { w: 2, f: ['Fereshta', 'Mahnaz', 'Zohra'], m: ['Hamid', 'Ahmad', 'Jawad', 'Naveed'], s: ['Sultani', 'Noori', 'Rahmani', 'Haidari', 'Wardak'] },
  gr: { w: 1, f: ['Eleni', 'Katerina'], m: ['Nikos', 'Giorgos', 'Dimitris'], s: ['Papadopoulos', 'Georgiou', 'Nikolaidis'] },
};
const PARTICLE_SURNAMES = ['von Essen', 'af Klercker', 'de Geer', 'af Ugglas', 'von Platen', 'von Schantz', 'af Trolle', 'De la Gardie', 'von Knorring', 'af Sillén'];
const ORIGIN_WEIGHTS = Object.entries(POOLS).map(([k, v]) => [k, v.w]);

const CP1252_OK = (s) => iconv.decode(iconv.encode(s, 'win1252'), 'win1252') === s;
const lowerSv = (s) => s.toLocaleLowerCase('sv');
const upperSv = (s) => s.toLocaleUpperCase('sv');

const TODAY = { y: 2024, m: 10, d: 14 }; // content "now"
const pad = (n, w = 2) => String(n).padStart(w, '0');
const daysIn = (y, m) => [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

function luhn9(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let v = Number(s[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Loose validity (any century): used to keep near-misses and other numbers from being valid personnummer by chance. */
function isValidPnrDigits(digits) {
  let ten;
  let centuries;
  if (digits.length === 12) {
    if (!['18', '19', '20'].includes(digits.slice(0, 2))) return false;
    ten = digits.slice(2);
    centuries = [Number(digits.slice(0, 2)) * 100];
  } else if (digits.length === 10) {
    ten = digits;
    centuries = [1900, 2000];
  } else return false;
  const mm = Number(ten.slice(2, 4));
  let dd = Number(ten.slice(4, 6));
  if (mm < 1 || mm > 12) return false;
  if (dd > 60) dd -= 60;
  if (dd < 1) return false;
  if (!centuries.some((c) => dd <= daysIn(c + Number(ten.slice(0, 2)), mm))) return false;
  if (ten.slice(6, 9) === '000') return false;
  return luhn9(ten.slice(0, 9)) === Number(ten[9]);
}

// ---------------------------------------------------------------------------------------------------------------
// People
function translit(s) {
  return lowerSv(s).replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/đ/g, 'd')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9 -]/g, '');
}
const FREEMAIL = ['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'live.se', 'yahoo.se', 'icloud.com', 'telia.com', 'bredband.net', 'spray.se', 'comhem.se', 'protonmail.com', 'me.com', 'msn.com', 'outlook.com', 'gmail.com'];

function mkPerson(R, o = {}) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const origin = o.origin ?? R.weighted(ORIGIN_WEIGHTS);
    const pool = POOLS[origin];
    const gender = o.gender ?? (R.chance(0.5) ? 'f' : 'm');
    let given = R.pick(pool[gender]);
    let family = R.pick(pool.s);
    if (origin === 'sv') {
      const x = R.f();
      if (x < 0.02) family = R.pick(PARTICLE_SURNAMES);
      else if (x < 0.06) family = `${family}-${R.pick(POOLS.sv.s.filter((s) => s !== family))}`;
      else if (x < 0.09) given = `${given} ${R.pick(POOLS.sv[gender])}`;
      else if (x < 0.13) family = R.pick([...POOLS.fa.s, ...POOLS.ar.s, ...POOLS.fi.s, ...POOLS.bs.s, ...POOLS.pl.s]);
    } else if (R.chance(0.1)) family = `${family}-${R.pick(POOLS.sv.s)}`;
    else if (R.chance(0.08)) given = R.pick(POOLS.sv[gender]);
    if (o.cp1252 && !CP1252_OK(`${given} ${family}`)) continue;
    if (o.ascii && !/^[A-Za-z -]+$/.test(`${given} ${family}`)) continue;
    const [y0, y1] = o.years ?? [1952, 2003];
    const y = R.int(y0, y1);
    const m = R.int(1, 12);
    const d = R.int(1, daysIn(y, m));
    const samordning = o.samordning !== undefined ? R.chance(o.samordning) : R.chance(0.03);
    let serial;
    do {
      serial = R.int(1, 999);
    } while ((serial % 10) % 2 !== (gender === 'm' ? 1 : 0) || serial === 0);
    const dd = d + (samordning ? 60 : 0);
    const nine = `${pad(y % 100)}${pad(m)}${pad(dd)}${pad(serial, 3)}`;
    const check = luhn9(nine);
    return {
      given, family, gender, origin, y, m, d, samordning,
      pnr12: `${y}${pad(m)}${pad(dd)}${pad(serial, 3)}${check}`,
      mobile: mkMobile(R),
      emailAddr: personalEmail(R, given, family, y),
    };
  }
  throw new Error('mkPerson: could not satisfy constraints');
}

function personalEmail(R, given, family, y) {
  const g = translit(given).split(/[ -]/)[0];
  const f = translit(family).replace(/ /g, '');
  const dom = R.pick(FREEMAIL);
  const local = R.weighted([
    [`${g}.${f}`, 40], [`${g}${f}`, 10], [`${g}_${f}`, 6], [`${g[0]}${f}`, 8], [`${g}.${f}${pad(y % 100)}`, 10], [`${g}${y}`, 6],
    [`${f}.${g}`, 4], [`${g}.${f}${R.int(1, 99)}`, 8], [`${g}${f[0]}${R.int(10, 99)}`, 5],
  ]);
  const tag = R.chance(0.05) ? `+${R.pick(['jobb', 'bank', 'skola', 'mat', 'nyhetsbrev', 'hemnet', 'resor'])}` : '';
  return `${local.replace(/\.{2,}/g, '.')}${tag}@${dom}`;
}
/** Gives a person another family name (marriage, family) and a matching personal e-mail address. */
function refam(R, p, fam) {
  p.family = fam;
  p.emailAddr = personalEmail(R, p.given, fam, p.y);
  return p;
}
function staffEmail(p, domain, pattern = 'g.f') {
  const g = translit(p.given).replace(/ /g, '').replace(/-/g, '');
  const f = translit(p.family).replace(/ /g, '');
  const local = pattern === 'g.f' ? `${g}.${f}` : pattern === 'gf' ? `${g[0]}${f}` : pattern === 'g' ? `${g}.${f[0]}` : `${g.slice(0, 2)}${f.slice(0, 2)}`;
  return `${local}@${domain}`;
}

/** Name styles. */
function nameAs(p, style) {
  const gf = `${p.given} ${p.family}`;
  switch (style) {
    case 'gf': return gf;
    case 'fg': return `${p.family} ${p.given}`;
    case 'f,g': return `${p.family}, ${p.given}`;
    case 'F,G': return upperSv(`${p.family}, ${p.given}`);
    case 'GF': return upperSv(gf);
    case 'FG': return upperSv(`${p.family} ${p.given}`);
    case 'lower': return lowerSv(gf);
    default: throw new Error(style);
  }
}

// Personnummer styles
function pnrAs(p, style) {
  const s = p.pnr12;
  const old = p.y <= 1923;
  const young = p.y >= 1930;
  let st = style;
  if ((st === 'p10' || st === 'p10d' || st === 'p10s') && !young) st = old ? 'p10plus' : 'p12d';
  if (st === 'p10plus' && !old) st = 'p10d';
  switch (st) {
    case 'p12d': return [`${s.slice(0, 8)}-${s.slice(8)}`, st];
    case 'p12': return [s, st];
    case 'p12s': return [`${s.slice(0, 8)} ${s.slice(8)}`, st];
    case 'p10d': return [`${s.slice(2, 8)}-${s.slice(8)}`, st];
    case 'p10': return [s.slice(2), st];
    case 'p10s': return [`${s.slice(2, 8)} ${s.slice(8)}`, st];
    case 'p10plus': return [`${s.slice(2, 8)}+${s.slice(8)}`, st];
    default: throw new Error(style);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Phones
const AREAS = [
  ['8', [7, 8], 30], ['31', [6, 7], 14], ['40', [6, 7], 9], ['18', [6], 5], ['13', [6], 4], ['90', [6], 3], ['19', [6], 4], ['33', [6], 4],
  ['16', [6], 3], ['36', [6], 3], ['21', [6], 3], ['54', [6], 3], ['60', [6], 3], ['46', [6], 2], ['35', [6], 2], ['44', [6], 2],
  ['920', [5, 6], 2], ['480', [5, 6], 2], ['470', [5, 6], 2], ['520', [5, 6], 2], ['611', [5], 1], ['980', [5], 1], ['150', [5, 6], 1],
];
function phoneSafe(ph) {
  const nat = `0${ph.ac}${ph.sub}`;
  if (nat.length === 10 && isValidPnrDigits(nat)) return false;
  return true;
}
function mkMobile(R) {
  for (;;) {
    const ph = { ac: R.pick(['70', '70', '72', '73', '73', '76', '76', '79']), sub: R.digits(7), kind: 'mobile' };
    if (ph.sub[0] === '0') continue;
    if (phoneSafe(ph)) return ph;
  }
}
function mkLandline(R, ac) {
  for (;;) {
    const area = ac ? AREAS.find((a) => a[0] === ac) : R.weighted(AREAS.map((a) => [a, a[2]]));
    const len = R.pick(area[1]);
    const ph = { ac: area[0], sub: `${R.int(2, 8)}${R.digits(len - 1)}`, kind: 'landline' };
    if (phoneSafe(ph)) return ph;
  }
}
function mkService(R, ac = R.pick(['771', '20', '770'])) {
  for (;;) {
    const ph = { ac, sub: `${R.int(1, 9)}${R.digits(5)}`, kind: 'service' };
    if (phoneSafe(ph)) return ph;
  }
}
function grp(sub, alt = false) {
  switch (sub.length) {
    case 5: return `${sub.slice(0, 3)} ${sub.slice(3)}`;
    case 6: return alt ? `${sub.slice(0, 3)} ${sub.slice(3)}` : `${sub.slice(0, 2)} ${sub.slice(2, 4)} ${sub.slice(4)}`;
    case 7: return alt ? `${sub.slice(0, 2)} ${sub.slice(2, 4)} ${sub.slice(4)}` : `${sub.slice(0, 3)} ${sub.slice(3, 5)} ${sub.slice(5)}`;
    case 8: return `${sub.slice(0, 3)} ${sub.slice(3, 6)} ${sub.slice(6)}`;
    default: return sub;
  }
}
const PHONE_STYLES = ['dash', 'dash', 'dash', 'dash', 'plain', 'plain', 'space', 'intl', 'intl', 'e164', 'intl0', 'paren', 'intl00', 'dashc', 'alt', 'intldash', 'msisdn'];
function phoneAs(ph, style) {
  const { ac, sub } = ph;
  switch (style) {
    case 'dash': return `0${ac}-${grp(sub)}`;
    case 'alt': return `0${ac}-${grp(sub, true)}`;
    case 'dashc': return `0${ac}-${sub}`;
    case 'plain': return `0${ac}${sub}`;
    case 'space': return `0${ac} ${grp(sub)}`;
    case 'paren': return `(0${ac}) ${grp(sub)}`;
    case 'intl': return `+46 ${ac} ${grp(sub)}`;
    case 'intl0': return `+46 (0)${ac}-${grp(sub)}`;
    case 'e164': return `+46${ac}${sub}`;
    case 'intl00': return `0046 ${ac} ${grp(sub)}`;
    case 'intl00c': return `0046${ac}${sub}`;
    case 'msisdn': return `46${ac}${sub}`;
    case 'intldash': return `+46-${ac}-${sub}`;
    case 'slash': return `0${ac}/${grp(sub)}`;
    default: throw new Error(style);
  }
}
function mkForeign(R, cc = R.pick(['47', '47', '358', '45', '44', '49', '33', '90', '34'])) {
  const d = (n) => R.digits(n);
  switch (cc) {
    case '47': return [R.chance(0.7) ? `+47 ${R.pick(['4', '9'])}${d(2)} ${d(2)} ${d(3)}` : `0047 ${R.pick(['4', '9'])}${d(7)}`, 'foreign-no'];
    case '358': return [R.chance(0.7) ? `+358 ${R.pick(['40', '44', '50'])} ${d(3)} ${d(4)}` : `+358 (0)${R.pick(['40', '50'])}-${d(7)}`, 'foreign-fi'];
    case '45': return [`+45 ${R.int(2, 6)}${d(1)} ${d(2)} ${d(2)} ${d(2)}`, 'foreign-dk'];
    case '44': return [R.chance(0.6) ? `+44 7700 900${d(3)}` : `+44 20 7946 0${d(3)}`, 'foreign-uk'];
    case '49': return [R.chance(0.6) ? `+49 15${R.int(1, 7)} ${d(8)}` : `+49 (0)30 ${d(8)}`, 'foreign-de'];
    case '33': return [`+33 ${R.pick(['6', '7'])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, 'foreign-fr'];
    case '90': return [`+90 5${R.int(30, 59)} ${d(3)} ${d(2)} ${d(2)}`, 'foreign-tr'];
    case '34': return [`+34 6${d(2)} ${d(3)} ${d(3)}`, 'foreign-es'];
    default: throw new Error(cc);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// IPs
const PUBLIC_V4 = [[78, [64, 82]], [81, [224, 236]], [83, [248, 255]], [85, [224, 235]], [90, [224, 236]], [94, [234, 255]], [95, [192, 199]],
  [155, [4, 4]], [213, [64, 115]], [217, [208, 215]], [46, [59, 59]], [62, [20, 127]], [31, [208, 211]], [188, [148, 151]], [193, [10, 15]], [194, [14, 17]],
  [84, [216, 219]], [176, [10, 10]], [5, [150, 150]], [37, [123, 123]], [92, [32, 35]], [151, [177, 177]], [212, [181, 181]], [80, [216, 217]]];
function mkIp4(R) {
  const [a, [b0, b1]] = R.pick(PUBLIC_V4);
  return `${a}.${R.int(b0, b1)}.${R.int(0, 255)}.${R.int(1, 254)}`;
}
function mkPrivIp(R) {
  const k = R.int(0, 2);
  if (k === 0) return `10.${R.int(0, 40)}.${R.int(0, 255)}.${R.int(2, 254)}`;
  if (k === 1) return `192.168.${R.int(0, 10)}.${R.int(2, 254)}`;
  return `172.${R.int(16, 31)}.${R.int(0, 255)}.${R.int(2, 254)}`;
}
const V6_PREFIXES = ['2001:9b1', '2a02:aa1', '2a00:801', '2001:2002', '2a01:79d', '2001:6b0', '2a05:d014', '2a02:1406', '2001:470'];
function mkIp6(R, compress = true) {
  const p = R.pick(V6_PREFIXES);
  const groups = [R.hex(4).replace(/^0+(?=.)/, ''), R.hex(4).replace(/^0+(?=.)/, '')];
  if (compress && R.chance(0.5)) return `${p}:${groups[0]}::${R.hex(R.int(1, 4)).replace(/^0+(?=.)/, '')}`;
  const all = [groups[0], groups[1], ...Array.from({ length: 4 }, () => R.hex(R.int(1, 4)).replace(/^0+(?=.)/, ''))];
  return `${p}:${all.join(':')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Near-miss generators (numbers that must never be valid personnummer or look like Swedish phones)
function safeNumber(R, len) {
  for (;;) {
    const s = R.digits(len, true);
    if (s.startsWith('46') || s.startsWith('0')) continue;
    if (isValidPnrDigits(s)) continue;
    if ((len === 10 || len === 12) && isValidPnrDigits(s.slice(-10))) continue;
    return s;
  }
}
function ocrNumber(R, len) {
  for (;;) {
    const body = R.digits(len - 1, true);
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let v = Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
      if (v > 9) v -= 9;
      sum += v;
    }
    const s = body + ((10 - (sum % 10)) % 10);
    if (s.startsWith('46') || isValidPnrDigits(s) || isValidPnrDigits(s.slice(-10))) continue;
    return s;
  }
}
function orgNumber(R, prefix = '556') {
  const nine = `${prefix}${R.digits(9 - prefix.length)}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhn9(nine)}`;
}
function bankgiro(R) { return `${R.int(100, 9999)}-${R.digits(4)}`; }
function plusgiro(R) { return `${R.int(1, 99)} ${R.digits(2)} ${R.digits(2)}-${R.int(0, 9)}`; }
function iban(R) {
  const bban = `${R.pick(['500', '600', '800', '300', '920'])}${R.digits(17)}`;
  const num = `${bban}2814` + '00';
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  const check = pad(98 - rem);
  const s = `SE${check}${bban}`;
  return s.replace(/(.{4})/g, '$1 ').trim();
}
function regnr(R) {
  const L = 'ABCDEFGHJKLMNOPRSTUWXYZ';
  const letters = `${L[R.int(0, L.length - 1)]}${L[R.int(0, L.length - 1)]}${L[R.int(0, L.length - 1)]}`;
  return R.chance(0.6) ? `${letters} ${R.digits(3)}` : `${letters} ${R.digits(2)}${L[R.int(0, L.length - 1)]}`;
}
function vin(R) { return `${R.pick(['YV1', 'WVW', 'WBA', 'VF1', 'TMB', 'JTD', 'KNA', 'YS3'])}${R.alnum(14, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}`; }
function postcode(R) { return `${R.int(100, 984)} ${R.digits(2)}`; }
function badCheckPnr(R, p, style = 'p12d') {
  const s = p.pnr12;
  const wrong = (Number(s[11]) + R.int(1, 9)) % 10;
  const t = s.slice(0, 11) + wrong;
  return style === 'p10d' ? `${t.slice(2, 8)}-${t.slice(8)}` : `${t.slice(0, 8)}-${t.slice(8)}`;
}
function badDatePnr(R) {
  const y = R.int(1960, 1999);
  const [m, d] = R.pick([[13, R.int(1, 28)], [0, R.int(1, 28)], [2, 30], [4, 31], [R.int(1, 12), 32], [R.int(1, 12), 0], [6, 31]]);
  const nine = `${pad(y % 100)}${pad(m)}${pad(d)}${R.digits(3, true)}`;
  return `${y}${pad(m)}${pad(d)}-${nine.slice(6)}${luhn9(nine)}`;
}
function serial000Pnr(R) {
  const y = R.int(1960, 2000);
  const m = R.int(1, 12);
  const d = R.int(1, 28);
  const nine = `${pad(y % 100)}${pad(m)}${pad(d)}000`;
  return `${pad(y % 100)}${pad(m)}${pad(d)}-000${luhn9(nine)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const DAY_SV = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
function mkDate(R, m0 = 1, m1 = 10, y = 2024) {
  const m = R.int(m0, m1);
  return { y, m, d: R.int(1, daysIn(y, m)), h: R.int(7, 19), mi: R.int(0, 59), s: R.int(0, 59) };
}
function addMin(t, min) {
  const ms = Date.UTC(t.y, t.m - 1, t.d, t.h, t.mi, t.s) + min * 60000;
  const u = new Date(ms);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate(), h: u.getUTCHours(), mi: u.getUTCMinutes(), s: u.getUTCSeconds() };
}
const dow = (t) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
const tz = (t) => ((t.m > 3 && t.m < 10) || (t.m === 3 && t.d >= 31) || (t.m === 10 && t.d < 27) ? '+0200' : '+0100');
const F = {
  iso: (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}`,
  isoT: (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}${tz(t).slice(0, 3)}:00`,
  isoZ: (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}.${pad((t.s * 37) % 1000, 3)}Z`,
  dt: (t) => `${t.y}-${pad(t.m)}-${pad(t.d)} ${pad(t.h)}:${pad(t.mi)}`,
  dts: (t) => `${t.y}-${pad(t.m)}-${pad(t.d)} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`,
  hm: (t) => `${pad(t.h)}:${pad(t.mi)}`,
  dmy: (t) => `${pad(t.d)}.${pad(t.m)}.${t.y}`,
  slash: (t) => `${t.d}/${t.m} ${t.y}`,
  sv: (t) => `${t.d} ${MON_SV[t.m - 1]} ${t.y}`,
  svLong: (t) => `${DAY_SV[dow(t)]} ${t.d} ${MON_SV[t.m - 1]}`,
  compact: (t) => `${t.y}${pad(t.m)}${pad(t.d)}`,
  rfc: (t) => `${DAY_EN[dow(t)]}, ${t.d} ${MON_EN[t.m - 1]} ${t.y} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)} ${tz(t)}`,
  clf: (t) => `${pad(t.d)}/${MON_EN[t.m - 1]}/${t.y}:${pad(t.h)}:${pad(t.mi)}:${pad(t.s)} ${tz(t)}`,
  mbox: (t) => `${DAY_EN[dow(t)]} ${MON_EN[t.m - 1]} ${String(t.d).padStart(2, ' ')} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)} ${t.y}`,
  ics: (t) => `${t.y}${pad(t.m)}${pad(t.d)}T${pad(t.h)}${pad(t.mi)}00`,
  syslog: (t) => `${MON_EN[t.m - 1]} ${String(t.d).padStart(2, ' ')} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`,
};

// ---------------------------------------------------------------------------------------------------------------
// Truth recording
const TRUTH = [];
const NEAR = [];
const FILES = []; // { path, buf }
class Doc {
  constructor(path) {
    this.path = path;
    this.R = new Rng(path);
  }
  rec(category, value, subtype) {
    if (typeof value !== 'string' || value === '') throw new Error(`${this.path}: empty ${category}`);
    TRUTH.push({ file: this.path, category, value, ...(subtype ? { subtype } : {}) });
    return value;
  }
  name(v, st = 'gf') { return this.rec('name', v, st); }
  email(v, st = 'plain') { return this.rec('email', v, st); }
  phone(v, st = 'phone') { return this.rec('phone', v, st); }
  pnr(v, st = 'pnr') { return this.rec('personnummer', v, st); }
  ip(v, st = 'ipv4') { return this.rec('ip', v, st); }
  nm(kind, v) {
    if (typeof v !== 'string' || v === '') throw new Error(`${this.path}: empty near-miss ${kind}`);
    NEAR.push({ file: this.path, kind, value: v });
    return v;
  }
  /** Given and family name in separate fields of one record: labelled joined. */
  joined(p) {
    TRUTH.push({ file: this.path, category: 'name', value: `${p.given} ${p.family}`, subtype: 'joined-fields', joined: true });
  }
  // person helpers
  n(p, style = 'gf') { return this.name(nameAs(p, style), style === 'gf' ? 'full' : `name-${style}`); }
  mob(p, style) { return this.tel(p.mobile, style ?? this.R.pick(PHONE_STYLES)); }
  tel(ph, style = 'dash') {
    // People write numbers in many ways: now and then a human-facing style is replaced by a rarer one.
    if (['dash', 'plain', 'space', 'intl'].includes(style) && this.R.chance(0.12)) style = this.R.pick(['intl0', 'intl0', 'intl00', 'intldash', 'alt', 'dashc', 'paren', 'intl00c', 'slash', 'space']);
    const v = phoneAs(ph, style);
    return this.phone(v, `${ph.kind}-${style}`);
  }
  foreign(cc) {
    const [v, st] = mkForeign(this.R, cc);
    return this.phone(v, st);
  }
  pn(p, style) {
    const [v, st] = pnrAs(p, style ?? this.R.pick(['p12d', 'p12d', 'p12', 'p10d', 'p10d', 'p10', 'p12s', 'p10s']));
    return this.pnr(v, `${st}${p.samordning ? '-samordning' : ''}`);
  }
  mail(addr, st = 'plain') { return this.email(addr, st); }
  pm(p, st = 'plain') {
    if (['csv', 'xml', 'xlsx', 'ods', 'html-input', 'tsv', 'json'].includes(st) && this.R.chance(0.04)) {
      const v = this.R.chance(0.5) ? p.emailAddr.toUpperCase() : p.emailAddr.replace(/(^|[._@-])([a-z])/g, (m, a, b) => a + b.toUpperCase());
      return this.email(v, 'mixed-case');
    }
    return this.email(p.emailAddr, st);
  }
  role(addr) { return this.nm('role_email', addr); }
  ip4(R = this.R, st = 'ipv4-public') { return this.ip(mkIp4(R), st); }
}

const outFile = (rel) => {
  const abs = join(OUT, rel);
  mkdirSync(dirname(abs), { recursive: true });
  return abs;
};
function emit(doc, data) {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  if (FILES.some((f) => f.path === doc.path)) throw new Error(`duplicate file ${doc.path}`);
  writeFileSync(outFile(doc.path), buf);
  FILES.push({ path: doc.path, buf });
}

// ---------------------------------------------------------------------------------------------------------------
// Format writers
const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ZIP_DATE = new Date(Date.UTC(2024, 9, 14, 8, 30, 0));
async function zipBuild(entries, { compression = 'DEFLATE' } = {}) {
  const z = new JSZip();
  for (const [name, data, o] of entries) z.file(name, data, { date: ZIP_DATE, createFolders: false, ...(o ?? {}) });
  return z.generateAsync({ type: 'nodebuffer', compression, compressionOptions: { level: 6 } });
}
const ISO_FIXED = '2024-10-14T08:30:00Z';
const coreXml = (title, creator) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xe(title)}</dc:title><dc:creator>${xe(creator)}</dc:creator><cp:lastModifiedBy>${xe(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${ISO_FIXED}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${ISO_FIXED}</dcterms:modified></cp:coreProperties>`;

/** XLSX with shared strings (or inline strings per sheet). cells: string | number | null | {f: formula-less number string} */
async function xlsxBuild(sheets, { title = 'Export', creator = 'Export' } = {}) {
  const sst = [];
  const sstIdx = new Map();
  let refs = 0;
  const si = (s) => { refs++; if (!sstIdx.has(s)) { sstIdx.set(s, sst.length); sst.push(s); } return sstIdx.get(s); };
  const colName = (i) => { let s = ''; let n = i + 1; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
  const sheetXml = sheets.map((sh) => {
    const rows = sh.rows.map((row, r) => {
      const cells = row.map((c, ci) => {
        const ref = `${colName(ci)}${r + 1}`;
        const style = r === 0 && sh.header !== false ? ' s="1"' : '';
        if (c === null || c === undefined || c === '') return '';
        if (typeof c === 'number') return `<c r="${ref}"${style}><v>${c}</v></c>`;
        if (sh.inline) return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xe(c)}</t></is></c>`;
        return `<c r="${ref}"${style} t="s"><v>${si(String(c))}</v></c>`;
      }).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    }).join('');
    const widths = (sh.widths ?? []).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
  });
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${xe(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;
  const sstXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${refs}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${xe(s)}</t></si>`).join('')}</sst>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xe(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;
  return zipBuild([
    ['[Content_Types].xml', ct], ['_rels/.rels', rels], ['docProps/core.xml', coreXml(title, creator)], ['docProps/app.xml', app],
    ['xl/workbook.xml', wb], ['xl/_rels/workbook.xml.rels', wbRels], ['xl/styles.xml', styles], ['xl/sharedStrings.xml', sstXml],
    ...sheetXml.map((x, i) => [`xl/worksheets/sheet${i + 1}.xml`, x]),
  ]);
}

const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"';
async function odfBuild(d, kind, body, { title = 'Dokument', creator = 'LibreOffice' } = {}) {
  d.nm('version', '7.6.4.1');
  const mime = kind === 'ods' ? 'application/vnd.oasis.opendocument.spreadsheet' : 'application/vnd.oasis.opendocument.text';
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NS}><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body>${kind === 'ods' ? `<office:spreadsheet>${body}</office:spreadsheet>` : `<office:text>${body}</office:text>`}</office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ODF_NS}><office:styles/></office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${ODF_NS}><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator><dc:title>${xe(title)}</dc:title><meta:initial-creator>${xe(creator)}</meta:initial-creator><meta:creation-date>2024-10-14T08:30:00</meta:creation-date><dc:date>2024-10-14T08:30:00</dc:date></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipBuild([['mimetype', mime, { compression: 'STORE' }], ['content.xml', content], ['styles.xml', styles], ['meta.xml', meta], ['META-INF/manifest.xml', manifest]]);
}
function odsTable(name, rows) {
  const cell = (c) => {
    if (c === null || c === undefined || c === '') return '<table:table-cell/>';
    if (typeof c === 'number') return `<table:table-cell office:value-type="float" office:value="${c}" calcext:value-type="float"><text:p>${c}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${xe(c)}</text:p></table:table-cell>`;
  };
  const n = Math.max(...rows.map((r) => r.length));
  return `<table:table table:name="${xe(name)}"><table:table-column table:number-columns-repeated="${n}"/>${rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('')}</table:table>`;
}
/** ODT blocks: {h, level} {p} {table: rows} ; p may be an array of strings and {b: text} spans. */
function odtBody(blocks) {
  const inline = (x) => (Array.isArray(x) ? x : [x]).map((s) => (typeof s === 'string' ? xe(s) : `<text:span text:style-name="T1">${xe(s.b)}</text:span>`)).join('');
  return blocks.map((b) => {
    if (b.h !== undefined) return `<text:h text:outline-level="${b.level ?? 1}">${inline(b.h)}</text:h>`;
    if (b.table) {
      const n = Math.max(...b.table.map((r) => r.length));
      return `<table:table table:name="Tabell${b.id ?? 1}"><table:table-column table:number-columns-repeated="${n}"/>${b.table.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string"><text:p>${xe(c ?? '')}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`;
    }
    return `<text:p>${inline(b.p)}</text:p>`;
  }).join('');
}

/**
 * DOCX by hand. blocks: {p: segs, style?, bold?, comment?: {author, initials, text}} | {table: rows, header?}
 * segs: string | {b: text} | {link: url, text}. Strings are split into several runs at word boundaries, as Word does.
 */
async function docxBuild(R, { blocks, header = [], footer = [], title = 'Dokument', creator = 'Microsoft Office User' }) {
  const links = [];
  const comments = [];
  const runs = (text, rpr = '') => {
    const words = text.split(/(?<= )/);
    const out = [];
    let cur = '';
    for (const w of words) {
      cur += w;
      if (R.chance(0.25)) { out.push(cur); cur = ''; }
    }
    if (cur) out.push(cur);
    return out.map((t) => `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}<w:t xml:space="preserve">${xe(t)}</w:t></w:r>`).join(R.chance(0.1) ? '<w:proofErr w:type="spellStart"/>' : '');
  };
  const para = (b) => {
    const segs = Array.isArray(b.p) ? b.p : [b.p];
    let inner = segs.map((s) => {
      if (typeof s === 'string') return runs(s, b.bold ? '<w:b/>' : '');
      if (s.b !== undefined) return runs(s.b, '<w:b/>');
      links.push(s.link);
      return `<w:hyperlink r:id="rIdL${links.length}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">${xe(s.text)}</w:t></w:r></w:hyperlink>`;
    }).join('');
    if (b.comment) {
      const id = comments.length;
      comments.push({ id, ...b.comment });
      inner = `<w:commentRangeStart w:id="${id}"/>${inner}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    }
    const ppr = b.style ? `<w:pPr><w:pStyle w:val="${b.style}"/></w:pPr>` : '';
    return `<w:p>${ppr}${inner}</w:p>`;
  };
  const table = (b) => `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${b.table.map((row, ri) => `<w:tr>${row.map((c) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${para({ p: c ?? '', bold: ri === 0 && b.header })}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl><w:p/>`;
  const body = blocks.map((b) => (b.table ? table(b) : para(b))).join('');
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const hdr = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}>${header.map((h) => para({ p: h })).join('') || '<w:p/>'}</w:hdr>`;
  const ftr = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}>${footer.map((h) => para({ p: h })).join('') || '<w:p/>'}</w:ftr>`;
  const com = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ${W}>${comments.map((c) => `<w:comment w:id="${c.id}" w:author="${xe(c.author)}" w:date="2024-10-14T08:30:00Z" w:initials="${xe(c.initials ?? '')}"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${xe(c.text)}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>${comments.length ? '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : ''}${links.map((l, i) => `<Relationship Id="rIdL${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xe(l)}" TargetMode="External"/>`).join('')}</Relationships>`;
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>${comments.length ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : ''}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>`;
  return zipBuild([
    ['[Content_Types].xml', ct], ['_rels/.rels', rels], ['word/document.xml', doc], ['word/_rels/document.xml.rels', docRels], ['word/styles.xml', styles],
    ['word/header1.xml', hdr], ['word/footer1.xml', ftr], ...(comments.length ? [['word/comments.xml', com]] : []),
    ['docProps/core.xml', coreXml(title, creator)], ['docProps/app.xml', app],
  ]);
}

/** PDF via pdfkit; draw(doc) lays out the page(s). */
function pdfBuild(draw, { title = 'Dokument', author = 'Export' } = {}) {
  return new Promise((resolveP, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: author, Creator: 'Dokumentmotor 4.2', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolveP(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.font('Helvetica').fontSize(10.5);
      draw(doc);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

/** RTF (Word-ish): paragraphs; {b: text} segments bold. */
function rtfBuild(paras, { author } = {}) {
  const enc = (s) => {
    let o = '';
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === '\\' || ch === '{' || ch === '}') o += `\\${ch}`;
      else if (ch === '\n') o += '\\line ';
      else if (ch === '\t') o += '\\tab ';
      else if (c < 128) o += ch;
      else if (CP1252_OK(ch)) o += `\\'${iconv.encode(ch, 'win1252')[0].toString(16)}`;
      else o += `\\u${c > 32767 ? c - 65536 : c}?`;
    }
    return o;
  };
  const body = paras.map((p) => {
    const segs = Array.isArray(p) ? p : [p];
    return `\\pard\\sa120 ${segs.map((s) => (typeof s === 'string' ? enc(s) : `{\\b ${enc(s.b)}}`)).join('')}\\par`;
  }).join('\r\n');
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1053{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n{\\*\\generator Riched20 10.0.19041}${author ? `{\\info{\\author ${enc(author)}}}` : ''}\\viewkind4\\uc1\r\n\\f0\\fs22\\lang1053 ${body}\r\n}\r\n`;
}

/** iCalendar / vCard line folding at 75 octets. */
function fold(line) {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts = [];
  let cur = '';
  let curLen = 0;
  let limit = 75;
  for (const ch of line) {
    const l = Buffer.byteLength(ch);
    if (curLen + l > limit) { parts.push(cur); cur = ''; curLen = 0; limit = 74; }
    cur += ch;
    curLen += l;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}
const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
function icsBuild(events, { method = 'REQUEST', prodid = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' } = {}) {
  const L = ['BEGIN:VCALENDAR', `PRODID:${prodid}`, 'VERSION:2.0', `METHOD:${method}`,
    'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE'];
  for (const e of events) {
    L.push('BEGIN:VEVENT');
    if (e.organizer) L.push(`ORGANIZER;CN=${e.organizer.cn}:mailto:${e.organizer.email}`);
    for (const a of e.attendees ?? []) L.push(`ATTENDEE;${a.cn ? `CN=${a.cn};` : ''}ROLE=${a.role ?? 'REQ-PARTICIPANT'};PARTSTAT=${a.partstat ?? 'NEEDS-ACTION'};RSVP=TRUE:mailto:${a.email}`);
    L.push(`DESCRIPTION;LANGUAGE=sv-SE:${icsEsc(e.description ?? '')}`);
    L.push(`UID:${e.uid}`);
    L.push(`SUMMARY;LANGUAGE=sv-SE:${icsEsc(e.summary)}`);
    L.push(`DTSTART;TZID=W. Europe Standard Time:${e.start}`);
    L.push(`DTEND;TZID=W. Europe Standard Time:${e.end}`);
    L.push('CLASS:PUBLIC', 'PRIORITY:5', `DTSTAMP:20241014T083000Z`, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0');
    if (e.location) L.push(`LOCATION;LANGUAGE=sv-SE:${icsEsc(e.location)}`);
    L.push('BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  return L.map(fold).join('\r\n') + '\r\n';
}

const qpEncode = (s, charset = 'utf-8') => {
  const bytes = charset === 'utf-8' ? Buffer.from(s, 'utf8') : iconv.encode(s, charset);
  const lines = [];
  for (const line of bytes.toString('latin1').split('\n')) {
    let out = '';
    let len = 0;
    const raw = Buffer.from(line.replace(/\r$/, ''), 'latin1');
    for (let i = 0; i < raw.length; i++) {
      const b = raw[i];
      let t = (b >= 33 && b <= 126 && b !== 61) || (b === 32 && i < raw.length - 1) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (len + t.length > 75) { out += '=\r\n'; len = 0; }
      out += t;
      len += t.length;
    }
    lines.push(out);
  }
  return lines.join('\r\n');
};
const b64lines = (buf) => buf.toString('base64').replace(/(.{76})/g, '$1\r\n').replace(/\r\n$/, '');
/** RFC 2047 encoded word for a display name when needed. */
function encWord(s, how = 'B') {
  if (/^[\x20-\x7e]*$/.test(s)) return /[,;:"]/.test(s) ? `"${s}"` : s;
  if (how === 'Q') return `=?ISO-8859-1?Q?${[...iconv.encode(s, 'latin1')].map((b) => (b === 32 ? '_' : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}
const addr = (name, email, how) => (name ? `${encWord(name, how)} <${email}>` : email);
/**
 * A MIME message. parts: text (string), textEnc ('qp'|'base64'|'8bit'), html (optional), attachments [{filename, type, data}].
 */
function emlBuild({ headers, text, textEnc = 'qp', charset = 'utf-8', html, attachments = [], boundarySeed = 'x' }) {
  const h = Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  const encText = (t, enc, type) => {
    const body = enc === 'base64' ? b64lines(charset === 'utf-8' ? Buffer.from(t, 'utf8') : iconv.encode(t, charset)) : enc === 'qp' ? qpEncode(t, charset) : t.replace(/\r?\n/g, '\r\n');
    return `Content-Type: ${type}; charset="${charset}"\r\nContent-Transfer-Encoding: ${enc === '8bit' ? '8bit' : enc === 'qp' ? 'quoted-printable' : 'base64'}\r\n\r\n${body}`;
  };
  const bnd = `----=_Part_${createHash('md5').update(boundarySeed).digest('hex').slice(0, 16)}`;
  let bodyPart = encText(text, textEnc, 'text/plain');
  if (html) {
    const alt = `${bnd}_alt`;
    bodyPart = `Content-Type: multipart/alternative; boundary="${alt}"\r\n\r\n--${alt}\r\n${bodyPart}\r\n--${alt}\r\n${encText(html, textEnc, 'text/html')}\r\n--${alt}--`;
  }
  const mimeHead = 'MIME-Version: 1.0';
  if (!attachments.length) return Buffer.from(`${h}\r\n${mimeHead}\r\n${bodyPart}\r\n`, charset === 'utf-8' || textEnc !== '8bit' ? 'utf8' : 'latin1');
  const parts = [bodyPart, ...attachments.map((a) => `Content-Type: ${a.type}; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64lines(Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data, 'utf8'))}`)];
  return Buffer.from(`${h}\r\n${mimeHead}\r\nContent-Type: multipart/mixed; boundary="${bnd}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n${parts.map((p) => `--${bnd}\r\n${p}\r\n`).join('')}--${bnd}--\r\n`, 'utf8');
}

/** CSV helpers. */
function csvLine(cells, sep) {
  return cells.map((c) => {
    const s = c === null || c === undefined ? '' : String(c);
    return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(sep);
}
function csvBuild(rows, { sep = ';', eol = '\r\n', encoding = 'utf8', bom = false } = {}) {
  const text = rows.map((r) => csvLine(r, sep)).join(eol) + eol;
  if (encoding === 'win1252') return iconv.encode(text, 'win1252');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}
const jsonAscii = (obj, indent) => JSON.stringify(obj, null, indent).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const htmlEnt = (s) => xe(s).replace(/[\u00c0-\u00ff]/g, (c) => ({ 'å': '&aring;', 'ä': '&auml;', 'ö': '&ouml;', 'Å': '&Aring;', 'Ä': '&Auml;', 'Ö': '&Ouml;', 'é': '&eacute;', 'ü': '&uuml;' })[c] ?? `&#${c.charCodeAt(0)};`);

function vcard(v, { version = '3.0' } = {}) {
  const L = ['BEGIN:VCARD', `VERSION:${version}`];
  if (version === '2.1' && !/^[\x20-\x7e]*$/.test(`${v.fn}${v.n}`)) {
    L.push(`N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qpEncode(v.n).replace(/=\r\n/g, '')}`);
    L.push(`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qpEncode(v.fn).replace(/=\r\n/g, '')}`);
  } else {
    L.push(`N:${v.n}`);
    L.push(`FN:${v.fn}`);
  }
  if (v.org) L.push(`ORG:${v.org}`);
  if (v.title) L.push(`TITLE:${v.title}`);
  for (const [type, tel] of v.tels ?? []) L.push(version === '2.1' ? `TEL;${type.toUpperCase()}:${tel}` : `TEL;TYPE=${type}:${tel}`);
  for (const e of v.emails ?? []) L.push(version === '2.1' ? `EMAIL;INTERNET:${e}` : `EMAIL;TYPE=INTERNET:${e}`);
  if (v.adr) L.push(`ADR;TYPE=HOME:;;${v.adr}`);
  if (v.note) L.push(`NOTE:${v.note.replace(/\n/g, '\\n').replace(/,/g, '\\,')}`);
  if (v.bday) L.push(`BDAY:${v.bday}`);
  L.push(`REV:2024-10-14T08:30:00Z`, 'END:VCARD');
  return L.map((l) => (version === '2.1' ? l : fold(l))).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Shared content helpers
const STREETS = ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Järnvägsgatan', 'Skolgatan', 'Kyrkogatan', 'Parkvägen', 'Björkvägen', 'Tallvägen', 'Granvägen', 'Ängsvägen', 'Industrivägen', 'Stationsvägen', 'Hantverkargatan', 'Odengatan', 'Sveavägen', 'Linnégatan', 'Karl Johans väg', 'Olof Palmes gata', 'Gustav Adolfs torg', 'Birger Jarlsgatan', 'Selma Lagerlöfs väg', 'Sankt Eriksgatan', 'Fredsgatan', 'Mästersamuelsgatan', 'Vintervägen', 'Högbergsgatan', 'Långgatan', 'Ekbacksvägen'];
const TOWNS = ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Borås', 'Sundsvall', 'Umeå', 'Lund', 'Jönköping', 'Karlstad', 'Gävle', 'Eskilstuna', 'Sollentuna', 'Huddinge', 'Solna', 'Kungsbacka', 'Upplands Väsby', 'Alingsås', 'Kristinehamn', 'Falun', 'Luleå', 'Växjö', 'Halmstad', 'Södertälje', 'Märsta', 'Nacka', 'Tumba'];
function address(d, R = d.R) {
  const street = R.pick(STREETS);
  const pc = postcode(R);
  const town = R.pick(TOWNS);
  d.nm('street', street);
  d.nm('postcode', pc);
  return { street: `${street} ${R.int(1, 120)}${R.chance(0.2) ? R.pick(['A', 'B', 'C']) : ''}`, pc, town, line: `${street} ${R.int(1, 80)}, ${pc} ${town}` };
}
/** A staff member of an organisation: person + work number + work address. */
function mkStaff(R, domain, o = {}) {
  const p = mkPerson(R, { years: [1962, 1999], ...o });
  p.work = o.landline === false ? p.mobile : (R.chance(0.5) ? mkLandline(R, o.ac) : p.mobile);
  p.workEmail = staffEmail(p, domain, o.pattern ?? 'g.f');
  p.title = o.title;
  return p;
}
function people(R, n, o) { return Array.from({ length: n }, () => mkPerson(R, o)); }
function sig(d, p, org, extra = []) {
  return [`Med vänliga hälsningar`, d.n(p), ...(p.title ? [p.title] : []), d.nm('company', org.name), ...extra, `Tel: ${d.tel(p.work, d.R.pick(['dash', 'dash', 'intl', 'space']))}`, d.mail(p.workEmail, 'signature')].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// More content helpers
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
/** Picks one of several alternatives given as functions, so only the chosen one records its labels. */
const alt = (R, ...fns) => R.pick(fns)();
function mkAddr(R) {
  return { street: R.pick(STREETS), no: `${R.int(1, 120)}${R.chance(0.15) ? R.pick(['A', 'B', 'C']) : ''}`, pc: postcode(R), town: R.pick(TOWNS), lgh: R.chance(0.3) ? `lgh ${R.int(1001, 1704)}` : '' };
}
function adr(d, a, { oneLine = true } = {}) {
  d.nm('street', a.street);
  d.nm('postcode', a.pc);
  const s1 = `${a.street} ${a.no}${a.lgh ? `, ${a.lgh}` : ''}`;
  return oneLine ? `${s1}, ${a.pc} ${a.town}` : [s1, `${a.pc} ${a.town}`];
}
const who = (d, p, email, how, style = 'gf') => addr(d.n(p, style), d.mail(email, 'header'), how);
const roleWho = (d, label, email) => addr(label, d.role(email));
function msgId(d, domain) { const id = `${d.R.hex(8)}.${d.R.int(1000, 9999)}@${domain}`; d.nm('message-id', id); return `<${id}>`; }
function mboxBuild(msgs) {
  return Buffer.concat(msgs.map(({ env, t, buf }) => {
    const body = buf.toString('latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
    return Buffer.from(`From ${env} ${F.mbox(t)}\n${body}\n`, 'latin1');
  }));
}
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.94 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.2277.128',
];
function ua(d) {
  const u = d.R.pick(UAS);
  for (const v of u.match(/\d+\.\d+\.\d+\.\d+/g) ?? []) d.nm('version', v);
  return u;
}
/** A letter in a PDF: letterhead, recipient block, body paragraphs, signature. */
function pdfLetter(doc, { head, headSub = [], to = [], date, subject, body = [], sign = [], footer }) {
  doc.font('Helvetica-Bold').fontSize(15).text(head);
  doc.font('Helvetica').fontSize(9);
  for (const s of headSub) doc.text(s);
  doc.moveDown(2).fontSize(10.5);
  for (const s of to) doc.text(s);
  doc.moveDown(1.5);
  if (date) doc.text(date, { align: 'right' });
  doc.moveDown();
  if (subject) doc.font('Helvetica-Bold').text(subject).font('Helvetica').moveDown();
  for (const p of body) doc.text(p, { width: 470 }).moveDown(0.7);
  doc.moveDown();
  for (const s of sign) doc.text(s);
  if (footer) doc.fontSize(8).text(footer, 56, 770, { width: 480, align: 'center', lineBreak: false });
}
function pdfTable(doc, rows, widths, { x0 = 56, size = 9 } = {}) {
  doc.fontSize(size);
  for (let r = 0; r < rows.length; r++) {
    const y = doc.y;
    let x = x0;
    let maxH = 0;
    doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica');
    rows[r].forEach((c, i) => {
      const h = doc.heightOfString(String(c ?? ''), { width: widths[i] - 4 });
      doc.text(String(c ?? ''), x, y, { width: widths[i] - 4 });
      maxH = Math.max(maxH, h);
      x += widths[i];
    });
    doc.y = y + maxH + 3;
    if (doc.y > 740) { doc.addPage(); doc.y = 56; }
  }
  doc.x = x0;
  doc.font('Helvetica').fontSize(10.5);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Recruitment agency: Talangbron Rekrytering AB
async function sysRekrytering() {
  const S = new Rng('sys:rekrytering');
  const org = { name: 'Talangbron Rekrytering AB', domain: 'talangbron.se', sw: mkLandline(S, '8') };
  const recruiters = [0, 1, 2, 3].map(() => mkStaff(S, org.domain, { ac: '8', title: 'Rekryteringskonsult', cp1252: true }));
  const clients = [
    { name: 'Nordlager AB', domain: 'nordlager.se' }, { name: 'Kvarnby Logistik AB', domain: 'kvarnbylogistik.se' },
    { name: 'Hedbergs Elektriska AB', domain: 'hedbergsel.se' }, { name: 'Lindqvists Måleri i Göteborg AB', domain: 'lindqvistsmaleri.se' },
  ];
  for (const c of clients) c.contact = mkStaff(S, c.domain, { title: 'Platschef', cp1252: true });
  const employers = ['Sörby Bygg AB', 'Mälardalens Lager AB', 'Ekhagens Hemtjänst AB', 'Vänerns Transport AB', 'Svea Städ & Fastighet AB', 'Bergslagens Verkstäder AB', 'Kafé Kanelbullen AB', 'Gunnar Nilssons Åkeri AB', 'Tornets Elinstallationer AB'];
  const jobs = ['Lagerchef', 'Truckförare', 'Elektriker', 'Målare', 'Ekonomiassistent', 'Kundtjänstmedarbetare', 'Projektledare bygg', 'Lagermedarbetare'];
  const cands = Array.from({ length: 44 }, (_, i) => {
    const p = mkPerson(S, { years: [1966, 2002] });
    Object.assign(p, { id: 4100 + i * 7 + S.int(0, 6), job: S.pick(jobs), addr: mkAddr(S), client: S.pick(clients), recruiter: S.pick(recruiters), ipAddr: S.chance(0.8) ? mkIp4(S) : mkIp6(S) });
    p.refs = [0, 1].map(() => { const r = mkStaff(S, S.pick(['sorbybygg.se', 'mlager.se', 'ekhagen.se', 'vanerntransport.se', 'sveastad.se']), { cp1252: true }); r.company = S.pick(employers); r.title = S.pick(['närmaste chef', 'f.d. arbetsledare', 'kollega', 'platschef']); return r; });
    return p;
  });
  const cpCands = cands.filter((c) => CP1252_OK(`${c.given} ${c.family}`));

  const cvDocx = (d, c) => {
    const R = d.R;
    const rec = c.recruiter;
    const email = c.emailAddr;
    const contact = [
      ['Adress', adr(d, c.addr)],
      ['Mobil', d.mob(c, R.pick(['dash', 'space', 'intl', 'plain', 'alt']))],
      ['E-post', [{ link: `mailto:${d.pm(c, 'docx-hyperlink')}`, text: email }]],
      R.chance(0.4) ? ['Personnummer', d.pn(c, R.pick(['p12d', 'p10d', 'p12s']))] : ['Född', d.nm('date', F.iso({ y: c.y, m: c.m, d: c.d }))],
      ['Körkort', R.pick(['B', 'B, C', 'B, CE', 'B, truckkort A+B'])],
    ];
    const jobs2 = [0, 1, 2].map((k) => [`${2023 - k * 3 - R.int(0, 2)}–${k === 0 ? 'nu' : 2023 - k * 3 + 1}`, d.nm('company', R.pick(employers)), R.pick(jobs)]);
    const refs = c.refs.map((r) => ({ p: [`${d.n(r)}, ${r.title}, `, d.nm('company', r.company), `, tel ${d.tel(r.mobile, R.pick(['dash', 'plain', 'space']))}, `, { link: `mailto:${r.workEmail}`, text: d.mail(r.workEmail, 'docx-hyperlink') }] }));
    return docxBuild(R, {
      title: `CV ${c.given} ${c.family}`, creator: d.n(c),
      header: [`Curriculum Vitae – ${d.n(c)}`],
      footer: [`Presenterad av ${d.nm('company', org.name)} · Konsult: ${d.n(rec)} · ${d.tel(rec.work, 'dash')} · ${d.mail(rec.workEmail, 'docx-footer')}`],
      blocks: [
        { p: d.n(c, R.pick(['gf', 'GF'])), style: 'Heading1' },
        { p: c.job, style: 'Heading2' },
        { table: contact },
        { p: 'Profil', style: 'Heading2' },
        { p: `Jag är en ${R.pick(['driven', 'lugn', 'strukturerad', 'social'])} person med ${R.int(3, 18)} års erfarenhet inom ${c.job.toLowerCase()}. Jag bor i ${d.nm('town', c.addr.town)} med min familj och vår katt ${d.nm('pet', R.pick(['Morris', 'Sigge', 'Doris', 'Kasper']))}. På fritiden tränar jag på ${d.nm('company', R.pick(['Friskis & Svettis', 'Nordic Wellness', 'SATS']))}.`, comment: { author: `${rec.given} ${rec.family}`, initials: `${rec.given[0]}${rec.family[0]}`, text: alt(R, () => 'Ring efter kl 16, jobbar dagtid.', () => 'Uppsägningstid 1 månad. Kolla lönekrav.', () => `Skickat till ${d.nm('lone-first-name', c.client.contact.given)} på kunden, inväntar svar.`) } },
        { p: 'Arbetslivserfarenhet', style: 'Heading2' },
        { table: [['Period', 'Arbetsgivare', 'Befattning'], ...jobs2], header: true },
        { p: 'Utbildning', style: 'Heading2' },
        { p: `${R.pick(['Gymnasieexamen, Handelsprogrammet', 'Yrkeshögskola, Logistik', 'Elprogrammet', 'Kandidatexamen i ekonomi'])}, ${R.int(1985, 2021)}` },
        { p: 'Referenser', style: 'Heading2' },
        ...refs,
      ],
    });
  };
  const cvPdf = (d, c) => pdfBuild((doc) => {
    const R = d.R;
    doc.font('Helvetica-Bold').fontSize(20).text(d.n(c, R.pick(['gf', 'GF'])));
    doc.font('Helvetica').fontSize(10).text(`${c.job} | ${adr(d, c.addr)}`);
    doc.text(`Telefon: ${d.mob(c, R.pick(['dash', 'intl', 'intl0', 'space']))}   E-post: ${d.pm(c, 'pdf')}`);
    if (R.chance(0.5)) doc.text(`Personnummer: ${d.pn(c, R.pick(['p12d', 'p10d']))}`);
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Om mig').font('Helvetica').fontSize(10);
    doc.text(`Erfaren ${c.job.toLowerCase()} som trivs med ansvar. Har arbetat på ${d.nm('company', R.pick(employers))} och ${d.nm('company', R.pick(employers))}. Språk: svenska, engelska${c.origin !== 'sv' ? ' samt modersmål' : ''}.`, { width: 470 });
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Erfarenhet').font('Helvetica').fontSize(10);
    for (let k = 0; k < 3; k++) doc.text(`${2023 - k * 3}–${2024 - k * 3}  ${d.nm('company', R.pick(employers))}, ${R.pick(jobs)}`);
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Referenser').font('Helvetica').fontSize(10);
    for (const r of c.refs) doc.text(`${d.n(r)} (${r.title}), ${d.tel(r.mobile, R.pick(['dash', 'plain', 'intl']))}, ${d.mail(r.workEmail, 'pdf')}`);
    doc.fontSize(8).text(`${org.name} · Konsult ${d.n(rec(c))} · ${d.tel(c.recruiter.work, 'dash')}`, 56, 770, { lineBreak: false });
  }, { title: `CV ${c.id}`, author: org.name });
  const rec = (c) => c.recruiter;

  // CVs
  for (const c of cands.slice(0, 4)) { const d = new Doc(`rekrytering/cv/kandidat_${c.id}_cv.docx`); emit(d, await cvDocx(d, c)); }
  for (const c of cpCands.slice(4, 7)) { const d = new Doc(`rekrytering/cv/kandidat_${c.id}_cv.pdf`); emit(d, await cvPdf(d, c)); }

  // Candidate workbook with several sheets
  {
    const d = new Doc('rekrytering/kandidatlista_lager_2024.xlsx');
    const R = d.R;
    const list = cands.slice(6, 36);
    const sh1 = [['Kand.nr', 'Förnamn', 'Efternamn', 'Mobil', 'E-post', 'Ort', 'Tjänst', 'Källa', 'Status', 'Registrerad']];
    for (const c of list) {
      d.joined(c);
      const up = R.chance(0.12);
      sh1.push([c.id, c.given, c.family, d.mob(c, R.pick(['plain', 'plain', 'dash', 'intl', 'e164', 'space'])), up ? d.email(c.emailAddr.toUpperCase(), 'upper') : d.pm(c, 'xlsx'), d.nm('town', c.addr.town), c.job, R.pick(['Platsbanken', 'LinkedIn', 'Tipsad', 'Hemsida', 'Blocket Jobb']), R.pick(['Ny', 'Telefonintervju', 'Intervju kund', 'Avböjd', 'Erbjuden']), d.nm('date', F.iso(mkDate(R)))]);
    }
    const sh2 = [['Datum', 'Tid', 'Kandidat', 'Intervjuare', 'Kund', 'Kontaktperson kund', 'Kommentar']];
    for (const c of list.slice(0, 16)) {
      const t = mkDate(R, 8, 10);
      sh2.push([F.iso(t), F.hm(t), d.n(c, 'f,g'), d.n(c.recruiter), d.nm('company', c.client.name), d.n(c.client.contact), alt(R, () => 'Bra intryck', () => 'Saknar truckkort', () => 'Vill ha högre lön', () => `Ring ${d.nm('lone-first-name', c.given)} igen fredag`, () => 'Referenser ok', () => '')]);
    }
    const sh3 = [['Kandidat', 'Referens', 'Relation', 'Telefon', 'Kontaktad']];
    for (const c of list.slice(0, 12)) for (const r of c.refs) sh3.push([d.n(c), d.n(r), r.title, d.tel(r.mobile, R.pick(['dash', 'plain'])), R.pick(['Ja', 'Nej', 'Söks'])]);
    const sh4 = [['Källa', 'Antal'], ['Platsbanken', 41], ['LinkedIn', 23], ['Tipsad', 7], ['Hemsida', 12]];
    emit(d, await xlsxBuild([{ name: 'Kandidater', rows: sh1, widths: [8, 14, 16, 16, 30] }, { name: 'Intervjuer', rows: sh2 }, { name: 'Referenser', rows: sh3 }, { name: 'Statistik', rows: sh4 }], { title: 'Kandidatlista lager', creator: 'Talangbron' }));
  }

  // ATS export, comma, UTF-8 with BOM
  {
    const d = new Doc('rekrytering/ansokningar_export.csv');
    const R = d.R;
    const rows = [['id', 'job_id', 'first_name', 'last_name', 'email', 'phone', 'created_at', 'source', 'consent_until', 'remote_ip', 'note']];
    for (const c of cands) {
      d.joined(c);
      const t = mkDate(R, 1, 9);
      rows.push([d.nm('application-id', String(880000 + c.id * 3)), `J-${R.int(100, 140)}`, c.given, c.family, d.pm(c, 'csv'), d.mob(c, R.pick(['e164', 'e164', 'msisdn', 'plain', 'intl'])), F.isoZ(t), R.pick(['platsbanken', 'linkedin', 'careersite']), F.iso({ ...t, y: 2026 }), d.ip(c.ipAddr, c.ipAddr.includes(':') ? 'ipv6' : 'ipv4-public'), R.chance(0.2) ? `Referens: ${d.n(c.refs[0])}` : '']);
    }
    emit(d, csvBuild(rows, { sep: ',', bom: true, eol: '\r\n' }));
  }

  // Application mails with attachments
  for (const [k, c] of cands.slice(36, 39).entries()) {
    const d = new Doc(`rekrytering/inkorg/ansokan_${c.id}.eml`);
    const R = d.R;
    const t = mkDate(R, 3, 9);
    const vcf = vcard({ n: `${c.family};${c.given};;;`, fn: d.n(c), tels: [['CELL', d.mob(c, 'intl')]], emails: [d.pm(c, 'vcard')] });
    const atts = [{ filename: 'kontakt.vcf', type: 'text/vcard', data: vcf }];
    if (k === 1 && CP1252_OK(`${c.given} ${c.family}`)) atts.unshift({ filename: `CV_${c.id}.pdf`, type: 'application/pdf', data: await cvPdf(d, c) });
    else atts.unshift({ filename: 'CV.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: await cvDocx(d, c) });
    const text = `Hej!\n\nJag vill söka tjänsten som ${c.job.toLowerCase()} hos er kund ${d.nm('company', c.client.name)} som jag såg på Platsbanken (annons-id ${d.nm('ad-id', String(R.int(28000000, 28999999)))}).\nJag bifogar mitt CV och mina kontaktuppgifter. Ni når mig enklast på ${d.mob(c, R.pick(['dash', 'plain', 'space']))} efter kl 16.\n\nMed vänlig hälsning\n${d.n(c)}\n${adr(d, c.addr)}`;
    emit(d, emlBuild({ boundarySeed: d.path, headers: {
      From: who(d, c, c.emailAddr, R.pick(['B', 'Q'])), To: roleWho(d, 'Talangbron Rekrytering', `rekrytering@${org.domain}`), Cc: who(d, c.recruiter, c.recruiter.workEmail),
      Subject: encWord(`Ansökan ${c.job} – ${d.n(c)}`), Date: F.rfc(t), 'Message-ID': msgId(d, 'mail.gmail.com'),
    }, text, textEnc: k === 2 ? 'base64' : 'qp', attachments: atts }));
  }

  // Interview invitations
  {
    const d = new Doc('rekrytering/intervjuer_v41.ics');
    const R = d.R;
    const events = cands.slice(20, 27).map((c, i) => {
      const t = { y: 2024, m: 10, d: 7 + (i % 5), h: 9 + i, mi: 0, s: 0 };
      return {
        uid: `040000008200E00074C5B7101A82E008000000${R.hex(20).toUpperCase()}`,
        organizer: { cn: d.n(c.recruiter), email: d.mail(c.recruiter.workEmail, 'ics-organizer') },
        attendees: [{ cn: d.n(c), email: d.pm(c, 'ics-attendee') }, { cn: d.n(c.client.contact), email: d.mail(c.client.contact.workEmail, 'ics-attendee') }, { cn: 'Talangbron Rekrytering', email: d.role(`rekrytering@${org.domain}`), role: 'NON-PARTICIPANT' }],
        summary: `Intervju ${c.job} – ${d.n(c)}`,
        description: `Intervju med kandidaten ${d.n(c)} för tjänsten som ${c.job.toLowerCase()} hos ${d.nm('company', c.client.name)}.\nKandidatens mobil: ${d.mob(c, R.pick(['dash', 'intl', 'plain']))}\nVid förhinder ring ${d.tel(c.recruiter.work, 'dash')} eller växeln ${d.tel(org.sw, 'dash')}.\nTeams-möte: https://teams.microsoft.com/l/meetup-join/19%3ameeting_${R.alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}\nKonferens-ID: ${d.nm('conference-id', `${R.int(100, 999)} ${R.int(100, 999)} ${R.int(100, 999)}#`)}`,
        start: F.ics(t), end: F.ics(addMin(t, 45)), location: alt(R, () => 'Microsoft Teams', () => `Kontoret, ${d.nm('street', 'Sveavägen')} 44`),
      };
    });
    emit(d, icsBuild(events));
  }

  // vCard contacts (3.0 and 2.1 with quoted-printable)
  {
    const d = new Doc('rekrytering/kandidater_export.vcf');
    const R = d.R;
    let out = '';
    for (const c of cands.slice(10, 24)) {
      const v21 = R.chance(0.35);
      out += vcard({ n: `${c.family};${c.given};;;`, fn: d.n(c), org: R.chance(0.3) ? d.nm('company', R.pick(employers)) : undefined, title: c.job,
        tels: [['CELL', d.mob(c, R.pick(['intl', 'e164', 'dash', 'plain']))], ...(R.chance(0.2) ? [['HOME', d.tel(mkLandline(R), 'dash')]] : [])],
        emails: [d.pm(c, 'vcard')], note: R.chance(0.3) ? `Kandidat ${c.id}, kontaktad av ${d.n(c.recruiter)}` : undefined }, { version: v21 ? '2.1' : '3.0' });
    }
    emit(d, out);
  }

  // Cover letters in RTF
  for (const c of cands.slice(39, 41)) {
    const d = new Doc(`rekrytering/personligt_brev_${c.id}.rtf`);
    const R = d.R;
    const boss = c.refs[0];
    const [a1, a2] = adr(d, c.addr, { oneLine: false });
    emit(d, rtfBuild([
      [{ b: d.n(c) }], a1, a2, `Mobil: ${d.mob(c, R.pick(['dash', 'space']))}`, `E-post: ${d.pm(c, 'rtf')}`, '',
      `${d.nm('town', c.addr.town)} den ${F.sv(mkDate(R, 8, 9))}`, '', [{ b: `Ansökan – ${c.job}` }],
      `Hej ${d.nm('lone-first-name', c.recruiter.given)}!`,
      `Tack för ett trevligt samtal i fredags. Som jag berättade har jag arbetat ${R.int(4, 12)} år på ${d.nm('company', boss.company)} där min chef ${d.n(boss)} gärna lämnar referens (${d.tel(boss.mobile, 'dash')}).`,
      `Jag är van vid att leda ett team på ${R.int(5, 25)} personer och att planera bemanning. Jag har B-körkort och truckkort.`,
      'Jag ser fram emot att höra från er!', '', 'Vänliga hälsningar', d.n(c),
    ], { author: d.n(c) }));
  }

  // Phone screening notes, lower case
  {
    const d = new Doc('rekrytering/telefonintervjuer_anteckningar.txt');
    const R = d.R;
    const out = [];
    for (const c of cands.slice(24, 40)) {
      const t = mkDate(R, 9, 10);
      const rname = lowerSv(c.recruiter.given);
      d.nm('lone-first-name', rname);
      out.push(`${F.dt(t)} ${rname}: ringde kandidaten ${d.n(c, 'lower')} på ${d.mob(c, R.pick(['plain', 'dashc', 'dash', 'space']))}. ${alt(R,
        () => `pratar bra svenska, vill jobba dagtid. bor i ${d.nm('town', lowerSv(c.addr.town))}. kan börja om 1 mån.`,
        () => `inget svar, lämnade röstmeddelande. ny tid ${F.slash(addMin(t, 2880))} kl ${F.hm(addMin(t, 2880))}.`,
        () => `har truckkort a+b. referens ${d.n(c.refs[0], 'lower')} (${c.refs[0].title}) nås på ${d.tel(c.refs[0].mobile, 'plain')}.`,
        () => `vill ha mejl istället: ${d.pm(c, 'txt')}. skickar info om tjänsten.`,
        () => `lönekrav ca ${d.nm('amount', `${R.int(28, 42)} 000 kr`)} ${d.nm('name-word', 'per månad')}. inga problem med skift.`,
      )}`);
      out.push('');
    }
    emit(d, out.join('\n'));
  }

  // Candidate portal access log (Apache combined with user field)
  {
    const d = new Doc('rekrytering/kandidatportal_access.log');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 9, d: 23, h: 6, mi: 2, s: 11 };
    const paths = ['/portal/login', '/portal/profil', '/portal/ansokningar', '/portal/cv/upload', '/jobb/lagerchef-stockholm', '/jobb/elektriker-goteborg', '/static/app.3f9c1e.js', '/portal/logout'];
    for (let i = 0; i < 900; i++) {
      t = addMin(t, R.int(0 * 60, 9 * 60) / 60);
      const c = R.pick(cands);
      const anon = R.chance(0.45);
      const ip = anon ? (R.chance(0.85) ? mkIp4(R) : mkIp6(R)) : c.ipAddr;
      d.ip(ip, ip.includes(':') ? 'ipv6-log' : 'ipv4-log');
      const user = anon ? '-' : d.pm(c, 'apache-user');
      const path = R.pick(paths);
      lines.push(`${ip} - ${user} [${F.clf(t)}] "${path.includes('login') && !anon ? 'POST' : 'GET'} ${path} HTTP/1.1" ${R.pick([200, 200, 200, 302, 304, 404])} ${R.int(0, 48000)} "${R.chance(0.5) ? 'https://jobb.talangbron.se/' : '-'}" "${ua(d)}"`);
    }
    d.nm('loopback', '127.0.0.1');
    lines.splice(300, 0, `127.0.0.1 - - [${F.clf(t)}] "GET /server-status?auto HTTP/1.1" 200 812 "-" "Go-http-client/1.1"`);
    emit(d, lines.join('\n') + '\n');
  }

  // Assignment brief from a client (ODT)
  {
    const d = new Doc('rekrytering/uppdrag_nordlager_lagerchef.odt');
    const R = d.R;
    const cl = clients[0];
    const deputy = mkStaff(R, cl.domain, { cp1252: true });
    const recr = recruiters[0];
    const chosen = cands.slice(6, 11);
    emit(d, await odfBuild(d, 'odt', odtBody([
      { h: `Uppdragsbeskrivning – Lagerchef, ${d.nm('company', cl.name)}` },
      { p: ['Kund: ', { b: d.nm('company', cl.name) }, ` (org.nr ${d.nm('org-number', orgNumber(R))})`] },
      { p: `Kontaktperson hos kund: ${d.n(cl.contact)}, ${cl.contact.title}, tel ${d.tel(cl.contact.work, 'dash')}, e-post ${d.mail(cl.contact.workEmail, 'odt')}` },
      { p: `Ersättare vid frånvaro: ${d.n(deputy)}, ${d.tel(deputy.mobile, 'space')}. Fakturor till ${d.role(`faktura@${cl.domain}`)}, märk med referens ${d.nm('invoice-ref', `NL-${R.int(1000, 9999)}`)}.` },
      { p: `Ansvarig konsult: ${d.n(recr)} (${d.mail(recr.workEmail, 'odt')}), växel ${d.tel(org.sw, 'paren')}.` },
      { h: 'Krav', level: 2 },
      { p: 'Minst fem års erfarenhet av arbetsledning i lager, truckkort, god svenska i tal och skrift. Meriterande: erfarenhet av WMS (Astro 8.2).' },
      { h: 'Föreslagna kandidater', level: 2 },
      { table: [['Kandidat', 'Telefon', 'Kommentar'], ...chosen.map((c) => [d.n(c, R.pick(['gf', 'f,g'])), d.mob(c, 'dash'), R.pick(['Stark', 'Reserv', 'Intervju v.42', 'Saknar truckkort'])])] },
      { p: `Ort för tjänsten: ${d.nm('town', 'Upplands Väsby')}, ${d.nm('street', 'Industrivägen')} 9. Tillträde enligt överenskommelse.` },
    ]), { title: 'Uppdrag Nordlager', creator: `${recr.given} ${recr.family}` }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. HR / payroll: Norrfors Logistik AB
async function sysHr() {
  const S = new Rng('sys:hr');
  const org = { name: 'Norrfors Logistik AB', domain: 'norrfors.se', sw: mkLandline(S, '60'), orgnr: orgNumber(S) };
  const depts = ['Lager', 'Transport', 'Ekonomi', 'Kundservice', 'IT', 'Inköp', 'Verkstad'];
  const emps = Array.from({ length: 96 }, (_, i) => {
    const p = mkStaff(S, org.domain, { cp1252: true, samordning: 0.06, years: [1958, 2004] });
    Object.assign(p, { anst: 10001 + i * 3 + S.int(0, 2), dept: S.pick(depts), addr: mkAddr(S), start: mkDate(S, 1, 12, S.int(2008, 2023)), form: S.pick(['Tillsvidare', 'Tillsvidare', 'Tillsvidare', 'Visstid', 'Timanställd', 'Provanställning']) });
    p.ice = mkPerson(S, { cp1252: true, years: [1950, 2000] });
    p.iceRel = S.pick(p.ice.gender === 'f' ? ['Maka', 'Sambo', 'Mamma', 'Syster', 'Dotter'] : ['Make', 'Sambo', 'Pappa', 'Bror', 'Son']);
    if (S.chance(0.55)) refam(S, p.ice, p.family);
    p.title = S.pick(['Lagermedarbetare', 'Truckförare', 'Chaufför', 'Ekonomiassistent', 'Kundtjänstmedarbetare', 'Systemtekniker', 'Inköpare', 'Fordonstekniker']);
    return p;
  });
  const managers = {};
  for (const dep of depts) managers[dep] = emps.find((e) => e.dept === dep) ?? emps[0];
  const hrStaff = [mkStaff(S, org.domain, { cp1252: true, title: 'HR-specialist' }), mkStaff(S, org.domain, { cp1252: true, title: 'Lönehandläggare' })];
  const left = emps.slice(80);
  const active = emps.slice(0, 80);

  // Employee list: semicolon, cp1252, CRLF (payroll system export)
  {
    const d = new Doc('hr-lon/anstallda_2024.csv');
    const R = d.R;
    const rows = [['Anst.nr', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Avdelning', 'Befattning', 'Närmaste chef', 'Anställd från', 'Anställningsform', 'Postnr', 'Ort']];
    for (const e of active) {
      d.joined(e);
      const mgr = managers[e.dept];
      rows.push([d.nm('employee-number', String(e.anst)), e.given, e.family, d.pn(e, R.pick(['p12d', 'p12d', 'p12d', 'p12', 'p10d'])), d.mob(e, R.pick(['dash', 'dash', 'plain', 'space'])), d.mail(e.workEmail, 'csv'),
        e.dept, e.title, mgr === e ? '' : d.n(mgr, 'fg'), d.nm('date', F.iso(e.start)), e.form, d.nm('postcode', e.addr.pc), e.addr.town]);
    }
    emit(d, csvBuild(rows, { sep: ';', encoding: 'win1252', eol: '\r\n' }));
  }

  // Personnel register workbook
  {
    const d = new Doc('hr-lon/personalregister.xlsx');
    const R = d.R;
    const sh1 = [['Anst.nr', 'Namn', 'Personnummer', 'Avdelning', 'Tel arbete', 'Mobil', 'E-post']];
    for (const e of active) {
      const numericPnr = R.chance(0.25);
      const pn = numericPnr ? Number(d.pnr(e.pnr12, `p12-numeric-cell${e.samordning ? '-samordning' : ''}`)) : d.pn(e, R.pick(['p12d', 'p10d']));
      sh1.push([e.anst, d.n(e, 'f,g'), pn, e.dept, e.work === e.mobile ? '' : d.tel(e.work, R.pick(['dash', 'paren', 'intl'])), d.mob(e, R.pick(['dash', 'plain'])), d.mail(e.workEmail, 'xlsx')]);
    }
    const sh2 = [['Anst.nr', 'Namn', 'Personnummer', 'Slutdatum', 'Orsak', 'Arbetsgivarintyg skickat']];
    for (const e of left) sh2.push([e.anst, d.n(e, R.pick(['gf', 'f,g'])), d.pn(e, 'p12d'), d.nm('date', F.iso(mkDate(R, 1, 9))), R.pick(['Egen uppsägning', 'Visstid upphört', 'Pension', 'Arbetsbrist']), R.pick(['Ja', 'Nej'])]);
    const sh3 = [['Anst.nr', 'Medarbetare', 'Anhörig', 'Relation', 'Telefon', 'Alt. telefon']];
    for (const e of active.slice(0, 50)) sh3.push([e.anst, d.n(e), d.n(e.ice), e.iceRel, d.tel(e.ice.mobile, R.pick(['dash', 'plain', 'space'])), R.chance(0.2) ? d.tel(mkLandline(R), 'dash') : (R.chance(0.1) ? d.foreign(R.pick(['358', '47', '90'])) : '')]);
    const sh4 = [['Avdelning', 'Kostnadsställe', 'Chef', 'Chef e-post', 'Funktionsbrevlåda']];
    for (const dep of depts) sh4.push([dep, d.nm('cost-centre', String(R.int(4100, 4999))), d.n(managers[dep]), d.mail(managers[dep].workEmail, 'xlsx'), d.role(`${translit(dep).replace(/ /g, '')}@${org.domain}`)]);
    emit(d, await xlsxBuild([{ name: 'Aktiva', rows: sh1 }, { name: 'Avslutade', rows: sh2 }, { name: 'Anhöriga', rows: sh3 }, { name: 'Avdelningar', rows: sh4, inline: true }], { title: 'Personalregister', creator: 'HR Norrfors' }));
  }

  // Sick-leave call notes (no health details), lower case
  {
    const d = new Doc('hr-lon/sjukanmalningar_samtal_2024.txt');
    const R = d.R;
    const out = ['sjukanmälan/vab – jourtelefon hr, anteckningar', '(inga diagnoser eller hälsouppgifter noteras här, se rutin hr-07)', ''];
    for (let i = 0; i < 34; i++) {
      const e = R.pick(active);
      const t = mkDate(R, 1, 10);
      t.h = R.int(5, 8);
      const mgr = managers[e.dept] === e ? hrStaff[0] : managers[e.dept];
      const taker = R.pick(hrStaff);
      d.nm('lone-first-name', lowerSv(taker.given));
      out.push(alt(R,
        () => `${F.dt(t)} samtal från ${d.n(e, 'lower')} (anst.nr ${d.nm('employee-number', String(e.anst))}), ringer från ${d.mob(e, R.pick(['plain', 'dash', 'space']))}. sjukanmäler sig fr.o.m. idag, ${d.nm('name-word', 'dag 1')}. chef ${d.n(mgr, 'lower')} informerad via sms. /${lowerSv(taker.given)}`,
        () => `${F.dt(t)} ${d.n(e.ice, 'lower')} (${e.iceRel.toLowerCase()}) ringer för ${d.n(e, 'lower')} som inte kan ringa själv. nr ${d.tel(e.ice.mobile, R.pick(['plain', 'dash']))}. sjukanmälan från ${F.slash(t)}. återkommer om läkarintyg behövs dag 8. /${lowerSv(taker.given)}`,
        () => `${F.dt(t)} vab: ${d.n(e, 'lower')} anmäler vab för barn ${R.int(2, 11)} år, ${R.int(1, 3)} dagar. meddelat ${d.n(mgr, 'lower')}. /${lowerSv(taker.given)}`,
        () => `${F.dt(t)} friskanmälan ${d.n(e, 'lower')}, tillbaka ${F.slash(addMin(t, 2880))}. mejl från ${d.mail(e.workEmail, 'txt')} sparat i ärendet. /${lowerSv(taker.given)}`,
        () => `${F.dt(t)} missat samtal från ${d.mob(e, 'e164')} – ringde upp, det var ${d.n(e, 'lower')}, ${e.dept.toLowerCase()}. sjuk idag, inga fler uppgifter. /${lowerSv(taker.given)}`,
      ));
    }
    emit(d, out.join('\n') + '\n');
  }

  // Absence API dump (ASCII-escaped JSON)
  {
    const d = new Doc('hr-lon/franvaro_api_export.json');
    const R = d.R;
    const items = active.slice(10, 55).map((e) => {
      d.joined(e);
      const t = mkDate(R, 1, 9);
      return {
        employeeId: d.nm('employee-number', String(e.anst)), givenName: e.given, familyName: e.family, ssn: d.pn(e, R.pick(['p12', 'p12d'])),
        department: e.dept, workEmail: d.mail(e.workEmail, 'json'),
        absences: Array.from({ length: R.int(1, 3) }, () => {
          const a = mkDate(R, 1, 9);
          const self = R.chance(0.7);
          return { type: R.pick(['SICK', 'SICK', 'VAB', 'SICK_CHILD_CARE']), from: F.iso(a), to: F.iso(addMin(a, R.int(1, 5) * 1440)), channel: R.pick(['phone', 'app', 'email']),
            reportedBy: self ? d.n(e) : d.n(e.ice), callerNumber: d.tel(self ? e.mobile : e.ice.mobile, R.pick(['msisdn', 'msisdn', 'e164'])), createdAt: F.isoZ({ ...a, h: R.int(5, 9) }) };
        }),
      };
    });
    emit(d, jsonAscii({ exportedAt: '2024-10-14T08:30:00Z', source: 'HR-portalen 7.3', company: { name: d.nm('company', org.name), orgNo: d.nm('org-number', org.orgnr.replace('-', '')) }, items }, 2));
  }

  // PAXml-like payroll export (ISO-8859-1)
  {
    const d = new Doc('hr-lon/paxml_lonunderlag_2024-09.xml');
    const R = d.R;
    const L = ['<?xml version="1.0" encoding="ISO-8859-1"?>', '<paxml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.paxml.se/2.0/paxml.xsd">',
      `  <header><format>LÖNIN</format><version>2.0</version><datum>2024-10-01T06:00:00</datum><foretagnamn>${xe(d.nm('company', org.name))}</foretagnamn><foretagorgnr>${d.nm('org-number', org.orgnr.replace('-', ''))}</foretagorgnr></header>`, '  <personal>'];
    const sub = active.slice(0, 60);
    for (const e of sub) {
      d.joined(e);
      const a1 = `${d.nm('street', e.addr.street)} ${e.addr.no}`;
      L.push(`    <person anstid="${e.anst}" persnr="${d.pn(e, 'p12')}"><fornamn>${xe(e.given)}</fornamn><efternamn>${xe(e.family)}</efternamn><postadress>${xe(a1)}</postadress><postnr>${d.nm('postcode', e.addr.pc.replace(' ', ''))}</postnr><ort>${xe(e.addr.town)}</ort><epost>${d.mail(e.workEmail, 'xml')}</epost><mobiltelefon>${d.mob(e, R.pick(['plain', 'dash']))}</mobiltelefon><anstdatum>${F.iso(e.start)}</anstdatum></person>`);
    }
    L.push('  </personal>', '  <tidtransaktioner>');
    for (let i = 0; i < 120; i++) {
      const e = R.pick(sub);
      const t = mkDate(R, 9, 9);
      L.push(`    <tidtrans anstid="${e.anst}"><tidkod>${R.pick(['SJK', 'VAB', 'SEM', 'FLX', 'OVT'])}</tidkod><datum>${F.iso(t)}</datum><timmar>${R.pick(['8.00', '4.00', '2.50', '8.00'])}</timmar></tidtrans>`);
    }
    L.push('  </tidtransaktioner>', '</paxml>');
    emit(d, iconv.encode(L.join('\r\n') + '\r\n', 'latin1'));
  }

  // HR portal application log, key=value
  {
    const d = new Doc('hr-lon/hrportal_app.log');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 9, d: 30, h: 5, mi: 58, s: 0 };
    const dbHost = d.ip('10.20.1.15', 'ipv4-private-server');
    lines.push(`${F.isoT(t)} INFO  [main] se.norrfors.hr.Application - Starting HR-portalen version=7.3.1 build=${d.nm('version', '7.3.1.2207')} on host hrapp02 (pid 4411)`);
    lines.push(`${F.isoT(t)} INFO  [main] o.s.b.w.e.tomcat.TomcatWebServer - Tomcat started on port(s): 8443 (https) bind=${d.nm('unspecified-ip', '0.0.0.0')}`);
    lines.push(`${F.isoT(t)} INFO  [main] com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed. url=jdbc:postgresql://${dbHost}:5432/hr`);
    const sessionsIp = new Map();
    for (let i = 0; i < 1400; i++) {
      t = addMin(t, R.int(0 * 60, 4 * 60) / 60);
      const e = R.pick(active);
      let ip = sessionsIp.get(e.anst);
      if (!ip) { ip = R.chance(0.5) ? mkPrivIp(R) : R.chance(0.8) ? mkIp4(R) : mkIp6(R); sessionsIp.set(e.anst, ip); }
      d.ip(ip, ip.includes(':') ? 'ipv6-kv' : /^(10|192\.168|172)\./.test(ip) ? 'ipv4-private-kv' : 'ipv4-kv');
      const th = `http-nio-8443-exec-${R.int(1, 20)}`;
      lines.push(alt(R,
        () => `${F.isoT(t)} INFO  [${th}] se.norrfors.hr.auth.LoginService - login ok user=${d.mail(e.workEmail, 'log-kv')} ip=${ip} mfa=bankid session=${R.hex(16)}`,
        () => `${F.isoT(t)} INFO  [${th}] se.norrfors.hr.api.AbsenceController - GET /api/employees/${e.anst}/absences status=200 dur=${R.int(3, 90)}ms client=${ip}`,
        () => `${F.isoT(t)} INFO  [${th}] se.norrfors.hr.api.AbsenceController - POST /api/absences employeeId=${e.anst} type=SICK reportedBy="${d.n(e)}" client=${ip}`,
        () => `${F.isoT(t)} WARN  [${th}] se.norrfors.hr.auth.LoginService - login failed user=${d.mail(e.workEmail, 'log-kv')} ip=${ip} reason=bad_password attempts=${R.int(1, 4)}`,
        () => `${F.isoT(t)} DEBUG [${th}] se.norrfors.hr.sms.Notifier - sms queued to=${d.mob(e, 'msisdn')} template=absence_ack employeeId=${e.anst}`,
        () => `${F.isoT(t)} INFO  [scheduler-1] se.norrfors.hr.sync.PayrollSync - synced employee anstid=${e.anst} persnr=${d.pn(e, 'p12')} changes=${R.int(0, 3)}`,
      ));
      if (i % 350 === 100) lines.push(`${F.isoT(t)} WARN  [scheduler-1] se.norrfors.hr.sync.PayrollSync - validation failed anstid=${e.anst} persnr=${d.nm('pnr-bad-date', badDatePnr(R))} reason=invalid_date`);
      if (i % 350 === 200) lines.push(`${F.isoT(t)} WARN  [scheduler-1] se.norrfors.hr.sync.PayrollSync - validation failed anstid=${e.anst} persnr=${d.nm('pnr-serial-000', serial000Pnr(R))} reason=invalid_serial`);
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Employment contract (ODT)
  {
    const d = new Doc('hr-lon/anstallningsavtal_10311.odt');
    const R = d.R;
    const e = active[3];
    const mgr = managers[e.dept] === e ? hrStaff[0] : managers[e.dept];
    const [a1, a2] = adr(d, e.addr, { oneLine: false });
    emit(d, await odfBuild(d, 'odt', odtBody([
      { h: 'Anställningsavtal' },
      { p: ['Arbetsgivare: ', { b: d.nm('company', org.name) }, `, org.nr ${d.nm('org-number', org.orgnr)}, ${d.nm('street', 'Hamngatan')} 14, ${d.nm('postcode', '852 31')} ${d.nm('town', 'Sundsvall')}`] },
      { table: [['Arbetstagare', d.n(e)], ['Personnummer', d.pn(e, 'p12d')], ['Adress', `${a1}, ${a2}`], ['Telefon', d.mob(e, 'dash')], ['E-post (privat)', d.pm(e, 'odt')], ['Närmaste anhörig', `${d.n(e.ice)}, ${d.tel(e.ice.mobile, 'dash')}`]], id: 1 },
      { p: `Befattning: ${e.title}. Avdelning: ${e.dept}. Anställningsform: ${e.form}. Tillträde: ${d.nm('date', F.iso(e.start))}.` },
      { p: `Närmaste chef: ${d.n(mgr)}, tel ${d.tel(mgr.work, 'dash')}.` },
      { p: 'Lön och övriga villkor enligt gällande kollektivavtal (Transportavtalet). Semester enligt semesterlagen.' },
      { p: `Frågor om lön och pension besvaras av lönekontoret, ${d.role(`lon@${org.domain}`)}, växel ${d.tel(org.sw, 'dash')}.` },
      { p: `Ort och datum: ${d.nm('town', 'Sundsvall')} ${d.nm('date', F.iso(e.start))}` },
      { table: [['För arbetsgivaren', 'Arbetstagare'], [d.n(hrStaff[0]), d.n(e)]], id: 2 },
    ]), { title: 'Anställningsavtal', creator: 'HR Norrfors' }));
  }

  // Payroll mailbox (mbox) with an xlsx attachment
  {
    const d = new Doc('hr-lon/mail/lonefragor.mbox');
    const R = d.R;
    const lon = hrStaff[1];
    const msgs = [];
    for (let i = 0; i < 9; i++) {
      const e = R.pick(active);
      const t = mkDate(R, 2, 10);
      const q = R.pick(['Hej! Jag har fått fel antal semesterdagar på lönebeskedet för september. Kan ni kolla?', 'Hej, jag har bytt bank och undrar hur jag anmäler nytt konto. Ska jag fylla i blanketten igen?', 'Hej! Hur ansöker jag om friskvårdsbidrag? Jag har kvitto från gymmet.', 'Hej, min OB-ersättning för helgen verkar saknas. Jag jobbade lördag och söndag.']);
      const inbound = emlBuild({ boundarySeed: `${d.path}${i}`, headers: {
        From: who(d, e, e.workEmail, 'B'), To: roleWho(d, 'Lönekontoret', `lon@${org.domain}`), Subject: R.pick(['Fråga om lön', 'Semesterdagar', 'Nytt konto', 'Friskvård', 'OB saknas']),
        Date: F.rfc(t), 'Message-ID': msgId(d, org.domain) }, text: `${q}\n\nMvh\n${d.n(e)}\nAnst.nr ${d.nm('employee-number', String(e.anst))}, ${e.dept}\n${d.mob(e, R.pick(['dash', 'plain']))}`, textEnc: R.pick(['qp', '8bit']) });
      msgs.push({ env: e.workEmail, t, buf: inbound });
      const t2 = addMin(t, R.int(30, 1500));
      const atts = [];
      if (i === 2) {
        const rows = [['Anst.nr', 'Namn', 'Datum', 'Timmar', 'Typ']];
        for (const x of active.slice(60, 72)) rows.push([x.anst, d.n(x, 'f,g'), d.nm('date', F.iso(mkDate(R, 9, 9))), 8, R.pick(['OB1', 'OB2', 'Övertid'])]);
        atts.push({ filename: 'tidrapport_v38.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: await xlsxBuild([{ name: 'v38', rows }], { title: 'Tidrapport', creator: 'Lönekontoret' }) });
      }
      const reply = emlBuild({ boundarySeed: `${d.path}r${i}`, headers: {
        From: addr(`${d.n(lon)} | Lönekontoret`, d.mail(lon.workEmail, 'header')), To: who(d, e, e.workEmail, 'B'), Subject: 'SV: Fråga om lön', Date: F.rfc(t2), 'Message-ID': msgId(d, org.domain) },
      text: `Hej ${d.nm('lone-first-name', e.given)}!\n\nTack för ditt mejl. Vi har tittat på det och justerar på nästa lön. ${atts.length ? 'Bifogar tidrapporten så du kan kontrollera.' : ''}\n\n${sig(d, lon, org)}`, textEnc: 'qp', attachments: atts });
      msgs.push({ env: lon.workEmail, t: t2, buf: reply });
    }
    emit(d, mboxBuild(msgs));
  }

  // Training attendance list (HTML)
  {
    const d = new Doc('hr-lon/narvarolista_truckutbildning.html');
    const R = d.R;
    const leader = mkPerson(R, { years: [1965, 1985] });
    leader.email = `${translit(leader.given)}@${R.pick(['truckskolan-norr.se', 'liftutbildning.se'])}`;
    const rows = active.slice(20, 38).map((e) => `<tr><td>${d.nm('employee-number', String(e.anst))}</td><td>${xe(d.n(e))}</td><td>${e.dept}</td><td><a href="mailto:${d.mail(e.workEmail, 'mailto')}">${e.workEmail}</a></td><td>${R.pick(['Närvarande', 'Närvarande', 'Frånvarande', 'Sen'])}</td></tr>`).join('\n');
    emit(d, `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Närvarolista – truckutbildning A+B</title></head>
<body>
<h1>Närvarolista – truckutbildning A+B</h1>
<p>Datum: ${d.nm('date', '2024-09-17')} kl 08:00–16:00. Plats: ${d.nm('company', org.name)}, ${d.nm('street', 'Hamngatan')} 14.</p>
<p>Kursledare: ${xe(d.n(leader))}, tel ${d.mob(leader, 'dash')}, <a href="mailto:${d.mail(leader.email, 'mailto')}">${leader.email}</a></p>
<table border="1"><thead><tr><th>Anst.nr</th><th>Namn</th><th>Avdelning</th><th>E-post</th><th>Närvaro</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p>Frågor: <a href="mailto:${d.role(`hr@${org.domain}`)}">HR</a> · Kursintyg skickas av ${xe(d.n(hrStaff[0]))}.</p>
</body></html>
`);
  }

  // Staff meeting invitation
  {
    const d = new Doc('hr-lon/apt_ledningsgrupp.ics');
    const R = d.R;
    const hr = hrStaff[0];
    const mgrs = Object.values(managers);
    const ev = [];
    for (let i = 0; i < 3; i++) {
      const t = { y: 2024, m: 10 + (i > 1 ? 1 : 0), d: 8 + i * 7, h: 13, mi: 0, s: 0 };
      ev.push({ uid: d.nm('ics-uid', `apt-${R.hex(12)}@norrfors.se`), organizer: { cn: d.n(hr), email: d.mail(hr.workEmail, 'ics-organizer') },
        attendees: mgrs.map((m) => ({ cn: d.n(m), email: d.mail(m.workEmail, 'ics-attendee'), partstat: R.pick(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE']) })),
        summary: 'APT ledningsgrupp – sjukfrånvaro och rehab-rutiner', description: `Agenda: genomgång av korttidsfrånvaro per avdelning (inga individärenden), ny rutin för sjukanmälan via appen.\nRing in: ${d.tel(org.sw, 'intl')} (växel), kod ${d.nm('pin', String(R.int(1000, 9999)))}.`,
        start: F.ics(t), end: F.ics(addMin(t, 90)), location: 'Konferensrum Indalsälven' });
    }
    emit(d, icsBuild(ev));
  }

  // Absence report PDF (counts only)
  {
    const d = new Doc('hr-lon/korttidsfranvaro_Q3_2024.pdf');
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      doc.font('Helvetica-Bold').fontSize(14).text(`${d.nm('company', org.name)} – Korttidsfrånvaro kvartal 3 2024`);
      doc.font('Helvetica').fontSize(9).text(`Underlag för rehabiliteringsansvariga. Skapad av ${d.n(hrStaff[0])}, ${hrStaff[0].title}. Innehåller inga diagnoser.`);
      doc.moveDown();
      const rows = [['Namn', 'Anst.nr', 'Avdelning', 'Tillfällen', 'Dagar']];
      for (const e of R.shuffle(active).slice(0, 28)) rows.push([d.n(e, 'f,g'), d.nm('employee-number', String(e.anst)), e.dept, String(R.int(1, 6)), String(R.int(1, 14))]);
      pdfTable(doc, rows, [170, 60, 90, 60, 50]);
      doc.moveDown().text(`Frågor: ${d.n(hrStaff[0])}, ${d.tel(hrStaff[0].work, 'dash')}, ${d.mail(hrStaff[0].workEmail, 'pdf')}`);
    }, { title: 'Korttidsfrånvaro Q3', author: org.name }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Car dealership and workshop: Bengtssons Bil & Verkstad AB (Borås)
async function sysBil() {
  const S = new Rng('sys:bil');
  const org = { name: 'Bengtssons Bil & Verkstad AB', domain: 'bengtssonsbil.se', sw: mkLandline(S, '33'), orgnr: orgNumber(S), bg: bankgiro(S), street: 'Göteborgsvägen', no: '112', pc: '504 30', town: 'Borås' };
  const sellers = [0, 1, 2].map(() => mkStaff(S, org.domain, { cp1252: true, title: 'Bilsäljare', ac: '33' }));
  const reception = [0, 1].map(() => mkStaff(S, org.domain, { cp1252: true, title: 'Servicemottagare', ac: '33' }));
  const mechanics = ['Jonte', 'Micke', 'Ali', 'Robban', 'Sanna', 'Kenta', 'Dragan'];
  const models = ['Volvo V60 B4', 'Volvo XC40 Recharge', 'Kia Niro EV', 'Kia Ceed SW', 'Volkswagen Golf', 'Toyota Corolla Touring', 'Skoda Octavia', 'Volvo V90 D4', 'Renault Clio', 'Mercedes-Benz C 200'];
  const custs = Array.from({ length: 70 }, (_, i) => {
    const p = mkPerson(S, { years: [1940, 2003] });
    Object.assign(p, { kid: 10020 + i * 11, addr: mkAddr(S), car: { reg: regnr(S), model: S.pick(models), vin: vin(S), year: S.int(2008, 2023), km: S.int(900, 28000) } });
    return p;
  });
  const cp = custs.filter((c) => CP1252_OK(`${c.given} ${c.family}`));
  const work = ['Service 3 (stor)', 'Service 1 (liten)', 'Byte av bromsbelägg fram', 'Däckskifte + förvaring', 'AC-service', 'Felsökning motorlampa', 'Kamremsbyte', 'Besiktningsanmärkning åtgärdas', 'Hjulinställning'];

  // Workshop bookings, tab-separated UTF-8
  {
    const d = new Doc('bilhandel/verkstadsbokningar_v37-v42.tsv');
    const R = d.R;
    const rows = [['Bokningsnr', 'Datum', 'Tid', 'Regnr', 'Bil', 'Kund', 'Telefon', 'E-post', 'Arbete', 'Mekaniker', 'Lånebil', 'Status']];
    for (let i = 0; i < 90; i++) {
      const c = R.pick(custs);
      const t = mkDate(R, 9, 10);
      const mech = R.pick(mechanics);
      rows.push([d.nm('booking-number', safeNumber(R, 8)), F.iso(t), F.hm(t), d.nm('regnr', c.car.reg), c.car.model, d.n(c, R.pick(['f,g', 'f,g', 'gf'])), d.mob(c, R.pick(['dash', 'plain', 'plain', 'space'])),
        R.chance(0.8) ? d.pm(c, 'tsv') : '', R.pick(work), d.nm('lone-first-name', mech), R.chance(0.2) ? d.nm('regnr', regnr(R)) : '', R.pick(['Bokad', 'Bekräftad', 'Inlämnad', 'Klar', 'Hämtad'])]);
    }
    emit(d, csvBuild(rows, { sep: '\t', eol: '\n' }));
  }

  // Service reminder letters (PDF)
  for (const c of cp.slice(0, 3)) {
    const d = new Doc(`bilhandel/kundbrev/servicepaminnelse_${c.kid}.pdf`);
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      const rc = R.pick(reception);
      const [a1, a2] = adr(d, c.addr, { oneLine: false });
      pdfLetter(doc, {
        head: d.nm('company', org.name),
        headSub: [`${d.nm('street', org.street)} ${org.no}, ${d.nm('postcode', org.pc)} ${d.nm('town', org.town)} · Växel ${d.tel(org.sw, 'dash')} · Verkstad ${d.role(`verkstad@${org.domain}`)}`],
        to: [d.n(c), a1, a2], date: `${d.nm('town', org.town)} ${d.nm('date', F.iso(mkDate(R, 9, 10)))}`,
        subject: `Dags för service på din ${c.car.model} (${d.nm('regnr', c.car.reg)})`,
        body: [
          `Hej ${d.nm('lone-first-name', c.given)}!`,
          `Enligt våra noteringar är det snart dags för årlig service på din bil. Senaste service gjordes vid ${d.nm('odometer', `${c.car.km} mil`)}. Boka enkelt på bengtssonsbil.se/verkstad eller ring oss på ${d.tel(org.sw, 'space')}.`,
          `Passa på att boka däckskifte samtidigt – förvaring ${d.nm('amount', '895 kr')}/säsong. Erbjudandet gäller t.o.m. ${d.nm('date', '2024-11-30')}.`,
          `Har du frågor? Kontakta din servicemottagare ${d.n(rc)} direkt på ${d.tel(rc.work, 'dash')} eller ${d.mail(rc.workEmail, 'pdf')}.`,
        ],
        sign: ['Med vänliga hälsningar', d.n(rc), rc.title],
        footer: `${org.name} · Org.nr ${d.nm('org-number', org.orgnr)} · Bankgiro ${d.nm('bankgiro', org.bg)} · Kundnummer ${d.nm('customer-number', String(c.kid))}`,
      });
    }, { title: 'Servicepåminnelse', author: org.name }));
  }

  // Offers as DOCX with tables, header/footer and a comment
  for (const [k, c] of custs.slice(5, 7).entries()) {
    const d = new Doc(`bilhandel/kundbrev/offert_${c.kid}.docx`);
    const R = d.R;
    const s = sellers[k];
    const co = mkPerson(R, { years: [1950, 2000] });
    if (R.chance(0.5)) refam(R, co, c.family);
    const price = `${R.int(219, 649)} ${R.int(0, 9)}00 kr`;
    emit(d, await docxBuild(R, {
      title: 'Offert', creator: `${s.given} ${s.family}`,
      header: [`${d.nm('company', org.name)} · ${d.nm('street', org.street)} ${org.no}, ${d.nm('town', org.town)} · ${d.tel(org.sw, 'dash')}`],
      footer: [`Org.nr ${d.nm('org-number', org.orgnr)} · Bankgiro ${d.nm('bankgiro', org.bg)} · Innehar F-skattsedel · ${d.role(`info@${org.domain}`)}`],
      blocks: [
        { p: `Offert nr ${d.nm('offer-number', safeNumber(R, 7))}`, style: 'Heading1' },
        { table: [['Kund', d.n(c)], ['Medsökande', d.n(co)], ['Personnummer', d.pn(c, R.pick(['p12d', 'p10d']))], ['Adress', adr(d, c.addr)], ['Telefon', d.mob(c, R.pick(['dash', 'space']))], ['E-post', d.pm(c, 'docx')]] },
        { p: 'Fordon', style: 'Heading2' },
        { table: [['Modell', 'Årsmodell', 'Regnr', 'Chassinummer', 'Pris'], [c.car.model, String(c.car.year), d.nm('regnr', regnr(R)), d.nm('vin', vin(R)), d.nm('amount', price)]], header: true },
        { p: `Inbyte: ${c.car.model} ${d.nm('regnr', c.car.reg)}, värderad till ${d.nm('amount', `${R.int(40, 180)} 000 kr`)} (mätarställning ${d.nm('odometer', `${c.car.km} mil`)}).`, comment: { author: `${s.given} ${s.family}`, initials: `${s.given[0]}${s.family[0]}`, text: alt(R, () => `Kolla med ${d.nm('lone-first-name', 'Micke')} i verkstan om kamremmen är bytt.`, () => 'Kunden vill ha vinterhjul på köpet.', () => 'Finansiering via Volvofinans, 36 mån.') } },
        { p: `Finansiering: kontantinsats 20 %, därefter ${d.nm('amount', `${R.int(2, 6)} ${R.int(100, 999)} kr`)}/mån i 36 månader. Offerten gäller i 14 dagar.` },
        { p: `Din säljare: ${d.n(s)}, direkt ${d.tel(s.work, 'dash')}, ${d.mail(s.workEmail, 'docx')}` },
      ],
    }));
  }

  // Test-drive form submissions (HTML export)
  {
    const d = new Doc('bilhandel/provkorning_formular_export.html');
    const R = d.R;
    const blocks = custs.slice(10, 22).map((c) => {
      const t = mkDate(R, 8, 10);
      const ip = R.chance(0.8) ? mkIp4(R) : mkIp6(R);
      return `<form class="submission" id="sub-${R.int(10000, 99999)}">
  <fieldset><legend>Inskickad ${F.dts(t)} från ${d.ip(ip, ip.includes(':') ? 'ipv6-html' : 'ipv4-html')}</legend>
  <label>Förnamn <input name="fornamn" value="${xe(c.given)}"></label>
  <label>Efternamn <input name="efternamn" value="${xe(c.family)}"></label>
  <label>Personnummer (körkort) <input name="pnr" value="${d.pn(c, R.pick(['p12d', 'p10d', 'p12']))}"></label>
  <label>Mobil <input name="tel" type="tel" value="${d.mob(c, R.pick(['plain', 'dash', 'intl']))}"></label>
  <label>E-post <input name="epost" type="email" value="${d.pm(c, 'html-input')}"></label>
  <label>Bil <input name="bil" value="${xe(R.pick(models))}"></label>
  <label>Önskad tid <input name="tid" value="${F.svLong(t)} kl ${F.hm(t)}"></label>
  </fieldset>
</form>`;
    });
    custs.slice(10, 22).forEach((c) => d.joined(c));
    emit(d, `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Provkörning – inskickade formulär</title>
<style>fieldset{margin:1em 0}label{display:block}</style></head>
<body><h1>Provkörningar – ${d.nm('company', org.name)}</h1>
<p>Export från webbformulär. Handläggare: ${xe(d.n(sellers[0]))} (<a href="mailto:${d.mail(sellers[0].workEmail, 'mailto')}">${sellers[0].workEmail}</a>)</p>
${blocks.join('\n')}
<footer><p>Frågor om formuläret: <a href="mailto:${d.role(`webb@${org.domain}`)}">webb@${org.domain}</a> · ${d.tel(org.sw, 'paren')}</p></footer>
</body></html>
`);
  }

  // DMS export (XML)
  {
    const d = new Doc('bilhandel/dms_kundregister.xml');
    const R = d.R;
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', '<DmsExport system="AutoDesk DMS" version="12.4" exported="2024-10-14T08:30:00">', '  <Kunder>'];
    for (const c of custs.slice(0, 45)) {
      d.joined(c);
      L.push(`    <Kund id="K${c.kid}" typ="Privat">`, `      <Fornamn>${xe(c.given)}</Fornamn>`, `      <Efternamn>${xe(c.family)}</Efternamn>`, `      <Personnr>${d.pn(c, R.pick(['p12', 'p12d', 'p10']))}</Personnr>`,
        `      <Adress><Gata>${xe(d.nm('street', c.addr.street))} ${c.addr.no}</Gata><Postnr>${d.nm('postcode', c.addr.pc)}</Postnr><Ort>${xe(c.addr.town)}</Ort></Adress>`,
        `      <Telefon typ="mobil">${d.mob(c, R.pick(['plain', 'e164', 'dash']))}</Telefon>`, ...(R.chance(0.2) ? [`      <Telefon typ="hem">${d.tel(mkLandline(R, '33'), 'dash')}</Telefon>`] : []),
        `      <Epost>${d.pm(c, 'xml')}</Epost>`, `      <Fordon><Regnr>${d.nm('regnr', c.car.reg.replace(' ', ''))}</Regnr><VIN>${d.nm('vin', c.car.vin)}</VIN><Modell>${xe(c.car.model)}</Modell><Arsmodell>${c.car.year}</Arsmodell></Fordon>`, '    </Kund>');
    }
    for (let i = 0; i < 6; i++) {
      const cname = R.pick(['Borås Rör & Värme AB', 'Sjuhärads Städ AB', 'Anders Karlssons Bygg AB', 'Viskadalens Trädgård AB', 'Knalleland Taxi AB', 'Ulricehamns Måleri AB']);
      const contact = mkStaff(R, 'foretag.se', { cp1252: true });
      L.push(`    <Kund id="F${R.int(500, 999)}" typ="Foretag">`, `      <Namn>${xe(d.nm('company', cname))}</Namn>`, `      <OrgNr>${d.nm('org-number', orgNumber(R))}</OrgNr>`, `      <Kontaktperson>${xe(d.n(contact))}</Kontaktperson>`,
        `      <Telefon typ="vaxel">${d.tel(mkLandline(R, '33'), 'dash')}</Telefon>`, `      <Epost>${d.role(`info@${translit(cname).replace(/[^a-z]/g, '').slice(0, 14)}.se`)}</Epost>`, `      <Fordon><Regnr>${d.nm('regnr', regnr(R).replace(' ', ''))}</Regnr><Modell>Volkswagen Transporter</Modell></Fordon>`, '    </Kund>');
    }
    L.push('  </Kunder>', '</DmsExport>');
    d.nm('version', '12.4');
    emit(d, L.join('\n') + '\n');
  }

  // Workshop calendar (ICS), organised by a role mailbox
  {
    const d = new Doc('bilhandel/verkstad_kalender_okt.ics');
    const R = d.R;
    const ev = custs.slice(22, 34).map((c, i) => {
      const t = { y: 2024, m: 10, d: 14 + (i % 10), h: 7 + (i % 8), mi: R.pick([0, 30]), s: 0 };
      return { uid: d.nm('ics-uid', `${R.hex(8)}-${R.hex(4)}@bengtssonsbil.se`), organizer: { cn: 'Verkstaden Bengtssons Bil', email: d.role(`verkstad@${org.domain}`) },
        attendees: [{ cn: d.n(c), email: d.pm(c, 'ics-attendee') }],
        summary: `${R.pick(work)} – ${d.nm('regnr', c.car.reg)} – ${d.n(c, 'fg')}`,
        description: `Kund: ${d.n(c)}\nTel: ${d.mob(c, R.pick(['dash', 'plain']))}\nBil: ${c.car.model}\nLånebil: ${R.pick(['Nej', 'Ja'])}\nMottagare: ${d.n(R.pick(reception))}`,
        start: F.ics(t), end: F.ics(addMin(t, 120)), location: `${org.street} ${org.no}, ${org.town}` };
    });
    emit(d, icsBuild(ev, { method: 'PUBLISH' }));
  }

  // Complaint by e-mail, quoted-printable, with a receipt PDF
  {
    const d = new Doc('bilhandel/kundmail_reklamation_kamrem.eml');
    const R = d.R;
    const c = cp[8];
    const s = sellers[1];
    const t = { y: 2024, m: 9, d: 27, h: 21, mi: 14, s: 3 };
    const receipt = await pdfBuild((doc) => {
      doc.font('Helvetica-Bold').fontSize(13).text(`${org.name} – Arbetsorder/Kvitto`);
      doc.font('Helvetica').fontSize(10).text(`Kund: ${d.n(c, 'F,G')}`).text(`Regnr: ${d.nm('regnr', c.car.reg)}   Mätarställning: ${c.car.km} mil`).text(`Arbetsorder: ${d.nm('order-number', safeNumber(R, 9))}`);
      doc.moveDown().text(`Kamremsbyte inkl. vattenpump ............ ${d.nm('amount', '7 450,00')}`).text('Moms 25 % ............ 1 862,50').text(`Att betala ............ ${d.nm('amount', '9 312,50 kr')}`);
      doc.moveDown().text(`Betald med kort ${d.nm('date', '2024-08-30')} 16:42. Ref ${d.nm('card-ref', `${R.digits(6)}******${R.digits(4)}`)}`);
    }, { title: 'Kvitto', author: org.name });
    const text = `Hej!\n\nJag lämnade in min ${c.car.model} (${c.car.reg}) den 30 augusti för kamremsbyte. Nu, fyra veckor senare, låter motorn konstigt igen och lampan lyser.\nJag pratade med ${d.n(s)} när jag köpte bilen och han lovade att ni står för det om något händer.\n\nJag vill ha en ny tid så snart som möjligt och att ni står för kostnaden. Kvittot bifogas.\nNi når mig på ${d.mob(c, 'dash')} (efter 17) eller på jobbet ${d.tel(mkLandline(R, '31'), 'dash')}.\n\nMvh\n${d.n(c)}\n${adr(d, c.addr)}`;
    emit(d, emlBuild({ boundarySeed: d.path, headers: {
      From: who(d, c, c.emailAddr, 'Q'), To: roleWho(d, 'Bengtssons Bil', `info@${org.domain}`), Cc: who(d, s, s.workEmail),
      Subject: encWord('Reklamation - kamremsbyte, motorlampa lyser', 'Q'), Date: F.rfc(t), 'Message-ID': msgId(d, 'outlook.com'), 'X-Mailer': 'Microsoft Outlook 16.0', 'X-Originating-IP': `[${d.ip(mkIp4(R), 'ipv4-header')}]` },
    text, textEnc: 'qp', charset: 'iso-8859-1', attachments: [{ filename: 'kvitto_kamrem.pdf', type: 'application/pdf', data: receipt }] }));
  }

  // SMS reminders (NDJSON)
  {
    const d = new Doc('bilhandel/sms_paminnelser.ndjson');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 10, d: 1, h: 9, mi: 0, s: 0 };
    for (let i = 0; i < 140; i++) {
      t = addMin(t, R.int(1 * 60, 140 * 60) / 60);
      const c = R.pick(custs);
      d.nm('lone-first-name', c.given);
      lines.push(JSON.stringify({ ts: F.isoZ(t), to: d.mob(c, R.pick(['msisdn', 'msisdn', 'e164'])), sender: 'BengtssBil', template: R.pick(['service_reminder', 'booking_confirmation', 'car_ready']),
        vars: { fornamn: c.given, regnr: d.nm('regnr', c.car.reg.replace(' ', '')), datum: F.iso(addMin(t, 10080)) }, status: R.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED']), messageId: R.hex(24), parts: 1 }));
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Quarterly export as ZIP: customers CSV, bookings JSON, one mail
  {
    const d = new Doc('bilhandel/export_2024-Q3.zip');
    const R = d.R;
    const csvRows = [['kundnr', 'namn', 'personnummer', 'telefon', 'epost', 'regnr']];
    for (const c of custs.slice(30, 60)) csvRows.push([d.nm('customer-number', String(c.kid)), d.n(c, R.pick(['fg', 'gf'])), d.pn(c, R.pick(['p10d', 'p12d', 'p10'])), d.mob(c, R.pick(['plain', 'dash'])), d.pm(c, 'csv-in-zip'), d.nm('regnr', c.car.reg)]);
    const bookings = custs.slice(40, 52).map((c) => ({ id: d.nm('booking-number', safeNumber(R, 8)), customer: { name: d.n(c), phone: d.mob(c, 'e164') }, vehicle: { reg: d.nm('regnr', c.car.reg), vin: d.nm('vin', c.car.vin) }, job: R.pick(work), mechanic: d.nm('lone-first-name', R.pick(mechanics)) }));
    const c = custs[55];
    const mail = emlBuild({ boundarySeed: 'zipmail', headers: { From: who(d, reception[0], reception[0].workEmail), To: who(d, c, c.emailAddr), Subject: 'Din bil är klar', Date: F.rfc({ y: 2024, m: 9, d: 12, h: 15, mi: 2, s: 9 }), 'Message-ID': msgId(d, org.domain) },
      text: `Hej ${d.nm('lone-first-name', c.given)}!\n\nDin bil (${d.nm('regnr', c.car.reg)}) är klar att hämta. Nyckeln finns i receptionen. Öppet till 18.\n\n${sig(d, reception[0], org)}`, textEnc: '8bit' });
    emit(d, await zipBuild([['kunder.csv', csvBuild(csvRows, { sep: ';' })], ['bokningar.json', JSON.stringify(bookings, null, 2)], ['mail/din_bil_ar_klar.eml', mail]]));
  }

  // Trade-in workbook
  {
    const d = new Doc('bilhandel/inbytesbilar_2024.xlsx');
    const R = d.R;
    const sh1 = [['Regnr', 'Modell', 'Säljare (kund)', 'Personnummer', 'Telefon', 'Värdering', 'Handläggare', 'Datum']];
    for (const c of custs.slice(34, 50)) sh1.push([d.nm('regnr', c.car.reg), c.car.model, d.n(c, R.pick(['gf', 'GF', 'f,g'])), d.pn(c, R.pick(['p12d', 'p10d'])), d.mob(c, R.pick(['dash', 'plain'])), d.nm('amount', `${R.int(35, 220)} 000`), d.n(R.pick(sellers)), F.iso(mkDate(R, 1, 10))]);
    const sh2 = [['Regnr', 'Besiktigad', 'Anmärkning', 'Station']];
    for (const c of custs.slice(34, 46)) sh2.push([d.nm('regnr', c.car.reg), F.iso(mkDate(R, 1, 9)), R.pick(['Ingen', 'Bromsskiva bak', 'Halvljus vänster', 'Rost tröskel']), R.pick(['Opus Borås', 'Carspect Borås', 'Besikta Viared'])]);
    const sh3 = [['Förnamn', 'Efternamn', 'Mobil', 'E-post', 'Intresserad av']];
    for (const c of custs.slice(60, 70)) { d.joined(c); sh3.push([c.given, c.family, d.mob(c, R.pick(['plain', 'intl'])), d.pm(c, 'xlsx'), R.pick(models)]); }
    emit(d, await xlsxBuild([{ name: 'Inbyten', rows: sh1 }, { name: 'Besiktning', rows: sh2 }, { name: 'Intresselista', rows: sh3 }], { title: 'Inbytesbilar', creator: 'Bengtssons Bil' }));
  }

  // Loan-car agreement (RTF)
  {
    const d = new Doc('bilhandel/kundbrev/lanebilsavtal_LB-0412.rtf');
    const R = d.R;
    const c = custs[14];
    const rc = reception[1];
    emit(d, rtfBuild([
      [{ b: `${d.nm('company', org.name)} – Lånebilsavtal` }],
      `Låntagare: ${d.n(c)}`, `Personnummer: ${d.pn(c, 'p12d')}`, `Adress: ${adr(d, c.addr)}`, `Telefon: ${d.mob(c, 'dash')}   E-post: ${d.pm(c, 'rtf')}`,
      `Lånebil: ${d.nm('regnr', regnr(R))} (Kia Ceed SW), utlämnad ${d.nm('timestamp', '2024-10-02 07:35')} med full tank.`,
      `Kundens bil: ${d.nm('regnr', c.car.reg)} på verkstad för ${R.pick(work).toLowerCase()}.`,
      'Låntagaren ansvarar för självrisk vid skada (6 000 kr) samt trängselskatt och parkeringsavgifter under låneperioden.',
      `Utlämnad av: ${d.n(rc)}, ${rc.title}, ${d.tel(rc.work, 'dash')}`, '', 'Underskrift låntagare: ____________________',
    ]));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Travel agency / bus company: Vindrosen Resor & Buss AB (Kalmar)
async function sysResa() {
  const S = new Rng('sys:resa');
  const org = { name: 'Vindrosen Resor & Buss AB', domain: 'vindrosenresor.se', sw: mkLandline(S, '480'), service: mkService(S, '771'), orgnr: orgNumber(S), bg: bankgiro(S) };
  const staff = [0, 1, 2, 3].map(() => mkStaff(S, org.domain, { cp1252: true, title: S.pick(['Resesäljare', 'Bokningsansvarig', 'Kundtjänst']), ac: '480' }));
  const drivers = [0, 1, 2, 3, 4].map(() => mkStaff(S, org.domain, { landline: false, title: 'Chaufför' }));
  const trips = [
    { code: 'OSL-0712', name: 'Oslo weekend', dep: { y: 2024, m: 7, d: 12, h: 6, mi: 30, s: 0 } },
    { code: 'BER-0823', name: 'Berlin 4 dagar', dep: { y: 2024, m: 8, d: 23, h: 5, mi: 45, s: 0 } },
    { code: 'GKR-0914', name: 'Gekås Ullared dagstur', dep: { y: 2024, m: 9, d: 14, h: 7, mi: 0, s: 0 } },
    { code: 'TLL-1004', name: 'Tallinn kryssning', dep: { y: 2024, m: 10, d: 4, h: 14, mi: 15, s: 0 } },
  ];
  const bookings = Array.from({ length: 60 }, (_, i) => {
    const contact = mkPerson(S, { years: [1940, 2000] });
    const n = S.int(1, 4);
    const pax = [contact];
    for (let k = 1; k < n; k++) {
      const p = mkPerson(S, { origin: contact.origin, years: k === 1 ? [1940, 2000] : [2008, 2020] });
      if (S.chance(0.7)) refam(S, p, contact.family);
      pax.push(p);
    }
    const foreign = S.chance(0.08) ? S.pick(['47', '45', '358']) : null;
    return { ref: `VR${S.alnum(5)}`, trip: S.pick(trips), contact, pax, foreign, ocr: ocrNumber(S, 10), price: S.int(6, 60) * 100 - 10 };
  });

  // Booking API dump
  {
    const d = new Doc('resebyra/bokningar_api_dump.json');
    const R = d.R;
    const out = bookings.map((b) => {
      b.pax.forEach((p) => d.joined(p));
      const fphone = b.foreign ? d.foreign(b.foreign) : null;
      return {
        bookingRef: d.nm('booking-ref', b.ref), status: R.pick(['CONFIRMED', 'CONFIRMED', 'PAID', 'CANCELLED']), createdAt: F.isoZ(mkDate(R, 2, 6)),
        trip: { code: b.trip.code, name: b.trip.name, departure: F.isoT(b.trip.dep) },
        contact: { givenName: b.contact.given, familyName: b.contact.family, phone: fphone ?? d.mob(b.contact, R.pick(['e164', 'e164', 'msisdn', 'intl'])), email: d.pm(b.contact, 'json') },
        passengers: b.pax.map((p, k) => ({ givenName: p.given, familyName: p.family, birthDate: d.nm('date', F.iso({ y: p.y, m: p.m, d: p.d })), type: p.y > 2007 ? 'CHD' : 'ADT', seat: k === 0 ? null : `${R.int(1, 14)}${R.pick(['A', 'B', 'C', 'D'])}` })),
        price: { total: b.price * b.pax.length, currency: 'SEK' }, payment: { method: R.pick(['card', 'invoice', 'swish']), ocr: d.nm('ocr', b.ocr) },
        meta: { channel: R.pick(['web', 'phone', 'agent']), clientIp: R.chance(0.6) ? d.ip(mkIp4(R), 'ipv4-json') : null },
      };
    });
    emit(d, JSON.stringify({ apiVersion: '2.3', count: out.length, bookings: out }, null, 2));
  }

  // Passenger lists, one sheet per departure
  {
    const d = new Doc('resebyra/passagerarlistor_2024.xlsx');
    const R = d.R;
    const sheets = trips.map((tr) => {
      const rows = [['Plats', 'Efternamn', 'Förnamn', 'Telefon', 'Påstigning', 'Bokningsnr', 'Anm.']];
      let seat = 1;
      for (const b of bookings.filter((x) => x.trip === tr)) {
        for (const p of b.pax) {
          d.joined(p);
          rows.push([seat++, p.family, p.given, p === b.contact ? (b.foreign ? d.foreign(b.foreign) : d.mob(p, R.pick(['dash', 'plain', 'space']))) : '', R.pick(['Kalmar C', 'Nybro busstn', 'Emmaboda', 'Växjö Resecentrum']), d.nm('booking-ref', b.ref), R.pick(['', '', 'Rullstol', 'Glutenfri kost', 'Vill sitta fram'])]);
        }
      }
      return { name: `${tr.code} ${F.iso(tr.dep)}`.slice(0, 31), rows };
    });
    const wait = [['Namn', 'Telefon', 'Resa', 'Anmäld']];
    for (const b of bookings.slice(0, 8)) wait.push([d.n(b.contact, 'F,G'), d.mob(b.contact, 'dash'), b.trip.code, F.dmy(mkDate(R, 4, 6))]);
    const drv = [['Chaufför', 'Mobil', 'Resa', 'Buss']];
    for (const [i, dr] of drivers.entries()) drv.push([d.n(dr), d.tel(dr.mobile, 'dash'), trips[i % trips.length].code, d.nm('regnr', regnr(R))]);
    emit(d, await xlsxBuild([...sheets, { name: 'Väntelista', rows: wait }, { name: 'Chaufförer', rows: drv }], { title: 'Passagerarlistor', creator: 'Vindrosen' }));
  }

  // Lost-and-found mailbox
  {
    const d = new Doc('resebyra/hittegods.mbox');
    const R = d.R;
    const items = ['en blå ryggsäck', 'ett par glasögon i ett rött fodral', 'min mobilladdare', 'en grå kofta', 'en barnvagnsficka med nycklar', 'ett paraply (svart, Fjällräven)'];
    const msgs = [];
    for (let i = 0; i < 10; i++) {
      const b = bookings[10 + i];
      const c = b.contact;
      const t = addMin(b.trip.dep, R.int(600, 4000));
      const en = i === 4;
      const fph = en ? d.foreign('47') : null;
      const body = en
        ? `Hello,\n\nI travelled with your bus ${b.trip.code} on ${F.iso(b.trip.dep)} and I think I left my sunglasses (Ray-Ban) at seat 12.\nBooking reference ${d.nm('booking-ref', b.ref)}. You can reach me at ${fph} or by e-mail.\n\nBest regards,\n${d.n(c)}`
        : `Hej!\n\nJag åkte med er buss ${b.trip.code} (${b.trip.name}) den ${F.slash(b.trip.dep)} och glömde ${R.pick(items)} på plats ${R.int(1, 50)}.\nBokningsnummer ${d.nm('booking-ref', b.ref)}. Ring gärna ${d.mob(c, R.pick(['dash', 'plain', 'space']))} om ni hittar den.\n\nTack på förhand!\n${d.n(c, R.pick(['gf', 'gf', 'lower']))}`;
      msgs.push({ env: c.emailAddr, t, buf: emlBuild({ boundarySeed: `${d.path}${i}`, headers: { From: who(d, c, c.emailAddr, R.pick(['B', 'Q'])), To: roleWho(d, 'Hittegods Vindrosen', `hittegods@${org.domain}`), Subject: en ? 'Lost sunglasses' : 'Hittegods – glömt på bussen', Date: F.rfc(t), 'Message-ID': msgId(d, R.pick(['mail.gmail.com', 'outlook.com', 'icloud.com'])) }, text: body, textEnc: R.pick(['qp', '8bit', 'base64']) }) });
      const st = R.pick(staff);
      const t2 = addMin(t, R.int(60, 3000));
      const found = R.chance(0.6);
      const dr = R.pick(drivers);
      const reply = `Hej${en ? '' : ` ${d.nm('lone-first-name', c.given)}`}!\n\n${found ? `Chauffören ${d.n(dr)} har lämnat in ${en ? 'solglasögonen' : 'saken'} på vårt kontor på ${d.nm('street', 'Norra Långgatan')} 22 i ${d.nm('town', 'Kalmar')}. Du kan hämta den vardagar 9–16 eller så skickar vi den mot en avgift på ${d.nm('amount', '150 kr')} (Swish till ${d.nm('swish-number', `123 ${R.digits(3)} ${R.digits(2)} ${R.digits(2)}`)}).` : 'Tyvärr har vi inte hittat något som stämmer med din beskrivning. Vi hör av oss om något dyker upp.'}\n\n${sig(d, st, org, [`Kundtjänst ${d.tel(org.service, 'dash')}`])}\n\n> ${c.given} skrev:\n> Jag åkte med er buss...`;
      msgs.push({ env: `hittegods@${org.domain}`, t: t2, buf: emlBuild({ boundarySeed: `${d.path}r${i}`, headers: { From: addr(`${d.n(st)} (Vindrosen Hittegods)`, d.role(`hittegods@${org.domain}`)), To: who(d, c, c.emailAddr, 'B'), Subject: en ? 'SV: Lost sunglasses' : 'SV: Hittegods – glömt på bussen', Date: F.rfc(t2), 'Message-ID': msgId(d, org.domain) }, text: reply, textEnc: 'qp' }) });
    }
    emit(d, mboxBuild(msgs));
  }

  // Booking confirmations (PDF)
  for (const b of bookings.filter((x) => x.pax.length >= 2 && x.pax.every((p) => CP1252_OK(`${p.given} ${p.family}`))).slice(0, 3)) {
    const d = new Doc(`resebyra/bekraftelser/bokningsbekraftelse_${b.ref}.pdf`);
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      const st = R.pick(staff);
      doc.font('Helvetica-Bold').fontSize(16).text(d.nm('company', org.name));
      doc.font('Helvetica').fontSize(9).text(`${d.nm('street', 'Norra Långgatan')} 22, ${d.nm('postcode', '392 32')} ${d.nm('town', 'Kalmar')} · Kundtjänst ${d.tel(org.service, 'dash')} · Växel ${d.tel(org.sw, 'dash')}`);
      doc.moveDown(2).fontSize(14).font('Helvetica-Bold').text('Bokningsbekräftelse').font('Helvetica').fontSize(10.5);
      doc.text(`Bokningsnummer: ${d.nm('booking-ref', b.ref)}`).text(`Resa: ${b.trip.name} (${b.trip.code}), avresa ${F.svLong(b.trip.dep)} ${b.trip.dep.y} kl ${F.hm(b.trip.dep)}`);
      doc.moveDown().text(`Beställare: ${d.n(b.contact)}`).text(`Telefon: ${b.foreign ? d.foreign(b.foreign) : d.mob(b.contact, R.pick(['dash', 'intl']))}`).text(`E-post: ${d.pm(b.contact, 'pdf')}`);
      doc.moveDown().font('Helvetica-Bold').text('Resenärer').font('Helvetica');
      pdfTable(doc, [['Namn', 'Födelsedatum', 'Typ'], ...b.pax.map((p) => [d.n(p, R.pick(['gf', 'f,g'])), d.nm('date', F.iso({ y: p.y, m: p.m, d: p.d })), p.y > 2007 ? 'Barn' : 'Vuxen'])], [220, 120, 80]);
      doc.moveDown().text(`Att betala: ${d.nm('amount', `${thousands(b.price * b.pax.length)} kr`)} senast ${d.nm('date', F.iso(addMin(b.trip.dep, -43200)))} till bankgiro ${d.nm('bankgiro', org.bg)}, OCR ${d.nm('ocr', b.ocr)}.`);
      doc.moveDown().text(`Din kontaktperson: ${d.n(st)}, ${d.mail(st.workEmail, 'pdf')}`);
      doc.fontSize(8).text(`Org.nr ${d.nm('org-number', org.orgnr)} · Resegaranti enligt Kammarkollegiet`, 56, 770, { lineBreak: false });
    }, { title: `Bokning ${b.ref}`, author: org.name }));
  }

  // Departure manifest, comma, UTF-8 BOM
  {
    const d = new Doc('resebyra/manifest_OSL-0712_2024-07-12.csv');
    const R = d.R;
    const rows = [['seat', 'name', 'phone', 'booking', 'stop', 'checked_in']];
    let seat = 1;
    for (const b of bookings.filter((x) => x.trip === trips[0])) for (const p of b.pax) rows.push([seat++, d.n(p, R.pick(['fg', 'fg', 'FG'])), p === b.contact ? (b.foreign ? d.foreign(b.foreign) : d.mob(p, R.pick(['intl', 'e164', 'dash']))) : '', d.nm('booking-ref', b.ref), R.pick(['Kalmar C', 'Nybro', 'Emmaboda']), R.pick(['yes', 'yes', 'no'])]);
    rows.push([]);
    rows.push(['driver', d.n(drivers[0]), d.tel(drivers[0].mobile, 'intl'), '', '', '']);
    emit(d, csvBuild(rows, { sep: ',', bom: true }));
  }

  // Web access log (nginx)
  {
    const d = new Doc('resebyra/webb_access.log');
    const R = d.R;
    const lb = d.ip('10.12.0.5', 'ipv4-private-log');
    const pool = Array.from({ length: 180 }, () => (R.chance(0.78) ? mkIp4(R) : mkIp6(R)));
    const paths = ['/', '/resor/oslo-weekend', '/resor/berlin', '/resor/ullared', '/boka/steg-1', '/boka/steg-2', '/boka/bekraftelse', '/api/avgangar?fran=kalmar', '/assets/main.9c1f3.css', '/kontakt', '/hittegods'];
    let t = { y: 2024, m: 6, d: 20, h: 0, mi: 3, s: 0 };
    const lines = [];
    for (let i = 0; i < 2600; i++) {
      t = addMin(t, R.int(0 * 60, 3 * 60) / 60);
      const ip = R.pick(pool);
      d.ip(ip, ip.includes(':') ? 'ipv6-log' : 'ipv4-log');
      lines.push(`${ip} - - [${F.clf(t)}] "${R.chance(0.1) ? 'POST' : 'GET'} ${R.pick(paths)} HTTP/${R.pick(['1.1', '2.0'])}" ${R.pick([200, 200, 200, 200, 301, 304, 404, 502])} ${R.int(120, 90000)} "${R.chance(0.3) ? 'https://www.google.com/' : '-'}" "${ua(d)}" "${R.chance(0.3) ? lb : '-'}"`);
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Group trip participants (HTML), pensioners' association
  {
    const d = new Doc('resebyra/gruppresa_SPF_deltagare.html');
    const R = d.R;
    const leader = mkPerson(R, { years: [1944, 1956] });
    const parts = Array.from({ length: 24 }, () => mkPerson(R, { years: [1921, 1958] }));
    const rows = parts.map((p, i) => `<tr><td>${i + 1}</td><td>${htmlEnt(d.n(p, R.pick(['gf', 'f,g'])))}</td><td>${R.chance(0.5) ? d.pn(p, R.pick(['p10d', 'p12d', 'p10plus'])) : ''}</td><td>${R.chance(0.6) ? d.tel(R.chance(0.5) ? p.mobile : mkLandline(R, '480'), 'dash') : ''}</td><td>${R.chance(0.5) ? `<a href="mailto:${d.pm(p, 'mailto')}">${htmlEnt(p.emailAddr)}</a>` : ''}</td><td>${R.pick(['Dubbelrum', 'Enkelrum', 'Dubbelrum'])}</td></tr>`).join('\n');
    emit(d, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Deltagarlista</title></head><body>
<h2>Deltagarlista – SPF Seniorerna ${htmlEnt(d.nm('town', 'Nybro'))}, resa till Gekås Ullared</h2>
<p>Reseledare: ${htmlEnt(d.n(leader))}, tel ${d.mob(leader, 'dash')} · Bokning via ${htmlEnt(d.nm('company', org.name))}</p>
<table><tr><th>#</th><th>Namn</th><th>Personnr (för försäkring)</th><th>Telefon</th><th>E-post</th><th>Rum</th></tr>
${rows}
</table>
<p>Kontakt: <a href="mailto:${d.role(`grupp@${org.domain}`)}">grupp@${org.domain}</a> eller ${d.tel(org.service, 'dash')}</p>
</body></html>`);
  }

  // Contacts (vCard) of tour leaders and frequent travellers
  {
    const d = new Doc('resebyra/kontakter_reseledare.vcf');
    const R = d.R;
    let out = '';
    for (const dr of drivers) out += vcard({ n: `${dr.family};${dr.given};;;`, fn: d.n(dr), org: d.nm('company', org.name), title: 'Chaufför', tels: [['CELL', d.tel(dr.mobile, R.pick(['intl', 'dash']))]], emails: [d.mail(dr.workEmail, 'vcard')] });
    for (const b of bookings.slice(30, 38)) out += vcard({ n: `${b.contact.family};${b.contact.given};;;`, fn: d.n(b.contact), tels: [['CELL', b.foreign ? d.foreign(b.foreign) : d.mob(b.contact, 'intl')]], emails: [d.pm(b.contact, 'vcard')], note: `Stamkund\, bokat ${R.int(2, 9)} resor` }, { version: R.chance(0.5) ? '2.1' : '3.0' });
    emit(d, out);
  }

  // Group info mail with ICS and PDF attachments
  {
    const d = new Doc('resebyra/gruppresa_info_TLL-1004.eml');
    const R = d.R;
    const st = staff[0];
    const guide = mkPerson(R, { years: [1970, 1990], origin: 'fi' });
    const leader = bookings[5].contact;
    const ics = icsBuild([{ uid: d.nm('ics-uid', `TLL1004-${R.hex(6)}@vindrosenresor.se`), organizer: { cn: d.n(st), email: d.mail(st.workEmail, 'ics-organizer') }, attendees: [{ cn: d.n(leader), email: d.pm(leader, 'ics-attendee') }],
      summary: 'Avresa Tallinn-kryssning', description: `Samling Kalmar C kl 13:45. ${d.nm('name-word', 'Stig på')} vid läge H. Chaufför ${d.n(drivers[2])}, ${d.tel(drivers[2].mobile, 'dash')}.`, start: F.ics(trips[3].dep), end: F.ics(addMin(trips[3].dep, 60)), location: 'Kalmar C, läge H' }]);
    const prog = await pdfBuild((doc) => {
      doc.font('Helvetica-Bold').fontSize(14).text('Program – Tallinn kryssning 4–6 oktober');
      doc.font('Helvetica').fontSize(10).text('Dag 1: Avresa Kalmar 14:15, ankomst Stockholm 19:30, ombordstigning.').text('Dag 2: Stadsvandring i gamla stan med guide.').text('Dag 3: Hemresa.');
      doc.moveDown().text(`Guide på plats: ${d.n(guide)}, ${d.foreign('358')}`).text(`Nödnummer Vindrosen: ${d.tel(org.sw, 'intl')}`);
    }, { title: 'Program', author: org.name });
    emit(d, emlBuild({ boundarySeed: d.path, headers: { From: who(d, st, st.workEmail), To: who(d, leader, leader.emailAddr, 'B'), Subject: 'Info inför resan till Tallinn', Date: F.rfc({ y: 2024, m: 9, d: 20, h: 10, mi: 12, s: 44 }), 'Message-ID': msgId(d, org.domain), 'Reply-To': roleWho(d, 'Vindrosen Grupp', `grupp@${org.domain}`) },
      text: `Hej ${d.nm('lone-first-name', leader.given)}!\n\nHär kommer program och kalenderinbjudan inför resan. Vänligen vidarebefordra till gruppen.\nSista dag för namnändringar är ${d.nm('date', '2024-09-27')}.\n\n${sig(d, st, org)}`,
      html: `<p>Hej ${htmlEnt(leader.given)}!</p><p>H&auml;r kommer program och kalenderinbjudan inf&ouml;r resan.</p><p>${htmlEnt(`${st.given} ${st.family}`)}<br>${htmlEnt(org.name)}</p>`,
      attachments: [{ filename: 'avresa.ics', type: 'text/calendar; method=REQUEST', data: ics }, { filename: 'program_tallinn.pdf', type: 'application/pdf', data: prog }] }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 5. School administration: Ekbackens skola, Vallby kommun
async function sysSkola() {
  const S = new Rng('sys:skola');
  const org = { name: 'Ekbackens skola', kommun: 'Vallby kommun', domain: 'vallby.se', sw: mkLandline(S, '8'), exp: mkLandline(S, '8') };
  const classes = ['4A', '4B', '5B', '7B', '8C'];
  const staff = classes.map((k) => { const p = mkStaff(S, org.domain, { ac: '8', cp1252: true, title: `Mentor ${k}` }); p.klass = k; return p; });
  const admin = [mkStaff(S, org.domain, { ac: '8', cp1252: true, title: 'Skoladministratör' }), mkStaff(S, org.domain, { ac: '8', cp1252: true, title: 'Rektor' })];
  const pupils = Array.from({ length: 72 }, (_, i) => {
    const klass = classes[i % classes.length];
    const grade = Number(klass[0]);
    const birthY = 2024 - grade - 7;
    const p = mkPerson(S, { years: [birthY, birthY], samordning: 0.05 });
    const g1 = mkPerson(S, { origin: p.origin, years: [1972, 1992], gender: S.chance(0.6) ? 'f' : 'm' });
    if (S.chance(0.75)) refam(S, g1, p.family);
    const two = S.chance(0.7);
    const g2 = two ? mkPerson(S, { origin: S.chance(0.8) ? p.origin : 'sv', years: [1970, 1990], gender: g1.gender === 'f' ? 'm' : 'f' }) : null;
    if (g2 && S.chance(0.6)) refam(S, g2, p.family);
    p.klass = klass;
    p.addr = mkAddr(S);
    p.g = two ? [g1, g2] : [g1];
    p.mentor = staff.find((s) => s.klass === klass);
    return p;
  });

  // Skola24-like pupil list, semicolon, UTF-8 without BOM, LF
  {
    const d = new Doc('skola/elevlista_skola24_ht24.csv');
    const R = d.R;
    const rows = [['Elev', 'Personnummer', 'Klass', 'Vårdnadshavare 1', 'Mobil VH1', 'E-post VH1', 'Vårdnadshavare 2', 'Mobil VH2', 'E-post VH2']];
    for (const p of pupils) {
      const [g1, g2] = p.g;
      rows.push([d.n(p, 'f,g'), d.pn(p, R.pick(['p12d', 'p12d', 'p12', 'p10d'])), p.klass, d.n(g1), d.mob(g1, R.pick(['dash', 'plain', 'plain'])), d.pm(g1, 'csv'),
        g2 ? d.n(g2) : '', g2 ? (R.chance(0.08) ? d.foreign(R.pick(['45', '49', '44'])) : d.mob(g2, R.pick(['dash', 'plain']))) : '', g2 ? d.pm(g2, 'csv') : '']);
    }
    emit(d, csvBuild(rows, { sep: ';', eol: '\n' }));
  }

  // Guardians of 4A as vCards
  {
    const d = new Doc('skola/vardnadshavare_4A.vcf');
    const R = d.R;
    let out = '';
    for (const p of pupils.filter((x) => x.klass === '4A')) for (const g of p.g) {
      out += vcard({ n: `${g.family};${g.given};;;`, fn: d.n(g), tels: [['CELL', d.mob(g, R.pick(['intl', 'dash', 'e164']))]], emails: [d.pm(g, 'vcard')], note: `Vårdnadshavare till ${d.n(p)} 4A`, adr: `${d.nm('street', p.addr.street)} ${p.addr.no};${p.addr.town};;${d.nm('postcode', p.addr.pc)};Sverige` }, { version: R.chance(0.3) ? '2.1' : '3.0' });
    }
    emit(d, out);
  }

  // Parent meeting invitation (many attendees)
  {
    const d = new Doc('skola/foraldramote_7B.ics');
    const R = d.R;
    const m = staff.find((s) => s.klass === '7B');
    const att = [];
    for (const p of pupils.filter((x) => x.klass === '7B')) for (const g of p.g) att.push({ cn: d.n(g), email: d.pm(g, 'ics-attendee'), role: 'OPT-PARTICIPANT' });
    att.push({ cn: d.n(admin[1]), email: d.mail(admin[1].workEmail, 'ics-attendee') });
    emit(d, icsBuild([{ uid: d.nm('ics-uid', `${R.hex(8)}-7b@vallby.se`), organizer: { cn: d.n(m), email: d.mail(m.workEmail, 'ics-organizer') }, attendees: att,
      summary: 'Föräldramöte 7B', description: `Välkomna till föräldramöte! Vi går igenom läsårets planering, prao och klassresan.\nFrågor till mentor ${d.n(m)}, ${d.tel(m.work, 'dash')}.\nExpeditionen: ${d.tel(org.exp, 'dash')}`,
      start: '20240919T180000', end: '20240919T193000', location: 'Matsalen, Ekbackens skola' }]));
  }

  // Absence calls transcribed, lower case
  {
    const d = new Doc('skola/franvaroanmalan_telefon_v38.txt');
    const R = d.R;
    const out = ['frånvarotelefonen – utskrift av röstmeddelanden (automatisk transkribering), vecka 38', ''];
    for (let i = 0; i < 30; i++) {
      const p = R.pick(pupils);
      const g = R.pick(p.g);
      const t = mkDate(R, 9, 9);
      t.h = R.int(6, 8);
      const rel = g.gender === 'f' ? 'mamma' : 'pappa';
      out.push(`[${F.dts(t)}] från ${d.mob(g, R.pick(['plain', 'plain', 'e164']))}: ` + alt(R,
        () => `hej det är ${d.n(g, 'lower')}, ${rel} till ${d.n(p, 'lower')} i ${lowerSv(p.klass)}. ${lowerSv(p.given)} är sjuk idag och stannar hemma. tack hej`,
        () => `hej, ${rel} till ${d.nm('lone-first-name', lowerSv(p.given))} i ${lowerSv(p.klass)} här. ${p.gender === 'f' ? 'hon' : 'han'} har feber så vi stannar hemma idag och kanske imorgon. ring mig på ${d.mob(g, 'space')} om det är något.`,
        () => `ja hej, ${d.n(g, 'lower')} heter jag. ${p.gender === 'f' ? 'min dotter' : 'min son'} ${d.n(p, 'lower')} kommer ${R.int(1, 2)} timme sent idag, tandläkare. vänliga hälsningar`,
        () => `hej det gäller ${d.n(p, 'lower')} ${lowerSv(p.klass)}, hela veckan ledig enligt ansökan som ${d.n(p.mentor, 'lower')} har godkänt. /${d.n(g, 'lower')}`,
      ));
      d.nm('lone-first-name', lowerSv(p.given));
    }
    emit(d, out.join('\n') + '\n');
  }

  // Parent mail (mbox) with docx and pdf attachments
  {
    const d = new Doc('skola/mail/mentor_inkorg.mbox');
    const R = d.R;
    const msgs = [];
    for (let i = 0; i < 10; i++) {
      const p = pupils[i * 5 + 2];
      const g = p.g[0];
      const m = p.mentor;
      const t = mkDate(R, 8, 10);
      const atts = [];
      let text;
      if (i === 3) {
        text = `Hej ${d.nm('lone-first-name', m.given)}!\n\nBifogar ansökan om ledighet för ${d.n(p)}. Vi ska på släktbesök ${R.int(4, 18)}–${R.int(19, 25)} november.\n\nMvh ${d.n(g)}`;
        atts.push({ filename: 'ledighetsansokan.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: await docxBuild(R, {
          title: 'Ansökan om ledighet', creator: `${g.given} ${g.family}`, header: [`${d.nm('company', org.kommun)} – ${org.name}`], footer: [`Lämnas till mentor eller expeditionen, ${d.role(`ekbacken.expedition@${org.domain}`)}`],
          blocks: [{ p: 'Ansökan om ledighet för elev', style: 'Heading1' }, { table: [['Elevens namn', d.n(p)], ['Personnummer', d.pn(p, 'p12d')], ['Klass', p.klass], ['Vårdnadshavare', p.g.map((x) => d.n(x)).join(' och ')], ['Telefon', d.mob(g, 'dash')], ['Period', '2024-11-18 – 2024-11-22']] }, { p: 'Skäl: resa till släktingar. Skolarbete tas med.' }, { p: `Underskrift vårdnadshavare: ${d.n(g)}` }],
        }) });
      } else if (i === 6) {
        text = `Hej,\n\nHär kommer intyget från ${d.nm('company', 'Folktandvården Vallby')} som ni bad om.\n\n${d.n(g)}\n${d.mob(g, 'dash')}`;
        atts.push({ filename: 'intyg.pdf', type: 'application/pdf', data: await pdfBuild((doc) => {
          doc.font('Helvetica-Bold').fontSize(13).text(`Folktandvården ${d.nm('town', 'Vallby')}`).font('Helvetica').fontSize(10).moveDown();
          doc.text(`Intyg: ${d.n(p.g[0].given === g.given ? p : p, 'gf')} (${d.pn(p, 'p10d')}) har besökt kliniken ${d.nm('date', '2024-09-12')} kl 08:00–09:15.`);
          doc.text(`Tandläkare ${d.n(mkPerson(R, { cp1252: true, years: [1970, 1990] }))}, tel ${d.tel(mkLandline(R, '8'), 'dash')}`);
        }, { title: 'Intyg', author: 'Folktandvården' }) });
      } else {
        text = alt(R,
          () => `Hej!\n\n${d.nm('lone-first-name', p.given)} har tappat sin mobil någonstans på skolgården i fredags. Har någon lämnat in den? Den är svart med ett rosa skal.\n\nHälsningar ${d.n(g)}, ${d.mob(g, 'dash')}`,
          () => `Hej ${d.nm('lone-first-name', m.given)},\n\nVi har flyttat, ny adress är ${adr(d, mkAddr(R))}. Kan ni uppdatera i Skola24? Mitt nya nummer är ${d.mob(g, 'dash')}.\n\n/${d.n(g)}`,
          () => `Hej!\n\nKan ${d.n(p)} få extra stöd i matte? Vi tycker att det har blivit svårare i år.\nRing gärna: ${d.mob(g, 'intl')}\n\n${d.n(g)} (och ${p.g[1] ? d.n(p.g[1]) : 'familjen'})`,
        );
      }
      msgs.push({ env: g.emailAddr, t, buf: emlBuild({ boundarySeed: `${d.path}${i}`, headers: { From: who(d, g, g.emailAddr, R.pick(['B', 'Q'])), To: who(d, m, m.workEmail), Subject: i === 3 ? `Ledighetsansökan ${p.given}` : R.pick(['Fråga', 'Angående skolan', 'Hej!', 'Info']), Date: F.rfc(t), 'Message-ID': msgId(d, 'mail.gmail.com') }, text, textEnc: R.pick(['qp', '8bit']), attachments: atts }) });
      if (i === 3) d.nm('lone-first-name', p.given);
      const t2 = addMin(t, R.int(60, 1400));
      msgs.push({ env: m.workEmail, t: t2, buf: emlBuild({ boundarySeed: `${d.path}r${i}`, headers: { From: who(d, m, m.workEmail), To: who(d, g, g.emailAddr, 'B'), Subject: 'SV: angående skolan', Date: F.rfc(t2), 'Message-ID': msgId(d, org.domain) },
        text: `Hej!\n\nTack för ditt mejl, jag återkommer efter lunch.\n\nHälsningar\n${d.n(m)}\n${m.title}, ${org.name}\n${d.tel(m.work, 'dash')}`, textEnc: 'qp' }) });
    }
    emit(d, mboxBuild(msgs));
  }

  // Class list (ODT)
  {
    const d = new Doc('skola/klasslista_4A.odt');
    const R = d.R;
    const m = staff[0];
    const rows = [['Elev', 'Född', 'Vårdnadshavare', 'Telefon']];
    for (const p of pupils.filter((x) => x.klass === '4A')) rows.push([d.n(p), d.nm('date', F.iso({ y: p.y, m: p.m, d: p.d })), p.g.map((g) => d.n(g)).join(', '), p.g.map((g) => d.mob(g, R.pick(['dash', 'plain']))).join(' / ')]);
    emit(d, await odfBuild(d, 'odt', odtBody([{ h: `Klasslista 4A – ${org.name} HT 2024` }, { p: ['Mentor: ', { b: d.n(m) }, `, ${d.mail(m.workEmail, 'odt')}, ${d.tel(m.work, 'dash')}`] }, { table: rows }, { p: 'Listan delas endast med klassens vårdnadshavare. Kontakta expeditionen om uppgifter saknas.' }]), { title: 'Klasslista 4A', creator: `${m.given} ${m.family}` }));
  }

  // Staff directory (HTML)
  {
    const d = new Doc('skola/personal_kontaktlista.html');
    const R = d.R;
    const rows = [...admin, ...staff].map((s) => `<tr><td>${htmlEnt(d.n(s))}</td><td>${htmlEnt(s.title)}</td><td>${d.tel(s.work, R.pick(['dash', 'space']))}</td><td><a href="mailto:${d.mail(s.workEmail, 'mailto')}">${s.workEmail}</a></td></tr>`).join('\n');
    const nurse = mkStaff(R, org.domain, { cp1252: true });
    emit(d, `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kontakt – ${org.name}</title></head><body>
<h1>Kontakta ${org.name}</h1>
<p>Expedition: ${d.tel(org.exp, 'dash')} · Växel ${htmlEnt(org.kommun)}: ${d.tel(org.sw, 'dash')} · <a href="mailto:${d.role(`ekbacken.expedition@${org.domain}`)}">ekbacken.expedition@${org.domain}</a></p>
<p>Frånvaroanmälan görs i Skola24-appen eller på ${d.tel(mkLandline(R, '8'), 'dash')} före kl 08.00.</p>
<table><thead><tr><th>Namn</th><th>Roll</th><th>Telefon</th><th>E-post</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>Elevhälsan: skolsköterska ${htmlEnt(d.n(nurse))}, ${d.tel(nurse.work, 'dash')}, <a href="mailto:${d.role(`elevhalsan.ekbacken@${org.domain}`)}">elevhälsan</a></p>
<p>Skolskjuts: ${htmlEnt(d.nm('company', 'Vallby Taxi AB'))}, ${d.tel(mkService(R, '20'), 'dash')}</p>
</body></html>`);
  }

  // School transport (XML)
  {
    const d = new Doc('skola/skolskjuts_ht24.xml');
    const R = d.R;
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<Skolskjuts kommun="${xe(d.nm('company', org.kommun))}" lasar="2024/2025" entreprenor="${xe(d.nm('company', 'Vallby Taxi AB'))}">`];
    for (const p of pupils.filter((_, i) => i % 4 === 1)) {
      const g = p.g[0];
      L.push(`  <Elev personnummer="${d.pn(p, 'p12')}" klass="${p.klass}">`, `    <Namn>${xe(d.n(p))}</Namn>`, `    <Adress>${xe(adr(d, p.addr))}</Adress>`, `    <Hallplats>${xe(R.pick(['Ekbacken vändplan', 'Vallby kyrka', 'Norrgården', 'Lillsjövägen']))}</Hallplats>`,
        `    <Vardnadshavare><Namn>${xe(d.n(g))}</Namn><Telefon>${d.mob(g, R.pick(['plain', 'dash']))}</Telefon></Vardnadshavare>`, `    <Tider morgon="07:${R.int(10, 45)}" eftermiddag="${R.pick(['13:40', '14:50', '15:30'])}"/>`, '  </Elev>');
    }
    L.push('</Skolskjuts>');
    emit(d, L.join('\n') + '\n');
  }

  // Development talk bookings: one sheet per class
  {
    const d = new Doc('skola/utvecklingssamtal_ht24.xlsx');
    const R = d.R;
    const sheets = classes.map((k) => {
      const rows = [['Tid', 'Elev', 'Vårdnadshavare', 'Mentor', 'Telefon', 'Tolk']];
      let t = { y: 2024, m: 10, d: 21, h: 8, mi: 0, s: 0 };
      for (const p of pupils.filter((x) => x.klass === k)) {
        rows.push([F.dt(t), d.n(p), p.g.map((g) => d.n(g)).join(' + '), d.n(p.mentor), d.mob(p.g[0], R.pick(['dash', 'plain'])), p.origin === 'sv' ? '' : R.pick(['', 'arabiska', 'somaliska', 'tigrinja', 'persiska', ''])]);
        t = addMin(t, 30);
      }
      return { name: k, rows };
    });
    emit(d, await xlsxBuild(sheets, { title: 'Utvecklingssamtal', creator: 'Ekbackens skola' }));
  }

  // Learning platform logins
  {
    const d = new Doc('skola/larplattform_inloggningar.log');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 9, d: 2, h: 6, mi: 0, s: 12 };
    const guardians = pupils.flatMap((p) => p.g);
    const ipOf = new Map();
    for (let i = 0; i < 1100; i++) {
      t = addMin(t, R.int(5, 700) / 60);
      const g = R.pick(guardians);
      if (!ipOf.has(g)) ipOf.set(g, R.chance(0.75) ? mkIp4(R) : mkIp6(R));
      const ip = ipOf.get(g);
      d.ip(ip, ip.includes(':') ? 'ipv6-kv' : 'ipv4-kv');
      lines.push(`${F.dts(t)} [auth] ${R.chance(0.9) ? 'login ok' : 'login failed'} user=vh:${d.pm(g, 'log-kv')} role=guardian method=${R.pick(['bankid', 'bankid', 'password'])} ip=${ip} app=${R.pick(['ios/4.12.1', 'android/4.12.0', 'web'])}`);
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Letters to guardians (PDF)
  for (const p of pupils.filter((x) => x.klass === '5B' && x.g.every((g) => CP1252_OK(`${g.given} ${g.family}`)) && CP1252_OK(`${x.given} ${x.family}`)).slice(0, 2)) {
    const d = new Doc(`skola/brev/utflykt_${p.klass}_${p.pnr12.slice(6, 10)}.pdf`);
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      const [a1, a2] = adr(d, p.addr, { oneLine: false });
      pdfLetter(doc, {
        head: `${org.name} – ${d.nm('company', org.kommun)}`, headSub: [`Expedition ${d.tel(org.exp, 'dash')}`],
        to: [`Till vårdnadshavare för ${d.n(p)}`, ...p.g.map((g) => d.n(g)), a1, a2], date: d.nm('date', '2024-09-23'),
        subject: 'Utflykt till Naturhistoriska riksmuseet 3 oktober',
        body: [`Klass ${p.klass} åker på utflykt torsdag 3 oktober. Vi samlas vid skolan kl 08:15 och är tillbaka ca 14:30. Ta med matsäck och vattenflaska.`,
          `Om ${d.nm('lone-first-name', p.given)} har allergier eller inte får fotograferas, meddela mig senast måndag.`, `Akut under dagen: ring ${d.tel(p.mentor.mobile, 'dash')}.`],
        sign: ['Hälsningar', d.n(p.mentor), p.mentor.title, d.mail(p.mentor.workEmail, 'pdf')],
      });
    }, { title: 'Utflykt', author: org.name }));
  }

  // Archive of older mail and a guardian CSV (ZIP)
  {
    const d = new Doc('skola/arkiv_vt24.zip');
    const R = d.R;
    const old = pupils.slice(40, 56);
    const csv = csvBuild([['elev_fornamn', 'elev_efternamn', 'klass_vt24', 'vh_namn', 'vh_telefon'], ...old.map((p) => { d.joined(p); return [p.given, p.family, `${Number(p.klass[0]) - 1}${p.klass[1]}`, d.n(p.g[0]), d.mob(p.g[0], 'plain')]; })], { sep: ',', bom: true });
    const p = old[3];
    const m1 = emlBuild({ boundarySeed: 'arkiv1', headers: { From: who(d, p.g[0], p.g[0].emailAddr), To: who(d, admin[0], admin[0].workEmail), Subject: 'Adressändring', Date: F.rfc({ y: 2024, m: 3, d: 11, h: 9, mi: 1, s: 22 }), 'Message-ID': msgId(d, 'mail.gmail.com') },
      text: `Hej!\nVi har ny adress från 1 april: ${adr(d, mkAddr(R))}.\nGäller ${d.n(p)}.\nMvh ${d.n(p.g[0])}`, textEnc: 'base64' });
    emit(d, await zipBuild([['vardnadshavare_vt24.csv', csv], ['mail/adressandring.eml', m1], ['LASMIG.txt', `Arkiv exporterat från Skola24 ${F.iso({ y: 2024, m: 6, d: 20 })} av ${d.n(admin[0])}.\n`]]));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Bank customer service: Sparbanken Norrström
async function sysBank() {
  const S = new Rng('sys:bank');
  const org = { name: 'Sparbanken Norrström', domain: 'sparbankennorrstrom.se', service: mkService(S, '771'), sw: mkLandline(S, '8'), orgnr: orgNumber(S, '516') };
  const agents = [0, 1, 2, 3, 4].map(() => mkStaff(S, org.domain, { cp1252: true, title: 'Kundrådgivare' }));
  for (const a of agents) a.user = `${translit(a.given).replace(/[ -]/g, '')}.${translit(a.family).replace(/ /g, '')}`.slice(0, 20);
  const custs = Array.from({ length: 80 }, (_, i) => {
    const p = mkPerson(S, { years: [1921, 2005], samordning: 0.04 });
    p.case = `${2024}${pad(S.int(1, 9))}${S.digits(4, true)}`;
    p.addr = mkAddr(S);
    return p;
  });
  const cp = custs.filter((c) => CP1252_OK(`${c.given} ${c.family}`));

  // Callback list (tab-separated, UTF-8 with BOM from Excel)
  {
    const d = new Doc('bank/aterringningslista_2024-10-14.csv');
    const R = d.R;
    const rows = [['Ärendenr', 'Inkommet', 'Kund', 'Personnummer', 'Telefon', 'Önskad tid', 'Ämne', 'Handläggare']];
    for (const c of custs.slice(0, 45)) {
      const t = mkDate(R, 10, 10);
      rows.push([d.nm('case-number', c.case), F.dt(t), d.n(c, R.pick(['fg', 'fg', 'f,g', 'gf'])), d.pn(c, R.pick(['p12d', 'p12', 'p10d', 'p10'])), R.chance(0.06) ? d.foreign(R.pick(['34', '33', '49'])) : d.mob(c, R.pick(['plain', 'dash', 'space', 'intl'])),
        R.pick(['Förmiddag', 'Efter 16', 'Lunch', 'Snarast']), R.pick(['Kort spärrat', 'Bolån', 'BankID', 'Fullmakt', 'Dödsbo', 'Swish', 'Bedrägeriförsök']), d.n(R.pick(agents))]);
    }
    emit(d, csvBuild(rows, { sep: ';', bom: true, eol: '\r\n' }));
  }

  // Identity-check call transcripts, lower case
  {
    const d = new Doc('bank/samtal_identitetskontroll_transkript.txt');
    const R = d.R;
    const out = [];
    for (const c of custs.slice(5, 19)) {
      const a = R.pick(agents);
      const t = mkDate(R, 10, 10);
      d.nm('lone-first-name', lowerSv(a.given));
      out.push(`=== samtal ${d.nm('call-id', safeNumber(R, 10))} ${F.dts(t)} inkommande från ${d.mob(c, R.pick(['e164', 'plain']))} ===`);
      out.push(`handläggare: välkommen till sparbanken norrström, du pratar med ${lowerSv(a.given)}.`);
      out.push(`kund: hej, ${d.n(c, 'lower')} heter jag.`);
      out.push('handläggare: vad bra. för att jag ska kunna hjälpa dig behöver jag ditt personnummer.');
      if (R.chance(0.3)) {
        out.push(R.chance(0.7) ? `kund: ja det är ${d.nm('pnr-bad-check', badCheckPnr(R, c, 'p12d'))}` : `kund: ja det är ${d.nm('pnr-bad-date', badDatePnr(R))}, nej vänta`);
        out.push('handläggare: det stämmer inte riktigt, kan du ta det igen?');
      }
      out.push(`kund: ${d.pn(c, R.pick(['p12s', 'p10s', 'p12d', 'p10d']))}`);
      out.push('handläggare: tack. jag skickar en bankid-förfrågan nu, kan du legitimera dig i appen?');
      out.push('kund: ja nu har jag gjort det.');
      out.push(alt(R,
        () => `handläggare: tack ${lowerSv(c.given)}. jag ser att kortet som slutar på ${d.nm('card-last4', R.digits(4))} är spärrat sedan igår. vill du beställa ett nytt?`,
        () => `handläggare: tack. din ${c.gender === 'f' ? 'man' : 'fru'} ${d.n(mkPerson(R, { years: [1940, 2000], gender: c.gender === 'f' ? 'm' : 'f' }), 'lower')} har fullmakt men jag behöver prata med dig först.`,
        () => `handläggare: tack. jag bokar en återringning från en bolånerådgivare på ${d.tel(mkLandline(R), 'plain')}, stämmer det numret?`,
        () => `handläggare: tack. vi skickar bekräftelsen till ${d.pm(c, 'txt')}, stämmer det?`,
      ));
      d.nm('lone-first-name', lowerSv(c.given));
      out.push('kund: ja, tack för hjälpen.', '');
    }
    emit(d, out.join('\n'));
  }

  // Chat transcripts (HTML)
  {
    const d = new Doc('bank/chatt_export_vecka41.html');
    const R = d.R;
    const convs = custs.slice(20, 32).map((c) => {
      const a = R.pick(agents);
      const t = mkDate(R, 10, 10);
      d.nm('lone-first-name', a.given);
      const msgs = [
        ['kund', d.n(c, R.pick(['gf', 'lower'])), `Hej, jag heter ${d.n(c)} och kommer inte in i internetbanken.`],
        ['agent', `${a.given} (Sparbanken)`, `Hej! Jag hjälper dig gärna. Kan du skriva ditt personnummer?`],
        ['kund', d.n(c, 'gf'), d.pn(c, R.pick(['p12', 'p12d', 'p10d']))],
        ['agent', `${a.given} (Sparbanken)`, `Tack. Vi ringer upp dig på numret vi har registrerat, ${d.mob(c, R.pick(['dash', 'space']))}. Stämmer det?`],
        ['kund', d.n(c, 'gf'), R.chance(0.5) ? `Nej, det är ${d.tel(mkMobile(R), R.pick(['plain', 'dash']))} nu` : `Ja. Mejla gärna också till ${d.pm(c, 'html-chat')}`],
      ];
      return `<section class="conversation" data-id="${R.hex(12)}">
<h3>Konversation ${F.dts(t)}</h3>
${msgs.map(([role, who2, text]) => `<div class="msg ${role}"><span class="author">${htmlEnt(who2)}</span> <span class="text">${htmlEnt(text)}</span></div>`).join('\n')}
</section>`;
    });
    emit(d, `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Chattexport</title></head><body>
<h1>${htmlEnt(d.nm('company', org.name))} – chattexport vecka 41</h1>
${convs.join('\n')}
<footer>Kundservice ${d.tel(org.service, 'dash')} · <a href="mailto:${d.role(`kundservice@${org.domain}`)}">kundservice@${org.domain}</a></footer>
</body></html>`);
  }

  // Case records (NDJSON)
  {
    const d = new Doc('bank/arenden_export.ndjson');
    const R = d.R;
    const lines = custs.slice(0, 60).map((c) => {
      const a = R.pick(agents);
      d.nm('username', a.user);
      const t = mkDate(R, 8, 10);
      return JSON.stringify({ caseId: d.nm('case-number', `CS-${c.case}`), created: F.isoT(t), channel: R.pick(['phone', 'chat', 'branch', 'mail']),
        customer: { name: d.n(c, R.pick(['f,g', 'gf', 'F,G'])), ssn: d.pn(c, R.pick(['p12', 'p12', 'p12d'])), phone: d.mob(c, R.pick(['e164', 'msisdn'])), email: R.chance(0.7) ? d.pm(c, 'json') : null },
        agent: a.user, category: R.pick(['CARD_BLOCK', 'FRAUD', 'MORTGAGE', 'POWER_OF_ATTORNEY', 'ESTATE', 'BANKID']), amount: R.chance(0.3) ? d.nm('amount', `${R.int(1, 90)} ${R.int(100, 999)},00`) : null,
        summary: alt(R, () => 'Kund ringer om spärrat kort efter misstänkt bedrägeri. Nytt kort beställt.', () => `Kunden vill ge sin son ${d.n(mkPerson(R, { origin: c.origin, years: [1975, 2000], gender: 'm' }))} fullmakt.`, () => 'BankID fungerar inte på ny telefon.', () => `Anhörig ${d.n(mkPerson(R, { years: [1950, 1990] }))} ringer om dödsbo efter kunden.`) });
    });
    emit(d, lines.join('\n') + '\n');
  }

  // Complaint with base64 body and a letter PDF
  {
    const d = new Doc('bank/klagomal_2024-10-03.eml');
    const R = d.R;
    const c = cp[12];
    const daughter = mkPerson(R, { cp1252: true, years: [1970, 1985] });
    refam(R, daughter, c.family);
    const letter = await pdfBuild((doc) => {
      pdfLetter(doc, { head: d.n(c), headSub: adr(d, c.addr, { oneLine: false }), to: [d.nm('company', org.name), 'Klagomålsansvarig', 'Box 1204', `${d.nm('postcode', '111 82')} ${d.nm('town', 'Stockholm')}`], date: d.nm('date', '2024-10-02'),
        subject: 'Klagomål – spärrat konto',
        body: [`Jag, ${d.n(c)} (${d.pn(c, R.pick(['p12d', 'p10d', 'p10plus']))}), vill klaga på att mitt konto spärrades utan förvarning den 28 september.`,
          `Min dotter ${d.n(daughter)} har hjälpt mig att ringa er flera gånger på ${d.tel(org.service, 'dash')} men vi har inte fått något svar. Hon nås på ${d.tel(daughter.mobile, 'dash')}.`],
        sign: ['Med vänlig hälsning', d.n(c)] });
    }, { title: 'Klagomål', author: 'Microsoft Word' });
    emit(d, emlBuild({ boundarySeed: d.path, headers: { From: who(d, daughter, daughter.emailAddr, 'B'), To: roleWho(d, 'Sparbanken Norrström Kundservice', `kundservice@${org.domain}`), Subject: encWord(`Klagomål för min mamma ${c.given} ${c.family}`), Date: F.rfc({ y: 2024, m: 10, d: 3, h: 8, mi: 44, s: 10 }), 'Message-ID': msgId(d, 'mail.gmail.com') },
      text: `Hej,\n\nJag skickar detta för min mammas räkning: ${d.n(c)}. Brevet bifogas som PDF.\nHon har ingen e-post själv, så svara gärna till mig eller ring ${d.tel(daughter.mobile, 'intl')}.\n\nVänliga hälsningar\n${d.n(daughter)}`, textEnc: 'base64', attachments: [{ filename: 'klagomal.pdf', type: 'application/pdf', data: letter }] }));
    d.nm('lone-first-name', c.given);
  }

  // Internet bank access log with many IPv6 clients
  {
    const d = new Doc('bank/internetbank_access.log');
    const R = d.R;
    const pool = Array.from({ length: 220 }, () => (R.chance(0.55) ? mkIp6(R) : mkIp4(R)));
    const proxies = ['10.40.2.11', '10.40.2.12'].map((x) => d.ip(x, 'ipv4-private-log'));
    const paths = ['/privat/logga-in', '/privat/oversikt', '/privat/konton', '/privat/betala', '/privat/swish', '/api/v3/accounts', '/api/v3/payments/pending', '/privat/logga-ut', '/static/bundle.4f2c.js'];
    let t = { y: 2024, m: 10, d: 13, h: 0, mi: 0, s: 5 };
    const lines = [];
    for (let i = 0; i < 2400; i++) {
      t = addMin(t, R.int(1, 60) / 60);
      const ip = R.pick(pool);
      d.ip(ip, ip.includes(':') ? 'ipv6-log' : 'ipv4-log');
      const up = R.pick(proxies);
      lines.push(`${up} - - [${F.clf(t)}] "${R.chance(0.2) ? 'POST' : 'GET'} ${R.pick(paths)} HTTP/1.1" ${R.pick([200, 200, 200, 302, 401, 403])} ${R.int(200, 60000)} "-" "${ua(d)}" xff="${ip}" rt=${(R.int(2, 900) / 1000).toFixed(3)}`);
    }
    d.nm('loopback', '::1');
    lines.splice(1200, 0, `::1 - - [${F.clf(t)}] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.28" xff="-" rt=0.001`);
    emit(d, lines.join('\n') + '\n');
  }

  // Power of attorney form (flattened PDF form)
  {
    const d = new Doc('bank/fullmakt_blankett_ifylld.pdf');
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      const giver = cp.find((c) => c.y < 1956) ?? cp[3];
      const holder = mkPerson(R, { cp1252: true, origin: giver.origin, years: [1960, 1990] });
      refam(R, holder, giver.family);
      const wit = [mkPerson(R, { cp1252: true }), mkPerson(R, { cp1252: true })];
      const box = (label, value, x, y, w) => { doc.rect(x, y, w, 30).stroke(); doc.fontSize(7).text(label, x + 3, y + 3, { lineBreak: false }); doc.fontSize(10).text(value, x + 3, y + 14, { lineBreak: false }); };
      doc.font('Helvetica-Bold').fontSize(15).text(`${d.nm('company', org.name)} – Fullmakt`, 56, 56);
      doc.font('Helvetica').fontSize(9).text('Blankett 4021 (2023-05). Fyll i med tydlig handstil.', 56, 78);
      doc.font('Helvetica-Bold').fontSize(10).text('Fullmaktsgivare', 56, 110);
      doc.font('Helvetica');
      box('Namn', d.n(giver), 56, 125, 300); box('Personnummer', d.pn(giver, 'p12d'), 360, 125, 180);
      box('Adress', adr(d, giver.addr), 56, 158, 484);
      box('Telefon', d.mob(giver, 'dash'), 56, 191, 240); box('E-post', d.pm(giver, 'pdf-form'), 300, 191, 240);
      doc.font('Helvetica-Bold').fontSize(10).text('Fullmaktshavare', 56, 235);
      doc.font('Helvetica');
      box('Namn', d.n(holder), 56, 250, 300); box('Personnummer', d.pn(holder, 'p10d'), 360, 250, 180);
      box('Telefon', d.mob(holder, 'intl'), 56, 283, 240); box('Relation', 'Son/dotter', 300, 283, 240);
      doc.fontSize(9).text('Fullmakten avser: uttag, betalningar och kontakt med banken för fullmaktsgivarens räkning.', 56, 330, { width: 480 });
      doc.font('Helvetica-Bold').fontSize(10).text('Bevittnas av', 56, 370).font('Helvetica');
      box('Vittne 1, namnförtydligande', d.n(wit[0], 'GF'), 56, 385, 240); box('Telefon', d.mob(wit[0], 'plain'), 300, 385, 240);
      box('Vittne 2, namnförtydligande', d.n(wit[1], 'GF'), 56, 418, 240); box('Telefon', d.mob(wit[1], 'plain'), 300, 418, 240);
      doc.fontSize(8).text(`Handläggare: ${d.n(agents[1])}  ·  Mottagen ${d.nm('date', '2024-10-08')}  ·  Ärende ${d.nm('case-number', giver.case)}`, 56, 470, { lineBreak: false });
    }, { title: 'Fullmakt', author: org.name }));
  }

  // Estate case (DOCX with table, header, footer, comment)
  {
    const d = new Doc('bank/dodsbo_arende_2024-0931.docx');
    const R = d.R;
    const dead = custs.find((c) => c.y < 1940) ?? custs[0];
    const heirs = [0, 1, 2].map(() => { const h = mkPerson(R, { origin: dead.origin, years: [1950, 1980] }); if (R.chance(0.7)) refam(R, h, dead.family); return h; });
    const a = agents[2];
    emit(d, await docxBuild(R, {
      title: 'Dödsboärende', creator: `${a.given} ${a.family}`,
      header: [`${d.nm('company', org.name)} · Dödsboärenden · Konfidentiellt`], footer: [`Handläggare ${d.n(a)} · ${d.tel(a.work, 'dash')} · ${d.role(`dodsbo@${org.domain}`)}`],
      blocks: [
        { p: 'Dödsboärende', style: 'Heading1' },
        { p: ['Den avlidne: ', { b: d.n(dead) }, `, ${d.pn(dead, dead.y <= 1923 ? 'p10plus' : 'p12d')}, avliden ${d.nm('date', '2024-08-29')}.`] },
        { p: `Senaste adress: ${adr(d, dead.addr)}` },
        { p: 'Dödsbodelägare', style: 'Heading2' },
        { table: [['Namn', 'Personnummer', 'Telefon', 'E-post', 'Relation'], ...heirs.map((h) => [d.n(h), d.pn(h, R.pick(['p12d', 'p10d'])), d.mob(h, R.pick(['dash', 'intl'])), d.pm(h, 'docx'), R.pick(['Barn', 'Barn', 'Make/maka', 'Barnbarn'])])], header: true },
        { p: `Bouppteckningsförrättare: ${d.nm('company', 'Lindbergs Juristbyrå AB')}, ${d.tel(mkLandline(R, '8'), 'dash')}.`, comment: { author: `${a.given} ${a.family}`, initials: `${a.given[0]}${a.family[0]}`, text: 'Väntar på släktutredning från Skatteverket. Ring dödsbodelägare 2 först.' } },
        { p: `Nästa steg: dödsboets konton spärras för uttag. Räkningar betalas efter godkännande av samtliga delägare. Kontakta oss på ${d.tel(org.service, 'dash')}.` },
      ],
    }));
  }

  // Card-block calls (JSON)
  {
    const d = new Doc('bank/kortsparr_samtal.json');
    const R = d.R;
    const calls = custs.slice(40, 70).map((c) => {
      const t = mkDate(R, 10, 10);
      return { callId: d.nm('call-id', safeNumber(R, 11)), startedAt: F.isoZ(t), ani: R.chance(0.1) ? d.foreign(R.pick(['34', '33', '44', '90'])) : d.mob(c, R.pick(['e164', 'e164', 'msisdn', 'intl00c'])), customerSsn: d.pn(c, 'p12'), customerName: d.n(c, R.pick(['gf', 'GF', 'F,G'])), cardLast4: d.nm('card-last4', R.digits(4)), reason: R.pick(['LOST', 'STOLEN', 'FRAUD_SUSPECTED', 'SKIMMING']), agentId: d.nm('username', R.pick(agents).user), durationSec: R.int(40, 900) };
    });
    emit(d, JSON.stringify(calls, null, 2));
  }

  // Advisory meetings (ICS)
  {
    const d = new Doc('bank/radgivning_moten_v42.ics');
    const R = d.R;
    const ev = custs.slice(60, 70).map((c, i) => {
      const adv = agents[i % agents.length];
      const t = { y: 2024, m: 10, d: 14 + (i % 5), h: 9 + (i % 7), mi: 0, s: 0 };
      return { uid: d.nm('ics-uid', `${R.hex(16)}@sparbankennorrstrom.se`), organizer: { cn: d.n(adv), email: d.mail(adv.workEmail, 'ics-organizer') }, attendees: [{ cn: d.n(c), email: d.pm(c, 'ics-attendee') }],
        summary: `Bolånemöte – ${d.n(c)}`, description: `Kund: ${d.n(c)}\nPersonnummer: ${d.pn(c, 'p12d')}\nTelefon: ${d.mob(c, 'dash')}\nTa med: lönespecifikationer och köpekontrakt.`, start: F.ics(t), end: F.ics(addMin(t, 60)), location: R.pick(['Kontoret Drottninggatan', 'Teams']) };
    });
    emit(d, icsBuild(ev));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 7. Food delivery app: Matbud
async function sysMat() {
  const S = new Rng('sys:mat');
  const org = { name: 'Matbud Sverige AB', domain: 'matbud.se', service: mkService(S, '770') };
  const custs = Array.from({ length: 130 }, () => { const p = mkPerson(S, { years: [1950, 2005] }); p.uid = `u_${S.hex(10)}`; p.addr = mkAddr(S); p.ip = S.chance(0.7) ? mkIp4(S) : mkIp6(S); return p; });
  const couriers = Array.from({ length: 32 }, (_, i) => { const p = mkPerson(S, { years: [1975, 2004], samordning: 0.3, origin: S.chance(0.35) ? 'sv' : S.pick(['ar', 'so', 'er', 'fa', 'af', 'ku', 'pl', 'th', 'cl']) }); p.kid = `K${4100 + i * 3}`; p.vehicle = S.pick(['Cykel', 'Elcykel', 'Moped', 'Bil']); p.reg = p.vehicle === 'Bil' || p.vehicle === 'Moped' ? regnr(S) : ''; return p; });
  const agents = [0, 1, 2].map(() => mkStaff(S, org.domain, { landline: false }));
  const restaurants = ['Pizzeria Napoli Solna', 'Sushi Yama Kista', 'Mama Wong Södermalm', 'Kebabkungen Huddinge', 'Thai Orchid Sundbyberg', 'Burger Bros Vasastan', 'Habeshas Kök', 'Falafelbaren Fridhemsplan', 'Ristorante Luigi', 'Lilla Libanon'];

  // Orders API dump
  {
    const d = new Doc('matleverans/orders_2024-05.json');
    const R = d.R;
    const orders = [];
    for (let i = 0; i < 170; i++) {
      const c = R.pick(custs);
      const k = R.pick(couriers);
      const t = mkDate(R, 5, 5);
      t.h = R.int(11, 22);
      d.nm('lone-first-name', k.given);
      const nameStyle = R.weighted([['gf', 5], ['lower', 2], ['initial', 2]]);
      let cname;
      if (nameStyle === 'initial') cname = d.nm('name-initial', `${c.given} ${c.family[0]}.`);
      else cname = d.n(c, nameStyle);
      const street = `${d.nm('street', c.addr.street)} ${c.addr.no}`;
      orders.push({ orderId: Number(d.nm('order-number', safeNumber(R, 9))), createdAt: F.isoZ(t), status: R.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'CANCELLED', 'REFUNDED']),
        customer: { id: c.uid, name: cname, phone: d.mob(c, R.pick(['msisdn', 'msisdn', 'e164'])), email: R.chance(0.85) ? d.pm(c, 'json') : null },
        deliveryAddress: { street, postalCode: d.nm('postcode', c.addr.pc.replace(' ', '')), city: c.addr.town, doorCode: R.chance(0.5) ? d.nm('door-code', String(R.int(1000, 9999))) : null, instructions: R.chance(0.2) ? alt(R, () => 'Ring när du är här', () => `Det står ${d.nm('lone-surname', c.family)} på dörren`, () => `Lämna hos grannen ${d.n(mkPerson(R), 'gf')} om ingen öppnar`) : null },
        restaurant: { id: R.int(100, 999), name: d.nm('company', R.pick(restaurants)) }, courier: { id: k.kid, firstName: k.given, vehicle: k.vehicle },
        items: [{ sku: `SKU-${R.int(10000, 99999)}`, qty: R.int(1, 3), price: R.int(79, 189) }], total: R.int(99, 690) + R.pick([0, 0.5, 0.9]), tip: R.pick([0, 0, 10, 20, 30]), appVersion: d.nm('version', `5.${R.int(10, 12)}.${R.int(0, 4)}.${R.int(100, 399)}`) });
    }
    emit(d, JSON.stringify({ data: orders, page: 1, pageSize: 170, nextCursor: null }, null, 2));
  }

  // Courier <-> customer chat (NDJSON)
  {
    const d = new Doc('matleverans/kurirchatt_2024-05.ndjson');
    const R = d.R;
    const lines = [];
    for (let i = 0; i < 60; i++) {
      const c = R.pick(custs);
      const k = R.pick(couriers);
      const oid = d.nm('order-number', safeNumber(R, 9));
      let t = mkDate(R, 5, 5);
      d.nm('lone-first-name', k.given);
      const convo = alt(R,
        () => [['courier', `hej! står utanför porten, vilken kod?`], ['customer', `${d.nm('door-code', String(R.int(1000, 9999)))}, ${R.int(2, 6)} tr. det står ${d.nm('lone-surname', lowerSv(c.family))} på dörren`], ['courier', 'tack!']],
        () => [['courier', 'hittar inte adressen, kan du ringa mig?'], ['customer', `ring mig istället på ${d.mob(c, R.pick(['plain', 'dash', 'space']))}`], ['courier', 'ok ringer nu']],
        () => [['customer', `hej ${lowerSv(k.given)}, jag heter ${d.n(c, 'lower')}, lämna utanför dörren tack`], ['courier', 'absolut, lämnat nu 👍']],
        () => [['customer', 'hur långt bort är du?'], ['courier', `5 min, fastnade vid ${d.nm('street', R.pick(STREETS))}`], ['customer', 'ok']],
        () => [['courier', `Hi! I'm outside. Please call +46 ${k.mobile.ac} ${grp(k.mobile.sub)}`], ['customer', 'coming down']],
      );
      if (convo[0][1].startsWith('Hi!')) d.phone(`+46 ${k.mobile.ac} ${grp(k.mobile.sub)}`, 'mobile-intl');
      for (const [from, text] of convo) {
        t = addMin(t, R.int(10, 200) / 60);
        const custName = from === 'customer' && R.chance(0.5) ? d.nm('lone-first-name', c.given) : null;
        lines.push(JSON.stringify({ orderId: oid, ts: F.isoZ(t), from, senderName: from === 'courier' ? k.given : custName, text }));
      }
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Application log, key=value
  {
    const d = new Doc('matleverans/order-api.log');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 5, d: 17, h: 10, mi: 0, s: 1 };
    const upstreams = ['10.12.3.21:8080', '10.12.3.22:8080', '10.12.4.7:8080'];
    for (const u of upstreams) d.ip(u, 'ipv4-private-port');
    for (let i = 0; i < 3200; i++) {
      t = addMin(t, R.int(1, 40) / 60);
      const c = R.pick(custs);
      const ip = d.ip(c.ip, c.ip.includes(':') ? 'ipv6-kv' : 'ipv4-kv');
      const v = `5.${R.int(10, 12)}.${R.int(0, 4)}.${R.int(100, 399)}`;
      const ver = { toString: () => d.nm('version', v) };
      lines.push(alt(R,
        () => `ts=${F.isoZ(t)} level=info svc=order-api msg="order created" order_id=${d.nm('order-number', safeNumber(R, 9))} user_id=${c.uid} client_ip=${ip} app_version=${ver} os=${R.pick(['iOS/17.4.1', 'Android/14', 'iOS/16.7.5'])} upstream=${R.pick(upstreams)}`,
        () => `ts=${F.isoZ(t)} level=info svc=notify msg="sms sent" user_id=${c.uid} msisdn=${d.mob(c, 'msisdn')} template=order_on_the_way provider=${R.pick(['46elks', 'sinch'])}`,
        () => `ts=${F.isoZ(t)} level=warn svc=auth msg="otp failed" phone=${d.mob(c, 'e164')} client_ip=${ip} attempts=${R.int(1, 5)}`,
        () => `ts=${F.isoZ(t)} level=info svc=auth msg="login" user_id=${c.uid} email=${d.pm(c, 'log-kv')} client_ip=${ip} app_version=${ver}`,
        () => `ts=${F.isoZ(t)} level=debug svc=courier-match msg="assigned" order_id=${d.nm('order-number', safeNumber(R, 9))} courier_id=${R.pick(couriers).kid} eta_s=${R.int(300, 2400)}`,
        () => `ts=${F.isoZ(t)} level=error svc=payment msg="card declined" user_id=${c.uid} psp_ref=${R.hex(16)} client_ip=${ip}`,
      ));
    }
    d.nm('unspecified-ip', '0.0.0.0');
    d.nm('loopback', '127.0.0.1');
    lines.unshift(`ts=2024-05-17T09:59:58.004Z level=info svc=order-api msg="listening" addr=0.0.0.0:8080 metrics=127.0.0.1:9090 build=5.12.3.377`);
    d.nm('version', '5.12.3.377');
    emit(d, lines.join('\n') + '\n');
  }

  // nginx access log (large)
  {
    const d = new Doc('matleverans/nginx_access.log');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 5, d: 18, h: 11, mi: 0, s: 3 };
    const paths = ['/api/v2/restaurants?lat=59.33&lon=18.06', '/api/v2/orders', '/api/v2/orders/track', '/api/v2/cart', '/api/v2/me', '/api/v2/payments/intent', '/img/menu/8812.webp', '/healthz'];
    const extra = Array.from({ length: 200 }, () => (R.chance(0.7) ? mkIp4(R) : mkIp6(R)));
    for (let i = 0; i < 4200; i++) {
      t = addMin(t, R.int(0, 25) / 60);
      const ip = R.chance(0.5) ? R.pick(custs).ip : R.pick(extra);
      d.ip(ip, ip.includes(':') ? 'ipv6-log' : 'ipv4-log');
      const appv = `5.${R.int(10, 12)}.${R.int(0, 4)}.${R.int(100, 399)}`;
      d.nm('version', appv);
      lines.push(`${ip} - - [${F.clf(t)}] "${R.chance(0.3) ? 'POST' : 'GET'} ${R.pick(paths)} HTTP/2.0" ${R.pick([200, 200, 200, 201, 204, 400, 401, 429, 500])} ${R.int(0, 24000)} "-" "Matbud/${appv} (${R.pick(['iPhone15,2; iOS 17.4.1', 'SM-A546B; Android 14', 'Pixel 7; Android 14', 'iPhone12,1; iOS 16.7.5'])})" ${(R.int(1, 800) / 1000).toFixed(3)}`);
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Support mailbox
  {
    const d = new Doc('matleverans/support_inkorg.mbox');
    const R = d.R;
    const msgs = [];
    for (let i = 0; i < 12; i++) {
      const c = custs[i * 7 + 3];
      const ag = R.pick(agents);
      const t = mkDate(R, 5, 6);
      const oid = d.nm('order-number', safeNumber(R, 9));
      const body = alt(R,
        () => `Hej,\n\nMin beställning ${oid} kom aldrig fram men appen säger levererad. Kuriren hette ${d.nm('lone-first-name', R.pick(couriers).given)} enligt appen. Jag vill ha pengarna tillbaka.\n\n${d.n(c)}\n${d.mob(c, 'dash')}`,
        () => `Hej! Jag fick fel mat på order ${oid}. Kan ni kompensera? Mitt nummer i appen är ${d.mob(c, 'intl')}.\n/${d.n(c, 'lower')}`,
        () => `Hello, I was charged twice for order ${oid}. Please refund one of them. Registered e-mail: ${d.pm(c, 'body')}.\nThanks, ${d.n(c)}`,
      );
      msgs.push({ env: c.emailAddr, t, buf: emlBuild({ boundarySeed: `${d.path}${i}`, headers: { From: who(d, c, c.emailAddr, 'B'), To: roleWho(d, 'Matbud Support', `support@${org.domain}`), Subject: R.pick(['Beställning kom inte', 'Fel mat', 'Double charge', 'Återbetalning']), Date: F.rfc(t), 'Message-ID': msgId(d, 'mail.gmail.com') }, text: body, textEnc: R.pick(['qp', '8bit']) }) });
      const t2 = addMin(t, R.int(20, 600));
      msgs.push({ env: `support@${org.domain}`, t: t2, buf: emlBuild({ boundarySeed: `${d.path}r${i}`, headers: { From: addr(`${d.n(ag)} via Matbud Support`, d.role(`support@${org.domain}`)), To: who(d, c, c.emailAddr, 'B'), Subject: 'SV: Ditt ärende', Date: F.rfc(t2), 'Message-ID': msgId(d, org.domain), 'X-Zendesk-Ticket': d.nm('ticket-number', String(R.int(100000, 999999))) },
        text: `Hej ${d.nm('lone-first-name', c.given)}!\n\nTack för att du hörde av dig. Vi har återbetalat ${d.nm('amount', `${R.int(89, 450)} kr`)} till ditt kort, det syns inom 3–5 bankdagar.\n\nVänliga hälsningar\n${d.nm('lone-first-name', ag.given)}, Matbud kundservice\n${d.tel(org.service, 'dash')}`, textEnc: 'qp' }) });
    }
    emit(d, mboxBuild(msgs));
  }

  // Refunds (comma, UTF-8 BOM)
  {
    const d = new Doc('matleverans/aterbetalningar_maj.csv');
    const R = d.R;
    const rows = [['refund_id', 'order_id', 'customer_name', 'customer_email', 'customer_phone', 'amount_sek', 'reason', 'agent', 'created_at']];
    for (let i = 0; i < 55; i++) {
      const c = R.pick(custs);
      const ag = R.pick(agents);
      rows.push([`R-${R.int(20000, 29999)}`, d.nm('order-number', safeNumber(R, 9)), d.n(c, R.pick(['gf', 'gf', 'lower', 'GF'])), d.pm(c, 'csv'), d.mob(c, 'e164'), d.nm('amount', `${R.int(49, 620)}.00`), R.pick(['missing_item', 'late_delivery', 'not_delivered', 'wrong_order', 'quality']), d.n(ag), F.isoZ(mkDate(R, 5, 5))]);
    }
    emit(d, csvBuild(rows, { sep: ',', bom: true, eol: '\n' }));
  }

  // Courier register (xlsx)
  {
    const d = new Doc('matleverans/kurirregister.xlsx');
    const R = d.R;
    const sh1 = [['Kurir-ID', 'Förnamn', 'Efternamn', 'Personnr/samordningsnr', 'Mobil', 'E-post', 'Fordon', 'Regnr', 'Startdatum']];
    for (const k of couriers.slice(0, 26)) { d.joined(k); sh1.push([k.kid, k.given, k.family, d.pn(k, R.pick(['p12d', 'p12', 'p10d'])), d.mob(k, R.pick(['plain', 'e164', 'dash'])), d.pm(k, 'xlsx'), k.vehicle, k.reg ? d.nm('regnr', k.reg) : '', F.iso(mkDate(R, 1, 5, R.int(2021, 2024)))]); }
    const sh2 = [['Kurir-ID', 'Namn', 'Avslutad', 'Orsak']];
    for (const k of couriers.slice(26)) sh2.push([k.kid, d.n(k, 'f,g'), F.iso(mkDate(R, 1, 5)), R.pick(['Egen begäran', 'Flyttat', 'Inaktiv 90 dagar'])]);
    const sh3 = [['Kurir-ID', 'Utbetalning till', 'Clearing', 'Period']];
    for (const k of couriers.slice(0, 10)) sh3.push([k.kid, R.pick(['Eget konto', 'Eget konto', 'Enskild firma']), d.nm('clearing', `${R.int(3000, 8999)}-${R.int(0, 9)}`), '2024-05']);
    const sh4 = [['Nödkontakt för', 'Namn', 'Telefon']];
    for (const k of couriers.slice(0, 12)) { const e = mkPerson(R, { origin: k.origin }); sh4.push([k.kid, d.n(e), R.chance(0.25) ? d.foreign(R.pick(['47', '49', '90', '45'])) : d.mob(e, 'dash')]); }
    emit(d, await xlsxBuild([{ name: 'Kurirer', rows: sh1 }, { name: 'Avslutade', rows: sh2 }, { name: 'Utbetalning', rows: sh3 }, { name: 'Nödkontakter', rows: sh4 }], { title: 'Kurirregister', creator: 'Matbud Ops' }));
  }

  // Restaurant partners (vCard)
  {
    const d = new Doc('matleverans/restaurangpartners.vcf');
    const R = d.R;
    let out = '';
    for (const r of restaurants) {
      const owner = mkPerson(R, { years: [1960, 1995] });
      const dom = `${translit(r).replace(/[^a-z]/g, '').slice(0, 12)}.se`;
      out += vcard({ n: `${owner.family};${owner.given};;;`, fn: d.n(owner), org: d.nm('company', r), title: 'Ägare', tels: [['CELL', d.mob(owner, R.pick(['intl', 'dash', 'plain']))], ['WORK', d.tel(mkLandline(R, '8'), 'dash')]], emails: R.chance(0.6) ? [d.pm(owner, 'vcard')] : [d.role(`info@${dom}`)] }, { version: R.chance(0.3) ? '2.1' : '3.0' });
    }
    emit(d, out);
  }

  // Security incident note
  {
    const d = new Doc('matleverans/incident_2024-05-21_kontoovertag.txt');
    const R = d.R;
    const atk = ['185.220.101.47', '45.134.26.19', '193.32.162.70'].map((x) => d.ip(x, 'ipv4-attacker'));
    const victims = custs.slice(50, 58);
    const lines = ['INCIDENTRAPPORT – misstänkta kontoövertaganden (credential stuffing)', `Rapporterad av: ${d.n(agents[0])} (${d.mail(agents[0].workEmail, 'txt')}), säkerhetsansvarig ${d.n(agents[1])}`, `Tidpunkt: ${d.nm('timestamp', '2024-05-21 02:14')}–${d.nm('timestamp', '2024-05-21 03:40')} UTC`, '',
      `Inloggningsförsök från ${atk.join(', ')} samt ${d.ip('2a0b:f4c2:2::38', 'ipv6-attacker')} mot /api/v2/auth. WAF version ${d.nm('version', '3.2.0.14')}. Interna noder ${d.ip('10.12.3.21', 'ipv4-private')} och ${d.ip('10.12.3.22', 'ipv4-private')} påverkades ej.`, '', 'Berörda konton (lösenord återställda, kunder kontaktade):'];
    for (const c of victims) lines.push(`- ${d.n(c)} <${d.pm(c, 'txt')}> tel ${d.mob(c, R.pick(['dash', 'e164']))}, senaste legitima IP ${d.ip(c.ip, c.ip.includes(':') ? 'ipv6' : 'ipv4-public')}`);
    lines.push('', `Anmälan till IMY: ${d.nm('case-number', `IMY-2024-${R.int(1000, 9999)}`)}. Kontakt IMY: ${d.role('imy@imy.se')}.`);
    emit(d, lines.join('\n') + '\n');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 8. Real-estate agent: Ståhl & Lind Fastighetsförmedling AB
async function sysMaklare() {
  const S = new Rng('sys:maklare');
  const org = { name: 'Ståhl & Lind Fastighetsförmedling AB', domain: 'stahllind.se', sw: mkLandline(S, '18'), orgnr: orgNumber(S) };
  const agents = [0, 1].map(() => mkStaff(S, org.domain, { cp1252: true, title: 'Fastighetsmäklare', landline: false }));
  const assistant = mkStaff(S, org.domain, { cp1252: true, title: 'Mäklarassistent', ac: '18' });
  const objs = [
    { id: 'SL-2411', addr: 'Kyrkogårdsgatan 12, lgh 1102', town: 'Uppsala', fb: 'Uppsala Kåbo 5:12', kind: 'Bostadsrätt 3 rok', price: 3450000 },
    { id: 'SL-2418', addr: 'Ekbacksvägen 7', town: 'Knivsta', fb: 'Knivsta Alsike 2:431', kind: 'Villa 5 rok', price: 6950000 },
    { id: 'SL-2425', addr: 'Svartbäcksgatan 44B', town: 'Uppsala', fb: 'Uppsala Svartbäcken 14:3', kind: 'Bostadsrätt 2 rok', price: 2295000 },
  ];
  for (const o of objs) {
    o.agent = S.pick(agents);
    o.sellers = [mkPerson(S, { cp1252: true, years: [1945, 1990] })];
    if (S.chance(0.7)) { const s2 = mkPerson(S, { cp1252: true, years: [1945, 1990] }); if (S.chance(0.5)) refam(S, s2, o.sellers[0].family); o.sellers.push(s2); }
    o.viewers = Array.from({ length: 22 }, () => mkPerson(S, { years: [1955, 2002] }));
    o.bidders = S.shuffle(o.viewers.filter((v) => CP1252_OK(`${v.given} ${v.family}`))).slice(0, 4);
  }

  // Viewing lists (xlsx)
  for (const o of objs.slice(0, 2)) {
    const d = new Doc(`maklare/visningslista_${o.id}.xlsx`);
    const R = d.R;
    const half = Math.ceil(o.viewers.length / 2);
    const v1 = [['Namn', 'Telefon', 'E-post', 'Sällskap', 'Intresse', 'Kommentar']];
    for (const v of o.viewers.slice(0, half)) v1.push([d.n(v, R.pick(['gf', 'gf', 'lower'])), d.mob(v, R.pick(['plain', 'dash', 'space'])), R.chance(0.8) ? d.pm(v, 'xlsx') : '', R.int(1, 3), R.pick(['Hög', 'Medel', 'Låg', '']), alt(R, () => '', () => 'Vill ha budpåminnelse', () => `Kommer med ${d.nm('lone-first-name', R.pick(POOLS.sv.f))}`, () => 'Lånelöfte klart')]);
    const v2 = [['Namn', 'Telefon', 'E-post', 'Sällskap', 'Intresse', 'Kommentar']];
    for (const v of o.viewers.slice(half)) v2.push([d.n(v, R.pick(['gf', 'GF'])), d.mob(v, R.pick(['plain', 'dash'])), d.pm(v, 'xlsx'), R.int(1, 3), R.pick(['Hög', 'Medel', 'Låg']), '']);
    const sp = [['Förnamn', 'Efternamn', 'Mobil', 'E-post', 'Källa']];
    for (const v of o.viewers.slice(0, 12)) { d.joined(v); sp.push([v.given, v.family, d.mob(v, 'e164'), d.pm(v, 'xlsx'), R.pick(['Hemnet', 'Booli', 'Skylt', 'Tips'])]); }
    emit(d, await xlsxBuild([{ name: 'Visning 14 april', rows: v1 }, { name: 'Visning 16 april', rows: v2 }, { name: 'Spekulanter', rows: sp }, { name: 'Objekt', rows: [['Objekt', o.id], ['Adress', `${d.nm('street', o.addr.split(' ')[0])} ${o.addr.split(' ').slice(1).join(' ')}`], ['Fastighet', d.nm('property-designation', o.fb)], ['Utgångspris', d.nm('amount', `${thousands(o.price)} kr`)], ['Mäklare', d.n(o.agent)]], header: false }], { title: `Visningslista ${o.id}`, creator: 'Ståhl & Lind' }));
  }

  // Bidding list (PDF)
  for (const o of objs.slice(0, 2)) {
    const d = new Doc(`maklare/budlista_${o.id}.pdf`);
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      doc.font('Helvetica-Bold').fontSize(15).text('Budgivningslista');
      doc.font('Helvetica').fontSize(10).text(`${d.nm('company', org.name)} · ${d.nm('street', o.addr.split(' ')[0])} ${o.addr.split(' ').slice(1).join(' ')}, ${d.nm('town', o.town)} · Fastighet ${d.nm('property-designation', o.fb)}`);
      doc.text(`Säljare: ${o.sellers.map((s) => d.n(s)).join(' och ')}`);
      doc.moveDown();
      const rows = [['Budgivare', 'Namn', 'Telefon', 'Bud (kr)', 'Tidpunkt']];
      let amount = o.price;
      let t = { y: 2024, m: 4, d: 17, h: 9, mi: 12, s: 0 };
      for (let i = 0; i < 11; i++) {
        const b = o.bidders[i % o.bidders.length];
        amount += R.pick([25000, 50000, 50000, 100000]);
        t = addMin(t, R.int(15, 95));
        if (t.h >= 21) t = { ...t, d: t.d + 1, h: 9, mi: R.int(0, 40) };
        rows.push([`Budgivare ${(i % o.bidders.length) + 1}`, d.n(b), d.mob(b, R.pick(['dash', 'plain'])), d.nm('amount', thousands(amount)), d.nm('timestamp', F.dt(t))]);
      }
      pdfTable(doc, rows, [70, 150, 100, 80, 100]);
      doc.moveDown().text(`Köpare: ${d.n(o.bidders[(10) % o.bidders.length])}. Kontrakt skrivs ${d.nm('date', '2024-04-22')}. Ansvarig mäklare ${d.n(o.agent)}, ${d.tel(o.agent.mobile, 'dash')}.`, 56, doc.y, { width: 470 });
    }, { title: `Budlista ${o.id}`, author: org.name }));
  }

  // Bidding SMS log (lower case)
  {
    const d = new Doc('maklare/budgivning_sms_SL-2411.txt');
    const R = d.R;
    const o = objs[0];
    const out = [`sms-logg budgivning ${o.id} ${lowerSv(o.addr)}`, ''];
    d.nm('street', lowerSv(o.addr.split(' ')[0]));
    let amount = o.price;
    let t = { y: 2024, m: 4, d: 17, h: 9, mi: 0, s: 0 };
    for (let i = 0; i < 20; i++) {
      const b = o.bidders[i % o.bidders.length];
      t = addMin(t, R.int(5, 200));
      amount += 25000;
      d.nm('lone-first-name', lowerSv(o.agent.given));
      out.push(R.chance(0.5)
        ? `${F.dt(t)} till ${d.mob(b, 'plain')}: hej! nytt högsta bud ${d.nm('amount', `${thousands(amount)} kr`)} på ${lowerSv(o.addr.split(',')[0])}. svara med ditt bud. /${lowerSv(o.agent.given)}, ${lowerSv(org.name.split(' ')[0])}`
        : `${F.dt(t)} från ${d.mob(b, 'e164')}: ${d.nm('amount', thousands(amount))} /${d.n(b, 'lower')}`);
    }
    emit(d, out.join('\n') + '\n');
    d.nm('company', lowerSv(org.name.split(' ')[0]));
  }

  // Seller information (DOCX)
  for (const o of objs.slice(1, 3)) {
    const d = new Doc(`maklare/objekt_${o.id}_saljaruppgifter.docx`);
    const R = d.R;
    emit(d, await docxBuild(R, {
      title: `Säljaruppgifter ${o.id}`, creator: `${o.agent.given} ${o.agent.family}`,
      header: [`${d.nm('company', org.name)} · Objekt ${o.id} · ${d.nm('street', o.addr.split(' ')[0])} ${o.addr.split(' ').slice(1).join(' ')}`],
      footer: [`${org.name} · Org.nr ${d.nm('org-number', org.orgnr)} · Växel ${d.tel(org.sw, 'dash')} · ${d.role(`info@${org.domain}`)}`],
      blocks: [
        { p: 'Uppdragsavtal – säljaruppgifter', style: 'Heading1' },
        { table: [['Säljare', 'Personnummer', 'Telefon', 'E-post', 'Ägarandel'], ...o.sellers.map((s) => [d.n(s), d.pn(s, R.pick(['p12d', 'p10d'])), d.mob(s, R.pick(['dash', 'intl'])), d.pm(s, 'docx'), o.sellers.length === 2 ? '50 %' : '100 %'])], header: true },
        { p: `Fastighet/lägenhet: ${d.nm('property-designation', o.fb)}, ${o.kind}. Utgångspris ${d.nm('amount', `${thousands(o.price)} kr`)}.` },
        { p: `Flyttstädning med ${d.nm('name-word', 'RUT-avdrag')} ingår inte. Arvode: 1,9 % av köpeskillingen inkl. moms. Faktureras via ${d.nm('bankgiro', bankgiro(R))}.`, comment: { author: `${o.agent.given} ${o.agent.family}`, initials: `${o.agent.given[0]}${o.agent.family[0]}`, text: `Säljarna vill ${d.nm('name-word', 'bo kvar')} till tillträdet och vill inte ha visning söndagar. Nycklar hos grannen ${d.nm('lone-surname', R.pick(POOLS.sv.s))}.` } },
        { p: `Ansvarig mäklare: ${d.n(o.agent)}, ${d.tel(o.agent.mobile, 'dash')}, ${d.mail(o.agent.workEmail, 'docx')}. Assistent: ${d.n(assistant)}, ${d.tel(assistant.work, 'dash')}.` },
      ],
    }));
  }

  // Portal interest notices (comma, BOM)
  {
    const d = new Doc('maklare/intresseanmalningar_hemnet.csv');
    const R = d.R;
    const rows = [['timestamp', 'object_id', 'name', 'email', 'phone', 'message', 'consent']];
    for (const o of objs) for (const v of o.viewers.slice(0, 14)) rows.push([F.isoT(mkDate(R, 3, 4)), o.id, d.n(v, R.pick(['gf', 'gf', 'lower', 'GF'])), d.pm(v, 'csv'), R.chance(0.8) ? d.mob(v, R.pick(['plain', 'dash', 'intl', 'e164'])) : '', R.pick(['Vill boka visning', 'Finns det förråd?', 'Är avgiften inkl. bredband?', 'Vi kommer på visningen', '']), 'true']);
    emit(d, csvBuild(rows, { sep: ',', bom: true, eol: '\r\n' }));
  }

  // Viewing calendar (ICS)
  {
    const d = new Doc('maklare/visningar_april.ics');
    const R = d.R;
    const ev = objs.map((o, i) => ({ uid: d.nm('ics-uid', `vis-${o.id}-${R.hex(6)}@stahllind.se`), organizer: { cn: d.n(o.agent), email: d.mail(o.agent.workEmail, 'ics-organizer') },
      attendees: o.viewers.slice(0, 8).map((v) => ({ cn: d.n(v), email: d.pm(v, 'ics-attendee'), role: 'OPT-PARTICIPANT' })),
      summary: `Visning ${o.id} ${o.addr.split(',')[0]}`, description: `Visning av ${o.kind}. Säljare: ${o.sellers.map((s) => d.n(s)).join(' & ')}.\nMäklare ${d.n(o.agent)} ${d.tel(o.agent.mobile, 'intl')}.`,
      start: F.ics({ y: 2024, m: 4, d: 14 + i, h: 13, mi: 0, s: 0 }), end: F.ics({ y: 2024, m: 4, d: 14 + i, h: 14, mi: 0, s: 0 }), location: `${o.addr}, ${o.town}` }));
    objs.forEach((o) => d.nm('street', o.addr.split(' ')[0]));
    emit(d, icsBuild(ev));
  }

  // Draft purchase contract (RTF)
  {
    const d = new Doc('maklare/kopekontrakt_utkast_SL-2411.rtf');
    const R = d.R;
    const o = objs[0];
    const buyer = o.bidders[10 % o.bidders.length];
    const buyer2 = mkPerson(R, { years: [1960, 2000] });
    emit(d, rtfBuild([
      [{ b: 'ÖVERLÅTELSEAVTAL – BOSTADSRÄTT (utkast)' }],
      `Säljare: ${o.sellers.map((s) => `${d.n(s)} (${d.pn(s, 'p12d')})`).join(' och ')}`,
      `Köpare: ${d.n(buyer)} (${d.pn(buyer, R.pick(['p12d', 'p10d']))}) och ${d.n(buyer2)} (${d.pn(buyer2, 'p10d')})`,
      `Lägenhet: ${d.nm('street', 'Kyrkogårdsgatan')} 12, lgh 1102, i ${d.nm('company', 'Brf Kåbohöjden')} (org.nr ${d.nm('org-number', orgNumber(R, '769'))}).`,
      `Köpeskilling: ${d.nm('amount', `${thousands(o.price + 350000)} kronor`)}. Handpenning 10 % erläggs till mäklarens klientmedelskonto, bankgiro ${d.nm('bankgiro', bankgiro(R))}.`,
      `Tillträde: ${d.nm('date', '2024-06-28')}.`, `Köparnas kontaktuppgifter: ${d.mob(buyer, 'dash')}, ${d.pm(buyer, 'rtf')}.`, '',
      `Mäklare: ${d.n(o.agent)}, ${org.name}, ${d.tel(o.agent.mobile, 'dash')}`,
    ], { author: `${o.agent.given} ${o.agent.family}` }));
  }

  // Prospect register (HTML)
  {
    const d = new Doc('maklare/spekulantregister.html');
    const R = d.R;
    const all = objs.flatMap((o) => o.viewers.slice(8, 18).map((v) => [o, v]));
    emit(d, `<html><head><meta charset="utf-8"><title>Spekulantregister</title></head><body>
<h1>Spekulantregister – ${htmlEnt(d.nm('company', org.name))}</h1>
<table border="1" cellpadding="3"><tr><th>Objekt</th><th>Namn</th><th>Telefon</th><th>E-post</th><th>Söker</th></tr>
${all.map(([o, v]) => `<tr><td>${o.id}</td><td>${htmlEnt(d.n(v, R.pick(['gf', 'f,g'])))}</td><td>${d.mob(v, R.pick(['dash', 'plain', 'space']))}</td><td><a href="mailto:${d.pm(v, 'mailto')}">${htmlEnt(v.emailAddr)}</a></td><td>${R.pick(['2–3 rok Uppsala', 'Villa Knivsta', 'Radhus', '1 rok centralt'])}</td></tr>`).join('\n')}
</table>
<p>Uppdaterad av ${htmlEnt(d.n(assistant))}. Frågor: <a href="mailto:${d.role(`uppsala@${org.domain}`)}">Kontoret Uppsala</a>, ${d.tel(org.sw, 'paren')}</p>
</body></html>`);
  }

  // Access information mail to buyers, with PDF
  {
    const d = new Doc('maklare/tilltrade_SL-2418.eml');
    const R = d.R;
    const o = objs[1];
    const buyer = o.bidders[0];
    const info = await pdfBuild((doc) => {
      pdfLetter(doc, { head: d.nm('company', org.name), headSub: [`Växel ${d.tel(org.sw, 'dash')}`], to: [d.n(buyer)], date: d.nm('date', '2024-05-30'), subject: `Tillträde ${d.nm('street', 'Ekbacksvägen')} 7, ${d.nm('town', 'Knivsta')}`,
        body: [`Tillträdet sker ${d.nm('date', '2024-06-14')} kl 10:00 på ${d.nm('company', 'Handelsbanken Knivsta')}. Ta med legitimation.`, `Säljarna ${o.sellers.map((s) => d.n(s)).join(' och ')} lämnar över nycklar och pärm med garantier.`, `Elavtal: anmäl flytt till ${d.nm('company', 'Vattenfall')} senast två veckor innan.`],
        sign: ['Vänliga hälsningar', d.n(o.agent), 'Reg. fastighetsmäklare', d.tel(o.agent.mobile, 'dash')] });
    }, { title: 'Tillträde', author: org.name });
    emit(d, emlBuild({ boundarySeed: d.path, headers: { From: who(d, o.agent, o.agent.workEmail), To: who(d, buyer, buyer.emailAddr, 'B'), Cc: o.sellers.map((s) => who(d, s, s.emailAddr, 'Q')).join(', '), Subject: encWord('Tillträde Ekbacksvägen 7 – information'), Date: F.rfc({ y: 2024, m: 5, d: 30, h: 14, mi: 5, s: 51 }), 'Message-ID': msgId(d, org.domain) },
      text: `Hej ${d.nm('lone-first-name', buyer.given)}!\n\nBifogar information inför tillträdet. Hör av dig om något är oklart.\n\n${sig(d, o.agent, org)}`, textEnc: 'qp', attachments: [{ filename: 'tilltrade_info.pdf', type: 'application/pdf', data: info }] }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 9. Library friends' association and library patrons: Vallby Biblioteksvänner / Vallby bibliotek
async function sysForening() {
  const S = new Rng('sys:forening');
  const org = { name: 'Föreningen Vallby Biblioteksvänner', short: 'Biblioteksvännerna', domain: 'biblioteksvannerna-vallby.se', pg: plusgiro(S), bg: bankgiro(S), orgnr: orgNumber(S, '802') };
  const members = Array.from({ length: 110 }, (_, i) => { const p = mkPerson(S, { years: [1932, 2006] }); p.mno = 1001 + i; p.addr = mkAddr(S); p.paid = S.chance(0.8); return p; });
  const board = members.slice(0, 7);
  const roles = ['Ordförande', 'Vice ordförande', 'Kassör', 'Sekreterare', 'Ledamot', 'Ledamot', 'Suppleant'];

  // Membership register (.ods, several sheets)
  {
    const d = new Doc('forening/medlemsregister_2024.ods');
    const R = d.R;
    const m1 = [['Medlemsnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Adress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Betalt 2024']];
    for (const p of members) {
      d.joined(p);
      m1.push([p.mno, p.given, p.family, R.chance(0.6) ? d.pn(p, R.pick(['p12d', 'p10d', 'p12'])) : '', `${d.nm('street', p.addr.street)} ${p.addr.no}`, d.nm('postcode', p.addr.pc), p.addr.town,
        R.chance(0.85) ? (p.y < 1950 && R.chance(0.6) ? d.tel(mkLandline(R, '8'), R.pick(['dash', 'paren', 'slash'])) : d.mob(p, R.pick(['dash', 'plain', 'space']))) : '', R.chance(0.7) ? d.pm(p, 'ods') : '', p.paid ? 'Ja' : 'Nej']);
    }
    const m2 = [['Roll', 'Namn', 'Telefon', 'E-post', 'Vald t.o.m.']];
    board.forEach((p, i) => m2.push([roles[i], d.n(p), d.mob(p, 'dash'), d.pm(p, 'ods'), `Årsmötet ${R.pick([2025, 2026])}`]));
    const m3 = [['Medlemsnr', 'Belopp', 'Betaldatum', 'OCR/referens', 'Kanal']];
    for (const p of members.filter((x) => x.paid).slice(0, 60)) m3.push([p.mno, R.pick([150, 150, 250, 75]), F.iso(mkDate(R, 1, 4)), d.nm('ocr', ocrNumber(R, R.pick([8, 10, 12]))), R.pick(['Plusgiro', 'Swish', 'Kontant'])]);
    const m4 = [['Händelse', 'Datum', 'Ansvarig']];
    m4.push(['Bokloppis', '2024-05-18', d.n(board[4])], ['Författarbesök', '2024-10-03', d.n(board[3])], ['Årsmöte', '2024-03-12', d.n(board[0])]);
    emit(d, await odfBuild(d, 'ods', odsTable('Medlemmar', m1) + odsTable('Styrelse', m2) + odsTable('Avgifter', m3) + odsTable('Aktiviteter', m4), { title: 'Medlemsregister 2024', creator: org.short }));
  }

  // Library patron export (XML)
  {
    const d = new Doc('forening/bibliotek_lantagare_export.xml');
    const R = d.R;
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', '<patrons xmlns="urn:example:library:patrons:1" library="Vallby bibliotek" generated="2024-10-14T06:00:00+02:00">'];
    for (const p of members.slice(20, 80)) {
      const card = `2${R.digits(13)}`;
      L.push(`  <patron cardNumber="${d.nm('library-card', card)}" category="${p.y > 2006 ? 'BARN' : 'VUXEN'}">`, `    <name>${xe(d.n(p, R.pick(['f,g', 'f,g', 'gf'])))}</name>`, `    <ssn>${d.pn(p, R.pick(['p12', 'p12d']))}</ssn>`,
        ...(R.chance(0.06) ? [`    <ssnUnverified>${d.nm(R.chance(0.5) ? 'pnr-bad-date' : 'pnr-serial-000', R.chance(0.5) ? badDatePnr(R) : serial000Pnr(R))}</ssnUnverified>`] : []),
        ...(R.chance(0.8) ? [`    <email>${d.pm(p, 'xml')}</email>`] : []), `    <phone>${d.mob(p, R.pick(['plain', 'e164', 'dash']))}</phone>`, `    <loans active="${R.int(0, 8)}" overdue="${R.int(0, 2)}"/>`, `    <lastVisit>${F.isoT(mkDate(R, 6, 10))}</lastVisit>`, '  </patron>');
    }
    L.push('</patrons>');
    emit(d, L.join('\n') + '\n');
  }

  // Notice of annual meeting (ODT)
  {
    const d = new Doc('forening/kallelse_arsmote_2025.odt');
    const R = d.R;
    emit(d, await odfBuild(d, 'odt', odtBody([
      { h: `Kallelse till årsmöte – ${d.nm('company', org.name)}` },
      { p: `Tid: ${d.nm('date', 'tisdag 11 mars 2025')} kl 18.30. Plats: Vallby bibliotek, ${d.nm('street', 'Selma Lagerlöfs väg')} 2.` },
      { p: 'Dagordning enligt stadgarna. Motioner ska vara styrelsen tillhanda senast 1 februari.' },
      { h: 'Styrelsen 2024', level: 2 },
      { table: board.map((p, i) => [roles[i], d.n(p), d.mob(p, 'dash')]) },
      { p: ['Valberedningen: ', { b: d.n(members[9]) }, ` (sammankallande), ${d.mob(members[9], 'space')} och ${d.n(members[10])}.`] },
      { p: `Medlemsavgift 2025: 150 kr (familj 250 kr) till plusgiro ${d.nm('plusgiro', org.pg)} eller bankgiro ${d.nm('bankgiro', org.bg)}. Ange medlemsnummer. Från utlandet: IBAN ${d.nm('iban', iban(R))}, BIC SWEDSESS.` },
      { p: `Frågor: ${d.role(`styrelsen@${org.domain}`)} · Org.nr ${d.nm('org-number', org.orgnr)}` },
      { p: `Välkomna! ${d.n(board[0])}, ordförande` },
    ]), { title: 'Kallelse årsmöte', creator: org.short }));
  }

  // Members as vCards
  {
    const d = new Doc('forening/medlemmar_kontakter.vcf');
    const R = d.R;
    let out = '';
    for (const p of members.slice(0, 25)) out += vcard({ n: `${p.family};${p.given};;;`, fn: d.n(p), org: d.nm('company', org.short), tels: [['CELL', d.mob(p, R.pick(['intl', 'dash', 'plain', 'e164']))]], emails: R.chance(0.8) ? [d.pm(p, 'vcard')] : [], bday: R.chance(0.3) ? d.nm('date', F.iso({ y: p.y, m: p.m, d: p.d })) : undefined }, { version: R.chance(0.25) ? '2.1' : '3.0' });
    emit(d, out);
  }

  // Membership fees as Excel "Unicode text" (UTF-16LE, tab)
  {
    const d = new Doc('forening/medlemsavgifter_2024_unicode.txt');
    const R = d.R;
    const rows = [['Medlemsnr', 'Namn', 'Belopp', 'Datum', 'Betalsätt', 'Avsändare Swish']];
    for (const p of members.filter((x) => x.paid).slice(30, 75)) {
      const swish = R.chance(0.5);
      rows.push([String(p.mno), d.n(p, R.pick(['fg', 'gf', 'F,G'])), d.nm('amount', R.pick(['150,00', '250,00', '75,00'])), F.iso(mkDate(R, 1, 5)), swish ? 'Swish' : 'Plusgiro', swish ? d.mob(p, R.pick(['e164', 'plain'])) : '']);
    }
    emit(d, csvBuild(rows, { sep: '\t', encoding: 'utf16le', eol: '\r\n' }));
  }

  // Newsletter send log (postfix maillog)
  {
    const d = new Doc('forening/nyhetsbrev_maillog.log');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 10, d: 1, h: 19, mi: 0, s: 2 };
    const relays = { 'gmail.com': ['gmail-smtp-in.l.google.com', '142.250.74.27'], 'hotmail.com': ['hotmail-com.olc.protection.outlook.com', '52.101.68.12'], 'outlook.com': ['outlook-com.olc.protection.outlook.com', '52.101.73.5'], default: ['mx.example-isp.se', '194.17.13.40'] };
    const client = d.ip('10.0.0.12', 'ipv4-private-log');
    for (const p of members.slice(0, 90)) {
      t = addMin(t, R.int(1, 30) / 60);
      const qid = R.alnum(10, '0123456789ABCDEF');
      const dom = p.emailAddr.split('@')[1];
      const [rh, rip] = relays[dom] ?? relays.default;
      d.ip(rip, 'ipv4-relay');
      lines.push(`${F.syslog(t)} mail postfix/smtpd[${R.int(1000, 30000)}]: ${qid}: client=unknown[${client}]`);
      lines.push(`${F.syslog(t)} mail postfix/cleanup[${R.int(1000, 30000)}]: ${qid}: message-id=<${d.nm('message-id', `nyhetsbrev-okt.${R.hex(8)}@${org.domain}`)}>`);
      lines.push(`${F.syslog(t)} mail postfix/qmgr[811]: ${qid}: from=<${d.role(`nyhetsbrev@${org.domain}`)}>, size=${R.int(18000, 26000)}, nrcpt=1 (queue active)`);
      lines.push(`${F.syslog(t)} mail postfix/smtp[${R.int(1000, 30000)}]: ${qid}: to=<${d.pm(p, 'maillog')}>, relay=${rh}[${rip}]:25, delay=${(R.int(2, 90) / 10).toFixed(1)}, dsn=2.0.0, status=${R.chance(0.95) ? 'sent (250 2.0.0 OK)' : 'deferred (450 4.2.1 try again later)'}`);
    }
    emit(d, lines.join('\n') + '\n');
  }

  // Book circle sign-up form submissions (HTML)
  {
    const d = new Doc('forening/bokcirkel_anmalningar.html');
    const R = d.R;
    const subs = members.slice(80, 100);
    emit(d, `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Anmälningar bokcirkel</title></head><body>
<h2>Anmälningar – bokcirkeln &quot;Nordiska deckare&quot; hösten 2024</h2>
<p>Cirkelledare: ${htmlEnt(d.n(board[5]))} (<a href="mailto:${d.pm(board[5], 'mailto')}">${board[5].emailAddr}</a>). Vi läser bland annat Stieg Larsson och Camilla Läckberg.</p>
<ol>
${subs.map((p) => `<li><strong>${htmlEnt(d.n(p, R.pick(['gf', 'gf', 'lower'])))}</strong> – <a href="mailto:${d.pm(p, 'mailto')}">${htmlEnt(p.emailAddr)}</a>, tel ${d.mob(p, R.pick(['dash', 'plain']))}. Medlemsnr ${d.nm('membership-number', String(p.mno))}. ${R.pick(['', 'Vill gärna ha dagtid.', 'Har ingen e-post i vanliga fall, ring hellre.', 'Kommer med min granne.'])}</li>`).join('\n')}
</ol>
<p>Skicka frågor till <a href="mailto:${d.role(`bokcirkel@${org.domain}`)}">bokcirkel@${org.domain}</a>.</p>
</body></html>`);
    d.nm('author-name', 'Stieg Larsson');
    d.nm('author-name', 'Camilla Läckberg');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 10. Parish and its charity fund: Vallby församling
async function sysKyrka() {
  const S = new Rng('sys:kyrka');
  const org = { name: 'Vallby församling', domain: 'svenskakyrkan-vallby.se', sw: mkLandline(S, '8'), pg: '90 01 23-4', bg: bankgiro(S), orgnr: orgNumber(S, '252') };
  const priest = mkStaff(S, org.domain, { cp1252: true, title: 'Kyrkoherde', ac: '8', years: [1960, 1980] });
  const deacon = mkStaff(S, org.domain, { cp1252: true, title: 'Diakon', landline: false });
  const admin = mkStaff(S, org.domain, { cp1252: true, title: 'Församlingsassistent', ac: '8' });
  const members = Array.from({ length: 90 }, () => { const p = mkPerson(S, { years: [1919, 2004] }); p.addr = mkAddr(S); return p; });
  const donors = Array.from({ length: 60 }, () => { const p = mkPerson(S, { cp1252: true, years: [1925, 1998] }); p.addr = mkAddr(S); return p; });

  // Member register (xlsx): caps names, old people, choirs with split names, volunteers
  {
    const d = new Doc('kyrka/medlemsregister_utdrag.xlsx');
    const R = d.R;
    const sh1 = [['Namn', 'Personnummer', 'Adress', 'Postadress', 'Telefon', 'Medlem sedan']];
    for (const p of members.slice(0, 70)) sh1.push([d.n(p, R.pick(['F,G', 'F,G', 'FG', 'f,g'])), d.pn(p, R.pick(['p12d', 'p12d', 'p10d', 'p10plus', 'p12'])), `${d.nm('street', upperSv(p.addr.street))} ${p.addr.no}`, `${d.nm('postcode', p.addr.pc)} ${upperSv(p.addr.town)}`, R.chance(0.5) ? d.tel(R.chance(0.5) ? p.mobile : mkLandline(R, '8'), R.pick(['dash', 'plain', 'paren'])) : '', String(R.int(1950, 2020))]);
    const sh2 = [['Kör', 'Förnamn', 'Efternamn', 'Stämma', 'Mobil', 'E-post']];
    for (const p of members.slice(40, 64)) { d.joined(p); sh2.push([R.pick(['Kyrkokören', 'Gospelkören', 'Barnkören Stjärnan']), p.given, p.family, R.pick(['Sopran', 'Alt', 'Tenor', 'Bas']), d.mob(p, R.pick(['dash', 'plain'])), R.chance(0.7) ? d.pm(p, 'xlsx') : '']); }
    const sh3 = [['Volontär', 'Uppdrag', 'Telefon', 'Kontaktperson']];
    for (const p of members.slice(70, 86)) sh3.push([d.n(p), R.pick(['Kyrkkaffe', 'Söndagsskola', 'Besöksgrupp', 'Second hand', 'Läxhjälp']), d.mob(p, 'dash'), d.n(deacon)]);
    emit(d, await xlsxBuild([{ name: 'Medlemmar', rows: sh1 }, { name: 'Körer', rows: sh2 }, { name: 'Volontärer', rows: sh3 }], { title: 'Medlemsregister', creator: 'Vallby församling' }));
  }

  // Donation thank-you letters (PDF)
  for (const p of donors.slice(0, 3)) {
    const d = new Doc(`kyrka/gavobrev/tack_${p.pnr12.slice(2, 8)}.pdf`);
    emit(d, await pdfBuild((doc) => {
      const R = d.R;
      const [a1, a2] = adr(d, p.addr, { oneLine: false });
      const amount = R.pick(['200 kr', '500 kr', '1 000 kr', '2 500 kr']);
      pdfLetter(doc, { head: d.nm('company', org.name), headSub: [`Diakonifonden · Plusgiro ${d.nm('plusgiro', org.pg)} · Bankgiro ${d.nm('bankgiro', org.bg)}`], to: [d.n(p), a1, a2], date: d.nm('date', F.sv(mkDate(R, 9, 10))),
        subject: 'Tack för din gåva!',
        body: [`Kära ${d.n(p)},`, `Tack för din gåva på ${d.nm('amount', amount)} till Vallby församlings diakonifond. Din gåva går till matkassar och stöd till familjer i ${d.nm('town', 'Vallby')} inför vintern.`,
          `Eftersom du har angett ditt personnummer (${d.pn(p, R.pick(['p12d', 'p10d']))}) rapporterar vi gåvan till Skatteverket för skattereduktion.`, `Vill du inte längre få brev från oss? Ring ${d.tel(admin.work, 'dash')} eller mejla oss:`, d.role(`diakonifonden@${org.domain}`)],
        sign: ['Med varma hälsningar', d.n(priest), priest.title], footer: `${org.name} · Org.nr ${d.nm('org-number', org.orgnr)} · ${d.tel(org.sw, 'dash')}` });
    }, { title: 'Tack för din gåva', author: org.name }));
  }

  // Donation thank-you letters (DOCX)
  for (const p of donors.slice(3, 5)) {
    const d = new Doc(`kyrka/gavobrev/tack_${p.pnr12.slice(2, 8)}.docx`);
    const R = d.R;
    const spouse = mkPerson(R, { cp1252: true, years: [p.y - 4, p.y + 4] });
    refam(R, spouse, p.family);
    emit(d, await docxBuild(R, {
      title: 'Tackbrev', creator: `${admin.given} ${admin.family}`,
      header: [`${d.nm('company', org.name)} – Diakonifonden`], footer: [`${d.nm('street', 'Kyrkvägen')} 1 · ${d.tel(org.sw, 'dash')} · Plusgiro ${d.nm('plusgiro', org.pg)} · ${d.role(`expedition@${org.domain}`)}`],
      blocks: [
        { p: `${d.n(p)} och ${d.n(spouse)}` }, { p: adr(d, p.addr) }, { p: '' },
        { p: `Kära ${d.nm('lone-first-name', p.given)} och ${d.nm('lone-first-name', spouse.given)}!`, style: 'Heading2' },
        { p: `Varmt tack för er minnesgåva till diakonifonden till minne av ${d.n(mkPerson(R, { years: [1930, 1950] }))}. Gåvan på ${d.nm('amount', R.pick(['300 kr', '500 kr', '1 500 kr']))} har registrerats ${d.nm('date', F.iso(mkDate(R, 8, 10)))}.`, comment: { author: `${admin.given} ${admin.family}`, initials: `${admin.given[0]}${admin.family[0]}`, text: 'Minnesblad skickat till de anhöriga. Kolla adressen i KyrkA.' } },
        { table: [['Givare', 'Belopp', 'Referens'], [d.n(p, 'f,g'), d.nm('amount', '500 kr'), d.nm('ocr', ocrNumber(R, 8))]], header: true },
        { p: 'Med vänlig hälsning' }, { p: `${d.n(admin)}, ${admin.title}, ${d.tel(admin.work, 'dash')}` },
      ],
    }));
  }

  // Donations (semicolon, cp1252)
  {
    const d = new Doc('kyrka/gavor_2024.csv');
    const R = d.R;
    const rows = [['Datum', 'Givare', 'Personnummer', 'Belopp', 'Kanal', 'Swishnummer', 'Meddelande', 'Gåvobrev']];
    for (let i = 0; i < 80; i++) {
      const p = R.pick(donors);
      const kanal = R.pick(['Swish', 'Swish', 'Plusgiro', 'Bankgiro', 'Kollekt-app']);
      rows.push([F.iso(mkDate(R, 1, 10)), d.n(p, R.pick(['fg', 'gf', 'F,G'])), R.chance(0.5) ? d.pn(p, R.pick(['p12d', 'p10d', 'p12'])) : '', d.nm('amount', `${R.pick([100, 200, 250, 500, 1000, 2000])},00`), kanal, kanal === 'Swish' ? d.mob(p, R.pick(['plain', 'dash'])) : '', R.pick(['Gåva', 'Till diakonin', 'Minnesgåva', 'Julinsamling', '']), R.chance(0.3) ? 'Ja' : '']);
    }
    emit(d, csvBuild(rows, { sep: ';', encoding: 'win1252', eol: '\r\n' }));
  }

  // Volunteers (HTML)
  {
    const d = new Doc('kyrka/volontarer_schema.html');
    const R = d.R;
    const vols = members.slice(70, 86);
    emit(d, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Volont&auml;rschema</title></head><body>
<h1>Volont&auml;rschema h&ouml;sten 2024</h1>
<p>Samordnare: ${htmlEnt(d.n(deacon))}, diakon, ${d.tel(deacon.work, 'dash')}, <a href="mailto:${d.mail(deacon.workEmail, 'mailto')}">${deacon.workEmail}</a></p>
<table border="1"><tr><th>Vecka</th><th>Kyrkkaffe</th><th>Telefon</th><th>Bes&ouml;ksgrupp</th><th>Telefon</th></tr>
${Array.from({ length: 12 }, (_, i) => { const a = vols[i % vols.length]; const b = vols[(i + 5) % vols.length]; return `<tr><td>${36 + i}</td><td>${htmlEnt(d.n(a))}</td><td>${d.mob(a, 'dash')}</td><td>${htmlEnt(d.n(b))}</td><td>${d.mob(b, 'plain')}</td></tr>`; }).join('\n')}
</table>
<p>Vid f&ouml;rhinder: ring expeditionen ${d.tel(org.sw, 'dash')} eller mejla <a href="mailto:${d.role(`expedition@${org.domain}`)}">expeditionen</a>.</p>
<p>${htmlEnt(d.nm('name-word', 'Inga'))} byten utan att meddela samordnaren, tack!</p>
</body></html>`);
  }

  // Volunteer meeting mail with ICS
  {
    const d = new Doc('kyrka/volontarmote_inbjudan.eml');
    const R = d.R;
    const vols = members.slice(70, 80);
    const ics = icsBuild([{ uid: d.nm('ics-uid', `volmote-${R.hex(8)}@svenskakyrkan-vallby.se`), organizer: { cn: d.n(deacon), email: d.mail(deacon.workEmail, 'ics-organizer') }, attendees: vols.filter((v) => R.chance(0.8)).map((v) => ({ cn: d.n(v), email: d.pm(v, 'ics-attendee') })),
      summary: 'Volontärträff med fika', description: `Vi planerar julmarknaden. Anmäl kost till ${d.n(admin)}, ${d.tel(admin.work, 'dash')}.`, start: '20241106T180000', end: '20241106T200000', location: 'Församlingshemmet' }]);
    emit(d, emlBuild({ boundarySeed: d.path, headers: { From: who(d, deacon, deacon.workEmail), To: roleWho(d, 'Volontärer Vallby', `volontarer@${org.domain}`), Bcc: undefined, Subject: encWord('Inbjudan: volontärträff 6 november'), Date: F.rfc({ y: 2024, m: 10, d: 10, h: 11, mi: 3, s: 17 }), 'Message-ID': msgId(d, org.domain) },
      text: `Hej alla volontärer!\n\nVälkomna på träff onsdag 6 november kl 18. Kalenderinbjudan bifogas.\nSärskilt tack till ${d.n(vols[0])} och ${d.n(vols[1])} för insatsen på skördefesten!\n\nFrid och allt gott\n${d.n(deacon)}\nDiakon, ${d.nm('company', org.name)}\n${d.tel(deacon.work, 'intl')}`, textEnc: 'qp',
      attachments: [{ filename: 'invite.ics', type: 'text/calendar; method=REQUEST; charset=UTF-8', data: ics }] }));
  }

  // Baptism bookings, lower-case notes
  {
    const d = new Doc('kyrka/dopbokningar_hosten.txt');
    const R = d.R;
    const out = ['dopbokningar hösten 2024 (expeditionen)', ''];
    for (let i = 0; i < 14; i++) {
      const child = mkPerson(R, { years: [2024, 2024] });
      child.y = 2024; child.m = R.int(1, 8);
      const mom = mkPerson(R, { origin: child.origin, gender: 'f', years: [1985, 1998] });
      const dad = mkPerson(R, { gender: 'm', years: [1982, 1997] });
      if (R.chance(0.6)) { refam(R, mom, child.family); refam(R, dad, child.family); }
      const t = mkDate(R, 9, 12);
      d.nm('lone-first-name', lowerSv(priest.given));
      out.push(`${F.iso(t)} kl ${R.pick(['11', '13', '14'])}:00 dop av ${d.n(child, 'lower')}, född ${d.nm('date', `${R.int(1, 28)}/${child.m}`)}. föräldrar ${d.n(mom, 'lower')} och ${d.n(dad, 'lower')}, tel ${d.mob(mom, R.pick(['plain', 'dash']))}. präst: ${lowerSv(priest.given)}. ${R.pick(['gudföräldrar anmälda', 'önskar psalm 197', 'dopkaka i församlingshemmet', 'tolk: tigrinja'])}.`);
    }
    out.push('', `obs! ${d.nm('name-word', 'sten')}trappan vid sakristian är hal – ställ skylt.`, `frågor: ${d.n(admin, 'lower')} ${d.tel(admin.work, 'dash')}`);
    emit(d, out.join('\n') + '\n');
  }

  // Swish donations (NDJSON)
  {
    const d = new Doc('kyrka/insamling_swish_export.ndjson');
    const R = d.R;
    const lines = [];
    let t = { y: 2024, m: 12, d: 1, h: 10, mi: 0, s: 0 };
    for (let i = 0; i < 120; i++) {
      t = addMin(t, R.int(2, 500));
      const p = R.chance(0.6) ? R.pick(donors) : R.pick(members);
      lines.push(JSON.stringify({ paymentReference: R.hex(32).toUpperCase(), payeeAlias: d.nm('swish-number', '1236789012'), payerAlias: d.mob(p, 'msisdn'), payerName: d.n(p, R.pick(['gf', 'GF'])), amount: `${R.pick([50, 100, 200, 300, 500])}.00`, currency: 'SEK', message: R.pick(['Julkollekt', 'Gåva', 'Till diakonin', 'Musikhjälpen', '']), datePaid: F.isoT(t), status: 'PAID' }));
    }
    emit(d, lines.join('\n') + '\n');
  }
}

const SYSTEMS = [sysRekrytering, sysHr, sysBil, sysResa, sysSkola, sysBank, sysMat, sysMaklare, sysForening, sysKyrka];

// ---------------------------------------------------------------------------------------------------------------
// Self-check: decode every written file independently of how it was written, then verify the labels.
const NAMED_ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', uuml: 'ü', copy: '©', middot: '·', ndash: '–' };
const entDecode = (s) => s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e) => {
  if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return NAMED_ENT[e] ?? m;
});
function decodeText(buf) {
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'win1252');
  }
}
function ooxmlText(x) {
  return entDecode(x.replace(/<\/w:p>|<w:br\/>|<\/si>|<\/c>|<\/row>|<\/text:p>|<\/text:h>|<text:line-break\/>/g, '\n')
    .replace(/<w:tab\/>|<\/w:tc>|<\/table:table-cell>|<text:tab\/>/g, '\t').replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, ''));
}
function rtfDecode(s) {
  let out = '';
  let i = 0;
  let depth = 0;
  let skip = -1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '{') {
      depth++;
      if (skip < 0 && /^\\(\*|fonttbl|colortbl|stylesheet|info)/.test(s.slice(i + 1, i + 12))) skip = depth;
      i++;
      continue;
    }
    if (ch === '}') { if (depth === skip) skip = -1; depth--; i++; continue; }
    if (ch === '\\') {
      const nx = s[i + 1];
      if (nx === '\\' || nx === '{' || nx === '}') { if (skip < 0) out += nx; i += 2; continue; }
      if (nx === "'") { if (skip < 0) out += iconv.decode(Buffer.from([parseInt(s.slice(i + 2, i + 4), 16)]), 'win1252'); i += 4; continue; }
      const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(s.slice(i, i + 40));
      if (m) {
        i += m[0].length;
        if (skip < 0) {
          if (m[1] === 'par' || m[1] === 'line') out += '\n';
          else if (m[1] === 'tab') out += '\t';
          else if (m[1] === 'u') { let c = Number(m[2]); if (c < 0) c += 65536; out += String.fromCharCode(c); i += 1; }
        }
        continue;
      }
      i += 2;
      continue;
    }
    if (ch !== '\r' && ch !== '\n' && skip < 0) out += ch;
    i++;
  }
  return out;
}
function qpDecodeBytes(s) {
  const t = s.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) { bytes.push(parseInt(t.slice(i + 1, i + 3), 16)); i += 2; } else bytes.push(t.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}
function decodeWords(s) {
  return s.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (m, cs, how, data) => {
    const bytes = how.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpDecodeBytes(data.replace(/_/g, ' '));
    return iconv.decode(bytes, cs);
  });
}
function calText(raw) {
  const unfolded = raw.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/).map((l) => {
    if (/ENCODING=QUOTED-PRINTABLE/i.test(l)) {
      const at = l.indexOf(':');
      return `${l.slice(0, at)}:${qpDecodeBytes(l.slice(at + 1)).toString('utf8')}`;
    }
    return l;
  });
  return lines.join('\n').replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
}
function jsonStrings(text) {
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); walk(x); }
  };
  try {
    walk(JSON.parse(text));
  } catch {
    for (const line of text.split('\n')) if (line.trim()) walk(JSON.parse(line));
  }
  return out.join('\n');
}
const htmlStrip = (s) => entDecode(s.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<\/?(b|i|em|strong|span|a|u|small|font)\b[^>]*>/gi, '').replace(/<[^>]+>/g, '\n'));

async function parseMime(buf, out) {
  const raw = buf.toString('latin1');
  const m = /\r?\n\r?\n/.exec(raw);
  const headRaw = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const head = headRaw.replace(/\r?\n[ \t]+/g, ' ');
  const headUtf = Buffer.from(head, 'latin1').toString('utf8');
  out.canon.push(decodeWords(headUtf));
  out.views.push(headUtf);
  const hv = (name) => { const r = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head); return r ? r[1] : ''; };
  const ctype = hv('Content-Type');
  const cte = hv('Content-Transfer-Encoding').toLowerCase().trim();
  const boundary = /boundary="?([^";]+)"?/i.exec(ctype)?.[1];
  if (/^multipart\//i.test(ctype) && boundary) {
    const parts = body.split(`--${boundary}`);
    for (const p of parts.slice(1)) {
      if (p.startsWith('--')) break;
      await parseMime(Buffer.from(p.replace(/^\r?\n/, ''), 'latin1'), out);
    }
    return;
  }
  const bytes = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : cte === 'quoted-printable' ? qpDecodeBytes(body) : Buffer.from(body, 'latin1');
  const filename = /filename="?([^";]+)"?/i.exec(hv('Content-Disposition'))?.[1] ?? /name="?([^";]+)"?/i.exec(ctype)?.[1];
  if (filename) {
    const inner = await extract(filename, bytes);
    out.canon.push(...inner.canon);
    out.views.push(...inner.views);
    return;
  }
  const charset = /charset="?([^";]+)"?/i.exec(ctype)?.[1] ?? 'utf-8';
  const text = iconv.decode(bytes, charset);
  if (/text\/html/i.test(ctype)) { out.canon.push(htmlStrip(text), entDecode(text)); out.views.push(text); } else out.canon.push(text);
}

let pdfParseMod;
async function extract(name, buf) {
  const ext = name.toLowerCase().replace(/^.*\./, '');
  const out = { canon: [], views: [] };
  switch (ext) {
    case 'docx': case 'xlsx': case 'odt': case 'ods': case 'zip': {
      const z = await JSZip.loadAsync(buf);
      for (const n of Object.keys(z.files).sort()) {
        const f = z.file(n);
        if (!f) continue;
        if (ext === 'zip') {
          const inner = await extract(n, await f.async('nodebuffer'));
          out.canon.push(...inner.canon);
          out.views.push(...inner.views);
        } else if (/\.(xml|rels)$/.test(n)) {
          const x = await f.async('string');
          out.canon.push(ooxmlText(x));
          out.views.push(entDecode(x));
        }
      }
      break;
    }
    case 'pdf': {
      pdfParseMod ??= require('pdf-parse');
      const parser = new pdfParseMod.PDFParse({ data: new Uint8Array(buf) });
      const r = await parser.getText();
      await parser.destroy();
      out.canon.push(r.text);
      break;
    }
    case 'eml': await parseMime(buf, out); break;
    case 'mbox': {
      const raw = buf.toString('latin1');
      for (const msg of raw.split(/^From \S+ .*\r?\n/m).slice(1)) await parseMime(Buffer.from(msg.replace(/^>From /gm, 'From '), 'latin1'), out);
      out.views.push(buf.toString('utf8'));
      break;
    }
    case 'rtf': { const t = buf.toString('latin1'); out.canon.push(rtfDecode(t)); out.views.push(t); break; }
    case 'ics': case 'vcf': { const t = decodeText(buf); out.canon.push(calText(t)); out.views.push(t); break; }
    case 'json': case 'ndjson': { const t = decodeText(buf); out.canon.push(t, jsonStrings(t)); break; }
    case 'html': case 'htm': { const t = decodeText(buf); out.canon.push(htmlStrip(t), entDecode(t)); out.views.push(t); break; }
    case 'xml': { const t = decodeText(buf); out.canon.push(entDecode(t.replace(/<[^>]+>/g, '\n')), entDecode(t)); break; }
    default: out.canon.push(decodeText(buf));
  }
  return out;
}

const wsNorm = (s) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ');
function pnrCandidates(text) {
  const found = [];
  const re = /(?<![\d])(\d{6}|\d{8})([-+ ]?)(\d{4})(?![\d])/g;
  let m;
  while ((m = re.exec(text))) {
    const digits = m[1] + m[3];
    if (isValidPnrDigits(digits)) found.push({ raw: m[0], ten: digits.slice(-10) });
  }
  return found;
}
async function selfCheck() {
  const problems = [];
  const text = new Map();
  for (const f of FILES) {
    const ex = await extract(f.path, f.buf);
    const canon = wsNorm(ex.canon.join('\n\u0000\n'));
    text.set(f.path, { canon, all: `${canon}\u0000${wsNorm(ex.views.join('\n\u0000\n'))}` });
  }
  for (const t of TRUTH) {
    const ft = text.get(t.file);
    if (!ft) { problems.push(`truth for unknown file ${t.file}`); continue; }
    if (t.joined) {
      for (const tok of t.value.split(' ')) if (!ft.all.includes(tok)) problems.push(`${t.file}: joined name token "${tok}" of "${t.value}" missing`);
    } else if (!ft.all.includes(wsNorm(t.value))) problems.push(`${t.file}: ${t.category} "${t.value}" not found verbatim`);
  }
  for (const n of NEAR) {
    const ft = text.get(n.file);
    if (!ft) { problems.push(`near-miss for unknown file ${n.file}`); continue; }
    if (!ft.all.includes(wsNorm(n.value))) problems.push(`${n.file}: near-miss ${n.kind} "${n.value}" not found verbatim`);
  }
  // Lint: no e-mail address, IPv4 address or valid personnummer without a label.
  for (const f of FILES) {
    const { canon } = text.get(f.path);
    const emails = new Set(TRUTH.filter((t) => t.file === f.path && t.category === 'email').map((t) => t.value.toLowerCase()));
    const nearAt = NEAR.filter((n) => n.file === f.path).map((n) => n.value.toLowerCase());
    for (const m of canon.matchAll(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
      const e = m[0].toLowerCase().replace(/^mailto:/, '');
      if (emails.has(e) || [...emails].some((x) => x.includes(e)) || nearAt.some((x) => x.includes('@') && x.includes(e))) continue;
      problems.push(`${f.path}: unlabelled e-mail ${m[0]}`);
    }
    const ips = new Set(TRUTH.filter((t) => t.file === f.path && t.category === 'ip').map((t) => t.value.replace(/^\[|\](:\d+)?$/g, '').replace(/:\d+$/, '')));
    for (const m of canon.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g)) {
      if (ips.has(m[0]) || nearAt.some((x) => x.includes(m[0]))) continue;
      problems.push(`${f.path}: unlabelled IPv4-like ${m[0]}`);
    }
    const pnrs = new Set(TRUTH.filter((t) => t.file === f.path && t.category === 'personnummer').map((t) => t.value.replace(/\D/g, '').slice(-10)));
    for (const c of pnrCandidates(canon)) if (!pnrs.has(c.ten)) problems.push(`${f.path}: valid personnummer-like "${c.raw}" without a label`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Main
const { normalize } = await import(join(repo, 'scripts', 'eval', 'lib', 'normalize.mjs'));
mkdirSync(OUT, { recursive: true });
for (const sys of SYSTEMS) await sys();
const problems = await selfCheck();
if (problems.length) {
  const uniq = [...new Set(problems)];
  process.stderr.write(`fourth.mjs: SELF-CHECK FAILED (${uniq.length} problems)\n${uniq.slice(0, 80).join('\n')}\n`);
  process.exit(1);
}
FILES.sort((a, b) => (a.path < b.path ? -1 : 1));
const seen = new Set();
const truthOut = [];
for (const t of TRUTH) {
  const k = `${t.file}\u0000${t.category}\u0000${t.value}`;
  if (seen.has(k)) continue;
  seen.add(k);
  truthOut.push({ file: t.file, category: t.category, value: t.value, ...(t.subtype ? { subtype: t.subtype } : {}) });
}
const nearSeen = new Set();
const nearOut = NEAR.filter((n) => { const k = `${n.file}\u0000${n.kind}\u0000${n.value}`; if (nearSeen.has(k)) return false; nearSeen.add(k); return true; });
truthOut.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
nearOut.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
mkdirSync(dirname(TRUTH_OUT), { recursive: true });
writeFileSync(TRUTH_OUT, `${JSON.stringify({ seed: SEED, files: FILES.length, fileList: FILES.map((f) => f.path), truth: truthOut, nearMiss: nearOut }, null, 1)}\n`);

// Summary: unique (file, normalised value) pairs per category and per file type.
const today = new Date(Date.UTC(2025, 0, 1));
const pairs = {};
const byType = {};
for (const t of truthOut) {
  const key = `${t.file}\u0000${normalize(t.category, t.value, today)}`;
  (pairs[t.category] ??= new Set()).add(key);
  const ext = t.file.slice(t.file.lastIndexOf('.'));
  ((byType[ext] ??= {})[t.category] ??= new Set()).add(key);
}
const bytes = FILES.reduce((s, f) => s + f.buf.length, 0);
const fileTypes = {};
for (const f of FILES) { const ext = f.path.slice(f.path.lastIndexOf('.')); fileTypes[ext] = (fileTypes[ext] ?? 0) + 1; }
const lines = [`fourth blind set: ${FILES.length} files, ${(bytes / 1048576).toFixed(2)} MB, ${truthOut.length} truth rows, ${nearOut.length} near-misses`];
lines.push(`unique (file, value) pairs: ${Object.entries(pairs).map(([c, s]) => `${c} ${s.size}`).join(', ')}`);
for (const ext of Object.keys(byType).sort()) lines.push(`  ${ext.padEnd(8)} files ${String(fileTypes[ext]).padStart(3)}  ${Object.entries(byType[ext]).map(([c, s]) => `${c} ${s.size}`).join(', ')}`);
process.stderr.write(`${lines.join('\n')}\n`);
