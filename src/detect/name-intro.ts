import { addName, isLooseName, isLowerLetter, isWordish, lowerName, nameWords, readWord, readWordEnd, readWords, skipBlanks, titleCase } from './name-lower-words.js';
import { isPossessive } from './name-context.js';
import { maySignOffAt, signOffThenName } from './name-signoff.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Lower-case names that writers introduce in chat and mail prose: `jag heter anna svensson`, `mitt namn är erik
 * johansson`, `det är anna svensson som ringer`, `hej, anna svensson här`, `namn anna svensson`, `my name is john
 * johnson`, `this is john johnson`. The words must pass the rules of every lower-case slot (name-lower-words.ts):
 * two to four listed names, none ambiguous, everyday or a stop word, so `jag heter inte det`, `mitt namn är
 * viktigt` and `det är sten som ringer` hold none. Such names are never more than `medium`.
 *
 * This runs on every text block of every file, so it is kept to what costs next to nothing:
 * - `heter` (and `hette`), the most common of them, is found anywhere with one native `indexOf` (~2 ms per 10 MB of chat log;
 *   each further anchor searched that way would cost as much, as the text has to be read again);
 * - the others are read where the text, a line or a chat message after a `:` starts, after an optional greeting
 *   (`Hej Anna, mitt namn är …`, `Hi, my name is …`, `hej, anna svensson här`): name-lower.ts visits those places
 *   anyway, and one comparison of the first letter turns nearly all of them away.
 * The few hits are checked in place: no regex, no slice and no lower-casing until a name is found.
 */

const REASON = 'introduction';
/** The shortest text that can hold one: `namn abc def`. */
const MIN_TEXT = 11;

/** `text` holds `word` (lower case, Latin-1 letters, blanks) at `at`, in any case. */
function hasWordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(at + i);
    const want = word.charCodeAt(i);
    if (code !== want && code !== want - 32) return false;
  }
  return true;
}

/** No letter or digit at `at`. */
function endsWord(text: string, at: number): boolean {
  return at >= text.length || !isWordish(text.charCodeAt(at));
}

function isBlank(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** `word` at `at`, as a whole word followed by one blank. */
function isWordThenBlank(text: string, at: number, word: string): boolean {
  return hasWordAt(text, at, word) && isBlank(text.charCodeAt(at + word.length));
}

/**
 * The name at `start`, right after an introduction: the longest run of two to four words that makes one; else
 * two or three words by the loose rule (`jag heter andrej karlsson`, `my name is kristina falk`: a name word
 * that is an everyday one, or one no list knows, beside a listed one).
 */
function nameAfter(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  if (start >= text.length || !isLowerLetter(text.charCodeAt(start))) return list;
  const count = readWords(text, start);
  // `de e min exsambo onur tekin`: the relation's slot reads the name after `min exsambo` (name-lower.ts).
  if (count < 2 || isPossessive(readWord(text, 0))) return list;
  const k = nameWords(text, count, rules, false);
  if (k !== 0) return addName(list, lowerName(text, start, readWordEnd(k - 1), REASON));
  for (let loose = Math.min(count, 3); loose >= 2; loose--) {
    if (isLooseName(text, loose, rules)) return addName(list, looseName(text, start, readWordEnd(loose - 1)));
  }
  return list;
}

function looseName(text: string, start: number, end: number): Found {
  return { start, end, normalized: titleCase(text.slice(start, end)), confidence: 'medium', reasons: ['shape:lower', REASON] };
}

/**
 * `jag heter anna svensson`, `hon heter …`: `heter` at `at`, after a word and a blank, and one blank after it; past
 * an adverb (`jag heter egentligen özge polat`, `heter alltså …`).
 */
function afterHeter(text: string, at: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  if (at < 2 || !isBlank(text.charCodeAt(at - 1)) || !isBlank(text.charCodeAt(at + 5))) return list;
  let start = at + 6;
  for (const adverb of HETER_ADVERBS) {
    if (text.startsWith(adverb, start) && isBlank(text.charCodeAt(start + adverb.length))) {
      start += adverb.length + 1;
      break;
    }
  }
  return nameAfter(text, start, rules, list);
}
/** Adverbs said between `heter` and the name; `inte` is none of them (`jag heter inte det`). */
const HETER_ADVERBS = ['egentligen', 'alltså', 'faktiskt', 'ju', 'förresten', 'numera', 'nu'];

/** Length of the greeting at `at` (`hej`, `Hejsan`, `hallå`, `tja`, `tjena`, `hi`, `hello`, `hey`), or 0. */
function greetingAt(text: string, at: number): number {
  const first = text.charCodeAt(at) | 32;
  const second = text.charCodeAt(at + 1) | 32;
  let length = 0;
  if (first === 104 /* h */) {
    if (second === 101 /* e */) {
      const third = text.charCodeAt(at + 2) | 32;
      length = third === 106 /* j */ ? (hasWordAt(text, at + 3, 'san') ? 6 : 3) : third === 121 /* y */ ? 3 : hasWordAt(text, at, 'hello') ? 5 : 0;
    } else if (second === 105 /* i */) {
      length = 2;
    } else if (second === 97 /* a */ && hasWordAt(text, at, 'hallå')) {
      length = 5;
    }
  } else if (first === 116 /* t */ && second === 106 /* j */) {
    length = hasWordAt(text, at, 'tjena') ? 5 : hasWordAt(text, at, 'tja') ? 3 : 0;
  }
  return length > 0 && endsWord(text, at + length) ? length : 0;
}

/**
 * What follows the greeting of `length` at `i` (`hej, `, `Hej Anna! `, `hi `): past at most one word right before a
 * `,` or `!` (the reader's name), one `,`, `!` or `.`, and the blanks; -1 when no blank follows.
 */
function pastGreeting(text: string, i: number, length: number): number {
  let j = i + length;
  const word = skipBlanks(text, j);
  if (word > j) {
    let k = word;
    while (k < text.length && isWordish(text.charCodeAt(k))) k++;
    const mark = text.charCodeAt(k);
    if (k > word && (mark === 44 || mark === 33)) j = k;
  }
  const mark = text.charCodeAt(j);
  if (mark === 44 || mark === 33 || mark === 46) j++;
  const next = skipBlanks(text, j);
  return next > j ? next : -1;
}

/** Words a speaker starts with before a greeting (`ja hej`, `jo hej`, `okej hej`, `eh hej`), in a transcript. */
const FILLERS = ['ja', 'jo', 'jaa', 'ok', 'okej', 'eh', 'ehm', 'öh', 'mm'];

/** Past a filler word and its blank at `i` (`ja hej …`), or `i` when none stands there. */
function pastFiller(text: string, i: number): number {
  const first = text.charCodeAt(i) | 32;
  if (first !== 106 /* j */ && first !== 111 /* o */ && first !== 101 /* e */ && first !== 0xf6 /* ö */ && first !== 109 /* m */) return i;
  for (const filler of FILLERS) {
    if (isWordThenBlank(text, i, filler)) return skipBlanks(text, i + filler.length);
  }
  return i;
}

/** The name and `här` fit in this many characters: three long words. */
const HAR_WITHIN = 48;

/**
 * A ` här` within HAR_WITHIN characters of `start`, before anything that cannot stand in a run of lower-case words
 * (a capital, a digit, a line break, most punctuation): read before the words themselves, as most clauses hold none.
 */
function mayHaveHar(text: string, start: number): boolean {
  const limit = Math.min(text.length, start + HAR_WITHIN);
  for (let i = start + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xe4 /* ä */) {
      if (text.charCodeAt(i - 1) === 104 && isBlank(text.charCodeAt(i - 2))) return true;
    } else if (code < 97 && code !== 32 && code !== 0xa0 && code !== 45 && code !== 39) {
      return false;
    }
  }
  return false;
}

/** `hej, anna svensson här`: two or three words at `start` that make a name, then `här` and the end of a word. */
function nameBeforeHar(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  if (!isLowerLetter(text.charCodeAt(start)) || !mayHaveHar(text, start)) return list;
  const count = readWords(text, start);
  for (let k = 2; k < count; k++) {
    const end = readWordEnd(k - 1);
    // `här` is the word after the k words: a blank, `här`, and no letter after it.
    if (readWordEnd(k) !== end + 4 || !hasWordAt(text, end + 1, 'här')) continue;
    if (nameWords(text, k, rules, true) !== 0) return addName(list, lowerName(text, start, end, REASON));
    return k <= 3 && isLooseName(text, k, rules) ? addName(list, looseName(text, start, end)) : list;
  }
  return list;
}

/**
 * Where the name starts after the opener at `i`, where a clause starts (`namn `, `namn är `, `namnet är `, `mitt namn
 * är `, `my name is `, `det är `, `de e `, `detta är `, `det här är `, `this is `), or -1.
 */
function afterOpener(text: string, i: number): number {
  switch (text.charCodeAt(i) | 32) {
    case 110 /* n */:
      if (isWordThenBlank(text, i, 'namn')) return hasWordAt(text, i + 5, 'är ') ? i + 8 : i + 5;
      return isWordThenBlank(text, i, 'namnet är') ? i + 10 : -1;
    case 109 /* m */:
      if (isWordThenBlank(text, i, 'mitt namn är')) return i + 13;
      return isWordThenBlank(text, i, 'my name is') ? i + 11 : -1;
    case 100 /* d */:
      // `Detta är elias ljungberg, kan ni ringa` (an SMS), `det här är …`, and as gamers and texters write it,
      // `de e razan halabi här`: as `det är`.
      if (isWordThenBlank(text, i, 'det är')) return i + 7;
      if (isWordThenBlank(text, i, 'de e')) return i + 5;
      if (isWordThenBlank(text, i, 'detta är')) return i + 9;
      return isWordThenBlank(text, i, 'det här är') ? i + 11 : -1;
    case 116 /* t */:
      return isWordThenBlank(text, i, 'this is') ? i + 8 : -1;
    default:
      return -1;
  }
}

/**
 * Whether an introduction may start with `code`, the first letter of a greeting, an opener or a filler word
 * before a greeting (h, t, n, m, d, j, o, e, ö in either case): most clauses (`Vi har …`, `[10:45]`, `Kan ni …`, a wrapped line of a mail) are turned away by this alone.
 */
export function mayIntroduce(code: number): boolean {
  const lower = code | 32;
  // h t n m d: greetings and openers; j o e ö: a filler before a greeting (`ja hej det är …`).
  return lower === 104 || lower === 116 || lower === 110 || lower === 109 || lower === 100 || lower === 106 || lower === 111 || lower === 101 || lower === 0xf6;
}

/**
 * At `i`, where the text, a line or a chat message or value after a `:` starts (past its blanks): an introduction,
 * after an optional greeting (`Hej, namn …`, `Hi Anna, my name is …`), a name and `här` after a greeting (`hej,
 * anna svensson här`), or where a line starts (`lineStart`) a sign-off and a name (`Hälsningar, anna svensson`,
 * name-signoff.ts). Chat messages seldom close with a sign-off, and are many: they are not looked at for one.
 */
export function introductionAt(text: string, i: number, rules: RuleSet, list: Found[] | undefined, lineStart = false): Found[] | undefined {
  if (text.length - i < MIN_TEXT) return list;
  // `ja hej det är volkan aydın`: a caller's filler word before the greeting, as transcripts write speech.
  const afterFiller = pastFiller(text, i);
  if (afterFiller > i) {
    const greeting = greetingAt(text, afterFiller);
    if (greeting === 0) return list;
    const from = pastGreeting(text, afterFiller, greeting);
    if (from < 0) return list;
    const name = afterOpener(text, from);
    return name >= 0 ? nameAfter(text, name, rules, list) : nameBeforeHar(text, from, rules, list);
  }
  const greeting = greetingAt(text, i);
  const from = greeting === 0 ? i : pastGreeting(text, i, greeting);
  if (from < 0) return list;
  const name = afterOpener(text, from);
  if (name >= 0) return nameAfter(text, name, rules, list);
  if (greeting !== 0) return nameBeforeHar(text, from, rules, list);
  // `Hälsningar, anna svensson`, `Mvh erik johansson`: a sign-off starts with the letters an introduction does.
  return lineStart && maySignOffAt(text, i, rules) ? signOffThenName(text, i, rules, list) : list;
}

/** Lower-case names after `heter` or `hette` anywhere in the text (`…, jag heter anna svensson`), added to `list`. */
export function findIntroducedNames(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  if (text.length < MIN_TEXT) return list;
  // `heter` and its past `hette` (`den andra föraren hette yasmin el-sayed`) in one search: `het` then `er` or `te`.
  for (let at = text.indexOf('het'); at >= 0; at = text.indexOf('het', at + 3)) {
    const a = text.charCodeAt(at + 3);
    const b = text.charCodeAt(at + 4);
    if ((a === 101 && b === 114) || (a === 116 && b === 101)) list = afterHeter(text, at, rules, list);
  }
  return list;
}
