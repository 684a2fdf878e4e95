#!/usr/bin/env node
// THIRD blind evaluation set for gdpr-scan.
//
// Written by a helper that read neither the source (src/), the rules, the tests, the README, the docs, the
// fixtures nor the other blind sets (first.mjs, second.mjs). It read only scripts/eval/blind.mjs (how a generator
// is called) and scripts/eval/lib/normalize.mjs + match.mjs (how truth values are normalised and matched).
// Everything here is fabricated: invented people from our own name pools, personnummer for invented dates with a
// correct Luhn digit, phone numbers in real Swedish ranges (validated with libphonenumber-js) but invented,
// e-mail addresses on generic or made-up domains, IP addresses drawn from public ranges.
//
// Systems imitated (one top-level folder each, so the scorer's per-system table is meaningful):
//   kommun/      a Swedish municipality's kontaktcenter and e-services: medborgarärenden, felanmälan gata/park,
//                BankID login audit log, registrator mailbox, decisions (PDF), a dialogue-meeting protocol (DOCX),
//                speech-to-text call transcripts, an e-archive XML delivery, web-form HTML receipts
//   forsakring/  an insurance company's claims desk: skadeanmälan with witnesses and vehicle regnr, NDJSON claim
//                events, an English-header CSV, a TSV of witnesses, e-mails, investigation reports, claim decisions
//   bostad/      a housing company: tenant register, felanmälan, andrahandsuthyrning, disturbance complaints,
//                notice confirmations, a tenant-portal access log
//   gym/         a gym chain's membership system: members CSV, check-in NDJSON, \u-escaped JSON tickets, API log
//                with IPv6, freeze requests, a pipe-separated PT booking list
//   ehandel/     an e-commerce returns desk: returns CSV, API dump, payment webhooks (Klarna-like refs), a mailbox
//                with multipart/alternative HTML, complaint letters, credit notes
//   klinik/      a dental clinic and a vet clinic booking system (no health details): bookings, SMS reminders,
//                pet owners, appointment letters, staff audit log
//   telekom/     a mobile operator's number-porting desk: porting CSV, NP API events, RADIUS/VPN log, powers of
//                attorney, e-mails, call transcripts
//   energi/      an energy company's moving notices: CSV with multi-line notes, web-form JSON, e-mails, contract
//                confirmations, a final invoice, a login log
//   arkiv/       zip archives of mixed exports (csv, eml, docx, pdf, txt, json)
//
// Usage: node scripts/eval/blind/third.mjs --out DIR --truth-out FILE
// Deterministic: own sfc32 PRNG seeded from sha256 of a fixed string (one stream per output file), fixed dates,
// fixed zip/docx/pdf timestamps. A self-check decodes every written file (charsets, JSON escapes, HTML entities,
// MIME QP/base64/encoded words, docx XML, pdf content streams, zip entries) and fails loudly when a recorded value
// does not occur verbatim, or when an e-mail address, IPv4 address or valid personnummer occurs unlabelled.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inflateSync } from 'node:zlib';

// ───────────────────────────────────────────────────────────── arguments
function usage(msg) {
  process.stderr.write(`third.mjs: ${msg}\nusage: node scripts/eval/blind/third.mjs --out DIR --truth-out FILE\n`);
  process.exit(2);
}
let args;
try {
  args = parseArgs({ options: { out: { type: 'string' }, 'truth-out': { type: 'string' } }, strict: true, allowPositionals: false }).values;
} catch (e) {
  usage(e.message);
}
if (!args.out || !args['truth-out']) usage('both --out DIR and --truth-out FILE are required');
const OUT = resolve(args.out);
const TRUTH_OUT = resolve(args['truth-out']);
{
  const rel = relative(OUT, TRUTH_OUT);
  const inside = rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  if (inside) usage('--truth-out must be outside --out');
  if (existsSync(OUT)) {
    if (!statSync(OUT).isDirectory()) usage(`--out ${OUT} exists and is not a directory`);
    if (readdirSync(OUT).length > 0) usage(`--out ${OUT} is not empty; refusing to write into it`);
  }
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(join(repo, 'package.json'));
const iconv = require('iconv-lite');
const JSZip = require('jszip');
const PDFDocument = require('pdfkit');
const docx = require('docx');
const { parsePhoneNumberFromString } = require('libphonenumber-js/max');

// ───────────────────────────────────────────────────────────── deterministic randomness
const SEED = 'gdpr-scan/blind/third/2024-autumn/v1';
function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
class Rng {
  constructor(label) {
    const h = createHash('sha256').update(`${SEED}|${label}`).digest();
    this.next = sfc32(h.readUInt32LE(0), h.readUInt32LE(4), h.readUInt32LE(8), h.readUInt32LE(12));
    for (let i = 0; i < 16; i++) this.next();
  }
  float() { return this.next(); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick(a) { return a[Math.floor(this.next() * a.length)]; }
  chance(p) { return this.next() < p; }
  digits(n, first = '0123456789') {
    let s = first[Math.floor(this.next() * first.length)];
    for (let i = 1; i < n; i++) s += Math.floor(this.next() * 10);
    return s;
  }
  weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  }
  shuffle(a) {
    const b = [...a];
    for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
    return b;
  }
  sample(a, k) { return this.shuffle(a).slice(0, k); }
  /** Picks one alternative; functions are called only when picked (so only written values get recorded). */
  one(...alts) { const a = this.pick(alts); return typeof a === 'function' ? a() : a; }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.next() * 16)]; return s; }
  alnum(n, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(this.next() * set.length)]; return s; }
}
// Libraries that call Math.random (docx ids) get a seeded stream too.
Math.random = new Rng('Math.random').next;

// ───────────────────────────────────────────────────────────── time (all local Swedish time, fixed)
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MON_SV3 = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_SV = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const DAYS_SV3 = ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'];
const p2 = (n) => String(n).padStart(2, '0');
const p3 = (n) => String(n).padStart(3, '0');
const DST_END = Date.UTC(2024, 9, 27, 3, 0, 0); // local wall clock, last Sunday of October
class T {
  constructor(ms) { this.ms = ms; this.d = new Date(ms); }
  static of(y, mo, d, h = 0, mi = 0, s = 0) { return new T(Date.UTC(y, mo - 1, d, h, mi, s)); }
  add(minutes) { return new T(this.ms + Math.round(minutes * 60000)); }
  get y() { return this.d.getUTCFullYear(); } get mo() { return this.d.getUTCMonth() + 1; } get day() { return this.d.getUTCDate(); }
  get h() { return this.d.getUTCHours(); } get mi() { return this.d.getUTCMinutes(); } get s() { return this.d.getUTCSeconds(); }
  get wd() { return this.d.getUTCDay(); }
  get offH() { return this.ms < DST_END ? 2 : 1; }
  date() { return `${this.y}-${p2(this.mo)}-${p2(this.day)}`; }
  hm() { return `${p2(this.h)}:${p2(this.mi)}`; }
  hms() { return `${this.hm()}:${p2(this.s)}`; }
  iso() { return `${this.date()} ${this.hm()}`; }
  isoS() { return `${this.date()} ${this.hms()}`; }
  isoT() { return `${this.date()}T${this.hms()}+0${this.offH}:00`; }
  isoMs() { return `${this.date()}T${this.hms()}.${p3(Math.floor((this.ms / 7) % 1000))}+0${this.offH}:00`; }
  utc() { return new Date(this.ms - this.offH * 3600000); }
  isoZ() { return this.utc().toISOString().replace(/\.\d{3}Z$/, 'Z'); }
  isoZms() { return this.utc().toISOString(); }
  epochMs() { return this.utc().getTime(); }
  rfc() { return `${DAYS_EN[this.wd]}, ${p2(this.day)} ${MON_EN[this.mo - 1]} ${this.y} ${this.hms()} +0${this.offH}00`; }
  clf() { return `${p2(this.day)}/${MON_EN[this.mo - 1]}/${this.y}:${this.hms()} +0${this.offH}00`; }
  syslog() { return `${MON_EN[this.mo - 1]} ${String(this.day).padStart(2, ' ')} ${this.hms()}`; }
  asctime() { return `${DAYS_EN[this.wd]} ${MON_EN[this.mo - 1]} ${String(this.day).padStart(2, ' ')} ${this.hms()} ${this.y}`; }
  sv() { return `${this.day} ${MONTHS_SV[this.mo - 1]} ${this.y}`; }
  svLong() { return `den ${this.day} ${MONTHS_SV[this.mo - 1]} ${this.y} ${this.hm()}`; }
  svDay() { return `${DAYS_SV[this.wd]} ${this.day} ${MONTHS_SV[this.mo - 1]}`; }
  gmailSv() { return `${DAYS_SV3[this.wd]} ${this.day} ${MON_SV3[this.mo - 1]} ${this.y} kl. ${this.hm()}`; }
  dmy() { return `${p2(this.day)}.${p2(this.mo)}.${this.y}`; }
  dmySlash() { return `${this.day}/${this.mo} ${this.y}`; }
  us() { return `${this.mo}/${this.day}/${this.y} ${this.h % 12 || 12}:${p2(this.mi)} ${this.h < 12 ? 'AM' : 'PM'}`; }
  compact() { return `${this.y}${p2(this.mo)}${p2(this.day)}`; }
}
const FIXED_DATE = new Date(Date.UTC(2024, 11, 2, 8, 0, 0)); // export day 2024-12-02
function randTime(r, from = T.of(2024, 9, 2), to = T.of(2024, 11, 29), { work = true } = {}) {
  for (let i = 0; i < 50; i++) {
    const t = new T(from.ms + Math.floor(r.float() * (to.ms - from.ms)));
    if (!work) return t;
    if (t.wd === 0 || t.wd === 6) continue;
    return T.of(t.y, t.mo, t.day, r.int(7, 17), r.int(0, 59), r.int(0, 59));
  }
  return from;
}
const sortT = (a) => a.sort((x, y) => x.ms - y.ms);

// ───────────────────────────────────────────────────────────── name pools (own, invented combinations)
const W = (s) => s.trim().split(/\s+/);
const POOLS = {
  se: {
    f: W(`Anna Eva Maria Karin Kristina Lena Sara Emma Ingrid Malin Sofia Jenny Linnéa Elin Ida Johanna Hanna Camilla
      Cecilia Ulla Birgitta Margareta Annika Åsa Helena Therese Agneta Gunilla Louise Frida Matilda Ebba Wilma Alva Maja
      Signe Astrid Tove Moa Ylva Lovisa Märta Solveig Britt-Marie Anna-Karin Ann-Sofie Eva-Lena Lise-Lott Marie-Louise
      Inga Siv Maj-Britt Gun Ulrika Pernilla Josefin Rebecka Hedvig Elsa Saga Tyra Greta Vera Dagny Ann-Christin`),
    m: W(`Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Peter Thomas Daniel Fredrik Magnus Mattias Jonas Stefan
      Henrik Björn Göran Bengt Sven Gustav Olof Oskar Viktor Axel Emil Hugo Linus Sixten Ture Gösta Åke Leif Kjell Ulf
      Torbjörn Per-Olof Lars-Erik Karl-Johan Jan-Erik Hans-Åke Carl-Fredrik Bo Stig Sten Rune Lennart Ingemar Tage
      Joakim Kristoffer Pontus Rasmus Vilgot Melker Albin Elias Anton Sune Dag Måns Claes Ante`),
    s: W(`Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
      Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson
      Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg
      Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
      Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
      Lundström Ek Sundberg Hedlund Ström Öberg Åberg Sjögren Hellström Nordin Dahlberg Strand Falk Lilja Sundström
      Ekström Hägglund Grönlund Östlund Rosén Sjöström Palm Wennberg Ahlgren Törnqvist Hedström Backman Quist Ståhl`),
  },
  particle: W('af_Klinteberg von_Schantz de_Maré af_Sandeberg von_Essenfelt de_Vries von_Knorring af_Petersens').map((s) => s.replace('_', ' ')),
  fi: { f: W('Päivi Tuula Riitta Pirjo Satu Marjatta Anneli Tiina Sanna Kaija Minna Helmi'), m: W('Jukka Mikko Seppo Kari Antti Heikki Pekka Timo Juha Matti Esa Veikko'),
    s: W('Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salo Kallio Tuominen Rantanen Pöyhönen') },
  ar: { f: W('Fatima Amina Layla Noor Rania Mariam Hiba Zainab Yasmin Dalia Huda Rasha Ola'), m: W('Mohammed Ahmad Ali Omar Khaled Yousef Hassan Karim Tarek Samir Bilal Mustafa Hamza'),
    s: W('Al-Hassan Haddad Khalil Mansour Nasser Abboud Saleh Ibrahim Al-Rawi Jaber Hamdan Aziz Abdullah El-Sayed Al-Obaidi Darwish Kanaan') },
  fa: { f: W('Shirin Parisa Nasrin Leila Mina Golnar Roya Azadeh Nazanin Mahsa'), m: W('Dariush Reza Arash Kaveh Babak Farhad Behzad Kourosh Omid Navid'),
    s: W('Rahimi Mohammadi Hosseini Karimi Ahmadi Moradi Tehrani Jafari Rostami Sadeghi Ghorbani Bagheri Kazemi') },
  so: { f: W('Hodan Ayaan Fadumo Hamdi Sahra Idil Hibo Nimco Ubah Deeqa'), m: W('Abdirahman Mohamed Abdullahi Mahad Liban Abdikarim Hassan Farhan Guled Yasin'),
    s: W('Warsame Farah Abdi Hussein Jama Osman Mohamud Ahmed Yusuf Egal Nur Duale Hirsi Aden') },
  bs: { f: W('Amra Selma Lejla Azra Dženana Emina Aida Mirela Sanela'), m: W('Emir Edin Adnan Mirza Jasmin Haris Senad Kenan Almir'),
    s: W('Hodžić Begović Delić Hadžić Kovačević Mehmedović Husić Ćatić Salihović Avdić Mujkić') },
  pl: { f: W('Katarzyna Agnieszka Małgorzata Magdalena Joanna Ewa Aleksandra Beata'), m: W('Piotr Tomasz Krzysztof Paweł Łukasz Marek Grzegorz Wojciech'),
    sm: W('Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kaczmarek'),
    sf: W('Nowak Kowalska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Szymańska Dąbrowska Kaczmarek') },
  tr: { f: W('Ayşe Elif Zeynep Fatma Derya Esra Gül Sibel'), m: W('Emre Mehmet Murat Burak Serkan Mustafa Hakan Volkan'),
    s: W('Yılmaz Demir Şahin Çelik Kaya Aydın Öztürk Arslan Doğan Kılıç Koç Aksoy') },
  er: { f: W('Semhar Senait Helen Saba Selam Rahwa Luwam Winta'), m: W('Yonas Tesfay Mehari Filmon Daniel Biniam Robel Samuel'),
    s: W('Tesfaye Gebremedhin Haile Berhane Kidane Tekle Ghebreyesus Mehreteab Woldu Asmerom') },
  vi: { f: W('Lan Hoa Huong Mai Linh Thao'), m: W('Minh Bao Anh Duc Tuan Hung'), mid: { f: W('Thi Thanh Ngoc'), m: W('Van Duc Quoc') },
    s: W('Nguyen Tran Le Pham Hoang Vu Dang Bui Do') },
  th: { f: W('Siriporn Kanya Malee Nattaya Pornthip Araya Wanida Supaporn'), m: W('Somchai Anan Somsak Prasert Chaiwat'),
    s: W('Srisuk Chaiyaporn Thongchai Saetang Boonmee Wongsawat Kaewkam') },
  cl: { f: W('Claudia Paulina Ximena Francisca Carolina Valentina Javiera'), m: W('Rodrigo Cristián Gonzalo Patricio Sebastián Matías Ignacio'),
    s: W('Muñoz Rojas González Contreras Sepúlveda Araya Fuentes Valenzuela Soto Espinoza Pizarro') },
  ku: { f: W('Rojda Dilan Berivan Nazdar Shilan'), m: W('Azad Kawa Rebin Dilshad Serhat'), s: W('Zangana Barzani Hawrami Doski Shwani Amedi') },
  sy: { f: W('Ninorta Sabina Marta Nahrin'), m: W('Ninos Gabriel Aziz Sargon Ablahad'), s: W('Barsom Yakoub Isa Aho Gabriel Sauma Ishak') },
};
const ORIGIN_WEIGHTS = [['se', 56], ['fi', 5], ['ar', 7], ['fa', 4], ['so', 4], ['bs', 3], ['pl', 3], ['tr', 3], ['er', 2], ['vi', 2], ['th', 2], ['cl', 2], ['ku', 2], ['sy', 2]];
const NICK = {
  Lars: ['lasse'], Karl: ['kalle'], Mikael: ['micke'], Kristina: ['stina', 'kicki'], 'Per-Olof': ['pelle', 'po'], Thomas: ['tompa'], Katarzyna: ['kasia'],
  Mohammed: ['mo', 'moha'], Johan: ['jojje'], Magnus: ['manne'], Margareta: ['maggan'], Birgitta: ['bittan'], Annika: ['nickan'], Jan: ['janne'], Hans: ['hasse'],
  Peter: ['pette'], Fredrik: ['fredde'], Göran: ['gurra'], Gustav: ['gurra', 'gusse'], Åsa: ['asa'], 'Britt-Marie': ['bm', 'brittan'], Henrik: ['henke'],
  Kristoffer: ['krille'], Joakim: ['jocke'], Mattias: ['matte'], Elisabeth: ['lisa'], Małgorzata: ['gosia'], Abdirahman: ['abdi'], Somchai: ['chai'],
  Lennart: ['lelle'], Daniel: ['danne'], Oskar: ['ogge'], Torbjörn: ['tobbe'], Jonas: ['jonte'], 'Lise-Lott': ['lotta'], Agneta: ['agge'],
};

const USER_AGENTS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.146 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.56',
  'Mozilla/5.0 (iPad; CPU OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'];

// Near-miss vocabulary
const STREETS_PLAIN = W('Storgatan Kyrkogatan Björkvägen Skolgatan Drottninggatan Kungsgatan Ringvägen Solrosvägen Ekbacksvägen Lärkstigen Industrigatan Järnvägsgatan Tallvägen Almvägen Hagvägen Ängsvägen Parkgatan Nygatan Vasagatan Hamngatan Torggatan Bruksgatan Prästgårdsvägen Västra_Långgatan Östra_Ringvägen').map((s) => s.replace('_', ' '));
const STREETS_PERSON = ['Birger Jarlsgatan', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Drottning Kristinas väg', 'Gustav Adolfs torg', 'Karl Johans gata',
  'Evert Taubes väg', 'Astrid Lindgrens väg', 'Hjalmar Brantingsgatan', 'Sven Hedins väg', 'Nils Ferlins gränd', 'Karin Boyes gata', 'Anna Lindhs plats',
  'Carl Larssons väg', 'Greta Garbos väg', 'Ellen Keys gata'];
const TOWNS = [['Norrbacka', '712'], ['Västerås', '722'], ['Uppsala', '753'], ['Göteborg', '412'], ['Malmö', '211'], ['Sundsvall', '852'], ['Karlstad', '652'],
  ['Kristinehamn', '681'], ['Eskilstuna', '632'], ['Alingsås', '441'], ['Falun', '791'], ['Luleå', '972'], ['Örebro', '702'], ['Linköping', '582'],
  ['Jönköping', '553'], ['Umeå', '903'], ['Helsingborg', '252'], ['Kungälv', '442'], ['Enköping', '745'], ['Sala', '733'], ['Märsta', '195'], ['Stockholm', '113']];
const PERSONISH_TOWNS = ['Kristinehamn', 'Karlstad', 'Karlskrona', 'Fredrikslund', 'Sankt Olof', 'Kristianstad', 'Gustavsberg', 'Mariestad', 'Ulricehamn', 'Fredriksdal'];
const COMPANIES_PERSON = ['Lennart Nyströms Elservice AB', 'Bröderna Holmqvist Bygg AB', 'Eriksson & Hallberg Rör AB', 'Maria Lind Städ & Fönsterputs',
  'Gunnars Bil & Däck', 'Anderssons Flyttfirma AB', 'Kent Sjöbergs Måleri AB', 'Birgittas Blommor', 'Jönssons Lås & Larm', 'Svensson & Dotter Redovisning'];
const PET_NAMES = W('Sixten Majken Doris Bamse Tyson Molly Charlie Selma Otto Ronja Nala Simba Leia Kurt Ludde Frasse Gizmo Vilma Harry Stina');

// ───────────────────────────────────────────────────────────── truth recording
const TRUTH = [];
const NEAR = [];
const FILES = new Map(); // rel → Buffer
const USED = { pnr: new Set(), phone: new Set(), email: new Set(), ip: new Set() };

class Ctx {
  constructor(rel) { this.rel = rel; this.r = new Rng(rel); }
  t(category, value, subtype) {
    if (typeof value !== 'string' || value.length === 0) throw new Error(`${this.rel}: empty ${category} value`);
    TRUTH.push({ file: this.rel, category, value, ...(subtype ? { subtype } : {}) });
    return value;
  }
  nm(kind, value) {
    if (typeof value !== 'string' || value.length === 0) throw new Error(`${this.rel}: empty near-miss ${kind}`);
    NEAR.push({ file: this.rel, kind, value });
    return value;
  }
  name(v, sub) { return this.t('name', v, sub); }
  email(v, sub) { return this.t('email', v, sub); }
  phone(v, sub) { return this.t('phone', v, sub); }
  pnr(v, sub) { return this.t('personnummer', v, sub); }
  ip(v, sub) { return this.t('ip', v, sub); }
  // person helpers ─ record while rendering
  pName(p, style = 'plain', enc) { const v = fitEnc(nameStr(p, style), enc); return this.name(v, nameSubtype(p, style)); }
  first(p, enc) { return this.nm('lone-first-name', fitEnc(p.given, enc)); }
  fam(p) { return this.nm('lone-surname', p.family); }
  pEmail(p, variant = 'asis') {
    const v = emailVariant(p.email, variant, this.r);
    return this.email(v, p.staff ? `staff${variant === 'asis' ? '' : `:${variant}`}` : variant === 'asis' ? 'personal' : variant);
  }
  ph(ph, style) { const v = fmtPhone(ph, style); return this.phone(v, `${ph.kind}:${style}`); }
  /** A person's number: mostly the mobile, sometimes the home landline or a foreign mobile. */
  pPhone(p, style) {
    const st = style ?? this.r.pick(PHONE_STYLES_COMMON);
    if (p.foreign && this.r.chance(0.3)) return this.ph(p.foreign, this.r.pick(['intl', 'intlsp', 'intlsp']));
    if (p.home && this.r.chance(0.3)) return this.ph(p.home, st);
    return this.ph(p.mobile, st);
  }
  pPnr(p, style) { const [v, sub] = fmtPnr(p, style ?? this.r.pick(PNR_STYLES_COMMON)); return this.pnr(v, sub); }
  ip4(v) { return this.ip(v, 'v4'); }
  ip6(v) { return this.ip(v, 'v6'); }
  addr(p, enc) {
    const st = STREETS_PERSON.find((x) => p.street.startsWith(x));
    if (st) this.nm('street', st);
    return fitEnc(fullAddress(p), enc);
  }
  street(name) { return this.nm('street', name); }
  /** A browser user agent; dotted four-part version numbers in it are recorded as near-misses. */
  ua() {
    const v = this.r.pick(USER_AGENTS);
    for (const m of v.matchAll(/(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])/g)) this.nm('version', m[0]);
    return v;
  }
  role(addr) { return this.nm('role_email', addr); }
  privIp(v) { return this.nm('private-ip', v); }
}
function put(rel, data) {
  if (FILES.has(rel)) throw new Error(`duplicate output file ${rel}`);
  FILES.set(rel, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
}

// ───────────────────────────────────────────────────────────── encodings
const TRANS = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', ß: 'ss', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', İ: 'I' };
const asciiFold = (s) => s.replace(/[ıłŁøØæÆßđĐðþİ]/g, (c) => TRANS[c]).normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const encodable = (ch, enc) => iconv.decode(iconv.encode(ch, enc), enc) === ch;
/** Keeps what the charset can hold, folds the rest to ASCII (what legacy systems really do to ł, ş, č …). */
function fitEnc(s, enc) {
  if (!enc || /^utf-?8$/i.test(enc)) return s;
  let out = '';
  for (const ch of s) out += encodable(ch, enc) ? ch : asciiFold(ch);
  return out;
}
function encodeStrict(text, enc) {
  if (/^utf-?8$/i.test(enc)) return Buffer.from(text, 'utf8');
  const buf = iconv.encode(text, enc);
  if (iconv.decode(buf, enc) !== text) {
    const bad = [...text].filter((c) => !encodable(c, enc)).slice(0, 10).join('');
    throw new Error(`text not representable in ${enc}: ${JSON.stringify(bad)}`);
  }
  return buf;
}

// ───────────────────────────────────────────────────────────── personnummer
function luhn9(d9) {
  let sum = 0;
  for (let i = 0; i < 9; i++) { const v = Number(d9[i]) * (i % 2 === 0 ? 2 : 1); sum += v > 9 ? v - 9 : v; }
  return (10 - (sum % 10)) % 10;
}
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** True when a digit string is a valid personnummer/samordningsnummer shape (date + Luhn). For near-miss hygiene. */
function isValidPnrDigits(d) {
  let d10 = d;
  let year = null;
  if (d.length === 12) { year = Number(d.slice(0, 4)); if (year < 1850 || year > 2030) return false; d10 = d.slice(2); } else if (d.length !== 10) return false;
  const mm = Number(d10.slice(2, 4));
  let dd = Number(d10.slice(4, 6));
  if (dd > 60) dd -= 60;
  if (mm < 1 || mm > 12 || dd < 1 || dd > (year ? daysIn(year, mm) : daysIn(2000, mm))) return false;
  return luhn9(d10.slice(0, 9)) === Number(d10[9]);
}
const PNR_STYLES_COMMON = ['10dash', '10dash', '12dash', '12dash', '12plain', '10plain', '12dash', '10dash', '10space', '12space'];
function fmtPnr(p, style) {
  const { y, m, d } = p.birth;
  const dd = p2(d + (p.samordning ? 60 : 0));
  const yy = p2(y % 100);
  const tail = `${p.serial}${p.check}`;
  const old = y < 1925;
  let v;
  let st = style;
  if (old && (st === '10dash' || st === '10plain' || st === '10space')) st = '10plus';
  switch (st) {
    case '10dash': v = `${yy}${p2(m)}${dd}-${tail}`; break;
    case '10plain': v = `${yy}${p2(m)}${dd}${tail}`; break;
    case '10space': v = `${yy}${p2(m)}${dd} ${tail}`; break;
    case '10plus': v = `${yy}${p2(m)}${dd}+${tail}`; break;
    case '12dash': v = `${y}${p2(m)}${dd}-${tail}`; break;
    case '12plain': v = `${y}${p2(m)}${dd}${tail}`; break;
    case '12space': v = `${y}${p2(m)}${dd} ${tail}`; break;
    default: throw new Error(`pnr style ${style}`);
  }
  return [v, `${st}${p.samordning ? '+samordning' : ''}`];
}

// ───────────────────────────────────────────────────────────── phones
const MOBILE_AC = ['70', '70', '70', '72', '73', '73', '76', '76', '79'];
function validPhone(e164) { const p = parsePhoneNumberFromString(e164); return !!p && p.isValid(); }
function makePhone(r, kind, ac, len) {
  for (let i = 0; i < 200; i++) {
    let cc = '46';
    let a = ac;
    let sub;
    if (kind === 'mobile') { a = r.pick(MOBILE_AC); sub = r.digits(7, '123456789'); } else if (kind === 'landline' || kind === 'service') {
      sub = r.digits(len, kind === 'service' ? '123456789' : '2345678');
    } else if (kind === 'no') { cc = '47'; a = ''; sub = r.pick(['4', '9']) + r.digits(7); } else if (kind === 'fi') { cc = '358'; a = r.pick(['40', '50', '44']); sub = r.digits(7); } else if (kind === 'dk') { cc = '45'; a = ''; sub = r.pick(['2', '3', '4', '5']) + r.digits(7); } else if (kind === 'uk') { cc = '44'; a = `7${r.int(4, 9)}${r.digits(2)}`; sub = r.digits(6); } else if (kind === 'de') { cc = '49'; a = r.pick(['151', '160', '176']); sub = r.digits(8, '123456789'); } else if (kind === 'pl') { cc = '48'; a = r.pick(['51', '60', '69', '79']); sub = r.digits(7); } else if (kind === 'tr') { cc = '90'; a = `5${r.int(30, 55)}`; sub = r.digits(7, '123456789'); } else throw new Error(kind);
    const e164 = `+${cc}${a}${sub}`;
    if (USED.phone.has(e164) || !validPhone(e164)) continue;
    if (cc === '46' && (isValidPnrDigits(`0${a}${sub}`) || isValidPnrDigits(`${a}${sub}`))) continue; // a plain 10-digit number must not double as a personnummer
    USED.phone.add(e164);
    return { cc, ac: a, sub, kind, e164 };
  }
  throw new Error(`could not make phone ${kind} ${ac}`);
}
const grp = (s) => {
  switch (s.length) {
    case 5: return `${s.slice(0, 3)} ${s.slice(3)}`;
    case 6: return `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`;
    case 7: return `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`;
    case 8: return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
    default: return s;
  }
};
const PHONE_STYLES_COMMON = ['dash', 'dash', 'dash', 'plain', 'space', 'space', 'intl', 'intlsp', 'dashplain'];
const PHONE_STYLES_ALL = ['dash', 'plain', 'space', 'dashplain', 'intl', 'intlsp', 'intl0', '0046', 'slash', 'paren', 'odd', 'intldash', '0046plain'];
function fmtPhone(ph, style) {
  if (ph.cc !== '46') {
    const n = ph.ac + ph.sub;
    switch (ph.kind) {
      case 'no': return style === 'intl' ? `+47${n}` : style === '0046' ? `0047 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}` : `+47 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      case 'fi': return style === 'intl' ? `+358${n}` : `+358 ${ph.ac} ${ph.sub.slice(0, 3)} ${ph.sub.slice(3)}`;
      case 'dk': return style === 'intl' ? `+45${n}` : `+45 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;
      case 'uk': return style === 'intl' ? `+44${n}` : style === 'intl0' ? `+44 (0)${ph.ac} ${ph.sub}` : `+44 ${ph.ac} ${ph.sub}`;
      case 'de': return style === 'intl' ? `+49${n}` : `+49 ${ph.ac} ${ph.sub}`;
      case 'pl': return style === 'intl' ? `+48${n}` : style === '0046' ? `0048 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      case 'tr': return style === 'intl' ? `+90${n}` : `+90 ${ph.ac} ${ph.sub.slice(0, 3)} ${ph.sub.slice(3, 5)} ${ph.sub.slice(5)}`;
      default: throw new Error(ph.kind);
    }
  }
  const n0 = `0${ph.ac}`;
  const s = ph.sub;
  const g = (ph.ac === '771' || ph.ac === '770') && s.length === 6 ? `${s.slice(0, 3)} ${s.slice(3)}` : grp(s);
  switch (style) {
    case 'dash': return `${n0}-${g}`;
    case 'dashplain': return `${n0}-${s}`;
    case 'plain': return `${n0}${s}`;
    case 'space': return `${n0} ${g}`;
    case 'intl': return `+46${ph.ac}${s}`;
    case 'intlsp': return `+46 ${ph.ac} ${grp(s)}`;
    case 'intl0': return `+46 (0)${ph.ac} ${grp(s)}`;
    case 'intldash': return `+46-${ph.ac}-${grp(s)}`;
    case '0046': return `0046 ${ph.ac} ${grp(s)}`;
    case '0046plain': return `0046${ph.ac}${s}`;
    case 'slash': return `${n0}/${s}`;
    case 'paren': return `(${n0}) ${grp(s)}`;
    case 'odd': return s.length === 7 ? `${n0} ${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}` : `${n0} ${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)}`;
    case 'e164nop': return `46${ph.ac}${s}`;
    case 'dots': return `${n0}.${s.slice(0, 3)}.${s.slice(3, 5)}.${s.slice(5)}`;
    default: throw new Error(`phone style ${style}`);
  }
}

// ───────────────────────────────────────────────────────────── e-mail
const PERSONAL_DOMAINS = [['gmail.com', 30], ['hotmail.com', 12], ['hotmail.se', 8], ['outlook.com', 7], ['live.se', 5], ['telia.com', 7], ['icloud.com', 6],
  ['yahoo.se', 3], ['bredband.net', 3], ['comhem.se', 3], ['spray.se', 1], ['me.com', 2], ['protonmail.com', 2], ['yahoo.com', 1], ['tele2.se', 1], ['bahnhof.se', 1]];
const slug = (s) => asciiFold(s).toLowerCase().replace(/\s+/g, '').replace(/[^a-z0-9.-]/g, '');
function makeEmail(r, p, domain) {
  const g = slug(p.given);
  const f = slug(p.family.replace(/^(af|von|de)\s/, (m) => (r.chance(0.5) ? m.trim() : '')));
  const yy = p2(p.birth.y % 100);
  const nick = NICK[p.given] ? r.pick(NICK[p.given]) : g.split('-')[0];
  const styles = domain ? [[`${g}.${f}`, 10], [`${g[0]}.${f}`, 2], [`${g}.${f[0]}`, 1], [`${g[0]}${f}`, 1], [`${g.replace(/-/g, '')}.${f}`, 1]]
    : [[`${g}.${f}`, 8], [`${g}${f}`, 4], [`${g[0]}.${f}`, 2], [`${g}.${f[0]}`, 1], [`${g}_${f}`, 2], [`${g}.${f}${yy}`, 3], [`${nick}${r.int(1, 99)}`, 3],
      [`${g}${yy}`, 2], [`${f}.${g}`, 1], [`${g}-${f}`, 1], [`${nick}.${f}`, 2], [`${g}${f}${r.int(1, 9)}`, 1]];
  for (let i = 0; i < 30; i++) {
    const local = r.weighted(styles).replace(/\.{2,}/g, '.');
    const dom = domain ?? r.weighted(PERSONAL_DOMAINS);
    const addr = `${local}${i > 0 ? r.int(2, 9) : ''}@${dom}`;
    if (!USED.email.has(addr)) { USED.email.add(addr); return addr; }
  }
  throw new Error('email');
}
function emailVariant(addr, variant, r) {
  const [local, dom] = addr.split('@');
  switch (variant) {
    case 'asis': return addr;
    case 'upper': return r.chance(0.5) ? addr.toUpperCase() : `${local.split('.').map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join('.')}@${dom.charAt(0).toUpperCase()}${dom.slice(1)}`;
    case 'plus': return `${local}+${r.pick(['hyra', 'ekbacken', 'kommun', 'forsakring', 'gym', 'handla', 'retur', 'el', 'tandlakare', 'mobil'])}@${dom}`;
    default: throw new Error(variant);
  }
}

// ───────────────────────────────────────────────────────────── people
function nameStr(p, style) {
  const gm = !p.middle ? p.given : p.origin === 'vi' ? `${p.middle} ${p.given}` : `${p.given} ${p.middle}`;
  const plain = p.familyFirst ? `${p.family} ${gm}` : `${gm} ${p.family}`;
  switch (style) {
    case 'plain': return plain;
    case 'short': return p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
    case 'caps': return plain.toUpperCase();
    case 'comma': return `${p.family}, ${gm}`;
    case 'commaCaps': return `${p.family}, ${gm}`.toUpperCase();
    case 'lower': return plain.toLowerCase();
    case 'reversed': return `${p.family} ${gm}`;
    case 'reversedCaps': return `${p.family} ${gm}`.toUpperCase();
    default: throw new Error(`name style ${style}`);
  }
}
function nameSubtype(p, style) {
  if (style !== 'plain' && style !== 'short') return style;
  if (/^(af|von|de) /.test(p.family)) return 'se-particle';
  if (p.origin === 'se' && (p.given.includes('-') || p.family.includes('-'))) return 'se-hyphen';
  return p.origin;
}
function person(r, o = {}) {
  const origin = o.origin ?? r.weighted(ORIGIN_WEIGHTS);
  const pool = POOLS[origin];
  const sex = o.sex ?? (r.chance(0.5) ? 'f' : 'm');
  const given = r.pick(pool[sex]);
  let middle = null;
  let family;
  let familyFirst = false;
  if (origin === 'se') {
    if (r.chance(0.1)) { const m = r.pick(pool[sex].filter((x) => x !== given && !x.includes('-'))); middle = m; }
    const x = r.float();
    family = x < 0.05 ? r.pick(POOLS.particle) : x < 0.1 ? `${r.pick(pool.s)}-${r.pick(pool.s)}` : x < 0.13 ? `${r.pick(pool.s)} ${r.pick(pool.s)}` : r.pick(pool.s);
  } else if (origin === 'pl') family = r.pick(sex === 'f' ? pool.sf : pool.sm);
  else if (origin === 'so') family = r.chance(0.55) ? `${r.pick(POOLS.so.m)} ${r.pick(pool.s)}` : r.pick(pool.s);
  else if (origin === 'cl') family = r.chance(0.5) ? `${r.pick(pool.s)} ${r.pick(pool.s)}` : r.pick(pool.s);
  else if (origin === 'th') family = r.chance(0.45) ? r.pick(POOLS.se.s) : r.pick(pool.s);
  else if (origin === 'vi') { middle = r.pick(pool.mid[sex]); family = r.pick(pool.s); familyFirst = r.chance(0.5); } else family = r.pick(pool.s);
  if (family.split(/[\s-]/)[0] === family.split(/[\s-]/)[1]) family = family.split(/[\s-]/)[0];
  // birth: a few over 100 (written with +), a few children, most adults
  let y;
  const roll = r.float();
  if (o.years) y = r.int(o.years[0], o.years[1]);
  else if (o.minAge === undefined && roll < 0.025) y = r.int(1918, 1923);
  else if (o.child) y = r.int(2009, 2019);
  else y = r.int(1934, 2005 - (o.minAge ?? 18) + 18);
  const m = r.int(1, 12);
  const d = r.int(1, daysIn(y, m));
  const samordning = o.samordning ?? (origin === 'se' ? r.chance(0.02) : r.chance(0.12));
  let serial;
  let check;
  for (let i = 0; i < 100; i++) {
    serial = r.digits(2) + r.pick(sex === 'f' ? ['0', '2', '4', '6', '8'] : ['1', '3', '5', '7', '9']);
    const d9 = `${p2(y % 100)}${p2(m)}${p2(d + (samordning ? 60 : 0))}${serial}`;
    check = luhn9(d9);
    if (!USED.pnr.has(d9)) { USED.pnr.add(d9); break; }
  }
  const p = { origin, sex, given, middle, family, familyFirst, birth: { y, m, d }, samordning, serial, check, staff: false };
  p.mobile = makePhone(r, 'mobile');
  p.email = makeEmail(r, p, o.domain);
  if (o.domain) p.staff = true;
  const FOREIGN = { fi: 'fi', pl: 'pl', tr: 'tr', se: r.pick(['no', 'dk', 'uk', 'de']) };
  if (!o.domain && FOREIGN[origin] && r.chance(origin === 'se' ? 0.02 : 0.25)) p.foreign = makePhone(r, FOREIGN[origin]);
  p.street = `${r.chance(0.12) ? r.pick(STREETS_PERSON) : r.pick(STREETS_PLAIN)} ${r.int(1, 64)}${r.chance(0.15) ? r.pick(['A', 'B', 'C']) : ''}`;
  const [town, pc] = o.town ?? r.pick(TOWNS);
  p.town = town;
  p.postcode = `${pc} ${r.int(30, 99)}`;
  if (!o.domain && TOWN_AC[town] && r.chance(y < 1960 ? 0.45 : 0.15)) { const [ac, len] = TOWN_AC[town]; p.home = makePhone(r, 'landline', ac, r.pick(len)); }
  return p;
}
const NORRBACKA = ['Norrbacka', '712'];
const TOWN_AC = { Norrbacka: ['570', [5, 6]], Västerås: ['21', [6]], Uppsala: ['18', [6]], Göteborg: ['31', [6, 7]], Malmö: ['40', [6, 7]], Sundsvall: ['60', [6]], Karlstad: ['54', [6]], Kristinehamn: ['550', [5]],
  Eskilstuna: ['16', [6]], Alingsås: ['322', [6]], Falun: ['23', [6]], Luleå: ['920', [5, 6]], Örebro: ['19', [6]], Linköping: ['13', [6]], Jönköping: ['36', [6]], Umeå: ['90', [6]], Helsingborg: ['42', [6]],
  Kungälv: ['303', [5, 6]], Enköping: ['171', [5, 6]], Sala: ['224', [6]], Märsta: ['8', [7, 8]], Stockholm: ['8', [7, 8]], Borås: ['33', [6]] };
const fullAddress = (p) => `${p.street}, ${p.postcode} ${p.town}`;

// ───────────────────────────────────────────────────────────── IP addresses
const V4 = [[83, 248, 255], [85, 224, 231], [90, 224, 236], [94, 254, 255], [155, 4, 4], [213, 64, 67], [78, 66, 82], [81, 224, 236], [62, 20, 20], [46, 194, 195],
  [95, 192, 199], [188, 148, 151], [217, 208, 215], [193, 10, 15], [194, 17, 17], [31, 208, 211], [80, 216, 217], [82, 182, 183], [176, 10, 10], [5, 150, 150],
  [37, 46, 46], [89, 160, 160], [212, 181, 181], [151, 177, 177], [84, 216, 217], [98, 128, 128], [213, 89, 89], [185, 39, 39], [158, 174, 174], [141, 101, 101]];
function ip4(r) {
  for (;;) {
    const [a, lo, hi] = r.pick(V4);
    const v = `${a}.${r.int(lo, hi)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    if (!USED.ip.has(v)) { USED.ip.add(v); return v; }
  }
}
const V6P = ['2001:9b1', '2a00:801', '2a02:aa1', '2001:2042', '2a01:79d', '2a05:d014', '2001:67c', '2a02:1406', '2a04:ad80', '2001:470'];
function ip6(r, style = 'full') {
  const g = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
  const pre = r.pick(V6P);
  if (style === 'short') return `${pre}:${g()}:${g()}::${g()}`;
  const groups = [...pre.split(':'), g(), g(), g(), g(), g(), g()];
  if (style === 'padded') return groups.map((x) => x.padStart(4, '0')).join(':');
  if (style === 'upper') return groups.join(':').toUpperCase();
  return groups.join(':');
}
function privIp(r) {
  return r.weighted([[`10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(1, 254)}`, 4], [`192.168.${r.int(0, 10)}.${r.int(2, 254)}`, 3], [`172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, 2]]);
}

// ───────────────────────────────────────────────────────────── near-miss numbers (never valid personnummer, never 0-leading)
function safeDigits(r, n, first = '123456789', luhnValid = false) {
  for (;;) {
    let d = r.digits(n, first);
    if (luhnValid) { let sum = 0; const b = d.slice(0, -1); for (let i = 0; i < b.length; i++) { let v = Number(b[b.length - 1 - i]) * (i % 2 === 0 ? 2 : 1); if (v > 9) v -= 9; sum += v; } d = b + ((10 - (sum % 10)) % 10); }
    if (!isValidPnrDigits(d) && !d.startsWith('46')) return d;
  }
}
const orgNr = (r, first = '55') => {
  for (;;) {
    const d9 = first + r.digits(9 - first.length);
    if (Number(d9.slice(2, 4)) < 20) continue;
    const d = d9 + luhn9(d9);
    return `${d.slice(0, 6)}-${d.slice(6)}`;
  }
};
const bankgiro = (r) => { const d = safeDigits(r, 8, '123456789', true); return `${d.slice(0, 4)}-${d.slice(4)}`; };
const plusgiro = (r) => { const d = safeDigits(r, 7, '123456789', true); return `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)}-${d.slice(6)}`; };
const ocrNr = (r, n = 14) => safeDigits(r, n, '123456789', true);
const ibanSe = (r) => { const d = r.digits(20, '123456789'); return `SE${r.int(10, 99)} ${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12, 16)} ${d.slice(16)}`; };
const regnr = (r) => `${r.alnum(3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} ${r.digits(2)}${r.chance(0.5) ? r.alnum(1, 'ABCDEFGHJKLMNPRSTUWXYZ') : r.digits(1)}`;
const amount = (r, lo, hi) => { const v = r.int(lo, hi); const s = String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ' '); return `${s},${r.pick(['00', '00', '50', '90', '95'])}`; };
const clearingAcct = (r) => `${r.pick(['8327-9', '8105-9', '6123', '3300', '5123', '9150', '8214-9'])}, ${r.digits(3, '123456789')} ${r.digits(3)} ${r.digits(3)}-${r.digits(1)}`;
/** A 12-digit date+time stamp written like YYYYMMDD-HHMM whose Luhn digit fails, so that it is *not* a personnummer. */
function stampNotPnr(t) {
  for (let k = 0; k < 60; k++) {
    const tt = t.add(k);
    const s = `${tt.compact()}-${p2(tt.h)}${p2(tt.mi)}`;
    if (!isValidPnrDigits(s.replace(/\D/g, ''))) return s;
  }
  throw new Error('stamp');
}
/** An invalid look-alike of a real person's number: same date, wrong Luhn digit. */
function badChecksumPnr(r, p) {
  const [v] = fmtPnr(p, '10dash');
  const wrong = (p.check + r.int(1, 9)) % 10;
  return v.slice(0, -1) + wrong;
}
/** A personnummer look-alike with an impossible month (13-19) but a correct Luhn digit. */
function badDatePnr(r) {
  const d9 = `${p2(r.int(40, 99))}${p2(r.int(13, 19))}${p2(r.int(1, 28))}${r.digits(3)}`;
  return `${d9.slice(0, 6)}-${d9.slice(6)}${luhn9(d9)}`;
}

// ───────────────────────────────────────────────────────────── writers: CSV / JSON
function csvLine(fields, delim, quoteAll) {
  return fields.map((v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || s.includes(delim) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(delim);
}
function csv(rows, { delim = ',', eol = '\n', quoteAll = false } = {}) {
  return rows.map((row) => csvLine(row, delim, quoteAll)).join(eol) + eol;
}
const asciiJson = (s) => s.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ENT = { å: '&aring;', ä: '&auml;', ö: '&ouml;', Å: '&Aring;', Ä: '&Auml;', Ö: '&Ouml;', é: '&eacute;', ü: '&uuml;', É: '&Eacute;' };
const entities = (s) => s.replace(/[åäöÅÄÖéüÉ]/g, (c) => ENT[c]);

// ───────────────────────────────────────────────────────────── writers: MIME
const CRLF = '\r\n';
function qpEncode(bytes) {
  const out = [];
  for (const line of bytes.toString('latin1').split('\r\n')) {
    let enc = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      enc += (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last) ? line[i] : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      if (rest[cut - 1] === '=') cut -= 1;
      else if (rest[cut - 2] === '=') cut -= 2;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}
const b64wrap = (buf) => buf.toString('base64').replace(/.{76}(?=.)/g, `$&${CRLF}`);
function encWord(str, charset = 'utf-8', mode = 'B') {
  // Long texts are split into several encoded words, at spaces (the space stays inside the earlier word), so a
  // decoder that wrongly keeps the folding whitespace still never cuts a name in two.
  const chunks = [];
  for (const w of str.split(/(?<= )/)) {
    if (chunks.length && [...chunks[chunks.length - 1]].length + [...w].length <= 36) chunks[chunks.length - 1] += w;
    else chunks.push(w);
  }
  const words = [];
  for (const chunk of chunks) {
    const bytes = encodeStrict(chunk, charset);
    if (mode === 'B') words.push(`=?${charset}?B?${bytes.toString('base64')}?=`);
    else {
      let q = '';
      for (const b of bytes) { const ch = String.fromCharCode(b); q += b === 32 ? '_' : /[A-Za-z0-9!*+\-/]/.test(ch) ? ch : `=${b.toString(16).toUpperCase().padStart(2, '0')}`; }
      words.push(`=?${charset}?Q?${q}?=`);
    }
  }
  return words.join(`${CRLF} `);
}
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const hdrCs = (s, m) => { const cs = m.hdrCharset ?? 'utf-8'; return cs === 'utf-8' || fitEnc(s, cs) === s ? cs : 'utf-8'; };
function hdrText(s, m) { return isAscii(s) ? s : encWord(s, hdrCs(s, m), m.hdrMode ?? 'B'); }
function hdrAddr(a, m) {
  if (typeof a === 'string') return a;
  if (!a.name) return a.bare ? a.addr : `<${a.addr}>`;
  const n = isAscii(a.name) ? (/[,;:"()<>@.]/.test(a.name) ? `"${a.name.replace(/"/g, '\\"')}"` : a.name) : encWord(a.name, hdrCs(a.name, m), m.hdrMode ?? 'B');
  return `${n} <${a.addr}>`;
}
function textToHtml(text, { ent = false, charset = 'utf-8' } = {}) {
  const lines = text.split('\n').map((l) => {
    let h = escHtml(l).replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, (x) => `<a href="mailto:${x}">${x}</a>`);
    if (ent) h = entities(h);
    return l.startsWith('>') ? `<span style="color:#555">${h}</span>` : h;
  });
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head>${CRLF}<body><div dir="ltr" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">${CRLF}${lines.join(`<br>${CRLF}`)}${CRLF}</div></body></html>`;
}
function bodyPart(content, type, charset, cte) {
  const bytes = encodeStrict(content.replace(/\r?\n/g, CRLF), charset);
  const enc = cte === 'base64' ? b64wrap(bytes) : cte === 'quoted-printable' ? qpEncode(bytes) : bytes.toString('latin1');
  return `Content-Type: ${type}; charset="${charset}"${CRLF}Content-Transfer-Encoding: ${cte}${CRLF}${CRLF}${enc}`;
}
/** Builds one RFC 5322 message; returns a binary (latin1) string. Values must already be recorded by the caller. */
function buildMessage(m, r) {
  const charset = m.charset ?? 'utf-8';
  const cte = m.cte ?? (charset === 'utf-8' ? 'base64' : 'quoted-printable');
  const h = [];
  for (const rc of m.received ?? []) h.push(`Received: from ${rc.from} (${rc.from} [${rc.ip}])${CRLF}\tby ${rc.by} with ESMTPS id ${r.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')};${CRLF}\t${m.date.rfc()}`);
  h.push(`Date: ${m.date.rfc()}`);
  h.push(`From: ${hdrAddr(m.from, m)}`);
  if (m.replyTo) h.push(`Reply-To: ${hdrAddr(m.replyTo, m)}`);
  h.push(`To: ${m.to.map((a) => hdrAddr(a, m)).join(`,${CRLF} `)}`);
  if (m.cc?.length) h.push(`Cc: ${m.cc.map((a) => hdrAddr(a, m)).join(`,${CRLF} `)}`);
  h.push(`Subject: ${hdrText(m.subject, m)}`);
  h.push(`Message-ID: ${m.messageId}`);
  if (m.inReplyTo) h.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`);
  if (m.xOrigIp) h.push(`X-Originating-IP: [${m.xOrigIp}]`);
  for (const [k, v] of m.extraHeaders ?? []) h.push(`${k}: ${v}`);
  if (m.mailer) h.push(`X-Mailer: ${m.mailer}`);
  h.push('MIME-Version: 1.0');
  const bnd = () => `----=_Part_${r.digits(6)}_${r.digits(9)}.${r.digits(13)}`;
  let main;
  if (m.html) {
    const b = bnd();
    main = `Content-Type: multipart/alternative;${CRLF}\tboundary="${b}"${CRLF}${CRLF}--${b}${CRLF}${bodyPart(m.text, 'text/plain', charset, cte)}${CRLF}--${b}${CRLF}`
      + `${bodyPart(m.htmlBody ?? textToHtml(m.text, { ent: m.html === 'entities', charset }), 'text/html', charset, m.htmlCte ?? cte)}${CRLF}--${b}--${CRLF}`;
  } else main = bodyPart(m.text, 'text/plain', charset, cte);
  let body = main;
  if (m.attachments?.length) {
    const b = bnd();
    body = `Content-Type: multipart/mixed;${CRLF}\tboundary="${b}"${CRLF}${CRLF}This is a multi-part message in MIME format.${CRLF}${CRLF}--${b}${CRLF}${main}${CRLF}`;
    for (const a of m.attachments) {
      if (a.type === 'message/rfc822') body += `--${b}${CRLF}Content-Type: message/rfc822${CRLF}Content-Disposition: attachment; filename="${a.filename}"${CRLF}${CRLF}${a.data.toString('latin1')}${CRLF}`;
      else body += `--${b}${CRLF}Content-Type: ${a.type}${a.charset ? `; charset="${a.charset}"` : ''}; name="${a.filename}"${CRLF}Content-Transfer-Encoding: base64${CRLF}Content-Disposition: attachment; filename="${a.filename}"${CRLF}${CRLF}${b64wrap(a.data)}${CRLF}`;
    }
    body += `--${b}--${CRLF}`;
  }
  return `${h.join(CRLF)}${CRLF}${body}`;
}
function mbox(msgs) {
  const text = msgs.map((x) => `From ${x.envFrom} ${x.date.asctime()}\n${x.raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n')}`).join('\n');
  return Buffer.from(text, 'latin1'); // raw is a binary string (8bit bodies keep their charset bytes)
}
const msgId = (r, dom) => `<${r.pick([`${r.hex(8).toUpperCase()}.${r.hex(6).toUpperCase()}`, `CA${r.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}+${r.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}`, `${r.hex(12)}`])}@${dom}>`;

// ───────────────────────────────────────────────────────────── writers: ZIP / DOCX / PDF
async function zipOf(entries) {
  const z = new JSZip();
  for (const [name, data] of entries) z.file(name, data, { date: FIXED_DATE, createFolders: false });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
async function reZip(buf) {
  const z = await JSZip.loadAsync(buf);
  const names = [];
  z.forEach((p, f) => { if (!f.dir) names.push(p); });
  const entries = [];
  for (const n of names) {
    let data = await z.file(n).async('nodebuffer');
    if (n === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED_DATE.toISOString().replace(/\.\d{3}Z/, 'Z')}$2`));
    entries.push([n, data]);
  }
  return zipOf(entries);
}
/** spec: { creator, title, description, header: [item], footer: [item], body: [item] }; item: string | {h,text} | {runs} | {kv} | {table} | {blank} */
async function buildDocx(spec) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, Header, Footer, HeadingLevel, WidthType, AlignmentType } = docx;
  const run = (x) => (typeof x === 'string' ? new TextRun(x) : new TextRun({ text: x.text, bold: x.b, italics: x.i, size: x.size }));
  const item = (it) => {
    if (typeof it === 'string') return new Paragraph({ children: [new TextRun(it)] });
    if (it.blank) return new Paragraph({ children: [] });
    if (it.h !== undefined) return new Paragraph({ heading: it.h === 1 ? HeadingLevel.HEADING_1 : it.h === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.TITLE, children: [new TextRun(it.text)] });
    if (it.runs) return new Paragraph({ alignment: it.right ? AlignmentType.RIGHT : undefined, children: it.runs.map(run) });
    if (it.kv) return new Paragraph({ children: [new TextRun({ text: `${it.kv[0]} `, bold: true }), new TextRun(it.kv[1])] });
    if (it.table) {
      return new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
        rows: it.table.map((row, i) => new TableRow({ children: row.map((c) => new TableCell({ children: String(c).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: i === 0 && it.headerRow !== false })] })) })) })) });
    }
    throw new Error(`docx item ${JSON.stringify(it)}`);
  };
  const doc = new Document({
    creator: spec.creator ?? 'Ärendehantering', lastModifiedBy: spec.lastModifiedBy ?? spec.creator ?? 'Ärendehantering', title: spec.title ?? '', description: spec.description ?? '',
    sections: [{
      headers: spec.header ? { default: new Header({ children: spec.header.map(item) }) } : undefined,
      footers: spec.footer ? { default: new Footer({ children: spec.footer.map(item) }) } : undefined,
      children: spec.body.map(item),
    }],
  });
  return reZip(await Packer.toBuffer(doc));
}
/** Greedy word wrap that never breaks inside a protected value (recorded truth / near-miss of the file). */
function wrap(text, max, protect) {
  if (text.length <= max) return [text];
  const noBreak = new Uint8Array(text.length);
  for (const v of protect) {
    if (!v.includes(' ')) continue;
    for (let i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + 1)) noBreak.fill(1, i, i + v.length);
  }
  const lines = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    for (let i = start + max; i > start; i--) if (text[i] === ' ' && !noBreak[i]) { cut = i; break; }
    if (cut < 0) { for (let i = start + max; i < text.length; i++) if (text[i] === ' ' && !noBreak[i]) { cut = i; break; } }
    if (cut < 0) break;
    lines.push(text.slice(start, cut));
    start = cut + 1;
  }
  lines.push(text.slice(start));
  return lines;
}
/** spec: { title, author, header: [lines], footer: [lines], blocks: [ string | {text,size,bold} | {kv:[[l,v]...]} | {gap} | {rule} ] } */
function buildPdf(f, spec) {
  const protect = [...TRUTH, ...NEAR].filter((x) => x.file === f.rel).map((x) => x.value);
  return new Promise((res, rej) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 60, right: 60 }, compress: true,
      info: { Title: spec.title ?? '', Author: spec.author ?? '', Subject: spec.subject ?? '', Creator: spec.creator ?? 'Ärendesystem', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.on('error', rej);
    const width = doc.page.width - 120;
    const decorate = () => {
      const keep = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('Helvetica').fontSize(8).fillColor('#444');
      let y = doc.page.height - 46;
      const foot = (spec.footer ?? []).flatMap((l) => wrap(l, 118, protect));
      y -= Math.max(0, foot.length - 2) * 10;
      for (const l of foot) { doc.text(l, 60, y, { width: width + 40, lineBreak: false }); y += 10; }
      if (spec.header) { doc.font('Helvetica-Bold').fontSize(9).text(spec.header[0], 60, 28, { width, lineBreak: false }); doc.font('Helvetica').fontSize(8); if (spec.header[1]) doc.text(spec.header[1], 60, 39, { width, lineBreak: false }); }
      doc.fillColor('#000');
      doc.page.margins.bottom = keep;
      doc.x = 60;
      doc.y = 70;
    };
    decorate();
    doc.on('pageAdded', decorate);
    const limit = () => doc.page.height - 96;
    const line = (text, { size = 10, bold = false, indent = 0 } = {}) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
      const max = Math.floor((bold ? 84 : 92) * (10 / size) * ((width - indent) / width));
      for (const l of wrap(text, max, protect)) {
        if (doc.y > limit()) doc.addPage();
        doc.text(l, 60 + indent, doc.y, { width: width - indent + 40, lineBreak: false });
      }
    };
    for (const b of spec.blocks) {
      if (typeof b === 'string') { if (b === '') doc.moveDown(0.6); else line(b); } else if (b.gap) doc.moveDown(b.gap);
      else if (b.rule) { doc.moveTo(60, doc.y + 2).lineTo(60 + width, doc.y + 2).strokeColor('#999').stroke(); doc.moveDown(0.5); } else if (b.kv) {
        for (const [k, v] of b.kv) {
          if (doc.y > limit()) doc.addPage();
          const y = doc.y;
          doc.font('Helvetica-Bold').fontSize(9.5).text(k, 60, y, { width: 165, lineBreak: false });
          const vs = wrap(v, 58, protect);
          vs.forEach((vl, n) => doc.font('Helvetica').fontSize(9.5).text(vl, 230, y + n * 12, { width: width - 130 + 40, lineBreak: false }));
          doc.y = y + 14 + (vs.length - 1) * 12;
        }
        doc.moveDown(0.4);
      } else line(b.text, b);
    }
    doc.end();
  });
}

// ───────────────────────────────────────────────────────────── self-check: decode every file as a reader would
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
function decodeTextBytes(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  try { return utf8Fatal.decode(buf); } catch { return iconv.decode(buf, 'windows-1252'); }
}
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü' };
const decodeEntities = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : NAMED[e] ?? m));
const htmlToText = (s) => decodeEntities(s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d)>/gi, '\n').replace(/<[^>]+>/g, ' '));
function jsonStrings(v, out) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => jsonStrings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); jsonStrings(x, out); }
  return out;
}
function decodeWords(s) {
  return s.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (m, cs, mode, data) => {
    const bytes = mode.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (x, hx) => String.fromCharCode(parseInt(hx, 16))), 'latin1');
    return iconv.decode(bytes, cs);
  });
}
const qpDecode = (s) => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (m, hx) => String.fromCharCode(parseInt(hx, 16))), 'latin1');
const escRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
async function mimeText(raw) {
  const cut = raw.search(/\r?\n\r?\n/);
  const headRaw = cut < 0 ? raw : raw.slice(0, cut);
  const body = cut < 0 ? '' : raw.slice(cut).replace(/^\r?\n\r?\n/, '');
  const head = headRaw.replace(/\r?\n[ \t]+/g, ' ');
  const hd = {};
  for (const l of head.split(/\r?\n/)) { const m = /^([\w-]+):\s*(.*)$/.exec(l); if (m) hd[m[1].toLowerCase()] = m[2]; }
  let out = `${decodeWords(head)}\n`;
  const ct = hd['content-type'] ?? 'text/plain';
  const cte = (hd['content-transfer-encoding'] ?? '7bit').trim().toLowerCase();
  const bm = /boundary="?([^";]+)"?/i.exec(ct);
  if (/^multipart\//i.test(ct) && bm) {
    for (const part of body.split(new RegExp(`(?:^|\\r?\\n)--${escRe(bm[1])}(?:--)?[ \\t]*(?:\\r?\\n|$)`))) if (part.trim()) out += `${await mimeText(part)}\n`;
    return out;
  }
  if (/^message\/rfc822/i.test(ct)) return out + (await mimeText(body));
  const bytes = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : cte === 'quoted-printable' ? qpDecode(body) : Buffer.from(body, 'latin1');
  const fname = /name="([^"]+)"/i.exec(`${ct} ${hd['content-disposition'] ?? ''}`)?.[1];
  if (fname && /\.(pdf|docx|zip|eml|json|ndjson|csv|txt|html|xml|log)$/i.test(fname)) return out + (await extractText(fname, bytes));
  if (/^text\//i.test(ct) || !hd['content-type']) {
    const cs = /charset="?([^";\s]+)"?/i.exec(ct)?.[1] ?? 'utf-8';
    const text = iconv.decode(bytes, iconv.encodingExists(cs) ? cs : 'utf-8');
    out += /html/i.test(ct) ? `${text}\n${htmlToText(text)}` : text;
  }
  return out;
}
function pdfText(buf) {
  const s = buf.toString('latin1');
  let out = '';
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    let data = Buffer.from(s.slice(start, end), 'latin1');
    try { data = inflateSync(data); } catch { /* uncompressed */ }
    const c = data.toString('latin1');
    for (const bt of c.split(/\bBT\b/).slice(1)) {
      const part = bt.split(/\bET\b/)[0];
      let line = '';
      const tok = /\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj/g;
      let t;
      const lit = (x) => x.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (mm, e) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' }[e] ?? String.fromCharCode(parseInt(e, 8))));
      while ((t = tok.exec(part))) {
        if (t[1] !== undefined) {
          const piece = /<([0-9A-Fa-f]*)>|\(((?:[^)\\]|\\.)*)\)/g;
          let q;
          while ((q = piece.exec(t[1]))) line += q[1] !== undefined ? iconv.decode(Buffer.from(q[1], 'hex'), 'windows-1252') : iconv.decode(Buffer.from(lit(q[2]), 'latin1'), 'windows-1252');
        } else if (t[2] !== undefined) line += iconv.decode(Buffer.from(t[2], 'hex'), 'windows-1252');
        else line += iconv.decode(Buffer.from(lit(t[3]), 'latin1'), 'windows-1252');
      }
      out += `${line}\n`;
    }
    re.lastIndex = end;
  }
  return out;
}
async function extractText(name, buf) {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (ext === '.zip') {
    const z = await JSZip.loadAsync(buf);
    let out = '';
    const names = [];
    z.forEach((p, file) => { if (!file.dir) names.push(p); });
    for (const n of names) out += `\n### ${n}\n${await extractText(n, await z.file(n).async('nodebuffer'))}`;
    return out;
  }
  if (ext === '.docx') {
    const z = await JSZip.loadAsync(buf);
    let out = '';
    const names = [];
    z.forEach((p) => { if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(p)) names.push(p); });
    for (const n of names) {
      const xml = await z.file(n).async('string');
      for (const para of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
        let line = '';
        for (const t of para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) line += t[1] !== undefined ? decodeEntities(t[1]) : t[0] === '<w:tab/>' ? '\t' : '\n';
        out += `${line}\n`;
      }
    }
    return out;
  }
  if (ext === '.pdf') return pdfText(buf);
  if (ext === '.eml') return mimeText(buf.toString('latin1'));
  if (ext === '.mbox') {
    let out = '';
    for (const msg of buf.toString('latin1').split(/\n(?=From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n)/)) {
      out += `${await mimeText(msg.slice(msg.indexOf('\n') + 1).replace(/^>(>*From )/gm, '$1'))}\n`;
    }
    return out;
  }
  const text = decodeTextBytes(buf);
  if (ext === '.json') return `${text}\n${jsonStrings(JSON.parse(text), []).join('\n')}`;
  if (ext === '.ndjson') return `${text}\n${text.split('\n').filter((l) => l.trim()).map((l) => jsonStrings(JSON.parse(l), []).join('\n')).join('\n')}`;
  if (ext === '.html' || ext === '.htm' || ext === '.xml') return `${text}\n${htmlToText(text)}`;
  return text;
}

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
async function selfCheck() {
  const texts = new Map();
  for (const [rel, buf] of FILES) texts.set(rel, await extractText(rel, buf));
  const errors = [];
  for (const x of [...TRUTH, ...NEAR]) {
    const txt = texts.get(x.file);
    if (txt === undefined) errors.push(`${x.file}: no such output file`);
    else if (!txt.includes(x.value)) errors.push(`${x.file}: ${x.category ?? `nearMiss/${x.kind}`} ${JSON.stringify(x.value)} does not occur in the decoded text`);
  }
  const lab = new Map();
  const get = (file) => lab.get(file) ?? lab.set(file, { email: new Set(), pnr: new Set(), ip: new Set(), near: [] }).get(file);
  for (const x of TRUTH) {
    const e = get(x.file);
    if (x.category === 'email') e.email.add(x.value.toLowerCase());
    if (x.category === 'personnummer') e.pnr.add(x.value.replace(/\D/g, '').slice(-10));
    if (x.category === 'ip') e.ip.add(x.value);
  }
  for (const x of NEAR) get(x.file).near.push(x.value.toLowerCase());
  for (const [rel, txt] of texts) {
    const e = get(rel);
    const nearHas = (v) => e.near.some((n) => n.includes(v.toLowerCase()));
    const seen = new Set();
    const err = (msg) => { if (!seen.has(msg)) { seen.add(msg); errors.push(`${rel}: ${msg}`); } };
    for (const m of txt.matchAll(EMAIL_RE)) if (!e.email.has(m[0].toLowerCase()) && !nearHas(m[0])) err(`unlabelled e-mail ${m[0]}`);
    for (const m of txt.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/g)) {
      if (m.slice(1, 5).some((o) => Number(o) > 255)) continue;
      if (!e.ip.has(m[0]) && !nearHas(m[0])) err(`unlabelled IPv4 ${m[0]}`);
    }
    for (const m of txt.matchAll(/(?<!\d)(\d{6}|\d{8})([-+ ]?)(\d{4})(?!\d)/g)) {
      const d = m[1] + m[3];
      if (isValidPnrDigits(d) && !e.pnr.has(d.slice(-10)) && !nearHas(m[0])) err(`unlabelled valid personnummer ${m[0]}`);
    }
  }
  return errors;
}

// ───────────────────────────────────────────────────────────── organisations (fixed, shared across files)
function orgPhone(r, ac, len, round) {
  for (;;) {
    const sub = round ? r.digits(len - 2, '2345678') + '00' : r.digits(len, '2345678');
    const e164 = `+46${ac}${sub}`;
    if (USED.phone.has(e164) || !validPhone(e164) || isValidPnrDigits(`0${ac}${sub}`)) continue;
    USED.phone.add(e164);
    return { cc: '46', ac, sub, kind: ['771', '20', '10', '770'].includes(ac) ? 'service' : 'landline', e164 };
  }
}
function makeOrg(key, o) {
  const r = new Rng(`org:${key}`);
  const org = { key, ...o };
  org.vx = orgPhone(r, o.ac, o.len, true);
  if (o.serviceAc) org.service = orgPhone(r, o.serviceAc, o.serviceLen, false);
  org.orgnr = orgNr(r, o.orgPrefix ?? '55');
  org.bg = bankgiro(r);
  org.staff = [];
  for (let i = 0; i < (o.nStaff ?? 10); i++) {
    const s = person(r, { domain: o.domain, minAge: 22, town: o.town });
    s.title = r.pick(o.titles);
    s.direct = orgPhone(r, o.ac, o.len, false);
    s.user = `${slug(s.given).slice(0, 3)}${slug(s.family).replace(/-/g, '').slice(0, 3)}${r.int(1, 9)}`;
    org.staff.push(s);
  }
  return org;
}
const ORG = {
  kommun: makeOrg('kommun', { name: 'Norrbacka kommun', domain: 'norrbacka.se', ac: '570', len: 5, orgPrefix: '212000', town: ['Norrbacka', '712'], address: 'Stadshuset, Storgatan 14, 712 80 Norrbacka',
    titles: ['Handläggare kontaktcenter', 'Kommunvägledare', 'Gatuingenjör', 'Registrator', 'Bygglovshandläggare', 'Enhetschef kontaktcenter', 'Parkeringshandläggare', 'Miljöinspektör', 'Nämndsekreterare'] }),
  forsakring: makeOrg('forsakring', { name: 'Ljungskär Försäkring AB', domain: 'ljungskar.se', ac: '8', len: 8, serviceAc: '771', serviceLen: 6, orgPrefix: '516', town: ['Stockholm', '113'], address: 'Sveavägen 44, 113 59 Stockholm',
    titles: ['Skadereglerare', 'Skadehandläggare Motor', 'Skadehandläggare Hem & Villa', 'Skadeutredare', 'Teamledare Skadeservice', 'Kundrådgivare'] }),
  bostad: makeOrg('bostad', { name: 'AB Ekbackenhem', domain: 'ekbackenhem.se', ac: '21', len: 6, orgPrefix: '556', town: ['Västerås', '722'], address: 'Ekbacksvägen 2, 722 14 Västerås',
    titles: ['Kundvärd', 'Bovärd', 'Uthyrare', 'Förvaltare', 'Fastighetstekniker', 'Kundtjänst'] }),
  gym: makeOrg('gym', { name: 'Kraftverket Träning Sverige AB', domain: 'kraftverkettraning.se', ac: '10', len: 7, orgPrefix: '559', town: ['Uppsala', '753'], address: 'Kungsgatan 61, 753 21 Uppsala',
    titles: ['Medlemsservice', 'Klubbchef', 'Personlig tränare', 'Receptionist', 'Customer Success Manager'], nStaff: 8 }),
  ehandel: makeOrg('ehandel', { name: 'Nordvik Hem & Fritid AB', domain: 'nordvikhem.se', ac: '33', len: 6, serviceAc: '771', serviceLen: 6, orgPrefix: '556', town: ['Borås', '504'], address: 'Lagergatan 9, 504 64 Borås',
    titles: ['Kundtjänstmedarbetare', 'Returhandläggare', 'Team Leader Customer Care', 'Lageransvarig'], nStaff: 8 }),
  tand: makeOrg('tand', { name: 'Tandvårdshuset Solgläntan AB', domain: 'solglantan-tand.se', ac: '31', len: 7, orgPrefix: '556', town: ['Göteborg', '412'], address: 'Solgläntan 3, 412 63 Göteborg',
    titles: ['Receptionist', 'Tandläkare', 'Tandhygienist', 'Klinikchef'], nStaff: 6 }),
  vet: makeOrg('vet', { name: 'Djurkliniken Fyrfota AB', domain: 'fyrfota.se', ac: '18', len: 6, orgPrefix: '559', town: ['Uppsala', '753'], address: 'Boländerna, Fyrislundsgatan 70, 754 50 Uppsala',
    titles: ['Djursjukskötare', 'Veterinär', 'Receptionist', 'Klinikchef'], nStaff: 6 }),
  telekom: makeOrg('telekom', { name: 'Telenära Mobil AB', domain: 'telenara.se', ac: '8', len: 8, serviceAc: '20', serviceLen: 6, orgPrefix: '556', town: ['Stockholm', '113'], address: 'Box 1142, 164 22 Kista',
    titles: ['Porteringshandläggare', 'Kundtjänst', 'Företagssupport', 'Nätdrift', 'Backoffice'] }),
  energi: makeOrg('energi', { name: 'Älvkraft Energi AB', domain: 'alvkraft.se', ac: '60', len: 6, serviceAc: '771', serviceLen: 6, orgPrefix: '556', town: ['Sundsvall', '852'], address: 'Kyrkogatan 21, 852 32 Sundsvall',
    titles: ['Kundservice', 'Flytthandläggare', 'Mätansvarig', 'Kundrådgivare Energi'], nStaff: 8 }),
};
const roleAddr = (org, local) => `${local}@${org.domain}`;

// ───────────────────────────────────────────────────────────── shared prose helpers
function privSign(f, r, p, { enc, lang = 'sv', phone = true } = {}) {
  const style = r.int(0, 6);
  const en = lang === 'en';
  switch (style) {
    case 0: return [en ? 'Regards' : 'Mvh', f.pName(p, 'plain', enc)];
    case 1: return [en ? 'Best regards' : 'Med vänlig hälsning', f.pName(p, 'plain', enc), ...(phone ? [`${en ? 'Phone' : 'Tel'} ${f.pPhone(p)}`] : [])];
    case 2: return [`${en ? 'Thanks' : 'Mvh'} ${f.first(p, enc)}`];
    case 3: return [`/${f.first(p, enc)}`];
    case 4: return [en ? 'Kind regards,' : 'Vänliga hälsningar', f.pName(p, 'short', enc), f.pPhone(p, 'space')];
    case 5: return [en ? 'Cheers' : 'Hälsningar', f.pName(p, 'plain', enc), '', en ? 'Sent from my iPhone' : 'Skickat från min iPhone'];
    default: return [en ? 'Thank you,' : 'Tack på förhand!', '', f.pName(p, 'plain', enc), f.pEmail(p), ...(phone ? [f.pPhone(p, r.pick(PHONE_STYLES_ALL.filter((x) => x !== 'odd')))] : [])];
  }
}
const DISCLAIMER = {
  kommun: 'När du skickar e-post till Norrbacka kommun blir ditt meddelande en allmän handling som kan komma att lämnas ut enligt offentlighetsprincipen. Läs mer om hur vi behandlar personuppgifter på www.norrbacka.se/personuppgifter.',
  sv: 'Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information. Om du inte är avsedd mottagare ber vi dig meddela avsändaren och radera meddelandet. Information om hur vi behandlar dina personuppgifter finns på vår webbplats.',
  en: 'This e-mail and any attachments may contain confidential information. If you have received it in error, please notify the sender and delete it. Information about how we process personal data is available on our website.',
};
function staffSig(f, r, s, org, { enc, lang = 'sv', disclaimer = true, compact = false } = {}) {
  const L = [lang === 'en' ? r.pick(['Kind regards', 'Best regards']) : r.pick(['Med vänlig hälsning', 'Vänliga hälsningar', 'Hälsningar', 'Mvh'])];
  L.push(f.pName(s, 'plain', enc));
  if (compact) { L.push(`${s.title}, ${org.name}`); return L; }
  L.push(s.title, org.name, '');
  const tel = [];
  if (r.chance(0.8)) tel.push(`${lang === 'en' ? 'Switchboard' : 'Växel'}: ${f.ph(org.vx, r.pick(['dash', 'space', 'intlsp']))}`);
  if (s.direct && r.chance(0.6)) tel.push(`${lang === 'en' ? 'Direct' : 'Direkt'}: ${f.ph(s.direct, r.pick(['dash', 'space', 'intl0', 'paren', 'slash']))}`);
  if (r.chance(0.5)) tel.push(`${lang === 'en' ? 'Mobile' : 'Mobil'}: ${f.pPhone(s, r.pick(['dash', 'space', 'intl0', 'intlsp', '0046']))}`);
  if (tel.length) L.push(r.chance(0.5) ? tel.join(' | ') : tel.join('\n'));
  L.push(`${lang === 'en' ? 'E-mail' : 'E-post'}: ${f.pEmail(s)}`, `www.${org.domain}`, org.address);
  if (disclaimer) L.push('', org.key === 'kommun' ? DISCLAIMER.kommun : DISCLAIMER[lang]);
  return L;
}
const addrOf = (f, p, { style = 'plain', enc, variant = 'asis' } = {}) => ({ name: f.pName(p, style, enc), addr: f.pEmail(p, variant) });
const roleOf = (f, org, local, name) => ({ name, addr: f.role(roleAddr(org, local)) });
function outlookQuoteSv(f, { fromStr, sent, toStr, subject, lines, cc }) {
  return ['', '-----Ursprungligt meddelande-----', `Från: ${fromStr}`, `Skickat: ${sent.svLong()}`, `Till: ${toStr}`, ...(cc ? [`Kopia: ${cc}`] : []), `Ämne: ${subject}`, '', ...lines];
}
function outlookQuoteNew({ fromStr, sent, toStr, subject, lines }) {
  return ['', '________________________________', `Från: ${fromStr}`, `Skickat: ${DAYS_SV[sent.wd]} ${sent.sv()} ${sent.hm()}`, `Till: ${toStr}`, `Ämne: ${subject}`, '', ...lines];
}
function outlookQuoteEn({ fromStr, sent, toStr, subject, lines }) {
  const dn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][sent.wd];
  const mn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][sent.mo - 1];
  return ['', '-----Original Message-----', `From: ${fromStr}`, `Sent: ${dn}, ${mn} ${sent.day}, ${sent.y} ${sent.h % 12 || 12}:${p2(sent.mi)} ${sent.h < 12 ? 'AM' : 'PM'}`, `To: ${toStr}`, `Subject: ${subject}`, '', ...lines];
}
const gmailQuote = (who, sent, lines) => ['', `Den ${sent.gmailSv()} skrev ${who}:`, ...lines.map((l) => (l ? `> ${l}` : '>'))];
const fmtAddr = (a) => (a.name ? `${a.name} <${a.addr}>` : a.addr);

// ═════════════════════════════════════════════════════════════ kommun/ — Norrbacka kommun kontaktcenter
const PSTYLE = PHONE_STYLES_ALL.filter((x) => x !== 'odd');
const KC_CATS = ['Avfall och återvinning', 'Gata och trafik', 'Park och natur', 'Bygglov', 'Förskola och skola', 'Parkering', 'Buller och störningar', 'Vatten och avlopp', 'Kultur och fritid', 'Bibliotek', 'Övrigt'];
const PROPERTY = ['Eken', 'Lönnen', 'Hägern', 'Tranan', 'Skatan', 'Mården', 'Bävern', 'Kvarnen', 'Smedjan', 'Stinsen'];
function kommunNote(f, r, p, cat, enc, at) {
  const K = ORG.kommun;
  const L = [];
  const t = randTime(r, at.add(-20000), at);
  const st = () => r.chance(0.35) ? f.street(r.pick(STREETS_PERSON)) : r.pick(STREETS_PLAIN);
  const staff = () => r.pick(K.staff);
  switch (cat) {
    case 'Avfall och återvinning':
      L.push(r.one(`Kärlet för matavfall har inte tömts sedan ${t.svDay()}.`, () => `Grovsopor står kvar vid miljöhuset på ${st()} sedan förra veckan.`,
        'Vill byta till 190-liters kärl. Informerad om att det kostar 45 kr per tömning enligt taxan.', 'Frågar om hämtning av trädgårdsavfall, inga kärl har delats ut i området.'));
      if (r.chance(0.4)) { const n = person(r); L.push(`Grannen ${f.pName(n, 'plain', enc)} har samma problem, nås på ${f.pPhone(n, r.pick(PSTYLE))}.`); }
      if (r.chance(0.3)) L.push('Återkoppling önskas via sms.');
      break;
    case 'Gata och trafik':
      L.push(r.one(() => `Potthål på ${st()} i höjd med nr ${r.int(2, 80)}. En cyklist höll på att köra omkull.`, () => `Trafiksignalen vid korsningen ${st()}/${st()} är ur funktion sedan i morse.`,
        () => `Önskar farthinder på ${st()}, bilarna kör fort förbi förskolan.`, () => `Halt på gångbanan utanför ${st()} ${r.int(1, 40)}, ingen sandning gjord.`));
      if (r.chance(0.3)) { const s = staff(); L.push(`Vidarebefordrat till gatuingenjör ${f.pName(s, 'plain', enc)}.`); }
      break;
    case 'Park och natur':
      L.push(r.pick(['Nedfallet träd över gångvägen i Ekbackaparken.', 'Gungan på lekplatsen vid Lärkstigen är trasig, kedjan har gått av.', 'Frågar om tillstånd att plocka svamp i kommunens naturreservat - inga tillstånd behövs.']));
      break;
    case 'Bygglov': {
      const prop = `${r.pick(PROPERTY)} ${r.int(1, 12)}:${r.int(1, 40)}`;
      L.push(`Frågar om bygglov krävs för attefallshus 25 kvm på fastigheten Norrbacka ${f.nm('property-id', prop)}.`);
      const s = staff();
      L.push(`Hänvisad till bygglovshandläggare ${f.pName(s, r.pick(['plain', 'plain', 'comma']), enc)}, direkt ${f.ph(s.direct, r.pick(['dash', 'space']))}.`);
      break;
    }
    case 'Förskola och skola': {
      const c = person(r, { child: true, origin: p.origin });
      c.family = p.family;
      L.push(`Vårdnadshavare ringer angående skolplacering för ${f.pName(c, 'plain', enc)} (${f.pPnr(c, r.pick(['12dash', '12plain', '10dash']))}), åk ${r.int(1, 9)}.`);
      L.push(r.pick(['Vill byta skola till Ekbackaskolan från januari.', 'Skolskjuts har inte dykt upp två dagar i rad.', 'Frågar om modersmålsundervisning.']));
      break;
    }
    case 'Parkering': {
      const fine = safeDigits(r, 10);
      L.push(`Bestrider kontrollavgift nr ${f.nm('fine-number', fine)} för fordon ${f.nm('regnr', regnr(r))}.`);
      L.push(`Menar att skylten på ${st()} är otydlig. Beslut om avskrivning ej fattat.`);
      break;
    }
    case 'Buller och störningar':
      L.push(`Klagar på buller från byggarbetsplatsen (${f.nm('company', r.pick(COMPANIES_PERSON))}) före kl 07.00.`);
      if (r.chance(0.6)) { const n = person(r); L.push(`Även ${f.pName(n, r.pick(['plain', 'short']), enc)} i samma trappuppgång har klagat.`); }
      break;
    case 'Vatten och avlopp':
      L.push(r.one(() => `Ingen vattenleverans sedan kl 05.40 på ${st()}.`, () => `Fakturafråga VA, kundnummer ${f.nm('customer-number', safeDigits(r, 8))}, faktura-OCR ${f.nm('ocr', ocrNr(r, 12))}.`, 'Bräddning vid pumpstation Kvarnen, luktar illa.'));
      if (r.chance(0.35)) { const s = staff(); L.push(`Jourhavande ${f.pName(s, 'plain', enc)} informerad kl ${p2(r.int(0, 23))}.${p2(r.int(0, 59))}.`); }
      break;
    case 'Kultur och fritid': {
      const n = person(r);
      L.push(`Föreningen Norrbacka IK vill boka idrottshallen lördagar. Kontaktperson ${f.pName(n, 'plain', enc)}, ${f.pPhone(n, r.pick(PSTYLE))}, ${f.pEmail(n)}.`);
      break;
    }
    case 'Bibliotek':
      L.push(r.one(() => `Vill förlänga lån. Lånekort ${f.nm('library-card', `2960${safeDigits(r, 9)}`)}.`, 'Inga förseningsavgifter tas ut för barnböcker, informerat.', 'Frågar om e-böcker och appen.'));
      break;
    default:
      L.push(r.pick(['Undrar över öppettider för återvinningscentralen.', 'Caller speaks English, asks how to register a change of address. Referred to Skatteverket.',
        'Vill tala med kommunalråd, lämnat meddelande.', 'Frågar om fiberutbyggnad i byn, hänvisad till stadsnätet.']));
  }
  if (r.chance(0.15)) L.push(`Tidigare ärende ${f.nm('case-number', `KC-2024-${r.digits(5, '123456789')}`)}.`);
  if (r.chance(0.04)) L.push(`Uppgivet personnummer ${f.nm('invalid-checksum', badChecksumPnr(r, p))} stämmer inte mot folkbokföringen, kontrollera vid nästa kontakt.`);
  if (r.chance(0.03)) L.push(`Personen saknar svenskt personnummer, född ${f.nm('birthdate', `${p.birth.y}-${p2(p.birth.m)}-${p2(p.birth.d)}`)}.`);
  return L.join('\n');
}

async function buildKommun() {
  const K = ORG.kommun;
  // 1. kontaktcenter ärenden — ; cp1252 CRLF, multi-line notes, Efternamn-first columns
  for (const [month, rows] of [['09', 150], ['10', 130]]) {
    const f = new Ctx(`kommun/kontaktcenter_arenden_2024-${month}.csv`);
    const r = f.r;
    const E = 'windows-1252';
    const out = [['Ärende-ID', 'Registrerat', 'Kanal', 'Kategori', 'Namn', 'Personnummer', 'Telefon', 'E-post', 'Adress', 'Beskrivning', 'Handläggare', 'Status', 'Senast ändrad']];
    const pool = [];
    const times = sortT(Array.from({ length: rows }, () => randTime(r, T.of(2024, Number(month), 1), T.of(2024, Number(month), 30))));
    for (let i = 0; i < rows; i++) {
      const t = times[i];
      const p = pool.length > 5 && r.chance(0.12) ? r.pick(pool) : person(r, { town: r.chance(0.75) ? NORRBACKA : undefined });
      pool.push(p);
      const anon = r.chance(0.07);
      const cat = r.pick(KC_CATS);
      const kanal = r.weighted([['Telefon', 5], ['E-post', 3], ['E-tjänst', 2], ['Besök', 1], ['Chatt', 1]]);
      const s = r.pick(K.staff);
      out.push([
        `KC-2024-${String(10000 + Number(month) * 1000 + i).padStart(5, '0')}`, t.iso(), kanal, cat,
        anon ? 'Anonym' : f.pName(p, r.pick(['plain', 'plain', 'reversedCaps', 'comma', 'caps', 'reversed']), E),
        !anon && r.chance(0.55) ? f.pPnr(p, r.pick(['10dash', '12dash', '12plain', '10plain', '12dash', '10dash'])) : '',
        !anon && r.chance(0.85) ? f.pPhone(p, r.pick(PSTYLE)) : '',
        !anon && r.chance(0.45) ? f.pEmail(p, r.chance(0.06) ? 'upper' : 'asis') : '',
        !anon && r.chance(0.6) ? f.addr(p, E) : '',
        kommunNote(f, r, p, cat, E, t),
        r.chance(0.75) ? f.pName(s, 'plain', E) : f.nm('username', s.user),
        r.pick(['Avslutat', 'Avslutat', 'Pågår', 'Vidarebefordrat', 'Väntar på svar']),
        t.add(r.int(10, 9000)).dmy(),
      ]);
    }
    put(f.rel, encodeStrict(csv(out, { delim: ';', eol: '\r\n' }), E));
  }

  // 2. e-tjänst ansökningar — , UTF-8, all quoted, English keys
  {
    const f = new Ctx('kommun/e-tjanst_ansokningar.csv');
    const r = f.r;
    const forms = ['Ansökan om grävtillstånd', 'Anmälan om installation av värmepump', 'Ansökan om skolskjuts', 'Ansökan om nyttoparkeringstillstånd', 'Beställning av hämtning av grovavfall', 'Ansökan om borgerlig vigsel'];
    const out = [['caseId', 'formName', 'submittedAt', 'applicant.name', 'applicant.ssn', 'applicant.phone', 'applicant.email', 'applicant.address', 'party2.name', 'party2.ssn', 'status', 'signedWith', 'clientIp', 'userAgent']];
    for (let i = 0; i < 95; i++) {
      const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 28), { work: false });
      const form = r.pick(forms);
      const p = person(r);
      let p2n = '';
      let p2s = '';
      if (form === 'Ansökan om skolskjuts' || form === 'Ansökan om borgerlig vigsel') {
        const q = form === 'Ansökan om skolskjuts' ? Object.assign(person(r, { child: true, origin: p.origin }), { family: p.family }) : person(r);
        p2n = f.pName(q, 'plain');
        p2s = f.pPnr(q, '12dash');
      }
      const ip = r.chance(0.12) ? f.ip6(ip6(r, r.pick(['full', 'short']))) : f.ip4(ip4(r));
      out.push([`ET-${t.y}-${r.digits(6, '123456789')}`, form, t.isoZ(), f.pName(p, 'plain'), f.pPnr(p, '12plain'), f.pPhone(p, r.pick(['intl', 'plain', 'dash'])),
        r.chance(0.9) ? f.pEmail(p) : '', f.addr(p), p2n, p2s, r.pick(['submitted', 'in_review', 'approved', 'rejected', 'approved']), r.pick(['BankID', 'BankID', 'Mobilt BankID', 'Freja eID+']), ip,
        f.ua()]);
    }
    put(f.rel, csv(out, { delim: ',', eol: '\n', quoteAll: true }));
  }

  // 3. felanmälan gata/park — nested JSON API dump with HTML and nulls
  {
    const f = new Ctx('kommun/felanmalan_gata_park.json');
    const r = f.r;
    const cats = [[12, 'Gatubelysning'], [14, 'Potthål/vägskada'], [21, 'Lekplats'], [22, 'Nedskräpning'], [31, 'Klotter'], [40, 'Träd och grönytor'], [51, 'Snöröjning/halka']];
    const cases = [];
    for (let i = 0; i < 75; i++) {
      const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 29), { work: false });
      const [cid, cname] = r.pick(cats);
      const anon = r.chance(0.2);
      const p = person(r, { town: ['Norrbacka', '712'] });
      const street = r.chance(0.3) ? f.street(r.pick(STREETS_PERSON)) : r.pick(STREETS_PLAIN);
      const sign = anon ? '' : r.one(() => `<br>Mvh ${f.first(p)}`, () => `<br><br>Mvh<br>${f.pName(p)}`, () => `<br>/${f.first(p)}`, '', () => `<br>${f.pName(p, 'short')}, ${f.pPhone(p, 'space')}`);
      const desc = r.pick([`<p>Lampan vid busshållplatsen på ${street} är trasig sedan i fredags.</p>`, `<p>Stort hål i asfalten, ca 40 cm. Ligger precis i cykelbanan vid ${street}.</p>`,
        `<p>Klotter på elskåpet &amp; på bullerplanket. Har foto.</p>`, `<p>Soptunnan vid badplatsen är full och det blåser ut skräp.</p><p>Inga fler tunnor finns i närheten.</p>`,
        `<p>Det är <b>väldigt halt</b> på gångbron, ingen sand.</p>`, '<p>Gren hänger löst över gångvägen efter stormen.</p>']) + (sign ? `<p>${sign.replace(/^<br>/, '')}</p>` : '');
      const log = [{ at: t.add(r.int(5, 300)).isoZ(), by: 'system', text: 'Ärendet registrerat', visibleToReporter: false }];
      const s = r.pick(K.staff);
      if (r.chance(0.8)) log.push({ at: t.add(r.int(400, 3000)).isoZ(), by: r.chance(0.7) ? f.pName(s) : f.nm('username', s.user), text: r.one(() => `Skickat till entreprenör ${f.nm('company', r.pick(COMPANIES_PERSON))}`, 'Åtgärdat', 'Besiktigat på plats, åtgärd planeras v. 44', 'Kontaktat anmälaren per telefon'), visibleToReporter: r.chance(0.5) });
      if (!anon && r.chance(0.2)) log.push({ at: t.add(r.int(3000, 9000)).isoZ(), by: f.pName(p), text: `Svar från anmälaren: ${r.one('Tack för snabb hantering!', 'Det är fortfarande inte åtgärdat.', () => `Ring mig gärna på ${f.pPhone(p, 'dash')}`)}`, visibleToReporter: true });
      cases.push({
        caseNumber: `FA-24-${p3(i + 1)}${r.digits(3)}`, created: t.isoZ(), updated: t.add(r.int(60, 20000)).isoZ(), status: r.pick(['closed', 'closed', 'in_progress', 'new']),
        category: { id: cid, name: cname }, position: { lat: Number((59.5 + r.float() * 0.2).toFixed(6)), lng: Number((13.3 + r.float() * 0.3).toFixed(6)), address: `${street} ${r.int(1, 60)}`, municipality: 'Norrbacka' },
        reporter: anon ? null : { name: f.pName(p, r.pick(['plain', 'plain', 'lower', 'caps'])), phone: r.chance(0.8) ? f.pPhone(p, r.pick(['intl', 'dash', 'plain', 'space'])) : null, email: r.chance(0.7) ? f.pEmail(p, r.chance(0.1) ? 'plus' : 'asis') : null, wantsFeedback: r.chance(0.6) },
        descriptionHtml: desc,
        photos: r.chance(0.5) ? [{ file: `IMG_${t.compact()}_${p2(t.h)}${p2(t.mi)}${p2(t.s)}.jpg`, sizeBytes: r.int(800000, 4200000) }] : [],
        assignedTo: r.chance(0.7) ? { id: r.int(100, 999), displayName: f.pName(s, 'comma'), email: f.pEmail(s) } : null,
        log, externalRef: null,
      });
    }
    put(f.rel, JSON.stringify({ export: { system: 'Felanmälan Norrbacka', apiVersion: '3.2', generated: '2024-12-02T07:00:04Z', count: cases.length, nextPage: null }, cases }, null, 2));
  }

  // 4. e-tjänst login audit log — BankID subjects, client IPs, private proxies, staff SAML logins
  {
    const f = new Ctx('kommun/e-tjanst_inloggningar.log');
    const r = f.r;
    const users = Array.from({ length: 140 }, () => ({ p: person(r), ip: r.chance(0.15) ? ip6(r, r.pick(['full', 'short', 'padded'])) : ip4(r) }));
    const services = ['Grävtillstånd', 'Bygglov', 'Skolskjuts', 'Mina sidor', 'Matavfall abonnemang', 'Parkeringstillstånd', 'Borgerlig vigsel'];
    let t = T.of(2024, 10, 1, 0, 0, 12);
    const L = [];
    const proxies = ['10.20.1.11', '10.20.1.12'];
    proxies.forEach((x) => f.privIp(x));
    f.privIp('127.0.0.1');
    f.privIp('0.0.0.0');
    f.nm('version', '4.12.3.1');
    L.push(`${t.isoMs()} INFO  app.start         eTjanstPortal version=4.12.3.1 node=etj-app02 listen=0.0.0.0:8443`);
    for (let i = 0; i < 1000; i++) {
      t = t.add(r.float() * 30);
      const req = r.hex(8);
      const x = r.float();
      if (x < 0.08) { L.push(`${t.isoMs()} DEBUG health            GET /healthz 200 2ms from 127.0.0.1`); continue; }
      if (x < 0.12) {
        const s = r.pick(ORG.kommun.staff);
        const pip = `10.12.${r.int(1, 9)}.${r.int(10, 250)}`;
        f.privIp(pip);
        L.push(`${t.isoMs()} INFO  admin.login       [req=${req}] user=${f.pEmail(s)} method=SAML2 idp=adfs.norrbacka.se ip=${pip} result=ok`);
        continue;
      }
      const u = r.pick(users);
      const ipStr = u.ip.includes(':') ? f.ip6(u.ip) : f.ip4(u.ip);
      const proxy = r.pick(proxies);
      if (x < 0.2) { L.push(`${t.isoMs()} WARN  auth.bankid       [req=${req}] collect status=failed hintCode=${r.pick(['userCancel', 'expiredTransaction', 'startFailed'])} ip=${ipStr} via=${proxy}`); continue; }
      if (x < 0.55) {
        L.push(`${t.isoMs()} INFO  auth.bankid       [req=${req}] collect status=complete subject=${f.pPnr(u.p, '12plain')} name="${f.pName(u.p)}" givenName="${f.first(u.p)}" surname="${f.fam(u.p)}" ip=${ipStr} ua="${f.ua()}"`);
        continue;
      }
      if (x < 0.8) { L.push(`${t.isoMs()} INFO  session.start     [req=${req}] sid=${r.hex(24)} subject=${f.pPnr(u.p, '12plain')} service="${r.pick(services)}" ip=${ipStr}`); continue; }
      if (x < 0.95) { L.push(`${t.isoMs()} INFO  http              [req=${req}] ${r.pick(['GET', 'POST', 'GET'])} ${r.pick(['/mina-sidor/arenden', '/e-tjanst/gravtillstand/steg/2', '/api/v1/upload', '/mina-sidor/profil'])} ${r.pick([200, 200, 302, 404])} ${r.int(3, 900)}ms xff="${ipStr}, ${proxy}"`); continue; }
      L.push(`${t.isoMs()} INFO  profile.update    [req=${req}] subject=${f.pPnr(u.p, '12plain')} changed=[email,phone] email=${f.pEmail(u.p)} phone=${f.pPhone(u.p, 'intl')} ip=${ipStr}`);
    }
    put(f.rel, `${L.join('\n')}\n`);
  }

  // 5. registrator mailbox + single synpunkt e-mails
  {
    const f = new Ctx('kommun/registrator.mbox');
    const r = f.r;
    const msgs = [];
    for (let i = 0; i < 20; i++) msgs.push(kommunMail(f, r, i));
    put(f.rel, mbox(msgs.sort((a, b) => a.date.ms - b.date.ms)));
  }
  for (let i = 0; i < 4; i++) {
    const f = new Ctx(`kommun/synpunkt_${['2024-09-12', '2024-10-03', '2024-10-21', '2024-11-14'][i]}_${i + 1}.eml`);
    put(f.rel, Buffer.from(kommunFormMail(f, f.r, i).raw, 'latin1'));
  }

  // 6. decisions (PDF)
  for (const [i, kind] of ['boendeparkering', 'gravtillstand', 'nedskrapning'].entries()) {
    const f = new Ctx(`kommun/beslut_${kind}_KS-2024-${['0412', '0977', '1204'][i]}.pdf`);
    put(f.rel, await kommunDecisionPdf(f, f.r, kind, i));
  }

  // 7. protocol (DOCX)
  {
    const f = new Ctx('kommun/protokoll_medborgardialog_2024-10-15.docx');
    put(f.rel, await kommunProtocol(f, f.r));
  }

  // 8. call transcripts
  for (let i = 0; i < 3; i++) {
    const f = new Ctx(`kommun/samtal_kontaktcenter_${['20240917_0912', '20241008_1344', '20241119_1003'][i]}.txt`);
    put(f.rel, transcript(f, f.r, ORG.kommun, i));
  }

  // 9. e-archive delivery (XML)
  {
    const f = new Ctx('kommun/e-arkiv_leverans_KS-2024.xml');
    put(f.rel, kommunXml(f, f.r));
  }

  // 10. web-form receipts (HTML)
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`kommun/webbformular_kvitto_${i + 1}.html`);
    put(f.rel, kommunHtml(f, f.r, i));
  }
}

// ───────────────────────────────────────────────────────────── e-mail composition shared by all systems
const MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774.600.62)', 'Microsoft Outlook 16.0 for Mac', null, null];
/** o.from / o.to entries must already be recorded. Adds Received/X-Originating-IP (recorded) and a Message-ID (near-miss). */
function mkMsg(f, r, o) {
  const dom = o.from.addr.split('@')[1].toLowerCase();
  const external = o.external ?? !/norrbacka\.se|ljungskar\.se|ekbackenhem\.se|kraftverkettraning\.se|nordvikhem\.se|solglantan-tand\.se|fyrfota\.se|telenara\.se|alvkraft\.se/.test(dom);
  const id = f.nm('message-id', msgId(r, /gmail/.test(dom) ? 'mail.gmail.com' : /hotmail|outlook|live/.test(dom) ? `${r.pick(['AM0P190MB0412', 'DB9P195MB1233', 'VI1P18901MB0733'])}.EURP190.PROD.OUTLOOK.COM` : dom));
  const received = [];
  let xOrigIp;
  if (o.received !== false) {
    if (external && r.chance(0.65)) received.push({ from: `${r.pick(['mail', 'smtp', 'out', 'mx'])}${r.int(1, 9)}.${dom}`, ip: f.ip4(ip4(r)), by: o.mx ?? 'mx1.example-relay.se' });
    if (!external && r.chance(0.5)) { const ipx = privIp(r); f.privIp(ipx); received.push({ from: `EXCH${r.int(1, 4)}.${dom.split('.')[0]}.local`, ip: ipx, by: `EXCH${r.int(1, 4)}.${dom.split('.')[0]}.local` }); }
    if (/hotmail|outlook|live/.test(dom) && r.chance(0.7)) xOrigIp = f.ip4(ip4(r));
  }
  const raw = buildMessage({ mailer: r.pick(MAILERS), ...o, text: Array.isArray(o.text) ? o.text.join('\n') : o.text, messageId: id, received, xOrigIp }, r);
  return { raw, date: o.date, envFrom: o.from.addr, id };
}
const CHARSETS = [[{ charset: 'iso-8859-1', cte: 'quoted-printable', hdrCharset: 'iso-8859-1', hdrMode: 'Q' }, 4], [{ charset: 'utf-8', cte: 'base64', hdrCharset: 'utf-8', hdrMode: 'B' }, 3],
  [{ charset: 'utf-8', cte: 'quoted-printable', hdrCharset: 'utf-8', hdrMode: 'Q' }, 2], [{ charset: 'windows-1252', cte: '8bit', hdrCharset: 'utf-8', hdrMode: 'B' }, 1]];
const encOf = (cs) => (cs.charset === 'utf-8' ? undefined : cs.charset);

function kommunMail(f, r, i) {
  const K = ORG.kommun;
  const cs = r.weighted(CHARSETS);
  const E = encOf(cs);
  const p = person(r, { origin: i % 6 === 4 ? r.pick(['fi', 'pl', 'cl', 'vi', 'er']) : undefined });
  const t = randTime(r);
  const reg = roleOf(f, K, 'registrator', 'Registrator Norrbacka kommun');
  const dnrV = `KS 2024/${r.digits(4, '0123')}`;
  let dnrRec = false;
  const dnrOf = () => { if (!dnrRec) { f.nm('case-number', dnrV); dnrRec = true; } return dnrV; };
  const common = { ...cs, html: r.chance(0.35) ? (r.chance(0.5) ? 'entities' : true) : false };
  switch (i % 6) {
    case 0: {
      const from = addrOf(f, p, { style: r.pick(['plain', 'comma']), enc: cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset });
      const text = [r.pick(['Hej,', 'Hej!', 'Till registrator']), '', `Jag vill ta del av handlingarna i ärende ${dnrOf()} (detaljplan för kvarteret ${r.pick(PROPERTY)}), särskilt yttrandena från grannarna.`,
        'Skicka dem gärna per e-post till den här adressen, annars per post till:', '', f.pName(p, 'caps', E), fitEnc(p.street.toUpperCase(), E), `${p.postcode} ${p.town.toUpperCase()}`, '', ...privSign(f, r, p, { enc: E })];
      return mkMsg(f, r, { ...common, from, to: [reg], date: t, subject: `Begäran om allmän handling, ${dnrOf()}`, text });
    }
    case 1: {
      const from = addrOf(f, p, { enc: cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset });
      const d = randTime(r, T.of(2024, 8, 1), t);
      const text = ['Hej', '', `Jag överklagar härmed beslutet om avslag på min ansökan om ${r.pick(['boendeparkering', 'grävtillstånd', 'bidrag till enskild väg', 'skolskjuts'])}, daterat ${d.date()}, diarienummer ${dnrOf()}.`, '',
        `Mitt namn är ${f.pName(p, 'plain', E)} och mitt personnummer är ${f.pPnr(p)}. Jag bor på ${f.addr(p, E)}.`, '',
        'Skälen är att handläggaren inte har tagit hänsyn till att vi är två hushåll på samma fastighet. Min sambo ' + (() => { const q = person(r, { town: [p.town, p.postcode.slice(0, 3)] }); return `${f.pName(q, 'plain', E)} (${f.pPnr(q, '10dash')})`; })() + ' står också på adressen.', '',
        `Ni når mig säkrast på ${f.pPhone(p, r.pick(PSTYLE))} efter kl 16.`, '', ...privSign(f, r, p, { enc: E, phone: false })];
      return mkMsg(f, r, { ...common, from, to: [reg], cc: r.chance(0.4) ? [addrOf(f, r.pick(K.staff))] : undefined, date: t, subject: `Överklagande ${dnrOf()}`, text });
    }
    case 2: {
      const a = r.pick(K.staff);
      const b = r.pick(K.staff.filter((x) => x !== a));
      const from = addrOf(f, a, { style: 'comma' });
      const orig = addrOf(f, p, { enc: E });
      const ot = randTime(r, T.of(2024, 9, 1), t);
      const olines = [`Hej!`, '', `Vi har fått en faktura på ${f.nm('amount', amount(r, 800, 4000))} kr för slamtömning men brunnen tömdes aldrig. Fakturanummer ${f.nm('invoice-number', safeDigits(r, 10))}.`,
        `Ring mig gärna på ${f.pPhone(p, r.pick(PSTYLE))}.`, '', ...privSign(f, r, p, { enc: E, phone: false })];
      const text = [`Hej ${f.first(b, E)}!`, '', 'Kan du ta den här? Det gäller slamtömningen i ' + r.pick(['Östra Ringvägen-området', 'Kvarnbyn', 'Stinsen']) + '.', '', `/${f.first(a, E)}`, '',
        ...outlookQuoteSv(f, { fromStr: fmtAddr(orig), sent: ot, toStr: fmtAddr(reg), subject: 'Felaktig faktura slamtömning', lines: olines })];
      return mkMsg(f, r, { ...common, from, to: [addrOf(f, b)], date: t, subject: 'VB: Felaktig faktura slamtömning', text, received: r.chance(0.5) });
    }
    case 3: {
      const from = { name: 'Norrbacka kommun', addr: f.role(roleAddr(K, 'noreply')) };
      const to = addrOf(f, p);
      const text = [`Hej!`, '', `Tack för ditt meddelande. Ditt ärende har registrerats med diarienummer ${dnrOf()}.`, 'Vi svarar normalt inom fem arbetsdagar.', '',
        'Detta är ett automatiskt svar och går inte att besvara. Kontakta kontaktcenter på ' + f.ph(K.vx, 'dash') + ' eller ' + f.role(roleAddr(K, 'kontaktcenter')) + '.', '', DISCLAIMER.kommun];
      return mkMsg(f, r, { ...common, from, to: [to], date: t, subject: `Bekräftelse: ${dnrOf()}`, text, received: false });
    }
    case 4: {
      const from = addrOf(f, p, {});
      const foreign = makePhone(r, r.pick(['no', 'fi', 'dk', 'uk', 'de']));
      const text = ['Hello,', '', `I am writing regarding case ${dnrOf()}. My family moved to Norrbacka in August and I would like to see the documents about the planned school bus route.`,
        `My name is ${f.pName(p)}, personal identity number ${f.pPnr(p, '12dash')}. My husband ${(() => { const q = person(r, { sex: 'm' }); return f.pName(q); })()} is registered at the same address.`, '',
        `Please call me on ${f.ph(foreign, r.pick(['intlsp', 'intl']))} (mobile, still my old number) or ${f.pPhone(p, r.pick(['intlsp', 'intl0']))}.`, '', ...privSign(f, r, p, { lang: 'en', phone: false })];
      return mkMsg(f, r, { ...common, charset: 'utf-8', cte: 'base64', hdrCharset: 'utf-8', hdrMode: 'B', from, to: [reg], date: t, subject: `Request for documents ${dnrOf()}`, text });
    }
    default: {
      const s = r.pick(K.staff);
      const st = randTime(r, T.of(2024, 9, 1), t);
      const from = addrOf(f, p, { enc: cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset });
      const sFrom = addrOf(f, s, { enc: E });
      const quoted = [`Hej ${f.first(p, E)}!`, '', `Tack för din synpunkt om snöröjningen på ${f.street(r.pick(STREETS_PERSON))}. Vi har pratat med entreprenören.`, '', ...staffSig(f, r, s, K, { enc: E })];
      const text = [r.pick(['Tack för svaret!', 'Tack, men det är fortfarande inte plogat.', 'Okej, jag förstår.']), `Kan ni återkoppla till min granne ${(() => { const q = person(r); return `${f.pName(q, 'plain', E)} på ${f.pPhone(q, 'dash')}`; })()} också?`, '',
        ...privSign(f, r, p, { enc: E }), ...gmailQuote(fmtAddr(sFrom), st, quoted)];
      return mkMsg(f, r, { ...common, from, to: [sFrom], date: t, subject: 'Re: Snöröjning', text });
    }
  }
}

function kommunFormMail(f, r, i) {
  const K = ORG.kommun;
  const p = person(r);
  const t = randTime(r, T.of(2024, 9 + Math.floor(i / 2), 1), T.of(2024, 9 + Math.floor(i / 2), 28));
  const syn = f.nm('case-number', `SYN-2024-${r.digits(4, '123456789')}`);
  const name = f.pName(p);
  const email = f.pEmail(p, i === 2 ? 'plus' : 'asis');
  const phone = f.pPhone(p, r.pick(PSTYLE));
  const topic = r.pick(['Belysning i gångtunneln', 'Hundrastgård', 'Öppettider badhuset', 'Busshållplats', 'Bemötande i kontaktcenter']);
  const msg = r.one(() => `Gångtunneln vid ${f.street(r.pick(STREETS_PERSON))} är helt mörk på kvällarna. Mina barn går där till träningen.`, 'Önskar en inhägnad hundrastgård i Ekbacka, det finns många hundägare här.', 'Badhuset borde ha öppet längre på söndagar, inga andra alternativ finns i kommunen.');
  const fields = [['Ämne', topic], ['Namn', name], ['E-post', email], ['Telefon', phone], ['Adress', f.addr(p)], ['Synpunkt', msg], ['Vill ha svar', r.pick(['Ja, via e-post', 'Ja, via telefon', 'Nej'])], ['Skickat', t.isoS()], ['IP-adress', f.ip4(ip4(r))]];
  const text = [`Ny synpunkt har inkommit via webbformuläret på norrbacka.se (${syn}).`, '', ...fields.map(([k, v]) => `${k}: ${v}`), '', '-- ', 'Formulärtjänsten, Norrbacka kommun'];
  const htmlBody = `<html><body style="font-family:Arial"><p>Ny synpunkt har inkommit via webbformul&auml;ret p&aring; norrbacka.se (${syn}).</p>\r\n<table border="1" cellpadding="4">\r\n${fields.map(([k, v]) => `<tr><th align="left">${entities(escHtml(k))}</th><td>${k === 'E-post' ? `<a href="mailto:${v}">${v}</a>` : entities(escHtml(v))}</td></tr>`).join('\r\n')}\r\n</table><p>-- <br>Formul&auml;rtj&auml;nsten, Norrbacka kommun</p></body></html>`;
  return mkMsg(f, r, { charset: 'utf-8', cte: 'quoted-printable', hdrCharset: 'utf-8', hdrMode: r.pick(['B', 'Q']), html: true, htmlBody, from: { name: 'Norrbacka kommun - webbformulär', addr: f.role(roleAddr(K, 'noreply')) },
    replyTo: { name, addr: email }, to: [roleOf(f, K, 'kontaktcenter', 'Kontaktcenter')], date: t, subject: `Synpunkt: ${topic} [${syn}]`, text, received: false });
}

async function kommunDecisionPdf(f, r, kind, i) {
  const K = ORG.kommun;
  const E = 'windows-1252';
  const p = person(r, { town: ['Norrbacka', '712'] });
  const s = r.pick(K.staff);
  const t = randTime(r, T.of(2024, 9, 2 + i * 20), T.of(2024, 9, 20 + i * 20));
  const dnr = f.nm('case-number', `KS 2024/${['0412', '0977', '1204'][i]}`);
  const title = { boendeparkering: 'Beslut om boendeparkeringstillstånd', gravtillstand: 'Beslut om grävtillstånd', nedskrapning: 'Föreläggande om att städa fastighet' }[kind];
  const blocks = [
    { kv: [['Datum', t.date()], ['Diarienummer', dnr], ['Handläggare', f.pName(s, 'plain', E)]] },
    '',
    f.pName(p, 'caps', E),
    fitEnc(p.street.toUpperCase(), E),
    `${p.postcode} ${p.town.toUpperCase()}`,
    { gap: 1.2 },
    { text: title, size: 14, bold: true },
    '',
  ];
  if (kind === 'boendeparkering') {
    const reg = f.nm('regnr', regnr(r));
    blocks.push(`Sökande: ${f.pName(p, 'plain', E)}, personnummer ${f.pPnr(p, r.pick(['12dash', '10dash']))}`, `Fordon: ${reg}`, '',
      { text: 'Beslut', bold: true }, `Samhällsbyggnadsnämnden beviljar boendeparkering i zon C för fordon ${reg} under perioden ${t.date()} till ${t.add(525600).date()}. Avgiften är 400 kr per månad och faktureras kvartalsvis.`, '',
      { text: 'Skäl för beslutet', bold: true }, `Du är folkbokförd på ${f.addr(p, E)} och fordonet är registrerat på dig eller nyttjas av dig enligt avtal. Villkoren i de lokala trafikföreskrifterna är uppfyllda.`);
  } else if (kind === 'gravtillstand') {
    const c = r.pick(COMPANIES_PERSON);
    const contact = person(r);
    blocks.push(`Sökande: ${f.nm('company', c)}, org.nr ${f.nm('org-number', orgNr(r))}`, `Kontaktperson: ${f.pName(contact, 'plain', E)}, mobil ${f.pPhone(contact, r.pick(['dash', 'space']))}, ${f.pEmail(contact)}`,
      `Fastighetsägare: ${f.pName(p, 'plain', E)}`, '', { text: 'Beslut', bold: true },
      `Tillstånd ges att gräva i allmän platsmark utanför ${f.street(r.pick(STREETS_PERSON))} ${r.int(2, 40)} under tiden ${t.add(2880).date()} - ${t.add(20160).date()} för anslutning av fiber. Trafikanordningsplan TA-${r.digits(5, '123456789')} ska följas.`,
      'Återställning ska ske enligt kommunens tekniska handbok, version 2.4.1. Kontakt med ledningsägare ska tas innan grävning påbörjas.');
  } else {
    const q = person(r);
    blocks.push(`Fastighet: Norrbacka ${f.nm('property-id', `${r.pick(PROPERTY)} ${r.int(1, 12)}:${r.int(1, 40)}`)}`, `Fastighetsägare: ${f.pName(p, 'plain', E)} (${f.pPnr(p, '12dash')}) och ${f.pName(q, 'plain', E)} (${f.pPnr(q, '12dash')})`, '',
      { text: 'Beslut', bold: true }, `Miljö- och byggnämnden förelägger er att senast ${t.add(43200).date()} forsla bort skrotbilar, däck och byggavfall från fastigheten. Föreläggandet förenas med ett vite om 25 000 kr.`, '',
      { text: 'Bakgrund', bold: true }, `Klagomål inkom ${t.add(-30000).date()}. Inspektör ${f.pName(s, 'plain', E)} besökte fastigheten ${t.add(-20000).date()} och konstaterade nedskräpning. Ni har getts tillfälle att yttra er men inget yttrande har kommit in.`);
  }
  blocks.push('', { text: 'Hur man överklagar', bold: true }, 'Beslutet kan överklagas hos Länsstyrelsen. Överklagandet ska ha kommit in till kommunen inom tre veckor från den dag du fick del av beslutet. Ange vilket beslut som överklagas (diarienummer) och hur du vill att beslutet ska ändras.', '',
    'Med vänlig hälsning', '', f.pName(s, 'plain', E), s.title, `Telefon ${f.ph(s.direct, 'dash')}`, `E-post ${f.pEmail(s)}`);
  if (r.chance(0.7)) { const cc = person(r); blocks.push('', `Kopia: ${f.pName(cc, 'plain', E)}`); }
  return buildPdf(f, { title, author: 'Norrbacka kommun', header: ['Norrbacka kommun', 'Samhällsbyggnadsförvaltningen'],
    footer: [`Postadress: Norrbacka kommun, 712 80 Norrbacka | Besök: Stadshuset, Storgatan 14 | Växel: ${f.ph(K.vx, 'dash')}`, `${f.role(roleAddr(K, 'kommun'))} | Org.nr ${f.nm('org-number', K.orgnr)} | Bankgiro ${f.nm('bankgiro', K.bg)} | www.norrbacka.se`], blocks });
}

async function kommunProtocol(f, r) {
  const K = ORG.kommun;
  const chair = K.staff[0];
  const secr = K.staff[1];
  const res = Array.from({ length: 9 }, () => person(r, { town: ['Norrbacka', '712'] }));
  const rows = [['Namn', 'Roll', 'Organisation', 'Kontakt']];
  rows.push([f.pName(chair), 'Mötesordförande', 'Norrbacka kommun', f.pEmail(chair)]);
  rows.push([f.pName(secr, 'comma'), 'Sekreterare', 'Norrbacka kommun', f.ph(secr.direct, 'dash')]);
  const assoc = ['Ekbacka villaägarförening', 'Hyresgästföreningen Norrbacka', '-', 'PRO Norrbacka', '-', 'Norrbacka IK', '-', '-', 'Företagarna Norrbacka'];
  res.forEach((p, k) => rows.push([f.pName(p, k % 4 === 3 ? 'comma' : 'plain'), k === 0 ? 'Justerare' : 'Boende', assoc[k], k % 3 === 0 ? f.pEmail(p) : k % 3 === 1 ? f.pPhone(p, r.pick(PSTYLE)) : '']));
  const body = [
    { h: 0, text: 'Protokoll - Medborgardialog om ny detaljplan för Ekbacka centrum' },
    { kv: ['Datum:', '2024-10-15'] }, { kv: ['Tid:', '18.00-20.15'] }, { kv: ['Plats:', `Ekbackaskolans aula, ${f.street('Selma Lagerlöfs väg')} 2`] }, { kv: ['Diarienummer:', f.nm('case-number', 'KS 2024/0977')] },
    { blank: true }, { h: 2, text: 'Närvarande' }, { table: rows }, { blank: true },
    { h: 2, text: '§ 1 Mötets öppnande' }, `${f.pName(chair)} hälsade alla välkomna och presenterade kvällens program.`,
    { h: 2, text: '§ 2 Val av justerare' }, `${f.pName(res[0])} valdes att justera dagens protokoll.`,
    { h: 2, text: '§ 3 Presentation av planförslaget' }, `Planarkitekt ${(() => { const a = r.pick(K.staff.slice(2)); return f.pName(a); })()} visade förslaget. Frågor ställdes av ${f.pName(res[1])} om trafiksäkerheten vid ${f.street('Olof Palmes gata')} och av ${f.pName(res[2], 'short')} om parkering.`,
    `${f.pName(res[3])} lämnade en skrivelse från ${assoc[3]}, se bilaga 1. ${f.fam(res[4])} undrade om bullerutredningen, version 1.3.2, kommer att uppdateras. Hänvisning gjordes till punkt ${f.nm('section-number', '4.2.1.3')} i planbeskrivningen.`,
    { h: 2, text: '§ 4 Övriga frågor' }, 'Inga övriga frågor. Stig gärna in på kommunens webbplats för att lämna synpunkter senast 2024-11-08.',
    { h: 2, text: '§ 5 Nästa möte' }, 'Nästa dialogmöte hålls tisdag 19 november kl 18.00 på samma plats.',
    { blank: true }, 'Vid protokollet', { blank: true }, f.pName(secr), { blank: true }, 'Justeras', { blank: true }, f.pName(res[0], 'plain'),
  ];
  f.nm('word-name', 'Stig');
  return buildDocx({ creator: nameStr(secr, 'plain'), title: 'Protokoll medborgardialog', body,
    header: [{ runs: [{ text: 'Norrbacka kommun - Samhällsbyggnadsförvaltningen', b: true }, '    Dnr KS 2024/0977'] }],
    footer: [{ runs: [`Protokollförare: ${f.pName(secr)}    Sida 1`] }] });
}

function spokenEmail(addr) {
  const [l, d] = addr.split('@');
  return `${l.replace(/\./g, ' punkt ').replace(/_/g, ' understreck ').replace(/-/g, ' bindestreck ')} snabel-a ${d.replace(/\./g, ' punkt ')}`;
}
/** Speech-to-text call transcript: lower case, no punctuation, digits grouped as spoken. topic(f, r, p, say) returns [speaker, text] turns. */
function transcript(f, r, org, i, topic) {
  const p = person(r);
  const agent = r.pick(org.staff);
  const m = /(\d{4})(\d\d)(\d\d)_(\d\d)(\d\d)/.exec(f.rel);
  const t = m ? T.of(+m[1], +m[2], +m[3], +m[4], +m[5], r.int(0, 59)) : randTime(r);
  const turns = [];
  const a = (s) => turns.push(['agent', s]);
  const k = (s) => turns.push(['kund', s]);
  const g = f.first(agent).toLowerCase();
  f.nm('lone-first-name', g);
  a(`${org.name.toLowerCase()} ${r.pick(['kontaktcenter', 'kundservice', 'kundtjänst'])} du pratar med ${g}`);
  k(`ja hej ${r.pick(['jag heter', 'det är', 'hej mitt namn är'])} ${f.pName(p, 'lower')} ${r.pick(['', 'jag ringer om', 'jag har en fråga'])}`.replace(/\s+$/, ''));
  a('hej ska vi se kan jag få ditt personnummer');
  k(`ja det är ${f.pPnr(p, r.pick(['10space', '12space', '10plain', '12plain']))}`);
  a(`tack och jag ser att du bor på ${fitEnc(p.street.toLowerCase(), undefined)} stämmer det`);
  k(r.pick(['ja det stämmer', 'ja fast vi ska flytta snart', 'mm']));
  (topic ?? defaultTopic)(f, r, p, a, k, org, i);
  a('har vi rätt telefonnummer till dig');
  k(`jag har ${f.pPhone(p, r.pick(['odd', 'odd', 'space', 'plain']))}`);
  a('och mejl');
  const se = spokenEmail(p.email.toLowerCase());
  k(f.nm('spoken-email', se));
  a(r.pick(['perfekt då har jag noterat det', 'toppen då skickar vi en bekräftelse per mejl', 'då lägger jag in det nu']));
  k(r.pick(['tack så mycket hej', 'tack hej då', 'okej tack för hjälpen']));
  let clock = r.int(1, 4);
  const lines = [`Samtals-ID: ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, `Start: ${t.isoS()}`, `Kö: ${org.name} ${r.pick(['Växel', 'Kundservice', 'Kontaktcenter'])}`,
    `Agent: ${f.pName(agent)} (${f.nm('username', agent.user)})`, `A-nummer: ${f.pPhone(p, r.pick(['intl', 'plain', 'e164nop']))}`, `B-nummer: ${f.ph(org.service ?? org.vx, 'plain')}`,
    `Längd: 00:${p2(r.int(3, 14))}:${p2(r.int(0, 59))}`, 'Transkribering: automatisk (sv-SE), konfidens 0.8' + r.int(1, 9), ''];
  for (const [who, s] of turns) { lines.push(`[00:${p2(Math.floor(clock / 60))}:${p2(clock % 60)}] ${who}: ${s}`); clock += r.int(3, 25); }
  return `${lines.join('\n')}\n`;
}
function defaultTopic(f, r, p, a, k, org, i) {
  const q = person(r);
  switch (i % 3) {
    case 0:
      k(`det gäller sophämtningen vi har inte fått tömt på tre veckor och min granne ${f.pName(q, 'lower')} har samma problem`);
      a('okej jag lägger en felanmälan till renhållningen du får ett sms när det är åtgärdat');
      k('bra för vi kan inte bo så här med lukten');
      f.nm('word-name', 'bo');
      break;
    case 1:
      const mor = person(r, { sex: 'f' });
      k(`jag ringer för min mamma ${f.pName(mor, 'lower')} hon har fått en faktura på ${r.int(2, 9)} ${r.int(100, 999)} kronor som hon inte förstår`);
      a(`okej har du hennes personnummer`);
      k(`ja ${f.pPnr(mor, r.pick(['12space', '10space', '10plain']))}`);
      a('tack jag ser fakturan den gäller vatten och avlopp per kvartal');
      f.nm('word-name', 'per');
      break;
    default:
      k(`jag vill klaga på bemötandet jag fick av en handläggare som hette ${r.pick(['typ', 'liksom', ''])} ${f.pName(r.pick(org.staff), 'lower')} igår`.replace(/\s+/g, ' '));
      a('okej det är tråkigt att höra jag skriver ner det och skickar till enhetschefen');
  }
}

function kommunXml(f, r) {
  const K = ORG.kommun;
  const x = (s) => escHtml(s);
  const cases = [];
  for (let i = 0; i < 24; i++) {
    const p = person(r);
    const s = r.pick(K.staff);
    const t = randTime(r, T.of(2024, 1, 8), T.of(2024, 11, 20));
    const dnr = f.nm('case-number', `KS 2024/${p3(i * 37 + 11).padStart(4, '0')}`);
    const org = r.chance(0.2);
    const c = r.pick(COMPANIES_PERSON);
    const party = org
      ? `      <Motpart>\n        <Namn>${x(f.nm('company', c))}</Namn>\n        <Organisationsnummer>${f.nm('org-number', orgNr(r))}</Organisationsnummer>\n        <Kontaktperson>${x(f.pName(p))}</Kontaktperson>\n        <Telefon>${f.pPhone(p, 'dash')}</Telefon>\n      </Motpart>`
      : `      <Motpart>\n        <Namn>${x(f.pName(p, r.pick(['plain', 'comma'])))}</Namn>\n        <Personnummer>${f.pPnr(p, r.pick(['12plain', '12dash']))}</Personnummer>\n        <Postadress>${x(p.street)}</Postadress>\n        <Postnummer>${p.postcode}</Postnummer>\n        <Postort>${x(p.town)}</Postort>\n        <Epost>${r.chance(0.6) ? f.pEmail(p) : ''}</Epost>\n        <Telefon>${r.chance(0.7) ? f.pPhone(p, r.pick(PSTYLE)) : ''}</Telefon>\n      </Motpart>`;
    if (!org && STREETS_PERSON.some((z) => p.street.startsWith(z))) f.addr(p);
    cases.push(`    <ArkivobjektArende>\n      <ArkivobjektID>${dnr}</ArkivobjektID>\n      <Arendemening>${x(r.pick(['Ansökan om boendeparkering', 'Klagomål buller', 'Begäran om allmän handling', 'Överklagande av beslut', 'Ansökan om grävtillstånd', 'Medborgarförslag: hundrastgård']))}</Arendemening>\n      <StatusArande>Avslutat</StatusArande>\n      <Skapad>${t.date()}T${t.hms()}</Skapad>\n      <Avslutat>${t.add(r.int(2000, 40000)).date()}</Avslutat>\n${party}\n      <Handlaggare>\n        <Namn>${x(f.pName(s))}</Namn>\n        <Epost>${f.pEmail(s)}</Epost>\n      </Handlaggare>\n      <ArkivobjektListaHandlingar>\n        <ArkivobjektHandling>\n          <Rubrik>Inkommande handling</Rubrik>\n          <Bilaga Namn="handling_${i + 1}.pdf" Lank="Bilagor/${r.hex(8)}.pdf" Checksumma="${createHash('sha256').update(`x${i}`).digest('hex')}" ChecksummaMetod="SHA-256"/>\n        </ArkivobjektHandling>\n      </ArkivobjektListaHandlingar>\n    </ArkivobjektArende>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Leveransobjekt xmlns="http://xml.ra.se/e-arkiv/FGS-ERMS" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <Arkivbildare>\n    <Namn>Kommunstyrelsen, Norrbacka kommun</Namn>\n    <Organisationsnummer>${f.nm('org-number', K.orgnr)}</Organisationsnummer>\n  </Arkivbildare>\n  <Leveransdatum>2024-12-02</Leveransdatum>\n  <ArkivobjektListaArenden>\n${cases.join('\n')}\n  </ArkivobjektListaArenden>\n</Leveransobjekt>\n`;
}

function kommunHtml(f, r, i) {
  const K = ORG.kommun;
  const p = person(r, { origin: 'se' });
  const q = person(r);
  const t = randTime(r);
  const id = f.nm('case-number', `ET-2024-${r.digits(6, '123456789')}`);
  const rows = i === 0
    ? [['Namn', f.pName(p)], [`Personnummer (${f.nm('template', 'ÅÅÅÅMMDD-XXXX')})`, f.pPnr(p, '12dash')], ['Adress', f.addr(p)], ['Mobil', f.pPhone(p, 'dash')], ['E-post', f.pEmail(p)], ['Medsökande', f.pName(q)], ['Medsökandes personnummer', f.pPnr(q, '12dash')], ['Önskat datum för vigsel', '2025-06-14'], ['Vittnen', `${(() => { const w1 = person(r); const w2 = person(r); return `${f.pName(w1)} och ${f.pName(w2)}`; })()}`]]
    : [['Namn', f.pName(p)], ['Personnummer', f.pPnr(p, '10dash')], ['Telefon', f.pPhone(p, 'intlsp')], ['E-post', f.pEmail(p)], ['Fastighet', `Norrbacka ${f.nm('property-id', `${r.pick(PROPERTY)} 3:${r.int(10, 99)}`)}`], ['Typ av värmepump', 'Bergvärme, 180 m borrhål'], ['Installatör', `${f.nm('company', r.pick(COMPANIES_PERSON))}, ${f.ph(orgPhone(r, '570', 5, false), 'dash')}`]];
  return `<!DOCTYPE html>\n<html lang="sv">\n<head><meta charset="utf-8"><title>Kvitto - ${i === 0 ? 'Ansökan om borgerlig vigsel' : 'Anmälan om värmepump'} - Norrbacka kommun</title>\n<link rel="icon" href="/static/img/logo@2x.png"></head>\n<body>\n<header><img src="/static/img/${f.nm('filename', 'logo@2x.png')}" alt="Norrbacka kommun"></header>\n<main>\n<h1>Tack f&ouml;r din ans&ouml;kan!</h1>\n<p>Din ans&ouml;kan skickades ${t.svLong()}. &Auml;rendenummer: <strong>${id}</strong></p>\n<table class="summary">\n${rows.map(([k, v]) => `  <tr><th>${entities(escHtml(k))}</th><td>${/@/.test(v) ? `<a href="mailto:${v}">${v}</a>` : entities(escHtml(v))}</td></tr>`).join('\n')}\n</table>\n<p>Har du fr&aring;gor? Ring kontaktcenter p&aring; <a href="tel:+46${K.vx.ac}${K.vx.sub}">${f.ph(K.vx, 'dash')}</a> eller mejla <a href="mailto:${f.role(roleAddr(K, 'kontaktcenter'))}">kontaktcenter@norrbacka.se</a>.</p>\n</main>\n<footer>Norrbacka kommun &middot; Org.nr ${f.nm('org-number', K.orgnr)}</footer>\n</body>\n</html>\n`;
}

// ═════════════════════════════════════════════════════════════ forsakring/ — Ljungskär Försäkring, claims desk
const MAKES = ['Volvo V60', 'Volkswagen Golf', 'Toyota RAV4', 'Tesla Model Y', 'Kia Niro', 'Volvo XC60', 'Skoda Octavia', 'Audi A4 Avant', 'Ford Transit', 'BMW X3'];
const INSURERS = ['If', 'Folksam', 'Länsförsäkringar', 'Trygg-Hansa', 'Dina Försäkringar'];
const CLAIM_TYPES = ['Trafikskada', 'Vattenskada', 'Inbrott', 'Cykelstöld', 'Glasskada', 'Brand', 'Försenat bagage'];
function makeClaim(r, i, forced) {
  const type = forced ?? r.weighted([['Trafikskada', 4], ['Vattenskada', 3], ['Inbrott', 2], ['Cykelstöld', 2], ['Glasskada', 2], ['Brand', 1], ['Försenat bagage', 1]]);
  const c = { type, id: `SK-2024-${p2(i % 97)}${r.digits(5)}`, t: randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 27), { work: false }), claimant: person(r), witnesses: [], handler: r.pick(ORG.forsakring.staff) };
  c.incident = randTime(r, c.t.add(-20000), c.t.add(-30), { work: false });
  c.policy = `${type === 'Trafikskada' || type === 'Glasskada' ? 'BIL' : 'HEM'}-${r.digits(7, '123456789')}-${p2(r.int(1, 3))}`;
  c.regnr = type === 'Trafikskada' || type === 'Glasskada' ? regnr(r) : null;
  c.make = r.pick(MAKES);
  if (type === 'Trafikskada') { c.cp = person(r); c.cpReg = regnr(r); c.cpIns = r.pick(INSURERS); }
  const nw = type === 'Trafikskada' ? r.int(0, 2) : type === 'Inbrott' || type === 'Brand' ? r.int(0, 1) : 0;
  for (let k = 0; k < nw; k++) c.witnesses.push(person(r));
  if (type === 'Vattenskada' && r.chance(0.6)) c.neighbour = person(r, { town: [c.claimant.town, c.claimant.postcode.slice(0, 3)] });
  c.amount = r.int(1500, 180000);
  c.excess = r.pick([1500, 2000, 3000, 5000]);
  c.police = type === 'Inbrott' || type === 'Cykelstöld' ? `K${r.digits(6, '123456789')}-24` : null;
  return c;
}
/** Claim description; records everything it writes. */
function claimText(f, r, c, enc, lang = 'sv') {
  const pl = `${c.claimant.town}`;
  const L = [];
  switch (c.type) {
    case 'Trafikskada':
      L.push(lang === 'en'
        ? `I was standing still at a red light in ${pl} when a ${c.make} with registration ${f.nm('regnr', c.cpReg)} hit my car from behind. The other driver, ${f.pName(c.cp, 'plain', enc)}, admitted fault.`
        : `Jag stod still vid rödljus på ${r.chance(0.4) ? f.street(r.pick(STREETS_PERSON)) : r.pick(STREETS_PLAIN)} i ${pl} när en ${c.make} med reg.nr ${f.nm('regnr', c.cpReg)} körde in bakifrån. Föraren ${f.pName(c.cp, 'plain', enc)} erkände på plats.`);
      L.push(lang === 'en' ? `My car: ${f.nm('regnr', c.regnr)}. The other driver is insured with ${c.cpIns}, phone ${f.pPhone(c.cp, r.pick(PSTYLE))}.` : `Min bil: ${f.nm('regnr', c.regnr)}. Motparten är försäkrad i ${c.cpIns} och har telefon ${f.pPhone(c.cp, r.pick(PSTYLE))}.`);
      break;
    case 'Vattenskada':
      L.push(`Läckage från diskmaskinen upptäcktes ${c.incident.date()} kl ${c.incident.hm()}. Golvet i köket är förstört och fukt har gått ner i bjälklaget.`);
      if (c.neighbour) L.push(`Grannen under, ${f.pName(c.neighbour, 'plain', enc)}, har fått fuktfläckar i taket. ${c.neighbour.sex === 'f' ? 'Hon' : 'Han'} nås på ${f.pPhone(c.neighbour, r.pick(PSTYLE))}.`);
      break;
    case 'Inbrott':
      L.push(`Inbrott i förrådet natten mot ${c.incident.svDay()}. Polisanmälan gjord, nr ${f.nm('police-report', c.police)}. Stulet: cykel, två borrmaskiner och vinterdäck.`);
      break;
    case 'Cykelstöld':
      L.push(`Cykeln stals utanför ${r.pick(['Resecentrum', 'ICA Maxi', 'jobbet', 'gymmet'])} i ${pl}. Ramnummer ${f.nm('frame-number', `WTU${r.digits(6)}${r.alnum(1)}`)}. Polisanmälan ${f.nm('police-report', c.police)}.`);
      break;
    case 'Glasskada':
      L.push(`Stenskott i vindrutan på E4 norr om ${pl}, bil ${f.nm('regnr', c.regnr)} (${c.make}). Sprickan är ca 20 cm.`);
      break;
    case 'Brand':
      L.push(`Brand i torktumlaren i tvättstugan. Räddningstjänsten var på plats, deras ärendenummer ${f.nm('rescue-ref', `${c.t.y}-${r.digits(6, '123456789')}`)}. Sotskador i hela lägenheten.`);
      break;
    default:
      L.push(`Bagaget försenat tre dygn på flyg SK${r.int(1000, 2999)} från Alicante. PIR-nummer ${f.nm('pir-number', `ALC SK ${r.digits(5)}`)}. Jag fick köpa kläder och hygienartiklar för ${f.nm('amount', amount(r, 800, 4000))} kr.`);
  }
  for (const w of c.witnesses) L.push(lang === 'en' ? `Witness: ${f.pName(w, 'plain', enc)}, ${f.pPhone(w, r.pick(PSTYLE))}.` : `Vittne: ${f.pName(w, r.pick(['plain', 'plain', 'short']), enc)}, tel ${f.pPhone(w, r.pick(PSTYLE))}${r.chance(0.4) ? `, ${f.pEmail(w)}` : ''}.`);
  return L;
}

async function buildForsakring() {
  const O = ORG.forsakring;
  const claims = [];
  { // 1. NDJSON claim events
    const f = new Ctx('forsakring/skadeanmalningar_events.ndjson');
    const r = f.r;
    const ev = [];
    for (let i = 0; i < 130; i++) {
      const c = makeClaim(r, i);
      claims.push(c);
      const web = r.chance(0.6);
      ev.push([c.t.ms, { ts: c.t.isoZms(), event: 'claim.created', claimId: c.id, policyNo: c.policy, channel: web ? 'web' : r.pick(['phone', 'email', 'broker']),
        claimant: { name: f.pName(c.claimant, r.pick(['plain', 'plain', 'caps'])), ssn: f.pPnr(c.claimant, r.pick(['12plain', '12dash', '10dash'])), phone: f.pPhone(c.claimant, r.pick(['intl', 'dash', 'plain'])), email: r.chance(0.85) ? f.pEmail(c.claimant) : null, address: f.addr(c.claimant) },
        incident: { type: c.type, date: c.incident.date(), description: claimText(f, r, { ...c, witnesses: [] }, undefined).join(' '), vehicle: c.regnr ? { regnr: c.regnr, make: c.make } : null,
          counterparty: c.cp ? { name: f.pName(c.cp), regnr: c.cpReg, insurer: c.cpIns } : null },
        witnesses: c.witnesses.map((w) => ({ name: f.pName(w), phone: f.pPhone(w, r.pick(['intl', 'dash', 'space'])), email: r.chance(0.3) ? f.pEmail(w) : null })),
        client: web ? { ip: r.chance(0.2) ? f.ip6(ip6(r)) : f.ip4(ip4(r)), userAgent: f.ua() } : null }]);
      const h = c.handler;
      ev.push([c.t.add(r.int(30, 2000)).ms, { ts: c.t.add(r.int(30, 2000)).isoZms(), event: 'claim.assigned', claimId: c.id, handler: { name: f.pName(h), email: f.pEmail(h), phone: f.ph(h.direct, 'intl') } }]);
      if (r.chance(0.6)) ev.push([c.t.add(2100).ms, { ts: c.t.add(2100).isoZms(), event: 'claim.document_received', claimId: c.id, docType: r.pick(['kvitto', 'foto', 'polisanmälan', 'skadeanmälan']), filename: r.chance(0.5) ? `scan_${f.nm('timestamp', stampNotPnr(c.t.add(2000)))}.pdf` : `${r.pick(['IMG', 'kvitto'])}_${c.incident.compact()}_${r.digits(4)}.${r.pick(['jpg', 'heic'])}`, from: f.pEmail(c.claimant) }]);
      if (r.chance(0.5)) {
        const note = r.one(() => `Ringt kund, ${f.first(c.claimant)} skickar kvitton. Självrisk ${c.excess} kr förklarad.`, () => `Motpartens bolag (${c.cpIns ?? 'If'}) har accepterat ansvar.`,
          () => `Hantverkare ${f.nm('company', r.pick(COMPANIES_PERSON))} besiktigar ${c.t.add(4000).date()}. Kontakt ${(() => { const q = person(r); return `${f.pName(q)} ${f.pPhone(q, 'dash')}`; })()}.`,
          () => `Kund vill bli kontaktad på annat nummer: ${f.ph(makePhone(r, 'mobile'), 'dash')}.`);
        ev.push([c.t.add(3000).ms, { ts: c.t.add(3000).isoZms(), event: 'claim.note', claimId: c.id, author: r.chance(0.5) ? f.pName(h) : f.nm('username', h.user), text: note }]);
      }
      if (r.chance(0.55)) {
        const pay = c.t.add(r.int(6000, 30000));
        ev.push([pay.ms, { ts: pay.isoZms(), event: 'claim.payment', claimId: c.id, amount: c.amount - c.excess, currency: 'SEK', payee: { name: f.pName(c.claimant), account: f.nm('bank-account', clearingAcct(r)) }, paymentRef: f.nm('payment-ref', ocrNr(r, 16)) }]);
        ev.push([pay.add(5).ms, { ts: pay.add(5).isoZms(), event: 'claim.closed', claimId: c.id, reason: 'settled' }]);
      }
    }
    ev.sort((a, b) => a[0] - b[0]);
    put(f.rel, `${ev.map(([, e]) => JSON.stringify(e)).join('\n')}\n`);
  }
  { // 2. English-header CSV, UTF-8 with BOM
    const f = new Ctx('forsakring/claims_export_en.csv');
    const r = f.r;
    const rows = [['ClaimNumber', 'PolicyNumber', 'ReportedDate', 'ClaimType', 'PolicyHolder', 'PersonalIdentityNumber', 'Phone', 'Email', 'IncidentDate', 'VehicleReg', 'CounterpartyName', 'CounterpartyReg', 'Status', 'Adjuster', 'Reserve', 'Notes']];
    for (let i = 0; i < 140; i++) {
      const c = i < 60 ? claims[i] : makeClaim(r, i + 200);
      const notes = [];
      if (r.chance(0.5)) notes.push(r.one(() => `Customer called ${c.t.add(1500).date()}, wants update.`, () => `Witness statement pending from ${c.witnesses[0] ? f.pName(c.witnesses[0]) : 'N/A'}.`,
        () => `Counterparty ${c.cp ? f.pName(c.cp) : 'unknown'} disputes liability.`, () => `Ring kund på ${f.pPhone(c.claimant, 'dash')} efter 17.`, 'Inga övriga noteringar.'));
      if (r.chance(0.25)) notes.push(`Handled by ${f.pName(c.handler, 'comma')} (ext. ${c.handler.direct.sub.slice(-4)})`);
      rows.push([c.id, c.policy, c.t.us(), c.type, f.pName(c.claimant, r.pick(['plain', 'comma', 'reversedCaps'])), f.pPnr(c.claimant, r.pick(['12plain', '10dash', '12dash'])), f.pPhone(c.claimant, r.pick(['intl', 'intlsp', 'dash', '0046'])),
        r.chance(0.8) ? f.pEmail(c.claimant, r.chance(0.08) ? 'upper' : 'asis') : '', c.incident.date(), c.regnr ? f.nm('regnr', c.regnr) : '', c.cp ? f.pName(c.cp, 'caps') : '', c.cpReg ? f.nm('regnr', c.cpReg) : '',
        r.pick(['Open', 'Closed', 'Pending docs', 'Settled']), f.pName(c.handler), `${c.amount}.00`, notes.join('\n')]);
    }
    put(f.rel, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(rows, { delim: ',', eol: '\r\n' }), 'utf8')]));
  }
  { // 3. witnesses TSV
    const f = new Ctx('forsakring/vittnesuppgifter.tsv');
    const r = f.r;
    const rows = [['Skadenummer', 'Vittne', 'Telefon', 'E-post', 'Adress', 'Uppgift lämnad', 'Handläggare', 'Anteckning']];
    for (let i = 0; i < 70; i++) {
      const c = claims[(i * 7) % claims.length];
      const w = c.witnesses[0] ?? person(r);
      rows.push([c.id, f.pName(w, r.pick(['reversed', 'reversed', 'plain', 'comma'])), f.pPhone(w, r.pick(PSTYLE)), r.chance(0.5) ? f.pEmail(w) : '', r.chance(0.6) ? f.addr(w) : '', c.t.add(r.int(100, 5000)).dmy(), f.pName(c.handler, 'short'),
        r.one('Såg hela förloppet från busshållplatsen.', 'Hörde smällen, såg inte själva kollisionen.', () => `Var passagerare i ${f.pName(c.claimant, 'short')}s bil.`, 'Vill vara anonym gentemot motparten.', () => `Nås bäst på jobbet: ${f.ph(orgPhone(r, r.pick(['8', '31', '40']), 7, false), 'dash')}`)]);
    }
    put(f.rel, rows.map((x) => x.join('\t')).join('\n') + '\n');
  }
  // 4. single e-mails
  for (let i = 0; i < 4; i++) {
    const f = new Ctx(`forsakring/skadeanmalan_${['SK-2024-0418812', 'SK-2024-0522190', 'SK-2024-0611345', 'SK-2024-0770021'][i]}.eml`);
    put(f.rel, Buffer.from(forsMail(f, f.r, i, makeClaim(f.r, i)).raw, 'latin1'));
  }
  { // 5. mailbox
    const f = new Ctx('forsakring/skadejour_inkorg.mbox');
    const msgs = [];
    for (let i = 0; i < 16; i++) msgs.push(forsMail(f, f.r, i, makeClaim(f.r, i + 50)));
    put(f.rel, mbox(msgs.sort((a, b) => a.date.ms - b.date.ms)));
  }
  // 6. investigation reports
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`forsakring/skadeutredning_${i + 1}.docx`);
    put(f.rel, await forsReport(f, f.r, makeClaim(f.r, i + 300, 'Trafikskada')));
  }
  // 7. claim decisions (PDF)
  for (let i = 0; i < 3; i++) {
    const f = new Ctx(`forsakring/skadebesked_${['2024-10-02', '2024-10-29', '2024-11-18'][i]}.pdf`);
    put(f.rel, await forsDecision(f, f.r, makeClaim(f.r, i + 400)));
  }
  // 8. transcripts
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`forsakring/samtal_skadejour_${['20241012_2214', '20241103_0732'][i]}.txt`);
    put(f.rel, transcript(f, f.r, O, i, (ff, r, p, a, k) => {
      const cp = person(r);
      const w = person(r);
      const reg = regnr(r).toLowerCase();
      a('okej berätta vad som hänt');
      k(`jag blev påkörd i en rondell och den andra föraren hette ${ff.pName(cp, 'lower')} tror jag regnumret var ${ff.nm('regnr', reg)}`);
      a('fick du hans eller hennes telefonnummer');
      k(`ja ${ff.pPhone(cp, r.pick(['odd', 'space']))} och det var ett vittne också ${ff.pName(w, 'lower')} hon gav mig sitt nummer ${ff.pPhone(w, 'odd')}`);
      a('bra jag lägger in det på skadan inga personskador hoppas jag');
      k('nej inga personskador bara plåt');
      ff.nm('word-name', 'inga');
    }));
  }
}

function forsMail(f, r, i, c) {
  const O = ORG.forsakring;
  const cs = r.weighted(CHARSETS);
  const E = encOf(cs);
  const HE = cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset;
  let sk;
  const skador = () => (sk ??= roleOf(f, O, 'skador', 'Ljungskär Skadeservice'));
  const h = c.handler;
  const common = { ...cs, html: r.chance(0.4) ? (r.chance(0.5) ? 'entities' : true) : false };
  const img = () => ({ filename: `IMG_${c.incident.compact()}_${r.digits(6)}.jpg`, type: 'image/jpeg', data: Buffer.from(Array.from({ length: r.int(600, 1400) }, () => r.int(0, 255))) });
  switch (i % 4) {
    case 0: {
      const from = addrOf(f, c.claimant, { enc: HE, style: r.pick(['plain', 'comma']) });
      const text = [r.pick(['Hej!', 'Hej,', 'Hejsan']), '', `Jag vill anmäla en ${c.type.toLowerCase()}. Försäkringsnummer ${f.nm('policy-number', c.policy)}.`, ...claimText(f, r, c, E), '',
        `Mitt personnummer: ${f.pPnr(c.claimant)}`, `Telefon: ${f.pPhone(c.claimant, r.pick(PSTYLE))}`, '', 'Bifogar bilder.', '', ...privSign(f, r, c.claimant, { enc: E, phone: false })];
      return mkMsg(f, r, { ...common, from, to: [skador()], date: c.t, subject: `Skadeanmälan ${c.type.toLowerCase()} ${c.incident.date()}`, text, attachments: r.chance(0.7) ? [img(), ...(r.chance(0.4) ? [img()] : [])] : undefined });
    }
    case 1: {
      const from = addrOf(f, h, { enc: HE });
      const to = addrOf(f, c.claimant, { enc: HE });
      const ot = c.t.add(-r.int(600, 3000));
      const orig = [`Hej, jag har en ${c.type.toLowerCase()} att anmäla.`, ...claimText(f, r, c, E), '', ...privSign(f, r, c.claimant, { enc: E })];
      const text = [`Hej ${f.first(c.claimant, E)},`, '', `Tack för din anmälan. Din skada har fått skadenummer ${f.nm('claim-number', c.id)} och jag är din handläggare.`,
        `För att gå vidare behöver jag kvitton eller annat underlag samt ${c.type === 'Trafikskada' ? 'en ifylld skadeanmälan (blankett 4012) signerad av båda förarna' : 'foton på skadan'}.`,
        'Självrisken är ' + c.excess + ' kr enligt dina villkor.', '', ...staffSig(f, r, h, O, { enc: E }), ...outlookQuoteNew({ fromStr: fmtAddr(to), sent: ot, toStr: fmtAddr(skador()), subject: 'Skadeanmälan', lines: orig })];
      return mkMsg(f, r, { ...common, from, to: [to], date: c.t, subject: `SV: Skadeanmälan [${c.id}]`, text });
    }
    case 2: {
      const broker = person(r, { domain: 'maklarhuset-norr.se' });
      broker.title = 'Försäkringsmäklare';
      broker.direct = orgPhone(r, '90', 6, false);
      const bFrom = addrOf(f, broker, {});
      const firm = f.nm('company', r.pick(COMPANIES_PERSON));
      const ot = c.t.add(-r.int(200, 2000));
      const orig = ['Hi,', '', `We need to report damage at our premises on behalf of ${firm}. Contact person at site is ${f.pName(c.claimant)}, mobile ${f.pPhone(c.claimant, r.pick(['intlsp', 'intl0', 'intl']))}.`,
        ...claimText(f, r, c, undefined, 'en'), '', 'Regards', f.pName(c.claimant), `${firm}`, `Org.nr ${f.nm('org-number', orgNr(r))}`];
      const text = ['Hej,', '', 'Vidarebefordrar skadeanmälan från vår kund enligt nedan. Återkom till mig med skadenummer.', '', ...staffSig(f, r, broker, { name: 'Mäklarhuset Norr AB', domain: 'maklarhuset-norr.se', vx: orgPhone(r, '90', 6, true), address: 'Storgatan 40, 903 26 Umeå', key: 'x' }, { disclaimer: true }),
        ...outlookQuoteEn({ fromStr: fmtAddr({ name: nameStr(c.claimant, 'plain'), addr: f.pEmail(c.claimant) }), sent: ot, toStr: fmtAddr(bFrom), subject: 'Damage report', lines: orig })];
      return mkMsg(f, r, { ...common, charset: 'utf-8', cte: r.pick(['base64', 'quoted-printable']), from: bFrom, to: [skador()], cc: [addrOf(f, h)], date: c.t, subject: `VB: Damage report - ${firm}`, text });
    }
    default: {
      const w = c.witnesses[0] ?? person(r);
      const from = addrOf(f, w, { enc: HE });
      const text = ['Hej', '', `Jag var vittne till olyckan ${c.incident.svDay()} där ${f.pName(c.claimant, 'plain', E)} blev påkörd${c.cp ? ` av ${f.pName(c.cp, 'plain', E)}` : ''}.`,
        'Jag stod vid övergångsstället och såg att den andra bilen körde mot rött. Jag kan gärna bekräfta detta per telefon.', '', ...privSign(f, r, w, { enc: E })];
      return mkMsg(f, r, { ...common, from, to: [addrOf(f, h, { enc: HE })], date: c.t.add(3000), subject: `Vittnesuppgift skadenr ${f.nm('claim-number', c.id)}`, text });
    }
  }
}

async function forsReport(f, r, c) {
  const O = ORG.forsakring;
  const u = c.handler;
  if (!c.cp) { c.cp = person(r); c.cpReg = regnr(r); c.cpIns = r.pick(INSURERS); }
  while (c.witnesses.length < 2) c.witnesses.push(person(r));
  const parts = [['Roll', 'Namn', 'Personnummer', 'Telefon', 'Regnr'],
    ['Försäkringstagare', f.pName(c.claimant), f.pPnr(c.claimant, '12dash'), f.pPhone(c.claimant, 'dash'), c.regnr ? f.nm('regnr', c.regnr) : '-'],
    ['Motpart', f.pName(c.cp, 'comma'), f.pPnr(c.cp, '10dash'), f.pPhone(c.cp, 'intlsp'), f.nm('regnr', c.cpReg)],
    ...c.witnesses.map((w) => ['Vittne', f.pName(w), '', f.pPhone(w, r.pick(PSTYLE)), ''])];
  const body = [{ h: 0, text: 'Skadeutredning' }, { kv: ['Skadenummer:', f.nm('claim-number', c.id)] }, { kv: ['Försäkring:', f.nm('policy-number', c.policy)] }, { kv: ['Skadedatum:', c.incident.date()] }, { kv: ['Skadetyp:', c.type] },
    { h: 2, text: 'Inblandade parter' }, { table: parts },
    { h: 2, text: 'Händelseförlopp' }, ...claimText(f, r, { ...c, witnesses: [] }, undefined),
    { h: 2, text: 'Vittnesuppgifter' },
    `${f.pName(c.witnesses[0])} uppger att motparten körde mot rött ljus. ${f.pName(c.witnesses[1], 'short')} hörde smällen men såg inte förloppet. Båda har hörts per telefon ${c.t.add(2000).date()}.`,
    { h: 2, text: 'Bedömning' }, `Motparten ${f.pName(c.cp)} bedöms vara vållande. Regress riktas mot ${c.cpIns}. Ingen misstanke om oegentligheter. Kontroll mot GSR gjord ${c.t.add(2500).date()} utan träff.`,
    { h: 2, text: 'Förslag till beslut' }, `Ersättning ${c.amount.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} kr med avdrag för självrisk ${c.excess} kr.`, { blank: true },
    { runs: [{ text: 'Utredare: ', b: true }, f.pName(u), `, ${u.title}`] }];
  return buildDocx({ creator: nameStr(u, 'plain'), title: `Skadeutredning ${c.id}`, body,
    header: [{ runs: [{ text: 'Ljungskär Försäkring AB', b: true }, ' - Skadeutredning - SEKRETESS'] }],
    footer: [{ runs: [`Utredare ${f.pName(u)} | ${f.ph(u.direct, 'dash')} | ${f.pEmail(u)}`] }] });
}

async function forsDecision(f, r, c) {
  const O = ORG.forsakring;
  const E = 'windows-1252';
  const u = c.handler;
  const pay = c.amount - c.excess;
  const blocks = [
    f.pName(c.claimant, 'caps', E), fitEnc(c.claimant.street.toUpperCase(), E), `${c.claimant.postcode} ${c.claimant.town.toUpperCase()}`, { gap: 1 },
    { text: 'Skadebesked', size: 15, bold: true }, '',
    { kv: [['Försäkringstagare', f.pName(c.claimant, 'plain', E)], ['Personnummer', f.pPnr(c.claimant, r.pick(['12dash', '10dash']))], ['Adress', f.addr(c.claimant, E)], ['Skadenummer', f.nm('claim-number', c.id)],
      ['Försäkring', f.nm('policy-number', c.policy)], ['Skadedatum', c.incident.date()], ['Skadehändelse', c.type], ['Ersättning', `${f.nm('amount', amount(r, pay, pay).replace(/,\d\d$/, ''))} kr`], ['Självrisk', `${c.excess} kr`],
      ['Utbetalas till', fitEnc(nameStr(c.claimant, 'plain'), E)], ['Konto', f.nm('bank-account', clearingAcct(r))], ['Betalningsreferens', f.nm('payment-ref', ocrNr(r, 12))]] },
    `Hej ${f.first(c.claimant, E)},`, '',
    `Vi har nu reglerat din skada. Ersättningen betalas ut inom tre bankdagar. Har du frågor är du välkommen att kontakta mig på ${f.ph(u.direct, 'dash')} eller ${f.pEmail(u)}, eller vår skadeservice på ${f.ph(O.service, 'dash')}.`, '',
    'Om du inte är nöjd med beslutet kan du begära omprövning hos vår kundombudsman eller vända dig till Allmänna reklamationsnämnden.', '',
    'Med vänlig hälsning', f.pName(u, 'plain', E), u.title];
  return buildPdf(f, { title: `Skadebesked ${c.id}`, author: 'Ljungskär Försäkring AB', header: ['Ljungskär Försäkring AB', 'Skadeservice'],
    footer: [`Ljungskär Försäkring AB | Sveavägen 44, 113 59 Stockholm | Växel ${f.ph(O.vx, 'dash')} | Skadeservice ${f.ph(O.service, 'space')}`, `Org.nr ${f.nm('org-number', O.orgnr)} | Styrelsens säte: Stockholm | www.ljungskar.se`], blocks });
}

// ═════════════════════════════════════════════════════════════ bostad/ — AB Ekbackenhem, housing company
const VASTERAS = ['Västerås', '722'];
const BO_STREETS = ['Ekbacksvägen', 'Björkvägen', 'Tallvägen', 'Lärkstigen', 'Vasagatan', 'Hamngatan'];
function tenant(r) {
  const p = person(r, { town: VASTERAS });
  p.street = `${r.chance(0.2) ? r.pick(['Karin Boyes gata', 'Evert Taubes väg', 'Hjalmar Brantingsgatan']) : r.pick(BO_STREETS)} ${r.int(1, 40)}`;
  p.lgh = `${r.int(10, 15)}${p2(r.int(1, 8))}`;
  p.obj = `${r.int(100, 999)}-${r.int(1, 9)}-${p3(r.int(1, 200))}`;
  p.kontrakt = `${r.digits(7, '123456789')}`;
  return p;
}
function buildBostadBase() {
  const r = new Rng('bostad:tenants');
  const ts = [];
  for (let i = 0; i < 200; i++) {
    const p = tenant(r);
    if (r.chance(0.35)) { p.co = person(r, { town: VASTERAS }); if (r.chance(0.5)) p.co.family = p.family; p.co.street = p.street; }
    ts.push(p);
  }
  return ts;
}
async function buildBostad() {
  const O = ORG.bostad;
  const tenants = buildBostadBase();
  { // 1. tenant register — ; cp1252 CRLF, "Efternamn, Förnamn"
    const f = new Ctx('bostad/hyresgastregister.csv');
    const r = f.r;
    const E = 'windows-1252';
    const rows = [['Objektnr', 'Adress', 'Lgh nr', 'Hyresgäst', 'Personnummer', 'Medhyresgäst', 'Medhyresgäst personnr', 'Telefon', 'Mobil', 'E-post', 'Inflyttning', 'Månadshyra', 'Kontraktsnr']];
    for (const p of tenants.slice(0, 180)) {
      const st = STREETS_PERSON.find((x) => p.street.startsWith(x));
      if (st) f.street(st);
      rows.push([p.obj, fitEnc(p.street, E), p.lgh, f.pName(p, r.pick(['comma', 'comma', 'comma', 'commaCaps']), E), f.pPnr(p, r.pick(['10dash', '12plain', '12dash'])), p.co ? f.pName(p.co, 'comma', E) : '', p.co ? f.pPnr(p.co, r.pick(['10dash', '12dash'])) : '',
        r.chance(0.2) ? f.ph(orgPhone(r, '21', 6, false), r.pick(['dash', 'space'])) : '', f.pPhone(p, r.pick(PSTYLE)), r.chance(0.7) ? f.pEmail(p) : '',
        randTime(r, T.of(1998, 1, 1), T.of(2024, 10, 1)).date(), f.nm('amount', `${r.int(5, 14)} ${r.int(100, 999)}`), f.nm('contract-number', p.kontrakt)]);
    }
    put(f.rel, encodeStrict(csv(rows, { delim: ';', eol: '\r\n' }), E));
  }
  { // 2. fault reports — TSV, one line per report
    const f = new Ctx('bostad/felanmalningar_2024.tsv');
    const r = f.r;
    const rows = [['Ärendenr', 'Datum', 'Anmälare', 'Telefon', 'Adress', 'Lgh', 'Felkategori', 'Beskrivning', 'Huvudnyckel OK', 'Tekniker', 'Status']];
    const faults = [['Vatten/avlopp', 'Droppande kran i badrummet'], ['Vatten/avlopp', 'Stopp i avloppet i köket, luktar'], ['El', 'Jordfelsbrytaren löser ut hela tiden'], ['Vitvaror', 'Kylskåpet kyler inte, garantinr'],
      ['Ventilation', 'Köksfläkten låter mycket'], ['Lås/dörr', 'Porttelefonen fungerar inte'], ['Värme', 'Elementen i sovrummet är kalla'], ['Tvättstuga', 'Torktumlare 2 trasig']];
    for (let i = 0; i < 230; i++) {
      const p = r.pick(tenants);
      const t = randTime(r, T.of(2024, 1, 8), T.of(2024, 11, 29));
      const [cat, d] = r.pick(faults);
      const tech = r.chance(0.7) ? f.pName(r.pick(O.staff)) : `${f.nm('company', r.pick(COMPANIES_PERSON))} / ${f.pName(person(r), 'short')}`;
      let desc = d + (d.endsWith('garantinr') ? ` ${f.nm('warranty-number', safeDigits(r, 9))}.` : '.');
      desc += r.one('', ' Har hund, ring innan.', () => ` Ring ${f.pPhone(p, 'dash')} innan ni kommer.`, ' Hemma efter kl 15.', () => ` Grannen ${f.pName(r.pick(tenants))} har samma problem.`, ' Inga husdjur.', () => ` Kontakta dottern ${(() => { const q = person(r, { child: false }); q.family = p.family; return `${f.pName(q)} ${f.pPhone(q, r.pick(PSTYLE))}`; })()}.`);
      rows.push([`FA${t.y}${p3(i + 1)}${r.digits(2)}`, t.iso(), f.pName(p, r.pick(['plain', 'plain', 'reversed'])), f.pPhone(p, r.pick(PSTYLE)), fitEnc(p.street, undefined), p.lgh, cat, desc, r.pick(['Ja', 'Ja', 'Nej']), tech, r.pick(['Åtgärdad', 'Beställd', 'Pågår', 'Åtgärdad'])]);
    }
    put(f.rel, rows.map((x) => x.join('\t')).join('\n') + '\n');
  }
  { // 3. second-hand letting applications (JSON)
    const f = new Ctx('bostad/andrahand_ansokningar.json');
    const r = f.r;
    const apps = [];
    for (let i = 0; i < 45; i++) {
      const p = r.pick(tenants);
      const q = person(r);
      const t = randTime(r, T.of(2024, 3, 1), T.of(2024, 11, 25));
      const s = r.pick(O.staff);
      const refs = Array.from({ length: r.int(0, 2) }, () => { const x = person(r); return { namn: f.pName(x), relation: r.pick(['arbetsgivare', 'tidigare hyresvärd', 'chef']), telefon: f.pPhone(x, r.pick(PSTYLE)) }; });
      apps.push({ id: `AH-${t.y}-${p3(i + 1)}`, inkom: t.isoT(), lagenhet: { objektnr: p.obj, adress: p.street, lghnr: p.lgh, rum: r.int(1, 4), kvm: r.int(28, 98) },
        hyresgast: { namn: f.pName(p), personnummer: f.pPnr(p, '12dash'), telefon: f.pPhone(p, 'intl'), epost: f.pEmail(p), nyAdress: r.chance(0.6) ? `c/o ${f.fam(person(r))}, ${r.pick(STREETS_PLAIN)} ${r.int(1, 30)}, ${r.pick(TOWNS)[0]}` : null },
        andrahandshyresgast: { namn: f.pName(q, r.pick(['plain', 'caps'])), personnummer: f.pPnr(q, r.pick(['10dash', '12plain'])), telefon: f.pPhone(q, r.pick(PSTYLE)), epost: r.chance(0.8) ? f.pEmail(q) : null, antalPersoner: r.int(1, 3) },
        skal: r.pick(['Arbete på annan ort', 'Studier utomlands', 'Provbo med partner', 'Vård av anhörig']), period: { fran: t.add(43200).date(), till: t.add(43200 * 12).date() }, referenser: refs,
        handlaggning: { handlaggare: f.pName(s), beslut: r.pick(['Godkänd', 'Godkänd', 'Avslag', null]), kommentar: r.pick(['<p>Godkänt enligt 12 kap. 40 § JB.</p>', '<p>Skäl saknas.</p><p>Se <a href="https://www.ekbackenhem.se/andrahand">villkor</a>.</p>', null]) } });
    }
    put(f.rel, JSON.stringify(apps, null, 2));
  }
  { // 4. lettings mailbox
    const f = new Ctx('bostad/uthyrning_inkorg.mbox');
    const msgs = [];
    for (let i = 0; i < 15; i++) msgs.push(bostadMail(f, f.r, i, tenants));
    put(f.rel, mbox(msgs.sort((a, b) => a.date.ms - b.date.ms)));
  }
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`bostad/andrahand_${i === 0 ? 'ansokan' : 'fraga'}_${i + 1}.eml`);
    put(f.rel, Buffer.from(bostadMail(f, f.r, i === 0 ? 5 : 1, tenants).raw, 'latin1'));
  }
  // 5. notice confirmations (PDF)
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`bostad/uppsagning_bekraftelse_${i + 1}.pdf`);
    const r = f.r;
    const E = 'windows-1252';
    const p = tenants[190 + i];
    const s = r.pick(O.staff);
    const insp = O.staff.find((x) => x.title === 'Fastighetstekniker') ?? O.staff[0];
    const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 10, 31));
    const blocks = [f.pName(p, 'caps', E), ...(p.co ? [f.pName(p.co, 'caps', E)] : []), fitEnc(p.street.toUpperCase(), E), `LGH ${p.lgh}`, `${p.postcode} ${p.town.toUpperCase()}`, { gap: 1 },
      { text: 'Bekräftelse på uppsägning', size: 14, bold: true }, '',
      { kv: [['Kontraktsnummer', f.nm('contract-number', p.kontrakt)], ['Objekt', `${p.obj}, lgh ${p.lgh}`], ['Uppsägning mottagen', t.date()], ['Avflyttningsdag', t.add(131400).date()], ['Personnummer', f.pPnr(p, '10dash')]] },
      `Vi bekräftar att vi har tagit emot din uppsägning. Avflyttningsbesiktning är bokad ${t.add(129000).date()} kl 09.00 med ${f.pName(insp, 'plain', E)}, telefon ${f.ph(insp.direct, 'dash')}.`,
      'Lämna samtliga nycklar, även tvättstugecylindern, till kundcenter senast kl 12.00 på avflyttningsdagen.', '',
      `Ny adress enligt din uppgift: ${f.nm('street', 'Birger Jarlsgatan')} ${r.int(2, 80)}, 114 ${r.int(20, 60)} Stockholm. Kontrollera att du har gjort flyttanmälan till Skatteverket.`, '',
      'Vänliga hälsningar', fitEnc(O.name, E), f.pName(s, 'plain', E), s.title];
    put(f.rel, await buildPdf(f, { title: 'Bekräftelse på uppsägning', author: O.name, header: [O.name, 'Kundcenter'],
      footer: [`${O.name} | ${O.address} | Tel ${f.ph(O.vx, 'dash')} | ${f.role(roleAddr(O, 'kundcenter'))}`, `Org.nr ${f.nm('org-number', O.orgnr)} | Bankgiro ${f.nm('bankgiro', O.bg)}`], blocks }));
  }
  // 6. tenant-influence protocol + disturbance complaints (DOCX)
  {
    const f = new Ctx('bostad/boinflytande_protokoll_2024-11-06.docx');
    const r = f.r;
    const ps = r.sample(tenants, 8);
    const fv = O.staff.find((x) => x.title === 'Förvaltare') ?? O.staff[2];
    const rows = [['Namn', 'Adress', 'Representerar'], [f.pName(fv), '-', O.name], ...ps.map((p, k) => [f.pName(p, k === 2 ? 'comma' : 'plain'), `${p.street}, lgh ${p.lgh}`, k < 3 ? 'Hyresgästföreningen lokalt' : 'Hyresgäst'])];
    const body = [{ h: 0, text: 'Protokoll boinflytandemöte Ekbacken' }, { kv: ['Datum:', '2024-11-06'] }, { kv: ['Plats:', `Gemensamhetslokalen, ${f.street('Karin Boyes gata')} 12`] }, { table: rows },
      { h: 2, text: '1. Upprustning av tvättstugor' }, `${f.pName(fv)} informerade om att tvättstugorna på ${BO_STREETS[0]} renoveras vecka 3-6 2025. ${f.pName(ps[0], 'short')} framförde att bokningstavlan behöver bytas.`,
      { h: 2, text: '2. Trygghet och belysning' }, `${f.pName(ps[1])} tog upp att belysningen i cykelrummet är dålig. ${f.first(ps[3])} efterfrågade kameror, vilket förvaltningen inte planerar.`,
      { h: 2, text: '3. Övrigt' }, `Per hushåll gäller max två parkeringstillstånd. Nästa möte planeras i maj. Kontakt inför mötet: ${f.pName(ps[2])}, ${f.pEmail(ps[2])}.`];
    f.nm('word-name', 'Per');
    put(f.rel, await buildDocx({ creator: nameStr(fv, 'plain'), title: 'Boinflytande', body, footer: [{ runs: [`${O.name} - Förvaltare ${f.pName(fv)} - ${f.ph(fv.direct, 'space')}`] }] }));
  }
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`bostad/storningsanmalan_${i + 1}.docx`);
    const r = f.r;
    const p = tenants[150 + i * 3];
    const n = tenants[151 + i * 3];
    const w = person(r);
    const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 15));
    const body = [{ runs: [{ text: f.pName(p), b: true }] }, fitEnc(p.street, undefined), `${p.postcode} ${p.town}`, `Tel: ${f.pPhone(p, r.pick(PSTYLE))}`, `E-post: ${f.pEmail(p)}`, { blank: true },
      `${p.town} ${t.sv()}`, { blank: true }, `Till: ${O.name}, Kundcenter`, { blank: true }, { h: 1, text: 'Störningsanmälan' }, { blank: true },
      `Jag heter ${f.pName(p, 'short')} och bor i lägenhet ${p.lgh}. Jag vill anmäla störningar från lägenheten ovanför, där ${f.pName(n)} bor.`,
      `Det har varit hög musik och bråk nattetid vid följande tillfällen: ${t.add(-20000).date()}, ${t.add(-12000).date()} och ${t.add(-3000).date()}, alla gånger efter kl 23.`,
      `Min granne ${f.pName(w)} i lägenhet ${r.int(1001, 1008)} har också hört det och kan intyga detta (${f.pPhone(w, r.pick(PSTYLE))}).`, `Jag har tidigare pratat med bovärden ${f.first(O.staff[0])} om detta utan resultat.`,
      { blank: true }, 'Jag vill att ni kontaktar hyresgästen och återkommer till mig. Vill inte bo kvar om det fortsätter så här.', { blank: true }, 'Med vänlig hälsning', { blank: true }, f.pName(p)];
    f.nm('word-name', 'bo');
    put(f.rel, await buildDocx({ creator: nameStr(p, 'plain'), title: 'Störningsanmälan', body }));
  }
  { // 7. tenant portal access log (Apache combined)
    const f = new Ctx('bostad/mina_sidor_access.log');
    const r = f.r;
    const users = Array.from({ length: 160 }, () => { const p = r.pick(tenants); return { p, ip: r.chance(0.18) ? ip6(r, r.pick(['full', 'short'])) : ip4(r) }; });
    const bots = [['66.249.66.' + r.int(1, 200), 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'], ['40.77.167.' + r.int(1, 200), 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)']];
    const paths = ['/mina-sidor/', '/mina-sidor/felanmalan', '/mina-sidor/kontrakt', '/mina-sidor/hyresavier', '/mina-sidor/tvattstuga/boka', '/lediga-lagenheter?omrade=ekbacken', '/api/session', '/static/js/app.3f9c1.js'];
    let t = T.of(2024, 11, 4, 0, 0, 3);
    const L = [];
    for (let i = 0; i < 1300; i++) {
      t = t.add(r.float() * 12);
      const x = r.float();
      if (x < 0.06) { const [bip, bua] = r.pick(bots); L.push(`${f.ip4(bip)} - - [${t.clf()}] "GET ${r.pick(paths.slice(5))} HTTP/1.1" 200 ${r.int(2000, 60000)} "-" "${bua}"`); continue; }
      if (x < 0.1) { f.privIp('10.0.4.20'); L.push(`10.0.4.20 - - [${t.clf()}] "GET /server-status?auto HTTP/1.1" 200 812 "-" "check_http/v2.3.3 (monitoring-plugins 2.3.3)"`); continue; }
      const u = r.pick(users);
      const ipS = u.ip.includes(':') ? f.ip6(u.ip) : f.ip4(u.ip);
      const auth = r.chance(0.35) ? f.pEmail(u.p) : '-';
      const path = r.pick(paths);
      const m = path.startsWith('/mina-sidor/felanmalan') && r.chance(0.4) ? 'POST' : 'GET';
      const q = path === '/mina-sidor/tvattstuga/boka' && r.chance(0.3) ? `?pass=${r.int(1, 6)}&datum=${t.date()}` : '';
      L.push(`${ipS} - ${auth} [${t.clf()}] "${m} ${path}${q} HTTP/${r.pick(['1.1', '2.0'])}" ${r.pick([200, 200, 200, 302, 304, 404])} ${r.int(0, 48000)} "${r.pick(['-', 'https://www.ekbackenhem.se/', 'https://www.ekbackenhem.se/mina-sidor/'])}" "${f.ua()}"`);
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  // 8. call transcripts
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`bostad/felanmalan_samtal_${['20241014_0805', '20241121_1630'][i]}.txt`);
    put(f.rel, transcript(f, f.r, O, i, (ff, r, p, a, k) => {
      const n = person(r);
      k(r.pick(['det läcker från taket i badrummet', 'värmen fungerar inte i hela lägenheten']) + ` och grannen ovanför ${ff.pName(n, 'lower')} svarar inte när jag knackar`);
      a('okej får vi gå in med huvudnyckel om du inte är hemma');
      k(`ja men ring mig först eller min sambo på ${ff.ph(makePhone(r, 'mobile'), 'odd')}`);
      a('absolut det blir en tekniker från oss i morgon förmiddag');
    }));
  }
}

function bostadMail(f, r, i, tenants) {
  const O = ORG.bostad;
  const cs = r.weighted(CHARSETS);
  const E = encOf(cs);
  const HE = cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset;
  const p = r.pick(tenants);
  const t = randTime(r);
  const s = r.pick(O.staff);
  const common = { ...cs, html: r.chance(0.5) ? (r.chance(0.5) ? 'entities' : true) : false };
  switch (i % 6) {
    case 0: case 3: {
      const q = person(r);
      const from = addrOf(f, p, { enc: HE, variant: r.chance(0.15) ? 'plus' : 'asis' });
      const text = [r.pick(['Hej!', 'Hej,']), '', `Jag vill ansöka om att hyra ut min lägenhet (${p.obj}, lgh ${p.lgh}) i andra hand från ${t.add(40000).date()} under ett år då jag ska jobba i Luleå.`,
        `Tänkt hyresgäst är ${f.pName(q, 'plain', E)}, personnummer ${f.pPnr(q)}, tel ${f.pPhone(q, r.pick(PSTYLE))}.`, `Mitt personnummer är ${f.pPnr(p)}.`, '', ...privSign(f, r, p, { enc: E })];
      return mkMsg(f, r, { ...common, from, to: [roleOf(f, O, 'uthyrning', 'Uthyrning Ekbackenhem')], date: t, subject: 'Ansökan andrahandsuthyrning', text });
    }
    case 1: {
      const from = addrOf(f, p, { enc: HE });
      const text = [`Hej ${f.first(s, E)}`, '', 'Får man hyra ut ett rum till en kompis om jag själv bor kvar? Han heter ' + (() => { const q = person(r, { sex: 'm' }); return f.pName(q, 'plain', E); })() + ' och behöver bo här i tre månader.', '', ...privSign(f, r, p, { enc: E })];
      f.nm('word-name', 'bor');
      return mkMsg(f, r, { ...common, from, to: [addrOf(f, s, { enc: HE })], date: t, subject: 'Fråga om inneboende', text });
    }
    case 2: {
      const n = r.pick(tenants);
      const from = addrOf(f, s, { enc: HE });
      const to = addrOf(f, n, { enc: HE });
      const text = [`Hej ${f.first(n, E)},`, '', `Vi har fått klagomål på störningar från din lägenhet (lgh ${n.lgh}) nattetid. Vi vill påminna om ordningsreglerna: det ska vara tyst mellan kl 22 och 07.`,
        'Vid upprepade störningar kan hyresavtalet komma att sägas upp.', '', ...staffSig(f, r, s, O, { enc: E })];
      return mkMsg(f, r, { ...common, from, to: [to], date: t, subject: 'Angående störningar', text });
    }
    case 4: {
      const from = addrOf(f, p, { enc: HE });
      const st = t.add(-r.int(1000, 9000));
      const sFrom = addrOf(f, s, { enc: HE });
      const quoted = [`Hej!`, '', `Din uppsägning av ${p.street}, lgh ${p.lgh} är registrerad. Avflyttning sker ${st.add(129600).date()}.`, '', ...staffSig(f, r, s, O, { enc: E, disclaimer: false })];
      const text = ['Tack! Går det att flytta besiktningen till eftermiddagen? Jag jobbar till 15.', '', ...privSign(f, r, p, { enc: E }), ...gmailQuote(fmtAddr(sFrom), st, quoted)];
      return mkMsg(f, r, { ...common, from, to: [sFrom], date: t, subject: 'Re: Bekräftelse uppsägning', text });
    }
    default: {
      const q = person(r);
      const from = addrOf(f, p, { enc: HE });
      const contract = [`ANDRAHANDSKONTRAKT`, '', `Hyresvärd (förstahandshyresgäst): ${nameStr(p, 'plain')}, ${fmtPnr(p, '12dash')[0]}`, `Hyresgäst: ${nameStr(q, 'plain')}, ${fmtPnr(q, '12dash')[0]}`, `Objekt: ${p.street}, lgh ${p.lgh}, ${p.postcode} ${p.town}`, `Hyra: 7 950 kr per månad`, `Period: ${t.add(30000).date()} - ${t.add(400000).date()}`, '', 'Underskrifter:', `${nameStr(p, 'plain')}    ${nameStr(q, 'plain')}`].join('\r\n');
      f.name(nameStr(p, 'plain'), nameSubtype(p, 'plain'));
      f.name(nameStr(q, 'plain'), nameSubtype(q, 'plain'));
      f.pnr(fmtPnr(p, '12dash')[0], 'attachment');
      f.pnr(fmtPnr(q, '12dash')[0], 'attachment');
      const text = ['Hej', '', 'Bifogar andrahandskontraktet som ni bad om.', '', ...privSign(f, r, p, { enc: E })];
      return mkMsg(f, r, { ...common, from, to: [roleOf(f, O, 'uthyrning', 'Uthyrning')], date: t, subject: 'Kontrakt andrahand', text,
        attachments: [{ filename: 'andrahandskontrakt.txt', type: 'text/plain', charset: 'utf-8', data: Buffer.from(contract, 'utf8') }] });
    }
  }
}

// ═════════════════════════════════════════════════════════════ gym/ — Kraftverket Träning, membership system
const CLUBS = ['Uppsala Centrum', 'Uppsala Boländerna', 'Gottsunda', 'Enköping', 'Märsta', 'Knivsta'];
async function buildGym() {
  const O = ORG.gym;
  const base = new Rng('gym:members');
  const members = Array.from({ length: 230 }, (_, i) => {
    const minor = base.chance(0.06);
    const p = person(base, minor ? { years: [2007, 2008] } : {});
    p.id = `M-${104000 + i * 7 + base.int(0, 6)}`;
    p.club = base.pick(CLUBS);
    p.guardian = minor ? Object.assign(person(base), {}) : null;
    if (p.guardian) p.guardian.family = base.chance(0.7) ? p.family : p.guardian.family;
    p.tag = base.hex(12).toUpperCase();
    return p;
  });
  { // 1. members CSV, English header, UTF-8 BOM
    const f = new Ctx('gym/members_export.csv');
    const r = f.r;
    const rows = [['member_id', 'name', 'personal_number', 'email', 'mobile', 'home_club', 'membership_type', 'start_date', 'binding_end', 'payment_method', 'bank_account', 'status', 'notes']];
    for (const p of members) {
      const start = randTime(r, T.of(2019, 1, 1), T.of(2024, 11, 1));
      const notes = [];
      if (p.guardian) notes.push(`Guardian: ${f.pName(p.guardian)} ${f.pPhone(p.guardian, r.pick(['dash', 'intl']))}`);
      if (r.chance(0.12)) notes.push(`Frozen ${start.add(100000).date()} - ${start.add(230000).date()} (${r.pick(['parental leave', 'injury cert. received', 'studies abroad', 'föräldraledig'])})`);
      if (r.chance(0.08)) notes.push(`Corporate: ${f.nm('company', r.pick(COMPANIES_PERSON))}`);
      if (r.chance(0.06)) notes.push(`Referred by ${f.pName(r.pick(members))}`);
      if (r.chance(0.04)) notes.push(`Template import row, ssn format ${f.nm('template', 'YYYYMMDD-NNNN')}`);
      const auto = r.chance(0.6);
      rows.push([p.id, f.pName(p, r.pick(['plain', 'plain', 'plain', 'caps', 'lower'])), f.pPnr(p, r.pick(['12plain', '12dash', '10dash', '10plain'])), r.chance(0.95) ? f.pEmail(p, r.chance(0.1) ? 'plus' : r.chance(0.05) ? 'upper' : 'asis') : '',
        f.pPhone(p, r.pick(['intl', 'intl', 'plain', 'dash', 'intlsp'])), p.club, r.pick(['All Access 12m', 'Basic 24m', 'Student', 'Senior', 'Flex (no binding)', 'Junior']), start.date(), start.add(525600).date(),
        auto ? 'Autogiro' : r.pick(['Card', 'Invoice']), auto ? f.nm('bank-account', clearingAcct(r)) : '', r.pick(['active', 'active', 'active', 'frozen', 'cancelled', 'debt']), notes.join('\n')]);
    }
    put(f.rel, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(rows), 'utf8')]));
  }
  { // 2. check-in events
    const f = new Ctx('gym/checkins_2024-10.ndjson');
    const r = f.r;
    let t = T.of(2024, 10, 1, 5, 30, 0);
    const L = [];
    const active = r.sample(members, 140);
    while (L.length < 1300) {
      t = t.add(r.float() * 14);
      if (t.h >= 23 || t.h < 5) { t = T.of(t.y, t.mo, t.day + (t.h >= 23 ? 1 : 0), 5, 30, 0); continue; }
      const p = r.pick(active);
      const e = { ts: t.isoT(), club: r.chance(0.85) ? p.club : r.pick(CLUBS), door: r.pick(['main', 'main', 'side']), member: { id: p.id, name: f.pName(p) }, tag: p.tag, reader: f.nm('mac-address', `00:1A:2B:${p2(CLUBS.indexOf(p.club) + 10)}:4D:5E`), result: r.weighted([['granted', 40], ['denied_frozen', 1], ['denied_debt', 1]]) };
      if (r.chance(0.03)) { const g = person(r); e.guest = { name: f.pName(g), phone: f.pPhone(g, 'intl'), signedWaiver: true }; }
      L.push(JSON.stringify(e));
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  { // 3. support tickets JSON, \u-escaped like a Python json.dumps
    const f = new Ctx('gym/support_tickets.json');
    const r = f.r;
    const tickets = [];
    for (let i = 0; i < 48; i++) {
      const p = r.pick(members);
      const s = r.pick(O.staff);
      const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 28), { work: false });
      const en = r.chance(0.25);
      const topic = r.pick(en ? ['Cancel membership', 'Double charged', 'Freeze request'] : ['Uppsägning', 'Dubbeldragning autogiro', 'Frysning', 'Tagg fungerar inte', 'Byte av hemmaklubb']);
      const conv = [{ from: { type: 'member', name: f.pName(p), email: f.pEmail(p) }, at: t.isoZ(),
        body_html: en ? `<p>Hi,</p><p>${topic === 'Double charged' ? `I was charged twice in October (2 x 449 SEK). My member number is ${p.id}.` : `I would like to ${topic.toLowerCase()} from next month.`}</p><p>Best,<br>${r.chance(0.5) ? f.pName(p) : f.first(p)}</p>`
          : `<p>Hej!</p><p>${topic === 'Frysning' ? 'Jag ska resa bort i tre månader och vill frysa mitt kort.' : topic === 'Tagg fungerar inte' ? `Taggen fungerar inte i dörren på ${p.club}.` : `Gäller ${topic.toLowerCase()}.`} Medlemsnummer ${p.id}, personnummer ${f.pPnr(p, r.pick(['10dash', '12dash']))}.</p><p>Mvh ${f.pName(p, 'short')}<br>${f.pPhone(p, r.pick(PSTYLE))}</p>` }];
      if (r.chance(0.8)) conv.push({ from: { type: 'agent', name: f.pName(s), email: f.pEmail(s) }, at: t.add(r.int(60, 3000)).isoZ(), body_html: `<p>${en ? 'Hi' : 'Hej'} ${f.first(p)}!</p><p>${en ? 'Thanks for reaching out, this is sorted now.' : 'Tack för ditt mejl, nu är det ordnat.'}</p><p>${en ? 'Best regards' : 'Vänliga hälsningar'}<br>${f.pName(s)}<br>${s.title}<br>${O.name}</p>` });
      tickets.push({ id: 88000 + i * 13, subject: topic, status: r.pick(['solved', 'solved', 'open', 'pending']), priority: null, tags: [topic.toLowerCase().replace(/\s+/g, '_')], requester: { id: p.id, name: f.pName(p), email: f.pEmail(p), phone: r.chance(0.5) ? f.pPhone(p, 'intl') : null },
        assignee: r.chance(0.8) ? { name: f.pName(s), email: f.pEmail(s) } : null, created_at: t.isoZ(), via: { channel: r.pick(['email', 'web', 'app']), source: { ip: r.chance(0.5) ? f.ip4(ip4(r)) : null } }, conversation: conv, custom_fields: { club: p.club, member_since: null } });
    }
    put(f.rel, asciiJson(JSON.stringify({ tickets, count: tickets.length, next_page: null }, null, 1)));
  }
  { // 4. API access log with IPv6, X-Forwarded-For and app versions
    const f = new Ctx('gym/app_api_access.log');
    const r = f.r;
    let t = T.of(2024, 10, 12, 6, 0, 1);
    const users = r.sample(members, 120).map((p) => ({ p, ip: r.chance(0.35) ? ip6(r, r.pick(['full', 'short', 'upper'])) : ip4(r) }));
    f.nm('oid', '1.3.6.1.4.1.2021.10.1.3.1');
    const L = [`# nginx api.kraftverkettraning.se - log_format main_ext  snmp-check oid=1.3.6.1.4.1.2021.10.1.3.1`];
    const lb = ['10.40.0.11', '10.40.0.12'];
    lb.forEach((x) => f.privIp(x));
    for (let i = 0; i < 1100; i++) {
      t = t.add(r.float() * 10);
      if (r.chance(0.02)) { L.push(`${f.privIp('::1')} - - [${t.clf()}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"`); continue; }
      if (r.chance(0.01)) { L.push(`${f.privIp('fe80::a8c1:12ff:fe4b:9e01')} - - [${t.clf()}] "GET /metrics HTTP/1.1" 403 0 "-" "Prometheus/2.53.0"`); continue; }
      const u = r.pick(users);
      const ipS = u.ip.includes(':') ? f.ip6(u.ip) : f.ip4(u.ip);
      const ver = r.pick(['5.4.2', '5.4.1', '5.3.9']);
      if (u.ip.includes(':') && r.chance(0.03)) { L.push(`upstream_error client=[${u.ip}]:${r.int(1024, 65000)} upstream=10.40.0.11:8080 msg="connect() failed (111: Connection refused)"`); continue; }
      const path = r.pick(['/v2/members/me', '/v2/members/me/bookings', '/v2/classes?club=' + encodeURIComponent(u.p.club), '/v2/checkin/qr', '/v2/members/me/invoices', '/v2/auth/refresh']);
      let extra = '';
      if (r.chance(0.02)) extra = ` body="email=${f.pEmail(u.p)}&phone=${f.pPhone(u.p, 'intl')}"`;
      L.push(`${ipS} - ${u.p.id} [${t.clf()}] "${r.pick(['GET', 'GET', 'POST'])} ${path} HTTP/2.0" ${r.pick([200, 200, 201, 401, 304])} ${r.int(90, 9000)} "-" "Kraftverket/${ver} (${r.pick(['iPhone; iOS 17.6.1', 'Android 14; SM-A546B', 'iPhone; iOS 18.0.1'])})" rt=0.${p3(r.int(5, 600))} xff="${ipS}, ${r.pick(lb)}"${extra}`);
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  // 5. freeze / cancellation e-mails
  for (let i = 0; i < 3; i++) {
    const f = new Ctx(`gym/frysning_${i + 1}.eml`);
    const r = f.r;
    const p = r.pick(members.filter((m) => !m.guardian));
    const s = r.pick(O.staff);
    const t = randTime(r);
    const en = i === 2;
    const cs = en ? { charset: 'utf-8', cte: 'quoted-printable', hdrCharset: 'utf-8', hdrMode: 'Q' } : r.weighted(CHARSETS);
    const E = encOf(cs);
    const text = en
      ? ['Hi,', '', `I'd like to freeze my membership (${p.id}) from ${t.add(20000).date()} for three months, I'm going to Chile for work.`, `You can reach me on ${f.ph(makePhone(r, r.pick(['uk', 'de'])), 'intlsp')} while I'm away, or WhatsApp ${f.pPhone(p, 'intl')}.`, '', ...privSign(f, r, p, { lang: 'en', phone: false })]
      : [r.pick(['Hej!', 'Hej']), '', `Jag vill frysa mitt medlemskap från ${t.add(20000).date()} pga ${r.pick(['föräldraledighet', 'utlandsresa', 'flytt'])}. Medlemsnummer ${p.id}, personnummer ${f.pPnr(p)}.`, '', ...privSign(f, r, p, { enc: E })];
    const reply = en ? null : [`Hej ${f.first(p, E)}!`, '', 'Frysningen är registrerad. Avgiften för frysning är 49 kr per månad.', '', ...staffSig(f, r, s, O, { enc: E, compact: true })];
    const from = addrOf(f, p, { enc: cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset });
    const m = reply
      ? mkMsg(f, r, { ...cs, html: true, from: addrOf(f, s, {}), to: [from], date: t.add(400), subject: 'SV: Frysning av medlemskap', text: [...reply, ...outlookQuoteSv(f, { fromStr: fmtAddr(from), sent: t, toStr: roleAddr(O, 'medlem'), subject: 'Frysning av medlemskap', lines: text })] })
      : mkMsg(f, r, { ...cs, from, to: [roleOf(f, O, 'medlem', 'Kraftverket Medlemsservice')], date: t, subject: 'Freeze membership', text });
    if (reply) f.role(roleAddr(O, 'medlem'));
    put(f.rel, Buffer.from(m.raw, 'latin1'));
  }
  { // 6. membership agreement (PDF form)
    const f = new Ctx('gym/medlemsavtal_M-104987.pdf');
    const r = f.r;
    const E = 'windows-1252';
    const p = members[140];
    const s = O.staff.find((x) => x.title === 'Receptionist') ?? O.staff[0];
    const blocks = [{ text: 'Medlemsavtal', size: 16, bold: true }, '', { kv: [['Medlemsnummer', p.id], ['Namn', f.pName(p, 'plain', E)], ['Personnummer', f.pPnr(p, '12dash')], ['Adress', f.addr(p, E)], ['Mobil', f.pPhone(p, 'dash')], ['E-post', f.pEmail(p)],
      ['Hemmaklubb', p.club], ['Medlemskap', 'All Access 12 mån, 449 kr/mån'], ['Startdatum', '2024-10-01'], ['Betalning', 'Autogiro'], ['Kontonummer', f.nm('bank-account', clearingAcct(r))], ['Betalningsmottagare', `${O.name}, bankgiro ${f.nm('bankgiro', O.bg)}`]] },
    'Jag godkänner Kraftverkets medlemsvillkor (version 2024.2) och att mina personuppgifter behandlas enligt integritetspolicyn. Uppsägningstid är en månad efter bindningstidens slut.', '',
    { kv: [['Signerat med BankID', '2024-09-28 18:42'], ['Säljare', f.pName(s, 'plain', E)], ['IP-adress', f.ip4(ip4(r))]] }];
    put(f.rel, await buildPdf(f, { title: 'Medlemsavtal', author: O.name, header: [O.name, `Org.nr ${f.nm('org-number', O.orgnr)}`], footer: [`${O.name} | ${O.address} | Medlemsservice ${f.ph(O.vx, 'dash')} | ${f.role(roleAddr(O, 'medlem'))}`], blocks }));
  }
  { // 7. PT bookings, pipe-separated
    const f = new Ctx('gym/pt_bokningar.csv');
    const r = f.r;
    const pts = O.staff.filter((x) => x.title === 'Personlig tränare').concat(O.staff.slice(0, 2));
    const L = ['Datum|Tid|Tränare|Medlem|Medlemsnr|Telefon|Kommentar'];
    for (let i = 0; i < 120; i++) {
      const p = r.pick(members);
      const t = randTime(r, T.of(2024, 10, 1), T.of(2024, 12, 20));
      L.push([t.date(), t.hm(), f.pName(r.pick(pts), 'short'), f.pName(p, r.pick(['plain', 'comma'])), p.id, f.pPhone(p, r.pick(['dash', 'space', 'plain'])), r.one('', 'Första pass', 'Rehab knä', () => `Kompis följer med: ${f.pName(person(r))}`, 'Per SMS: vill flytta till 07.00', 'Inga skador')].join('|'));
    }
    put(f.rel, `${L.join('\r\n')}\r\n`);
  }
}

// ═════════════════════════════════════════════════════════════ ehandel/ — Nordvik Hem & Fritid, returns desk
const PRODUCTS = [['Soffa Stina 3-sits', 8995], ['Kudde Greta 50x60', 199], ['Lampa Ingrid', 649], ['Matta Berit 160x230', 1495], ['Fåtölj Sixten', 3495], ['Påslakan Elsa', 349], ['Trädgårdsmöbel Tore 4 st', 5995], ['Kastrull Agda 3 l', 429], ['Hylla Alva', 899], ['Vas Hedvig', 159]];
function productRef(f, r) { const [n, price] = r.pick(PRODUCTS); f.nm('product', n); return { name: n, sku: `NH-${r.digits(3, '123456789')}-${r.digits(3)}-${r.digits(2)}`, price }; }
const orderNo = (r) => safeDigits(r, 10, '1');
const klarnaRef = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
async function buildEhandel() {
  const O = ORG.ehandel;
  const base = new Rng('ehandel:customers');
  const customers = Array.from({ length: 220 }, () => person(base));
  { // 1. returns CSV (, UTF-8 no BOM, English header)
    const f = new Ctx('ehandel/returns_2024Q3.csv');
    const r = f.r;
    const rows = [['return_id', 'order_number', 'created_at', 'customer_name', 'customer_email', 'customer_phone', 'items', 'reason', 'refund_amount', 'payment_method', 'payment_reference', 'status', 'agent']];
    for (let i = 0; i < 210; i++) {
      const p = r.pick(customers);
      const t = randTime(r, T.of(2024, 7, 1), T.of(2024, 9, 30), { work: false });
      const pr = productRef(f, r);
      const pm = r.pick(['Klarna Faktura', 'Klarna Delbetalning', 'Kort', 'Swish']);
      const ref = pm.startsWith('Klarna') ? f.nm('payment-ref', klarnaRef(r)) : pm === 'Swish' ? f.nm('payment-ref', `${r.alnum(32, '0123456789ABCDEF')}`) : f.nm('payment-ref', `ch_${r.alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`);
      rows.push([`R${t.y}${p3(i)}${r.digits(2)}`, f.nm('order-number', orderNo(r)), t.isoZ(), f.pName(p, r.pick(['plain', 'plain', 'lower', 'caps'])), f.pEmail(p, r.chance(0.1) ? 'upper' : 'asis'), r.chance(0.7) ? f.pPhone(p, r.pick(['intl', 'plain', 'dash'])) : '',
        `${r.int(1, 3)} x ${pr.name} (${pr.sku})`, r.pick(['Ångerrätt', 'Fel storlek', 'Transportskada', 'Fel färg', 'Defekt']), `${pr.price}.00`, pm, ref, r.pick(['refunded', 'received', 'awaiting_parcel', 'rejected']), r.chance(0.6) ? f.pName(r.pick(O.staff), 'short') : '']);
    }
    put(f.rel, csv(rows));
  }
  { // 2. returns API dump
    const f = new Ctx('ehandel/returer_api_dump.json');
    const r = f.r;
    const data = [];
    for (let i = 0; i < 60; i++) {
      const p = r.pick(customers);
      const q = r.chance(0.2) ? person(r) : p;
      const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 28), { work: false });
      const lines = Array.from({ length: r.int(1, 3) }, () => { const pr = productRef(f, r); return { sku: pr.sku, title: pr.name, qty: r.int(1, 2), unitPrice: { amount: pr.price * 100, currency: 'SEK' } }; });
      const s = r.pick(O.staff);
      data.push({ id: `ret_${r.hex(10)}`, createdAt: t.isoZms(), order: { number: f.nm('order-number', orderNo(r)), placedAt: t.add(-r.int(2000, 40000)).isoZms(),
        billing: { name: f.pName(p), email: f.pEmail(p), phone: r.chance(0.6) ? f.pPhone(p, 'intl') : null, address: { street: p.street, postalCode: p.postcode.replace(' ', ''), city: p.town, country: 'SE' } },
        shipping: q === p ? null : { name: f.pName(q), phone: f.pPhone(q, 'intl'), servicePoint: `${r.pick(['ICA Nära', 'Pressbyrån', 'OKQ8', 'Coop'])} ${r.pick(['Centrum', 'Väst', 'Torget'])}` } },
        lines, reason: { code: r.pick(['WRONG_SIZE', 'DAMAGED', 'REGRET', 'NOT_AS_DESCRIBED']), comment: r.one(null, 'Kom trasig, kartongen var blöt.', () => `Beställde till min mamma ${f.pName(person(r, { sex: 'f' }))}, hon ville inte ha den.`, 'Too big for our living room.') },
        refund: { status: r.pick(['PENDING', 'COMPLETED', null]), amount: null, klarnaOrderId: r.chance(0.6) ? f.nm('payment-ref', klarnaRef(r)) : null },
        notes: r.chance(0.5) ? [{ author: f.pName(s), createdAt: t.add(600).isoZms(), bodyHtml: r.one(`<p>Kund ringde, skickar bilder.</p>`, () => `<p>Kontaktat kund på <a href="tel:${fmtPhone(p.mobile, 'intl')}">${f.pPhone(p, 'dash')}</a>.</p>`, `<p>Reklamation godkänd, ny skickas.</p>`) }] : [],
        tracking: { carrier: r.pick(['PostNord', 'DHL', 'Budbee']), number: f.nm('tracking-number', `${r.alnum(2)}${r.digits(9)}SE`) } });
    }
    put(f.rel, JSON.stringify({ data, pagination: { page: 1, perPage: 60, next: null } }, null, 2));
  }
  { // 3. payment webhooks (NDJSON)
    const f = new Ctx('ehandel/betalningar_webhooks.ndjson');
    const r = f.r;
    const L = [];
    let t = T.of(2024, 10, 1, 0, 0, 5);
    for (let i = 0; i < 420; i++) {
      t = t.add(r.float() * 180);
      const p = r.pick(customers);
      const type = r.pick(['order.authorized', 'order.captured', 'refund.initiated', 'refund.completed', 'order.cancelled']);
      L.push(JSON.stringify({ id: `evt_${r.hex(16)}`, type, created: t.epochMs(), data: { merchantReference: f.nm('order-number', orderNo(r)), klarnaOrderId: f.nm('payment-ref', klarnaRef(r)), amount: r.int(99, 12000) * 100, currency: 'SEK',
        customer: type.startsWith('order.a') ? { email: f.pEmail(p), phone: f.pPhone(p, 'intl'), givenName: f.first(p), familyName: f.fam(p), ip: f.ip4(ip4(r)) } : { email: f.pEmail(p) }, ocr: type === 'order.captured' ? f.nm('ocr', ocrNr(r, 14)) : null } }));
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  { // 4. customer-service mailbox (multipart/alternative HTML, base64)
    const f = new Ctx('ehandel/kundtjanst_returer.mbox');
    const msgs = [];
    for (let i = 0; i < 18; i++) msgs.push(ehandelMail(f, f.r, i, customers));
    put(f.rel, mbox(msgs.sort((a, b) => a.date.ms - b.date.ms)));
  }
  for (let i = 0; i < 3; i++) {
    const f = new Ctx(`ehandel/reklamation_${['soffa', 'lampa', 'tradgardsmobel'][i]}.eml`);
    put(f.rel, Buffer.from(ehandelMail(f, f.r, [1, 4, 2][i], customers).raw, 'latin1'));
  }
  // 5. complaint letters (DOCX)
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`ehandel/reklamation_brev_${i + 1}.docx`);
    const r = f.r;
    const p = customers[200 + i];
    const pr = productRef(f, r);
    const t = randTime(r);
    const on = f.nm('order-number', orderNo(r));
    const q = person(r);
    const body = [f.pName(p), p.street, `${p.postcode} ${p.town}`, f.pPhone(p, r.pick(PSTYLE)), f.pEmail(p), { blank: true }, O.name, 'Att: Reklamationer', 'Lagergatan 9', '504 64 Borås', { blank: true }, `${p.town}, ${t.sv()}`, { blank: true },
      { h: 1, text: `Reklamation - order ${on}` }, { blank: true },
      `Jag köpte en ${pr.name} (art.nr ${pr.sku}) som levererades ${t.add(-40000).date()}. Redan efter några veckor har ${r.pick(['sömmen gått upp', 'foten spruckit', 'färgen släppt'])}. Enligt konsumentköplagen har jag rätt att reklamera fel som funnits vid leveransen inom tre år.`,
      `Jag har tidigare pratat med er kundtjänst (${f.pName(r.pick(O.staff), 'short')}) utan att få svar. Min sambo ${f.pName(q)} var hemma vid leveransen och kan intyga att kartongen var skadad.`,
      'Jag kräver i första hand att varan repareras och i andra hand att jag får pengarna tillbaka. Betalningen gjordes med Klarna faktura.', { blank: true },
      'Bilagor: kvitto, foton (3 st)', { blank: true }, 'Med vänliga hälsningar', { blank: true }, f.pName(p, 'plain')];
    put(f.rel, await buildDocx({ creator: nameStr(p, 'plain'), title: 'Reklamation', body }));
  }
  // 6. credit notes (PDF)
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`ehandel/kreditnota_${['K2024-1187', 'K2024-1342'][i]}.pdf`);
    const r = f.r;
    const E = 'windows-1252';
    const p = customers[210 + i];
    const prs = [productRef(f, r), productRef(f, r)];
    const blocks = [{ text: 'KREDITNOTA', size: 16, bold: true }, '', { kv: [['Kreditnota nr', ['K2024-1187', 'K2024-1342'][i]], ['Datum', '2024-11-12'], ['Ordernummer', f.nm('order-number', orderNo(r))], ['Kundnummer', f.nm('customer-number', safeDigits(r, 8))], ['OCR', f.nm('ocr', ocrNr(r, 12))]] },
      'Kund:', f.pName(p, 'caps', E), fitEnc(p.street, E), `${p.postcode} ${p.town}`, '',
      ...prs.map((x) => `1 st ${x.name}  ${x.sku}  -${x.price},00 kr`), '', `Totalt att återbetala: -${prs[0].price + prs[1].price},00 kr (varav moms ${Math.round((prs[0].price + prs[1].price) * 0.2)},00 kr)`, '',
      'Beloppet återbetalas till det betalsätt du använde vid köpet inom 5-10 bankdagar.', '', `Frågor? Kontakta kundtjänst på ${f.ph(O.service, 'dash')} eller ${f.role(roleAddr(O, 'kundtjanst'))}.`];
    put(f.rel, await buildPdf(f, { title: 'Kreditnota', author: O.name, header: [O.name, 'www.nordvikhem.se'], footer: [`${O.name} | ${O.address} | Org.nr ${f.nm('org-number', O.orgnr)} | Bankgiro ${f.nm('bankgiro', O.bg)} | Plusgiro ${f.nm('plusgiro', plusgiro(r))} | ${f.nm('iban', ibanSe(r))}`, 'Innehar F-skattsedel'], blocks }));
  }
}

function ehandelMail(f, r, i, customers) {
  const O = ORG.ehandel;
  const p = r.pick(customers);
  const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 28), { work: false });
  const s = r.pick(O.staff);
  const on = orderNo(r);
  const kt = () => roleOf(f, O, 'kundtjanst', 'Nordvik Kundtjänst');
  const cs = { charset: 'utf-8', cte: 'base64', hdrCharset: 'utf-8', hdrMode: 'B' };
  switch (i % 5) {
    case 0: {
      const text = [`Hej ${f.first(p)}!`, '', `Vi har tagit emot din retur för order ${f.nm('order-number', on)}. Återbetalningen sker inom 5 bankdagar.`, '', 'Hälsningar', 'Nordvik Hem & Fritid', '', 'Detta mejl kan inte besvaras.'];
      return mkMsg(f, r, { ...cs, html: true, from: { name: 'Nordvik Hem & Fritid', addr: f.role(roleAddr(O, 'noreply')) }, to: [addrOf(f, p)], date: t, subject: `Din retur för order ${on} är mottagen`, text, received: false });
    }
    case 1: case 2: {
      const pr = productRef(f, r);
      const q = person(r);
      const text = [r.pick(['Hej!', 'Hej', 'Hello']), '', `Soffan/varan ${pr.name} från order ${f.nm('order-number', on)} kom med en reva i tyget. Budet (${r.pick(['Budbee', 'DHL'])}) lämnade den utanför dörren trots att jag valde kvittens.`,
        `Min granne ${f.pName(q)} tog in den åt mig, hon kan bekräfta att kartongen var sönder.`, '', `Nås på ${f.pPhone(p, r.pick(PSTYLE))}.`, '', ...privSign(f, r, p, { phone: false })];
      return mkMsg(f, r, { ...cs, cte: r.pick(['base64', 'quoted-printable']), html: r.chance(0.6), from: addrOf(f, p, { variant: r.chance(0.2) ? 'plus' : 'asis' }), to: [kt()], date: t, subject: `Reklamation order ${on}`, text });
    }
    case 3: {
      const st = t.add(-r.int(2000, 9000));
      const pFrom = addrOf(f, p, {});
      const quoted = [`Hej! Jag vill returnera ${productRef(f, r).name}, hur gör jag?`, '', ...privSign(f, r, p)];
      const text = [`Hej ${f.first(p)},`, '', 'Du skapar en retur på Mina sidor > Ordrar > Returnera. Du får en QR-kod som du visar hos ombudet.', '', ...staffSig(f, r, s, O), '', `Den ${st.gmailSv()} skrev ${fmtAddr(pFrom)}:`, ...quoted.map((l) => `> ${l}`)];
      return mkMsg(f, r, { ...cs, html: 'entities', from: addrOf(f, s), to: [pFrom], date: t, subject: 'SV: Retur', text });
    }
    default: {
      const text = ['Hi,', '', `I'm writing from Norway, order ${f.nm('order-number', on)}. The lamp arrived broken. I have attached photos. Please call me on ${f.ph(makePhone(r, 'no'), r.pick(['intlsp', 'intl']))}.`, '', ...privSign(f, r, p, { lang: 'en', phone: false })];
      return mkMsg(f, r, { ...cs, html: true, from: addrOf(f, p, {}), to: [kt()], date: t, subject: 'Broken lamp', text,
        attachments: [{ filename: 'lampe.jpg', type: 'image/jpeg', data: Buffer.from(Array.from({ length: 900 }, () => r.int(0, 255))) }] });
    }
  }
}

// ═════════════════════════════════════════════════════════════ klinik/ — dental clinic + vet clinic booking
async function buildKlinik() {
  const D = ORG.tand;
  const V = ORG.vet;
  const base = new Rng('klinik:patients');
  const patients = Array.from({ length: 200 }, () => { const child = base.chance(0.15); const p = person(base, child ? { child: true } : { town: ['Göteborg', '412'] }); if (child) { p.guardian = person(base, { town: ['Göteborg', '412'] }); if (base.chance(0.7)) p.guardian.family = p.family; } return p; });
  const owners = Array.from({ length: 75 }, () => { const p = person(base, { town: ['Uppsala', '753'] }); p.pets = Array.from({ length: base.int(1, 2) }, () => ({ name: base.pick(PET_NAMES), species: base.pick(['Hund', 'Katt', 'Katt', 'Kanin']), chip: `752${base.digits(12)}` })); return p; });
  { // 1. dental bookings — ; UTF-8 CRLF
    const f = new Ctx('klinik/tandvard_bokningar.csv');
    const r = f.r;
    const rows = [['Datum', 'Tid', 'Behandlare', 'Patient', 'Personnummer', 'Mobil', 'E-post', 'Besökstyp', 'Status', 'Bokad via', 'Kommentar']];
    for (let i = 0; i < 210; i++) {
      const p = r.pick(patients);
      const t = randTime(r, T.of(2024, 9, 2), T.of(2024, 12, 20));
      const cont = p.guardian ?? p;
      let k = r.one('', '', 'Påminn via SMS', 'Tolk: arabiska', 'Vill ha tidig tid', () => `Ombokad från ${t.add(-r.int(3000, 20000)).date()}`);
      if (p.guardian) k = `Vårdnadshavare: ${f.pName(p.guardian, r.pick(['plain', 'comma']))} ${f.pPhone(p.guardian, r.pick(PSTYLE))}${k ? `. ${k}` : ''}`;
      rows.push([t.date(), t.hm(), f.pName(r.pick(D.staff.filter((x) => x.title !== 'Receptionist')), r.pick(['short', 'comma'])), f.pName(p, r.pick(['comma', 'comma', 'commaCaps'])), f.pPnr(p, r.pick(['12dash', '12plain', '10dash'])),
        f.pPhone(cont, r.pick(['dash', 'plain', 'space', 'intl'])), r.chance(0.6) ? f.pEmail(cont) : '', r.pick(['Revisionsbesök', 'Nybesök', 'Tandhygienist', 'Akuttid', 'Uppföljning']), r.pick(['Bokad', 'Bekräftad', 'Avbokad', 'Uteblev', 'Genomförd']),
        r.pick(['Webb', 'Telefon', 'Reception', 'App']), k]);
    }
    put(f.rel, csv(rows, { delim: ';', eol: '\r\n' }));
  }
  { // 2. SMS reminders
    const f = new Ctx('klinik/sms_paminnelser.ndjson');
    const r = f.r;
    const L = [];
    let t = T.of(2024, 10, 1, 8, 0, 0);
    for (let i = 0; i < 300; i++) {
      t = t.add(r.float() * 220);
      const vet = r.chance(0.3);
      const p = vet ? r.pick(owners) : r.pick(patients);
      const to = p.guardian ?? p;
      const appt = t.add(r.int(1300, 1500));
      const st = r.pick((vet ? V : D).staff);
      const body = vet
        ? `Hej ${f.first(to)}! Påminnelse: ${f.nm('pet-name', p.pets[0].name)} har tid hos Djurkliniken Fyrfota ${appt.date()} kl ${appt.hm()}. Avbokning senast 24 h innan på ${f.ph(V.vx, 'dash')}. Mvh Fyrfota`
        : `Hej ${f.first(to)}! Påminnelse om ${p.guardian ? `${f.first(p)}s` : 'din'} tid hos Tandvårdshuset Solgläntan ${appt.date()} kl ${appt.hm()} hos ${f.pName(st, 'short')}. Av-/ombokning senast 24 h innan på ${f.ph(D.vx, r.pick(['dash', 'space']))}, annars debiteras 450 kr. Svara ej på detta sms.`;
      L.push(JSON.stringify({ sent: t.isoZ(), to: f.pPhone(to, r.pick(['intl', 'e164nop', 'intl'])), sender: vet ? 'Fyrfota' : 'Solglantan', template: vet ? 'vet_reminder_24h' : 'reminder_24h', body, status: r.weighted([['delivered', 30], ['failed', 1], ['expired', 1]]), providerMsgId: r.hex(20), segments: body.length > 160 ? 2 : 1, cost: { amount: 0.45, currency: 'SEK' } }));
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  { // 3. vet clinic customers (JSON)
    const f = new Ctx('klinik/djurklinik_kunder.json');
    const r = f.r;
    const out = owners.map((p, i) => {
      const alt = r.chance(0.3) ? person(r) : null;
      return { kundId: 30000 + i * 3, agare: { namn: f.pName(p, r.pick(['plain', 'plain', 'reversed'])), personnummer: r.chance(0.8) ? f.pPnr(p, r.pick(['12dash', '10dash', '12plain'])) : null, telefon: [f.pPhone(p, r.pick(PSTYLE)), ...(r.chance(0.2) ? [f.ph(orgPhone(r, '18', 6, false), 'dash')] : [])], epost: r.chance(0.75) ? f.pEmail(p) : null, adress: f.addr(p) },
        alternativKontakt: alt ? { namn: f.pName(alt), telefon: f.pPhone(alt, r.pick(PSTYLE)), relation: r.pick(['sambo', 'granne', 'dotter', 'son']) } : null,
        djur: p.pets.map((d) => ({ namn: f.nm('pet-name', d.name), art: d.species, ras: d.species === 'Hund' ? r.pick(['Labrador', 'Tax', 'Blandras', 'Golden retriever']) : d.species === 'Katt' ? r.pick(['Huskatt', 'Helig birma', 'Maine coon']) : 'Dvärgvädur', fodd: randTime(r, T.of(2010, 1, 1), T.of(2024, 1, 1)).date(), chipnummer: f.nm('chip-number', d.chip), forsakring: r.pick(['Agria', 'Sveland', null]) })),
        senasteBesok: randTime(r, T.of(2024, 1, 8), T.of(2024, 11, 28)).date(), anteckning: r.one(null, null, 'Hunden är rädd för män.', () => `Faktura skickas till ${f.pName(person(r))}.`, 'Betalar alltid med Swish.') };
    });
    put(f.rel, JSON.stringify({ klinik: 'Djurkliniken Fyrfota', exporterad: '2024-12-02T06:00:00+01:00', kunder: out }, null, 2));
  }
  // 4. appointment letters
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`klinik/kallelse_${i === 0 ? 'tandvard' : 'djurklinik'}_${i + 1}.pdf`);
    const r = f.r;
    const E = 'windows-1252';
    const O = i === 0 ? D : V;
    const p = i === 0 ? patients.find((x) => x.guardian) : owners[10];
    const to = i === 0 ? p.guardian : p;
    const st = O.staff.find((x) => x.title !== 'Receptionist');
    const t = randTime(r, T.of(2024, 11, 18), T.of(2024, 12, 13));
    const blocks = [f.pName(to, 'caps', E), fitEnc(to.street.toUpperCase(), E), `${to.postcode} ${to.town.toUpperCase()}`, { gap: 1 }, { text: i === 0 ? 'Kallelse till tandvård' : 'Påminnelse om vaccination', size: 14, bold: true }, '',
      i === 0 ? `${f.pName(p, 'plain', E)} (${f.pPnr(p, '12dash')}) är välkommen till revisionsbesök.` : `Det är dags för årlig vaccination av ${f.nm('pet-name', p.pets[0].name)} (chipnr ${f.nm('chip-number', p.pets[0].chip)}).`,
      { kv: [['Tid', `${t.svDay()} kl ${t.hm()}`], ['Behandlare', f.pName(st, 'plain', E)], ['Adress', O.address]] },
      `Vid förhinder, av- eller omboka senast 24 timmar innan på ${f.ph(O.vx, 'dash')} eller ${f.role(roleAddr(O, 'bokning'))}. Uteblivet besök debiteras.`, '', 'Välkommen!', fitEnc(O.name, E)];
    put(f.rel, await buildPdf(f, { title: 'Kallelse', author: O.name, header: [O.name, O.address], footer: [`${O.name} | ${O.address} | Tel ${f.ph(O.vx, 'space')} | Org.nr ${f.nm('org-number', O.orgnr)}`], blocks }));
  }
  // 5. rebooking e-mails
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`klinik/ombokning_${i + 1}.eml`);
    const r = f.r;
    const O = i === 0 ? D : V;
    const p = i === 0 ? r.pick(patients.filter((x) => !x.guardian)) : r.pick(owners);
    const s = O.staff.find((x) => x.title === 'Receptionist') ?? O.staff[0];
    const cs = r.weighted(CHARSETS);
    const E = encOf(cs);
    const t = randTime(r);
    const from = addrOf(f, p, { enc: cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset });
    const orig = [`Hej! Jag behöver boka om ${i === 0 ? 'min tid' : `${f.nm('pet-name', p.pets[0].name)}s tid`} på torsdag, jag har fått förhinder. Går det bra nästa vecka?`, '', ...privSign(f, r, p, { enc: E })];
    const text = [`Hej ${f.first(p, E)}!`, '', `Vi har bokat om till ${t.add(10000).svDay()} kl ${r.pick(['08.20', '10.40', '14.00'])}.`, '', ...staffSig(f, r, s, O, { enc: E }), ...outlookQuoteSv(f, { fromStr: fmtAddr(from), sent: t.add(-300), toStr: f.role(roleAddr(O, 'bokning')), subject: 'Ombokning', lines: orig })];
    put(f.rel, Buffer.from(mkMsg(f, r, { ...cs, html: r.chance(0.5), from: addrOf(f, s, { enc: cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset }), to: [from], date: t, subject: 'SV: Ombokning', text }).raw, 'latin1'));
  }
  { // 6. staff audit log (booking system)
    const f = new Ctx('klinik/bokningssystem_audit.log');
    const r = f.r;
    const L = [];
    let t = T.of(2024, 11, 4, 7, 30, 0);
    const ws = ['RECEP-01', 'RECEP-02', 'BEH-03', 'BEH-04'];
    const lan = ws.map((w, k) => { const ip = `192.168.10.${20 + k}`; f.privIp(ip); return ip; });
    const remote = D.staff.slice(0, 3).map(() => ip4(r));
    for (let i = 0; i < 800; i++) {
      t = t.add(r.float() * 9);
      if (t.h >= 18) t = T.of(t.y, t.mo, t.day + 1, 7, 30, 0);
      const sidx = r.int(0, D.staff.length - 1);
      const s = D.staff[sidx];
      const home = r.chance(0.08) && sidx < 3;
      const ip = home ? f.ip4(remote[sidx]) : r.pick(lan);
      const p = r.pick(patients);
      const act = r.weighted([['VIEW_PATIENT', 6], ['SEARCH', 3], ['BOOKING_CREATE', 2], ['BOOKING_CANCEL', 1], ['LOGIN', 1], ['EXPORT', 0.1]]);
      let tail = '';
      if (act === 'SEARCH' && r.chance(0.05)) tail = ` query="${f.nm('invalid-date', badDatePnr(r))}" hits=0`;
      else if (act === 'VIEW_PATIENT' || act.startsWith('BOOKING')) tail = ` patient="${f.pName(p, 'comma')}" pnr=${f.pPnr(p, '12plain')}`;
      else if (act === 'SEARCH') tail = ` query="${r.one(() => f.pPnr(p, '10dash'), () => f.fam(p), () => f.pName(p, 'lower'), () => f.pPhone(p.guardian ?? p, 'plain'))}" hits=${r.int(0, 4)}`;
      else if (act === 'EXPORT') tail = ' report="Dagslista" rows=42';
      L.push(`${t.isoS()},${p3(r.int(0, 999))} | user=${f.nm('username', s.user)} | ws=${home ? 'VPN' : ws[sidx % ws.length]} | ip=${ip} | action=${act}${tail}`);
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  { // 7. reception transcript
    const f = new Ctx('klinik/receptionen_samtal_20241105_0815.txt');
    put(f.rel, transcript(f, f.r, D, 0, (ff, r, p, a, k) => {
      const c = person(r, { child: true });
      c.family = p.family;
      k(`jag skulle vilja boka en tid för min son ${ff.pName(c, 'lower')} han är född ${c.birth.y} personnumret är ${ff.pPnr(c, r.pick(['12space', '12plain']))}`);
      a('okej vi har en tid på torsdag klockan tjugo över åtta hos tandhygienisten');
      k('det går bra');
    }));
  }
}

// ═════════════════════════════════════════════════════════════ telekom/ — Telenära Mobil, number porting
const OPERATORS = [['Telia', 'TEL'], ['Tele2', 'T2'], ['Tre', 'HI3G'], ['Telenor', 'TNOR'], ['Comviq', 'COMV'], ['Hallon', 'HAL']];
const iccid = (r) => `8946${r.digits(2, '0123')}${r.digits(13)}`;
async function buildTelekom() {
  const O = ORG.telekom;
  const base = new Rng('telekom:subs');
  const subs = Array.from({ length: 190 }, () => {
    const biz = base.chance(0.2);
    const p = person(base);
    const s = { p, biz, company: biz ? base.pick(COMPANIES_PERSON) : null, orgnr: biz ? orgNr(base) : null, number: base.chance(0.85) ? p.mobile : makePhone(base, 'mobile'), donor: base.pick(OPERATORS), iccid: iccid(base), id: `PO${base.digits(8, '123456789')}` };
    if (biz) { s.domain = `${slug(s.company.split(' ')[0])}-${base.pick(['bygg', 'service', 'ab'])}.se`; s.workEmail = makeEmail(base, p, s.domain); }
    return s;
  });
  { // 1. porting CSV
    const f = new Ctx('telekom/porteringar_2024-10.csv');
    const r = f.r;
    const rows = [['Porteringsnr', 'Registrerad', 'Nummer', 'Nuvarande operatör', 'Kundtyp', 'Kund', 'Personnr/Orgnr', 'Kontaktperson', 'Kontakt e-post', 'Kontakt tel', 'ICCID', 'Önskat datum', 'Status', 'Kommentar']];
    for (const s of subs.slice(0, 165)) {
      const t = randTime(r, T.of(2024, 10, 1), T.of(2024, 10, 31));
      const com = r.one('', '', () => `Fullmakt signerad av ${f.pName(s.p)} ${t.date()}`, 'Nummer spärrat hos donator, kund kontaktad', () => `Kund vill bli uppringd på ${f.ph(makePhone(r, 'mobile'), 'dash')}\n(jobbnummer)`, () => `Avvisad: ID_MISMATCH\nKund angav ${f.nm('invalid-checksum', badChecksumPnr(r, s.p))}, nytt försök med rätt personnummer`, () => `Tidigare ägare av numret: ${f.pName(person(r))}`);
      rows.push([f.nm('porting-id', s.id), t.iso(), f.ph(s.number, r.pick(['dashplain', 'plain', 'e164nop', 'intl'])), s.donor[0], s.biz ? 'Företag' : 'Privat', s.biz ? f.nm('company', s.company) : f.pName(s.p, r.pick(['plain', 'caps'])),
        s.biz ? f.nm('org-number', s.orgnr) : f.pPnr(s.p, r.pick(['12plain', '10dash', '12dash'])), s.biz ? f.pName(s.p) : '', s.biz ? f.email(s.workEmail, 'work') : r.chance(0.7) ? f.pEmail(s.p) : '', s.biz ? f.pPhone(s.p, 'dash') : '',
        f.nm('iccid', s.iccid), t.add(r.int(3000, 20000)).date(), r.pick(['Klar', 'Klar', 'Väntar', 'Avvisad', 'Bokad']), com]);
    }
    put(f.rel, csv(rows, { delim: ';', eol: '\n' }));
  }
  { // 2. NP API events
    const f = new Ctx('telekom/portering_api_events.ndjson');
    const r = f.r;
    const L = [];
    for (const s of subs) {
      let t = randTime(r, T.of(2024, 10, 1), T.of(2024, 11, 25));
      const steps = ['PortingRequest', r.chance(0.12) ? 'PortingReject' : 'PortingConfirm', 'NumberActivated'];
      for (const step of steps) {
        t = t.add(r.int(60, 5000));
        const e = { ts: t.isoZms(), msgType: step, orderId: s.id, nsn: fmtPhone(s.number, 'e164nop'), donor: s.donor[1], recipient: 'TLN' };
        f.phone(e.nsn, 'mobile:e164nop');
        if (step === 'PortingRequest') e.subscriber = s.biz ? { type: 'business', id: f.nm('org-number', s.orgnr.replace('-', '')), name: f.nm('company', s.company) } : { type: 'private', id: f.pPnr(s.p, '12plain'), name: f.pName(s.p, 'caps') };
        if (step === 'PortingReject') { e.rejectReason = 'ID_MISMATCH'; e.detail = `Subscriber id does not match donor records for ${e.nsn}`; }
        if (step === 'NumberActivated') { e.iccid = f.nm('iccid', s.iccid); e.imsi = f.nm('imsi', `24008${r.digits(10)}`); if (step === 'PortingReject') break; }
        L.push(JSON.stringify(e));
        if (step === 'PortingReject') break;
      }
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  { // 3. RADIUS + OpenVPN log (business VPN customers, mobile broadband)
    const f = new Ctx('telekom/radius_vpn.log');
    const r = f.r;
    const biz = subs.filter((s) => s.biz);
    const users = biz.map((s) => ({ s, ip: ip4(r), user: s.workEmail, tun: `10.8.${r.int(0, 3)}.${r.int(2, 250)}`, port: r.int(1024, 65000) }));
    let t = T.of(2024, 10, 7, 6, 0, 0);
    const L = [];
    for (let i = 0; i < 1300; i++) {
      t = t.add(r.float() * 20);
      const u = r.pick(users);
      const x = r.float();
      const ipS = f.ip4(u.ip);
      if (x < 0.3) { f.privIp(u.tun); L.push(`${t.syslog()} vpn-gw01 openvpn[2231]: ${f.email(u.user, 'work')}/${ipS}:${u.port} MULTI: Learn: ${u.tun} -> ${u.user}/${ipS}:${u.port}`); continue; }
      if (x < 0.45) { L.push(`${t.syslog()} vpn-gw01 openvpn[2231]: ${f.email(u.user, 'work')}/${ipS}:${u.port} TLS: Initial packet from [AF_INET]${ipS}:${u.port}, sid=${r.hex(8)} ${r.hex(8)}`); continue; }
      if (x < 0.7) { L.push(`${t.syslog()} radius01 radiusd[812]: (${r.int(1000, 99999)}) Login OK: [${f.email(u.user, 'work')}] (from client nas-sthlm-0${r.int(1, 4)} port 0 cli ${f.ph(u.s.p.mobile, 'e164nop')})`); continue; }
      if (x < 0.8) { L.push(`${t.syslog()} radius01 radiusd[812]: (${r.int(1000, 99999)}) Login incorrect (rlm_pap: Cleartext password does not match): [${f.email(u.user, 'work')}] (from client nas-sthlm-02 port 0 cli ${f.ph(u.s.p.mobile, 'e164nop')})`); continue; }
      const fip = `10.${r.int(64, 90)}.${r.int(0, 255)}.${r.int(1, 254)}`;
      f.privIp(fip);
      L.push(`${t.syslog()} radius01 radiusd[812]: Acct-Status-Type = ${r.pick(['Start', 'Interim-Update', 'Stop'])}, User-Name = "${f.ph(u.s.p.mobile, 'e164nop')}", Calling-Station-Id = "${f.ph(u.s.p.mobile, 'e164nop')}", Framed-IP-Address = ${fip}, NAS-IP-Address = ${f.ip4('195.84.' + r.int(10, 20) + '.' + r.int(1, 30))}, Acct-Session-Id = "${r.hex(16).toUpperCase()}"`);
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
  // 4. powers of attorney (PDF)
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`telekom/fullmakt_portering_${subs[170 + i].id}.pdf`);
    const r = f.r;
    const E = 'windows-1252';
    const s = subs[170 + i];
    const blocks = [{ text: 'Fullmakt för nummerportering', size: 15, bold: true }, '', 'Jag ger härmed Telenära Mobil AB fullmakt att säga upp mitt abonnemang hos nuvarande operatör och flytta nedanstående nummer.', '',
      { kv: [['Abonnent', s.biz ? f.nm('company', s.company) : f.pName(s.p, 'plain', E)], [s.biz ? 'Organisationsnummer' : 'Personnummer', s.biz ? f.nm('org-number', s.orgnr) : f.pPnr(s.p, '12dash')], ['Kontaktperson', f.pName(s.p, 'plain', E)], ['Nummer att flytta', f.ph(s.number, 'dash')],
        ['Nuvarande operatör', s.donor[0]], ['Kundnummer hos operatör', f.nm('customer-number', safeDigits(r, 9))], ['SIM-kort (ICCID)', f.nm('iccid', s.iccid)], ['Önskat porteringsdatum', '2024-11-15'], ['Adress', f.addr(s.p, E)], ['E-post', s.biz ? f.email(s.workEmail, 'work') : f.pEmail(s.p)]] },
      '', `Ort och datum: ${s.p.town} 2024-10-${10 + i}`, '', `Underskrift: ${f.pName(s.p, 'plain', E)}`, `Namnförtydligande: ${f.pName(s.p, 'caps', E)}`];
    put(f.rel, await buildPdf(f, { title: 'Fullmakt', author: 'Telenära Mobil AB', header: ['Telenära Mobil AB', 'Portering'], footer: [`Telenära Mobil AB | ${O.address} | Kundtjänst ${f.ph(O.service, 'dash')} | ${f.role(roleAddr(O, 'portering'))} | Org.nr ${f.nm('org-number', O.orgnr)}`], blocks }));
  }
  // 5. e-mails
  for (let i = 0; i < 3; i++) {
    const f = new Ctx(`telekom/portering_${['avvisad', 'fraga', 'foretag'][i]}.eml`);
    const r = f.r;
    const s = i === 2 ? subs.find((x) => x.biz) : subs[100 + i];
    const st = r.pick(O.staff);
    const t = randTime(r);
    const cs = r.weighted(CHARSETS);
    const E = encOf(cs);
    const HE = cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset;
    let m;
    if (i === 0) {
      const text = [`Hej ${f.first(s.p, E)},`, '', `Porteringen av ${f.ph(s.number, 'dash')} från ${s.donor[0]} avvisades eftersom personnumret inte stämmer med uppgifterna hos ${s.donor[0]}.`,
        `Vi har registrerat ${f.pPnr(s.p, '12dash')}. Stämmer det? Om numret står på någon annan, t.ex. en förälder, behöver den personen signera fullmakten.`, '', ...staffSig(f, r, st, O, { enc: E })];
      m = mkMsg(f, r, { ...cs, html: true, from: addrOf(f, st, { enc: HE }), to: [addrOf(f, s.p, { enc: HE })], date: t, subject: `Portering ${s.id} avvisad`, text });
    } else if (i === 1) {
      const parent = person(r);
      parent.family = s.p.family;
      const text = ['Hej!', '', `Numret ${f.ph(s.number, 'space')} står på min pappa ${f.pName(parent, 'plain', E)} (${f.pPnr(parent, '10dash')}). Han har signerat fullmakten nu. Kan ni försöka igen?`, `Mitt eget nummer är ${f.ph(makePhone(r, 'mobile'), 'intl0')} om ni behöver nå mig.`, '', ...privSign(f, r, s.p, { enc: E, phone: false })];
      m = mkMsg(f, r, { ...cs, from: addrOf(f, s.p, { enc: HE }), to: [roleOf(f, O, 'portering', 'Telenära Portering')], date: t, subject: `Re: Portering ${s.id}`, text });
    } else {
      const colleagues = Array.from({ length: 4 }, () => { const p = person(r); return { p, n: makePhone(r, 'mobile'), e: makeEmail(r, p, s.domain) }; });
      const text = ['Hej,', '', `Vi på ${f.nm('company', s.company)} vill flytta våra fyra abonnemang till er från 1 december. Lista nedan:`, '',
        ...colleagues.map((c) => `${f.pName(c.p)}\t${f.ph(c.n, r.pick(['dash', 'plain', 'space']))}\t${f.email(c.e, 'work')}`), '', `Fakturan ska gå till ekonomi, ${f.role(`faktura@${s.domain}`)}. Org.nr ${f.nm('org-number', s.orgnr)}.`, '', 'Med vänlig hälsning', f.pName(s.p, 'plain', E), `${s.company}`, f.pPhone(s.p, 'dash'), f.email(s.workEmail, 'work')];
      m = mkMsg(f, r, { ...cs, from: { name: f.pName(s.p, 'plain', HE), addr: f.email(s.workEmail, 'work') }, to: [roleOf(f, O, 'foretag', 'Telenära Företag')], date: t, subject: 'Flytt av abonnemang', text });
    }
    put(f.rel, Buffer.from(m.raw, 'latin1'));
  }
  // 6. transcripts
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`telekom/kundsamtal_${['20241009_1412', '20241115_0947'][i]}.txt`);
    put(f.rel, transcript(f, f.r, O, i, (ff, r, p, a, k) => {
      const n = makePhone(r, 'mobile');
      k(`jag vill flytta mitt nummer från ${r.pick(OPERATORS)[0].toLowerCase()} det är ${ff.ph(n, r.pick(['odd', 'space']))}`);
      a(`okej och simkortsnumret står på kortet det börjar på åtta nio fyra sex`);
      k(`ja ${ff.nm('iccid', iccid(r))}`);
      a('tack porteringen tar normalt tre arbetsdagar');
    }));
  }
  { // 7. number change confirmation (DOCX)
    const f = new Ctx('telekom/nummerbyte_bekraftelse.docx');
    const r = f.r;
    const s = subs[180];
    const st = r.pick(O.staff);
    const oldN = s.number;
    const newN = makePhone(r, 'mobile');
    const body = [f.pName(s.p), s.p.street, `${s.p.postcode} ${s.p.town}`, { blank: true }, { h: 1, text: 'Bekräftelse på nummerbyte' }, { blank: true },
      `Hej ${f.first(s.p)}!`, `Ditt nummer ${f.ph(oldN, 'dash')} har bytts till ${f.ph(newN, 'dash')} från och med 2024-11-20. Det gamla numret stängs och kan efter 6 månader tilldelas någon annan.`,
      { table: [['Uppgift', 'Värde'], ['Abonnent', f.pName(s.p, 'comma')], ['Personnummer', f.pPnr(s.p, '12dash')], ['Nytt nummer', f.ph(newN, 'intlsp')], ['ICCID', f.nm('iccid', s.iccid)], ['PUK', f.nm('puk', r.digits(8, '123456789'))]] },
      { blank: true }, `Har du frågor, ring ${f.ph(O.service, 'dash')}.`, { blank: true }, 'Vänliga hälsningar', f.pName(st), 'Telenära Mobil AB'];
    put(f.rel, await buildDocx({ creator: 'Telenära Mobil AB', title: 'Nummerbyte', body, footer: [{ runs: [`Telenära Mobil AB | Org.nr ${f.nm('org-number', O.orgnr)} | ${O.address}`] }] }));
  }
}

// ═════════════════════════════════════════════════════════════ energi/ — Älvkraft Energi, moving notices
const anlId = (r) => `735999${r.digits(12)}`;
async function buildEnergi() {
  const O = ORG.energi;
  const base = new Rng('energi:customers');
  const cust = Array.from({ length: 180 }, () => { const p = person(base, { town: base.chance(0.6) ? ['Sundsvall', '852'] : undefined }); p.newStreet = `${base.pick(STREETS_PLAIN)} ${base.int(1, 70)}`; p.anl = anlId(base); p.kundnr = safeDigits(base, 8); return p; });
  { // 1. moving notices CSV (, UTF-8, quoted multi-line notes, Swedish header)
    const f = new Ctx('energi/flyttanmalningar.csv');
    const r = f.r;
    const rows = [['Ärende', 'Inkommet', 'Kund', 'Personnummer', 'Kundnummer', 'Gammal adress', 'Ny adress', 'Anläggnings-ID', 'Mätarställning', 'Flyttdatum', 'Telefon', 'E-post', 'Anteckning']];
    for (const p of cust.slice(0, 165)) {
      const t = randTime(r, T.of(2024, 9, 1), T.of(2024, 11, 29));
      const notes = [];
      if (r.chance(0.3)) { const q = person(r); notes.push(`Ny ägare/hyresgäst: ${f.pName(q)}${r.chance(0.6) ? `, ${f.pPhone(q, r.pick(PSTYLE))}` : ''}`); }
      if (r.chance(0.2)) notes.push(`Dödsbo - kontaktperson ${f.pName(person(r))} (son/dotter).\nSlutfaktura till dödsboet.`);
      if (r.chance(0.2)) notes.push(`Mätarställning avläst av kund ${t.date()}, foto bifogat.`);
      if (r.chance(0.1)) notes.push(`Sambo ${f.pName(person(r, { town: [p.town, p.postcode.slice(0, 3)] }))} står också på avtalet.`);
      rows.push([`FL-${t.y}-${r.digits(5, '123456789')}`, t.isoS(), f.pName(p, r.pick(['plain', 'plain', 'caps', 'comma'])), f.pPnr(p, r.pick(['12dash', '10dash', '12plain'])), f.nm('customer-number', p.kundnr), f.addr(p), `${p.newStreet}, ${r.chance(0.3) ? f.nm('town', r.pick(PERSONISH_TOWNS)) : r.pick(TOWNS)[0]}`,
        f.nm('facility-id', p.anl), `${r.int(1000, 99999)} kWh`, t.add(r.int(5000, 40000)).date(), f.pPhone(p, r.pick(PSTYLE)), r.chance(0.75) ? f.pEmail(p) : '', notes.join('\n')]);
    }
    put(f.rel, csv(rows, { delim: ',', eol: '\r\n' }));
  }
  { // 2. web form JSON
    const f = new Ctx('energi/flytt_webbformular.json');
    const r = f.r;
    const subs = cust.slice(120).map((p) => {
      const t = randTime(r, T.of(2024, 10, 1), T.of(2024, 11, 29), { work: false });
      return { formId: 'flytt-v3', submissionId: r.hex(24), submittedAt: t.isoT(), fields: [{ key: 'namn', label: 'Namn', value: f.pName(p) }, { key: 'pnr', label: `Personnummer (${f.nm('template', 'ÅÅMMDD-XXXX')})`, value: f.pPnr(p, r.pick(['10dash', '12plain', '10plain'])) },
        { key: 'tel', label: 'Telefon', value: f.pPhone(p, r.pick(PSTYLE)) }, { key: 'epost', label: 'E-post', value: f.pEmail(p, r.chance(0.1) ? 'upper' : 'asis') }, { key: 'fran', label: 'Flyttar från', value: f.addr(p) },
        { key: 'anlaggning', label: 'Anläggnings-ID (18 siffror, se fakturan)', value: r.chance(0.7) ? f.nm('facility-id', p.anl) : null }, { key: 'till', label: 'Flyttar till', value: p.newStreet }, { key: 'datum', label: 'Flyttdatum', value: t.add(20000).date() },
        { key: 'ovrigt', label: 'Övrigt', value: r.one(null, '', 'Vill ha fortsatt avtal på nya adressen', () => `Fakturan ska till min sambo ${f.pName(person(r))}`) }], meta: { ip: f.ip4(ip4(r)), userAgent: f.ua(), consent: true } };
    });
    put(f.rel, JSON.stringify({ submissions: subs }, null, 2));
  }
  // 3. e-mails
  for (let i = 0; i < 3; i++) {
    const f = new Ctx(`energi/flytt_${i + 1}.eml`);
    const r = f.r;
    const p = cust[165 + i];
    const s = r.pick(O.staff);
    const cs = r.weighted(CHARSETS);
    const E = encOf(cs);
    const HE = cs.hdrCharset === 'utf-8' ? undefined : cs.hdrCharset;
    const t = randTime(r);
    let m;
    if (i === 1) {
      const dead = person(r, { years: [1930, 1945] });
      dead.family = p.family;
      const text = ['Hej,', '', `Min far ${f.pName(dead, 'plain', E)}, ${f.pPnr(dead, '12dash')}, har avlidit och jag är dödsbodelägare. Jag vill säga upp elavtalet på ${f.addr(dead, E)} från månadsskiftet.`, `Anläggnings-ID ${f.nm('facility-id', anlId(r))}. Slutfakturan kan skickas till mig:`, '', f.pName(p, 'plain', E), f.addr(p, E), f.pPhone(p, 'dash'), '', 'Tack på förhand'];
      m = mkMsg(f, r, { ...cs, from: addrOf(f, p, { enc: HE }), to: [roleOf(f, O, 'kundservice', 'Älvkraft Kundservice')], date: t, subject: 'Uppsägning av elavtal - dödsbo', text });
    } else {
      const orig = [`Hej! Vi flyttar ${t.add(15000).date()} från ${f.addr(p, E)} till ${p.newStreet}. Kan ni flytta avtalet? Kundnummer ${f.nm('customer-number', p.kundnr)}.`, '', ...privSign(f, r, p, { enc: E })];
      const from = addrOf(f, p, { enc: HE });
      const text = [`Hej ${f.first(p, E)}!`, '', 'Tack för din flyttanmälan. Avtalet flyttas med till den nya adressen. Slutavläsning sker automatiskt på flyttdagen.', '', ...staffSig(f, r, s, O, { enc: E }), ...(i === 0 ? outlookQuoteSv(f, { fromStr: fmtAddr(from), sent: t.add(-900), toStr: f.role(roleAddr(O, 'flytt')), subject: 'Flytt', lines: orig }) : gmailQuote(fmtAddr(from), t.add(-900), orig))];
      m = mkMsg(f, r, { ...cs, html: r.chance(0.6) ? 'entities' : false, from: addrOf(f, s, { enc: HE }), to: [from], date: t, subject: 'SV: Flytt', text });
    }
    put(f.rel, Buffer.from(m.raw, 'latin1'));
  }
  // 4. contract confirmations (DOCX)
  for (let i = 0; i < 2; i++) {
    const f = new Ctx(`energi/avtalsbekraftelse_${i + 1}.docx`);
    const r = f.r;
    const p = cust[170 + i];
    const s = r.pick(O.staff);
    const body = [f.pName(p, 'caps'), p.newStreet.toUpperCase(), `${p.postcode} ${p.town.toUpperCase()}`, { blank: true }, { h: 1, text: 'Avtalsbekräftelse - Rörligt elpris' }, { blank: true },
      { table: [['Kund', f.pName(p)], ['Personnummer', f.pPnr(p, '12dash')], ['Kundnummer', f.nm('customer-number', p.kundnr)], ['Anläggnings-ID', f.nm('facility-id', p.anl)], ['Elområde', 'SE2'], ['Avtalsstart', '2024-12-01'], ['Mobil', f.pPhone(p, r.pick(PSTYLE))], ['E-post', f.pEmail(p)]], headerRow: false },
      { blank: true }, 'Påslag 4,9 öre/kWh exkl. moms. Månadsavgift 39 kr. Ångerrätt 14 dagar enligt distansavtalslagen.', { blank: true }, `Din kontakt: ${f.pName(s)}, ${f.ph(s.direct, r.pick(['dash', 'space']))}`];
    put(f.rel, await buildDocx({ creator: nameStr(s, 'plain'), title: 'Avtalsbekräftelse', body, header: [{ runs: [{ text: 'Älvkraft Energi AB', b: true }] }], footer: [{ runs: [`Älvkraft Energi AB | ${O.address} | Kundservice ${f.ph(O.service, 'dash')} | Org.nr ${f.nm('org-number', O.orgnr)}`] }] }));
  }
  { // 5. final invoice (PDF)
    const f = new Ctx('energi/slutfaktura_FL-2024-31877.pdf');
    const r = f.r;
    const E = 'windows-1252';
    const p = cust[175];
    const blocks = [f.pName(p, 'caps', E), fitEnc(p.newStreet.toUpperCase(), E), `${p.postcode} ${p.town.toUpperCase()}`, { gap: 1 }, { text: 'Slutfaktura el', size: 15, bold: true }, '',
      { kv: [['Fakturanummer', f.nm('invoice-number', safeDigits(r, 10))], ['Fakturadatum', '2024-11-29'], ['Förfallodatum', '2024-12-27'], ['Kundnummer', f.nm('customer-number', p.kundnr)], ['Personnummer', f.pPnr(p, '10dash')], ['Anläggnings-ID', f.nm('facility-id', p.anl)], ['Anläggningsadress', f.addr(p, E)], ['Period', '2024-11-01 - 2024-11-24'],
        ['Förbrukning', '412 kWh'], ['Att betala', `${f.nm('amount', amount(r, 400, 1500))} kr`], ['OCR', f.nm('ocr', ocrNr(r, 15))], ['Bankgiro', f.nm('bankgiro', O.bg)]] },
      'Tack för att du har varit kund hos oss! Välkommen tillbaka.', '', `Frågor om fakturan: ${f.ph(O.service, 'dash')}, vardagar 8-17, eller ${f.role(roleAddr(O, 'faktura'))}.`];
    put(f.rel, await buildPdf(f, { title: 'Slutfaktura', author: O.name, header: [O.name, 'Faktura'], footer: [`${O.name} | ${O.address} | Växel ${f.ph(O.vx, 'dash')} | Org.nr ${f.nm('org-number', O.orgnr)} | Säte Sundsvall`], blocks }));
  }
  { // 6. login log (my pages)
    const f = new Ctx('energi/mina_sidor_login.log');
    const r = f.r;
    const users = cust.slice(0, 110).map((p) => ({ p, ip: r.chance(0.2) ? ip6(r, r.pick(['full', 'short', 'padded'])) : ip4(r) }));
    let t = T.of(2024, 11, 11, 0, 0, 0);
    const L = [];
    for (let i = 0; i < 850; i++) {
      t = t.add(r.float() * 25);
      const u = r.pick(users);
      const ipS = u.ip.includes(':') ? f.ip6(u.ip) : f.ip4(u.ip);
      const ev = r.weighted([['LOGIN_OK', 6], ['LOGIN_FAIL', 1], ['LOGOUT', 3], ['PROFILE_VIEW', 2], ['INVOICE_PDF', 2]]);
      const who = ev.startsWith('LOGIN') ? `method=${r.pick(['bankid', 'bankid', 'email_otp'])} id=${ev === 'LOGIN_OK' && r.chance(0.6) ? f.pPnr(u.p, '12plain') : f.pEmail(u.p)}` : `customer=${f.nm('customer-number', u.p.kundnr)}`;
      L.push(JSON.stringify({ '@timestamp': t.isoZms(), level: ev === 'LOGIN_FAIL' ? 'warn' : 'info', event: ev, msg: `${ev} ${who}`, client_ip: ipS, session: r.hex(16) }));
    }
    put(f.rel, `${L.join('\n')}\n`);
  }
}

// ═════════════════════════════════════════════════════════════ arkiv/ — zip archives (labelled under the zip's path)
async function buildArkiv() {
  { // municipal case export
    const f = new Ctx('arkiv/kommun_export_2024-10.zip');
    const r = f.r;
    const E = 'windows-1252';
    const rows = [['Ärende-ID', 'Registrerat', 'Namn', 'Personnummer', 'Telefon', 'E-post', 'Beskrivning']];
    for (let i = 0; i < 40; i++) {
      const p = person(r, { town: NORRBACKA });
      const cat = r.pick(KC_CATS);
      const t = randTime(r, T.of(2024, 10, 1), T.of(2024, 10, 31));
      rows.push([`KC-2024-${21000 + i}`, t.iso(), f.pName(p, r.pick(['plain', 'reversedCaps', 'comma']), E), r.chance(0.6) ? f.pPnr(p) : '', f.pPhone(p, r.pick(PSTYLE)), r.chance(0.4) ? f.pEmail(p) : '', kommunNote(f, r, p, cat, E, t)]);
    }
    const m1 = kommunMail(f, r, 1);
    const m2 = kommunMail(f, r, 2);
    const doc = await (async () => {
      const p = person(r);
      const s = r.pick(ORG.kommun.staff);
      return buildDocx({ creator: 'Norrbacka kommun', title: 'Tjänsteanteckning', body: [{ h: 1, text: 'Tjänsteanteckning' }, { kv: ['Ärende:', f.nm('case-number', 'KS 2024/1311')] },
        `${f.pName(s)} ringde upp ${f.pName(p)} (${f.pPnr(p, '12dash')}) ${T.of(2024, 10, 14).date()}. ${f.first(p)} bekräftade att fakturan nu är betald. Inga ytterligare åtgärder.`, `Tel: ${f.pPhone(p, 'dash')}`] });
    })();
    const txt = transcript(f, r, ORG.kommun, 2);
    const files = [['LASMIG.txt', Buffer.from('Export från ärendesystemet Norrbacka kommun, oktober 2024.\r\nKontakt: registrator@norrbacka.se\r\n', 'utf8')], ['arenden_2024-10.csv', encodeStrict(csv(rows, { delim: ';', eol: '\r\n' }), E)],
      ['meddelanden/overklagande.eml', Buffer.from(m1.raw, 'latin1')], ['meddelanden/vidarebefordrat.eml', Buffer.from(m2.raw, 'latin1')], ['anteckningar/tjansteanteckning.docx', doc], ['samtal/samtal_20241022.txt', Buffer.from(txt, 'utf8')]];
    f.role('registrator@norrbacka.se');
    put(f.rel, await zipOf(files));
  }
  { // one insurance claim file
    const f = new Ctx('arkiv/skadeakt_SK-2024-0913377.zip');
    const r = f.r;
    const c = makeClaim(r, 913);
    const pdf = await forsDecision(f, r, c);
    const mail = forsMail(f, r, 0, c);
    const w = person(r);
    const ev = JSON.stringify({ claimId: c.id, claimant: { name: f.pName(c.claimant), ssn: f.pPnr(c.claimant, '12plain'), phone: f.pPhone(c.claimant, 'intl') }, witness: { name: f.pName(w), phone: f.pPhone(w, 'dash') }, handler: f.pEmail(c.handler) }, null, 2);
    const img = Buffer.from(Array.from({ length: 2048 }, () => r.int(0, 255)));
    put(f.rel, await zipOf([['skadebesked.pdf', pdf], ['korrespondens/skadeanmalan.eml', Buffer.from(mail.raw, 'latin1')], ['data/arende.json', Buffer.from(ev, 'utf8')], ['bilder/IMG_4711.jpg', img]]));
  }
}

// ═════════════════════════════════════════════════════════════ main
async function buildAll() {
  await buildKommun();
  await buildForsakring();
  await buildBostad();
  await buildGym();
  await buildEhandel();
  await buildKlinik();
  await buildTelekom();
  await buildEnergi();
  await buildArkiv();
}
function dedupe(list, key) {
  const seen = new Set();
  return list.filter((x) => { const k = key(x); if (seen.has(k)) return false; seen.add(k); return true; });
}
async function main() {
  await buildAll();
  const errors = await selfCheck();
  if (process.env.THIRD_DEBUG_DIR) { // developer aid: dump every file and its decoded text
    for (const [rel, buf] of FILES) { const tgt = join(process.env.THIRD_DEBUG_DIR, `${rel}.decoded.txt`); mkdirSync(dirname(tgt), { recursive: true }); writeFileSync(tgt, await extractText(rel, buf)); writeFileSync(join(process.env.THIRD_DEBUG_DIR, rel), buf); }
  }
  if (errors.length) {
    process.stderr.write(`third.mjs: SELF-CHECK FAILED (${errors.length} problems):\n${errors.slice(0, 80).join('\n')}\n`);
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const fileList = [...FILES.keys()].sort();
  let bytes = 0;
  for (const rel of fileList) {
    const target = join(OUT, ...rel.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, FILES.get(rel));
    bytes += FILES.get(rel).length;
  }
  const truth = dedupe(TRUTH, (x) => `${x.file}\u0000${x.category}\u0000${x.value}`);
  const nearMiss = dedupe(NEAR, (x) => `${x.file}\u0000${x.kind}\u0000${x.value}`);
  mkdirSync(dirname(TRUTH_OUT), { recursive: true });
  writeFileSync(TRUTH_OUT, `${JSON.stringify({ seed: SEED, files: fileList.length, fileList, truth, nearMiss }, null, 1)}\n`);

  // Summary (stderr): unique (file, normalised value) pairs per category, as the scorer counts them.
  let norm = (c, v) => v;
  try { norm = (await import('../lib/normalize.mjs')).normalize; } catch { /* raw counts */ }
  const cats = ['personnummer', 'email', 'phone', 'ip', 'name'];
  const uniq = Object.fromEntries(cats.map((c) => [c, new Set()]));
  const byExt = {};
  const bySys = {};
  for (const x of truth) {
    const k = `${x.file}\u0000${norm(x.category, x.value)}`;
    if (uniq[x.category].has(k)) continue;
    uniq[x.category].add(k);
    const ext = x.file.slice(x.file.lastIndexOf('.'));
    const sys = x.file.split('/')[0];
    (byExt[ext] ??= Object.fromEntries(cats.map((c) => [c, 0])))[x.category]++;
    (bySys[sys] ??= Object.fromEntries(cats.map((c) => [c, 0])))[x.category]++;
  }
  const extFiles = {};
  for (const f of fileList) { const e = f.slice(f.lastIndexOf('.')); extFiles[e] = (extFiles[e] ?? 0) + 1; }
  const row = (label, o, n) => `${label.padEnd(14)}${n === undefined ? '' : String(n).padStart(6)}${cats.map((c) => String(o[c]).padStart(14)).join('')}`;
  const head = `${''.padEnd(14)}${'files'.padStart(6)}${cats.map((c) => c.padStart(14)).join('')}`;
  const lines = [`third.mjs: ${fileList.length} files, ${(bytes / 1048576).toFixed(2)} MB, ${truth.length} truth entries, ${nearMiss.length} near-misses`,
    'unique (file, normalised value) pairs:', head, row('TOTAL', Object.fromEntries(cats.map((c) => [c, uniq[c].size])), fileList.length), '', 'by file type:', head,
    ...Object.keys(byExt).sort().map((e) => row(e, byExt[e], extFiles[e])), '', 'by system:', head,
    ...Object.keys(bySys).sort().map((s) => row(s, bySys[s], fileList.filter((f) => f.startsWith(`${s}/`)).length)), '', 'near-miss kinds:',
    ...Object.entries(nearMiss.reduce((a, x) => ({ ...a, [x.kind]: (a[x.kind] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(22)}${n}`)];
  process.stdout.write(`${lines.join('\n')}\n`);
}
main().catch((e) => { process.stderr.write(`third.mjs: ${e.stack ?? e}\n`); process.exit(1); });
