// Text that looks like personal data but is not. Each generator records the look-alike as `nearMiss` with a kind
// and returns a sentence (Swedish or English) that carries it.
import {
  COMMON_WORD_SENTENCES, COMPANIES, STREETS, PLACES, MONTHS_SV, MONTHS_EN, WEEKDAYS_SV, WEEKDAYS_EN, FIRST_NAMES, LAST_NAMES,
  OWN_DOMAIN, ROLE_LOCALS, WORK_DOMAINS,
} from './pools.mjs';
import {
  makePnr, formatPnr, makeOrgNumber, makeBadLuhnPnr, makeImpossibleDatePnr, makeDate, formatDateVariant, makeAmount, USER_AGENTS,
  luhnDigit,
} from './values.mjs';

function iban(rng) {
  const bban = `${rng.pick(['5000', '6000', '8000', '3000', '9500'])}${rng.digits(16)}`;
  const numeric = `${bban}2814` + '00'; // "SE" = 28 14
  const check = String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
  const raw = `SE${check}${bban}`;
  return raw.replace(/(.{4})/g, '$1 ').trim();
}

function ocr(rng) {
  const body = rng.digits(rng.int(8, 15));
  return body + luhnDigit(body.padStart(9, '0').slice(-9));
}

const GENERATORS = [
  [3, (f, rng) => `Personnumret ${f.near('bad_luhn_pnr', makeBadLuhnPnr(rng), 'personnummer')} verkar vara felskrivet.`],
  [2, (f, rng) => `Ref ${f.near('impossible_date_pnr', makeImpossibleDatePnr(rng), 'personnummer')} i gamla systemet.`],
  [4, (f, rng) => `${f.near('company', rng.pick(COMPANIES), 'name')}, org.nr ${f.near('org_number', makeOrgNumber(rng), 'personnummer')}`],
  [2, (f, rng) => `Momsreg.nr ${f.near('vat_number', `SE${makeOrgNumber(rng).replace('-', '')}01`, 'personnummer')}`],
  // Hard cases: a reference number that happens to be a valid personnummer shape, and streets/foundations named
  // after (invented) people.
  [1, (f, rng) => `${rng.pick(['Ordernr', 'Referensnr', 'Ärendenr', 'Avinummer'])} ${f.near('pnr_shaped_number', formatPnr(rng, makePnr(rng), 'YYMMDDNNNN'), 'personnummer')}`],
  [1, (f, rng) => `Leverans till ${f.near('street', `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES.filter((l) => l.endsWith('son')))}s ${rng.pick(['väg', 'gata', 'plats', 'backe'])} ${rng.int(1, 40)}`, 'name')}.`],
  [1, (f, rng) => `Bidrag från ${f.near('foundation', `Stiftelsen ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}s minnesfond`, 'name')} beviljat.`],
  [4, (f, rng) => `Ordernummer: ${f.near('order_number', String(rng.int(1000000000, 4999999999)), 'personnummer')}`],
  [3, (f, rng) => `Order #${f.near('order_number', `${rng.pick(['SO', 'WEB', 'A'])}-${rng.digits(7)}`, 'phone')} skickades ${f.near('date', formatDateVariant(rng, makeDate(rng)), 'phone')}.`],
  [3, (f, rng) => `OCR-nummer ${f.near('ocr', ocr(rng), 'phone')}`],
  [3, (f, rng) => `Fakturanr ${f.near('invoice_number', `${rng.int(2019, 2025)}-${rng.digits(5)}`, 'phone')}, förfallodag ${f.near('date', formatDateVariant(rng, makeDate(rng)), 'personnummer')}.`],
  [2, (f, rng) => `Kolli-ID ${f.near('tracking_number', `00373${rng.digits(13)}`, 'phone')}, spåra hos PostNord.`],
  [2, (f, rng) => `Tracking: ${f.near('tracking_number', `RR${rng.digits(9)}SE`, 'phone')}`],
  [3, (f, rng) => `Belopp att betala: ${f.near('amount', makeAmount(rng), 'phone')}`],
  [2, (f, rng) => `Bankgiro ${f.near('bankgiro', `${rng.int(100, 9999)}-${rng.digits(4)}`, 'phone')}`],
  [2, (f, rng) => `IBAN ${f.near('iban', iban(rng), 'phone')}`],
  [3, (f, rng) => { const [zip, city] = rng.pick(PLACES);
    return `Leveransadress ${f.near('street', `${rng.pick(STREETS)} ${rng.int(1, 88)}`, 'name')}, ${f.near('postal_code', zip, 'phone')} ${f.near('place', city, 'name')}`; }],
  [2, (f, rng) => `Kundnummer ${f.near('customer_number', rng.digits(rng.int(5, 8)), 'phone')} / ärende ${f.near('case_number', `${rng.int(2019, 2025)}-${rng.digits(6)}`, 'phone')}`],
  [2, (f, rng) => `Appversion ${f.near('version', `${rng.int(1, 12)}.${rng.int(0, 30)}.${rng.int(0, 99)}`, 'ip')} på ${f.near('os_build', `10.0.${rng.pick(['19045', '22631', '22621'])}.${rng.int(1000, 4000)}`, 'ip')}`],
  [1, (f, rng) => `Firmware ${f.near('version_ipv4_like', `${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}.${rng.int(1, 60)}`, 'ip')} installerad.`],
  [2, (f, rng) => { const ua = rng.pick(USER_AGENTS); const ver = /Chrome\/([\d.]+)|Firefox\/([\d.]+)|Version\/([\d.]+)/.exec(ua);
    if (ver) f.near('user_agent_version', ver[1] ?? ver[2] ?? ver[3], 'ip');
    return `User-Agent: ${ua}`; }],
  [1, (f) => `Certifikat signerat med ${f.near('oid', '1.2.840.113549.1.1.11', 'ip')} (sha256WithRSA).`],
  [1, (f, rng) => `Bild: ${f.near('asset_at', rng.pick(['logo@2x.png', 'banner@3x.jpg', 'icon-kund@2x.webp']), 'email')}`],
  [3, (f, rng) => `Skriv till ${f.near('role_email', `${rng.pick(ROLE_LOCALS)}@${rng.pick([OWN_DOMAIN, ...WORK_DOMAINS])}`, 'email')} vid frågor.`],
  [5, (f, rng) => { const s = rng.pick(COMMON_WORD_SENTENCES); f.near('common_word', s.split(' ').slice(0, 2).join(' '), 'name'); return s; }],
  [2, (f, rng) => { const d = makeDate(rng);
    return rng.chance(0.5) ? `${f.near('weekday', rng.pick(WEEKDAYS_SV), 'name')} ${d.d} ${f.near('month', MONTHS_SV[d.m - 1], 'name')} passar bra.`
      : `${f.near('weekday', rng.pick(WEEKDAYS_EN), 'name')}, ${f.near('month', MONTHS_EN[d.m - 1], 'name')} ${d.d} works for me.`; }],
  [2, (f, rng) => `Vi har kontor i ${f.near('place', rng.pick(PLACES)[1], 'name')} och ${f.near('place', rng.pick(PLACES)[1], 'name')}.`],
  [1, (f, rng) => `Klockan ${f.near('time', `${rng.int(7, 20)}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`, 'phone')} loggades felet.`],
];

const LOWER_SLOT_WORDS = ['ny kund sedan 2019', 'via mejl', 'ingen tilldelad än', 'saknas i systemet', 'mark och berg ab',
  'björn ek bord', 'sten lind trädgård', 'inga uppgifter', 'privatperson', 'hans fru ringde', 'mark berg'];
const LOWER_SIGNATURES = ['kundtjänst', 'team ekonomi', 'kundservice sverige', 'sten ek', 'björn lind', 'ros berg'];
/** Self-introductions that introduce no name: [before, the lower-case words after the phrase, after]. */
const LOWER_INTRODUCTIONS = [['jag heter ', 'inte det', ''], ['mitt namn är ', 'viktigt för mig', ''],
  ['jag heter ', 'mark och bor i berg', ''], ['det är ', 'sten', ' som ringer'], ['det är ', 'inga problem', ''],
  ['hej, ', 'kundtjänst', ' här'], ['hej, ', 'sten ek', ' här'], ['namn ', 'saknas', ''], ['this is ', 'great news', ''],
  ['my name is ', 'on the invoice', ''], ['det är ', 'mark berg', ' som ringer']];
const pad2 = (n) => String(n).padStart(2, '0');

// Look-alikes of the rarer writing styles (rng.styles): each returns the text to append, separator included.
const STYLE_GENERATORS = [
  // A date written like a Stockholm number with an area-code slash (08/12 2024), and a bare 46… id with no phone label.
  [2, (f, rng) => { const d = makeDate(rng);
    return ` Leveransdatum ${f.near('date', `${String(rng.int(1, 9)).padStart(2, '0')}/${String(d.m).padStart(2, '0')} ${d.y}`, 'phone')} bekräftat.`; }],
  [1, (f, rng) => ` Sändnings-ID ${f.near('id_46', `467${rng.pick(['0', '2', '3', '6'])}${rng.digits(7)}`, 'phone')} har lämnat terminalen.`],
  // Lower-case words after a name label or under a sign-off that are no name, some of them names when capitalised.
  [2, (f, rng) => ` ${rng.pick(['Kund', 'Kontakt', 'Ansvarig', 'Namn', 'Handläggare'])}: ${f.near('lower_words', rng.pick(LOWER_SLOT_WORDS), 'name')}`],
  [1, (f, rng) => `\n${rng.pick(['Mvh', 'Hälsningar', 'Med vänliga hälsningar'])}\n${f.near('lower_words', rng.pick(LOWER_SIGNATURES), 'name')}\n`],
  // A self-introduction phrase before lower-case words that are no name (`jag heter inte det`, `hej, kundtjänst här`).
  [2, (f, rng) => { const [before, words, after] = rng.pick(LOWER_INTRODUCTIONS);
    return `\n${before}${f.near('lower_intro', words, 'name')}${after}\n`; }],
  // Dotted dates, amounts, versions and article numbers, some of them right after a phone keyword.
  [2, (f, rng) => { const d = makeDate(rng);
    return rng.pick([
      () => ` Leverans ${f.near('date', `${pad2(d.d)}.${pad2(d.m)}.${String(d.y).slice(2)}`, 'phone')}.`,
      () => ` Ring oss ${f.near('date', `${pad2(d.d)}.${pad2(d.m)}.${d.y}`, 'phone')} kl ${rng.int(8, 16)}.00.`,
      () => ` Summa ${f.near('amount', `${rng.int(1, 9)}.${rng.digits(3)}.${rng.digits(3)}`, 'phone')} kr.`,
      () => ` Version ${f.near('version', `0${rng.int(1, 9)}.${rng.digits(2)}.${rng.digits(2)}.${rng.digits(2)}`, 'phone')} installerad.`,
      () => ` Art.nr ${f.near('article_number', `0${rng.int(100, 999)}.${rng.digits(3)}.${rng.digits(3)}`, 'phone')}.`,
    ])(); }],
];
const STYLE_RATE = 0.08;

/** One distractor sentence with its near-misses recorded. */
export function distractor(f, rng) {
  const sentence = rng.weighted(GENERATORS.map(([w, g]) => [w, g]))(f, rng);
  if (!rng.styles.chance(STYLE_RATE)) return sentence;
  return sentence + rng.styles.weighted(STYLE_GENERATORS)(f, rng.styles);
}

/** `Hej Anna,` — a lone first name: a distractor for the name detector, not a counted name. */
export function loneFirstName(f, rng, first = rng.pick(FIRST_NAMES)) {
  return f.near('first_name_only', first, 'name');
}
