#!/usr/bin/env node
// The second labelled corpus of `npm run bench:accuracy:blind -- --set second` (scripts/eval/blind.mjs): fabricated
// exports of other systems than the first set's (Salesforce, HubSpot, Intercom, Puzzel, ServiceNow, Jira, Teams, an
// SMS gateway, hand-built .xlsx, letters, mail, web forms, reviews, logs). Written by a helper that had read neither
// the source, the rules, the scripts nor the tests (it did read the README's detector table). Blind when first
// scored on 2026-11-24; the fixes that followed were made with it in view, so it is a regression set now.
// Blind evaluation corpus generator "blind-3" for a personal-data scanner.
// All people, numbers and addresses are FABRICATED. Deterministic: same output for the same seed.
// Usage: node scripts/eval/blind/second.mjs --out DIR --truth-out FILE
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
const require = createRequire(new URL('../../../package.json', import.meta.url));
const JSZip = require('jszip');
const iconv = require('iconv-lite');
const docx = require('docx');
const PDFDocument = require('pdfkit');
const { parsePhoneNumber } = require('libphonenumber-js/max');
const { Faker, sv, en, base } = require('@faker-js/faker');

const SEED = 'blind-3';
const args = process.argv.slice(2);
function arg(name) { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; }
const OUT = arg('--out');
const TRUTH_OUT = arg('--truth-out');
if (!OUT || !TRUTH_OUT) { console.error('usage: node scripts/eval/blind/second.mjs --out DIR --truth-out FILE'); process.exit(2); }
if (path.resolve(TRUTH_OUT).startsWith(path.resolve(OUT) + path.sep)) { console.error('--truth-out must be outside --out'); process.exit(2); }

// ---------------------------------------------------------------- RNG
function hash32(s) { const h = crypto.createHash('sha256').update(s).digest(); return [h.readUInt32LE(0), h.readUInt32LE(4), h.readUInt32LE(8), h.readUInt32LE(12)]; }
function sfc32(a, b, c, d) {
  return function () {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0; return (t >>> 0) / 4294967296;
  };
}
function makeRng(s) { const r = sfc32(...hash32(SEED + '|' + s)); for (let i = 0; i < 12; i++) r(); return r; }
let R = makeRng('global');
const rnd = () => R();
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const pk = (arr) => { const v = pick(arr); return typeof v === 'function' ? v() : v; };
const chance = (p) => rnd() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { const tot = pairs.reduce((s, p) => s + p[0], 0); let x = rnd() * tot; for (const [w, v] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][1]; }
const wpk = (pairs) => { const v = wpick(pairs); return typeof v === 'function' ? v() : v; };
function digits(n) { let s = String(int(1, 9)); while (s.length < n) s += int(0, 9); return s; }
function sample(arr, n) { return shuffle(arr).slice(0, n); }

// ---------------------------------------------------------------- name data
const W = (s) => s.trim().split(/\s+/);
const SE_F = W(`Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda Elin Ida Johanna Sofia Annika Camilla Ulrika Åsa Birgitta Margareta Elisabeth Gunilla Monica Helena Susanne Therese Frida Matilda Ebba Alva Saga Astrid Signe Wilma Ella Maja Klara Agnes Britt-Marie Ann-Sofie Lise-Lotte Maj-Britt Ulla Siv Barbro Inger Agneta Katarina Cecilia Josefin Moa Tove Lovisa Elsa Stina Yvonne Pia Jessica Madeleine Ronja Felicia Nathalie Amanda Ylva Märta Ann-Charlotte Carina Eva-Lena Marianne Inga Rut`);
const SE_M = W(`Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Bengt Magnus Stefan Mats Mattias Oskar Gustav Viktor Axel Björn Ulf Göran Åke Sven Nils Olof Lennart Gunnar Jonas Henrik Rickard Patrik Niklas Jesper Emil Hugo Linus Lars-Erik Per-Olof Jan-Erik Carl-Johan Kjell Rolf Leif Roger Tommy Kent Bo-Göran Håkan Torbjörn Christer Pontus Sixten Elias Melvin Albin Arvid Ture Sune Stig Conny Joakim Kristoffer Sebastian Simon Tobias Anton Filip Ludvig Hampus Wilhelm Olle Bo`);
const SE_S = W(`Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Andreasson Blom Ek Månsson Strand Nordqvist Lindholm Sundin Wahlberg Hedström Hägglund Öhman Rydberg Sjöstrand Backman Lundell Grönlund Norberg Ahlgren Dahl Westerlund Boström Törnqvist Kvist Nordlund Söderström Ljungberg Edlund Wennberg`);
const SE_PARTICLE = ['von Essen', 'af Klinteberg', 'de Vall', 'von Segebaden', 'af Sandeberg', 'von Schwerin'];
const ORIGINS = [
  { key: 'se', w: 58, F: SE_F, M: SE_M, S: SE_S },
  { key: 'fi', w: 5, F: W('Tiina Päivi Sirpa Anneli Riitta Minna Satu Outi Kaisa Hanna-Leena'), M: W('Mikko Jukka Heikki Kalle Pekka Timo Jari Antti Juha Seppo'), S: W('Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salonen Tuominen Kinnunen Rantanen Honkanen Peltola') },
  { key: 'ar', w: 7, F: W('Fatima Layla Nour Rania Amira Zainab Yasmin Hiba Mariam Rasha Dalia Huda'), M: W('Ahmed Mohammed Omar Yusuf Karim Ali Hussein Khaled Samir Bilal Tariq Mustafa Ibrahim'), S: W('Hassan Al-Rashid Khalil Haddad Abdullah Ibrahim Saleh Mansour El-Sayed Hussein Jaber Al-Amin Nasser Darwish Mahmoud Al-Hashimi Aziz Kassab Salem') },
  { key: 'fa', w: 4, F: W('Maryam Shirin Parisa Leila Nasrin Azadeh Mina Golnaz'), M: W('Reza Dariush Babak Arash Kaveh Farhad Mehdi Omid Kian'), S: W('Ahmadi Hosseini Karimi Rahimi Mohammadi Tehrani Jafari Moradi Rostami Sadeghi Ghorbani Rezaei Kazemi') },
  { key: 'so', w: 3, F: W('Hodan Sahra Nimco Ayaan Faadumo Hibaaq Ifrah Ubah'), M: W('Abdirahman Mahad Faisal Abdullahi Liban Mohamud Abdikarim'), S: W('Warsame Farah Abdi Osman Yusuf Hirsi Jama Mohamed Egal Dahir Nur') },
  { key: 'tr', w: 4, F: W('Zeynep Aylin Elif Rojda Derya Berfin Şirin Gülay'), M: W('Deniz Emre Serkan Baran Mehmet Murat Kemal Azad'), S: W('Yilmaz Demir Kaya Öztürk Şahin Aydın Çelik Doğan Arslan Koç Kurt Tekin Yıldız Güler Bozkurt') },
  { key: 'pl', w: 4, F: W('Katarzyna Agnieszka Magdalena Ewa Joanna Małgorzata Aleksandra Zofia'), M: W('Piotr Tomasz Marek Krzysztof Paweł Łukasz Michał Wojciech'), S: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Zieliński', 'Zielińska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Grabowski', 'Grabowska'], ['Pawlak', 'Pawlak']] },
  { key: 'ba', w: 4, F: W('Amra Jasmina Milica Selma Lejla Ivana Aida Dženana Mirela'), M: W('Emir Dragan Adnan Nikola Haris Goran Zoran Mirza Senad Dejan'), S: W('Hodžić Begović Kovačević Petrović Jovanović Mehmedović Hadžić Marković Babić Đurić Ilić Nikolić Delić Salihović Husić') },
  { key: 'er', w: 2, F: W('Senait Helen Saba Rahel Selam Hiwet Meron'), M: W('Yonas Dawit Merhawi Tesfay Samuel Biniam Abel Filmon'), S: W('Tesfaye Gebremedhin Haile Tekle Berhane Kidane Ghebreyesus Mengistu Asfaha Woldu') },
  { key: 'ea', w: 3, F: W('Wei Xiu Mei Lan Hoa Linh Siriporn Yuki Mai'), M: W('Jun Hao Minh Tuan Somchai Hiroshi Jian'), S: W('Zhang Chen Wang Liu Nguyen Tran Pham Wongsakul Saetang Tanaka Huang Lin') },
  { key: 'la', w: 3, F: W('Valentina Camila Daniela Paula Carolina Fernanda Gabriela'), M: W('Carlos Diego Jorge Andrés Felipe Mateo Rodrigo Javier'), S: W('Muñoz González Fernández Rojas Pizarro Contreras Silva Sepúlveda Morales Vargas Herrera Castillo') },
  { key: 'en', w: 3, F: W('Sarah Emily Claire Giulia Sophie Laura Charlotte Hannah'), M: W('James Liam Oliver Marco Jean-Pierre Hans-Peter Lukas Matteo'), S: W("Whitfield O'Connor McCarthy Clarke Romano Bianchi Lefèvre Schmidt Müller Dubois Fischer Harrison Bennett Rossi") },
  { key: 'in', w: 2, F: W('Priya Anjali Deepa Kavya Neha Sunita'), M: W('Rahul Vikram Arjun Sanjay Rohan Amit'), S: W('Sharma Gupta Patel Singh Iyer Reddy Nair Kumar Mehta') },
  { key: 'no', w: 2, F: W('Ingvild Mette Sigrid Kirsten Hanne Solveig'), M: W('Ole Søren Jørgen Rasmus Eirik Terje'), S: W('Haugen Kjærgaard Østergaard Nørgaard Bakke Johansen Hansen Nielsen Pedersen Solberg Berge') },
];
const ALL_FIRST = new Set(ORIGINS.flatMap(o => [...o.F, ...o.M]));
const ALL_SUR = new Set(ORIGINS.flatMap(o => o.S.flat()));

// ---------------------------------------------------------------- places
const STREETS = W(`Storgatan Drottninggatan Kungsgatan Vasagatan Sveavägen Götgatan Ringvägen Hantverkargatan Linnégatan Björkvägen Tallvägen Granvägen Ekvägen Skolgatan Kyrkogatan Järnvägsgatan Industrigatan Parkvägen Sjövägen Strandvägen Ängsvägen Backvägen Bergsgatan Kvarngatan Smedjegatan Östra_Långgatan Västra_Vägen Lönnvägen Rönnvägen Idrottsvägen Solrosvägen Myntgatan Fabriksgatan Trädgårdsgatan Bäckvägen Hagagatan Norra_Allén Odengatan Fleminggatan`).map(s => s.replace(/_/g, ' '));
const NAMED_STREETS = ['Birger Jarlsgatan', 'Karl Johansgatan', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Evert Taubes gata', 'Gustav Adolfs torg', 'Sankt Eriksgatan', 'Fredrika Bremers väg'];
const TOWNS = [['114 51', 'Stockholm'], ['118 20', 'Stockholm'], ['124 63', 'Bandhagen'], ['171 48', 'Solna'], ['413 19', 'Göteborg'], ['416 64', 'Göteborg'], ['211 42', 'Malmö'], ['214 45', 'Malmö'], ['753 20', 'Uppsala'], ['582 22', 'Linköping'], ['702 10', 'Örebro'], ['721 30', 'Västerås'], ['903 26', 'Umeå'], ['972 38', 'Luleå'], ['852 30', 'Sundsvall'], ['392 31', 'Kalmar'], ['352 30', 'Växjö'], ['302 45', 'Halmstad'], ['553 18', 'Jönköping'], ['652 24', 'Karlstad'], ['802 54', 'Gävle'], ['831 34', 'Östersund'], ['621 55', 'Visby'], ['931 33', 'Skellefteå'], ['451 50', 'Uddevalla'], ['612 30', 'Finspång'], ['791 30', 'Falun'], ['241 38', 'Eslöv'], ['197 30', 'Bro'], ['136 40', 'Haninge'], ['183 30', 'Täby'], ['151 72', 'Södertälje'], ['433 30', 'Partille'], ['262 31', 'Ängelholm'], ['891 33', 'Örnsköldsvik']];
const SE_AREAS = [['08', [7, 8]], ['031', [6, 7]], ['040', [6, 7]], ['018', [6, 7]], ['013', [6, 7]], ['019', [6, 7]], ['021', [6, 7]], ['090', [6]], ['060', [6]], ['063', [6]], ['054', [6]], ['035', [6]], ['036', [6]], ['046', [6]], ['011', [6]], ['026', [6]], ['0920', [5, 6]], ['0910', [5, 6]], ['0480', [5, 6]], ['0470', [5, 6]], ['0498', [5, 6]], ['0455', [5, 6]], ['0522', [5, 6]], ['0660', [5, 6]], ['0611', [5, 6]]];

// ---------------------------------------------------------------- normalisation
const FOLD = { 'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e', 'è': 'e', 'ü': 'u', 'ø': 'o', 'æ': 'ae', 'ß': 'ss', 'ł': 'l', 'ś': 's', 'ć': 'c', 'ń': 'n', 'ż': 'z', 'ź': 'z', 'š': 's', 'č': 'c', 'ž': 'z', 'đ': 'dj', 'ş': 's', 'ç': 'c', 'ğ': 'g', 'ı': 'i', 'ñ': 'n', 'ó': 'o', 'á': 'a', 'í': 'i', 'ú': 'u', 'ą': 'a', 'ę': 'e', 'â': 'a', 'ô': 'o', 'ê': 'e' };
function fold(s) { return s.toLowerCase().split('').map(c => FOLD[c] ?? c).join('').replace(/[^a-z0-9.\-]/g, ''); }

// ---------------------------------------------------------------- personnummer
function luhn(ds) { let sum = 0; for (let i = 0; i < ds.length; i++) { let v = +ds[i] * (i % 2 === 0 ? 2 : 1); if (v > 9) v -= 9; sum += v; } return (10 - (sum % 10)) % 10; }
function luhnCheckAll(ds) { let sum = 0; const n = ds.length; for (let i = 0; i < n; i++) { let v = +ds[n - 1 - i] * (i % 2 === 1 ? 2 : 1); if (v > 9) v -= 9; sum += v; } return sum % 10 === 0; }
function daysIn(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }
function makePnr({ y, m, d, samord = false, serial }) {
  const dd = samord ? d + 60 : d;
  const base9 = pad(y % 100) + pad(m) + pad(dd) + serial;
  const c = luhn(base9);
  return { y, m, d, samord, serial, check: c, d10: base9 + c, century: String(y).slice(0, 2) };
}
// is a 10-digit string a valid personnummer (Luhn + date, allowing samordning)?
function looksPnr10(s) {
  if (!/^\d{10}$/.test(s)) return false;
  if (luhn(s.slice(0, 9)) !== +s[9]) return false;
  const m = +s.slice(2, 4); let d = +s.slice(4, 6); if (d > 60) d -= 60;
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
function fmtPnr(pn, style) {
  const yy = pn.d10.slice(0, 6), nnnn = pn.d10.slice(6);
  const full = pn.century + pn.d10;
  switch (style) {
    case 'dash10': return yy + (pn.plus ? '+' : '-') + nnnn;
    case 'dash12': return full.slice(0, 8) + '-' + nnnn;
    case 'plain12': return full;
    case 'plain10': return pn.d10;
    case 'space10': return yy + ' ' + nnnn;
    case 'space12': return full.slice(0, 8) + ' ' + nnnn;
    case 'plus': return yy + '+' + nnnn;
    default: throw new Error('pnr style ' + style);
  }
}
function randPnrStyle(pn) {
  if (pn.plus) return wpick([[5, 'plus'], [2, 'dash12'], [1, 'plain12']]);
  return wpick([[40, 'dash10'], [22, 'dash12'], [14, 'plain12'], [10, 'plain10'], [6, 'space10'], [2, 'space12']]);
}

// ---------------------------------------------------------------- phones
function validPhone(str, region = 'SE') { try { const p = parsePhoneNumber(str, region); return p.isValid() ? p : null; } catch { return null; } }
function grp(sub) {
  switch (sub.length) {
    case 5: return sub.slice(0, 3) + ' ' + sub.slice(3);
    case 6: return sub.slice(0, 2) + ' ' + sub.slice(2, 4) + ' ' + sub.slice(4);
    case 7: return sub.slice(0, 3) + ' ' + sub.slice(3, 5) + ' ' + sub.slice(5);
    case 8: return sub.slice(0, 3) + ' ' + sub.slice(3, 6) + ' ' + sub.slice(6);
    default: return sub;
  }
}
function newSeMobile() {
  for (;;) {
    const area = pick(['070', '070', '070', '072', '073', '073', '076', '076', '079']);
    const sub = String(int(1, 9)) + digits(6).slice(0, 6);
    const nat = area + sub;
    if (validPhone(nat)) return { cc: '46', area, sub, kind: 'mobile' };
  }
}
function newSeLandline(areaWanted) {
  for (;;) {
    const [area, lens] = areaWanted ? SE_AREAS.find(a => a[0] === areaWanted) : pick(SE_AREAS);
    const len = pick(lens);
    const sub = String(int(2, 9)) + digits(len).slice(1);
    if (validPhone(area + sub)) return { cc: '46', area, sub, kind: 'fixed' };
  }
}
const FOREIGN = {
  NO: () => ({ cc: '47', nsn: pick(['4', '9']) + digits(7).slice(0, 7), fmt: (n) => `+47 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}` }),
  DK: () => ({ cc: '45', nsn: pick(['2', '3', '4', '5', '6']) + digits(7).slice(0, 7), fmt: (n) => `+45 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}` }),
  FI: () => ({ cc: '358', nsn: pick(['40', '41', '44', '45', '50']) + digits(7).slice(0, 7), fmt: (n) => `+358 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` }),
  GB: () => ({ cc: '44', nsn: '7' + pick(['4', '5', '7', '8', '9']) + digits(8).slice(0, 8), fmt: (n) => `+44 ${n.slice(0, 4)} ${n.slice(4)}` }),
  DE: () => ({ cc: '49', nsn: pick(['151', '152', '160', '170', '171', '176']) + digits(8).slice(0, 8), fmt: (n) => `+49 ${n.slice(0, 3)} ${n.slice(3)}` }),
  US: () => ({ cc: '1', nsn: pick(['212', '415', '612', '617', '312', '206']) + String(int(2, 9)) + digits(6).slice(0, 6), fmt: (n) => `+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}` }),
};
function newForeign(cc) {
  for (;;) { const g = FOREIGN[cc](); if (validPhone('+' + g.cc + g.nsn)) return { ...g, kind: 'foreign', country: cc }; }
}
function fmtPhone(ph, style) {
  if (ph.kind === 'foreign') {
    const e164 = '+' + ph.cc + ph.nsn;
    if (style === 'e164') return e164;
    if (style === '00') return ph.fmt(ph.nsn).replace(/^\+/, '00');
    return ph.fmt(ph.nsn);
  }
  const a = ph.area, s = ph.sub, a0 = a.slice(1);
  switch (style) {
    case 'dash_grp': return `${a}-${grp(s)}`;
    case 'space_grp': return `${a} ${grp(s)}`;
    case 'plain': return a + s;
    case 'dash': return `${a}-${s}`;
    case 'intl_grp': return `+46 ${a0} ${grp(s)}`;
    case 'intl': return `+46${a0}${s}`;
    case 'e164': return `+46${a0}${s}`;
    case 'intl00': return `0046 ${a0} ${grp(s)}`;
    case 'intl0': return `+46 (0)${a0} ${grp(s)}`;
    case 'slash': return `${a}/${grp(s)}`;
    case 'dots': return s.length === 7 ? `${a}.${s.slice(0, 3)}.${s.slice(3, 5)}.${s.slice(5)}` : `${a}-${grp(s)}`;
    case 'nopl': return `46${a0}${s}`;
    case 'excel': return `${a0}${s}`;
    case 'spaced_dash': return `${a} - ${grp(s)}`;
    default: throw new Error('phone style ' + style);
  }
}
function randPhoneStyle(ph) {
  if (ph.kind === 'foreign') return wpick([[8, 'fmt'], [3, 'e164'], [1, '00']]);
  return wpick([[30, 'dash_grp'], [18, 'plain'], [14, 'space_grp'], [8, 'dash'], [9, 'intl_grp'], [6, 'intl'], [2, 'intl00'], [2, 'intl0'], [2, 'slash'], [1, 'dots']]);
}
function checkPhoneString(str, ph) {
  const s = str.replace('(0)', '');
  const region = 'SE';
  let p = validPhone(s.startsWith('00') ? '+' + s.slice(2) : s, region);
  if (!p && /^46\d+$/.test(s)) p = validPhone('+' + s);
  if (!p) throw new Error('invalid phone written: ' + str);
  return p;
}

// ---------------------------------------------------------------- IP
const V4_PREFIX = [[81, 224, 236], [90, 224, 231], [78, 72, 79], [83, 248, 255], [94, 254, 255], [213, 112, 115], [46, 194, 195], [31, 208, 211], [62, 20, 20], [84, 216, 219], [85, 224, 230], [92, 32, 35], [188, 148, 151], [217, 208, 215], [95, 192, 199], [155, 4, 4], [185, 21, 24], [176, 10, 10], [37, 123, 123], [89, 253, 253]];
function newIPv4() { const [a, b1, b2] = pick(V4_PREFIX); return `${a}.${int(b1, b2)}.${int(0, 255)}.${int(1, 254)}`; }
function newIPv6() {
  const pre = pick(['2001:9b1', '2a00:801', '2a02:aa1', '2001:2002', '2a01:4f8', '2a05:d018', '2001:470', '2a02:1406', '2a00:1d0']);
  const h = () => int(0, 0xffff).toString(16);
  const groups = [h(), h(), h(), h(), h(), h()];
  if (chance(0.5)) return `${pre}:${groups[0]}:${groups[1]}::${groups[5]}`;
  return `${pre}:${groups.join(':')}`;
}
function newPrivIP() { return chance(0.5) ? `192.168.${int(0, 3)}.${int(2, 250)}` : `10.${int(10, 40)}.${int(0, 255)}.${int(2, 250)}`; }

// ---------------------------------------------------------------- people
const usedNames = new Set(), usedEmails = new Set(), usedPnr = new Set(), usedPhones = new Set();
const PERSONAL_DOMAINS = [[20, 'gmail.com'], [12, 'hotmail.com'], [6, 'hotmail.se'], [7, 'outlook.com'], [6, 'live.se'], [5, 'yahoo.se'], [3, 'yahoo.com'], [6, 'icloud.com'], [5, 'telia.com'], [3, 'bredband.net'], [2, 'bahnhof.se'], [2, 'spray.se'], [2, 'comhem.se'], [1, 'me.com'], [2, 'protonmail.com'], [1, 'tele2.se']];
const ORIGIN_DOMAINS = { no: ['online.no', 'gmail.com'], en: ['gmail.com', 'gmx.de', 'yahoo.co.uk', 'btinternet.com'], fi: ['gmail.com', 'luukku.com'] };
function personalEmail(first, last, y, origin) {
  const f = fold(first).replace(/-/g, ''), l = fold(last.replace(/^(von|af|de) /, '')).replace(/'/g, '');
  const dom = ORIGIN_DOMAINS[origin] && chance(0.6) ? pick(ORIGIN_DOMAINS[origin]) : wpick(PERSONAL_DOMAINS);
  const yy = pad(y % 100);
  for (let i = 0; i < 20; i++) {
    const local = wpick([
      [30, `${f}.${l}`], [10, `${f}${l}`], [8, `${f}.${l}${yy}`], [6, `${f}${l}${yy}`], [6, `${f[0]}.${l}`], [5, `${f}_${l}`],
      [4, `${f}${l[0]}${int(1, 99)}`], [3, `${l}.${f}`], [3, `${f}-${l}`], [3, `${f}.${l}.${int(2, 9)}`], [2, `${f.slice(0, 3)}${l.slice(0, 3)}`], [2, `${f}${y}`],
    ]).replace(/\.\./g, '.');
    const e = (i ? local + i : local) + '@' + dom;
    if (!usedEmails.has(e)) { usedEmails.add(e); return e; }
  }
  throw new Error('email');
}
function newPerson(opt = {}) {
  for (;;) {
    const origin = opt.origin ? ORIGINS.find(o => o.key === opt.origin) : wpick(ORIGINS.map(o => [o.w, o]));
    const gender = opt.gender || (chance(0.5) ? 'F' : 'M');
    const first = pick(gender === 'F' ? origin.F : origin.M);
    let last = pick(origin.S); if (Array.isArray(last)) last = last[gender === 'F' ? 1 : 0];
    let middle = null;
    if (origin.key === 'se') {
      if (chance(0.04)) last = `${pick(SE_S)}-${pick(SE_S)}`;
      else if (chance(0.02)) last = pick(SE_PARTICLE);
      if (chance(0.07)) middle = pick(gender === 'F' ? SE_F : SE_M);
      if (middle === first || (middle && middle.includes('-'))) middle = null;
    }
    if (last.split('-')[0] === last.split('-')[1]) continue;
    const key = first + ' ' + last;
    if (usedNames.has(key)) continue;
    usedNames.add(key);
    const plus = opt.plus ?? chance(0.012);
    const y = plus ? int(1919, 1925) : opt.y ?? wpick([[3, int(1930, 1944)], [10, int(1945, 1959)], [14, int(1960, 1974)], [16, int(1975, 1989)], [12, int(1990, 2002)], [3, int(2003, 2009)]]);
    const m = int(1, 12), d = int(1, daysIn(y, m));
    const samord = opt.samord ?? chance(origin.key === 'se' ? 0.015 : 0.12);
    let pn;
    do {
      const g = gender === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
      pn = makePnr({ y, m, d, samord, serial: pad(int(0, 99)) + g });
    } while (usedPnr.has(pn.d10));
    usedPnr.add(pn.d10); pn.plus = plus;
    const foreignCC = { no: 'NO', fi: 'FI', en: pick(['GB', 'DE', 'US']) }[origin.key];
    let mobile = foreignCC && chance(0.35) ? newForeign(foreignCC) : newSeMobile();
    if (opt.dk) mobile = newForeign('DK');
    const [zip, city] = pick(TOWNS);
    const street = `${chance(0.06) ? pick(NAMED_STREETS) : pick(STREETS)} ${int(1, 88)}${chance(0.15) ? pick(['A', 'B', 'C']) : ''}`;
    const p = {
      origin: origin.key, gender, first, last, middle, y, m, d, pn, mobile,
      landline: chance(0.18) ? newSeLandline() : null,
      email: personalEmail(first, last, y, origin.key),
      street, lgh: chance(0.3) ? `lgh ${int(10, 16)}${pad(int(1, 9))}` : null, zip, city,
      ip4: newIPv4(), ip6: chance(0.3) ? newIPv6() : null,
      custNo: String(int(2000000, 2999999)),
    };
    return p;
  }
}
function fmtName(p, style = 'full') {
  const firsts = p.middle ? `${p.first} ${p.middle}` : p.first;
  switch (style) {
    case 'full': return `${firsts} ${p.last}`;
    case 'short': return `${p.first} ${p.last}`;
    case 'lastfirst': return `${p.last}, ${p.first}`;
    case 'upper': return `${firsts} ${p.last}`.toUpperCase();
    case 'lower': return `${p.first} ${p.last}`.toLowerCase();
    default: throw new Error(style);
  }
}
// employees of the (fictional) client company
const CO = { name: 'Solbacka Energi AB', short: 'Solbacka Energi', domain: 'solbackaenergi.se', street: 'Svetsarvägen 15', zip: '171 41', city: 'Solna' };
function makeOrgnr(first3) { for (;;) { const b = first3 + digits(6).slice(0, 6); const s = b + luhn(b); if (+s[2] >= 2) return s.slice(0, 6) + '-' + s.slice(6); } }
R = makeRng('people');
CO.orgnr = makeOrgnr('556');
CO.switchboard = { cc: '46', area: '08', sub: '41022000', kind: 'fixed' };
CO.bankgiro = '5417-2093'; CO.plusgiro = '48 12 07-3';
CO.iban = 'SE72 8000 0832 7900 1402 6581';
const EMP = [];
for (let i = 0; i < 24; i++) {
  const p = newPerson({ origin: i < 15 ? 'se' : undefined });
  p.work = `${fold(p.first)}.${fold(p.last.replace(/^(von|af|de) /, ''))}@${CO.domain}`;
  usedEmails.add(p.work);
  p.direct = { cc: '46', area: '08', sub: '410220' + pad(10 + i * 3), kind: 'fixed' };
  p.title = pick(['Kundrådgivare', 'Kundrådgivare', 'Kundrådgivare', 'Kundservicemedarbetare', 'Teamledare Kundservice', 'Handläggare Kredit & Inkasso', 'Fakturaspecialist', 'Kundrådgivare, Solenergi']);
  p.login = fold(p.first).slice(0, 3) + fold(p.last).slice(0, 3);
  p.mob2 = newSeMobile();
  EMP.push(p);
}
EMP[0].title = 'Kundservicechef'; EMP[1].title = 'Dataskyddsombud';
const CUST = []; for (let i = 0; i < 640; i++) CUST.push(newPerson());
// third parties
const THIRD = [];
for (let i = 0; i < 30; i++) THIRD.push(newPerson());
const PARTNERS = [
  { name: 'Norrlinje Inkasso AB', domain: 'norrlinjeinkasso.se', orgnr: makeOrgnr('559') },
  { name: 'Mälardalens Elnät AB', domain: 'malardalenselnat.se', orgnr: makeOrgnr('556') },
  { name: 'Kreditdata Norden AB', domain: 'kreditdatanorden.se', orgnr: makeOrgnr('556') },
  { name: 'Solmontage i Sverige AB', domain: 'solmontage.se', orgnr: makeOrgnr('559') },
  { name: 'Bygg & Fastighet Ekman AB', domain: 'ekmanbygg.se', orgnr: makeOrgnr('556') },
  { name: 'Brf Tallkotten 4', domain: 'brftallkotten.se', orgnr: makeOrgnr('769') },
  { name: 'Lundqvist Redovisning AB', domain: 'lundqvistredovisning.se', orgnr: makeOrgnr('559') },
  { name: 'Vallby kommun', domain: 'vallby.se', orgnr: makeOrgnr('212') },
];
for (const pa of PARTNERS) { pa.switchboard = newSeLandline(pick(['08', '031', '040', '018', '021'])); }
const WORK_DOMAINS = ['ekmanbygg.se', 'lundqvistredovisning.se', 'vallby.se', 'nordsjotransport.se', 'tandvardenhalla.se', 'kvarnbyskolan.se', 'regionmellersta.se', 'hagbergsel.se', 'byggmastarna-norr.se', 'alvstrandlogistik.se'];
function workEmail(p) {
  if (!p.workEmail) { const dom = pick(WORK_DOMAINS); p.workEmail = `${fold(p.first)}.${fold(p.last.replace(/^(von|af|de) /, ''))}@${dom}`; if (usedEmails.has(p.workEmail)) p.workEmail = `${fold(p.first)[0]}${fold(p.last)}@${dom}`; usedEmails.add(p.workEmail); }
  return p.workEmail;
}
const ROLE = (local, dom = CO.domain) => `${local}@${dom}`;

// ---------------------------------------------------------------- labelling context
class Ctx {
  constructor(rel) { this.rel = rel; this.truth = []; this.near = []; }
  _t(category, value) { if (typeof value !== 'string' || !value) throw new Error(`${this.rel}: empty ${category}`); this.truth.push({ category, value }); return value; }
  N(v) { return this._t('name', v); }
  E(v) { return this._t('email', v); }
  I(v) { return this._t('ip', v); }
  P(v) { return this._t('personnummer', v); }
  T(v) { checkPhoneString(v); return this._t('phone', v); }
  X(kind, v) { this.near.push({ kind, value: String(v) }); return String(v); }
  name(p, style = 'full') { return this.N(fmtName(p, style)); }
  nameSplit(first, last) { this.truth.push({ category: 'name', value: `${first} ${last}`, split: [first, last] }); }
  pnr(p, style) { return this.P(fmtPnr(p.pn, style || randPnrStyle(p.pn))); }
  tel(p, style, which = 'mobile') { const ph = which === 'mobile' ? p.mobile : which === 'landline' ? (p.landline || p.mobile) : p[which]; return this.T(fmtPhone(ph, style || randPhoneStyle(ph))); }
  phone(ph, style) { return this.T(fmtPhone(ph, style || randPhoneStyle(ph))); }
  mail(p, caseStyle) { let e = p.email; if (caseStyle === 'cap') e = e.replace(/^./, c => c.toUpperCase()).replace(/\.(.)/, (m, c) => '.' + c.toUpperCase()); return this.E(e); }
  wmail(p) { return this.E(p.work || workEmail(p)); }
  ip4(p) { return this.I(p.ip4); }
  first(p) { return this.X('first-name-only', p.first); }
  role(local, dom) { return this.X('role-email', ROLE(local, dom)); }
}

// ---------------------------------------------------------------- near-miss value makers (ctx-bound)
function orderNo(f) { return f.X('order-number', pick(['SO-', 'ORD-', '#', '']) + '20' + pick(['24', '24', '25']) + digits(5)); }
function invoiceNo(f) { return f.X('invoice-number', '41' + digits(7)); }
function safeNum(n) { for (;;) { const s = digits(n); if (!(n === 10 && looksPnr10(s)) && !(n === 12 && looksPnr10(s.slice(2)))) return s; } }
function ocrNo(f, tricky = false) {
  if (tricky) { // OCR numbers that happen to look like a valid personnummer (10 digits, Luhn + date)
    for (;;) { const b = pad(int(40, 99)) + pad(int(1, 12)) + pad(int(1, 28)) + digits(3).slice(0, 3); const s = b + luhn(b); return f.X('ocr', s); }
  }
  for (;;) { const b = safeNum(int(7, 11)); const s = b + luhn(b); if (s.length === 10 && looksPnr10(s)) continue; if (s.length === 12 && looksPnr10(s.slice(2))) continue; return f.X('ocr', s); }
}
function badPnr(f, p, kind) {
  kind = kind || pick(['checksum', 'checksum', 'checksum', 'date']);
  if (kind === 'checksum') { const c = (p.pn.check + int(1, 9)) % 10; const pn = { ...p.pn, d10: p.pn.d10.slice(0, 9) + c, plus: false }; return f.X('personnummer-invalid-checksum', fmtPnr(pn, pick(['dash10', 'dash10', 'dash12', 'plain12']))); }
  const mm = pick([13, 0, 2, 14]); const dd = mm === 2 ? pick([30, 31]) : int(1, 28); const b = pad(p.y % 100) + pad(mm) + pad(dd) + p.pn.serial;
  return f.X('personnummer-invalid-date', b.slice(0, 6) + '-' + b.slice(6) + luhn(b));
}
function custNo(f, p) { return f.X('customer-number', p ? p.custNo : String(int(2000000, 2999999))); }
function facilityId(f) { return f.X('facility-id', '735999' + safeNum(12)); }
function amount(f, lo = 89, hi = 8900) { const v = int(lo, hi); const c = pick(['00', '00', '50', String(int(10, 99))]); const s = v >= 1000 ? `${Math.floor(v / 1000)} ${pad(v % 1000, 3)}` : String(v); return f.X('amount', wpick([[5, `${s},${c} kr`], [2, `${s} kr`], [1, `SEK ${s},${c}`], [1, `${v}:-`]])); }
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function randDate(y0 = 2024, m0 = 1, y1 = 2024, m1 = 11) { const t0 = Date.UTC(y0, m0 - 1, 1), t1 = Date.UTC(y1, m1, 0); return new Date(t0 + Math.floor(rnd() * (t1 - t0))); }
function isoDate(dt) { return dt.toISOString().slice(0, 10); }
function isoDT(dt) { return dt.toISOString().slice(0, 19).replace('T', ' '); }
function dateStr(f, dt, style) {
  const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
  const s = style || pick(['iso', 'iso', 'sv', 'dots', 'slash']);
  const v = { iso: `${y}-${pad(m)}-${pad(d)}`, sv: `${d} ${MONTHS_SV[m - 1]} ${y}`, dots: `${pad(d)}.${pad(m)}.${y}`, slash: `${d}/${m}-${String(y).slice(2)}`, en: `${d} ${MON_EN[m - 1]} ${y}`, us: `${pad(m)}/${pad(d)}/${y}` }[s];
  return f.X('date', v);
}
function guid() { const h = () => int(0, 0xffff).toString(16).padStart(4, '0'); return `${h()}${h()}-${h()}-4${h().slice(1)}-${pick(['8', '9', 'a', 'b'])}${h().slice(1)}-${h()}${h()}${h()}`; }
function msgId(f, dom = CO.domain) { return f.X('message-id', `<${digits(8)}.${int(1000, 9999)}.${guid().slice(0, 8)}@${pick(['mail.' + dom, 'mx1.' + dom, 'SE2P264MB' + int(1000, 9999) + '.SWEP264.PROD.OUTLOOK.COM'])}>`); }

// ---------------------------------------------------------------- text helpers
function htmlEsc(s, mode = 'min') {
  s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (mode === 'named') s = s.replace(/[åäöÅÄÖéü]/g, c => ({ 'å': '&aring;', 'ä': '&auml;', 'ö': '&ouml;', 'Å': '&Aring;', 'Ä': '&Auml;', 'Ö': '&Ouml;', 'é': '&eacute;', 'ü': '&uuml;' })[c]);
  if (mode === 'numeric') s = s.replace(/[^\x00-\x7f]/g, c => `&#${c.codePointAt(0)};`);
  return s;
}
const NAMED_ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', uuml: 'ü', ndash: '–', hellip: '…', middot: '·', copy: '©' };
function htmlDecode(s) { return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1)) : (NAMED_ENT[e] ?? m)); }
function xmlEsc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
function csvText(rows, { delim = ',', eol = '\r\n', quoteAll = false } = {}) {
  return rows.map(r => r.map(v => {
    v = v == null ? '' : String(v);
    if (quoteAll || v.includes(delim) || v.includes('"') || v.includes('\n') || v.includes('\r')) return '"' + v.replace(/"/g, '""') + '"';
    return v;
  }).join(delim)).join(eol) + eol;
}
function encodeText(s, enc = 'utf8') {
  if (enc === 'utf8') return Buffer.from(s, 'utf8');
  if (enc === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);
  if (enc === 'cp1252') { const b = iconv.encode(s, 'win1252'); if (iconv.decode(b, 'win1252') !== s) throw new Error('cp1252 lossy'); return b; }
  if (enc === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf16le')]);
  throw new Error(enc);
}
function jsonStrings(o, out = []) {
  if (typeof o === 'string') out.push(/<\/?[a-z][^>]*>|&[#a-z0-9]+;/i.test(o) ? htmlDecode(o) : o);
  else if (Array.isArray(o)) o.forEach(x => jsonStrings(x, out));
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) { out.push(k); jsonStrings(v, out); }
  else if (o != null) out.push(String(o));
  return out;
}
function jsonAscii(o, indent) { return JSON.stringify(o, null, indent).replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')); }
function wrapLines(s, width = 76) { // simple word wrap for plain text quoting
  const out = []; for (const para of s.split('\n')) { let line = ''; for (const w of para.split(' ')) { if (line && (line + ' ' + w).length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w; } out.push(line); } return out.join('\n');
}
function quote(s, prefix = '> ') { return s.split('\n').map(l => (l.startsWith('>') ? '>' + l : prefix + l).replace(/ +$/, '')).join('\n'); }

// ---------------------------------------------------------------- container builders (deterministic)
const ZIP_DATE = new Date(Date.UTC(2024, 10, 4, 9, 30, 0));
async function zipBuild(entries, { date = ZIP_DATE } = {}) {
  const z = new JSZip();
  for (const e of entries) z.file(e.name, e.data, { date, compression: e.store ? 'STORE' : 'DEFLATE', createFolders: false });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function corePropsXml({ creator = '', lastModifiedBy = '', title = '', created = '2024-10-01T08:00:00Z', modified = '2024-11-04T09:30:00Z' }) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEsc(title)}</dc:title><dc:creator>${xmlEsc(creator)}</dc:creator><cp:lastModifiedBy>${xmlEsc(lastModifiedBy)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
}
// sheets: [{name, hidden, rows:[[cell]] , widths}] ; cell: string | number | {n:num} | {inline:str} | {date:serial} | null
async function buildXlsx(sheets, props = {}) {
  const sst = [], sstIdx = new Map(); const texts = [];
  const si = (s) => { if (!sstIdx.has(s)) { sstIdx.set(s, sst.length); sst.push(s); } return sstIdx.get(s); };
  let sstCount = 0;
  const sheetXml = sheets.map((sh) => {
    const rowsXml = sh.rows.map((row, ri) => {
      const cells = row.map((c, ci) => {
        if (c == null || c === '') return '';
        const ref = colName(ci) + (ri + 1);
        if (typeof c === 'number' || (typeof c === 'object' && 'n' in c)) { const v = typeof c === 'number' ? c : c.n; texts.push(String(v)); return `<c r="${ref}"><v>${v}</v></c>`; }
        if (typeof c === 'object' && 'date' in c) { return `<c r="${ref}" s="1"><v>${c.date}</v></c>`; }
        if (typeof c === 'object' && 'inline' in c) { texts.push(c.inline); return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEsc(c.inline)}</t></is></c>`; }
        texts.push(c); sstCount++; return `<c r="${ref}" t="s"><v>${si(c)}</v></c>`;
      }).join('');
      return `<row r="${ri + 1}">${cells}</row>`;
    }).join('');
    const cols = sh.widths ? `<cols>${sh.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews>${cols}<sheetData>${rowsXml}</sheetData></worksheet>`;
  });
  const entries = [
    { name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'docProps/app.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>` },
    { name: 'docProps/core.xml', data: corePropsXml(props) },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${xmlEsc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>` },
    { name: 'xl/styles.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>` },
    ...sheetXml.map((x, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: x })),
    { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sstCount}" uniqueCount="${sst.length}">${sst.map(s => `<si><t xml:space="preserve">${xmlEsc(s)}</t></si>`).join('')}</sst>` },
  ];
  texts.push(props.creator || '', props.lastModifiedBy || '', props.title || '');
  return { buf: await zipBuild(entries), text: texts.join('\n') };
}
// OpenDocument (ods/odt)
function odfMeta(props) { return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator><meta:initial-creator>${xmlEsc(props.creator || '')}</meta:initial-creator><dc:creator>${xmlEsc(props.lastModifiedBy || props.creator || '')}</dc:creator><meta:creation-date>2024-09-02T10:11:00</meta:creation-date><dc:date>2024-10-21T15:40:00</dc:date><dc:title>${xmlEsc(props.title || '')}</dc:title></office:meta></office:document-meta>`; }
const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
async function buildOdf(kind, bodyXml, props, texts) {
  const mime = kind === 'ods' ? 'application/vnd.oasis.opendocument.spreadsheet' : 'application/vnd.oasis.opendocument.text';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODF_NS} office:version="1.3"><office:body>${bodyXml}</office:body></office:document-content>`;
  const entries = [
    { name: 'mimetype', data: mime, store: true },
    { name: 'content.xml', data: content },
    { name: 'meta.xml', data: odfMeta(props) },
    { name: 'META-INF/manifest.xml', data: `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>` },
  ];
  texts.push(props.creator || '', props.lastModifiedBy || '', props.title || '');
  return { buf: await zipBuild(entries), text: texts.join('\n') };
}
async function buildOds(sheets, props = {}) {
  const texts = [];
  const body = `<office:spreadsheet>${sheets.map(sh => `<table:table table:name="${xmlEsc(sh.name)}">${sh.rows.map(r => `<table:table-row>${r.map(c => {
    if (c == null || c === '') return '<table:table-cell/>';
    if (typeof c === 'number') { texts.push(String(c)); return `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`; }
    texts.push(c); return `<table:table-cell office:value-type="string"><text:p>${xmlEsc(c)}</text:p></table:table-cell>`;
  }).join('')}</table:table-row>`).join('')}</table:table>`).join('')}</office:spreadsheet>`;
  return buildOdf('ods', body, props, texts);
}
async function buildOdt(blocks, props = {}) {
  const texts = [];
  const body = `<office:text>${blocks.map(b => { const t = typeof b === 'string' ? b : b.h; texts.push(t); return typeof b === 'string' ? `<text:p>${xmlEsc(t)}</text:p>` : `<text:h text:outline-level="1">${xmlEsc(t)}</text:h>`; }).join('')}</office:text>`;
  return buildOdf('odt', body, props, texts);
}
// Word via the docx package, re-zipped with fixed timestamps
async function buildDocx(blocks, props = {}) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, AlignmentType, WidthType } = docx;
  const texts = [];
  const children = [];
  for (const b of blocks) {
    if (typeof b === 'string') { texts.push(b); children.push(new Paragraph({ children: [new TextRun({ text: b, font: 'Calibri', size: 22 })] })); }
    else if (b.h) { texts.push(b.h); children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: b.h, bold: true, size: 28 })] })); }
    else if (b.bold) { texts.push(b.bold); children.push(new Paragraph({ children: [new TextRun({ text: b.bold, bold: true, size: 22 })] })); }
    else if (b.right) { texts.push(b.right); children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: b.right, size: 20 })] })); }
    else if (b.runs) { texts.push(b.runs.map(r => r.text ?? r).join('')); children.push(new Paragraph({ children: b.runs.map(r => typeof r === 'string' ? new TextRun(r) : new TextRun(r)) })); }
    else if (b.table) {
      b.table.forEach(r => r.forEach(c => texts.push(c)));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: b.table.map((r, ri) => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: ri === 0 && b.header, size: 20 })] })] })) })) }));
    } else if (b.blank) children.push(new Paragraph(''));
  }
  const doc = new Document({ creator: props.creator || '', lastModifiedBy: props.lastModifiedBy || '', title: props.title || '', description: '', sections: [{ children }] });
  const raw = await Packer.toBuffer(doc);
  const z = await JSZip.loadAsync(raw);
  const entries = [];
  for (const name of Object.keys(z.files).sort()) {
    const fo = z.files[name]; if (fo.dir) continue;
    let data = await fo.async('nodebuffer');
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/<dcterms:created[^>]*>[^<]*/, '<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-02T08:14:00Z').replace(/<dcterms:modified[^>]*>[^<]*/, '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-08T13:02:00Z'));
    entries.push({ name, data });
  }
  texts.push(props.creator || '', props.lastModifiedBy || '');
  return { buf: await zipBuild(entries), text: texts.join('\n') };
}
// PDF via pdfkit. lines: string | {t, size, bold, gap, x} | {form:[{name,label,value}]} | {page:true} | {hr:true}
const FONT_R = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';
const FONT_B = '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf';
const HAVE_TTF = fs.existsSync(FONT_R) && fs.existsSync(FONT_B);
function buildPdf(lines, props = {}) {
  return new Promise((resolve) => {
    const d = new PDFDocument({ size: 'A4', margin: 50, compress: true, info: { Title: props.title || '', Author: props.author || '', Creator: props.creator || 'Solbacka Fakturering 4.2', Producer: 'PDFKit', CreationDate: new Date(Date.UTC(2024, 9, 8, 9, 0, 0)), ModDate: new Date(Date.UTC(2024, 9, 8, 9, 0, 0)) } });
    const bufs = []; d.on('data', b => bufs.push(b)); d.on('end', () => resolve({ buf: Buffer.concat(bufs), text: texts.join('\n') }));
    const texts = [props.author || '', props.title || ''];
    const R_ = HAVE_TTF ? FONT_R : 'Helvetica', B_ = HAVE_TTF ? FONT_B : 'Helvetica-Bold';
    let y = 50; let formInit = false;
    for (let L of lines) {
      if (typeof L === 'string') L = { t: L };
      if (L.page) { d.addPage(); y = 50; continue; }
      if (L.hr) { d.moveTo(50, y + 4).lineTo(545, y + 4).stroke(); y += 12; continue; }
      if (L.form) {
        if (!formInit) { d.initForm(); formInit = true; }
        for (const fl of L.form) {
          if (y > 770) { d.addPage(); y = 50; }
          d.font(R_).fontSize(9); d.text(fl.label, 50, y + 4, { lineBreak: false }); texts.push(fl.label);
          d.formText(fl.name, 200, y, 300, 18, { value: fl.value, fontSize: 10 }); texts.push(fl.value); y += 24;
        }
        continue;
      }
      const size = L.size || 10;
      if (y > 790 - size) { d.addPage(); y = 50; }
      d.font(L.bold ? B_ : R_).fontSize(size);
      d.text(L.t, L.x || 50, y, { lineBreak: false }); texts.push(L.t);
      y += size * 1.35 + (L.gap || 0);
    }
    d.end();
  });
}
// RTF
function rtfEsc(s) { return s.replace(/[\\{}]/g, c => '\\' + c).replace(/[^\x00-\x7f]/g, c => { const b = iconv.encode(c, 'win1252'); if (b.length === 1 && iconv.decode(b, 'win1252') === c) return `\\'${b[0].toString(16)}`; const n = c.charCodeAt(0); return `\\u${n > 32767 ? n - 65536 : n}?`; }); }
function buildRtf(paras, props = {}) {
  const texts = [props.author || '', props.title || ''];
  let s = `{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1053{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Arial;}}\r\n{\\info{\\title ${rtfEsc(props.title || '')}}{\\author ${rtfEsc(props.author || '')}}{\\creatim\\yr2024\\mo10\\dy3\\hr9\\min12}}\r\n\\viewkind4\\uc1\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang1053 `;
  for (const p of paras) {
    if (typeof p === 'string') { texts.push(p); s += rtfEsc(p) + '\\par\r\n'; }
    else if (p.bold) { texts.push(p.bold); s += '\\b ' + rtfEsc(p.bold) + '\\b0\\par\r\n'; }
  }
  s += '}\r\n';
  return { buf: Buffer.from(s, 'latin1'), text: texts.join('\n') };
}
// MIME
function qpEncode(str) {
  const bytes = Buffer.from(str.replace(/\r?\n/g, '\n'), 'utf8');
  const lines = []; let cur = '';
  const flush = (soft) => { lines.push(cur + (soft ? '=' : '')); cur = ''; };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) { if (/[ \t]$/.test(cur)) { const last = cur[cur.length - 1]; cur = cur.slice(0, -1) + '=' + last.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'); } flush(false); continue; }
    let tok = (b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (cur.length + tok.length > 75) flush(true);
    cur += tok;
  }
  if (cur.length) lines.push(cur);
  return lines.join('\r\n');
}
function b64wrap(buf) { return Buffer.from(buf).toString('base64').replace(/.{1,76}/g, '$&\r\n').trimEnd(); }
function encWord(s, mode = 'Q', charset = 'UTF-8') {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  if (mode === 'B') return `=?${charset}?B?${(charset === 'UTF-8' ? Buffer.from(s, 'utf8') : iconv.encode(s, 'latin1')).toString('base64')}?=`;
  const bytes = charset === 'UTF-8' ? Buffer.from(s, 'utf8') : iconv.encode(s, 'latin1');
  let o = ''; for (const b of bytes) o += (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : b === 32 ? '_' : '=' + b.toString(16).toUpperCase().padStart(2, '0');
  return `=?${charset}?Q?${o}?=`;
}
// message spec: { headers: [[name, decodedValue, rawValue?]], text, html, textCte, htmlCte, attachments:[{filename, ctype, buf, text}] }
let boundaryCounter = 0;
function buildMessage(m) {
  const hdr = []; const texts = [];
  for (const [k, dec, raw] of m.headers) { hdr.push(`${k}: ${raw ?? dec}`); texts.push(dec); }
  const part = (ctype, body, cte) => {
    texts.push(body);
    const nb = body.replace(/\r?\n/g, '\r\n');
    if (cte === 'qp') return `Content-Type: ${ctype}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpEncode(body)}`;
    if (cte === 'b64') return `Content-Type: ${ctype}; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64wrap(Buffer.from(nb, 'utf8'))}`;
    if (cte === 'latin1') return `Content-Type: ${ctype}; charset="iso-8859-1"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${iconvQp(body)}`;
    return `Content-Type: ${ctype}; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${nb}`;
  };
  const htmlPart = m.html != null ? (() => { const p = part('text/html', m.html, m.htmlCte || 'qp'); texts[texts.length - 1] = htmlDecode(m.html); return p; })() : null;
  const textPart = m.text != null ? part('text/plain', m.text, m.textCte || '8bit') : null;
  let body;
  const bnd = () => `----=_Part_${String(++boundaryCounter).padStart(5, '0')}_${hash32('b' + boundaryCounter)[0].toString(16)}`;
  let alt = null;
  if (textPart && htmlPart) { const b = bnd(); alt = `Content-Type: multipart/alternative; boundary="${b}"\r\n\r\n--${b}\r\n${textPart}\r\n--${b}\r\n${htmlPart}\r\n--${b}--`; }
  else alt = textPart || htmlPart;
  if (m.attachments && m.attachments.length) {
    const b = bnd();
    body = `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n--${b}\r\n${alt}\r\n`;
    for (const a of m.attachments) {
      body += `--${b}\r\nContent-Type: ${a.ctype}; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64wrap(a.buf)}\r\n`;
      texts.push(a.text);
    }
    body += `--${b}--\r\n`;
  } else body = `MIME-Version: 1.0\r\n${alt}\r\n`;
  return { raw: hdr.join('\r\n') + '\r\n' + body, text: texts.join('\n') };
}
function iconvQp(str) { const bytes = iconv.encode(str.replace(/\r?\n/g, '\n'), 'latin1'); let out = '', cur = ''; for (const b of bytes) { if (b === 10) { out += cur + '\r\n'; cur = ''; continue; } const tok = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0'); if (cur.length + tok.length > 75) { out += cur + '=\r\n'; cur = ''; } cur += tok; } return out + cur; }
// address header helper: returns [decoded, raw]
function addr(f, p, { email, style = 'full', enc = 'Q', quoteName = false, nameOnly = false, noName = false } = {}) {
  const e = email ?? p.email;
  if (noName) { f.E(e); return [e, e]; }
  const n = f.N(fmtName(p, style));
  if (nameOnly) return [n, encWord(n, enc)];
  f.E(e);
  const needQ = quoteName || /,/.test(n);
  const dec = `${needQ ? '"' + n + '"' : n} <${e}>`;
  const raw = /^[\x20-\x7e]*$/.test(n) ? dec : `${encWord(n, enc)} <${e}>`;
  return [dec, raw];
}
function rfcDate(dt) { const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']; return `${days[dt.getUTCDay()]}, ${dt.getUTCDate()} ${MON_EN[dt.getUTCMonth()]} ${dt.getUTCFullYear()} ${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}:${pad(dt.getUTCSeconds())} +0000`; }

// ---------------------------------------------------------------- content bank
const lazy = (fn) => { let v, done = false; return () => { if (!done) { v = fn(); done = true; } return v; }; };
const PRODUCTS = ['Solbacka Fast 1 år', 'Solbacka Fast 3 år', 'Rörligt elpris', 'Solbacka Grön El', 'Timpris Smart', 'Solcellspaket M', 'Laddbox Volta Home', 'Solbacka Bas'];
function addrLine(f, p) { return `${f.X('street', p.street)}${p.lgh ? ', ' + p.lgh : ''}, ${f.X('postal-code', p.zip)} ${f.X('town', p.city)}`; }
function agentSig(f, a, lang = 'sv', variant) {
  variant = variant ?? int(0, 4);
  const sw = fmtPhone(CO.switchboard, 'dash_grp');
  if (lang === 'en') return `Kind regards,\n${f.name(a, 'short')}\nCustomer Service | ${CO.name}\nPhone ${f.T(fmtPhone(CO.switchboard, 'intl_grp'))}`;
  switch (variant) {
    case 0: return `Med vänliga hälsningar\n${f.name(a, 'short')}\n${a.title}\n${CO.name}\nTel: ${f.T(sw)}\n${f.role('kundservice')}`;
    case 1: return `Vänliga hälsningar\n${f.name(a, 'short')}, Kundservice\n${CO.short} | ${f.T(sw)} | www.${CO.domain}`;
    case 2: return `Mvh\n${f.name(a, 'short')}\n${CO.short} Kundservice\nDirekt: ${f.phone(a.direct, 'dash_grp')}\nE-post: ${f.wmail(a)}`;
    case 3: return `Hälsningar\n${f.name(a, 'short')}\nKundservice ${CO.short}`;
    default: return `Med vänlig hälsning\n\n${f.name(a, 'short')}\n${a.title} | ${CO.name}\n${f.X('street', CO.street)}, ${f.X('postal-code', CO.zip)} ${f.X('town', CO.city)}\nVäxel ${f.T(sw)}`;
  }
}
function custSig(f, p, style) {
  switch (style) {
    case 'sloppy': return wpk([[3, () => `mvh ${f.name(p, 'lower')}`], [2, () => `/${f.first(p)}`], [2, () => `${f.first(p)}`], [2, () => `mvh ${f.first(p)} ${f.tel(p, 'plain')}`], [1, () => `hälsningar ${f.name(p, 'lower')}`], [2, () => `// ${f.name(p, 'short')}`]]);
    case 'en': return wpk([[3, () => `Best regards,\n${f.name(p, 'short')}`], [2, () => `Thanks,\n${f.name(p, 'short')}\n${f.tel(p)}`], [1, () => `Cheers, ${f.first(p)}`]]);
    default: return wpk([[4, () => `Med vänliga hälsningar\n${f.name(p)}`], [2, () => `Vänliga hälsningar\n${f.name(p)}\n${f.tel(p)}`], [2, () => `Mvh\n${f.name(p, 'short')}\n${addrLine(f, p)}\nTel. ${f.tel(p)}`], [1, () => `Hälsningar ${f.name(p, 'short')}`]]);
  }
}
function greet(f, p, lang) { return lang === 'en' ? pk([() => `Hi ${f.first(p)},`, () => `Dear ${f.name(p, 'short')},`, () => `Hello ${f.first(p)},`]) : pk([() => `Hej ${f.first(p)}!`, () => `Hej ${f.first(p)},`, () => `Hej ${f.name(p, 'short')},`, `Hej och tack för att du hörde av dig!`, `Hej!`]); }
function pnrPhrase(f, p, sloppy) {
  if (sloppy) return pk([() => `mitt personnr ${f.pnr(p)}`, () => `pnr ${f.pnr(p)}`, () => `personnummer: ${f.pnr(p)}`, () => `${f.pnr(p)} (personnummer)`, () => `mitt pers nr är ${f.pnr(p)}`]);
  return pk([() => `Mitt personnummer är ${f.pnr(p)}.`, () => `Personnummer: ${f.pnr(p)}`, () => `(personnummer ${f.pnr(p)})`, () => `Pnr ${f.pnr(p)}.`]);
}
const INTENTS = {
  invoice(f, p, a, st) {
    const inv = lazy(() => invoiceNo(f)), amt = lazy(() => amount(f, 1800, 9800));
    return {
      subject: () => pick([`Faktura ${inv()} – fel belopp?`, 'Fråga om faktura', 'VARFÖR SÅ DYR FAKTURA', `Re: Din faktura från ${CO.short}`]),
      body: () => st === 'sloppy'
        ? `hej fick precis faktura på ${amt()} för oktober?? det är ju dubbelt så mycket som förra månaden. fakturanr ${inv()}\n${pnrPhrase(f, p, true)}\nkan ni ringa mig på ${f.tel(p)} efter 16\n${custSig(f, p, 'sloppy')}`
        : st === 'en'
          ? `Hello,\nI received invoice ${inv()} for ${amt()} and I believe the meter reading is estimated, not actual. Our usage has not changed.\nCould you please check? My customer number is ${custNo(f, p)}.\n\n${custSig(f, p, 'en')}`
          : `Hej,\nJag har fått faktura ${inv()} på ${amt()} och undrar hur ni har räknat. Förbrukningen ser ut att vara uppskattad och inte avläst.\nAnläggnings-ID ${facilityId(f)}.\n${pnrPhrase(f, p)}\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? `Thank you for contacting us. I have checked invoice ${inv()} and the consumption was estimated because we did not receive values from the grid operator. I have ordered a new reading and you will receive a corrected invoice within 10 days.` : `Tack för ditt meddelande. Jag har gått igenom faktura ${inv()}. Förbrukningen var preliminär eftersom vi inte fått mätvärden från nätägaren. Jag har begärt in nya värden och du får en krediterad faktura inom 10 dagar. Fakturans förfallodag är flyttad till ${dateStr(f, randDate(2024, 11, 2024, 12), 'iso')}.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => pk([() => `Kontrollerat mätvärden, prel. avläsning. Kreditering beställd, ${amt()}. /${f.X('first-name-only', a.first)}`, () => `Kund ringde upp igen, lovat återkoppling. ${f.name(a, 'short')}`, () => `Nätägaren (${f.X('company', 'Mälardalens Elnät AB')}) kontaktad om saknade värden.`]),
    };
  },
  move(f, p, a, st) {
    const np = lazy(() => ({ street: `${pick(STREETS)} ${int(2, 60)}`, t: pick(TOWNS) }));
    const d = lazy(() => dateStr(f, randDate(2024, 10, 2024, 12), st === 'sloppy' ? 'slash' : 'iso'));
    return {
      subject: () => pick(['Flyttanmälan', 'Flytt', 'Vi flyttar!', 'Ny adress från 1 december', 'Moving out']),
      body: () => st === 'sloppy'
        ? `hej vi flyttar ${d()} till ${f.X('street', np().street)} i ${f.X('town', np().t[1])}. vill ha kvar samma avtal. ${pnrPhrase(f, p, true)} ring ${f.tel(p, 'plain')}\n${custSig(f, p, 'sloppy')}`
        : st === 'en'
          ? `Hi,\nWe are moving out of ${f.X('street', p.street)} on ${d()}. New address: ${f.X('street', np().street)}, ${f.X('postal-code', np().t[0])} ${f.X('town', np().t[1])}. Please move the contract.\nPersonal identity number ${f.pnr(p)}, phone ${f.tel(p)}.\n\n${custSig(f, p, 'en')}`
          : `Hej!\nJag flyttar från ${addrLine(f, p)} den ${d()}.\nNy adress: ${f.X('street', np().street)}, ${f.X('postal-code', np().t[0])} ${f.X('town', np().t[1])}\n${pnrPhrase(f, p)}\nTelefon: ${f.tel(p)}\nE-post: ${f.mail(p)}\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? `We have registered your move as of ${d()}. Your contract continues at the new address. A confirmation has been sent to ${f.mail(p)}.` : `Vi har registrerat din flytt från och med ${d()}. Ditt avtal följer med till den nya adressen. En bekräftelse har skickats till ${f.mail(p)}.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => `Flytt registrerad i CIS. Slutavläsning beställd. Ny anl-ID ${facilityId(f)}.`,
    };
  },
  outage(f, p, a, st) {
    const t = lazy(() => f.X('time', `${pad(int(5, 22))}:${pad(int(0, 59))}`));
    return {
      subject: () => pick(['Strömavbrott!!', 'Inget ström sedan i morse', 'Avbrott på ' + p.street.split(' ')[0], 'Power outage']),
      body: () => st === 'sloppy'
        ? `HEJ vi har inte haft ström sen kl ${t()} idag!!! hela gatan är mörk. ${f.X('street', p.street)} ${f.X('town', p.city)}. när kommer den tillbaka?? min mamma har hemsjukvård här. nr ${f.tel(p)}\n${custSig(f, p, 'sloppy')}`
        : st === 'en'
          ? `Hello, we have had no electricity since ${t()} at ${f.X('street', p.street)}, ${f.X('town', p.city)}. Is there a known outage? Reach me at ${f.tel(p)}.\n${custSig(f, p, 'en')}`
          : `Hej,\nVi har strömavbrott sedan kl. ${t()} på ${addrLine(f, p)}. Finns det någon information om när det åtgärdas?\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? 'The outage is in the local grid and is handled by the grid operator. According to them power should be back within two hours.' : `Avbrottet ligger i det lokala elnätet som ägs av ${f.X('company', 'Mälardalens Elnät AB')}. Enligt deras driftinformation beräknas strömmen vara tillbaka inom två timmar. Vi har skickat ett sms till ${f.tel(p)} när det är åtgärdat.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => `Hänvisat till nätägare. Störningsnr ${f.X('case-number', 'ST-' + digits(6))}.`,
    };
  },
  terminate(f, p, a, st) {
    const prod = lazy(() => f.X('product', pick(PRODUCTS.slice(0, 5))));
    return {
      subject: () => pick(['Uppsägning av avtal', 'Säga upp elavtal', 'uppsägning', 'Cancel my contract']),
      body: () => st === 'sloppy'
        ? `vill säga upp mitt avtal ${prod()} har hittat billigare. ${pnrPhrase(f, p, true)}. bekräfta på mail ${f.mail(p)}\n${custSig(f, p, 'sloppy')}`
        : st === 'en'
          ? `Dear Sir/Madam,\nI hereby terminate my electricity contract (${prod()}). I am moving back to ${pick(['Norway', 'Germany', 'the UK', 'Finland'])}. Personnummer: ${f.pnr(p)}.\n\n${custSig(f, p, 'en')}`
          : `Hej,\nJag vill säga upp mitt elavtal ${prod()} enligt avtalets villkor.\n${pnrPhrase(f, p)}\nAdress: ${addrLine(f, p)}\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? `We confirm the termination of ${prod()}. The contract ends on ${dateStr(f, randDate(2024, 12, 2025, 2), 'en')}.` : `Vi bekräftar uppsägningen av ${prod()}. Avtalet upphör ${dateStr(f, randDate(2024, 12, 2025, 2), 'sv')}. Observera att brytavgift på ${amount(f, 200, 900)} kan tillkomma för tidsbundna avtal.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => `Retention erbjudet (${f.X('product', 'Solbacka Bas')} -10%), kund tackade nej.`,
    };
  },
  meter(f, p, a, st) {
    const r = lazy(() => f.X('meter-reading', String(int(10000, 99999))));
    return {
      subject: () => pick(['Mätarställning', 'Avläsning', 'mätarställning okt']),
      body: () => st === 'sloppy'
        ? `mätaren visar ${r()} kWh idag. ${pnrPhrase(f, p, true)}\n${custSig(f, p, 'sloppy')}`
        : `Hej,\nHär kommer min mätarställning: ${r()} kWh, avläst ${dateStr(f, randDate(2024, 9, 2024, 11))}.\nKundnummer ${custNo(f, p)}\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, 'sv')}\n\nTack, vi har registrerat mätarställningen ${r()} kWh.\n\n${agentSig(f, a, 'sv')}`,
      note: () => `Avläsning inlagd manuellt.`,
    };
  },
  payplan(f, p, a, st) {
    const amt = lazy(() => amount(f, 3000, 24000)), ocr = lazy(() => ocrNo(f, chance(0.25)));
    return {
      subject: () => pick(['Avbetalningsplan', 'Kan jag dela upp betalningen?', 'Betalningssvårigheter', 'Payment plan request']),
      body: () => st === 'sloppy'
        ? `hej jag har blivit sjukskriven och klarar inte att betala hela ${amt()} nu. kan jag dela upp det? ocr ${ocr()}\n${pnrPhrase(f, p, true)}\n${custSig(f, p, 'sloppy')}`
        : st === 'en'
          ? `Hi, I lost my job last month and cannot pay the full amount of ${amt()}. Is a payment plan possible? OCR ${ocr()}. Phone ${f.tel(p)}.\n${custSig(f, p, 'en')}`
          : `Hej,\nPå grund av ändrade ekonomiska förhållanden undrar jag om det går att få en avbetalningsplan för skulden på ${amt()}.\nOCR-nummer: ${ocr()}\n${pnrPhrase(f, p)}\nNås på ${f.tel(p)}.\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? `We can offer a payment plan over 6 months. Please pay to bankgiro ${f.X('bankgiro', CO.bankgiro)} using OCR ${ocr()}.` : `Vi kan erbjuda en avbetalningsplan på 6 månader. Betala till bankgiro ${f.X('bankgiro', CO.bankgiro)} och ange OCR ${ocr()}. Första delbetalningen förfaller ${dateStr(f, randDate(2024, 11, 2024, 12), 'iso')}.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => `Avbetalningsplan 6 mån beviljad av ${f.name(pick(EMP.slice(0, 6)), 'short')}. Spärr mot inkasso lagd.`,
    };
  },
  gdpr(f, p, a, st) {
    return {
      subject: () => pick(['Begäran om registerutdrag', 'GDPR – radera mina uppgifter', 'Registerutdrag enligt artikel 15', 'Data subject access request']),
      body: () => st === 'en'
        ? `Hello,\nUnder Article 15 GDPR I request a copy of all personal data you hold about me.\nName: ${f.name(p, 'short')}\nPersonal number: ${f.pnr(p)}\nEmail: ${f.mail(p)}\n${custSig(f, p, 'en')}`
        : st === 'sloppy'
          ? `jag vill att ni raderar alla mina uppgifter och slutar skicka reklam till ${f.mail(p)} !!! ${pnrPhrase(f, p, true)}\n${custSig(f, p, 'sloppy')}`
          : `Hej,\nJag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen.\nNamn: ${f.name(p)}\nPersonnummer: ${f.pnr(p)}\nAdress: ${addrLine(f, p)}\nE-post: ${f.mail(p)}\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? 'We have received your request. For security reasons the extract will be sent by post to your registered address within 30 days.' : `Vi har tagit emot din begäran (ärende ${f.X('case-number', 'DSO-2024-' + digits(4))}). Av säkerhetsskäl skickas utdraget med post till din folkbokföringsadress inom 30 dagar.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv', 3)}`,
      note: () => `Vidarebefordrat till dataskyddsombud ${f.name(EMP[1], 'short')} (${f.wmail(EMP[1])}). Identitet kontrollerad mot folkbokföring.`,
    };
  },
  solar(f, p, a, st) {
    return {
      subject: () => pick(['Offert solceller', 'Intresseanmälan solpaneler', 'Solceller på villa']),
      body: () => st === 'sloppy'
        ? `hej vill ha offert på solceller till villa i ${f.X('town', p.city)} taket är ca 80 kvm söderläge. ring ${f.tel(p)} eller mejla ${f.mail(p)}\n${custSig(f, p, 'sloppy')}`
        : `Hej,\nVi är intresserade av solceller till vårt hus på ${addrLine(f, p)}. Takyta ca ${int(40, 140)} m², lutning 27 grader.\nKontakta mig gärna på ${f.tel(p)}.\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, 'sv')}\n\nTack för din intresseanmälan! Vår partner ${f.X('company', 'Solmontage i Sverige AB')} kontaktar dig inom en vecka för platsbesök. Kontaktperson där är ${f.name(THIRD[0], 'short')}, ${f.tel(THIRD[0], 'dash_grp')}.\n\n${agentSig(f, a, 'sv')}`,
      note: () => `Lead skickat till Solmontage (${f.E(workEmail(THIRD[0]))}).`,
    };
  },
  app(f, p, a, st) {
    const ver = lazy(() => f.X('version', `${pick(['3.14.2', '3.15.0', '3.15.1', '4.0.3'])}`));
    return {
      subject: () => pick(['Kan inte logga in på Mina sidor', 'Appen kraschar', 'BankID fungerar inte', 'Login problem in the app']),
      body: () => st === 'en'
        ? `The Solbacka app (version ${ver()}) crashes every time I try to log in with BankID. iPhone 13, iOS 17.6. My email is ${f.mail(p)}.\n${custSig(f, p, 'en')}`
        : `${st === 'sloppy' ? 'appen funkar inte' : 'Hej, appen fungerar inte'}, version ${ver()}. ${st === 'sloppy' ? 'får felkod 500 när jag loggar in med bankid' : 'Jag får felkod 500 när jag loggar in med BankID.'} ${pnrPhrase(f, p, st === 'sloppy')}\n${custSig(f, p, st === 'sloppy' ? 'sloppy' : 'formal')}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? 'Please update to version 4.0.4 which fixes the login issue.' : `Felet är känt och åtgärdat i version ${f.X('version', '4.0.4')}. Uppdatera appen via App Store eller Google Play.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv', 3)}`,
      note: () => `Bugg ${f.X('ticket-number', 'APP-' + int(1000, 1999))} – inloggning ${ver()}. Kundens IP enligt logg: ${f.ip4(p)}`,
    };
  },
  price(f, p, a, st) {
    return {
      subject: () => pick(['Ocker!', 'Höjt pris utan besked', 'Varför har mitt elpris höjts?']),
      body: () => st === 'sloppy'
        ? `ni har höjt priset igen utan att säga nåt. jag har ${f.X('product', pick(PRODUCTS.slice(0, 5)))} och betalar nu ${f.X('amount', int(110, 260) + ' öre/kWh')}. tänker anmäla er till konsumentverket\n${custSig(f, p, 'sloppy')}`
        : `Hej,\nJag har inte fått något meddelande om prishöjningen på mitt avtal. ${f.X('word-also-name', 'Per')} månad har kostnaden ökat med ${amount(f, 200, 900)}. Enligt avtalsvillkoren ska ni meddela 30 dagar innan.\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, 'sv')}\n\nPrisändringen aviserades i brev och e-post till ${f.mail(p)} den ${dateStr(f, randDate(2024, 8, 2024, 9), 'sv')}. Jag beklagar om meddelandet inte nådde fram.\n\n${agentSig(f, a, 'sv')}`,
      note: () => `${f.X('word-also-name', 'Inga')} fel hittade i prisavisering. Kunden bor kvar, ingen åtgärd.`,
    };
  },
  death(f, p, a, st) {
    const rel = p.y < 1958 ? pick(['make', 'fru']) : pick(['pappa', 'mamma', 'make', 'fru']);
    const dec = lazy(() => newPersonFor(f, p, { gender: rel === 'mamma' || rel === 'fru' ? 'F' : 'M', y: rel === 'pappa' || rel === 'mamma' ? Math.max(1930, Math.min(p.y - 22, int(1930, 1950))) : Math.max(1930, Math.min(2000, p.y + int(-4, 4))), plus: false }));
    return {
      subject: () => pick(['Dödsbo – avsluta avtal', 'Min pappa har gått bort', 'Dödsfall', 'Estate of my late mother']),
      body: () => st === 'en'
        ? `Hello,\nMy ${ { pappa: 'father', mamma: 'mother', make: 'husband', fru: 'wife' }[rel] } ${f.name(dec(), 'short')} (${f.pnr(dec())}) passed away on ${dateStr(f, randDate(2024, 8, 2024, 10), 'en')}. I am handling the estate and would like to close her contract. I can be reached at ${f.tel(p)}.\n${custSig(f, p, 'en')}`
        : `Hej,\nMin ${rel} ${f.name(dec())}, personnummer ${f.pnr(dec())}, avled ${dateStr(f, randDate(2024, 8, 2024, 10), 'sv')}. Jag är dödsbodelägare och vill avsluta elavtalet på ${f.X('street', dec().street)}.\nFakturor kan skickas till mig: ${f.name(p)}, ${addrLine(f, p)}.\nTelefon ${f.tel(p)}\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? 'Please accept our condolences. We need a copy of the estate inventory (bouppteckning) or a death certificate.' : `Vi beklagar sorgen. För att kunna avsluta avtalet behöver vi en kopia på dödsfallsintyg eller bouppteckning. Avtalet för ${f.name(dec(), 'short')} avslutas från och med ${dateStr(f, randDate(2024, 11, 2024, 12), 'iso')}.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => `Dödsbo efter ${f.name(dec(), 'short')}. Kontaktperson ${f.name(p, 'short')} ${f.tel(p)}. Påminnelser stoppade.`,
    };
  },
  godman(f, p, a, st) {
    const gm = lazy(() => pick(THIRD.slice(1, 12)));
    return {
      subject: () => pick(['God man för kund', 'Förvaltarskap – ändrad fakturaadress', 'Fullmakt']),
      body: () => `Hej,\nJag är sedan ${dateStr(f, randDate(2023, 1, 2024, 9), 'sv')} förordnad god man för ${f.name(p)} (${f.pnr(p)}). Jag bifogar förordnandet från överförmyndaren. Vänligen skicka fakturor till mig:\n${f.name(gm(), 'short')}\n${f.X('street', gm().street)}\n${f.X('postal-code', gm().zip)} ${f.X('town', gm().city)}\nTel ${f.tel(gm())}\nE-post ${f.mail(gm())}\n\nMed vänlig hälsning\n${f.name(gm())}\nGod man`,
      reply: () => `Hej ${f.first(gm())},\n\nTack, vi har registrerat dig som god man för ${f.name(p, 'short')} och ändrat fakturaadressen.\n\n${agentSig(f, a, 'sv')}`,
      note: () => `Förordnande kontrollerat. God man: ${f.name(gm(), 'short')}, ${f.tel(gm())}. Ej skicka påminnelser direkt till huvudman.`,
    };
  },
  contact(f, p, a, st) {
    const old = lazy(() => newSeMobile());
    return {
      subject: () => pick(['Nytt telefonnummer', 'Ändra e-postadress', 'Uppdatera kontaktuppgifter', 'New phone number']),
      body: () => st === 'sloppy'
        ? `har bytt nummer från ${f.phone(old(), 'plain')} till ${f.tel(p, 'plain')} uppdatera tack. ${custSig(f, p, 'sloppy')}`
        : st === 'en'
          ? `Hi, please update my phone number from ${f.phone(old(), 'intl_grp')} to ${f.tel(p)} and my email to ${f.mail(p)}. Thanks!\n${custSig(f, p, 'en')}`
          : `Hej!\nVänligen uppdatera mina kontaktuppgifter:\nTelefon: ${f.tel(p)} (tidigare ${f.phone(old(), 'dash_grp')})\nE-post: ${f.mail(p)}\n${pnrPhrase(f, p)}\n\n${custSig(f, p)}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? 'Your contact details have been updated.' : 'Nu är dina kontaktuppgifter uppdaterade.'}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv', 3)}`,
      note: () => `Tel ändrat ${f.phone(old(), 'plain')} -> ${f.tel(p, 'plain')}.`,
    };
  },
  charger(f, p, a, st) {
    return {
      subject: () => pick(['Laddbox installation', 'Laddbox – när kommer installatören?', 'Charger installation date']),
      body: () => st === 'en'
        ? `Hi, I ordered a ${f.X('product', 'Laddbox Volta Home')} (order ${orderNo(f)}) three weeks ago. When will the installer come? Address: ${f.X('street', p.street)}, ${f.X('town', p.city)}.\n${custSig(f, p, 'en')}`
        : `${st === 'sloppy' ? 'hej' : 'Hej,'}\n${st === 'sloppy' ? 'beställde laddbox för 3 veckor sen ordernr' : 'Jag beställde en Laddbox Volta Home för tre veckor sedan, order'} ${orderNo(f)}. ${st === 'sloppy' ? 'har inte hört nåt' : 'Jag har ännu inte blivit kontaktad av installatören.'}\n${custSig(f, p, st === 'sloppy' ? 'sloppy' : 'formal')}`,
      reply: () => `${greet(f, p, st === 'en' ? 'en' : 'sv')}\n\n${st === 'en' ? 'Installation is booked for next Tuesday between 08 and 12.' : `Installationen är bokad till ${dateStr(f, randDate(2024, 11, 2024, 12), 'sv')} mellan kl 08 och 12. Installatören ${f.name(THIRD[2], 'short')} ringer dig dagen innan.`}\n\n${agentSig(f, a, st === 'en' ? 'en' : 'sv')}`,
      note: () => `Installatör bokad via ${f.X('company', 'Solmontage i Sverige AB')}.`,
    };
  },
  debt(f, p, a, st) {
    const ink = lazy(() => f.X('case-number', 'NI-2024-' + digits(5)));
    return {
      subject: () => pick(['Inkassokrav felaktigt', 'Bestrider inkassokrav', 'Ärende hos inkassobolag']),
      body: () => `${st === 'sloppy' ? 'jag har fått ett inkassokrav' : 'Hej,\nJag har mottagit ett inkassokrav'} från ${f.X('company', 'Norrlinje Inkasso AB')} (ärende ${ink()}) för en faktura jag redan har betalat ${dateStr(f, randDate(2024, 6, 2024, 9))}. ${st === 'sloppy' ? 'betalade från min sambos konto' : 'Betalningen gjordes från min sambos konto'}, ${f.name(newPersonFor(f, p), st === 'sloppy' ? 'lower' : 'short')}.\n${pnrPhrase(f, p, st === 'sloppy')}\n${custSig(f, p, st === 'sloppy' ? 'sloppy' : 'formal')}`,
      reply: () => `${greet(f, p, 'sv')}\n\nVi har hittat betalningen och återkallat ärendet ${ink()} hos inkassobolaget. Ingen betalningsanmärkning kommer att registreras.\n\n${agentSig(f, a, 'sv')}`,
      note: () => `Betalning hittad på fel OCR. Återkallat hos Norrlinje, handläggare ${f.name(THIRD[3], 'short')}.`,
    };
  },
};
const INTENT_KEYS = Object.keys(INTENTS);
// a related person (relative, partner) made on demand; deterministic via file rng
function newPersonFor(f, p, opt = {}) { const q = newPerson({ origin: p.origin === 'se' || chance(0.5) ? p.origin : undefined, ...opt }); if (chance(0.6) && !q.last.includes(' ')) { const old = q.first + ' ' + q.last; q.last = p.last; if (usedNames.has(q.first + ' ' + q.last)) q.last = pick(SE_S); usedNames.add(q.first + ' ' + q.last); } return q; }
function styleFor(p) { return (p.origin === 'en' || p.origin === 'no') && chance(0.7) ? 'en' : wpick([[5, 'formal'], [4, 'sloppy'], [1, 'en']]); }

// ---------------------------------------------------------------- framework
const OUTFILES = [];
function start(rel) { R = makeRng('file|' + rel); return new Ctx(rel); }
function put(f, buf, text) { OUTFILES.push({ rel: f.rel, buf, text, f }); }
function putText(f, s, enc = 'utf8') { put(f, encodeText(s, enc), s); }
function putJson(f, obj, { indent = 2, ascii = false } = {}) { const s = ascii ? jsonAscii(obj, indent) : JSON.stringify(obj, null, indent); put(f, Buffer.from(s + '\n', 'utf8'), jsonStrings(obj).join('\n')); }
const ts = (dt, s = 'sv') => {
  const y = dt.getUTCFullYear(), mo = dt.getUTCMonth() + 1, d = dt.getUTCDate(), h = dt.getUTCHours(), mi = dt.getUTCMinutes(), se = dt.getUTCSeconds();
  switch (s) {
    case 'sv': return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
    case 'svs': return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(se)}`;
    case 'iso': return dt.toISOString().replace(/\.\d+Z$/, 'Z');
    case 'isoms': return dt.toISOString();
    case 'jira': return `${pad(d)}/${MON_EN[mo - 1]}/${String(y).slice(2)} ${((h + 11) % 12) + 1}:${pad(mi)} ${h < 12 ? 'AM' : 'PM'}`;
    case 'us': return `${mo}/${d}/${y} ${((h + 11) % 12) + 1}:${pad(mi)} ${h < 12 ? 'AM' : 'PM'}`;
    case 'epoch': return Math.floor(dt.getTime() / 1000);
    case 'clf': return `${pad(d)}/${MON_EN[mo - 1]}/${y}:${pad(h)}:${pad(mi)}:${pad(se)} +0200`;
    default: throw new Error(s);
  }
};
const randDT = (y0, m0, y1, m1) => { const d = randDate(y0, m0, y1, m1); d.setUTCHours(int(6, 21), int(0, 59), int(0, 59)); return d; };
const addMin = (dt, m) => new Date(dt.getTime() + m * 60000);
const custs = (n) => sample(CUST, n);
function ua(f) { const u = pick(UAS); if (u.includes('130.0.0.0')) f.X('ip-like-version', '130.0.0.0'); return u; }
const agent = () => pick(EMP.slice(2));
function textToHtml(s, ent = 'named') { return '<div>' + s.split('\n').map(l => l ? htmlEsc(l, ent) : '&nbsp;').join('<br>\n') + '</div>'; }
// duplicate the truth labels recorded since mark (text shown twice, e.g. text/plain + text/html)
function mark(f) { return f.truth.length; }
function dupSince(f, m) { const add = f.truth.slice(m).map(x => ({ ...x })); f.truth.push(...add); }
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.90 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.146 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.56',
  'SolbackaApp/4.0.3 (iOS 17.6; iPhone14,5) CFNetwork/1496.0.7',
];

// ================================================================ SALESFORCE
async function sfCaseReport() {
  const f = start('salesforce/reports/Case_Report_2024_Q3.csv');
  const rows = [['Case Number', 'Date/Time Opened', 'Subject', 'Status', 'Priority', 'Case Origin', 'Contact Name', 'Contact: Email', 'Contact: Phone', 'Account Name', 'Description', 'Case Owner']];
  let cn = 31200 + int(0, 50);
  for (let i = 0; i < 170; i++) {
    const p = pick(CUST), a = agent(), st = styleFor(p), it = INTENTS[pick(INTENT_KEYS)](f, p, a, st);
    const dt = randDT(2024, 7, 2024, 9);
    const subj = it.subject();
    const cname = f.name(p, chance(0.9) ? 'short' : 'full');
    const em = chance(0.88) ? f.mail(p) : '';
    const tel = chance(0.8) ? f.tel(p, pick(['intl_grp', 'dash_grp', 'plain', 'intl'])) : '';
    const acct = chance(0.75) ? f.name(p, 'short') : f.X('company', pick(PARTNERS.slice(4)).name);
    const desc = chance(0.93) ? it.body() : '';
    rows.push([f.X('case-number', pad(cn++, 8)), ts(dt), subj, pick(['Closed', 'Closed', 'Closed', 'Working', 'New', 'Escalated', 'On Hold']), pick(['Medium', 'Medium', 'Low', 'High']), pick(['Email', 'Email', 'Web', 'Phone', 'Chat']), cname, em, tel, acct, desc, f.name(a, 'short')]);
  }
  const gen = EMP[0];
  let s = csvText(rows, { quoteAll: true });
  s += '\r\n"Confidential Information - Do Not Distribute"\r\n"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."\r\n';
  s += `"Solbacka Energi AB"\r\n"Generated By:  ${f.name(gen, 'short')}  ${ts(new Date(Date.UTC(2024, 10, 4, 8, 12)))}"\r\n`;
  putText(f, s, 'utf8bom');
}
async function sfContacts() {
  const f = start('salesforce/reports/All_Contacts_SE.csv');
  const rows = [['Contact ID', 'Salutation', 'First Name', 'Last Name', 'Title', 'Mailing Street', 'Mailing City', 'Mailing Zip/Postal Code', 'Mailing Country', 'Phone', 'Mobile', 'Email', 'Birthdate', 'Personnummer', 'Contact Owner', 'Created Date', 'Email Opt Out']];
  for (const p of custs(150)) {
    f.nameSplit(p.middle && chance(0.5) ? `${p.first} ${p.middle}` : p.first, p.last);
    const first = f.truth[f.truth.length - 1].split[0];
    const pnStyle = pick(['dash12', 'dash12', 'plain12', 'dash10']);
    rows.push([f.X('record-id', '0035g00000' + crypto.createHash('md5').update(p.email).digest('hex').slice(0, 5).toUpperCase() + 'AAX'), p.gender === 'F' ? pick(['Ms.', 'Mrs.', '']) : pick(['Mr.', '']), first, p.last, '',
      f.X('street', p.street + (p.lgh ? ' ' + p.lgh : '')), f.X('town', p.city), f.X('postal-code', p.zip), 'Sweden',
      p.landline && chance(0.8) ? f.tel(p, pick(['dash_grp', 'space_grp']), 'landline') : '', chance(0.9) ? f.tel(p, pick(['intl_grp', 'intl', 'dash_grp', 'plain'])) : '', chance(0.92) ? f.mail(p) : '',
      `${p.y}-${pad(p.m)}-${pad(p.d)}`, chance(0.85) ? f.pnr(p, pnStyle) : '', f.name(agent(), 'short'), ts(randDT(2019, 1, 2024, 10)), pick(['0', '0', '1'])]);
  }
  putText(f, csvText(rows, { quoteAll: true }), 'utf8bom');
}
async function sfOpenByOwner() {
  const f = start('salesforce/reports/Open_Cases_by_Owner.csv');
  const rows = [['Case Owner', 'Case Number', 'Subject', 'Contact Name', 'Age (Days)', 'Opened Date', 'Status']];
  for (const a of sample(EMP.slice(2), 8)) {
    const n = int(2, 7);
    rows.push([f.name(a, 'short'), '', '', '', '', '', '']);
    for (let i = 0; i < n; i++) {
      const p = pick(CUST);
      rows.push(['', f.X('case-number', '000' + int(31000, 31999)), pick(['Faktura fel', 'Flytt', 'Avbetalningsplan', 'Uppsägning', 'Laddbox', 'Dödsbo', 'Klagomål pris', 'Mätarvärden saknas']), f.name(p, 'short'), String(int(1, 60)), dateStr(f, randDate(2024, 8, 2024, 10), 'iso'), pick(['New', 'Working', 'Escalated'])]);
    }
    rows.push([`Subtotal`, String(n), '', '', '', '', '']);
  }
  rows.push(['Grand Total', '', '', '', '', '', '']);
  let s = csvText(rows, { quoteAll: true }) + '\r\n"Confidential Information - Do Not Distribute"\r\n';
  putText(f, s, 'utf8bom');
}
async function sfLoginHistory() {
  const f = start('salesforce/reports/LoginHistory_Nov2024.csv');
  const rows = [['Username', 'Login Time', 'Source IP', 'Login Type', 'Status', 'Browser', 'Platform', 'Application', 'Login URL', 'Country']];
  const officeIPs = ['213.113.' + int(10, 250) + '.' + int(2, 250), '81.226.' + int(10, 250) + '.' + int(2, 250)];
  const home = new Map(EMP.map(e => [e, chance(0.2) ? newIPv6() : newIPv4()]));
  let dt = new Date(Date.UTC(2024, 10, 1, 6, 0));
  for (let i = 0; i < 330; i++) {
    dt = addMin(dt, int(1, 55));
    const e = pick(EMP);
    const ip = chance(0.65) ? pick(officeIPs) : home.get(e);
    const ok = chance(0.95);
    rows.push([f.E(e.work), ts(dt, 'us'), f.I(ip), pick(['Application', 'Application', 'SAML Sfdc Initiated SSO', 'Remote Access 2.0']), ok ? 'Success' : pick(['Invalid Password', 'Failed: Computer activation required']), pick(['Chrome 130', 'Edge 130', 'Chrome 129', 'Firefox 131', 'Safari 18']), pick(['Windows 10', 'Windows 11', 'Mac OSX', 'iOS 17']), pick(['Browser', 'Browser', 'Salesforce for iOS', 'Outlook Integration']), 'solbacka.my.salesforce.com', 'Sweden']);
  }
  putText(f, csvText(rows), 'utf8');
}
async function sfCaseJson(idx, ascii) {
  const id = '5004W00001' + ['kXyZQ', 'mB7rT', 'qH2wL'][idx] + 'AA' + idx;
  const f = start(`salesforce/api/Case_${id}.json`);
  const p = pick(CUST), a = agent(), st = styleFor(p), key = pick(INTENT_KEYS), it = INTENTS[key](f, p, a, st);
  const dt = randDT(2024, 9, 2024, 10);
  const subj = it.subject();
  const obj = {
    attributes: { type: 'Case', url: `/services/data/v60.0/sobjects/Case/${id}` },
    Id: id, CaseNumber: f.X('case-number', '000' + int(31000, 31999)), Subject: subj,
    Status: 'Closed', Origin: 'Web', Priority: 'Medium',
    SuppliedName: f.name(p, 'short'), SuppliedEmail: f.mail(p), SuppliedPhone: f.tel(p),
    Web_Form_IP__c: f.I(p.ip6 && chance(0.5) ? p.ip6 : p.ip4),
    Description: it.body(),
    CreatedDate: dt.toISOString().replace('Z', '+0000'),
    ContactId: '0035g00000' + digits(5) + 'AAX',
    Contact: { attributes: { type: 'Contact' }, Name: f.name(p, 'short'), Email: f.mail(p), MobilePhone: f.tel(p, 'intl_grp'), Personnummer__c: f.pnr(p, 'dash12'), MailingStreet: f.X('street', p.street), MailingPostalCode: f.X('postal-code', p.zip), MailingCity: f.X('town', p.city) },
    Owner: { attributes: { type: 'User' }, Name: f.name(a, 'short'), Email: f.E(a.work) },
    CaseComments: { totalSize: 2, done: true, records: [
      { CommentBody: it.note(), IsPublished: false, CreatedBy: { Name: f.name(a, 'short') }, CreatedDate: addMin(dt, 40).toISOString().replace('Z', '+0000') },
      { CommentBody: `Ärendet stängt. ${f.X('first-name-only', a.first)}`, IsPublished: false, CreatedBy: { Name: f.name(a, 'short') }, CreatedDate: addMin(dt, 2900).toISOString().replace('Z', '+0000') },
    ] },
  };
  const m0 = mark(f); const reply = it.reply(); const m1 = mark(f);
  obj.EmailMessages = { totalSize: 1, done: true, records: [{ FromAddress: f.role('kundservice'), FromName: 'Solbacka Energi Kundservice', ToAddress: f.mail(p), Subject: 'Re: ' + subj + ` [ ref:_00D5g${digits(4)}._5004W${digits(5)}:ref ]`, TextBody: reply, HtmlBody: textToHtml(reply, ascii ? 'numeric' : 'named'), Status: '3', MessageDate: addMin(dt, 95).toISOString().replace('Z', '+0000') }] };
  // reply text occurs twice (TextBody + HtmlBody)
  f.truth.push(...f.truth.slice(m0, m1).map(x => ({ ...x })));
  putJson(f, obj, { ascii });
}
async function sfContactBulk() {
  const f = start('salesforce/api/Contact_bulk_query.json');
  const recs = custs(45).map(p => {
    f.nameSplit(p.first, p.last);
    return { attributes: { type: 'Contact', url: '/services/data/v60.0/sobjects/Contact/0035g00000' + digits(5) + 'AAX' }, FirstName: p.first, LastName: p.last, Email: chance(0.9) ? f.mail(p) : null, MobilePhone: chance(0.8) ? f.tel(p, 'intl') : null, Phone: p.landline ? f.tel(p, 'dash_grp', 'landline') : null, Personnummer__c: chance(0.7) ? f.pnr(p, 'plain12') : null, MailingCity: f.X('town', p.city), Kundnummer__c: custNo(f, p), HasOptedOutOfEmail: chance(0.2) };
  });
  putJson(f, { totalSize: recs.length, done: true, records: recs }, { indent: 0 });
}
async function sfDataExportZip() {
  const f = start('salesforce/data-export/WE_00D5g000004XyzEAE_1.zip');
  const rows = [['Id', 'WhoId', 'WhatId', 'Subject', 'ActivityDate', 'Status', 'Description', 'OwnerId', 'CallDurationInSeconds', 'CallType']];
  for (let i = 0; i < 130; i++) {
    const p = pick(CUST), a = agent(), it = INTENTS[pick(INTENT_KEYS)](f, p, a, 'formal');
    const kind = pick(['call', 'call', 'note', 'callback']);
    let desc;
    if (kind === 'call') desc = pick([
      () => `Kund ringde ang. ${pick(['faktura', 'flytt', 'avbrott', 'uppsägning', 'laddbox'])}. ${it.note()}`,
      () => `Samtal med ${f.name(p, 'short')}. ${it.note()} Bekräftat tel ${f.tel(p)}.`,
      () => `${f.name(p, 'lower')} ringde, ville prata med ${f.name(pick(EMP), 'short')}. Meddelat att hen ringer tillbaka.`,
      () => `Inkommande samtal från ${f.tel(p)}. Kunden verifierad med pnr ${f.pnr(p)}. ${it.note()}`,
    ])();
    else if (kind === 'callback') desc = `Ring upp ${f.first(p)} på ${f.tel(p)} efter kl 16. Gäller ${pick(['avbetalningsplan', 'kreditering', 'slutfaktura'])}.`;
    else desc = it.note();
    rows.push([f.X('record-id', '00T5g0000' + digits(6) + 'EAE'), '0035g00000' + digits(5) + 'AAX', chance(0.6) ? '5004W00001' + digits(5) + 'AAQ' : '', pick(['Call', 'Call', 'Uppringning', 'Anteckning', 'Återkoppling']), isoDate(randDate(2024, 8, 2024, 10)), 'Completed', desc, '0055g00000' + digits(5) + 'AAE', kind === 'call' ? String(int(40, 1400)) : '', kind === 'call' ? 'Inbound' : '']);
  }
  const taskCsv = csvText(rows, { quoteAll: true });
  const attRows = [['Id', 'ParentId', 'Name', 'ContentType', 'BodyLength', 'CreatedById']];
  for (let i = 0; i < 12; i++) attRows.push([f.X('record-id', '00P5g0000' + digits(6) + 'EAE'), '5004W00001' + digits(5) + 'AAQ', pick(['faktura.pdf', 'bild1.jpg', 'IMG_' + int(1000, 9999) + '.HEIC', 'fullmakt.pdf', 'dödsfallsintyg.pdf', 'mätare.jpg']), pick(['application/pdf', 'image/jpeg']), String(int(20000, 900000)), '0055g00000' + digits(5) + 'AAE']);
  const attCsv = csvText(attRows, { quoteAll: true });
  const buf = await zipBuild([{ name: 'Task.csv', data: Buffer.from(taskCsv) }, { name: 'Attachment.csv', data: Buffer.from(attCsv) }]);
  put(f, buf, taskCsv + '\n' + attCsv);
}

// ================================================================ HUBSPOT
async function hsContacts() {
  const f = start('hubspot/hubspot-crm-exports-all-contacts-2024-10-02.csv');
  const rows = [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Street Address', 'City', 'Postal Code', 'Contact owner', 'Lifecycle Stage', 'Lead Status', 'Create Date', 'Last Activity Date', 'Marketing contact status']];
  for (const p of custs(230)) {
    const hasFirst = chance(0.97), hasLast = chance(0.93);
    if (hasFirst && hasLast) f.nameSplit(p.first, p.last);
    const lower = chance(0.05);
    const fn = hasFirst ? (lower ? p.first.toLowerCase() : p.first) : '', ln = hasLast ? (lower ? p.last.toLowerCase() : p.last) : '';
    if (lower && hasFirst && hasLast) f.truth[f.truth.length - 1] = { category: 'name', value: `${fn} ${ln}`, split: [fn, ln] };
    if (hasFirst && !hasLast) f.X('first-name-only', fn);
    rows.push([f.X('record-id', String(int(10000, 99999) * 1000 + int(0, 999))), fn, ln, f.mail(p, chance(0.05) ? 'cap' : undefined), p.landline && chance(0.5) ? f.tel(p, 'intl_grp', 'landline') : '', chance(0.8) ? f.tel(p, pick(['intl', 'plain', 'dash_grp', 'intl_grp', 'space_grp'])) : '',
      chance(0.6) ? f.X('street', p.street) : '', chance(0.7) ? f.X('town', p.city) : '', chance(0.5) ? f.X('postal-code', p.zip.replace(' ', '')) : '', chance(0.7) ? f.name(agent(), 'short') : '',
      pick(['Lead', 'Customer', 'Customer', 'Subscriber', 'Marketing Qualified Lead']), pick(['', 'New', 'Open', 'Connected', 'Attempted to contact']), ts(randDT(2021, 1, 2024, 9)), ts(randDT(2024, 6, 2024, 9)), pick(['Marketing contact', 'Non-marketing contact'])]);
  }
  putText(f, csvText(rows), 'utf8');
}
async function hsEngagements() {
  const f = start('hubspot/engagements/engagements_2024.json');
  const out = [];
  for (let i = 0; i < 60; i++) {
    const p = pick(CUST), a = agent(), it = INTENTS[pick(INTENT_KEYS)](f, p, a, styleFor(p));
    const type = pick(['NOTE', 'NOTE', 'CALL', 'EMAIL', 'EMAIL', 'MEETING', 'TASK']);
    const dt = randDT(2024, 1, 2024, 9);
    const e = { engagement: { id: 2e10 + int(1e6, 9e6), type, timestamp: dt.getTime(), ownerId: 41000000 + int(100, 999), active: true }, associations: { contactIds: [int(100000, 999999)], companyIds: [], dealIds: [] } };
    if (type === 'NOTE') e.metadata = { body: textToHtml(it.note(), 'named') };
    else if (type === 'TASK') e.metadata = { subject: `Ring ${f.name(p, 'short')}`, body: `<p>Återkoppla om ${pick(['offert', 'faktura', 'flytt'])} – ${htmlEsc(f.tel(p))}</p>`, status: 'NOT_STARTED' };
    else if (type === 'CALL') e.metadata = { toNumber: f.tel(p, 'e164'), fromNumber: f.T(fmtPhone(CO.switchboard, 'e164')), status: 'COMPLETED', durationMilliseconds: int(30, 900) * 1000, body: `<p>${htmlEsc(it.note(), 'named')}</p>`, disposition: guid() };
    else if (type === 'MEETING') e.metadata = { title: `Platsbesök solceller – ${f.name(p, 'short')}`, body: `<p>Adress: ${htmlEsc(addrLine(f, p), 'named')}</p><p>Deltar: ${htmlEsc(f.name(a, 'short'))}, ${htmlEsc(f.name(THIRD[0], 'short'))} (Solmontage)</p>`, startTime: dt.getTime(), endTime: dt.getTime() + 3600000 };
    else {
      const m0 = mark(f); const txt = it.reply(); const m1 = mark(f);
      f.nameSplit(a.first, a.last);
      e.metadata = { from: { email: f.E(a.work), firstName: a.first, lastName: a.last }, to: [{ email: f.mail(p) }], cc: [], bcc: [], subject: it.subject(), text: txt, html: textToHtml(txt, 'named') };
      f.truth.push(...f.truth.slice(m0, m1).map(x => ({ ...x })));
    }
    out.push(e);
  }
  putJson(f, { results: out, hasMore: false, offset: 1988 });
}
async function hsCalls() {
  const f = start('hubspot/engagements/calls_transcribed.jsonl');
  const lines = [];
  for (let i = 0; i < 28; i++) {
    const p = pick(CUST), a = agent();
    const dt = randDT(2024, 8, 2024, 9);
    const tr = [
      `${f.name(a, 'short')}: ${CO.short}, du pratar med ${f.first(a)}.`,
      `Kund: ${pk([() => `ja hej det är ${f.name(p, 'lower')}`, () => `hej mitt namn är ${f.name(p, 'short')}`, `hej jag ringer angående min faktura`])}`,
      `${f.name(a, 'short')}: Vad bra. Kan jag få ditt personnummer?`,
      `Kund: ${f.pnr(p, pick(['dash10', 'plain12', 'space10', 'dash12']))}`,
      `${f.name(a, 'short')}: Tack. Och stämmer det att vi når dig på ${f.tel(p, 'space_grp')}?`,
      `Kund: ${pk(['ja', 'ja det stämmer', () => 'nej jag har bytt, det är ' + f.phone(newSeMobile(), 'space_grp') + ' nu'])}`,
    ].join('\n');
    lines.push(JSON.stringify({ id: String(6e10 + int(1e6, 9e6)), properties: { hs_timestamp: ts(dt, 'isoms'), hs_call_direction: 'INBOUND', hs_call_from_number: f.tel(p, 'e164'), hs_call_to_number: f.T(fmtPhone(CO.switchboard, 'e164')), hs_call_duration: String(int(60, 900) * 1000), hs_call_title: `Inkommande samtal från ${f.name(p, 'short')}`, hs_call_transcript: tr, hubspot_owner_id: String(41000000 + int(100, 999)) } }));
  }
  put(f, Buffer.from(lines.join('\n') + '\n'), lines.map(l => jsonStrings(JSON.parse(l)).join('\n')).join('\n'));
}
async function hsZip() {
  const f = start('hubspot/hubspot-export-companies-deals-2024-10-02.zip');
  const cRows = [['Record ID', 'Company name', 'Company Domain Name', 'Phone Number', 'Organisationsnummer', 'City', 'Company owner', 'Number of Employees', 'Create Date']];
  for (const pa of PARTNERS) cRows.push([String(int(1e9, 9e9)), f.X('company', pa.name), pa.domain, f.phone(pa.switchboard, pick(['dash_grp', 'intl_grp'])), f.X('orgnr', pa.orgnr), f.X('town', pick(TOWNS)[1]), f.name(agent(), 'short'), String(int(2, 400)), ts(randDT(2022, 1, 2024, 6))]);
  for (let i = 0; i < 14; i++) { const nm = pick(['Ekbacken', 'Sjöutsikten', 'Granen', 'Solgläntan', 'Lärkan', 'Hästhoven', 'Måsen']) + ' ' + int(1, 9); cRows.push([String(int(1e9, 9e9)), f.X('company', `Brf ${nm}`), '', chance(0.5) ? f.phone(newSeLandline(), 'dash_grp') : '', f.X('orgnr', makeOrgnr('769')), f.X('town', pick(TOWNS)[1]), f.name(agent(), 'short'), '', ts(randDT(2022, 1, 2024, 6))]); }
  const dRows = [['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Associated Contact', 'Associated Company']];
  for (let i = 0; i < 60; i++) { const p = pick(CUST); dRows.push([String(int(1e9, 9e9)), `${f.X('product', pick(['Solcellspaket M', 'Solcellspaket L', 'Laddbox Volta Home', 'Batteri 10 kWh']))} – ${f.X('town', p.city)}`, pick(['Offert skickad', 'Avtal signerat', 'Förlorad', 'Platsbesök bokat']), String(int(15, 190) * 1000), isoDate(randDate(2024, 3, 2024, 12)), f.name(agent(), 'short'), `${f.name(p, 'short')} (${f.mail(p)})`, '']); }
  const readme = `HubSpot export 2024-10-02\nExporterat av ${f.name(EMP[0], 'short')} (${f.E(EMP[0].work)}) för GDPR-kartläggning.\nInnehåll: companies.csv, deals.csv\n`;
  const c = csvText(cRows), d = csvText(dRows);
  put(f, await zipBuild([{ name: 'companies.csv', data: Buffer.from(c) }, { name: 'deals.csv', data: Buffer.from(d) }, { name: 'LÄSMIG.txt', data: Buffer.from(readme) }]), [c, d, readme].join('\n'));
}
async function hsEmailEvents() {
  const f = start('hubspot/marketing-email-events_nyhetsbrev-oktober.csv');
  const rows = [['Recipient', 'Event type', 'Created', 'Email campaign', 'Browser', 'Device type', 'IP address', 'Location']];
  for (const p of custs(110)) {
    const n = int(1, 4);
    for (let k = 0; k < n; k++) {
      const ev = k === 0 ? pick(['DELIVERED', 'DELIVERED', 'BOUNCE']) : pick(['OPEN', 'OPEN', 'CLICK', 'UNSUBSCRIBED']);
      rows.push([f.mail(p), ev, ts(randDT(2024, 10, 2024, 10), 'svs'), 'Nyhetsbrev oktober – Spara el i vinter', ev === 'OPEN' || ev === 'CLICK' ? pick(['Chrome', 'Safari', 'Apple Mail', 'Outlook']) : '', ev === 'OPEN' || ev === 'CLICK' ? pick(['Mobile', 'Desktop', 'Tablet']) : '', ev === 'OPEN' || ev === 'CLICK' ? f.I(k % 2 && p.ip6 ? p.ip6 : p.ip4) : '', ev === 'OPEN' || ev === 'CLICK' ? `${f.X('town', p.city)}, Sweden` : '']);
      if (ev === 'BOUNCE' || ev === 'UNSUBSCRIBED') break;
    }
  }
  putText(f, csvText(rows), 'utf8');
}

// ================================================================ INTERCOM
async function icConversation(idx) {
  const cid = String(215467098120000 + idx * 7919 + int(0, 999));
  const f = start(`intercom/conversations/conversation_${cid}.json`);
  const ascii = idx === 2;
  const p = pick(CUST), a = agent(), st = styleFor(p), it = INTENTS[pick(INTENT_KEYS)](f, p, a, st);
  const t0 = randDT(2024, 9, 2024, 10);
  const admin = { type: 'admin', id: String(5000000 + int(0, 99999)) };
  const body = it.body();
  const parts = [];
  const reply = it.reply();
  parts.push({ type: 'conversation_part', id: String(2e10 + int(0, 1e8)), part_type: 'assignment', body: null, created_at: ts(addMin(t0, 2), 'epoch'), author: { type: 'bot', id: '4812345', name: 'Operator', email: f.role('operator+dq3x', 'intercom.io') }, assigned_to: { type: 'team', id: '6100432' } });
  parts.push({ type: 'conversation_part', id: String(2e10 + int(0, 1e8)), part_type: 'comment', body: textToHtml(reply, ascii ? 'min' : 'named').replace(/^<div>|<\/div>$/g, '').split('<br>\n').map(l => `<p>${l}</p>`).join(''), created_at: ts(addMin(t0, 14), 'epoch'), author: { ...admin, name: f.name(a, 'short'), email: f.E(a.work) } });
  const cust2 = pk([() => `tack ${f.first(a).toLowerCase()}!`, `ok men när då?`, `Tack för snabbt svar!`, `det stämmer inte, jag har ringt tre gånger nu`]);
  parts.push({ type: 'conversation_part', id: String(2e10 + int(0, 1e8)), part_type: 'comment', body: `<p>${htmlEsc(cust2)}</p>`, created_at: ts(addMin(t0, 31), 'epoch'), author: { type: 'user', id: '64f' + digits(9), name: f.name(p, 'short'), email: f.mail(p) } });
  parts.push({ type: 'conversation_part', id: String(2e10 + int(0, 1e8)), part_type: 'note', body: `<p>${htmlEsc(it.note())}</p>`, created_at: ts(addMin(t0, 33), 'epoch'), author: { ...admin, name: f.name(a, 'short'), email: f.E(a.work) } });
  parts.push({ type: 'conversation_part', id: String(2e10 + int(0, 1e8)), part_type: 'close', body: null, created_at: ts(addMin(t0, 35), 'epoch'), author: { ...admin, name: f.name(a, 'short'), email: f.E(a.work) } });
  const obj = {
    type: 'conversation', id: f.X('record-id', cid), created_at: ts(t0, 'epoch'), updated_at: ts(addMin(t0, 35), 'epoch'), state: 'closed', read: true, priority: 'not_priority',
    title: it.subject(),
    source: { type: 'conversation', id: String(2e9 + int(0, 1e8)), delivered_as: 'customer_initiated', subject: '', body: `<p>${htmlEsc(body, ascii ? 'min' : 'named').replace(/\n/g, '<br>')}</p>`, author: { type: 'user', id: '64f' + digits(9), name: f.name(p, 'short'), email: f.mail(p) }, url: 'https://www.solbackaenergi.se/kundservice' },
    contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: '64f' + digits(9), external_id: custNo(f, p) }] },
    admin_assignee_id: Number(admin.id), team_assignee_id: 6100432,
    custom_attributes: { Kundnummer: custNo(f, p), Kategori: pick(['Faktura', 'Avtal', 'Flytt', 'Teknik']), 'Besökarens IP': f.I(p.ip4) },
    statistics: { time_to_assignment: 0, time_to_admin_reply: 720, median_time_to_reply: 720, count_reopens: 0 },
    conversation_parts: { type: 'conversation_part.list', conversation_parts: parts, total_count: parts.length },
  };
  putJson(f, obj, { ascii });
}
async function icContacts() {
  const f = start('intercom/exports/users_and_leads_2024-10-31.csv');
  const rows = [['Name', 'Email', 'Phone', 'User ID', 'Type', 'Last seen IP', 'City', 'Country', 'Signed up', 'Last seen', 'Web sessions', 'Browser', 'OS', 'Unsubscribed from Emails']];
  for (const p of custs(140)) {
    const lead = chance(0.25);
    rows.push([lead && chance(0.4) ? '' : f.name(p, chance(0.04) ? 'lower' : 'short'), lead && chance(0.3) ? '' : f.mail(p), chance(0.4) ? f.tel(p, pick(['intl', 'intl_grp', 'plain'])) : '', lead ? '' : custNo(f, p), lead ? 'Lead' : 'User', f.I(p.ip6 && chance(0.5) ? p.ip6 : p.ip4), f.X('town', p.city), 'Sweden', lead ? '' : ts(randDT(2022, 1, 2024, 6)), ts(randDT(2024, 9, 2024, 10)), String(int(1, 80)), pick(['chrome', 'safari', 'edge', 'firefox', 'samsung internet']), pick(['Windows 10', 'iOS 17.6', 'Android 14', 'OS X 10.15', 'iOS 18.0']), pick(['false', 'false', 'true'])]);
  }
  putText(f, csvText(rows), 'utf8bom');
}
async function icTranscriptHtml() {
  const f = start('intercom/transcripts/chatt_2024-10-17_besokare.html');
  let h = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Konversation ${int(100000, 999999)} – Solbacka Energi</title><style>.admin{color:#2a5} .user{color:#333} .meta{font-size:11px;color:#888}</style></head><body>\n`;
  for (let s = 0; s < 6; s++) {
    const p = pick(CUST), a = agent(); let t0 = randDT(2024, 10, 2024, 10);
    const lead = chance(0.5);
    h += `<section class="conv">\n<h2>Konversation med ${lead ? 'Besökare ' + int(100, 999) : htmlEsc(f.name(p, 'short'), 'numeric')}</h2>\n<p class="meta">Startad ${ts(t0)} · Sida: https://www.solbackaenergi.se/elavtal · IP ${f.I(p.ip4)} · ${htmlEsc(ua(f))}</p>\n<table class="log">\n`;
    const msgs = [
      ['user', lead ? pick(['hej finns det någon där?', 'Hej! Fråga om fast pris', 'hallå']) : `hej det är ${f.name(p, 'lower')}, jag har en fråga om min faktura`],
      ['admin', `Hej och välkommen till Solbacka Energi! Du pratar med ${f.first(a)}. Vad kan jag hjälpa till med?`],
      ['user', pk([() => `jag vill byta till fast pris. mitt pnr är ${f.pnr(p)}`, () => `kan ni ringa mig? ${f.tel(p)}`, () => `min mejl är ${f.mail(p)} skicka offert dit`, () => `jag flyttar snart till ${f.X('town', pick(TOWNS)[1])}`])],
      ['admin', pick([`Absolut! Jag skickar ett erbjudande till din e-post.`, `Jag har noterat det. En kollega ringer upp dig i morgon förmiddag.`, `Tack! Jag har skapat ett ärende åt dig.`])],
      ['user', pick(['tack!', 'ok tack', 'toppen', 'Tack så mycket för hjälpen!'])],
    ];
    for (const [who, text] of msgs) h += `<tr class="${who}"><td class="meta">${ts(t0 = addMin(t0, int(1, 4)), 'svs').slice(11)}</td><td><b>${who === 'admin' ? htmlEsc(f.name(a, 'short'), 'numeric') : lead ? 'Besökare' : htmlEsc(f.first(p), 'numeric')}</b></td><td>${htmlEsc(text, pick(['named', 'numeric']))}</td></tr>\n`;
    h += `</table>\n</section>\n`;
  }
  h += '</body></html>\n';
  put(f, Buffer.from(h), htmlDecode(h));
}

const cp1252ok = (p) => { const s = [p.first, p.middle || '', p.last, p.street, p.city].join(' '); return iconv.decode(iconv.encode(s, 'win1252'), 'win1252') === s; };
const custsCp = (n) => sample(CUST.filter(cp1252ok), n);
const agentCp = () => pick(EMP.slice(2).filter(cp1252ok));

// ================================================================ PUZZEL
async function pzCallLog() {
  const f = start('puzzel/samtalslogg_2024-10.csv');
  const rows = [['Anropsid', 'Starttid', 'Kö', 'A-nummer', 'Agent', 'Samtalstid', 'Väntetid', 'Resultat', 'Kommentar']];
  let dt = new Date(Date.UTC(2024, 9, 1, 7, 0));
  const pool = custsCp(260);
  for (let i = 0; i < 380; i++) {
    dt = addMin(dt, int(1, 110)); if (dt.getUTCHours() > 17) dt = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate() + 1, 7, int(0, 30)));
    const p = pick(pool), a = agentCp();
    const hidden = chance(0.05);
    const answered = chance(0.86);
    const an = hidden ? 'Dolt nummer' : f.tel(p, p.mobile.kind === 'foreign' ? 'e164' : pick(['e164', 'e164', 'plain', 'nopl']));
    let comment = '';
    if (answered && chance(0.35)) comment = pick([
      () => `Flytt, ${f.name(p, 'short')}`,
      () => `Fakturafråga - kund verifierad ${f.pnr(p, 'dash10')}`,
      () => `Ringde för ${f.name(p, 'lower')}s räkning (dotter)`,
      () => `Återuppringning bokad`,
      () => `Avbrott ${f.X('town', p.city)}`,
      () => `Vill ha kontakt med ${f.name(pick(EMP.filter(cp1252ok)), 'short')}`,
      () => `Kunden arg, eskalerat till TL`,
    ])();
    rows.push([f.X('call-id', String(1187000 + i * 3 + int(0, 2))), ts(dt, 'svs'), pick(['Privatkund', 'Privatkund', 'Företag', 'Solenergi', 'Betalning', 'Avbrott']), an, answered ? f.name(a, 'short') : '', answered ? String(int(35, 1500)) : '0', String(int(3, 900)), answered ? 'Besvarat' : pick(['Avbrutet i kö', 'Avbrutet i kö', 'Callback']), comment]);
  }
  putText(f, csvText(rows, { delim: ';' }), 'cp1252');
}
async function pzChatExport() {
  const f = start('puzzel/chatt/chattexport_2024-10-14.txt');
  let s = `Puzzel Chat – export ${'2024-10-14'} (kö: Privatkunder, Solenergi)\r\nExporterad av: ${f.name(EMP[0], 'short')}\r\n\r\n`;
  let t = new Date(Date.UTC(2024, 9, 14, 6, 58));
  for (let k = 0; k < 16; k++) {
    const p = pick(CUST), a = agent();
    t = addMin(t, int(8, 45));
    const formName = chance(0.5) ? f.name(p, pick(['short', 'short', 'lower'])) : f.first(p);
    s += `==== Session ${int(7700000, 7799999)} | ${ts(t, 'svs')} | Kö: ${pick(['Privatkunder', 'Solenergi'])} ====\r\n`;
    s += `Förformulär: Namn="${formName}" E-post="${f.mail(p)}" Ärende="${pick(['Faktura', 'Avtal', 'Annat', 'Solceller'])}"\r\n`;
    s += `Besökare IP: ${f.I(p.ip6 && chance(0.4) ? p.ip6 : p.ip4)}  Webbläsare: ${ua(f)}\r\n`;
    s += `Agent: ${f.name(a, 'short')}\r\n`;
    const tm = () => { t = addMin(t, int(0, 3)); return ts(t, 'svs').slice(11); };
    const who = (x) => x === 'a' ? f.first(a) : f.first(p);
    const st = styleFor(p);
    const lines = [
      ['k', st === 'en' ? 'hi, do you speak english?' : pick(['hej', 'Hej!', 'hej jag har en fråga', 'hallå?'])],
      ['a', st === 'en' ? `Hi! Yes of course. My name is ${f.first(a)}, how can I help?` : `Hej och välkommen! Mitt namn är ${f.name(a, 'short')}. Vad kan jag hjälpa dig med?`],
      ['k', pick([
        () => `min faktura är fel igen. pnr ${f.pnr(p, pick(['dash10', 'plain10', 'plain12']))}`,
        () => `pnr ${badPnr(f, p, 'checksum')}\r\n[${ts(addMin(t, 5), "svs").slice(11)}] Kund: sorry skrev fel, ${f.pnr(p, 'dash10')}`,
        () => `jag har flyttat men får fortfarande fakturor till gamla adressen`,
        () => `jag vill säga upp avtalet, ${f.name(p, 'lower')} heter jag`,
        () => `kan ni ringa mig istället? ${f.tel(p, pick(['plain', 'dash_grp', 'space_grp']))}`,
        () => `my personal number is ${f.pnr(p, 'dash10')} and I want to check my contract`,
        () => `Hej, jag skriver för min pappa ${f.name(newPersonFor(f, p), 'short')} som inte kan använda dator.`,
      ])()],
      ['a', pick(['Tack! Jag tittar på det, ett ögonblick.', 'Jag förstår. Ett ögonblick så kollar jag.', 'Thanks, one moment please.'])],
      ['a', pk([() => `Nu har jag uppdaterat uppgifterna. Du får en bekräftelse till ${f.mail(p)}.`, () => `Jag har skapat ett ärende, ${f.X('case-number', '000' + int(31000, 31999))}. Vi återkommer inom två arbetsdagar.`, 'Det är åtgärdat nu.'])],
      ['k', pk(['tack', 'Tack för hjälpen!', 'ok', () => 'super tack ' + f.first(a).toLowerCase()])],
    ];
    for (const [x, text] of lines) s += `[${tm()}] ${x === 'a' ? 'Agent ' + who('a') : 'Kund'}: ${text}\r\n`;
    s += `---- Chatten avslutades av ${pick(['kunden', 'agenten'])} ----\r\n\r\n`;
  }
  putText(f, s);
}
async function pzTranscript(n) {
  const id = 1187342 + n * 411;
  const f = start(`puzzel/samtal/transkribering_${id}.txt`);
  const p = pick(CUST.filter(c => c.origin === 'se')), a = agent(), rel = newPersonFor(f, p);
  const t0 = randDT(2024, 10, 2024, 10);
  const L = [];
  L.push(`Samtals-ID: ${f.X('call-id', String(id))}`);
  L.push(`Datum: ${ts(t0)}`);
  L.push(`Agent: ${f.name(a, 'short')} (${a.login})`);
  L.push(`Uppringare: ${f.tel(p, 'e164')}`);
  L.push(`--- Automatisk transkribering (Puzzel Speech Analytics, konfidens 0,${int(78, 93)}) ---`);
  let sec = 1; const tt = () => { sec += int(2, 9); return `[${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}]`; };
  const A = (x) => L.push(`${tt()} AGENT: ${x}`), K = (x) => L.push(`${tt()} KUND: ${x}`);
  A(`solbacka energi du pratar med ${f.first(a).toLowerCase()}`);
  K(`ja hej eh det är ${f.name(p, 'lower')} jag ringer om eh fakturan som kom i förra veckan`);
  A(`okej ska vi se kan jag få ditt personnummer`);
  K(`ja det är ${f.pnr(p, pick(['dash10', 'dash12']))}`);
  A(`tack ${f.first(p).toLowerCase()} och vilken adress gäller det`);
  K(`${f.X('street', p.street.toLowerCase())} i ${f.X('town', p.city.toLowerCase())}`);
  A(`ja jag ser här att det är en uppskattad förbrukning i september`);
  K(`ja men vi har ju haft solceller sen i våras så det kan inte stämma eh min sambo ${f.name(rel, 'lower')} har läst av mätaren`);
  A(`okej vad visade mätaren`);
  K(`${f.X('meter-reading', String(int(10000, 99999)))} tror jag`);
  A(`då lägger jag in det och så skickar vi en ny faktura kan jag nå dig på ${f.tel(p, 'space_grp')}`);
  K(`ja eller min mejl ${f.mail(p)}`);
  A(`perfekt då har jag noterat det ha en fin dag`);
  K(`tack detsamma hej`);
  L.push(`--- Slut på transkribering ---`);
  L.push(`Sammanfattning (AI): Kunden ${f.name(p, 'short')} bestrider uppskattad förbrukning. Ny mätarställning registrerad. Ny faktura skickas.`);
  putText(f, L.join('\n') + '\n');
}
async function pzQueueStats() {
  const f = start('puzzel/statistik/kostatistik_2024-10.csv');
  const rows = [['Datum', 'Kö', 'Inkommande', 'Besvarade', 'Tappade', 'Servicenivå (%)', 'Snittväntetid (s)', 'Snittsamtalstid (s)', 'Callbacks']];
  for (let d = 1; d <= 31; d++) { const dt = new Date(Date.UTC(2024, 9, d)); if ([0, 6].includes(dt.getUTCDay())) continue; for (const q of ['Privatkund', 'Företag', 'Solenergi', 'Betalning', 'Avbrott']) { const inc = int(20, 400), ans = Math.floor(inc * (0.8 + rnd() * 0.18)); rows.push([d % 5 === 0 ? dateStr(f, dt, 'iso') : isoDate(dt), q, String(inc), String(ans), String(inc - ans), (70 + rnd() * 28).toFixed(1).replace('.', ','), String(int(15, 600)), String(int(150, 520)), String(int(0, 30))]); } }
  rows.push(['Totalt', '', '', '', '', '', '', '', '']);
  rows.push([`Rapport skapad ${'2024-11-01 06:00'} av systemkonto ${f.role('puzzel-rapport')}`, '', '', '', '', '', '', '', '']);
  putText(f, csvText(rows, { delim: ';' }), 'utf8bom');
}
async function pzCallbacks() {
  const f = start('puzzel/callback/callback_requests_2024-10-21.json');
  const out = [];
  for (let i = 0; i < 35; i++) {
    const p = pick(CUST), a = agent(), dt = randDT(2024, 10, 2024, 10);
    const hasName = chance(0.7);
    out.push({ requestId: guid(), queue: pk(['Privatkund', 'Solenergi', 'Betalning']), createdAt: ts(dt, 'iso'), phoneNumber: f.tel(p, 'e164'), name: hasName ? f.name(p, chance(0.1) ? 'lower' : 'short') : '', message: chance(0.5) ? pk([() => `Gäller faktura ${invoiceNo(f)}`, `ring efter 16`, () => `angående min mammas avtal, ${f.name(newPersonFor(f, p), 'short')}`, `flytt`, () => `vill prata med ${f.name(pick(EMP), 'short')}`]) : '', status: pk(['completed', 'completed', 'failed', 'pending']), handledBy: chance(0.7) ? f.name(a, 'short') : null, attempts: int(1, 3) });
  }
  putJson(f, { exportedAt: '2024-10-21T18:00:00Z', tenant: 'solbacka-prod', requests: out });
}

// ================================================================ SERVICENOW
async function snIncidentXml() {
  const f = start('servicenow/incident_export_2024-10.xml');
  let x = `<?xml version="1.0" encoding="UTF-8"?>\n<unload unload_date="2024-11-04 08:40:12">\n`;
  for (let i = 0; i < 42; i++) {
    const internal = chance(0.3);
    const a = agent();
    const t0 = randDT(2024, 9, 2024, 10);
    let callerName, phone = '', email = '', pn = '', sd, desc, journal = [];
    if (internal) {
      const e = pick(EMP);
      callerName = f.name(e, 'short'); email = f.E(e.work); phone = chance(0.5) ? f.phone(e.direct, 'dash_grp') : '';
      sd = pick(['Datorn startar inte', 'Kan inte logga in i Salesforce', 'Headset fungerar inte i Puzzel', 'VPN kopplar ner hela tiden', 'Behöver behörighet till Inkasso-mappen']);
      desc = `${sd}. Arbetsstation ${f.X('asset-tag', 'SOL-LT-' + int(1000, 1999))}, IP ${f.I(newPrivIP())}. ${pick(['Har startat om två gånger.', 'Brådskande, har kunder i kö.', ''])}`;
      journal.push(`${ts(addMin(t0, 30), 'svs')} - ${f.name(a, 'short')} (Work notes)\n${pk(['Ominstallerat klient.', 'Återställt lösenord, användaren informerad.', () => `Eskalerat till nätverk, kontakt ${f.name(pick(THIRD), 'short')} på leverantören.`])}`);
    } else {
      const p = pick(CUST), it = INTENTS[pick(INTENT_KEYS)](f, p, a, styleFor(p));
      callerName = f.name(p, 'short'); email = chance(0.8) ? f.mail(p) : ''; phone = chance(0.8) ? f.tel(p) : ''; pn = chance(0.6) ? f.pnr(p, 'dash12') : '';
      sd = it.subject(); desc = it.body();
      journal.push(`${ts(addMin(t0, 20), 'svs')} - ${f.name(a, 'short')} (Additional comments)\n${it.reply()}`);
      journal.push(`${ts(addMin(t0, 25), 'svs')} - ${f.name(a, 'short')} (Work notes)\n${it.note()}`);
      if (chance(0.4)) journal.push(`${ts(addMin(t0, 600), 'svs')} - ${callerName} (Additional comments)\n${pick(['Tack!', 'Det har fortfarande inte hänt något.', 'Ok, då inväntar jag fakturan.'])}`), f.N(callerName);
    }
    const sys = () => crypto.createHash('md5').update(guid()).digest('hex');
    x += `<incident action="INSERT_OR_UPDATE">\n<number>${f.X('ticket-number', 'INC00' + int(10000, 19999))}</number>\n<opened_at>${ts(t0, 'svs')}</opened_at>\n<caller_id display_value="${xmlEsc(callerName)}">${sys()}</caller_id>\n<u_caller_phone>${xmlEsc(phone)}</u_caller_phone>\n<u_caller_email>${xmlEsc(email)}</u_caller_email>\n<u_personnummer>${pn}</u_personnummer>\n<category>${internal ? 'hardware' : 'customer'}</category>\n<short_description>${xmlEsc(sd)}</short_description>\n<description>${xmlEsc(desc)}</description>\n<assigned_to display_value="${xmlEsc(f.name(a, 'short'))}">${sys()}</assigned_to>\n<assignment_group display_value="${internal ? 'IT Servicedesk' : 'Kundservice 2nd line'}">${sys()}</assignment_group>\n<comments_and_work_notes>${xmlEsc(journal.reverse().join('\n\n'))}</comments_and_work_notes>\n<state>${pick(['6', '7', '2'])}</state>\n<sys_id>${f.X('guid', sys())}</sys_id>\n</incident>\n`;
  }
  x += `</unload>\n`;
  put(f, Buffer.from(x), htmlDecode(x));
}
async function snUsers() {
  const f = start('servicenow/sys_user.csv');
  const rows = [['user_name', 'first_name', 'last_name', 'email', 'phone', 'mobile_phone', 'title', 'department', 'location', 'last_login_time', 'active', 'sys_id']];
  for (const e of EMP) { f.nameSplit(e.first, e.last); if (!e.mob2) e.mob2 = newSeMobile(); rows.push([f.X('username', e.login), e.first, e.last, f.E(e.work), f.phone(e.direct, 'dash_grp'), chance(0.7) ? f.phone(e.mob2, pick(['dash_grp', 'intl_grp'])) : '', e.title, 'Kundservice', 'Solna HK', ts(randDT(2024, 10, 2024, 11), 'svs'), 'true', crypto.createHash('md5').update(e.work).digest('hex')]); }
  for (const r of ['admin', 'integration.salesforce', 'puzzel.sync', 'guest']) rows.push([r, '', r === 'admin' ? 'System Administrator' : '', r === 'guest' ? '' : f.role(r.replace(/\./g, '-')), '', '', '', '', '', '', 'true', crypto.createHash('md5').update(r).digest('hex')]);
  putText(f, csvText(rows), 'utf8');
}
async function snIncidentJson() {
  const f = start('servicenow/api/incident_INC0012877.json');
  const p = pick(CUST), a = agent(), it = INTENTS.death(f, p, a, 'formal');
  const sid = () => crypto.createHash('md5').update(guid()).digest('hex');
  const cid = sid();
  const obj = { result: [{
    number: { display_value: 'INC0012877', value: 'INC0012877' }, sys_id: { value: sid() },
    caller_id: { display_value: f.name(p, 'short'), link: `https://solbacka.service-now.com/api/now/table/sys_user/${cid}`, value: cid },
    short_description: { display_value: it.subject() }, description: { display_value: it.body() },
    u_caller_phone: { display_value: f.tel(p) }, u_caller_email: { display_value: f.mail(p) },
    assigned_to: { display_value: f.name(a, 'short'), value: sid() },
    comments: { display_value: `${ts(randDT(2024, 10, 2024, 10), 'svs')} - ${f.name(a, 'short')} (Additional comments)\n${it.reply()}` },
    work_notes: { display_value: `${ts(randDT(2024, 10, 2024, 10), 'svs')} - ${f.name(a, 'short')} (Work notes)\n${it.note()}` },
    opened_at: { display_value: '2024-10-11 09:41:07' }, state: { display_value: 'Resolved', value: '6' },
  }] };
  putJson(f, obj);
}
async function snLoginLog() {
  const f = start('servicenow/logs/sys_login_2024-10.log');
  let s = ''; let dt = new Date(Date.UTC(2024, 9, 1, 5, 50));
  const home = new Map(EMP.map(e => [e, chance(0.3) ? newIPv6() : newIPv4()]));
  for (let i = 0; i < 600; i++) {
    dt = addMin(dt, int(1, 70));
    const e = pick(EMP); const ok = chance(0.94);
    const ip = chance(0.6) ? '213.113.44.' + int(2, 30) : home.get(e);
    s += `${ts(dt, 'svs')} (${pad(int(0, 999), 3)}) API_INT-thread-${int(1, 8)} ${crypto.createHash('md5').update('s' + i).digest('hex').slice(0, 32).toUpperCase()} txid=${guid().slice(0, 8)} ${ok ? 'INFO' : 'WARNING'} *** ${ok ? 'Login success' : 'Login failure'} user: ${f.X('username', e.login)} (${f.name(e, 'short')}) ip: ${f.I(ip)} ${ok ? 'session created' : 'reason: invalid credentials'}\n`;
    if (chance(0.03)) s += `${ts(dt, 'svs')} (${pad(int(0, 999), 3)}) worker.${int(0, 3)} ${'0'.repeat(32)} INFO *** Health check from ${f.X('loopback-ip', '127.0.0.1')} OK\n`;
  }
  putText(f, s);
}

// ================================================================ JIRA
async function jiraCsv() {
  const f = start('jira/JSM_export_KS_2024-11-04.csv');
  const hdr = ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Creator', 'Created', 'Updated', 'Description', 'Custom field (Kundens telefonnummer)', 'Custom field (Personnummer)', 'Custom field (Request participants)', 'Comment', 'Comment', 'Comment', 'Watchers', 'Watchers'];
  const rows = [hdr];
  for (let i = 0; i < 75; i++) {
    const p = pick(CUST), a = agent(), it = INTENTS[pick(INTENT_KEYS)](f, p, a, styleFor(p));
    const t0 = randDT(2024, 9, 2024, 11);
    const subj = it.subject(); const rep = f.name(p, 'short');
    const c = [`${ts(addMin(t0, 30), 'jira')};${f.X('username', a.login)};${it.reply()}`, chance(0.6) ? `${ts(addMin(t0, 50), 'jira')};${f.X('username', a.login)};${it.note()}` : '', chance(0.3) ? `${ts(addMin(t0, 900), 'jira')};qm:${guid()};${pick(['Tack!', 'Fortfarande inget svar...', 'ok'])}` : ''];
    const part = chance(0.15) ? f.name(newPersonFor(f, p), 'short') : '';
    rows.push([subj, f.X('ticket-number', 'KS-' + (1400 + i)), String(10400 + i), pick(['Kundärende', 'Kundärende', 'Reklamation', 'Fråga']), pick(['Done', 'Done', 'Waiting for customer', 'In Progress']), pick(['Medium', 'High', 'Low']), f.name(a, 'short'), rep, rep === '' ? '' : f.N(rep), ts(t0, 'jira'), ts(addMin(t0, 1200), 'jira'), it.body(), chance(0.7) ? f.tel(p, pick(['plain', 'intl', 'dash_grp'])) : '', chance(0.5) ? (chance(0.08) ? badPnr(f, p) : f.pnr(p, pick(['dash10', 'dash12', 'plain12']))) : '', part, c[0], c[1], c[2], f.name(a, 'short'), chance(0.5) ? f.name(pick(EMP.slice(0, 2)), 'short') : '']);
  }
  putText(f, csvText(rows), 'utf8');
}
function adf(text, mentions = []) { return { type: 'doc', version: 1, content: text.split('\n\n').map(para => ({ type: 'paragraph', content: para.split('\n').flatMap((l, i, arr) => [{ type: 'text', text: l }, ...(i < arr.length - 1 ? [{ type: 'hardBreak' }] : [])]) })).concat(mentions.length ? [{ type: 'paragraph', content: mentions.map(m => ({ type: 'mention', attrs: { id: '5f8a' + digits(12), text: '@' + m, accessLevel: '' } })) }] : []) }; }
async function jiraJson() {
  const f = start('jira/api/KS-1482.json');
  const p = pick(CUST), a = agent(), b = agent(), it = INTENTS.payplan(f, p, a, 'formal');
  const acc = () => '712020:' + guid();
  const subj = it.subject();
  const obj = { id: '10482', key: 'KS-1482', self: 'https://solbacka.atlassian.net/rest/api/3/issue/10482', fields: {
    summary: subj, issuetype: { name: 'Kundärende' }, status: { name: 'Waiting for customer' },
    reporter: { accountId: 'qm:' + guid(), displayName: f.name(p, 'short'), emailAddress: f.mail(p), accountType: 'customer' },
    assignee: { accountId: acc(), displayName: f.name(a, 'short'), emailAddress: f.E(a.work), timeZone: 'Europe/Stockholm' },
    created: '2024-10-21T09:12:44.120+0200', description: adf(it.body()),
    customfield_10057: f.tel(p), customfield_10058: f.pnr(p, 'dash12'),
    comment: { total: 3, comments: [
      { author: { displayName: f.name(a, 'short'), emailAddress: f.E(a.work) }, body: adf(it.reply()), created: '2024-10-21T10:02:10.000+0200', jsdPublic: true },
      { author: { displayName: f.name(a, 'short') }, body: adf(`Kollar med ekonomi. ${it.note()}`, [fmtName(b, 'short')]), created: '2024-10-21T10:05:33.000+0200', jsdPublic: false },
      { author: { displayName: f.name(b, 'short') }, body: adf(`OK från ekonomi. Godkänt av ${f.name(EMP[0], 'short')}.`), created: '2024-10-22T08:41:00.000+0200', jsdPublic: false },
    ] },
  } };
  f.N('@' + fmtName(b, 'short')) && (f.truth[f.truth.length - 1].value = fmtName(b, 'short'));
  putJson(f, obj);
}
async function jiraXml() {
  const f = start('jira/KS-1501.xml');
  const p = pick(CUST), a = agent(), it = INTENTS.gdpr(f, p, a, 'formal');
  const h = (s) => xmlEsc(textToHtml(s, 'min').replace(/^<div>|<\/div>$/g, '').split('<br>\n').map(l => `<p>${l}</p>`).join(''));
  let x = `<?xml version="1.0" encoding="UTF-8"?>\n<!--  RSS generated by JIRA (1001.0.0-SNAPSHOT#100263) at Mon Nov 04 08:52:17 UTC 2024 -->\n<rss version="0.92">\n<channel>\n<title>Solbacka Jira</title>\n<link>https://solbacka.atlassian.net</link>\n<item>\n<title>[KS-1501] ${xmlEsc(it.subject())}</title>\n<key id="10501">KS-1501</key>\n`;
  x += `<reporter accountid="qm:${guid()}">${xmlEsc(f.name(p, 'short'))}</reporter>\n<assignee accountid="712020:${guid()}">${xmlEsc(f.name(a, 'short'))}</assignee>\n<created>Tue, 22 Oct 2024 13:05:11 +0200</created>\n`;
  x += `<description>${h(it.body())}</description>\n<comments>\n<comment id="20117" author="712020:${guid()}" created="Tue, 22 Oct 2024 14:00:02 +0200">${h(it.reply())}</comment>\n<comment id="20118" author="712020:${guid()}" created="Tue, 22 Oct 2024 14:02:40 +0200">${h(it.note())}</comment>\n</comments>\n`;
  x += `<customfields>\n<customfield id="customfield_10058" key="com.atlassian.jira.plugin.system.customfieldtypes:textfield"><customfieldname>Personnummer</customfieldname><customfieldvalues><customfieldvalue><![CDATA[${f.pnr(p, 'dash12')}]]></customfieldvalue></customfieldvalues></customfield>\n<customfield id="customfield_10057" key="com.atlassian.jira.plugin.system.customfieldtypes:textfield"><customfieldname>Kundens telefonnummer</customfieldname><customfieldvalues><customfieldvalue><![CDATA[${f.tel(p)}]]></customfieldvalue></customfieldvalues></customfield>\n</customfields>\n</item>\n</channel>\n</rss>\n`;
  put(f, Buffer.from(x), htmlDecode(x));
}

// ================================================================ TEAMS
async function teamsChannel() {
  const f = start('teams/Kundservice_Allmant_channel_messages.json');
  const vals = [];
  let dt = new Date(Date.UTC(2024, 9, 7, 6, 40));
  const uid = new Map(EMP.map(e => [e, guid()]));
  for (let i = 0; i < 70; i++) {
    dt = addMin(dt, int(3, 240));
    const e = pick(EMP), other = pick(EMP.filter(x => x !== e)), p = pick(CUST);
    const mention = chance(0.3);
    let text, mentions = [];
    const mtag = () => { mentions.push({ id: 0, mentionText: f.name(other, 'short'), mentioned: { user: { id: uid.get(other), displayName: f.name(other, 'short'), userIdentityType: 'aadUser' } } }); return `<at id="0">${htmlEsc(f.name(other, 'short'))}</at>`; };
    text = pick([
      () => `${mention ? mtag() + ' ' : ''}kan du ta en återuppringning till ${htmlEsc(f.name(p, 'short'))}? ${htmlEsc(f.tel(p))}, hon/han har väntat sen i fredags`,
      () => `Någon som vet varför ${htmlEsc(f.name(p, 'lower'))} har fått dubbla fakturor? kundnr ${custNo(f, p)}`,
      () => `Påminnelse: lägg aldrig in personnummer i chatten!! (ja jag såg ${htmlEsc(f.pnr(p, 'dash10'))} här igår...)`,
      () => `Kunden ${htmlEsc(f.name(p, 'short'))} (${htmlEsc(f.mail(p))}) vill ha registerutdrag, skickar vidare till ${mention ? mtag() : htmlEsc(f.name(EMP[1], 'short'))}`,
      () => `Jag går hem nu, ${mention ? mtag() : 'någon'} tar ni kön? Puzzel strular igen`,
      () => `Fika i köket kl 15 🎂 ${htmlEsc(f.first(other))} fyller år!`,
      () => `${mention ? mtag() + ' ' : ''}ärende ${f.X('case-number', '000' + int(31000, 31999))} är eskalerat, kunden hotar med ARN`,
      () => `Avbrott i ${f.X('town', p.city)} enligt nätägaren, beräknat klart ${f.X('time', pad(int(12, 22)) + ':00')}`,
      () => `Har någon sett ett mejl från ${htmlEsc(f.mail(p))}? Kunden säger att hon skickat fakturaunderlaget tre gånger`,
      () => `FYI: ${htmlEsc(f.name(p, 'short'))} ringer från ${htmlEsc(f.tel(p, 'intl_grp'))} men har skyddad adress, lämna inte ut något`,
      () => `Does anyone speak Polish? Customer on line 3 (${htmlEsc(f.tel(p))}) only speaks a little English`,
      () => `Ny rutin: dödsbon skickas till ${mention ? mtag() : htmlEsc(f.name(EMP[6], 'short'))}, inte till kundservice@`,
      () => `<a href="mailto:${htmlEsc(f.mail(p))}">${htmlEsc(f.mail(p))}</a> – den här kunden har tre konton, vilket ska vi behålla?`,
      () => `${htmlEsc(f.first(other))}, kan du dubbelkolla ${f.X('invoice-number', '41' + digits(7))}? Kunden ${htmlEsc(f.name(p, 'lower'))} påstår att den är betald`,
      () => `${f.X('word-also-name', 'Inga')} nya ärenden i kön just nu 👍`,
    ])();
    vals.push({ id: String(1728283200000 + i * 99137), replyToId: null, etag: String(1728283200000 + i * 99137), messageType: 'message', createdDateTime: ts(dt, 'isoms'), lastModifiedDateTime: ts(dt, 'isoms'), deletedDateTime: null, subject: null, importance: 'normal', locale: 'en-us', webUrl: `https://teams.microsoft.com/l/message/19%3A${guid().replace(/-/g, '')}%40thread.tacv2/${1728283200000 + i * 99137}`, from: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: uid.get(e), displayName: f.name(e, 'short'), userIdentityType: 'aadUser', tenantId: '7e2f1c9a-1b3d-4c5e-9f60-2a8b7c6d5e4f' } }, body: { contentType: 'html', content: `<p>${text}</p>` }, attachments: [], mentions, reactions: chance(0.3) ? [{ reactionType: 'like', createdDateTime: ts(addMin(dt, 3), 'isoms'), user: { user: { id: uid.get(other), displayName: f.name(other, 'short') } } }] : [] });
  }
  putJson(f, { '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#teams('7c1e')/channels('19%3A4f2')/messages", '@odata.count': vals.length, value: vals });
}
async function teamsChatHtml() {
  const e1 = EMP[3], e2 = EMP[7];
  const f = start(`teams/eDiscovery/chatt_${fold(e1.first)}_${fold(e2.first)}_2024-10.html`);
  let h = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Conversation export</title></head><body>\n<h1>Konversation: ${htmlEsc(f.name(e1, 'short'), 'named')}, ${htmlEsc(f.name(e2, 'short'), 'named')}</h1>\n<p>Deltagare: <a href="mailto:${f.E(e1.work)}">${f.E(e1.work)}</a>; <a href="mailto:${f.E(e2.work)}">${f.E(e2.work)}</a></p>\n<table border="1" cellpadding="4">\n<thead><tr><th>Tid</th><th>Avsändare</th><th>Meddelande</th></tr></thead>\n<tbody>\n`;
  let dt = new Date(Date.UTC(2024, 9, 2, 7, 5));
  for (let i = 0; i < 40; i++) {
    dt = addMin(dt, int(1, 180));
    const [s, o] = chance(0.5) ? [e1, e2] : [e2, e1]; const p = pick(CUST);
    const msg = pick([
      () => `har du koll på ${f.name(p, 'short')}? hon ringde igen om fakturan`,
      () => `ja jag tog den, skickade kreditnota till ${f.mail(p)}`,
      () => `kan du kolla pnr ${f.pnr(p)} i CIS, jag får inte upp något`,
      () => `hittade honom, stod på ${f.X('street', p.street)} istället`,
      () => `lunch?`,
      () => `${f.first(o)} du har glömt att logga ut från Puzzel 😅`,
      () => `nummret han gav var ${f.tel(p)} men det går inte fram`,
      () => `ok tack!`,
      () => `Jag har pratat med ${f.name(EMP[0], 'short')}, vi kör på det`,
    ])();
    h += `<tr><td>${ts(dt, 'svs')}</td><td>${htmlEsc(f.name(s, 'short'), 'named')}</td><td>${htmlEsc(msg, 'named')}</td></tr>\n`;
  }
  h += `</tbody></table>\n<!-- Exporterad från Microsoft Purview eDiscovery, ärende ${f.X('case-number', 'ED-2024-0' + int(100, 999))}, av ${f.name(EMP[1], 'short')} -->\n</body></html>\n`;
  put(f, Buffer.from(h), htmlDecode(h));
}
async function teamsTranscriptDocx() {
  const f = start('teams/Transkribering_Veckomote_Kundservice_2024-10-03.docx');
  const ppl = [EMP[0], EMP[2], EMP[5], EMP[9], EMP[12]];
  const blocks = [{ h: 'Veckomöte Kundservice' }, `Transkribering startad 3 oktober 2024 09:01:12`];
  let sec = 3;
  const say = (e, t) => { sec += int(5, 70); blocks.push({ bold: `${f.name(e, 'short')}   ${Math.floor(sec / 60)}:${pad(sec % 60)}` }); blocks.push(t); };
  const c1 = pick(CUST), c2 = pick(CUST), c3 = pick(CUST);
  say(ppl[0], `Okej, god morgon allihop. Vi kör igenom köläget först och sen tar vi de eskalerade ärendena.`);
  say(ppl[1], `Ja, servicenivån låg på ${int(71, 88)} procent förra veckan. Mest fakturafrågor efter prisändringen.`);
  say(ppl[0], `Och eskaleringarna?`);
  say(ppl[2], `Det är ${f.name(c1, 'short')} som har anmält oss till ARN. Hon menar att hon sa upp avtalet i juni.`);
  say(ppl[3], `Jag har pratat med henne, hennes nummer är ${f.tel(c1, 'space_grp')} om någon behöver ringa. Hon vill helst bli kontaktad på mejl.`);
  say(ppl[0], `Bra. ${f.first(ppl[2])}, kan du ta fram inspelningen från juni?`);
  say(ppl[2], `Ja. Sen har vi dödsboet efter ${f.name(c2, 'full')}, där sonen ${f.name(newPersonFor(f, c2), 'short')} har hört av sig tre gånger.`);
  say(ppl[4], `Jag tar den. Och så har ${f.name(c3, 'short')} begärt registerutdrag, jag har skickat den till ${f.name(EMP[1], 'short')}.`);
  say(ppl[0], `Toppen. Något mer? Nej. Då avslutar vi.`);
  blocks.push(`Transkribering stoppad`);
  const { buf, text } = await buildDocx(blocks, { creator: fmtName(ppl[0], 'short'), lastModifiedBy: fmtName(ppl[0], 'short'), title: 'Veckomöte Kundservice' });
  f.N(fmtName(ppl[0], 'short')); f.N(fmtName(ppl[0], 'short'));
  put(f, buf, text);
}
async function teamsCallQuality() {
  const f = start('teams/call_quality_records_2024-10.csv');
  const rows = [['Start Time', 'End Time', 'First UPN', 'Second UPN', 'First IP Address', 'Second IP Address', 'First Subnet', 'Media Type', 'Audio Poor Call', 'First Network Connection Detail']];
  for (let i = 0; i < 160; i++) {
    const [a, b] = sample(EMP, 2); const dt = randDT(2024, 10, 2024, 10);
    const ipA = chance(0.6) ? newPrivIP() : newIPv4(), ipB = chance(0.6) ? newPrivIP() : newIPv4();
    const subnet = ipA.includes('.') ? ipA.split('.').slice(0, 3).join('.') + '.0' : '';
    rows.push([ts(dt, 'iso'), ts(addMin(dt, int(1, 60)), 'iso'), f.E(a.work), f.E(b.work), f.I(ipA), f.I(ipB), f.X('subnet', subnet), pick(['Audio', 'Audio', 'Video', 'AppSharing']), pick(['False', 'False', 'False', 'True']), pick(['wifi', 'wired', 'wired'])]);
  }
  putText(f, csvText(rows), 'utf8');
}

// ================================================================ SMS
async function smsGatewayLog() {
  const f = start('sms/gateway/smsgw_2024-10.log');
  const out = [];
  let dt = new Date(Date.UTC(2024, 9, 1, 4, 0));
  const tsl = (d) => d.toISOString().replace('Z', '+00:00');
  for (let i = 0; i < 1150; i++) {
    dt = new Date(dt.getTime() + int(200, 60000) * int(1, 30));
    const p = pick(CUST);
    const id = crypto.createHash('md5').update('sms' + i).digest('hex').slice(0, 12);
    const r = rnd();
    if (r < 0.62) {
      const kind = pick(['otp', 'otp', 'inv', 'outage', 'remind', 'move', 'survey']);
      const text = {
        otp: () => `Din engångskod till Mina sidor är ${f.X('otp-code', String(int(100000, 999999)))}. Koden gäller i 5 minuter.`,
        inv: () => `Hej ${f.first(p)}! Din faktura på ${amount(f, 300, 4200)} förfaller ${dateStr(f, randDate(2024, 10, 2024, 11), 'iso')}. OCR ${ocrNo(f)}. /Solbacka Energi`,
        outage: () => `Planerat avbrott ${f.X('street', p.street.replace(/ \d+.*/, ''))}, ${f.X('town', p.city)} ${dateStr(f, randDate(2024, 10, 2024, 11), 'slash')} kl 09-13. Info: solbackaenergi.se/drift`,
        remind: () => `Påminnelse: betalning saknas för faktura ${invoiceNo(f)}. Kontakta oss på ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))} om du redan betalat.`,
        move: () => `Tack för din flyttanmälan ${f.first(p)}! Vi har registrerat din nya adress.`,
        survey: () => `Hur nöjd var du med vår kundservice idag? Svara 1-5. Svara STOPP för att avregistrera.`,
      }[kind]();
      out.push(`${tsl(dt)} INFO  [dispatch-${int(1, 4)}] MT accepted id=${id} to=${f.tel(p, p.mobile.kind === 'foreign' ? 'e164' : pick(['nopl', 'nopl', 'nopl', 'e164']))} from=SolbackaEl parts=${text.length > 160 ? 2 : 1} dcs=0 text="${text}"`);
      if (chance(0.9)) out.push(`${tsl(new Date(dt.getTime() + int(900, 9000)))} INFO  [dlr-${int(0, 2)}] DLR id=${id} stat=${pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])} err=${pick(['000', '000', '000', '001', '0C1'])}`);
    } else if (r < 0.74) {
      const t = pick([
        () => 'STOPP', () => 'stopp', () => String(int(1, 5)), () => 'ja', () => `vem är detta?`,
        () => `ring mig ${f.tel(p, 'plain')} efter 17 /${f.first(p)}`,
        () => `hej det är ${f.name(p, 'lower')} jag har inte fått fakturan`,
        () => `Jag har betalat!! ${f.name(p, 'short')}`,
        () => `fel nummer, jag heter inte ${f.first(p)}`,
        () => `pnr ${f.pnr(p, pick(['plain10', 'dash10']))} vill säga upp`,
      ])();
      out.push(`${tsl(dt)} INFO  [mo-${int(0, 1)}] MO received id=${id} from=${f.tel(p, pick(['e164', 'nopl']))} to=${f.X('short-code', '72550')} text="${t}"`);
    } else if (r < 0.8) out.push(`${tsl(dt)} WARN  [throttle] rate limit 50/s reached, queue=${int(100, 4000)}`);
    else if (r < 0.84) out.push(`${tsl(dt)} ERROR [dispatch-${int(1, 4)}] submit failed id=${id} to=${f.tel(p, 'nopl')} reason="Invalid destination" smsc=${f.X('smsc-host', 'smsc' + int(1, 3) + '.operator-gw.net')}:2775`);
    else out.push(`${tsl(dt)} DEBUG [bind] enquire_link OK session=${guid()} peer=${f.X('ip-like-version', '3.4.' + int(0, 9) + '.' + int(0, 9))}`);
  }
  putText(f, out.join('\n') + '\n');
}
async function smsCampaignCsv() {
  const f = start('sms/utskick/avbrottsavisering_2024-10-12.csv');
  const rows = [['Mobilnummer', 'Förnamn', 'Efternamn', 'Gatuadress', 'Postnummer', 'Ort', 'Meddelande', 'Status']];
  const town = pick(TOWNS);
  const street = pick(STREETS);
  for (const p of custsCp(120)) {
    f.nameSplit(p.first, p.last);
    const st = `${street} ${int(1, 60)}`;
    rows.push([f.tel(p, pick(['plain', 'plain', 'e164', 'dash'])), p.first, p.last, f.X('street', st), f.X('postal-code', town[0]), f.X('town', town[1]), `Hej ${f.first(p)}! Planerat strömavbrott på ${f.X('street', street)} ${dateStr(f, new Date(Date.UTC(2024, 9, 15)), 'slash')} kl 09-13 pga ledningsarbete. Mvh Solbacka Energi`, pick(['Levererat', 'Levererat', 'Levererat', 'Ej levererat'])]);
  }
  putText(f, csvText(rows, { delim: ';' }), 'cp1252');
}
async function smsInbound() {
  const f = start('sms/inkommande/mo_messages_2024-10.ndjson');
  const lines = [];
  for (let i = 0; i < 90; i++) {
    const p = pick(CUST); const dt = randDT(2024, 10, 2024, 10);
    const t = pick([
      () => 'STOPP', () => 'Stopp', () => 'JA', () => String(int(1, 5)), () => 'Tack!',
      () => `ring mig på ${f.tel(p, pick(['plain', 'dash_grp']))} istället, detta är min frus telefon /${f.first(p)}`,
      () => `hej det är ${f.name(p, 'lower')}, har redan betalat`,
      () => `Mitt personnummer är ${f.pnr(p, pick(['dash10', 'plain10']))}, vill byta till fast pris`,
      () => `Skicka fakturan till ${f.mail(p)} istället tack`,
      () => `Jag har flyttat till ${f.X('town', pick(TOWNS)[1])}, detta är ${f.name(p, 'short')}`,
      () => `Vem är detta`,
      () => `sluta skicka sms till detta nummer!!`,
    ])();
    lines.push(JSON.stringify({ id: `mo_${crypto.createHash('md5').update('mo' + i).digest('hex').slice(0, 16)}`, receivedAt: ts(dt, 'isoms'), from: f.tel(p, 'e164'), to: f.X('short-code', '72550'), operator: pick(['Telia', 'Tele2', 'Telenor', 'Tre']), text: t, keyword: /stopp/i.test(t) ? 'STOPP' : null }));
  }
  put(f, Buffer.from(lines.join('\n') + '\n'), lines.map(l => jsonStrings(JSON.parse(l)).join('\n')).join('\n'));
}
async function smsDlrTsv() {
  const f = start('sms/rapporter/leveransrapport_okt.tsv');
  const rows = [['MSISDN', 'Status', 'Tid', 'Operatör', 'Felkod', 'Kampanj']];
  for (let i = 0; i < 200; i++) { const p = pick(CUST); rows.push([f.tel(p, 'nopl'), pick(['Levererad', 'Levererad', 'Levererad', 'Ej levererad', 'Utgången']), ts(randDT(2024, 10, 2024, 10), 'svs'), pick(['Telia', 'Tele2', 'Telenor', 'Tre', 'Lycamobile']), pick(['0', '0', '0', '1', '27']), pick(['Fakturapåminnelse', 'Avbrott', 'Nöjdhet'])]); }
  const s = csvText(rows, { delim: '\t' });
  put(f, encodeText(s, 'utf16le'), s);
}

// ================================================================ EXCEL
const xlSerial = (dt) => Math.round((dt.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
async function xlKundlista() {
  const f = start('excel/Kundlista_2024_uppdaterad.xlsx');
  const rows = [['Kundnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Gatuadress', 'Postnr', 'Ort', 'Avtal', 'Startdatum', 'Kommentar']];
  for (const p of custs(190)) {
    f.nameSplit(p.first, p.last);
    let pnCell;
    const r = rnd();
    if (r < 0.2) pnCell = { n: Number(f.P(fmtPnr(p.pn, 'plain12'))) };
    else if (r < 0.3 && p.pn.d10[0] !== '0') pnCell = { n: Number(f.P(fmtPnr(p.pn, 'plain10'))) };
    else if (r < 0.35) pnCell = '';
    else if (r < 0.38) pnCell = badPnr(f, p);
    else pnCell = f.pnr(p, pick(['dash10', 'dash12', 'dash12']));
    let tel;
    if (p.mobile.kind !== 'foreign' && chance(0.22)) tel = { n: Number(f.T(fmtPhone(p.mobile, 'excel'))) };
    else tel = chance(0.9) ? f.tel(p, pick(['dash_grp', 'plain', 'space_grp', 'dash'])) : '';
    const comment = chance(0.18) ? pick([() => `Ring ej före 10`, () => `God man: ${f.name(pick(THIRD), 'short')}`, () => `Dödsbo, kontakt ${f.name(newPersonFor(f, p), 'short')} ${f.phone(newSeMobile(), 'dash_grp')}`, () => `Skyddad identitet? kolla med ${f.name(EMP[1], 'short')}`, () => `Betalar via autogiro`, () => `Bytt från ${f.X('company', 'Vattenfall')}`])() : '';
    rows.push([Number(custNo(f, p)), p.first, p.last, pnCell, tel, chance(0.85) ? f.mail(p) : '', f.X('street', p.street), f.X('postal-code', p.zip), f.X('town', p.city), f.X('product', pick(PRODUCTS.slice(0, 5))), { date: xlSerial(randDate(2018, 1, 2024, 10)) }, comment]);
  }
  const hidden = [['Kundnr', 'Namn', 'Personnummer', 'Avslutad', 'Orsak']];
  for (const p of custs(30)) hidden.push([Number(custNo(f, p)), f.name(p, pick(['lastfirst', 'short'])), f.pnr(p), { date: xlSerial(randDate(2023, 1, 2024, 9)) }, pick(['Flytt', 'Dödsfall', 'Bytt leverantör', 'Obetalda fakturor'])]);
  const info = [['Information'], [`Uppdaterad av ${f.name(EMP[4], 'short')} ${'2024-10-01'}`], ['Fliken "Avslutade" ska gallras efter 24 månader.'], [`Frågor: ${f.role('kundservice')}`]];
  const { buf, text } = await buildXlsx([{ name: 'Kunder', rows, widths: [10, 14, 16, 16, 16, 30, 26, 9, 14, 20, 12, 30] }, { name: 'Avslutade', rows: hidden, hidden: true }, { name: 'Info', rows: info }], { creator: f.N(fmtName(EMP[4], 'short')), lastModifiedBy: f.N(fmtName(EMP[6], 'short')), title: 'Kundlista' });
  put(f, buf, text);
}
async function xlKlagomal() {
  const f = start('excel/Klagomålslogg_2024.xlsx');
  const rows = [['Datum', 'Ärendenr', 'Kund', 'Kontakt', 'Kategori', 'Beskrivning', 'Handläggare', 'Status', 'Åtgärd']];
  for (let i = 0; i < 95; i++) {
    const p = pick(CUST), a = agent(), it = INTENTS[pick(['invoice', 'price', 'outage', 'terminate', 'debt', 'charger'])](f, p, a, styleFor(p));
    const kund = f.name(p, pick(['short', 'short', 'lastfirst', 'upper']));
    const kontakt = chance(0.5) ? f.tel(p) : chance(0.8) ? f.mail(p) : '';
    const desc = chance(0.5) ? { inline: it.body() } : it.body();
    rows.push([{ date: xlSerial(randDate(2024, 1, 2024, 10)) }, f.X('case-number', 'K-2024-' + pad(i + 1, 4)), kund, kontakt, pick(['Faktura', 'Pris', 'Avbrott', 'Bemötande', 'Inkasso', 'Installation']), desc, f.name(a, 'short'), pick(['Avslutad', 'Avslutad', 'Pågår', 'ARN']), it.note()]);
  }
  const { buf, text } = await buildXlsx([{ name: 'Logg 2024', rows }], { creator: f.N(fmtName(EMP[0], 'short')), lastModifiedBy: f.N(fmtName(EMP[2], 'short')), title: 'Klagomålslogg' });
  put(f, buf, text);
}
async function xlLeverantorer() {
  const f = start('excel/Leverantörsregister.xlsx');
  const rows = [['Leverantör', 'Org.nr', 'Växel', 'Kontaktperson', 'E-post kontaktperson', 'Mobil', 'Allmän e-post', 'Bankgiro', 'Avtal t.o.m.', 'Kommentar']];
  const roles = ['info', 'order', 'faktura', 'support', 'kundtjanst', 'ekonomi'];
  let k = 0;
  for (const pa of PARTNERS) {
    const c = THIRD[5 + (k++)];
    c.workAt = `${fold(c.first)}.${fold(c.last)}@${pa.domain}`; usedEmails.add(c.workAt);
    rows.push([f.X('company', pa.name), f.X('orgnr', pa.orgnr), f.phone(pa.switchboard, 'dash_grp'), f.name(c, 'short'), f.E(c.workAt), f.tel(c, 'dash_grp'), f.role(pick(roles), pa.domain), f.X('bankgiro', `${int(100, 9999)}-${digits(4)}`), { date: xlSerial(randDate(2025, 1, 2027, 12)) }, pick(['', 'Ramavtal', 'PUB-avtal finns', 'Förnyas automatiskt'])]);
  }
  for (const nm of ['Tryckeriet i Solna AB', 'Nordic Print & Post AB', 'Telekom Partner Norden AB', 'Städbolaget Glans HB']) {
    const c = pick(THIRD.slice(15));
    const dom = fold(nm.split(' ')[0]) + '.se';
    rows.push([f.X('company', nm), f.X('orgnr', makeOrgnr(pick(['556', '559', '969']))), f.phone(newSeLandline(), 'dash_grp'), chance(0.5) ? f.name(c, 'short') : '', '', '', f.role(pick(roles), dom), f.X('bankgiro', `${int(100, 9999)}-${digits(4)}`), '', '']);
  }
  const { buf, text } = await buildXlsx([{ name: 'Leverantörer', rows }], { creator: f.N(fmtName(EMP[0], 'short')), lastModifiedBy: '', title: '' });
  put(f, buf, text);
}
async function xlInkasso() {
  const f = start('excel/Inkasso_overlamnade_Q3_2024.xlsx');
  const rows = [['Gäldenär', 'Personnummer', 'Adress', 'Fakturanr', 'OCR', 'Belopp', 'Förfallodag', 'Överlämnad', 'Handläggare Norrlinje', 'Status']];
  const handlers = THIRD.slice(3, 6);
  for (const p of custs(65)) {
    rows.push([f.name(p, pick(['upper', 'lastfirst', 'short'])), f.pnr(p, pick(['dash10', 'dash12', 'plain12'])), addrLine(f, p), Number(invoiceNo(f)), ocrNo(f, chance(0.1)), { n: int(300, 18000) + 0.5 * int(0, 1) }, { date: xlSerial(randDate(2024, 4, 2024, 8)) }, { date: xlSerial(randDate(2024, 7, 2024, 9)) }, f.name(pick(handlers), 'short'), pick(['Betald', 'Pågår', 'Avbetalning', 'Bestriden', 'Återkallad'])]);
  }
  const { buf, text } = await buildXlsx([{ name: 'Q3', rows }, { name: 'Summering', rows: [['Antal', 65], ['Summa', { n: 412877.5 }], ['Kontakt Norrlinje', f.name(handlers[0], 'short') + ', ' + f.phone(PARTNERS[0].switchboard, 'dash_grp')]] }], { creator: f.N(fmtName(EMP[3], 'short')), lastModifiedBy: f.N(fmtName(EMP[3], 'short')), title: 'Inkasso Q3' });
  put(f, buf, text);
}
async function odsKundpanel() {
  const f = start('excel/Kundpanel_2024_svar.ods');
  const rows = [['Namn', 'E-post', 'Telefon', 'Födelseår', 'Kommun', 'Betyg', 'Fritext']];
  for (const p of custs(42)) rows.push([f.name(p, pk(['short', 'short', 'lower'])), f.mail(p), chance(0.6) ? f.tel(p) : '', p.y, f.X('town', p.city), int(1, 5), pk(['Bra service!', 'För lång kötid', () => `Tack till ${f.name(agent(), 'short')} som var jättetrevlig`, 'Appen behöver bli bättre', '', 'Dyrt men stabilt', () => `Jag vill bli kontaktad, ring ${f.tel(p, 'plain')}`])]);
  const { buf, text } = await buildOds([{ name: 'Svar', rows }], { creator: f.N(fmtName(EMP[8], 'short')), lastModifiedBy: f.N(fmtName(EMP[8], 'short')), title: 'Kundpanel 2024' });
  put(f, buf, text);
}

// ================================================================ BREV (letters)
function addrBlock(f, p, upper = true) {
  const U = (s) => upper ? s.toUpperCase() : s;
  const b = [upper ? f.name(p, 'upper') : f.name(p)];
  b.push(f.X('street', U(p.street)) + (p.lgh ? ' ' + U(p.lgh) : ''));
  b.push(`${f.X('postal-code', p.zip)} ${f.X('town', U(p.city))}`);
  return b;
}
function coFooter(f) { return `${CO.name} · ${f.X('street', CO.street)}, ${f.X('postal-code', CO.zip)} ${f.X('town', CO.city)} · Växel ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))} · ${f.role('kundservice')} · Org.nr ${f.X('orgnr', CO.orgnr)} · Bankgiro ${f.X('bankgiro', CO.bankgiro)}`; }
function letterSig(f, a, title) { return ['Med vänlig hälsning', '', f.name(a, 'short'), title || a.title, `Direkt: ${f.phone(a.direct, 'dash_grp')}`, `E-post: ${f.wmail(a)}`]; }
async function brevBeslutErsattning() {
  R = makeRng('pre|brevBeslutErsattning');
  const p = pick(CUST), a = EMP[5];
  const f = start(`brev/Beslut_avbrottsersattning_${p.custNo}.docx`);
  const dt = dateStr(f, new Date(Date.UTC(2024, 9, 8)), 'iso');
  const blocks = [{ bold: CO.name.toUpperCase() }, { right: `Datum: ${dt}` }, { right: `Vårt ärende: ${f.X('case-number', 'AE-2024-' + digits(4))}` }, { right: `Kundnummer: ${custNo(f, p)}` }, { blank: 1 },
    ...addrBlock(f, p), { blank: 1 }, { h: 'Beslut om avbrottsersättning' },
    `Du har ansökt om avbrottsersättning för strömavbrottet den ${dateStr(f, new Date(Date.UTC(2024, 8, 21)), 'sv')} på ${f.X('street', p.street)} i ${f.X('town', p.city)}. Avbrottet varade i ${int(13, 30)} timmar.`,
    `Enligt ellagen (1997:857) 10 kap. har du rätt till ersättning med 12,5 procent av din beräknade årliga nätkostnad. Ersättningen uppgår till ${amount(f, 500, 2400)} och betalas ut till det konto som är kopplat till ditt personnummer ${f.pnr(p, 'dash10')} via Swedbanks kontoregister.`,
    `Om du inte är nöjd med beslutet kan du vända dig till Allmänna reklamationsnämnden eller Energimarknadsinspektionen.`,
    { blank: 1 }, ...letterSig(f, a, 'Handläggare, Avbrottsersättning'), { blank: 1 }, coFooter(f)];
  const { buf, text } = await buildDocx(blocks, { creator: f.N(fmtName(a, 'short')), lastModifiedBy: f.N(fmtName(a, 'short')), title: 'Beslut om avbrottsersättning' });
  put(f, buf, text);
}
async function brevPaminnelse() {
  R = makeRng('pre|brevPaminnelse');
  const p = pick(CUST.filter(c => c.lgh));
  const inv = '41' + digits(7);
  const f = start(`brev/Betalningspaminnelse_${inv}.docx`);
  const blocks = [{ bold: 'SOLBACKA ENERGI' }, { right: `Påminnelsedatum ${dateStr(f, new Date(Date.UTC(2024, 9, 14)), 'iso')}` }, { blank: 1 }, ...addrBlock(f, p), { blank: 1 }, { h: 'Betalningspåminnelse' },
    `Vi har ännu inte fått betalt för faktura ${f.X('invoice-number', inv)} som förföll ${dateStr(f, new Date(Date.UTC(2024, 8, 30)), 'iso')}.`,
    { table: [['Fakturanummer', 'Förfallodag', 'Belopp', 'OCR'], [f.X('invoice-number', inv), '2024-09-30', amount(f, 400, 3800), ocrNo(f)], ['Påminnelseavgift', '', f.X('amount', '60,00 kr'), '']], header: true },
    `Betala senast ${dateStr(f, new Date(Date.UTC(2024, 9, 28)), 'sv')} till bankgiro ${f.X('bankgiro', CO.bankgiro)}. Om betalning inte sker kan ärendet lämnas till ${f.X('company', 'Norrlinje Inkasso AB')}.`,
    `Har du frågor, ring oss på ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))} eller skriv till ${f.role('faktura')}. Har du redan betalat kan du bortse från denna påminnelse.`,
    { blank: 1 }, coFooter(f)];
  const { buf, text } = await buildDocx(blocks, { creator: 'Solbacka Fakturering', lastModifiedBy: 'svc_billing', title: 'Betalningspåminnelse' });
  put(f, buf, text);
}
async function brevInkassokrav() {
  R = makeRng('pre|brevInkassokrav');
  const p = pick(CUST), h = THIRD[4];
  const arende = 'NI-2024-' + digits(5);
  const f = start(`brev/Inkassokrav_${arende}.docx`);
  const pa = PARTNERS[0];
  const blocks = [{ bold: pa.name.toUpperCase() }, `${f.X('street', 'Box ' + int(100, 999))}, ${f.X('postal-code', '901 10')} ${f.X('town', 'Umeå')}`, { right: `Ärendenummer: ${f.X('case-number', arende)}` }, { right: `Datum: ${dateStr(f, new Date(Date.UTC(2024, 9, 22)), 'iso')}` }, { blank: 1 },
    ...addrBlock(f, p), { blank: 1 }, { h: 'INKASSOKRAV' },
    `Gäldenär: ${f.name(p)}, ${f.pnr(p, pick(['dash10', 'dash12']))}`,
    `Borgenär: ${f.X('company', CO.name)}, org.nr ${f.X('orgnr', CO.orgnr)}`,
    { table: [['Specifikation', 'Belopp'], ['Kapitalbelopp', amount(f, 900, 9000)], ['Ränta t.o.m. 2024-10-22', amount(f, 10, 200)], ['Inkassoavgift', f.X('amount', '180,00 kr')], ['Att betala', amount(f, 1200, 9500)]], header: true },
    `Betala till bankgiro ${f.X('bankgiro', '5551-' + digits(4))} med OCR ${ocrNo(f)} senast ${dateStr(f, new Date(Date.UTC(2024, 10, 1)), 'iso')}. Om du har invändningar mot kravet ska du meddela oss skriftligen. Betalar du inte kan ärendet komma att överlämnas till Kronofogden för betalningsföreläggande.`,
    { blank: 1 }, 'Med vänlig hälsning', f.name(h, 'short'), 'Inkassohandläggare', `Tel ${f.phone(pa.switchboard, 'dash_grp')} · ${f.role('kundtjanst', pa.domain)}`, `Org.nr ${f.X('orgnr', pa.orgnr)} · Tillstånd från IMY finns`];
  const { buf, text } = await buildDocx(blocks, { creator: f.N(fmtName(h, 'short')), lastModifiedBy: f.N(fmtName(h, 'short')), title: 'Inkassokrav' });
  put(f, buf, text);
}
async function brevRegisterutdrag() {
  R = makeRng('pre|brevRegisterutdrag');
  const p = pick(CUST.filter(c => c.ip6 && c.landline)) || pick(CUST);
  const f = start(`brev/Registerutdrag_art15_${p.custNo}.docx`);
  const dpo = EMP[1];
  const ips = [p.ip4, p.ip6 || newIPv4(), newIPv4()];
  const blocks = [{ bold: CO.name }, { right: `Datum ${dateStr(f, new Date(Date.UTC(2024, 9, 30)), 'iso')}` }, { right: `Ärende ${f.X('case-number', 'DSO-2024-' + digits(4))}` }, { blank: 1 }, ...addrBlock(f, p, chance(0.5)), { blank: 1 },
    { h: 'Registerutdrag enligt artikel 15 dataskyddsförordningen' },
    `Hej ${f.first(p)}! Här är de personuppgifter som ${CO.name} behandlar om dig per ${dateStr(f, new Date(Date.UTC(2024, 9, 28)), 'sv')}.`,
    { table: [
      ['Uppgift', 'Värde', 'Källa', 'Ändamål'],
      ['Namn', f.name(p), 'Dig / SPAR', 'Avtal'],
      ['Personnummer', f.pnr(p, 'dash12'), 'Dig', 'Avtal, kreditprövning'],
      ['Adress', addrLine(f, p), 'SPAR', 'Avtal, fakturering'],
      ['Mobiltelefon', f.tel(p, 'dash_grp'), 'Dig', 'Kundkontakt, sms-avisering'],
      ['Telefon bostad', f.tel(p, 'dash_grp', 'landline'), 'Dig', 'Kundkontakt'],
      ['E-post', f.mail(p), 'Dig', 'Faktura, nyhetsbrev'],
      ['IP-adresser vid inloggning (90 dagar)', `${f.I(ips[0])}, ${f.I(ips[1])}, ${f.I(ips[2])}`, 'Mina sidor', 'Säkerhet'],
      ['Kundnummer', custNo(f, p), 'Solbacka', 'Avtal'],
      ['Anläggnings-ID', facilityId(f), 'Nätägare', 'Avtal'],
    ], header: true },
    `Samtal till kundservice spelas in och sparas i 90 dagar. Vi har ${int(2, 6)} inspelade samtal med dig från perioden.`,
    `Uppgifterna lämnas ut till ${f.X('company', 'Mälardalens Elnät AB')} (nätägare), ${f.X('company', 'Kreditdata Norden AB')} (kreditupplysning) och ${f.X('company', 'Norrlinje Inkasso AB')} (vid obetalda fakturor).`,
    { blank: 1 }, ...letterSig(f, dpo, 'Dataskyddsombud'), `Du kan också kontakta oss på ${f.role('dataskydd')}.`];
  const { buf, text } = await buildDocx(blocks, { creator: f.N(fmtName(dpo, 'short')), lastModifiedBy: f.N(fmtName(EMP[0], 'short')), title: 'Registerutdrag' });
  put(f, buf, text);
}
async function brevValkommen() {
  R = makeRng('pre|brevValkommen');
  const p = pick(CUST), a = agent();
  const f = start(`brev/Valkomstbrev_${p.custNo}.docx`);
  const prod = f.X('product', pick(PRODUCTS.slice(0, 5)));
  const blocks = [{ bold: 'Välkommen till Solbacka Energi!' }, { blank: 1 }, ...addrBlock(f, p, false), { blank: 1 },
    `Hej ${f.first(p)},`,
    `Vad roligt att du har valt oss som elleverantör! Ditt avtal ${prod} börjar gälla ${dateStr(f, randDate(2024, 11, 2024, 12), 'sv')}.`,
    { table: [['Avtalsinnehavare', f.name(p)], ['Personnummer', f.pnr(p, 'dash10')], ['Anläggningsadress', addrLine(f, p)], ['Anläggnings-ID', facilityId(f)], ['Avtal', prod], ['Kundnummer', custNo(f, p)]] },
    `Logga in på Mina sidor med BankID för att se din förbrukning. Har du frågor är du välkommen att kontakta mig direkt.`, { blank: 1 }, ...letterSig(f, a), { blank: 1 }, coFooter(f)];
  const { buf, text } = await buildDocx(blocks, { creator: 'Solbacka CRM', lastModifiedBy: 'Solbacka CRM', title: 'Välkomstbrev' });
  put(f, buf, text);
}
async function brevAvstangning() {
  R = makeRng('pre|brevAvstangning');
  const p = pick(CUST), a = EMP[6], soc = THIRD[13];
  const f = start(`brev/Beslut_om_avstangning_${p.custNo}.docx`);
  const blocks = [{ bold: CO.name }, { right: `Datum: ${dateStr(f, new Date(Date.UTC(2024, 9, 2)), 'iso')}` }, { blank: 1 }, ...addrBlock(f, p), { blank: 1 },
    { h: 'Underrättelse om avbrytande av elleverans' },
    `Trots påminnelse och inkassokrav har följande fakturor inte betalats: ${invoiceNo(f)}, ${invoiceNo(f)}. Obetalt belopp är ${amount(f, 3000, 14000)}.`,
    `Om beloppet inte är betalt senast ${dateStr(f, new Date(Date.UTC(2024, 9, 25)), 'sv')} kommer elleveransen till ${f.X('street', p.street)} att avbrytas enligt 11 kap. 4 § ellagen.`,
    `En kopia av denna underrättelse har enligt lag skickats till socialnämnden i ${f.X('town', p.city)} kommun, att. ${f.name(soc, 'short')}, socialsekreterare, ${f.tel(soc, 'dash_grp')}.`,
    `Kund: ${f.name(p, 'short')}, personnummer ${f.pnr(p)}.`,
    { blank: 1 }, ...letterSig(f, a, 'Handläggare Kredit & Inkasso'), { blank: 1 }, coFooter(f)];
  const { buf, text } = await buildDocx(blocks, { creator: f.N(fmtName(a, 'short')), lastModifiedBy: f.N(fmtName(EMP[0], 'short')), title: 'Avstängning' });
  put(f, buf, text);
}
async function brevUppsagningRtf() {
  R = makeRng('pre|brevUppsagningRtf');
  const p = pick(CUST), a = agent();
  const f = start(`brev/Uppsagningsbekraftelse_${p.custNo}.rtf`);
  const paras = [{ bold: CO.name }, ...addrBlock(f, p, false), '', `Solna ${dateStr(f, new Date(Date.UTC(2024, 9, 9)), 'iso')}`, { bold: 'Bekräftelse på uppsägning' },
    `Hej ${f.name(p, 'short')}!`, `Vi bekräftar att ditt avtal ${f.X('product', pick(PRODUCTS.slice(0, 5)))} för anläggningen på ${f.X('street', p.street)} upphör ${dateStr(f, new Date(Date.UTC(2024, 11, 31)), 'sv')}.`,
    `Slutfakturan skickas till ${f.mail(p)}. Kontrollera att ditt personnummer ${f.pnr(p)} och telefonnummer ${f.tel(p)} stämmer.`, '', 'Med vänlig hälsning', f.name(a, 'short'), `${CO.name}, tel ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))}`];
  const { buf, text } = buildRtf(paras, { author: f.N(fmtName(a, 'short')), title: 'Uppsägning' });
  put(f, buf, text);
}
async function brevFullmaktRtf() {
  R = makeRng('pre|brevFullmaktRtf');
  const p = pick(CUST.filter(c => c.y < 1950)), q = newPersonFor(null, p);
  const f = start(`brev/Fullmakt_${p.custNo}.rtf`);
  const paras = [{ bold: 'FULLMAKT' }, '',
    `Härmed ger jag, ${f.name(p)}, personnummer ${f.pnr(p)}, boende på ${addrLine(f, p)},`,
    `fullmakt åt ${f.name(q)}, personnummer ${f.pnr(q)}, telefon ${f.tel(q)},`,
    `att för min räkning företräda mig i alla ärenden gällande mitt elavtal hos ${f.X('company', CO.name)}.`,
    'Fullmakten gäller tills vidare.', '', `Ort och datum: ${f.X('town', p.city)}, ${dateStr(f, randDate(2024, 9, 2024, 10), 'iso')}`, '', 'Underskrift fullmaktsgivare: ______________________', `Namnförtydligande: ${f.name(p, 'upper')}`, '', `Bevittnas av: ${f.name(pick(THIRD.slice(20)), 'short')} och ${f.name(pick(THIRD.slice(25)), 'short')}`];
  const { buf, text } = buildRtf(paras, { author: f.N(fmtName(q, 'short')), title: 'Fullmakt' });
  put(f, buf, text);
}
async function brevKlagomalOdt() {
  R = makeRng('pre|brevKlagomalOdt');
  const p = pick(CUST), a = EMP[2];
  const f = start(`brev/Svar_pa_klagomal_K-2024-0${int(100, 999)}.odt`);
  const it = INTENTS.price(f, p, a, 'formal');
  const blocks = [{ h: 'Svar på ditt klagomål' }, ...addrBlock(f, p, false), `Datum: ${dateStr(f, randDate(2024, 10, 2024, 10), 'iso')}`, `Hej ${f.first(p)},`,
    'Tack för att du hörde av dig. Vi har gått igenom ditt ärende och här är vårt svar.', 'Ditt ursprungliga meddelande:', ...it.body().split('\n').map(l => '> ' + l),
    `Prisändringen meddelades i enlighet med avtalsvillkoren. Som kompensation för olägenheten krediterar vi ${amount(f, 100, 400)} på nästa faktura.`,
    'Med vänlig hälsning', f.name(a, 'short'), `${a.title}, ${CO.name}`, `${f.wmail(a)} · ${f.phone(a.direct, 'dash_grp')}`];
  const { buf, text } = await buildOdt(blocks, { creator: f.N(fmtName(a, 'short')), lastModifiedBy: f.N(fmtName(a, 'short')), title: 'Svar på klagomål' });
  put(f, buf, text);
}

// ================================================================ PDF
function splitLines(s, w = 88) { // manual wrap for PDF lines; callers keep labelled values away from wraps by checking
  const out = []; for (const para of s.split('\n')) { let line = ''; for (const word of para.split(' ')) { if (line && (line + ' ' + word).length > w) { out.push(line); line = word; } else line = line ? line + ' ' + word : word; } out.push(line); } return out;
}
async function pdfInvoice(k) {
  R = makeRng('pre|inv' + k);
  const p = pick(CUST); const inv = '41' + digits(7);
  const f = start(`pdf/fakturor/Faktura_${inv}.pdf`);
  const per = ['september 2024', 'oktober 2024', 'augusti 2024'][k];
  const kwh = int(180, 2400), pris = (int(40, 190) / 100);
  const L = [{ t: CO.name, size: 16, bold: true }, { t: `${CO.street}, ${CO.zip} ${CO.city}`, size: 9 }, { t: '', gap: 6 },
    { t: 'FAKTURA', size: 14, bold: true },
    `Fakturanummer: ${f.X('invoice-number', inv)}`, `Fakturadatum: ${dateStr(f, randDate(2024, 10, 2024, 10), 'iso')}`, `Förfallodag: ${dateStr(f, randDate(2024, 10, 2024, 11), 'iso')}`, `Kundnummer: ${custNo(f, p)}`,
    `Er referens: ${f.name(p, 'short')}`, { t: '', gap: 4 },
    { t: f.name(p, 'upper'), x: 320 }, { t: f.X('street', p.street.toUpperCase()), x: 320 }, { t: `${f.X('postal-code', p.zip)} ${f.X('town', p.city.toUpperCase())}`, x: 320 }, { t: '', gap: 8 },
    { t: `Elhandel ${per}`, bold: true }, `Anläggnings-ID: ${facilityId(f)}`, `Anläggningsadress: ${f.X('street', p.street)}, ${f.X('town', p.city)}`, { hr: true },
    `Förbrukning ${kwh} kWh x ${pris.toFixed(2).replace('.', ',')} kr/kWh`, `Fast månadsavgift`, `Elcertifikat och ursprungsgarantier`, `Moms 25 %`, { hr: true },
    { t: `Att betala: ${amount(f, 300, 4800)}`, bold: true, size: 12 }, { t: '', gap: 6 },
    `Betala till bankgiro ${f.X('bankgiro', CO.bankgiro)} eller plusgiro ${f.X('plusgiro', CO.plusgiro)}`, `OCR-nummer: ${ocrNo(f, k === 1)}`, `IBAN: ${f.X('iban', CO.iban)}  BIC: ESSESESS`, { t: '', gap: 10 },
    { t: `Frågor om fakturan? Ring ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))} vardagar 8-17 eller mejla ${f.role('faktura')}.`, size: 9 },
    { t: `${CO.name} · Org.nr ${f.X('orgnr', CO.orgnr)} · Säte Solna · Godkänd för F-skatt`, size: 8 }];
  const { buf, text } = await buildPdf(L, { title: `Faktura ${inv}`, author: 'Solbacka Fakturering 4.2' });
  put(f, buf, text);
}
async function pdfAvtal() {
  R = makeRng('pre|avtal');
  const p = pick(CUST.filter(c => c.mobile.kind !== 'foreign'));
  const f = start(`pdf/avtal/Elavtal_signerat_${p.custNo}.pdf`);
  const prod = f.X('product', 'Solbacka Fast 3 år');
  const sig = randDT(2024, 9, 2024, 9);
  const L = [{ t: 'AVTAL OM ELLEVERANS', size: 15, bold: true }, { t: `${CO.name} (org.nr ${f.X('orgnr', CO.orgnr)})`, size: 9 }, { t: '', gap: 6 },
    { t: 'Kund', bold: true }, `Namn: ${f.name(p)}`, `Personnummer: ${f.pnr(p, 'dash12')}`, `Adress: ${addrLine(f, p)}`, `Mobil: ${f.tel(p, 'dash_grp')}`, `E-post: ${f.mail(p)}`, { t: '', gap: 6 },
    { t: 'Avtal', bold: true }, `Produkt: ${prod}`, `Pris: ${f.X('amount', int(59, 129) + ',' + pad(int(0, 99)) + ' öre/kWh')} exkl. moms, fast i 36 månader`, `Startdatum: ${dateStr(f, randDate(2024, 11, 2024, 11), 'iso')}`, `Anläggnings-ID: ${facilityId(f)}`, { t: '', gap: 6 },
    { t: 'Villkor', bold: true },
    ...splitLines('Avtalet löper i 36 månader och kan sägas upp i förtid mot en brytavgift om 50 kr per återstående månad. Allmänna avtalsvillkor EL 2020 K (rev) gäller. Kunden har 14 dagars ångerrätt enligt lagen om distansavtal.'),
    { t: '', gap: 8 },
    { t: 'Elektronisk signatur', bold: true },
    `Signerat med BankID av ${f.name(p, 'upper')}`,
    `Personnummer: ${f.pnr(p, 'plain12')}`,
    `Tidpunkt: ${ts(sig, 'svs')}  IP-adress: ${f.I(p.ip4)}`,
    `Transaktions-ID: ${f.X('guid', guid())}`,
    { t: '', gap: 6 }, `Säljare: ${f.name(pick(EMP.slice(2)), 'short')}, ${CO.short} Telefonförsäljning`];
  const { buf, text } = await buildPdf(L, { title: 'Elavtal', author: 'Scrive eSign' });
  put(f, buf, text);
}
async function pdfProtokoll() {
  const f = start('pdf/protokoll/Protokoll_kundrad_2024-09-18.pdf');
  const members = [EMP[0], EMP[1], EMP[2], EMP[10]], ext = THIRD[18];
  const c1 = pick(CUST), c2 = pick(CUST);
  const L = [{ t: 'Protokoll – Kundråd, Solbacka Energi', size: 14, bold: true }, `Datum: ${dateStr(f, new Date(Date.UTC(2024, 8, 18)), 'sv')}, kl ${f.X('time', '13.00')}–${f.X('time', '15.30')}`, `Plats: Konferensrum Ljuset, ${f.X('street', CO.street)}, ${f.X('town', 'Solna')}`, { t: '', gap: 4 },
    { t: 'Närvarande', bold: true }, ...members.map(m => `${f.name(m, 'short')}, ${m.title}`), `${f.name(ext, 'short')}, ${f.X('company', 'Konsumentföreningen Mälardalen')} (kundrepresentant)`, { t: '', gap: 4 },
    { t: '§ 1 Mötets öppnande', bold: true }, `${f.name(members[0], 'short')} öppnade mötet. Till justerare valdes ${f.name(members[3], 'short')}.`,
    { t: '§ 2 Klagomål tredje kvartalet', bold: true }, `Antalet klagomål ökade med ${int(10, 40)} % jämfört med Q2, främst gällande prisändringen i augusti.`,
    `Två ärenden har anmälts till ARN. Det ena gäller ${f.name(c1, 'short')} (kundnr ${custNo(f, c1)}), det andra`, `${f.name(c2, 'short')} som bestrider en slutfaktura.`,
    { t: '§ 3 Dataskydd', bold: true }, `${f.name(members[1], 'short')} rapporterade ${int(12, 30)} registerutdrag och ${int(3, 12)} raderingsbegäranden under perioden.`, `Personnummer förekommer fortfarande i fritextfält i Salesforce, se åtgärd 4.`,
    { t: '§ 4 Åtgärder', bold: true }, `- Gallring av samtalsinspelningar äldre än 90 dagar (ansvarig: ${f.name(members[2], 'short')})`, `- Utbildning i GDPR för nyanställda (ansvarig: ${f.name(members[1], 'short')})`,
    { t: '§ 5 Nästa möte', bold: true }, `${dateStr(f, new Date(Date.UTC(2024, 11, 11)), 'sv')}`, { t: '', gap: 10 },
    `Vid protokollet: ${f.name(members[2], 'short')}`, `Justeras: ${f.name(members[3], 'short')}`];
  const { buf, text } = await buildPdf(L, { title: 'Protokoll kundråd', author: f.N(fmtName(members[2], 'short')) });
  put(f, buf, text);
}
async function pdfFlyttForm() {
  const f = start('pdf/blanketter/Flyttanmalan_ifylld_2024-10-17.pdf');
  const p = pick(CUST.filter(c => !c.middle)); const np = pick(TOWNS);
  f.nameSplit(p.first, p.last);
  const L = [{ t: 'Flyttanmälan – Solbacka Energi', size: 14, bold: true }, { t: 'Fyll i blanketten och skicka till oss. Fälten är ifyllbara.', size: 9 }, { t: '', gap: 6 },
    { form: [
      { name: 'Förnamn', label: 'Förnamn', value: p.first },
      { name: 'Efternamn', label: 'Efternamn', value: p.last },
      { name: 'Personnummer', label: 'Personnummer', value: f.pnr(p, 'dash10') },
      { name: 'Telefon', label: 'Telefon', value: f.tel(p, 'dash_grp') },
      { name: 'Epost', label: 'E-post', value: f.mail(p) },
      { name: 'NuvarandeAdress', label: 'Nuvarande adress', value: addrLine(f, p) },
      { name: 'NyAdress', label: 'Ny adress', value: `${f.X('street', pick(STREETS) + ' ' + int(1, 40))}, ${f.X('postal-code', np[0])} ${f.X('town', np[1])}` },
      { name: 'Flyttdatum', label: 'Flyttdatum', value: dateStr(f, randDate(2024, 11, 2024, 12), 'iso') },
      { name: 'Kundnummer', label: 'Kundnummer', value: custNo(f, p) },
    ] },
    { t: '', gap: 10 }, { t: `Skicka till: ${CO.name}, ${CO.street}, ${CO.zip} ${CO.city} eller ${'flytt@' + CO.domain}`, size: 9 }];
  f.X('role-email', 'flytt@' + CO.domain);
  const { buf, text } = await buildPdf(L, { title: 'Flyttanmälan', author: '' });
  put(f, buf, text);
}
async function pdfKreditupplysning() {
  R = makeRng('pre|kredit');
  const p = pick(CUST.filter(c => c.y < 1995));
  const f = start(`pdf/kredit/Kreditupplysning_${p.custNo}_2024-10-04.pdf`);
  const pa = PARTNERS[2];
  const L = [{ t: pa.name.toUpperCase(), size: 14, bold: true }, { t: 'KREDITUPPLYSNING – PRIVATPERSON', bold: true }, `Beställare: ${f.X('company', CO.name)}, ${f.X('orgnr', CO.orgnr)}`, `Beställd av: ${f.name(EMP[6], 'short')}  Datum: ${dateStr(f, new Date(Date.UTC(2024, 9, 4)), 'iso')}`, { hr: true },
    `Namn: ${f.name(p, 'lastfirst')}`, `Personnummer: ${f.pnr(p, 'dash12')}`, `Folkbokföringsadress: ${addrLine(f, p)}`, `Civilstånd: ${pick(['Ogift', 'Gift', 'Skild'])}`, { hr: true },
    `Taxerad inkomst 2023: ${f.X('amount', (int(180, 720) * 1000).toLocaleString('sv-SE').replace(/\u00a0/g, ' ') + ' kr')}`, `Betalningsanmärkningar: ${pick(['0', '0', '1', '2'])}`, `Skuldsaldo hos Kronofogden: 0 kr`, `Riskklass: ${int(1, 5)} av 5`, `Antal förfrågningar senaste 12 mån: ${int(0, 6)}`, { hr: true },
    { t: `Upplysningen har skickats som omfrågandebesked till den registrerade.`, size: 9 }, { t: `${pa.name} · ${f.X('orgnr', pa.orgnr)} · ${f.phone(pa.switchboard, 'dash_grp')} · ${f.role('info', pa.domain)}`, size: 8 }];
  const { buf, text } = await buildPdf(L, { title: 'Kreditupplysning', author: pa.name });
  put(f, buf, text);
}
async function pdfNojdhet() {
  const f = start('pdf/rapporter/Kundnojdhet_2024_Q3.pdf');
  const L = [{ t: 'Kundnöjdhetsrapport Q3 2024', size: 16, bold: true }, `Solbacka Energi AB – Kundservice`, { t: '', gap: 6 },
    `Antal svar: ${int(800, 2400)}`, `NKI: ${int(58, 74)} (Q2: ${int(58, 74)})`, `Andel nöjda med bemötande: ${int(80, 93)} %`, `Snittväntetid telefon: ${int(2, 9)} min ${int(0, 59)} s`, { t: '', gap: 6 },
    { t: 'Vanligaste kontaktorsaker', bold: true }, '1. Faktura och pris (38 %)', '2. Flytt (17 %)', '3. Avtal och uppsägning (14 %)', '4. Avbrott (9 %)', '5. Solceller och laddbox (8 %)', { t: '', gap: 6 },
    { t: 'Kommentarer i urval (anonymiserade)', bold: true }, '"Snabb och trevlig hjälp, tack!"', '"Alldeles för lång kö på måndagar."', `"${f.X('first-name-only', 'Sara')} på kundtjänst var fantastisk."`, '"Appen loggar ut mig hela tiden (version 4.0.3)."', { t: '', gap: 6 },
    `Rapporten sammanställd av analysavdelningen. Kontakt: ${f.role('analys')}. Version ${f.X('version', '1.2')}.`];
  const { buf, text } = await buildPdf(L, { title: 'Kundnöjdhet Q3', author: 'Analys' });
  put(f, buf, text);
}

// ================================================================ MAIL
const DAYS_SV = ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'];
const DAYS_SV_LONG = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const MON_SV_SHORT = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
function gmailQuoteHdr(f, dt, who, email) { return `Den ${DAYS_SV[dt.getUTCDay()]} ${dt.getUTCDate()} ${MON_SV_SHORT[dt.getUTCMonth()]} ${dt.getUTCFullYear()} kl ${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())} skrev ${who} <${f.E(email)}>:`; }
function outlookHdrSv(f, dt, fromDec, toDec, subj, cc) { return `Från: ${fromDec}\nSkickat: den ${dt.getUTCDate()} ${MONTHS_SV[dt.getUTCMonth()]} ${dt.getUTCFullYear()} ${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}\nTill: ${toDec}\n${cc ? 'Kopia: ' + cc + '\n' : ''}Ämne: ${subj}`; }
function outlookHdrEn(f, dt, fromDec, toDec, subj) { const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']; const mons = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']; return `From: ${fromDec}\nSent: ${days[dt.getUTCDay()]}, ${mons[dt.getUTCMonth()]} ${dt.getUTCDate()}, ${dt.getUTCFullYear()} ${((dt.getUTCHours() + 11) % 12) + 1}:${pad(dt.getUTCMinutes())} ${dt.getUTCHours() < 12 ? 'AM' : 'PM'}\nTo: ${toDec}\nSubject: ${subj}`; }
const KS = (f) => [`Solbacka Energi Kundservice <${f.role('kundservice')}>`];
function stdHeaders(f, { from, to, cc, subject, dt, inReplyTo, extra = [] }) {
  const h = [['From', from[0], from[1]], ['To', to[0], to[1]]];
  if (cc) h.push(['Cc', cc[0], cc[1]]);
  h.push(['Subject', subject, encWord(subject, 'Q')], ['Date', rfcDate(dt)], ['Message-ID', msgId(f)]);
  if (inReplyTo) h.push(['In-Reply-To', inReplyTo], ['References', inReplyTo]);
  return h.concat(extra);
}
async function mailGmailThread() {
  const f = start('mail/kundservice/2024-10-03_Re_Fraga_om_faktura.eml');
  const p = pick(CUST.filter(c => c.origin === 'se')), a = EMP[3], it = INTENTS.invoice(f, p, a, 'formal');
  const t0 = new Date(Date.UTC(2024, 9, 1, 19, 44)), t1 = new Date(Date.UTC(2024, 9, 2, 9, 12)), t2 = new Date(Date.UTC(2024, 9, 3, 14, 12));
  const m0 = mark(f);
  const subj = it.subject();
  let body = `Hej igen ${f.first(a)},\n\nTack för svaret, men jag har fortfarande inte fått någon kreditering. Kan du kolla igen? Det är bråttom eftersom förfallodagen närmar sig.\n\n${f.name(p, 'short')}\n${f.tel(p)}\n\n`;
  body += gmailQuoteHdr(f, t1, f.name(a, 'short'), a.work) + '\n\n';
  const inner = `${it.reply()}\n\n-----Ursprungligt meddelande-----\n${outlookHdrSv(f, t0, `${f.name(p, 'short')} <${f.mail(p)}>`, `${ROLE('kundservice')}`, subj)}\n\n${it.body()}`;
  f.X('role-email', ROLE('kundservice'));
  body += quote(inner);
  const m1 = mark(f);
  const html = `<div dir="ltr">${textToHtml(body, 'named')}</div>`;
  dupSince(f, m0); // html alternative repeats the whole text
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, p, { style: 'short' }), to: KS(f), subject: 'Re: ' + subj, dt: t2, inReplyTo: msgId(f), extra: [['X-Mailer', 'Gmail']] }), text: body, html, textCte: 'qp', htmlCte: 'qp' });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailOutlookForward() {
  const f = start('mail/kundservice/2024-10-07_VB_VB_Klagomal_elavbrott.eml');
  const p = pick(CUST), a = EMP[4], tl = EMP[0], grid = THIRD[6];
  grid.gridMail = `${fold(grid.first)}.${fold(grid.last)}@${PARTNERS[1].domain}`; usedEmails.add(grid.gridMail);
  const it = INTENTS.outage(f, p, a, 'formal');
  const t0 = new Date(Date.UTC(2024, 9, 6, 19, 14)), t1 = new Date(Date.UTC(2024, 9, 7, 6, 2)), t2 = new Date(Date.UTC(2024, 9, 7, 7, 40));
  const subj0 = 'Klagomål elavbrott';
  let body = `Hej ${f.first(grid)},\n\nVidarebefordrar ett klagomål från en av våra kunder i ert nät. Tredje avbrottet på två veckor enligt kunden. Kan ni återkomma med orsak så vi kan svara kunden?\n\nVänliga hälsningar\n${f.name(tl, 'short')}\nKundservicechef, ${CO.name}\nMobil ${f.tel(tl, 'dash_grp')}\n\n`;
  body += outlookHdrSv(f, t1, `${f.name(a, 'short')} <${f.E(a.work)}>`, `${f.name(tl, 'short')} <${f.E(tl.work)}>`, 'VB: ' + subj0) + '\n\n';
  body += `Hej ${f.first(tl)}, se nedan. Kunden är mycket upprörd och vill ha ersättning. Jag har lovat återkoppling idag.\n/${f.first(a)}\n\n`;
  body += outlookHdrSv(f, t0, `${f.name(p, 'short')} <${f.mail(p)}>`, `Kundservice Solbacka <${f.role('kundservice')}>`, subj0) + '\n\n' + it.body();
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, tl, { email: tl.work, style: 'short' }), to: addr(f, grid, { email: grid.gridMail, style: 'short' }), cc: addr(f, a, { email: a.work, style: 'short' }), subject: 'VB: VB: ' + subj0, dt: t2, extra: [['X-MS-Has-Attach', ''], ['Thread-Topic', 'Klagomål elavbrott', encWord('Klagomål elavbrott')], ['X-MS-Exchange-Organization-AuthAs', 'Internal']] }), text: body, textCte: 'b64' });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailHtmlOnly() {
  const f = start('mail/kundservice/2024-10-09_Nytt_formularsvar_kontakt.eml');
  const p = pick(CUST), dt = new Date(Date.UTC(2024, 9, 9, 11, 3, 27));
  const it = INTENTS[pick(['solar', 'move', 'contact'])](f, p, agent(), 'formal');
  const row = (k, v) => `<tr><td style="font-weight:bold;padding:4px 10px">${htmlEsc(k, 'named')}</td><td style="padding:4px 10px">${v}</td></tr>`;
  const em = f.mail(p), em2 = f.mail(p);
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">\n<p>Ett nytt formul&auml;rsvar har skickats in p&aring; <a href="https://www.solbackaenergi.se/kontakt">solbackaenergi.se/kontakt</a>.</p>\n<table border="0" cellspacing="0">\n${row('Namn', htmlEsc(f.name(p), 'named'))}\n${row('E-post', `<a href="mailto:${em}">${em2}</a>`)}\n${row('Telefon', htmlEsc(f.tel(p), 'named'))}\n${row('Personnummer', htmlEsc(f.pnr(p), 'named'))}\n${row('Ärende', htmlEsc(it.subject(), 'named'))}\n${row('Meddelande', htmlEsc(it.body(), 'numeric').replace(/\n/g, '<br>'))}\n${row('Skickat', ts(dt, 'svs'))}\n${row('IP-adress', f.I(p.ip6 || p.ip4))}\n</table>\n<p style="color:#888;font-size:11px">Detta meddelande skickades automatiskt av WordPress &ndash; svara inte p&aring; detta mejl.</p>\n</body></html>`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: [`WordPress <${f.role('wordpress')}>`], to: KS(f), subject: `Nytt formulärsvar: ${it.subject()}`, dt, extra: [['Reply-To', f.mail(p)], ['X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)']] }), html, htmlCte: 'qp' });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailAutoReplyAgent() {
  const f = start('mail/kundservice/2024-10-10_Automatiskt_svar_Ledig.eml');
  const a = EMP[8], col = EMP[9], p = pick(CUST);
  const body = `Hej,\n\nTack för ditt mejl. Jag är föräldraledig till och med ${dateStr(f, new Date(Date.UTC(2024, 10, 18)), 'sv')} och läser inte min e-post.\n\nVid brådskande ärenden, kontakta min kollega ${f.name(col, 'short')} på ${f.phone(col.direct, 'dash_grp')} eller ${f.wmail(col)}, eller vår kundservice på ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))}.\n\nMed vänliga hälsningar\n${f.name(a, 'short')}\n\n---\n\nHi, I am on parental leave until 18 November 2024. For urgent matters please contact ${f.name(col, 'short')}, ${f.phone(col.direct, 'intl_grp')}.`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, a, { email: a.work, style: 'short' }), to: addr(f, p, { style: 'short' }), subject: 'Automatiskt svar: Re: Fråga om laddbox', dt: new Date(Date.UTC(2024, 9, 10, 8, 1)), extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['Thread-Topic', 'Fråga om laddbox', encWord('Fråga om laddbox')]] }), text: body, textCte: 'qp' });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailAutoReplyCustomer() {
  const f = start('mail/kundservice/2024-10-11_Out_of_Office_kund.eml');
  const p = CUST.find(c => c.origin === 'no') || newPerson({ origin: 'no' });
  const col = newPerson({ origin: 'no', y: 1980 });
  col.mobile = newForeign('NO');
  const wm = workEmail(p), cm = `${fold(col.first)}.${fold(col.last)}@${wm.split('@')[1]}`; usedEmails.add(cm);
  const body = `Takk for din e-post. Jeg er på ferie frem til 21. oktober med begrenset tilgang til e-post.\nFor hastesaker, kontakt ${f.name(col, 'short')} på ${f.tel(col)} eller ${f.E(cm)}.\n\nThank you for your email. I am out of the office until 21 October.\n\nMed vennlig hilsen\n${f.name(p, 'short')}\n${f.tel(p)}`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, p, { email: wm, style: 'short' }), to: [`${f.role('kundservice')}`], subject: 'Automatisk svar: Din faktura från Solbacka Energi', dt: new Date(Date.UTC(2024, 9, 11, 12, 30)), extra: [['Auto-Submitted', 'auto-replied'], ['Precedence', 'bulk']] }), text: body, textCte: 'qp' });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailNewsletter() {
  const f = start('mail/nyhetsbrev/2024-10-15_Nyhetsbrev_oktober.eml');
  const ceo = THIRD[29];
  const text = `Spara el i vinter – fem enkla tips\n\nHej!\n\nNu när det blir kallare ökar elförbrukningen. Här är våra bästa tips:\n1. Sänk inomhustemperaturen en grad – spara upp till 5 %.\n2. Byt till timpris med ${f.X('product', 'Timpris Smart')}.\n3. Ladda elbilen nattetid.\n4. Se över tätningslister.\n5. Följ din förbrukning i appen (ny version ${f.X('version', '4.1.0')}).\n\n"Vi vill att det ska vara enkelt att förstå sin elräkning."\n– ${f.name(ceo, 'short')}, vd ${CO.name}\n\nHar du frågor? Ring ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))} eller mejla ${f.role('kundservice')}.\n\nDu får detta mejl eftersom du är kund hos oss. Avregistrera: https://www.solbackaenergi.se/nyhetsbrev/avregistrera?id=${crypto.createHash('md5').update('nl').digest('hex')}\n${CO.name}, ${CO.street}, ${CO.zip} ${CO.city}, org.nr ${f.X('orgnr', CO.orgnr)}`;
  const m0 = mark(f);
  const html = `<html><body><table width="600" align="center"><tr><td><img src="cid:logo@solbacka" alt="Solbacka Energi"><h1>Spara el i vinter &ndash; fem enkla tips</h1><p>Hej!</p><p>Nu n&auml;r det blir kallare &ouml;kar elf&ouml;rbrukningen.</p><blockquote>&quot;Vi vill att det ska vara enkelt att f&ouml;rst&aring; sin elr&auml;kning.&quot;<br>&ndash; ${htmlEsc(f.name(ceo, 'short'), 'named')}, vd</blockquote><p>Ring ${htmlEsc(f.T(fmtPhone(CO.switchboard, 'dash_grp')))} eller <a href="mailto:${ROLE('kundservice')}">${ROLE('kundservice')}</a></p></td></tr></table></body></html>`;
  f.X('role-email', 'kunder-privat@lists.' + CO.domain); f.X('role-email', 'nyhetsbrev@' + CO.domain);
  const msg = buildMessage({ headers: stdHeaders(f, { from: [`Solbacka Energi <nyhetsbrev@${CO.domain}>`], to: [`Solbacka kunder <kunder-privat@lists.${CO.domain}>`], subject: 'Spara el i vinter – fem enkla tips ⚡', dt: new Date(Date.UTC(2024, 9, 15, 7, 0)), extra: [['List-Unsubscribe', `<mailto:unsubscribe@${CO.domain}?subject=unsubscribe>, <https://www.solbackaenergi.se/nyhetsbrev/avregistrera>`], ['List-Id', `Solbacka kunder <kunder-privat.lists.${CO.domain}>`], ['Precedence', 'bulk']] }), text, html, textCte: 'qp', htmlCte: 'qp' });
  f.X('role-email', 'unsubscribe@' + CO.domain);
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailEnglishThread() {
  const f = start('mail/kundservice/2024-10-16_Re_Question_about_my_contract.eml');
  const p = pick(CUST.filter(c => c.origin === 'en')) || pick(CUST), a = EMP[11];
  const it = INTENTS.terminate(f, p, a, 'en');
  const t0 = new Date(Date.UTC(2024, 9, 14, 16, 20)), t1 = new Date(Date.UTC(2024, 9, 16, 9, 5));
  const subj = 'Question about my contract';
  const body = `${it.reply()}\n\n${outlookHdrEn(f, t0, `${f.name(p, 'short')} <${f.mail(p)}>`, `Customer Service <${f.role('kundservice')}>`, subj)}\n\n${it.body()}`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, a, { email: a.work, style: 'short' }), to: addr(f, p, { style: 'short', quoteName: true }), subject: 'RE: ' + subj, dt: t1, inReplyTo: msgId(f, 'mail.gmail.com') }), text: body, textCte: 'b64' });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailWithPdf() {
  const f = start('mail/kundservice/2024-10-18_Din_faktura_med_bilaga.eml');
  const p = pick(CUST), a = agent(); const inv = '41' + digits(7);
  const L = [{ t: 'Kreditfaktura', size: 14, bold: true }, `Kreditfaktura avser faktura ${f.X('invoice-number', inv)}`, `Kund: ${f.name(p)}`, `Adress: ${addrLine(f, p)}`, `Kundnummer: ${custNo(f, p)}`, `Krediterat belopp: ${amount(f, 200, 2000)}`, `Handläggare: ${f.name(a, 'short')}`];
  const pdf = await buildPdf(L, { title: 'Kreditfaktura', author: 'Solbacka Fakturering 4.2' });
  const body = `Hej ${f.first(p)},\n\nSom utlovat i telefon bifogar jag kreditfakturan för faktura ${f.X('invoice-number', inv)}. Beloppet dras av på din nästa faktura.\n\n${agentSig(f, a, 'sv', 2)}`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, a, { email: a.work, style: 'short' }), to: addr(f, p, { style: 'short' }), subject: `Kreditfaktura ${inv}`, dt: new Date(Date.UTC(2024, 9, 18, 13, 47)) }), text: body, textCte: 'qp', attachments: [{ filename: `Kreditfaktura_${inv}.pdf`, ctype: 'application/pdf', buf: pdf.buf, text: pdf.text }] });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailWithCsv() {
  const f = start('mail/internt/2024-10-21_Lista_dubbelfakturerade.eml');
  const a = EMP[6], b = EMP[0];
  const rows = [['Kundnr', 'Namn', 'Personnummer', 'Telefon', 'Fakturor']];
  for (const p of custsCp(14)) rows.push([custNo(f, p), f.name(p, 'short'), f.pnr(p, 'dash10'), f.tel(p, 'plain'), `${invoiceNo(f)} / ${invoiceNo(f)}`]);
  const csv = csvText(rows, { delim: ';' });
  const body = `Hej ${f.first(b)},\n\nHär är listan på kunderna som fick dubbla fakturor i september efter systembytet. Jag har krediterat alla utom två som har avbetalningsplan.\n\nObs: filen innehåller personnummer, radera efter användning!\n\n/${f.first(a)}\n\n${f.name(a, 'short')}\nFakturaspecialist\n${f.phone(a.direct, 'dash_grp')}`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, a, { email: a.work, style: 'short' }), to: addr(f, b, { email: b.work, style: 'short' }), subject: 'Lista dubbelfakturerade sept', dt: new Date(Date.UTC(2024, 9, 21, 10, 2)), extra: [['X-MS-Exchange-Organization-SCL', '-1']] }), text: body, textCte: 'qp', attachments: [{ filename: 'dubbelfakturerade_sept.csv', ctype: 'text/csv', buf: encodeText(csv, 'cp1252'), text: csv }] });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailWithDocx() {
  const f = start('mail/kundservice/2024-10-22_Fwd_Inkassoarende_bestritt.eml');
  const p = pick(CUST.filter(cp1252ok)), h = THIRD[4], a = EMP[6];
  h.inkMail = `${fold(h.first)}.${fold(h.last)}@${PARTNERS[0].domain}`; usedEmails.add(h.inkMail);
  const d = await buildDocx([{ h: 'Bestridande av inkassokrav' }, `Gäldenär: ${f.name(p)}`, `Personnummer: ${f.pnr(p)}`, `Telefon: ${f.tel(p)}`, `Kunden bestrider kravet och uppger att fakturan betalats ${dateStr(f, randDate(2024, 8, 2024, 9), 'iso')}.`, `Handläggare: ${f.name(h, 'short')}`], { creator: f.N(fmtName(h, 'short')), lastModifiedBy: f.N(fmtName(h, 'short')), title: 'Bestridande' });
  const body = `Hej,\n\nKunden ${f.name(p, 'short')} har bestritt kravet i ärende ${f.X('case-number', 'NI-2024-' + digits(5))}. Bifogar vår sammanställning. Kan ni bekräfta om betalning har kommit in?\n\nMed vänlig hälsning\n${f.name(h, 'short')}\nInkassohandläggare, ${PARTNERS[0].name}\nDirekt ${f.tel(h, 'dash_grp')}\n\nDetta e-postmeddelande kan innehålla konfidentiell information.`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: addr(f, h, { email: h.inkMail, style: 'short' }), to: addr(f, a, { email: a.work, style: 'short' }), subject: 'Inkassoärende bestritt', dt: new Date(Date.UTC(2024, 9, 22, 14, 18)) }), text: body, textCte: '8bit', attachments: [{ filename: 'Bestridande.docx', ctype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buf: d.buf, text: d.text }] });
  put(f, Buffer.from(msg.raw), msg.text);
}
async function mailEncodedHeaders() {
  const f = start('mail/kundservice/2024-10-23_Angaende_min_mammas_avtal.eml');
  const lat1 = (c) => /^[\x00-\xff]*$/.test([c.first, c.middle || '', c.last, c.street, c.city].join(''));
  const p = pick(CUST.filter(c => /[åäöÅÄÖé]/.test(c.first + c.last) && lat1(c))) || pick(CUST.filter(lat1));
  const sib = newPersonFor(f, p); const mom = newPerson({ origin: 'se', y: 1938, gender: 'F' });
  const a = EMP[2];
  const fromName = f.name(p, 'short'), ccName = f.name(sib, 'short');
  const body = `Hej!\n\nJag skriver å min mammas vägnar, ${f.name(mom)} (${f.pnr(mom)}). Hon har fått en faktura som hon inte förstår och vill att jag och min bror/syster ${f.name(sib, 'short')} ska kunna prata med er om hennes avtal.\n\nHennes adress är ${addrLine(f, mom)}. Fullmakt kommer med posten.\n\nHälsningar\n${f.name(p, 'short')}\n${f.tel(p)}`;
  const headers = [
    ['From', `${fromName} <${f.mail(p)}>`, `${encWord(fromName, 'Q', 'ISO-8859-1')} <${p.email}>`],
    ['To', `Kundservice <${f.role('kundservice')}>`],
    ['Cc', `${ccName} <${f.mail(sib)}>`, `${encWord(ccName, 'B', 'UTF-8')} <${sib.email}>`],
    ['Subject', 'Angående min mammas avtal', encWord('Angående min mammas avtal', 'Q', 'ISO-8859-1')],
    ['Date', rfcDate(new Date(Date.UTC(2024, 9, 23, 20, 41)))], ['Message-ID', msgId(f, 'telia.com')],
  ];
  const m = buildMessage({ headers, text: body, textCte: /^[\x00-\xff]*$/.test(body) ? 'latin1' : 'qp' });
  put(f, Buffer.from(m.raw, 'latin1'), m.text);
}
async function mailBounce() {
  const f = start('mail/kundservice/2024-10-24_Undeliverable_Din_faktura.eml');
  const p = pick(CUST), a = agent();
  const bad = p.email.replace('@', '@x').replace(/\.(com|se|net)$/, '.$1');
  const body = `This is the mail system at host mx1.solbackaenergi.se.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${f.E(bad)}>: host ${bad.split('@')[1]}[${f.X('server-ip', '192.0.2.' + int(10, 200))}] said: 550 5.1.1\n    <${f.E(bad)}>: Recipient address rejected: User unknown\n\n--- Original message headers ---\nFrom: ${f.name(a, 'short')} <${f.E(a.work)}>\nTo: ${f.name(p, 'short')} <${f.E(bad)}>\nSubject: Din faktura från Solbacka Energi\nDate: ${rfcDate(new Date(Date.UTC(2024, 9, 24, 9, 0)))}\n\nHej ${f.first(p)}, här kommer din faktura...`;
  const msg = buildMessage({ headers: stdHeaders(f, { from: [`Mail Delivery System <${f.X('role-email', 'MAILER-DAEMON@mx1.' + CO.domain)}>`], to: addr(f, a, { email: a.work, style: 'short' }), subject: 'Undelivered Mail Returned to Sender', dt: new Date(Date.UTC(2024, 9, 24, 9, 0, 4)), extra: [['Auto-Submitted', 'auto-replied']] }), text: body });
  put(f, Buffer.from(msg.raw), msg.text);
}
function mboxFromLine(email, dt) { const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']; return `From ${email} ${days[dt.getUTCDay()]} ${MON_EN[dt.getUTCMonth()]} ${String(dt.getUTCDate()).padStart(2, ' ')} ${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}:${pad(dt.getUTCSeconds())} ${dt.getUTCFullYear()}`; }
function mboxAppend(parts, texts, f, envEmail, envLabel, dt, msg) {
  const raw = msg.raw.replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
  parts.push(mboxFromLine(envEmail, dt) + '\n' + raw + '\n');
  texts.push(envEmail, msg.text);
  if (envLabel) f.E(envEmail); else f.X('role-email', envEmail);
}
async function mailMboxKundservice() {
  const f = start('mail/mbox/kundservice_2024-09.mbox');
  const parts = [], texts = [];
  let dt = new Date(Date.UTC(2024, 8, 2, 7, 0));
  for (let i = 0; i < 36; i++) {
    dt = addMin(dt, int(60, 1500));
    const p = pick(CUST), a = agent(), st = styleFor(p), it = INTENTS[pick(INTENT_KEYS)](f, p, a, st);
    const subj = it.subject();
    const m1 = buildMessage({ headers: stdHeaders(f, { from: addr(f, p, { style: pick(['short', 'short', 'full']) }), to: KS(f), subject: subj, dt, extra: chance(0.3) ? [['X-Originating-IP', `[${f.I(p.ip4)}]`]] : [] }), text: it.body(), textCte: pick(['8bit', 'qp', 'qp', 'b64']) });
    mboxAppend(parts, texts, f, p.email, true, dt, m1);
    if (chance(0.7)) {
      const dt2 = addMin(dt, int(30, 2000));
      const m0 = mark(f);
      const rep = it.reply();
      const full = `${rep}\n\n${outlookHdrSv(f, dt, `${f.name(p, 'short')} <${f.mail(p)}>`, ROLE('kundservice'), subj)}\n\n${quote('...')}`;
      f.X('role-email', ROLE('kundservice'));
      const m1b = mark(f); f.truth.push(...f.truth.slice(m0, m1b).map(x => ({ ...x })));
      const m2 = buildMessage({ headers: stdHeaders(f, { from: addr(f, a, { email: a.work, style: 'short' }), to: addr(f, p, { style: 'short' }), subject: (st === 'en' ? 'RE: ' : 'SV: ') + subj, dt: dt2 }), text: full, html: textToHtml(full), textCte: 'qp', htmlCte: 'qp' });
      mboxAppend(parts, texts, f, a.work, true, dt2, m2);
    }
  }
  const s = parts.join('\n');
  put(f, Buffer.from(s), texts.join('\n'));
}
async function mailMboxDataskydd() {
  const f = start('mail/mbox/dataskydd_inbox_2024.mbox');
  const parts = [], texts = [];
  const dpo = EMP[1];
  let dt = new Date(Date.UTC(2024, 0, 8, 9, 0));
  for (let i = 0; i < 15; i++) {
    dt = addMin(dt, int(3000, 30000));
    const p = pick(CUST), st = styleFor(p);
    const it = INTENTS.gdpr(f, p, dpo, st);
    const subj = it.subject();
    const m1 = buildMessage({ headers: stdHeaders(f, { from: addr(f, p, { style: 'short' }), to: [`Dataskydd <${f.role('dataskydd')}>`], subject: subj, dt }), text: it.body(), textCte: 'qp' });
    mboxAppend(parts, texts, f, p.email, true, dt, m1);
    const dt2 = addMin(dt, int(600, 5000));
    const body = `${it.reply()}\n\nDataskyddsombud ${CO.name}\n${f.wmail(dpo)}`;
    const m2 = buildMessage({ headers: stdHeaders(f, { from: [`Dataskydd Solbacka <${f.role('dataskydd')}>`], to: addr(f, p, { style: 'short' }), subject: 'SV: ' + subj, dt: dt2 }), text: body, textCte: 'qp' });
    mboxAppend(parts, texts, f, ROLE('dataskydd'), false, dt2, m2);
  }
  put(f, Buffer.from(parts.join('\n')), texts.join('\n'));
}

// ================================================================ WEBBFORMULÄR
async function wfKontaktJson() {
  const f = start('webbformular/kontaktformular_2024-10.json');
  const subs = [];
  for (let i = 0; i < 64; i++) {
    const p = pick(CUST), st = styleFor(p), it = INTENTS[pick(INTENT_KEYS)](f, p, agent(), st);
    const dt = randDT(2024, 10, 2024, 10);
    const lower = st === 'sloppy' && chance(0.4);
    subs.push({ id: 88000 + i * 7, form_id: 'kontakt-v3', submitted_at: ts(dt, 'iso'), fields: { namn: f.name(p, lower ? 'lower' : pick(['short', 'full'])), epost: f.mail(p), telefon: chance(0.7) ? f.tel(p) : '', personnummer: chance(0.35) ? (chance(0.15) ? badPnr(f, p) : f.pnr(p)) : '', kundnummer: chance(0.4) ? custNo(f, p) : '', arende: pick(['Faktura', 'Flytt', 'Avtal', 'Solceller', 'Övrigt']), meddelande: it.body(), samtycke: true }, meta: { ip: f.I(p.ip6 && chance(0.5) ? p.ip6 : p.ip4), user_agent: ua(f), referrer: pick(['https://www.google.com/', 'https://www.solbackaenergi.se/', '']), recaptcha_score: (int(3, 9) / 10) } });
  }
  putJson(f, subs);
}
async function wfFlyttNdjson() {
  const f = start('webbformular/flyttanmalan_submissions.ndjson');
  const lines = [];
  for (let i = 0; i < 55; i++) {
    const p = pick(CUST), np = pick(TOWNS);
    const o = { submissionId: guid(), createdAt: ts(randDT(2024, 9, 2024, 10), 'isoms'), form: 'flyttanmalan', data: { fornamn: p.first, efternamn: p.last, personnummer: f.pnr(p, pick(['plain12', 'dash12', 'dash10', 'plain10'])), telefon: f.tel(p, pick(['plain', 'intl', 'dash_grp'])), epost: f.mail(p), gammalAdress: `${f.X('street', p.street)}, ${f.X('postal-code', p.zip)} ${f.X('town', p.city)}`, nyAdress: `${f.X('street', pick(STREETS) + ' ' + int(1, 70))}, ${f.X('postal-code', np[0])} ${f.X('town', np[1])}`, flyttdatum: isoDate(randDate(2024, 10, 2025, 1)), mätarställning: chance(0.5) ? String(int(1000, 99999)) : null, övrigt: chance(0.3) ? pick(['Vi är två som flyttar', `Min sambo ${fmtName(newPersonFor(f, p), 'short')} tar över avtalet i gamla lägenheten`, 'Ring innan ni stänger av']) : '' }, client: { ip: f.I(p.ip4), ua: ua(f) } };
    f.nameSplit(p.first, p.last);
    if (o.data.övrigt && o.data.övrigt.startsWith('Min sambo')) f.N(o.data.övrigt.slice(10, o.data.övrigt.indexOf(' tar över')));
    lines.push(JSON.stringify(o));
  }
  put(f, Buffer.from(lines.join('\n') + '\n'), lines.map(l => jsonStrings(JSON.parse(l)).join('\n')).join('\n'));
}
async function wfNotificationTxt() {
  const f = start('webbformular/notiser/formularsvar_88213.txt');
  const p = pick(CUST), q = pick(CUST);
  const s = `Nytt svar på formuläret "Intresseanmälan solceller"\r\n=================================================\r\n\r\nNamn: ${f.name(p)}\r\nE-post: ${f.mail(p)}\r\nTelefon: ${f.tel(p)}\r\nAdress: ${addrLine(f, p)}\r\nFastighetsbeteckning: ${f.X('property-designation', p.city.toUpperCase() + ' ' + pick(['ROSEN', 'BJÖRKEN', 'ORMEN', 'SLÄTTEN']) + ' ' + int(1, 30) + ':' + int(1, 99))}\r\nTaktyp: Betongpannor\r\nÅrsförbrukning (kWh): ${int(8000, 25000)}\r\nMeddelande: Vi är två hushåll på tomten, min granne ${f.name(q, 'short')} är också intresserad. Hennes nummer: ${f.tel(q)}.\r\n\r\n--\r\nSkickat ${ts(randDT(2024, 10, 2024, 10), 'svs')} från IP ${f.I(p.ip4)}\r\nSida: https://www.solbackaenergi.se/solceller/intresse\r\n`;
  putText(f, s, 'utf8');
}
async function wfKvittoHtml() {
  const f = start('webbformular/kvitton/kvitto_uppsagning_88219.html');
  const p = pick(CUST);
  const row = (k, v) => `<tr><td class="l">${htmlEsc(k, 'named')}</td><td>${v}</td></tr>`;
  const h = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Kvitto &ndash; Upps&auml;gning</title></head><body>\n<h1>Tack! Din upps&auml;gning &auml;r mottagen</h1>\n<table>\n${row('Namn', htmlEsc(f.name(p), 'named'))}\n${row('Personnummer', f.pnr(p))}\n${row('E-post', `<a href="mailto:${f.mail(p)}">${f.mail(p)}</a>`)}\n${row('Telefon', htmlEsc(f.tel(p)))}\n${row('Avtal', htmlEsc(f.X('product', pick(PRODUCTS.slice(0, 5))), 'named'))}\n${row('Referensnummer', f.X('case-number', 'UPP-' + digits(6)))}\n${row('Skickat från', f.I(p.ip4))}\n</table>\n<p>En bekr&auml;ftelse skickas till din e-post inom 24 timmar. Fr&aring;gor? Ring ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))}.</p>\n</body></html>\n`;
  put(f, Buffer.from(h), htmlDecode(h));
}
async function wfSolcellerXml() {
  const f = start('webbformular/export_solceller_intresse.xml');
  let x = `<?xml version="1.0" encoding="UTF-8"?>\n<entries form="Intresseanmälan solceller" exported="2024-11-01T07:00:00+01:00">\n`;
  for (let i = 0; i < 30; i++) {
    const p = pick(CUST);
    f.nameSplit(p.first, p.last);
    x += `  <entry id="${5100 + i}" date_created="${ts(randDT(2024, 8, 2024, 10), 'svs')}" ip="${f.I(p.ip4)}">\n    <field id="1.3" label="Förnamn">${xmlEsc(p.first)}</field>\n    <field id="1.6" label="Efternamn">${xmlEsc(p.last)}</field>\n    <field id="2" label="E-post">${xmlEsc(f.mail(p))}</field>\n    <field id="3" label="Telefon">${xmlEsc(chance(0.8) ? f.tel(p) : '')}</field>\n    <field id="4" label="Ort">${xmlEsc(f.X('town', p.city))}</field>\n    <field id="5" label="Meddelande"><![CDATA[${pk(['', 'Söderläge, ca 60 kvm', 'Vill ha batteri också', () => `Ring helst ${f.tel(p, 'plain')}`, 'Har redan laddbox'])}]]></field>\n  </entry>\n`;
  }
  x += `</entries>\n`;
  put(f, Buffer.from(x), htmlDecode(x));
}

// ================================================================ RECENSIONER
async function revTrustpilot() {
  const f = start('recensioner/trustpilot_reviews_export_2024.csv');
  const rows = [['Review Id', 'Review Created (UTC)', 'Review Stars', 'Review Title', 'Review Content', 'Consumer Name', 'Consumer Location', 'Company Reply', 'Reply Date (UTC)']];
  for (let i = 0; i < 80; i++) {
    const p = pick(CUST), a = agent(); const stars = wpick([[3, 1], [1, 2], [1, 3], [2, 4], [4, 5]]);
    const nameStyle = rnd();
    const cname = nameStyle < 0.55 ? f.name(p, 'short') : nameStyle < 0.75 ? f.X('name-initial', `${p.first} ${p.last[0]}.`) : nameStyle < 0.85 ? f.name(p, 'lower') : nameStyle < 0.93 ? f.first(p) : f.X('nickname', pick(['Kund sedan 2015', 'elkund', 'Missnöjd', 'Villaägare']));
    const content = stars <= 2 ? pick([
      () => `Har väntat i telefonkö i 45 minuter. När jag väl kom fram la de på. Sämsta kundservicen.`,
      () => `Höjde priset utan att meddela. Bytt leverantör nu.`,
      () => `Fick inkassokrav för en faktura jag betalat. ${f.X('first-name-only', a.first)} lovade att ringa tillbaka men ingen hörde av sig.`,
      () => `De skickade min faktura till fel adress, till ${f.X('street', pick(STREETS))} istället. Oseriöst.`,
    ])() : pick([
      () => `Snabb och trevlig hjälp av ${f.name(a, 'short')} när vi flyttade. Rekommenderas!`,
      () => `Bra pris och enkel app. Solcellerna installerades i tid.`,
      () => `Tack ${f.first(a)} för hjälpen med avbetalningsplanen, du räddade min månad.`,
      () => `Smidigt att byta. Inga konstigheter.`,
      () => `Great service in English, thanks to ${f.name(a, 'short')}!`,
    ])();
    const reply = chance(0.7) ? `Hej${cname.includes(' ') && !cname.includes('.') ? '' : ''}! Tack för din recension. ${stars <= 2 ? `Vi beklagar verkligen. Kontakta oss gärna på ${f.role('kundservice')} med ditt kundnummer så tittar vi på det.` : 'Vad roligt att höra!'} /${f.X('first-name-only', pick(['Emma', 'Sara', 'Johan', 'Lina']))}, Solbacka Energi` : '';
    rows.push([crypto.createHash('md5').update('tp' + i).digest('hex').slice(0, 24), ts(randDT(2024, 1, 2024, 10), 'iso'), String(stars), pick(['Usel service', 'Bra!', 'Rekommenderas', 'Aldrig mer', 'Helt ok', 'Snabb hjälp']), content, cname, chance(0.7) ? `${f.X('town', p.city)}, SE` : 'SE', reply, reply ? ts(randDT(2024, 10, 2024, 10), 'iso') : '']);
  }
  putText(f, csvText(rows), 'utf8');
}
async function revGoogle() {
  const f = start('recensioner/google_business_reviews.json');
  const reviews = [];
  for (let i = 0; i < 45; i++) {
    const p = pick(CUST), a = agent();
    const dn = chance(0.8) ? f.name(p, 'short') : f.X('name-initial', `${p.first} ${p.last[0]}.`);
    const star = pick(['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'FIVE', 'FIVE', 'ONE']);
    reviews.push({ reviewId: 'AbFvOq' + crypto.createHash('md5').update('g' + i).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 20), reviewer: { profilePhotoUrl: `https://lh3.googleusercontent.com/a/ACg8oc${digits(8)}=s120-c-rp-mo-br100`, displayName: dn }, starRating: star, comment: pk([
      'Bra kundservice, fick svar direkt.', 'Långa köer.', () => `${f.name(a, 'short')} i kundtjänst var super!`, 'Elavtalet är okej men fakturorna är obegripliga.', () => `Ring inte ${f.tel(p)} mer, jag är inte kund hos er!!`, '(Translated by Google) Good service\n\n(Original)\nBra service', '']), createTime: ts(randDT(2023, 6, 2024, 10), 'iso'), updateTime: ts(randDT(2024, 6, 2024, 10), 'iso'), reviewReply: chance(0.5) ? { comment: `Tack för din recension, ${dn.split(' ')[0]}!`, updateTime: ts(randDT(2024, 6, 2024, 10), 'iso') } : undefined });
    if (reviews[reviews.length - 1].reviewReply) f.X('first-name-only', dn.split(' ')[0]);
  }
  putJson(f, { reviews, averageRating: 3.4, totalReviewCount: reviews.length, nextPageToken: null });
}
async function revRecoHtml() {
  const f = start('recensioner/reco_se_sparad_sida.html');
  let h = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Solbacka Energi AB - Omd&ouml;men | Reco.se</title><script>window.__DATA__={"companyId":${int(10000, 99999)}};</script></head><body>\n<h1>Solbacka Energi AB &ndash; 3,6 av 5 (${int(200, 400)} omd&ouml;men)</h1>\n<ul class="reviews">\n`;
  for (let i = 0; i < 30; i++) {
    const p = pick(CUST);
    const nm = chance(0.6) ? htmlEsc(f.name(p, 'short'), 'named') : chance(0.5) ? htmlEsc(f.first(p), 'named') : 'Anonym';
    h += `<li class="review"><div class="author">${nm}</div><div class="meta">${f.X('town', p.city)} &middot; ${dateStr(f, randDate(2023, 1, 2024, 10), 'iso')}</div><div class="stars" data-score="${int(1, 5)}"></div><p>${htmlEsc(pick(['Bra och prisvärt.', 'Kundtjänsten är svår att nå.', 'Smidig flytt, tack!', 'Solcellsinstallationen blev försenad två månader.', 'Rekommenderar inte.', 'Bästa elbolaget vi haft']), 'named')}</p></li>\n`;
  }
  h += `</ul>\n<footer>&copy; Reco.se</footer></body></html>\n`;
  put(f, Buffer.from(h), htmlDecode(h));
}

// ================================================================ LOGGAR
async function logAuth() {
  const f = start('loggar/mina-sidor/auth_2024-10.log');
  const out = []; let dt = new Date(Date.UTC(2024, 9, 1, 0, 3));
  const users = custs(260);
  for (let i = 0; i < 1400; i++) {
    dt = new Date(dt.getTime() + int(5, 2400) * 1000);
    const p = pick(users); const ip = p.ip6 && chance(0.4) ? p.ip6 : p.ip4;
    const t = dt.toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
    const r = rnd();
    const thr = `[http-nio-8443-exec-${int(1, 40)}]`;
    if (r < 0.38) {
      const ref = f.X('guid', guid());
      out.push(`${t} INFO  ${thr} se.solbacka.auth.BankIdService - auth started orderRef=${ref} endUserIp=${f.I(ip)}`);
      out.push(`${t} INFO  ${thr} se.solbacka.auth.BankIdService - collect complete orderRef=${ref} personalNumber=${f.pnr(p, 'plain12')} name="${f.name(p, 'short')}" device=${pick(['iOS', 'Android', 'Windows'])}`);
    } else if (r < 0.6) out.push(`${t} INFO  ${thr} se.solbacka.auth.PasswordLogin - login ok user=${f.mail(p)} ip=${f.I(ip)} ua="${ua(f)}"`);
    else if (r < 0.66) {
      const typo = p.email.replace(/@(gmail|hotmail|outlook)\./, (m, d) => '@' + { gmail: 'gmial', hotmail: 'hotmial', outlook: 'outlok' }[d] + '.');
      out.push(`${t} WARN  ${thr} se.solbacka.auth.PasswordLogin - login failed user=${f.E(typo)} ip=${f.I(ip)} reason=UNKNOWN_USER`);
    } else if (r < 0.7) out.push(`${t} WARN  ${thr} se.solbacka.auth.PasswordLogin - login failed user=${f.mail(p)} ip=${f.I(ip)} reason=BAD_PASSWORD attempts=${int(2, 5)}`);
    else if (r < 0.9) out.push(`${t} DEBUG ${thr} se.solbacka.session.SessionFilter - refresh sid=${crypto.createHash('sha1').update('s' + i).digest('hex').slice(0, 24)} customer=${custNo(f, p)} ip=${f.I(ip)}`);
    else if (r < 0.95) out.push(`${t} INFO  [scheduler-1] se.solbacka.health.HealthCheck - ping from ${f.X('loopback-ip', pick(['127.0.0.1', '::1']))} status=UP version=${f.X('version', '2.14.' + int(0, 9))}`);
    else out.push(`${t} INFO  ${thr} se.solbacka.auth.LogoutHandler - logout customer=${custNo(f, p)} reason=${pick(['USER', 'TIMEOUT'])}`);
  }
  putText(f, out.join('\n') + '\n');
}
async function logNginx() {
  const f = start('loggar/webb/access.log');
  const out = []; let dt = new Date(Date.UTC(2024, 9, 14, 4, 0));
  const users = custs(240);
  const paths = ['/', '/elavtal', '/elavtal/fast-pris', '/mina-sidor', '/mina-sidor/fakturor', '/mina-sidor/forbrukning', '/kundservice', '/kontakt', '/solceller', '/drift', '/static/app.3f9c1d.js', '/static/main.8a21.css', '/favicon.ico', '/api/v2/prices?area=SE3'];
  for (let i = 0; i < 1500; i++) {
    dt = new Date(dt.getTime() + int(1, 40) * 1000);
    const r = rnd();
    if (r < 0.04) { out.push(`${f.X('loopback-ip', '127.0.0.1')} - - [${ts(dt, 'clf')}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"`); continue; }
    const p = pick(users); const ip = p.ip6 && chance(0.35) ? p.ip6 : p.ip4;
    let path = pick(paths);
    if (r > 0.96) path = `/nyhetsbrev/avregistrera?email=${f.mail(p)}&c=okt24`;
    else if (r > 0.93) path = `/mina-sidor/faktura/${invoiceNo(f)}.pdf`;
    out.push(`${f.I(ip)} - - [${ts(dt, 'clf')}] "${path.startsWith('/api') && chance(0.2) ? 'POST' : 'GET'} ${path} HTTP/2.0" ${pick([200, 200, 200, 200, 304, 302, 404])} ${int(0, 90000)} "${pick(['-', 'https://www.solbackaenergi.se/', 'https://www.google.com/'])}" "${ua(f)}"`);
  }
  putText(f, out.join('\n') + '\n');
}
async function logAppError() {
  const f = start('loggar/fakturering/billing-error.log');
  const out = [];
  for (let i = 0; i < 70; i++) {
    const p = pick(CUST); const dt = randDT(2024, 10, 2024, 10);
    const t = ts(dt, 'svs') + ',' + pad(int(0, 999), 3);
    const r = rnd();
    if (r < 0.25) out.push(`${t} ERROR [billing-batch-${int(1, 4)}] s.s.b.InvoiceService - Could not send invoice ${invoiceNo(f)} to ${f.mail(p)}: 550 5.1.1 User unknown`);
    else if (r < 0.4) out.push(`${t} ERROR [billing-batch-${int(1, 4)}] s.s.b.CustomerRepository - org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "customer_pnr_key"\n  Detail: Key (personnummer)=(${f.pnr(p, 'plain12')}) already exists.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n\tat se.solbacka.billing.CustomerRepository.save(CustomerRepository.java:${int(80, 300)})`);
    else if (r < 0.55) out.push(`${t} WARN  [sms-notifier] s.s.n.SmsClient - invalid msisdn '${f.X('invalid-phone', '070-' + digits(3) + ' ' + digits(2))}' for customer ${custNo(f, p)}, skipping`);
    else if (r < 0.7) out.push(`${t} WARN  [billing-batch-${int(1, 4)}] s.s.b.OcrGenerator - OCR ${ocrNo(f)} collision, regenerating (attempt ${int(1, 3)})`);
    else if (r < 0.8) out.push(`${t} ERROR [http-nio-8080-exec-${int(1, 20)}] s.s.b.api.ErrorHandler - request ${f.X('guid', guid())} failed: java.lang.NullPointerException: Cannot invoke "Address.getZip()" because "customer.address" is null (customer=${custNo(f, p)}, name="${f.name(p, 'short')}")`);
    else if (r < 0.9) out.push(`${t} INFO  [main] s.s.b.Application - Started Application in ${int(8, 30)}.${int(100, 999)} seconds (process running for ${int(10, 40)}.${int(1, 9)}) version=${f.X('version', '4.2.' + int(0, 9))} build=${f.X('ip-like-version', '4.2.' + int(0, 9) + '.' + int(100, 250))}`);
    else out.push(`${t} ERROR [kivra-export] s.s.b.DigitalMailbox - recipient ${f.pnr(p, 'plain12')} not found in Kivra, falling back to paper (${f.X('street', p.street)})`);
  }
  putText(f, out.join('\n') + '\n');
}
async function logAudit() {
  const f = start('loggar/crm/audit_trail_2024-10.txt');
  const out = ['Tidpunkt | Användare | Händelse | Objekt | Detalj'];
  for (let i = 0; i < 260; i++) {
    const e = pick(EMP), p = pick(CUST); const dt = randDT(2024, 10, 2024, 10);
    const ev = pick(['VIEW', 'VIEW', 'VIEW', 'UPDATE', 'EXPORT', 'SEARCH', 'DELETE']);
    let det;
    if (ev === 'SEARCH') det = `sökterm="${pk([() => f.pnr(p, pick(['plain10', 'plain12', 'dash10'])), () => f.name(p, 'lower'), () => f.tel(p, 'plain'), () => f.mail(p)])}"`;
    else if (ev === 'UPDATE') det = pk([() => `telefon: "${f.phone(newSeMobile(), 'plain')}" -> "${f.tel(p, 'plain')}"`, () => `epost: "" -> "${f.mail(p)}"`, `adress ändrad`]);
    else if (ev === 'EXPORT') det = `export kundlista (${int(10, 4000)} rader) till Excel`;
    else if (ev === 'DELETE') det = `gallring enligt rutin G-3`;
    else det = `${f.name(p, 'short')}`;
    out.push(`${ts(dt, 'svs')} | ${f.X('username', e.login)} (${f.name(e, 'short')}) | ${ev} | Kund ${custNo(f, p)} | ${det}`);
  }
  putText(f, out.join('\n') + '\n');
}

// ================================================================ ANTECKNINGAR
async function notesSamtal() {
  const f = start('anteckningar/samtalsanteckningar_oktober_FH.txt');
  const me = EMP[10];
  let s = `anteckningar okt - ${f.name(me, 'lower')}\n(privat fil, rensas varje månad!!)\n\n`;
  for (let d = 1; d <= 22; d++) {
    if ([5, 6, 12, 13, 19, 20].includes(d)) continue;
    s += `${pad(d)}/10\n`;
    for (let k = 0; k < int(2, 5); k++) {
      const p = pick(CUST);
      s += '- ' + pick([
        () => `ringde upp ${f.name(p, 'lower')} ang faktura, ${f.tel(p, 'plain')}, ej svar. försök igen imorgon`,
        () => `${f.name(p, 'short')} vill ha avbetalning, skickat till ${f.name(EMP[6], 'short')}`,
        () => `pnr ${f.pnr(p, pick(['dash10', 'plain10']))} - kolla varför dubbla avtal`,
        () => `kunden uppgav pnr ${badPnr(f, p)} men det finns inte i CIS?? ${f.name(p, 'lower')}, ring ${f.tel(p, 'plain')}`,
        () => `kund (${f.mail(p)}) arg över prishöjning. lovat återkoppling fre`,
        () => `${f.X('first-name-only', p.first.toLowerCase())} ringde igen. ${pick(['suck', 'tredje gången', 'nu löst'])}`,
        () => `mötet med ${f.X('company', 'Solmontage')} flyttat till tisdag`,
        () => `avbrott ${f.X('town', p.city)}, ${int(20, 300)} kunder. hänvisar till nätägaren`,
        () => `dödsbo ${f.name(p, 'lower')}, sonen heter ${f.name(newPersonFor(f, p), 'lower')} nr ${f.phone(newSeMobile(), 'space_grp')}`,
      ])() + '\n';
    }
    s += '\n';
  }
  putText(f, s);
}
async function notesHandover() {
  const f = start('anteckningar/overlamning_kvallspass.md');
  let s = `# Överlämning kvällspass v. 42\n\n**Från:** ${f.name(EMP[12], 'short')}  \n**Till:** ${f.name(EMP[13], 'short')}\n\n## Pågående ärenden\n\n| Kund | Kontakt | Status |\n|---|---|---|\n`;
  for (let i = 0; i < 9; i++) { const p = pick(CUST); s += `| ${f.name(p, 'short')} | ${chance(0.5) ? f.tel(p) : f.mail(p)} | ${pick(['väntar på nätägare', 'ring upp efter 18', 'kreditering klar, bekräfta', 'eskalerad till TL', 'vill ha registerutdrag'])} |\n`; }
  const vip = pick(CUST);
  s += `\n## Att tänka på\n\n- ${f.X('word-also-name', 'Inga')} större driftstörningar just nu.\n- Kunden ${f.name(vip, 'short')} (${f.pnr(vip)}) har skyddade personuppgifter – **lämna aldrig ut adress**.\n- Puzzel-kön *Betalning* stängs kl 20.\n- Växeln: ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))}. Jour IT: ${f.phone(EMP[14].direct, 'dash_grp')} (${f.name(EMP[14], 'short')}).\n- ${f.X('word-also-name', 'Per')} capsulam: glöm inte att logga ut!\n\n/${f.first(EMP[12])}\n`;
  putText(f, s);
}
async function notesOcr() {
  const f = start('anteckningar/inskannat/ocr_blankett_0047.txt');
  const p = pick(CUST), q = pick(THIRD);
  const S = (s) => s.replace(/ /g, () => ' '.repeat(int(1, 3)));
  let s = `${S('SOLBACKA ENERGI AB')}              ${S('AUTOGIROMEDGIVANDE')}\n\n${S('Betalningsmottagare:')} ${f.X('company', 'Solbacka  Energi  AB')}   ${S('Bankgironr')}  ${f.X('bankgiro', CO.bankgiro)}\n\n`;
  s += `Narnn  /  Name :   ${f.name(p, 'upper')}\n`;
  s += `Pers0nnr :  ${f.pnr(p, pick(['dash10', 'space10']))}\n`;
  s += `Adress :   ${f.X('street', p.street.toUpperCase())}     Postnr  ${f.X('postal-code', p.zip)}     Ort  ${f.X('town', p.city.toUpperCase())}\n`;
  s += `Telefon  dagtid :  ${f.tel(p, pick(['spaced_dash', 'dash_grp']))}\n`;
  s += `E-p0st :  ${f.mail(p)}\n\n`;
  s += `${S('Clearingnr')}  ${f.X('bank-account', '8327-9')}    ${S('Kontonr')}  ${f.X('bank-account', '914 ' + digits(3) + ' ' + digits(3) + '-' + int(0, 9))}\n`;
  s += `${S('Kontohavare (om annan än ovan):')}  ${f.name(q, 'upper')}\n\n`;
  s += `Underskrift :   ~~~ /${f.X('signature-scribble', 'A.' + p.last.slice(0, 3))}~~\n`;
  s += `0rt och datum :  ${f.X('town', p.city)}  ${dateStr(f, randDate(2024, 9, 2024, 10), 'dots')}\n\n`;
  s += `[OCR: sida 1 av 1, konfidens 71 %, ${int(3, 9)} tecken osäkra]\n`;
  putText(f, s);
}
async function notesGdprList() {
  const f = start('anteckningar/gdpr_begaranden_2024.txt');
  let s = 'GDPR-begäranden 2024 (intern lista, DSO)\r\n\r\nNr\tInkom\tTyp\tNamn\tPnr\tKanal\tKlar\tHandläggare\r\n';
  for (let i = 0; i < 34; i++) { const p = pick(CUST); s += `${f.X('case-number', 'DSO-2024-' + pad(i + 1, 4))}\t${dateStr(f, randDate(2024, 1, 2024, 10), 'iso')}\t${pick(['Art 15', 'Art 15', 'Art 17', 'Art 16', 'Art 21'])}\t${f.name(p, pick(['short', 'lastfirst']))}\t${f.pnr(p, pick(['dash10', 'dash12']))}\t${pick(['e-post', 'brev', 'telefon', 'webb'])}\t${chance(0.8) ? 'ja' : 'nej'}\t${f.name(pick(EMP.slice(0, 3)), 'short')}\r\n`; }
  s += `\r\nObs! Begäran från ${f.name(pick(CUST), 'short')} gäller även hennes avlidne make – se separat pärm.\r\n`;
  putText(f, s, iconv.decode(iconv.encode(s, 'win1252'), 'win1252') === s ? 'cp1252' : 'utf8');
}
async function notesPhoneList() {
  const f = start('anteckningar/telefonlista_kundservice.txt');
  let s = `TELEFONLISTA KUNDSERVICE – uppdaterad 2024-10-01\n${'='.repeat(60)}\nVäxel ................................ ${f.T(fmtPhone(CO.switchboard, 'dash_grp'))}\nKundservice (extern) ................. ${f.X('role-email', ROLE('kundservice'))}\n\n`;
  for (const e of EMP) s += `${f.name(e, pick(['short', 'lastfirst'])).padEnd(32, ' ')} ${e.title.padEnd(34, ' ')} ${f.phone(e.direct, 'dash_grp')}   ${e.mob2 ? f.phone(e.mob2, 'dash_grp') : ''}\n`;
  s += `\nJour el (nätägare) .................... ${f.phone(PARTNERS[1].switchboard, 'dash_grp')}\nIT-servicedesk ........................ ${f.X('role-email', ROLE('servicedesk'))}\n`;
  putText(f, s);
}
async function notesReadme() {
  const f = start('anteckningar/LASMIG_exportleverans.txt');
  const c = THIRD[27];
  c.consult = `${fold(c.first)}.${fold(c.last)}@dataskyddsbyran.se`; usedEmails.add(c.consult);
  const s = `Exportleverans till GDPR-kartläggning\r\n\r\nLevererat av: ${f.name(EMP[0], 'short')}, ${CO.name}\r\nMottagare: ${f.name(c, 'short')} (${f.E(c.consult)}), ${f.X('company', 'Dataskyddsbyrån i Norden AB')}\r\nDatum: ${dateStr(f, new Date(Date.UTC(2024, 10, 4)), 'iso')}\r\n\r\nInnehåll (en mapp per system):\r\n  salesforce/   – rapporter och API-utdrag (CRM sedan 2021)\r\n  hubspot/      – marknadsföring\r\n  intercom/     – webbchatt\r\n  puzzel/       – telefoni och chatt\r\n  servicenow/   – IT- och kundincidenter\r\n  jira/         – reklamationer (KS-projektet)\r\n  teams/        – intern kommunikation (urval)\r\n  sms/          – sms-gateway\r\n  excel/        – lokala listor från G:\\Kundservice\r\n  brev/, pdf/   – utgående brev och dokument\r\n  mail/         – funktionsbrevlådor\r\n\r\nFrågor: ${f.tel(EMP[0], 'dash_grp')} eller ${f.wmail(EMP[0])}.\r\nLösenordet till zip-filerna skickas separat via sms.\r\n`;
  putText(f, s);
}

// ================================================================ main, verification, QA
const GENERATORS = [
  sfCaseReport, sfContacts, sfOpenByOwner, sfLoginHistory, () => sfCaseJson(0, false), () => sfCaseJson(1, false), () => sfCaseJson(2, true), sfContactBulk, sfDataExportZip,
  hsContacts, hsEngagements, hsCalls, hsZip, hsEmailEvents,
  () => icConversation(0), () => icConversation(1), () => icConversation(2), () => icConversation(3), icContacts, icTranscriptHtml,
  pzCallLog, pzChatExport, () => pzTranscript(0), () => pzTranscript(1), pzQueueStats, pzCallbacks,
  snIncidentXml, snUsers, snIncidentJson, snLoginLog,
  jiraCsv, jiraJson, jiraXml,
  teamsChannel, teamsChatHtml, teamsTranscriptDocx, teamsCallQuality,
  smsGatewayLog, smsCampaignCsv, smsInbound, smsDlrTsv,
  xlKundlista, xlKlagomal, xlLeverantorer, xlInkasso, odsKundpanel,
  brevBeslutErsattning, brevPaminnelse, brevInkassokrav, brevRegisterutdrag, brevValkommen, brevAvstangning, brevUppsagningRtf, brevFullmaktRtf, brevKlagomalOdt,
  () => pdfInvoice(0), () => pdfInvoice(1), () => pdfInvoice(2), pdfAvtal, pdfProtokoll, pdfFlyttForm, pdfKreditupplysning, pdfNojdhet,
  mailGmailThread, mailOutlookForward, mailHtmlOnly, mailAutoReplyAgent, mailAutoReplyCustomer, mailNewsletter, mailEnglishThread, mailWithPdf, mailWithCsv, mailWithDocx, mailEncodedHeaders, mailBounce, mailMboxKundservice, mailMboxDataskydd,
  wfKontaktJson, wfFlyttNdjson, wfNotificationTxt, wfKvittoHtml, wfSolcellerXml,
  revTrustpilot, revGoogle, revRecoHtml,
  logAuth, logNginx, logAppError, logAudit,
  notesSamtal, notesHandover, notesOcr, notesGdprList, notesPhoneList, notesReadme,
];
function countOcc(h, n) { let c = 0, i = 0; while ((i = h.indexOf(n, i)) !== -1) { c++; i += n.length; } return c; }
function verifyFile(o) {
  const errs = [], warns = [];
  const f = o.f, text = o.text;
  const need = new Map();
  for (const t of f.truth) if (!t.split) need.set(t.value, (need.get(t.value) || 0) + 1);
  let masked = text;
  for (const v of [...need.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const c = countOcc(masked, v);
    if (c !== need.get(v)) errs.push(`count mismatch ${JSON.stringify(v)}: labelled ${need.get(v)}, found ${c}`);
    masked = masked.split(v).join('\u0001'.repeat(v.length));
  }
  for (const t of f.truth) if (t.split) for (const part of t.split) if (!text.includes(part)) errs.push(`split part missing ${JSON.stringify(part)}`);
  for (const n of f.near) if (!text.includes(n.value)) errs.push(`near-miss missing ${n.kind} ${JSON.stringify(n.value)}`);
  // QA: look for personal-looking data that was not labelled (never used to create labels)
  const nearVals = f.near.map(n => n.value);
  const isNear = (v) => nearVals.some(n => n.includes(v) || v.includes(n));
  for (const m of masked.matchAll(/[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/g)) if (!isNear(m[0])) warns.push(`unlabelled email? ${m[0]}`);
  for (const m of masked.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/g)) if (m.slice(1).every(x => +x < 256) && !isNear(m[0])) warns.push(`unlabelled ipv4? ${m[0]}`);
  for (const m of masked.matchAll(/(?<![\d\w])(?:19|20)?(\d{6})[-+ ]?(\d{4})(?![\d])/g)) if (looksPnr10(m[1] + m[2]) && !isNear(m[0]) && !isNear(m[1] + m[2])) warns.push(`unlabelled pnr-like? ${m[0]}`);
  for (const m of masked.matchAll(/(?:\+46|0046|46|(?<!\d)0)[\s(]*0?\)?\s?7[02369][\d \-]{7,10}\d/g)) if (!isNear(m[0])) warns.push(`unlabelled mobile? ${m[0]}`);
  for (const m of masked.matchAll(/(?<![0-9a-f:])(?:2001|2a0[0-9a-f])(?::[0-9a-f]{0,4}){2,7}/gi)) if (!isNear(m[0])) warns.push(`unlabelled ipv6? ${m[0]}`);
  const splitPairs = new Set(f.truth.filter(t => t.split).map(t => t.value));
  const words = masked.split(/[^\p{L}\-']+/u);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i], b = words[i + 1];
    const cap = (w) => w ? w[0] + w.slice(1).toLowerCase() : w;
    if ((ALL_FIRST.has(a) || ALL_FIRST.has(cap(a))) && (ALL_SUR.has(b) || ALL_SUR.has(cap(b))) && a.length > 1 && !splitPairs.has(`${a} ${b}`)) warns.push(`unlabelled name? ${a} ${b}`);
  }
  return { errs, warns };
}
async function main() {
  if (fs.existsSync(OUT) && fs.readdirSync(OUT).length) { console.error(`output dir ${OUT} is not empty`); process.exit(2); }
  for (const g of GENERATORS) await g();
  const seen = new Set();
  let bad = 0, nwarn = 0;
  for (const o of OUTFILES) {
    if (seen.has(o.rel)) throw new Error('duplicate file ' + o.rel);
    seen.add(o.rel);
    const { errs, warns } = verifyFile(o);
    for (const e of errs) { console.error(`ERROR ${o.rel}: ${e}`); bad++; }
    for (const w of warns) { if (process.env.QA) console.error(`WARN  ${o.rel}: ${w}`); nwarn++; }
  }
  if (bad) { console.error(`${bad} verification errors`); process.exit(1); }
  fs.mkdirSync(OUT, { recursive: true });
  for (const o of OUTFILES) { const p = path.join(OUT, o.rel); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, o.buf); }
  const truth = [], nearMiss = [];
  for (const o of OUTFILES) {
    for (const t of o.f.truth) truth.push({ file: o.rel, category: t.category, value: t.value });
    for (const n of o.f.near) nearMiss.push({ file: o.rel, kind: n.kind, value: n.value });
  }
  const out = { seed: SEED, files: OUTFILES.length, fileList: OUTFILES.map(o => o.rel), truth, nearMiss };
  fs.mkdirSync(path.dirname(path.resolve(TRUTH_OUT)), { recursive: true });
  fs.writeFileSync(TRUTH_OUT, JSON.stringify(out, null, 1) + '\n');
  const bytes = OUTFILES.reduce((s, o) => s + o.buf.length, 0);
  const byCat = {}; for (const t of truth) byCat[t.category] = (byCat[t.category] || 0) + 1;
  console.log(`files=${OUTFILES.length} bytes=${bytes} truth=${truth.length} nearMiss=${nearMiss.length} qaWarnings=${nwarn}`);
  console.log(JSON.stringify(byCat));
}
await main();
