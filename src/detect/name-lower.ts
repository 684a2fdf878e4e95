import { isSignatureUnderSignOff, isSpace, labelBefore, mayEndLabel, signOffLineLimit } from './name-context.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Person names written in lower case: `Namn: anna andersson`, a signature line `erik johansson` under `Mvh`, a
 * name cell `anna svensson`. In lower case the capitalisation that marks a name is gone, so a name is read only
 * in a slot that holds one, and only when every word is a listed name that is not also an everyday word (`mark`,
 * `sten`, `björn`, `berg` are ambiguous, `inga`, `ville`, `penna` everyday): given name(s), then a surname.
 * Such names are never more than `medium`.
 */

const NONE: Found[] = [];
/** Given name, second given name, particle, surname. */
const MAX_WORDS = 4;
const PARTICLES = new Set(['af', 'von', 'van', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu', 'ter', 'zu', 'ten']);
const REASON = 'gazetteer:first+last:lower';
/** The shortest text that can hold one: a one-letter label or sign-off, its `:` or line break, two three-letter words. */
const MIN_TEXT = 9;

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

/** A letter of any case (not a digit): what a label ends with. */
function isLetterCode(code: number): boolean {
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
function wordEnd(text: string, i: number): number {
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

/** Reads up to MAX_WORDS lower-case words from `start`, one space or no-break space apart; returns how many. */
function readWords(text: string, start: number): number {
  let count = 0;
  let i = start;
  while (count < MAX_WORDS) {
    const end = wordEnd(text, i);
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

function word(text: string, index: number): string {
  const w = text.slice(wordStarts[index], wordEnds[index]);
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x300) return w.normalize('NFC');
  return w;
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
function nameWords(text: string, count: number, rules: RuleSet, whole: boolean): number {
  const words: string[] = [];
  for (let k = count; k >= 2; k--) {
    while (words.length < k) words.push(word(text, words.length));
    if (isNameOf(words, k, rules)) return k;
    if (whole) return 0;
  }
  return 0;
}

function isNameOf(words: readonly string[], k: number, rules: RuleSet): boolean {
  if (!isName(words[k - 1]!, rules.names.last, rules)) return false;
  const given = k >= 3 && PARTICLES.has(words[k - 2]!) ? k - 2 : k - 1;
  if (given < 1 || given > 2) return false;
  for (let i = 0; i < given; i++) if (!isName(words[i]!, rules.names.first, rules)) return false;
  return true;
}

/** `anna-karin af klinteberg` → `Anna-Karin af Klinteberg`. */
function titleCase(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => (PARTICLES.has(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join(' ');
}

function found(text: string, start: number, end: number, reasons: string[]): Found {
  return { start, end, normalized: titleCase(text.slice(start, end)), confidence: 'medium', reasons };
}

/** Nothing but blanks (or a `,` and what follows it: `anna svensson, säljare`) until the end of the line. */
function endsLine(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 44) return true;
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

function add(list: Found[] | undefined, item: Found): Found[] {
  if (!list) return [item];
  if (!list.some((other) => other.start === item.start)) list.push(item);
  return list;
}

/** `Namn: anna andersson`, `Kund:\terik johansson`: a name at `start`, right after a label and its `:` or tab at `at`. */
function afterLabel(text: string, at: number, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  // A label ends in a letter (`namn:`); `10:45` and `": "` are no labels.
  if (at === 0 || !isLetterCode(text.charCodeAt(at - 1)) || !mayEndLabel(text, at, rules)) return list;
  const count = readWords(text, start);
  if (count < 2) return list;
  const label = labelBefore(text, start, rules);
  if (label === undefined) return list;
  const k = nameWords(text, count, rules, false);
  return k === 0 ? list : add(list, found(text, start, wordEnds[k - 1]!, [REASON, `label:${label}`]));
}

/** `Mvh\nerik johansson`: a line (its first word at `start`) that is only a name, under a line that is only a sign-off. */
function signatureLine(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const count = readWords(text, start);
  if (count < 2) return list;
  const end = wordEnds[count - 1]!;
  if (!endsLine(text, end) || !isSignatureUnderSignOff(text, start, rules) || nameWords(text, count, rules, true) === 0) return list;
  return add(list, found(text, start, end, [REASON, 'signoff']));
}

/** Where the lower-case word after the `:`, tab or line break at `at` starts (past a few blanks), or -1. */
function lowerWordAfter(text: string, at: number): number {
  let i = at + 1;
  let code = text.charCodeAt(i);
  // A value follows its label closely; a signature line may be indented a little.
  for (let blanks = 0; (code === 32 || code === 9 || code === 0xa0) && blanks < 8; blanks++) code = text.charCodeAt(++i);
  if (i >= text.length) return -1;
  // Decided inline for ASCII: most triggers (`10:45`, `Subject: Hej`, a line starting with `[`) stop here.
  if (code < 128) return code >= 97 && code <= 122 ? i : -1;
  return kindOf(code) === 1 ? i : -1;
}

/**
 * Lower-case names in free text after a name label or on a signature line, in text order. Only texts with a `:`,
 * a tab or a line break are looked at, and only the few places after them where a lower-case word starts.
 */
export function findLowerNames(text: string, rules: RuleSet): Found[] {
  // Shorter texts (many cells) hold none.
  if (text.length < MIN_TEXT) return NONE;
  let list: Found[] | undefined;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    // `10:45`, `https://`: most colons stand between digits or before a slash, and are passed at once.
    const next = text.charCodeAt(at + 1);
    if (next < 97 && next !== 32 && next !== 9) continue;
    const start = lowerWordAfter(text, at);
    if (start >= 0) list = afterLabel(text, at, start, rules, list);
  }
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) {
    const start = lowerWordAfter(text, at);
    if (start >= 0) list = afterLabel(text, at, start, rules, list);
  }
  // A signature line follows a short line: the sign-off, or a blank line under it. Longer lines are passed unread.
  const limit = signOffLineLimit(rules);
  let lineFrom = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at - lineFrom <= limit) {
      const start = lowerWordAfter(text, at);
      if (start >= 0) list = signatureLine(text, start, rules, list);
    }
    lineFrom = at + 1;
  }
  if (!list) return NONE;
  if (list.length > 1) list.sort((a, b) => a.start - b.start);
  return list;
}

/** A cell of a name column written in lower case: all of it a name (`anna svensson`), else nothing. */
export function lowerNameCell(text: string, rules: RuleSet, reason: string): Found[] {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  const count = readWords(text, start);
  if (count < 2) return NONE;
  const end = wordEnds[count - 1]!;
  for (let i = end; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return NONE;
  return nameWords(text, count, rules, true) === 0 ? NONE : [found(text, start, end, [REASON, reason])];
}

/** A lower-case given name cell joined with the record's surname (`anna` + `andersson`): a name, or undefined. */
export function lowerJoinedName(given: string, surname: string, rules: RuleSet): string | undefined {
  const joined = `${given.trim()} ${surname.trim().toLowerCase()}`;
  const count = readWords(joined, 0);
  if (count < 2 || wordEnds[count - 1] !== joined.length || nameWords(joined, count, rules, true) === 0) return undefined;
  return titleCase(joined);
}
