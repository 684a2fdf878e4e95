import type { RuleSet } from './rules/types.js';
import { MULTI_WORD_PARTICLES, PARTICLES } from './name-particles.js';

/**
 * Capitalised-word tokeniser for the name detector. One pass over the text with a character-class table; only
 * words that start with an upper-case letter become tokens, so ordinary lower-case prose costs one table lookup
 * per character and no allocation.
 */

const OTHER = 0;
const UPPER = 1;
const LETTER = 2; // lower-case letters, other letters and combining marks
const DIGIT = 3;

const CLASS = new Uint8Array(65536).fill(255);
const IS_UPPER = /\p{Lu}|\p{Lt}/u;
const IS_LETTER = /\p{L}|\p{M}/u;

function classOf(code: number): number {
  let cls = CLASS[code]!;
  if (cls === 255) {
    const ch = String.fromCharCode(code);
    cls = IS_UPPER.test(ch) ? UPPER : IS_LETTER.test(ch) ? LETTER : code >= 0xd800 && code <= 0xdfff ? LETTER : OTHER;
    CLASS[code] = cls;
  }
  return cls;
}
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}

/** Bit flags of a token. */
export const Flag = {
  First: 1,
  Last: 2,
  Ambiguous: 4,
  Stop: 8,
  /** Unknown word with a surname ending (-sson, -ström, -qvist, -ović …). */
  Suffix: 16,
  /** All upper case, two letters or more. */
  Caps: 32,
  /** CamelCase, glued to digits, `@`, `.`, `/`, `_` …: an identifier, not a name. */
  Technical: 64,
  /** Capitalised particle: De, Van, Von, Af, Al, El, Abu, Bin, Ibn, Di, Da, Del, Le, La, Du. */
  Particle: 128,
  /** One capital letter and a dot: a middle initial. */
  Initial: 256,
} as const;

export interface Token {
  readonly start: number;
  /** End of the name part (a genitive `s` / `'s` is left outside). */
  readonly end: number;
  readonly lower: string;
  readonly flags: number;
}


const CAMEL_PREFIXES = /^(?:mc|mac|o['’]|d['’]|de|di|la|le|van|von)$/;

// Surname endings. Checked only on words no list knows; short words are left alone.
const SURNAME_ENDINGS = [
  'sson', 'nson', 'lson', 'kson', 'pson', 'dson', 'tson', 'ström', 'strom', 'qvist', 'kvist', 'quist', 'berg', 'gren', 'lund',
  'dahl', 'blad', 'holm', 'gård', 'gaard', 'lind', 'stedt', 'bäck', 'ovic', 'ović', 'evic', 'ević', 'ić', 'ič', 'wski', 'wska',
  'borg', 'cki', 'cka', 'ński', 'ńska', 'wicz', 'oğlu', 'oglu', 'zadeh', 'pour', 'inen', 'ainen', 'sen', 'ell', 'én', 'ér',
];
const PLACE_ENDINGS = ['gatan', 'vägen', 'torget', 'stigen', 'gränd', 'gränden', 'backen', 'allén', 'plan', 'torg', 'gata', 'väg', 'leden', 'parken', 'staden', 'holmen', 'berget', 'köping', 'hamn'];

const ENDING_TAILS = new Set([...SURNAME_ENDINGS, ...PLACE_ENDINGS].map((ending) => ending.slice(-2)));

function hasSurnameEnding(lower: string): boolean {
  if (lower.length < 5 || !ENDING_TAILS.has(lower.slice(-2))) return false;
  for (const ending of PLACE_ENDINGS) if (lower.endsWith(ending)) return false;
  for (const ending of SURNAME_ENDINGS) if (lower.endsWith(ending) && lower.length >= ending.length + 2) return true;
  return false;
}

function lookup(lower: string, rules: RuleSet): number {
  const names = rules.names;
  let flags = 0;
  if (names.first.has(lower)) flags |= Flag.First;
  if (names.last.has(lower)) flags |= Flag.Last;
  if (names.ambiguous.has(lower)) flags |= Flag.Ambiguous;
  if (flags === 0 && names.stop.has(lower)) flags |= Flag.Stop;
  return flags;
}

/** Letters Swedish writes as letters of their own: never folded (`Åberg` is not `Aberg`). */
const OWN_LETTERS = new Set([...'åäöæø'].map((ch) => ch.charCodeAt(0)));

/**
 * The word without the accents Swedish does not use (`lefèvre` → `lefevre`, `garcía` → `garcia`), or undefined when
 * it has none. Names are written both ways and the lists hold one of them.
 */
export function withoutForeignAccents(lower: string): string | undefined {
  let out = '';
  let changed = false;
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (code >= 0xc0 && !OWN_LETTERS.has(code)) {
      const base = ch.normalize('NFD').charAt(0);
      if (base !== ch && base.charCodeAt(0) < 0x80) {
        out += base;
        changed = true;
        continue;
      }
    }
    out += ch;
  }
  return changed ? out : undefined;
}

function hasLetterBeyondAscii(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) >= 0xc0) return true;
  return false;
}

/** Flags for a word (lower-case), trying hyphenated parts when the whole word is unknown. */
function classify(lower: string, rules: RuleSet): number {
  // Capitalised particles (De Geer, Van Dijk, Al Hassan) join names; as words they are also stop words.
  if (PARTICLES.has(lower)) return Flag.Particle | Flag.Ambiguous | (lookup(lower, rules) & (Flag.First | Flag.Last));
  let flags = lookup(lower, rules);
  if (flags === 0) {
    // Looked up only for unknown words with a letter beyond ASCII: a few per text.
    const folded = hasLetterBeyondAscii(lower) ? withoutForeignAccents(lower) : undefined;
    if (folded !== undefined) flags = lookup(folded, rules) & (Flag.First | Flag.Last | Flag.Ambiguous);
  }
  if (flags & (Flag.First | Flag.Last | Flag.Stop)) return lower.length <= 2 ? flags | Flag.Ambiguous : flags;
  if (lower.includes('-')) {
    const parts = lower.split('-');
    let allFirst = true;
    let anyLast = false;
    for (const part of parts) {
      const p = lookup(part, rules);
      if (!(p & Flag.First)) allFirst = false;
      if (p & Flag.Last || (!PARTICLES.has(part) && hasSurnameEnding(part))) anyLast = true;
    }
    if (allFirst) flags |= Flag.First;
    if (anyLast) flags |= Flag.Last;
    if (flags) return flags;
  }
  if (hasSurnameEnding(lower)) return flags | Flag.Suffix;
  // Birger Jarlsgatan, Erik Dahlbergsvägen: a street named after a person is a place.
  if (ENDING_TAILS.has(lower.slice(-2))) {
    for (const ending of PLACE_ENDINGS) if (lower.length > ending.length + 2 && lower.endsWith(ending)) return Flag.Stop;
  }
  return flags;
}

/** Characters that glue a word into an identifier, path, address or URL when they touch it. */
function isGlue(code: number): boolean {
  return code === 64 || code === 95 || code === 47 || code === 92 || code === 35 || code === 61 || code === 36 || code === 37 || code === 43 || code === 124;
}

/** Upper-case letters of the scripts names are written in here, plus the Latin Extended blocks (checked after). */
const CAPITAL_RANGES = 'A-Z\\u00C0-\\u00DE\\u0100-\\u024F\\u0386-\\u03AB\\u0400-\\u042F\\u1E00-\\u1EFF';

function isCapitalRange(code: number): boolean {
  if (code < 0xc0) return code >= 65 && code <= 90;
  return code <= 0xde || (code >= 0x100 && code <= 0x24f) || (code >= 0x386 && code <= 0x3ab) || (code >= 0x400 && code <= 0x42f) || (code >= 0x1e00 && code <= 0x1eff);
}

function isWordBreak(code: number): boolean {
  return classOf(code) === OTHER && code !== 45 && code !== 39 && code !== 0x2019;
}

const JOINER_GAPS = [...PARTICLES, ...MULTI_WORD_PARTICLES];

/**
 * Where a token could start that a space, `, ` or particle joins to a capitalised word before it. Only such pairs
 * become tokens, and in chat logs and mail most capitals are not in one (`SYSTEM: Chatt`, `Win64; x64`, sentence
 * starts), so this one native scan replaces a scan of every capital. A superset: every hit is checked exactly.
 * After a space and a capital, a fixed-length look back (a letter, digit or dot before the space, or a second blank
 * or comma) rules out most hits cheaply; then the word before must start with a capital and end in a letter or
 * digit (or be an initial `K.`), followed by the gap.
 */
const WORD_INSIDE = '[^\\s\\x21-\\x26\\x28-\\x2c\\x2e\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]'; // letters, digits, `-`, `'`
const WORD_LAST = '[^\\s\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]'; // letters, digits
const WORD_LAST_OR_DOT = '[^\\s\\x21-\\x2d\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]';
const CAPITAL = `[${CAPITAL_RANGES}]`;
const PAIR_START = new RegExp(
  `[ \\u00a0]${CAPITAL}` +
    `(?<=${WORD_LAST_OR_DOT}[ \\u00a0]${CAPITAL}|[, \\u00a0][ \\u00a0]${CAPITAL})` +
    `(?<=(?:${CAPITAL}${WORD_INSIDE}*?${WORD_LAST}|${CAPITAL}\\.)(?:[ \\u00a0,]?| (?:${JOINER_GAPS.join('|')}))[ \\u00a0]${CAPITAL})`,
  'g',
);

const RAW_CAPS = 1 << 20;
const RAW_CAMEL = 1 << 21;
const RAW_MARKS = 1 << 22;

/**
 * Every capitalised word in `text` that a space, particle or comma joins to another one, in order. A capitalised
 * word alone (`Hej`, `Jag` at a sentence start) names nobody, so it is never looked up: most of the cost is saved.
 * Words inside lower-case words (`iPhone`) are skipped; digits, CamelCase and identifier glue mark a token Technical.
 *
 * The tokens are those of one left-to-right scan over all capitalised words (see `nextWord`), keeping each one
 * that has a joined neighbour. Whitespace ends every word, so that scan can be restarted at any blank: the pairs
 * are found from their second word (`PAIR_START`) and the word before is rescanned from the blank before it.
 */
export function capitalisedTokens(text: string, rules: RuleSet): Token[] {
  const tokens: Token[] = [];
  // The previous pair's second word: usually the next pair's first one (`Anna Maria Svensson`).
  let lastStart = -1;
  let lastEnd = -1;
  let lastRaw = 0;
  let emitted = -1;
  PAIR_START.lastIndex = 0;
  while (PAIR_START.test(text)) {
    const start = PAIR_START.lastIndex - 1;
    const code = text.charCodeAt(start);
    if (classOf(code) !== UPPER || !scanWord(text, start)) continue;
    const end = wordEnd;
    const raw = wordRaw;
    const previous = previousJoinedWord(text, start, lastStart, lastEnd, lastRaw);
    if (previous >= 0) {
      if (previous !== emitted) tokens.push(classifyToken(text, previous, wordEnd, wordRaw, rules));
      tokens.push(classifyToken(text, start, end, raw, rules));
      emitted = start;
    }
    lastStart = start;
    lastEnd = end;
    lastRaw = raw;
    PAIR_START.lastIndex = end;
  }
  return tokens;
}

/**
 * Start of the scanned word that ends where a space, `, ` or particle gap before `start` begins, or -1. Its end
 * and raw flags are left in wordEnd / wordRaw.
 */
function previousJoinedWord(text: string, start: number, lastStart: number, lastEnd: number, lastRaw: number): number {
  const before = text.charCodeAt(start - 2);
  if (before === 44 || before === 32 || before === 0xa0) return wordEndingAt(text, start - 2, lastStart, lastEnd, lastRaw);
  const word = wordEndingAt(text, start - 1, lastStart, lastEnd, lastRaw);
  if (word >= 0 || text.charCodeAt(start - 1) !== 32) return word;
  // `Anna af Klinteberg`, `Jan van der Berg`: lower-case particles between the words.
  let from = start - 2;
  for (let words = 0; words < 2; words++) {
    while (from >= 0 && text.charCodeAt(from) >= 97 && text.charCodeAt(from) <= 122) from--;
    if (from < 0 || text.charCodeAt(from) !== 32 || start - from > 10) return -1;
    if (gapKind(text, from, start) === GAP_PARTICLE) {
      const word = wordEndingAt(text, from, lastStart, lastEnd, lastRaw);
      if (word >= 0) return word;
    }
    from--;
  }
  return -1;
}

/** Start of the scanned word that ends exactly at `end` (`text[end]` is blank or a comma), or -1. */
function wordEndingAt(text: string, end: number, lastStart: number, lastEnd: number, lastRaw: number): number {
  if (end === lastEnd) {
    wordEnd = lastEnd;
    wordRaw = lastRaw;
    return lastStart;
  }
  // Back to the character before the word: a non-word character that cannot join two words (not `-`, `'`, `’`).
  // An initial ends in its dot (`K.`), so the dot before `end` is stepped over.
  let i = text.charCodeAt(end - 1) === 46 ? end - 2 : end - 1;
  while (i >= 0 && !isWordBreak(text.charCodeAt(i))) i--;
  // The left-to-right scan ends every word at such a character, so rescanning from there sees the same words.
  for (let at = nextWord(text, i + 1, end); at >= 0; at = nextWord(text, wordResume, end)) {
    if (wordEnd === end) return at;
  }
  return -1;
}

// Result of the last scanWord / nextWord: where the word ends, its raw flags, and where the scan goes on.
let wordEnd = 0;
let wordRaw = 0;
let wordResume = 0;

/**
 * The next capitalised word at or after `i` that starts before `limit`, as the left-to-right scan sees it: a
 * capital after a non-word character starts one; a capital inside a word or number (iPhone, base64) skips the
 * rest of that word. Its start, or -1.
 */
function nextWord(text: string, i: number, limit: number): number {
  const n = text.length;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (!isCapitalRange(code) || classOf(code) !== UPPER) {
      i++;
      continue;
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (classOf(previous) !== OTHER && !(classOf(previous) === DIGIT && isGluedFamilyName(text, i))) {
      i++;
      while (i < n && classOf(text.charCodeAt(i)) !== OTHER) i++;
      continue;
    }
    if (scanWord(text, i)) return i;
    i = wordResume;
  }
  return -1;
}

/**
 * `000002482200THORNTON, GARETH`: a fixed-width bank file's name field right after a full amount field. Capitals from
 * `at`, then `, ` and a capital: a family name first, glued to the digits before it.
 */
function isGluedFamilyName(text: string, at: number): boolean {
  let i = at;
  // `NORDQVIST-BERG`, `AL-JABER`: a joiner between capitals stays inside the name.
  while (i < text.length && (classOf(text.charCodeAt(i)) === UPPER || ((text.charCodeAt(i) === 45 || text.charCodeAt(i) === 39) && classOf(text.charCodeAt(i + 1)) === UPPER))) i++;
  return i - at >= 2 && text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32 && classOf(text.charCodeAt(i + 2)) === UPPER;
}

/**
 * Reads the word starting with the capital at `start` (the character before it is not a letter or digit). True
 * when it is a token: two letters or more, or a capital and a dot (an initial). Sets wordEnd, wordRaw, wordResume.
 */
function scanWord(text: string, start: number): boolean {
  const n = text.length;
  let j = start + 1;
  let upperCount = 1;
  let camel = false;
  let marks = false;
  let prevLower = false;
  let digit = false;
  // `LARS-GÖRAN`, `O'NEILL`: a joiner between capitals keeps a word in capitals.
  let joiners = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = classOf(c);
    if (k === UPPER) {
      upperCount++;
      if (prevLower) camel = true;
      prevLower = false;
    } else if (k === LETTER) {
      prevLower = true;
      if (c >= 0x300 && c <= 0x36f) marks = true;
    } else if (k === DIGIT) {
      digit = true;
    } else if ((c === 45 || c === 39 || c === 0x2019) && j + 1 < n) {
      const nk = classOf(text.charCodeAt(j + 1));
      if (nk !== UPPER && nk !== LETTER) break;
      prevLower = false; // Anna-Karin, O'Brien: a capital after the joiner is not CamelCase
      joiners++;
    } else break;
    j++;
  }
  wordResume = j;
  const length = j - start;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = j < n ? text.charCodeAt(j) : 32;
  let flags = 0;
  const slashAfterSpace = before === 47 && (start < 2 || text.charCodeAt(start - 2) <= 32);
  if (digit || (isGlue(before) && !slashAfterSpace) || (isGlue(after) && after !== 47) || (before === 46 && start > 1 && text.charCodeAt(start - 2) !== 32)) flags |= Flag.Technical;
  if (after === 46 && j + 1 < n && classOf(text.charCodeAt(j + 1)) !== OTHER) flags |= Flag.Technical; // Anna.Svensson@…
  if (length === 1) {
    // Single capitals (I, A) are never names; with a dot they are initials (Anna K. Svensson).
    if (after !== 46) return false;
    wordEnd = j + 1;
    wordRaw = flags | Flag.Initial;
    return true;
  }
  if (upperCount + joiners === length) flags |= RAW_CAPS;
  else if (camel) flags |= RAW_CAMEL;
  if (marks) flags |= RAW_MARKS;
  wordEnd = j;
  wordRaw = flags;
  return true;
}

function classifyToken(text: string, start: number, j: number, raw: number, rules: RuleSet): Token {
  if (raw & Flag.Initial) return { start, end: j, lower: text[start]!.toLowerCase(), flags: raw & (Flag.Technical | Flag.Initial) };
  // An identifier needs no look-up, so no string either.
  if (raw & Flag.Technical) return { start, end: j, lower: '', flags: raw & RAW_CAPS ? Flag.Technical | Flag.Caps : Flag.Technical };
  const word = wordClass(text, start, j, raw, rules);
  return { start, end: j - word.strip, lower: word.lower, flags: word.flags };
}

interface WordClass {
  readonly word: string;
  readonly lower: string;
  readonly flags: number;
  /** Length of a genitive ending (`s`, `'s`) left outside the name. */
  readonly strip: number;
  /** The next cached word with the same hash. */
  readonly next: WordClass | undefined;
}

// Names repeat through a file (agents, the customer of a thread), and a word's class depends on nothing else. The
// cache is keyed by a hash of the characters and checked in place, so a known word costs no string.
const WORD_CACHE_LIMIT = 20_000;
let cachedRules: RuleSet | undefined;
const wordCache = new Map<number, WordClass>();

function wordClass(text: string, start: number, end: number, raw: number, rules: RuleSet): WordClass {
  if (rules !== cachedRules) {
    wordCache.clear();
    cachedRules = rules;
  }
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const first = wordCache.get(hash);
  for (let entry = first; entry !== undefined; entry = entry.next) {
    if (entry.word.length === end - start && text.startsWith(entry.word, start)) return entry;
  }
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  const word = text.slice(start, end);
  const entry = { word, ...classifyWord(word, raw, rules), next: wordCache.get(hash) };
  wordCache.set(hash, entry);
  return entry;
}

function classifyWord(word: string, raw: number, rules: RuleSet): { lower: string; flags: number; strip: number } {
  let flags = 0;
  if (raw & RAW_CAPS) flags |= Flag.Caps;
  else if (raw & RAW_CAMEL && !camelIsName(word)) return { lower: '', flags: Flag.Technical, strip: 0 };
  let lower = word.toLowerCase();
  if (raw & RAW_MARKS) lower = lower.normalize('NFC');
  let wordFlags = classify(lower, rules);
  let strip = 0;
  // `Nyberg-Wikströms bil`: a genitive on a double surname, whose parts the lists know without the `s`.
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && lower.endsWith('s') && lower.length - hyphen > 4) {
    const part = lower.slice(hyphen + 1);
    if (!(classify(part, rules) & (Flag.First | Flag.Last)) && classify(part.slice(0, -1), rules) & Flag.Last) {
      const baseFlags = classify(lower.slice(0, -1), rules);
      if (baseFlags & (Flag.First | Flag.Last)) return { lower: lower.slice(0, -1), flags: flags | baseFlags, strip: 1 };
    }
  }
  if (!(wordFlags & (Flag.First | Flag.Last)) && lower.length > 3) {
    // Genitive: Svenssons, Anna's: look the name up without the ending and leave the ending outside the value.
    const ending = lower.endsWith("'s") || lower.endsWith('’s') ? 2 : lower.endsWith('s') ? 1 : 0;
    if (ending) {
      const base = lower.slice(0, -ending);
      const baseFlags = classify(base, rules);
      if (baseFlags & (Flag.First | Flag.Last)) {
        lower = base;
        strip = ending;
        wordFlags = baseFlags;
      }
    }
  }
  return { lower, flags: flags | wordFlags, strip };
}

/**
 * True when every inner capital that follows a lower-case letter starts a known name part: Mc/Mac/O'/De/Di/La/Le/
 * Van/Von + capital (McAllister, Sjöberg-MacLeod). Anything else (OrderService, iPhone-like ids) is an identifier.
 */
function camelIsName(word: string): boolean {
  let partStart = 0;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 45 || c === 39 || c === 0x2019) {
      if (c === 45) partStart = k + 1;
      continue;
    }
    const previous = word.charCodeAt(k - 1);
    if ((c < 128 ? CLASS[c] : classOf(c)) === UPPER && (previous < 128 ? CLASS[previous] : classOf(previous)) === LETTER) {
      if (!CAMEL_PREFIXES.test(word.slice(partStart, k).toLowerCase())) return false;
    }
  }
  return true;
}

export const GAP_SPACE = 0;
export const GAP_PARTICLE = 1;
export const GAP_COMMA = 2;
export const GAP_BREAK = 3;

/** How the text between two tokens joins them: a space, a lower-case particle (`af`, `von`), `, `, or not at all. */
export function gapKind(text: string, from: number, to: number): number {
  const length = to - from;
  if (length <= 0 || length > 10) return GAP_BREAK; // " van het " is the longest joiner
  if (length <= 2) {
    const a = text.charCodeAt(from);
    if (length === 1) return a === 32 || a === 0xa0 ? GAP_SPACE : GAP_BREAK;
    const b = text.charCodeAt(from + 1);
    if (a === 44 && (b === 32 || b === 0xa0)) return GAP_COMMA;
    return (a === 32 || a === 0xa0) && (b === 32 || b === 0xa0) ? GAP_SPACE : GAP_BREAK;
  }
  if (text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return GAP_BREAK;
  const inner = text.slice(from + 1, to - 1);
  return PARTICLES.has(inner) || MULTI_WORD_PARTICLES.has(inner) ? GAP_PARTICLE : GAP_BREAK;
}
