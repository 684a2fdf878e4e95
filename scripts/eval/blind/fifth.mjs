#!/usr/bin/env node
// Blind evaluation corpus, set "fifth": exports of the systems a Swedish customer-service team runs.
//
// WRITTEN BLIND: the helper that wrote this file read only the runner (scripts/eval/blind.mjs), the scorer
// (scripts/eval/score.mjs, scripts/eval/lib/match.mjs, scripts/eval/lib/normalize.mjs) and package.json. It never
// read gdpr-scan's detectors, rules, tests, fixtures or docs, and never ran the tool on this corpus.
//
//   node scripts/eval/blind/fifth.mjs --out DIR --truth-out FILE
//
// THEME. The (invented) operator Fjällnet AB sells broadband, mobile and TV. Its customer service runs:
//   zendesk/      ticket pages (JSON with sideloaded users, HTML bodies with entities, via/channel metadata,
//                 custom_fields [{id,value}]), users, organisations, audit log (agent viewed customer), agent
//                 search log, macros
//   freshdesk/    ticket CSV (UTF-8 and a Windows-1252 semicolon Excel re-save), contacts, conversations
//   lime-crm/     person export with Swedish headers (Förnamn;Efternamn;Pnr/Samnr;Telefon (mobil);E-post adress)
//   salesforce/   contacts and cases with English headers ("Contact Name","Mobile Phone","Social Security No.")
//   topdesk/      incident CSV and XML; jira-sm/ RSS-XML and CSV with repeated Comment columns
//   servicenow/   incident + sys_user JSON (sys_ids, display values), sys_audit CSV
//   telefoni/     contact-centre CDRs (E.164 with and without +), IVR logs, speech-to-text transcripts (lower case,
//                 digits spoken in groups), voicemail-to-text e-mails
//   teams/ slack/ channel exports (JSON); webchat/ widget NDJSON (visitor IPv4/IPv6, user agents); sms/ gateway logs
//   enkat/        NPS/CSAT survey CSV with free text; formular/ web-form submissions as HTML e-mails
//   mail/         ticket notifications (.eml, quoted replies, signatures) and .mbox archives
//   rapporter/    ticket print-outs (.pdf), escalation reports (.docx), weekly agent statistics (.xlsx)
//
// LABELLING CONVENTIONS (truth.json: { seed, files, truth:[{file,category,value,subtype}], nearMiss:[{file,
// category,value,kind}], fileList }):
// - value is the string as written in the file. Where the file encodes it (HTML entities, JSON \u escapes, MIME
//   quoted-printable/base64, RFC 2047 headers, Windows-1252/UTF-16 charsets, XML inside .docx/.xlsx, PDF text
//   strings) the decoded text is labelled; the self-check verifies it against the decoded view.
// - personnummer: 10/12 digits, with or without -/+/space, and spoken groups "850312 23 87"; samordningsnummer
//   (day + 60) get subtype samordningsnummer/<format>. Births 1924–2006 only, so the 10-digit century is unambiguous.
// - phone: every written form of a person's number (national, E.164 with/without +, 0046, "(0)"); foreign mobiles too.
//   Company switchboard / 0771 numbers, agent extensions, order/ticket numbers are nearMiss, not truth.
// - email: a named person's address (customers and agents, incl. display-name forms) is truth. Role mailboxes
//   (kundtjanst@, support@, noreply@, voicemail@, ...) and Message-IDs are nearMiss, never truth.
// - ip: public IPv4/IPv6 and documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32) are truth:
//   they stand for customers' and agents' public addresses. PRIVATE addresses (10/8, 172.16/12, 192.168/16, loopback)
//   are NOT labelled: in these exports they are office workstations and load balancers, not a person's connection;
//   they are listed as nearMiss kind private-ip. Four-part version strings are nearMiss kind version.
// - name: every natural person's name (customers, relatives, agents) as written in that file: "Anna Svensson",
//   "Svensson, Anna", "ANNA SVENSSON", "anna svensson" (transcripts), names as .xlsx column headers and in document
//   metadata. Where a record has First/Last fields the joined "First Last" is labelled only when it is written
//   verbatim (a Name/Full name column, a signature); lime-crm/personer_export.csv has only Förnamn;Efternamn, so
//   there each field is labelled as written (subtypes first-name-field, last-name-field). Lone first names in
//   greetings ("Hej Anna,", "du pratar med erik") are neither labelled nor near-misses. Name-like words (per, bo,
//   max), products ("Telia Max"), person-named companies/streets are nearMiss.
// - Agents' lone first names (Slack display_name, "du pratar med erik", "/Erik" sign-offs) are not labelled; login
//   names ("erik.holm" in ServiceNow/Slack) are nearMiss kind username. A public office egress address of the agents
//   (subtype office-egress) is truth like any other public IP.
// - Genitive forms are avoided (no "Anna Svenssons"), so every name label is a whole-word string in the file.
// - Deterministic: seeded sfc32 per section, fixed dates (March 2025, CET), no clock reads, fixed zip dates.
// - truth.json carries no "today": the scorer normalises 10-digit numbers against the real date; births 1924–2006
//   (the one 1924 birth is written with "+" or 12 digits) make that unambiguous until 2106.
// - Self-check: every written file is re-read and decoded; exit 1 if a label is missing from its file or an e-mail,
//   IPv4 or checksum-valid personnummer appears there with neither a label nor a near-miss entry.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalize } from '../lib/normalize.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(join(repo, 'package.json'));
const JSZip = require('jszip');
const PDFDocument = require('pdfkit');
const iconv = require('iconv-lite');

const { values: args } = parseArgs({ options: { out: { type: 'string' }, 'truth-out': { type: 'string' } } });
if (!args.out || !args['truth-out']) {
  process.stderr.write('usage: fifth.mjs --out DIR --truth-out FILE\n');
  process.exit(2);
}
const OUT = resolve(args.out);
const SEED = 'gdpr-scan blind fifth v1';
const TODAY = new Date(Date.UTC(2025, 5, 15)); // only for the self-check's own comparisons

// ---------------------------------------------------------------- PRNG
function rng(label) {
  const h = createHash('sha256').update(`${SEED}/${label}`).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    hex: (n) => {
      for (;;) { // never an accidental checksum-valid personnummer inside an id
        let s = '';
        for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
        if (n < 10 || ![...s.matchAll(/(?<!\d)(\d{6}|\d{8})(\d{4})(?!\d)/g)].some((m) => looksLikePnr(m[1] + m[2]))) return s;
      }
    },
    shuffle: (arr) => { const x = [...arr]; for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; },
    sample: (arr, k) => r.shuffle(arr).slice(0, k),
    wpick: (pairs) => { const tot = pairs.reduce((s, p) => s + p[0], 0); let x = next() * tot; for (const [w, v] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][1]; },
  };
  r.uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  return r;
}

// ---------------------------------------------------------------- dates (UTC arithmetic, CET = UTC+1 in March)
const T0 = Date.UTC(2025, 2, 3); // Monday 3 March 2025, week 10
const DAY = 86400000;
const p2 = (n) => String(n).padStart(2, '0');
const at = (day, h, m = 0, s = 0) => T0 + day * DAY + ((h * 60 + m) * 60 + s) * 1000;
const ymd = (ms) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`; };
const hms = (ms) => { const d = new Date(ms); return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; };
const isoZ = (ms) => `${ymd(ms)}T${hms(ms)}Z`;
const isoMs = (ms) => `${ymd(ms)}T${hms(ms)}.${String(ms % 1000).padStart(3, '0')}Z`;
const loc = (ms) => `${ymd(ms + 3600000)} ${hms(ms + 3600000)}`;
const locShort = (ms) => loc(ms).slice(0, 16);
const isoOff = (ms) => `${ymd(ms + 3600000)}T${hms(ms + 3600000)}+01:00`;
const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SVMON = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const rfc2822 = (ms) => { const l = ms + 3600000; const d = new Date(l); return `${WD[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(l)} +0100`; };
const svLong = (ms) => { const d = new Date(ms + 3600000); return `${d.getUTCDate()} ${SVMON[d.getUTCMonth()]} ${d.getUTCFullYear()} kl. ${hms(ms + 3600000).slice(0, 5)}`; };
const jiraDate = (ms) => { const d = new Date(ms + 3600000); const h = d.getUTCHours(); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${String(d.getUTCFullYear()).slice(2)} ${h % 12 || 12}:${p2(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`; };
const dur = (s) => `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;
const mboxDate = (ms) => { const l = ms + 3600000; const d = new Date(l); return `${WD[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(l)} ${d.getUTCFullYear()}`; };
const FIXED_DATE = new Date(Date.UTC(2025, 2, 31, 10, 0, 0));

// ---------------------------------------------------------------- checksums and "looks like" guards
function luhnDigit(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let v = Number(s[s.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === Number(s.slice(-1));
const DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 10 or 12 digits that a personnummer checker would accept (valid month, day or day+60, Luhn). */
function looksLikePnr(digits) {
  if (digits.length !== 10 && digits.length !== 12) return false;
  const t = digits.slice(-10);
  const m = Number(t.slice(2, 4));
  let d = Number(t.slice(4, 6));
  if (d > 60) d -= 60;
  if (m < 1 || m > 12 || d < 1 || d > DIM[m - 1]) return false;
  if (digits.length === 12 && !/^(18|19|20)/.test(digits)) return false;
  return luhnOk(t);
}

// ---------------------------------------------------------------- pools (combinations are invented)
const FEMALE = ['Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Kerstin', 'Ingrid', 'Malin', 'Jenny',
  'Hanna', 'Linnéa', 'Elin', 'Ida', 'Johanna', 'Sofia', 'Birgitta', 'Ulla', 'Camilla', 'Helena', 'Annika', 'Åsa', 'Maja',
  'Ebba', 'Alva', 'Agnes', 'Wilma', 'Frida', 'Matilda', 'Therese', 'Susanne', 'Gunilla', 'Margareta', 'Louise', 'Petra',
  'Cecilia', 'Ylva', 'Anna-Karin', 'Ann-Sofie', 'Märta', 'Signe', 'Tove', 'Ronja', 'Stina', 'Lovisa', 'Amira', 'Fatima',
  'Leyla', 'Zeynep', 'Aino', 'Dragana', 'Ewa', 'Siv', 'Gun', 'Inger', 'Mona', 'Pia', 'Rut'];
const MALE = ['Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Jan', 'Thomas', 'Daniel', 'Fredrik', 'Hans',
  'Bengt', 'Mats', 'Magnus', 'Stefan', 'Björn', 'Ulf', 'Oskar', 'Gustav', 'Axel', 'Viktor', 'Jonas', 'Henrik', 'Kent', 'Göran',
  'Sven', 'Nils', 'Olof', 'Linus', 'Hugo', 'Elias', 'Emil', 'Filip', 'Isak', 'Karl-Johan', 'Per-Olof', 'Jan-Erik', 'Bo',
  'Åke', 'Örjan', 'Ali', 'Mohammed', 'Ahmed', 'Omar', 'Hassan', 'Dragan', 'Mehmet', 'Juha', 'Pekka', 'Tomasz', 'Arvid',
  'Sixten', 'Ture', 'Max', 'Leo', 'Sten', 'Rune', 'Kjell'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson',
  'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren',
  'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström',
  'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson',
  'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist',
  'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström',
  'Nordin', 'Ström', 'Åberg', 'Hermansson', 'Ekström', 'Holmgren', 'Sundberg', 'Hedlund', 'Dahlberg', 'Hellström', 'Sjögren',
  'Abrahamsson', 'Falk', 'Öberg', 'Blom', 'Ek', 'Yilmaz', 'Nguyen', 'Kowalski', 'Virtanen', 'Korhonen', 'Petrović',
  'Hosseini', 'Rahimi', 'Öztürk', 'García', 'Haddad', 'Fjällström', 'Tallqvist', 'Grankvist', 'Myrberg', 'Hägglöf',
  'Stjernkvist', 'Rosenlund', 'Wennerholm', 'Kvist', 'Sundqvist', 'Ljungberg', 'Norén', 'Strand', 'Hedberg'];
const PARTICLE_LAST = ['von Essen', 'af Ekenstam', 'de Geer', 'von Platen'];
const CITIES = [['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75'], ['Västerås', '72'],
  ['Örebro', '70'], ['Linköping', '58'], ['Helsingborg', '25'], ['Norrköping', '60'], ['Jönköping', '55'], ['Umeå', '90'],
  ['Luleå', '97'], ['Sundsvall', '85'], ['Gävle', '80'], ['Östersund', '83'], ['Kiruna', '98'], ['Växjö', '35'],
  ['Karlstad', '65'], ['Falun', '79'], ['Visby', '62']];
const STREETS = ['Storgatan', 'Kyrkogatan', 'Drottninggatan', 'Skolgatan', 'Ringvägen', 'Björkvägen', 'Tallstigen',
  'Åsgatan', 'Parkvägen', 'Industrigatan', 'Sjövägen', 'Hamngatan', 'Järnvägsgatan', 'Ekbacken', 'Solrosvägen', 'Granvägen'];
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example.com', 'post.example.net', 'example.se',
  'kund.example.org', 'hem.example.net'];
const CO = { name: 'Fjällnet AB', domain: 'fjallnet.example.com', orgnr: '556812-4407', switchboard: '0771-40 50 60',
  switchE164: '+46771405060', bankgiro: '5318-2294', plusgiro: '48 12 77-3' };
const ROLE_MAILBOXES = [`kundtjanst@${CO.domain}`, `support@${CO.domain}`, `noreply@${CO.domain}`, `faktura@${CO.domain}`,
  `voicemail@${CO.domain}`, `formular@${CO.domain}`, `eskalering@${CO.domain}`, `no-reply@fjallnet.zendesk.example.com`];
const PRODUCTS = ['Fjällnet Bredband 250', 'Fjällnet Bredband 1000', 'Fjällnet Mobil Bas', 'Fjällnet Mobil Obegränsad',
  'Fjällnet TV Start', 'Fjällnet TV Max', 'Telia Max', 'Comviq Fastpris', 'Tele2 Frihet', 'Bahnhof 100/100'];
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.129 Safari/537.36 Edg/122.0.2365.92',
];

const translit = (s) => s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[éè]/g, 'e').replace(/ü/g, 'u')
  .replace(/ć/g, 'c').replace(/í/g, 'i').replace(/[^a-z0-9-]/g, '');

// ---------------------------------------------------------------- identifiers
const usedPnr = new Set();
function makePnr(r, { samnr = false, minYear = 1938, maxYear = 2006, year } = {}) {
  for (;;) {
    const y = year ?? r.int(minYear, maxYear);
    const m = r.int(1, 12);
    const d = r.int(1, m === 2 ? 28 : DIM[m - 1]);
    const serial = r.digits(3);
    const nine = `${String(y).slice(2)}${p2(m)}${p2(samnr ? d + 60 : d)}${serial}`;
    const ten = nine + luhnDigit(nine);
    const full = `${String(y).slice(0, 2)}${ten}`;
    if (usedPnr.has(full)) continue;
    usedPnr.add(full);
    return full;
  }
}
/** Writes a 12-digit personnummer in a style; returns [text, style]. */
function fmtPnr(p12, style) {
  const ten = p12.slice(2);
  const old = Number(p12.slice(0, 4)) <= 1925;
  switch (style) {
    case '12': return p12;
    case '12-dash': return `${p12.slice(0, 8)}-${p12.slice(8)}`;
    case '10': return old ? `${ten.slice(0, 6)}+${ten.slice(6)}` : ten;
    case '10-space': return old ? `${ten.slice(0, 6)}+${ten.slice(6)}` : `${ten.slice(0, 6)} ${ten.slice(6)}`;
    case 'spoken': return `${old ? p12.slice(0, 8) : ten.slice(0, 6)} ${ten.slice(6, 8)} ${ten.slice(8)}`;
    default: return `${ten.slice(0, 6)}${old ? '+' : '-'}${ten.slice(6)}`;
  }
}
const PNR_STYLES = [[5, '10-dash'], [4, '12-dash'], [2, '12'], [1, '10'], [1, '10-space']];

const usedPhones = new Set();
const LANDLINE = [['08', 8], ['08', 7], ['031', 7], ['040', 6], ['018', 6], ['013', 6], ['090', 6], ['054', 6], ['060', 6], ['0920', 5], ['063', 6]];
function makePhone(r, kind = 'mobile') {
  for (;;) {
    let area, sub;
    if (kind === 'mobile') { area = r.pick(['070', '072', '073', '076', '079']); sub = String(r.int(2, 9)) + r.digits(6); }
    else { const [a, n] = r.pick(LANDLINE); area = a; sub = String(r.int(2, 8)) + r.digits(n - 1); }
    const nat = area + sub;
    if (usedPhones.has(nat) || looksLikePnr(nat) || looksLikePnr(nat.slice(1))) continue;
    usedPhones.add(nat);
    return { area, sub, nat };
  }
}
function groupSub(sub) {
  if (sub.length === 7) return `${sub.slice(0, 3)} ${sub.slice(3, 5)} ${sub.slice(5)}`;
  if (sub.length === 8) return `${sub.slice(0, 3)} ${sub.slice(3, 6)} ${sub.slice(6)}`;
  if (sub.length === 6) return `${sub.slice(0, 2)} ${sub.slice(2, 4)} ${sub.slice(4)}`;
  return `${sub.slice(0, 3)} ${sub.slice(3)}`;
}
function fmtPhone(ph, style) {
  const a1 = ph.area.slice(1);
  switch (style) {
    case 'plain': return ph.nat;
    case 'e164': return `+46${a1}${ph.sub}`;
    case 'e164-space': return `+46 ${a1} ${groupSub(ph.sub)}`;
    case 'e164-noplus': return `46${a1}${ph.sub}`;
    case 'intl00': return `0046 ${a1} ${groupSub(ph.sub)}`;
    case 'paren0': return `+46 (0)${a1}-${groupSub(ph.sub)}`;
    case 'spaced': return `${ph.area} ${groupSub(ph.sub)}`;
    case 'dash': return `${ph.area}-${ph.sub}`;
    default: return `${ph.area}-${groupSub(ph.sub)}`;
  }
}
const PHONE_STYLES = [[6, 'national'], [2, 'plain'], [2, 'e164-space'], [2, 'e164'], [1, 'dash'], [1, 'spaced'], [1, 'intl00'], [1, 'paren0']];
function foreignPhone(r) {
  const d = r.digits(8);
  return r.pick([() => `+47 9${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 7)}`, () => `+358 40 ${d.slice(0, 7)}`,
    () => `+45 2${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)}`, () => `+49 151 ${d}`])();
}

const usedIps = new Set();
const PUBLIC_A = [31, 37, 46, 62, 78, 79, 81, 82, 83, 85, 88, 90, 94, 95, 109, 130, 141, 151, 155, 158, 176, 178, 185, 188, 193, 194, 212, 213, 217];
function publicV4(r) {
  for (;;) {
    const ip = r.chance(0.25) ? `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`
      : `${r.pick(PUBLIC_A)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    if (!usedIps.has(ip)) { usedIps.add(ip); return ip; }
  }
}
const privateV4 = (r) => r.pick([() => `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 254)}`, () => `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
  () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`])();
const g16 = (r) => r.int(1, 0xffff).toString(16);
function publicV6(r) {
  const pre = r.pick(['2001:db8', '2001:db8', '2a02:aa1', '2001:9b1', '2a00:801', '2a01:2b0']);
  const v = r.int(0, 3);
  if (v === 0) return `${pre}:${g16(r)}:${g16(r)}::${g16(r)}`;
  if (v === 1) return `${pre}:${g16(r)}:${g16(r)}:${g16(r)}:${g16(r)}:${g16(r)}:${g16(r)}`;
  if (v === 2) return `${pre}::${g16(r)}:${g16(r)}`;
  return `${pre}:${g16(r)}::1`;
}
function orgnr(r) { const nine = `55${r.int(6, 9)}${r.digits(6)}`; const s = nine + luhnDigit(nine); return `${s.slice(0, 6)}-${s.slice(6)}`; }
function safeDigits(r, n) { for (;;) { const d = String(r.int(1, 9)) + r.digits(n - 1); if (!looksLikePnr(d)) return d; } }
function ocr(r) { for (;;) { const body = safeDigits(r, r.pick([9, 12, 14, 16])); const s = body + luhnDigit(body); if (!looksLikePnr(s)) return s; } }
const iban = (r) => { const d = `SE${r.int(10, 99)}${r.pick(['5000', '6000', '8000', '9500'])}${r.digits(16)}`; return d.replace(/(.{4})/g, '$1 ').trim(); };
const sysId = (r) => r.hex(32);

// ---------------------------------------------------------------- people
const cp1252Safe = (s) => iconv.decode(iconv.encode(s, 'win1252'), 'win1252') === s;
const usedEmails = new Set();
function makeEmail(r, first, last, by) {
  const f = translit(first.split(' ')[0]);
  const l = translit(last.replace(/ /g, ''));
  for (let k = 0; ; k++) {
    const local = r.wpick([[5, `${f}.${l}`], [2, `${f}${l}`], [2, `${f[0]}.${l}`], [1, `${f}_${l}`], [2, `${f}.${l}${r.int(1, 99)}`],
      [1, `${f}${String(by).slice(2)}`], [1, `${l}.${f}`]]) + (k > 3 ? String(k) : '');
    const e = `${local}@${r.pick(EMAIL_DOMAINS)}`;
    if (!usedEmails.has(e)) { usedEmails.add(e); return e; }
  }
}
function makePerson(r, i, opts = {}) {
  const sex = r.chance(0.5) ? 'f' : 'm';
  const pool = sex === 'f' ? FEMALE : MALE;
  const first = r.pick(pool);
  let middle = r.chance(0.1) ? r.pick(pool) : null;
  if (middle === first) middle = null;
  const last = r.chance(0.03) ? r.pick(PARTICLE_LAST) : r.pick(LAST);
  const samnr = opts.samnr ?? r.chance(0.08);
  const pnr = makePnr(r, opts.year ? { samnr, year: opts.year } : { samnr });
  const by = Number(pnr.slice(0, 4));
  const [city, zp] = r.pick(CITIES);
  const full = [first, middle, last].filter(Boolean).join(' ');
  return {
    i, id: `K-${100200 + i * 7}`, sex, first, middle, last, full, fl: `${first} ${last}`, rev: `${last}, ${first}`,
    pnr, samnr, by, mobile: makePhone(r, 'mobile'), landline: r.chance(0.25) ? makePhone(r, 'landline') : null,
    email: makeEmail(r, first, last, by), city, zip: `${zp}${r.int(1, 9)} ${r.digits(2)}`,
    street: `${r.pick(STREETS)} ${r.int(1, 88)}${r.chance(0.15) ? r.pick(['A', 'B', 'C']) : ''}`,
    latin: cp1252Safe(full + last), zid: 9000000000 + i * 1733,
  };
}
const PR = rng('people');
const PEOPLE = [];
for (let i = 0; i < 420; i++) PEOPLE.push(makePerson(PR, i, i === 7 ? { year: 1924, samnr: false } : {}));
const AGENTS = [];
{
  const used = new Set(PEOPLE.map((p) => p.fl));
  for (let i = 0; AGENTS.length < 22; i++) {
    const a = makePerson(PR, 1000 + i, { samnr: false });
    if (used.has(a.fl) || a.middle || !a.latin || a.last.includes(' ')) continue;
    used.add(a.fl);
    a.email = `${translit(a.first)}.${translit(a.last)}@${CO.domain}`;
    a.ext = `4${p2(AGENTS.length + 10)}${PR.int(0, 9)}`;
    a.login = `${translit(a.first)}.${translit(a.last)}`;
    a.zid = 361000000000 + i * 977;
    a.sys = PR.hex(32);
    a.slack = `U0${PR.hex(8).toUpperCase()}`;
    a.team = PR.pick(['Privat Bredband', 'Privat Mobil', 'Fakturering', 'Teknisk support', 'Företag']);
    AGENTS.push(a);
  }
}
const QUEUES = ['Q_Privat_Bredband', 'Q_Privat_Mobil', 'Q_Faktura', 'Q_Teknik_L2', 'Q_Foretag', 'Q_Flytt', 'Q_Uppsagning'];
const nameAs = (p, style) => ({ full: p.full, fl: p.fl, rev: p.rev, upper: p.full.toUpperCase(), lower: p.full.toLowerCase(),
  revUpper: `${p.last}, ${p.first}`.toUpperCase(), lastFirst: `${p.last} ${p.first}` }[style] ?? p.full);
const cust = (r, n, filter = () => true) => r.sample(PEOPLE.filter(filter), n);

// ---------------------------------------------------------------- truth bookkeeping
const truth = [];
const nearMiss = [];
const fileList = [];
const seen = new Set();
class Out {
  constructor(path) { this.path = path; this.protect = new Set(); }
  L(category, value, subtype) {
    const k = `${category}\u0000${value}`;
    this.protect.add(value);
    if (!seen.has(`${this.path}\u0000${k}`)) {
      seen.add(`${this.path}\u0000${k}`);
      truth.push({ file: this.path, category, value, ...(subtype ? { subtype } : {}) });
    }
    return value;
  }
  name(v, st = 'customer') { return this.L('name', v, st); }
  email(v, st = 'customer') { return this.L('email', v, st); }
  ip(v, st) { return this.L('ip', v, st ?? (v.includes(':') ? 'ipv6' : 'ipv4')); }
  pnr(p, style) { const v = fmtPnr(p.pnr ?? p, style); return this.L('personnummer', v, `${p.samnr ? 'samordningsnummer' : 'personnummer'}/${v.includes('+') ? '10-plus' : style}`); }
  pnrR(r, p) { return this.pnr(p, r.wpick(PNR_STYLES)); }
  phone(ph, style) { const v = fmtPhone(ph, style); return this.L('phone', v, `${ph.area.startsWith('07') ? 'mobile' : 'landline'}/${style}`); }
  phoneR(r, ph) { return this.phone(ph, r.wpick(PHONE_STYLES)); }
  phoneRaw(v, st) { return this.L('phone', v, st); }
  near(kind, category, value) {
    const k = `${this.path}\u0000near\u0000${category}\u0000${value}`;
    if (!seen.has(k)) { seen.add(k); nearMiss.push({ file: this.path, category, value, kind }); }
    return value;
  }
  role(addr) { return this.near('role-mailbox', 'email', addr); }
  priv(ip) { return this.near('private-ip', 'ip', ip); }
  msgid(id) { return this.near('message-id', 'email', id); }
}
function save(o, data, enc = 'utf8') {
  let buf;
  if (Buffer.isBuffer(data)) buf = data;
  else if (enc === 'win1252') buf = iconv.encode(data, 'win1252');
  else if (enc === 'utf8-bom') buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(data, 'utf8')]);
  else if (enc === 'utf16le-bom') buf = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(data, 'utf16le')]);
  else if (enc === 'latin1') buf = iconv.encode(data, 'latin1');
  else buf = Buffer.from(data, 'utf8');
  const full = join(OUT, ...o.path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, buf);
  fileList.push(o.path);
}

// ---------------------------------------------------------------- encoders
const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NAMED = { å: 'aring', ä: 'auml', ö: 'ouml', Å: 'Aring', Ä: 'Auml', Ö: 'Ouml', é: 'eacute', ü: 'uuml', '–': 'ndash', ' ': 'nbsp' };
/** HTML text: mode none (only &<>"), named (&ouml;), numeric (&#246;). */
function htmlEnt(s, mode = 'none') {
  const e = xmlEsc(s);
  if (mode === 'named') return e.replace(/[åäöÅÄÖéü–]/g, (c) => `&${NAMED[c]};`);
  if (mode === 'numeric') return e.replace(/[^\x00-\x7f]/g, (c) => `&#${c.codePointAt(0)};`);
  return e;
}
const htmlParas = (text, mode) => text.split('\n\n').map((p) => `<p>${htmlEnt(p, mode).replace(/\n/g, '<br>')}</p>`).join('');
function csvCell(v, sep = ',') {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (rows, sep = ',', eol = '\n') => rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join(eol) + eol;
const jsonAscii = (obj, indent = 2) => JSON.stringify(obj, null, indent).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function qpEncode(str, charset = 'utf-8') {
  const bytes = iconv.encode(str.replace(/\r?\n/g, '\n'), charset);
  const lines = [];
  let cur = '';
  const push = (tok) => { if (cur.length + tok.length > 75) { lines.push(`${cur}=`); cur = ''; } cur += tok; };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) { lines.push(cur); cur = ''; continue; }
    const nextIsEol = i + 1 >= bytes.length || bytes[i + 1] === 0x0a;
    if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !nextIsEol)) push(String.fromCharCode(b));
    else push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  lines.push(cur);
  return lines.join('\r\n');
}
const b64wrap = (buf) => buf.toString('base64').replace(/(.{76})/g, '$1\r\n').replace(/\r\n$/, '');
function rfc2047(str, charset = 'UTF-8', mode = 'Q') {
  if (/^[\x20-\x7e]*$/.test(str)) return str;
  const bytes = iconv.encode(str, charset);
  if (mode === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  let q = '';
  for (const b of bytes) q += b === 32 ? '_' : (b >= 33 && b <= 126 && !'=?_"'.includes(String.fromCharCode(b))) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?${charset}?Q?${q}?=`;
}
const addr = (name, email, charset = 'UTF-8', mode = 'Q') => (name ? `${/^[\x20-\x7e]*$/.test(name) ? `"${name}"` : rfc2047(name, charset, mode)} <${email}>` : email);
/**
 * MIME entity. part: { type, charset, cte: 'qp'|'base64'|'8bit'|'7bit', text } | { multipart, parts, boundary } |
 * { type, filename, data: Buffer } (attachment, base64).
 */
function mimePart(part) {
  if (part.multipart) {
    const b = part.boundary;
    const head = `Content-Type: multipart/${part.multipart}; boundary="${b}"`;
    const body = part.parts.map((p) => `--${b}\r\n${mimePart(p)}`).join('\r\n') + `\r\n--${b}--\r\n`;
    return `${head}\r\n\r\n${part.preamble ? `${part.preamble}\r\n` : ''}${body}`;
  }
  if (part.data) {
    return `Content-Type: ${part.type}; name="${part.filename}"\r\nContent-Disposition: attachment; filename="${part.filename}"\r\n`
      + `Content-Transfer-Encoding: base64\r\n\r\n${b64wrap(part.data)}\r\n`;
  }
  const cs = part.charset ?? 'utf-8';
  let body;
  if (part.cte === 'qp') body = qpEncode(part.text, cs);
  else if (part.cte === 'base64') body = b64wrap(iconv.encode(part.text, cs));
  else body = part.text.replace(/\r?\n/g, '\r\n');
  const cte = { qp: 'quoted-printable', base64: 'base64', '8bit': '8bit' }[part.cte] ?? '7bit';
  const disp = part.filename ? `; name="${part.filename}"\r\nContent-Disposition: attachment; filename="${part.filename}"` : '';
  return `Content-Type: ${part.type}; charset="${cs}"${disp}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${body}\r\n`;
}
const mimeMessage = (headers, part) => `${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\nMIME-Version: 1.0\r\n${mimePart(part)}`;
/** A mail body as latin1 string (so 8bit utf-8 parts survive) → Buffer. */
const mailBuf = (s) => Buffer.from(s, 'utf8');

// ---------------------------------------------------------------- office and pdf writers
const ZIPDATE = new Date(Date.UTC(2025, 2, 31, 10, 0, 0));
const corePropsXml = ({ title, creator, modifiedBy }) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEsc(title)}</dc:title><dc:creator>${xmlEsc(creator)}</dc:creator><cp:lastModifiedBy>${xmlEsc(modifiedBy)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-14T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-17T07:40:00Z</dcterms:modified></cp:coreProperties>`;
async function zipOf(entries) {
  const zip = new JSZip();
  for (const [name, content] of entries) zip.file(name, content, { date: ZIPDATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
/** blocks: string paragraph | { h: text } | { table: [[cell,...],...] } */
async function docx(blocks, meta) {
  const para = (t, bold) => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r></w:p>`;
  const body = blocks.map((b) => {
    if (typeof b === 'string') return para(b);
    if (b.h) return para(b.h, true);
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${para(String(c))}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  }).join('');
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipOf([
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
    ['word/document.xml', doc],
    ['docProps/core.xml', corePropsXml(meta)],
  ]);
}
const colName = (i) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
/** sheets: [{ name, rows: [[string|number|null]] }] */
async function xlsx(sheets, meta) {
  const strings = [];
  const sidx = new Map();
  const si = (s) => { if (!sidx.has(s)) { sidx.set(s, strings.length); strings.push(s); } return sidx.get(s); };
  const sheetXml = sheets.map((sh) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sh.rows.map((row, ri) => `<row r="${ri + 1}">${row.map((c, ci) => {
    if (c === null || c === undefined || c === '') return '';
    const ref = `${colName(ci)}${ri + 1}`;
    return typeof c === 'number' ? `<c r="${ref}"><v>${c}</v></c>` : `<c r="${ref}" t="s"><v>${si(String(c))}</v></c>`;
  }).join('')}</row>`).join('')}</sheetData></worksheet>`);
  const entries = [
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
    ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlEsc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ...sheetXml.map((x, i) => [`xl/worksheets/sheet${i + 1}.xml`, x]),
  ];
  entries.push(['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xmlEsc(s)}</t></si>`).join('')}</sst>`]);
  entries.push(['docProps/core.xml', corePropsXml(meta)]);
  return zipOf(entries);
}
/** Wraps text at spaces without splitting any protected value (labels of the file). */
function wrapProtected(line, width, protect) {
  let s = line;
  const prot = [...protect].filter((v) => v.includes(' ')).sort((a, b) => b.length - a.length);
  for (const v of prot) s = s.split(v).join(v.replace(/ /g, '\u0001'));
  const out = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out.map((l) => l.replace(/\u0001/g, ' '));
}
/** lines: string | { text, bold, size } ; text is written uncompressed, one TJ per line. */
function pdf(o, lines, meta) {
  return new Promise((resolveP) => {
    const d = new PDFDocument({ compress: false, size: 'A4', margin: 50, info: { Title: meta.title, Author: meta.author,
      Creator: 'Fjällnet Ärendeutskrift 2.4', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    d.on('end', () => resolveP(Buffer.concat(chunks)));
    let y = 50;
    for (const ln of lines) {
      const item = typeof ln === 'string' ? { text: ln } : ln;
      const size = item.size ?? 10;
      for (const piece of item.text === '' ? [''] : wrapProtected(item.text, size > 11 ? 70 : 95, o.protect)) {
        if (y > 780) { d.addPage(); y = 50; }
        if (piece) d.font(item.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(piece, 50, y, { lineBreak: false });
        y += size + 5;
      }
    }
    d.end();
  });
}

// ---------------------------------------------------------------- ticket scenarios (shared by several systems)
const money = (r, lo, hi) => { const n = r.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${r.pick(['00', '00', '50'])} kr`; };
function agentSig(o, a, r) {
  return r.wpick([[3, () => `Med vänliga hälsningar\n${o.name(a.fl, 'agent')}\nFjällnet Kundtjänst`],
    [2, () => `Vänliga hälsningar,\n${o.name(a.fl, 'agent')}\nKundtjänst | Fjällnet AB\nTel. ${o.near('company-number', 'phone', CO.switchboard)}`],
    [1, () => `Mvh ${o.name(a.fl, 'agent')}, Fjällnet`]])();
}
function custSig(o, c, r) {
  return r.wpick([[3, () => `Mvh\n${o.name(c.full)}`], [2, () => `Hälsningar ${o.name(c.fl)}`], [1, () => `/${c.first}`],
    [1, () => `Mvh ${o.name(c.full)}\n${o.phoneR(r, c.mobile)}`]])();
}
function noise(o, r) {
  return r.pick([
    () => `Fakturanummer ${o.near('invoice-no', 'phone', safeDigits(r, 7))}, OCR ${o.near('ocr', 'personnummer', ocr(r))}.`,
    () => `Ordernummer ${o.near('order-no', 'phone', `${r.int(40, 49)}${r.digits(2)}-${r.digits(6)}`)}.`,
    () => `Betalt till bankgiro ${o.near('bankgiro', 'phone', CO.bankgiro)} den ${ymd(at(-r.int(3, 20), 9))}.`,
    () => `Ert orgnr ${o.near('orgnr', 'personnummer', CO.orgnr)} står på fakturan.`,
    () => `Beloppet var ${money(r, 180, 2400)}.`,
    () => `Serienummer ${o.near('serial', 'phone', `SN${r.digits(4)}-${r.digits(5)}`)}, MAC ${o.near('mac', 'ip', Array.from({ length: 6 }, () => r.hex(2).toUpperCase()).join(':'))}.`,
    () => `Kundnummer ${o.near('customer-no', 'phone', `${r.int(10, 99)} ${r.digits(3)} ${r.digits(3)}`)}.`,
    () => '',
  ])();
}
/** A message whose text (and so its labels) is produced only when it is first read. */
const msg = (who, f) => { let v; return { who, get text() { return (v ??= f()); } }; };
/** Returns { subject, tags, msgs:[{who:'c'|'a'|'n', text}] } with every personal value labelled in o. */
function scenario(r, o, c, a, kind) {
  const other = r.pick(PEOPLE.filter((p) => p !== c && (c.latin ? p.latin : true)));
  const sig = () => agentSig(o, a, r);
  const product = r.pick(PRODUCTS.slice(0, 6));
  const k = kind ?? r.pick(['faktura', 'storning', 'flytt', 'uppsagning', 'portering', 'dodsbo', 'fullmakt', 'gdpr', 'router', 'betalning', 'epost', 'utland', 'samnr']);
  const hej = r.pick(['Hej', 'Hej!', 'Hejsan', 'God dag', 'Hallå']);
  const m = [];
  let subject;
  switch (k) {
    case 'faktura':
      subject = r.pick(['Fel på fakturan', 'Faktura för hög', 'Fråga om faktura mars']);
      m.push(msg('c', () => `${hej}\n\nJag har fått en faktura på ${money(r, 900, 2400)} men jag har ${product} som ska kosta ${r.pick([299, 349, 399, 449])} kr ${o.near('name-word', 'name', 'per')} månad. ${noise(o, r)} Mitt personnummer är ${o.pnrR(r, c)}.\n\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nTack för att du hörde av dig. Jag har gått igenom fakturan och krediterat ${money(r, 200, 900)}. Krediteringen syns på nästa faktura.\n\n${sig()}`));
      break;
    case 'storning':
      subject = r.pick(['Internet fungerar inte', 'Bredbandet nere sedan igår', 'Störning?']);
      m.push(msg('c', () => `${hej} Internet har legat nere sedan i går kväll och routern blinkar rött. Jag bor på ${c.street}, ${o.near('postal-code', 'phone', c.zip)} ${c.city}. Ring mig gärna på ${o.phoneR(r, c.mobile)}.\n\n${custSig(o, c, r)}`));
      m.push(msg('n', () => `Kollat Netadmin: port ${r.int(1, 48)} nere, switchen kör firmware ${o.near('version', 'ip', `${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 20)}.${r.int(1, 99)}`)}. Felanmält till fältteknik, jobbnr ${o.near('job-no', 'phone', `FT-${r.digits(6)}`)}.`));
      m.push(msg('a', () => `Hej ${c.first}!\n\nVi har en störning i området kring ${o.near('postal-code', 'phone', c.zip)} och en tekniker är på väg. Beräknat klart ${ymd(at(r.int(1, 10), 12))} kl 16.\n\n${sig()}`));
      break;
    case 'flytt':
      subject = 'Flytt av bredband';
      m.push(msg('c', () => `${hej}\n\nVi flyttar den 1 april till ${r.pick(STREETS)} ${r.int(1, 60)}, ${o.near('postal-code', 'phone', `${r.int(100, 989)} ${r.digits(2)}`)} ${r.pick(CITIES)[0]}. Kan ni flytta bredbandet? Min sambo ${o.name(other.full, 'third-party')} ska också stå på avtalet, personnummer ${o.pnrR(r, other)}.\n\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nFlytten är registrerad. ${o.name(other.fl, 'third-party')} är tillagd som medkontoinnehavare.\n\n${sig()}`));
      break;
    case 'uppsagning':
      subject = 'Uppsägning';
      m.push(msg('c', () => `${hej} Jag vill säga upp ${product} för nummer ${o.phoneR(r, c.mobile)}. Jag har bytt till ${o.near('product', 'name', 'Telia Max')}.\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nUppsägningstiden är ${o.near('name-word', 'name', 'max')} tre månader. Abonnemanget avslutas ${ymd(at(r.int(60, 90), 0))}.\n\n${sig()}`));
      break;
    case 'portering':
      subject = 'Portering av nummer';
      m.push(msg('c', () => `${hej}\nJag vill porta mitt nummer ${o.phone(c.mobile, r.pick(['e164', 'e164-space', 'national']))} från ${o.near('product', 'name', 'Comviq Fastpris')} till er. Personnummer: ${o.pnrR(r, c)}\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nPorteringen är beställd och sker ${ymd(at(r.int(5, 14), 0))}. Ditt nya SIM har ICC ${o.near('iccid', 'phone', `89460${r.digits(14)}`)}.\n\n${sig()}`));
      break;
    case 'dodsbo':
      subject = 'Dödsbo – avsluta abonnemang';
      m.push(msg('c', () => `${hej}\n\nMin pappa ${o.name(other.full, 'third-party')} (${o.pnr(other, r.pick(['12-dash', '10-dash']))}) har gått bort. Jag är dödsbodelägare och vill avsluta hans abonnemang. Bouppteckningen bifogas.\n\n${o.name(c.full)}\nTel ${o.phoneR(r, c.mobile)}`));
      m.push(msg('n', () => `Dödsfallsintyg kontrollerat. Avslutar abonnemang för ${o.name(other.rev, 'third-party')}, ingen slutfaktura.`));
      m.push(msg('a', () => `Hej ${c.first},\n\nVi beklagar sorgen. Abonnemanget är avslutat utan kostnad.\n\n${sig()}`));
      break;
    case 'fullmakt':
      subject = 'Fullmakt för min mamma';
      m.push(msg('c', () => `${hej} Jag skriver för min mamma ${o.name(other.full, 'third-party')}, hon är ${r.int(80, 94)} år och vill ${o.near('name-word', 'name', 'bo')} kvar i ${other.city}. Hon har gett mig fullmakt. Hennes nummer är ${o.phoneR(r, other.landline ?? other.mobile)}.\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nFullmakten är registrerad på kontot som tillhör ${o.name(other.fl, 'third-party')}.\n\n${sig()}`));
      break;
    case 'gdpr':
      subject = 'Begäran om registerutdrag';
      m.push(msg('c', () => `${hej}\n\nJag vill ha ett registerutdrag enligt GDPR artikel 15.\nNamn: ${o.name(c.full)}\nPersonnummer: ${o.pnrR(r, c)}\nE-post: ${o.email(c.email)}\nTelefon: ${o.phoneR(r, c.mobile)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nVi skickar utdraget inom 30 dagar till din folkbokföringsadress. Ärendet hanteras av ${o.role(`eskalering@${CO.domain}`)}.\n\n${sig()}`));
      break;
    case 'router':
      subject = 'Fel router levererad';
      m.push(msg('c', () => `${hej} Jag har fått fel router. ${noise(o, r)} Leveransadress ${c.street}, ${o.near('postal-code', 'phone', c.zip)} ${c.city}.\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first}, en ny router skickas med ${r.pick(['PostNord', 'DHL', 'Budbee'])}, kolli-id ${o.near('parcel-id', 'phone', `${r.pick(['00', '37'])}${r.digits(16)}`)}.\n\n${sig()}`));
      break;
    case 'betalning':
      subject = 'Betalningspåminnelse trots betalning';
      m.push(msg('c', () => `${hej}\n\nJag betalade till bankgiro ${o.near('bankgiro', 'phone', CO.bankgiro)} med OCR ${o.near('ocr', 'personnummer', ocr(r))} men har fått en påminnelse. Mitt konto är ${o.near('iban', 'phone', iban(r))}.\n\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nBetalningen hade fel OCR. Vi har matchat den manuellt och tagit bort påminnelseavgiften på 60 kr.\n\n${sig()}`));
      break;
    case 'epost': {
      const ne = makeEmail(r, c.first, c.last, c.by + 1);
      subject = 'Ny e-postadress';
      m.push(msg('c', () => `${hej} Jag har bytt e-post från ${o.email(c.email)} till ${o.email(ne)}. Kan ni uppdatera?\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first}, klart! Fakturor går nu till ${o.email(ne)}.\n\n${sig()}`));
      break;
    }
    case 'utland':
      subject = 'Roaming fungerar inte';
      m.push(msg('c', () => `${hej} Jag är utomlands och mobilen hittar inget nät. Nå mig på ${o.phoneRaw(foreignPhone(r), 'foreign')} eller på mejl ${o.email(c.email)}.\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first}! Roaming var avstängt på ditt abonnemang ${o.phone(c.mobile, 'national')}. Nu är det aktiverat.\n\n${sig()}`));
      break;
    default: // samnr
      subject = 'Teckna abonnemang utan personnummer';
      m.push(msg('c', () => `${hej}\nJag har flyttat till Sverige och har bara samordningsnummer än: ${o.pnrR(r, c)}. Kan jag teckna ${product}?\n${custSig(o, c, r)}`));
      m.push(msg('a', () => `Hej ${c.first},\n\nJa, det går bra med samordningsnummer. Legitimera dig med pass i butik.\n\n${sig()}`));
  }
  if (r.chance(0.35)) m.push(msg('c', () => `Tack för hjälpen! ${r.pick(['Allt fungerar nu.', 'Bra service.', 'Toppen.', ''])}`));
  return { subject, kind: k, product, msgs: m };
}
const SCEN_FOR = (c, r) => (c.samnr && r.chance(0.5) ? 'samnr' : undefined);

// ---------------------------------------------------------------- zendesk
const ZD = 'https://fjallnet.zendesk.example.com';
const OFFICE_IPS = ['194.14.206.2', '194.14.206.3', '2a01:2b0:4a0::21'];
const officeIp = (o, r) => (r.chance(0.7) ? o.ip(r.pick(OFFICE_IPS), 'office-egress') : o.priv(privateV4(r)));
const custIp = (o, r) => o.ip(r.chance(0.78) ? publicV4(r) : publicV6(r));
async function genZendesk() {
  const r = rng('zendesk');
  const pool = r.shuffle(PEOPLE);
  let ci = 0;
  let tid = 384100;
  const modes = ['none', 'named', 'numeric', 'none'];
  for (let pg = 1; pg <= 4; pg++) {
    const o = new Out(`zendesk/export/tickets_page_${String(pg).padStart(3, '0')}.json`);
    const tickets = [];
    const users = new Map();
    const mode = modes[pg - 1];
    for (let t = 0; t < 42; t++) {
      const c = pool[ci++ % pool.length];
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const channel = r.wpick([[5, 'email'], [3, 'web'], [2, 'chat'], [2, 'voice'], [1, 'mobile_sdk'], [1, 'api']]);
      let time = at((pg - 1) * 6 + r.int(0, 5), r.int(6, 18), r.int(0, 59), r.int(0, 59));
      const created = time;
      const id = tid += r.int(1, 9);
      let source = { from: {}, to: {}, rel: null };
      if (channel === 'email') source = { from: { address: o.email(c.email), name: o.name(c.full) }, to: { name: 'Fjällnet Kundtjänst', address: o.role(ROLE_MAILBOXES[0]) }, rel: null };
      if (channel === 'voice') source = { from: { phone: o.phone(c.mobile, 'e164'), formatted_phone: o.phone(c.mobile, 'e164-space'), name: o.name(c.full) }, to: { phone: o.near('company-number', 'phone', CO.switchE164), formatted_phone: o.near('company-number', 'phone', '+46 771 40 50 60'), name: 'Kundtjänst' }, rel: 'inbound' };
      if (channel === 'chat') source = { from: { name: o.name(c.fl) }, to: {}, rel: 'chat_transcript' };
      const comments = sc.msgs.map((msg, k) => {
        time += r.int(5, 600) * 60000 + r.int(0, 59) * 1000;
        const author = msg.who === 'c' ? c.zid : a.zid;
        const viaCh = k === 0 ? channel : msg.who === 'c' ? (channel === 'voice' ? 'email' : channel) : 'web';
        return {
          id: 31000000000 + id * 10 + k, type: msg.who === 'a' && k > 0 && r.chance(0.1) ? 'VoiceComment' : 'Comment', author_id: author,
          body: msg.text, html_body: `<div class="zd-comment" dir="auto">${htmlParas(msg.text, mode)}</div>`, plain_body: msg.text,
          public: msg.who !== 'n', attachments: [], audit_id: 31000000000 + id * 10 + k + 5,
          via: { channel: viaCh, source: k === 0 ? source : { from: {}, to: {}, rel: null } },
          created_at: isoZ(time),
          metadata: { system: msg.who === 'c'
            ? { client: r.pick(UAS), ip_address: custIp(o, r), location: `${c.city}, ${r.pick(['AB', 'O', 'M', 'C'])}, Sweden`, latitude: Number((55 + r.f() * 11).toFixed(4)), longitude: Number((12 + r.f() * 8).toFixed(4)) }
            : { client: UAS[0], ip_address: officeIp(o, r), location: 'Sundsvall, Y, Sweden' }, custom: {} },
        };
      });
      const score = r.wpick([[5, 'good'], [1, 'bad'], [3, 'offered'], [3, 'unoffered']]);
      tickets.push({
        url: `${ZD}/api/v2/tickets/${id}.json`, id, external_id: r.chance(0.2) ? `LIME-${r.digits(6)}` : null,
        via: { channel, source }, created_at: isoZ(created), updated_at: isoZ(time), generated_timestamp: Math.floor(time / 1000),
        type: r.pick(['question', 'incident', 'problem', 'task']), subject: sc.subject, raw_subject: sc.subject,
        description: sc.msgs[0].text, priority: r.pick(['low', 'normal', 'normal', 'high', 'urgent']),
        status: r.pick(['solved', 'closed', 'open', 'pending', 'solved']), recipient: channel === 'email' ? ROLE_MAILBOXES[0] : null,
        requester_id: c.zid, submitter_id: c.zid, assignee_id: a.zid, organization_id: null, group_id: 360001200 + AGENTS.indexOf(a) % 5,
        collaborator_ids: [], follower_ids: [], email_cc_ids: [], forum_topic_id: null, problem_id: null, has_incidents: false, is_public: true,
        due_at: null, tags: [sc.kind, translit(sc.product.split(' ')[1] ?? 'ovrigt'), `kanal_${channel}`],
        custom_fields: [
          { id: 360012345001, value: r.chance(0.7) ? o.pnr(c, r.pick(['12', '12-dash', '10-dash'])) : null },
          { id: 360012345002, value: c.id },
          { id: 360012345003, value: translit(sc.product.replace(/ /g, '_')) },
          { id: 360012345004, value: r.chance(0.5) ? o.phone(c.mobile, 'plain') : null },
          { id: 360012345005, value: r.pick(['privat', 'privat', 'foretag']) },
        ],
        satisfaction_rating: score === 'good' && r.chance(0.5)
          ? { score, comment: `${r.pick(['Tack', 'Stort tack till', 'Superbra hjälp av'])} ${o.name(a.fl, 'agent')}!` }
          : { score }, sharing_agreement_ids: [], brand_id: 360000111222, allow_channelback: false, allow_attachments: true,
        comments,
      });
      users.set(c.zid, { id: c.zid, url: `${ZD}/api/v2/users/${c.zid}.json`, name: o.name(c.full), email: o.email(c.email),
        phone: r.chance(0.8) ? o.phone(c.mobile, 'e164') : null, role: 'end-user', locale: 'sv', time_zone: 'Stockholm',
        user_fields: { personnummer: r.chance(0.6) ? o.pnr(c, '12') : null, kundnummer: c.id, adress: `${c.street}, ${c.zip} ${c.city}` } });
      users.set(a.zid, { id: a.zid, url: `${ZD}/api/v2/users/${a.zid}.json`, name: o.name(a.fl, 'agent'), email: o.email(a.email, 'agent'),
        phone: null, role: 'agent', locale: 'sv', time_zone: 'Stockholm', user_fields: {} });
    }
    const end = at(pg * 6, 0);
    const doc = { tickets, users: [...users.values()], count: tickets.length, end_of_stream: pg === 4,
      next_page: pg === 4 ? null : `${ZD}/api/v2/incremental/tickets.json?include=users,comment_events&start_time=${Math.floor(end / 1000)}`,
      end_time: Math.floor(end / 1000) };
    save(o, pg === 4 ? jsonAscii(doc) : JSON.stringify(doc, null, pg === 2 ? 0 : 2));
  }

  { // users export
    const o = new Out('zendesk/export/users.json');
    const list = [];
    for (const c of pool.slice(0, 160)) {
      list.push({ id: c.zid, name: o.name(r.chance(0.9) ? c.full : c.full.toUpperCase()), email: o.email(r.chance(0.1) ? c.email.replace(/^./, (x) => x.toUpperCase()) : c.email),
        phone: r.chance(0.85) ? o.phoneR(r, c.mobile) : null, shared_phone_number: false, role: 'end-user', verified: r.chance(0.7),
        notes: r.pick([() => '', () => '', () => 'Vill bli kontaktad via SMS.', () => `Anhörig: ${o.name(r.pick(PEOPLE).full, 'third-party')}`, () => 'Har skyddad identitet? Kontrollera innan utlämnande.', () => `Fullmakt för ${o.name(r.pick(PEOPLE).fl, 'third-party')}`])(),
        details: `${c.street}\n${o.near('postal-code', 'phone', c.zip)} ${c.city}`, tags: [r.pick(['vip', 'nykund', 'bredband', 'mobil'])],
        user_fields: { personnummer: o.pnrR(r, c), kundnummer: c.id, sekundart_telefonnummer: c.landline ? o.phoneR(r, c.landline) : null },
        created_at: isoZ(at(-r.int(30, 2000), 10)), last_login_at: r.chance(0.4) ? isoZ(at(r.int(0, 25), 12)) : null });
    }
    for (const a of AGENTS) list.push({ id: a.zid, name: o.name(a.fl, 'agent'), email: o.email(a.email, 'agent'), phone: null, role: 'agent', notes: `Team ${a.team}`, user_fields: {} });
    save(o, JSON.stringify({ users: list, next_page: null, count: list.length }, null, 2));
  }

  { // organisations
    const o = new Out('zendesk/export/organizations.json');
    const orgs = [];
    const names = ['Anderssons Rör AB', 'Bengtssons Bygg & Måleri AB', 'Café Linnea HB', 'Per Olssons Åkeri AB', 'Frisersalong Hanna', 'Norrlands Fiske AB', 'Kvarnbackens Förskola', 'Tandläkare Ek & Falk'];
    for (const nm of names) {
      const kp = r.pick(PEOPLE);
      const dom = `${translit(nm.split(' ')[0])}.example.se`;
      orgs.push({ id: 360100000000 + orgs.length * 31, name: o.near('company-with-person-name', 'name', nm), domain_names: [dom],
        details: `Orgnr ${o.near('orgnr', 'personnummer', orgnr(r))}, faktura via ${o.role(`ekonomi@${dom}`)}`,
        notes: `Kontaktperson ${o.name(kp.full)}, ${o.phoneR(r, kp.mobile)}`, shared_tickets: false, tags: ['foretag'],
        organization_fields: { kontaktperson_epost: o.email(kp.email), avtal: r.pick(['Företag Bas', 'Företag Plus']) } });
    }
    save(o, JSON.stringify({ organizations: orgs, count: orgs.length }, null, 2));
  }

  { // audit log
    const o = new Out('zendesk/audit/audit_logs_2025-03.csv');
    const rows = [['created_at', 'actor_id', 'actor_name', 'actor_email', 'source_type', 'source_id', 'source_label', 'action', 'change_description', 'ip_address']];
    for (let i = 0; i < 520; i++) {
      const a = r.pick(AGENTS);
      const c = r.pick(pool);
      const t = at(r.int(0, 25), r.int(6, 19), r.int(0, 59), r.int(0, 59));
      const kind = r.wpick([[6, 'view'], [2, 'update'], [1, 'export'], [1, 'login']]);
      const ip = r.wpick([[5, 1], [2, 2], [2, 3]]) === 1 ? o.ip(r.pick(OFFICE_IPS), 'office-egress') : r.chance(0.5) ? o.priv(privateV4(r)) : custIp(o, r);
      const label = () => (r.chance(0.8) ? o.name(c.full) : o.name(c.rev));
      if (kind === 'login') rows.push([isoZ(t), a.zid, o.name(a.fl, 'agent'), o.email(a.email, 'agent'), 'user', a.zid, o.name(a.fl, 'agent'), 'login', 'Inloggning via SSO (Azure AD)', ip]);
      else if (kind === 'export') rows.push([isoZ(t), a.zid, o.name(a.fl, 'agent'), o.email(a.email, 'agent'), 'export', r.int(1000, 9999), 'Användarexport (CSV)', 'exported', `Exporterade ${r.int(20, 900)} användare`, ip]);
      else if (kind === 'view') rows.push([isoZ(t), a.zid, o.name(a.fl, 'agent'), o.email(a.email, 'agent'), 'user', c.zid, label(), 'read', `Visade användarprofil ${c.id}`, ip]);
      else {
        const what = r.pick([() => `Telefon ändrad till ${o.phoneR(r, c.mobile)}`, () => `E-post ändrad till ${o.email(c.email)}`, () => `Personnummer lagt till ${o.pnrR(r, c)}`, () => 'Tagg vip tillagd']);
        rows.push([isoZ(t), a.zid, o.name(a.fl, 'agent'), o.email(a.email, 'agent'), 'user', c.zid, label(), 'update', what(), ip]);
      }
    }
    save(o, csv(rows));
  }

  { // agent search log
    const o = new Out('zendesk/audit/agent_search_2025-03.ndjson');
    const lines = [];
    for (let i = 0; i < 420; i++) {
      const a = r.pick(AGENTS);
      const c = r.pick(pool);
      const q = r.wpick([[4, () => o.pnrR(r, c)], [3, () => o.name(r.chance(0.5) ? c.fl.toLowerCase() : c.fl)], [2, () => o.email(c.email)],
        [2, () => o.phone(c.mobile, r.pick(['plain', 'national', 'e164']))], [1, () => `#${o.near('ticket-no', 'phone', String(r.int(384100, 385200)))}`],
        [1, () => r.pick(['router blinkar rött', 'faktura mars', 'dödsbo', 'portering comviq', 'type:ticket status:open'])],
        [1, () => `requester:${o.email(c.email)}`], [1, () => `order:${o.near('order-no', 'phone', `${r.int(40, 49)}${r.digits(2)}-${r.digits(6)}`)}`]])();
      lines.push(JSON.stringify({ ts: isoMs(at(r.int(0, 25), r.int(6, 19), r.int(0, 59), r.int(0, 59)) + r.int(0, 999)), agent_id: a.zid,
        agent_email: o.email(a.email, 'agent'), query: q, scope: r.pick(['users', 'tickets', 'all']), result_count: r.int(0, 12),
        client_ip: r.chance(0.6) ? o.ip(OFFICE_IPS[0], 'office-egress') : o.priv(privateV4(r)), request_id: r.uuid() }));
    }
    save(o, `${lines.join('\n')}\n`);
  }

  { // macros: templates only, no personal data besides role mailboxes
    const o = new Out('zendesk/config/macros.json');
    const macros = [
      ['Faktura – kreditering', 'Hej {{ticket.requester.first_name}},\n\nVi har krediterat {{ticket.ticket_field_360012345010}} kr.\n\nMed vänliga hälsningar\n{{current_user.name}}\nFjällnet Kundtjänst'],
      ['Störning – tekniker bokad', 'Hej {{ticket.requester.first_name}}! En tekniker kommer {{ticket.due_date}}. Frågor? Mejla ' + o.role(ROLE_MAILBOXES[1]) + '.'],
      ['Uppsägning – bekräftelse', 'Uppsägningstiden är max tre månader. Pris ' + o.near('name-word', 'name', 'per') + ' månad enligt prislista 2025.'],
      ['GDPR – registerutdrag', 'Vi har tagit emot din begäran. Svar inom 30 dagar. Kontakt: ' + o.role(`dataskydd@${CO.domain}`)],
      ['Portering', 'Porteringen från {{ticket.ticket_field_360012345020}} sker inom 5 arbetsdagar. Bankgiro ' + o.near('bankgiro', 'phone', CO.bankgiro) + '.'],
    ].map(([title, value], i) => ({ id: 360200000000 + i, title, active: true, actions: [{ field: 'comment_value_html', value }, { field: 'status', value: 'pending' }],
      restriction: null, created_at: isoZ(at(-400 + i * 20, 9)), updated_at: isoZ(at(-10, 9)) }));
    save(o, JSON.stringify({ macros, count: macros.length, next_page: null }, null, 2));
  }
}


// ---------------------------------------------------------------- freshdesk
async function genFreshdesk() {
  const r = rng('freshdesk');
  const STATUS = ['Open', 'Pending', 'Resolved', 'Closed', 'Waiting on Customer'];
  const ticketsCsv = (path, n, dayLo, dayHi, latinOnly, sep, eol, enc) => {
    const o = new Out(path);
    const head = ['Ticket ID', 'Subject', 'Description', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Due by Time',
      'Resolved time', 'Last update time', 'First response time (in hrs)', 'Resolution time (in hrs)', 'Agent interactions', 'Customer interactions',
      'Tags', 'Survey results', 'Product', 'Full name', 'Contact ID', 'Email', 'Work phone', 'Mobile phone', 'Company Name', 'Personnummer (cf_personnummer)'];
    const rows = [head];
    const pool = cust(r, n, (p) => !latinOnly || p.latin);
    for (const [i, c] of pool.entries()) {
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const t = at(r.int(dayLo, dayHi), r.int(6, 19), r.int(0, 59));
      const resolved = t + r.int(1, 72) * 3600000;
      rows.push([70100 + i * 3 + r.int(0, 2), sc.subject, sc.msgs[0].text, r.pick(STATUS), r.pick(['Low', 'Medium', 'High', 'Urgent']),
        r.pick(['Email', 'Portal', 'Phone', 'Chat', 'Feedback Widget']), r.pick(['Question', 'Incident', 'Problem', 'Feature Request']),
        o.name(a.fl, 'agent'), a.team, loc(t), loc(t + 86400000), loc(resolved), loc(resolved + 600000), (r.f() * 20).toFixed(2),
        ((resolved - t) / 3600000).toFixed(2), r.int(1, 6), r.int(1, 4), [sc.kind, 'fd'].join(','), r.pick(['', '', 'Awesome', 'Not Good', 'Neutral']),
        sc.product, o.name(r.chance(0.85) ? c.full : c.full.toUpperCase()), 48000000000 + c.i, o.email(c.email),
        c.landline && r.chance(0.6) ? o.phoneR(r, c.landline) : '', r.chance(0.8) ? o.phoneR(r, c.mobile) : '', r.chance(0.1) ? o.near('company-with-person-name', 'name', 'Anderssons Rör AB') : '',
        r.chance(0.5) ? o.pnrR(r, c) : '']);
    }
    save(o, csv(rows, sep, eol), enc);
  };
  ticketsCsv('freshdesk/tickets_2025-03.csv', 120, 0, 25, false, ',', '\n', 'utf8');
  ticketsCsv('freshdesk/tickets_2025-02_excel.csv', 70, -28, -1, true, ';', '\r\n', 'win1252');
  {
    const o = new Out('freshdesk/contacts.csv');
    const rows = [['Name', 'Email', 'Phone', 'Mobile', 'Twitter ID', 'Company', 'Address', 'Unique External ID', 'Time zone', 'Language', 'Tags', 'Personnummer', 'Description']];
    for (const c of cust(r, 150)) {
      rows.push([o.name(c.full), o.email(c.email), c.landline ? o.phoneR(r, c.landline) : '', o.phoneR(r, c.mobile), r.chance(0.05) ? `@${translit(c.first)}${r.int(10, 99)}` : '',
        '', `${c.street}\n${o.near('postal-code', 'phone', c.zip)} ${c.city}`, c.id, 'Stockholm', 'sv-SE', r.pick(['privat', 'privat;vip', 'foretag']),
        r.chance(0.7) ? o.pnrR(r, c) : '', r.pick([() => '', () => '', () => 'Föredrar mejl.', () => `Make/maka: ${o.name(r.pick(PEOPLE).fl, 'third-party')}`])()]);
    }
    save(o, csv(rows));
  }
  {
    const o = new Out('freshdesk/conversations.csv');
    const rows = [['Ticket ID', 'Conversation ID', 'Body', 'Incoming', 'Private', 'User', 'User Email', 'Created at', 'Support email']];
    for (let i = 0; i < 70; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      let t = at(r.int(0, 25), r.int(7, 17));
      for (const [k, m] of sc.msgs.entries()) {
        t += r.int(10, 300) * 60000;
        const fromC = m.who === 'c';
        rows.push([70500 + i, 43000000000 + i * 10 + k, m.text, fromC, m.who === 'n', o.name(fromC ? c.full : a.fl, fromC ? 'customer' : 'agent'),
          o.email(fromC ? c.email : a.email, fromC ? 'customer' : 'agent'), isoZ(t), o.role(ROLE_MAILBOXES[1])]);
      }
    }
    save(o, csv(rows));
  }
}

// ---------------------------------------------------------------- lime crm and salesforce
async function genCrm() {
  const r = rng('crm');
  {
    const o = new Out('lime-crm/personer_export.csv');
    const rows = [['Förnamn', 'Efternamn', 'Pnr/Samnr', 'Telefon (mobil)', 'Telefon (arbete)', 'E-post adress', 'Gatuadress', 'Postnr', 'Ort', 'Kundnummer', 'Kundtyp', 'Ansvarig', 'Senast ändrad', 'Anteckning']];
    for (const c of cust(r, 140, (p) => p.latin)) {
      const a = r.pick(AGENTS);
      const firstField = c.middle ? `${c.first} ${c.middle}` : c.first;
      rows.push([o.name(firstField, 'first-name-field'), o.name(c.last, 'last-name-field'), o.pnr(c, r.pick(['10-dash', '12-dash', '12'])), o.phoneR(r, c.mobile),
        c.landline ? o.phoneR(r, c.landline) : '', o.email(c.email), c.street, o.near('postal-code', 'phone', c.zip), c.city, c.id, r.pick(['Privat', 'Privat', 'Företag']),
        o.name(a.fl, 'agent'), locShort(at(-r.int(0, 300), 10, r.int(0, 59))),
        r.pick([() => '', () => '', () => 'Ring ej efter kl 18.', () => `Fullmakt: ${o.name(r.pick(PEOPLE.filter((p) => p.latin)).full, 'third-party')}`, () => 'Bo kvar-garanti vid flytt.'])()]);
    }
    if (rows.some((row) => row[13] === 'Bo kvar-garanti vid flytt.')) o.near('name-word', 'name', 'Bo');
    save(o, csv(rows, ';', '\r\n'), 'win1252');
  }
  {
    const o = new Out('lime-crm/aktiviteter_2025-03.csv');
    const rows = [['Datum', 'Typ', 'Person', 'Företag', 'Kommentar', 'Medarbetare']];
    for (let i = 0; i < 160; i++) {
      const c = r.pick(PEOPLE.filter((p) => p.latin));
      const a = r.pick(AGENTS);
      rows.push([locShort(at(r.int(0, 25), r.int(7, 18), r.int(0, 59))), r.pick(['Samtal in', 'Samtal ut', 'Mejl', 'Möte', 'Anteckning']), o.name(c.rev),
        r.chance(0.1) ? o.near('company-with-person-name', 'name', 'Per Olssons Åkeri AB') : '',
        r.pick([() => `Ringde ${o.phoneR(r, c.mobile)}, inget svar.`, () => `Bekräftat pnr ${o.pnrR(r, c)} mot BankID.`, () => 'Skickat offert Bredband 1000.',
          () => `Mejlat ${o.email(c.email)} om ny faktura.`, () => 'Kund nöjd.'])(), o.name(r.chance(0.5) ? a.fl : `${a.last}, ${a.first}`, 'agent')]);
    }
    save(o, csv(rows, ';', '\r\n'), 'win1252');
  }
  const sfId = (pre) => `${pre}5g00000${r.hex(8).toUpperCase()}AAV`.slice(0, 18);
  {
    const o = new Out('salesforce/contacts_report.csv');
    const rows = [['Contact ID', 'Contact Name', 'First Name', 'Last Name', 'Mobile Phone', 'Phone', 'Email', 'Social Security No.', 'Mailing Street',
      'Mailing Zip/Postal Code', 'Mailing City', 'Account Name', 'Contact Owner', 'Created Date', 'Lead Source']];
    for (const c of cust(r, 130)) {
      const a = r.pick(AGENTS);
      rows.push([sfId('003'), o.name(c.full), c.middle ? `${c.first} ${c.middle}` : c.first, c.last, o.phone(c.mobile, r.pick(['e164-space', 'national', 'e164'])),
        c.landline ? o.phoneR(r, c.landline) : '', o.email(c.email), r.chance(0.75) ? o.pnrR(r, c) : '', c.street, o.near('postal-code', 'phone', c.zip), c.city,
        r.chance(0.8) ? o.name(c.full) : o.near('company-with-person-name', 'name', 'Bengtssons Bygg & Måleri AB'), o.name(a.fl, 'agent'),
        ymd(at(-r.int(10, 900), 0)), r.pick(['Web', 'Phone Inquiry', 'Partner Referral', 'Butik'])]);
    }
    save(o, `\ufeff${csv(rows, ',', '\r\n')}`);
  }
  {
    const o = new Out('salesforce/cases_export.csv');
    const rows = [['Case Number', 'Date/Time Opened', 'Subject', 'Description', 'Status', 'Case Origin', 'Contact Name', 'Web Email', 'Web Phone', 'Case Owner', 'Internal Comments']];
    for (let i = 0; i < 90; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const note = sc.msgs.find((m) => m.who === 'n');
      rows.push([`0000${41200 + i * 3}`, locShort(at(r.int(0, 25), r.int(7, 18), r.int(0, 59))), sc.subject, sc.msgs[0].text, r.pick(['New', 'Working', 'Closed', 'Escalated']),
        r.pick(['Web', 'Email', 'Phone']), o.name(c.full), r.chance(0.6) ? o.email(c.email) : '', r.chance(0.4) ? o.phoneR(r, c.mobile) : '', o.name(a.fl, 'agent'), note ? note.text : '']);
    }
    save(o, csv(rows, ',', '\r\n'));
  }
}

// ---------------------------------------------------------------- topdesk and jira service management
async function genItsm() {
  const r = rng('itsm');
  const journal = (o, entries) => entries.map(([ms, who, text]) => `${ymd(ms + 3600000).split('-').reverse().join('-')} ${hms(ms + 3600000).slice(0, 5)} ${who}:\n${text}`).join('\n\n');
  {
    const o = new Out('topdesk/incidenter_2025-03.csv');
    const rows = [['Nummer', 'Anmälare', 'E-post anmälare', 'Telefon anmälare', 'Kort beskrivning (detaljer)', 'Förfrågan', 'Åtgärd', 'Operatör', 'Operatörsgrupp', 'Status', 'Anmäld datum', 'Kategori', 'Objekt-ID']];
    for (let i = 0; i < 75; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59));
      const cn = o.name(c.rev);
      const an = o.name(`${a.last}, ${a.first}`, 'agent');
      rows.push([o.near('ticket-no', 'phone', `I 2503 ${String(100 + i * 4).padStart(3, '0')}`), cn, o.email(c.email), o.phoneR(r, c.mobile), sc.subject,
        journal(o, [[t, cn, sc.msgs[0].text]]), journal(o, sc.msgs.slice(1).map((m, k) => [t + (k + 1) * 3600000, m.who === 'c' ? cn : an, m.text])),
        an, `Kundservice ${a.team}`, r.pick(['Afgemeld', 'Gereed', 'Pågående', 'Avslutad']), locShort(t), r.pick(['Bredband', 'Mobil', 'Faktura', 'TV']),
        o.near('object-id', 'phone', `FN-R450-${r.digits(6)}`)]);
    }
    save(o, `\ufeff${csv(rows, ';', '\r\n')}`);
  }
  {
    const o = new Out('topdesk/incidents_export.xml');
    const items = [];
    for (let i = 0; i < 45; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59));
      items.push(`  <incident id="${r.uuid()}">
    <number>${o.near('ticket-no', 'phone', `I 2503 ${String(500 + i * 3).padStart(3, '0')}`)}</number>
    <callDate>${isoOff(t)}</callDate>
    <caller id="${r.uuid()}">
      <dynamicName>${xmlEsc(o.name(c.rev))}</dynamicName>
      <email>${o.email(c.email)}</email>
      <phoneNumber>${c.landline ? o.phoneR(r, c.landline) : ''}</phoneNumber>
      <mobileNumber>${o.phoneR(r, c.mobile)}</mobileNumber>
      <branch>Privatkunder ${xmlEsc(c.city)}</branch>
    </caller>
    <briefDescription>${xmlEsc(sc.subject)}</briefDescription>
    <request>${xmlEsc(journal(o, [[t, o.name(c.rev), sc.msgs[0].text]]))}</request>
    <action>${xmlEsc(journal(o, sc.msgs.slice(1).map((m, k) => [t + (k + 1) * 3600000, m.who === 'c' ? o.name(c.rev) : o.name(`${a.last}, ${a.first}`, 'agent'), m.text])))}</action>
    <operator id="${r.uuid()}">${xmlEsc(o.name(a.fl, 'agent'))}</operator>
    <optionalFields1><text1>${r.chance(0.5) ? o.pnrR(r, c) : ''}</text1><text2>${c.id}</text2></optionalFields1>
    <processingStatus>${r.pick(['Registrerad', 'Pågående', 'Avslutad'])}</processingStatus>
  </incident>`);
    }
    save(o, `<?xml version="1.0" encoding="UTF-8"?>\n<incidents exportDate="2025-03-31T10:00:00+01:00" topdeskVersion="${o.near('version', 'ip', '14.8.2.3')}">\n${items.join('\n')}\n</incidents>\n`);
  }
  const acc = () => `557058:${r.uuid()}`;
  const agentAcc = new Map(AGENTS.map((a) => [a, acc()]));
  {
    const o = new Out('jira-sm/KS_issues_rss.xml');
    const items = [];
    for (let i = 0; i < 50; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59));
      const key = `KS-${2100 + i * 2}`;
      const comments = sc.msgs.slice(1).map((m, k) => `      <comment id="${60100 + i * 10 + k}" author="${m.who === 'c' ? `qm:${r.uuid()}` : agentAcc.get(a)}" created="${rfc2822(t + (k + 1) * 3600000)}">${xmlEsc(htmlParas(m.text, 'none'))}</comment>`);
      items.push(`    <item>
      <title>[${key}] ${xmlEsc(sc.subject)}</title>
      <link>https://jira.fjallnet.example.com/browse/${key}</link>
      <project id="10200" key="KS">Kundservice</project>
      <description>${xmlEsc(htmlParas(sc.msgs[0].text, r.pick(['none', 'named'])))}</description>
      <key id="${41000 + i}">${key}</key>
      <summary>${xmlEsc(sc.subject)}</summary>
      <type id="10100">Service Request</type>
      <priority id="3">Medium</priority>
      <status id="10001">${r.pick(['Waiting for support', 'Resolved', 'Closed', 'In progress'])}</status>
      <assignee accountid="${agentAcc.get(a)}">${xmlEsc(o.name(a.fl, 'agent'))}</assignee>
      <reporter accountid="qm:${r.uuid()}">${xmlEsc(o.name(c.full))}</reporter>
      <created>${rfc2822(t)}</created>
      <updated>${rfc2822(t + 86400000)}</updated>
      <comments>
${comments.join('\n')}
      </comments>
      <customfields>
        <customfield id="customfield_10501" key="com.atlassian.jira.plugin.system.customfieldtypes:textfield"><customfieldname>Personnummer</customfieldname><customfieldvalues><customfieldvalue><![CDATA[${r.chance(0.6) ? o.pnrR(r, c) : ''}]]></customfieldvalue></customfieldvalues></customfield>
        <customfield id="customfield_10502" key="com.atlassian.jira.plugin.system.customfieldtypes:textfield"><customfieldname>Kundens telefon</customfieldname><customfieldvalues><customfieldvalue><![CDATA[${o.phoneR(r, c.mobile)}]]></customfieldvalue></customfieldvalues></customfield>
        <customfield id="customfield_10503" key="com.atlassian.servicedesk:sd-request-participants"><customfieldname>Request participants</customfieldname><customfieldvalues><customfieldvalue>${o.email(c.email)}</customfieldvalue></customfieldvalues></customfield>
      </customfields>
    </item>`);
    }
    save(o, `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="0.92">\n  <channel>\n    <title>Fjällnet Jira</title>\n    <link>https://jira.fjallnet.example.com/issues/?jql=project%3DKS</link>\n    <description>An XML representation of a search request</description>\n    <language>sv-se</language>\n    <issue start="0" end="50" total="50"/>\n    <build-info><version>9.12.4</version><build-number>912004</build-number><build-date>20-02-2025</build-date></build-info>\n${items.join('\n')}\n  </channel>\n</rss>\n`);
  }
  {
    const o = new Out('jira-sm/KS_export_2025-03.csv');
    const rows = [['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Updated', 'Description',
      'Custom field (Personnummer)', 'Custom field (Kundens telefon)', 'Custom field (Kundens e-post)', 'Comment', 'Comment', 'Comment']];
    for (let i = 0; i < 65; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59));
      const cm = sc.msgs.slice(1, 4).map((m, k) => `${jiraDate(t + (k + 1) * 3600000)};${m.who === 'c' ? `qm:${r.uuid()}` : agentAcc.get(a)};${m.text}`);
      while (cm.length < 3) cm.push('');
      rows.push([sc.subject, `KS-${2300 + i}`, 42000 + i, 'Service Request', r.pick(['Resolved', 'Closed', 'Waiting for customer']), 'Medium',
        o.name(a.fl, 'agent'), o.name(r.chance(0.8) ? c.full : c.full.toLowerCase()), jiraDate(t), jiraDate(t + 7200000), sc.msgs[0].text,
        r.chance(0.5) ? o.pnrR(r, c) : '', r.chance(0.5) ? o.phoneR(r, c.mobile) : '', o.email(c.email), ...cm]);
    }
    save(o, csv(rows));
  }
}

// ---------------------------------------------------------------- servicenow
async function genServiceNow() {
  const r = rng('servicenow');
  const SN = 'https://fjallnet.service-now.example.com';
  const users = new Map();
  const ref = (o, p, sys, isAgent) => ({ display_value: o.name(p.fl, isAgent ? 'agent' : 'customer'), link: `${SN}/api/now/table/sys_user/${sys}`, value: sys });
  const sysOf = (p) => p.sys ?? (p.sys = r.hex(32));
  {
    const o = new Out('servicenow/incident.json');
    const recs = [];
    for (let i = 0; i < 40; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      users.set(c, true);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      let t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59), r.int(0, 59));
      const opened = t;
      const journal = (who) => sc.msgs.filter((m) => (who === 'n' ? m.who === 'n' : m.who !== 'n')).map((m) => {
        t += r.int(20, 300) * 60000;
        const nm = m.who === 'c' ? o.name(c.fl) : o.name(a.fl, 'agent');
        return `${loc(t)} - ${nm} (${who === 'n' ? 'Work notes' : 'Additional comments'})\n${m.text}\n\n`;
      }).reverse().join('');
      const dv = (v) => ({ display_value: v, value: v });
      recs.push({
        sys_id: dv(sysId(r)), number: dv(`INC00${12400 + i * 7}`), short_description: dv(sc.subject), description: dv(sc.msgs[0].text),
        caller_id: ref(o, c, sysOf(c), false), opened_by: ref(o, a, a.sys, true), assigned_to: ref(o, a, a.sys, true),
        assignment_group: { display_value: `Kundservice ${a.team}`, link: `${SN}/api/now/table/sys_user_group/${sysId(r)}`, value: sysId(r) },
        contact_type: dv(r.pick(['phone', 'email', 'self-service', 'chat'])), state: { display_value: r.pick(['New', 'In Progress', 'Resolved', 'Closed']), value: String(r.int(1, 7)) },
        u_personnummer: dv(r.chance(0.6) ? o.pnrR(r, c) : ''), u_kontakt_telefon: dv(r.chance(0.7) ? o.phoneR(r, c.mobile) : ''),
        comments: dv(journal('c')), work_notes: dv(journal('n')),
        cmdb_ci: { display_value: `CPE ${o.near('serial', 'phone', `FN-R450-${r.digits(6)}`)}`, value: sysId(r) },
        sys_created_on: { display_value: loc(opened), value: ymd(opened) + ' ' + hms(opened) }, sys_created_by: dv(o.near('username', 'name', a.login)),
        sys_updated_by: dv(o.near('username', 'name', r.pick(AGENTS).login)), sys_mod_count: dv(String(r.int(1, 14))),
      });
    }
    save(o, JSON.stringify({ records: recs }, null, 1));
  }
  {
    const o = new Out('servicenow/sys_user.json');
    const recs = [];
    for (const p of [...AGENTS, ...[...users.keys()]]) {
      const isAgent = AGENTS.includes(p);
      recs.push({ sys_id: sysOf(p), user_name: isAgent ? o.near('username', 'name', p.login) : translit(p.email.split('@')[0]), first_name: p.first, last_name: p.last,
        name: o.name(p.full, isAgent ? 'agent' : 'customer'), email: o.email(p.email, isAgent ? 'agent' : 'customer'),
        phone: isAgent ? o.near('agent-extension', 'phone', p.ext) : p.landline ? o.phoneR(r, p.landline) : '', mobile_phone: isAgent ? '' : o.phoneR(r, p.mobile),
        u_personnummer: isAgent ? '' : o.pnrR(r, p), title: isAgent ? 'Kundtjänstmedarbetare' : '', department: isAgent ? `Kundservice ${p.team}` : '',
        active: 'true', last_login_time: isAgent ? loc(at(r.int(20, 27), 7, r.int(0, 59))) : '', sys_created_on: loc(at(-r.int(30, 900), 10)) });
    }
    save(o, JSON.stringify({ records: recs }, null, 1));
  }
  {
    const o = new Out('servicenow/sys_audit.csv');
    const rows = [['sys_id', 'tablename', 'documentkey', 'fieldname', 'oldvalue', 'newvalue', 'user', 'sys_created_on', 'record_checkpoint']];
    const list = [...users.keys()];
    for (let i = 0; i < 180; i++) {
      const c = r.pick(list);
      const a = r.pick(AGENTS);
      const f = r.pick(['mobile_phone', 'email', 'u_personnummer', 'state', 'assigned_to', 'phone']);
      let oldv = '';
      let newv = '';
      if (f === 'mobile_phone') { oldv = o.phone(makePhone(r), 'plain'); newv = o.phone(c.mobile, 'plain'); }
      else if (f === 'phone') { oldv = ''; newv = o.phone(c.landline ?? c.mobile, 'national'); }
      else if (f === 'email') { oldv = o.email(makeEmail(r, c.first, c.last, c.by + 3)); newv = o.email(c.email); }
      else if (f === 'u_personnummer') { oldv = ''; newv = o.pnr(c, '12'); }
      else if (f === 'assigned_to') { oldv = ''; newv = a.sys; }
      else { oldv = String(r.int(1, 3)); newv = String(r.int(4, 7)); }
      rows.push([sysId(r), f === 'state' || f === 'assigned_to' ? 'incident' : 'sys_user', sysOf(c), f, oldv, newv, o.near('username', 'name', a.login), loc(at(r.int(0, 25), r.int(7, 18), r.int(0, 59), r.int(0, 59))), r.int(1, 20)]);
    }
    save(o, csv(rows));
  }
}

// ---------------------------------------------------------------- telephony: CDR, IVR, transcripts, voicemail
const spokenPhone = (ph) => (ph.sub.length === 7 ? `${ph.area} ${ph.sub.slice(0, 3)} ${ph.sub.slice(3, 5)} ${ph.sub.slice(5)}` : `${ph.area} ${groupSub(ph.sub)}`);
function wav(r) {
  const data = Buffer.alloc(1600);
  for (let i = 0; i < data.length; i++) data[i] = 128 + r.int(-3, 3);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + data.length, 4); h.write('WAVEfmt ', 8); h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22); h.writeUInt32LE(8000, 24); h.writeUInt32LE(8000, 28); h.writeUInt16LE(1, 32); h.writeUInt16LE(8, 34);
  h.write('data', 36); h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}
async function genTelephony() {
  const r = rng('telephony');
  const weeks = [['w10', 0, 'e164'], ['w11', 7, 'e164-noplus'], ['w12', 14, 'mixed'], ['w13', 21, 'plain']];
  for (const [w, d0, style] of weeks) {
    const o = new Out(`telefoni/cdr/cdr_2025-${w}.csv`);
    const rows = [['call_id', 'start_time', 'answer_time', 'end_time', 'direction', 'ani', 'dnis', 'queue', 'agent_name', 'agent_ext', 'wait_sec', 'talk_sec', 'wrap_sec', 'disposition', 'recording_id']];
    const comp = style === 'plain' ? '0771405060' : style === 'e164' ? CO.switchE164 : '46771405060';
    o.near('company-number', 'phone', comp);
    for (let i = 0; i < 330; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const t = at(d0 + r.int(0, 4), r.int(7, 19), r.int(0, 59), r.int(0, 59));
      const dir = r.wpick([[7, 'inbound'], [2, 'outbound'], [1, 'internal']]);
      const wait = r.int(3, 900);
      const talk = r.int(20, 1500);
      const abandoned = dir === 'inbound' && r.chance(0.12);
      const st = style === 'mixed' ? r.pick(['e164', 'e164-noplus', 'plain']) : style;
      const custNo = () => (r.chance(0.04) ? o.phoneRaw(foreignPhone(r).replace(/ /g, ''), 'foreign') : o.phone(c.landline && r.chance(0.2) ? c.landline : c.mobile, st));
      let ani;
      let dnis;
      if (dir === 'inbound') { ani = r.chance(0.05) ? 'anonymous' : custNo(); dnis = comp; }
      else if (dir === 'outbound') { ani = comp; dnis = custNo(); }
      else { ani = o.near('agent-extension', 'phone', a.ext); dnis = o.near('agent-extension', 'phone', r.pick(AGENTS).ext); }
      const answered = !abandoned;
      rows.push([r.uuid(), loc(t), answered ? loc(t + wait * 1000) : '', loc(t + (wait + (answered ? talk : 0)) * 1000), dir, ani, dnis,
        dir === 'internal' ? '' : r.pick(QUEUES), answered ? o.name(r.chance(0.85) ? a.fl : `${a.last} ${a.first}`, 'agent') : '', answered ? a.ext : '',
        dir === 'outbound' ? 0 : wait, answered ? talk : 0, answered ? r.int(0, 240) : 0, abandoned ? 'ABANDONED' : r.pick(['ANSWERED', 'ANSWERED', 'TRANSFERRED', 'CALLBACK']),
        answered && r.chance(0.7) ? `rec-${r.hex(12)}` : '']);
      if (answered) o.near('agent-extension', 'phone', a.ext);
    }
    save(o, csv(rows, ';'));
  }
  for (const [day, n] of [[7, 110], [14, 95]]) {
    const o = new Out(`telefoni/ivr/ivr_${ymd(at(day, 0))}.log`);
    const lines = [];
    o.near('company-number', 'phone', CO.switchE164);
    for (let i = 0; i < n; i++) {
      const c = r.pick(PEOPLE);
      let t = at(day, r.int(7, 19), r.int(0, 59), r.int(0, 59)) + r.int(0, 999);
      const call = r.uuid();
      const node = `ivr-node-${r.int(1, 3)}`;
      const L = (lvl, ev) => { t += r.int(300, 9000); lines.push(`${isoOff(t).replace('+01:00', `.${String(t % 1000).padStart(3, '0')}+01:00`)} ${lvl.padEnd(5)} [${node}] call=${call} ${ev}`); };
      const anon = r.chance(0.06);
      L('INFO', `event=CALL_START ani=${anon ? 'anonymous' : o.phone(c.mobile, 'e164')} dnis=${CO.switchE164} trunk=SIP-TELIA-02`);
      L('INFO', `event=MENU menu=MAIN prompt=valkommen_v3 dtmf=${r.int(1, 5)}`);
      if (r.chance(0.6)) {
        if (r.chance(0.15)) {
          const bad = c.pnr.slice(0, 11) + ((Number(c.pnr[11]) + r.int(1, 9)) % 10);
          L('WARN', `event=IDENTIFY method=DTMF input=${o.near('pnr-typo', 'personnummer', bad)} result=NO_MATCH reason=checksum`);
        }
        L('INFO', `event=IDENTIFY method=${r.pick(['DTMF', 'DTMF', 'BANKID'])} input=${o.pnr(c, r.pick(['12', '12', '10']))} result=MATCH customer=${c.id}`);
      }
      if (r.chance(0.25)) L('INFO', `event=ASR_RESULT text="${r.pick([() => 'jag vill prata om min faktura', () => `det är ${o.name(c.fl.toLowerCase())}`, () => 'internet fungerar inte', () => 'säga upp abonnemang'])()}" confidence=0.${r.int(55, 97)}`);
      if (r.chance(0.2)) L('INFO', `event=CALLBACK_REQUESTED number=${o.phone(c.mobile, r.pick(['plain', 'e164']))} queue=${r.pick(QUEUES)} slot=${hms(t + 1800000).slice(0, 5)}`);
      L('INFO', `event=TRANSFER queue=${r.pick(QUEUES)} estimated_wait=${r.int(10, 900)}s`);
      L(r.chance(0.05) ? 'ERROR' : 'INFO', `event=CALL_END duration=${dur(r.int(20, 300))} sip_code=${r.pick([200, 200, 200, 487, 408])} media=${o.priv(`10.12.${r.int(0, 9)}.${r.int(2, 250)}`)}:${r.int(10000, 20000)}`);
    }
    save(o, `${lines.join('\n')}\n`);
  }
  // speech-to-text transcripts
  for (let i = 0; i < 14; i++) {
    const json = i % 4 === 3;
    const c = r.pick(PEOPLE);
    const a = r.pick(AGENTS);
    const other = r.pick(PEOPLE);
    const t = at(r.int(0, 25), r.int(7, 18), r.int(0, 59), r.int(0, 59));
    const id = r.hex(12);
    const o = new Out(`telefoni/transkript/samtal_${ymd(t).replace(/-/g, '')}_${id}.${json ? 'json' : 'txt'}`);
    const af = a.first.toLowerCase();
    const segs = [];
    const S = (sp, text) => segs.push([sp, text]);
    S('agent', `fjällnet kundtjänst du pratar med ${af} vad kan jag hjälpa dig med`);
    S('kund', `ja hej det är ${o.name(r.chance(0.8) ? c.fl.toLowerCase() : c.full.toLowerCase(), 'customer')} jag ringer om ${r.pick(['min faktura', 'mitt bredband', 'en flytt', 'att säga upp mobilen'])}`);
    S('agent', 'okej då behöver jag ditt personnummer tolv siffror eller tio går bra');
    S('kund', `ja det är ${o.pnr(c, r.pick(['spoken', 'spoken', '10-space']))}`);
    S('agent', `tack och du bor på ${c.street.toLowerCase()} i ${c.city.toLowerCase()}`);
    S('kund', r.pick(['ja precis', 'mm det stämmer', 'ja']));
    if (r.chance(0.6)) { S('agent', 'vilket nummer når vi dig bäst på'); S('kund', `${o.phone(c.mobile, 'spaced')}${r.chance(0.5) ? ' det är mobilen' : ''}`); }
    S('kund', r.pick([
      () => `det kostar ju tvåhundra kronor ${o.near('name-word', 'name', 'per')} månad och ni drar mer`,
      () => `vi vill ${o.near('name-word', 'name', 'bo')} kvar men min ${other.sex === 'm' ? 'man' : 'fru'} ${o.name(other.fl.toLowerCase(), 'third-party')} flyttar ut`,
      () => `jag har ${o.near('product', 'name', 'telia max')} på jobbet och den funkar`,
      () => `min ${other.sex === 'm' ? 'son' : 'dotter'} ${o.name(other.fl.toLowerCase(), 'third-party')} har fullmakt hon ringde förra veckan`,
      () => `${o.near('name-word', 'name', 'max')} hastighet är ju tvåhundrafemtio men jag får tio`])());
    S('agent', `jag förstår jag lägger en notering ärendenummer ${o.near('ticket-no', 'phone', String(r.int(384100, 385200)).split('').join(' '))}`);
    S('kund', 'tack snälla hej');
    S('agent', 'tack för att du ringde hej då');
    let ts = 0;
    const timed = segs.map(([sp, text]) => { const st = ts; ts += 2 + text.length / 14 + r.f() * 2; return { speaker: sp, start: Number(st.toFixed(2)), end: Number(ts.toFixed(2)), text }; });
    const agentName = o.name(a.fl.toLowerCase(), 'agent');
    const ani = o.phone(c.mobile, 'e164');
    if (json) {
      save(o, JSON.stringify({ call_id: id, created: isoZ(t), language: 'sv-SE', model: 'stt-nordic-2024-11', channels: 2, duration_sec: Math.round(ts),
        metadata: { queue: r.pick(QUEUES), agent: agentName, ani }, segments: timed }, null, 2));
    } else {
      save(o, `samtals-id: ${id}\ndatum: ${locShort(t)}\nkö: ${r.pick(QUEUES).toLowerCase()}\nagent: ${agentName}\nkund-ani: ${ani}\nlängd: ${dur(Math.round(ts))}\nspråk: sv-se (automatisk transkribering)\n\n${timed.map((x) => `[${dur(Math.floor(x.start))}] ${x.speaker}: ${x.text}`).join('\n')}\n`);
    }
  }
  // voicemail-to-text e-mails
  for (let i = 0; i < 8; i++) {
    const c = r.pick(PEOPLE);
    const t = at(r.int(0, 25), r.int(6, 21), r.int(0, 59), r.int(0, 59));
    const secs = r.int(8, 95);
    const anon = i === 5;
    const o = new Out(`telefoni/rostbrevlada/vm_${ymd(t).replace(/-/g, '')}_${hms(t).replace(/:/g, '').slice(0, 4)}_${i + 1}.eml`);
    const from = anon ? 'okänt nummer' : o.phone(c.mobile, 'e164');
    const text = [
      () => `hej det är ${o.name(c.fl.toLowerCase())} jag ringer angående min faktura ring tillbaka på ${o.phone(c.mobile, 'spaced')} tack hej`,
      () => `ja hej ${o.name(c.full.toLowerCase())} här mitt internet har varit nere sen i morse mitt personnummer är ${o.pnr(c, 'spoken')} hör av er`,
      () => `hallå det gäller min mamma ${o.name(r.pick(PEOPLE).fl.toLowerCase(), 'third-party')} hon har fått en konstig faktura ring mig ${o.phone(c.landline ?? c.mobile, 'spaced')}`,
      () => 'hej ja jag ville bara säga att tekniker kom och allt funkar nu tack',
    ][i % 4]();
    const body = `Du har fått ett nytt röstmeddelande.\n\nFrån: ${anon ? from : o.phone(c.mobile, 'e164-space')}\nTill: Kö ${r.pick(QUEUES)} (${o.near('company-number', 'phone', CO.switchboard)})\nMottaget: ${locShort(t)}\nLängd: 0:${p2(secs % 60)}\n\nTranskribering (automatisk, kan innehålla fel):\n${text}\n\n-- \nFjällnet Växel · Detta meddelande kan inte besvaras.\n`;
    const msgId = o.msgid(`vm.${ymd(t).replace(/-/g, '')}${hms(t).replace(/:/g, '')}.${r.hex(6)}@pbx.${CO.domain}`);
    const mail = mimeMessage([
      ['Return-Path', `<${o.role(ROLE_MAILBOXES[4])}>`], ['From', `${rfc2047('Fjällnet Röstbrevlåda', 'UTF-8', 'Q')} <${ROLE_MAILBOXES[4]}>`],
      ['To', `${rfc2047('Kundtjänst', 'UTF-8', 'Q')} <${o.role(ROLE_MAILBOXES[0])}>`], ['Subject', rfc2047(`Nytt röstmeddelande från ${from} (0:${p2(secs % 60)})`, 'UTF-8', 'B')],
      ['Date', rfc2822(t)], ['Message-ID', `<${msgId}>`], ['X-Mailer', 'Fjällnet PBX Unified Messaging 7.2'],
    ], { multipart: 'mixed', boundary: `----=_vm_${r.hex(16)}`, parts: [
      { type: 'text/plain', charset: 'utf-8', cte: i % 2 ? 'qp' : 'base64', text: body },
      { type: 'audio/wav', filename: `meddelande_${i + 1}.wav`, data: wav(r) },
    ] });
    save(o, mailBuf(mail));
  }
}

// ---------------------------------------------------------------- chat: teams, slack, web chat, sms
function chatLine(r, o, c, a2) {
  return r.pick([
    () => `kan någon kolla ${o.name(c.full)} ${o.pnrR(r, c)}? hon/han har ringt tre gånger om samma faktura`,
    () => `Eskalerar ${o.name(c.fl)} till L2, router byttes ${ymd(at(-r.int(1, 9), 0))} men fortfarande nere. Tel ${o.phoneR(r, c.mobile)}`,
    () => `Kund ${o.name(c.rev)} vill ha svar via mejl: ${o.email(c.email)}`,
    () => `${o.name(a2.fl, 'agent')} tar du ärende #${o.near('ticket-no', 'phone', String(r.int(384100, 385200)))}? Kunden är ${o.name(c.full)}`,
    () => `Dödsbo: ${o.name(c.full)} (${o.pnr(c, '12-dash')}) – anhörig ringer från ${o.phoneR(r, c.landline ?? c.mobile)}`,
    () => `Någon som vet varför faktura ${o.near('invoice-no', 'phone', safeDigits(r, 7))} har dubbel avgift? Kostar 49 kr ${o.near('name-word', 'name', 'per')} månad.`,
    () => `Systemet segt idag, Zendesk svarar från ${o.ip(r.pick(OFFICE_IPS), 'office-egress')} men SSO hänger`,
    () => 'lunch 11.30 idag, någon som täcker kön?',
    () => `Kunden ${o.name(c.full.toUpperCase())} hotar med ARN-anmälan, jag har sparat samtalet`,
  ])();
}
async function genChat() {
  const r = rng('chat');
  const tenant = r.uuid();
  const aad = new Map(AGENTS.map((a) => [a, r.uuid()]));
  for (const [path, n, ch] of [['teams/kundservice_eskalering_messages.json', 60, 'Eskalering'], ['teams/chat_teamledare_2025-03.json', 40, null]]) {
    const o = new Out(path);
    const value = [];
    for (let i = 0; i < n; i++) {
      const a = r.pick(AGENTS);
      const a2 = r.pick(AGENTS.filter((x) => x !== a));
      const c = r.pick(PEOPLE);
      const t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59), r.int(0, 59));
      const mention = r.chance(0.3);
      const line = chatLine(r, o, c, a2);
      const ident = (p) => ({ '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: aad.get(p), displayName: o.name(p.fl, 'agent'), userIdentityType: 'aadUser', tenantId: tenant });
      value.push({ id: String(t), replyToId: i > 0 && r.chance(0.3) ? value[value.length - 1].id : null, etag: String(t), messageType: 'message',
        createdDateTime: isoMs(t), lastModifiedDateTime: isoMs(t), deletedDateTime: null, subject: null, summary: null, chatId: ch ? null : o.near('teams-thread-id', 'email', `19:${r.hex(32)}@unq.gbl.spaces`),
        importance: 'normal', locale: 'en-us', webUrl: ch ? `https://teams.example.com/l/message/19%3A${r.hex(20)}%40thread.tacv2/${t}?tenantId=${tenant}` : null,
        channelIdentity: ch ? { teamId: tenant, channelId: o.near('teams-thread-id', 'email', `19:${r.hex(32)}@thread.tacv2`) } : null,
        from: { application: null, device: null, user: ident(a) },
        body: { contentType: 'html', content: `<p>${mention ? `<at id="0">${xmlEsc(o.name(a2.fl, 'agent'))}</at>&nbsp;` : ''}${htmlEnt(line, r.pick(['none', 'none', 'numeric']))}</p>` },
        attachments: [], mentions: mention ? [{ id: 0, mentionText: o.name(a2.fl, 'agent'), mentioned: { application: null, device: null, conversation: null, tag: null, user: ident(a2) } }] : [],
        reactions: r.chance(0.2) ? [{ reactionType: 'like', createdDateTime: isoMs(t + 60000), user: { application: null, device: null, user: { id: aad.get(a2), displayName: null, userIdentityType: 'aadUser' } } }] : [] });
    }
    save(o, JSON.stringify({ '@odata.context': "https://graph.example.com/v1.0/$metadata#teams('x')/channels('y')/messages", '@odata.count': value.length, value }, null, 2));
  }
  // slack
  {
    const o = new Out('slack/users.json');
    save(o, JSON.stringify(AGENTS.map((a) => ({ id: a.slack, team_id: 'T02FJNET', name: o.near('username', 'name', a.login), deleted: false, real_name: o.name(a.fl, 'agent'), tz: 'Europe/Stockholm',
      profile: { title: `Kundtjänst – ${a.team}`, phone: r.chance(0.5) ? o.phoneR(r, a.mobile) : '', real_name: o.name(a.fl, 'agent'), real_name_normalized: o.name(translit(a.first).replace(/^./, (x) => x.toUpperCase()) + ' ' + translit(a.last).replace(/^./, (x) => x.toUpperCase()), 'agent'),
        display_name: a.first.toLowerCase(), email: o.email(a.email, 'agent'), first_name: a.first, last_name: a.last, image_72: `https://avatars.example.com/${a.slack}_72.png` },
      is_admin: false, is_bot: false, updated: 1741000000 })), null, 4));
  }
  {
    const o = new Out('slack/channels.json');
    save(o, JSON.stringify([['kundfall', 'Knepiga kundärenden'], ['kundfall-bredband', 'Störningar och tekniker'], ['random', 'Allt annat']].map(([name, purpose], i) => ({
      id: `C0${r.hex(8).toUpperCase()}`, name, created: 1700000000 + i * 86400, creator: AGENTS[i].slack, is_archived: false, is_general: name === 'random',
      members: AGENTS.slice(0, 12 + i).map((a) => a.slack), topic: { value: '', creator: '', last_set: 0 },
      purpose: { value: `${purpose}. Eskalera via ${o.role(ROLE_MAILBOXES[6])}`, creator: AGENTS[i].slack, last_set: 1700000000 } })), null, 4));
  }
  for (const [chn, day] of [['kundfall', 7], ['kundfall', 8], ['kundfall', 9], ['kundfall-bredband', 14]]) {
    const o = new Out(`slack/${chn}/${ymd(at(day, 0))}.json`);
    const msgs = [];
    let t = at(day, 6, 40);
    for (let i = 0; i < 34; i++) {
      t += r.int(1, 25) * 60000 + r.int(0, 59) * 1000;
      const a = r.pick(AGENTS);
      const a2 = r.pick(AGENTS.filter((x) => x !== a));
      const c = r.pick(PEOPLE);
      let text = chatLine(r, o, c, a2);
      if (r.chance(0.25)) text = `<@${a2.slack}> ${text}`;
      if (r.chance(0.15)) text += ` mejl: <mailto:${o.email(c.email)}|${c.email}>`;
      const ts = `${Math.floor(t / 1000)}.${String(r.int(100, 999)).padStart(6, '0')}`;
      msgs.push({ client_msg_id: r.uuid(), type: 'message', text, user: a.slack, ts, team: 'T02FJNET',
        user_profile: { avatar_hash: r.hex(12), image_72: `https://avatars.example.com/${a.slack}_72.png`, first_name: a.first, real_name: o.name(a.fl, 'agent'),
          display_name: a.first.toLowerCase(), team: 'T02FJNET', name: o.near('username', 'name', a.login), is_restricted: false, is_ultra_restricted: false },
        blocks: [{ type: 'rich_text', block_id: r.hex(5), elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }],
        ...(r.chance(0.15) ? { reactions: [{ name: 'eyes', users: [a2.slack], count: 1 }] } : {}) });
    }
    save(o, JSON.stringify(msgs, null, 4));
  }
  // web chat widget
  for (const day of [3, 10, 17]) {
    const o = new Out(`webchat/sessions_${ymd(at(day, 0))}.ndjson`);
    const lines = [];
    for (let i = 0; i < 55; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      let t = at(day + r.int(0, 4), r.int(7, 21), r.int(0, 59), r.int(0, 59));
      const start = t;
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const named = r.chance(0.6);
      const messages = [{ t: isoZ(t), from: 'bot', text: 'Hej! Jag är Fjällnets chattbot. Vad gäller det?' }];
      for (const m of sc.msgs.filter((x) => x.who !== 'n')) {
        t += r.int(20, 400) * 1000;
        messages.push({ t: isoZ(t), from: m.who === 'c' ? 'visitor' : 'agent', text: m.text.replace(/\n+/g, ' ') });
      }
      const ip = r.chance(0.3) ? o.ip(publicV6(r)) : o.ip(publicV4(r));
      lines.push(JSON.stringify({ session_id: r.uuid(), widget: 'fjallnet-web-2.3', started_at: isoZ(start), ended_at: isoZ(t + 30000),
        visitor: { id: `v_${r.hex(16)}`, name: named ? o.name(r.chance(0.7) ? c.fl : c.fl.toLowerCase()) : null, email: r.chance(0.5) ? o.email(c.email) : null,
          ip, forwarded_for: r.chance(0.2) ? `${ip}, ${o.priv(privateV4(r))}` : null, user_agent: r.pick(UAS), geo: { country: 'SE', city: c.city },
          page_url: `https://www.fjallnet.example.com/${r.pick(['support/faktura', 'support/bredband', 'mina-sidor', 'erbjudanden/mobil'])}?utm_source=${r.pick(['google', 'nyhetsbrev', 'direct'])}` },
        agent: { id: a.zid, name: o.name(a.fl, 'agent') }, rating: r.pick([null, 1, 2, 3, 4, 5, 5]), messages }));
    }
    save(o, `${lines.join('\n')}\n`);
  }
  {
    const o = new Out('webchat/offline_messages.csv');
    const rows = [['received_at', 'name', 'email', 'phone', 'message', 'page', 'ip', 'handled_by']];
    for (let i = 0; i < 60; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      rows.push([isoZ(at(r.int(0, 25), r.int(17, 23), r.int(0, 59))), o.name(r.chance(0.8) ? c.full : c.rev), o.email(c.email), r.chance(0.6) ? o.phoneR(r, c.mobile) : '',
        r.pick([() => 'Ring mig imorgon angående fakturan', () => `Mitt pnr ${o.pnrR(r, c)}, vill säga upp`, () => 'Bredbandet nere igen!!', () => `Nås på ${o.phoneR(r, c.landline ?? c.mobile)} efter 17`])(),
        '/kontakt', r.chance(0.75) ? o.ip(publicV4(r)) : o.ip(publicV6(r)), r.chance(0.7) ? o.name(a.fl, 'agent') : '']);
    }
    save(o, csv(rows));
  }
  // sms gateway
  {
    const o = new Out('sms/utskick_2025-03.log');
    const lines = [];
    for (let i = 0; i < 260; i++) {
      const c = r.pick(PEOPLE);
      const t = at(r.int(0, 25), r.int(7, 20), r.int(0, 59), r.int(0, 59));
      const text = r.pick([
        () => `Hej ${c.first}! Din tekniker kommer ${ymd(t + 2 * DAY)} mellan 08-12. Svara STOPP för att avboka. /Fjällnet`,
        () => `Hej ${o.name(c.fl)}, din engångskod till Mina sidor är ${o.near('otp', 'phone', r.digits(6))}. Dela aldrig koden.`,
        () => `Fjällnet: Din faktura på ${r.int(199, 899)} kr förfaller ${ymd(t + 10 * DAY)}. OCR ${o.near('ocr', 'personnummer', ocr(r))}, bg ${o.near('bankgiro', 'phone', CO.bankgiro)}.`,
        () => `Hej! Störningen i ${c.city} är åtgärdad. Mvh Fjällnet Kundtjänst ${o.near('company-number', 'phone', CO.switchboard)}`,
        () => `Tack för samtalet med ${o.name(r.pick(AGENTS).fl, 'agent')} idag. Hur nöjd var du? Svara 1-5.`,
      ])();
      lines.push(`${loc(t)}\tOUT\tid=${r.hex(10)}\tmsisdn=${o.phone(c.mobile, r.chance(0.8) ? 'e164-noplus' : 'e164')}\tsender=Fjallnet\tstatus=${r.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'EXPIRED', 'UNDELIVERABLE'])}\tparts=${text.length > 160 ? 2 : 1}\tprice=0.${r.int(28, 45)}\tmsg="${text}"`);
    }
    save(o, `${lines.join('\n')}\n`);
  }
  {
    const o = new Out('sms/inkommande_2025-03.csv');
    const rows = [['received', 'from', 'to', 'keyword', 'text']];
    for (let i = 0; i < 110; i++) {
      const c = r.pick(PEOPLE);
      const text = r.pick([() => 'STOPP', () => '5', () => '4 bra bemötande', () => `Jag heter ${o.name(c.full)} ${o.pnrR(r, c)} och vill säga upp`,
        () => `Ring mig på ${o.phoneR(r, c.landline ?? c.mobile)} istället`, () => 'Tekniker kom aldrig!!', () => `Ny mejl ${o.email(c.email)}`,
        () => `Detta är ${o.name(c.fl.toLowerCase())}, kan ni ringa`])();
      rows.push([loc(at(r.int(0, 25), r.int(7, 22), r.int(0, 59), r.int(0, 59))), o.phone(c.mobile, 'e164'), o.near('short-code', 'phone', '72550'),
        text.split(' ')[0].toUpperCase().replace(/[^A-ZÅÄÖ0-9]/g, ''), text]);
    }
    save(o, csv(rows));
  }
}

// ---------------------------------------------------------------- surveys and web forms
async function genForms() {
  const r = rng('forms');
  const comment = (o, a, c) => r.pick([
    () => `${o.name(a.fl, 'agent')} var jättetrevlig och löste allt direkt!`, () => `${a.first} var bra men väntetiden var lång`, () => 'Alldeles för lång kö.',
    () => `Inget att klaga på, ${o.near('name-word', 'name', 'max')} betyg`, () => `Ring mig gärna på ${o.phoneR(r, c.mobile)} så förklarar jag`, () => '',
    () => `Jag har fortfarande inte fått svar på ärende ${o.near('ticket-no', 'phone', String(r.int(384100, 385200)))}`, () => `Bytte från ${o.near('product', 'name', 'Telia Max')} och ångrar mig inte`,
    () => `Mvh ${o.name(c.full)}`, () => `Priset ${o.near('name-word', 'name', 'per')} månad är för högt`, () => 'Tekniker kom i tid. Bra!'])();
  {
    const o = new Out('enkat/nps_2025-q1.csv');
    const rows = [['respondent_id', 'skickad', 'besvarad', 'kanal', 'arende_id', 'agent', 'betyg', 'kommentar', 'e-post', 'telefon', 'kontakt_ok']];
    for (let i = 0; i < 240; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const t = at(r.int(-50, 25), r.int(8, 20), r.int(0, 59));
      const ok = r.chance(0.4);
      rows.push([`R${20250000 + i * 13}`, locShort(t), locShort(t + r.int(1, 48) * 3600000), r.pick(['telefon', 'chatt', 'e-post']), String(r.int(383000, 385200)),
        r.chance(0.8) ? o.name(a.fl, 'agent') : '', r.int(0, 10), comment(o, a, c), ok ? o.email(c.email) : '', ok && r.chance(0.5) ? o.phoneR(r, c.mobile) : '', ok ? 'ja' : 'nej']);
    }
    save(o, csv(rows));
  }
  {
    const o = new Out('enkat/csat_chatt_2025-03.txt');
    const rows = [['Datum', 'Chatt-ID', 'Agent', 'Nöjdhet (1-5)', 'Fritext', 'Besökarens namn', 'Besökarens e-post']];
    for (let i = 0; i < 120; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      rows.push([ymd(at(r.int(0, 25), 10)), r.hex(10), o.name(r.chance(0.7) ? a.fl : `${a.last}, ${a.first}`, 'agent'), r.int(1, 5), comment(o, a, c),
        r.chance(0.5) ? o.name(c.fl) : '', r.chance(0.4) ? o.email(c.email) : '']);
    }
    save(o, rows.map((row) => row.map((x) => String(x).replace(/[\t\n]/g, ' ')).join('\t')).join('\r\n') + '\r\n', 'utf16le-bom');
  }
  const encs = [['utf-8', 'qp', 'none'], ['utf-8', 'base64', 'named'], ['iso-8859-1', 'qp', 'numeric'], ['utf-8', '8bit', 'none']];
  for (let i = 0; i < 8; i++) {
    const [cs, cte, mode] = encs[i % 4];
    const c = r.pick(PEOPLE.filter((p) => (cs === 'utf-8' ? true : p.latin)));
    const t = at(r.int(0, 25), r.int(6, 23), r.int(0, 59), r.int(0, 59));
    const form = r.pick(['Kontakta oss', 'Felanmälan', 'Uppsägning', 'Flytt']);
    const o = new Out(`formular/formular_${ymd(t).replace(/-/g, '')}_${String(i + 1).padStart(3, '0')}.eml`);
    const ip = r.chance(0.7) ? o.ip(publicV4(r)) : o.ip(publicV6(r));
    const fields = [['Formulär', form], ['Namn', o.name(r.chance(0.8) ? c.full : c.full.toUpperCase())], ['Personnummer', o.pnrR(r, c)], ['E-post', o.email(c.email)],
      ['Telefon', o.phoneR(r, c.mobile)], ['Kundnummer', c.id], ['Adress', `${c.street}, ${o.near('postal-code', 'phone', c.zip)} ${c.city}`],
      ['Meddelande', r.pick([() => 'Internet har varit nere i två dagar. Ring mig!', () => `Vill flytta abonnemanget till min sambo ${o.name(r.pick(PEOPLE.filter((p) => p.latin)).full, 'third-party')}.`,
        () => `Säg upp mitt mobilabonnemang ${o.phoneR(r, c.mobile)} från ${ymd(t + 30 * DAY)}.`, () => 'Fakturan är fel, se bifogad bild.'])()],
      ['Samtycke', 'Ja, jag godkänner behandling enligt integritetspolicyn'], ['IP-adress', ip], ['Webbläsare', r.pick(UAS)], ['Skickat', loc(t)]];
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${cs}"><style>td{padding:4px;font-family:Arial}</style></head><body>\n<h2>Nytt formulärsvar: ${htmlEnt(form, mode)}</h2>\n<table border="1" cellspacing="0">\n${fields.map(([k, v]) => `<tr><td><b>${htmlEnt(k, mode)}</b></td><td>${htmlEnt(v, mode)}</td></tr>`).join('\n')}\n</table>\n<p>Skickat via www.fjallnet.example.com &middot; svara inte på detta mejl</p>\n</body></html>`;
    const plain = fields.map(([k, v]) => `${k}: ${v}`).join('\n');
    const mail = mimeMessage([['From', `${rfc2047('Fjällnet Webbformulär', 'UTF-8', 'Q')} <${o.role(ROLE_MAILBOXES[5])}>`], ['Reply-To', addr(o.name(c.full), o.email(c.email), cs === 'utf-8' ? 'UTF-8' : 'ISO-8859-1', 'Q')],
      ['To', o.role(ROLE_MAILBOXES[0])], ['Subject', rfc2047(`Nytt formulärsvar: ${form}`, 'UTF-8', 'Q')], ['Date', rfc2822(t)],
      ['Message-ID', `<${o.msgid(`form.${r.hex(16)}@web.${CO.domain}`)}>`], ['X-Form-Id', `${form.toLowerCase().replace(/ /g, '-')}-v2`]],
    { multipart: 'alternative', boundary: `=_form_${r.hex(12)}`, parts: [{ type: 'text/plain', charset: cs, cte: cte === '8bit' ? '8bit' : 'qp', text: plain },
      { type: 'text/html', charset: cs, cte, text: html }] });
    save(o, cs === 'utf-8' ? mailBuf(mail) : Buffer.from(mail, 'utf8'));
  }
}

// ---------------------------------------------------------------- mail: notifications and mbox archives
async function genMail() {
  const r = rng('mail');
  for (let i = 0; i < 8; i++) {
    const c = r.pick(PEOPLE);
    const a = r.pick(AGENTS);
    const o = new Out(`mail/notifieringar/arende_${384500 + i * 17}_${i % 2 ? 'svar' : 'uppdatering'}.eml`);
    const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
    const t0 = at(r.int(0, 25), r.int(7, 16), r.int(0, 59), r.int(0, 59));
    const tid = 384500 + i * 17;
    const aMsg = sc.msgs.find((m) => m.who === 'a').text;
    const t1 = t0 + r.int(30, 600) * 60000;
    const replyTo = o.role(`support+id${tid}@${CO.domain}`);
    const mid = o.msgid(`${r.hex(12)}_${r.hex(6)}@zendesk.example.com`);
    if (i % 2 === 0) { // notification from ticket system to customer
      const text = `##- Skriv ditt svar ovanför denna rad -##\n\nDitt ärende (${tid}) har uppdaterats.\n\n${o.name(a.fl, 'agent')} (Fjällnet Kundtjänst)\n${svLong(t1)}\n\n${aMsg}\n\n--------------------------------\n\n${o.name(c.full)}\n${svLong(t0)}\n\n${sc.msgs[0].text}\n\n[ZR${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}]`;
      const html = `<div style="color:#b5b5b5">##- Skriv ditt svar ovanför denna rad -##</div><p>Ditt ärende (${tid}) har uppdaterats.</p><table><tr><td><strong>${htmlEnt(a.fl, 'named')}</strong> (Fjällnet Kundtjänst)<br>${htmlEnt(svLong(t1), 'named')}</td></tr><tr><td>${htmlParas(aMsg, 'named')}</td></tr><tr><td><strong>${htmlEnt(c.full, 'named')}</strong><br>${htmlEnt(svLong(t0), 'named')}</td></tr><tr><td>${htmlParas(sc.msgs[0].text, 'named')}</td></tr></table>`;
      const mail = mimeMessage([['From', addr(`${o.name(a.fl, 'agent')} (Fjällnet Kundtjänst)`, o.role(ROLE_MAILBOXES[1]))], ['Reply-To', `"Fjällnet Kundtjänst" <${replyTo}>`.replace('"Fjällnet Kundtjänst"', rfc2047('Fjällnet Kundtjänst'))],
        ['To', addr(o.name(c.full), o.email(c.email))], ['Subject', rfc2047(`[Fjällnet] Re: ${sc.subject}`)], ['Date', rfc2822(t1)], ['Message-ID', `<${mid}>`],
        ['X-Zendesk-From-Account-Id', r.hex(7)], ['Auto-Submitted', 'auto-generated']],
      { multipart: 'alternative', boundary: `--==_mimepart_${r.hex(24)}`, parts: [{ type: 'text/plain', charset: 'UTF-8', cte: 'qp', text }, { type: 'text/html', charset: 'UTF-8', cte: 'qp', text: html }] });
      save(o, mailBuf(mail));
    } else { // customer reply with quoted notification and signature
      const quoted = `Den ${svLong(t1)} skrev ${o.name(a.fl, 'agent')} via Fjällnet <${replyTo}>:\n${aMsg.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n')}`;
      const text = `${r.pick(['Tack, men det fungerar fortfarande inte.', 'Okej, då väntar jag.', 'Tack för snabbt svar!'])}\n\n${o.name(c.fl)}\n${c.street}\n${o.near('postal-code', 'phone', c.zip)} ${c.city}\nMobil: ${o.phoneR(r, c.mobile)}\n\nSkickat från min iPhone\n\n${quoted}\n`;
      const latin = c.latin && r.chance(0.5);
      const mail = mimeMessage([['From', addr(o.name(c.full), o.email(c.email), latin ? 'ISO-8859-1' : 'UTF-8', 'Q')], ['To', `${rfc2047('Fjällnet Kundtjänst')} <${replyTo}>`],
        ['Subject', rfc2047(`Re: [Fjällnet] Re: ${sc.subject}`, latin ? 'ISO-8859-1' : 'UTF-8', 'Q')], ['Date', rfc2822(t1 + r.int(10, 300) * 60000)],
        ['Message-ID', `<${o.msgid(`${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}@${c.email.split('@')[1]}`)}>`], ['In-Reply-To', `<${mid}>`], ['References', `<${mid}>`]],
      { type: 'text/plain', charset: latin ? 'iso-8859-1' : 'utf-8', cte: latin ? 'qp' : '8bit', text });
      save(o, latin ? Buffer.from(mail, 'utf8') : mailBuf(mail));
    }
  }
  {
    const o = new Out('mail/arkiv/kundtjanst_2025-03.mbox');
    const parts = [];
    for (let i = 0; i < 24; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      const sc = scenario(r, o, c, a, SCEN_FOR(c, r));
      const t = at(r.int(0, 25), r.int(6, 22), r.int(0, 59), r.int(0, 59));
      const company = r.chance(0.3);
      const sig = company ? `\n\n--\n${o.name(c.full)}\n${r.pick(['Ekonomiansvarig', 'VD', 'Kontorschef'])} | ${o.near('company-with-person-name', 'name', r.pick(['Anderssons Rör AB', 'Bengtssons Bygg & Måleri AB', 'Per Olssons Åkeri AB']))}\nTel: ${o.phoneR(r, c.landline ?? c.mobile)}\nOrg.nr ${o.near('orgnr', 'personnummer', orgnr(r))}` : '';
      const body = sc.msgs[0].text + sig;
      const latin = c.latin && r.chance(0.4);
      const headers = [['From', addr(o.name(c.full), o.email(c.email), latin ? 'ISO-8859-1' : 'UTF-8', r.pick(['Q', 'B']))], ['To', o.role(ROLE_MAILBOXES[0])],
        ['Subject', rfc2047(sc.subject, latin ? 'ISO-8859-1' : 'UTF-8', 'Q')], ['Date', rfc2822(t)], ['Message-ID', `<${o.msgid(`${r.hex(16)}@${c.email.split('@')[1]}`)}>`]];
      let msgText;
      if (i === 5 || i === 17) {
        const fam = r.sample(PEOPLE, 3);
        const att = csv([['Namn', 'Nummer', 'Abonnemang'], ...fam.map((p) => [o.name(p.full, 'third-party'), o.phone(p.mobile, 'national'), 'Fjällnet Mobil Bas'])]);
        msgText = mimeMessage(headers, { multipart: 'mixed', boundary: `_att_${r.hex(10)}`, parts: [{ type: 'text/plain', charset: 'utf-8', cte: '8bit', text: `${body}\n\nBifogar våra nummer.` },
          { type: 'text/csv', charset: 'utf-8', cte: 'base64', text: att, filename: 'abonnemang.csv' }] });
      } else msgText = mimeMessage(headers, { type: 'text/plain', charset: latin ? 'iso-8859-1' : 'utf-8', cte: latin ? 'qp' : '8bit', text: body.replace(/^From /gm, '>From ') });
      parts.push(`From ${o.email(c.email)} ${mboxDate(t)}\n${msgText.replace(/\r\n/g, '\n')}\n`);
    }
    save(o, mailBuf(parts.join('\n')));
  }
  {
    const o = new Out('mail/arkiv/eskalering.mbox');
    const parts = [];
    for (let i = 0; i < 12; i++) {
      const a = r.pick(AGENTS);
      const lead = r.pick(AGENTS.filter((x) => x !== a));
      const c = r.pick(PEOPLE);
      const t = at(r.int(0, 25), r.int(7, 17), r.int(0, 59), r.int(0, 59));
      const body = `Hej,\n\n${chatLine(r, o, c, lead)}\n\nKundnummer ${c.id}, ärende #${o.near('ticket-no', 'phone', String(r.int(384100, 385200)))}.\n${r.chance(0.5) ? `Kunden nås på ${o.phoneR(r, c.mobile)} eller ${o.email(c.email)}.\n` : ''}\n${r.chance(0.5) ? `/${a.first}` : `Med vänlig hälsning\n${o.name(a.fl, 'agent')}\nKundtjänst ${a.team}, ankn. ${o.near('agent-extension', 'phone', a.ext)}`}`;
      const msgText = mimeMessage([['From', addr(o.name(a.fl, 'agent'), o.email(a.email, 'agent'))], ['To', o.role(ROLE_MAILBOXES[6])], ['Cc', addr(o.name(lead.fl, 'agent'), o.email(lead.email, 'agent'))],
        ['Subject', rfc2047(`Eskalering: ${c.id}`)], ['Date', rfc2822(t)], ['Message-ID', `<${o.msgid(`${r.hex(20)}@${CO.domain}`)}>`], ['X-MS-Exchange-Organization-SCL', '-1']],
      { type: 'text/plain', charset: 'utf-8', cte: r.pick(['8bit', 'qp']), text: body });
      parts.push(`From ${o.email(a.email, 'agent')} ${mboxDate(t)}\n${msgText.replace(/\r\n/g, '\n')}\n`);
    }
    save(o, mailBuf(parts.join('\n')));
  }
}

// ---------------------------------------------------------------- reports: pdf print-outs, docx escalations, xlsx statistics
async function genReports() {
  const r = rng('reports');
  const latinPeople = PEOPLE.filter((p) => p.latin);
  for (let i = 0; i < 5; i++) {
    const c = r.pick(latinPeople);
    const a = r.pick(AGENTS);
    const tid = 384700 + i * 23;
    const o = new Out(`rapporter/arendeutskrifter/arende_${tid}.pdf`);
    const sc = scenario(r, o, c, a, c.samnr ? 'samnr' : r.pick(['faktura', 'storning', 'flytt', 'dodsbo', 'gdpr', 'betalning']));
    let t = at(r.int(0, 20), r.int(7, 16), r.int(0, 59));
    const lines = [{ text: 'Fjällnet AB – Ärendeutskrift', bold: true, size: 14 }, '',
      { text: `Ärende #${tid}: ${sc.subject}`, bold: true, size: 12 },
      `Status: Löst    Prioritet: ${r.pick(['Normal', 'Hög'])}    Kanal: ${r.pick(['E-post', 'Webbformulär', 'Telefon'])}`,
      `Beställare: ${o.name(c.full)} <${o.email(c.email)}>`,
      `Telefon: ${o.phoneR(r, c.mobile)}    Personnummer: ${o.pnrR(r, c)}`,
      `Handläggare: ${o.name(a.fl, 'agent')}    Grupp: Kundservice ${a.team}`,
      `Skapad: ${locShort(t)}    Organisation: –    Kundnummer: ${c.id}`, ''];
    for (const m of sc.msgs) {
      t += r.int(20, 500) * 60000;
      const who = m.who === 'c' ? o.name(c.full) : `${o.name(a.fl, 'agent')}${m.who === 'n' ? ' (intern anteckning)' : ''}`;
      lines.push({ text: `${who} – ${svLong(t)}`, bold: true });
      for (const l of m.text.split('\n')) lines.push(l);
      lines.push('');
    }
    lines.push({ text: `Utskriven ${locShort(at(27, 9, 12))} av ${o.name(r.pick(AGENTS).fl, 'agent')} från ${o.ip(OFFICE_IPS[i % 2], 'office-egress')}`, size: 8 });
    save(o, await pdf(o, lines, { title: `Ärende ${tid}`, author: 'Fjällnet Kundtjänst' }));
  }
  for (let w = 10; w <= 13; w++) {
    const o = new Out(`rapporter/eskalering/eskaleringsrapport_v${w}.docx`);
    const lead = AGENTS[w - 10];
    const editor = AGENTS[w];
    const blocks = [{ h: `Eskaleringsrapport vecka ${w} 2025` }, `Sammanställd av: ${o.name(lead.fl, 'agent')} (teamledare)`,
      `Period: ${ymd(at((w - 10) * 7, 0))} – ${ymd(at((w - 10) * 7 + 6, 0))}. Antal eskaleringar: ${r.int(8, 25)}.`, { h: 'Ärenden' }];
    const rows = [['Ärende', 'Kund', 'Personnummer', 'Kontakt', 'Orsak', 'Ansvarig']];
    for (let i = 0; i < 9; i++) {
      const c = r.pick(PEOPLE);
      const a = r.pick(AGENTS);
      rows.push([`#${o.near('ticket-no', 'phone', String(r.int(384100, 385200)))}`, o.name(r.chance(0.7) ? c.full : c.rev), o.pnrR(r, c),
        r.chance(0.5) ? o.phoneR(r, c.mobile) : o.email(c.email), r.pick(['Upprepad störning', 'Felaktig faktura', 'Hot om ARN-anmälan', 'Dödsbo', 'Skyddad identitet', 'Porteringsfel']), o.name(a.fl, 'agent')]);
    }
    blocks.push({ table: rows }, { h: 'Kommentarer' });
    const c = r.pick(PEOPLE);
    blocks.push(`Kunden ${o.name(c.full)} har kontaktat oss ${r.int(4, 9)} gånger om samma störning. Vi har erbjudit kreditering på ${money(r, 300, 1500)}.`,
      `${o.name(r.pick(AGENTS).fl, 'agent')} och ${o.name(r.pick(AGENTS).fl, 'agent')} följer upp med fältteknik. Kundens nya nummer: ${o.phoneR(r, c.landline ?? c.mobile)}.`,
      `Priset ${o.near('name-word', 'name', 'per')} månad för ${o.near('product', 'name', 'Fjällnet TV Max')} har orsakat ${r.int(3, 9)} klagomål.`,
      `Nästa avstämning: ${ymd(at((w - 9) * 7, 0))} kl 10.00. Frågor till ${o.role(ROLE_MAILBOXES[6])}.`);
    save(o, await docx(blocks, { title: `Eskaleringsrapport v${w}`, creator: o.name(lead.fl, 'agent'), modifiedBy: o.name(editor.fl, 'agent') }));
  }
  for (let w = 10; w <= 12; w++) {
    const o = new Out(`rapporter/statistik/agentstatistik_v${w}.xlsx`);
    const team = r.sample(AGENTS, 9);
    const head = ['KPI', ...team.map((a) => o.name(w === 11 ? `${a.last}, ${a.first}` : a.fl, 'agent'))];
    const kpis = [['Besvarade samtal', () => r.int(80, 260)], ['Chattar', () => r.int(10, 90)], ['Lösta ärenden', () => r.int(40, 200)],
      ['AHT (mm:ss)', () => `${p2(r.int(3, 9))}:${p2(r.int(0, 59))}`], ['CSAT %', () => r.int(70, 98)], ['NPS', () => r.int(-10, 60)], ['Frånvaro h', () => r.int(0, 16)]];
    const sheets = [{ name: `Vecka ${w}`, rows: [head, ...kpis.map(([k, f]) => [k, ...team.map(() => f())])] },
      { name: 'Agenter', rows: [['Namn', 'E-post', 'Team', 'Anknytning', 'Anställd'], ...team.map((a) => [o.name(r.chance(0.5) ? a.fl : a.fl.toUpperCase(), 'agent'), o.email(a.email, 'agent'), a.team, o.near('agent-extension', 'phone', a.ext), ymd(at(-r.int(100, 2000), 0))])] }];
    if (w === 12) {
      const rows = [['Datum', 'Kund', 'Telefon', 'Klagomål', 'Agent']];
      for (let i = 0; i < 14; i++) {
        const c = r.pick(PEOPLE);
        rows.push([ymd(at(14 + r.int(0, 6), 0)), o.name(c.full), o.phoneR(r, c.mobile), r.pick(['Lång kötid', 'Otrevligt bemötande', 'Felaktig info om pris', 'Ingen återkoppling']), o.name(r.pick(team).fl, 'agent')]);
      }
      sheets.push({ name: 'Klagomål', rows });
    }
    save(o, await xlsx(sheets, { title: `Agentstatistik v${w}`, creator: o.name(AGENTS[w].fl, 'agent'), modifiedBy: o.name(AGENTS[w + 1].fl, 'agent') }));
  }
}

const GENERATORS = [genZendesk, genFreshdesk, genCrm, genItsm, genServiceNow, genTelephony, genChat, genForms, genMail, genReports];
// ==== GENERATORS END ====

// ---------------------------------------------------------------- self-check
const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', uuml: 'ü', ndash: '–' };
const decodeEntities = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => (e[0] === '#'
  ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENT[e] ?? m)));
const stripTags = (s) => s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|td|th|li|h\d|table)>/gi, '\n').replace(/<[^>]+>/g, ' ');
function decodeText(buf) {
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { return iconv.decode(buf, 'win1252'); }
}
function jsonStrings(v, out) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => jsonStrings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); jsonStrings(x, out); }
  return out;
}
const decode2047 = (s) => s.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, cs, mode, data) => {
  const bytes = mode.toUpperCase() === 'B' ? Buffer.from(data, 'base64')
    : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  return iconv.decode(bytes, cs);
});
function qpDecode(s) { return Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1'); }
/** Decoded views of one MIME entity given as a latin1 string. */
function mimeViews(raw, out) {
  const cut = raw.search(/\r?\n\r?\n/);
  const head = (cut < 0 ? raw : raw.slice(0, cut)).replace(/\r?\n[ \t]+/g, ' ');
  const body = cut < 0 ? '' : raw.slice(cut).replace(/^\r?\n\r?\n/, '');
  out.push(decode2047(iconv.decode(Buffer.from(head, 'latin1'), 'utf8')));
  const h = (name) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const ct = h('Content-Type').toLowerCase();
  if (ct.startsWith('multipart/')) {
    const b = /boundary="?([^";]+)"?/i.exec(h('Content-Type'))?.[1];
    for (const part of body.split(`--${b}`).slice(1)) if (!part.startsWith('--')) mimeViews(part.replace(/^\r?\n/, ''), out);
    return;
  }
  const cte = h('Content-Transfer-Encoding').toLowerCase();
  const charset = /charset="?([^";]+)"?/i.exec(ct)?.[1] ?? 'utf-8';
  const bytes = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : cte === 'quoted-printable' ? qpDecode(body) : Buffer.from(body, 'latin1');
  if (ct && !ct.startsWith('text/') && !/\.(csv|txt)"/.test(ct)) return;
  const text = iconv.decode(bytes, charset);
  out.push(text);
  if (ct.includes('html')) out.push(decodeEntities(stripTags(text)));
}
function pdfText(buf) {
  const s = buf.toString('latin1');
  const out = [];
  for (const bt of s.matchAll(/\nBT\n([\s\S]*?)\nET/g)) {
    let line = '';
    for (const tj of bt[1].matchAll(/\[([^\]]*)\]\s*TJ/g)) for (const hx of tj[1].matchAll(/<([0-9a-fA-F]*)>/g)) line += iconv.decode(Buffer.from(hx[1], 'hex'), 'win1252');
    out.push(line);
  }
  return out.join('\n');
}
async function viewsOf(path) {
  const buf = readFileSync(join(OUT, ...path.split('/')));
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
  if (ext === '.docx' || ext === '.xlsx') {
    const zip = await JSZip.loadAsync(buf);
    const views = [];
    for (const name of Object.keys(zip.files).sort()) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      const xml = await zip.file(name).async('string');
      views.push(decodeEntities(xml.replace(/<\/(w:p|w:tc|si|c|row|dc:creator|dc:title|cp:lastModifiedBy)>/g, '\n').replace(/<[^>]+>/g, '')));
    }
    return views;
  }
  if (ext === '.pdf') return [pdfText(buf)];
  if (ext === '.eml' || ext === '.mbox') {
    const raw = buf.toString('latin1');
    const views = [];
    const msgs = ext === '.mbox' ? raw.split(/\n(?=From \S+ )/) : [raw];
    for (const m of msgs) {
      const firstLine = /^From \S+ .*\n/.exec(m);
      if (firstLine) views.push(firstLine[0]);
      mimeViews(firstLine ? m.slice(firstLine[0].length) : m, views);
    }
    return views;
  }
  const text = decodeText(buf);
  const views = [text];
  if (ext === '.json' || ext === '.ndjson') {
    const strs = [];
    if (ext === '.json') jsonStrings(JSON.parse(text), strs);
    else for (const line of text.split('\n')) if (line.trim()) jsonStrings(JSON.parse(line), strs);
    const joined = strs.join('\n');
    views.push(joined, decodeEntities(stripTags(joined)));
  }
  if (/\.(xml|html?)$/.test(ext)) views.push(decodeEntities(text), decodeEntities(stripTags(decodeEntities(text))));
  return views;
}
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IPV4_RE = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)/g;
const PNR_RE = /(?<!\d)(\d{6}|\d{8})([-+ ]?)(\d{4})(?!\d)/g;
async function selfCheck() {
  const problems = [];
  const byFile = new Map();
  for (const t of truth) { if (!byFile.has(t.file)) byFile.set(t.file, []); byFile.get(t.file).push(t); }
  const nearByFile = new Map();
  for (const n of nearMiss) { if (!nearByFile.has(n.file)) nearByFile.set(n.file, []); nearByFile.get(n.file).push(n); }
  const loose = (v) => v.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const files = new Set(fileList);
  if (files.size !== fileList.length) problems.push('duplicate file in fileList');
  for (const f of byFile.keys()) if (!files.has(f)) problems.push(`${f}: labelled but never written`);
  for (const f of fileList) {
    const views = await viewsOf(f);
    const all = views.join('\n\u0000\n');
    const labels = byFile.get(f) ?? [];
    for (const t of labels) if (!all.includes(t.value)) problems.push(`${f}: ${t.category} "${t.value}" not found`);
    const norms = (cat) => new Set(labels.filter((t) => t.category === cat).map((t) => normalize(cat, t.value, TODAY)));
    const nm = (nearByFile.get(f) ?? []).map((n) => loose(n.value));
    const isNear = (v) => { const k = loose(v); return nm.some((n) => n === k || n.includes(k) || k.includes(n)); };
    const em = norms('email');
    const ip = norms('ip');
    const pn = norms('personnummer');
    for (const v of views) {
      for (const m of v.matchAll(EMAIL_RE)) if (!em.has(normalize('email', m[0], TODAY)) && !isNear(m[0])) problems.push(`${f}: unlabelled e-mail ${m[0]}`);
      for (const m of v.matchAll(IPV4_RE)) {
        if (m[0].split('.').some((x) => Number(x) > 255)) continue;
        if (!ip.has(normalize('ip', m[0], TODAY)) && !isNear(m[0])) problems.push(`${f}: unlabelled IPv4 ${m[0]}`);
      }
      for (const m of v.matchAll(PNR_RE)) {
        const digits = m[1] + m[3];
        if (!looksLikePnr(digits)) continue;
        if (!pn.has(normalize('personnummer', m[0], TODAY)) && !isNear(m[0])) problems.push(`${f}: unlabelled personnummer ${m[0]}`);
      }
    }
  }
  return [...new Set(problems)];
}

// ---------------------------------------------------------------- main
mkdirSync(OUT, { recursive: true });
for (const gen of GENERATORS) await gen();
const truthFile = { seed: SEED, generator: 'scripts/eval/blind/fifth.mjs', files: fileList.length, fileList, truth, nearMiss };
mkdirSync(dirname(resolve(args['truth-out'])), { recursive: true });
writeFileSync(resolve(args['truth-out']), `${JSON.stringify(truthFile, null, 1)}\n`);
const problems = await selfCheck();
const counts = {};
for (const t of truth) counts[t.category] = (counts[t.category] ?? 0) + 1;
process.stderr.write(`fifth: ${fileList.length} files, truth ${JSON.stringify(counts)}, nearMiss ${nearMiss.length}\n`);
if (problems.length) {
  process.stderr.write(`fifth: self-check FAILED (${problems.length})\n${problems.slice(0, 60).join('\n')}\n`);
  process.exit(1);
}
process.stderr.write('fifth: self-check ok\n');
