// The first labelled corpus of `npm run bench:accuracy:blind` (scripts/eval/blind.mjs): fabricated Swedish
// customer-service exports (Zendesk, Freshdesk, Lime CRM, Outlook, telephony logs, chat, .docx and .pdf documents)
// written by a helper that had read neither the detectors, the rules, the other eval code nor the tests. It was
// blind when the 2026-11-24 session first scored gdpr-scan on it; the fixes that followed were made with it in
// view, so it is a regression set now, not an unseen one.
// All people, numbers and addresses are FABRICATED. Deterministic: the same files on every run.
// Usage: node scripts/eval/blind/first.mjs --out DIR --truth-out FILE
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
const require = createRequire(new URL('../../../package.json', import.meta.url));
const iconv = require('iconv-lite');
const docx = require('docx');
const PDFDocument = require('pdfkit');
const JSZip = require('jszip');
const { faker } = require('@faker-js/faker');
const lpn = require('libphonenumber-js/max');

const { values: args } = parseArgs({ options: { out: { type: 'string' }, 'truth-out': { type: 'string' } } });
if (!args.out || !args['truth-out']) {
  console.error('usage: node scripts/eval/blind/first.mjs --out DIR --truth-out FILE');
  process.exit(2);
}

process.env.TZ = 'UTC';
const SEED = 'blind-1';
const OUT = path.resolve(args.out);
const TRUTH = path.resolve(args['truth-out']);
fs.mkdirSync(path.dirname(TRUTH), { recursive: true });
const FIXED_DATE = new Date('2025-03-31T16:45:00Z');
const TODAY = { y: 2025, m: 3, d: 31 };

// ---------------------------------------------------------------- PRNG
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  return () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
}
function sfc32(a, b, c, d) {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0; return (t >>> 0) / 4294967296;
  };
}
class Rng {
  constructor(seed) { const h = xmur3(seed); this.f = sfc32(h(), h(), h(), h()); for (let i = 0; i < 20; i++) this.f(); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += this.int(0, 9); return s; }
  shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(a, n) { return this.shuffle(a).slice(0, n); }
  weighted(pairs) { const tot = pairs.reduce((s, p) => s + p[1], 0); let x = this.f() * tot; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)]; return s; }
  alnum(n, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') { let s = ''; for (let i = 0; i < n; i++) s += set[this.int(0, set.length - 1)]; return s; }
}
const rngFor = (name) => new Rng(SEED + '/' + name);
faker.seed(20250331);
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- name pools (written for this corpus)
const POOLS = {
  se: {
    w: 58,
    f: ['Anna', 'Maria', 'Karin', 'Eva', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Elin', 'Johanna', 'Malin', 'Linnéa', 'Ida', 'Hanna', 'Frida', 'Sofia', 'Camilla', 'Ulrika', 'Åsa', 'Birgitta', 'Margareta', 'Gunilla', 'Agneta', 'Elsa', 'Astrid', 'Maja', 'Wilma', 'Ebba', 'Alva', 'Signe', 'Moa', 'Tove', 'Jenny', 'Therese', 'Louise', 'Annika', 'Helena', 'Cecilia', 'Ylva', 'Märta', 'Solveig', 'Britt-Marie', 'Anna-Karin', 'Eva-Lena', 'Ann-Sofie', 'Lisbeth', 'Siv', 'Majken', 'Gunnel', 'Ronja', 'Matilda', 'Josefin', 'Pernilla', 'Carina', 'Lovisa', 'Stina'],
    m: ['Lars', 'Anders', 'Johan', 'Karl', 'Erik', 'Nils', 'Mikael', 'Jan', 'Peter', 'Hans', 'Magnus', 'Fredrik', 'Stefan', 'Mattias', 'Daniel', 'Henrik', 'Björn', 'Oskar', 'Gustav', 'Axel', 'Viktor', 'Olle', 'Sven', 'Göran', 'Bengt', 'Kjell', 'Leif', 'Rolf', 'Tomas', 'Jonas', 'Pontus', 'Hugo', 'Elias', 'Liam', 'Arvid', 'Sixten', 'Lars-Erik', 'Per-Olof', 'Jan-Åke', 'Karl-Johan', 'Carl', 'Gösta', 'Åke', 'Örjan', 'Tord', 'Joakim', 'Robin', 'Kent', 'Håkan', 'Ingemar', 'Torbjörn', 'Rasmus', 'Vilhelm'],
    s: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Bergman', 'Gunnarsson', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Ekström', 'Viklund', 'Björklund', 'Åberg', 'Öberg', 'Sundberg', 'Hedlund', 'Ahlqvist', 'Hägglund', 'Östlund', 'Norrman', 'Zetterlund', 'Qvarnström', 'Grahn', 'Sjögren', 'Wennerholm', 'Strömberg', 'Backman', 'Palmqvist', 'Edvardsson', 'Rydén', 'Thörnqvist', 'Hellström', 'Kronberg', 'Sandström'],
    particle: ['af Wetterstedt', 'von Essen', 'af Ekenstam', 'von Schéele', 'af Forsell', 'De Wahl', 'von Heland'],
  },
  ar: {
    w: 8,
    f: ['Fatima', 'Aisha', 'Leila', 'Noor', 'Rana', 'Yasmin', 'Mariam', 'Huda', 'Layla', 'Zainab', 'Rasha', 'Dalia', 'Lina'],
    m: ['Mohammed', 'Ahmad', 'Ali', 'Omar', 'Khalid', 'Yousef', 'Hassan', 'Karim', 'Samir', 'Tarek', 'Bilal', 'Nabil', 'Mahmoud'],
    s: ['Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Saleh', 'Al-Sayed', 'Abdullah', 'Nasser', 'Hamdan', 'Jaber', 'Ibrahim', 'Al-Rashid', 'Othman', 'Darwish', 'Al-Khatib', 'Suleiman'],
  },
  so: {
    w: 4,
    f: ['Hodan', 'Ayaan', 'Sahra', 'Fadumo', 'Ikran', 'Nimo', 'Hibaaq', 'Khadra', 'Sagal'],
    m: ['Abdirahman', 'Abdullahi', 'Mahad', 'Abdiaziz', 'Liban', 'Guled', 'Mustafe', 'Abdikarim'],
    s: ['Warsame', 'Farah', 'Mohamed', 'Abdi', 'Osman', 'Jama', 'Hersi', 'Yusuf', 'Duale', 'Egal', 'Nur', 'Ahmed'],
  },
  fa: {
    w: 4,
    f: ['Shirin', 'Parisa', 'Mahsa', 'Nasrin', 'Leyla', 'Roya', 'Setareh', 'Golnaz', 'Azadeh', 'Mina'],
    m: ['Dariush', 'Reza', 'Amir', 'Behrouz', 'Kourosh', 'Arash', 'Babak', 'Farhad', 'Navid', 'Siavash'],
    s: ['Rahimi', 'Karimi', 'Hosseini', 'Mohammadi', 'Ahmadi', 'Rezaei', 'Tehrani', 'Jafari', 'Moradi', 'Sadeghi', 'Ghorbani', 'Farahani', 'Bagheri'],
  },
  fi: {
    w: 5,
    f: ['Aino', 'Tuula', 'Päivi', 'Sirkka', 'Riitta', 'Leena', 'Satu', 'Marjatta', 'Hannele', 'Kaisa'],
    m: ['Jukka', 'Pekka', 'Mikko', 'Juha', 'Timo', 'Kari', 'Matti', 'Antti', 'Esa', 'Raimo'],
    s: ['Virtanen', 'Mäkinen', 'Heikkinen', 'Korhonen', 'Nieminen', 'Laine', 'Koskinen', 'Järvinen', 'Lehtonen', 'Hämäläinen', 'Salminen', 'Kinnunen', 'Rautio', 'Niskanen'],
  },
  pl: {
    w: 4,
    f: ['Katarzyna', 'Agnieszka', 'Magdalena', 'Małgorzata', 'Joanna', 'Ewa', 'Dorota', 'Beata', 'Justyna'],
    m: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Marek', 'Grzegorz', 'Łukasz', 'Wojciech', 'Michał'],
    s: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Mazur', 'Krawczyk'],
  },
  ba: {
    w: 4,
    f: ['Amra', 'Selma', 'Lejla', 'Aida', 'Emina', 'Azra', 'Mirela', 'Belma', 'Dženana'],
    m: ['Emir', 'Adnan', 'Mirza', 'Edin', 'Haris', 'Senad', 'Kenan', 'Damir', 'Nermin'],
    s: ['Hodžić', 'Begović', 'Delić', 'Hadžić', 'Mehmedović', 'Karić', 'Imamović', 'Salihović', 'Kovačević', 'Hasanović', 'Mujić', 'Softić', 'Omerović'],
  },
  tr: {
    w: 4,
    f: ['Ayşe', 'Elif', 'Zeynep', 'Emine', 'Fatma', 'Gül', 'Derya', 'Sibel', 'Melek'],
    m: ['Mehmet', 'Mustafa', 'Emre', 'Murat', 'Serkan', 'Burak', 'Hakan', 'Yusuf', 'Cem'],
    s: ['Yılmaz', 'Yilmaz', 'Demir', 'Kaya', 'Şahin', 'Sahin', 'Çelik', 'Öztürk', 'Aydın', 'Aydin', 'Arslan', 'Doğan', 'Koç', 'Kurt', 'Özdemir'],
  },
  th: {
    w: 2,
    f: ['Siriporn', 'Nattaya', 'Pornthip', 'Kanya', 'Malee', 'Wanida', 'Suda', 'Ratana', 'Jintana'],
    m: ['Somchai', 'Anan', 'Prasert', 'Thanakorn', 'Sombat'],
    s: ['Chaiyasit', 'Srisuk', 'Wongsawat', 'Boonmee', 'Saetang', 'Phromma', 'Kaewkong', 'Thongchai'],
  },
  zh: {
    w: 2,
    f: ['Xiaoling', 'Jing', 'Hui', 'Yan', 'Xin', 'Mei', 'Ling'],
    m: ['Wei', 'Ming', 'Lei', 'Jun', 'Hao', 'Tao', 'Qiang'],
    s: ['Zhang', 'Wang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Lin', 'Xu'],
  },
  vi: {
    w: 2,
    f: ['Thi Lan', 'Linh', 'Thi Hoa', 'Mai', 'Thu Trang', 'Ngoc Anh'],
    m: ['Van Minh', 'Duc', 'Quang', 'Van Long', 'Tuan', 'Hoang'],
    s: ['Nguyen', 'Tran', 'Pham', 'Le', 'Hoang', 'Vu', 'Dang', 'Bui'],
  },
  er: {
    w: 3,
    f: ['Senait', 'Selam', 'Ruta', 'Yordanos', 'Saba', 'Luwam', 'Helen', 'Mebrat'],
    m: ['Yonas', 'Mehari', 'Dawit', 'Tesfay', 'Biniam', 'Filmon', 'Samuel', 'Amanuel'],
    s: ['Tesfaye', 'Haile', 'Ghebremedhin', 'Berhane', 'Tekle', 'Gebremariam', 'Kidane', 'Woldu', 'Asmerom', 'Habte'],
  },
  other: {
    w: 3,
    f: ['Priya', 'Carmen', 'Ana Lucía', 'Rojda', 'Eleni', 'Olena', 'Ingeborg', 'Mette'],
    m: ['Carlos', 'Nikos', 'Dmytro', 'Rajesh', 'Diego', 'Shvan', 'Ole', 'Rasmus'],
    s: ['Muñoz', 'Papadopoulos', 'Sharma', 'Baran', 'Kovalenko', 'González', 'Rossi', 'Haugen', 'Mortensen', 'Müller'],
  },
};

// ---------------------------------------------------------------- personnummer
function luhnDigit(d9) {
  let sum = 0;
  for (let i = 0; i < d9.length; i++) { let v = +d9[i] * (i % 2 === 0 ? 2 : 1); if (v > 9) v -= 9; sum += v; }
  return (10 - (sum % 10)) % 10;
}
function luhnValid(ds) { return luhnDigit(ds.slice(0, -1)) === +ds.slice(-1); }
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function ageOn(b) { let a = TODAY.y - b.y; if (TODAY.m < b.m || (TODAY.m === b.m && TODAY.d < b.d)) a--; return a; }
// is a 10/12-digit string a valid personnummer? used only to keep NEAR-MISSES from accidentally being valid ones
function looksValidPnr(s) {
  const ds = s.replace(/[-+ ]/g, '');
  if (!/^\d+$/.test(ds) || (ds.length !== 10 && ds.length !== 12)) return false;
  if (ds.length === 12 && !['18', '19', '20'].includes(ds.slice(0, 2))) return false;
  const ten = ds.length === 12 ? ds.slice(2) : ds;
  const mm = +ten.slice(2, 4); let dd = +ten.slice(4, 6); if (dd > 60) dd -= 60;
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return false;
  return luhnValid(ten);
}
const PNR_STYLES = [['short-dash', 40], ['long-dash', 22], ['long', 14], ['short', 12], ['short-space', 6], ['long-space', 3]];
function fmtPnr(p, style) {
  const yy = pad(p.birth.y % 100), mm = pad(p.birth.m), dd = pad(p.birth.d + (p.samordning ? 60 : 0));
  const tail = p.serial + p.check; const cent = String(p.birth.y).slice(0, 2);
  const old = ageOn(p.birth) >= 100;
  switch (style) {
    case 'short-dash': return `${yy}${mm}${dd}${old ? '+' : '-'}${tail}`;
    case 'long-dash': return `${cent}${yy}${mm}${dd}-${tail}`;
    case 'long': return `${cent}${yy}${mm}${dd}${tail}`;
    case 'short': return `${yy}${mm}${dd}${tail}`;
    case 'short-space': return `${yy}${mm}${dd} ${tail}`;
    case 'long-space': return `${cent}${yy}${mm}${dd} ${tail}`;
    default: throw new Error('pnr style ' + style);
  }
}

// ---------------------------------------------------------------- phones
const SE_AREAS = [
  // [area, subscriber lengths, city]
  ['8', [7, 8], 'Stockholm'], ['31', [6, 7], 'Göteborg'], ['40', [6, 7], 'Malmö'], ['18', [6], 'Uppsala'], ['13', [6], 'Linköping'],
  ['19', [6], 'Örebro'], ['21', [6], 'Västerås'], ['90', [6], 'Umeå'], ['60', [6], 'Sundsvall'], ['36', [6], 'Jönköping'],
  ['11', [6], 'Norrköping'], ['42', [6], 'Helsingborg'], ['26', [6], 'Gävle'], ['33', [6], 'Borås'], ['54', [6], 'Karlstad'],
  ['920', [5], 'Luleå'], ['980', [5], 'Kiruna'], ['498', [5], 'Visby'], ['46', [6], 'Lund'], ['35', [6], 'Halmstad'], ['63', [6], 'Östersund'],
];
function groupSub(s) {
  switch (s.length) {
    case 5: return `${s.slice(0, 3)} ${s.slice(3)}`;
    case 6: return `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`;
    case 7: return `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`;
    case 8: return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
    default: return s;
  }
}
function validE164(e) { const p = lpn.parsePhoneNumberFromString(e); return !!(p && p.isValid()); }
const usedPhones = new Set();
function genSePhone(r, kind) {
  for (;;) {
    let area, sub;
    if (kind === 'mobile') { area = r.pick(['70', '70', '72', '73', '73', '76', '79']); sub = r.digits(7); }
    else if (kind === 'switch') { area = r.pick(['771', '771', '20']); sub = r.int(2, 9) + r.digits(5); }
    else { const a = r.pick(SE_AREAS); area = a[0]; const len = r.pick(a[1]); sub = r.int(2, 8) + r.digits(len - 1); }
    const e = '+46' + area + sub;
    if (usedPhones.has(e) || !validE164(e)) continue;
    usedPhones.add(e);
    return { cc: '46', area, sub, e164: e, kind };
  }
}
const SE_PHONE_STYLES = [['dash-grouped', 30], ['plain', 16], ['space-grouped', 12], ['dash-plain', 8], ['intl-space', 12], ['intl-plain', 8], ['intl-paren', 5], ['00-space', 3], ['00-plain', 2], ['slash', 3], ['paren-area', 1]];
function fmtPhone(ph, style) {
  if (ph.cc !== '46') return ph.fmt[style in ph.fmt ? style : 'default'];
  const { area, sub } = ph, n = area + sub;
  switch (style) {
    case 'dash-grouped': return `0${area}-${groupSub(sub)}`;
    case 'plain': return `0${n}`;
    case 'space-grouped': return `0${area} ${groupSub(sub)}`;
    case 'dash-plain': return `0${area}-${sub}`;
    case 'intl-space': return `+46 ${area} ${groupSub(sub)}`;
    case 'intl-plain': return `+46${n}`;
    case 'intl-paren': return `+46(0)${area}-${sub}`;
    case '00-space': return `0046 ${area} ${groupSub(sub)}`;
    case '00-plain': return `0046${n}`;
    case 'slash': return `0${area}/${groupSub(sub)}`;
    case 'paren-area': return `(0${area}) ${groupSub(sub)}`;
    case 'e164-noplus': return `46${n}`;
    case 'e164': return `+46${n}`;
    default: throw new Error('phone style ' + style);
  }
}
function genForeignPhone(r, country) {
  for (;;) {
    let e, fmt;
    if (country === 'NO') { const n = r.pick(['4', '9']) + r.digits(7); e = '+47' + n; fmt = { default: `+47 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, b: `+47 ${n}`, c: `0047 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}` }; }
    else if (country === 'DK') { const n = r.pick(['2', '3', '4', '5', '6']) + r.digits(7); e = '+45' + n; fmt = { default: `+45 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`, b: `+45${n}`, c: `0045 ${n.slice(0, 4)} ${n.slice(4)}` }; }
    else if (country === 'FI') { const op = r.pick(['40', '41', '44', '45', '50']); const n = op + r.digits(7); e = '+358' + n; fmt = { default: `+358 ${op} ${n.slice(2, 5)} ${n.slice(5)}`, b: `+358${n}`, c: `+358 (0)${op} ${n.slice(2)}` }; }
    else if (country === 'UK') { const p = r.pick(['7700', '7911', '7723', '7845', '7956', '7480', '7508', '7412']); if (p === '7700') continue; const n = p + r.digits(6); e = '+44' + n; fmt = { default: `+44 ${n.slice(0, 4)} ${n.slice(4)}`, b: `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`, c: `+44${n}` }; }
    else if (country === 'DE') { const p = r.pick(['151', '152', '160', '170', '171', '176', '157']); const len = p === '176' || p === '157' || p.startsWith('15') ? 8 : 7; const n = p + r.digits(len); e = '+49' + n; fmt = { default: `+49 ${p} ${n.slice(3)}`, b: `+49 (0)${p} ${n.slice(3)}`, c: `0049 ${p} ${n.slice(3)}` }; }
    else throw new Error(country);
    if (usedPhones.has(e) || !validE164(e)) continue;
    usedPhones.add(e);
    fmt.e164 = e;
    return { cc: e.slice(1, e.startsWith('+358') ? 4 : 3), e164: e, fmt, country };
  }
}

// ---------------------------------------------------------------- places, streets, companies
const CITIES = [
  ['Stockholm', '11', 12], ['Stockholm', '12', 6], ['Solna', '169', 3], ['Sundbyberg', '172', 2], ['Huddinge', '141', 2], ['Södertälje', '151', 2], ['Nacka', '131', 2],
  ['Göteborg', '41', 8], ['Västra Frölunda', '421', 2], ['Mölndal', '431', 2], ['Malmö', '21', 7], ['Lund', '22', 3], ['Uppsala', '75', 5], ['Linköping', '58', 3],
  ['Örebro', '70', 3], ['Västerås', '72', 3], ['Umeå', '90', 2], ['Luleå', '97', 2], ['Sundsvall', '85', 2], ['Jönköping', '55', 3], ['Norrköping', '60', 3],
  ['Helsingborg', '25', 3], ['Gävle', '80', 2], ['Borås', '50', 2], ['Karlstad', '65', 2], ['Kiruna', '981', 1], ['Visby', '621', 1], ['Östersund', '83', 1], ['Växjö', '35', 2], ['Kalmar', '39', 1], ['Falun', '791', 1], ['Skellefteå', '931', 1],
];
const STREETS = ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Björkvägen', 'Granvägen', 'Tallvägen', 'Skolgatan', 'Parkvägen', 'Ringvägen', 'Södra vägen', 'Västra Hamngatan', 'Kyrkogatan', 'Sveavägen', 'Hornsgatan', 'Götgatan', 'Allégatan', 'Bäckvägen', 'Ängsvägen', 'Lärkstigen', 'Rönnbärsvägen', 'Snickargatan', 'Mejerivägen', 'Industrigatan', 'Lingonstigen', 'Hagagatan', 'Fabriksgatan', 'Nygatan', 'Östra Långgatan', 'Per Albin Hanssons väg', 'Olof Palmes gata', 'Karl XI:s gata', 'Stora Nygatan', 'Dag Hammarskjölds väg', 'Selma Lagerlöfs väg', 'Tegnérgatan', 'Strindbergsgatan', 'Nobelvägen'];
const CLIENT = { name: 'Norrsken Energi & Bredband AB', short: 'Norrsken', domain: 'norrskenkraft.se', zd: 'norrskenkraft.zendesk.com', fd: 'norrskenkraft.freshdesk.com' };
const OTHER_COMPANIES = [
  ['Mälardalens Möbler AB', 'malardalsmobler.se'], ['Kvarnholmens IT-konsult AB', 'kvarnholmen-it.se'], ['Sjöstadens Redovisning AB', 'sjostadsredovisning.se'],
  ['Vårdcentralen Norrtull', 'vcnorrtull.se'], ['Bygg & Fasad i Uppsala AB', 'byggfasad-uppsala.se'], ['Hagalunds Fastigheter AB', 'hagalundsfastigheter.se'],
  ['Lilla Blomsterhandeln HB', 'lillablomster.se'], ['Tornet Bilverkstad AB', 'tornetbil.se'], ['Foretaget i Norden AB', 'foretaget.se'], ['Skärgårdsfrakt AB', 'skargardsfrakt.se'],
  ['Östgöta Elinstallation AB', 'ostgotael.se'], ['Trädgårdsmästarna Syd AB', 'tradgardsmastarna.se'], ['Inkasso Nord AB', 'inkassonord.se'], ['Fiberkollektivet Sverige AB', 'fiberkollektivet.se'],
];
const PERSONAL_DOMAINS = [['gmail.com', 30], ['hotmail.com', 10], ['hotmail.se', 8], ['outlook.com', 6], ['live.se', 5], ['yahoo.se', 4], ['yahoo.com', 2], ['icloud.com', 6], ['telia.com', 6], ['bredband.net', 3], ['comhem.se', 3], ['spray.se', 1], ['me.com', 2], ['protonmail.com', 2], ['tele2.se', 1], ['bahnhof.se', 1], ['glocalnet.net', 1]];
const TRANSLIT = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', ø: 'o', æ: 'ae', ş: 's', ç: 'c', ğ: 'g', ı: 'i', ł: 'l', ś: 's', ż: 'z', ź: 'z', ć: 'c', č: 'c', ž: 'z', š: 's', đ: 'd', ń: 'n', ó: 'o', ą: 'a', ę: 'e', ñ: 'n', í: 'i', á: 'a' };
const translit = (s) => s.toLowerCase().split('').map((c) => TRANSLIT[c] ?? c).join('').replace(/[^a-z0-9.\-_ ]/g, '');
function cp1252Safe(s) { return iconv.decode(iconv.encode(s, 'win1252'), 'win1252') === s; }

// ---------------------------------------------------------------- people
const usedNames = new Set(), usedEmails = new Set();
let personSeq = 0;
function makePerson(r, opts = {}) {
  for (;;) {
    const origin = opts.origin ?? r.weighted(Object.entries(POOLS).map(([k, v]) => [k, v.w]));
    const pool = POOLS[origin];
    const gender = opts.gender ?? (r.chance(0.5) ? 'f' : 'm');
    let given = r.pick(pool[gender]);
    let last = r.pick(pool.s);
    if (origin === 'pl' && gender === 'f' && last.endsWith('ski')) last = last.slice(0, -1) + 'a';
    if (origin === 'th' && r.chance(0.45)) last = r.pick(POOLS.se.s);
    if (origin === 'se') {
      if (r.chance(0.06)) { let b = r.pick(POOLS.se.s); if (b !== last) last = `${last}-${b}`; }
      else if (r.chance(0.03)) last = r.pick(POOLS.se.particle);
      if (r.chance(0.07)) { const mid = r.pick(POOLS.se[gender]); if (!mid.includes('-') && mid !== given && !given.includes('-')) given = `${given} ${mid}`; }
    }
    let full = `${given} ${last}`;
    let familyFirst = false;
    if ((origin === 'zh' && r.chance(0.4)) || (origin === 'vi' && r.chance(0.5))) { full = `${last} ${given}`; familyFirst = true; }
    if (usedNames.has(full)) continue;
    if (opts.cp1252 && !cp1252Safe(full)) continue;
    usedNames.add(full);
    // birth
    let y;
    if (opts.old) y = r.int(1918, 1924);
    else if (opts.staff) y = r.int(1962, 2003);
    else y = r.weighted([[r.int(1930, 1944), 8], [r.int(1945, 1964), 25], [r.int(1965, 1984), 32], [r.int(1985, 2000), 28], [r.int(2001, 2009), 7]]);
    const m = r.int(1, 12); const d = r.int(1, daysIn(y, m));
    const samordning = opts.samordning ?? (origin !== 'se' && r.chance(0.12));
    const serial = pad(r.int(1, 998), 3);
    const d9 = `${pad(y % 100)}${pad(m)}${pad(d + (samordning ? 60 : 0))}${serial}`;
    const check = String(luhnDigit(d9));
    const first1 = given.split(' ')[0];
    const p = { id: ++personSeq, origin, gender, given, first1, last, full, familyFirst, birth: { y, m, d }, samordning, serial, check, cp: cp1252Safe(full) };
    // e-mail
    const tf = translit(first1).replace(/[ ]/g, ''), tl = translit(last).replace(/[ ]/g, '').replace(/^(af|von|de)/, (x) => x);
    const tl2 = tl.replace(/-/g, '');
    const yy = pad(y % 100);
    const pats = [`${tf}.${tl2}`, `${tf}${tl2}`, `${tf[0]}${tl2}`, `${tf}.${tl2}${yy}`, `${tf}_${tl2}`, `${tl2}.${tf}`, `${tf}${y}`, `${tf}.${tl2[0]}`, `${tf}${tl2}${r.int(1, 99)}`, `${tf}.${tl}`, `${tf[0]}.${tl2}`];
    for (;;) {
      let local = r.pick(pats).replace(/\.+/g, '.');
      let dom = opts.domain ?? r.weighted(PERSONAL_DOMAINS);
      if (!opts.domain && r.chance(0.14)) dom = r.pick(OTHER_COMPANIES)[1];
      if (opts.domain || OTHER_COMPANIES.some((c) => c[1] === dom)) local = r.chance(0.85) ? `${tf}.${tl2}` : `${tf[0]}${tl2}`;
      const em = `${local}@${dom}`;
      if (usedEmails.has(em)) { if (opts.domain) { const em2 = `${tf}.${tl2}${r.int(2, 9)}@${dom}`; if (!usedEmails.has(em2)) { usedEmails.add(em2); p.email = em2; break; } } continue; }
      usedEmails.add(em); p.email = em; break;
    }
    if (!opts.staff && r.chance(0.1)) { // second address, e.g. work
      const dom = r.pick(OTHER_COMPANIES)[1]; const em = `${tf}.${tl2}@${dom}`;
      if (!usedEmails.has(em)) { usedEmails.add(em); p.email2 = em; }
    }
    // phones
    const foreign = opts.foreign ?? (r.chance(0.06) ? r.pick(['NO', 'DK', 'FI', 'UK', 'DE']) : null);
    p.mobile = foreign ? genForeignPhone(r, foreign) : genSePhone(r, 'mobile');
    if (r.chance(0.3)) p.home = genSePhone(r, 'fixed');
    if (foreign && r.chance(0.5)) p.mobile2 = genSePhone(r, 'mobile');
    // address
    const c = r.weighted(CITIES.map((x) => [x, x[2]]));
    const pc = c[1].length === 3 ? c[1] + r.digits(2) : c[1] + r.int(1, 9) + r.digits(2);
    p.city = c[0]; p.postcode = `${pc.slice(0, 3)} ${pc.slice(3)}`;
    p.street = `${r.pick(STREETS)} ${r.int(1, 88)}${r.chance(0.2) ? ' ' + r.pick(['A', 'B', 'C']) : ''}`;
    if (r.chance(0.15)) p.lgh = `lgh ${r.int(10, 16)}0${r.int(1, 4)}`;
    return p;
  }
}
function nameAs(p, style) {
  switch (style) {
    case 'full': return p.full;
    case 'lastfirst': return p.familyFirst ? p.full : `${p.last}, ${p.given}`;
    case 'lastfirst-nocomma': return p.familyFirst ? p.full : `${p.last} ${p.given}`;
    case 'lower': return p.full.toLowerCase();
    case 'upper': return p.full.toUpperCase();
    case 'first-last1': return `${p.first1} ${p.last}`; // without middle name
    default: throw new Error('name style ' + style);
  }
}

// ---------------------------------------------------------------- IPs
const IP4_PREFIX = ['83.233', '90.229', '78.72', '94.234', '85.228', '155.4', '213.64', '31.208', '81.226', '46.39', '188.151', '217.210', '81.170', '90.230', '78.69', '84.217', '95.192', '212.181', '151.177', '185.224', '37.123', '62.20', '79.136', '176.10'];
const usedIps = new Set();
function genIp4(r) { for (;;) { const ip = `${r.pick(IP4_PREFIX)}.${r.int(0, 255)}.${r.int(1, 254)}`; if (!usedIps.has(ip)) { usedIps.add(ip); return ip; } } }
function genIp4Private(r) { for (;;) { const ip = r.chance(0.7) ? `192.168.${r.pick([0, 1, 1, 10, 68, 100])}.${r.int(2, 250)}` : `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 250)}`; if (!usedIps.has(ip)) { usedIps.add(ip); return ip; } } }
function genIp6(r) {
  for (;;) {
    const pre = r.pick(['2001:2002', '2a02:aa1', '2a00:801', '2001:9b1', '2a01:79d', '2a02:1406', '2001:470']);
    const h = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
    const style = r.int(0, 3); let ip;
    if (style === 0) ip = `${pre}:${h()}:${h()}::${h()}`;
    else if (style === 1) ip = `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
    else if (style === 2) ip = `${pre}:${h()}::${h()}:${h()}`;
    else ip = `${pre}:${h()}:${h()}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`;
    if (!usedIps.has(ip)) { usedIps.add(ip); return ip; }
  }
}
const genIp = (r) => (r.chance(0.18) ? genIp6(r) : genIp4(r));

// ---------------------------------------------------------------- near-miss generators (each returns a string)
function ibanSE(r) {
  const bban = r.pick(['5000', '6000', '8000', '3000', '9500']) + r.digits(16);
  const num = (bban + '2814' + '00').split('').reduce((m, c) => (m * 10 + +c) % 97, 0); // SE = 28 14
  const ck = pad(98 - num);
  const raw = `SE${ck}${bban}`;
  return r.chance(0.6) ? raw.replace(/(.{4})/g, '$1 ').trim() : raw;
}
function s10(r, pfx = 'UA') { const d = r.digits(8); const w = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * w[i]; let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5; return `${pfx}${d}${c}SE`; }
function ocrNumber(r) { for (;;) { const len = r.pick([8, 11, 13, 14, 15, 16, 17]); const b = String(r.int(1, 9)) + r.digits(len - 2); let s = 0, dbl = true; for (let i = b.length - 1; i >= 0; i--) { let v = +b[i] * (dbl ? 2 : 1); if (v > 9) v -= 9; s += v; dbl = !dbl; } const v = b + ((10 - (s % 10)) % 10); if (!looksValidPnr(v)) return v; } }
function imei(r) { const b = r.pick(['35', '86', '49', '01']) + r.digits(12); let s = 0, dbl = true; for (let i = b.length - 1; i >= 0; i--) { let v = +b[i] * (dbl ? 2 : 1); if (v > 9) v -= 9; s += v; dbl = !dbl; } return b + ((10 - (s % 10)) % 10); }
function orgNr(r, style) { for (;;) { const b = r.pick(['556', '556', '559', '802', '716', '969']) + r.digits(6); const v = b + luhnDigit(b); if (looksValidPnr(v)) continue; const st = style ?? r.pick(['dash', 'dash', 'dash', 'plain', '16']); return st === 'dash' ? `${v.slice(0, 6)}-${v.slice(6)}` : st === 'plain' ? v : `16${v.slice(0, 6)}-${v.slice(6)}`; } }
function badLuhnPnr(r, p, style) { const good = fmtPnr(p, style); const c = +p.check; const bad = String((c + r.int(1, 9)) % 10); return good.slice(0, -1) + bad; }
function badDatePnr(r) { for (;;) { const y = r.int(40, 99), m = r.pick([2, 2, 4, 6, 9, 11, 13, 0]), d = m === 2 ? r.pick([30, 31]) : m === 13 || m === 0 ? r.int(1, 28) : 31; const d9 = `${pad(y)}${pad(m)}${pad(d)}${pad(r.int(1, 998), 3)}`; const v = d9 + luhnDigit(d9); return r.chance(0.5) ? `${v.slice(0, 6)}-${v.slice(6)}` : `19${v.slice(0, 6)}-${v.slice(6)}`; } }
const SV_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const SV_MON3 = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_DAY3 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SV_DAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
function randDate(r, from = '2023-01-01', to = '2025-03-28') {
  const a = Date.parse(from), b = Date.parse(to);
  const dt = new Date(a + Math.floor(r.next() * (b - a) / 60000) * 60000);
  if (b - a > 86400000 * 2) dt.setUTCHours(6 + (dt.getUTCHours() % 15)); // office-ish hours
  return dt;
}
function fmtDate(dt, style) {
  const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate(), H = pad(dt.getUTCHours()), M = pad(dt.getUTCMinutes()), S = pad(dt.getUTCSeconds());
  switch (style) {
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
    case 'isotime': return `${y}-${pad(m)}-${pad(d)} ${H}:${M}`;
    case 'isoz': return `${y}-${pad(m)}-${pad(d)}T${H}:${M}:${S}Z`;
    case 'isooff': return `${y}-${pad(m)}-${pad(d)}T${H}:${M}:${S}+01:00`;
    case 'dot': return `${pad(d)}.${pad(m)}.${y}`;
    case 'slash': return `${d}/${m}`;
    case 'slashy': return `${pad(d)}/${pad(m)}/${y}`;
    case 'us': return `${pad(m)}/${pad(d)}/${y}`;
    case 'long': return `${d} ${SV_MONTHS[m - 1]} ${y}`;
    case 'longday': return `${SV_DAYS[dt.getUTCDay()]} ${d} ${SV_MONTHS[m - 1]}`;
    case 'short': return `${d} ${SV_MON3[m - 1]}`;
    case 'compact': return `${y}${pad(m)}${pad(d)}`;
    case 'yymmdd': return `${pad(y % 100)}${pad(m)}${pad(d)}`;
    case 'rfc': return `${EN_DAY3[dt.getUTCDay()]}, ${d} ${EN_MON3[m - 1]} ${y} ${H}:${M}:${S} ${m >= 4 && m <= 10 ? '+0200' : '+0100'}`;
    case 'mbox': return `${EN_DAY3[dt.getUTCDay()]} ${EN_MON3[m - 1]} ${String(d).padStart(2, ' ')} ${H}:${M}:${S} ${y}`;
    case 'en': return `${EN_MON3[m - 1]} ${d}, ${y}`;
    case 'time': return `${H}:${M}`;
    case 'timedot': return `${H}.${M}`;
    default: throw new Error('date style ' + style);
  }
}
const PRODUCTS = ['Samsung Galaxy S24', 'Samsung Galaxy A55', 'iPhone 15 Pro', 'iPhone 13', 'Google Pixel 8', 'Zyxel EX5601', 'Fritzbox 7590', 'Huawei B535', 'TP-Link Deco X50', 'Netgear Orbi RBK752', 'Apple TV 4K', 'Chromecast med Google TV', 'Volvo XC60', 'Tesla Model Y', 'Easee Home laddbox', 'Zaptec Go', 'Nibe F2120 värmepump', 'Bosch Serie 6', 'Electrolux EW7F', 'Sonos Era 100', 'Telia Fiberbox', 'Netatmo termostat'];
const ROUTERS = ['Zyxel EX5601', 'Fritzbox 7590', 'Huawei B535', 'TP-Link Deco X50', 'Netgear Orbi RBK752', 'Telia Fiberbox', 'Zyxel VMG8825'];
const PLANS = ['Fiber 250/250', 'Fiber 1000/1000', 'Bredband 100', 'El Rörligt pris', 'El Fast pris 12 mån', 'El Fast pris 36 mån', 'Mobil Obegränsad', 'Mobil 20 GB', 'TV Bas', 'TV Plus', 'Solel Kompis', 'Laddbox Hyra'];
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.0.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36',
  'Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  'Norrsken/5.12.1 (iPhone; iOS 17.4; Scale/3.00)', 'Norrsken-Android/5.11.0 (SM-A556B; Android 14)',
];
const NM = {
  org_number: (r) => orgNr(r),
  vat_number: (r) => `SE${orgNr(r, 'plain')}01`,
  order: (r) => r.pick([() => `ORD-${r.int(2023, 2025)}-${pad(r.int(1, 99999), 5)}`, () => `#${r.int(100000, 999999)}`, () => `45${r.digits(8)}`, () => `W${r.digits(9)}`, () => `NK${r.digits(7)}`])(),
  invoice: (r) => r.pick([() => `F-${r.int(2023, 2025)}-${pad(r.int(1, 99999), 5)}`, () => `INV-${r.int(10000, 99999)}`, () => `${r.int(3, 9)}${r.digits(7)}`, () => `FA${r.digits(8)}`])(),
  ocr: (r) => ocrNumber(r),
  bankgiro: (r) => r.chance(0.5) ? `${r.int(100, 999)}-${r.digits(4)}` : `${r.int(5000, 5999)}-${r.digits(4)}`,
  plusgiro: (r) => r.chance(0.5) ? `${r.int(1, 99)} ${r.digits(2)} ${r.digits(2)}-${r.digits(1)}` : `${r.int(100000, 9999999)}-${r.digits(1)}`,
  iban: (r) => ibanSE(r),
  tracking: (r) => r.pick([() => s10(r, r.pick(['UA', 'RR', 'CX', 'LX'])), () => `00373${r.digits(15)}`, () => `JJD00${r.digits(14)}`, () => `370722${r.digits(12)}`])(),
  article: (r) => r.pick([() => `${r.int(10, 99)}-${r.digits(4)}`, () => `NK-${r.alnum(4)}-${r.int(10, 99)}`, () => `ART-${r.digits(5)}`, () => `${r.digits(3)}.${r.digits(3)}.${r.digits(2)}`])(),
  ean: (r) => { const b = '735' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); },
  imei: (r) => imei(r),
  facility_id: (r) => `735999${r.digits(12)}`,
  customer_number: (r) => r.weighted([[() => `${r.int(1000000, 9999999)}`, 4], [() => `K${r.digits(6)}`, 3], [() => `${r.int(10, 99)}-${r.digits(5)}`, 3], [() => `7${r.digits(8)}`, 1]])(),
  case_number: (r) => r.pick([() => `ÄR-${r.int(100000, 299999)}`, () => `Dnr ${r.int(2023, 2025)}/${r.int(100, 4999)}`, () => `CASE-${r.digits(6)}`, () => `${r.int(23, 25)}-${pad(r.int(1, 9999), 4)}`])(),
  ticket_id: (r) => `#${r.int(10000, 99999)}`,
  amount: (r) => r.pick([() => `${r.int(1, 9)} ${r.digits(3)},${r.pick(['00', '50', '75'])} kr`, () => `${r.int(49, 999)} kr`, () => `SEK ${r.int(100, 25000)}`, () => `${r.int(1, 9)}.${r.digits(3)}:-`, () => `${r.int(99, 899)},${r.digits(2)} SEK`])(),
  postal_code: (r) => r.pick([() => `${r.int(100, 984)} ${r.digits(2)}`, () => `${r.int(10000, 98499)}`, () => `SE-${r.int(100, 984)} ${r.digits(2)}`])(),
  version: (r) => r.pick([() => `v${r.int(1, 6)}.${r.int(0, 20)}.${r.int(0, 9)}`, () => `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 250)}`, () => `${r.int(3, 7)}.${r.int(0, 12)}.${r.int(0, 9)}`, () => `${r.int(10, 12)}.${r.int(0, 4)}.${r.int(1000, 9999)}`])(),
  os_version: (r) => r.pick([() => `iOS ${r.int(15, 17)}.${r.int(0, 6)}.${r.int(1, 3)}`, () => `Android ${r.int(11, 14)}`])(),
  guid: () => faker.string.uuid(),
  bic: (r) => r.pick(['SWEDSESS', 'NDEASESS', 'HANDSESS', 'ESSESESS', 'ELLFSESS']),
  swish_company: (r) => `123 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  sms_shortcode: (r) => `${r.pick(['71', '72'])}${r.digits(3)}`,
  extension: (r) => `${r.int(2, 6)}${r.digits(3)}`,
  oid: (r) => `1.2.752.${r.int(100, 300)}.${r.int(1, 9)}.${r.int(1, 9)}`,
};

// ---------------------------------------------------------------- labelled documents
const DOCS = [];
class Doc {
  constructor(rel) { this.rel = rel; this.truth = []; this.near = []; this.vt = []; DOCS.push(this); }
  L(category, value) { if (!['personnummer', 'email', 'phone', 'ip', 'name'].includes(category)) throw new Error(category); this.truth.push({ category, value }); return value; }
  splitName(first, last) { this.truth.push({ category: 'name', value: `${first} ${last}`, split: [first, last] }); }
  N(kind, value) { this.near.push({ kind, value: String(value) }); return value; }
  mark() { return [this.truth.length, this.near.length]; }
  dupSince([t, n]) { const a = this.truth.slice(t), b = this.near.slice(n); this.truth.push(...a.map((x) => ({ ...x }))); this.near.push(...b.map((x) => ({ ...x }))); }
  text(s) { this.vt.push(s); return s; }
}
// a writer: shortcuts that label values as they are written
function W(d, r) {
  const t = {
    d, r,
    name: (p, style = 'full') => d.L('name', nameAs(p, style)),
    rawName: (s) => d.L('name', s),
    first: (p) => d.N('lone_first_name', p.first1),
    pnr: (p, style) => d.L('personnummer', fmtPnr(p, style ?? r.weighted(PNR_STYLES))),
    tel: (p, style, which = 'mobile') => { const ph = p[which] ?? p.mobile; return d.L('phone', fmtPhone(ph, style ?? (ph.cc === '46' ? r.weighted(SE_PHONE_STYLES) : r.pick(['default', 'default', 'b', 'c'])))); },
    ph: (ph, style) => d.L('phone', fmtPhone(ph, style ?? (ph.cc === '46' ? r.weighted(SE_PHONE_STYLES) : r.pick(['default', 'b', 'c'])))),
    mail: (p, which = 'email') => d.L('email', p[which] ?? p.email),
    rawMail: (s) => d.L('email', s),
    ip: (v) => d.L('ip', v),
    nm: (kind, gen) => d.N(kind, typeof gen === 'string' ? gen : (NM[kind] ?? gen)(r)),
    nmv: (kind, v) => d.N(kind, v),
    role: (local, dom = CLIENT.domain) => d.N('role_email', `${local}@${dom}`),
    date: (dt, style) => d.N('date', fmtDate(dt, style)),
    badLuhn: (p, style) => d.N('bad_luhn', badLuhnPnr(r, p, style ?? r.pick(['short-dash', 'long-dash', 'long']))),
  };
  return t;
}

// ---------------------------------------------------------------- population
const POP = rngFor('population');
const SWITCHBOARD = genSePhone(POP, 'switch');
CLIENT.orgnr = orgNr(POP, 'dash'); CLIENT.vat = `SE${CLIENT.orgnr.replace('-', '')}01`; CLIENT.bg = `${POP.int(5000, 5999)}-${POP.digits(4)}`; CLIENT.pg = `${POP.int(10, 99)} ${POP.digits(2)} ${POP.digits(2)}-${POP.digits(1)}`;
const FREEPHONE = { cc: '46', area: '20', sub: '456' + POP.digits(3), e164: '', kind: 'switch' };
FREEPHONE.e164 = '+46' + FREEPHONE.area + FREEPHONE.sub;
if (!validE164(FREEPHONE.e164)) throw new Error('freephone invalid ' + FREEPHONE.e164);
const TITLES = ['Kundrådgivare', 'Kundtjänstmedarbetare', 'Supporttekniker', 'Kundservice', 'Teamledare Kundservice', 'Senior kundrådgivare', 'Faktura & betalning', '2nd line support'];
const AGENTS = [];
for (let i = 0; i < 20; i++) {
  const origin = i < 11 ? 'se' : POP.pick(['ar', 'fi', 'fa', 'ba', 'tr', 'so', 'pl', 'er', 'other']);
  const a = makePerson(POP, { staff: true, origin, domain: CLIENT.domain, foreign: null });
  a.title = TITLES[i % TITLES.length];
  a.direct = POP.chance(0.6) ? genSePhone(POP, 'fixed') : a.mobile;
  a.ext = String(4100 + i * 7);
  AGENTS.push(a);
}
const LEAD = AGENTS[4]; LEAD.title = 'Teamledare Kundservice';
const DPO = makePerson(POP, { staff: true, origin: 'se', domain: CLIENT.domain, foreign: null }); DPO.title = 'Dataskyddsombud'; DPO.ext = '4001'; DPO.direct = genSePhone(POP, 'fixed');
const TECHS = Array.from({ length: 6 }, () => { const p = makePerson(POP, { staff: true, domain: 'fiberkollektivet.se', foreign: null }); p.title = 'Fälttekniker'; return p; });
const INKASSO = Array.from({ length: 3 }, () => { const p = makePerson(POP, { staff: true, domain: 'inkassonord.se', foreign: null }); p.title = 'Handläggare'; return p; });
const CUSTOMERS = [];
for (let i = 0; i < 430; i++) CUSTOMERS.push(makePerson(POP, i < 9 ? { old: true, origin: 'se' } : i < 16 ? { samordning: true, origin: POP.pick(['ar', 'so', 'fa', 'pl', 'er', 'th', 'other', 'vi']) } : {}));
const pickCust = (r, cp = false) => { for (;;) { const c = r.pick(CUSTOMERS); if (!cp || c.cp) return c; } };
const pickAgent = (r, cp = false) => { for (;;) { const a = r.pick(AGENTS); if (!cp || a.cp) return a; } };

// ---------------------------------------------------------------- text building blocks
const addr = (t, p) => `${t.nmv('street', p.street)}, ${t.nmv('postal_code', p.postcode)} ${t.nmv('place', p.city)}`;
const addrLines = (t, p) => `${t.nmv('street', p.street)}${p.lgh ? ', ' + p.lgh : ''}\n${t.nmv('postal_code', p.postcode)} ${t.nmv('place', p.city)}`;
const sw = (t) => t.ph(SWITCHBOARD, t.r.pick(['dash-grouped', 'dash-grouped', 'space-grouped', 'intl-space']));
function custSign(t, c, style) {
  const r = t.r;
  if (style === 'english') return r.pick([
    () => `\n\nBest regards,\n${t.name(c)}\n${t.tel(c)}`,
    () => `\n\nThanks,\n${t.name(c)}`,
    () => `\n\nKind regards\n${t.name(c)}\nSent from my iPhone`,
  ])();
  if (style === 'sloppy') return r.pick([
    () => `\n/${t.first(c)}`,
    () => `\nmvh ${t.name(c, 'lower')}`,
    () => ` //${t.first(c)} ${t.tel(c, 'plain')}`,
    () => `\n\nHälsningar ${t.name(c)}\n\nSkickat från min Samsung Galaxy-smartphone.`,
    () => `\n${t.name(c, 'lower')}\n${t.tel(c)}`,
    () => `\nMvh ${t.first(c)}`,
  ])();
  return r.pick([
    () => `\n\nMvh\n${t.name(c)}`,
    () => `\n\nMed vänlig hälsning\n${t.name(c)}\n${addrLines(t, c)}\nTel: ${t.tel(c)}`,
    () => `\n\nVänliga hälsningar\n${t.name(c)}\n${t.tel(c)}\n${t.mail(c)}`,
    () => `\n\nTack på förhand!\n${t.name(c)}`,
    () => `\n\nHälsningar,\n${t.name(c)}\nMobil: ${t.tel(c)}`,
    () => `\n\n${t.name(c)}\n\nSkickat från min iPhone`,
  ])();
}
function agentSign(t, a, style) {
  const r = t.r;
  if (style === 'english') return r.pick([
    () => `\n\nKind regards,\n${t.name(a)}\nCustomer Service | ${CLIENT.name}\nPhone: ${t.ph(SWITCHBOARD, 'intl-space')}`,
    () => `\n\nBest regards\n${t.name(a)}\n${a.title}, ${CLIENT.short}`,
  ])();
  return r.pick([
    () => `\n\nMed vänliga hälsningar\n\n${t.name(a)}\nKundservice, ${t.nmv('company', CLIENT.name)}\nTel. ${sw(t)} | ${t.role('kundservice')}`,
    () => `\n\nVänliga hälsningar,\n${t.name(a)}\n${a.title}\nDirekt: ${t.tel(a, undefined, 'direct')}\nE-post: ${t.mail(a)}`,
    () => `\n\nMvh\n${t.name(a)}\n${CLIENT.short} Kundservice`,
    () => `\n\nMed vänlig hälsning\n${t.name(a)} | ${a.title}\n${t.nmv('company', CLIENT.name)} | Org.nr ${t.nmv('org_number', CLIENT.orgnr)}\nVäxel ${sw(t)}`,
    () => `\n\n/${t.first(a)}, Kundservice ${CLIENT.short}`,
    () => `\n\nHälsningar\n${t.name(a)}\nNorrsken Energi & Bredband\nÖppettider: vardagar ${t.nmv('time', '08.00')}–${t.nmv('time', '17.00')}`,
  ])();
}
function greetAgent(t, c, style) {
  const r = t.r;
  if (style === 'english') return r.pick([() => `Hi ${t.first(c)},\n\n`, () => `Hello ${t.name(c)},\n\n`, () => `Dear customer,\n\n`])();
  return r.pick([() => `Hej ${t.first(c)}!\n\n`, () => `Hej ${t.first(c)},\n\n`, () => `Hej ${t.name(c)},\n\n`, () => `Hej!\n\n`, () => `Hej och tack för ditt mejl!\n\n`])();
}
const WORD_NAMES = [
  ['Per månad', 'Per månad blir det ungefär samma kostnad som idag.'],
  ['Bo kvar', 'Bo kvar i lägenheten under uppsägningstiden går bra.'],
  ['Inga fel', 'Inga fel hittades vid fjärrmätningen.'],
  ['Klara', 'Klara besked tack, inga fler hänvisningar.'],
  ['Rut-avdrag', 'Rut-avdrag gäller inte för den här tjänsten.'],
  ['Mark', 'Mark- och grävarbete ingår inte i fiberanslutningen.'],
  ['Ronja', 'Vi har döpt routern till Ronja haha, spelar det någon roll?'],
  ['Sten', 'Sten och grus låg över kabelskåpet efter grävningen.'],
  ['Alla Hjärtans', 'Alla Hjärtans Dag-erbjudandet gick ut i februari.'],
  ['Kalle Anka', 'Vi har tittat på Kalle Anka på julafton via TV Bas i alla år.'],
  ['Tack Per', 'Tack Per för hjälpen i telefon igår.'],
  ['Hej Maja', 'Hej Maja, fick du mitt sms?'],
  ['Ingen Fara', 'Ingen Fara, jag väntar.'],
  ['Björk', 'Björk och gran har fallit över luftledningen.'],
  ['Vera', 'Appen heter Vera? Nej, det var visst Mina sidor.'],
];
const wordName = (t) => { const [k, s] = t.r.pick(WORD_NAMES); if (/^(Tack|Hej) /.test(k)) t.nmv('lone_first_name', k.split(' ')[1]); else t.nmv(k === 'Kalle Anka' ? 'fictional_name' : 'word_name', k); return s; };
function fmtAny(t, dt) { return t.date(dt, t.r.pick(['iso', 'iso', 'dot', 'slash', 'long', 'short', 'longday', 'slashy', 'compact'])); }

// ---------------------------------------------------------------- case stories
// Each text function receives a writer t (labels into the file being written) and a case context.
const TOPICS = {
  faktura: {
    subject: (t, x) => t.r.pick([() => `Faktura ${t.nmv('invoice', x.inv)} stämmer inte`, () => `Fråga om faktura`, () => `fel belopp på fakturan!!`, () => `Invoice ${t.nmv('invoice', x.inv)}`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'english') return `Hello,\n\nI received invoice ${t.nmv('invoice', x.inv)} (${t.nmv('amount', x.amount)}) but I cancelled my contract already in ${t.nmv('date', EN_MONTHS[x.d1.getUTCMonth()])}. Could you please look into this? My personal number is ${t.pnr(c)}.` + custSign(t, c, x.style);
      if (x.style === 'sloppy') return `hej!! fick precis en faktura på ${t.nmv('amount', x.amount)} ??? det är ju dubbelt mot förra månaden. har inte ändrat nåt. ring mig på ${t.tel(c)} efter kl ${t.nmv('time', '16')}` + custSign(t, c, x.style);
      return `Hej,\n\nJag har fått faktura nr ${t.nmv('invoice', x.inv)} på ${t.nmv('amount', x.amount)} för perioden ${fmtAny(t, x.d1)} – ${fmtAny(t, x.d2)}, men jag flyttade från ${t.nmv('street', x.oldStreet)} redan ${fmtAny(t, x.d1)}. Kan ni kontrollera och kreditera fakturan?\n\nKundnummer: ${t.nmv('customer_number', x.custno)}\nPersonnummer: ${t.pnr(c)}` + custSign(t, c, x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + (x.style === 'english'
      ? `Thank you for contacting us. I have reviewed invoice ${t.nmv('invoice', x.inv)} and credited ${t.nmv('amount', x.amount)}. A corrected invoice will be sent within 5 working days, OCR ${t.nmv('ocr', x.ocr)}.`
      : `Tack för ditt mejl. Jag har tittat på faktura ${t.nmv('invoice', x.inv)} och ser att slutavläsningen inte kommit in från nätägaren. Jag har nu krediterat ${t.nmv('amount', x.amount)} och en ny faktura skickas inom 5 arbetsdagar. OCR-numret på den nya fakturan blir ${t.nmv('ocr', x.ocr)}, betala till bankgiro ${t.nmv('bankgiro', x.bg)}.\n\nHar du fler frågor är du välkommen att ringa oss på ${sw(t)}.`) + agentSign(t, x.a, x.style),
    note: (t, x) => t.r.pick([
      () => `Kunden ringde ${fmtAny(t, x.d2)} och uppgav att hen flyttat. Kontrollerat adress mot SPAR – ny adress ${addr(t, x.c)}. Krediterat ${t.nmv('invoice', x.inv)}. Pnr ${t.pnr(x.c)} verifierat med BankID.`,
      () => `Intern notering: kreditering ${t.nmv('amount', x.amount)} godkänd av ${t.name(LEAD)}. Kund ${t.name(x.c, 'lastfirst')} informerad via mejl.`,
      () => `Called customer on ${t.tel(x.c)}, no answer. Left voicemail. Will try again tomorrow. /${t.first(x.a)}`,
    ])(),
  },
  flytt: {
    subject: (t, x) => t.r.pick([() => `Flytt ${fmtAny(t, x.d1)}`, () => `Flyttanmälan – ${t.name(x.c)}`, () => `Ny adress`, () => `flyttar!`])(),
    customer: (t, x) => {
      const c = x.c, p = x.rel;
      if (x.style === 'sloppy') return `hej vi flyttar ${fmtAny(t, x.d1)} till ${addr(t, x.newAddr)} vill ha med elen och bredbandet. min sambo ${t.name(p, t.r.pick(['full', 'lower']))} ska också stå på avtalet pnr ${t.pnr(p)}` + custSign(t, c, x.style);
      if (x.style === 'english') return `Hi,\n\nWe are moving on ${fmtAny(t, x.d1)} to ${addr(t, x.newAddr)}. Please move my electricity contract and broadband. My partner ${t.name(p)} (personnummer ${t.pnr(p)}) should be added as co-applicant.` + custSign(t, c, x.style);
      return `Hej!\n\nVi flyttar den ${fmtAny(t, x.d1)} från ${t.nmv('street', x.oldStreet)} till ${addr(t, x.newAddr)}. Jag vill ta med elavtalet (${t.nmv('product', x.plan)}) och bredbandet. Min sambo ${t.name(p)} (${t.pnr(p)}) ska också stå på avtalet.\n\nAnläggnings-ID för nya lägenheten är ${t.nmv('facility_id', x.facility)}.\n${wordName(t)}` + custSign(t, c, x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Tack för att du meddelar flytten. Jag har registrerat flytten till ${fmtAny(t, x.d1)} och lagt till ${t.name(x.rel)} som medsökande. Ny router (${t.nmv('product', x.router)}) skickas med PostNord, kolli-ID ${t.nmv('tracking', x.tracking)}.\n\nObservera att det kan ta upp till 14 dagar innan elnätsägaren har registrerat bytet.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Flyttanmälan. Medsökande: ${t.name(x.rel)}, ${t.pnr(x.rel)}. Kreditkontroll OK (UC ${t.date(x.d2, 'iso')}). Ny anläggning ${t.nmv('facility_id', x.facility)}. Kontakt kund: ${t.tel(x.c)}.`,
  },
  uppsagning: {
    subject: (t, x) => t.r.pick([() => `Uppsägning av avtal`, () => `Uppsägning – ${t.name(x.c)} ${t.pnr(x.c)}`, () => `Terminate subscription`, () => `säga upp`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'english') return `Hi,\n\nI want to terminate my subscription (${t.nmv('product', x.plan)}) as I'm moving abroad. My new phone number is ${t.tel(c, undefined, c.mobile.cc === '46' ? 'mobile' : 'mobile')}. Customer no ${t.nmv('customer_number', x.custno)}.` + custSign(t, c, x.style);
      if (x.style === 'sloppy') return `vill säga upp ${t.nmv('product', x.plan)} asap. har flyttat. kundnr ${t.nmv('customer_number', x.custno)} pnr ${t.pnr(c)}` + custSign(t, c, x.style);
      return `Hej,\n\nJag vill säga upp mitt abonnemang ${t.nmv('product', x.plan)} från och med ${fmtAny(t, x.d1)}. Routern lämnar jag på närmaste ombud.\n\nNamn: ${t.name(c)}\nPersonnummer: ${t.pnr(c)}\nKundnummer: ${t.nmv('customer_number', x.custno)}` + custSign(t, c, x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + (x.style === 'english'
      ? `We have received your termination of ${t.nmv('product', x.plan)}. The notice period is one month and the contract ends on ${t.date(x.d2, 'iso')}. The final invoice will be sent to ${t.mail(x.c)}.`
      : `Vi har tagit emot din uppsägning av ${t.nmv('product', x.plan)}. Uppsägningstiden är en månad och avtalet avslutas ${fmtAny(t, x.d2)}. Slutfakturan skickas till ${t.mail(x.c)}. Returetikett för routern: ${t.nmv('tracking', x.tracking)}.`) + agentSign(t, x.a, x.style),
    note: (t, x) => `Uppsägning registrerad. Kunden erbjöds ${t.nmv('product', t.r.pick(PLANS))} men tackade nej. Orsak: flytt. ${wordName(t)}`,
  },
  avbrott: {
    subject: (t, x) => t.r.pick([() => `Internet funkar inte`, () => `AVBROTT igen!!!`, () => `Störning fiber ${t.nmv('place', x.c.city)}`, () => `No internet since Friday`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'english') return `Hi, our internet has been down since Friday. I have restarted the router (${t.nmv('product', x.router)}) many times, the light is blinking red. I work from home so this is urgent. Call me on ${t.tel(c)}.` + custSign(t, c, x.style);
      if (x.style === 'sloppy') return `INTERNET FUNKAR INTE!!! sen i fredags. har startat om routern typ 10 ggr. jobbar hemifrån och det här går ju inte. ring ${t.tel(c)} NU` + custSign(t, c, x.style);
      return `Hej,\n\nVi har inte haft något internet sedan i fredags ${fmtAny(t, x.d1)}. Lampan på routern (${t.nmv('product', x.router)}) blinkar rött och vi har startat om den flera gånger. Vi bor på ${addr(t, c)}.\n\nNi når mig på ${t.tel(c)} eller min sambo ${t.name(x.rel)} på ${t.tel(x.rel)}.` + custSign(t, c, x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Vi ser en störning i ditt område och en tekniker från Fiberkollektivet, ${t.name(x.tech)}, kommer ${fmtAny(t, x.d2)} mellan ${t.nmv('time', '08.00')} och ${t.nmv('time', '12.00')}. Teknikern ringer från ${t.tel(x.tech)} innan besöket.\n\n${wordName(t)}` + agentSign(t, x.a, x.style),
    note: (t, x) => t.r.pick([
      () => `Felsökt via fjärr: routerns WAN-IP ${t.ip(x.ip)} svarar ej på ping. Kundens lokala IP ${t.ip(x.priv)}. Firmware ${t.nm('version')}. Bokat tekniker ${t.name(x.tech)} (${t.tel(x.tech)}).`,
      () => `Line check OK on OLT. Customer CPE ${t.nmv('product', x.router)} last seen ${t.date(x.d1, 'isoz')} from ${t.ip(x.ip6)}. Escalated to 2nd line (${t.name(t.r.pick(AGENTS))}).`,
      () => `Kunden ringde och uppgav att routern startar om sig själv. Bytt kanal på wifi. ${t.nmv('word_name', 'Inga fel')} i loggen. IP vid samtalet: ${t.ip(x.ip)}.`,
    ])(),
  },
  reklamation: {
    subject: (t, x) => t.r.pick([() => `Reklamation ${t.nmv('product', x.product)}`, () => `Trasig ${t.nmv('product', x.product)} – order ${t.nmv('order', x.order)}`, () => `Reklamation`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'sloppy') return `hej köpte en ${t.nmv('product', x.product)} av er i ${t.nmv('date', SV_MONTHS[x.d1.getUTCMonth()])} och nu har den slutat funka helt. skärmen svart. ordernr ${t.nmv('order', x.order)}. vad gör jag??` + custSign(t, c, x.style);
      if (x.style === 'english') return `Hello, I bought a ${t.nmv('product', x.product)} from you on ${t.date(x.d1, 'en')} (order ${t.nmv('order', x.order)}). It stopped working. IMEI ${t.nm('imei')}. I would like to file a warranty claim.` + custSign(t, c, x.style);
      return `Hej,\n\nJag köpte en ${t.nmv('product', x.product)} hos er ${fmtAny(t, x.d1)} (order ${t.nmv('order', x.order)}, artikelnr ${t.nm('article')}) och den har slutat fungera. IMEI: ${t.nm('imei')}. Jag vill reklamera den. Kvittot bifogas.\n\nMed vänlig hälsning\n${t.name(c)}\n${addrLines(t, c)}\ntel ${t.tel(c)}`;
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Tråkigt att höra att din ${t.nmv('product', x.product)} inte fungerar. Vi skickar en fraktsedel till ${t.mail(x.c)}. Paketera produkten väl och lämna den hos närmaste PostNord-ombud. Spårningsnummer: ${t.nmv('tracking', x.tracking)}. Reklamationen har ärendenummer ${t.nmv('case_number', x.caseNo)}.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Reklamation godkänd enl. konsumentköplagen. Ersättningsenhet skickad, ${t.nmv('ean', x.ean)}. Kund: ${t.name(x.c)}, ${t.tel(x.c)}.`,
  },
  gdpr: {
    subject: (t, x) => t.r.pick([() => `Begäran om registerutdrag (GDPR)`, () => `GDPR – radering av mina uppgifter`, () => `Registerutdrag ${t.name(x.c)}`, () => `Data subject access request`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'english') return `Dear Sir or Madam,\n\nUnder Article 15 GDPR I request a copy of all personal data you process about me.\n\nName: ${t.name(c)}\nPersonal identity number: ${t.pnr(c)}\nE-mail: ${t.mail(c)}\nPhone: ${t.tel(c)}\n\nPlease reply within one month.` + custSign(t, c, x.style);
      return `Hej,\n\nJag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR) avseende alla personuppgifter ni behandlar om mig.\n\nNamn: ${t.name(c)}\nPersonnummer: ${t.pnr(c)}\nAdress: ${addr(t, c)}\nE-post: ${t.mail(c)}\nTelefon: ${t.tel(c)}\n\nJag vill även att ni raderar uppgifter om min tidigare adress ${t.nmv('street', x.oldStreet)}.\n\nVänliga hälsningar\n${t.name(c)}`;
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Vi har tagit emot din begäran om registerutdrag (ärende ${t.nmv('case_number', x.caseNo)}). Av säkerhetsskäl skickar vi utdraget till din folkbokföringsadress inom en månad. Frågor om personuppgiftsbehandling kan ställas till ${t.role('dataskydd')}.` + agentSign(t, x.a, x.style),
    note: (t, x) => `GDPR art. 15. Vidarebefordrat till dataskyddsombud ${t.name(DPO)} (${t.mail(DPO)}). Identitet kontrollerad mot pnr ${t.pnr(x.c)}. Svar senast ${t.date(x.d2, 'iso')}.`,
  },
  dodsbo: {
    subject: (t, x) => t.r.pick([() => `Dödsbo efter ${t.name(x.old)}`, () => `Avsluta avtal – dödsfall`, () => `Dödsbo`])(),
    customer: (t, x) => {
      const c = x.c, o = x.old;
      return `Hej.\n\nMin ${o.gender === 'f' ? t.r.pick(['mor', 'mormor', 'farmor']) : t.r.pick(['far', 'morfar', 'farfar'])} ${t.name(o)} (pnr ${t.pnr(o, t.r.pick(['short-dash', 'long-dash']))}) avled den ${fmtAny(t, x.d1)}. Jag är dödsbodelägare och vill säga upp elavtalet på ${t.nmv('street', o.street)}. Min ${x.rel.gender === 'f' ? 'syster' : 'bror'} ${t.name(x.rel)} och jag förvaltar dödsboet tillsammans.\n\nKontakta mig på ${t.tel(c)} eller ${t.mail(c)}.` + custSign(t, c, 'formal');
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Vi beklagar sorgen. För att avsluta avtalet efter ${t.name(x.old)} behöver vi en kopia av dödsfallsintyg med släktutredning eller bouppteckning. Du kan skicka dokumenten till ${t.role('kundservice')} eller med post till ${t.nmv('company', CLIENT.name)}, Box ${t.nmv('po_box', '1234')}, ${t.nmv('postal_code', '111 64')} Stockholm.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Dödsbo: ${t.name(x.old, 'lastfirst')}, ${t.pnr(x.old)}. Kontaktperson ${t.name(x.c)}, ${t.tel(x.c)}. Väntar på släktutredning.`,
  },
  fullmakt: {
    subject: (t, x) => t.r.pick([() => `Fullmakt för min ${x.old.gender === 'f' ? 'mamma' : 'pappa'}`, () => `Ombud – ${t.name(x.old)}`, () => `Fullmakt`])(),
    customer: (t, x) => {
      const c = x.c, o = x.old;
      const [mm, hon] = o.gender === 'f' ? ['mammas', 'hon'] : ['pappas', 'han'];
      if (x.style === 'sloppy') return `hej jag skriver för min ${mm} räkning ${t.name(o, 'lower')} ${t.pnr(o)} ${hon} hör dåligt så ${hon} vill att jag sköter allt. fullmakt bifogad. mitt nr ${t.tel(c)}` + custSign(t, c, 'sloppy');
      return `Hej,\n\nJag skriver för min ${mm} räkning, ${t.name(o)}, ${t.pnr(o)}. ${hon === 'hon' ? 'Hon' : 'Han'} är ${ageOn(o.birth)} år och hör dåligt, så ${hon} vill att jag sköter kontakten med er. Fullmakt bifogas.\n\nMitt eget nummer är ${t.tel(c)}.` + custSign(t, c, 'formal');
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Tack, fullmakten är registrerad och du kan nu företräda ${t.name(x.old)} i ärenden som rör avtalet. Fullmakten gäller till och med ${t.date(x.d2, 'iso')}.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Fullmakt inkommen. Huvudman: ${t.name(x.old)} (${t.pnr(x.old)}). Ombud: ${t.name(x.c)} (${t.pnr(x.c)}), tel ${t.tel(x.c)}.`,
  },
  inlogg: {
    subject: (t, x) => t.r.pick([() => `Kan inte logga in`, () => `BankID fungerar inte på Mina sidor`, () => `Login problem`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'english' || x.style === 'sloppy') return `Hi, I can't log in to Mina sidor. BankID says "Åtgärden avbröts". Tried from two different devices. My email is ${t.mail(c)}` + custSign(t, c, x.style);
      return `Hej,\n\nJag kommer inte in på Mina sidor. Jag får felmeddelandet "Något gick fel (kod ${t.nmv('error_code', 'RFA' + t.r.int(2, 22))})". Jag har testat både i mobilen och på datorn. Mitt användarnamn är ${t.mail(c)}.` + custSign(t, c, x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Vi har låst upp ditt konto. Prova att logga in igen och uppdatera BankID-appen till senaste versionen (${t.nm('version')}). Du verkar använda ${t.nmv('os_version', t.r.pick(['iOS 16.7.5', 'iOS 17.3.1', 'Android 13', 'Android 14']))}. Om det fortfarande inte fungerar kan du ringa ${sw(t)}.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Kontrollerat inloggningsloggen: 5 misslyckade försök ${t.date(x.d1, 'iso')} från ${t.ip(x.ip)} och ${t.ip(x.ip6)}. Kontot upplåst. Användare ${t.mail(x.c)}. Request-ID ${t.nm('guid')}.`,
  },
  inkasso: {
    subject: (t, x) => t.r.pick([() => `Inkassokrav – har redan betalat!`, () => `Varför inkasso??`, () => `Betalning OCR ${t.nmv('ocr', x.ocr)}`])(),
    customer: (t, x) => {
      const c = x.c;
      if (x.style === 'sloppy') return `varför har jag fått inkassokrav från inkasso nord??? jag HAR betalat. ${t.nmv('amount', x.amount)} till bg ${t.nmv('bankgiro', x.bg)} den ${fmtAny(t, x.d1)}. vill ha svar idag. ${t.name(c)} ${t.pnr(c)}`;
      return `Hej,\n\nJag har fått ett inkassokrav från Inkasso Nord AB avseende faktura ${t.nmv('invoice', x.inv)}. Jag betalade ${t.nmv('amount', x.amount)} till bankgiro ${t.nmv('bankgiro', x.bg)} den ${fmtAny(t, x.d1)} med OCR ${t.nmv('ocr', x.ocr)}. Bifogar kvitto från banken.\n\nPersonnummer ${t.pnr(c)}` + custSign(t, c, x.style === 'english' ? 'formal' : x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Jag har kontrollerat din betalning. Den kom in med fel OCR-nummer och hamnade därför på ett annat konto. Vi har nu flyttat betalningen och återkallat ärendet hos Inkasso Nord (handläggare ${t.name(x.ink)}, ${t.mail(x.ink)}). Du behöver inte göra något mer.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Betalning ${t.nmv('amount', x.amount)} felplacerad. Återkallat hos Inkasso Nord, ref ${t.nmv('case_number', x.caseNo)}. Kontakt där: ${t.name(x.ink)} ${t.tel(x.ink)}.`,
  },
  autogiro: {
    subject: (t, x) => t.r.pick([() => `Autogiro`, () => `Anmälan autogiro`, () => `Byta till e-faktura/autogiro`])(),
    customer: (t, x) => `Hej! Vill ansluta autogiro för mina fakturor. Clearingnr ${t.nmv('clearing', x.clearing)} kontonr ${t.nmv('bank_account', x.account)}. Betalare: ${t.name(x.c)}, ${t.pnr(x.c)}.` + custSign(t, x.c, x.style === 'english' ? 'formal' : x.style),
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Tack! Autogiromedgivandet är skickat till din bank för godkännande. Första dragning sker ${fmtAny(t, x.d2)}. Vill du hellre ha e-faktura kan du anmäla det i din internetbank, vårt bankgiro är ${t.nmv('bankgiro', x.bg)}.` + agentSign(t, x.a, x.style),
    note: (t, x) => `AG-medgivande skickat via Bankgirot. IBAN för utlandsbetalning: ${t.nm('iban')}, BIC ${t.nm('bic')}.`,
  },
  kontakt: {
    subject: (t, x) => t.r.pick([() => `Nytt telefonnummer`, () => `Ändra kontaktuppgifter`, () => `ny mejl`])(),
    customer: (t, x) => {
      const c = x.c;
      return `Hej, jag har bytt nummer. Nytt mobilnummer: ${t.ph(x.newPhone)}. Det gamla ${t.tel(c)} kan tas bort. Ny e-post ${t.rawMail(x.newMail)}. Tack!` + custSign(t, c, x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Vi har uppdaterat dina kontaktuppgifter. Vi skickar ett bekräftelse-sms till ${t.ph(x.newPhone)}.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Kontaktuppgifter ändrade ${t.date(x.d1, 'isotime')} av ${t.name(x.a)}. Gammalt nr ${t.tel(x.c)}, nytt ${t.ph(x.newPhone)}.`,
  },
  klagomal: {
    subject: (t, x) => t.r.pick([() => `Klagomål på bemötande`, () => `Otrevlig handläggare`, () => `Missnöjd!!`])(),
    customer: (t, x) => {
      const c = x.c;
      return `Jag är MYCKET missnöjd med bemötandet jag fick när jag ringde igår kl ${t.nmv('time', fmtDate(x.d1, 'timedot'))}. Er medarbetare ${t.name(x.a)} lade på luren mitt i samtalet när jag frågade om kompensation för avbrottet. Jag har varit kund sedan ${t.nmv('date', String(x.d1.getUTCFullYear() - t.r.int(3, 15)))} och förväntar mig bättre.` + custSign(t, c, x.style === 'english' ? 'formal' : x.style);
    },
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Jag heter ${t.name(LEAD)} och är teamledare på kundservice. Jag beklagar verkligen att du inte fick ett bra bemötande. Jag har pratat med ${t.name(x.a)} och vi har gått igenom samtalet. Som kompensation krediterar vi ${t.nmv('amount', '199 kr')} på nästa faktura.` + agentSign(t, LEAD, 'formal'),
    note: (t, x) => `Klagomål på ${t.name(x.a)}. Samtalet avlyssnat av ${t.name(LEAD)}. Coaching bokad ${t.date(x.d2, 'iso')}.`,
  },
  nyinflyttad: {
    subject: (t, x) => t.r.pick([() => `New customer – no BankID yet`, () => `Elavtal utan BankID?`])(),
    customer: (t, x) => {
      const s = x.samord;
      return `Hello!\n\nI just moved to Sweden from ${t.nmv('place', t.r.pick(['Poland', 'Syria', 'Finland', 'Eritrea', 'Iran', 'Norway', 'Thailand']))}. I have a samordningsnummer ${t.pnr(s, t.r.pick(['short-dash', 'long-dash', 'long']))} but no BankID yet. Can I sign the electricity contract anyway? You can reach me at ${t.tel(s)}${s.mobile2 ? ' or my Swedish number ' + t.tel(s, undefined, 'mobile2') : ''}.\n\nBest,\n${t.name(s)}`;
    },
    reply: (t, x) => `Hi ${t.first(x.samord)},\n\nWelcome to Sweden! Yes, you can sign the contract with a samordningsnummer. We will send the contract to ${t.mail(x.samord)} for e-signing.` + agentSign(t, x.a, 'english'),
    note: (t, x) => `Samordningsnummer ${t.pnr(x.samord)} kontrollerat hos Skatteverket. Kund saknar BankID – manuell ID-kontroll med pass.`,
  },
  elavtal: {
    subject: (t, x) => t.r.pick([() => `Byta till fast pris?`, () => `Fråga om elpris`, () => `Elavtal`])(),
    customer: (t, x) => `Hej, funderar på att byta från rörligt till fast pris. Vi förbrukar ca ${t.nmv('amount', t.r.int(4, 22) + ' 000')} kWh/år i villan. Anläggnings-ID ${t.nmv('facility_id', x.facility)}. Vad blir priset? ${wordName(t)}` + custSign(t, x.c, x.style === 'english' ? 'formal' : x.style),
    reply: (t, x) => greetAgent(t, x.c, x.style) + `Med ${t.nmv('product', 'El Fast pris 36 mån')} blir priset ${t.nmv('amount', t.r.int(80, 140) + ',' + t.r.digits(2) + ' öre/kWh')} inklusive moms. ${t.nmv('word_name', 'Per månad')} motsvarar det ungefär ${t.nmv('amount', t.r.int(600, 2400) + ' kr')} för er förbrukning. Vill du teckna avtalet kan du svara på det här mejlet.` + agentSign(t, x.a, x.style),
    note: (t, x) => `Offert skickad. Förbrukning enl. nätägare ${t.nmv('amount', t.r.int(4000, 22000) + ' kWh')}. Kundens mejl ${t.mail(x.c)}.`,
  },
};
const TOPIC_KEYS = Object.keys(TOPICS);
const TOPIC_W = { faktura: 14, flytt: 9, uppsagning: 9, avbrott: 12, reklamation: 8, gdpr: 5, dodsbo: 3, fullmakt: 3, inlogg: 7, inkasso: 5, autogiro: 4, kontakt: 6, klagomal: 4, nyinflyttad: 3, elavtal: 6 };
let caseSeq = 0;
function newCase(r, opts = {}) {
  const id = opts.id ?? ++caseSeq;
  const cp = !!opts.cp;
  const c = opts.cust ?? pickCust(r, cp);
  let rel; do { rel = pickCust(r, cp); } while (rel === c);
  const olds = CUSTOMERS.filter((p) => p.birth.y < 1950 && p !== c && (!cp || p.cp));
  const samords = CUSTOMERS.filter((p) => p.samordning && (!cp || p.cp));
  const d1 = randDate(r, opts.from ?? '2023-02-01', opts.to ?? '2025-03-20');
  const d2 = new Date(d1.getTime() + r.int(1, 30) * 86400000 + r.int(0, 600) * 60000);
  const x = {
    id, key: `${opts.sys ?? 'case'}-${id}`, c, rel, a: opts.agent ?? pickAgent(r, cp), topic: opts.topic ?? r.weighted(Object.entries(TOPIC_W)),
    style: opts.style ?? r.weighted([['formal', 45], ['sloppy', 33], ['english', 12], ['short', 10]]),
    d1, d2, created: d1, product: r.pick(PRODUCTS), router: r.pick(ROUTERS), plan: r.pick(PLANS),
    inv: NM.invoice(r), order: NM.order(r), ocr: NM.ocr(r), bg: r.chance(0.8) ? CLIENT.bg : NM.bankgiro(r), tracking: NM.tracking(r), custno: NM.customer_number(r), caseNo: NM.case_number(r), ean: NM.ean(r),
    amount: NM.amount(r), facility: NM.facility_id(r), oldStreet: `${r.pick(STREETS)} ${r.int(1, 60)}`,
    newAddr: { street: `${r.pick(STREETS)} ${r.int(1, 90)}`, postcode: `${r.int(111, 984)} ${r.digits(2)}`, city: r.pick(CITIES)[0] },
    ip: genIp4(r), ip6: genIp6(r), priv: genIp4Private(r), tech: r.pick(TECHS), ink: r.pick(INKASSO),
    old: r.pick(olds), samord: r.pick(samords),
    newPhone: genSePhone(r, 'mobile'), clearing: `${r.pick(['8327', '6000', '3300', '5000', '8105', '9150'])}-${r.int(0, 9)}`, account: (() => { for (;;) { const v = `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}-${r.digits(1)}`; if (!looksValidPnr(v.replace(/ /g, ''))) return v; } })(),
  };
  if (x.topic === 'nyinflyttad') x.c = x.samord;
  x.newMail = `${translit(x.c.first1).replace(/ /g, '')}.${translit(x.c.last).replace(/[ -]/g, '')}${r.int(1, 99)}@${r.pick(['gmail.com', 'outlook.com', 'icloud.com'])}`;
  usedEmails.add(x.newMail);
  return x;
}
// render a text function with a fresh writer whose RNG depends only on (case, part): identical output every time it is rendered
function render(fn, d, x, part) { return fn(W(d, rngFor(`${x.key}/${part}`)), x); }

// ---------------------------------------------------------------- output helpers
const FILES = new Map(); // rel -> Buffer
function emit(d, content, enc = 'utf8') {
  let buf;
  if (Buffer.isBuffer(content)) buf = content;
  else {
    d.text(content);
    if (enc === 'utf8') buf = Buffer.from(content, 'utf8');
    else if (enc === 'utf8bom') buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content, 'utf8')]);
    else if (enc === 'win1252') { if (!cp1252Safe(content)) throw new Error(`${d.rel}: text not representable in Windows-1252: ${[...content].filter((c) => !cp1252Safe(c)).slice(0, 10).join('')}`); buf = iconv.encode(content, 'win1252'); }
    else if (enc === 'utf16le') buf = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(content, 'utf16le')]);
    else throw new Error(enc);
  }
  if (FILES.has(d.rel)) throw new Error('duplicate file ' + d.rel);
  if (!Buffer.isBuffer(content)) d.rawIdx = d.vt.length - 1;
  FILES.set(d.rel, buf);
}
function csvCell(v, delim, quoteAll) {
  v = v == null ? '' : String(v);
  if (quoteAll || v.includes(delim) || /["\r\n]/.test(v)) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}
function toCsv(rows, { delim = ',', eol = '\r\n', quoteAll = false } = {}) { return rows.map((row) => row.map((c) => csvCell(c, delim, quoteAll)).join(delim)).join(eol) + eol; }
function emitAsciiJson(d, obj, indent) { d.text(JSON.stringify(obj, null, indent)); emit(d, Buffer.from(asciiJson(obj, indent), 'utf8')); }
const asciiJson = (obj, indent) => JSON.stringify(obj, null, indent).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

// ---------------------------------------------------------------- MIME
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
function encodedWord(s, mode = 'Q', charset = 'UTF-8') {
  const enc = (str) => (charset.toUpperCase() === 'UTF-8' ? Buffer.from(str, 'utf8') : iconv.encode(str, charset));
  const words = []; let cur = '';
  if (mode === 'B') {
    let chunk = '';
    for (const ch of s) { if (enc(chunk + ch).length > 42) { words.push(`=?${charset}?B?${enc(chunk).toString('base64')}?=`); chunk = ''; } chunk += ch; }
    if (chunk) words.push(`=?${charset}?B?${enc(chunk).toString('base64')}?=`);
    return words.join('\r\n ');
  }
  for (const ch of s) {
    let e;
    if (/[A-Za-z0-9!*+\-/]/.test(ch)) e = ch; else if (ch === ' ') e = '_';
    else e = [...enc(ch)].map((b) => '=' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    if (cur.length + e.length > 58) { words.push(`=?${charset}?Q?${cur}?=`); cur = ''; }
    cur += e;
  }
  if (cur) words.push(`=?${charset}?Q?${cur}?=`);
  return words.join('\r\n ');
}
function fmtAddr(name, email, mode) {
  if (!name) return `<${email}>`;
  if (isAscii(name)) return /[,.;:()"<>@]/.test(name) || mode === 'quote' ? `"${name}" <${email}>` : `${name} <${email}>`;
  return `${encodedWord(name, mode === 'B' ? 'B' : 'Q', mode === 'latin1' ? 'ISO-8859-1' : 'UTF-8')} <${email}>`;
}
function qpEncode(text, charset = 'utf-8', eol = '\n') {
  const out = [];
  for (const line of text.split('\n')) {
    const bytes = charset === 'utf-8' ? Buffer.from(line, 'utf8') : iconv.encode(line, charset);
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && i !== bytes.length - 1)) enc += String.fromCharCode(b);
      else enc += '=' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    while (enc.length > 76) { let cut = 75; if (enc[cut - 1] === '=') cut -= 1; else if (enc[cut - 2] === '=') cut -= 2; out.push(enc.slice(0, cut) + '='); enc = enc.slice(cut); }
    out.push(enc);
  }
  return out.join(eol);
}
const b64wrap = (buf, eol = '\n') => buf.toString('base64').replace(/(.{76})/g, `$1${eol}`).replace(new RegExp(`${eol}$`), '');
const HTML_ENT = { 'å': '&aring;', 'ä': '&auml;', 'ö': '&ouml;', 'Å': '&Aring;', 'Ä': '&Auml;', 'Ö': '&Ouml;', 'é': '&eacute;', 'ü': '&uuml;', '–': '&ndash;', '”': '&rdquo;' };
function htmlEsc(s, entities = false) {
  s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (entities) s = s.replace(/[åäöÅÄÖéü–”]/g, (c) => HTML_ENT[c]);
  return s;
}
// plain text -> HTML body. mailtoValues: e-mail values to link (each link repeats the address once more: caller labels that)
function textToHtml(text, { entities = false, mailto = [], outlook = false, charset = 'utf-8' } = {}) {
  let h = htmlEsc(text, entities);
  for (const m of mailto) h = h.split(htmlEsc(m, entities)).join(`<a href="mailto:${m}">${htmlEsc(m, entities)}</a>`);
  const paras = h.split(/\n{2,}/).map((p) => p.replace(/\n/g, '<br>\n'));
  if (outlook) return `<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${charset}">\n<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="SV" link="#0563C1">\n<div class="WordSection1">\n${paras.map((p) => `<p class="MsoNormal">${p}<o:p></o:p></p>`).join('\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')}\n</div>\n</body>\n</html>`;
  return `<html><head><meta charset="utf-8"></head><body><div dir="ltr">${paras.map((p) => `<div>${p}</div>`).join('<div><br></div>\n')}</div></body></html>`;
}
let boundarySeq = 0;
function serializePart(part, eol, r, d) {
  const L = [];
  if (part.parts) {
    const b = part.boundary ?? `----=_Part_${++boundarySeq}_${r.int(100000000, 999999999)}.${r.int(1000000000000, 1999999999999)}`;
    L.push(`Content-Type: ${part.ct}; boundary="${b}"`);
    if (part.extraHeaders) L.push(...part.extraHeaders);
    L.push('');
    if (part.preamble) L.push(part.preamble);
    for (const p of part.parts) { L.push(`--${b}`); L.push(serializePart(p, eol, r, d)); }
    L.push(`--${b}--`, '');
    return L.join(eol);
  }
  const name = part.name ? (isAscii(part.name) ? `"${part.name}"` : `"${encodedWord(part.name, 'Q')}"`) : null;
  if (part.text != null) {
    const cs = part.charset ?? 'utf-8';
    L.push(`Content-Type: ${part.ct}; charset="${cs}"${part.format ? '; format=' + part.format : ''}${name ? '; name=' + name : ''}`);
    const cte = part.cte ?? 'quoted-printable';
    L.push(`Content-Transfer-Encoding: ${cte}`);
    if (name) L.push(`Content-Disposition: ${part.inline ? 'inline' : 'attachment'}; filename=${name}`);
    if (part.cid) L.push(`Content-ID: <${part.cid}>`);
    L.push('');
    const text = part.text.replace(/\r?\n/g, '\n');
    if (d && !part.noVt) d.text(text);
    if (cte === 'quoted-printable') L.push(qpEncode(text, cs.toLowerCase() === 'utf-8' ? 'utf-8' : cs, eol));
    else if (cte === 'base64') L.push(b64wrap(cs.toLowerCase() === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, cs), eol));
    else L.push(text.split('\n').join(eol));
    L.push('');
    return L.join(eol);
  }
  if (part.ct === 'message/rfc822') {
    L.push(`Content-Type: message/rfc822${name ? '; name=' + name : ''}`);
    L.push(`Content-Disposition: attachment${name ? '; filename=' + name : ''}`, '');
    L.push(part.raw.replace(/\r?\n/g, eol));
    return L.join(eol);
  }
  L.push(`Content-Type: ${part.ct}${name ? '; name=' + name : ''}`);
  L.push('Content-Transfer-Encoding: base64');
  if (part.cid) L.push(`Content-ID: <${part.cid}>`);
  L.push(`Content-Disposition: ${part.inline ? 'inline' : 'attachment'}${name ? '; filename=' + name : ''}`, '');
  L.push(b64wrap(part.data, eol), '');
  return L.join(eol);
}
function buildMessage(headers, body, { eol = '\n', r, d }) {
  const hs = headers.filter(([, v]) => v != null && v !== '');
  const H = hs.map(([k, v]) => `${k}: ${v}`);
  if (d) for (const [k, v, dec] of hs) d.text(`${k}: ${dec ?? v}`);
  H.push('MIME-Version: 1.0');
  const bodyStr = serializePart(body, eol, r, d);
  return H.join(eol) + eol + bodyStr;
}
function mboxEscape(msg) { return msg.split('\n').map((l) => (/^>*From /.test(l) ? '>' + l : l)).join('\n'); }
function msgId(r, style, dom) {
  switch (style ?? r.pick(['gmail', 'outlook', 'generic', 'apple'])) {
    case 'gmail': return `CA${r.alnum(2, 'BCDEFGHJKLMNOPQRSTUVWXYZ')}${r.alnum(38, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_=+-')}@mail.gmail.com`;
    case 'outlook': { const h = r.pick(['DB9PR03MB', 'AM0PR07MB', 'HE1PR0901MB', 'VI1PR08MB']) + r.int(1000, 9999); return `${h}${r.alnum(20, 'ABCDEF0123456789')}@${h}.eurprd0${r.int(1, 8)}.prod.outlook.com`; }
    case 'apple': return `${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(12).toUpperCase()}@icloud.com`;
    default: return `${fmtDate(randDate(r), 'compact')}${r.int(100000, 999999)}.${r.hex(10).toUpperCase()}@${dom ?? 'mx1.' + CLIENT.domain}`;
  }
}

// ---------------------------------------------------------------- DOCX
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, WidthType, AlignmentType, Header, Footer, CommentRangeStart, CommentRangeEnd, CommentReference, BorderStyle } = docx;
function runsFrom(text, opts = {}) {
  const parts = String(text).split('\n');
  return parts.map((p, i) => new TextRun({ text: p, break: i > 0 ? 1 : undefined, bold: opts.bold, italics: opts.italics, size: opts.size, font: opts.font }));
}
async function buildDocx(d, spec) {
  const vt = [];
  if (spec.creator) vt.push(spec.creator);
  if (spec.lastModifiedBy) vt.push(spec.lastModifiedBy);
  const mkPara = (b) => {
    if (typeof b === 'string') { vt.push(b); return new Paragraph({ children: runsFrom(b) }); }
    if (b.h) { vt.push(b.h); return new Paragraph({ heading: b.level === 2 ? HeadingLevel.HEADING_2 : b.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_1, children: runsFrom(b.h) }); }
    if (b.runs) { vt.push(b.runs.map((x) => (typeof x === 'string' ? x : x.text)).join('')); return new Paragraph({ alignment: b.align === 'right' ? AlignmentType.RIGHT : undefined, children: b.runs.flatMap((x) => (typeof x === 'string' ? runsFrom(x) : runsFrom(x.text, x))) }); }
    if (b.bullet) { vt.push(b.bullet); return new Paragraph({ bullet: { level: 0 }, children: runsFrom(b.bullet) }); }
    if (b.commented) { // text with a reviewer comment
      vt.push(b.commented.before + b.commented.marked + b.commented.after);
      return new Paragraph({ children: [...runsFrom(b.commented.before), new CommentRangeStart(b.commented.id), ...runsFrom(b.commented.marked), new CommentRangeEnd(b.commented.id), new TextRun({ children: [new CommentReference(b.commented.id)] }), ...runsFrom(b.commented.after)] });
    }
    if (b.table) {
      const rows = b.table.map((row, ri) => new TableRow({ tableHeader: ri === 0 && b.header !== false, children: row.map((cell) => { vt.push(String(cell)); return new TableCell({ width: { size: Math.floor(9000 / row.length), type: WidthType.DXA }, children: [new Paragraph({ children: runsFrom(cell, { bold: ri === 0 && b.header !== false }) })] }); }) }));
      return new Table({ width: { size: 9000, type: WidthType.DXA }, rows });
    }
    if (b.empty) return new Paragraph({ children: [] });
    throw new Error('docx block ' + JSON.stringify(b).slice(0, 80));
  };
  const children = spec.blocks.map(mkPara);
  const headers = spec.header ? { default: new Header({ children: [new Paragraph({ children: runsFrom(spec.header, { size: 16 }) })] }) } : undefined;
  if (spec.header) vt.push(spec.header);
  const footers = spec.footer ? { default: new Footer({ children: [new Paragraph({ children: runsFrom(spec.footer, { size: 16 }) })] }) } : undefined;
  if (spec.footer) vt.push(spec.footer);
  const comments = spec.comments ? { children: spec.comments.map((c) => { vt.push(c.author, c.text); return { id: c.id, author: c.author, initials: c.initials, date: FIXED_DATE, children: [new Paragraph({ children: [new TextRun(c.text)] })] }; }) } : undefined;
  const doc = new Document({ creator: spec.creator ?? '', lastModifiedBy: spec.lastModifiedBy ?? '', title: spec.title ?? '', description: '', comments, styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } }, sections: [{ headers, footers, children }] });
  const raw = await Packer.toBuffer(doc);
  // make it reproducible: fixed timestamps in core.xml and in the zip entries
  const z = await JSZip.loadAsync(raw);
  const z2 = new JSZip();
  for (const name of Object.keys(z.files).sort()) {
    const f = z.files[name]; if (f.dir) continue;
    let data = await f.async('uint8array');
    if (name === 'docProps/core.xml') data = Buffer.from(data).toString('utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, spec.date ?? '2025-03-14T09:30:00Z');
    z2.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  const buf = await z2.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  d.text(vt.join('\n'));
  return buf;
}

// ---------------------------------------------------------------- PDF
function buildPdf(d, spec) {
  return new Promise((resolve, reject) => {
    const vt = [];
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: spec.title ?? '', Author: spec.author ?? CLIENT.name, Creator: spec.creator ?? 'Norrsken Dokumenttjänst 4.2', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks = []; doc.on('data', (c) => chunks.push(c)); doc.on('end', () => { d.text(vt.join('\n')); resolve(Buffer.concat(chunks)); }); doc.on('error', reject);
    const left = 50, right = 545, bottom = 790;
    let y = 50;
    const protect = (s) => { // keep labelled values on one line when wrapping
      for (const v of [...d.truth.map((x) => x.value), ...d.near.map((x) => x.value)]) if (v.includes(' ') && s.includes(v)) s = s.split(v).join(v.replace(/ /g, '\u00a0'));
      return s;
    };
    const wrap = (s, width, font, size) => {
      doc.font(font).fontSize(size);
      const out = [];
      for (const para of String(s).split('\n')) {
        const words = protect(para).split(' '); let line = '';
        for (const w of words) { const cand = line ? line + ' ' + w : w; if (line && doc.widthOfString(cand.replace(/\u00a0/g, ' ')) > width) { out.push(line); line = w; } else line = cand; }
        out.push(line);
      }
      return out.map((l) => l.replace(/\u00a0/g, ' '));
    };
    const put = (s, x, font = 'Helvetica', size = 10) => { if (!cp1252Safe(s)) throw new Error(`${d.rel}: PDF text not WinAnsi: ${s}`); vt.push(s); doc.font(font).fontSize(size).text(s, x, y, { lineBreak: false }); };
    const need = (h) => { if (y + h > bottom) { doc.addPage(); y = 50; } };
    for (const b of spec.blocks) {
      if (b.h) { need(26); put(b.h, left, 'Helvetica-Bold', b.size ?? 15); y += (b.size ?? 15) + 10; }
      else if (b.p != null) { const lines = wrap(b.p, right - left, b.bold ? 'Helvetica-Bold' : 'Helvetica', b.size ?? 10); for (const l of lines) { need(14); put(l, b.x ?? left, b.bold ? 'Helvetica-Bold' : 'Helvetica', b.size ?? 10); y += (b.size ?? 10) + 4; } y += 6; }
      else if (b.kv) { for (const [k, v] of b.kv) { need(14); put(k, left, 'Helvetica-Bold', 10); const lines = wrap(v, right - left - 160, 'Helvetica', 10); for (const l of lines) { need(14); put(l, left + 160, 'Helvetica', 10); y += 14; } } y += 8; }
      else if (b.table) {
        const cols = b.table[0].length; const widths = b.widths ?? Array(cols).fill((right - left) / cols);
        for (let ri = 0; ri < b.table.length; ri++) {
          const row = b.table[ri]; const font = ri === 0 ? 'Helvetica-Bold' : 'Helvetica'; const size = b.size ?? 8.5;
          const cells = row.map((c, i) => wrap(String(c), widths[i] - 6, font, size));
          const h = Math.max(...cells.map((c) => c.length)) * (size + 3) + 4;
          need(h);
          let x = left;
          for (let i = 0; i < cols; i++) { let yy = y; for (const l of cells[i]) { vt.push(l); doc.font(font).fontSize(size).text(l, x + 2, yy, { lineBreak: false }); yy += size + 3; } x += widths[i]; }
          if (!row.every((c) => cp1252Safe(String(c)))) throw new Error(`${d.rel}: table text not WinAnsi`);
          y += h; doc.moveTo(left, y - 2).lineTo(right, y - 2).lineWidth(0.3).stroke();
        }
        y += 10;
      }
      else if (b.space) y += b.space;
      else if (b.rule) { doc.moveTo(left, y).lineTo(right, y).lineWidth(0.8).stroke(); y += 8; }
      else if (b.page) { doc.addPage(); y = 50; }
      else throw new Error('pdf block');
    }
    if (spec.footer) { const fl = wrap(spec.footer, right - left, 'Helvetica', 7); let yy = 800 - fl.length * 9; for (const l of fl) { vt.push(l); doc.font('Helvetica').fontSize(7).text(l, left, yy, { lineBreak: false }); yy += 9; } }
    doc.end();
  });
}

// ================================================================= SYSTEM: Zendesk
const OFFICE_IPS = [genIp4(POP), genIp4(POP)];
const GEO = { Stockholm: ['Stockholm, AB, Sweden', 59.3293, 18.0686], Göteborg: ['Gothenburg, O, Sweden', 57.7089, 11.9746], Malmö: ['Malmo, M, Sweden', 55.605, 13.0038], Uppsala: ['Uppsala, C, Sweden', 59.8586, 17.6389] };
const geoOf = (r) => GEO[r.pick(Object.keys(GEO))];
const isoZ = (dt) => dt.toISOString().replace(/\.\d{3}Z$/, 'Z');
const addMin = (dt, m) => new Date(dt.getTime() + m * 60000);
const zdHtml = (text) => `<div class="zd-comment" dir="auto">${text.split(/\n{2,}/).map((p) => `<p dir="auto">${htmlEsc(p).replace(/\n/g, '<br>')}</p>`).join('')}</div>`;
function stableId(base, key, span = 900000) { const r = rngFor('id/' + key); return base + r.int(1, span); }

async function genZendesk() {
  const r = rngFor('zendesk');
  const zAgents = AGENTS.slice(0, 12);
  const uid = (p) => stableId(360010000000, 'zduser/' + p.id, 8999999);
  const cases = [];
  for (let i = 0; i < 60; i++) cases.push(newCase(r, { sys: 'zd', id: 41200 + i * 13 + r.int(0, 9), from: '2023-01-10', to: '2024-10-30', agent: r.pick(zAgents) }));

  // --- tickets.json (API style, side-loaded requester/assignee, inline comments)
  {
    const d = new Doc('zendesk/tickets.json');
    const tickets = [];
    for (const x of cases) {
      const T = TOPICS[x.topic];
      const R = (part) => render(T[part], d, x, part);
      const t0 = W(d, rngFor(x.key + '/meta'));
      const channel = t0.r.pick(['email', 'email', 'web', 'web', 'api', 'mobile']);
      const webIp = x.ip;
      const created = x.created;
      const comments = [];
      const cm = (author, part, pub, at, ip, ua) => {
        const body = R(part), html = zdHtml(R(part)), plain = R(part);
        const c = { id: stableId(9000000000000, x.key + part, 899999999999), type: 'Comment', author_id: uid(author), body, html_body: html, plain_body: plain, public: pub, attachments: [], audit_id: stableId(8000000000000, x.key + 'a' + part, 899999999999), via: { channel: part === 'customer' ? channel : 'web', source: { from: {}, to: {}, rel: null } }, created_at: isoZ(at) };
        const g = geoOf(t0.r);
        if (ip) c.metadata = { system: { client: t0.nmv('user_agent', ua), ip_address: t0.ip(ip), location: g[0], latitude: g[1], longitude: g[2] }, custom: {} };
        else c.metadata = { system: {}, custom: {} };
        comments.push(c);
      };
      cm(x.c, 'customer', true, created, channel === 'email' ? null : webIp, t0.r.pick(USER_AGENTS));
      cm(x.a, 'reply', true, addMin(created, t0.r.int(30, 2000)), t0.r.pick(OFFICE_IPS), USER_AGENTS[t0.r.int(0, 1)]);
      if (t0.r.chance(0.75)) cm(x.a, 'note', false, addMin(created, t0.r.int(2000, 4000)), t0.r.pick(OFFICE_IPS), USER_AGENTS[0]);
      const subj = R('subject');
      const tk = {
        url: `https://${CLIENT.zd}/api/v2/tickets/${x.id}.json`, id: x.id, external_id: null,
        via: channel === 'email' ? { channel: 'email', source: { from: { address: t0.mail(x.c), name: t0.name(x.c) }, to: { name: 'Norrsken Kundservice', address: t0.role('kundservice') }, rel: null } } : { channel, source: { from: {}, to: {}, rel: null } },
        created_at: isoZ(created), updated_at: isoZ(addMin(created, 5000)), type: t0.r.pick(['question', 'incident', 'problem', 'task', null]),
        subject: subj, raw_subject: R('subject'), description: R('customer'), priority: t0.r.pick(['low', 'normal', 'normal', 'high', 'urgent']), status: t0.r.pick(['solved', 'closed', 'closed', 'open', 'pending']),
        recipient: channel === 'email' ? t0.role('kundservice') : null, requester_id: uid(x.c), submitter_id: uid(x.c), assignee_id: uid(x.a), organization_id: null, group_id: 360001234567,
        collaborator_ids: [], follower_ids: [], email_cc_ids: [], forum_topic_id: null, problem_id: null, has_incidents: false, is_public: true, due_at: null,
        tags: [x.topic, t0.r.pick(['privat', 'foretag']), t0.r.pick(['el', 'fiber', 'mobil'])],
        custom_fields: [{ id: 360011112222, value: t0.pnr(x.c) }, { id: 360011113333, value: t0.nmv('customer_number', x.custno) }, { id: 360011114444, value: x.topic }],
        satisfaction_rating: t0.r.chance(0.4) ? { score: t0.r.pick(['good', 'bad']), comment: '' } : { score: 'unoffered' },
        sharing_agreement_ids: [], followup_ids: [], brand_id: 360000456789, allow_channelback: false, allow_attachments: true, from_messaging_channel: false,
        requester: { id: uid(x.c), name: t0.name(x.c), email: t0.mail(x.c), phone: t0.tel(x.c, 'e164') },
        assignee: { id: uid(x.a), name: t0.name(x.a), email: t0.mail(x.a) },
        comments,
      };
      tk.fields = tk.custom_fields.map((f) => ({ ...f }));
      t0.d.L('personnummer', tk.fields[0].value); t0.nmv('customer_number', x.custno);
      tickets.push(tk);
    }
    emit(d, JSON.stringify({ tickets, next_page: null, previous_page: null, count: tickets.length }, null, 2));
  }

  // --- users.json
  {
    const d = new Doc('zendesk/users.json');
    const t = W(d, rngFor('zd-users'));
    const people = [...new Set([...cases.map((x) => x.c), ...zAgents, ...cases.slice(0, 20).map((x) => x.rel)])];
    const users = people.map((p) => {
      const agent = zAgents.includes(p);
      const u = { id: uid(p), url: `https://${CLIENT.zd}/api/v2/users/${uid(p)}.json`, name: t.name(p), email: t.mail(p), created_at: isoZ(randDate(t.r, '2019-01-01', '2023-01-01')), updated_at: isoZ(randDate(t.r, '2023-06-01', '2024-10-30')), time_zone: 'Stockholm', iana_time_zone: 'Europe/Stockholm', phone: null, shared_phone_number: null, photo: null, locale_id: 1045, locale: 'sv', organization_id: null, role: agent ? 'agent' : 'end-user', verified: true, external_id: null, tags: [], alias: null, active: true, shared: false, shared_agent: false, last_login_at: null, two_factor_auth_enabled: agent ? true : null, signature: null, details: null, notes: null, role_type: agent ? 0 : null, custom_role_id: null, moderator: agent, ticket_restriction: agent ? null : 'requested', only_private_comments: false, restricted_agent: !agent, suspended: false, default_group_id: agent ? 360001234567 : null, report_csv: agent, user_fields: {} };
      if (t.r.chance(0.7)) u.phone = t.tel(p, t.r.pick(['e164', 'e164', 'dash-grouped', 'plain']));
      if (agent) {
        u.alias = `${t.first(p)} på ${CLIENT.short}`;
        u.signature = `${t.name(p)}\n${p.title}, ${CLIENT.name}\nTel ${t.tel(p, 'dash-grouped', 'direct')}`;
        u.last_login_at = isoZ(randDate(t.r, '2024-09-01', '2024-10-30'));
        u.user_fields = { anknytning: t.nmv('extension', p.ext), team: t.r.pick(['Fiber', 'El', 'Faktura']) };
      } else {
        u.details = `${addr(t, p)}`;
        if (t.r.chance(0.3)) u.notes = t.r.pick([() => `VIP-kund, ring före kl ${t.nmv('time', '10')}. ${wordName(t)}`, () => `Har fullmakt för ${t.name(t.r.pick(CUSTOMERS.filter((o) => o.birth.y < 1950)))}.`, () => `Sambo/medsökande: ${t.name(t.r.pick(CUSTOMERS))}`, () => `Kunden vill endast bli kontaktad via e-post. Alt. mejl ${p.email2 ? t.mail(p, 'email2') : t.role('info', 'malardalsmobler.se')}`])();
        u.user_fields = { personnummer: t.pnr(p), kundnummer: t.nm('customer_number'), mobil_2: p.home ? t.tel(p, undefined, 'home') : null, kundtyp: t.r.pick(['privat', 'privat', 'foretag']) };
        u.last_login_at = t.r.chance(0.4) ? isoZ(randDate(t.r)) : null;
      }
      return u;
    });
    emit(d, JSON.stringify({ users, next_page: null, previous_page: null, count: users.length }, null, 2));
  }

  // --- ticket_audits.ndjson
  {
    const d = new Doc('zendesk/ticket_audits.ndjson');
    const t = W(d, rngFor('zd-audits'));
    const lines = [];
    let aid = 8800000000000;
    for (let i = 0; i < 620; i++) {
      const x = t.r.pick(cases);
      const isAgent = t.r.chance(0.55);
      const author = isAgent ? t.r.pick(zAgents) : x.c;
      const at = addMin(x.created, t.r.int(0, 20000));
      const ip = isAgent ? (t.r.chance(0.8) ? t.r.pick(OFFICE_IPS) : genIp4(t.r)) : t.r.chance(0.6) ? x.ip : t.r.chance(0.3) ? x.ip6 : genIp(t.r);
      const g = geoOf(t.r);
      const evs = [];
      const kind = t.r.weighted([['status', 30], ['comment', 20], ['voice', 8], ['notify', 15], ['field', 12], ['login', 0], ['rating', 6], ['cc', 9]]);
      if (kind === 'status') evs.push({ id: ++aid, type: 'Change', value: t.r.pick(['open', 'pending', 'solved']), field_name: 'status', previous_value: t.r.pick(['new', 'open']) });
      if (kind === 'comment') evs.push({ id: ++aid, type: 'Comment', author_id: uid(author), body: t.r.pick([
        () => `Kunden ringde och uppgav att fakturan redan är betald. Kontrollerat OCR ${t.nm('ocr')}.`,
        () => `Ringt upp ${t.name(x.c)} på ${t.tel(x.c)} – inget svar.`,
        () => `Skickat ny router ${t.nm('tracking')}.`,
        () => `Customer confirmed new e-mail ${t.mail(x.c)}. Updated profile.`,
        () => `${wordName(t)}`,
        () => `Vidarebefordrat till ${t.name(t.r.pick(zAgents))} för kreditering.`,
      ])(), public: false });
      if (kind === 'voice') {
        const dur = t.r.int(40, 900);
        evs.push({ id: ++aid, type: 'VoiceComment', public: false, data: { from: t.tel(x.c, 'e164'), to: t.ph(SWITCHBOARD, 'e164'), recording_url: `https://${CLIENT.zd}/v2/recordings/${t.r.alnum(24, 'abcdef0123456789')}`, call_id: t.r.int(100000000, 999999999), transcription_text: t.r.chance(0.6) ? `Hej det är ${t.name(x.c)} jag ringer om ${t.r.pick(['fakturan', 'flytten', 'routern'])}, ring mig på ${t.tel(x.c)}` : null, answered_by_name: t.name(t.r.pick(zAgents)), call_duration: dur, location: g[0], started_at: isoZ(at) }, formatted_from: t.tel(x.c, 'intl-space'), transcription_visible: true });
      }
      if (kind === 'notify') evs.push({ id: ++aid, type: 'Notification', subject: '[Norrsken] Re: {{ticket.title}}', body: `Hej {{ticket.requester.first_name}},\n\nDitt ärende {{ticket.id}} har uppdaterats.\n\n{{ticket.latest_public_comment}}\n\n${CLIENT.name}`, recipients: [uid(x.c)], via: { channel: 'rule', source: { from: { id: 360000111, title: 'Notify requester of comment update' }, rel: 'trigger' } } });
      if (kind === 'field') evs.push(t.r.chance(0.5) ? { id: ++aid, type: 'Change', field_name: '360011112222', value: t.pnr(x.c), previous_value: t.r.chance(0.5) ? null : t.badLuhn(x.c) } : { id: ++aid, type: 'Change', field_name: 'requester_id', value: String(uid(x.c)), previous_value: null });
      if (kind === 'rating') evs.push({ id: ++aid, type: 'SatisfactionRating', score: t.r.pick(['good', 'bad']), assignee_id: uid(x.a), body: t.r.pick([() => '', () => 'Snabb hjälp, tack!', () => `Tack ${t.name(x.a)}!`, () => 'Fick vänta alldeles för länge i telefonkön.'])() });
      if (kind === 'cc') evs.push({ id: ++aid, type: 'Cc', recipients: [uid(x.rel)], via: { channel: 'email' }, added: [{ email: t.mail(x.rel), name: t.name(x.rel) }] });
      lines.push(JSON.stringify({ id: ++aid, ticket_id: x.id, created_at: isoZ(at), author_id: uid(author), metadata: { system: { client: t.nmv('user_agent', t.r.pick(USER_AGENTS)), ip_address: t.ip(ip), location: g[0], latitude: g[1], longitude: g[2] }, custom: {} }, events: evs, via: { channel: isAgent ? 'web' : t.r.pick(['web', 'email', 'mobile_sdk']), source: { from: {}, to: {}, rel: null } } }));
    }
    emit(d, lines.join('\n') + '\n');
  }

  // --- organizations.csv
  {
    const d = new Doc('zendesk/organizations.csv');
    const t = W(d, rngFor('zd-orgs'));
    const rows = [['Name', 'Organization ID', 'Domain names', 'Details', 'Notes', 'Group', 'Shared tickets', 'Tags', 'Org number', 'Contact person', 'Contact phone', 'Created at']];
    const orgs = [...OTHER_COMPANIES, ['Brf Solrosen 4', 'brfsolrosen.se'], ['Brf Kastanjen', 'kastanjen-brf.se'], ['Lindqvists Åkeri AB', 'lindqvistsakeri.se'], ['Hemtjänst i Väst AB', 'hemtjanstvast.se'], ['Café Lyktan', 'cafelyktan.se'], ['Norrtälje Kommun', 'norrtalje.se'], ['Region Uppsala', 'regionuppsala.se']];
    for (const [name, dom] of orgs) {
      const cp = t.r.chance(0.85) ? pickCust(t.r) : null;
      rows.push([t.nmv('company', name), String(360000100000 + t.r.int(1000, 99999)), t.nmv('domain', dom), t.r.chance(0.5) ? `${t.nmv('street', `${t.r.pick(STREETS)} ${t.r.int(1, 80)}`)}, ${t.nm('postal_code')} ${t.nmv('place', t.r.pick(CITIES)[0])}` : '', cp && t.r.chance(0.6) ? t.r.pick([() => `Kontakt för fakturafrågor: ${t.name(cp)} (${t.tel(cp)})`, () => `Avtalsansvarig ${t.name(cp)}. Ring växeln ${t.ph(genSePhone(t.r, 'fixed'))}.`, () => `Faktura via ${t.role(t.r.pick(['ekonomi', 'faktura', 'invoice']), dom)}`])() : '', 'Företag', t.r.pick(['true', 'false']), t.r.pick(['foretag', 'brf', 'offentlig', 'foretag storkund']), t.nm('org_number'), cp ? t.name(cp) : '', cp ? t.tel(cp, t.r.pick(['dash-grouped', 'intl-space', 'plain'])) : '', t.date(randDate(t.r, '2019-01-01', '2024-01-01'), 'isoz')]);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\r\n' }));
  }

  // --- tickets_2024-Q1.csv (view export, UTF-8 BOM)
  {
    const d = new Doc('zendesk/tickets_2024-Q1.csv');
    const r2 = rngFor('zd-csv');
    const rows = [['Ticket ID', 'Subject', 'Requester', 'Requester email', 'Requester phone', 'Assignee', 'Group', 'Status', 'Priority', 'Created at', 'Updated at', 'Tags', 'Personnummer [text]', 'Description']];
    for (let i = 0; i < 70; i++) {
      const x = newCase(r2, { sys: 'zdcsv', id: 30100 + i * 3 + r2.int(0, 2), from: '2024-01-01', to: '2024-03-31', agent: r2.pick(zAgents) });
      const t = W(d, rngFor(x.key + '/row'));
      rows.push([`#${x.id}`, render(TOPICS[x.topic].subject, d, x, 'subject'), t.name(x.c, t.r.chance(0.15) ? 'lastfirst' : 'full'), t.mail(x.c), t.r.chance(0.7) ? t.tel(x.c) : '', t.name(x.a), t.r.pick(['Kundservice', 'Faktura', 'Fiber 2nd line']), t.r.pick(['Solved', 'Closed', 'Open', 'Pending']), t.r.pick(['Normal', 'High', 'Low', '-']), t.date(x.created, 'isotime'), t.date(addMin(x.created, t.r.int(100, 9000)), 'isotime'), `${x.topic} ${t.r.pick(['el', 'fiber', 'mobil'])}`, t.r.chance(0.6) ? t.pnr(x.c) : '', render(TOPICS[x.topic].customer, d, x, 'customer')]);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\r\n' }), 'utf8bom');
  }

  // --- export-2024-06-01.json  (Zendesk full JSON export: one ticket object per line, although the file ends in .json)
  {
    const d = new Doc('zendesk/export-2024-06-01.json');
    const r2 = rngFor('zd-export');
    const lines = [];
    for (let i = 0; i < 30; i++) {
      const x = newCase(r2, { sys: 'zdexp', id: 39000 + i * 11, from: '2024-03-01', to: '2024-05-31', agent: r2.pick(zAgents) });
      const t = W(d, rngFor(x.key + '/row'));
      const T = TOPICS[x.topic];
      const comments = [
        { author: { name: t.name(x.c), email: t.mail(x.c) }, value: render(T.customer, d, x, 'customer'), public: true, created_at: isoZ(x.created) },
        { author: { name: t.name(x.a), email: t.mail(x.a) }, value: render(T.reply, d, x, 'reply'), public: true, created_at: isoZ(addMin(x.created, 300)) },
      ];
      if (t.r.chance(0.6)) comments.push({ author: { name: t.name(x.a), email: t.mail(x.a) }, value: render(T.note, d, x, 'note'), public: false, created_at: isoZ(addMin(x.created, 900)) });
      lines.push(JSON.stringify({ id: x.id, subject: render(T.subject, d, x, 'subject'), status: 'closed', requester: { name: t.name(x.c), email: t.mail(x.c) }, assignee: { name: t.name(x.a) }, organization: null, created_at: isoZ(x.created), field_360011112222: t.r.chance(0.5) ? t.pnr(x.c) : null, comments }));
    }
    emit(d, lines.join('\n') + '\n');
  }

  // --- macros.json
  {
    const d = new Doc('zendesk/macros.json');
    const t = W(d, rngFor('zd-macros'));
    const sig = () => `\n\nMed vänliga hälsningar\n{{current_user.name}}\nKundservice, ${CLIENT.name}\n${sw(t)} | ${t.role('kundservice')}`;
    const macros = [
      ['Faktura::Kreditering', `Hej {{ticket.requester.first_name}}!\n\nVi har krediterat fakturan. Ny faktura med OCR skickas inom 5 arbetsdagar.${sig()}`],
      ['Flytt::Bekräftelse', `Hej {{ticket.requester.first_name}},\n\nVi har registrerat din flytt. Har du frågor, ring ${t.ph(FREEPHONE, 'dash-grouped')} (kostnadsfritt).${sig()}`],
      ['GDPR::Registerutdrag mottaget', `Hej,\n\nVi har tagit emot din begäran enligt art. 15 GDPR. Frågor: ${t.role('dataskydd')}. Dataskyddsombud: ${t.name(DPO)}.${sig()}`],
      ['Avbrott::Känd störning', `Hej {{ticket.requester.first_name}},\n\nVi har en känd störning i ditt område. Aktuell driftinfo: https://${CLIENT.domain}/driftinfo${sig()}`],
      ['Intern::Eskalera till teamledare', `Eskalerat till ${t.name(LEAD)} (ankn. ${t.nmv('extension', LEAD.ext)}).`],
      ['Spam::Stäng', `Stängt som spam. Avsändare blockerad: ${t.nmv('role_email', 'no-reply@bulkmail-offers.biz')}`],
    ];
    const out = macros.map(([title, text], i) => ({ id: 360100000000 + i * 17, title, active: true, description: null, restriction: null, created_at: t.date(randDate(t.r, '2022-01-01', '2023-06-01'), 'isoz'), updated_at: t.date(randDate(t.r, '2023-06-01', '2024-06-01'), 'isoz'), actions: [{ field: 'comment_value_html', value: zdHtml(text) }, { field: 'status', value: 'solved' }], url: `https://${CLIENT.zd}/api/v2/macros/${360100000000 + i * 17}.json`, raw_title: title, created_by: { name: t.name(t.r.pick(zAgents)) } }));
    // zdHtml repeats the text once: everything labelled in it appears exactly once (only in the html value)
    emit(d, JSON.stringify({ macros: out, count: out.length }, null, 2));
  }

  // --- satisfaction_ratings.json (\u-escaped like Python's json.dumps)
  {
    const d = new Doc('zendesk/satisfaction_ratings.json');
    const t = W(d, rngFor('zd-csat'));
    const ratings = cases.slice(0, 40).map((x, i) => {
      const score = t.r.pick(['good', 'good', 'bad', 'offered']);
      const comment = score === 'offered' ? '' : t.r.pick([
        () => `Tack ${t.name(x.a)} för snabb och trevlig hjälp!`, () => 'Bra service.', () => `${t.first(x.a)} var jättebra`, () => 'Fick vänta 45 min i kön. Inte ok.',
        () => `Ingen har ringt tillbaka på ${t.tel(x.c)} trots att ni lovade.`, () => 'Problemet kvarstår', () => `Great help from ${t.name(x.a)}, thanks`, () => wordName(t),
      ])();
      return { url: `https://${CLIENT.zd}/api/v2/satisfaction_ratings/${3600200000 + i}.json`, id: 3600200000 + i, assignee_id: uid(x.a), group_id: 360001234567, requester_id: uid(x.c), ticket_id: x.id, score, created_at: isoZ(addMin(x.created, 6000)), updated_at: isoZ(addMin(x.created, 6100)), comment, reason: score === 'bad' ? t.r.pick(['Problemet är inte löst', 'Det tog för lång tid']) : null, requester_name: t.name(x.c) };
    });
    emitAsciiJson(d, { satisfaction_ratings: ratings, next_page: null, count: ratings.length }, 1);
  }
}

// ================================================================= SYSTEM: Freshdesk
async function genFreshdesk() {
  const r = rngFor('freshdesk');
  const fAgents = AGENTS.slice(6, 20);
  const fid = (p) => stableId(47000000000, 'fduser/' + p.id, 999999999);
  const cases = [];
  for (let i = 0; i < 70; i++) cases.push(newCase(r, { sys: 'fd', id: 10230 + i * 4 + r.int(0, 3), from: '2024-11-01', to: '2025-03-28', agent: r.pick(fAgents) }));

  // --- tickets.ndjson
  {
    const d = new Doc('freshdesk/tickets.ndjson');
    const lines = [];
    for (const x of cases) {
      const T = TOPICS[x.topic];
      const R = (part) => render(T[part], d, x, part);
      const t = W(d, rngFor(x.key + '/meta'));
      const source = t.r.pick([1, 1, 1, 2, 3, 7]);
      const conv = [];
      const mkConv = (part, incoming, priv, author, at) => {
        const text = R(part);
        const html = `<div style="font-family:-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif; font-size:14px"><div dir="ltr">${htmlEsc(R(part)).replace(/\n/g, '<br>')}</div></div>`;
        conv.push({ id: stableId(47100000000, x.key + part, 999999999), body: html, body_text: text, incoming, private: priv, user_id: fid(author), support_email: incoming ? null : t.role('kundservice'), source: priv ? 2 : 0, category: priv ? 2 : 3, to_emails: priv ? [] : incoming ? [t.role('kundservice')] : [t.mail(x.c)], from_email: priv ? null : incoming ? t.mail(x.c) : `"Norrsken Kundservice" <${t.role('kundservice')}>`, cc_emails: [], bcc_emails: null, email_failure_count: null, outgoing_failures: null, created_at: isoZ(at), updated_at: isoZ(at), attachments: [], source_additional_info: null });
      };
      mkConv('reply', false, false, x.a, addMin(x.created, t.r.int(20, 600)));
      if (t.r.chance(0.7)) mkConv('note', false, true, x.a, addMin(x.created, t.r.int(600, 3000)));
      const cc = t.r.chance(0.15) ? [t.mail(x.rel)] : [];
      const obj = {
        id: x.id, subject: R('subject'), description: `<div>${htmlEsc(R('customer')).replace(/\n/g, '<br>')}</div>`, description_text: R('customer'),
        status: t.r.pick([2, 3, 4, 5, 5]), priority: t.r.pick([1, 2, 2, 3, 4]), source, type: t.r.pick(['Faktura', 'Teknik', 'Avtal', 'Övrigt', null]),
        requester_id: fid(x.c), responder_id: fid(x.a), group_id: 47000012345, company_id: null, product_id: null, email_config_id: 47000004567,
        requester: { id: fid(x.c), name: t.name(x.c), email: t.mail(x.c), mobile: t.r.chance(0.7) ? t.tel(x.c) : null, phone: x.c.home && t.r.chance(0.6) ? t.tel(x.c, undefined, 'home') : null },
        custom_fields: { cf_personnummer: t.r.chance(0.65) ? t.pnr(x.c) : null, cf_kundnummer: t.nmv('customer_number', x.custno), cf_anlaggnings_id: t.r.chance(0.4) ? t.nmv('facility_id', x.facility) : null, cf_kanal_ip: source === 2 || source === 7 ? t.ip(x.ip) : null },
        tags: [x.topic], cc_emails: cc, fwd_emails: [], reply_cc_emails: cc.map((e) => t.rawMail(e)), to_emails: source === 1 ? [t.role('kundservice')] : null,
        fr_escalated: false, spam: false, is_escalated: false, created_at: isoZ(x.created), updated_at: isoZ(addMin(x.created, 4000)), due_by: isoZ(addMin(x.created, 4320)), fr_due_by: isoZ(addMin(x.created, 1440)),
        stats: { agent_responded_at: isoZ(addMin(x.created, 120)), requester_responded_at: null, first_responded_at: isoZ(addMin(x.created, 120)), status_updated_at: isoZ(addMin(x.created, 4000)), reopened_at: null, resolved_at: isoZ(addMin(x.created, 3900)), closed_at: null, pending_since: null },
        conversations: conv,
      };
      lines.push(JSON.stringify(obj));
    }
    emit(d, lines.join('\n') + '\n');
  }

  // --- contacts.csv
  {
    const d = new Doc('freshdesk/contacts.csv');
    const t = W(d, rngFor('fd-contacts'));
    const rows = [['Full Name', 'Title', 'Email', 'Work Phone', 'Mobile Phone', 'Twitter ID', 'Company', 'Address', 'Time Zone', 'Language', 'Tags', 'Description', 'Unique External ID', 'Personnummer', 'Kundnummer', 'Created at']];
    const people = [...new Set([...cases.map((x) => x.c), ...t.r.sample(CUSTOMERS, 110)])];
    for (const p of people) {
      const comp = p.email.split('@')[1]; const company = OTHER_COMPANIES.find((c) => c[1] === comp);
      rows.push([
        t.name(p), company ? t.r.pick(['Ekonomiansvarig', 'VD', 'Inköpare', 'Projektledare']) : '', t.mail(p),
        p.home && t.r.chance(0.7) ? t.tel(p, undefined, 'home') : company && t.r.chance(0.5) ? t.ph(genSePhone(t.r, 'fixed')) : '',
        t.r.chance(0.85) ? t.tel(p) : '', t.r.chance(0.04) ? t.nmv('social_handle', '@' + translit(p.first1).replace(/ /g, '') + t.r.int(10, 99)) : '', company ? t.nmv('company', company[0]) : '',
        t.r.chance(0.6) ? `${addr(t, p)}` : '', 'Stockholm', t.r.chance(0.9) ? 'Swedish' : 'English', t.r.pick(['', 'vip', 'privat', 'företag', 'el,fiber']),
        t.r.chance(0.2) ? t.r.pick([() => `Vill bli kontaktad på ${t.tel(p)} dagtid.`, () => `Ombud: ${t.name(t.r.pick(CUSTOMERS))}`, () => 'Hörselskadad – använd mejl.', () => wordName(t)])() : '',
        t.r.chance(0.3) ? `LIME-${t.r.digits(6)}` : '', t.r.chance(0.55) ? t.pnr(p) : '', t.nm('customer_number'), t.date(randDate(t.r, '2020-01-01', '2025-03-01'), 'isotime'),
      ]);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\r\n' }), 'utf8bom');
  }

  // --- agents.csv (semicolon, Swedish headers)
  {
    const d = new Doc('freshdesk/agents.csv');
    const t = W(d, rngFor('fd-agents'));
    const rows = [['Namn', 'E-post', 'Telefon', 'Mobil', 'Roll', 'Grupper', 'Senast inloggad', 'IP (senaste inloggning)', 'Skapad']];
    for (const a of fAgents) rows.push([t.name(a), t.mail(a), t.tel(a, 'dash-grouped', 'direct'), t.r.chance(0.6) ? t.tel(a, t.r.pick(['plain', 'dash-grouped', 'intl-space'])) : '', t.r.pick(['Agent', 'Agent', 'Supervisor', 'Administrator']), t.r.pick(['Kundservice', 'Kundservice;Faktura', 'Fiber', 'El']), t.date(randDate(t.r, '2025-03-20', '2025-03-31'), 'isotime'), t.ip(t.r.chance(0.6) ? t.r.pick(OFFICE_IPS) : genIp(t.r)), t.date(randDate(t.r, '2021-01-01', '2024-10-01'), 'iso')]);
    rows.push([t.nmv('system_account', 'Norrsken Integration (API)'), t.role('api-integration'), '', '', 'Administrator', '', '2025-03-31 06:00', '', '2022-05-01']);
    emit(d, toCsv(rows, { delim: ';', eol: '\n' }));
  }

  // --- time_entries.csv
  {
    const d = new Doc('freshdesk/time_entries.csv');
    const t = W(d, rngFor('fd-time'));
    const rows = [['Agent', 'Ticket', 'Customer', 'Time spent', 'Billable', 'Note', 'Executed at']];
    for (let i = 0; i < 160; i++) {
      const x = t.r.pick(cases);
      rows.push([t.name(x.a), `${x.id}`, t.r.chance(0.8) ? t.name(x.c) : t.name(x.c, 'lastfirst'), `${pad(t.r.int(0, 1))}:${pad(t.r.int(1, 59))}`, t.r.pick(['true', 'false']), t.r.pick([() => '', () => 'Felsökning router', () => `Samtal med kund ${t.tel(x.c)}`, () => `Mejlat ${t.mail(x.c)} om ny faktura`, () => 'Kreditering', () => `Kontakt med tekniker ${t.name(x.tech)}`, () => `Callback ${t.nm('ticket_id')}`])(), t.date(addMin(x.created, t.r.int(10, 3000)), 'isoz')]);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\n' }));
  }

  // --- companies.json
  {
    const d = new Doc('freshdesk/companies.json');
    const t = W(d, rngFor('fd-companies'));
    const out = OTHER_COMPANIES.map(([name, dom], i) => {
      const k = pickCust(t.r);
      return { id: 47000300000 + i * 3, name: t.nmv('company', name), description: t.r.pick(['Företagskund sedan 2019', 'Ramavtal el + fiber', 'Storkund', '']), note: t.r.chance(0.5) ? t.r.pick([() => `Kontaktperson ${t.name(k)} slutar i juni, ny kontakt ${t.name(pickCust(t.r))}.`, () => `Fakturor till ${t.role('ekonomi', dom)}.`, () => `Växel ${t.ph(genSePhone(t.r, t.r.pick(['fixed', 'switch'])))}`])() : null, domains: [t.nmv('domain', dom)], created_at: t.date(randDate(t.r, '2019-01-01', '2023-01-01'), 'isoz'), updated_at: t.date(randDate(t.r, '2024-01-01', '2025-03-01'), 'isoz'), custom_fields: { orgnr: t.nm('org_number'), kontaktperson: t.name(k), telefon: t.tel(k), epost: t.mail(k), bankgiro: t.nm('bankgiro') }, health_score: t.r.pick(['Happy', 'Doing okay', 'At risk']), account_tier: t.r.pick(['Basic', 'Premium', 'Enterprise']), renewal_date: t.date(randDate(t.r, '2025-04-01', '2026-12-01'), 'isoz'), industry: t.r.pick(['Bygg', 'Vård', 'IT', 'Handel', 'Fastighet', 'Transport']) };
    });
    emit(d, JSON.stringify(out, null, 2));
  }
}

// ================================================================= SYSTEM: Lime CRM
const initials = (p) => (p.first1[0] + p.last.replace(/^(af|von|de|De) /, '')[0]).toUpperCase();
function crmNote(t, p, rel, a) {
  const r = t.r; const dt = () => t.date(randDate(r, '2022-01-01', '2025-03-20'), 'iso');
  return r.pick([
    () => `${dt()} ${t.nmv('initials', initials(a))}: Kunden ringde och uppgav att ${p.gender === 'f' ? 'hon' : 'han'} flyttar. Ny adress ${t.nmv('street', `${r.pick(STREETS)} ${r.int(1, 70)}`)}.`,
    () => `Sambo: ${t.name(rel)} ${t.tel(rel)}`,
    () => `${dt()}: Ringt kund ang. skuld.\n${dt()}: Betalningsplan upprättad, ${t.nm('amount')}/mån.\n${dt()}: Första betalning inkommen. /${t.nmv('initials', initials(a))}`,
    () => `Kontaktperson vid frånvaro: ${r.pick(['dottern', 'sonen', 'grannen', 'god man'])} ${t.name(rel)}, ${t.tel(rel)}`,
    () => `Tidigare pnr felregistrerat som ${t.badLuhn(p)}, rättat till ${t.pnr(p)}.`,
    () => `Kund önskar kontakt via e-post ${t.mail(p)}`,
    () => `Registrerad av ${t.name(a)} vid flytt. ${wordName(t)}`,
    () => `Kunden ringde och var upprörd över avbrott ${dt()}.\nLovat återkoppling inom 24 h.\n"Ring mig på ${t.tel(p)} annars byter jag bolag"`,
    () => `Autogiro aktivt. Clearing ${t.nmv('clearing', r.pick(['8327-9', '6000', '3300', '5000']))}.`,
    () => `Fullmakt för ${t.name(rel)} (${t.pnr(rel)}) finns i arkivet.`,
    () => `Hänvisad till Konsumenternas Energimarknadsbyrå. Ärende ${t.nm('case_number')}.`,
    () => `Test: ${t.nmv('test_name', 'Test Testsson')} – ta bort efter migrering`,
    () => '',
    () => '',
  ])();
}
async function genLime() {
  const lAgents = AGENTS.filter((a) => a.cp);
  // --- kunder_export_2025-02.csv : ; + Windows-1252 + CRLF, split names, quoted multi-line notes
  {
    const d = new Doc('lime-crm/kunder_export_2025-02.csv');
    const t = W(d, rngFor('lime-kunder'));
    const rows = [['Kundnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Gatuadress', 'Postnr', 'Ort', 'Telefon', 'Mobil', 'E-post', 'Kundtyp', 'Avtal', 'Startdatum', 'Ansvarig säljare', 'Anteckningar']];
    const people = CUSTOMERS.filter((p) => p.cp);
    for (const p of t.r.sample(people, 300)) {
      const rel = pickCust(t.r, true); const a = t.r.pick(lAgents);
      d.splitName(p.given, p.last); t.nmv('street', p.street); t.nmv('postal_code', p.postcode); t.nmv('place', p.city);
      rows.push([t.nm('customer_number'), p.given, p.last, t.r.chance(0.9) ? t.pnr(p, t.r.weighted([['long-dash', 5], ['short-dash', 4], ['long', 2], ['short', 1]])) : '', p.street + (p.lgh ? ' ' + p.lgh : ''), p.postcode, p.city,
        p.home ? t.tel(p, t.r.pick(['dash-grouped', 'dash-plain', 'plain']), 'home') : '', t.r.chance(0.92) ? t.tel(p, p.mobile.cc === '46' ? t.r.pick(['dash-grouped', 'plain', 'space-grouped', 'dash-plain']) : undefined) : '',
        t.r.chance(0.85) ? t.mail(p) : '', t.r.pick(['Privat', 'Privat', 'Privat', 'Företag']), t.nmv('product', t.r.pick(PLANS)), t.date(randDate(t.r, '2015-01-01', '2025-02-01'), 'iso'), t.name(a), crmNote(t, p, rel, a)]);
    }
    emit(d, toCsv(rows, { delim: ';', eol: '\r\n' }), 'win1252');
  }
  // --- foretag.csv : ; + Windows-1252, Kontaktperson
  {
    const d = new Doc('lime-crm/foretag.csv');
    const t = W(d, rngFor('lime-foretag'));
    const rows = [['Företag', 'Orgnr', 'Kontaktperson', 'Befattning', 'Telefon växel', 'Direkt', 'E-post', 'Bankgiro', 'Webb', 'Anteckning']];
    const names = [...OTHER_COMPANIES.map((c) => c[0]), 'Brf Solrosen 4', 'Lindqvists Åkeri AB', 'Café Lyktan', 'Hemtjänst i Väst AB', 'Västkustens Måleri AB', 'Nordic Padel Center AB', 'Kiruna Snöskoter HB', 'Gotlands Glass AB', 'Tandläkarna på Torget AB', 'Södermalms Cykel AB'];
    for (const n of names) {
      const k = pickCust(t.r, true); const dom = (OTHER_COMPANIES.find((c) => c[0] === n) ?? [0, translit(n).replace(/ (ab|hb)$/, '').replace(/[^a-z]/g, '') + '.se'])[1];
      const kMail = `${translit(k.first1).replace(/ /g, '')}.${translit(k.last).replace(/[ -]/g, '')}@${dom}`;
      rows.push([t.nmv('company', n), t.nm('org_number'), t.r.chance(0.3) ? t.name(k, 'lastfirst') : t.name(k), t.r.pick(['VD', 'Ekonomichef', 'Fastighetsansvarig', 'Ordförande', 'Inköp', 'Ägare']), t.ph(genSePhone(t.r, t.r.chance(0.3) ? 'switch' : 'fixed'), 'dash-grouped'), t.tel(k, 'dash-grouped'), usedEmails.has(kMail) ? t.role('info', dom) : (usedEmails.add(kMail), t.rawMail(kMail)), t.nm('bankgiro'), t.nmv('domain', 'www.' + dom),
        t.r.pick([() => '', () => `Faktura till ${t.role('ekonomi', dom)}`, () => `Ramavtal t.o.m. ${t.date(randDate(t.r, '2025-06-01', '2027-01-01'), 'iso')}`, () => `Suppleant: ${t.name(pickCust(t.r, true))}`, () => `Momsreg.nr ${t.nm('vat_number')}`])()]);
    }
    emit(d, toCsv(rows, { delim: ';', eol: '\r\n' }), 'win1252');
  }
  // --- aktiviteter.tsv : tab, UTF-8, Handläggare, Kund as "Efternamn, Förnamn"
  {
    const d = new Doc('lime-crm/aktiviteter.tsv');
    const t = W(d, rngFor('lime-akt'));
    const rows = [['Datum', 'Typ', 'Handläggare', 'Kund', 'Telefon', 'Anteckning', 'Uppföljning']];
    for (let i = 0; i < 260; i++) {
      const p = pickCust(t.r); const a = pickAgent(t.r); const dt = randDate(t.r, '2024-01-01', '2025-03-28');
      const typ = t.r.pick(['Samtal in', 'Samtal ut', 'Mejl', 'Möte', 'Brev', 'SMS']);
      rows.push([t.date(dt, 'isotime'), typ, t.name(a), t.r.chance(0.5) ? t.name(p, 'lastfirst') : t.name(p), t.r.chance(0.6) ? t.tel(p) : '',
        t.r.pick([() => `Kunden ringde och uppgav att ${t.r.pick(['fakturan är fel', 'routern inte fungerar', 'hon vill byta avtal', 'han har flyttat'])}.`, () => `Skickat offert ${t.nmv('product', t.r.pick(PLANS))}.`, () => `Pratat med ${t.name(pickCust(t.r))} (make/maka). Återkommer.`, () => `Lämnat röstmeddelande på ${t.tel(p)}`, () => `Mejl till ${t.mail(p)} om betalningspåminnelse ${t.nm('invoice')}`, () => `Möte på kontoret, ${t.nmv('street', 'Sveavägen 44')}. ${wordName(t)}`, () => `SMS skickat: "Hej ${t.first(p)}! Din tekniker kommer imorgon."`])(),
        t.r.chance(0.4) ? t.date(addMin(dt, t.r.int(1440, 20000)), 'iso') : '']);
    }
    emit(d, toCsv(rows, { delim: '\t', eol: '\n' }));
  }
  // --- affarer.csv : ; + UTF-8 BOM, Ärendeägare, single Kund column
  {
    const d = new Doc('lime-crm/affarer.csv');
    const t = W(d, rngFor('lime-affarer'));
    const rows = [['Affär', 'Ärendeägare', 'Kund', 'Kontaktperson', 'Telefon', 'E-post', 'Belopp (SEK)', 'Sannolikhet', 'Stängningsdatum', 'Status']];
    for (let i = 0; i < 90; i++) {
      const foretag = t.r.chance(0.4); const comp = t.r.pick(OTHER_COMPANIES); const k = pickCust(t.r);
      rows.push([t.r.pick(['Solceller villa', 'Laddbox 2 st', 'Fiber 1000 företag', 'Elavtal fastpris', 'Mobilabonnemang 12 st', 'Värmepump + el']), t.name(pickAgent(t.r)), foretag ? t.nmv('company', comp[0]) : t.name(k), foretag ? t.name(k) : '', t.tel(k), t.mail(k), t.nmv('amount', `${t.r.int(5, 480)} ${t.r.digits(3)}`), `${t.r.pick([10, 25, 50, 75, 90])}%`, t.date(randDate(t.r, '2025-01-01', '2025-09-30'), 'iso'), t.r.pick(['Öppen', 'Vunnen', 'Förlorad', 'Vilande'])]);
    }
    emit(d, toCsv(rows, { delim: ';', eol: '\r\n' }), 'utf8bom');
  }
  // --- personer_gamla.csv : tab-separated despite .csv, no BOM, LF, single Namn column, Pnr in short form
  {
    const d = new Doc('lime-crm/personer_gamla.csv');
    const t = W(d, rngFor('lime-gamla'));
    const rows = [['Namn', 'Personnr', 'Tel.', 'E-post', 'Kommentar']];
    const olds = CUSTOMERS.filter((p) => p.birth.y < 1960);
    for (const p of t.r.sample(olds, Math.min(olds.length, 110))) {
      rows.push([t.name(p, t.r.chance(0.2) ? 'upper' : 'full'), t.pnr(p, ageOn(p.birth) >= 100 ? 'short-dash' : t.r.pick(['short-dash', 'short-dash', 'short'])), t.r.chance(0.7) ? t.tel(p, undefined, p.home ? 'home' : 'mobile') : '', t.r.chance(0.4) ? t.mail(p) : '', t.r.pick([() => '', () => '', () => 'Avliden – dödsbo', () => 'God man: ' + t.name(pickCust(t.r)), () => 'Ring ej efter 18', () => 'Migrerad från gamla systemet 2019', () => `Hemtjänst ${t.nmv('company', 'Hemtjänst i Väst AB')}`])()]);
    }
    emit(d, toCsv(rows, { delim: '\t', eol: '\n' }));
  }
  // --- historik.json (\u-escaped, nested, split names)
  {
    const d = new Doc('lime-crm/historik.json');
    const t = W(d, rngFor('lime-historik'));
    const exporter = pickAgent(t.r);
    const personer = t.r.sample(CUSTOMERS, 60).map((p) => {
      d.splitName(p.given, p.last);
      const h = Array.from({ length: t.r.int(1, 4) }, () => { const a = pickAgent(t.r); return { datum: t.date(randDate(t.r, '2023-01-01', '2025-03-25'), 'isotime'), handlaggare: t.name(a), typ: t.r.pick(['samtal', 'mejl', 'brev']), text: crmNote(t, p, pickCust(t.r), a) || 'Ingen anteckning.' }; });
      return { id: 1000000 + p.id, fornamn: p.given, efternamn: p.last, personnummer: t.pnr(p), kontakt: { telefon: [t.tel(p), ...(p.home ? [t.tel(p, undefined, 'home')] : [])], epost: t.mail(p), adress: { gata: t.nmv('street', p.street), postnr: t.nmv('postal_code', p.postcode), ort: t.nmv('place', p.city) } }, samtycke_marknadsforing: t.r.chance(0.4), historik: h };
    });
    emitAsciiJson(d, { export: { system: 'Lime CRM 11.3', datum: '2025-02-28T17:02:11', utfort_av: t.name(exporter), kund: t.nmv('company', CLIENT.name), orgnr: t.nmv('org_number', CLIENT.orgnr) }, personer }, 2);
  }
  // --- kampanj_utskick_2024.csv : comma, English headers, opt-in IP
  {
    const d = new Doc('lime-crm/kampanj_utskick_2024.csv');
    const t = W(d, rngFor('lime-kampanj'));
    const rows = [['Name', 'Email', 'Phone', 'Opt-in', 'Opt-in IP', 'Opt-in time', 'Source', 'Unsubscribed']];
    for (const p of t.r.sample(CUSTOMERS, 220)) {
      const opt = t.r.chance(0.75);
      const [lp, dom] = p.email.split('@');
      const variant = t.r.weighted([['plain', 88], ['caps', 8], ['plus', 4]]);
      const em = variant === 'plain' ? t.mail(p) : variant === 'caps' ? t.rawMail(lp.split('.').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('.') + '@' + dom.charAt(0).toUpperCase() + dom.slice(1)) : t.rawMail(`${lp}+nyhetsbrev@${dom}`);
      rows.push([t.name(p), em, t.r.chance(0.6) ? t.tel(p, 'e164') : '', opt ? 'yes' : 'no', opt ? t.ip(genIp(t.r)) : '', opt ? t.date(randDate(t.r, '2023-01-01', '2024-12-01'), 'isoz') : '', t.r.pick(['webform', 'import-2023', 'event Elmässan', 'facebook lead ad']), t.r.chance(0.1) ? 'true' : 'false']);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\r\n', quoteAll: true }));
  }
  // --- dubbletter.csv : ; + Windows-1252, "Efternamn, Förnamn"
  {
    const d = new Doc('lime-crm/dubbletter.csv');
    const t = W(d, rngFor('lime-dubb'));
    const rows = [['Namn (Efternamn, Förnamn)', 'Personnr', 'Kundnr 1', 'Kundnr 2', 'Åtgärd', 'Handläggare']];
    for (const p of t.r.sample(CUSTOMERS.filter((c) => c.cp && !c.familyFirst), 45)) rows.push([t.name(p, t.r.chance(0.8) ? 'lastfirst' : 'lastfirst-nocomma'), t.pnr(p), t.nm('customer_number'), t.nm('customer_number'), t.r.pick(['Slå ihop', 'Behåll båda', 'Kontrollera pnr', 'Radera nr 2']), t.name(pickAgent(t.r, true))]);
    emit(d, toCsv(rows, { delim: ';', eol: '\r\n' }), 'win1252');
  }
  // --- LASMIG.txt
  {
    const d = new Doc('lime-crm/LASMIG.txt');
    const t = W(d, rngFor('lime-readme'));
    const ex = pickAgent(t.r);
    emit(d, `EXPORT FRÅN LIME CRM – ${t.nmv('company', CLIENT.name)} (org.nr ${t.nmv('org_number', CLIENT.orgnr)})\r\n====================================================\r\n\r\nExporten gjordes ${t.date(new Date('2025-02-28T17:00:00Z'), 'long')} av ${t.name(ex)} (${t.mail(ex)}) på uppdrag av dataskyddsombudet.\r\nLime-version ${t.nm('version')}, databas LIME_PROD_02.\r\n\r\nFiler\r\n-----\r\nkunder_export_2025-02.csv   Semikolonseparerad, Windows-1252 (ANSI). Personnummer i formatet ${t.nmv('format_mask', 'ÅÅÅÅMMDD-XXXX')}.\r\nforetag.csv                 Företagskunder med kontaktpersoner.\r\naktiviteter.tsv             Tabbseparerad, UTF-8.\r\npersoner_gamla.csv          Från gamla systemet (före 2019). OBS tabbseparerad trots filändelsen.\r\nhistorik.json               JSON med historik per person.\r\n\r\nFrågor om exporten: ${t.role('crm-admin')} eller ${t.role('it-support')}.\r\nSupportavtal med leverantören: ${t.role('support', 'lime-partner.example')}, telefon ${t.ph(genSePhone(t.r, 'fixed'), 'dash-grouped')}.\r\n\r\nKontrollsumma (SHA-1): ${t.nmv('hash', t.r.hex(40))}\r\n`);
  }
}

// ================================================================= SYSTEM: Outlook export (mbox + eml)
const KS_ADDR = `kundservice@${CLIENT.domain}`;
const latin1Safe = (s) => iconv.decode(iconv.encode(s, 'latin1'), 'latin1') === s;
// a person in a header: labels display name and address; returns [raw, decoded]
function hdrPerson(t, p, style, which = 'email') {
  const r = t.r;
  style = style ?? r.weighted([['full', 55], ['lastfirst', 9], ['first', 8], ['none', 12], ['lower', 4], ['nocomma', 4]]);
  if (style === 'none') { const e = t.mail(p, which); return r.chance(0.5) ? [e, e] : [`<${e}>`, `<${e}>`]; }
  let name;
  if (style === 'first') name = t.first(p);
  else if (style === 'lastfirst') name = t.name(p, 'lastfirst');
  else if (style === 'nocomma') name = t.name(p, 'lastfirst-nocomma');
  else if (style === 'lower') name = t.name(p, 'lower');
  else name = t.name(p);
  const e = t.mail(p, which);
  const enc = r.pick(['Q', 'Q', 'B', 'latin1']);
  const mode = enc === 'latin1' && !latin1Safe(name) ? 'Q' : enc;
  const dec = /[,]/.test(name) ? `"${name}" <${e}>` : `${name} <${e}>`;
  return [fmtAddr(name, e, mode), dec];
}
const ksHdr = (t) => { t.nmv('role_display_name', 'Norrsken Kundservice'); const e = t.role('kundservice'); return [`Norrsken Kundservice <${e}>`, `Norrsken Kundservice <${e}>`]; };
function subjHdr(s, r) { return isAscii(s) ? [s, s] : [encodedWord(s, r.pick(['Q', 'Q', 'B'])), s]; }
const quoteLines = (text) => text.split('\n').map((l) => (l ? '> ' + l : '>')).join('\n');
function quoteHeader(t, p, dt, style, subject, isKs = false) {
  const who = () => (isKs ? `Norrsken Kundservice <${t.role('kundservice')}>` : `${t.name(p)} <${t.mail(p)}>`);
  const d = dt.getUTCDate(), mo = dt.getUTCMonth(), y = dt.getUTCFullYear(), hm = fmtDate(dt, 'time');
  switch (style) {
    case 'gmail-sv': return `Den ${SV_DAYS[dt.getUTCDay()].slice(0, 3)} ${d} ${SV_MON3[mo]}. ${y} kl ${hm} skrev ${who()}:`;
    case 'brief': return `Den ${d} ${SV_MONTHS[mo]} ${y} skrev ${who()}:`;
    case 'apple-sv': return `${d} ${SV_MONTHS[mo]} ${y} kl. ${fmtDate(dt, 'timedot')} skrev ${who()}:`;
    case 'en': return `On ${EN_DAY3[dt.getUTCDay()]}, ${d} ${EN_MON3[mo]} ${y} at ${hm}, ${who()} wrote:`;
    case 'outlook-sv': return `________________________________\nFrån: ${who()}\nSkickat: den ${d} ${SV_MONTHS[mo]} ${y} ${hm}\nTill: Norrsken Kundservice <${t.role('kundservice')}>\nÄmne: ${subject()}`;
    case 'outlook-en': return `-----Original Message-----\nFrom: ${who()}\nSent: ${EN_DAY3[dt.getUTCDay()]}, ${EN_MON3[mo]} ${d}, ${y} ${hm}\nTo: ${KS_ADDR.split('@')[0]} <${t.role('kundservice')}>\nSubject: ${subject()}`;
    default: throw new Error(style);
  }
}
const QUOTE_STYLES = ['gmail-sv', 'brief', 'apple-sv', 'en', 'outlook-sv', 'outlook-en'];
function quoteBlock(t, p, dt, text, subject, isKs) {
  const style = t.r.pick(QUOTE_STYLES);
  const h = quoteHeader(t, p, dt, style, subject, isKs);
  return style.startsWith('outlook') ? `\n\n${h}\n\n${text}` : `\n\n${h}\n\n${quoteLines(text)}`;
}
const FOLLOWUPS = [
  (t, x) => `Tack för snabbt svar! Då väntar jag på den nya fakturan.` + custSign(t, x.c, 'formal'),
  (t, x) => `Hej igen,\n\ndet fungerar fortfarande inte. Teknikern kom aldrig. Ring mig på ${t.tel(x.c)}.` + custSign(t, x.c, 'sloppy'),
  (t, x) => `Ok men varför har jag då fått en påminnelse? ${wordName(t)}` + custSign(t, x.c, 'sloppy'),
  (t, x) => `Thanks! One more question – can my partner ${t.name(x.rel)} also get access to Mina sidor? The e-mail is ${t.mail(x.rel)}.` + custSign(t, x.c, 'english'),
  (t, x) => `Här kommer kvittot. /${t.first(x.c)}`,
  (t, x) => `Hej ${t.first(x.a)}, tack för hjälpen i telefon nyss. Som sagt är det min sambo ${t.name(x.rel)} som ska stå som betalare från och med nu, pnr ${t.pnr(x.rel)}.` + custSign(t, x.c, 'formal'),
];
function composeMail(d, o) {
  const r = o.r;
  const eol = o.eol ?? '\n';
  const m = d.mark();
  const text = o.body();
  if (o.html && o.htmlOnly) d.text(text);
  let charset = o.charset ?? 'utf-8';
  if (charset !== 'utf-8' && !cp1252Safe(text)) charset = 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  const plain = { ct: 'text/plain', charset, cte, text, format: o.flowed ? 'flowed' : undefined };
  let bodyPart = plain;
  if (o.html) {
    const tl = d.truth.slice(m[0]), nl = d.near.slice(m[1]);
    if (!o.htmlOnly) d.dupSince(m);
    const personal = new Set(tl.filter((x) => x.category === 'email').map((x) => x.value));
    const mails = [...new Set([...personal, ...nl.filter((x) => x.kind === 'role_email').map((x) => x.value)])];
    for (const em of mails) { const k = text.split(em).length - 1; for (let i = 0; i < k; i++) { if (personal.has(em)) d.L('email', em); else d.N('role_email', em); } }
    const html = textToHtml(text, { entities: o.html === 'outlook', mailto: mails, outlook: o.html === 'outlook', charset });
    const hp = { ct: 'text/html', charset, cte: o.htmlCte ?? cte, text: html, noVt: !!o.htmlOnly };
    bodyPart = o.htmlOnly ? hp : { ct: 'multipart/alternative', parts: [plain, hp] };
  }
  if (o.attachments?.length) bodyPart = { ct: 'multipart/mixed', parts: [bodyPart, ...o.attachments] };
  const H = [];
  const dateStr = fmtDate(o.date, 'rfc');
  if (o.returnPath) H.push(['Return-Path', `<${o.returnPath}>`]);
  if (o.clientIp) {
    const t = W(d, r);
    const pub = t.ip(o.clientIp); const host = t.nmv('hostname', `${r.pick(['c', 'h', 'm'])}-${o.clientIp.replace(/[.:]/g, '-')}.${r.pick(['bredband.comhem.se', 'A357.priv.bahnhof.se', 'customer.tele2.se', 'cust.bredband2.com'])}`);
    const priv = o.clientPriv ? `[${t.ip(o.clientPriv)}]` : '[localhost]';
    H.push(['Received', `from ${priv} (${host} [${pub}])${eol}\tby mx1.${CLIENT.domain} (Postfix) with ESMTPSA id ${r.alnum(10, '0123456789ABCDEF')}${eol}\tfor <${KS_ADDR}>; ${dateStr}`, `from ${priv} (${host} [${pub}]) by mx1.${CLIENT.domain} for <${KS_ADDR}>; ${dateStr}`]);
  }
  if (o.origIp) H.push(['X-Originating-IP', `[${W(d, r).ip(o.origIp)}]`]);
  H.push(['From', ...o.from]);
  if (o.replyTo) H.push(['Reply-To', ...o.replyTo]);
  H.push(['To', o.to.map((x) => x[0]).join(`,${eol} `), o.to.map((x) => x[1]).join(', ')]);
  if (o.cc?.length) H.push(['Cc', o.cc.map((x) => x[0]).join(`,${eol} `), o.cc.map((x) => x[1]).join(', ')]);
  H.push(['Subject', ...subjHdr(o.subject, r)]);
  H.push(['Date', dateStr]);
  const mid = o.messageId ?? msgId(r);
  H.push(['Message-ID', `<${d.N('message_id', mid)}>`]);
  if (o.inReplyTo) { H.push(['In-Reply-To', `<${d.N('message_id', o.inReplyTo)}>`]); H.push(['References', `<${d.N('message_id', o.inReplyTo)}>`]); }
  if (o.mailer) H.push([o.mailer.startsWith('Microsoft') ? 'X-Mailer' : 'User-Agent', o.mailer]);
  if (o.extra) H.push(...o.extra);
  H.push(['Content-Language', o.lang ?? 'sv-SE']);
  const raw = buildMessage(H, bodyPart, { eol, r, d });
  return { raw, mid, date: o.date };
}
const MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird', 'Apple Mail (2.3774.400.31)', 'Microsoft Outlook 15.0', null, null];
function custMailStyle(r, c) {
  const dom = c.email.split('@')[1];
  return {
    html: dom === 'gmail.com' ? (r.chance(0.8) ? 'gmail' : false) : dom.startsWith('hotmail') || dom === 'outlook.com' || dom === 'live.se' ? 'outlook' : r.chance(0.3) ? 'gmail' : false,
    cte: r.weighted([['quoted-printable', 60], ['base64', 25], ['8bit', 15]]),
    charset: c.cp && r.chance(0.25) ? 'windows-1252' : 'utf-8',
    origIp: dom.startsWith('hotmail') || dom === 'outlook.com' || dom === 'live.se',
    mailer: r.pick(MAILERS),
  };
}
function caseMails(d, x, r, { followUp = false, forward = false, first = true, sent = true } = {}) {
  const T = TOPICS[x.topic];
  const subj = () => render(T.subject, d, x, 'subject');
  const custText = () => render(T.customer, d, x, 'customer');
  const replyText = () => render(T.reply, d, x, 'reply');
  const st = custMailStyle(rngFor(x.key + '/style'), x.c);
  const fromStyle = rngFor(x.key + '/fromstyle').weighted([['full', 55], ['lastfirst', 6], ['first', 10], ['none', 15], ['lower', 6]]);
  // decisions that do not depend on which messages are written
  const mid1 = msgId(rngFor(x.key + '/mid1'), x.c.email.endsWith('gmail.com') ? 'gmail' : x.c.email.endsWith('icloud.com') || x.c.email.endsWith('me.com') ? 'apple' : undefined);
  const mid2 = msgId(rngFor(x.key + '/mid2'), 'outlook');
  const dr = rngFor(x.key + '/d2'); const d2 = addMin(x.created, dr.int(30, 3000)); const agentIsKs = dr.chance(0.4); const agentStyle = dr.pick(['full', 'full', 'nocomma', 'lastfirst']);
  const out = { inbox: [], sent: [] };
  if (first) { // 1. customer -> kundservice
    const t1 = W(d, rngFor(x.key + '/m1'));
    out.inbox.push(composeMail(d, { r: t1.r, date: x.created, from: hdrPerson(t1, x.c, fromStyle), to: [ksHdr(t1)], cc: x.topic === 'flytt' && t1.r.chance(0.4) ? [hdrPerson(t1, x.rel, 'full')] : [], subject: subj(), body: custText, html: st.html, cte: st.cte, charset: st.charset, returnPath: t1.mail(x.c), clientIp: t1.r.chance(0.35) ? x.ip : null, clientPriv: t1.r.chance(0.5) ? x.priv : null, origIp: st.origIp ? x.ip : null, mailer: st.mailer, lang: x.style === 'english' ? 'en-US' : 'sv-SE', messageId: mid1 }));
  }
  if (sent) { // 2. agent reply
    const t2 = W(d, rngFor(x.key + '/m2'));
    const fromAgent = agentIsKs ? ksHdr(t2) : hdrPerson(t2, x.a, agentStyle);
    const body2 = () => { const tq = W(d, rngFor(x.key + '/q2')); return replyText() + quoteBlock(tq, x.c, x.created, custText(), subj, false); };
    const m2 = composeMail(d, { r: t2.r, date: d2, from: fromAgent, to: [hdrPerson(t2, x.c, 'full')], subject: (x.style === 'english' ? 'RE: ' : 'SV: ') + subj(), body: body2, html: t2.r.chance(0.7) ? 'outlook' : false, cte: 'quoted-printable', charset: t2.r.chance(0.3) ? 'windows-1252' : 'utf-8', inReplyTo: mid1, mailer: 'Microsoft Outlook 16.0', messageId: mid2 });
    const te = W(d, rngFor(x.key + '/env'));
    m2.envFrom = agentIsKs ? te.role('kundservice') : te.mail(x.a);
    out.sent.push(m2);
  }
  if (followUp) {
    const t3 = W(d, rngFor(x.key + '/m3'));
    const fu = rngFor(x.key + '/fu').pick(FOLLOWUPS);
    const body3 = () => { const tq = W(d, rngFor(x.key + '/q3')); return render(fu, d, x, 'followup') + quoteBlock(tq, x.a, d2, replyText(), subj, agentIsKs); };
    out.inbox.push(composeMail(d, { r: t3.r, date: addMin(d2, t3.r.int(20, 2000)), from: hdrPerson(t3, x.c, fromStyle), to: [agentIsKs ? ksHdr(t3) : hdrPerson(t3, x.a, 'full')], subject: 'SV: ' + (x.style === 'english' ? 'RE: ' : 'SV: ') + subj(), body: body3, html: st.html, cte: st.cte, charset: st.charset, inReplyTo: mid2, returnPath: t3.mail(x.c), mailer: st.mailer, messageId: msgId(t3.r) }));
  }
  if (forward) {
    const t4 = W(d, rngFor(x.key + '/m4'));
    let b; do { b = t4.r.pick(AGENTS); } while (b === x.a);
    const body4 = () => {
      const tq = W(d, rngFor(x.key + '/q4'));
      return `Hej ${tq.first(b)}, kan du kolla på den här? Kunden har ringt tre gånger nu. Hen nås på ${tq.tel(x.c)}.\n\n/${tq.first(x.a)}\n\n---------- Vidarebefordrat meddelande ---------\nFrån: ${tq.name(x.c)} <${tq.mail(x.c)}>\nDatum: ${fmtDate(x.created, 'long')} ${fmtDate(x.created, 'time')}\nÄmne: ${subj()}\nTill: <${tq.role('kundservice')}>\n\n${custText()}`;
    };
    out.inbox.push(composeMail(d, { r: t4.r, date: addMin(x.created, t4.r.int(200, 5000)), from: hdrPerson(t4, x.a, 'full'), to: [hdrPerson(t4, b, 'full')], subject: 'VB: ' + subj(), body: body4, html: 'outlook', cte: 'quoted-printable', mailer: 'Microsoft Outlook 16.0', messageId: msgId(t4.r, 'outlook') }));
  }
  return out;
}
function mboxJoin(d, msgs, style, r) {
  msgs.sort((a, b) => a.date - b.date);
  return msgs.map((m) => {
    let fromLine;
    if (style === 'thunderbird') fromLine = `From - ${fmtDate(m.date, 'mbox')}\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:                                                                                 `;
    else { const env = m.envFrom ?? 'MAILER-DAEMON'; fromLine = `From ${env} ${fmtDate(m.date, 'mbox')}`; }
    d.text(fromLine);
    return `${fromLine}\n${mboxEscape(m.raw)}\n`;
  }).join('\n');
}
function fakeJpeg(r, n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = r.int(0, 255); b[0] = 0xff; b[1] = 0xd8; b[2] = 0xff; b[3] = 0xe0; b.write('JFIF', 6); b[n - 2] = 0xff; b[n - 1] = 0xd9; return b; }
async function genOutlook() {
  const r = rngFor('outlook');
  // --- Inkorg.mbox + Skickat.mbox share cases (each file labels what it contains)
  const cases = [];
  for (let i = 0; i < 26; i++) cases.push(newCase(r, { sys: 'ol', id: 700 + i, from: '2024-09-01', to: '2025-03-25' }));
  {
    const d = new Doc('outlook-export/Inkorg.mbox');
    const msgs = [];
    cases.forEach((x, i) => { const o = caseMails(d, x, r, { followUp: i % 3 === 0, forward: i % 7 === 2, sent: false }); msgs.push(...o.inbox); });
    // system notifications
    const t = W(d, rngFor('inkorg-sys'));
    for (let i = 0; i < 5; i++) {
      const v = pickCust(t.r); const ip = genIp(t.r); const dt = randDate(t.r, '2024-10-01', '2025-03-25');
      msgs.push(composeMail(d, { r: t.r, date: dt, from: [`Norrsken Webbformulär <${t.role('noreply')}>`, `Norrsken Webbformulär <noreply@${CLIENT.domain}>`], to: [ksHdr(t)], subject: `Nytt ärende från webbformulär (${t.nm('ticket_id')})`, body: () => `Ett nytt formulär har skickats in.\n\nNamn: ${t.name(v)}\nE-post: ${t.mail(v)}\nTelefon: ${t.tel(v)}\nPersonnummer: ${t.r.chance(0.5) ? t.pnr(v) : '(ej angivet)'}\nÄrende: ${t.r.pick(['Faktura', 'Flytt', 'Avbrott', 'Övrigt'])}\nMeddelande:\n${t.r.pick([() => 'Ring mig snarast.', () => 'Vill ha hjälp med att byta avtal.', () => 'fakturan är fel', () => wordName(t)])()}\n\nIP-adress: ${t.ip(ip)}\nWebbläsare: ${t.nmv('user_agent', t.r.pick(USER_AGENTS))}\nFormulär-ID: ${t.nm('guid')}`, cte: '8bit', messageId: msgId(t.r, 'generic') }));
    }
    emit(d, mboxJoin(d, msgs, 'thunderbird', r));
  }
  {
    const d = new Doc('outlook-export/Skickat.mbox');
    const msgs = [];
    for (const x of cases.slice(0, 20)) msgs.push(...caseMails(d, x, r, { first: false }).sent);
    emit(d, mboxJoin(d, msgs, 'envelope', r));
  }
  await genOutlookExtra(r);
}
async function receiptPdf(d, t, c, x) {
  return buildPdf(d, { title: 'Kvitto', author: 'Elbutiken Norrsken', blocks: [
    { h: 'KVITTO' }, { p: `${t.nmv('company', 'Elbutiken Norrsken')} – ${t.nmv('street', 'Kungsgatan 12')}, ${t.nmv('postal_code', '111 43')} Stockholm – Org.nr ${t.nm('org_number')}` }, { rule: 1 },
    { kv: [['Kund', t.name(c)], ['Adress', addr(t, c)], ['Telefon', t.tel(c, 'dash-grouped')], ['Ordernummer', t.nmv('order', x.order)], ['Datum', t.date(x.d1, 'isotime')]] },
    { table: [['Artikel', 'Art.nr', 'Antal', 'Pris'], [t.nmv('product', x.product), t.nm('article'), '1', t.nmv('amount', x.amount)], ['Frakt', '-', '1', t.nmv('amount', '49 kr')]], widths: [200, 120, 60, 115] },
    { p: `Betalt med kort ************${t.r.digits(4)}. Moms 25 %. Öppet köp 30 dagar, reklamationsrätt 3 år.` },
    { p: `Serienummer/IMEI: ${t.nm('imei')}` },
  ], footer: `Elbutiken Norrsken | ${t.role('order')} | Bankgiro ${t.nm('bankgiro')}` });
}
async function genOutlookExtra(r) {
  // --- Reklamationer.mbox (attachments: photo, PDF receipt, forwarded .eml, .docx form, CSV list)
  {
    const d = new Doc('outlook-export/Reklamationer.mbox');
    const msgs = [];
    for (let i = 0; i < 10; i++) {
      const x = newCase(r, { sys: 'rekl', id: 900 + i, topic: 'reklamation', cp: true, from: '2024-10-01', to: '2025-03-20' });
      const t = W(d, rngFor(x.key + '/att'));
      const atts = [];
      const kind = i % 4;
      if (kind === 0) { atts.push({ ct: 'image/jpeg', name: `IMG_${t.r.int(1000, 9999)}.JPG`, data: fakeJpeg(t.r, t.r.int(3000, 9000)) }); if (t.r.chance(0.5)) atts.push({ ct: 'image/jpeg', name: `IMG_${t.r.int(1000, 9999)}.JPG`, data: fakeJpeg(t.r, 4000) }); }
      if (kind === 1) atts.push({ ct: 'application/pdf', name: `Kvitto_${x.order.replace(/[^A-Z0-9-]/g, '')}.pdf`, data: await receiptPdf(d, t, x.c, x) });
      if (kind === 2) {
        const ti = W(d, rngFor(x.key + '/inner'));
        const inner = composeMail(d, { r: ti.r, date: x.d1, from: [`Norrsken Webbutik <${ti.role('order')}>`, `Norrsken Webbutik <order@${CLIENT.domain}>`], to: [hdrPerson(ti, x.c, 'full')], subject: `Orderbekräftelse ${ti.nmv('order', x.order)}`, body: () => `Hej ${ti.first(x.c)}!\n\nTack för din beställning.\n\nOrdernummer: ${ti.nmv('order', x.order)}\nProdukt: ${ti.nmv('product', x.product)}\nPris: ${ti.nmv('amount', x.amount)}\n\nLeveransadress:\n${ti.name(x.c)}\n${addrLines(ti, x.c)}\nMobil för avisering: ${ti.tel(x.c)}\n\nSpåra paketet: ${ti.nmv('tracking', x.tracking)}\n\nDetta mejl går inte att svara på.`, html: 'gmail', cte: 'quoted-printable', messageId: msgId(ti.r, 'generic') });
        atts.push({ ct: 'message/rfc822', name: 'Orderbekräftelse.eml', raw: inner.raw });
      }
      if (kind === 3) {
        const td = W(d, rngFor(x.key + '/docx'));
        atts.push({ ct: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'Reklamationsblankett.docx', data: await buildDocx(d, { creator: td.name(x.c), lastModifiedBy: td.name(x.c), title: 'Reklamation', blocks: [
          { h: 'Reklamationsblankett' }, { table: [['Fält', 'Uppgift'], ['Namn', td.name(x.c)], ['Personnummer', td.pnr(x.c)], ['Adress', addr(td, x.c)], ['Telefon', td.tel(x.c)], ['E-post', td.mail(x.c)], ['Produkt', td.nmv('product', x.product)], ['Ordernummer', td.nmv('order', x.order)], ['Köpdatum', td.date(x.d1, 'iso')]] },
          { h: 'Beskrivning av felet', level: 2 }, `Produkten slutade fungera efter ${td.r.int(2, 11)} månader. ${td.r.pick(['Skärmen flimrar.', 'Den laddar inte.', 'Wifi tappar anslutningen hela tiden.'])}`,
          { runs: ['Underskrift: ', { text: td.name(x.c), italics: true }] },
        ] }) });
      }
      const custText = () => render(TOPICS.reklamation.customer, d, x, 'customer');
      const tm = W(d, rngFor(x.key + '/m1'));
      const m = composeMail(d, { r: tm.r, date: x.created, from: hdrPerson(tm, x.c), to: [[`Reklamation <${tm.role('reklamation')}>`, `Reklamation <reklamation@${CLIENT.domain}>`]], subject: render(TOPICS.reklamation.subject, d, x, 'subject'), body: custText, html: kind === 0 ? 'gmail' : false, cte: tm.r.pick(['quoted-printable', 'base64']), attachments: atts, messageId: msgId(tm.r) });
      msgs.push(m);
    }
    // housing co-operative chairman sends a CSV of affected residents
    for (let j = 0; j < 2; j++) {
      const t = W(d, rngFor('brf-csv-' + j));
      const chair = pickCust(t.r);
      const rows = [['Lgh', 'Namn', 'Telefon', 'E-post', 'Problem sedan']];
      for (let k = 0; k < 14; k++) { const p = pickCust(t.r); rows.push([String(1001 + k + (k > 6 ? 93 : 0)), t.name(p), t.tel(p), t.r.chance(0.7) ? t.mail(p) : '', t.date(randDate(t.r, '2025-02-01', '2025-03-01'), 'slashy')]); }
      const csv = toCsv(rows, { delim: ';', eol: '\r\n' });
      const m = composeMail(d, { r: t.r, date: randDate(t.r, '2025-02-10', '2025-03-10'), from: hdrPerson(t, chair, 'full'), to: [ksHdr(t)], subject: `Brf ${t.r.pick(['Solrosen 4', 'Kastanjen', 'Lärkan 7'])} – lista över boende utan fiber`, body: () => `Hej,\n\nSom ordförande i bostadsrättsföreningen bifogar jag en lista över de lägenheter som fortfarande saknar fiberuppkoppling. Flera av de boende är äldre och behöver hjälp, ring dem gärna direkt.\n\n${custSign(t, chair, 'formal').trim()}\nOrdförande`, cte: '8bit', attachments: [{ ct: 'text/csv', charset: 'utf-8', cte: 'base64', name: 'boende_utan_fiber.csv', text: csv }], messageId: msgId(t.r) });
      msgs.push(m);
    }
    emit(d, mboxJoin(d, msgs, 'thunderbird', r));
  }

  // --- single .eml files (CRLF)
  const E = async (name, build) => { const d = new Doc(`outlook-export/eml/${name}`); const t = W(d, rngFor('eml/' + name)); const raw = await build(d, t); emit(d, raw); };
  const crlf = '\r\n';
  // 1. reply chain, three levels
  await E('RE_ Faktura stämmer inte.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml1', id: 1, topic: 'faktura', style: 'formal' });
    const subj = () => render(TOPICS.faktura.subject, d, x, 'subject');
    const body = () => {
      const c1 = render(TOPICS.faktura.customer, d, x, 'customer');
      const a1 = render(TOPICS.faktura.reply, d, x, 'reply');
      const tq = W(d, rngFor('eml1q'));
      const lvl2 = `${render(FOLLOWUPS[2], d, x, 'fu')}\n\n${quoteHeader(tq, x.a, x.d2, 'gmail-sv', subj)}\n${quoteLines(a1 + '\n\n' + quoteHeader(tq, x.c, x.d1, 'brief', subj) + '\n' + quoteLines(c1))}`;
      return `Hej ${tq.first(x.c)},\n\nJag förstår din frustration. Påminnelsen skickades automatiskt innan krediteringen hann registreras – du kan bortse från den. Jag har även lagt en notering så att det inte händer igen.${agentSign(tq, x.a, 'formal')}\n\n${quoteHeader(tq, x.c, addMin(x.d2, 300), 'outlook-sv', () => 'SV: ' + subj())}\n\n${lvl2}`;
    };
    return composeMail(d, { r: t.r, date: addMin(x.d2, 900), from: hdrPerson(t, x.a, 'full'), to: [hdrPerson(t, x.c, 'full')], cc: [hdrPerson(t, LEAD, 'lastfirst')], subject: 'RE: SV: ' + subj(), body, html: 'outlook', eol: crlf, mailer: 'Microsoft Outlook 16.0', inReplyTo: msgId(t.r, 'gmail'), messageId: msgId(t.r, 'outlook'), extra: [['Thread-Topic', 'Faktura stämmer inte'], ['Thread-Index', 'AQHbk' + t.r.alnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '==']] }).raw;
  });
  // 2. forwarded internally
  await E('VB_ Uppsägning av avtal.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml2', id: 2, topic: 'uppsagning', style: 'formal' });
    const o = caseMails(d, x, t.r, { forward: true, sent: false, first: false });
    return o.inbox[0].raw.replace(/\r?\n/g, crlf);
  });
  // 3. HTML-only complaint with entities
  await E('Klagomål på bemötande.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml3', id: 3, topic: 'klagomal', style: 'formal', cp: true });
    return composeMail(d, { r: t.r, date: x.created, from: hdrPerson(t, x.c, 'full'), to: [ksHdr(t)], subject: 'Klagomål på bemötande', body: () => render(TOPICS.klagomal.customer, d, x, 'customer'), html: 'outlook', htmlOnly: true, charset: 'windows-1252', cte: 'quoted-printable', eol: crlf, origIp: x.ip, mailer: 'Microsoft Outlook 16.0', messageId: msgId(t.r, 'outlook') }).raw;
  });
  // 4. GDPR request, base64 body, encoded-word sender
  await E('GDPR - begäran om registerutdrag.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml4', id: 4, topic: 'gdpr', style: 'formal' });
    return composeMail(d, { r: t.r, date: x.created, from: hdrPerson(t, x.c, 'full'), to: [[`Dataskydd <${t.role('dataskydd')}>`, `Dataskydd <dataskydd@${CLIENT.domain}>`]], cc: [ksHdr(t)], subject: 'GDPR – begäran om registerutdrag', body: () => render(TOPICS.gdpr.customer, d, x, 'customer'), cte: 'base64', eol: crlf, clientIp: x.ip, clientPriv: x.priv, messageId: msgId(t.r) }).raw;
  });
  // 5. bounce (NDR) with the failed personal address
  await E('Undeliverable_ Din faktura från Norrsken.eml', async (d, t) => {
    const c = pickCust(t.r); const bad = c.email.replace(/@(\w+)\./, (m0, dom) => `@${dom.slice(0, -1)}.`);
    usedEmails.add(bad);
    const dt = randDate(t.r, '2025-01-05', '2025-03-01');
    const ds = `Reporting-MTA: dns; mx1.${CLIENT.domain}\nX-Postfix-Queue-ID: ${t.r.alnum(10, '0123456789ABCDEF')}\nArrival-Date: ${fmtDate(dt, 'rfc')}\n\nFinal-Recipient: rfc822; ${t.rawMail(bad)}\nOriginal-Recipient: rfc822;${t.rawMail(bad)}\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=${t.nmv('domain', bad.split('@')[1])} type=A: Host not found\n`;
    const inner = composeMail(d, { r: t.r, date: dt, from: [`Norrsken Faktura <${t.role('faktura')}>`, `Norrsken Faktura <faktura@${CLIENT.domain}>`], to: [[t.rawMail(bad), bad]], subject: 'Din faktura från Norrsken', body: () => `Hej ${t.first(c)}!\n\nDin faktura ${t.nm('invoice')} på ${t.nm('amount')} finns nu på Mina sidor. Förfallodag ${t.date(addMin(dt, 30 * 1440), 'iso')}.\n\nOCR: ${t.nm('ocr')}\nBankgiro: ${t.nm('bankgiro')}\n\nMed vänlig hälsning\n${CLIENT.name}`, cte: 'quoted-printable', messageId: msgId(t.r, 'generic') });
    return composeMail(d, { r: t.r, date: addMin(dt, 1), from: [`Mail Delivery System <${t.nmv('role_email', `MAILER-DAEMON@mx1.${CLIENT.domain}`)}>`, `Mail Delivery System <MAILER-DAEMON@mx1.${CLIENT.domain}>`], to: [[`<${t.role('faktura')}>`, `<faktura@${CLIENT.domain}>`]], subject: 'Undelivered Mail Returned to Sender', lang: 'en-US', eol: crlf, body: () => `This is the mail system at host mx1.${CLIENT.domain}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<${t.rawMail(bad)}>: Host or domain name not found. Name service error for\n    name=${bad.split('@')[1]} type=A: Host not found`, cte: '7bit', messageId: msgId(t.r, 'generic'), attachments: [{ ct: 'message/delivery-status', text: ds, cte: '7bit', charset: 'us-ascii' }, { ct: 'message/rfc822', raw: inner.raw }] }).raw.replace(/\r?\n/g, crlf);
  });
  // 6. calendar invitation
  await E('Kundmöte Brf Solrosen.eml', async (d, t) => {
    const a = pickAgent(t.r); const k1 = pickCust(t.r); const k2 = pickCust(t.r);
    const dt = new Date('2025-03-18T09:00:00Z');
    const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0', 'BEGIN:VEVENT', `ORGANIZER;CN=${t.name(a)}:mailto:${t.mail(a)}`, `ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${t.name(k1)}:mailto:${t.mail(k1)}`, `ATTENDEE;ROLE=OPT-PARTICIPANT;CN=${t.name(k2)}:mailto:${t.mail(k2)}`, `SUMMARY;LANGUAGE=sv-SE:Genomgång fiberanslutning Brf Solrosen`, `DTSTART;TZID=W. Europe Standard Time:${t.nmv('date', '20250318T100000')}`, `DTEND;TZID=W. Europe Standard Time:${t.nmv('date', '20250318T110000')}`, `UID:${t.nm('guid')}`, `LOCATION;LANGUAGE=sv-SE:Teams / ${t.nmv('street', 'Sveavägen 44')}`, `DESCRIPTION;LANGUAGE=sv-SE:Hej! Välkomna till genomgång. Ring ${t.tel(a, 'dash-grouped', 'direct')} om ni får förhinder.`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    return composeMail(d, { r: t.r, date: addMin(dt, -7 * 1440), from: hdrPerson(t, a, 'full'), to: [hdrPerson(t, k1, 'full'), hdrPerson(t, k2, 'none')], subject: 'Inbjudan: Genomgång fiberanslutning Brf Solrosen', eol: crlf, body: () => `Hej ${t.first(k1)} och ${t.first(k2)},\n\nHär kommer en inbjudan till genomgången av fiberanslutningen.\n\nHälsningar\n${t.name(a)}`, cte: 'quoted-printable', attachments: [{ ct: 'text/calendar', charset: 'utf-8', cte: 'base64', name: 'invite.ics', text: ics }], messageId: msgId(t.r, 'outlook') }).raw;
  });
  // 7. invoice mail with a PDF invoice attached
  await E('Faktura mars 2025.eml', async (d, t) => {
    const c = pickCust(t.r, true);
    const pdf = await invoicePdf(d, t, c, new Date('2025-03-03T08:00:00Z'));
    return composeMail(d, { r: t.r, date: new Date('2025-03-03T08:12:44Z'), from: [`Norrsken Faktura <${t.role('faktura')}>`, `Norrsken Faktura <faktura@${CLIENT.domain}>`], replyTo: [`<${t.role('kundservice')}>`, `<${KS_ADDR}>`], to: [hdrPerson(t, c, 'full')], subject: 'Din faktura för mars 2025', eol: crlf, body: () => `Hej ${t.first(c)},\n\nBifogat finner du din faktura. Betala senast den 31 mars.\n\nDetta är ett automatiskt utskick, svara inte på mejlet. Frågor? Ring ${sw(t)}.`, html: 'gmail', cte: 'quoted-printable', attachments: [{ ct: 'application/pdf', name: 'Faktura_2025-03.pdf', data: pdf }], messageId: msgId(t.r, 'generic') }).raw;
  });
  // 8. scanned power of attorney as .docx
  await E('Fullmakt inskannad.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml8', id: 8, topic: 'fullmakt' });
    const docxBuf = await fullmaktDocx(d, W(d, rngFor('eml8-docx')), x);
    return composeMail(d, { r: t.r, date: x.created, from: hdrPerson(t, x.c), to: [ksHdr(t)], subject: render(TOPICS.fullmakt.subject, d, x, 'subject'), body: () => render(TOPICS.fullmakt.customer, d, x, 'customer'), cte: 'quoted-printable', eol: crlf, attachments: [{ ct: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'Fullmakt.docx', data: docxBuf }], messageId: msgId(t.r, 'apple'), mailer: 'Apple Mail (2.3774.400.31)' }).raw;
  });
  // 9. out-of-office auto reply
  await E('Automatiskt svar_ Fråga om elpris.eml', async (d, t) => {
    const a = AGENTS[9], b = AGENTS[10], c = pickCust(t.r);
    return composeMail(d, { r: t.r, date: new Date('2025-03-19T13:02:10Z'), from: hdrPerson(t, a, 'full'), to: [hdrPerson(t, c, 'full')], subject: 'Automatiskt svar: Fråga om elpris', eol: crlf, body: () => `Tack för ditt mejl. Jag är föräldraledig till och med ${t.date(new Date('2025-04-07T00:00:00Z'), 'long')} och läser inte min e-post.\n\nKontakta i stället min kollega ${t.name(b)}, ${t.mail(b)}, tel. ${t.tel(b, 'dash-grouped', 'direct')}, eller kundservice på ${sw(t)}.\n\nThank you for your e-mail. I am on parental leave until April 7. Please contact ${t.name(b)} (${t.mail(b)}).\n\n${t.name(a)}`, cte: '8bit', extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']], messageId: msgId(t.r, 'outlook') }).raw;
  });
  // 10. SV: SV: Flytt – ISO-8859-1 quoted-printable, deep chain
  await E('SV_ SV_ Flytt.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml10', id: 10, topic: 'flytt', style: 'formal', cp: true });
    const subj = () => render(TOPICS.flytt.subject, d, x, 'subject');
    const body = () => {
      const tq = W(d, rngFor('eml10q'));
      return `Hej igen!\n\nNu har vi flyttat in. Routern har kommit men den lyser orange. Min sambo ${tq.name(x.rel)} har ringt er två gånger utan att komma fram.\n\nMvh ${tq.name(x.c)}\n${tq.tel(x.c)}\n\n-----Ursprungligt meddelande-----\nFrån: ${tq.name(x.a)} <${tq.mail(x.a)}>\nSkickat: den ${fmtDate(x.d2, 'long')} ${fmtDate(x.d2, 'time')}\nTill: ${tq.name(x.c)} <${tq.mail(x.c)}>\nÄmne: SV: ${subj()}\n\n${render(TOPICS.flytt.reply, d, x, 'reply')}\n\n-----Ursprungligt meddelande-----\nFrån: ${tq.name(x.c)} <${tq.mail(x.c)}>\nSkickat: den ${fmtDate(x.d1, 'long')}\nTill: ${tq.role('kundservice')}\nÄmne: ${subj()}\n\n${render(TOPICS.flytt.customer, d, x, 'customer')}`;
    };
    return composeMail(d, { r: t.r, date: addMin(x.d2, 4000), from: hdrPerson(t, x.c, 'full'), to: [hdrPerson(t, x.a, 'lastfirst')], subject: 'SV: SV: ' + subj(), body, charset: 'iso-8859-1', cte: 'quoted-printable', eol: crlf, mailer: 'Microsoft Outlook 15.0', messageId: msgId(t.r, 'outlook') }).raw;
  });
  // 11. forwarded bank receipt as message/rfc822
  await E('Fwd_ Kvitto på betalning.eml', async (d, t) => {
    const x = newCase(t.r, { sys: 'eml11', id: 11, topic: 'inkasso' });
    const bankMail = composeMail(d, { r: t.r, date: x.d1, from: [`Banken <${t.nmv('role_email', 'noreply@bankmeddelande.example')}>`, 'Banken <noreply@bankmeddelande.example>'], to: [hdrPerson(t, x.c, 'none')], subject: 'Kvitto på din betalning', body: () => `Betalningsmottagare: ${CLIENT.name}\nBankgiro: ${t.nmv('bankgiro', x.bg)}\nOCR: ${t.nmv('ocr', x.ocr)}\nBelopp: ${t.nmv('amount', x.amount)}\nBetaldatum: ${t.date(x.d1, 'iso')}\nFrån konto: ${t.nmv('bank_account', x.account)}\nBetalare: ${t.name(x.c, 'upper')}`, cte: '7bit', charset: 'utf-8', messageId: msgId(t.r, 'generic', 'bankmeddelande.example') });
    return composeMail(d, { r: t.r, date: x.d2, from: hdrPerson(t, x.c), to: [ksHdr(t)], subject: 'Fwd: Kvitto på betalning', body: () => render(TOPICS.inkasso.customer, d, x, 'customer'), cte: 'quoted-printable', eol: crlf, attachments: [{ ct: 'message/rfc822', name: 'Kvitto på betalning.eml', raw: bankMail.raw }], messageId: msgId(t.r, 'gmail') }).raw.replace(/\r?\n/g, crlf);
  });
  // 12. newsletter (only a lone first name and role addresses)
  await E('Nyhetsbrev mars.eml', async (d, t) => {
    const c = pickCust(t.r);
    return composeMail(d, { r: t.r, date: new Date('2025-03-05T06:30:00Z'), from: [`Norrsken <${t.role('nyhetsbrev')}>`, `Norrsken <nyhetsbrev@${CLIENT.domain}>`], to: [hdrPerson(t, c, 'none')], subject: 'Våren är här – 3 tips för lägre elräkning ☀️', eol: crlf, body: () => `Hej ${t.first(c)}!\n\nVåren är här och med den lägre elpriser. Här är tre tips:\n\n1. Byt till ${t.nmv('product', 'El Fast pris 12 mån')} – ${t.nmv('amount', '89,90 öre/kWh')}\n2. Skaffa laddbox ${t.nmv('product', 'Easee Home laddbox')} för ${t.nmv('amount', '9 995 kr')} (efter grönt avdrag)\n3. ${wordName(t)}\n\nErbjudandet gäller t.o.m. ${t.date(new Date('2025-04-30T00:00:00Z'), 'long')}. Kampanjkod: ${t.nmv('campaign_code', 'VAR25-' + t.r.alnum(4))}\n\nAvregistrera: https://${CLIENT.domain}/avregistrera?u=${t.nm('guid')}\n${CLIENT.name}, ${t.nmv('po_box', 'Box 1234')}, ${t.nmv('postal_code', '111 64')} Stockholm. Org.nr ${t.nmv('org_number', CLIENT.orgnr)}`, html: 'gmail', cte: 'quoted-printable', messageId: msgId(t.r, 'generic', 'mailer.norrskenkraft.se'), extra: [['List-Unsubscribe', `<mailto:${t.role('unsubscribe')}>`], ['Precedence', 'bulk']] }).raw;
  });
}

// ================================================================= SYSTEM: documents (.docx, .pdf, .txt)
async function invoicePdf(d, t, c, dt) {
  const inv = t.nm('invoice'); const ocr = t.nm('ocr'); const a = pickAgent(t.r, true);
  const due = addMin(dt, 28 * 1440);
  const kwh = t.r.int(250, 2400); const price = (t.r.int(60, 160) / 100);
  const cost = Math.round(kwh * price);
  return buildPdf(d, { title: `Faktura ${inv}`, creator: 'Norrsken Fakturering 7.1', blocks: [
    { h: CLIENT.name, size: 13 }, { p: `${t.nmv('po_box', 'Box 1234')}, ${t.nmv('postal_code', '111 64')} Stockholm | Org.nr ${t.nmv('org_number', CLIENT.orgnr)} | Momsreg.nr ${t.nmv('vat_number', CLIENT.vat)} | Innehar F-skattsedel` }, { rule: 1 },
    { h: 'FAKTURA', size: 18 },
    { kv: [['Fakturanummer', inv], ['Fakturadatum', t.date(dt, 'iso')], ['Förfallodatum', t.date(due, 'iso')], ['OCR-nummer', ocr], ['Kundnummer', t.nm('customer_number')], ['Anläggnings-ID', t.nm('facility_id')], ['Er referens', t.name(c)], ['Vår referens', t.name(a)]] },
    { p: 'Fakturaadress:', bold: true }, { p: `${t.name(c, t.r.chance(0.3) ? 'upper' : 'full')}\n${t.nmv('street', c.street)}\n${t.nmv('postal_code', c.postcode)} ${t.nmv('place', c.city.toUpperCase())}` },
    { table: [['Beskrivning', 'Period', 'Antal', 'Á-pris', 'Belopp'], ['Elhandel rörligt pris', `${t.date(addMin(dt, -31 * 1440), 'iso')} – ${t.date(addMin(dt, -1440), 'iso')}`, `${kwh} kWh`, `${price.toFixed(2).replace('.', ',')} kr`, `${cost} kr`], ['Månadsavgift', '', '1', '49,00 kr', '49,00 kr'], [t.nmv('product', 'Fiber 250/250'), '', '1', '399,00 kr', '399,00 kr'], ['Moms 25 %', '', '', '', `${Math.round((cost + 448) * 0.25)} kr`], ['Att betala', '', '', '', `${Math.round((cost + 448) * 1.25)} kr`]], widths: [150, 150, 60, 70, 65] },
    { p: `Betala till bankgiro ${t.nmv('bankgiro', CLIENT.bg)} eller plusgiro ${t.nmv('plusgiro', CLIENT.pg)}. Ange OCR-nummer ${ocr}. Vid betalning från utlandet: IBAN ${t.nm('iban')}, BIC ${t.nm('bic')}.` },
    { p: `Vid försenad betalning debiteras dröjsmålsränta enligt räntelagen samt påminnelseavgift ${t.nmv('amount', '60 kr')}.` },
  ], footer: `Frågor om fakturan? Ring ${sw(t)} vardagar 8–17 eller mejla ${t.role('faktura')}. ${CLIENT.name}, säte Stockholm.` });
}
async function fullmaktDocx(d, t, x) {
  const o = x.old, c = x.c;
  return buildDocx(d, { creator: t.name(c), lastModifiedBy: t.name(c), title: 'Fullmakt', date: '2025-02-11T19:02:00Z', blocks: [
    { h: 'FULLMAKT' },
    'Härmed ger jag nedanstående person fullmakt att företräda mig i alla ärenden som rör mina avtal hos ' + t.nmv('company', CLIENT.name) + ', inklusive att säga upp, ändra och teckna avtal samt ta del av fakturor och personuppgifter.',
    { h: 'Fullmaktsgivare', level: 2 },
    { table: [['Namn', t.name(o)], ['Personnummer', t.pnr(o)], ['Adress', addr(t, o)], ['Telefon', o.home ? t.tel(o, 'dash-grouped', 'home') : t.tel(o)]], header: false },
    { h: 'Fullmaktshavare (ombud)', level: 2 },
    { table: [['Namn', t.name(c)], ['Personnummer', t.pnr(c)], ['Telefon', t.tel(c)], ['E-post', t.mail(c)]], header: false },
    `Fullmakten gäller från ${t.date(x.d1, 'iso')} och tills vidare, dock längst till ${t.date(addMin(x.d1, 365 * 1440), 'iso')}.`,
    { empty: 1 },
    `Ort och datum: ${t.nmv('place', o.city)}, ${t.date(x.d1, 'long')}`,
    { empty: 1 },
    '_____________________________',
    { runs: [{ text: t.name(o), italics: true }] },
    { empty: 1 },
    'Bevittnas:',
    `1. ${t.name(x.rel)}    2. ${t.name(pickCust(t.r))}`,
  ] });
}
async function genDocuments() {
  const D = async (rel, fn) => { const d = new Doc(`dokument/${rel}`); const t = W(d, rngFor('doc/' + rel)); const out = await fn(d, t); emit(d, out); };
  // 1. complaint letter (customer writes)
  await D('klagomal/Klagomål_2024-11-04.docx', async (d, t) => {
    const c = pickCust(t.r); const a = pickAgent(t.r); const rel = pickCust(t.r);
    return buildDocx(d, { creator: t.name(c), lastModifiedBy: t.name(c), title: 'Klagomål', date: '2024-11-04T20:14:00Z', blocks: [
      { runs: [t.name(c) + '\n' + addrLines(t, c) + '\n' + 'Tel: ' + t.tel(c) + '\n' + 'E-post: ' + t.mail(c)] },
      { empty: 1 },
      { runs: [`${t.nmv('company', CLIENT.name)}\nAtt: Kundservice / Klagomålshantering\n${t.nmv('po_box', 'Box 1234')}\n${t.nmv('postal_code', '111 64')} Stockholm`] },
      { empty: 1 }, { runs: [`${t.nmv('place', c.city)} den ${t.date(new Date('2024-11-04T12:00:00Z'), 'long')}`], align: 'right' },
      { h: 'Klagomål angående felaktig fakturering och bemötande', level: 2 },
      `Jag, ${t.name(c)} (personnummer ${t.pnr(c)}), vill härmed framföra ett formellt klagomål. Sedan augusti har jag fått fakturor som baseras på uppskattad förbrukning trots att jag skickat in mätarställning varje månad.`,
      `Den ${t.date(new Date('2024-10-21T10:00:00Z'), 'long')} ringde jag er kundtjänst och talade med ${t.name(a)}, som lovade att en korrigerad faktura skulle skickas inom en vecka. Ingenting har hänt. När jag ringde igen fick jag vänta i 55 minuter.`,
      `Jag har även fått en betalningspåminnelse (faktura ${t.nm('invoice')}, OCR ${t.nm('ocr')}) trots att beloppet ${t.nm('amount')} är bestridt. Jag kräver att påminnelseavgiften tas bort och att ärendet inte skickas till inkasso.`,
      `Min sambo ${t.name(rel)} kan också kontaktas i ärendet på ${t.tel(rel)}.`,
      'Jag förväntar mig ett skriftligt svar inom 14 dagar. Annars kommer jag att vända mig till Allmänna reklamationsnämnden.',
      { empty: 1 }, 'Med vänlig hälsning', { empty: 1 }, { runs: [{ text: t.name(c), italics: true }] },
    ] });
  });
  // 2. complaint with incident table
  await D('klagomal/klagomal_fakturering_2025-01-17.docx', async (d, t) => {
    const c = pickCust(t.r);
    const rows = [['Datum', 'Händelse', 'Kontakt hos er', 'Referens']];
    for (let i = 0; i < 6; i++) { const a = pickAgent(t.r); rows.push([t.date(randDate(t.r, '2024-09-01', '2025-01-15'), t.r.pick(['iso', 'dot', 'short'])), t.r.pick(['Ringde kundtjänst', 'Mejl skickat', 'Chatt', 'Påminnelse mottagen', 'Inkassobrev']), t.r.chance(0.7) ? t.name(a) : t.first(a) + ' (efternamn okänt)', t.r.pick([() => t.nm('case_number'), () => t.nm('invoice'), () => t.nm('ticket_id')])()]); }
    return buildDocx(d, { creator: 'Användare', lastModifiedBy: t.name(c), title: 'Klagomål fakturering', date: '2025-01-17T08:40:00Z', blocks: [
      { h: 'Klagomål – fakturering vintern 2024/25' },
      `Avsändare: ${t.name(c)}, ${addr(t, c)}. Kundnummer ${t.nm('customer_number')}. Personnr: ${t.pnr(c)}. Tel. ${t.tel(c)}.`,
      'Nedan följer en sammanställning av mina kontakter med er:',
      { table: rows },
      `Totalt har jag lagt mer än sex timmar på detta. ${wordName(t)} Jag begär ersättning för min tid och att felaktiga avgifter stryks.`,
      `Svar önskas till ${t.mail(c)}.`,
    ] });
  });
  // 3. meeting notes with reviewer comment
  await D('motesanteckningar_kundforum_2025-03-14.docx', async (d, t) => {
    const att = t.r.sample(AGENTS, 6); const sec = att[0]; const rev = att[1];
    const k1 = pickCust(t.r), k2 = pickCust(t.r), k3 = pickCust(t.r);
    return buildDocx(d, { creator: t.name(sec), lastModifiedBy: t.name(rev), title: 'Mötesanteckningar kundforum', date: '2025-03-14T15:20:00Z', comments: [{ id: 0, author: t.name(rev), initials: initials(rev), text: `Stämmer det? Jag trodde att ${t.name(k2)} redan fått kompensation. /${t.first(rev)}` }], header: `Internt – ${CLIENT.name}`, footer: `Sekreterare: ${t.name(sec)} | Dokument-ID ${t.nm('guid')}`, blocks: [
      { h: 'Kundforum – mötesanteckningar 14 mars 2025' },
      { runs: [{ text: 'Närvarande: ', bold: true }, att.map((p) => t.name(p)).join(', ')] },
      { runs: [{ text: 'Frånvarande: ', bold: true }, `${t.name(LEAD)} (sjuk)`] },
      { h: '1. Eskalerade ärenden', level: 2 },
      { bullet: `${t.name(k1)} – återkommande avbrott på ${t.nmv('street', k1.street)}. Tekniker bokad ${t.date(new Date('2025-03-20T07:00:00Z'), 'short')}. Ansvarig: ${t.first(att[2])}.` },
      { commented: { id: 0, before: 'Kompensation till ', marked: t.name(k2), after: ` (${t.tel(k2)}) beviljad med ${t.nm('amount')}.` } },
      { bullet: `Dödsbo efter ${t.name(k3)}: väntar på bouppteckning. Kontakt via advokatbyrå, ${t.role('info', 'advokatfirman-lindhe.se')}.` },
      { h: '2. Statistik', level: 2 },
      { table: [['Kanal', 'Antal ärenden', 'Snittid', 'NKI'], ['Telefon', '4 812', '6:42', '71'], ['Mejl', '3 107', '-', '68'], ['Chatt', '2 356', '4:10', '77']] },
      { h: '3. Övrigt', level: 2 },
      `Nytt växelnummer från 1 april: ${sw(t)}. Gamla numret ${t.ph(genSePhone(t.r, 'fixed'), 'dash-grouped')} kopplas om. ${wordName(t)}`,
      `Nästa möte: ${t.date(new Date('2025-04-11T08:00:00Z'), 'longday')} kl. ${t.nmv('time', '09.00')}, rum ${t.nmv('room', 'Norrsken 3')}.`,
    ] });
  });
  // 4. case summary table
  const x4 = newCase(rngFor('doc4'), { sys: 'doc4', id: 4, topic: 'inkasso' });
  await D(`arenden/arendesammanfattning_${x4.caseNo.replace(/[^A-Za-z0-9-]/g, '_')}.docx`, async (d, t) => {
    const x = x4;
    return buildDocx(d, { creator: t.name(x.a), lastModifiedBy: t.name(LEAD), title: 'Ärendesammanfattning', date: '2025-02-20T10:05:00Z', blocks: [
      { h: `Ärendesammanfattning ${t.nmv('case_number', x.caseNo)}` },
      { table: [['Fält', 'Värde'], ['Kund', t.name(x.c)], ['Personnummer', t.pnr(x.c)], ['Kundnummer', t.nmv('customer_number', x.custno)], ['Telefon', t.tel(x.c)], ['E-post', t.mail(x.c)], ['Handläggare', t.name(x.a)], ['Inkassoombud', `${t.name(x.ink)}, Inkasso Nord AB`], ['Faktura', t.nmv('invoice', x.inv)], ['Belopp', t.nmv('amount', x.amount)], ['OCR', t.nmv('ocr', x.ocr)]] },
      { h: 'Kronologi', level: 2 },
      { bullet: `${t.date(x.d1, 'iso')}: Kunden betalade med fel OCR.` },
      { bullet: `${t.date(addMin(x.d1, 20 * 1440), 'iso')}: Påminnelse skickad till ${t.nmv('street', x.c.street)}.` },
      { bullet: `${t.date(x.d2, 'iso')}: Kunden mejlade (citat nedan).` },
      render(TOPICS.inkasso.customer, d, x, 'customer'),
      { bullet: `${t.date(addMin(x.d2, 1440), 'iso')}: Ärendet återkallat hos Inkasso Nord (${t.tel(x.ink, 'dash-grouped')}).` },
      { h: 'Bedömning', level: 2 },
      render(TOPICS.inkasso.note, d, x, 'note'),
    ] });
  });
  // 5. power of attorney
  const x5 = newCase(rngFor('doc5'), { sys: 'doc5', id: 5, topic: 'fullmakt' });
  await D(`arenden/fullmakt_${translit(x5.old.last).replace(/[^a-z]/g, '')}.docx`, async (d, t) => fullmaktDocx(d, t, x5));
  // 6. personal data breach report
  await D('incidenter/personuppgiftsincident_2024-09-23.docx', async (d, t) => {
    const rows = [['Namn', 'Personnummer', 'E-post', 'Berörda uppgifter']];
    for (let i = 0; i < 12; i++) { const p = pickCust(t.r); const masked = i % 3 === 0; rows.push([t.name(p), masked ? t.nmv('masked_pnr', fmtPnr(p, 'short-dash').slice(0, 7) + 'XXXX') : t.pnr(p), t.mail(p), t.r.pick(['Namn, adress', 'Namn, pnr, faktura', 'E-post, telefon', 'Faktura-PDF'])]); }
    const wrong = pickCust(t.r);
    return buildDocx(d, { creator: t.name(DPO), lastModifiedBy: t.name(DPO), title: 'Personuppgiftsincident', date: '2024-09-24T07:55:00Z', header: 'KONFIDENTIELLT', blocks: [
      { h: 'Rapport: personuppgiftsincident 2024-09-23' },
      { runs: [{ text: 'Rapporterad av: ', bold: true }, `${t.name(DPO)}, dataskyddsombud (${t.mail(DPO)}, ${t.tel(DPO)})`] },
      { runs: [{ text: 'IMY-anmälan: ', bold: true }, `Gjord ${t.date(new Date('2024-09-25T09:00:00Z'), 'iso')}, ärendenummer ${t.nmv('case_number', 'IMY-2024-' + t.r.int(1000, 9999))}`] },
      { h: 'Vad hände?', level: 2 },
      `Vid ett massutskick av fakturor den 23 september skickades 12 fakturor till fel mottagare på grund av ett fel i sorteringen. Felet upptäcktes när ${t.name(wrong)} ringde kundservice (från ${t.tel(wrong)}) och berättade att ${wrong.gender === 'f' ? 'hon' : 'han'} fått en annan persons faktura.`,
      { h: 'Berörda registrerade', level: 2 },
      { table: rows },
      `Samtliga berörda har informerats per brev. Felaktigt skickade e-postmeddelanden har återkallats där det var möjligt. Loggen visar att mejlen öppnades från IP-adresserna ${t.ip(genIp4(t.r))} och ${t.ip(genIp6(t.r))}.`,
      { h: 'Åtgärder', level: 2 },
      { bullet: 'Sorteringsjobbet har rättats (version ' + t.nm('version') + ').' },
      { bullet: `Ansvarig för uppföljning: ${t.name(LEAD)}.` },
    ] });
  });
  // 7. handover of key accounts
  await D('overlamning_kundansvar_Q1.docx', async (d, t) => {
    const from = pickAgent(t.r), to = pickAgent(t.r);
    const rows = [['Kund / företag', 'Kontaktperson', 'Telefon', 'E-post', 'Att tänka på']];
    for (let i = 0; i < 10; i++) { const comp = t.r.pick(OTHER_COMPANIES); const k = pickCust(t.r); rows.push([t.nmv('company', comp[0]), t.name(k, t.r.chance(0.3) ? 'lastfirst' : 'full'), t.tel(k), t.mail(k), t.r.pick([() => 'Förhandlar nytt ramavtal', () => 'Missnöjd med fakturering', () => 'Vill ha samlingsfaktura', () => 'Ring inte före 10', () => 'Ny ekonomichef i april', () => wordName(t)])()]); }
    return buildDocx(d, { creator: t.name(from), lastModifiedBy: t.name(to), title: 'Överlämning', date: '2025-01-08T13:00:00Z', blocks: [
      { h: 'Överlämning av kundansvar Q1 2025' },
      `Från: ${t.name(from)} (${t.tel(from, 'dash-grouped', 'direct')})\nTill: ${t.name(to)}\nDatum: ${t.date(new Date('2025-01-08T00:00:00Z'), 'iso')}`,
      { table: rows },
      `Vid frågor efter överlämningen, kontakta mig på ${t.mail(from)} eller mobil ${t.tel(from, 'space-grouped')}.`,
    ] });
  });
  // 8. answer to a subject access request
  const x8 = newCase(rngFor('doc8'), { sys: 'doc8', id: 8, topic: 'gdpr' });
  await D(`gdpr/svar_registerutdrag_${translit(x8.c.last).replace(/[^a-z]/g, '')}.docx`, async (d, t) => {
    const c = x8.c; const logins = Array.from({ length: 6 }, () => [t.date(randDate(t.r, '2024-06-01', '2025-02-01'), 'isotime'), t.ip(t.r.chance(0.7) ? x8.ip : genIp(t.r)), t.nmv('user_agent', t.r.pick(USER_AGENTS).slice(0, 60)), t.r.pick(['BankID', 'BankID', 'E-post + lösenord'])]);
    return buildDocx(d, { creator: t.name(DPO), lastModifiedBy: t.name(DPO), title: 'Registerutdrag', date: '2025-02-27T09:00:00Z', blocks: [
      { runs: [`${t.name(c)}\n${addrLines(t, c)}`] }, { empty: 1 },
      { h: 'Registerutdrag enligt artikel 15 dataskyddsförordningen' },
      `Hej ${t.first(c)}! Du har begärt att få veta vilka personuppgifter ${t.nmv('company', CLIENT.name)} behandlar om dig (ärende ${t.nmv('case_number', x8.caseNo)}). Här är uppgifterna per ${t.date(new Date('2025-02-27T00:00:00Z'), 'long')}.`,
      { h: 'Identitets- och kontaktuppgifter', level: 2 },
      { table: [['Uppgift', 'Värde', 'Källa'], ['Namn', t.name(c), 'Du själv'], ['Personnummer', t.pnr(c, 'long-dash'), 'Du själv / SPAR'], ['Adress', addr(t, c), 'SPAR'], ['E-post', t.mail(c), 'Du själv'], ['Mobil', t.tel(c), 'Du själv'], ...(c.home ? [['Telefon', t.tel(c, undefined, 'home'), 'Du själv']] : [])] },
      { h: 'Inloggningar på Mina sidor (senaste 6)', level: 2 },
      { table: [['Tidpunkt', 'IP-adress', 'Webbläsare', 'Metod'], ...logins] },
      { h: 'Ärenden', level: 2 },
      `Vi har ${t.r.int(2, 9)} ärenden registrerade om dig, bland annat samtal med ${t.name(x8.a)} den ${t.date(x8.d1, 'iso')}.`,
      `Frågor? Kontakta vårt dataskyddsombud ${t.name(DPO)} på ${t.role('dataskydd')}.`,
    ] });
  });
  // 9. routine (mostly near-misses)
  await D('rutiner/rutin_identifiering_kund.docx', async (d, t) => {
    const owner = LEAD;
    return buildDocx(d, { creator: t.name(owner), lastModifiedBy: t.name(DPO), title: 'Rutin: identifiering av kund', date: '2024-05-02T11:11:00Z', blocks: [
      { h: 'Rutin: identifiering av kund i telefon och chatt' },
      `Processägare: ${t.name(owner)}. Senast granskad av ${t.name(DPO)} ${t.date(new Date('2024-05-02T00:00:00Z'), 'iso')}. Version ${t.nm('version')}.`,
      { h: 'Så här gör du', level: 2 },
      { bullet: 'Be kunden om personnummer (12 siffror, ÅÅÅÅMMDD-NNNN). Upprepa aldrig hela numret högt.' },
      { bullet: `Exempel på hur ett personnummer ser ut: ${t.nmv('test_pnr', '19121212-1212')} (Skatteverkets testnummer, används i utbildningen).` },
      { bullet: 'Fråga efter två av följande: adress, senaste fakturabelopp, kundnummer.' },
      { bullet: `Vid misstanke om bedrägeri: kontakta ${t.role('sakerhet')} eller ring säkerhetsjouren ${t.ph(genSePhone(t.r, 'fixed'), 'dash-grouped')}.` },
      { bullet: 'Skyddad identitet: skicka aldrig något till adressen, använd Skatteverkets förmedlingsuppdrag.' },
      { h: 'Vanliga misstag', level: 2 },
      { table: [['Misstag', 'Exempel', 'Rätt'], ['Organisationsnummer tolkas som personnummer', t.nm('org_number'), 'Kontrollera tredje siffran (≥ 2 = organisation)'], ['Ordernummer i pnr-fältet', t.nm('order'), 'Fråga kunden igen'], ['Felaktig kontrollsiffra', t.badLuhn(pickCust(t.r), 'short-dash'), 'Be kunden läsa upp numret igen']] },
      `Kontakt vid frågor om rutinen: ${t.role('kundservice-utbildning')}.`,
    ] });
  });
  // PDFs
  for (let i = 0; i < 3; i++) {
    const rr = rngFor('invoice' + i); const c = pickCust(rr, true); const dt = randDate(rr, '2024-11-01', '2025-03-05');
    await D(`fakturor/faktura_${fmtDate(dt, 'compact')}_${1000 + i * 37}.pdf`, async (d, t) => invoicePdf(d, t, c, dt));
  }
  await D('brev/inkassobrev_2025-02-14.pdf', async (d, t) => {
    const c = pickCust(t.r, true); const h = INKASSO.find((p) => p.cp) ?? INKASSO[0];
    return buildPdf(d, { title: 'Inkassokrav', author: 'Inkasso Nord AB', creator: 'InkassoSystem 3', blocks: [
      { h: 'Inkasso Nord AB', size: 13 }, { p: `${t.nmv('street', 'Storgatan 3')}, ${t.nmv('postal_code', '903 26')} Umeå | Org.nr ${t.nm('org_number')} | Tel ${t.ph(genSePhone(t.r, 'fixed'), 'dash-grouped')} | ${t.role('info', 'inkassonord.se')}` }, { rule: 1 },
      { p: `${t.name(c, 'upper')}\n${t.nmv('street', c.street.toUpperCase())}\n${t.nmv('postal_code', c.postcode)} ${t.nmv('place', c.city.toUpperCase())}` }, { space: 10 },
      { h: 'INKASSOKRAV', size: 16 },
      { kv: [['Gäldenär', t.name(c)], ['Personnummer', t.pnr(c, 'short-dash')], ['Borgenär', CLIENT.name], ['Vårt ärendenummer', t.nm('case_number')], ['Ursprunglig faktura', t.nm('invoice')], ['Kapitalbelopp', t.nm('amount')], ['Inkassoavgift', t.nmv('amount', '180 kr')], ['Dröjsmålsränta', t.nmv('amount', '23,40 kr')], ['Att betala senast', t.date(new Date('2025-02-24T00:00:00Z'), 'iso')], ['Bankgiro', t.nm('bankgiro')], ['OCR', t.nm('ocr')]] },
      { p: 'Om du anser att kravet är felaktigt ska du omedelbart höra av dig till oss. Betalas inte skulden kan ärendet komma att överlämnas till Kronofogden för ansökan om betalningsföreläggande.' },
      { p: `Handläggare: ${t.name(h)}, direkt ${t.tel(h, 'dash-grouped')}, ${t.mail(h)}` },
    ], footer: 'Inkasso Nord AB har tillstånd från Integritetsskyddsmyndigheten att bedriva inkassoverksamhet.' });
  });
  await D('rapporter/arenderapport_2025-Q1.pdf', async (d, t) => {
    const rows = [['Ärende', 'Kund', 'Telefon', 'Handläggare', 'Status']];
    for (let i = 0; i < 34; i++) { const c = pickCust(t.r, true); rows.push([t.nm('case_number'), t.name(c, t.r.chance(0.2) ? 'lastfirst' : 'full'), t.tel(c, t.r.pick(['dash-grouped', 'plain', 'intl-space'])), t.name(pickAgent(t.r, true)), t.r.pick(['Öppen', 'Löst', 'Eskalerad', 'Väntar på kund'])]); }
    return buildPdf(d, { title: 'Ärenderapport Q1 2025', blocks: [
      { h: 'Ärenderapport – eskalerade ärenden Q1 2025' }, { p: `Sammanställd ${t.date(new Date('2025-03-31T00:00:00Z'), 'iso')} av ${t.name(LEAD.cp ? LEAD : pickAgent(t.r, true))}. Underlag för ledningsgruppen. Internt.` },
      { table: rows, widths: [70, 150, 105, 125, 45], size: 7.5 },
      { p: `Antal ärenden totalt: ${t.r.int(9000, 12000)}. Andel eskalerade: 3,1 %. ${wordName(t)}` },
    ], footer: `${CLIENT.name} – intern rapport – får ej spridas` });
  });
  await D('gdpr/registerutdrag_' + 'export_2025-03-10.pdf', async (d, t) => {
    const c = pickCust(t.r, true); const ip1 = genIp4(t.r), ip2 = genIp6(t.r);
    return buildPdf(d, { title: 'Registerutdrag', blocks: [
      { h: 'Registerutdrag – personuppgifter' }, { p: `Utskrivet ${t.date(new Date('2025-03-10T00:00:00Z'), 'iso')} på begäran av den registrerade.` },
      { kv: [['Namn', t.name(c)], ['Personnummer', t.pnr(c, 'long')], ['Adress', addr(t, c)], ['E-post', t.mail(c)], ['Mobil', t.tel(c, 'intl-space')], ['Kundnummer', t.nm('customer_number')], ['Kund sedan', t.date(randDate(t.r, '2012-01-01', '2020-01-01'), 'iso')]] },
      { h: 'Inloggningar', size: 12 },
      { table: [['Datum', 'IP-adress', 'Metod'], [t.date(randDate(t.r), 'isotime'), t.ip(ip1), 'BankID'], [t.date(randDate(t.r), 'isotime'), t.ip(ip2), 'BankID'], [t.date(randDate(t.r), 'isotime'), t.ip(ip1), 'E-post']], widths: [130, 250, 115] },
      { h: 'Samtal och ärenden', size: 12 },
      { p: `${t.date(randDate(t.r), 'iso')} Samtal med ${t.name(pickAgent(t.r, true))} om faktura. ${t.date(randDate(t.r), 'iso')} Chatt om flytt.` },
    ], footer: `Frågor: ${t.role('dataskydd')} | ${CLIENT.name}` });
  });
  await D('avtal/avtalsbekraftelse_EL-2025-0311.pdf', async (d, t) => {
    const c = pickCust(t.r, true); const co = pickCust(t.r, true);
    return buildPdf(d, { title: 'Avtalsbekräftelse', blocks: [
      { h: 'Avtalsbekräftelse elavtal' },
      { p: `Tack för att du valt ${CLIENT.name}! Här är en bekräftelse på ditt avtal.` },
      { kv: [['Avtalsinnehavare', t.name(c)], ['Personnummer', t.pnr(c)], ['Medsökande', `${t.name(co)} (${t.pnr(co)})`], ['Anläggningsadress', addr(t, c)], ['Anläggnings-ID', t.nm('facility_id')], ['Avtal', t.nmv('product', 'El Fast pris 36 mån')], ['Pris', t.nmv('amount', '94,50 öre/kWh')], ['Startdatum', t.date(new Date('2025-04-01T00:00:00Z'), 'iso')], ['Ångerrätt', '14 dagar'], ['Tecknat via', `Telefon, säljare ${t.name(pickAgent(t.r, true))}`]] },
      { p: 'Avtalet har tecknats på distans. Du har rätt att ångra dig inom 14 dagar från avtalets ingående. Använd ångerblanketten på Mina sidor eller kontakta kundservice.' },
      { p: `Kontakt: ${sw(t)} | ${t.role('kundservice')}` },
    ] });
  });
  await D('brev/uppsagningsbekraftelse_2025-01-28.pdf', async (d, t) => {
    const c = pickCust(t.r, true); const a = pickAgent(t.r, true);
    return buildPdf(d, { title: 'Uppsägningsbekräftelse', blocks: [
      { p: `${t.name(c)}\n${t.nmv('street', c.street)}\n${t.nmv('postal_code', c.postcode)} ${t.nmv('place', c.city)}` }, { space: 20 },
      { p: `Stockholm ${t.date(new Date('2025-01-28T00:00:00Z'), 'long')}`, x: 380 },
      { h: 'Bekräftelse på uppsägning', size: 13 },
      { p: `Hej ${t.first(c)}!` },
      { p: `Vi bekräftar att ditt avtal ${t.nmv('product', 'Fiber 250/250')} med kundnummer ${t.nm('customer_number')} upphör den ${t.date(new Date('2025-02-28T00:00:00Z'), 'long')}. Slutfakturan skickas till din e-postadress ${t.mail(c)}. Glöm inte att lämna tillbaka routern – returetikett ${t.nm('tracking')} bifogas.` },
      { p: `Vi hoppas att få se dig som kund igen. ${t.nmv('word_name', 'Per månad')} sparar du nu ${t.nmv('amount', '399 kr')} – men kom ihåg att vi alltid finns här.` },
      { p: `Med vänliga hälsningar\n\n${t.name(a)}\nKundservice, ${CLIENT.name}` },
    ] });
  });
  // internal phone list, fixed-width text
  await D('intern_telefonlista_2025.txt', async (d, t) => {
    const lines = [`TELEFONLISTA KUNDSERVICE – ${CLIENT.name.toUpperCase()}`, `Uppdaterad ${t.date(new Date('2025-03-03T00:00:00Z'), 'iso')}. Växel: ${sw(t)}. Kostnadsfritt för kunder: ${t.ph(FREEPHONE, 'dash-grouped')}`, '', 'Namn                          Ankn.  Direkt            Mobil              Roll', '-'.repeat(100)];
    for (const a of [...AGENTS, DPO]) lines.push(`${t.name(a).padEnd(30)}${t.nmv('extension', a.ext).padEnd(7)}${(a.direct !== a.mobile ? t.tel(a, 'dash-grouped', 'direct') : '-').padEnd(18)}${t.tel(a, t.r.pick(['dash-grouped', 'space-grouped', 'plain'])).padEnd(19)}${a.title}`);
    lines.push('', `Felanmälan IT: ${t.role('it-support')} | Jour (endast akut): ${t.ph(genSePhone(t.r, 'mobile'), 'dash-grouped')}`, 'Funktionsbrevlådor: ' + ['kundservice', 'faktura', 'reklamation', 'dataskydd'].map((x) => t.role(x)).join(', '));
    return lines.join('\r\n') + '\r\n';
  });
}

// ================================================================= SYSTEM: chat
const OPENERS = {
  faktura: ['hej varför är fakturan så hög denna månad', 'Hej! Jag har en fråga om min faktura', 'fakturan e fel', 'Hi, question about my invoice'],
  flytt: ['hej vi ska flytta, hur gör jag med elen?', 'Hej! Jag flyttar nästa månad', 'flytt'],
  uppsagning: ['vill säga upp', 'Hej, hur säger jag upp mitt abonnemang?', 'I want to cancel'],
  avbrott: ['internet funkar inte!!', 'Hej, vi har inget internet sedan i morse', 'wifi nere igen', 'no internet'],
  reklamation: ['min router är trasig', 'Hej, mobilen jag köpte har gått sönder', 'reklamation'],
  gdpr: ['Hej, jag vill veta vilka uppgifter ni har om mig', 'gdpr'],
  dodsbo: ['Hej, min pappa har gått bort och jag behöver säga upp hans avtal'],
  fullmakt: ['hej jag hjälper min mamma med hennes elavtal'],
  inlogg: ['kommer inte in på mina sidor', 'BankID funkar inte', "can't log in"],
  inkasso: ['varför har jag fått inkasso??', 'Hej, jag har fått ett inkassobrev men jag har betalat'],
  autogiro: ['hur ansluter jag autogiro?'],
  kontakt: ['jag har bytt nummer', 'Hej! Vill uppdatera min mejladress'],
  klagomal: ['jag vill klaga', 'Hej. Jag vill lämna ett klagomål'],
  nyinflyttad: ['Hi, I am new in Sweden, can I get electricity without BankID?'],
  elavtal: ['vad kostar fast pris?', 'Hej! Vad är skillnaden mellan rörligt och fast pris?'],
};
function chatDialog(t, x, bot = 'Norrsken Bot') {
  const r = t.r, c = x.c, a = x.a, en = x.style === 'english';
  const L = [];
  const V = (s) => L.push(['visitor', s]); const A = (s) => L.push(['agent', s]); const B = (s) => L.push(['bot', s]);
  B(en ? 'Hi! I am Norrsken\'s digital assistant. How can I help you?' : 'Hej! Jag är Norrskens digitala assistent. Vad kan jag hjälpa dig med?');
  V(r.pick(OPENERS[x.topic] ?? OPENERS.faktura));
  B(en ? `I'm connecting you to an agent. Estimated wait: ${r.int(1, 9)} min.` : `Jag kopplar dig till en kundrådgivare. Beräknad väntetid: ${r.int(1, 9)} min.`);
  A(en ? `Hi! My name is ${t.name(a)}, how can I help?` : r.pick([() => `Hej! Mitt namn är ${t.name(a)}. Vad gäller det?`, () => `Hej, du chattar med ${t.first(a)} på Norrsken 😊`, () => `Hej och välkommen! ${t.name(a)} här.`])());
  A(en ? 'Could you give me your personal identity number so I can find your account?' : 'Kan du ge mig ditt personnummer så tittar jag på ditt konto?');
  r.pick([
    () => V(t.pnr(c)),
    () => V(`${t.pnr(c)} och jag heter ${t.name(c, 'lower')}`),
    () => V(`ja det är ${t.pnr(c)}`),
    () => { V(`jag heter ${t.name(c)}`); V(`pnr ${t.pnr(c)}`); },
    () => { V(`${t.badLuhn(c)}`); V(`oj fel, ${t.pnr(c)}`); },
    () => V(`det gäller inte mig utan min ${x.old.gender === 'f' ? r.pick(['mamma', 'farmor']) : r.pick(['pappa', 'morfar'])} ${t.name(x.old)} ${t.pnr(x.old)}`),
  ])();
  A(en ? 'Thanks! One moment please.' : r.pick([() => `Tack ${t.first(c)}! Jag hittar dig.`, () => 'Tack! Ett ögonblick.'])());
  if (x.topic === 'avbrott') { A(`Jag ser att din router inte svarar. Senaste kontakten var från IP ${t.ip(x.ip)} ${t.date(x.d1, 'isotime')}. Har du provat att starta om den?`); V('ja 3 gånger'); A(`Då bokar jag en tekniker. Vilket nummer når teknikern dig på?`); V(`${t.tel(c)}`); }
  else if (x.topic === 'kontakt') { V(`nya numret är ${t.ph(x.newPhone)} och mejl ${t.rawMail(x.newMail)}`); A('Uppdaterat!'); }
  else if (x.topic === 'inlogg') { A(`Jag ser misslyckade inloggningar från ${t.ip(x.ip6)}. Var det du?`); V('ja det var nog jag från mobilen'); A(`Jag skickar en återställningslänk till ${t.mail(c)}.`); }
  else if (x.topic === 'flytt') { V(`vi flyttar till ${addr(t, x.newAddr)} den ${fmtAny(t, x.d1)}`); A(`Noterat! Ska ${t.name(x.rel)} också stå på avtalet som tidigare?`); V('ja'); }
  else if (x.topic === 'faktura' || x.topic === 'inkasso') { A(`Jag ser faktura ${t.nmv('invoice', x.inv)} på ${t.nmv('amount', x.amount)}. Den gäller perioden ${t.date(x.d1, 'short')}–${t.date(x.d2, 'short')}.`); V(r.pick(['men jag har ju betalat', 'ok varför så dyrt', 'aha ok']) ); A(`Jag skickar en specifikation till ${t.mail(c)}. ${wordName(t)}`); }
  else { A(r.pick([() => `Jag har skapat ett ärende, ${t.nmv('case_number', x.caseNo)}. Vi återkommer via mejl till ${t.mail(c)}.`, () => `Kan jag ringa dig på ${t.tel(c)} istället?`, () => `Jag behöver skicka det här vidare till ${t.name(r.pick(AGENTS))} på avdelningen.`])()); V(r.pick([() => 'ok tack', () => 'ja gör det', () => 'perfekt', () => 'ok', () => 'ring hellre ' + t.tel(c, 'plain')])()); }
  A(en ? 'Is there anything else?' : r.pick(['Något mer jag kan hjälpa till med?', 'Ha en fin dag!']));
  V(r.pick([() => 'nej tack', () => 'tack detsamma', () => 'Nej det var allt. Tack!', () => 'thx', () => `tack ${t.first(a)}`])());
  return L;
}
async function genChat() {
  const r = rngFor('chat');
  // --- daily plain-text logs
  for (const day of ['2025-03-10', '2025-03-11', '2025-03-12']) {
    const d = new Doc(`chatt/chattlogg_${day}.txt`);
    const out = [];
    let tm = Date.parse(day + 'T07:30:00Z');
    for (let i = 0; i < 13; i++) {
      const x = newCase(r, { sys: 'chat' + day, id: 88000 + i * 17 + r.int(0, 9), from: day, to: day + 'T23:00:00Z' });
      const t = W(d, rngFor(x.key + '/hdr'));
      tm += t.r.int(10, 60) * 60000 + t.r.int(0, 59) * 1000;
      const start = new Date(tm);
      const known = t.r.chance(0.55);
      const visitor = known ? `${t.name(x.c)} (${t.mail(x.c)})` : t.nmv('visitor_label', `Besökare ${t.r.int(1000, 9999)}`);
      out.push('='.repeat(72), `Chatt-ID: ${x.id}   Start: ${fmtDate(start, 'isotime')}:${pad(start.getUTCSeconds())}   Kanal: ${t.r.pick(['Webbchatt', 'Webbchatt', 'App', 'Messenger'])}`, `Besökare: ${visitor}   IP: ${t.ip(t.r.chance(0.8) ? x.ip : x.ip6)}`, `Sida: https://${CLIENT.domain}/${t.r.pick(['kundservice', 'mina-sidor', 'el/fast-pris', 'bredband/felanmalan'])}`, '='.repeat(72));
      const agentLabel = t.r.pick(['full', 'first', 'full']);
      const tA = W(d, rngFor(x.key + '/alab'));
      const lines = chatDialog(W(d, rngFor(x.key + '/dlg')), x);
      let s = start.getTime();
      for (const [who, text] of lines) {
        s += t.r.int(5, 90) * 1000;
        const label = who === 'bot' ? 'Norrsken Bot' : who === 'visitor' ? (known ? tA.first(x.c) : 'Besökare') : agentLabel === 'full' ? tA.name(x.a) : `${tA.first(x.a)} (Kundservice)`;
        out.push(`[${fmtDate(new Date(s), 'time')}:${pad(new Date(s).getUTCSeconds())}] ${label}: ${text}`);
      }
      out.push(`--- Chatten avslutades ${fmtDate(new Date(s + 30000), 'time')}. Betyg: ${t.r.pick(['5/5', '4/5', '1/5', 'ej betygsatt'])} ---`, '');
    }
    emit(d, out.join('\n') + '\n');
  }
  // --- LiveChat-style JSON export
  {
    const d = new Doc('chatt/livechat_export_2025-02.json');
    const chats = [];
    for (let i = 0; i < 28; i++) {
      const x = newCase(r, { sys: 'lc', id: i, from: '2025-02-01', to: '2025-02-28' });
      const t = W(d, rngFor(x.key + '/lc'));
      const cid = t.r.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
      const custId = faker.string.uuid();
      const dl = chatDialog(W(d, rngFor(x.key + '/dlg')), x);
      let s = x.created.getTime();
      const events = dl.map(([who, text], k) => { s += t.r.int(5, 80) * 1000; return { id: `${cid}_${k + 1}`, created_at: new Date(s).toISOString(), visibility: 'all', type: who === 'bot' ? 'system_message' : 'message', author_id: who === 'visitor' ? custId : who === 'agent' ? t.mail(x.a) : undefined, text }; });
      const known = t.r.chance(0.6);
      chats.push({ id: cid, thread: { id: t.r.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), active: false, created_at: isoZ(x.created), events, tags: [x.topic] }, users: [
        { id: custId, type: 'customer', name: known ? t.name(x.c) : t.nmv('visitor_label', 'Kund'), email: known ? t.mail(x.c) : undefined, visits: 1, last_visit: { started_at: isoZ(x.created), ip: t.ip(t.r.chance(0.8) ? x.ip : x.ip6), user_agent: t.nmv('user_agent', t.r.pick(USER_AGENTS)), geolocation: { country: 'Sweden', country_code: 'SE', region: t.r.pick(['Stockholm', 'Västra Götaland', 'Skåne']), city: t.nmv('place', x.c.city), timezone: 'Europe/Stockholm' }, last_pages: [{ opened_at: isoZ(x.created), url: `https://${CLIENT.domain}/kundservice`, title: 'Kundservice – Norrsken' }] }, statistics: { chats_count: t.r.int(1, 5) } },
        { id: t.mail(x.a), type: 'agent', name: t.name(x.a), email: t.mail(x.a), avatar: `https://cdn.livechat-files.com/api/file/lc/avatars/${t.r.hex(16)}.png`, visibility: 'all' },
      ], properties: { routing: { start_url: `https://${CLIENT.domain}/kundservice` }, rating: { score: t.r.pick([null, 0, 1]) } } });
    }
    emit(d, JSON.stringify({ chats, found_chats: chats.length, next_page_id: null }, null, 2));
  }
  // --- Intercom-like NDJSON
  {
    const d = new Doc('chatt/transcripts.ndjson');
    const lines = [];
    for (let i = 0; i < 36; i++) {
      const x = newCase(r, { sys: 'ic', id: i, from: '2024-12-01', to: '2025-03-28' });
      const t = W(d, rngFor(x.key + '/ic'));
      const dl = chatDialog(W(d, rngFor(x.key + '/dlg')), x);
      const known = t.r.chance(0.7);
      const author = known ? { type: 'user', id: t.r.hex(24), name: t.name(x.c), email: t.mail(x.c) } : { type: 'lead', id: t.r.hex(24), name: null, email: null };
      const parts = dl.map(([who, text]) => ({ part_type: 'comment', body: `<p>${htmlEsc(text)}</p>`, author: who === 'visitor' ? { type: author.type, id: author.id } : who === 'agent' ? { type: 'admin', id: '7' + t.r.digits(6), name: t.name(x.a), email: t.mail(x.a) } : { type: 'bot', id: '1234567', name: 'Operator' } }));
      lines.push(JSON.stringify({ type: 'conversation', id: String(t.r.int(100000000000, 199999999999)), created_at: Math.floor(x.created.getTime() / 1000), source: { type: 'conversation', delivered_as: 'customer_initiated', author, url: `https://${CLIENT.domain}/kundservice` }, custom_attributes: { visitor_ip: t.ip(t.r.chance(0.8) ? x.ip : x.ip6), language: x.style === 'english' ? 'en' : 'sv', Personnummer: t.r.chance(0.2) ? t.pnr(x.c) : null }, conversation_parts: { total_count: parts.length, conversation_parts: parts }, statistics: { time_to_admin_reply: t.r.int(20, 600) } }));
    }
    emit(d, lines.join('\n') + '\n');
  }
  // --- saved HTML transcript
  {
    const d = new Doc('chatt/transkript_chatt_88213.html');
    const x = newCase(r, { sys: 'html', id: 88213, topic: 'avbrott', from: '2025-03-12', to: '2025-03-12T20:00:00Z' });
    const t = W(d, rngFor('html-chat'));
    const dl = chatDialog(W(d, rngFor(x.key + '/dlg')), x);
    let s = x.created.getTime();
    const msgs = dl.map(([who, text]) => { s += t.r.int(5, 80) * 1000; const name = who === 'bot' ? 'Norrsken Bot' : who === 'visitor' ? 'Du' : t.name(x.a); return `    <div class="msg ${who}"><span class="time">${fmtDate(new Date(s), 'time')}</span> <span class="author">${htmlEsc(name)}</span><p>${htmlEsc(text)}</p></div>`; });
    const html = `<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>Chattranskript #88213</title>\n<style>body{font-family:Arial,sans-serif} .visitor{background:#eef} .agent{background:#efe} .time{color:#888}</style>\n</head>\n<body>\n<h1>Chattranskript #88213</h1>\n<table class="info">\n  <tr><td>Besökare</td><td>${htmlEsc(t.name(x.c))}</td></tr>\n  <tr><td>E-post</td><td><a href="mailto:${t.mail(x.c)}">${t.mail(x.c)}</a></td></tr>\n  <tr><td>Telefon</td><td>${t.tel(x.c)}</td></tr>\n  <tr><td>IP-adress</td><td>${t.ip(x.ip)}</td></tr>\n  <tr><td>Handläggare</td><td>${htmlEsc(t.name(x.a))}</td></tr>\n  <tr><td>Datum</td><td>${t.date(x.created, 'isotime')}</td></tr>\n</table>\n<div class="transcript">\n${msgs.join('\n')}\n</div>\n<!-- exporterad av ${t.name(LEAD)} ${t.date(new Date('2025-03-13T08:00:00Z'), 'iso')} -->\n<footer>&copy; ${htmlEsc(CLIENT.name)} – <a href="mailto:${t.role('kundservice')}">kundservice</a></footer>\n</body>\n</html>\n`;
    // text written with htmlEsc: verify against the unescaped form too
    d.text(html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    emit(d, html);
  }
  // --- chatbot sessions CSV
  {
    const d = new Doc('chatt/chatbot_sessions.csv');
    const t = W(d, rngFor('chatbot'));
    const rows = [['session_id', 'started_at', 'visitor_ip', 'user_agent', 'language', 'first_message', 'intent', 'handover_to_agent', 'agent_name']];
    for (let i = 0; i < 320; i++) {
      const x = newCase(t.r, { sys: 'bot', id: i, from: '2025-01-01', to: '2025-03-30' });
      const handover = t.r.chance(0.35);
      const first = t.r.pick([() => t.r.pick(OPENERS[x.topic] ?? OPENERS.faktura), () => `hej mitt pnr är ${t.pnr(x.c)}`, () => `ring mig ${t.tel(x.c)}`, () => 'hej', () => 'faktura', () => `jag heter ${t.name(x.c, t.r.pick(['full', 'lower']))}`, () => `min mejl ${t.mail(x.c)}`, () => 'vad kostar fiber 1000?']);
      rows.push([t.nm('guid'), t.date(x.created, 'isoz'), t.ip(genIp(t.r)), t.nmv('user_agent', t.r.pick(USER_AGENTS)), x.style === 'english' ? 'en' : 'sv', first(), x.topic, handover ? 'true' : 'false', handover ? t.name(x.a) : '']);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\n' }));
  }
  // --- chat gateway log
  {
    const d = new Doc('chatt/chat-gateway.log');
    const t = W(d, rngFor('chatlog'));
    const lines = [];
    let tm = Date.parse('2025-03-12T06:00:00Z');
    const sessions = Array.from({ length: 60 }, () => ({ id: t.r.hex(12), ip: genIp(t.r), c: pickCust(t.r) }));
    for (let i = 0; i < 520; i++) {
      tm += t.r.int(1, 120) * 1000 + t.r.int(0, 999);
      const s = t.r.pick(sessions); const ts = new Date(tm).toISOString();
      lines.push(t.r.weighted([
        [() => `${ts} INFO  [ws-gw-${t.r.int(1, 3)}] session=${s.id} connect remote=${t.ip(s.ip)} ua="${t.nmv('user_agent', t.r.pick(USER_AGENTS))}"`, 20],
        [() => `${ts} INFO  [router] session=${s.id} queue=${t.r.pick(['fiber', 'el', 'faktura'])} wait_ms=${t.r.int(100, 400000)}`, 20],
        [() => `${ts} DEBUG [prechat] session=${s.id} form={"name":"${t.name(s.c)}","email":"${t.mail(s.c)}"}`, 8],
        [() => `${ts} WARN  [ratelimit] remote=${t.ip(s.ip)} too many messages (${t.r.int(21, 60)}/min)`, 4],
        [() => `${ts} INFO  [ws-gw-${t.r.int(1, 3)}] session=${s.id} disconnect code=1000 duration_s=${t.r.int(30, 1800)}`, 18],
        [() => `${ts} ERROR [crm-sync] session=${s.id} lookup failed for phone=${t.tel(s.c, 'e164')}: timeout after 5000ms (build ${t.nm('version')})`, 4],
        [() => `${ts} INFO  [health] ok uptime=${t.r.int(1000, 99999)}s heap=${t.r.int(80, 300)}MB`, 10],
      ])());
    }
    emit(d, lines.join('\n') + '\n');
  }
}

// ================================================================= SYSTEM: telephony
const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function phoneNote(t, x) {
  const r = t.r, c = x.c;
  return r.pick([
    () => `Kunden ringde och uppgav att ${r.pick(['fakturan för februari är dubbelt så hög som vanligt', 'routern blinkar rött', 'hon ska flytta i maj', 'han fått en påminnelse trots betalning'])}. Verifierad med pnr ${t.pnr(c)} (${t.name(c)}). ${r.pick(['Förklarat uppskattad förbrukning. Kunden nöjd.', 'Bokat tekniker.', 'Skickat blankett.', 'Eskalerat till 2nd line.'])}`,
    () => `${t.name(c)} ringde ang. ${x.topic}. Ber om återuppringning på ${t.tel(c)} efter kl. ${t.nmv('time', '16')}.`,
    () => `Samtal från ${t.name(x.rel)} som är ${r.pick(['dotter', 'son', 'granne', 'sambo'])} till kunden ${t.name(c)} (${t.pnr(c)}). Ingen fullmakt – kunde inte lämna ut uppgifter.`,
    () => `Customer called from ${t.tel(c)}, English speaking. Wanted to know about ${t.nmv('product', x.plan)}. Sent info to ${t.mail(c)}.`,
    () => `Ringt upp kund, ingen svarade. Lämnat meddelande på ${t.tel(c)}.`,
    () => `Dolt nummer. Uppgav sig heta ${t.name(c)} men kunde inte verifiera sig (uppgav pnr ${t.badLuhn(c)} som inte stämmer). Avslutat.`,
    () => render(TOPICS[x.topic].note, t.d, x, 'note'),
    () => `${wordName(t)} Kunden ${t.name(c, 'lower')} vill ha faktura via e-post i stället för papper.`,
  ])();
}
async function genTelephony() {
  const r = rngFor('tele');
  const swE = SWITCHBOARD.e164;
  // --- call log
  {
    const d = new Doc('telefoni/samtalslogg_2025-03.csv');
    const t = W(d, rngFor('cdr-csv'));
    const rows = [['call_id', 'start_time', 'end_time', 'direction', 'ani', 'dnis', 'queue', 'agent', 'agent_ext', 'duration_s', 'wait_s', 'result', 'customer_id']];
    let tm = Date.parse('2025-03-01T07:00:00Z');
    for (let i = 0; i < 1300; i++) {
      tm += t.r.int(10, 1500) * 1000; if (new Date(tm).getUTCHours() > 16) tm += 14 * 3600000;
      const c = pickCust(t.r); const a = pickAgent(t.r); const out = t.r.chance(0.2);
      const dur = t.r.int(0, 1200), wait = out ? 0 : t.r.int(0, 900); const answered = out || t.r.chance(0.88);
      const custNum = t.r.chance(0.06) && !out ? t.nmv('anonymous', 'anonymous') : t.ph(c.mobile, c.mobile.cc === '46' ? t.r.pick(['e164', 'e164', 'e164', 'e164-noplus']) : 'e164');
      const sw2 = t.ph(SWITCHBOARD, 'e164');
      rows.push([`${20250300000000 + i * 7 + t.r.int(0, 6)}`, new Date(tm).toISOString(), new Date(tm + (wait + dur) * 1000).toISOString(), out ? 'outbound' : 'inbound', out ? sw2 : custNum, out ? custNum : sw2, t.r.pick(['Faktura', 'Fiber', 'El', 'Flytt', 'Växel']), answered ? t.name(a) : '', answered ? t.nmv('extension', a.ext) : '', String(answered ? dur : 0), String(wait), answered ? 'answered' : t.r.pick(['abandoned', 'voicemail', 'callback']), t.r.chance(0.6) ? t.nm('customer_number') : '']);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\n' }));
  }
  // --- call notes per agent and day (plain text)
  for (let k = 0; k < 6; k++) {
    const a = AGENTS[(k * 3) % AGENTS.length];
    const day = `2025-03-${pad(3 + k * 3)}`;
    const d = new Doc(`telefoni/samtalsanteckningar/${initials(a)}_${day}.txt`);
    const t = W(d, rngFor('notes' + k));
    const out = [`Samtalsanteckningar – ${t.name(a)} – ${t.date(new Date(day + 'T00:00:00Z'), 'iso')}`, '-'.repeat(60), ''];
    let tm = Date.parse(day + 'T07:05:00Z');
    for (let i = 0; i < t.r.int(9, 15); i++) {
      tm += t.r.int(4, 45) * 60000;
      const x = newCase(t.r, { sys: `note${k}`, id: i, agent: a, from: day, to: day + 'T18:00:00Z' });
      const how = t.r.pick([() => `Inkommande från ${t.tel(x.c)}`, () => 'Inkommande, dolt nummer', () => `Utgående till ${t.tel(x.c)}`, () => `Inkommande från ${t.tel(x.c)} (kö ${t.r.pick(['Faktura', 'Fiber'])})`]);
      out.push(`${fmtDate(new Date(tm), 'time')}  ${how()}`, phoneNote(W(d, rngFor(x.key + '/pn')), x), '');
    }
    out.push(`Summa samtal: ${t.r.int(30, 60)}. Överlämnat till ${t.name(pickAgent(t.r))} inför kvällspasset.`);
    emit(d, out.join(t.r.chance(0.5) ? '\r\n' : '\n') + '\n');
  }
  // --- speech-to-text transcripts
  for (let k = 0; k < 4; k++) {
    const x = newCase(r, { sys: 'stt', id: k, topic: ['faktura', 'flytt', 'fullmakt', 'avbrott'][k], from: '2025-03-10', to: '2025-03-14' });
    const d = new Doc(`telefoni/transkribering/samtal_${fmtDate(x.created, 'compact')}_${7700 + k * 31}.txt`);
    const t = W(d, rngFor(x.key + '/stt'));
    const lc = k % 2 === 1; // raw ASR output without capitals
    const S = (who, s) => (lc ? `${who}: ${s.toLowerCase().replace(/[.,!?]/g, '')}` : `${who}: ${s}`);
    let sec = 2; const ts = () => { sec += t.r.int(3, 14); return `[${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}]`; };
    const c = x.c, a = x.a;
    const nm = (p) => t.name(p, lc ? 'lower' : 'full');
    const L = [
      `Transkribering (automatisk) – samtal ${7700 + k * 31}-${fmtDate(x.created, 'iso')}`,
      `Kö: ${t.r.pick(['Faktura', 'Fiber', 'Avtal'])} | Agent: ${t.name(a)} | Nummerpresentation: ${t.tel(c, 'e164')} | Längd: 00:0${t.r.int(3, 9)}:${pad(t.r.int(0, 59))}`,
      'Transkriberingen är maskinellt framtagen och kan innehålla fel.', '',
      `${ts()} ${S('AGENT', `Norrsken kundservice, du pratar med ${lc ? t.first(a).toLowerCase() : t.first(a)}.`)}`,
    ];
    if (lc) t.d.near.pop(), t.nmv('lone_first_name', a.first1.toLowerCase());
    L.push(`${ts()} KUND: ${lc ? `ja hej det är ${nm(c)} här` : `Ja hej, det är ${nm(c)} här.`}`);
    L.push(`${ts()} ${S('AGENT', 'Hej! Kan jag få ditt personnummer?')}`);
    L.push(`${ts()} KUND: ${lc ? 'ja det är' : 'Ja, det är'} ${t.pnr(c, t.r.pick(['short-dash', 'long', 'short-space']))}`);
    L.push(`${ts()} ${S('AGENT', 'Tack. Och vilken adress gäller det?')}`);
    L.push(`${ts()} KUND: ${t.nmv('street', lc ? c.street.toLowerCase() : c.street)} i ${t.nmv('place', lc ? c.city.toLowerCase() : c.city)}`);
    if (x.topic === 'fullmakt') { const mf = x.old.gender === 'f' ? ['mamma', 'hennes', 'Hennes'] : ['pappa', 'hans', 'Hans']; L.push(`${ts()} KUND: ${lc ? 'det gäller egentligen min ' + mf[0] : 'Det gäller egentligen min ' + mf[0] + ','} ${nm(x.old)}${lc ? ` ${mf[1]} nummer är` : `. ${mf[2]} personnummer är`} ${t.pnr(x.old, 'short-dash')}`); L.push(`${ts()} ${S('AGENT', 'Då behöver vi en fullmakt. Jag mejlar en blankett.')}`); }
    if (x.topic === 'avbrott') { L.push(`${ts()} ${S('AGENT', 'Jag ser att routern senast var uppkopplad i går kväll.')}`); L.push(`${ts()} KUND: ${lc ? 'ja den blinkar rött' : 'Ja, den blinkar rött.'}`); }
    if (x.topic === 'flytt') { L.push(`${ts()} KUND: ${lc ? 'och min sambo heter' : 'Och min sambo heter'} ${nm(x.rel)}${lc ? '' : '.'}`); }
    L.push(`${ts()} ${S('AGENT', 'Vilket nummer kan vi nå dig på?')}`);
    L.push(`${ts()} KUND: ${t.tel(c, t.r.pick(['plain', 'space-grouped', 'dash-grouped']))}`);
    L.push(`${ts()} ${S('AGENT', 'Och din e-post?')}`);
    L.push(`${ts()} KUND: ${lc ? 'det är' : 'Det är'} ${t.mail(c)}`);
    L.push(`${ts()} ${S('AGENT', 'Toppen, då har jag allt. Tack för samtalet och ha en fin dag!')}`, `${ts()} KUND: ${lc ? 'tack detsamma hej' : 'Tack detsamma, hej!'}`);
    emit(d, L.join('\n') + '\n');
  }
  // --- voicemail transcripts
  {
    const d = new Doc('telefoni/rostbrevlada_2025-03.txt');
    const t = W(d, rngFor('voicemail'));
    const out = ['RÖSTBREVLÅDA – Kundservice Norrsken – mars 2025', `Exporterad av ${t.name(LEAD)}`, ''];
    for (let i = 0; i < 22; i++) {
      const c = pickCust(t.r); const dt = randDate(t.r, '2025-03-01', '2025-03-30'); const hidden = t.r.chance(0.15);
      out.push(`Meddelande ${i + 1}`, `Från: ${hidden ? t.nmv('anonymous', 'Dolt nummer') : t.tel(c)}`, `Mottaget: ${t.date(dt, 'isotime')}`, `Längd: 0:${pad(t.r.int(8, 59))}`,
        `Transkribering: "${t.r.pick([
          () => `Hej det här är ${t.name(c)} jag ringer angående min faktura kan ni ringa tillbaka på ${t.tel(c, 'plain')} tack hej`,
          () => `Ja hej ${t.name(c, 'lower')} här, internet ligger nere igen, ring ${t.tel(c)}`,
          () => `Hej, jag heter ${t.name(c)} och mitt personnummer är ${t.pnr(c)}, jag vill säga upp mitt avtal. Ring mig.`,
          () => `Hello this is ${t.name(c)}, calling about my contract, please call me back on ${t.tel(c, 'intl-space')}`,
          () => `Hej, det är ${t.first(c)}, ni vet vem jag är, ring mig`,
          () => `... hallå? ... ${wordName(t)} ... ja ring tillbaka`,
        ])()}"`, '');
    }
    emit(d, out.join('\n'));
  }
  // --- IVR events
  {
    const d = new Doc('telefoni/ivr_events.ndjson');
    const t = W(d, rngFor('ivr'));
    const lines = [];
    let tm = Date.parse('2025-03-14T06:55:00Z');
    for (let i = 0; i < 150; i++) {
      tm += t.r.int(20, 400) * 1000; let s = tm;
      const c = pickCust(t.r); const callId = `ivr-${t.r.hex(8)}`; const ev = (o) => { s += t.r.int(2, 30) * 1000; lines.push(JSON.stringify({ ts: new Date(s).toISOString(), call_id: callId, ...o })); };
      ev({ event: 'call_start', ani: t.tel(c, 'e164'), dnis: t.ph(SWITCHBOARD, 'e164'), lang: 'sv' });
      ev({ event: 'menu', node: 'main', dtmf: String(t.r.int(1, 5)) });
      if (t.r.chance(0.6)) { const ok = t.r.chance(0.85); ev({ event: 'id_input', field: 'personnummer', value: ok ? t.pnr(c, 'long') : t.nmv('invalid_input', fmtPnr(c, 'long').slice(0, 11)), valid: ok }); }
      if (t.r.chance(0.25)) ev({ event: 'callback_requested', number: t.tel(c, 'plain'), slot: t.date(new Date(s + 7200000), 'isoz') });
      else ev({ event: 'queue', queue: t.r.pick(['faktura', 'fiber', 'el']), position: t.r.int(1, 25), ewt_s: t.r.int(30, 1500) });
      if (t.r.chance(0.7)) { const a = pickAgent(t.r); ev({ event: 'transfer', agent: t.name(a), ext: t.nmv('extension', a.ext) }); }
      ev({ event: 'hangup', cause: t.r.pick(['normal', 'normal', 'caller_abandon', 'timeout']) });
    }
    emit(d, lines.join('\n') + '\n');
  }
  // --- callback queue (tab, UTF-8 BOM)
  {
    const d = new Doc('telefoni/callback_ko.csv');
    const t = W(d, rngFor('callback'));
    const rows = [['Namn', 'Telefon', 'Önskad tid', 'Ärende', 'Registrerad av']];
    for (let i = 0; i < 70; i++) { const c = pickCust(t.r); rows.push([t.r.chance(0.85) ? t.name(c) : t.first(c), t.tel(c), `${t.date(randDate(t.r, '2025-03-24', '2025-03-31'), 'iso')} ${t.r.pick(['08–10', '10–12', '13–15', 'efter 16'])}`, t.r.pick(['Faktura', 'Flytt', 'Avbrott', 'Uppsägning', 'Övrigt']), t.r.chance(0.5) ? t.name(pickAgent(t.r)) : t.nmv('system_account', 'IVR')]); }
    emit(d, toCsv(rows, { delim: '\t', eol: '\r\n' }), 'utf8bom');
  }
  // --- agents and extensions (; + Windows-1252)
  {
    const d = new Doc('telefoni/agenter_anknytningar.csv');
    const t = W(d, rngFor('ankn'));
    const rows = [['Agent', 'Anknytning', 'Direktnummer', 'Mobil', 'Team', 'Skift']];
    for (const a of AGENTS.filter((p) => p.cp)) rows.push([t.name(a), t.nmv('extension', a.ext), a.direct !== a.mobile ? t.tel(a, 'dash-grouped', 'direct') : '', t.tel(a, t.r.pick(['dash-grouped', 'plain'])), t.r.pick(['Fiber', 'El', 'Faktura']), t.r.pick(['Dag', 'Kväll', 'Dag/helg'])]);
    emit(d, toCsv(rows, { delim: ';', eol: '\r\n' }), 'win1252');
  }
  // --- CDR XML
  {
    const d = new Doc('telefoni/cdr_export_2025-03-14.xml');
    const t = W(d, rngFor('cdr-xml'));
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<cdrExport system="Norrsken Växel" version="${t.nm('version')}" generated="2025-03-14T23:59:59Z">`];
    let tm = Date.parse('2025-03-14T07:00:00Z');
    for (let i = 0; i < 110; i++) {
      tm += t.r.int(30, 600) * 1000; const c = pickCust(t.r); const a = pickAgent(t.r); const x = newCase(t.r, { sys: 'cdrx', id: i, cust: c, agent: a });
      const lookup = t.r.chance(0.3);
      out.push(`  <call id="${t.r.hex(16)}" direction="in">`, `    <start>${new Date(tm).toISOString()}</start>`, `    <end>${new Date(tm + t.r.int(60, 900) * 1000).toISOString()}</end>`,
        `    <caller number="${xmlEsc(t.tel(c, 'e164'))}"${lookup ? ` name="${xmlEsc(t.name(c, 'upper'))}"` : ''}/>`, `    <callee number="${t.ph(SWITCHBOARD, 'e164')}" queue="${t.r.pick(['Faktura', 'Fiber', 'El'])}"/>`,
        `    <agent ext="${t.nmv('extension', a.ext)}">${xmlEsc(t.name(a))}</agent>`, `    <recording>rec-${t.r.hex(12)}.wav</recording>`);
      if (t.r.chance(0.4)) { const n = phoneNote(W(d, rngFor(x.key + '/xn')), x); out.push(`    <note><![CDATA[${n}]]></note>`); }
      out.push('  </call>');
    }
    out.push('</cdrExport>');
    const xml = out.join('\n') + '\n';
    d.text(xml.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
    emit(d, xml);
  }
  // --- SMS log
  {
    const d = new Doc('telefoni/sms_utskick_2025-03.csv');
    const t = W(d, rngFor('sms'));
    const rows = [['Mottagare', 'Meddelande', 'Skickat', 'Status', 'Skickat av']];
    for (let i = 0; i < 180; i++) {
      const c = pickCust(t.r); const tech = t.r.pick(TECHS);
      rows.push([t.tel(c, t.r.pick(['e164', 'plain', 'intl-plain'])), t.r.pick([
        () => `Hej ${t.first(c)}! Teknikern ${t.name(tech)} kommer ${t.date(randDate(t.r, '2025-03-05', '2025-03-31'), 'short')} mellan 08–12. Svara NEJ för att omboka. /Norrsken`,
        () => `Din kod till Mina sidor är ${t.nmv('otp', t.r.digits(6))}. Dela den inte med någon.`,
        () => `Vi har tagit emot din betalning på ${t.nm('amount')}. Tack! /Norrsken`,
        () => `Störning i ditt område (${t.nmv('place', c.city)}). Beräknat klart kl ${t.nmv('time', '15.00')}. Info: ${CLIENT.domain}/drift`,
        () => `Hej! Din router har skickats, kolli-ID ${t.nm('tracking')}. Svara STOPP till ${t.nm('sms_shortcode')} för att avsluta sms.`,
        () => `Påminnelse: faktura ${t.nm('invoice')} förföll ${t.date(randDate(t.r, '2025-02-20', '2025-03-20'), 'iso')}. Betala till bg ${t.nmv('bankgiro', CLIENT.bg)}. Frågor? Ring ${sw(t)}`,
      ])(), t.date(randDate(t.r, '2025-03-01', '2025-03-31'), 'isotime'), t.r.pick(['levererat', 'levererat', 'levererat', 'misslyckat']), t.r.chance(0.6) ? t.nmv('system_account', 'system') : t.name(pickAgent(t.r))]);
    }
    emit(d, toCsv(rows, { delim: ',', eol: '\r\n' }));
  }
}

// ================================================================= main: build, verify, write
function countOcc(text, v) {
  let n = 0, i = 0;
  for (;;) {
    i = text.indexOf(v, i); if (i < 0) return n;
    const prev = text[i - 1] ?? ' ', next = text[i + v.length] ?? ' ', next2 = text[i + v.length + 1] ?? ' ';
    const okPrev = !/[\p{L}\p{N}+@._%-]/u.test(prev) || (/[ntr]/.test(prev) && text[i - 2] === '\\') || (prev === '.' && !/[\p{L}\p{N}]/u.test(text[i - 2] ?? ' ')) || (prev === '-' && !/[\p{L}\p{N}]/u.test(text[i - 2] ?? ' '));
    const okNext = !/[\p{L}\p{N}@]/u.test(next) && !(next === '-' && /[\p{L}\p{N}]/u.test(next2)) && !(next === '.' && /[\p{L}\p{N}]/u.test(next2) && /@/.test(v));
    if (okPrev && okNext) n++;
    i += v.length;
  }
}
async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  await genZendesk();
  await genFreshdesk();
  await genLime();
  await genOutlook();
  await genDocuments();
  await genChat();
  await genTelephony();

  // ---- verification: every recorded value must occur verbatim in the text that was written
  const errors = [], warnings = [];
  const global = { personnummer: new Set(), email: new Set(), phone: new Set(), ip: new Set(), name: new Set() };
  for (const d of DOCS) for (const x of d.truth) if (!x.split) global[x.category].add(x.value);
  for (const p of [...CUSTOMERS, ...AGENTS, DPO, ...TECHS, ...INKASSO]) for (const st of ['full', 'lastfirst', 'lower', 'upper']) global.name.add(nameAs(p, st));
  const nearVals = new Set();
  for (const d of DOCS) for (const x of d.near) nearVals.add(x.value);
  for (const d of DOCS) {
    const vt = d.vt.join('\n');
    for (const x of d.truth) {
      if (x.split) { for (const part of x.split) if (!vt.includes(part)) errors.push(`${d.rel}: split name part not found: ${part}`); }
      else if (!vt.includes(x.value)) errors.push(`${d.rel}: ${x.category} not found: ${x.value}`);
    }
    for (const x of d.near) if (!vt.includes(x.value)) errors.push(`${d.rel}: near-miss ${x.kind} not found: ${x.value}`);
    // QA: values known elsewhere that appear here without a label
    const mine = new Map();
    const mineExact = new Map();
    for (const x of d.truth) { const k = x.category + '\u0000' + x.value; mine.set(k, (mine.get(k) ?? 0) + 1); if (!x.split) mineExact.set(k, (mineExact.get(k) ?? 0) + 1); }
    const splitText = new Set(d.truth.filter((x) => x.split).map((x) => x.value));
    for (const [cat, set] of Object.entries(global)) for (const v of set) {
      if (!vt.includes(v)) continue;
      if (mine.has(cat + '\u0000' + v) || splitText.has(v)) continue;
      if (countOcc(vt, v) > 0) warnings.push(`${d.rel}: unlabelled ${cat}: ${v}`);
    }
    // QA: exact occurrence counts on the decoded text (raw file left out when decoded parts exist)
    let view = d.vt.length > 1 && d.rawIdx != null ? d.vt.filter((_, i) => i !== d.rawIdx).join('\n') : vt;
    view = view.replace(/&(aring|auml|ouml|Aring|Auml|Ouml|eacute|uuml|ndash|rdquo|amp|quot|lt|gt|nbsp);/g, (m0, e) => ({ aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', uuml: 'ü', ndash: '–', rdquo: '”', amp: '&', quot: '"', lt: '<', gt: '>', nbsp: ' ' })[e]);
    globalThis.__qa = (globalThis.__qa ?? 0) + mineExact.size;
    for (const [k, n] of mineExact) { const v = k.split('\u0000')[1]; const c = countOcc(view, v); if (c !== n) warnings.push(`${d.rel}: count mismatch ${k.split('\u0000')[0]} "${v}": labelled ${n}, occurs ${c}`); }
    // QA: regex look for e-mail addresses and valid personnummer nobody labelled
    const labelled = new Set(d.truth.map((x) => x.value));
    for (const m of view.replace(/\\[ntr]/g, ' ').matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) if (!labelled.has(m[0]) && !nearVals.has(m[0]) && ![...nearVals].some((nv) => nv.includes(m[0]))) warnings.push(`${d.rel}: unlabelled e-mail-like ${m[0]}`);
    for (const m of view.matchAll(/(?<![\d+])(\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/g)) if (looksValidPnr(m[0]) && !labelled.has(m[0]) && !nearVals.has(m[0])) warnings.push(`${d.rel}: unlabelled pnr-like ${m[0]}`);
  }
  if (errors.length) { fs.writeFileSync(`${TRUTH}.errors.txt`, errors.join('\n')); console.error(errors.slice(0, 60).join('\n')); throw new Error(`${errors.length} verification errors`); }
  const wfile = `${TRUTH}.warnings.txt`; console.error('QA count checks:', globalThis.__qa);
  fs.writeFileSync(wfile, warnings.join('\n') + '\n');

  // ---- write corpus and truth
  const fileList = [...FILES.keys()].sort();
  for (const rel of fileList) { const p = path.join(OUT, rel); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, FILES.get(rel)); }
  const truth = [], nearMiss = [];
  for (const d of [...DOCS].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    for (const x of d.truth) truth.push({ file: d.rel, category: x.category, value: x.value });
    for (const x of d.near) nearMiss.push({ file: d.rel, kind: x.kind, value: x.value });
  }
  fs.writeFileSync(TRUTH, JSON.stringify({ seed: SEED, files: fileList.length, fileList, truth, nearMiss }, null, 1) + '\n');
  const bytes = fileList.reduce((s, f) => s + FILES.get(f).length, 0);
  const byCat = {}; for (const x of truth) byCat[x.category] = (byCat[x.category] ?? 0) + 1;
  const uniq = {}; for (const x of new Set(truth.map((x) => `${x.file}\u0000${x.category}\u0000${x.value}`))) { const c = x.split('\u0000')[1]; uniq[c] = (uniq[c] ?? 0) + 1; }
  const byKind = {}; for (const x of nearMiss) byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
  console.log(JSON.stringify({ files: fileList.length, bytes, labelledOccurrences: byCat, uniquePerFile: uniq, nearMiss: byKind, warnings: warnings.length }, null, 1));
}
await main();
