import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Reads person names written in lower case, for the slots that hold one: labels, signature lines and name cells
 * (name-lower.ts), self-introductions (name-intro.ts). Every word must be a listed name that is not also an
 * everyday word (`mark`, `sten`, `björn`, `berg` are ambiguous, `inga`, `ville`, `penna` everyday): given name(s),
 * then a surname. Such names are never more than `medium`.
 */

/** Given name, second given name, particle, surname. */
const MAX_WORDS = 4;
/** Lower-case particles a surname starts with (`af klercker`, `von essen`, `de la gardie`). */
import { PARTICLES } from './name-particles.js';

export { PARTICLES };
const REASON = 'gazetteer:first+last:lower';

/** 1 lower-case letter, 2 combining mark, 3 other letter or digit (glues a word), 0 anything else; 255 not yet known. */
const KIND = new Uint8Array(65536).fill(255);
const LOWER_LETTER = /\p{Ll}/u;
const MARK = /\p{M}/u;
const WORDISH = /[\p{L}\p{N}]/u;
for (let c = 0; c < 128; c++) KIND[c] = c >= 97 && c <= 122 ? 1 : (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 3 : 0;

function kindOf(code: number): number {
  let kind = KIND[code]!;
  if (kind === 255) {
    const ch = String.fromCharCode(code);
    kind = LOWER_LETTER.test(ch) ? 1 : MARK.test(ch) ? 2 : WORDISH.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? 3 : 0;
    KIND[code] = kind;
  }
  return kind;
}

/** A lower-case letter: what a lower-case word starts with. */
export function isLowerLetter(code: number): boolean {
  return kindOf(code) === 1;
}

/** A letter, mark or digit: what glues a word to the one before or after it. */
export function isWordish(code: number): boolean {
  return kindOf(code) !== 0;
}

/** A letter of any case (not a digit): what a label ends with. */
export function isLetterCode(code: number): boolean {
  const kind = kindOf(code);
  return kind === 1 || kind === 2 || (kind === 3 && !(code >= 48 && code <= 57) && code !== 95);
}

/** Characters that glue a word into an address, path or identifier when they follow it. */
function isGlue(code: number): boolean {
  return code === 64 || code === 47 || code === 92 || code === 35 || code === 61 || code === 43 || code === 124;
}

/**
 * End of the lower-case word at `i` (letters and marks, `-` or `'` between letters: `anna-karin`, `o'brien`), or
 * -1 when there is none or it is glued to more (`annaSvensson`, `anna2`, `anna@`, `anna.svensson`).
 */
export function lowerWordEnd(text: string, i: number): number {
  if (i >= text.length || kindOf(text.charCodeAt(i)) !== 1) return -1;
  let j = i + 1;
  for (;;) {
    if (j >= text.length) return j;
    const code = text.charCodeAt(j);
    const kind = kindOf(code);
    if (kind === 1 || kind === 2) {
      j++;
    } else if ((code === 45 || code === 39 || code === 0x2019) && j + 1 < text.length && kindOf(text.charCodeAt(j + 1)) === 1) {
      j += 2;
    } else if (kind === 3 || isGlue(code) || (code === 46 && j + 1 < text.length && kindOf(text.charCodeAt(j + 1)) !== 0)) {
      return -1;
    } else {
      return j;
    }
  }
}

// The words found by the last `readWords` call.
const wordStarts = new Int32Array(MAX_WORDS);
const wordEnds = new Int32Array(MAX_WORDS);

/** End of the `index`th word found by the last `readWords` call. */
export function readWordEnd(index: number): number {
  return wordEnds[index]!;
}

/** Reads up to MAX_WORDS lower-case words from `start`, one space or no-break space apart; returns how many. */
export function readWords(text: string, start: number): number {
  let count = 0;
  let i = start;
  while (count < MAX_WORDS) {
    const end = lowerWordEnd(text, i);
    if (end < 0) break;
    wordStarts[count] = i;
    wordEnds[count] = end;
    count++;
    const gap = text.charCodeAt(end);
    if (gap !== 32 && gap !== 0xa0) break;
    i = end + 1;
  }
  return count;
}

/** The `index`-th word the last `readWords` read, as written. */
export function readWord(text: string, index: number): string {
  return word(text, index);
}

function word(text: string, index: number): string {
  return wordAt(text, wordStarts[index]!, wordEnds[index]!);
}

/** `text[start, end)`, NFC when it holds anything NFC might change. */
function wordAt(text: string, start: number, end: number): string {
  const w = text.slice(start, end);
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x300) return w.normalize('NFC');
  return w;
}

/** The lower-case word `text[start, end)` is a listed given name that is no everyday word (`anna`, `lars-erik`). */
export function isGivenNameAt(text: string, start: number, end: number, rules: RuleSet): boolean {
  return isName(wordAt(text, start, end), rules.names.first, rules);
}

/** The lower-case word `text[start, end)` is a listed given name, everyday word or not (`axel`, `stig`), but no stop word. */
export function isListedGivenNameAt(text: string, start: number, end: number, rules: RuleSet): boolean {
  const word = wordAt(text, start, end);
  return word.length >= 3 && rules.names.first.has(word) && !rules.names.stop.has(word);
}

/** The lower-case word `text[start, end)` is a listed surname that is no everyday word (`svensson`, `öhman`). */
export function isSurnameAt(text: string, start: number, end: number, rules: RuleSet): boolean {
  return isName(wordAt(text, start, end), rules.names.last, rules);
}

/** A listed name of `list`, three letters or more, that no list also calls ambiguous, everyday or a stop word. */
function isPlainName(w: string, list: ReadonlySet<string>, rules: RuleSet): boolean {
  const names = rules.names;
  return w.length >= 3 && list.has(w) && !names.ambiguous.has(w) && !names.everyday.has(w) && !names.stop.has(w);
}

/** `isPlainName`, or for a hyphenated word (`svensson-lundqvist`) every part. */
function isName(w: string, list: ReadonlySet<string>, rules: RuleSet): boolean {
  if (isPlainName(w, list, rules)) return true;
  if (w.indexOf('-') < 0) return false;
  for (const part of w.split('-')) if (!isPlainName(part, list, rules)) return false;
  return true;
}

/**
 * How many of the `count` words just read make a name, longest first: given name(s), an optional particle, a
 * surname (`anna andersson`, `anna maria andersson`, `gustaf von essen`); 0 when none do. With `whole`, only all
 * `count` words.
 */
export function nameWords(text: string, count: number, rules: RuleSet, whole: boolean): number {
  const words: string[] = [];
  for (let k = count; k >= 2; k--) {
    while (words.length < k) words.push(word(text, words.length));
    if (isNameOf(words, k, rules)) return k;
    if (whole) return 0;
  }
  return 0;
}

/**
 * The `count` words just read as a name where the column says the cell holds one (`dariush berg`, `li abdullah`:
 * an everyday surname, a two-letter given name): the first word a listed given name or the last a listed
 * surname, ambiguous ones too as long as one word is a name only, and no word a stop word no list names (`ny
 * kund`, `se ovan`).
 */
export function isLooseNameCell(text: string, count: number, rules: RuleSet): boolean {
  if (count < 2) return false;
  return isLooseName(text, count, rules);
}

/**
 * The first `k` words just read make a name by the loose rule of `isLooseNameCell`, for a slot that says a name
 * follows (a name column, a self-introduction).
 */
export function isLooseName(text: string, k: number, rules: RuleSet): boolean {
  const count = k;
  const names = rules.names;
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(word(text, i));
  for (const w of words) if (!PARTICLES.has(w) && (names.stop.has(w) || names.everyday.has(w)) && !names.first.has(w) && !names.last.has(w)) return false;
  // One word must be a name and nothing else: `mark berg` (ground, mountain) stays a pair of words.
  if (!words.some((w) => (names.first.has(w) || names.last.has(w)) && !names.ambiguous.has(w) && !names.everyday.has(w))) return false;
  return names.first.has(words[0]!) || names.last.has(words[count - 1]!);
}

function isNameOf(words: readonly string[], k: number, rules: RuleSet): boolean {
  if (!isName(words[k - 1]!, rules.names.last, rules)) return false;
  // `olle nordqvist amini`: a given name and two surnames, each plain (no everyday word, no given name too).
  if (k === 3 && isName(words[0]!, rules.names.first, rules) && isName(words[1]!, rules.names.last, rules) && !rules.names.first.has(words[1]!) && !rules.names.first.has(words[2]!)) return true;
  const given = k >= 3 && PARTICLES.has(words[k - 2]!) ? k - 2 : k - 1;
  if (given < 1 || given > 2) return false;
  for (let i = 0; i < given; i++) if (!isName(words[i]!, rules.names.first, rules)) return false;
  return true;
}

/** Past at most a few blanks (spaces, tabs, no-break spaces) from `i`. */
export function skipBlanks(text: string, i: number): number {
  for (let blanks = 0; blanks < 8; blanks++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xa0) break;
    i++;
  }
  return i;
}

/** Nothing but blanks (or a `,` and what follows it: `anna svensson, säljare`) until the end of the line. */
export function endsLine(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 44) return true;
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/** `anna-karin af klinteberg` → `Anna-Karin af Klinteberg`. */
export function titleCase(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => (PARTICLES.has(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join(' ');
}

/** The lower-case name `text[start, end)`, read in the slot that `reason` names (`label:namn`, `signoff`). */
export function lowerName(text: string, start: number, end: number, reason: string): Found {
  return { start, end, normalized: titleCase(text.slice(start, end)), confidence: 'medium', reasons: [REASON, reason] };
}

/**
 * The items of a long list by start (the greatest end of those starting there), so that adding to it and asking
 * what overlaps stay linear: a text of 80,000 lower-case introductions took minutes with a search of the list per
 * name. Items are only appended while names are found (the list is sorted once at the end), so the index follows
 * the list by its length.
 */
interface NameIndex {
  count: number;
  readonly ends: Map<number, number>;
}
const indexes = new WeakMap<Found[], NameIndex>();
const SHORT_LIST = 16;
/** No lower-case name read here is longer: items starting further back cannot overlap. */
const MAX_NAME_SPAN = 160;

function indexOf(list: Found[]): NameIndex {
  let index = indexes.get(list);
  if (index === undefined || index.count > list.length) indexes.set(list, (index = { count: 0, ends: new Map() }));
  for (; index.count < list.length; index.count++) {
    const { start, end } = list[index.count]!;
    index.ends.set(start, Math.max(end, index.ends.get(start) ?? end));
  }
  return index;
}

/** A name of `list` overlaps `text[from, end)`. */
export function overlapsName(list: Found[] | undefined, from: number, end: number): boolean {
  if (!list) return false;
  if (list.length < SHORT_LIST || end - from > MAX_NAME_SPAN) return list.some((other) => other.start < end && from < other.end);
  const { ends } = indexOf(list);
  for (let start = Math.max(0, from - MAX_NAME_SPAN); start < end; start++) {
    const otherEnd = ends.get(start);
    if (otherEnd !== undefined && otherEnd > from) return true;
  }
  return false;
}

/** `list` with `item` added, unless an item of the list starts where it does. */
export function addName(list: Found[] | undefined, item: Found): Found[] {
  if (!list) return [item];
  const present = list.length < SHORT_LIST ? list.some((other) => other.start === item.start) : indexOf(list).ends.has(item.start);
  if (!present) list.push(item);
  return list;
}

/**
 * After a name label the loose rule of name columns applies to the first two or three words (`Namn: björn
 * löfgren, tel …`: an ambiguous given name before a listed surname); how many words, or 0.
 */
export function looseNameWords(text: string, count: number, rules: RuleSet): number {
  for (let k = Math.min(count, 3); k >= 2; k--) {
    // A third word is a name's only when it is a listed surname and no everyday word: in running text the next word
    // is most often the sentence's verb (`Kunden ulla holm ringer`: Ringer is a surname too).
    if (k === 3 && (!rules.names.last.has(readWord(text, 2)) || rules.names.ambiguous.has(readWord(text, 2)))) continue;
    if (isLooseName(text, k, rules) && !hasEverydayWord(text, k, rules)) return k;
  }
  return 0;
}

/**
 * One of the first `k` words read is an everyday word in lower case, even if also a name (`inga`: none, `ville`:
 * wanted): in running text after a label (`Kund: inga andersson`) it is read as the word, unlike in a name column.
 */
export function hasEverydayWord(text: string, k: number, rules: RuleSet): boolean {
  for (let i = 0; i < k; i++) if (rules.names.everyday.has(readWord(text, i))) return true;
  return false;
}
