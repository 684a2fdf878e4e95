import type { RuleSet } from './rules/types.js';

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

const PARTICLES = new Set(['af', 'von', 'van', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu', 'ter', 'zu', 'ten']);
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

/** Flags for a word (lower-case), trying hyphenated parts when the whole word is unknown. */
function classify(lower: string, rules: RuleSet): number {
  // Capitalised particles (De Geer, Van Dijk, Al Hassan) join names; as words they are also stop words.
  if (PARTICLES.has(lower)) return Flag.Particle | Flag.Ambiguous | (lookup(lower, rules) & (Flag.First | Flag.Last));
  let flags = lookup(lower, rules);
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
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F\u1E00-\u1EFF]/g;

const RAW_CAPS = 1 << 20;
const RAW_CAMEL = 1 << 21;
const RAW_MARKS = 1 << 22;

/**
 * Every capitalised word in `text` that a space, particle or comma joins to another one, in order. A capitalised
 * word alone (`Hej`, `Jag` at a sentence start) names nobody, so it is never looked up: most of the cost is saved.
 * Words inside lower-case words (`iPhone`) are skipped; digits, CamelCase and identifier glue mark a token Technical.
 */
export function capitalisedTokens(text: string, rules: RuleSet): Token[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const raws: number[] = [];
  scanCapitalised(text, starts, ends, raws);
  const tokens: Token[] = [];
  const count = starts.length;
  for (let t = 0; t < count; t++) {
    const joined =
      (t > 0 && gapKind(text, ends[t - 1]!, starts[t]!) <= GAP_COMMA) ||
      (t + 1 < count && gapKind(text, ends[t]!, starts[t + 1]!) <= GAP_COMMA);
    if (joined) tokens.push(classifyToken(text, starts[t]!, ends[t]!, raws[t]!, rules));
  }
  return tokens;
}

/** Positions of capitalised words, with the cheap facts found while scanning them; no strings are made. */
function scanCapitalised(text: string, starts: number[], ends: number[], raws: number[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next capital letter: the regex engine scans lower-case prose far faster than a JS loop.
    CAPITAL.lastIndex = i;
    if (!CAPITAL.test(text)) break;
    i = CAPITAL.lastIndex - 1;
    const code = text.charCodeAt(i);
    if ((code < 128 ? CLASS[code]! : classOf(code)) !== UPPER) {
      i++;
      continue;
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
    if ((previous < 128 ? CLASS[previous]! : classOf(previous)) !== OTHER) {
      // A capital inside a word or number (iPhone, base64): skip the rest of that word.
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if ((c < 128 ? CLASS[c]! : classOf(c)) === OTHER) break;
        i++;
      }
      continue;
    }
    const start = i;
    let j = i + 1;
    let upperCount = 1;
    let camel = false;
    let marks = false;
    let prevLower = false;
    let digit = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = c < 128 ? CLASS[c]! : classOf(c);
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
        const next = text.charCodeAt(j + 1);
        const nk = next < 128 ? CLASS[next]! : classOf(next);
        if (nk !== UPPER && nk !== LETTER) break;
        prevLower = false; // Anna-Karin, O'Brien: a capital after the joiner is not CamelCase
      } else break;
      j++;
    }
    i = j;
    const length = j - start;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = j < n ? text.charCodeAt(j) : 32;
    let flags = 0;
    const slashAfterSpace = before === 47 && (start < 2 || text.charCodeAt(start - 2) <= 32);
    if (digit || (isGlue(before) && !slashAfterSpace) || (isGlue(after) && after !== 47) || (before === 46 && start > 1 && text.charCodeAt(start - 2) !== 32)) flags |= Flag.Technical;
    if (after === 46 && j + 1 < n && (CLASS[text.charCodeAt(j + 1)] ?? OTHER) !== OTHER) flags |= Flag.Technical; // Anna.Svensson@…
    if (length === 1) {
      // Single capitals (I, A) are never names; with a dot they are initials (Anna K. Svensson).
      if (after === 46) {
        starts.push(start);
        ends.push(j + 1);
        raws.push(flags | Flag.Initial);
      }
      continue;
    }
    if (upperCount === length) flags |= RAW_CAPS;
    else if (camel) flags |= RAW_CAMEL;
    if (marks) flags |= RAW_MARKS;
    starts.push(start);
    ends.push(j);
    raws.push(flags);
  }
}

function classifyToken(text: string, start: number, j: number, raw: number, rules: RuleSet): Token {
  let flags = raw & (Flag.Technical | Flag.Initial);
  if (flags & Flag.Initial) return { start, end: j, lower: text[start]!.toLowerCase(), flags };
  let word = text.slice(start, j);
  if (raw & RAW_CAPS) flags |= Flag.Caps;
  else if (raw & RAW_CAMEL && !camelIsName(word)) flags |= Flag.Technical;
  if (flags & Flag.Technical) return { start, end: j, lower: '', flags };
  let lower = word.toLowerCase();
  if (raw & RAW_MARKS) lower = lower.normalize('NFC');
  let end = j;
  let wordFlags = classify(lower, rules);
  if (!(wordFlags & (Flag.First | Flag.Last)) && lower.length > 3) {
    // Genitive: Svenssons, Anna's: look the name up without the ending and leave the ending outside the value.
    const strip = lower.endsWith("'s") || lower.endsWith('’s') ? 2 : lower.endsWith('s') ? 1 : 0;
    if (strip) {
      const base = lower.slice(0, -strip);
      const baseFlags = classify(base, rules);
      if (baseFlags & (Flag.First | Flag.Last)) {
        lower = base;
        end = j - strip;
        word = word.slice(0, -strip);
        wordFlags = baseFlags;
      }
    }
  }
  return { start, end, lower, flags: flags | wordFlags };
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
  if (length <= 0 || length > 10) return GAP_BREAK; // " van der " is the longest joiner
  if (length <= 2) {
    const a = text.charCodeAt(from);
    if (length === 1) return a === 32 || a === 0xa0 ? GAP_SPACE : GAP_BREAK;
    const b = text.charCodeAt(from + 1);
    if (a === 44 && (b === 32 || b === 0xa0)) return GAP_COMMA;
    return (a === 32 || a === 0xa0) && (b === 32 || b === 0xa0) ? GAP_SPACE : GAP_BREAK;
  }
  if (text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return GAP_BREAK;
  const inner = text.slice(from + 1, to - 1);
  return PARTICLES.has(inner) || inner === 'van der' || inner === 'van den' || inner === 'von der' || inner === 'de la' ? GAP_PARTICLE : GAP_BREAK;
}
