// Eighth blind set — core: seeded RNG (own seed), own name pools, person/e-mail makers and label helpers.
// Reuses the seventh set's plumbing (Luhn, personnummer/phone/IP makers, Corpus recorder); the people are new.
import { Rng as Rng7, cp1252ok } from '../seventh/lib.mjs';

export { Corpus, luhn, makePnr, badPnr, makeOrgnr, makePhone, phoneStyle, foreignPhone, serviceLine, publicIp, privateIp,
  ipv6, docIp, hasPnrShape, safeDigits, postcode, amount, cp1252ok } from '../seventh/lib.mjs';

export const SEED = 'gdpr-scan/blind/eighth/2026-11-24';
export const TODAY = '2026-11-24';

export class Rng extends Rng7 {
  constructor(label) {
    super(label, SEED);
  }
}

const P = (f, l) => ({ firsts: f.split(','), lasts: l.split(',') });
export const NAMES = {
  swedish: P('Sixten,Alva,Greta,Folke,Wilma,Stina,Arvid,Ingvar,Berit,Leif,Gunilla,Ragnar,Siv,Lennart,Elvira,Tage,Majken,Valdemar,Ronja,Ture,Hedda,Sten-Åke,Eva-Lena,Karl-Johan,Ann-Sofie,Östen,Åke,Gunbritt,Oskar,Selma,Nils,Iris,Vera,Bertil,Ingegerd,Malte,Signe,Tyra,Melker',
    'Lindgren,Bergqvist,Ek,Hallberg,Strand,Wikström,Nyberg,Forsberg,Axelsson,Håkansson,Blomqvist,Sundström,Ågren,Östman,Löfgren,Ljungberg,Granath,Ahlberg,Hedlund,Borg,Mårtensson,Lundholm,af Ugglas,von Platen,de Laval,Falk-Nyström,Björk Almqvist,Sjögren,Wennerström,Åkesson,Tengvall,van der Linde'),
  finnish: P('Eija,Markku,Tuula,Juha,Minna,Timo,Hannele,Oskari,Kaisa', 'Laaksonen,Salminen,Hyvönen,Kärkkäinen,Tikkanen,Peltonen,Väisänen,Mustonen,Ahonen'),
  sami: P('Ánte,Elle,Niillas,Sire,Mihkkal,Gáren,Ingá,Juhán', 'Nutti,Sikku,Omma,Länta,Marainen,Päiviö,Huuva,Tuorda'),
  norwegian: P('Torunn,Sindre,Ingvild,Eirik,Ragnhild,Øystein,Marit,Håvard', 'Haugen,Bakke,Solheim,Røed,Kvamme,Lunde,Bjørnstad,Aasen'),
  danish: P('Mette,Søren,Kirsten,Rasmus,Birthe,Jesper,Lærke', 'Kjærgaard,Sørensen,Mikkelsen,Thygesen,Dalsgaard,Østergaard,Holm Jensen'),
  arabic: P('Khalid,Salma,Bilal,Amira,Tariq,Dalia,Hamza,Zeinab,Mustafa,Rasha', 'Qasim,al-Najjar,Darwish,Hamdan,Barakat,El-Sayed,Shalaby,Zaher,Obeid'),
  somali: P('Ismail,Ubah,Hamdi,Abdullahi,Faysal,Khadra,Sagal,Bashir', 'Mohamud,Ali Nur,Gedi,Warfa,Shire,Samatar,Elmi,Hersi'),
  persian: P('Farhad,Leila,Kaveh,Mahsa,Siavash,Yasaman,Behrouz,Niloufar', 'Rostami,Nazari,Ghorbani,Esfahani,Mahmoudi,Shirazi,Afshar,Kazemi'),
  kurdish: P('Dilovan,Nazdar,Soran,Evîn,Baran,Zîlan,Hejar,Rûken', 'Bakir,Goran,Hawramani,Duhoki,Qaradaghi,Jaf,Mirani,Sorani'),
  tigrinya: P('Semhar,Biniam,Ruta,Kibrom,Saron,Aman,Feven,Mehari', 'Tewelde,Ghebremariam,Okbay,Yohannes,Andemariam,Zerai,Weldeab,Mebrahtu'),
  polish: P('Zofia,Marek,Ewa,Jakub,Dorota,Łukasz,Beata,Grzegorz', 'Kaczmarek,Mazur,Szymańska,Wróbel,Jankowski,Pawlak,Sikora,Grabowska'),
  bcs: P('Edin,Mirela,Stefan,Vesna,Adnan,Tijana,Haris,Dženana,Zoran', 'Hadžić,Nikolić,Mehmedović,Horvat,Popović,Karić,Đurić,Vuković,Softić'),
  turkish: P('Hatice,Kemal,Gül,Serkan,Nur,Volkan,Esra,Ömer', 'Kaya,Kılıç,Doğan,Yıldız,Aksoy,Erdem,Güneş,Polat'),
  chinese: P('Xiaomei,Hao,Jing,Zhiwei,Lihua,Yun', 'Zhao,Wu,Sun,Ma,Gao,Guo'),
  vietnamese: P('Thảo,Tuấn,Hương,Đức Anh,Phương,Khoa,Mai Linh', 'Hoàng,Huỳnh,Phan,Vũ,Đỗ,Ngô,Dương'),
  thai: P('Ploy,Wichai,Nittaya,Chaiwat,Supaporn,Kittisak', 'Saelim,Phromma,Jaidee,Kaewkan,Inthasorn,Somboon'),
  spanish: P('Ana Belén,Pablo,Rocío,Sergio,Inés,Manuel', 'Navarro Gil,Moreno,Castillo Vega,Herrera,Domínguez,del Río'),
  english: P('Hannah,George,Olivia,Edward,Lucy,Matthew,Chloe', "Thornton,McAllister,Davies,Whitaker,O'Brien,Kingsley"),
  ukrainian: P('Oksana,Taras,Iryna,Bohdan,Olena,Dmytro,Nataliia', 'Shevchuk,Bondarenko,Tkachenko,Kovalenko,Melnyk,Hrytsenko'),
  russian: P('Svetlana,Aleksej,Tatjana,Nikolaj,Jelena,Sergej', 'Ivanova,Smirnov,Kuznetsova,Volkov,Sokolova,Lebedev'),
  greek: P('Eleni,Giorgos,Dimitra,Konstantinos,Athina,Nikos', 'Papadopoulou,Georgiou,Karagiannis,Nikolaidis,Vlachos'),
  hungarian: P('Zsófia,László,Katalin,Gábor,Erzsébet,Bence', 'Nagy,Kovács,Szabó,Tóth,Horváth,Varga'),
};
const WEIGHTS = [['swedish', 38], ['finnish', 4], ['sami', 2], ['norwegian', 3], ['danish', 2], ['arabic', 5], ['somali', 4], ['persian', 4],
  ['kurdish', 3], ['tigrinya', 3], ['polish', 3], ['bcs', 3], ['turkish', 3], ['chinese', 2], ['vietnamese', 2], ['thai', 2], ['spanish', 2],
  ['english', 2], ['ukrainian', 3], ['russian', 2], ['greek', 2], ['hungarian', 2]];

/** A new person; `used` (a Set) keeps full names unique within a module. */
export function person(rng, { origin, cp1252 = false, used } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(WEIGHTS);
    const first = rng.pick(NAMES[o].firsts).normalize('NFC');
    const last = rng.pick(NAMES[o].lasts).normalize('NFC');
    const full = `${first} ${last}`;
    if (cp1252 && !cp1252ok(full)) continue;
    if (used) { if (used.has(full)) continue; used.add(full); }
    return { first, last, full, origin: o };
  }
}

export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l')
  .replace(/ı/g, 'i').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9 -]/g, '');
const MAILDOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'brevlada.example', 'fiber.example', 'hem.example', 'webbpost.example'];
export function email(rng, p, domain) {
  const f = ascii(p.first).replace(/ +/g, '.'); const l = ascii(p.last).replace(/ +/g, '');
  const n = rng.int(1, 99);
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}.${l}${n}`, `${l}.${f}`, `${f}_${l}`, `${f}${n}`, `${f[0]}.${l}`]);
  return `${local}@${domain ?? rng.pick(MAILDOMAINS)}`;
}

/** Name in a written style: plain | caps | lower | reversed | caps-reversed | initial | first-initial-lower */
export function styled(p, style) {
  switch (style) {
    case 'caps': return p.full.toUpperCase();
    case 'lower': return p.full.toLowerCase();
    case 'reversed': return `${p.last}, ${p.first}`;
    case 'caps-reversed': return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
    case 'initial': return `${p.first[0]}. ${p.last}`;
    default: return p.full;
  }
}
/** Writes and records a name; subtype = style when not plain, else role. */
export function nm(R, p, style = 'plain', role) {
  const v = styled(p, style);
  R.t('name', v, style === 'plain' ? role : (role ? `${style}-${role}` : style));
  return v;
}
/** Phone in a style (seventh's makers), recorded. */
export function ph(R, rng, phone, style, subtype) {
  const v = phone.fmt(style);
  R.t('phone', v, subtype ?? `${phone.kind}-${style}`);
  return v;
}
export function pnr(R, p, style, subtype) {
  const v = p.fmt(style);
  R.t('personnummer', v, subtype ?? (p.samord ? 'samordningsnummer' : `pnr-${style}`));
  return v;
}

const p2 = (n) => String(n).padStart(2, '0');
export function isoDate(rng, from = '2025-09-01', to = '2026-11-20') {
  const [a, b] = [from, to].map((s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)));
  const t = new Date(a + Math.floor(rng.next() * ((b - a) / 864e5 + 1)) * 864e5);
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
}
export const hhmm = (rng) => `${p2(rng.int(6, 22))}:${p2(rng.int(0, 59))}`;
export const hhmmss = (rng) => `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
export const up = (rng, n, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') => Array.from({ length: n }, () => rng.pick([...set])).join('');
export const plate = (rng) => `${up(rng, 3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} ${rng.digits(2)}${rng.chance(0.5) ? up(rng, 1, 'ACDEFGHJKLMNPRSTUWXY') : rng.digits(1)}`;
export const centenarianPnr = (rng, makePnr) => { const p = makePnr(rng, { minYear: 1919, maxYear: 1925 }); return p; };
export const lines = (...a) => a.flat().filter((x) => x !== null && x !== undefined).join('\n');
export const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0'];
const FEM = 'Birgit,Maj-Britt,Inga-Lill,Gunvor,Elsy,Ulla,Rut,Dagny,Fatma,Hawa,Zahra,Halina,Raija,Anneli'.split(',');
const MASC = 'Holger,Evert,Sune,Gunnar,Yngve,Ali,Jusuf,Stanisław,Pertti,Rolf,Hasse,Mehdi'.split(',');
/** A relative of known sex (for "min mamma …", "pappa …"): first name from a small gendered list. */
export function relative(rng, sex, { used, cp1252 = false } = {}) {
  for (;;) {
    const base = person(rng, { cp1252 });
    const first = rng.pick(sex === 'f' ? FEM : MASC);
    const full = `${first} ${base.last}`;
    if (cp1252 && !cp1252ok(full)) continue;
    if (used) { if (used.has(full)) continue; used.add(full); }
    return { first, last: base.last, full, origin: base.origin };
  }
}
export const REL_F = ['mamma', 'mormor', 'farmor', 'syster', 'dotter', 'fru', 'moster'];
export const REL_M = ['pappa', 'morfar', 'farfar', 'bror', 'son', 'man', 'morbror'];
/** Calls one of the given thunks (so labels are only recorded for the text actually written). */
export const one = (rng, ...fns) => rng.pick(fns)();
