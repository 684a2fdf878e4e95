#!/usr/bin/env node
// Blind evaluation corpus, sixth set: written blind by a helper that read only the runner
// (scripts/eval/blind.mjs), the scorer (scripts/eval/score.mjs, scripts/eval/lib/match.mjs,
// scripts/eval/lib/normalize.mjs) and package.json. Nothing under src/, rules/, test/, docs/ or the other
// blind sets was read, so nothing here is tuned to how gdpr-scan detects things.
//
//   node scripts/eval/blind/sixth.mjs --out DIR --truth-out FILE [--no-check]
//
// THEME: customer service of Swedish utilities, telecom and public e-services. Eight "systems" (first path
// segment): a telecom operator (number porting, SIM swaps, fraud reports, broadband outage tickets, RADIUS and
// CPE logs), an electricity / district-heating company (anläggnings-ID, meters, moving in/out), a kommun's
// water & waste service (e-service XML, access logs), a housing queue, a parking-permit service, a library
// e-service, a public-transport company's lost-property and refund desk, and a driving school's booking
// system. Correspondence in Swedish, English, Finland-Swedish, Norwegian and Danish; people of Swedish,
// Finnish, Sámi, Somali, Arabic, Persian, Kurdish, Tigrinya, Polish, Bosnian/Serbian/Croatian, Chinese,
// Vietnamese, Dutch, English, Spanish, Norwegian and Danish background. Everything is fabricated: names come
// from the pools below, personnummer are for invented dates with a correct check digit, phone numbers are
// random numbers in real Swedish series (070/072/073/076/079, real area codes) or foreign plans, e-mail
// domains are example.com/.org/.net, *.example or made up, IPs are documentation ranges or random public
// addresses. Fixed dates, seeded PRNG (sfc32 from sha256 of SEED): output is byte-identical between runs.
//
// LABELLING CONVENTIONS (truth = personal data a scanner should report; nearMiss = look-alikes that are not)
// - value: exactly as written in the (decoded) file. Attachments inside .eml/.mbox are labelled under the
//   outer file. MIME encoded-words, quoted-printable, base64, charsets, JSON \u escapes and HTML entities
//   are decoded first: the value is the decoded text. For "IP:port" and IPv6 prefixes ("2001:db8:1:2::/56")
//   the label is the address part without port / prefix length. Truth file: { seed, today (reference date
//   2024-06-30, all corpus dates fall before it), set, files, fileList, truth: [{file, category, value,
//   subtype}], nearMiss: [{file, category (the category it could be mistaken for), kind, value}] }.
//   PDFs use the standard (WinAnsi) fonts and two CSVs are Windows-1252, so names with letters outside
//   cp1252 (ć, ł, Vietnamese tones) are ASCII-folded there, as an old system would, and labelled as folded
//   (subtype 'ascii-folded'). Internationalised addresses (IDN domains such as brevlådan.nu) are written as
//   raw UTF-8 in mail headers (RFC 6532).
// - personnummer: every written form (YYMMDD-NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN, with a space,
//   YYMMDD+NNNN for people over 100, samordningsnummer with day+60, numeric spreadsheet cells, running text).
//   10-digit forms are only used for birth years 1935-1999 and 2000-2020, or with '+' for 1919-1924, so the
//   century is unambiguous. nearMiss: wrong check digit, impossible date (with a correct Luhn digit),
//   masked numbers (850312-XXXX), organisationsnummer, OCR/invoice/customer/case/card numbers, Norwegian
//   fødselsnummer, Danish CPR and Finnish HETU (none of these nearMiss values is a valid Swedish number).
//   Some registers contain data-entry errors (wrong check digit, impossible date) instead of the real number.
// - email: a named person's mailbox (private or work, e.g. karin.lund@alvdala-energi.se) is truth. Role or
//   function mailboxes (kundservice@, noreply@, faktura@, registrator@ ...) are nearMiss 'role-mailbox';
//   Message-IDs are nearMiss 'message-id'.
// - phone: a person's number (mobile, landline, staff direct line, foreign, a reported fraudster's number,
//   MSISDN "46701234567") is truth. Company switchboards ("Växel: 08-...") and service lines (0771-, 020-)
//   are nearMiss ('company-switchboard', 'service-line'): they reach an organisation, not a person.
//   A mobile subscriber's MSISDN in a RADIUS User-Name / Calling-Station-Id is truth. Subscription /
//   customer numbers, ICCID, IMEI, meter ids, library/travel card numbers, bankgiro, IBAN, amounts, dates
//   and postal codes that look like numbers are nearMiss.
// - ip: public IPv4/IPv6 tied to a customer, session or subscriber (RADIUS Framed-IP, router WAN address,
//   delegated IPv6 prefix, e-service client address, X-Originating-IP) is truth. Private (RFC 1918),
//   loopback, CGNAT shared space (100.64/10) and our own NAS / mail-relay addresses are nearMiss
//   ('private-ip', 'loopback-ip', 'shared-address-ip', 'infrastructure-ip'); version strings that look
//   like IPv4 ("Chrome/124.0.0.0", firmware 3.10.2.114) are nearMiss 'version-string'. MAC addresses are
//   nearMiss 'mac-address'. An e-mail used as login name in an access log is truth e-mail.
// - name: every person's name as written in each file: "Karin Lindqvist", "Lindqvist, Karin",
//   "LINDQVIST, KARIN", "K. Lindqvist", family-first ("Nguyễn Thị Lan", "Wang Xiaoming"), with particles
//   ("Ahmad bin Khalid al-Rashid", "Pieter van der Berg"), two surnames, hyphens; staff names too (handläggare,
//   signatures, docx/xlsx author metadata). Titles are not part of the value ("Dr. Amina Warsame" -> label
//   "Amina Warsame"). Names folded to ASCII by an old system ("HADZIC, EMINA") are labelled as written.
//   When a record has separate first-name and last-name fields, "First Last" is labelled only where that
//   joined string also appears verbatim in the same file (e.g. a BankID signature block); otherwise the two
//   field values are labelled separately (subtype 'split-given' / 'split-family'). Lone first names in
//   greetings ("Hej Anna,") are neither labelled nor near-misses. Street names and company names that
//   contain a person's name ("Karl Johans gata", "Svenssons Bygg AB") are nearMiss 'street-name' /
//   'company-name'. Deceased persons (dödsbo) are labelled truth with subtype 'deceased'. A vCard's
//   structured "N:Family;Given;;;" line is covered by its FN label and not labelled on its own. Names
//   inside e-mail local parts are not name labels.
// Self-check (skip with --no-check): every written file is decoded independently (zip/xlsx/docx XML, PDF
// text via pdf-parse, MIME with QP/base64/charsets, cp1252/latin1, JSON escapes, HTML entities); the run fails
// (exit 1) if a label is not present verbatim, or an e-mail, IPv4 or valid personnummer, a known person's
// surname or phone number appears in a file without a label.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { domainToASCII, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalize } from '../lib/normalize.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(join(repo, 'package.json'));
const JSZip = require('jszip');
const PDFDocument = require('pdfkit');
const iconv = require('iconv-lite');

const { values: args } = parseArgs({ options: {
  out: { type: 'string' }, 'truth-out': { type: 'string' }, 'no-check': { type: 'boolean', default: false },
} });
if (!args.out || !args['truth-out']) {
  process.stderr.write('usage: sixth.mjs --out DIR --truth-out FILE [--no-check]\n');
  process.exit(2);
}

const SEED = 'gdpr-scan blind corpus / sixth set / utilities, telecom, public e-services / v1';
const TODAY = '2024-06-30';

// ---------------------------------------------------------------- PRNG
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
const seedBytes = createHash('sha256').update(SEED).digest();
const rand = sfc32(seedBytes.readUInt32LE(0), seedBytes.readUInt32LE(4), seedBytes.readUInt32LE(8), seedBytes.readUInt32LE(12));
for (let i = 0; i < 32; i++) rand();
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(int(0, 9)); return s; };
/** Random hex without runs of 6+ decimal digits (so ids never look like personnummer or phone numbers). */
const hex = (n) => { let s = ''; let run = 0; for (let i = 0; i < n; i++) { let c = '0123456789abcdef'[int(0, 15)]; if (c <= '9' && run >= 5) c = 'abcdef'[int(0, 5)]; run = c <= '9' ? run + 1 : 0; s += c; } return s; };
function shuffle(arr) { const a = [...arr]; for (let i = a.length - 1; i > 0; i--) { const j = int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function pickN(arr, n) { return shuffle(arr).slice(0, n); }
function weighted(pairs) { const total = pairs.reduce((s, [, w]) => s + w, 0); let r = rand() * total; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- dates (UTC fields used as local wall time)
const BASE = Date.UTC(2024, 2, 1, 7, 0, 0);
const at = (day, minute = 0) => new Date(BASE + day * 86400000 + minute * 60000);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ymd = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const hms = (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
const hm = (d) => hms(d).slice(0, 5);
const dmy = (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
const isoLocal = (d) => `${ymd(d)}T${hms(d)}+02:00`;
const rfc2822 = (d) => `${DOW[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(d)} +0200`;
const clf = (d) => `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(d)} +0200`;
const sysl = (d) => `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)}`;
const ctime = (d) => `${DOW[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)} ${d.getUTCFullYear()}`;
const FIXED_DATE = new Date(Date.UTC(2024, 5, 28, 10, 0, 0));

// ---------------------------------------------------------------- checksums and validators
function luhnCheck(payload) {
  let sum = 0; let dbl = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = Number(payload[i]);
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
const luhnValid = (s) => luhnCheck(s.slice(0, -1)) === s.slice(-1);
function pnrDateOk(y, m, d) {
  if (d > 60) d -= 60;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
/** A Swedish personnummer / samordningsnummer: valid date (day+60 allowed) and Luhn digit. */
function isValidPnr(str) {
  const ds = str.replace(/[-+ ]/g, '');
  if (!/^\d+$/.test(ds)) return false;
  let ten; let years;
  if (ds.length === 12) { const y = Number(ds.slice(0, 4)); if (y < 1800 || y > 2099) return false; ten = ds.slice(2); years = [y]; }
  else if (ds.length === 10) { ten = ds; const yy = Number(ds.slice(0, 2)); years = [1900 + yy, 2000 + yy]; }
  else return false;
  const m = Number(ten.slice(2, 4)); const d = Number(ten.slice(4, 6));
  if (!years.some((y) => pnrDateOk(y, m, d))) return false;
  return luhnValid(ten);
}
function notPnr(s) { if (isValidPnr(s)) throw new Error(`near-miss is a valid personnummer: ${s}`); return s; }
function gs1Check(payload) { let sum = 0; for (let i = 0; i < payload.length; i++) sum += Number(payload[payload.length - 1 - i]) * (i % 2 === 0 ? 3 : 1); return String((10 - (sum % 10)) % 10); }

// ---------------------------------------------------------------- text helpers
const FOLD = { 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ı': 'i', 'œ': 'oe' };
const fold = (s) => s.replace(/[łŁđĐøØæÆßıœ]/g, (c) => FOLD[c]).normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const CS = { utf8: 'utf8', cp1252: 'windows1252', latin1: 'iso88591' };
function fits(s, cs) { if (cs === 'utf8') return true; return iconv.decode(iconv.encode(s, CS[cs]), CS[cs]) === s; }
function encodeText(text, cs, bom = false) {
  if (cs === 'utf8') return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  if (!fits(text, cs)) {
    const bad = [...text].filter((c) => !fits(c, cs));
    throw new Error(`text not representable in ${cs}: ${[...new Set(bad)].join(' ')}`);
  }
  return iconv.encode(text, CS[cs]);
}
const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function csvField(v, sep) { const s = String(v ?? ''); return (s.includes(sep) || s.includes('"') || s.includes('\n')) ? `"${s.replace(/"/g, '""')}"` : s; }
const csvLine = (fields, sep = ';') => fields.map((v) => csvField(v, sep)).join(sep);
function pyJson(obj, indent = 2) { // Python json.dumps(ensure_ascii=True) style
  return JSON.stringify(obj, null, indent).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------- truth bookkeeping
const truth = [];
const nearMiss = [];
const files = new Map();
function emit(path, buf) {
  if (files.has(path)) throw new Error(`duplicate file ${path}`);
  files.set(path, Buffer.isBuffer(buf) ? buf : Buffer.from(buf, 'utf8'));
}

// ---------------------------------------------------------------- people
const POOLS = {
  sv: { w: 30, f: ['Anna', 'Karin', 'Eva', 'Ingrid', 'Maja', 'Elsa', 'Astrid', 'Åsa', 'Görel', 'Birgitta', 'Linnéa', 'Märta', 'Tove', 'Signe', 'Ebba', 'Agnes', 'Gunnel', 'Ulla-Britt', 'Kerstin', 'Sofia', 'Helena', 'Malin'],
    m: ['Lars', 'Mikael', 'Per', 'Sven', 'Johan', 'Björn', 'Ulf', 'Kjell', 'Örjan', 'Hjalmar', 'Torbjörn', 'Gösta', 'Nils-Erik', 'Anders', 'Magnus', 'Ove', 'Jonas', 'Fredrik', 'Håkan', 'Stig'],
    l: ['Lindqvist', 'Bergström', 'Åkesson', 'Nyström', 'Sjöberg', 'Holmgren', 'Eklund', 'Forsberg', 'Hedlund', 'Lundgren', 'Wikström', 'Söderberg', 'Ljungqvist', 'Björklund', 'Engström', 'Östlund', 'Fägerskiöld', 'Håkansson', 'Dahlgren', 'Nordin', 'Sandström', 'Wallin', 'Jönsson', 'Lindblad', 'Strömberg', 'Ekholm', 'Granqvist', 'Rydberg', 'Blomqvist', 'Sundberg'] },
  fi: { w: 6, f: ['Aino', 'Päivi', 'Tuula', 'Sirpa', 'Mikaela', 'Satu', 'Riitta', 'Ulrika', 'Heli', 'Marjatta'], m: ['Eero', 'Juha', 'Jarmo', 'Kalle', 'Henrik', 'Matti', 'Pekka', 'Jukka', 'Tapio', 'Ville'],
    l: ['Virtanen', 'Mäkinen', 'Heikkilä', 'Kärkkäinen', 'Nieminen', 'Grönroos', 'Lindholm', 'Sundqvist', 'Hägglund', 'Österberg', 'Korhonen', 'Laaksonen', 'Väisänen', 'Mattsson-Ahola'] },
  sami: { w: 3, f: ['Ánne', 'Máret', 'Sunná', 'Inga', 'Biret', 'Elle', 'Risten'], m: ['Niillas', 'Ándde', 'Jovnna', 'Nils Ánte', 'Mihkkal', 'Piera', 'Ovllá'],
    l: ['Utsi', 'Sikku', 'Päiviö', 'Kuhmunen', 'Sarri', 'Labba', 'Omma', 'Sparrok', 'Pirak', 'Tuolja', 'Spik'] },
  so: { w: 6, f: ['Hodan', 'Faadumo', 'Ayaan', 'Sahra', 'Ifrah', 'Hibaaq', 'Nimco', 'Ubah', 'Deeqa', 'Xaliimo'], m: ['Abdirahman', 'Abdullahi', 'Mohamed', 'Abdiqani', 'Liban', 'Yusuf', 'Mukhtar', 'Cabdi', 'Guuleed'],
    l: ['Warsame', 'Farah', 'Hassan Abdi', 'Jama', 'Mohamud Ali', 'Osman', 'Nuur', 'Cabdi Xasan', 'Aden', 'Ismail Guled', 'Dirie'] },
  ar: { w: 7, f: ['Fatima', 'Rania', 'Layla', 'Noor', 'Amal', 'Hiba', 'Yasmin', 'Zainab', 'Rasha', 'Dalia'], m: ['Ahmad', 'Yousef', 'Omar', 'Khalid', 'Samir', 'Tariq', 'Mahmoud', 'Bilal', 'Hussein', 'Ammar'],
    l: ['al-Rashid', 'Haddad', 'Al-Amin', 'El-Sayed', 'Abu Saleh', 'Abdel-Karim', 'al-Tamimi', 'Nassar', 'Khoury', 'al-Jabouri', 'Shammari'] },
  fa: { w: 5, f: ['Shirin', 'Parisa', 'Nasrin', 'Golnar', 'Maryam', 'Niloufar', 'Azadeh', 'Roya'], m: ['Dariush', 'Kourosh', 'Babak', 'Reza', 'Arash', 'Farhad', 'Omid', 'Siavash'],
    l: ['Rezaei', 'Mohammadi', 'Tehrani', 'Jafari', 'Hosseini', 'Karimi-Nejad', 'Sadeghi', 'Ahmadi Moghaddam', 'Farahani', 'Ghorbani'] },
  ku: { w: 4, f: ['Rojda', 'Dilan', 'Zozan', 'Berivan', 'Hêvî', 'Nazdar', 'Shilan', 'Jiyan'], m: ['Sherko', 'Azad', 'Rebwar', 'Karwan', 'Dara', 'Serhad', 'Hêmin', 'Zana'],
    l: ['Amed', 'Bakir', 'Hawrami', 'Botan', 'Zebari', 'Rashid', 'Kaya', 'Mahmoudi', 'Baban', 'Goran'] },
  ti: { w: 4, f: ['Selam', 'Senait', 'Helen', 'Saba', 'Yordanos', 'Mebrat', 'Rahel', 'Freweini'], m: ['Yonas', 'Mebrahtu', 'Filmon', 'Tesfay', 'Dawit', 'Samuel', 'Biniam', 'Aman'],
    l: ['Tesfaye Gebremedhin', 'Haile', 'Kidane', 'Tekle', 'Berhane', 'Ghebremariam', 'Woldemichael', 'Habte', 'Gebreyesus', 'Asmerom'] },
  pl: { w: 5, f: ['Małgorzata', 'Agnieszka', 'Zofia', 'Katarzyna', 'Joanna', 'Ewa', 'Magdalena'], m: ['Krzysztof', 'Paweł', 'Łukasz', 'Tomasz', 'Piotr', 'Grzegorz', 'Wojciech'],
    l: ['Wójcik', 'Kowalczyk', 'Nowak', 'Dąbrowsk*', 'Lewandowsk*', 'Szymańsk*', 'Zielińsk*', 'Wiśniewsk*', 'Jankowsk*', 'Wróbel', 'Kaczmarek'] },
  bcs: { w: 5, f: ['Emina', 'Jasmina', 'Amra', 'Ana', 'Mirela', 'Dragana', 'Lejla', 'Selma'], m: ['Dragan', 'Mirsad', 'Emir', 'Stjepan', 'Zoran', 'Adnan', 'Haris', 'Goran'],
    l: ['Hadžić', 'Petrović', 'Kovačević', 'Begić', 'Marić Jurić', 'Šehić', 'Babić', 'Mujić', 'Jovanović', 'Čolaković', 'Delić'] },
  zh: { w: 3, familyFirst: true, f: ['Xiaohong', 'Jing', 'Mei', 'Yuting', 'Lina', 'Xiuying'], m: ['Wei', 'Xiaoming', 'Hao', 'Jun', 'Zhiwei', 'Guoqiang'],
    l: ['Wang', 'Zhang', 'Chen', 'Liu', 'Zhou', 'Huang', 'Lin', 'Zhao'] },
  vi: { w: 3, familyFirst: true, f: ['Thị Lan', 'Thu Hà', 'Thị Hoa', 'Ngọc Anh', 'Thị Mai', 'Thanh Hương'], m: ['Văn Minh', 'Quang Huy', 'Đức Anh', 'Văn Nam', 'Minh Tuấn', 'Hoàng Long'],
    l: ['Nguyễn', 'Trần', 'Phạm', 'Đặng', 'Hoàng', 'Huỳnh', 'Bùi'] },
  nl: { w: 1, f: ['Sanne', 'Femke', 'Anouk'], m: ['Joost', 'Maarten', 'Bram'], l: ['de Vries', 'van den Heuvel', 'van Dijk', 'van der Meulen'] },
  en: { w: 2, f: ['Rebecca', 'Emily', 'Claire', 'Hannah'], m: ['James', 'Oliver', 'Daniel', 'Connor'], l: ['Thornton', 'McCarthy-Hale', 'Whitfield', 'Ashworth', 'Pemberton'] },
  es: { w: 1, f: ['Lucía', 'Carmen'], m: ['Carlos', 'Javier'], l: ['Mendoza Ruiz', 'Fernández Ortega', 'Álvarez Gil'] },
  no: { w: 3, abroad: true, f: ['Ingvild', 'Sigrid', 'Kari-Anne', 'Solveig', 'Ragnhild', 'Tuva'], m: ['Øystein', 'Håvard', 'Eirik', 'Torstein', 'Sindre', 'Audun'],
    l: ['Haugen', 'Bakke', 'Solberg', 'Kristiansen', 'Fjeldstad', 'Grøtting', 'Myrvold', 'Aasheim'] },
  da: { w: 3, abroad: true, f: ['Mette', 'Line', 'Karen', 'Birthe', 'Pernille'], m: ['Søren', 'Rasmus', 'Mads', 'Jesper', 'Niels'],
    l: ['Kjærgaard', 'Østergaard', 'Frederiksen', 'Bech Nielsen', 'Mikkelsen', 'Lauridsen', 'Thygesen'] },
};
const FIXED_PEOPLE = [
  { bg: 'ar', sex: 'm', given: 'Ahmad bin Khalid', family: 'al-Rashid' },
  { bg: 'ar', sex: 'f', given: 'Fatima al-Zahra', family: 'Haddad' },
  { bg: 'nl', sex: 'm', given: 'Pieter', family: 'van der Berg' },
  { bg: 'so', sex: 'f', given: 'Hodan', family: 'Abdullahi Warsame' },
  { bg: 'so', sex: 'f', given: 'Amina', family: 'Warsame Yusuf' },
  { bg: 'ti', sex: 'm', given: 'Yonas', family: 'Tesfaye Gebremedhin' },
  { bg: 'sv', sex: 'f', given: 'Anna-Karin', family: 'Berg-Åström' },
  { bg: 'es', sex: 'f', given: 'María José', family: 'García López' },
  { bg: 'pl', sex: 'f', given: 'Agnieszka', family: 'Kowalczyk-Nowak' },
  { bg: 'vi', sex: 'f', given: 'Thị Lan', family: 'Nguyễn' },
  { bg: 'sami', sex: 'f', given: 'Elle-Máret', family: 'Kuhmunen' },
  { bg: 'en', sex: 'f', given: 'Siobhan', family: "O'Connor" },
  { bg: 'bcs', sex: 'm', given: 'Nikola', family: 'Đorđević' },
  { bg: 'sv', sex: 'f', given: 'Gunhild', family: 'Wennerström', birthYear: 1921 },
  { bg: 'fi', sex: 'f', given: 'Aili', family: 'Heikkinen', birthYear: 1923 },
  { bg: 'sv', sex: 'm', given: 'Helmer', family: 'Ottosson', birthYear: 1919 },
  { bg: 'fa', sex: 'm', given: 'Mohammad Reza', family: 'Karimi-Nejad' },
  { bg: 'ku', sex: 'f', given: 'Hêvî', family: 'Botan' },
];

const usedPnr = new Set();
const usedPhones = new Set(); // significant digits, e.g. '46701234567'
const usedNames = new Set();

function makePnr(y, m, d, sex, samordning) {
  for (;;) {
    const serial = pad(int(0, 99)) + String(sex === 'm' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const nine = `${pad(y % 100)}${pad(m)}${pad(samordning ? d + 60 : d)}${serial}`;
    const full = `${y}${nine.slice(2)}${luhnCheck(nine)}`;
    if (usedPnr.has(full)) continue;
    usedPnr.add(full);
    return full;
  }
}
function birthDate(opts) {
  const y = opts.birthYear ?? weighted([[[1935, 1959], 20], [[1960, 1979], 30], [[1980, 1999], 35], [[2000, 2005], 15]].map(([r, w]) => [int(r[0], r[1]), w]));
  const m = int(1, 12);
  const d = int(1, [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return { y, m, d };
}
const MOBILE_PREFIX = ['070', '072', '073', '076', '079'];
const LAND_AREAS = [['08', [7, 8]], ['031', [6, 7]], ['040', [6, 7]], ['018', [6]], ['090', [6]], ['0920', [5, 6]], ['0980', [5, 6]], ['013', [6]], ['019', [6]], ['054', [6]], ['060', [6]], ['063', [6]], ['026', [6]], ['0470', [5, 6]]];
function newSwedishMobile() {
  for (;;) {
    const d = pick(MOBILE_PREFIX) + String(int(1, 9)) + digits(6);
    if (isValidPnr(d) || usedPhones.has(`46${d.slice(1)}`)) continue;
    usedPhones.add(`46${d.slice(1)}`);
    return d;
  }
}
function newLandline(area) {
  for (;;) {
    const [a, lens] = area ? LAND_AREAS.find(([x]) => x === area) : pick(LAND_AREAS);
    const sub = String(int(1, 9)) + digits(pick(lens) - 1);
    const nat = a + sub;
    if (nat.length === 10 && isValidPnr(nat)) continue;
    if (usedPhones.has(`46${nat.slice(1)}`)) continue;
    usedPhones.add(`46${nat.slice(1)}`);
    return { area: a, sub };
  }
}
const FOREIGN_PLANS = {
  no: () => ({ cc: '47', nat: pick(['4', '9']) + digits(7), g: [3, 2, 3] }),
  da: () => ({ cc: '45', nat: pick(['2', '3', '4', '5', '6']) + digits(7), g: [2, 2, 2, 2] }),
  fi: () => ({ cc: '358', nat: pick(['40', '50', '44', '45']) + digits(7), g: [2, 3, 4] }),
  so: () => ({ cc: '252', nat: '61' + digits(7), g: [2, 3, 4] }),
  ar: () => pick([{ cc: '964', nat: pick(['750', '770']) + digits(7), g: [3, 3, 4] }, { cc: '963', nat: '9' + digits(8), g: [3, 3, 3] }]),
  fa: () => ({ cc: '98', nat: '912' + digits(7), g: [3, 3, 4] }),
  ku: () => pick([{ cc: '964', nat: '750' + digits(7), g: [3, 3, 4] }, { cc: '90', nat: '53' + digits(8), g: [3, 3, 2, 2] }]),
  ti: () => pick([{ cc: '291', nat: '7' + digits(6), g: [1, 6] }, { cc: '251', nat: '91' + digits(7), g: [2, 3, 4] }]),
  pl: () => ({ cc: '48', nat: pick(['601', '512', '791']) + digits(6), g: [3, 3, 3] }),
  bcs: () => pick([{ cc: '387', nat: '61' + digits(6), g: [2, 3, 3] }, { cc: '381', nat: '64' + digits(7), g: [2, 3, 4] }]),
  zh: () => ({ cc: '86', nat: '138' + digits(8), g: [3, 4, 4] }),
  vi: () => ({ cc: '84', nat: '91' + digits(7), g: [2, 3, 2, 2] }),
  en: () => ({ cc: '44', nat: '7700900' + digits(3), g: [4, 6] }),
  nl: () => ({ cc: '31', nat: '6' + digits(8), g: [1, 4, 4] }),
  es: () => ({ cc: '34', nat: '6' + digits(8), g: [3, 2, 2, 2] }),
};
function newForeign(bg) {
  for (;;) {
    const f = FOREIGN_PLANS[bg]();
    if (usedPhones.has(f.cc + f.nat)) continue;
    usedPhones.add(f.cc + f.nat);
    return f;
  }
}
const PRIVATE_DOMAINS = ['example.com', 'example.org', 'example.net', 'mejl.example', 'post.example', 'hemma.example', 'postlada.se', 'brevlådan.nu', 'kustmejl.se', 'inkorgen.net', 'fjallmail.se'];
const STREETS = ['Drottninggatan', 'Kungsgatan', 'Storgatan', 'Sveavägen', 'Linnégatan', 'Vasagatan', 'Fredsgatan', 'Björkvägen', 'Tallstigen', 'Ekbacksvägen', 'Engelbrektsgatan', 'Skolgatan', 'Järnvägsgatan', 'Hamngatan', 'Åsvägen', 'Lärkstigen', 'Rönnvägen', 'Mossvägen', 'Östra Långgatan', 'Norra Strandgatan'];
const NAMED_STREETS = ['Karl Johans gata', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Per Albins väg', 'Gustav Adolfs torg', 'Anna Lindhs plats', 'Elsa Beskows gata', 'Greta Garbos väg'];
const CITIES = [['Sjöstad', '6'], ['Stockholm', '1'], ['Göteborg', '4'], ['Malmö', '2'], ['Uppsala', '7'], ['Umeå', '9'], ['Kiruna', '98'], ['Luleå', '97'], ['Norrköping', '60'], ['Gävle', '80']];
function newAddress() {
  const named = chance(0.18);
  const [city, p0] = chance(0.55) ? CITIES[0] : pick(CITIES);
  const postal = (p0 + digits(5 - p0.length));
  return { street: named ? pick(NAMED_STREETS) : pick(STREETS), no: `${int(1, 88)}${chance(0.15) ? pick(['A', 'B', 'C']) : ''}`, named,
    postal: `${postal.slice(0, 3)} ${postal.slice(3)}`, city, lgh: chance(0.5) ? `lgh ${int(11, 16)}${pad(int(1, 8))}` : '' };
}
function emailLocal(g, f, y) {
  const gg = fold(g).toLowerCase().replace(/[^a-z]+/g, ''); const ff = fold(f).toLowerCase().replace(/[^a-z-]+/g, '');
  return pick([`${gg}.${ff}`, `${gg}${ff[0]}`, `${gg[0]}${ff}`, `${gg}_${ff}${pad(y % 100)}`, `${ff}.${gg}`, `${gg}.${ff}${int(1, 99)}`]);
}
let personSeq = 0;
const ALL_PERSONS = [];
function makePerson(opts = {}) {
  const bg = opts.bg ?? weighted(Object.entries(POOLS).map(([k, v]) => [k, v.w]));
  const pool = POOLS[bg];
  for (let attempt = 0; ; attempt++) {
    const sex = opts.sex ?? (chance(0.5) ? 'f' : 'm');
    const given = opts.given ?? pick(pool[sex]);
    let family = opts.family ?? pick(pool.l);
    if (family.endsWith('*')) family = family.slice(0, -1) + (sex === 'f' ? 'a' : 'i');
    const display = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
    if (usedNames.has(display) && attempt < 50) continue;
    usedNames.add(display);
    const abroad = opts.abroad ?? (pool.abroad || (bg === 'fi' && chance(0.3)));
    const b = opts.birth ?? birthDate(opts);
    const samordning = !abroad && (opts.samordning ?? (['sv', 'fi', 'sami'].includes(bg) ? false : chance(0.14)));
    const p = { id: ++personSeq, bg, sex, given, family, display, familyFirst: Boolean(pool.familyFirst), abroad, birth: b,
      over100: b.y < 1925, samordning, addr: newAddress() };
    p.pnr12 = abroad ? null : makePnr(b.y, b.m, b.d, sex, samordning);
    p.mob = abroad ? null : newSwedishMobile();
    p.land = !abroad && chance(b.y < 1960 ? 0.6 : 0.2) ? newLandline() : null;
    const fplan = abroad ? bg : (bg !== 'sv' && bg !== 'sami' && chance(0.25) ? bg : null);
    p.foreign = fplan && FOREIGN_PLANS[fplan] ? newForeign(fplan) : null;
    if (abroad) p.addr = { ...p.addr, city: { no: 'Oslo', da: 'København', fi: 'Vasa' }[bg] ?? 'Oslo', postal: { no: '0' + digits(3), da: digits(4), fi: '65' + digits(3) }[bg] ?? digits(4), named: false, street: { no: 'Thorvald Meyers gate', da: 'Nørrebrogade', fi: 'Handelsesplanaden' }[bg] ?? 'Storgata' };
    p.email = `${emailLocal(given, family, b.y)}@${pick(bg === 'no' ? ['fjellpost.no', 'example.net'] : bg === 'da' ? ['postkassen.dk', 'example.org'] : bg === 'fi' && abroad ? ['kustpost.fi', 'example.com'] : PRIVATE_DOMAINS)}`;
    if (abroad) p.foreignId = foreignIdFor(p);
    ALL_PERSONS.push(p);
    return p;
  }
}
function foreignIdFor(p) {
  const { y, m, d } = p.birth;
  const dd = pad(d); const mm = pad(m); const yy = pad(y % 100);
  if (p.bg === 'no') {
    for (;;) {
      const ind = digits(3);
      const ds = (dd + mm + yy + ind).split('').map(Number);
      let k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * ds[i], 0) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue;
      let k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...ds, k1][i], 0) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue;
      const v = `${dd}${mm}${yy}${ind}${k1}${k2}`;
      return { kind: 'no-fodselsnummer', value: chance(0.5) ? v : `${v.slice(0, 6)} ${v.slice(6)}` };
    }
  }
  if (p.bg === 'da') {
    for (;;) { const v = `${dd}${mm}${yy}-${digits(4)}`; if (!isValidPnr(v)) return { kind: 'dk-cpr', value: v }; }
  }
  for (;;) {
    const zzz = pad(int(2, 899), 3);
    const v = `${dd}${mm}${yy}${y < 2000 ? '-' : 'A'}${zzz}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dd + mm + yy + zzz) % 31]}`;
    if (!isValidPnr(v)) return { kind: 'fi-hetu', value: v };
  }
}

// ---------------------------------------------------------------- formats
function pnrString(p, form) {
  const s = p.pnr12;
  if (!s) throw new Error(`${p.display} has no personnummer`);
  if (p.over100 && (form === 'n10' || form === 's10')) form = 'd10';
  const sep = p.over100 ? '+' : '-';
  switch (form) {
    case 'd10': return s.slice(2, 8) + sep + s.slice(8);
    case 'n10': return s.slice(2);
    case 's10': return `${s.slice(2, 8)} ${s.slice(8)}`;
    case 'd12': return `${s.slice(0, 8)}-${s.slice(8)}`;
    case 'n12': return s;
    case 's12': return `${s.slice(0, 8)} ${s.slice(8)}`;
    default: throw new Error(form);
  }
}
const PNR_FORMS = [['d10', 4], ['n10', 2], ['d12', 4], ['n12', 2], ['s12', 1], ['s10', 1]];
const groupSub = (sub) => ({ 5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [3, 3, 2] }[sub.length]).reduce((acc, n) => { acc.parts.push(sub.slice(acc.i, acc.i + n)); acc.i += n; return acc; }, { parts: [], i: 0 }).parts.join(' ');
function mobileString(d, form) {
  const a = d.slice(0, 3); const r = d.slice(3); const g = `${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`;
  switch (form) {
    case 'dash': return `${a}-${g}`;
    case 'compact': return d;
    case 'spaced': return `${a} ${g}`;
    case 'intl': return `+46 ${a.slice(1)} ${g}`;
    case 'intl0': return `+46(0)${a.slice(1)}-${g}`;
    case '00': return `0046 ${a.slice(1)} ${g}`;
    case 'e164': return `+46${d.slice(1)}`;
    case 'msisdn': return `46${d.slice(1)}`;
    case 'dash7': return `${a}-${r}`;
    case 'pairs': return `${a}-${r.slice(0, 2)} ${r.slice(2, 4)} ${r.slice(4, 6)}${r.slice(6)}`;
    default: throw new Error(form);
  }
}
const MOBILE_FORMS = [['dash', 6], ['compact', 3], ['spaced', 3], ['intl', 3], ['intl0', 1], ['00', 1], ['e164', 2], ['dash7', 1]];
function landString(l, form) {
  switch (form) {
    case 'dash': return `${l.area}-${groupSub(l.sub)}`;
    case 'compact': return l.area + l.sub;
    case 'intl': return `+46 ${l.area.slice(1)} ${groupSub(l.sub)}`;
    case 'paren': return `(${l.area}) ${groupSub(l.sub)}`;
    case 'dashnospace': return `${l.area}-${l.sub}`;
    default: throw new Error(form);
  }
}
const LAND_FORMS = [['dash', 6], ['compact', 1], ['intl', 2], ['paren', 1], ['dashnospace', 1]];
function foreignString(f, form) {
  const grouped = f.g.reduce((acc, n) => { acc.parts.push(f.nat.slice(acc.i, acc.i + n)); acc.i += n; return acc; }, { parts: [], i: 0 }).parts.join(' ');
  switch (form) {
    case 'intl': return `+${f.cc} ${grouped}`;
    case 'e164': return `+${f.cc}${f.nat}`;
    case '00': return `00${f.cc} ${grouped}`;
    case 'national': if (f.cc === '358') return `0${f.nat.slice(0, 2)}-${f.nat.slice(2, 5)} ${f.nat.slice(5)}`; return `+${f.cc} ${grouped}`;
    default: throw new Error(form);
  }
}
function nameVariant(p, variant) {
  switch (variant) {
    case 'full': return p.display;
    case 'western': return `${p.given} ${p.family}`;
    case 'rev': return `${p.family}, ${p.given}`;
    case 'caps': return p.display.toUpperCase();
    case 'capsRev': return `${p.family}, ${p.given}`.toUpperCase();
    case 'initial': return p.familyFirst ? p.display : `${[...p.given][0]}. ${p.family}`;
    case 'given': return p.given;
    case 'family': return p.family;
    case 'capsNoComma': return `${p.family} ${p.given}`.toUpperCase();
    default: throw new Error(variant);
  }
}

// ---------------------------------------------------------------- labeler
/** A labeler for one output file; cs narrows what characters names may use (old systems fold to ASCII). */
const claimed = new Set();
/** A labeler for a new output file (a random file name that is already taken gets a suffix). */
function L(path, cs = 'utf8') {
  let p = path;
  for (let i = 2; claimed.has(p); i++) p = path.replace(/(\.[a-z]+)$/, `_${i}$1`);
  claimed.add(p);
  return V(p, cs);
}
/** Another view of an already created file's labeler, e.g. narrowed to cp1252 for a PDF attachment. */
function V(path, cs = 'utf8') {
  const self = {
    path, cs,
    t(category, value, subtype) { truth.push({ file: path, category, value, ...(subtype ? { subtype } : {}) }); return value; },
    nm(kind, category, value) { nearMiss.push({ file: path, category, kind, value }); return value; },
    /** Name of p as written: variant full|western|rev|caps|capsRev|initial|given|family|capsNoComma. */
    N(p, variant = 'full', subtype, cs2) {
      let v = nameVariant(p, variant);
      let st = subtype ?? (variant === 'full' || variant === 'western' ? p.bg : variant === 'given' ? 'split-given' : variant === 'family' ? 'split-family' : variant);
      if (!fits(v, cs2 ?? self.cs)) { v = fold(v); st = subtype ?? 'ascii-folded'; }
      return self.t('name', v, p.deceased ? 'deceased' : p.staff && !subtype ? 'staff' : st);
    },
    PN(p, form) {
      form ??= weighted(PNR_FORMS);
      const v = pnrString(p, form);
      const st = p.samordning ? 'samordningsnummer' : p.over100 && form === 'd10' ? 'plus-over-100' : `pnr-${form}`;
      return self.t('personnummer', v, st);
    },
    M(p, form) { form ??= weighted(MOBILE_FORMS); return self.t('phone', mobileString(p.mob, form), p.staff ? 'staff' : `mobile-${form}`); },
    LL(p, form) { form ??= weighted(LAND_FORMS); return self.t('phone', landString(p.land, form), p.staff ? 'staff' : `landline-${form}`); },
    FP(p, form) { form ??= pick(['intl', 'intl', 'e164', '00']); return self.t('phone', foreignString(p.foreign, form), `foreign-${p.foreign.cc}`); },
    /** Any phone of p (Swedish mobile, landline or foreign). */
    PH(p, pref) {
      if (pref === 'land' && p.land) return self.LL(p);
      if (pref === 'foreign' && p.foreign) return self.FP(p);
      if (p.mob && (pref !== 'any' || chance(0.75))) return self.M(p);
      if (p.land) return self.LL(p);
      if (p.foreign) return self.FP(p);
      return self.M(p);
    },
    E(p, variant = 'plain') {
      const v = variant === 'upper' ? p.email.toUpperCase() : variant === 'cap' ? p.email.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/\.([a-z])/, (m, c) => `.${c.toUpperCase()}`) : p.email;
      return self.t('email', v, p.staff ? 'staff' : p.email.includes('.example') || /example\.(com|org|net)$/.test(p.email) ? 'example-domain' : 'made-up-domain');
    },
    IP(v, st) { return self.t('ip', v, st); },
    FID(p) { return self.nm(p.foreignId.kind, 'personnummer', p.foreignId.value); },
    /** Address lines; a street named after a person is planted as a near-miss name. */
    ADDR(p, cs2) {
      const a = p.addr;
      if (a.named) self.nm('street-name', 'name', a.street);
      let s = `${a.street} ${a.no}`;
      if (!fits(s, cs2 ?? self.cs)) s = fold(s);
      return s;
    },
  };
  return self;
}

// ---------------------------------------------------------------- noise (near-miss) generators
const gen = {
  orgnr(prefix = '556') { const p = prefix + digits(9 - prefix.length); const s = p + luhnCheck(p); return notPnr(`${s.slice(0, 6)}-${s.slice(6)}`); },
  ocr(len = 14) { for (;;) { const p = String(int(1, 9)) + digits(len - 2); const s = p + luhnCheck(p); if (!isValidPnr(s)) return s; } },
  safe(make) { for (;;) { const s = make(); if (!isValidPnr(s.replace(/\D/g, ''))) return s; } },
  custNo(len = 10) { for (;;) { const s = String(int(1, 9)) + digits(len - 1); if (!isValidPnr(s)) return s; } },
  badChecksum(p) { const s = pnrString(p, 'd10'); const last = (Number(s.slice(-1)) + int(1, 9)) % 10; return notPnr(s.slice(0, -1) + last); },
  impossibleDate() {
    for (;;) {
      const y = int(1950, 1999) % 100; const [m, d] = pick([[2, 30], [2, 31], [4, 31], [13, int(1, 28)], [0, int(1, 28)], [6, 31], [11, 31], [int(1, 12), 0], [int(1, 12), 45]]);
      const nine = `${pad(y)}${pad(m)}${pad(d)}${digits(3)}`;
      const s = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheck(nine)}`;
      if (!isValidPnr(s)) return s;
    }
  },
  masked(p) { return pick([`${pnrString(p, 'd10').slice(0, 7)}XXXX`, `${pnrString(p, 'd12').slice(0, 9)}****`, `${pnrString(p, 'd12').slice(0, 9)}xxxx`]); },
  iban() {
    const bban = pick(['500', '300', '600', '800', '120']) + digits(17);
    const num = bban + '281400';
    let r = 0; for (const ch of num) r = (r * 10 + Number(ch)) % 97;
    const s = `SE${pad(98 - r)}${bban}`;
    return s.replace(/(.{4})/g, '$1 ').trim();
  },
  bic: () => pick(['ESSESESS', 'HANDSESS', 'NDEASESS', 'SWEDSESS', 'DABASESX', 'ELLFSESS']),
  gsrn() { const p = '735999' + digits(11); return p + gs1Check(p); },
  meter: () => `${pick(['M', 'MÄT', 'FV'])}-${digits(8)}`,
  mac(style) {
    const bytes = [int(0, 63) * 4, ...Array.from({ length: 5 }, () => int(0, 255))].map((b) => b.toString(16).padStart(2, '0'));
    style ??= pick(['colon', 'colonU', 'dash', 'cisco']);
    if (style === 'colon') return bytes.join(':');
    if (style === 'colonU') return bytes.join(':').toUpperCase();
    if (style === 'dash') return bytes.join('-').toUpperCase();
    return `${bytes[0]}${bytes[1]}.${bytes[2]}${bytes[3]}.${bytes[4]}${bytes[5]}`;
  },
  iccid() { const p = '89460' + digits(13); return p + luhnCheck(p); },
  imei() { const p = pick(['35', '86', '01']) + digits(12); return p + luhnCheck(p); },
  travelCard() { for (;;) { const s = `${pick(['3085', '9752', '6011'])} ${digits(4)} ${digits(4)} ${digits(2)}`; if (!isValidPnr(s.replace(/ /g, ''))) return s; } },
  libraryCard: () => `2${pick(['0015', '0027'])}${digits(9)}`,
  regnr() { const L3 = 'ABCDEFGHJKLMNOPRSTUWXYZ'; return `${pick([...L3])}${pick([...L3])}${pick([...L3])} ${digits(2)}${chance(0.5) ? digits(1) : pick([...L3])}`; },
  isbn() { const p = `97891${digits(7)}`; let s = 0; for (let i = 0; i < 12; i++) s += Number(p[i]) * (i % 2 ? 3 : 1); return `978-91-${p.slice(5, 9)}-${p.slice(9, 12)}-${(10 - (s % 10)) % 10}`; },
  version: () => pick([`${int(1, 9)}.${int(0, 20)}.${int(0, 9)}.${int(10, 250)}`, `${int(3, 7)}.${int(0, 9)}.${int(0, 40)}.${int(1, 99)}`]),
  privIp: () => pick([`192.168.${pick([0, 1, 1, 10, 68])}.${int(2, 254)}`, `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]),
  cgnat: () => `100.${int(64, 127)}.${int(0, 255)}.${int(1, 254)}`,
  docIp: () => `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`,
  pubIp: () => `${pick([31, 37, 46, 62, 77, 78, 79, 81, 83, 85, 90, 94, 95, 109, 130, 145, 151, 155, 158, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
  v6prefix: () => pick([`2001:db8:${hex(4).replace(/^0+(?=.)/, '')}:${hex(2)}00::`, `2a02:${pick(['aa1', '1406', '2b8', '600'])}:${hex(4).replace(/^0+(?=.)/, '')}:${hex(2)}00::`]),
  v6addr: () => pick([`2001:db8:${hex(3)}:${int(1, 99)}::${hex(2)}${int(1, 9)}`, `2a02:${pick(['aa1', '1406', '600'])}:${hex(4).replace(/^0+(?=.)/, '')}:${hex(4).replace(/^0+(?=.)/, '')}:${hex(4).replace(/^0+(?=.)/, '')}:${hex(3)}f:fe${hex(2)}:${hex(4).replace(/^0+(?=.)/, '')}`]),
  session: () => hex(32),
  amount: () => `${int(1, 9)} ${digits(3)},${digits(2)} kr`,
};
function publicIp() { return chance(0.45) ? { v: gen.docIp(), st: 'ipv4-documentation' } : { v: gen.pubIp(), st: 'ipv4-public' }; }
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0',
  'BankID/7.14.1 (iOS 17.4)', 'curl/8.5.0',
];
/** A user agent; IPv4-looking version strings in it are planted as near-misses. */
function ua(f) { const u = pick(UAS); for (const m of u.matchAll(/(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?!\.?\d)/g)) f.nm('version-string', 'ip', m[1]); return u; }

// ---------------------------------------------------------------- organisations and staff
const ORG = {
  tel: { name: 'Nordvik Telekom AB', domain: 'nordvik-telekom.se', service: '0771-24 68 10', switchboard: '08-410 220 00', bg: '5402-9681', roles: ['kundservice', 'bedrageri', 'portering', 'driftinfo'] },
  el: { name: 'Älvdala Energi AB', domain: 'alvdala-energi.se', service: '020-31 31 00', switchboard: '0920-48 30 00', bg: '5617-2204', roles: ['kundservice', 'flytt', 'faktura', 'fjarrvarme'] },
  va: { name: 'Sjöstads kommun, VA & avfall', domain: 'sjostad.se', service: '0771-44 10 20', switchboard: '0470-73 00 00', bg: '5050-7714', roles: ['va-kundservice', 'avfall', 'registrator', 'etjanst'] },
  bo: { name: 'Bostadsförmedlingen i Sjöstad AB', domain: 'bostad.sjostad.se', service: '0771-20 30 40', switchboard: '0470-73 12 00', bg: '5330-1209', roles: ['kundtjanst', 'erbjudande', 'noreply'] },
  pa: { name: 'Sjöstads kommun, Parkeringsenheten', domain: 'sjostad.se', service: '0771-44 10 22', switchboard: '0470-73 00 00', bg: '5050-7714', roles: ['parkeringstillstand', 'registrator', 'noreply'] },
  li: { name: 'Sjöstads stadsbibliotek', domain: 'bibliotek.sjostad.se', service: '0470-73 45 00', switchboard: '0470-73 00 00', roles: ['bibliotek', 'noreply', 'fjarrlan'] },
  lt: { name: 'Länstrafiken Norrsjö AB', domain: 'lanstrafiken-norrsjo.se', service: '0771-55 66 77', switchboard: '090-16 22 00', bg: '5987-4410', roles: ['kundservice', 'hittegods', 'ersattning', 'noreply'] },
  ts: { name: 'Ekbackens Trafikskola AB', domain: 'ekbackenstrafikskola.se', service: '0470-212 00', switchboard: '0470-212 00', bg: '5560-7788', roles: ['info', 'bokning', 'noreply'] },
};
for (const o of Object.values(ORG)) o.orgnr = gen.orgnr(o.name.startsWith('Sjöstads kommun') ? '212' : '556');
ORG.pa.orgnr = ORG.va.orgnr; ORG.li.orgnr = ORG.va.orgnr;
for (const o of Object.values(ORG)) for (const n of [o.service, o.switchboard]) usedPhones.add(`46${n.replace(/\D/g, '').slice(1)}`);
const role = (f, o, r) => f.nm('role-mailbox', 'email', `${r ?? o.roles[0]}@${o.domain}`);
const service = (f, o) => f.nm('service-line', 'phone', o.service);
const switchboard = (f, o) => f.nm('company-switchboard', 'phone', o.switchboard);
function makeStaff(o, n) {
  return Array.from({ length: n }, () => {
    const p = makePerson({ bg: weighted([['sv', 10], ['fi', 2], ['ar', 1], ['bcs', 1], ['fa', 1], ['so', 1], ['pl', 1], ['ku', 1]]), abroad: false });
    p.staff = true;
    p.email = `${fold(p.given).toLowerCase().replace(/[^a-z]+/g, '')}.${fold(p.family).toLowerCase().replace(/[^a-z]+/g, '')}@${o.domain}`;
    const area = o.switchboard.split('-')[0];
    p.land = newLandline(LAND_AREAS.some(([a]) => a === area) ? area : undefined);
    return p;
  });
}
function signature(f, s, o, lang = 'sv') {
  const close = { sv: 'Med vänlig hälsning', en: 'Kind regards', no: 'Med vennlig hilsen', da: 'Med venlig hilsen', fi: 'Med vänliga hälsningar' }[lang];
  return [close, '', f.N(s), `${{ sv: 'Kundservice', en: 'Customer service', no: 'Kundeservice', da: 'Kundeservice', fi: 'Kundtjänst' }[lang]}, ${o.name}`,
    `Direkt: ${f.LL(s, 'dash')}`, `Växel: ${switchboard(f, o)}`, `Kundtjänst: ${service(f, o)}`, `E-post: ${f.E(s)}`, `Org.nr ${f.nm('organisationsnummer', 'personnummer', o.orgnr)}`].join('\n');
}

// ---------------------------------------------------------------- container formats
const ZIP_DATE = new Date(Date.UTC(2024, 5, 28, 10, 0, 0));
async function zipOf(entries) {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data, { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
const coreXml = (creator, title) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEsc(title)}</dc:title><dc:creator>${xmlEsc(creator)}</dc:creator><cp:lastModifiedBy>${xmlEsc(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-05-20T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-28T10:00:00Z</dcterms:modified></cp:coreProperties>`;
const colName = (i) => { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; };
/** sheets: [{ name, rows: [[cell]] }]; a cell is a string (shared string), a number, or { num: '198501011234' }. */
async function xlsx(sheets, creator, title) {
  const sst = []; const sstIndex = new Map();
  const si = (s) => { if (!sstIndex.has(s)) { sstIndex.set(s, sst.length); sst.push(s); } return sstIndex.get(s); };
  const sheetXml = sheets.map((sh) => {
    const rows = sh.rows.map((row, r) => `<row r="${r + 1}">${row.map((c, ci) => {
      const ref = `${colName(ci)}${r + 1}`;
      if (c === null || c === undefined || c === '') return '';
      if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
      if (typeof c === 'object') return `<c r="${ref}"><v>${c.num}</v></c>`;
      return `<c r="${ref}" t="s"><v>${si(String(c))}</v></c>`;
    }).join('')}</row>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  });
  const entries = [
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
    ['docProps/core.xml', coreXml(creator, title)],
    ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlEsc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`],
    ['xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>`],
    ...sheetXml.map((x, i) => [`xl/worksheets/sheet${i + 1}.xml`, x]),
  ];
  entries.push(['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t xml:space="preserve">${xmlEsc(s)}</t></si>`).join('')}</sst>`]);
  return zipOf(entries);
}
/** paragraphs: string | [run] where run = string | { t, b, i }. */
async function docx(paragraphs, creator, title) {
  const run = (r) => { const o = typeof r === 'string' ? { t: r } : r; return `<w:r>${o.b || o.i ? `<w:rPr>${o.b ? '<w:b/>' : ''}${o.i ? '<w:i/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEsc(o.t)}</w:t></w:r>`; };
  const body = paragraphs.map((p) => `<w:p>${(Array.isArray(p) ? p : [p]).map(run).join('')}</w:p>`).join('');
  return zipOf([
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
    ['docProps/core.xml', coreXml(creator, title)],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`],
  ]);
}
/** lines: string | { t, bold, size } ; one text object per line, no wrapping, WinAnsi (cp1252) only. */
function pdf(lines, { title, author }) {
  return new Promise((resolvePdf, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, compress: true, info: { Title: title, Author: author, Creator: 'Dokumentsystem 4.2', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const bufs = [];
    doc.on('data', (b) => bufs.push(b));
    doc.on('end', () => resolvePdf(Buffer.concat(bufs)));
    doc.on('error', reject);
    let y = 50;
    for (const l of lines) {
      const o = typeof l === 'string' ? { t: l } : l;
      if (!fits(o.t, 'cp1252')) { reject(new Error(`PDF text not WinAnsi: ${o.t}`)); return; }
      const size = o.size ?? 10;
      if (y > 780) { doc.addPage(); y = 50; }
      if (o.t !== '') doc.font(o.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(o.t, 50, y, { lineBreak: false });
      y += size * 1.5;
    }
    doc.end();
  });
}

// ---------------------------------------------------------------- MIME
function encWord(s, charset = 'UTF-8', mode = 'B') {
  if (/^[\x20-\x7e]*$/.test(s)) return null;
  const bytes = charset.toUpperCase() === 'UTF-8' ? Buffer.from(s, 'utf8') : encodeText(s, charset.toUpperCase() === 'ISO-8859-1' ? 'latin1' : 'cp1252');
  if (mode === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  let q = ''; for (const b of bytes) q += (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : b === 32 ? '_' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?${charset}?Q?${q}?=`;
}
function hdrText(s, charset, mode) { return encWord(s, charset, mode) ?? s; }
function mailbox(name, email, charset = 'UTF-8', mode = 'B') {
  if (!name) return email;
  const enc = encWord(name, charset, mode);
  if (enc) return `${enc} <${email}>`;
  return /[,.;:()"']/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
}
function qpEncode(bytes) {
  const out = []; let line = [];
  const flush = (lineBytes) => {
    let cur = '';
    for (let i = 0; i < lineBytes.length; i++) {
      const b = lineBytes[i];
      const last = i === lineBytes.length - 1;
      const tok = ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + tok.length > 75) { out.push(`${cur}=`); cur = ''; }
      cur += tok;
    }
    out.push(cur);
  };
  for (const b of bytes) { if (b === 10) { flush(line); line = []; } else if (b !== 13) line.push(b); }
  flush(line);
  return out.join('\r\n');
}
const b64 = (buf) => buf.toString('base64').replace(/(.{76})/g, '$1\r\n').replace(/\r\n$/, '');
/** A leaf MIME part. */
function textPart(text, { charset = 'UTF-8', cte = 'quoted-printable', subtype = 'plain' } = {}) {
  const bytes = charset.toUpperCase() === 'UTF-8' ? Buffer.from(text, 'utf8') : encodeText(text, charset.toUpperCase() === 'ISO-8859-1' ? 'latin1' : 'cp1252');
  const body = cte === 'base64' ? b64(bytes) : cte === 'quoted-printable' ? qpEncode(bytes) : bytes.toString('latin1').replace(/\r?\n/g, '\r\n');
  return { headers: [`Content-Type: text/${subtype}; charset="${charset}"`, `Content-Transfer-Encoding: ${cte}`], body: Buffer.from(body, 'latin1') };
}
function attachment(filename, contentType, data) {
  const enc = encWord(filename, 'UTF-8', 'B');
  return { headers: [`Content-Type: ${contentType}; name="${enc ?? filename}"`, `Content-Disposition: attachment; filename="${enc ?? filename}"`, 'Content-Transfer-Encoding: base64'], body: Buffer.from(b64(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8')), 'latin1') };
}
function multipart(subtype, parts) {
  const boundary = `----=_Part_${hex(8)}_${hex(8)}`;
  const chunks = [];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}\r\n${p.headers.join('\r\n')}\r\n\r\n`, 'latin1'), p.body, Buffer.from('\r\n', 'latin1'));
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'));
  return { headers: [`Content-Type: multipart/${subtype}; boundary="${boundary}"`], body: Buffer.concat([Buffer.from('This is a multi-part message in MIME format.\r\n\r\n', 'latin1'), ...chunks]) };
}
function message(headers, entity) {
  // Header text is ASCII except for internationalised addresses (IDN domains), written as raw UTF-8 per RFC 6532.
  return Buffer.concat([Buffer.from(`${[...headers, 'MIME-Version: 1.0', ...entity.headers].join('\r\n')}\r\n\r\n`, 'utf8'), entity.body]);
}
function mbox(messages) {
  return Buffer.concat(messages.map(({ from, date, raw }) => {
    const text = raw.toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
    const at2 = from.lastIndexOf('@');
    return Buffer.from(`From ${from.slice(0, at2 + 1)}${domainToASCII(from.slice(at2 + 1))} ${ctime(date)}\n${text}${text.endsWith('\n') ? '' : '\n'}\n`, 'latin1');
  }));
}
const msgId = (f, o, d) => f.nm('message-id', 'email', `${ymd(d).replace(/-/g, '')}${hms(d).replace(/:/g, '')}.${hex(12)}@${o ? `mail.${o.domain}` : pick(['mx.example.net', 'smtp.example.com'])}`);
const quote = (text) => text.split('\n').map((l) => `> ${l}`).join('\n');
const vcard = (f, p) => ['BEGIN:VCARD', 'VERSION:3.0', `N:${p.family};${p.given};;;`, `FN:${f.N(p)}`, p.mob ? `TEL;TYPE=CELL:${f.M(p, pick(['e164', 'intl', 'dash']))}` : `TEL;TYPE=CELL:${f.FP(p)}`, `EMAIL;TYPE=INTERNET:${f.E(p)}`, `ADR;TYPE=HOME:;;${f.ADDR(p)};${p.addr.city};;${p.addr.postal};Sverige`, 'END:VCARD', ''].join('\r\n');

// ---------------------------------------------------------------- population
const people = [];
for (const fp of FIXED_PEOPLE) people.push(makePerson({ ...fp, abroad: false }));
for (let i = 0; i < 430; i++) people.push(makePerson());
const residents = people.filter((p) => !p.abroad);
const abroad = people.filter((p) => p.abroad);
const elderly = people.filter((p) => p.over100);
const children = Array.from({ length: 70 }, () => makePerson({ birthYear: int(2010, 2016), abroad: false, samordning: false }));
for (const c of children) { c.mob = chance(0.6) ? c.mob : null; c.land = null; c.foreign = null; }
const learners = Array.from({ length: 150 }, () => makePerson({ birthYear: int(2005, 2007), abroad: false }));
const fraudsters = Array.from({ length: 40 }, () => ({ display: 'reported caller', family: '', foreign: newForeign(pick(['en', 'nl', 'es', 'pl', 'so', 'vi'])), mob: chance(0.4) ? newSwedishMobile() : null }));
ALL_PERSONS.push(...fraudsters);
let cursor = 0;
/** Next resident in a shuffled order (wraps around), so people recur across systems now and then. */
const order = shuffle(residents);
const nextResident = () => order[(cursor++) % order.length];
const anyone = () => (chance(0.1) ? pick(abroad) : nextResident());
const nameForm = () => weighted([['full', 10], ['rev', 3], ['capsRev', 1], ['initial', 1]]);
const OPERATORS = ['Fjällnät Mobil', 'Kustlinjen Tele', 'Blåklocka Mobil', 'Halvö Kommunikation', 'Norrsken Telecom'];
const usedIps = new Set(['198.51.100.1', '198.51.100.2', '192.0.2.53', '203.0.113.10', '203.0.113.11']);
function freshIp() { for (;;) { const ip = publicIp(); if (!usedIps.has(ip.v)) { usedIps.add(ip.v); return ip; } } }
function freshV6() { for (;;) { const v = gen.v6prefix(); if (!usedIps.has(v)) { usedIps.add(v); return v; } } }
const fraudPhone = (f, fr) => (fr.mob && chance(0.5) ? f.t('phone', mobileString(fr.mob, pick(['dash', 'e164', 'compact'])), 'reported-caller') : f.t('phone', foreignString(fr.foreign, pick(['intl', 'e164'])), 'reported-caller'));

/** Generic letter/invoice PDF; f must be a cp1252 labeler. */
async function letterPdf(f, o, p, { heading, ref, body, staff, showPnr, invoice }) {
  const lines = [{ t: o.name, bold: true, size: 14 }, `Org.nr ${f.nm('organisationsnummer', 'personnummer', o.orgnr)}   Kundtjänst ${service(f, o)}   Växel ${switchboard(f, o)}`, `${role(f, o)}   www.${o.domain}`, ''];
  lines.push(f.N(p, chance(0.2) ? 'caps' : 'full'));
  if (p.careOf) lines.push(`c/o ${f.N(p.careOf)}`);
  lines.push(f.ADDR(p, 'cp1252') + (p.addr.lgh ? `, ${p.addr.lgh}` : ''), `${f.nm('postal-code', 'phone', p.addr.postal)}  ${p.addr.city.toUpperCase()}`, '');
  lines.push({ t: heading, bold: true, size: 13 }, `Datum: ${f.nm('date', 'phone', ymd(at(int(60, 110))))}    Vår referens: ${ref}`);
  if (showPnr) lines.push(`Personnummer: ${f.PN(p, showPnr === true ? undefined : showPnr)}`);
  lines.push('');
  if (invoice) {
    lines.push(`Kundnummer: ${f.nm('customer-number', 'personnummer', gen.custNo(10))}    Fakturanummer: ${f.nm('invoice-number', 'phone', gen.safe(() => `${int(40, 49)}${digits(8)}`))}`);
    lines.push(`OCR: ${f.nm('ocr-number', 'personnummer', gen.ocr(int(10, 16)))}    Bankgiro: ${f.nm('bankgiro', 'phone', o.bg ?? '5050-7714')}    Förfallodag: ${ymd(at(int(100, 120)))}`, '');
    for (const [txt, amt] of invoice) lines.push(`${txt.padEnd(60, ' ')}${amt}`);
    lines.push('', `Att betala: ${f.nm('amount', 'phone', gen.amount())}`, `IBAN: ${f.nm('iban', 'phone', gen.iban())}   BIC: ${f.nm('bic', 'name', gen.bic())}`, '');
  }
  for (const b of body) lines.push(b);
  if (staff) lines.push('', 'Med vänlig hälsning', f.N(staff, 'full', undefined, 'cp1252'), `${o.name}`, `Direkt ${f.LL(staff, 'dash')}`, f.E(staff));
  return pdf(lines, { title: heading, author: o.name });
}
function mkMail(f, { fromName, fromAddr, toName, toAddr, ccName, ccAddr, subject, date, o, text, charset, cte, html = false, atts = [], xip, relay = true }) {
  charset ??= fits(`${text}${subject}${fromName ?? ''}${toName ?? ''}`, 'latin1') && chance(0.5) ? 'ISO-8859-1' : 'UTF-8';
  cte ??= charset === 'UTF-8' && chance(0.35) ? 'base64' : 'quoted-printable';
  const hcs = charset; const mode = pick(['B', 'Q']);
  const headers = [];
  if (relay) { const host = pick(['mail.example.net', 'smtp-out.example.com', 'mx.post.example']); headers.push(`Received: from ${host} (${host} [${f.nm('infrastructure-ip', 'ip', pick(['198.51.100.1', '198.51.100.2', '203.0.113.10']))}])`, `\tby mx1.${o.domain} with ESMTPS id ${hex(10)}; ${rfc2822(date)}`); }
  headers.push(`From: ${mailbox(fromName, fromAddr, hcs, mode)}`, `To: ${mailbox(toName, toAddr, hcs, mode)}`);
  if (ccAddr) headers.push(`Cc: ${mailbox(ccName, ccAddr, hcs, mode)}`);
  headers.push(`Subject: ${hdrText(subject, hcs, mode)}`, `Date: ${rfc2822(date)}`, `Message-ID: <${msgId(f, fromAddr.endsWith(o.domain) ? o : null, date)}>`);
  if (xip) headers.push(`X-Originating-IP: [${f.IP(xip.v, xip.st)}]`);
  let entity = textPart(text, { charset, cte });
  if (html) {
    const h = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body style="font-family:Arial">${text.split('\n').map((l) => l.startsWith('> ') ? `<blockquote>${l.slice(2).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</blockquote>` : `<div>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;') || '<br>'}</div>`).join('\n')}</body></html>`;
    entity = multipart('alternative', [entity, textPart(h, { charset, cte, subtype: 'html' })]);
  }
  if (atts.length) entity = multipart('mixed', [entity, ...atts]);
  return message(headers, entity);
}

// ================================================================ A. telecom operator
async function telecom() {
  const o = ORG.tel; const sys = 'nordvik-telekom';
  const staff = makeStaff(o, 5);
  const cats = ['Nummerflytt', 'SIM-byte', 'Faktura', 'Bredband avbrott', 'Bedrägeri', 'Adressändring', 'Övertag', 'Fullmakt', 'Uppsägning'];
  // A1 support CSV
  {
    const f = L(`${sys}/support/arenden_2024-05.csv`);
    const rows = [csvLine(['Ärendenr', 'Skapad', 'Kundnr', 'Kund', 'Personnummer', 'Kontakttelefon', 'E-post', 'Kategori', 'Beskrivning', 'Handläggare', 'Status'])];
    for (let i = 0; i < 330; i++) {
      const c = chance(0.08) ? pick(abroad) : nextResident(); const s = pick(staff); const cat = pick(cats); const d = at(int(60, 91), int(0, 600));
      const desc = telecomDesc(f, c, cat, d);
      rows.push(csvLine([`NT-2405-${pad(i + 101, 5)}`, `${ymd(d)} ${hm(d)}`, f.nm('customer-number', 'personnummer', gen.custNo(10)), f.N(c, c.abroad ? 'full' : nameForm()),
        c.pnr12 ? f.PN(c) : '', f.PH(c), chance(0.85) ? f.E(c, chance(0.05) ? 'upper' : 'plain') : '', cat, desc, f.N(s), pick(['Öppen', 'Stängd', 'Väntar på kund', 'Eskalerad'])]));
    }
    emit(f.path, encodeText(`${rows.join('\r\n')}\r\n`, 'utf8', true));
  }
  // A2 porting / SIM swap workbook
  {
    const f = L(`${sys}/support/nummerflytt_simbyte.xlsx`);
    const owner = pick(staff);
    const port = [['Ordernr', 'Kundnr', 'Kund', 'Personnummer', 'Nummer', 'ICCID', 'Från operatör', 'Önskat datum', 'Status', 'Handläggare']];
    for (let i = 0; i < 120; i++) {
      const c = nextResident();
      port.push([`PO-${digits(7)}`, f.nm('customer-number', 'personnummer', gen.custNo(10)), f.N(c, chance(0.7) ? 'rev' : 'full'), chance(0.4) ? { num: f.PN(c, 'n12') } : f.PN(c, pick(['d12', 'd10'])),
        chance(0.5) ? { num: f.M(c, 'msisdn') } : f.M(c, pick(['dash', 'compact', 'e164'])), f.nm('iccid', 'phone', gen.iccid()), pick(OPERATORS), ymd(at(int(70, 120))), pick(['Klar', 'Avvisad: fel personnummer', 'Väntar', 'Klar']), f.N(pick(staff))]);
    }
    const swap = [['Datum', 'Kund', 'Personnummer', 'Nummer', 'Gammalt ICCID', 'Nytt ICCID', 'Kanal', 'Inloggnings-IP', 'Misstänkt bedrägeri', 'Kommentar']];
    for (let i = 0; i < 80; i++) {
      const c = nextResident(); const sus = chance(0.3); const ip = freshIp();
      swap.push([ymd(at(int(60, 100))), f.N(c), f.PN(c, pick(['d12', 'n12', 'd10'])), f.M(c, pick(['dash', 'spaced', 'intl'])), f.nm('iccid', 'phone', gen.iccid()), f.nm('iccid', 'phone', gen.iccid()), pick(['Butik', 'Mina sidor', 'Chatt', 'Telefon']), f.IP(ip.v, ip.st), sus ? 'Ja' : 'Nej',
        sus ? `Kund nekar beställning, ringde från ${f.PH(c, 'land')}. Polisanmälan ${f.nm('case-number', 'personnummer', `K${digits(6)}-24`)}` : '']);
    }
    const blocked = [['Nummer', 'Spärrad', 'Av', 'Orsak']];
    for (let i = 0; i < 30; i++) { const c = nextResident(); blocked.push([f.M(c, pick(['e164', 'dash'])), ymd(at(int(60, 100))), f.N(pick(staff)), pick(['Stöld', 'Bedrägeriförsök', 'Förlorad telefon', 'Begäran från kund'])]); }
    emit(f.path, await xlsx([{ name: 'Portering', rows: port }, { name: 'SIM-byten', rows: swap }, { name: 'Spärrade', rows: blocked }], f.N(owner), 'Nummerflytt och SIM-byten maj 2024'));
  }
  // A3 fraud reports NDJSON
  {
    const f = L(`${sys}/bedrageri/bedrageri_anmalningar.ndjson`);
    const lines = [];
    for (let i = 0; i < 190; i++) {
      const c = nextResident(); const fr = pick(fraudsters); const d = at(int(40, 100), int(0, 900)); const ip = freshIp();
      const rec = { id: `BR-2024-${pad(i + 1, 4)}`, received: isoLocal(d), channel: pick(['app', 'telefon', 'chatt', 'butik']),
        reporter: { name: f.N(c), nationalId: f.PN(c, pick(['n12', 'd12'])), msisdn: f.M(c, pick(['msisdn', 'e164'])), email: chance(0.7) ? f.E(c) : null },
        incident: { type: pick(['vishing', 'smishing', 'sim-swap', 'wangiri', 'id-kapning']), caller: fraudPhone(f, fr), amountLostSek: chance(0.4) ? int(500, 90000) : 0,
          description: pick([() => `Uppringd av person som sa sig vara från banken. Numret ${fraudPhone(f, fr)} visades.`, () => `SMS med länk om obetald faktura. Avsändare ${fraudPhone(f, fr)}.`, () => `Någon har beställt nytt SIM-kort i mitt namn. Jag har inte varit i någon butik.`, () => `Missade samtal från utlandet, ringde tillbaka och fick en hög kostnad.`])() },
        device: { imei: f.nm('imei', 'phone', gen.imei()), ip: f.IP(ip.v, ip.st), userAgent: ua(f) },
        handler: { name: f.N(pick(staff)), team: 'Bedrägeri' } };
      if (chance(0.15)) {
        const v = chance(0.3) && elderly.length ? pick(elderly) : nextResident();
        rec.onBehalfOf = { relation: pick(['förälder', 'make/maka', 'granne']), note: `Anmäler för ${f.N(v)} (${f.PN(v, 'd10')}), nås på ${f.PH(v, 'land')}` };
      }
      lines.push(JSON.stringify(rec));
    }
    emit(f.path, `${lines.join('\n')}\n`);
  }
  // subscribers for network data
  const subs = Array.from({ length: 150 }, () => ({ p: nextResident(), user: `bb-${digits(7)}`, mac: gen.mac('dash'), ip: freshIp(), v6: freshV6(), nas: pick(['10.20.0.5', '10.20.0.6', '10.20.1.9']) }));
  // A4 RADIUS accounting
  {
    const f = L(`${sys}/natdrift/radius_acct_2024-05-14.log`);
    const out = [];
    for (let i = 0; i < 1050; i++) {
      const d = at(74, Math.floor(i * 1.3)); const mobile = chance(0.3);
      const type = pick(['Start', 'Interim-Update', 'Interim-Update', 'Stop']);
      out.push(ctime(d));
      out.push(`\tAcct-Status-Type = ${type}`);
      if (mobile) {
        const c = nextResident();
        out.push(`\tUser-Name = "${f.M(c, 'msisdn')}"`, `\tCalling-Station-Id = "${f.M(c, 'msisdn')}"`, `\tNAS-IP-Address = ${f.nm('private-ip', 'ip', '10.30.0.2')}`, `\tFramed-IP-Address = ${f.nm('shared-address-ip', 'ip', gen.cgnat())}`, `\t3GPP-IMEISV = "${f.nm('imei', 'phone', gen.imei().slice(0, 14) + pad(int(0, 99)))}"`);
      } else {
        const s = pick(subs);
        if (chance(0.05)) { s.ip = freshIp(); }
        out.push(`\tUser-Name = "${s.user}"`, `\tNAS-IP-Address = ${f.nm('private-ip', 'ip', s.nas)}`, `\tNAS-Port-Id = "olt-sjostad-0${int(1, 4)} eth 1/1/${int(1, 16)}:${int(1, 64)}.102"`,
          `\tCalling-Station-Id = "${f.nm('mac-address', 'ip', s.mac)}"`, `\tFramed-IP-Address = ${f.IP(s.ip.v, s.ip.st)}`, `\tDelegated-IPv6-Prefix = ${f.IP(s.v6, 'ipv6-prefix')}/56`);
      }
      out.push(`\tAcct-Session-Id = "${hex(8).toUpperCase()}"`, `\tEvent-Timestamp = "${MON[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()} ${hms(d)} CEST"`);
      if (type !== 'Start') out.push(`\tAcct-Input-Octets = ${gen.safe(() => String(int(1000, 4e9)))}`, `\tAcct-Output-Octets = ${gen.safe(() => String(int(1000, 4e9)))}`, `\tAcct-Session-Time = ${int(60, 86400)}`);
      out.push('');
    }
    emit(f.path, `${out.join('\n')}\n`);
  }
  // A5 CPE syslog
  {
    const f = L(`${sys}/natdrift/cpe_syslog_2024-05.txt`);
    const out = [];
    for (let i = 0; i < 2300; i++) {
      const s = pick(subs); const d = at(int(61, 91), int(0, 1400)); const host = `cpe-${s.user.slice(3)}`;
      const line = pick([
        () => `pppd[${int(900, 3000)}]: local  IP address ${f.IP(s.ip.v, s.ip.st)}`,
        () => `pppd[${int(900, 3000)}]: remote IP address ${f.nm('private-ip', 'ip', `10.255.${int(0, 3)}.1`)}`,
        () => `dhcpd: DHCPACK on ${f.nm('private-ip', 'ip', `192.168.1.${int(2, 250)}`)} to ${f.nm('mac-address', 'ip', gen.mac('colon'))} (${pick(['iPhone', 'Galaxy-S21', 'LAPTOP-7QK2M1', 'chromecast', 'ESP_3A91F0', 'ps5'])}) via br0`,
        () => `odhcp6c[${int(400, 900)}]: delegated prefix ${f.IP(s.v6, 'ipv6-prefix')}/56 valid 86400`,
        () => `sysupgrade: running firmware ${f.nm('version-string', 'ip', gen.version())}, latest ${f.nm('version-string', 'ip', gen.version())}`,
        () => `ntpd[${int(500, 800)}]: synced to ${f.nm('infrastructure-ip', 'ip', pick(['198.51.100.1', '192.0.2.53']))}, offset ${rand().toFixed(4)}`,
        () => { const ip = freshIp(); return `dropbear[${int(1000, 9000)}]: ${pick(['Bad password attempt for \'admin\'', 'Password auth succeeded for \'admin\''])} from ${f.IP(ip.v, 'remote-login')}:${int(1024, 65535)}`; },
        () => `kernel: wan0: link ${pick(['up', 'down'])}, ${pick(['1000', '100'])} Mbps full duplex`,
        () => `hostapd: wlan0: STA ${f.nm('mac-address', 'ip', gen.mac('colon'))} IEEE 802.11: associated`,
      ])();
      out.push([d, `${sysl(d)} ${host} ${line}`]);
    }
    emit(f.path, `${sortByTime(out).join('\n')}\n`);
  }
  // A6 outage tickets JSON
  {
    const f = L(`${sys}/natdrift/avbrott_tickets.json`);
    const tickets = [];
    for (let i = 0; i < 110; i++) {
      const s = pick(subs); const c = s.p; const st = pick(staff); const d = at(int(60, 95), int(0, 900));
      const notes = [{ by: f.N(st), at: isoLocal(d), text: pick([() => `Kunden meddelar att fibern är död sedan igår kväll. Lampan PON blinkar rött.`, () => `Kund ringde från ${f.PH(c, 'land')} eftersom mobilen saknar täckning.`, () => `Tekniker bokad ${ymd(at(int(95, 110)))} fm. Kontakt: ${f.N(c)}.`, () => `Router omstartad på distans, WAN ${f.IP(s.ip.v, s.ip.st)} svarar på ping.`])() }];
      if (chance(0.3)) notes.push({ by: f.N(pick(staff)), at: isoLocal(at(int(95, 100))), text: `Granne ${(() => { const g = nextResident(); return `${f.N(g)}, ${f.M(g)}`; })()} har också avbrott, samma nod.` });
      tickets.push({ ticketId: `INC-${digits(7)}`, opened: isoLocal(d), area: pick(['Sjöstad Norra', 'Sjöstad C', 'Ekbacken', 'Hamnen', 'Östra Strand']), severity: pick(['P2', 'P3', 'P3', 'P4']),
        customer: { id: f.nm('customer-number', 'personnummer', gen.custNo(10)), name: f.N(c), contact: { phone: f.PH(c), email: f.E(c), preferredChannel: pick(['sms', 'email', 'phone']) },
          address: { street: f.ADDR(c), postalCode: c.addr.postal, city: c.addr.city } },
        cpe: { model: pick(['NV-R7 Fiber', 'NV-R5 DSL', 'NV-Mesh 2']), serial: f.nm('serial-number', 'phone', gen.safe(() => `NVK${digits(10)}`)), mac: f.nm('mac-address', 'ip', s.mac), firmware: f.nm('version-string', 'ip', gen.version()),
          wan: { ipv4: f.IP(s.ip.v, s.ip.st), ipv6Prefix: `${f.IP(s.v6, 'ipv6-prefix')}/56`, lanGateway: f.nm('private-ip', 'ip', '192.168.1.1') } },
        notes });
    }
    emit(f.path, `${JSON.stringify({ exportedAt: '2024-06-28T10:00:00+02:00', system: 'NetOps 3', tickets }, null, 2)}\n`);
  }
  // A7 mbox
  {
    const f = L(`${sys}/mail/kundtjanst_maj.mbox`);
    const msgs = [];
    for (let i = 0; i < 28; i++) {
      const c = i % 9 === 7 ? pick(abroad.filter((p) => p.bg === 'no')) : i % 9 === 8 ? pick(abroad.filter((p) => p.bg === 'da')) : nextResident();
      const s = pick(staff); const d = at(int(60, 92), int(0, 600));
      const sc = await telecomMail(f, o, c, s, i % 9, d);
      msgs.push({ from: c.email, date: d, raw: mkMail(f, { fromName: f.N(c, chance(0.2) ? 'rev' : 'full'), fromAddr: f.E(c), toName: 'Nordvik Kundservice', toAddr: role(f, o, sc.role), subject: sc.subject, date: d, o, text: sc.text, atts: sc.atts, xip: chance(0.4) ? freshIp() : null }) });
      if (chance(0.6)) {
        const d2 = at(d.getTime() / 86400000 - BASE / 86400000 + 1, 30);
        const reply = `${sc.greet}\n\n${sc.answer}\n\n${signature(f, s, o, sc.lang)}\n\n${sc.quoteHead} ${rfc2822(d)} skrev ${f.N(c)} <${f.E(c)}>:\n${quote(sc.text)}`;
        msgs.push({ from: s.email, date: d2, raw: mkMail(f, { fromName: f.N(s), fromAddr: f.E(s), toName: f.N(c), toAddr: f.E(c), subject: `SV: ${sc.subject}`, date: d2, o, text: reply, html: chance(0.5), relay: false }) });
      }
    }
    emit(f.path, mbox(msgs));
  }
  // A8-A10 single e-mails
  for (const [k, name] of [[0, 'klagomal_nummerflytt_NT-2405-00417.eml'], [7, 'roaming_faktura_norge.eml'], [1, 'sim_swap_fraud_report.eml']]) {
    const f = L(`${sys}/mail/${name}`);
    const c = k === 7 ? pick(abroad.filter((p) => p.bg === 'no')) : nextResident(); const s = pick(staff); const d = at(int(70, 90), int(0, 600));
    const sc = await telecomMail(f, o, c, s, k, d);
    const atts = [...sc.atts];
    if (k === 0) {
      const fd = V(f.path);
      atts.push(attachment('Klagomål nummerflytt.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await docx([
        [{ t: 'Klagomål gällande nummerflytt', b: true }], `Namn: ${fd.N(c)}`, `Personnummer: ${fd.PN(c)}`, `Nummer: ${fd.M(c)}`, `Adress: ${fd.ADDR(c)}, ${c.addr.postal} ${c.addr.city}`, '',
        `Jag beställde flytt av mitt nummer den ${ymd(at(50))} men numret har nu varit ur funktion i nio dagar. Min arbetsgivare har inte kunnat nå mig och jag har missat två samtal från vården.`,
        `Jag kräver ersättning enligt era villkor. Kontakta mig hellre på min fasta telefon ${c.land ? fd.LL(c) : fd.M(c, 'spaced')} eller via e-post ${fd.E(c)}.`, '', [{ t: 'Underskrift: ' }, { t: fd.N(c), i: true }],
      ], fd.N(c), 'Klagomål')));
    }
    if (k === 1) {
      const fp = V(f.path, 'cp1252');
      atts.push(attachment('police_report_receipt.pdf', 'application/pdf', await pdf(['Polismyndigheten - Kvitto på anmälan', `Anmälningsnummer: ${fp.nm('case-number', 'personnummer', `5000-K${digits(6)}-24`)}`, `Anmälare: ${fp.N(c)}`, `Personnummer: ${fp.PN(c, 'd12')}`, `Telefon: ${fp.M(c, 'dash')}`, `Brott: Bedrägeri genom SIM-kortsbyte`, `Datum: ${ymd(d)}`], { title: 'Kvitto', author: 'Polismyndigheten' })));
    }
    emit(f.path, mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'Kundservice', toAddr: role(f, o, sc.role), ccName: k === 0 ? f.N(s) : undefined, ccAddr: k === 0 ? f.E(s) : undefined, subject: sc.subject, date: d, o, text: sc.text, atts, xip: freshIp(), html: k === 1 }));
  }
  // A11-A15 invoices
  for (let i = 0; i < 5; i++) {
    const f = L(`${sys}/fakturor/faktura_${4400000 + int(1000, 9999)}.pdf`, 'cp1252');
    const c = nextResident();
    emit(f.path, await letterPdf(f, o, c, { heading: 'Faktura', ref: `NT-${digits(6)}`, showPnr: chance(0.3) ? 'd10' : false, body: ['Frågor om fakturan? Kontakta kundservice.', chance(0.5) ? `Sms-avisering skickas till ${f.M(c, 'dash')}.` : ''],
      invoice: [[`Mobilabonnemang Fri 20 GB, ${f.M(c, pick(['dash', 'spaced']))}`, '299,00 kr'], [`Bredband 250/250, ${f.ADDR(c, 'cp1252')}`, '379,00 kr'], ['Utlandssamtal (se specifikation)', `${int(10, 400)},00 kr`], ...(chance(0.5) ? [[`Extra SIM, ${(() => { const x = nextResident(); return `${f.N(x, 'full', undefined, 'cp1252')} ${f.M(x, 'dash')}`; })()}`, '49,00 kr']] : [])] }));
  }
  // A16-A18 SIM-swap investigation notes
  for (let i = 0; i < 3; i++) {
    const f = L(`${sys}/utredning/simbyte_utredning_BR-2024-${pad(int(10, 190), 4)}.docx`);
    const c = nextResident(); const s = pick(staff); const ip1 = freshIp(); const ip2 = freshIp(); const fr = pick(fraudsters);
    emit(f.path, await docx([
      [{ t: 'Utredning: obehörigt SIM-byte', b: true }],
      [{ t: 'Kund: ', b: true }, { t: f.N(c) }, { t: '  Personnummer: ', b: true }, { t: f.PN(c) }],
      [{ t: 'Berört nummer: ', b: true }, { t: f.M(c) }],
      [{ t: 'Utredare: ', b: true }, { t: f.N(s) }],
      '',
      `${ymd(at(80))} 02:14 Inloggning på Mina sidor med lösenord från ${f.IP(ip1.v, ip1.st)} (${ua(f)}). Kunden har aldrig tidigare loggat in därifrån.`,
      `${ymd(at(80))} 02:19 Beställning av eSIM. Aktiveringskod skickad till ${chance(0.5) ? f.t('email', `${hex(6)}.${pick(['mail', 'post'])}@${pick(['example.com', 'mejl.example'])}`, 'fraudster-email') : 'en ny e-postadress'}.`,
      `${ymd(at(80))} 07:40 ${f.N(c, 'initial')} ringer från makens telefon ${(() => { const sp = nextResident(); return `${f.M(sp, 'spaced')} (${f.N(sp)})`; })()} och anmäler att mobilen saknar täckning.`,
      `${ymd(at(80))} 07:55 Numret spärrat. Ny IMEI på eSIM: ${f.nm('imei', 'phone', gen.imei())}. Samtal från ${fraudPhone(f, fr)} till kundens bank noterat.`,
      `${ymd(at(81))} Kontakt med bankens bedrägerienhet. Bedragarens IP enligt banken: ${f.IP(ip2.v, ip2.st)}.`,
      '', `Slutsats: ${f.N(c, 'initial')} har inte själv beställt bytet. Ärendet överlämnat till polisen (${f.nm('case-number', 'personnummer', `5000-K${digits(6)}-24`)}).`,
    ], f.N(s), 'Utredning SIM-byte'));
  }
  // A19 chat TSV
  {
    const f = L(`${sys}/chatt/chattlogg_vecka20.tsv`);
    const rows = ['tid\tsession\tavsändare\tmeddelande'];
    for (let sidx = 0; sidx < 70; sidx++) {
      const c = anyone(); const s = pick(staff); let d = at(int(73, 79), int(0, 540)); const sid = hex(12);
      const cn = f.N(c); const sn = `${f.N(s)} (Nordvik)`;
      const convo = c.abroad ? [
        [cn, `Hei, jeg er på besøk i Sverige og har fått en faktura. Mitt nummer er ${f.FP(c)}.`],
        [sn, 'Hej! Vad är ditt kundnummer eller din e-postadress?'],
        [cn, `E-post: ${f.E(c)}. Fødselsnummer/CPR ${f.FID(c)} om dere trenger det.`],
        [sn, 'Tack, vi behöver inte det numret. Jag skickar fakturakopia via e-post.'],
      ] : [
        [cn, pick(['Hej, mitt bredband fungerar inte', 'Hej! Jag vill flytta mitt nummer till er', 'Någon har bytt mitt SIM-kort??', 'Hej jag har fått en konstig faktura'])],
        [sn, 'Hej! Kan du bekräfta ditt personnummer?'],
        [cn, pick([() => `${f.PN(c, 'n10')}`, () => `det är ${f.PN(c, 'd12')}`, () => `${f.PN(c, 's12')}`, () => `pnr ${f.PN(c, 'd10')}`])()],
        [sn, 'Tack. Vilket nummer gäller det?'],
        [cn, `${f.M(c, pick(['compact', 'spaced', 'dash', 'intl']))}${chance(0.3) ? `, och min frus nummer ${(() => { const x = nextResident(); return f.M(x, 'compact'); })()}` : ''}`],
        [sn, pick(['Jag ser en störning i ditt område, beräknat klart 18:00.', 'Jag har skickat en bekräftelse till din e-post.', 'Jag spärrar SIM-kortet nu och skapar ett bedrägeriärende.'])],
        ...(chance(0.4) ? [[cn, `Kan ni mejla ${f.E(c)} istället för sms?`]] : []),
      ];
      for (const [who, msg] of convo) { rows.push(`${ymd(d)} ${hms(d)}\t${sid}\t${who}\t${msg}`); d = new Date(d.getTime() + int(20, 180) * 1000); }
    }
    emit(f.path, `${rows.join('\n')}\n`);
  }
  // A20 API dump (Python-style ASCII JSON)
  {
    const f = L(`${sys}/api/kunder_export_sida1.json`);
    const data = [];
    for (let i = 0; i < 140; i++) {
      const c = nextResident(); const ip = freshIp();
      data.push({ customerId: f.nm('customer-number', 'personnummer', gen.custNo(10)), givenName: c.given, familyName: c.family, displayName: f.N(c, 'full'), nationalId: f.PN(c, 'n12'),
        contact: { msisdn: [f.M(c, 'e164'), ...(c.land ? [f.LL(c, 'intl')] : [])], email: f.E(c), address: { line1: f.ADDR(c), postalCode: c.addr.postal, city: c.addr.city } },
        subscriptions: [{ subscriptionId: f.nm('subscription-number', 'phone', gen.safe(() => `${pick(['46', '07'])}${digits(8)}`)), product: pick(['Mobil 20 GB', 'Bredband 500', 'Mobil Obegränsad']), iccid: f.nm('iccid', 'phone', gen.iccid()) }],
        lastLogin: { ip: f.IP(ip.v, ip.st), at: isoLocal(at(int(80, 110), int(0, 1000))) }, marketingConsent: chance(0.4) });
    }
    emit(f.path, `${pyJson({ page: 1, pageSize: 140, total: 48211, data })}\n`);
  }
}
function telecomDesc(f, c, cat, d) {
  switch (cat) {
    case 'Nummerflytt': return c.mob ? `Kunden vill flytta ${f.M(c, pick(['dash', 'compact', 'spaced']))} från ${pick(OPERATORS)}. Önskat datum ${ymd(at(int(92, 110)))}. ICCID ${f.nm('iccid', 'phone', gen.iccid())}.${chance(0.3) ? ` Första ordern avvisad: felskrivet personnummer ${f.nm('pnr-bad-checksum', 'personnummer', gen.badChecksum(c))} i beställningen.` : ''}` : 'Kunden vill flytta sitt nummer, saknar svenskt nummer.';
    case 'SIM-byte': return `SIM-byte beställt via chatt, kunden nekar. IMEI ${f.nm('imei', 'phone', gen.imei())}. Spärrat ${hm(d)}.${chance(0.5) ? ` Nås på ${f.PH(c, 'land')}.` : ''}`;
    case 'Faktura': return `Bestrider faktura ${f.nm('invoice-number', 'phone', `44${digits(6)}`)} på ${gen.amount()}, OCR ${f.nm('ocr-number', 'personnummer', gen.ocr(int(10, 16)))}.`;
    case 'Bredband avbrott': { const ip = freshIp(); return `Ingen uppkoppling sedan ${ymd(d)}. Router ${f.nm('mac-address', 'ip', gen.mac())}, WAN ${f.IP(ip.v, ip.st)}, firmware ${f.nm('version-string', 'ip', gen.version())}.`; }
    case 'Bedrägeri': return `Uppringd från ${fraudPhone(f, pick(fraudsters))} av person som utgav sig för att vara Nordvik. Har lämnat ut engångskod.`;
    case 'Adressändring': return `Ny adress ${f.ADDR(c)}, ${c.addr.postal} ${c.addr.city}.`;
    case 'Övertag': { const r = nextResident(); return `Abonnemanget övertas av ${f.N(r)}, ${f.PN(r, pick(['d10', 'd12']))}, efter dödsfall. Dödsbevis inskickat.`; }
    case 'Fullmakt': { const r = nextResident(); return `Fullmakt för ${pick(['', '', 'fru ', 'herr '])}${f.N(r, 'full')}, tel ${f.PH(r)}, gäller t.o.m. ${ymd(at(300))}.`; }
    default: return `Uppsägning p.g.a. flytt utomlands. Abonnemangsnr ${f.nm('subscription-number', 'phone', `5100-${digits(3)} ${digits(2)} ${digits(2)}`)}.`;
  }
}
async function telecomMail(f, o, c, s, k, d) {
  const greetSv = 'Hej!'; const ip = freshIp();
  switch (k) {
    case 0: return { lang: 'sv', role: 'portering', subject: `Nummerflytt ${c.mob ? f.M(c, 'dash') : ''} fungerar inte`, greet: `Hej ${c.given}!`, quoteHead: 'Den', atts: [],
      text: `Hej,\n\nJag beställde nummerflytt från ${pick(OPERATORS)} för ${c.mob ? f.M(c, pick(['compact', 'spaced'])) : 'mitt nummer'} för två veckor sedan och numret fungerar fortfarande inte.\nMitt personnummer är ${f.PN(c)}.\n\nRing mig på ${c.land ? f.LL(c) : f.M(c, 'intl')} efter kl 16.\n\nMvh\n${f.N(c)}`,
      answer: 'Vi har eskalerat flytten till den avlämnande operatören. Numret bör fungera inom 24 timmar.' };
    case 1: return { lang: 'en', role: 'bedrageri', subject: 'Someone swapped my SIM card', greet: 'Hello,', quoteHead: 'On', atts: [],
      text: `Hello,\n\nLast night my phone lost coverage and this morning I learned that a new SIM card was ordered for my number ${f.M(c, pick(['intl', 'e164', 'intl0']))}.\nI did not order it. My Swedish personal identity number is ${f.PN(c, pick(['d12', 'n12']))}.\nThe login was made from ${f.IP(ip.v, ip.st)} which is not my address.\n\nPlease call my colleague's phone ${(() => { const x = nextResident(); return `${f.M(x, 'intl')} (${f.N(x)})`; })()} as mine is blocked.\n\nRegards,\n${f.N(c)}`,
      answer: 'We have blocked the SIM card and opened a fraud case. A new SIM card can be collected in any of our shops with valid ID.' };
    case 2: return { lang: 'fi', role: 'driftinfo', subject: 'Ingen förbindelse sedan i går', greet: 'Bästa kund,', quoteHead: 'Den', atts: [],
      text: `Bästa kundtjänst,\n\nvår router har ingen kontakt sedan i går kväll. Routerns MAC är ${f.nm('mac-address', 'ip', gen.mac('colonU'))} och den visade WAN-adressen ${f.IP(ip.v, ip.st)} innan den slocknade.\nNi når mig på ${c.foreign ? f.FP(c) : f.M(c, 'spaced')} eller ${f.M(c, 'dash')}.\n\nMed vänliga hälsningar\n${f.N(c)}`,
      answer: 'Det var ett fiberavbrott i området som nu är åtgärdat. Starta om routern om problemet kvarstår.' };
    case 3: {
      const fp = V(f.path, 'cp1252');
      const inv = await letterPdf(fp, o, c, { heading: 'Faktura', ref: `NT-${digits(6)}`, body: [], invoice: [[`Mobil ${fp.M(c, 'dash')}`, '349,00 kr'], ['Samtal till utlandet', '1 240,00 kr']] });
      return { lang: 'sv', role: 'kundservice', subject: 'Fel på fakturan', greet: greetSv, quoteHead: 'Den', atts: [attachment('faktura.pdf', 'application/pdf', inv)],
        text: `Hej!\n\nBifogar fakturan. Jag har aldrig ringt till utlandet. Samtalen till ${fraudPhone(f, pick(fraudsters))} är inte mina.\n\nHälsningar ${f.N(c)}\n${f.M(c)}`, answer: 'Vi krediterar utlandssamtalen och skickar en ny faktura.' };
    }
    case 4: return { lang: 'sv', role: 'kundservice', subject: 'Ny adress och kontaktuppgifter', greet: greetSv, quoteHead: 'Den', atts: [attachment(`${fold(c.family).replace(/[^A-Za-z]/g, '')}.vcf`, 'text/vcard; charset=utf-8', vcard(V(f.path), c))],
      text: `Hej,\n\nJag har flyttat. Mina nya uppgifter finns i bifogat visitkort.\nPersonnummer ${f.PN(c)}.\n\n/${c.given}`, answer: 'Vi har uppdaterat din adress.' };
    case 5: { const frs = pickN(fraudsters, 3); return { lang: 'en', role: 'bedrageri', subject: 'Fw: suspicious SMS', greet: 'Hi,', quoteHead: 'On', atts: [],
      text: `Forwarding these messages I got today:\n\nFrom ${fraudPhone(f, frs[0])}: "Your parcel is held, pay customs at hxxp://pkg-se.example"\nFrom ${fraudPhone(f, frs[1])}: "Nordvik: your invoice is overdue"\nCall from ${fraudPhone(f, frs[2])} at 09:12, did not answer.\n\n${f.N(c)}\n${f.M(c, 'intl')}`, answer: 'Thank you. These are known scam messages. Do not click on the link.' }; }
    case 6: {
      const fc = V(f.path);
      const csv = [csvLine(['kund', 'nummer', 'personnummer'])];
      for (let j = 0; j < 6; j++) { const x = nextResident(); csv.push(csvLine([fc.N(x), fc.M(x, 'compact'), fc.PN(x, 'n12')])); }
      return { lang: 'sv', role: 'portering', subject: 'Avvisade porteringar vecka 19', greet: greetSv, quoteHead: 'Den', atts: [attachment('avvisade_v19.csv', 'text/csv; charset=utf-8', `${csv.join('\r\n')}\r\n`)],
        text: `Hej,\n\nBifogar listan med avvisade porteringar från ${pick(OPERATORS)}. Orsak: personnummer matchar inte.\n\n${f.N(c)}`, answer: 'Tack, vi kontaktar kunderna.' };
    }
    case 7: return { lang: 'no', role: 'kundservice', subject: 'Faktura for roaming', greet: 'Hei!', quoteHead: 'Den', atts: [],
      text: `Hei,\n\nJeg har fått en faktura på roaming som jeg ikke forstår. Jeg bor i ${c.addr.city} og har et norsk nummer, ${f.FP(c)}.\nMitt fødselsnummer er ${f.FID(c)}, hvis dere trenger det.\n\nMed vennlig hilsen\n${f.N(c)}`, answer: 'Vi har inte behov av ditt fødselsnummer. Fakturan gäller data i Sverige.' };
    default: return { lang: 'da', role: 'kundservice', subject: 'Spørgsmål om abonnement', greet: 'Hej,', quoteHead: 'Den', atts: [],
      text: `Hej,\n\nJeg pendler fra ${c.addr.city} til Malmö og vil gerne have et svensk abonnement. Mit CPR-nummer er ${f.FID(c)} og mit danske nummer er ${f.FP(c)}.\n\nMed venlig hilsen\n${f.N(c)}`, answer: 'Du behöver ett svenskt personnummer eller samordningsnummer, alternativt kontantkort.' };
  }
}

// ================================================================ B. electricity / district heating
async function energy() {
  const o = ORG.el; const sys = 'alvdala-energi';
  const staff = makeStaff(o, 5);
  const sites = Array.from({ length: 320 }, () => ({ p: nextResident(), gsrn: gen.gsrn(), meter: gen.meter(), kind: pick(['El', 'El', 'Fjärrvärme']), fuse: pick(['16A', '20A', '25A', '35A']) }));
  // B1 legacy customer register, Windows-1252
  {
    const f = L(`${sys}/kundregister/anlaggningar_export.csv`, 'cp1252');
    const rows = [csvLine(['ANL_ID', 'MATARNR', 'TYP', 'SAKRING', 'KUND', 'PERSNR', 'TELEFON', 'EPOST', 'ANL_ADRESS', 'POSTNR', 'ORT', 'KOMMENTAR'])];
    for (const s of sites) {
      const c = s.p; const addr = `${c.addr.street} ${c.addr.no}`.toUpperCase();
      if (c.addr.named) f.nm('street-name', 'name', c.addr.street.toUpperCase());
      rows.push(csvLine([f.nm('anlaggnings-id', 'personnummer', s.gsrn), f.nm('meter-id', 'phone', s.meter), s.kind, s.fuse, f.N(c, pick(['capsRev', 'capsRev', 'capsNoComma', 'caps'])), f.PN(c, pick(['n10', 'd10', 'n12'])),
        chance(0.8) ? f.PH(c, 'land') : '', chance(0.5) ? f.E(c, 'upper') : '', addr, c.addr.postal, c.addr.city.toUpperCase(),
        pick([() => '', () => '', () => '', () => `NYCKEL HOS GRANNE ${(() => { const g = nextResident(); return `${f.N(g, 'caps')} TEL ${f.PH(g)}`; })()}`, () => 'HUND PÅ TOMTEN', () => `AVSTÄNGD ${ymd(at(int(0, 80)))}`, () => `FAKT.ADR C/O ${(() => { const g = nextResident(); return f.N(g, 'caps'); })()}`, () => `BETALNINGSANMÄRKNING, OCR ${f.nm('ocr-number', 'personnummer', gen.ocr(12))}`])()]));
    }
    emit(f.path, encodeText(`${rows.join('\r\n')}\r\n`, 'cp1252'));
  }
  // B2 moving in / out workbook
  {
    const f = L(`${sys}/flytt/inflytt_utflytt_2024.xlsx`);
    const inn = [['Datum', 'Anläggnings-ID', 'Ny kund', 'Personnummer', 'Mobil', 'E-post', 'Adress', 'Mätarställning', 'Handläggare']];
    for (let i = 0; i < 110; i++) { const s = pick(sites); const c = nextResident(); inn.push([ymd(at(int(0, 110))), f.nm('anlaggnings-id', 'personnummer', s.gsrn), f.N(c, pick(['full', 'rev'])), chance(0.35) ? { num: f.PN(c, 'n12') } : f.PN(c), c.mob ? f.M(c, pick(['compact', 'dash', 'spaced'])) : '', f.E(c), `${f.ADDR(c)}, ${c.addr.postal} ${c.addr.city}`, int(1000, 99999), f.N(pick(staff))]); }
    const out = [['Datum', 'Anläggnings-ID', 'Kund', 'Personnummer', 'Ny adress', 'Telefon', 'Slutfaktura till', 'Kommentar']];
    for (let i = 0; i < 90; i++) { const s = pick(sites); const c = nextResident(); out.push([ymd(at(int(0, 110))), f.nm('anlaggnings-id', 'personnummer', s.gsrn), f.N(c), f.PN(c), `${f.ADDR(c)}, ${c.addr.postal} ${c.addr.city}`, f.PH(c), f.E(c), pick([() => '', () => 'Flyttar till Norge', () => `Sambo ${(() => { const x = nextResident(); return f.N(x); })()} bor kvar`, () => 'Kvar i avtal till 2024-09-30'])()]); }
    const estates = [['Dödsbo efter', 'Personnummer (avliden)', 'Dödsdatum', 'Kontaktperson', 'Relation', 'Telefon', 'E-post', 'Anläggnings-ID']];
    for (let i = 0; i < 16; i++) {
      const dead = makePerson({ bg: pick(['sv', 'sv', 'fi', 'bcs', 'ar']), birthYear: int(1928, 1950), abroad: false }); dead.deceased = true;
      const k = nextResident();
      estates.push([f.N(dead), f.PN(dead, 'd12'), ymd(at(int(0, 90))), f.N(k), pick(['son', 'dotter', 'make', 'maka', 'barnbarn', 'god man']), f.PH(k), f.E(k), f.nm('anlaggnings-id', 'personnummer', pick(sites).gsrn)]);
    }
    emit(f.path, await xlsx([{ name: 'Inflytt', rows: inn }, { name: 'Utflytt', rows: out }, { name: 'Dödsbon', rows: estates }], f.N(pick(staff)), 'Flyttar 2024'));
  }
  // B3 district-heating service requests (XML, many submissions)
  {
    const f = L(`${sys}/fjarrvarme/serviceanmalningar_april.xml`);
    const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<Serviceanmalningar xmlns="urn:alvdala:kundportal:service:2" exporterad="2024-05-02T06:00:00+02:00">'];
    for (let i = 0; i < 70; i++) {
      const s = pick(sites); const c = s.p; const ip = freshIp(); const d = at(int(30, 61), int(0, 700));
      parts.push(`  <Anmalan id="FV-${digits(6)}" inkommen="${isoLocal(d)}">`,
        `    <Kund kundnummer="${f.nm('customer-number', 'personnummer', gen.custNo(10))}">`,
        `      <Namn>${xmlEsc(f.N(c))}</Namn>`, `      <Personnummer>${f.PN(c, pick(['d12', 'n12']))}</Personnummer>`,
        `      <Telefon typ="mobil">${c.mob ? f.M(c, pick(['compact', 'dash', 'e164'])) : ''}</Telefon>`, ...(c.land ? [`      <Telefon typ="hem">${f.LL(c)}</Telefon>`] : []),
        `      <Epost>${xmlEsc(f.E(c))}</Epost>`, '    </Kund>',
        `    <Anlaggning id="${f.nm('anlaggnings-id', 'personnummer', s.gsrn)}" matare="${f.nm('meter-id', 'phone', s.meter)}">`, `      <Adress>${xmlEsc(f.ADDR(c))}, ${c.addr.postal} ${xmlEsc(c.addr.city)}</Adress>`, '    </Anlaggning>',
        `    <Arende typ="${pick(['Läckage', 'Ingen värme', 'Mätaravläsning', 'Undercentral larmar'])}">${xmlEsc(pick([() => 'Droppar från undercentralen i källaren.', () => 'Elementen är kalla sedan i morse.', () => `Portkod 1${digits(3)}, ring ${f.PH(c)} innan ni kommer.`, () => `Hyresgäst ${(() => { const x = nextResident(); return `${f.N(x)} (${f.M(x)})`; })()} öppnar.`])())}</Arende>`,
        `    <Klient ip="${f.IP(ip.v, ip.st)}" session="${hex(24)}"><UserAgent>${xmlEsc(ua(f))}</UserAgent></Klient>`, '  </Anmalan>');
    }
    parts.push('</Serviceanmalningar>', '');
    emit(f.path, parts.join('\n'));
  }
  // B4 meter readings NDJSON (mostly identifiers, few people)
  {
    const f = L(`${sys}/matdata/matarvarden_2024-04.ndjson`);
    const lines = [];
    for (let i = 0; i < 1500; i++) {
      const s = sites[i % sites.length]; const d = at(31 + Math.floor(i / sites.length) * 3, int(0, 60));
      const rec = { gsrn: f.nm('anlaggnings-id', 'personnummer', s.gsrn), meterId: f.nm('meter-id', 'phone', s.meter), ts: isoLocal(d), kWh: Number((rand() * 40000).toFixed(2)), quality: pick(['E', 'E', 'E', 'S', 'M']), source: pick(['AMR', 'AMR', 'manuell']) };
      if (rec.source === 'manuell' && chance(0.3)) rec.readBy = f.N(s.p);
      if (chance(0.01)) rec.note = `Kund ${f.N(s.p)} rapporterade via ${f.PH(s.p)}`;
      lines.push(JSON.stringify(rec));
    }
    emit(f.path, `${lines.join('\n')}\n`);
  }
  // B5 telephony call log
  {
    const f = L(`${sys}/kundtjanst/samtalslogg_2024-04.txt`);
    const head = ['# Växellogg kundtjänst, export 2024-05-01', '# tid | riktning | från | till | kö | agent | längd | wrap-up'];
    const out = [];
    for (let i = 0; i < 950; i++) {
      const d = at(int(31, 60), int(0, 600)); const c = chance(0.1) && abroad.length ? pick(abroad) : nextResident(); const s = pick(staff);
      const inbound = chance(0.8);
      const cust = c.foreign && chance(0.3) ? f.FP(c, 'e164') : c.mob ? f.M(c, pick(['e164', 'compact', 'msisdn'])) : c.land ? f.LL(c, 'compact') : f.FP(c, 'e164');
      const agentLine = `${f.N(s, pick(['full', 'full', 'rev']))}`;
      out.push([d, [`${ymd(d)} ${hms(d)}`, inbound ? 'IN ' : 'UT ', inbound ? cust : service(f, o), inbound ? service(f, o) : cust, pick(['Flytt', 'Faktura', 'Avbrott', 'Fjärrvärme', 'Elavtal']), agentLine, `${int(0, 40)}:${pad(int(0, 59))}`,
        pick([() => 'Löst', () => 'Återkoppling', () => `Kund ${f.N(c)} ska återkomma`, () => 'Missat', () => 'Flyttanmälan', () => `Ny kontakt ${c.mob ? f.M(c, 'dash') : ''}`])()].join(' | ')]);
    }
    emit(f.path, `${[...head, ...sortByTime(out)].join('\n')}\n`);
  }
  // B6-B11 PDF letters
  const letters = [['faktura', 'Faktura el', true], ['faktura', 'Faktura fjärrvärme', true], ['faktura', 'Faktura el', true], ['beslut', 'Beslut om avstängning av elleverans', false], ['beslut', 'Beslut om anslutning till fjärrvärmenätet', false], ['flyttbekraftelse', 'Bekräftelse på flytt', false]];
  for (const [kind, heading, isInv] of letters) {
    const s = pick(sites); const c = s.p; const st = pick(staff);
    const f = L(`${sys}/brev/${kind}_${s.gsrn.slice(-8)}.pdf`, 'cp1252');
    const body = isInv ? [`Anläggnings-ID: ${f.nm('anlaggnings-id', 'personnummer', s.gsrn)}   Mätare: ${f.nm('meter-id', 'phone', s.meter)}`, `Förbrukning ${ymd(at(0))} - ${ymd(at(30))}: ${int(200, 3000)} kWh`]
      : kind === 'beslut' ? [`Anläggnings-ID: ${f.nm('anlaggnings-id', 'personnummer', s.gsrn)}`, 'Beslut', `Älvdala Energi AB har beslutat att ${heading.includes('avstängning') ? 'stänga av elleveransen' : 'godkänna anslutningen'} till anläggningen på ${f.ADDR(c, 'cp1252')}.`,
        'Skäl: Obetalda fakturor trots påminnelser. Socialnämnden i Sjöstads kommun har underrättats enligt ellagen 11 kap.'.slice(0, heading.includes('avstängning') ? 200 : 0), 'Hur man överklagar: skriv till Energimarknadsinspektionen inom tre veckor.', heading.includes('avstängning') ? `Kontaktperson hos socialtjänsten: ${(() => { const x = nextResident(); return `${f.N(x, 'full', undefined, 'cp1252')}, ${f.LL(x.land ? x : Object.assign(x, { land: newLandline('0470') }))}`; })()}` : '']
        : [`Vi bekräftar att du flyttar från ${f.ADDR(c, 'cp1252')} den ${ymd(at(int(90, 120)))}.`, `Slutfaktura skickas till ${f.E(c)}.`, `Ny kund på adressen: ${(() => { const x = nextResident(); return f.N(x, 'full', undefined, 'cp1252'); })()}.`];
    emit(f.path, await letterPdf(f, o, c, { heading, ref: `AE-${digits(7)}`, showPnr: !isInv || chance(0.3) ? pick(['d10', 'd12']) : false, body: body.filter(Boolean), staff: st,
      invoice: isInv ? [[`Elhandel rörligt pris, ${int(200, 3000)} kWh`, `${int(300, 3000)},00 kr`], ['Elnät, säkring ' + s.fuse, `${int(300, 900)},00 kr`], ['Energiskatt', `${int(100, 900)},00 kr`]] : null }));
  }
  // B12-B17 customer e-mails
  const mails = [
    ['flytt_inflyttning.eml', 'sv'], ['fjarrvarme_lacka.eml', 'sv'], ['moving_out_english.eml', 'en'], ['faktura_bestridande.eml', 'sv'], ['flytt_fran_finland.eml', 'fi'], ['elavtal_dodsbo.eml', 'sv'],
  ];
  for (const [name, lang] of mails) {
    const f = L(`${sys}/kundtjanst/mejl/${name}`);
    const c = nextResident(); const s = pick(staff); const d = at(int(40, 100), int(0, 600)); const site = pick(sites);
    let text; let subject; const atts = [];
    if (name.startsWith('flytt_inf')) { subject = 'Inflyttning'; text = `Hej!\n\nJag flyttar in på ${f.ADDR(c)} den 1 juni. Anläggnings-ID enligt föregående ägare: ${f.nm('anlaggnings-id', 'personnummer', site.gsrn)}.\nPersonnummer: ${f.PN(c)}\nMobil: ${f.M(c)}\nMin sambo ${(() => { const x = nextResident(); return `${f.N(x)} (${f.PN(x, 'd10')})`; })()} ska stå med på avtalet.\n\nHälsningar\n${f.N(c)}`; }
    else if (name.startsWith('fjarr')) { subject = 'Läcka i undercentral'; text = `Hej,\n\nDet läcker från fjärrvärmecentralen i vår källare på ${f.ADDR(c)}. Mätare ${f.nm('meter-id', 'phone', site.meter)}.\nJag är hemma hela dagen, ring ${c.land ? f.LL(c) : f.M(c)}.\n\n${f.N(c, 'initial')}`; atts.push(attachment('bild_undercentral.txt', 'text/plain; charset=utf-8', `Bildtext: undercentral, ${f.ADDR(c)}. Fotograf: ${f.N(c)}.`)); }
    else if (name.startsWith('moving')) { subject = 'Moving out - final meter reading'; text = `Dear customer service,\n\nI am moving out of ${f.ADDR(c)} on ${ymd(at(100))}. Final meter reading: ${int(10000, 99999)} kWh.\nPlease send the final invoice to ${f.E(c)}; my Swedish personal number is ${f.PN(c, 'd12')}.\nNew address from June: ${freshAddr(f)}\n\nBest regards,\n${f.N(c)}\n${f.M(c, 'intl')}`; }
    else if (name.startsWith('faktura')) { subject = `Bestrider faktura ${f.nm('invoice-number', 'phone', `88${digits(6)}`)}`; text = `Hej,\n\nJag bestrider fakturan. OCR ${f.nm('ocr-number', 'personnummer', gen.ocr(14))}. Min förbrukning kan inte ha varit 4 000 kWh i april.\nJag har betalat till bankgiro ${f.nm('bankgiro', 'phone', o.bg)} från konto ${f.nm('iban', 'phone', gen.iban())}.\n\n${f.N(c, 'rev')}\n${f.PN(c, 'n10')}`; }
    else if (name.startsWith('flytt_fran')) { const fi = residents.find((p) => p.bg === 'fi' && p.foreign) ?? c; subject = 'Flytt från Vasa'; text = `Bästa mottagare,\n\nvi flyttar från Vasa till Sjöstad i juni och behöver elavtal. Mitt finska nummer är ${fi.foreign ? f.FP(fi, 'national') : ''} och det svenska ${f.M(fi, 'spaced')}.\nSamordningsnummer/personnummer: ${f.PN(fi)}.\n\nMed vänliga hälsningar\n${f.N(fi)}`; }
    else { const dead = makePerson({ bg: 'sv', birthYear: 1938, abroad: false }); dead.deceased = true; subject = `Dödsbo efter ${f.N(dead)}`; text = `Hej,\n\nMin far ${f.N(dead)} (${f.PN(dead, 'd10')}) har avlidit. Jag är dödsbodelägare och vill säga upp elavtalet för ${f.ADDR(dead)}.\nBouppteckningsförrättare: ${(() => { const x = nextResident(); return `${f.N(x)}, ${f.LL(x.land ? x : Object.assign(x, { land: newLandline('08') }))}`; })()}.\n\n${f.N(c)}\n${f.PN(c, 'd12')}\n${f.M(c)}`; }
    const reply = chance(0.5) ? `\n\n-----Ursprungligt meddelande-----\nFrån: ${f.N(s)}\nSkickat: ${ymd(d)}\nTill: ${f.N(c)}\nÄmne: Ditt ärende\n\nTack för ditt mejl. Ärendenummer ${f.nm('case-number', 'personnummer', `AE-${digits(7)}`)}.` : '';
    emit(f.path, mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'Älvdala Energi Kundservice', toAddr: role(f, o, name.startsWith('flytt') || name.startsWith('moving') ? 'flytt' : name.startsWith('faktura') ? 'faktura' : 'kundservice'), subject, date: d, o, text: text + reply, atts, xip: chance(0.5) ? freshIp() : null, html: chance(0.3) }));
  }
  // B18-B21 saved case pages
  for (let i = 0; i < 4; i++) {
    const legacy = i === 3;
    const f = L(`${sys}/arenden/arende_AE-${digits(7)}.html`, legacy ? 'cp1252' : 'utf8');
    const s = pick(sites); const c = s.p; const st = pick(staff);
    const ent = (t) => (legacy ? t.replace(/[åäöÅÄÖé]/g, (ch) => `&${{ å: 'aring', ä: 'auml', ö: 'ouml', Å: 'Aring', Ä: 'Auml', Ö: 'Ouml', é: 'eacute' }[ch]};`) : t);
    const hist = Array.from({ length: int(4, 9) }, () => { const d = at(int(30, 100), int(0, 500)); const who = pick(staff); return `<tr><td>${ymd(d)} ${hm(d)}</td><td>${ent(f.N(who))}</td><td>${ent(pick([() => 'Ringt kund, inget svar.', () => `Kund ringde från ${c.mob ? f.M(c) : f.PH(c)}.`, () => 'Mätarbyte bokat.', () => `Mejl skickat till ${f.E(c)}.`, () => `Tekniker ${(() => { const x = nextResident(); return f.N(x); })()} på plats.`, () => 'Ärendet stängt.'])())}</td></tr>`; }).join('\n');
    const html = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="${legacy ? 'windows-1252' : 'utf-8'}"><title>${ent('Ärende')} AE</title>\n<style>td{padding:2px 8px} .lbl{font-weight:bold}</style></head><body>\n<h1>${ent('Ärende')}: ${pick(['Flytt', 'Avbrott', 'Faktura', 'Mätarbyte'])}</h1>\n<table class="kund">\n<tr><td class="lbl">Kund</td><td>${ent(f.N(c, legacy ? 'capsRev' : 'full'))}</td></tr>\n<tr><td class="lbl">Personnummer</td><td>${f.PN(c)}</td></tr>\n<tr><td class="lbl">Telefon</td><td><a href="tel:${c.mob ? f.M(c, 'e164') : f.PH(c)}">${c.mob ? f.M(c, 'dash') : f.PH(c)}</a></td></tr>\n<tr><td class="lbl">E-post</td><td><a href="mailto:${f.E(c)}">${f.E(c)}</a></td></tr>\n<tr><td class="lbl">Adress</td><td>${ent(f.ADDR(c))}, ${c.addr.postal} ${ent(c.addr.city)}</td></tr>\n<tr><td class="lbl">${ent('Anläggnings-ID')}</td><td>${f.nm('anlaggnings-id', 'personnummer', s.gsrn)}</td></tr>\n<tr><td class="lbl">${ent('Handläggare')}</td><td>${ent(f.N(st))}</td></tr>\n</table>\n<h2>Historik</h2>\n<table class="historik">\n${hist}\n</table>\n<p class="footer">${ent(o.name)} &middot; Org.nr ${f.nm('organisationsnummer', 'personnummer', o.orgnr)} &middot; Kundtj&auml;nst ${service(f, o)}</p>\n</body></html>\n`;
    emit(f.path, encodeText(html, legacy ? 'cp1252' : 'utf8'));
  }
  // B22-B23 case notes
  for (let i = 0; i < 2; i++) {
    const f = L(`${sys}/anteckningar/${i ? 'betalningsplan' : 'hembesok'}_${digits(6)}.docx`);
    const c = nextResident(); const st = pick(staff); const s = pick(sites);
    const paras = i ? [[{ t: 'Betalningsplan', b: true }], `Kund: ${f.N(c)}, ${f.PN(c)}`, `Skuld: ${gen.amount()} fördelat på 6 månader. Autogiro från ${f.nm('iban', 'phone', gen.iban())}.`, `Kunden har ekonomisk förvaltare: ${(() => { const x = nextResident(); return `${f.N(x)}, tel ${f.PH(x)}, ${f.E(x)}`; })()}.`, `Handläggare: ${f.N(st)}`]
      : [[{ t: 'Hembesök mätarbyte', b: true }], [{ t: 'Anläggning ' }, { t: f.nm('anlaggnings-id', 'personnummer', s.gsrn), b: true }], [{ t: 'Kund: ' }, { t: f.N(c, 'western'), b: true }], `Adress: ${f.ADDR(c)}`, `Telefon: ${f.PH(c)}`, `Montör ${f.N(pick(staff))} noterade att gamla mätaren ${f.nm('meter-id', 'phone', s.meter)} visade fel. Kunden närvarade tillsammans med sin dotter ${(() => { const x = nextResident(); return f.N(x); })()}.`, `Ny mätare serienr ${f.nm('serial-number', 'phone', `LG${digits(9)}`)}, firmware ${f.nm('version-string', 'ip', gen.version())}.`];
    emit(f.path, await docx(paras, f.N(st), i ? 'Betalningsplan' : 'Hembesök'));
  }
}

/** A generated address line for someone we do not otherwise track; a street named after a person is a near-miss. */
function freshAddr(f, upper = false) { const a = newAddress(); const st = upper ? a.street.toUpperCase() : a.street; if (a.named) f.nm('street-name', 'name', st); const s = `${st} ${a.no}, ${a.postal} ${upper ? a.city.toUpperCase() : a.city}`; return fits(s, f.cs) ? s : fold(s); }
/** [Date, line] pairs in time order (stable). */
const sortByTime = (pairs) => pairs.map((x, i) => [x[0].getTime(), i, x[1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
function accessLog(f, { host, paths, n, day0, users }) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const d = at(day0 + Math.floor(i / (n / 30)), int(0, 900)); const u = pick(users);
    if (chance(0.04)) { out.push([d, `${f.nm('loopback-ip', 'ip', '127.0.0.1')} - - [${clf(d)}] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.28"`]); continue; }
    const v6 = chance(0.15);
    const client = v6 ? f.IP(u.v6 ??= gen.v6addr(), 'ipv6-client') : f.IP(u.ip.v, u.ip.st);
    const path = pick(paths)(u);
    const xff = chance(0.2) ? ` xff="${f.nm('private-ip', 'ip', gen.privIp())}, ${client}"` : '';
    out.push([d, `${client} - ${u.login && chance(0.5) ? f.t('email', u.login, 'login') : '-'} [${clf(d)}] "${pick(['GET', 'GET', 'POST'])} ${path} HTTP/${pick(['1.1', '2.0'])}" ${pick([200, 200, 200, 302, 304, 404, 500])} ${int(200, 90000)} "https://${host}/" "${ua(f)}" sid=${hex(20)} rt=${rand().toFixed(3)}${xff}`]);
  }
  return `${sortByTime(out).join('\n')}\n`;
}
/** E-service XML submission; withSignature adds a BankID block carrying the joined name. */
function eserviceXml(f, { ns, id, formName, p, fields, withSignature, d, encoding = 'UTF-8' }) {
  const ip = freshIp();
  const cs = encoding === 'UTF-8' ? 'utf8' : 'latin1';
  const given = fits(p.given, cs) ? p.given : fold(p.given); const family = fits(p.family, cs) ? p.family : fold(p.family);
  const nameFields = withSignature ? [`    <Fornamn>${xmlEsc(given)}</Fornamn>`, `    <Efternamn>${xmlEsc(family)}</Efternamn>`]
    : [`    <Fornamn>${xmlEsc(f.t('name', given, 'split-given'))}</Fornamn>`, `    <Efternamn>${xmlEsc(f.t('name', family, 'split-family'))}</Efternamn>`];
  const lines = [`<?xml version="1.0" encoding="${encoding}"?>`, `<Inskick xmlns="${ns}" arendeId="${id}" formular="${xmlEsc(formName)}" version="3.2">`, `  <Inskickat>${isoLocal(d)}</Inskickat>`, '  <Sokande>', ...nameFields,
    `    <Personnummer>${f.PN(p, pick(['n12', 'd12']))}</Personnummer>`, `    <Adress>${xmlEsc(f.ADDR(p, cs))}</Adress>`, `    <Postnummer>${p.addr.postal}</Postnummer>`, `    <Ort>${xmlEsc(p.addr.city)}</Ort>`,
    `    <Telefon>${p.mob ? f.M(p, pick(['compact', 'dash', 'spaced'])) : f.PH(p)}</Telefon>`, `    <Epost>${xmlEsc(f.E(p))}</Epost>`, '  </Sokande>', '  <Uppgifter>', ...fields.map(([k, v]) => `    <${k}>${xmlEsc(v)}</${k}>`), '  </Uppgifter>'];
  if (withSignature) {
    const full = `${given} ${family}`;
    lines.push('  <Signering metod="BankID">', `    <Namn>${xmlEsc(f.t('name', full, p.bg))}</Namn>`, `    <Personnummer>${f.PN(p, 'n12')}</Personnummer>`, `    <Tidpunkt>${isoLocal(d)}</Tidpunkt>`, `    <OcspStatus>good</OcspStatus>`, '  </Signering>');
  }
  lines.push('  <Teknik>', `    <KlientIP>${f.IP(ip.v, ip.st)}</KlientIP>`, `    <UserAgent>${xmlEsc(ua(f))}</UserAgent>`, `    <Session>${hex(32)}</Session>`, '  </Teknik>', '</Inskick>', '');
  return encodeText(lines.join('\n'), cs === 'utf8' ? 'utf8' : 'latin1');
}

// ================================================================ C. kommun water & waste
async function waterWaste() {
  const o = ORG.va; const sys = 'sjostad-va-avfall';
  const staff = makeStaff(o, 4);
  // C1-C6 e-service XML
  const forms = [['Nyanslutning VA', true, 'UTF-8'], ['Byte av kärlstorlek', true, 'UTF-8'], ['Uppehåll i sophämtning', false, 'UTF-8'], ['Befrielse från slamtömning', true, 'ISO-8859-1'], ['Felanmälan vattenmätare', false, 'UTF-8'], ['Delat abonnemang avfall', true, 'UTF-8']];
  for (const [formName, sig, enc] of forms) {
    const id = `VA-2024-${pad(int(100, 999), 5)}`; const f = L(`${sys}/etjanst/inskick/${id}.xml`, enc === 'UTF-8' ? 'utf8' : 'latin1');
    const p = nextResident(); const d = at(int(30, 100), int(0, 600));
    const fields = formName === 'Delat abonnemang avfall' ? (() => { const g = nextResident(); return [['Granne', f.N(g, 'full', undefined, f.cs)], ['GrannePersonnummer', f.PN(g, 'd12')], ['GranneTelefon', f.PH(g)], ['Fastighetsbeteckning', `Sjöstad Eken ${int(1, 30)}:${int(1, 200)}`]]; })()
      : [['Fastighetsbeteckning', `Sjöstad ${pick(['Björken', 'Måsen', 'Tranan', 'Hamnen'])} ${int(1, 30)}:${int(1, 200)}`], ['Kundnummer', f.nm('customer-number', 'personnummer', gen.custNo(10))], ['Matarnummer', f.nm('meter-id', 'phone', gen.meter())], ['Meddelande', pick([() => 'Vi är bortresta under sommaren.', () => 'Huset står tomt sedan mamma flyttade till äldreboende.', () => `Kontakta min son ${(() => { const x = nextResident(); return `${f.N(x, 'full', undefined, f.cs)} på ${f.M(x)}`; })()}.`])()]];
    emit(f.path, eserviceXml(f, { ns: 'urn:sjostad:etjanst:va', id, formName, p, fields, withSignature: sig, d, encoding: enc }));
  }
  // C7 access log
  {
    const f = L(`${sys}/etjanst/logs/access_2024-04.log`);
    const users = Array.from({ length: 160 }, () => { const p = nextResident(); return { p, ip: freshIp(), login: null }; });
    for (const u of users.slice(0, 40)) u.login = u.p.email;
    const paths = [() => '/etjanst/va/nyanslutning?step=2', () => `/etjanst/avfall/karl?fastighet=${int(1000, 9999)}`, () => '/static/app.4f2a9c.js', (u) => `/etjanst/mina-arenden?sid=${hex(16)}`, () => '/etjanst/login/bankid/collect', () => '/favicon.ico'];
    let text = accessLog(f, { host: 'etjanst.sjostad.se', paths, n: 1300, day0: 31, users });
    // A few lines where a badly configured form put the personnummer or e-mail in the query string.
    const extra = [];
    for (let i = 0; i < 25; i++) { const u = pick(users); const d = at(60, 700 + i * 11); extra.push(`${f.IP(u.ip.v, u.ip.st)} - - [${clf(d)}] "GET /etjanst/va/sok?pnr=${f.PN(u.p, 'n12')}&epost=${f.E(u.p)} HTTP/1.1" 200 ${int(800, 9000)} "-" "${ua(f)}"`); }
    text += `${extra.join('\n')}\n`;
    emit(f.path, text);
  }
  // C8 septic-tank bookings
  {
    const f = L(`${sys}/kundtjanst/slamtomning_bokningar.csv`);
    const rows = [csvLine(['Bokningsnr', 'Datum', 'Fastighetsägare', 'Personnummer', 'Telefon', 'E-post', 'Adress', 'Brunnstyp', 'Volym m3', 'Notering'])];
    for (let i = 0; i < 280; i++) {
      const c = nextResident();
      rows.push(csvLine([`SL${digits(6)}`, ymd(at(int(60, 150))), f.N(c, pick(['full', 'full', 'rev', 'initial'])), chance(0.04) ? f.nm('pnr-impossible-date', 'personnummer', gen.impossibleDate()) : f.PN(c), f.PH(c, 'any'), chance(0.7) ? f.E(c) : '', `${f.ADDR(c)}, ${c.addr.postal} ${c.addr.city}`, pick(['Trekammarbrunn', 'Sluten tank', 'Minireningsverk']), pick(['3', '4,5', '6', '10']),
        pick([() => '', () => '', () => 'Grind låst, kod 4411', () => `Ring ${(() => { const x = nextResident(); return `${f.N(x)} ${f.M(x)}`; })()} vid ankomst`, () => 'Arg hund', () => `Faktura till ${(() => { const x = nextResident(); return f.N(x, 'rev'); })()}`, () => `Tömning beställd av ${pick(['Svenssons Bygg AB', 'Lindqvists Rör & VVS AB', 'Bröderna Hassan Städ AB', 'Nguyen Fastighetsservice HB'])}`.replace(/(Svenssons Bygg AB|Lindqvists Rör & VVS AB|Bröderna Hassan Städ AB|Nguyen Fastighetsservice HB)/, (m) => f.nm('company-name', 'name', m))])()]));
    }
    emit(f.path, encodeText(`${rows.join('\r\n')}\r\n`, 'utf8', true));
  }
  // C9 bin changes TSV
  {
    const f = L(`${sys}/avfall/karlbyten_2024.tsv`);
    const rows = ['datum\tkund\tkundnr\ttelefon\tadress\tfrån\ttill\tchaufför\tkommentar'];
    const drivers = Array.from({ length: 6 }, () => makePerson({ bg: pick(['sv', 'bcs', 'pl', 'so', 'ti', 'ar']), abroad: false }));
    for (let i = 0; i < 420; i++) {
      const c = nextResident();
      rows.push([ymd(at(int(0, 120))), f.N(c, pick(['full', 'rev', 'capsRev'])), f.nm('customer-number', 'personnummer', gen.custNo(8)), f.PH(c), `${f.ADDR(c)}, ${c.addr.city}`, pick(['190 l', '240 l', '370 l', '660 l']), pick(['140 l', '190 l', '240 l', 'fyrfack']), f.N(pick(drivers)), pick([() => '', () => '', () => 'Kärlet skadat', () => 'Ställ vid grinden', () => `Meddela ${c.mob ? f.M(c, 'compact') : 'kund'} via sms`])()].join('\t'));
    }
    emit(f.path, `${rows.join('\n')}\n`);
  }
  // C10-C13 decisions
  for (let i = 0; i < 4; i++) {
    const c = nextResident(); const st = pick(staff);
    const f = L(`${sys}/beslut/beslut_${['uppehall', 'befrielse', 'taxa', 'forelaggande'][i]}_${digits(5)}.pdf`, 'cp1252');
    if (i === 3) c.careOf = nextResident();
    emit(f.path, await letterPdf(f, o, c, { heading: ['Beslut om uppehåll i avfallshämtning', 'Beslut om befrielse från slamtömning', 'Beslut om ändrad VA-taxa', 'Föreläggande om åtgärd av enskilt avlopp'][i], ref: `Dnr MBN ${f.nm('case-number', 'personnummer', `2024-${pad(int(10, 999), 4)}`)}`, showPnr: pick(['d10', 'd12', 'n12']),
      body: ['Beslut', `Miljö- och byggnämnden beslutar att bevilja ansökan från ${pick(['', 'fru ', 'herr '])}${f.N(c, 'full')} för fastigheten Sjöstad ${pick(['Björken', 'Måsen'])} ${int(1, 30)}:${int(1, 99)}.`, 'Beslutet gäller från och med 2024-07-01 till och med 2025-06-30.',
        `Beslutet har fattats av ${f.N(st, 'full', undefined, 'cp1252')}, miljöinspektör, med stöd av delegation.`, 'Hur man överklagar, se bilaga.', i === 0 ? `Kopia: ${(() => { const x = nextResident(); return f.N(x, 'full', undefined, 'cp1252'); })()} (delägare)` : ''].filter(Boolean), staff: st }));
  }
  // C14 mbox
  {
    const f = L(`${sys}/mail/va_kundtjanst.mbox`);
    const msgs = [];
    for (let i = 0; i < 22; i++) {
      const c = chance(0.1) ? pick(abroad) : nextResident(); const s = pick(staff); const d = at(int(30, 110), int(0, 600));
      const variants = [
        () => ['Vattenläcka vid tomtgränsen', `Hej,\n\nDet bubblar vatten ur marken vid ${f.ADDR(c)}. Ring mig på ${c.mob ? f.M(c) : f.PH(c)}.\n\n${f.N(c)}`],
        () => ['Sophämtning missad', `Hej!\nSoporna har inte hämtats på tre veckor på ${f.ADDR(c)}. Kundnr ${f.nm('customer-number', 'personnummer', gen.custNo(8))}.\nHälsningar ${f.N(c, 'rev')}`],
        () => ['Faktura VA', `Hej,\nJag har fått faktura för vatten trots att huset var tomt. Personnummer ${c.pnr12 ? f.PN(c) : '-'}.\nMvh ${f.N(c)}, ${f.PH(c)}`],
        () => ['Water bill question', `Hello,\nI rent a summer house in Sjöstad from ${(() => { const x = nextResident(); return f.N(x); })()}. Who pays the water bill?\nRegards,\n${f.N(c)}\n${c.foreign ? f.FP(c) : f.PH(c)}`],
        () => ['Hämtning av grovsopor', `Hei,\nKan dere hente grovavfall hos min mor ${(() => { const x = pick(elderly); return `${f.N(x)} (${f.PN(x, 'd10')})`; })()}? Hun bor på ${freshAddr(f)}.\nMvh ${f.N(c)}`],
      ];
      const [subject, text] = pick(variants)();
      msgs.push({ from: c.email, date: d, raw: mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'VA-kundservice', toAddr: role(f, o), subject, date: d, o, text, xip: chance(0.3) ? freshIp() : null }) });
      if (chance(0.5)) {
        const d2 = new Date(d.getTime() + 86400000);
        msgs.push({ from: s.email, date: d2, raw: mkMail(f, { fromName: f.N(s), fromAddr: f.E(s), toName: f.N(c), toAddr: f.E(c), subject: `SV: ${subject}`, date: d2, o, text: `Hej,\n\nTack för ditt meddelande. Vi återkommer inom fem arbetsdagar.\n\n${signature(f, s, o)}\n\n${quote(text)}`, relay: false, html: chance(0.4) }) });
      }
    }
    emit(f.path, mbox(msgs));
  }
  // C15-C17 fault report pages (saved HTML with a form)
  for (let i = 0; i < 3; i++) {
    const f = L(`${sys}/felanmalan/felanmalan_${digits(6)}.html`);
    const c = nextResident(); const st = pick(staff); const ip = freshIp();
    const html = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Felanmälan</title></head><body>\n<header><img src="/logo.svg" alt="Sjöstads kommun"></header>\n<main>\n<h1>Felanmälan – ${pick(['vattenläcka', 'avlopp stopp', 'brandpost', 'dålig lukt'])}</h1>\n<form id="f1" method="post" action="/etjanst/felanmalan">\n<label>Namn <input name="namn" value="${xmlEsc(f.N(c))}"></label>\n<label>Personnummer <input name="pnr" value="${f.PN(c, 'd12')}"></label>\n<label>Telefon <input name="tel" value="${c.mob ? f.M(c, 'spaced') : f.PH(c)}"></label>\n<label>E-post <input name="epost" type="email" value="${f.E(c)}"></label>\n<label>Plats <input name="plats" value="${xmlEsc(f.ADDR(c))}"></label>\n<textarea name="beskrivning">Det rinner vatten längs gatan sedan i morse. Grannen ${(() => { const x = nextResident(); return `${f.N(x)} (${f.M(x)})`; })()} såg det först.</textarea>\n</form>\n<table><tr><th>Mottagen av</th><td>${f.N(st)}</td></tr><tr><th>Klient-IP</th><td>${f.IP(ip.v, ip.st)}</td></tr><tr><th>Intern</th><td>${f.nm('private-ip', 'ip', gen.privIp())}</td></tr></table>\n</main>\n<footer>Sjöstads kommun · ${role(f, o, 'registrator')} · Kontaktcenter ${service(f, o)} · Org.nr ${f.nm('organisationsnummer', 'personnummer', o.orgnr)}</footer>\n</body></html>\n`;
    emit(f.path, html);
  }
  // C18 collection-route JSON
  {
    const f = L(`${sys}/avfall/hamtrutter_v22.json`);
    const routes = Array.from({ length: 12 }, (_, r) => ({ route: `R${pad(r + 1)}`, vehicle: gen.regnr(), driver: f.N(makePerson({ bg: pick(['sv', 'bcs', 'pl', 'ti', 'so']), abroad: false })),
      stops: Array.from({ length: 18 }, () => { const c = nextResident(); return { address: f.ADDR(c), owner: chance(0.6) ? f.N(c, pick(['full', 'rev'])) : null, bins: pick(['190', '240', '370', 'fyrfack']), phone: chance(0.2) ? f.PH(c) : undefined, note: chance(0.1) ? 'Dragavstånd > 5 m' : undefined }; }) }));
    for (const r of routes) f.nm('reg-number', 'name', r.vehicle);
    emit(f.path, `${JSON.stringify({ week: 22, year: 2024, routes }, null, 1)}\n`);
  }
}

// ================================================================ D. housing queue
async function housing() {
  const o = ORG.bo; const sys = 'bostadsko-sjostad';
  const staff = makeStaff(o, 4);
  // D1 legacy queue register (cp1252, caps, "EFTERNAMN, FÖRNAMN")
  {
    const f = L(`${sys}/ko/koregister_legacy.csv`, 'cp1252');
    const rows = [csvLine(['KONR', 'KODATUM', 'NAMN', 'PNR', 'TEL1', 'TEL2', 'EPOST', 'ADRESS', 'HUSHALL', 'INKOMST', 'STATUS'])];
    for (let i = 0; i < 650; i++) {
      const c = nextResident();
      rows.push(csvLine([`${int(100000, 999999)}`, ymd(at(-int(100, 3000))), f.N(c, pick(['capsRev', 'capsRev', 'capsNoComma'])), chance(0.03) ? f.nm('pnr-impossible-date', 'personnummer', gen.impossibleDate()) : chance(0.03) ? f.nm('pnr-bad-checksum', 'personnummer', gen.badChecksum(c)) : f.PN(c, pick(['n10', 'd10', 'd10', 'n12'])), c.mob ? f.M(c, pick(['compact', 'dash7', 'dash'])) : '', c.land && chance(0.6) ? f.LL(c, pick(['compact', 'dashnospace', 'dash'])) : '',
        chance(0.6) ? f.E(c, chance(0.3) ? 'upper' : 'plain') : '', freshAddr(f, true), int(1, 6), `${int(15, 60)}${digits(3)}`, pick(['AKTIV', 'AKTIV', 'VILANDE', 'ERBJUDEN', 'AVREG'])]));
    }
    emit(f.path, encodeText(`${rows.join('\r\n')}\r\n`, 'cp1252'));
  }
  // D2 modern register workbook with split name fields only
  {
    const f = L(`${sys}/ko/koregister_2024.xlsx`);
    const head = ['Könummer', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Ködagar', 'Önskat område'];
    const sok = [head];
    for (let i = 0; i < 190; i++) { const c = nextResident(); sok.push([`Q${digits(7)}`, f.N(c, 'given'), f.N(c, 'family'), chance(0.3) ? { num: f.PN(c, 'n12') } : f.PN(c, pick(['d12', 'd10'])), c.mob ? f.M(c, pick(['dash', 'compact', 'intl'])) : '', f.E(c), int(1, 4000), pick(['Centrum', 'Hamnen', 'Ekbacken', 'Alla'])]); }
    const med = [['Könummer huvudsökande', 'Medsökande förnamn', 'Medsökande efternamn', 'Personnummer', 'Relation']];
    for (let i = 0; i < 60; i++) { const c = nextResident(); med.push([`Q${digits(7)}`, f.N(c, 'given'), f.N(c, 'family'), f.PN(c), pick(['Sambo', 'Make/maka', 'Barn över 18'])]); }
    const avreg = [['Könummer', 'Förnamn', 'Efternamn', 'Avregistrerad', 'Orsak']];
    for (let i = 0; i < 40; i++) { const c = nextResident(); avreg.push([`Q${digits(7)}`, f.N(c, 'given'), f.N(c, 'family'), ymd(at(int(0, 110))), pick(['Ej förnyat', 'Eget önskemål', 'Avliden', 'Fått bostad'])]); }
    const st = pick(staff);
    emit(f.path, await xlsx([{ name: 'Sökande', rows: sok }, { name: 'Medsökande', rows: med }, { name: 'Avregistrerade', rows: avreg }], f.N(st), 'Köregister'));
  }
  // D3 offers JSON
  {
    const f = L(`${sys}/erbjudanden/erbjudanden_2024.json`);
    const offers = [];
    for (let i = 0; i < 90; i++) {
      const apps = Array.from({ length: int(1, 5) }, () => nextResident());
      offers.push({ objekt: { id: `LGH-${int(1000, 9999)}-${int(1001, 1604)}`, adress: freshAddr(f), rum: int(1, 5), hyra: int(4500, 14000), vard: pick(['Sjöstadshem AB', 'Hamnbolaget Fastigheter AB', 'Lindqvists Fastigheter AB', 'Familjen Haddads Fastigheter KB']).replace(/^(Lindqvists Fastigheter AB|Familjen Haddads Fastigheter KB)$/, (m) => f.nm('company-name', 'name', m)) },
        publicerad: ymd(at(int(0, 100))),
        sokande: apps.map((a, rank) => ({ rank: rank + 1, konummer: `Q${digits(7)}`, namn: f.N(a), personnummer: f.PN(a, pick(['n12', 'd12'])), kontakt: { mobil: a.mob ? f.M(a, pick(['e164', 'dash'])) : null, epost: f.E(a) },
          medsokande: chance(0.2) ? (() => { const m = nextResident(); return { namn: f.N(m), personnummer: f.PN(m) }; })() : null, svar: pick(['JA', 'NEJ', 'EJ SVARAT']) })),
        handlaggare: f.N(pick(staff)) });
    }
    emit(f.path, `${JSON.stringify({ export: 'erbjudanden', genererad: '2024-06-28T10:00:00+02:00', offers }, null, 2)}\n`);
  }
  // D4-D9 e-mails
  const mails = ['andrahandsuthyrning.eml', 'ko_tid_fragan_english.eml', 'erbjudande_tackar_ja.eml', 'skyddad_adress.eml', 'arabiska_familj_fullmakt.eml', 'medsokande_skilsmassa.eml'];
  for (const name of mails) {
    const f = L(`${sys}/mail/${name}`);
    const c = nextResident(); const s = pick(staff); const d = at(int(20, 110), int(0, 600)); const atts = [];
    let subject; let text;
    switch (name) {
      case 'andrahandsuthyrning.eml': subject = 'Andrahandsuthyrning'; text = `Hej,\n\nJag vill hyra ut min lägenhet i andra hand till ${(() => { const x = nextResident(); return `${f.N(x)}, ${f.PN(x)}, ${f.M(x)}`; })()} under ett år medan jag arbetar i Tromsø.\nMitt norska nummer under tiden: ${f.t('phone', `+47 ${pick(['4', '9'])}${digits(2)} ${digits(2)} ${digits(3)}`, 'foreign-47')}.\n\n${f.N(c)}\n${f.PN(c)}`; break;
      case 'ko_tid_fragan_english.eml': subject = 'Queue time question'; text = `Hi,\n\nI registered in the housing queue in 2019 (queue number Q${digits(7)}). My name is ${f.N(c)} and my samordningsnummer/personnummer is ${f.PN(c, 'd10')}.\nWhy has my queue time been reset? I paid the annual fee with OCR ${f.nm('ocr-number', 'personnummer', gen.ocr(12))}.\n\nThanks,\n${f.N(c, 'western')}\n${f.M(c, 'intl')}`; break;
      case 'erbjudande_tackar_ja.eml': subject = 'Tackar ja till LGH-2041-1203'; text = `Hej!\n\nJag tackar ja till lägenheten. Vi flyttar in jag och min fru ${(() => { const x = nextResident(); return f.N(x); })()} och våra två barn.\nIntyg från arbetsgivare bifogas.\n\nMvh\n${f.N(c)}\n${f.M(c, 'compact')}`; atts.push(attachment('arbetsgivarintyg.pdf', 'application/pdf', await pdf(['Arbetsgivarintyg', `Härmed intygas att ${V(f.path, 'cp1252').N(c, 'full')} (${V(f.path).PN(c, 'd12')}) är tillsvidareanställd sedan 2019-03-01.`, `${V(f.path, 'cp1252').nm('company-name', 'name', 'Svenssons Bygg & Måleri AB')}`, `Kontakt: ${(() => { const x = nextResident(); return `${V(f.path, 'cp1252').N(x)}, HR, ${V(f.path).PH(x)}`; })()}`], { title: 'Intyg', author: 'HR' }))); break;
      case 'skyddad_adress.eml': subject = 'Skyddade personuppgifter'; text = `Hej,\n\nJag har skyddade personuppgifter (sekretessmarkering). Skicka inget till min folkbokföringsadress. Kontakta mig endast via ${f.E(c)} eller ${f.M(c)}.\n\n${f.N(c)}`; break;
      case 'arabiska_familj_fullmakt.eml': { const p2 = people.find((p) => p.given === 'Ahmad bin Khalid'); subject = 'Fullmakt för min far'; text = `Hej,\n\nJag skriver för min far ${f.N(p2)} (personnummer ${f.PN(p2, 'd12')}) som inte talar svenska. Fullmakt bifogas.\nMin far kallas i folkbokföringen ${f.N(p2, 'rev')}.\n\nMed vänlig hälsning\n${f.N(c)}\n${f.PH(c)}`; atts.push(attachment('fullmakt.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await docx([[{ t: 'FULLMAKT', b: true }], `Jag, ${f.N(p2)}, ${f.PN(p2, 'd10')}, ger härmed ${f.N(c)}, ${f.PN(c, 'd10')}, fullmakt att företräda mig i ärenden hos Bostadsförmedlingen.`, `Ort och datum: Sjöstad ${ymd(d)}`, `Bevittnas: ${(() => { const x = nextResident(); return f.N(x); })()} och ${(() => { const x = nextResident(); return f.N(x); })()}`], f.N(c), 'Fullmakt'))); break; }
      default: subject = 'Medsökande ska tas bort'; text = `Hej,\n\nVi har separerat. Ta bort ${(() => { const x = nextResident(); return `${f.N(x, 'rev')} (${f.PN(x)})`; })()} som medsökande på min kö.\n\n${f.N(c)}`;
    }
    emit(f.path, mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'Bostadsförmedlingen', toAddr: role(f, o), subject, date: d, o, text, atts, xip: chance(0.5) ? freshIp() : null }));
  }
  // D10-D12 offer letters
  for (let i = 0; i < 3; i++) {
    const c = nextResident(); const st = pick(staff);
    const f = L(`${sys}/brev/erbjudande_LGH-${int(1000, 9999)}.pdf`, 'cp1252');
    emit(f.path, await letterPdf(f, o, c, { heading: 'Erbjudande om lägenhet', ref: `Q${digits(7)}`, showPnr: pick(['d10', 'd12']),
      body: [`Du erbjuds lägenhet på ${freshAddr(f)}, ${int(1, 4)} rum och kök, hyra ${int(5000, 12000)} kr/mån.`, 'Svara senast fem dagar efter detta brev via Mina sidor.', `Visning: kontakta värdens förvaltare ${(() => { const x = nextResident(); return `${f.N(x, 'full', undefined, 'cp1252')}, ${f.M(x, 'dash')}`; })()}.`], staff: st }));
  }
  // D13-D14 case notes
  for (let i = 0; i < 2; i++) {
    const f = L(`${sys}/anteckningar/${i ? 'fororsattsintyg' : 'bedomning_forturer'}_${digits(5)}.docx`);
    const c = nextResident(); const st = pick(staff);
    emit(f.path, await docx([[{ t: i ? 'Förtursansökan - medicinska skäl' : 'Bedömning förtur', b: true }], [{ t: 'Sökande: ', b: true }, { t: f.N(c, 'rev') }, { t: ' ' }, { t: f.PN(c) }],
      `Läkarintyg från Dr. ${(() => { const x = nextResident(); return f.N(x); })()}, Sjöstads vårdcentral, styrker behov av hiss.`,
      `Kontakt med socialsekreterare ${(() => { const x = nextResident(); return `${f.N(x)} (${f.E(x)})`; })()}.`, `Sökandens dotter ${(() => { const x = nextResident(); return f.N(x); })()} hjälper till med kontakten, nås på ${(() => { const x = nextResident(); return f.PH(x); })()}.`,
      `Bedömning: ${pick(['Förtur beviljas.', 'Förtur avslås.'])} Handläggare ${f.N(st)}, ${ymd(at(int(40, 110)))}.`], f.N(st), 'Förtur'));
  }
  // D15 login log
  {
    const f = L(`${sys}/logg/inloggning_mina_sidor.log`);
    const out = [];
    const users = Array.from({ length: 180 }, () => ({ p: nextResident(), ip: freshIp() }));
    for (let i = 0; i < 1000; i++) {
      const u = pick(users); const d = at(int(60, 90), int(0, 1400));
      const ev = pick(['BANKID_AUTH_OK', 'BANKID_AUTH_OK', 'BANKID_CANCEL', 'PROFILE_UPDATE', 'QUEUE_RENEW', 'LOGOUT']);
      let detail;
      if (ev === 'PROFILE_UPDATE') detail = `field=${pick(['email', 'mobile'])} old=${pick([() => f.E(u.p), () => f.M(u.p, 'e164')])()} new=${pick([() => f.t('email', `${emailLocal(u.p.given, u.p.family, u.p.birth.y)}@${pick(PRIVATE_DOMAINS)}`, 'made-up-domain'), () => f.t('phone', mobileString(newSwedishMobile(), 'e164'), 'mobile-e164')])()}`;
      else if (ev === 'BANKID_AUTH_OK' && chance(0.08)) detail = `subject=${f.PN(u.p, 'n12')} name="${f.N(u.p)}" (debug logging enabled)`;
      else detail = `subject=${f.nm('masked-pnr', 'personnummer', gen.masked(u.p))}`;
      out.push([d, `${isoLocal(d)} INFO  [mina-sidor] event=${ev} ip=${f.IP(u.ip.v, u.ip.st)} ua="${ua(f)}" session=${hex(24)} ${detail}`]);
    }
    emit(f.path, `${sortByTime(out).join('\n')}\n`);
  }
}

// ================================================================ E. parking permits
async function parking() {
  const o = ORG.pa; const sys = 'parkeringstillstand';
  const staff = makeStaff(o, 4);
  const applicants = Array.from({ length: 260 }, () => ({ p: nextResident(), reg: gen.regnr(), kind: pick(['Boende', 'Boende', 'Rörelsehindrad förare', 'Rörelsehindrad passagerare', 'Företag']) }));
  // E1 applications CSV
  {
    const f = L(`${sys}/ansokningar/ansokningar_2024.csv`);
    const rows = [csvLine(['Ärende', 'Inkom', 'Typ', 'Sökande', 'Personnummer', 'Telefon', 'E-post', 'Adress', 'Regnr', 'Beslut', 'Handläggare'])];
    for (const a of applicants) {
      const c = a.p;
      rows.push(csvLine([`PT-${digits(6)}`, ymd(at(int(0, 110))), a.kind, f.N(c, pick(['full', 'rev', 'full'])), f.PN(c), f.PH(c, 'any'), chance(0.7) ? f.E(c) : '', `${f.ADDR(c)}, ${c.addr.postal} ${c.addr.city}`, f.nm('reg-number', 'name', a.reg), pick(['Beviljat', 'Avslag', 'Komplettering', 'Under handläggning']), f.N(pick(staff))]));
    }
    emit(f.path, encodeText(`${rows.join('\r\n')}\r\n`, 'utf8', true));
  }
  // E2-E6 XML applications
  for (let i = 0; i < 5; i++) {
    const a = pick(applicants); const id = `PT-${digits(6)}`;
    const f = L(`${sys}/ansokningar/xml/${id}.xml`);
    const fields = [['Tillstandstyp', a.kind], ['Registreringsnummer', f.nm('reg-number', 'name', a.reg)], ['Lakarintyg', a.kind.startsWith('Rörelse') ? `Utfärdat av ${(() => { const x = nextResident(); return f.N(x); })()}, leg. läkare` : 'Ej tillämpligt'], ['Gangstracka', a.kind.startsWith('Rörelse') ? `${int(20, 200)} meter` : '-']];
    if (a.kind === 'Rörelsehindrad passagerare') { const x = nextResident(); fields.push(['Forare', f.N(x)], ['ForarePersonnummer', f.PN(x, 'd12')]); }
    emit(f.path, eserviceXml(f, { ns: 'urn:sjostad:etjanst:parkering', id, formName: 'Ansökan om parkeringstillstånd', p: a.p, fields, withSignature: i !== 2, d: at(int(10, 100), int(0, 600)) }));
  }
  // E7-E10 decisions
  for (let i = 0; i < 4; i++) {
    const a = applicants.filter((x) => x.kind.startsWith('Rörelse'))[i] ?? pick(applicants); const st = pick(staff);
    const f = L(`${sys}/beslut/beslut_PT-${digits(6)}.pdf`, 'cp1252');
    emit(f.path, await letterPdf(f, o, a.p, { heading: 'Beslut om parkeringstillstånd för rörelsehindrade', ref: `Dnr TN ${f.nm('case-number', 'personnummer', `2024/${int(100, 999)}`)}`, showPnr: 'd12',
      body: [i % 2 ? 'Beslut: Ansökan avslås.' : `Beslut: Tillstånd beviljas till och med ${ymd(at(int(400, 1000)))}.`, `Fordon: ${f.nm('reg-number', 'name', a.reg)}`, 'Skäl: Enligt läkarintyget kan sökanden gå mer än 100 meter med hjälpmedel.'.slice(0, i % 2 ? 200 : 0), `Läkarintyg utfärdat av Dr. ${(() => { const x = nextResident(); return f.N(x, 'full', undefined, 'cp1252'); })()}.`, 'Överklagande: skriv till Förvaltningsrätten inom tre veckor från att du tog del av beslutet.'].filter(Boolean), staff: st }));
  }
  // E11-E12 case notes
  for (let i = 0; i < 2; i++) {
    const a = pick(applicants); const st = pick(staff);
    const f = L(`${sys}/handlaggning/utredning_PT-${digits(6)}.docx`);
    emit(f.path, await docx([[{ t: 'Utredning parkeringstillstånd', b: true }], `Sökande: ${f.N(a.p)} (${f.PN(a.p, 'd10')})`, `Telefonsamtal ${ymd(at(int(40, 100)))} med sökandens god man ${(() => { const x = nextResident(); return `${f.N(x)}, ${f.PH(x)}`; })()}.`,
      `Kompletterande uppgifter från arbetsterapeut ${(() => { const x = nextResident(); return `${f.N(x, 'initial')} (${f.E(x)})`; })()}: använder rollator.`, `Fordon ${f.nm('reg-number', 'name', a.reg)} ägs av ${(() => { const x = nextResident(); return f.N(x, 'rev'); })()}.`, `Handläggare: ${f.N(st)}`], f.N(st), 'Utredning'));
  }
  // E13 mbox
  {
    const f = L(`${sys}/mail/parkering.mbox`);
    const msgs = [];
    for (let i = 0; i < 16; i++) {
      const a = pick(applicants); const c = a.p; const s = pick(staff); const d = at(int(10, 110), int(0, 600));
      const [subject, text] = pick([
        () => ['Boendeparkering', `Hej,\nJag har bytt bil till ${f.nm('reg-number', 'name', gen.regnr())}. Kan ni uppdatera tillståndet?\n${f.N(c)}\n${f.PN(c)}\n${f.PH(c)}`],
        () => ['Parkeringstillstånd för min mamma', `Hej,\nMin mamma ${(() => { const x = nextResident(); return `${f.N(x)} (${f.PN(x, 'd12')})`; })()} har fått avslag. Hon kan inte gå utan rollator.\nMvh ${f.N(c)}, ${f.M(c)}`],
        () => ['Disabled parking permit', `Hello,\nI am the carer for ${(() => { const x = nextResident(); return f.N(x); })()}. What documents do you need?\n${f.N(c)}\n${f.M(c, 'intl')}`],
        () => ['Felparkeringsavgift', `Hej! Jag fick en avgift trots giltigt tillstånd. Kontrollavgiftsnummer ${f.nm('case-number', 'personnummer', `${digits(9)}`)}.\n${f.N(c, 'rev')}`],
      ])();
      msgs.push({ from: c.email, date: d, raw: mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'Parkeringstillstånd', toAddr: role(f, o), subject, date: d, o, text }) });
      if (chance(0.5)) { const d2 = new Date(d.getTime() + 2 * 86400000); msgs.push({ from: s.email, date: d2, raw: mkMail(f, { fromName: f.N(s), fromAddr: f.E(s), toName: f.N(c), toAddr: f.E(c), subject: `SV: ${subject}`, date: d2, o, text: `Hej,\n\nVi har tagit emot ditt ärende.\n\n${signature(f, s, o)}\n\n${quote(text)}`, relay: false }) }); }
    }
    emit(f.path, mbox(msgs));
  }
  // E14 register workbook
  {
    const f = L(`${sys}/register/tillstand_register.xlsx`);
    const sheets = ['Boende', 'Rörelsehindrade', 'Företag'].map((k) => ({ name: k, rows: [['Tillståndsnr', 'Innehavare', 'Personnummer/Org.nr', 'Regnr', 'Giltigt t.o.m.', 'Telefon'],
      ...applicants.filter((a) => (k === 'Rörelsehindrade' ? a.kind.startsWith('Rörelse') : a.kind === k)).map((a) => k === 'Företag'
        ? [`P${digits(6)}`, f.nm('company-name', 'name', `${a.p.family.split(' ').pop()}s ${pick(['Bygg', 'Städ', 'Transport', 'Måleri'])} AB`), f.nm('organisationsnummer', 'personnummer', gen.orgnr()), f.nm('reg-number', 'name', a.reg), ymd(at(int(200, 700))), service(f, { service: `0470-${digits(2)} ${digits(2)} ${digits(2)}` })]
        : [`P${digits(6)}`, f.N(a.p, k === 'Boende' ? 'rev' : 'full'), chance(0.4) ? { num: f.PN(a.p, 'n12') } : f.PN(a.p), f.nm('reg-number', 'name', a.reg), ymd(at(int(200, 700))), f.PH(a.p)])] }));
    emit(f.path, await xlsx(sheets, f.N(pick(staff)), 'Tillståndsregister'));
  }
}

// ================================================================ F. library e-service
async function library() {
  const o = ORG.li; const sys = 'bibliotek-etjanst';
  const staff = makeStaff(o, 4);
  const borrowers = [];
  for (let i = 0; i < 700; i++) {
    const child = i < children.length;
    const p = child ? children[i] : nextResident();
    borrowers.push({ p, card: gen.libraryCard(), guardian: child ? nextResident() : null, ip: freshIp() });
  }
  // F1 borrowers NDJSON
  {
    const f = L(`${sys}/lantagare/lantagare_export.ndjson`);
    const lines = borrowers.slice(0, 620).map((b) => JSON.stringify({
      kortnummer: f.nm('library-card', 'phone', b.card), namn: { fornamn: b.p.given, efternamn: b.p.family, visningsnamn: f.N(b.p) }, personnummer: chance(0.02) ? f.nm('pnr-bad-checksum', 'personnummer', gen.badChecksum(b.p)) : f.PN(b.p, pick(['n12', 'd12', 'n10'])),
      kontakt: { epost: b.p.mob || !b.guardian ? f.E(b.p) : null, sms: b.p.mob ? f.M(b.p, pick(['e164', 'msisdn', 'compact'])) : null },
      malsman: b.guardian ? { namn: f.N(b.guardian), personnummer: f.PN(b.guardian), telefon: f.PH(b.guardian), epost: f.E(b.guardian) } : undefined,
      spraak: pick(['sv', 'sv', 'en', 'ar', 'so', 'fa', 'ti', 'pl', 'fi']), hembibliotek: pick(['Stadsbiblioteket', 'Hamnens filial', 'Ekbackens filial']), skuld: chance(0.1) ? int(10, 500) : 0,
      senastInloggad: { ip: f.IP(b.ip.v, b.ip.st), tid: isoLocal(at(int(60, 110), int(0, 1000))) } }));
    emit(f.path, `${lines.join('\n')}\n`);
  }
  // F2 reservations CSV (comma separated, UTF-8 without BOM)
  {
    const f = L(`${sys}/reservationer/reservationer_2024-05.csv`);
    const rows = [csvLine(['reservation_id', 'datum', 'låntagare', 'kortnummer', 'isbn', 'titel', 'avhämtning', 'avisering', 'status'], ',')];
    const titles = ['Bröderna Lejonhjärta', 'Mio, min Mio', 'Populärvetenskaplig fysik', 'Svenska för nybörjare', 'Kokbok från Eritrea', 'Somaliska sagor', 'Finsk grammatik', 'Deckare i skärgården', 'Trädgårdens år', 'Python för alla'];
    for (let i = 0; i < 520; i++) {
      const b = pick(borrowers); const p = b.p;
      rows.push(csvLine([`R${digits(8)}`, ymd(at(int(60, 91))), f.N(p, pick(['full', 'rev'])), f.nm('library-card', 'phone', b.card), f.nm('isbn', 'phone', gen.isbn()), pick(titles), pick(['Stadsbiblioteket', 'Hamnens filial']),
        p.mob ? `sms ${f.M(p, pick(['compact', 'dash']))}` : b.guardian ? `e-post ${f.E(b.guardian)} (målsman ${f.N(b.guardian)})` : `e-post ${f.E(p)}`, pick(['väntar', 'klar för avhämtning', 'hämtad', 'utgången'])], ','));
    }
    emit(f.path, `${rows.join('\n')}\n`);
  }
  // F3-F7 reminder e-mails from noreply
  for (let i = 0; i < 5; i++) {
    const b = borrowers[int(0, borrowers.length - 1)]; const p = b.guardian ?? b.p; const d = at(int(60, 110), 0);
    const f = L(`${sys}/paminnelser/paminnelse_${digits(8)}.eml`);
    const child = b.guardian ? b.p : null;
    const text = `Hej!\n\n${child ? `Detta är en påminnelse om lån för ${f.N(child)} (lånekort ${f.nm('library-card', 'phone', b.card)}).` : `Detta är en påminnelse om dina lån (lånekort ${f.nm('library-card', 'phone', b.card)}).`}\n\n1. ${pick(['Mio, min Mio', 'Svenska för nybörjare'])} - förfallodatum ${ymd(d)}\n2. ${pick(['Trädgårdens år', 'Deckare i skärgården'])} - förfallodatum ${ymd(d)}\n\nLåna om på bibliotek.sjostad.se eller ring ${service(f, o)}.\n\nMed vänlig hälsning\nSjöstads stadsbibliotek\n\nDetta meddelande kan inte besvaras. Frågor: ${role(f, o, 'bibliotek')}`;
    emit(f.path, mkMail(f, { fromName: 'Sjöstads stadsbibliotek', fromAddr: role(f, o, 'noreply'), toName: f.N(p), toAddr: f.E(p), subject: `Påminnelse: lån förfaller ${ymd(d)}`, date: d, o, text, relay: false, html: true }));
  }
  // F8 e-service access log
  {
    const f = L(`${sys}/loggar/etjanst_access_2024-05.log`);
    const users = borrowers.slice(0, 200).map((b) => ({ p: b.p, ip: b.ip, login: null }));
    for (const u of users.slice(0, 30)) u.login = `${u.p.email}`;
    const paths = [() => `/sok?q=${pick(['deckare', 'kokbok', 'python', 'sagor'])}`, () => `/konto/lan?sid=${hex(16)}`, () => `/reservera?isbn=${gen.isbn()}`, () => '/konto/lanehistorik', () => '/assets/main.css'];
    let text = accessLog(f, { host: 'bibliotek.sjostad.se', paths, n: 1100, day0: 61, users });
    emit(f.path, text);
  }
  // F9-F11 saved account pages
  for (let i = 0; i < 3; i++) {
    const b = borrowers[int(0, 600)]; const p = b.p;
    const f = L(`${sys}/konton/lantagarkonto_${b.card.slice(-6)}.html`);
    const loans = Array.from({ length: int(2, 7) }, () => `<tr><td>${gen.isbn().replace(/^.*$/, (x) => f.nm('isbn', 'phone', x))}</td><td>${pick(['Mio, min Mio', 'Python för alla', 'Svenska för nybörjare', 'Trädgårdens år'])}</td><td>${ymd(at(int(90, 120)))}</td></tr>`).join('\n');
    emit(f.path, `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Mitt konto – ${xmlEsc(f.N(p))}</title></head><body>\n<nav>Inloggad som <strong>${xmlEsc(f.N(p))}</strong> · <a href="/logout">Logga ut</a></nav>\n<section class="profil"><dl>\n<dt>Lånekort</dt><dd>${f.nm('library-card', 'phone', b.card)}</dd>\n<dt>Personnummer</dt><dd>${f.PN(p, 'd12')}</dd>\n${p.mob ? `<dt>Mobil</dt><dd>${f.M(p)}</dd>` : ''}\n<dt>E-post</dt><dd>${f.E(b.guardian ?? p)}</dd>\n${b.guardian ? `<dt>Målsman</dt><dd>${xmlEsc(f.N(b.guardian))}, ${f.PH(b.guardian)}</dd>` : ''}\n</dl></section>\n<table class="lan"><tr><th>ISBN</th><th>Titel</th><th>Åter</th></tr>\n${loans}\n</table>\n<footer>Senast inloggad från ${f.IP(b.ip.v, b.ip.st)} · ${role(f, o, 'bibliotek')} · ${service(f, o)}</footer>\n</body></html>\n`);
  }
  // F12 interlibrary loans workbook
  {
    const f = L(`${sys}/fjarrlan/fjarrlan_2024.xlsx`);
    const rows = [['Beställning', 'Låntagare', 'Kortnummer', 'Kontakt', 'Titel', 'Långivande bibliotek', 'Kontaktperson där', 'Status']];
    for (let i = 0; i < 90; i++) {
      const b = pick(borrowers.slice(70)); const lib = pick(['Umeå universitetsbibliotek', 'Kungliga biblioteket', 'Oslo offentlige bibliotek', 'Det Kgl. Bibliotek']);
      const contact = chance(0.3) ? (() => { const x = makePerson({ bg: lib.startsWith('Oslo') ? 'no' : lib.startsWith('Det') ? 'da' : 'sv' }); return `${f.N(x)}, ${x.foreign ? f.FP(x) : f.LL(x.land ? x : Object.assign(x, { land: newLandline('08') }))}`; })() : '';
      rows.push([`FJ-${digits(6)}`, f.N(b.p, 'rev'), f.nm('library-card', 'phone', b.card), b.p.mob ? f.M(b.p, 'dash') : f.E(b.p), pick(['Samiska ortnamn', 'Tigrinska-svensk ordbok', 'Kurdisk poesi', 'Vietnamesisk matkultur']), lib, contact, pick(['Beställd', 'Ankommen', 'Återsänd'])]);
    }
    emit(f.path, await xlsx([{ name: 'Fjärrlån', rows }, { name: 'Statistik', rows: [['Månad', 'Antal'], ['Mars', 41], ['April', 37], ['Maj', 52]] }], f.N(pick(staff)), 'Fjärrlån'));
  }
}

// ================================================================ G. public transport: lost property and refunds
async function transport() {
  const o = ORG.lt; const sys = 'lanstrafiken-kundservice';
  const staff = makeStaff(o, 5);
  // G1 lost property register (cp1252)
  {
    const f = L(`${sys}/hittegods/hittegods_2024.csv`, 'cp1252');
    const rows = [csvLine(['ID', 'HITTAT', 'LINJE', 'FOREMAL', 'BESKRIVNING', 'AGARE', 'KONTAKT', 'UTLAMNAT', 'SIGN'])];
    for (let i = 0; i < 420; i++) {
      const known = chance(0.55); const c = known ? (chance(0.1) ? pick(abroad) : nextResident()) : null; const st = pick(staff);
      const item = pick(['Plånbok', 'Mobiltelefon', 'Ryggsäck', 'Nyckelknippa', 'Paraply', 'ID-kort', 'Busskort', 'Glasögon', 'Barnvagn']);
      const desc = item === 'ID-kort' && c && c.pnr12 ? `ID-kort, ${f.N(c, 'caps')}, ${f.PN(c, 'd12')}` : item === 'Busskort' ? `Reskort ${f.nm('card-number', 'phone', gen.travelCard())}` : item === 'Mobiltelefon' ? `${pick(['iPhone 13 svart', 'Samsung A54', 'Pixel 7'])}, IMEI ${f.nm('imei', 'phone', gen.imei())}` : item === 'Plånbok' && c ? `Brun plånbok med körkort för ${f.N(c, 'caps')}` : pick(['Svart', 'Blå', 'Röd', 'Grå']);
      rows.push(csvLine([`HG${digits(6)}`, ymd(at(int(0, 110))), pick(['1', '2', '4', '10', '31', 'Tåg 401']), item, desc, c ? f.N(c, pick(['capsRev', 'full', 'rev'])) : '', c ? (c.mob ? f.M(c) : c.foreign ? f.FP(c) : f.PH(c)) : '', c && chance(0.6) ? ymd(at(int(50, 115))) : '', `${[...st.given][0]}${[...st.family][0]}`.toUpperCase()]));
    }
    emit(f.path, encodeText(`${rows.join('\r\n')}\r\n`, 'cp1252'));
  }
  // G2 lost property cases JSON
  {
    const f = L(`${sys}/hittegods/arenden.json`);
    const cases = Array.from({ length: 150 }, () => {
      const c = chance(0.12) ? pick(abroad) : nextResident(); const st = pick(staff);
      return { arende: `HGA-${digits(6)}`, skapat: isoLocal(at(int(20, 110), int(0, 600))), efterlysning: { namn: f.N(c), telefon: c.mob ? f.M(c, pick(['intl', 'e164', 'dash'])) : f.FP(c), epost: f.E(c), ...(c.foreignId ? { id_handling: f.FID(c) } : {}), foremal: pick(['Laptop', 'Väska med gympakläder', 'Hörlurar', 'Pass']), linje: pick(['2', '4', '10', 'Öresundståg']), datum: ymd(at(int(20, 110))) },
        matchad: chance(0.4) ? `HG${digits(6)}` : null, logg: [{ av: f.N(st), text: pick([() => 'Ingen match än.', () => `Ringde ${c.mob ? f.M(c, 'compact') : 'kund'}, ej svar.`, () => 'Skickat mejl.', () => `Upphämtat av ${(() => { const x = nextResident(); return f.N(x); })()} med fullmakt.`])() }] };
    });
    emit(f.path, `${JSON.stringify(cases, null, 2)}\n`);
  }
  // G3 delay compensation workbook
  {
    const f = L(`${sys}/aterbetalning/forseningsersattning_2024.xlsx`);
    const rows = [['Ärende', 'Resenär', 'Personnummer', 'Telefon', 'E-post', 'Reskort', 'Resa', 'Försening', 'Belopp', 'Utbetalning till', 'Status']];
    for (let i = 0; i < 160; i++) {
      const c = chance(0.1) ? pick(abroad) : nextResident();
      rows.push([`FE-${digits(6)}`, f.N(c, pick(['full', 'rev'])), c.pnr12 ? (chance(0.3) ? { num: f.PN(c, 'n12') } : f.PN(c)) : f.FID(c), c.mob ? f.M(c, pick(['compact', 'dash', 'intl'])) : f.FP(c), f.E(c), f.nm('card-number', 'phone', gen.travelCard()), pick(['Sjöstad C - Umeå', 'Hamnen - Centrum', 'Malmö C - København H']), `${int(20, 180)} min`, int(50, 900),
        pick([() => f.nm('iban', 'phone', gen.iban()), () => `Swish ${c.mob ? f.M(c, 'compact') : f.nm('iban', 'phone', gen.iban())}`, () => `Clearing ${int(3000, 9999)}, konto ${f.nm('bank-account', 'phone', `${digits(3)} ${digits(3)} ${digits(3)}`)}`])(), pick(['Utbetald', 'Avslag', 'Väntar'])]);
    }
    const dk = [['Sag', 'Rejsende', 'CPR/fødselsnr', 'Telefon', 'IBAN', 'BIC']];
    for (const c of abroad.slice(0, 30)) dk.push([`FE-${digits(6)}`, f.N(c), f.FID(c), f.FP(c), f.nm('iban', 'phone', `${c.bg === 'da' ? 'DK' : c.bg === 'no' ? 'NO' : 'FI'}${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)}${c.bg === 'no' ? '' : ` ${digits(2)}`}`), f.nm('bic', 'name', c.bg === 'da' ? 'DABADKKK' : c.bg === 'no' ? 'DNBANOKK' : 'NDEAFIHH')]);
    emit(f.path, await xlsx([{ name: 'Ersättningar', rows }, { name: 'Utländska resenärer', rows: dk }], f.N(pick(staff)), 'Förseningsersättning'));
  }
  // G4-G8 refund e-mails
  const mails = [['da', 'refusion_oresundstog_dk.eml'], ['no', 'refusjon_buss_no.eml'], ['fi', 'ersattning_finland.eml'], ['en', 'refund_request_en.eml'], ['sv', 'aterbetalning_periodkort.eml']];
  for (const [lang, name] of mails) {
    const f = L(`${sys}/aterbetalning/mejl/${name}`);
    const c = lang === 'da' ? pick(abroad.filter((p) => p.bg === 'da')) : lang === 'no' ? pick(abroad.filter((p) => p.bg === 'no')) : lang === 'fi' ? (abroad.find((p) => p.bg === 'fi') ?? nextResident()) : nextResident();
    const d = at(int(30, 110), int(0, 600)); const s = pick(staff);
    const card = () => f.nm('card-number', 'phone', gen.travelCard());
    const text = {
      da: () => `Hej,\n\nMit tog fra København H var 45 minutter forsinket den ${dmy(d)}. Jeg vil gerne have refusion.\nRejsekort: ${card()}\nCPR-nr.: ${c.foreignId ? f.FID(c) : ''}\nTelefon: ${c.foreign ? f.FP(c) : ''}\nIBAN: ${f.nm('iban', 'phone', `DK${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`)}\n\nMed venlig hilsen\n${f.N(c)}`,
      no: () => `Hei,\n\nBussen kom ikke, og jeg måtte ta taxi (kvittering vedlagt). Fødselsnummer: ${c.foreignId ? f.FID(c) : ''}.\nRing meg gjerne på ${c.foreign ? f.FP(c, 'intl') : ''}.\n\nMed vennlig hilsen\n${f.N(c)}`,
      fi: () => `Bästa kundtjänst,\n\njag reste med nattåget och det var inställt. Jag ber om ersättning för hotellnatten.\nMitt finska nummer: ${c.foreign ? f.FP(c, 'national') : f.M(c)}\n${c.foreignId ? `Henkilötunnus: ${f.FID(c)}` : `Personnummer: ${f.PN(c)}`}\n\nMed vänliga hälsningar\n${f.N(c)}`,
      en: () => `Hello,\n\nI bought a 30-day ticket on card ${card()} but moved to Göteborg after one week. Please refund the remaining days to my account ${f.nm('iban', 'phone', gen.iban())} (BIC ${f.nm('bic', 'name', gen.bic())}).\nMy Swedish number: ${f.M(c, 'intl0')}\n\n${f.N(c)}`,
      sv: () => `Hej,\n\nJag har periodkort ${card()} och har varit sjukskriven sedan april. Kan jag få pengarna tillbaka?\nPersonnummer: ${f.PN(c)}\nTelefon: ${f.PH(c)}\n\nMvh ${f.N(c)}`,
    }[lang]();
    const atts = lang === 'no' ? [attachment('kvittering_taxi.pdf', 'application/pdf', await pdf(['Taxi Sjöstad AB - Kvitto', `Kund: ${V(f.path, 'cp1252').N(c)}`, `Org.nr ${V(f.path).nm('organisationsnummer', 'personnummer', gen.orgnr())}`, `Belopp 642,00 kr`, `Förare: ${(() => { const x = nextResident(); return V(f.path, 'cp1252').N(x); })()}`], { title: 'Kvitto', author: 'Taxi' }))] : [];
    emit(f.path, mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'Länstrafiken', toAddr: role(f, o, 'ersattning'), subject: { da: 'Refusion forsinkelse', no: 'Refusjon taxi', fi: 'Ersättning nattåg', en: 'Refund request', sv: 'Återbetalning periodkort' }[lang], date: d, o, text, atts, xip: chance(0.5) ? freshIp() : null }));
  }
  // G9-G12 decisions
  for (let i = 0; i < 4; i++) {
    const c = nextResident(); const st = pick(staff);
    const f = L(`${sys}/beslut/beslut_FE-${digits(6)}.pdf`, 'cp1252');
    emit(f.path, await letterPdf(f, o, c, { heading: i % 2 ? 'Beslut om förseningsersättning' : 'Beslut om återbetalning', ref: `FE-${digits(6)}`, showPnr: chance(0.5) ? 'd10' : false,
      body: [`Reskort: ${f.nm('card-number', 'phone', gen.travelCard())}`, i % 3 ? `Ersättning ${int(50, 900)},00 kr betalas ut till ${pick([() => f.nm('iban', 'phone', gen.iban()), () => `Swish ${f.M(c, 'dash')}`])()}.` : 'Ansökan avslås eftersom förseningen var kortare än 20 minuter.', 'Du kan begära omprövning inom två månader.'], staff: st }));
  }
  // G13 chat NDJSON
  {
    const f = L(`${sys}/kundtjanst/chatt_2024-05.ndjson`);
    const lines = [];
    for (let i = 0; i < 110; i++) {
      const c = chance(0.12) ? pick(abroad) : nextResident(); const s = pick(staff); const conv = hex(10); let d = at(int(61, 91), int(0, 600));
      const msgs = [
        ['kund', pick(['Hej, jag har glömt min väska på buss 4', 'Hej, mitt reskort är borttappat', 'Hi, I left my phone on the train', 'Hei, jeg har mistet lommeboken min på bussen'])],
        ['agent', 'Hej! Vad heter du och hur når vi dig?'],
        ['kund', `${f.N(c)}, ${c.mob ? f.M(c, pick(['compact', 'spaced', 'dash', 'intl'])) : f.FP(c)}${chance(0.5) ? `, ${f.E(c)}` : ''}`],
        ['agent', pick(['Tack, jag har registrerat en efterlysning.', 'Vi har en väska som matchar, den finns på Sjöstad C.', 'Jag spärrar kortet. Nytt kort skickas till din folkbokföringsadress.'])],
      ];
      if (c.pnr12 && chance(0.3)) msgs.push(['kund', `Mitt personnummer är ${f.PN(c, pick(['n10', 'd10', 'n12']))} om det behövs`]);
      for (const [from, text] of msgs) { lines.push(JSON.stringify({ conversation: conv, ts: isoLocal(d), from, agent: from === 'agent' ? f.N(s) : undefined, text, channel: 'webchat', clientIp: from === 'kund' ? f.IP((c.chatIp ??= freshIp()).v, c.chatIp.st) : undefined })); d = new Date(d.getTime() + int(20, 200) * 1000); }
    }
    emit(f.path, `${lines.join('\n')}\n`);
  }
  // G14 complaints mbox
  {
    const f = L(`${sys}/kundtjanst/klagomal.mbox`);
    const msgs = [];
    for (let i = 0; i < 15; i++) {
      const c = nextResident(); const s = pick(staff); const d = at(int(20, 110), int(0, 600));
      const drv = makePerson({ bg: pick(['sv', 'so', 'ti', 'bcs', 'ar', 'pl']), abroad: false });
      const [subject, text] = pick([
        () => ['Otrevlig chaufför', `Hej,\nChauffören på linje 4 kl 07:12 den ${ymd(d)} körde förbi hållplatsen. Jag hörde att han hette ${f.N(drv)} enligt skylten.\n${f.N(c)}\n${f.M(c)}`],
        () => ['Beröm till personalen', `Hej!\nVill ge beröm till busschauffören ${f.N(drv)} som hjälpte min pappa ${(() => { const x = pick(elderly); return f.N(x); })()} av bussen.\nVänliga hälsningar ${f.N(c)}`],
        () => ['Fel i appen', `Appen drar pengar två gånger. Konto ${f.E(c)}, kortnummer ${f.nm('card-number', 'phone', gen.travelCard())}.\n${f.N(c, 'rev')}, ${f.PH(c)}`],
      ])();
      msgs.push({ from: c.email, date: d, raw: mkMail(f, { fromName: f.N(c), fromAddr: f.E(c), toName: 'Kundservice', toAddr: role(f, o), subject, date: d, o, text }) });
      if (chance(0.5)) { const d2 = new Date(d.getTime() + 86400000); msgs.push({ from: s.email, date: d2, raw: mkMail(f, { fromName: f.N(s), fromAddr: f.E(s), toName: f.N(c), toAddr: f.E(c), subject: `SV: ${subject}`, date: d2, o, text: `Hej,\n\nTack för att du hörde av dig, vi har vidarebefordrat ärendet till trafikledningen.\n\n${signature(f, s, o)}\n\n${quote(text)}`, relay: false }) }); }
    }
    emit(f.path, mbox(msgs));
  }
}

// ================================================================ H. driving school bookings
async function drivingSchool() {
  const o = ORG.ts; const sys = 'trafikskola-bokning';
  const staff = makeStaff(o, 4);
  const teachers = staff;
  const students = learners.map((p) => ({ p, supervisor: chance(0.7) ? nextResident() : null, permit: `KT${digits(8)}` }));
  // H1 bookings CSV
  {
    const f = L(`${sys}/bokningar/bokningar_vt2024.csv`);
    const rows = [csvLine(['Bokning', 'Datum', 'Tid', 'Elev', 'Personnummer', 'Mobil', 'E-post', 'Lektion', 'Lärare', 'Bil', 'Betalt'])];
    for (let i = 0; i < 380; i++) {
      const s = pick(students); const t = pick(teachers); const d = at(int(0, 110), int(0, 600));
      rows.push(csvLine([`B${digits(7)}`, ymd(d), hm(d), f.N(s.p, pick(['full', 'full', 'rev'])), f.PN(s.p, pick(['d10', 'n10', 'd12'])), s.p.mob ? f.M(s.p, pick(['compact', 'dash', 'spaced'])) : '', chance(0.6) ? f.E(s.p) : '', pick(['Körlektion 40 min', 'Körlektion 80 min', 'Halkbana', 'Riskettan', 'Testlektion']), f.N(t, pick(['full', 'initial'])), f.nm('reg-number', 'name', pick(['KRK 12A', 'EKB 441', 'TSK 09C'])), pick(['Ja', 'Ja', 'Nej', 'Faktura'])]));
    }
    emit(f.path, encodeText(`${rows.join('\n')}\n`, 'utf8', true));
  }
  // H2 students JSON
  {
    const f = L(`${sys}/elever/elever.json`);
    const list = students.slice(0, 140).map((s) => ({ elevId: `E${digits(6)}`, namn: f.N(s.p), personnummer: f.PN(s.p, pick(['n12', 'd12', 'd10'])), mobil: s.p.mob ? f.M(s.p, pick(['e164', 'dash'])) : null, epost: f.E(s.p), adress: { gata: f.ADDR(s.p), postnr: s.p.addr.postal, ort: s.p.addr.city },
      korkortstillstand: { nummer: f.nm('permit-number', 'phone', s.permit), giltigtTom: ymd(at(int(500, 1500))), syntest: pick(['godkänd', 'ej inlämnad']) },
      handledare: s.supervisor ? { namn: f.N(s.supervisor), personnummer: f.PN(s.supervisor, 'd12'), telefon: f.PH(s.supervisor), godkand: ymd(at(-int(10, 300))) } : null,
      larare: f.N(pick(teachers)), lektioner: int(0, 30), saldo: `${int(-4000, 3000)} kr` }));
    emit(f.path, `${JSON.stringify({ skola: o.name, orgnr: f.nm('organisationsnummer', 'personnummer', o.orgnr), elever: list }, null, 2)}\n`);
  }
  // H3-H6 e-mails
  const mails = ['avbokning_sjuk.eml', 'handledarutbildning.eml', 'teoriprov_fraga_english.eml', 'faktura_fraga_forälder.eml'];
  for (const name of mails) {
    const f = L(`${sys}/mail/${name}`);
    const s = pick(students); const t = pick(teachers); const d = at(int(20, 110), int(0, 600));
    let sender = s.p; let text; let subject;
    if (name.startsWith('avbok')) { subject = 'Avbokning'; text = `Hej!\nJag är sjuk och måste avboka lektionen imorgon kl 15 med ${f.N(t)}.\n${f.N(s.p)}\n${f.PN(s.p, 'd10')}\n${f.M(s.p)}`; }
    else if (name.startsWith('handled')) { sender = s.supervisor ?? nextResident(); subject = 'Introduktionsutbildning handledare'; text = `Hej,\nJag vill anmäla mig och ${(() => { const x = nextResident(); return f.N(x); })()} till introduktionsutbildningen för handledare. Vi ska övningsköra med ${f.N(s.p)}.\nMitt personnummer: ${f.PN(sender)}\nTelefon: ${f.PH(sender)}\n\n${f.N(sender)}`; }
    else if (name.startsWith('teori')) { subject = 'Theory test in English?'; text = `Hi,\nCan I take the theory test in English or Arabic? I have a samordningsnummer: ${f.PN(s.p)}.\nThanks, ${f.N(s.p)}\n${f.M(s.p, 'intl')}`; }
    else { sender = s.supervisor ?? nextResident(); subject = 'Faktura för min son'; text = `Hej,\nJag betalar lektionerna för ${f.N(s.p)}. Skicka fakturan till mig: ${f.N(sender)}, ${freshAddr(f)}.\nOCR på förra fakturan var ${f.nm('ocr-number', 'personnummer', gen.ocr(10))}.\n/${sender.given}`; }
    emit(f.path, mkMail(f, { fromName: f.N(sender), fromAddr: f.E(sender), toName: 'Ekbackens Trafikskola', toAddr: role(f, o, 'bokning'), subject, date: d, o, text, xip: chance(0.4) ? freshIp() : null }));
  }
  // H7-H9 receipts
  for (let i = 0; i < 3; i++) {
    const s = pick(students); const payer = s.supervisor ?? s.p;
    const f = L(`${sys}/kvitton/kvitto_B${digits(7)}.pdf`, 'cp1252');
    emit(f.path, await letterPdf(f, o, payer, { heading: 'Kvitto', ref: `B${digits(7)}`, showPnr: false, body: [`Elev: ${f.N(s.p, 'full')}`, `Lärare: ${f.N(pick(teachers), 'full')}`, `Betalt med Swish från ${payer.mob ? f.M(payer, 'dash') : 'kort'}`],
      invoice: [['Körlektion 80 min x 2', '1 780,00 kr'], ['Riskettan', '1 200,00 kr']] }));
  }
  // H10 booking API log
  {
    const f = L(`${sys}/loggar/bokning_api.log`);
    const out = [];
    for (let i = 0; i < 900; i++) {
      const s = pick(students); const d = at(int(60, 110), int(0, 900)); const ip = (s.apiIp ??= freshIp());
      const lvl = pick(['INFO', 'INFO', 'INFO', 'WARN', 'DEBUG']);
      const msg = lvl === 'DEBUG' ? `payload={"elev":"${f.N(s.p)}","pnr":"${f.PN(s.p, 'n12')}","mobil":"${s.p.mob ? f.M(s.p, 'e164') : ''}"}`
        : lvl === 'WARN' ? `sms delivery failed to=${s.p.mob ? f.M(s.p, 'msisdn') : '-'} provider=${f.nm('infrastructure-ip', 'ip', '203.0.113.11')} code=${pick([30003, 30005, 21610])}`
          : `booking ${pick(['created', 'cancelled', 'moved'])} id=B${digits(7)} lesson=${pick(['K40', 'K80', 'HALK'])} teacher=${pick(teachers).id}`;
      out.push([d, `${isoLocal(d)} ${lvl.padEnd(5)} api[${int(1000, 9999)}] client=${f.IP(ip.v, ip.st)} req=${hex(8)} ${msg}`]);
    }
    emit(f.path, `${sortByTime(out).join('\n')}\n`);
  }
  // H11-H12 student cards
  for (let i = 0; i < 2; i++) {
    const s = students[i * 7]; const t = pick(teachers);
    const f = L(`${sys}/elevkort/elevkort_${digits(6)}.docx`);
    emit(f.path, await docx([[{ t: 'Elevkort', b: true }], [{ t: 'Elev: ', b: true }, { t: f.N(s.p) }], [{ t: 'Personnummer: ', b: true }, { t: f.PN(s.p) }], [{ t: 'Körkortstillstånd: ', b: true }, { t: f.nm('permit-number', 'phone', s.permit) }],
      s.supervisor ? [{ t: 'Handledare: ', b: true }, { t: f.N(s.supervisor) }, { t: `, ${f.PH(s.supervisor)}` }] : 'Handledare: saknas',
      `Lektion 1 (${ymd(at(20))}): ${f.N(t, 'initial')} - grundläggande manövrering. Eleven är nervös men lyhörd.`, `Lektion 2 (${ymd(at(27))}): stadstrafik, rondeller.`, `Lektion 3 (${ymd(at(34))}): landsväg. Syntest ej inlämnat, påminnelse till ${f.E(s.p)}.`], f.N(t), 'Elevkort'));
  }
}

// ================================================================ self-check (independent decoding)
const cap = (s) => s.toLowerCase();
function decodeCharset(buf, cs) {
  const c = (cs || 'utf-8').toLowerCase().replace(/["']/g, '');
  if (c === 'utf-8' || c === 'utf8' || c === 'us-ascii') return buf.toString('utf8');
  if (c === 'iso-8859-1' || c === 'latin1') return iconv.decode(buf, 'iso88591');
  if (c === 'windows-1252' || c === 'cp1252') return iconv.decode(buf, 'windows1252');
  throw new Error(`unknown charset ${cs}`);
}
function sniffText(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { return iconv.decode(buf, 'windows1252'); }
}
const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é' };
const decodeEntities = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENT[e] ?? m));
async function zipText(buf) {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml')).sort();
  const out = [];
  for (const n of names) {
    const xml = await zip.files[n].async('string');
    out.push(decodeEntities(xml.replace(/<\/(w:p|si|c|row|dc:[a-zA-Z]+|cp:[a-zA-Z]+|dcterms:[a-zA-Z]+)>/g, '\n').replace(/<[^>]+>/g, '')));
  }
  return out.join('\n');
}
let PDFParse;
async function pdfText(buf) {
  PDFParse ??= require('pdf-parse').PDFParse;
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try { return (await parser.getText()).text; } finally { await parser.destroy?.(); }
}
function qpDecode(s) { const bytes = []; const t = s.replace(/=\r?\n/g, ''); for (let i = 0; i < t.length; i++) { if (t[i] === '=' && /^[0-9A-F]{2}$/i.test(t.slice(i + 1, i + 3))) { bytes.push(parseInt(t.slice(i + 1, i + 3), 16)); i += 2; } else bytes.push(t.charCodeAt(i) & 0xff); } return Buffer.from(bytes); }
function decodeWords(h) {
  return h.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (m, cs, mode, data) => decodeCharset(mode.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpDecode(data.replace(/_/g, ' ')), cs));
}
async function mimeText(buf) {
  const s = buf.toString('latin1');
  const m = /\r?\n\r?\n/.exec(s);
  const headBytes = Buffer.from(m ? s.slice(0, m.index) : s, 'latin1');
  let head; try { head = new TextDecoder('utf-8', { fatal: true }).decode(headBytes); } catch { head = headBytes.toString('latin1'); }
  const body = m ? s.slice(m.index + m[0].length) : '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const hdr = {};
  for (const line of unfolded.split(/\r?\n/)) { const i = line.indexOf(':'); if (i > 0) hdr[line.slice(0, i).toLowerCase()] ??= line.slice(i + 1).trim(); }
  const out = [decodeWords(unfolded)];
  const ct = hdr['content-type'] ?? 'text/plain';
  if (/^multipart\//i.test(ct)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(ct)[1];
    const lines = body.split(/\r?\n/); let cur = null; const parts = [];
    for (const line of lines) {
      if (line === `--${boundary}` || line === `--${boundary}--`) { if (cur) parts.push(cur.join('\r\n')); cur = line.endsWith('--') && line !== `--${boundary}` ? null : []; continue; }
      if (cur) cur.push(line);
    }
    for (const p of parts) out.push(await mimeText(Buffer.from(p, 'latin1')));
    return out.join('\n');
  }
  const cte = (hdr['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const raw = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : cte === 'quoted-printable' ? qpDecode(body) : Buffer.from(body, 'latin1');
  if (/^application\/pdf/i.test(ct)) out.push(await pdfText(raw));
  else if (/officedocument/i.test(ct)) out.push(await zipText(raw));
  else { const cs = /charset="?([^";]+)"?/i.exec(ct)?.[1]; out.push(decodeCharset(raw, cs ?? 'utf-8')); }
  return out.join('\n');
}
async function decodeFile(path, buf) {
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
  if (ext === '.xlsx' || ext === '.docx') return zipText(buf);
  if (ext === '.pdf') return pdfText(buf);
  if (ext === '.eml') return mimeText(buf);
  if (ext === '.mbox') {
    const s = buf.toString('latin1'); const msgs = s.split(/\n(?=From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n)/);
    const out = [];
    for (const m of msgs) { const nl = m.indexOf('\n'); out.push(m.slice(0, nl)); out.push(await mimeText(Buffer.from(m.slice(nl + 1).replace(/^>(>*From )/gm, '$1'), 'latin1'))); }
    return out.join('\n');
  }
  let text = sniffText(buf);
  if (ext === '.xml') { const enc = /encoding="([^"]+)"/.exec(text)?.[1]; if (enc && !/utf-?8/i.test(enc)) text = decodeCharset(buf, enc); text = decodeEntities(text); }
  if (ext === '.html') { const cs = /<meta charset="([^"]+)"/i.exec(text)?.[1]; if (cs && !/utf-?8/i.test(cs)) text = decodeCharset(buf, cs); text = decodeEntities(text); }
  if (ext === '.json' || ext === '.ndjson') {
    for (const line of ext === '.json' ? [text] : text.split('\n').filter(Boolean)) JSON.parse(line);
    text = text.replace(/\\u([0-9a-fA-F]{4})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  }
  return text;
}
const looseKey = (v) => v.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IPV4_RE = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/g;
const PNR_RE = /(?<!\d)(\d{6}|\d{8})([-+ ]?)(\d{4})(?!\d)/g;

async function selfCheck(fileList, truthList, nearList, persons) {
  const today = new Date(2024, 5, 30);
  const problems = [];
  const byFile = new Map(fileList.map((f) => [f, { truth: [], near: [] }]));
  for (const t of truthList) { if (!byFile.has(t.file)) problems.push(`truth for unknown file ${t.file}`); else byFile.get(t.file).truth.push(t); }
  for (const n of nearList) { if (!byFile.has(n.file)) problems.push(`near-miss for unknown file ${n.file}`); else byFile.get(n.file).near.push(n); }
  for (const t of truthList) if (t.category === 'personnummer' && !isValidPnr(t.value)) problems.push(`${t.file}: labelled personnummer is not valid: ${t.value}`);
  for (const n of nearList) if (n.category === 'personnummer' && isValidPnr(n.value)) problems.push(`${n.file}: near-miss is a valid personnummer: ${n.value}`);
  const phoneSigs = new Map(); // significant digits -> description
  for (const p of persons) {
    if (p.mob) phoneSigs.set(p.mob.slice(1), p.display);
    if (p.land) phoneSigs.set(p.land.area.slice(1) + p.land.sub, p.display);
    if (p.foreign) phoneSigs.set(p.foreign.nat, p.display);
  }
  const sigLens = [...new Set([...phoneSigs.keys()].map((k) => k.length))];
  const families = new Map();
  for (const p of persons) for (const fam of new Set([p.family, fold(p.family)])) if (fam.length >= 4) families.set(cap(fam), p.display);
  for (const file of fileList) {
    const { truth: tl, near: nl } = byFile.get(file);
    let text;
    try { text = await decodeFile(file, files.get(file)); } catch (e) { problems.push(`${file}: cannot decode: ${e.message}`); continue; }
    const flat = text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ');
    for (const l of [...tl, ...nl]) if (!flat.includes(l.value.normalize('NFC').replace(/[\s\u00a0]+/g, ' '))) problems.push(`${file}: labelled ${l.category} not found verbatim: ${l.value}`);
    const norm = (cat) => new Set(tl.filter((t) => t.category === cat).map((t) => normalize(cat, t.value, today)));
    const nearNorm = (cat) => new Set(nl.map((n) => normalize(cat, n.value, today)));
    const te = norm('email'); const ne = nearNorm('email');
    for (const m of flat.matchAll(EMAIL_RE)) { const v = normalize('email', m[0]); if (!te.has(v) && !ne.has(v)) problems.push(`${file}: unlabelled e-mail ${m[0]}`); }
    const ti = norm('ip'); const ni = nearNorm('ip');
    for (const m of flat.matchAll(IPV4_RE)) { if ([m[1], m[2], m[3], m[4]].some((x) => Number(x) > 255)) continue; const v = normalize('ip', m[0]); if (!ti.has(v) && !ni.has(v)) problems.push(`${file}: unlabelled IPv4 ${m[0]}`); }
    const tp = norm('personnummer');
    for (const m of flat.matchAll(PNR_RE)) { if (!isValidPnr(m[0])) continue; if (!tp.has(normalize('personnummer', m[0], today))) problems.push(`${file}: unlabelled valid personnummer ${m[0]}`); }
    // surnames of known people need a name label (or a near-miss) that contains them
    const noMail = flat.replace(EMAIL_RE, ' ');
    const tokens = new Set(cap(noMail).split(/[^\p{L}]+/u));
    const labels = [...tl.filter((t) => t.category === 'name'), ...nl].map((l) => cap(l.value));
    for (const [fam, who] of families) {
      if (!fam.split(/[^\p{L}]+/u).filter(Boolean).every((t) => tokens.has(t))) continue;
      const re = new RegExp(`(?<!\\p{L})${fam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu');
      if (!re.test(noMail)) continue;
      if (!labels.some((l) => l.includes(fam) || fold(l).includes(fold(fam)))) problems.push(`${file}: surname "${fam}" (${who}) appears without a name label`);
    }
    // phone numbers of known people need a phone label
    const digitRuns = text.replace(/[\s\-()./+]/g, '').split(/\D+/).filter((r) => r.length >= Math.min(...sigLens));
    const windows = new Set();
    for (const run of digitRuns) for (const L2 of sigLens) for (let i = 0; i + L2 <= run.length; i++) windows.add(run.slice(i, i + L2));
    const tph = [...norm('phone')]; const nph = nl.map((n) => n.value.replace(/\D/g, ''));
    for (const [sig, who] of phoneSigs) {
      if (!windows.has(sig)) continue;
      if (!tph.some((v) => v.endsWith(sig)) && !nph.some((v) => v.includes(sig))) problems.push(`${file}: phone of ${who} (${sig}) appears without a phone label`);
    }
  }
  return problems;
}

// ================================================================ main
async function main() {
  await telecom();
  await energy();
  await waterWaste();
  await housing();
  await parking();
  await library();
  await transport();
  await drivingSchool();
  const outDir = resolve(args.out);
  const fileList = [...files.keys()].sort();
  for (const p of fileList) { const full = join(outDir, ...p.split('/')); mkdirSync(dirname(full), { recursive: true }); writeFileSync(full, files.get(p)); }
  const seen = new Set();
  const dedupe = (list) => list.filter((x) => { const k = JSON.stringify([x.file, x.category, x.kind ?? '', x.value]); if (seen.has(k)) return false; seen.add(k); return true; });
  const truthOut = dedupe(truth); const nearOut = dedupe(nearMiss);
  const truthPath = resolve(args['truth-out']);
  mkdirSync(dirname(truthPath), { recursive: true });
  writeFileSync(truthPath, `${JSON.stringify({ seed: SEED, today: TODAY, set: 'sixth', files: fileList.length, fileList, truth: truthOut, nearMiss: nearOut }, null, 1)}\n`);
  const bytes = [...files.values()].reduce((s, b) => s + b.length, 0);
  const counts = {}; for (const t of truthOut) counts[t.category] = (counts[t.category] ?? 0) + 1;
  process.stderr.write(`sixth: ${fileList.length} files, ${bytes} bytes; truth ${truthOut.length} (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}); near-miss ${nearOut.length}\n`);
  if (args['no-check']) return;
  const problems = await selfCheck(fileList, truthOut, nearOut, ALL_PERSONS);
  if (problems.length) {
    process.stderr.write(`sixth: self-check FAILED (${problems.length} problems)\n${problems.slice(0, 80).join('\n')}\n`);
    process.exit(1);
  }
  process.stderr.write('sixth: self-check passed\n');
}
main().catch((e) => { process.stderr.write(`sixth: ${e.stack ?? e}\n`); process.exit(1); });
