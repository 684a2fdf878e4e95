import { isGivenNameAt, isListedGivenNameAt, isLowerLetter, isSurnameAt, isWordish, lowerName, lowerWordEnd, overlapsName } from './name-lower-words.js';
import { callVerbAfter } from './call-verbs.js';
import { rejectedByNeighbours, type Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Lower-case names in the middle of a line written in lower case: `kontaktperson är anna svensson på ekonomi`,
 * `kund: ja det var lars-erik öhman som ringde`. No slot says a name is coming, so the words alone must say it:
 * a listed given name (or two), right before a listed surname with a surname ending (`-sson`, `-berg`, `-qvist` …),
 * none of them an everyday word (the word rules of name-lower-words.ts). Few ordinary words pass the surname rule:
 * of the 117,000 lower-case words of a Swedish word list `blomman`, `essen`, `ikonen`, `klander`, `koman`,
 * `kronblad` and `lövkvist`; of 64,000 English ones `gelling`, `keeling` and `sandman`.
 *
 * Only lines and chat messages whose first letter is lower case are read: a writer who capitalises the line
 * capitalises names too, and it keeps the cost off ordinary text (one character test per line). The name must
 * not start the line (`anna svensson skrev …` stays unread, as a line that is only words). Never more than `medium`.
 */

const REASON = 'lower-case-text';

/**
 * Surname endings: Swedish patronymics and place-word names, and the common Danish, Finnish and South Slavic and
 * Polish forms. A word must be two letters longer than its ending (`berg`, `lund`, `holm` alone are words and places).
 */
const ENDINGS = [
  'sson', 'son', 'berg', 'borg', 'ström', 'strom', 'qvist', 'kvist', 'quist', 'lund', 'lind', 'gren', 'holm', 'dahl', 'dal',
  'strand', 'blad', 'stedt', 'gård', 'bäck', 'ling', 'ius', 'ander', 'man', 'lin', 'din', 'én', 'ell', 'sen', 'nen', 'ić',
  'wski', 'wska',
];
/** Endings by their last two letters (`last * 65536 + before`); `ENDING_LAST` marks the last letters, for a quick no. */
const ENDINGS_BY_TAIL = new Map<number, string[]>();
const ENDING_LAST = new Uint8Array(65536);
for (const ending of ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  const tail = last * 65536 + ending.charCodeAt(ending.length - 2);
  ENDING_LAST[last] = 1;
  const list = ENDINGS_BY_TAIL.get(tail);
  if (list) list.push(ending);
  else ENDINGS_BY_TAIL.set(tail, [ending]);
}

/** The word `text[start, end)` ends in a surname ending and is two letters longer than it. Read in place. */
function hasSurnameEnding(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (ENDING_LAST[last] === 0) return false;
  const endings = ENDINGS_BY_TAIL.get(last * 65536 + text.charCodeAt(end - 2));
  if (!endings) return false;
  for (const ending of endings) {
    const from = end - ending.length;
    if (from - start < 2) continue;
    let k = ending.length - 3;
    while (k >= 0 && text.charCodeAt(from + k) === ending.charCodeAt(k)) k--;
    if (k < 0) return true;
  }
  return false;
}

// `anna svensson ab`: a company named after its owner, its form in lower case too (name-spans.ts reads `AB`).
const COMPANY_AFTER = /^,? ?(?:ab|hb|kb|aktiebolag|handelsbolag|inc|ltd|llc|gmbh|oy|och söner)(?![\p{L}\p{N}])/u;

/** A company, street or organisation named after the person `text[start, end)` rather than the person. */
function namesNoPerson(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if ((after === 32 || after === 44) && COMPANY_AFTER.test(text.slice(end, end + 16))) return true;
  return rejectedByNeighbours(text, end, start);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** A lower-case letter of Latin-1 (`a`–`z`, `ß`–`ÿ` but `÷`): most letters of Swedish and English text, decided inline. */
function isLatin1Lower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** Past the token at `i` (a capitalised word, a number, a word glued to an address), to the next blank or `lineEnd`. */
function pastToken(text: string, i: number, lineEnd: number): number {
  while (i < lineEnd) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0 || code === 13) break;
    i++;
  }
  return i;
}

/**
 * Names in the line `text[start, lineEnd)` (`start`: where its first word starts, a lower-case letter), added to
 * `list` unless they overlap a name found there already. The words are those of `lowerWordEnd`; a word of ASCII
 * and Latin-1 letters that a space ends is read inline, as most are.
 */
export function lowerLineNames(text: string, start: number, lineEnd: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  // The two words before the current one: starts, ends and whether they are the line's first word.
  let start1 = -1;
  let end1 = -1;
  let lead1 = false;
  let start2 = -1;
  let end2 = -1;
  let lead2 = false;
  let first = true;
  let i = start;
  while (i < lineEnd) {
    let code = text.charCodeAt(i);
    if (!isLatin1Lower(code) && (code <= 0xff || !isLowerLetter(code))) {
      if (code === 32 || !isWordish(code)) {
        i++;
        continue;
      }
      // A capitalised word, a number: no part of a lower-case name.
      i = pastToken(text, i, lineEnd);
      start1 = start2 = -1;
      first = false;
      continue;
    }
    const wordStart = i;
    do code = text.charCodeAt(++i);
    while (isLatin1Lower(code));
    if (code !== 32 || i >= lineEnd) {
      // `anna-karin`, `anna.svensson@…`, `anna2`, a mark, a letter beyond Latin-1, the line's end: the word rules decide.
      const end = lowerWordEnd(text, wordStart);
      if (end < 0) {
        i = pastToken(text, i, lineEnd);
        start1 = start2 = -1;
        first = false;
        continue;
      }
      i = end;
    }
    if (start1 >= 0 && end1 + 1 === wordStart && isBlank(text.charCodeAt(end1)) && hasSurnameEnding(text, wordStart, i) && isSurnameAt(text, wordStart, i, rules)) {
      list = nameEndingAt(text, i, start1, end1, lead1, start2, end2, lead2, rules, list);
    }
    start2 = start1;
    end2 = end1;
    lead2 = lead1;
    start1 = wordStart;
    end1 = i;
    lead1 = first;
    first = false;
  }
  return list;
}

/**
 * What a note or a chat message says of the person it opens with (`amira habib är tillbaka på Nordstan`, `elin lindahl
 * i blå grupp hämtas av …`): after exactly two words only, since a word before a name is common in speech (`jo ingrid
 * karlsson har kontot`).
 */
const STATE_VERBS: ReadonlySet<string> = new Set(['är', 'har', 'kommer', 'ska', 'hämtar', 'hämtade', 'lämnar', 'lämnade', 'i', 'på', 'och']);
const MAX_STATE_VERB = 7;

/** One blank at `end`, then a word of STATE_VERBS or a verb in the past tense as a whole word. */
export function subjectWordAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  while (i < text.length && i - end <= MAX_PAST_TENSE && isWordish(text.charCodeAt(i))) i++;
  if (i === end + 1 || isWordish(text.charCodeAt(i))) return false;
  return (i - end - 1 <= MAX_STATE_VERB && STATE_VERBS.has(text.slice(end + 1, i))) || isPastTense(text, end + 1, i);
}

/**
 * `ahmet kara vägrade släppa in`, `behnaz sadri köpte`: a Swedish verb in the past tense, `-de` or `-te` after a
 * consonant (`vägrade`, `ringde`, `köpte`, `sökte`), five letters or more, all lower case.
 */
function isPastTense(text: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  const e = text.charCodeAt(end - 1);
  const d = text.charCodeAt(end - 2);
  const before = text.charCodeAt(end - 3);
  if (e !== 101 || (d !== 100 && d !== 116) || (VOWELS.has(before) && before !== 97)) return false;
  for (let k = start; k < end; k++) if (!isLatin1Lower(text.charCodeAt(k))) return false;
  return true;
}
const VOWELS: ReadonlySet<number> = new Set([97, 101, 105, 111, 117, 121, 0xe5, 0xe4, 0xf6, 0xe9]);
/** `avbeställde` and no longer: a longer word is most often a compound noun. */
const MAX_PAST_TENSE = 12;

/** ` – ` or ` - ` at `end`: a note's subject, then what it says. */
export function dashAfter(text: string, end: number): boolean {
  const dash = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && (dash === 0x2013 || dash === 45) && text.charCodeAt(end + 2) === 32;
}

/** The surname ending at `end`, after the word at `start1` (and maybe `start2`): a name when those are given names. */
function nameEndingAt(
  text: string,
  end: number,
  start1: number,
  end1: number,
  lead1: boolean,
  start2: number,
  end2: number,
  lead2: boolean,
  rules: RuleSet,
  list: Found[] | undefined,
): Found[] | undefined {
  // The name starts the line and a call verb follows (`axel holmberg klagar på …`): a slot, where a given name that is
  // an everyday word too (`axel`, `stig`) may stand, as after a label.
  const slot = lead1 && callVerbAfter(text, end);
  if (!isGivenNameAt(text, start1, end1, rules) && !(slot && isListedGivenNameAt(text, start1, end1, rules))) return list;
  // `anna maria svensson`: a second given name before the first one belongs to the name.
  const two = start2 >= 0 && end2 + 1 === start1 && isBlank(text.charCodeAt(end2)) && isGivenNameAt(text, start2, end2, rules);
  const from = two ? start2 : start1;
  // A name that starts the line is not read (see above), unless a call note's verb or a dash follows it (`dagny
  // håkansson ringde om …`, `tyra hedlund – hund i trädgården`): a line that only lists words has neither.
  if ((two ? lead2 : lead1) && !callVerbAfter(text, end) && !dashAfter(text, end)) return list;
  if (namesNoPerson(text, from, end)) return list;
  if (overlapsName(list, from, end)) return list;
  (list ??= []).push(lowerName(text, from, end, REASON));
  return list;
}
