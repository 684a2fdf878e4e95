// Ninth blind set — own seed, own name pools, personnummer maker and the "write + record in one step" helpers.
// Plumbing (Corpus recorder, phone/IP makers, Luhn) is imported from the seventh set's lib; no names come from there.
import { Rng as Rng7, Corpus, luhn, makePhone, phoneStyle, foreignPhone, serviceLine, publicIp, privateIp, docIp, ipv6,
  badPnr, makeOrgnr, hasPnrShape, safeDigits, cp1252ok, ascii } from '../seventh/lib.mjs';

export { Corpus, makePhone, phoneStyle, foreignPhone, serviceLine, publicIp, privateIp, docIp, ipv6, badPnr, makeOrgnr, hasPnrShape, safeDigits, cp1252ok, ascii };
export const SEED = 'gdpr-scan/blind/ninth/2026-11-24';
export const TODAY = '2026-11-24';

/** sfc32 seeded from sha256(SEED::label) — same generator as the seventh set, own seed. */
export class Rng extends Rng7 {
  constructor(label) {
    super(label, SEED);
  }
}

const P = (f, l) => ({ firsts: f.split('|'), lasts: l.split('|') });
export const POOLS = {
  swedish: P('Alvar|Signe|Ture|Elvira|Melker|Ester|Valter|Greta|Arvid|Tyra|Harald|Vilma|Sixten|Idun|Folke|Dagny|Ingemar|Majken|Östen|Ronja|Ann-Sofie|Karl-Henrik|Lars-Göran|Eva-Lena|Mikael|Ulrika|Jonas|Helena|Petra|Tobias|Camilla|Fredrik|Therese|Magnus|Jessica|Pontus|Ellinor|Hjördis|Gunvor|Rasmus',
    'Forsberg|Hellström|Blomqvist|Wikström|Sundqvist|Nyström|Lindholm|Ågren|Öhman|Dahlberg|Moberg|Näslund|Hedlund|Lindelöf|Rosén|Almqvist|Wennerberg|Sköld|af Ugglas|von Platen|de la Motte|Ljungberg-Rask|Holm Ekdahl|Grönwall|Törnqvist|Brandt|Zetterlund|Edvardsson|Lövgren|Stenmark'),
  sami: P('Ántte|Elle|Juhán|Sárá|Niillas|Máddji|Ovlla|Ristin', 'Somby|Länta|Partapuoli|Huuva|Omma|Tuorda|Nutti|Pirak'),
  finnish: P('Eero|Hanna-Leena|Jarmo|Kaisa|Tapio|Marjatta|Oskari|Pirjo', 'Laaksonen|Savolainen|Kettunen|Pelkonen|Hyvönen|Väisänen|Tikkanen|Ahonen'),
  estonian: P('Kadri|Priit|Triin|Margus|Liis|Tõnu|Kertu|Indrek', 'Tamm|Saar|Sepp|Mägi|Kask|Ilves|Põder|Rebane'),
  romanian: P('Ioana|Mihai|Andreea|Radu|Elena|Ștefan|Bianca|Cosmin', 'Popescu|Ionescu|Dumitrescu|Stănescu|Munteanu|Georgescu|Vasilescu|Moldovan'),
  albanian: P('Arbër|Blerta|Driton|Fjolla|Kushtrim|Liridona|Besnik|Vjosa', 'Krasniqi|Gashi|Berisha|Hoxha|Shala|Morina|Kelmendi|Rexhepi'),
  syrian: P('Khaled|Rasha|Lina|Majd|Dima|Tarek|Razan|Ghaith', 'Kabbani|Shami|Darwish|Qassab|Zaher|Halabi|Sabbagh|Jabri'),
  iraqi: P('Mustafa|Zainab|Haider|Ruqaya|Sura|Hussein|Noor al-Huda|Ammar', 'Al-Jubouri|Al-Obaidi|Kadhim|Al-Musawi|Jassim|Al-Saadi|Hamoudi|Al-Khafaji'),
  afghan: P('Farid|Ahmad Shah|Zarmina|Wahid|Shabnam|Naweed|Freshta|Mirwais|Habiba', 'Popalzai|Hakimi|Noori|Safi|Stanikzai|Amiri|Wardak|Sultani'),
  eritrean: P('Aman|Ruta|Yohannes|Saba|Bereket|Winta|Efrem|Hiwet', 'Ghebremichael|Tesfay|Mehari|Weldemariam|Habtom|Andemariam|Kahsay|Zerai'),
  somali: P('Abdullahi|Hibaaq|Ilhaan|Mahad|Ubah|Khadar|Sagal|Bashiir', 'Guleid|Mohamud|Samatar|Elmi|Ismail|Dirie|Gelle|Warfaa'),
  polish: P('Zofia|Grzegorz|Magdalena|Łukasz|Ewa|Marcin|Beata|Jakub', 'Szymańska|Wróbel|Kaczmarek|Mazur|Pawłowski|Grabowska|Krawczyk|Jabłoński'),
  bosnian: P('Aida|Kenan|Merima|Haris|Edina|Adnan|Lamija|Damir', 'Hadžić|Imamović|Karić|Omerović|Suljić|Hasanović|Mehmedović|Ćosić'),
  greek: P('Eleni|Giorgos|Dimitra|Nikos|Katerina|Yannis|Christos|Vasiliki', 'Papadopoulos|Georgiou|Konstantinidis|Nikolaidou|Alexiou|Vlachos|Dimitriou|Papageorgiou'),
  chilean: P('Camila|Matías|Valentina|Sebastián|Francisca|Cristóbal|Javiera|Ignacio', 'González Muñoz|Rojas|Soto Vergara|Contreras|Araya|Fuentes|Morales Pino|Espinoza'),
  thai: P('Ploy|Anan|Chanida|Kittisak|Nattaya|Wichai|Suda|Porntip', 'Saetang|Kongkaew|Sombat|Phromma|Chanthavong|Intharasuk|Kaewmanee|Thepsiri'),
  filipino: P('Maricel|Jomar|Rowena|Arnel|Liza|Rodel|Jasmine|Mark Anthony', 'dela Cruz|Santos|Bautista|Villanueva|Mendoza|Aquino|Ramos|Magbanua'),
  chinese: P('Xiaoming|Jing|Hao|Yu Ting|Zhiwei|Ling|Qiang|Fang', 'Zhao|Wu|Guo|Gao|Luo|Tang|Feng|Deng'),
  vietnamese: P('Hương|Tuấn|Mai Linh|Đức|Phương|Khánh|Thảo|Bảo', 'Hoàng|Huỳnh|Phan|Vũ|Đỗ|Ngô|Dương|Lý'),
  english: P('Alistair|Fiona|Gareth|Imogen|Rhys|Siobhan|Duncan|Poppy', 'Whitaker|Hargreaves|McAllister|Thornton|Ellison|Crowther|Lockwood|Fitzgerald'),
  dutch: P('Sanne|Joris|Femke|Bram', 'van Dijk|de Vries|van Leeuwen|van den Heuvel'),
};
const WEIGHTS = [['swedish', 34], ['sami', 3], ['finnish', 5], ['estonian', 3], ['romanian', 3], ['albanian', 3], ['syrian', 5], ['iraqi', 5],
  ['afghan', 4], ['eritrean', 3], ['somali', 4], ['polish', 4], ['bosnian', 3], ['greek', 2], ['chilean', 3], ['thai', 2], ['filipino', 2],
  ['chinese', 3], ['vietnamese', 3], ['english', 3], ['dutch', 1]];

export function person(rng, { origin, cp1252 = false, ascii: asciiOnly = false, last } = {}) {
  for (;;) {
    const o = origin ?? rng.weighted(WEIGHTS);
    const first = rng.pick(POOLS[o].firsts).normalize('NFC');
    const l = (last ?? rng.pick(POOLS[o].lasts)).normalize('NFC');
    if (cp1252 && !cp1252ok(first + l)) continue;
    if (asciiOnly && /[^\x20-\x7e]/.test(first + l)) continue;
    return { first, last: l, full: `${first} ${l}`, origin: o };
  }
}
/** A child of p: same family name, a given name from the same origin. */
export const childOf = (rng, p, opts = {}) => person(rng, { origin: p.origin, last: p.last, ...opts });

const p2 = (n) => String(n).padStart(2, '0');
const dim = (y, m) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
/** Personnummer for an invented birth date on or before 2024; short forms only where the century is unambiguous. */
export function pnr(rng, { min = 1931, max = 2004, samord = false } = {}) {
  const y = rng.int(min, max); const m = rng.int(1, 12); const d = rng.int(1, dim(y, m));
  const d9 = `${p2(y % 100)}${p2(m)}${p2(samord ? d + 60 : d)}${rng.digits(3)}`;
  const yy = d9.slice(0, 6); const nnnn = d9.slice(6) + luhn(d9); const cc = String(Math.floor(y / 100));
  const old = y < 1927;
  return { y, samord, yy, nnnn,
    fmt(style) {
      switch (style) {
        case 'long': return `${cc}${yy}${nnnn}`;
        case 'long-dash': return `${cc}${yy}-${nnnn}`;
        case 'space': return old ? `${cc}${yy} ${nnnn}` : `${yy} ${nnnn}`;
        case 'compact': return old ? `${cc}${yy}${nnnn}` : `${yy}${nnnn}`;
        case 'plus': return `${yy}+${nnnn}`;
        default: return old ? `${yy}+${nnnn}` : `${yy}-${nnnn}`;
      }
    } };
}
export const pnrStyle = (rng) => rng.weighted([['short', 40], ['long', 22], ['long-dash', 18], ['space', 8], ['compact', 12]]);

const DOMAINS = ['mail.example', 'posten.example', 'hotmejl.example', 'gmejl.example', 'example.org', 'example.net', 'bredband2.example', 'moln.example', 'example.com'];
export function email(rng, p, { domain } = {}) {
  const f = ascii(p.first).replace(/ +/g, ''); const l = ascii(p.last).replace(/ +/g, '');
  const n = rng.int(2, 99);
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}.${l}${n}`, `${l}.${f}`, `${f}_${l[0]}`, `${f}${n}`, `${f[0]}.${l}`]);
  return `${local.replace(/^-|-$/g, '')}@${domain ?? rng.pick(DOMAINS)}`;
}

/** Per-file writer: every helper writes a value in a style AND records it. */
export function W(C, file) {
  const t = (c, v, s) => C.rec(file, c, v, s);
  const n = (kind, v, c) => C.near(file, c, kind, v);
  return { file, t, n,
    joined: (f, l, s) => C.joined(file, f, l, s),
    name(p, style = 'full', sub) {
      const v = { full: p.full, caps: p.full.toUpperCase(), lower: p.full.toLowerCase(), reversed: `${p.last}, ${p.first}`,
        'caps-reversed': `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, initial: `${p.first[0]}. ${p.last}` }[style];
      return t('name', v, style === 'full' ? sub : !sub ? style : sub.includes(style) ? sub : `${sub}-${style}`);
    },
    pnr(x, style = 'short', sub) { const v = x.fmt(style); return t('personnummer', v, sub ?? (x.samord ? 'samordningsnummer' : `pnr-${style}`)); },
    phone(ph, style = 'grouped', sub) { return t('phone', ph.fmt(style), sub ?? `${ph.kind}-${style}`); },
    email: (v, sub) => t('email', v, sub),
    ip: (v, sub) => t('ip', v, sub),
  };
}
export function put(C, file, r) { C.put(file, r.bytes, r.text); }
/** A customer bundle (nothing written yet): person, personnummer, mobile, e-mail. */
export function cust(rng, opts = {}) {
  const p = person(rng, opts);
  return { p, pnr: pnr(rng, opts.pnr), ph: makePhone(rng, { kind: rng.chance(0.8) ? 'mobile' : 'landline' }), mail: email(rng, p) };
}
export const ts = (rng, y0 = 2024, y1 = 2026) => { const y = rng.int(y0, y1); return `${y}-${p2(rng.int(1, y === 2026 ? 10 : 12))}-${p2(rng.int(1, 28))} ${p2(rng.int(7, 22))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`; };
