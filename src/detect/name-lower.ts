import { isRelation, isSignatureUnderSignOff, isSpace, labelBefore, mayEndLabel, signOffLineLimit } from './name-context.js';
import { findIntroducedNames, introductionAt, mayIntroduce } from './name-intro.js';
import { callVerbAfter } from './call-verbs.js';
import { dashAfter, lowerLineNames, subjectWordAfter } from './name-lower-line.js';
import { addName, endsLine, hasEverydayWord, isLetterCode, isLooseName, isLooseNameCell, isLowerLetter, looseNameWords, lowerName, nameWords, readWord, readWordEnd, readWords, titleCase } from './name-lower-words.js';
import { nameBeforeNumber } from './name-lower-number.js';
import { spokenSlotNames } from './name-lower-spoken.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Person names written in lower case: `Namn: anna andersson`, a signature line `erik johansson` under `Mvh` or
 * after it (`Hälsningar, anna svensson`), a name cell `anna svensson`, a self-introduction `jag heter anna
 * svensson` (name-intro.ts). In lower case the capitalisation that marks a name is gone, so a name is read in a
 * slot that holds one, by the word rules of name-lower-words.ts (listed names, none of them an everyday word), or
 * in the middle of a line written in lower case by the stricter rules of name-lower-line.ts (a listed surname with
 * a surname ending after a listed given name). Such names are never more than `medium`.
 */

const NONE: Found[] = [];
const NO_STARTS: readonly number[] = [];
/** Room for a name after a sign-off on its line (`Med vänliga hälsningar, anna-karin bergström-lindqvist`). */
const NAME_AFTER_SIGN_OFF = 48;
/** The shortest text that can hold one: a one-letter label or sign-off, its `:` or line break, two three-letter words. */
const MIN_TEXT = 9;

/** `Namn: anna andersson`, `Kund:\terik johansson`: a name at `start`, right after a label and its `:` or tab at `at`. */
function afterLabel(text: string, at: number, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  // A label ends in a letter (`namn:`); `10:45` and `": "` are no labels. Before a tab blanks may follow it: a web
  // page's `<div class="author">buse kara</div>` reads ` author \tbuse kara`.
  let labelEnd = at;
  if (text.charCodeAt(at) === 9) while (labelEnd > 0 && text.charCodeAt(labelEnd - 1) === 32) labelEnd--;
  if (labelEnd === 0 || !isLetterCode(text.charCodeAt(labelEnd - 1)) || !mayEndLabel(text, labelEnd, rules)) return list;
  const count = readWords(text, start);
  if (count < 2) return list;
  const label = labelBefore(text, start, rules);
  if (label === undefined) return list;
  const k = nameWords(text, count, rules, false) || looseNameWords(text, count, rules);
  return k === 0 ? list : addName(list, lowerName(text, start, readWordEnd(k - 1), `label:${label}`));
}

/**
 * Nouns for the person a note is about, in the definite form (`Kunden anna svensson vill …`, `sambon per holm`):
 * a name right after one is that person's, as after a label. Followed by a blank and a lower-case letter.
 */
const ROLE_NOUN = /(?:^|[\s(,.;!?])(?:[Kk]unden|[Ss]ambon) (?=[a-zåäöéü])/g;

/**
 * A note that names someone by a role noun is a sentence (`Kunden bo ek ringde.`); shorter texts (most CSV cells:
 * names, numbers, addresses) are not searched.
 */
const MIN_ROLE_TEXT = 20;

/** `Kunden camilla kronberg vill ha faktura …`: a lower-case name right after a role noun, by the label rules. */
function afterRoleNouns(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  // Two searches turn most texts away. (More role nouns, `maken`, `mottagaren` …, cost a regex over all prose: 5% of
  // a scan's time, measured. These two are the ones notes use most.)
  if (text.length < MIN_ROLE_TEXT || (text.indexOf('unden ') < 0 && text.indexOf('ambon ') < 0)) return list;
  ROLE_NOUN.lastIndex = 0;
  for (let match = ROLE_NOUN.exec(text); match !== null; match = ROLE_NOUN.exec(text)) {
    const start = match.index + match[0].length;
    const count = readWords(text, start);
    if (count < 2) continue;
    const k = nameWords(text, count, rules, false) || looseNameWords(text, count, rules);
    if (k !== 0) list = addName(list, lowerName(text, start, readWordEnd(k - 1), 'role'));
  }
  return list;
}

/**
 * `min sambo kristoffer öberg`, `min mamma ulla holm`: a relation after the possessive `min` names a person next.
 * Swedish only, and one search for `in ` over the text (`min ` and `Min ` as two searches cost a chat log 3%).
 */
function afterRelations(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  if (text.length < MIN_ROLE_TEXT) return list;
  for (let at = text.indexOf('in ', 1); at >= 0; at = text.indexOf('in ', at + 3)) {
    const m = text.charCodeAt(at - 1);
    if ((m !== 109 && m !== 77) || (at > 1 && isLetterCode(text.charCodeAt(at - 2)))) continue;
    // The relation, then the name's words: read as one run of lower-case words.
    const count = readWords(text, at + 3);
    if (count < 3 || !isRelation(readWord(text, 0))) continue;
    const start = readWordEnd(0) + 1;
    const words = readWords(text, start);
    if (words < 2) continue;
    const k = nameWords(text, words, rules, false) || looseNameWords(text, words, rules);
    if (k !== 0) list = addName(list, lowerName(text, start, readWordEnd(k - 1), 'relation'));
  }
  return list;
}

/**
 * The endings of the most common Swedish surnames (Andersson, Lindberg, Holmström …). A lower-case name ending so is
 * looked for in capitalised lines too (`Återkoppling till anna svensson`), by the rules of lower-case lines, from
 * where such an ending occurs: a search per ending, so text without one costs nothing more.
 */
const COMMON_SURNAME_ENDINGS = ['sson', 'berg', 'ström'];
/**
 * Shorter texts are not searched: a name, an address, a number. (Three searches in each of a CRM export's million
 * cells cost a tenth of the name detector's time there; a note that names someone is a sentence.)
 */
export const MIN_SURNAME_TEXT = 24;
/** How far before a surname its given names and the word before them may start. */
const SURNAME_WINDOW = 64;

function commonSurnamesInLowerCase(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  for (const ending of COMMON_SURNAME_ENDINGS) {
    // The line's start, looked for back to where the last hit's search stopped: a search back to the text's start from
    // each hit would read a long line again per hit.
    let lineStart = 0;
    let searchedTo = 0;
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length)) {
      const end = at + ending.length;
      // A whole lower-case word ends here, after a blank and a lower-case word: else no lower-case name does.
      if (end < text.length && isLetterCode(text.charCodeAt(end))) continue;
      let wordStart = at;
      while (wordStart > 0 && isLowerLetter(text.charCodeAt(wordStart - 1))) wordStart--;
      if (wordStart === at || wordStart < 2 || text.charCodeAt(wordStart - 1) !== 32 || !isLowerAt(text, wordStart - 2)) continue;
      for (let i = wordStart - 1; i >= searchedTo; i--) {
        if (text.charCodeAt(i) === 10) {
          lineStart = i + 1;
          break;
        }
      }
      searchedTo = wordStart;
      // Already read as a line written in lower case.
      if (isLowerAt(text, wordAfter(text, lineStart - 1))) continue;
      let from = Math.max(lineStart, wordStart - SURNAME_WINDOW);
      if (from > lineStart) from = text.indexOf(' ', from) + 1;
      list = lowerLineNames(text, from, end, rules, list);
    }
  }
  return list;
}

const HERE = new Set(['här', 'here']);

/** `märta gustafsson här, hej`: a line or chat message that opens with a name and `här` (here), as callers introduce themselves. */
function nameBeforeHere(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const count = readWords(text, start);
  for (let k = Math.min(count - 1, 3); k >= 2; k--) {
    if (HERE.has(readWord(text, k)) && isLooseName(text, k, rules) && !hasEverydayWord(text, k, rules)) {
      return addName(list, lowerName(text, start, readWordEnd(k - 1), 'introduction'));
    }
  }
  return list;
}

/** `Mvh\nerik johansson`: a line (its first word at `start`) that is only a name, under a line that is only a sign-off. */
function signatureLine(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const count = readWords(text, start);
  if (count < 2) return list;
  const end = readWordEnd(count - 1);
  if (!endsLine(text, end) || !isSignatureUnderSignOff(text, start, rules) || nameWords(text, count, rules, true) === 0) return list;
  return addName(list, lowerName(text, start, end, 'signoff'));
}

/**
 * The lines and chat messages that start with a lower-case letter: where lines start (`lines`) and where messages
 * start after a `: ` (`messages`), each list in text order. Each line is read once: a message in a line already
 * read is passed.
 */
function lowerLines(text: string, lines: readonly number[], messages: readonly number[], rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  let readTo = -1;
  let l = 0;
  let m = 0;
  while (l < lines.length || m < messages.length) {
    const start = m >= messages.length || (l < lines.length && lines[l]! < messages[m]!) ? lines[l++]! : messages[m++]!;
    if (start < readTo) continue;
    readTo = text.indexOf('\n', start);
    if (readTo < 0) readTo = text.length;
    list = nameBeforeHere(text, start, rules, list);
    list = lowerLineNames(text, start, readTo, rules, list);
    list = callerAtLineStart(text, start, rules, list);
    list = nameBeforeNumber(text, start, rules, list);
  }
  return list;
}

/**
 * `deepa singh klagar på sen bil …`, `ifrah yusuf undrar om …`: a note's line that starts with the caller and a call
 * verb (name-lower-line.ts) is a slot, read by its rules (a surname needs no surname ending there); so is one whose two
 * first words come before a state verb, a past tense or a place (`amira habib är tillbaka`, `ahmet kara vägrade`, `elin
 * lindahl i blå grupp`) or a dash (`farhad mousavi – barnet sjukt`). The
 * verb is looked for first, at the end of the second or third word, so most lines cost two character tests.
 */
function callerAtLineStart(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const count = readWords(text, start);
  if (count < 2) return list;
  // `19:35 farhad mousavi – barnet sjukt, VAB`: an answering machine's note names the caller before a dash.
  const second = readWordEnd(1);
  const words = (count >= 3 && (callVerbAfter(text, second) || subjectWordAfter(text, second))) || dashAfter(text, second) ? 2 : count >= 4 && callVerbAfter(text, readWordEnd(2)) ? 3 : 0;
  if (words === 0) return list;
  const k = nameWords(text, words, rules, true) || (looseNameWords(text, words, rules) === words ? words : 0);
  if (k === 0) return list;
  const end = readWordEnd(k - 1);
  list = addName(list, lowerName(text, start, end, 'call'));
  // `wilma kjellberg och abdullahi samatar bråkade igen`: a second person joined by `och`, by the strict rule.
  if (!text.startsWith(AND_NAME, end)) return list;
  const next = end + AND_NAME.length;
  const more = readWords(text, next);
  if (more < 2) return list;
  const m = nameWords(text, Math.min(more, 3), rules, false);
  return m === 0 ? list : addName(list, lowerName(text, next, readWordEnd(m - 1), 'call'));
}
const AND_NAME = ' och ';

/**
 * `[11:25:24] gustav ekholm: hej`, `[2026-07-10 13:38] deniz kurt: hallå`: a chat transcript names the writer of each
 * message between the time stamp that starts the line (if any) and a colon; a list's item (`- ingegerd ekholm: antas`) its
 * person between the bullet and a colon. Read in lower case only when all the words make a name, by the strict rule
 * or the name label's loose one (listed words, none of them an everyday word in lower case): `kund:`, `agent anna:`
 * and `[10:02] ny kund:` stay labels.
 */
function chatWriter(text: string, colon: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  // The last word before the colon is written in lower case from its first letter (`Besökare:` is turned away here).
  let wordStart = colon - 1;
  while (wordStart > 0 && isLowerAt(text, wordStart - 1)) wordStart--;
  if (wordStart === 0 || text.charCodeAt(wordStart - 1) !== 32) return list;
  // The line's start, looked for no further back than a stamp and a writer reach (a long line has no writer).
  const reach = Math.max(0, colon - (MAX_TIMESTAMP + 2 + MAX_WRITER));
  let lineStart = colon - 1;
  while (lineStart > reach && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return list;
  let start: number;
  let stamped = true;
  const head = text.charCodeAt(lineStart);
  if (head === 91 /* [ */) {
    const close = bracketClose(text, lineStart, colon - lineStart);
    if (close < 0 || !isStampBetween(text, lineStart + 1, close)) return list;
    start = close + 2;
  } else if ((head === 45 || head === 42 || head === 0x2022) && text.charCodeAt(lineStart + 1) === 32) {
    // `- ingegerd ekholm: antas. sång+piano.`: a list's item that names its person, then what was decided.
    start = lineStart + 2;
  } else {
    // A saved web chat writes no stamp (`signe bergqvist: ja +46 …`): the writer starts the line.
    start = pastTimestamp(text, lineStart);
    if (start < 0) {
      start = lineStart;
      stamped = false;
    }
  }
  const count = readWords(text, start);
  if (count < 2 || readWordEnd(count - 1) !== colon) return list;
  // Unstamped, the line's words before a colon are most often a label (`mitt ordernummer är:`): two or three words
  // ending in a listed surname, checked first by one look-up.
  if (!stamped && (count > 3 || !rules.names.last.has(readWord(text, count - 1)))) return list;
  // The writer's place is a name's, as a name label's is: the loose rule (`signe bergqvist:`, an everyday given name).
  const named = nameWords(text, count, rules, true) === count || looseNameWords(text, count, rules) === count;
  return named ? addName(list, lowerName(text, start, colon, 'chat-speaker')) : list;
}

/** A writer's name before its colon is at most this long. */
const MAX_WRITER = 48;

/** `text[from, end)` is a date and time or a time alone (`11:25:24`, `2026-07-10 13:38`), as in a chat's brackets. */
function isStampBetween(text: string, from: number, end: number): boolean {
  if (end - from > MAX_TIMESTAMP) return false;
  let digits = 0;
  let colon = false;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 58) colon = true;
    else if (code !== 45 && code !== 46 && code !== 47 && code !== 32) return false;
  }
  return colon && digits >= 4;
}

/** A date and time at a line's start is at most this long (`2024-08-31 08:58:12`, `24/8 kl 08.58`). */
const MAX_TIMESTAMP = 24;

/**
 * Where the text after a date and time that starts a line at `from` starts (`2024-08-31 08:58 missat …`, `08:18 …`),
 * or -1 when the line starts with no such stamp: digits and `-./:` with blanks and `kl` between, then a blank.
 */
function pastTimestamp(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_TIMESTAMP);
  let i = from;
  let digits = 0;
  let colon = false;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 107 && text.charCodeAt(i + 1) === 108 && text.charCodeAt(i + 2) === 32) i++; // `kl `
    else if (code === 58) colon = true;
    else if (code !== 45 && code !== 46 && code !== 47 && code !== 32) break;
    i++;
  }
  // A date and a time have six digits at least, a time alone four and its colon; the stamp ends with a blank.
  return (digits >= 6 || (digits === 4 && colon)) && i > from && text.charCodeAt(i - 1) === 32 ? i : -1;
}

/** Weekdays as a cup's or a clinic's log abbreviates them before the time (`lör 21:50`, `sön 13:50`, `fre. 08:10`). */
const WEEKDAYS: ReadonlySet<string> = new Set(['mån', 'tis', 'ons', 'tor', 'tors', 'fre', 'lör', 'sön', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** Past a weekday (with or without its dot), a blank and a time stamp at `at`, else -1. */
function pastWeekdayStamp(text: string, at: number): number {
  let end = at;
  while (end < at + 4 && isLowerAt(text, end)) end++;
  if (end - at < 3 || !WEEKDAYS.has(text.slice(at, end))) return -1;
  if (text.charCodeAt(end) === 46) end++;
  if (text.charCodeAt(end) !== 32) return -1;
  const digit = text.charCodeAt(end + 1);
  return digit >= 48 && digit <= 57 ? pastTimestamp(text, end + 1) : -1;
}

/**
 * Past a code of capitals and digits with a digit in it (`PP193664794SE `), or an agent's tag in brackets (`[juha] `),
 * and one blank after it, else `at`.
 */
function pastCode(text: string, at: number): number {
  if (text.charCodeAt(at) === 91) {
    const close = bracketClose(text, at, 25);
    return close > at ? close + 2 : at;
  }
  let i = at;
  let digits = 0;
  for (; i < text.length && i - at <= MAX_TIMESTAMP; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (!(code >= 65 && code <= 90) && code !== 45) break;
  }
  return digits > 0 && i > at && text.charCodeAt(i) === 32 ? i + 1 : at;
}

/**
 * `2026-11-05 11:25 ON  kannika chantarasri ringer fr Hurghada`: past a note writer's initials at `at` (two or three
 * capitals) and the blanks after them, else -1.
 */
function pastInitials(text: string, at: number): number {
  let i = at;
  while (i - at < 3 && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) i++;
  if (i - at < 2 || text.charCodeAt(i) !== 32) return -1;
  while (text.charCodeAt(i) === 32 && i - at < 6) i++;
  return i;
}

/**
 * Where a line's text starts after a `[…]` at `at` that opens with a date or time (and may name its writer:
 * `[2026-10-24 08:35 ali.suleiman] `) and after a case's code (`S46490108 `), or -1.
 */
function pastStampedBracket(text: string, at: number): number {
  const first = text.charCodeAt(at + 1);
  if (first < 48 || first > 57) return -1;
  const close = bracketClose(text, at, MAX_TIMESTAMP + 2 + MAX_WRITER + 1);
  return close < 0 ? -1 : pastCode(text, close + 2);
}

/**
 * The `]` of a `] ` that closes the bracket opened at `open`, at most `reach` characters on and on the same line, or
 * -1. Bounded: a line that opens a bracket and never closes it (`[1, 2, 3]` at a line's end) is not searched on to the
 * text's end from every such line.
 */
function bracketClose(text: string, open: number, reach: number): number {
  const limit = Math.min(text.length - 1, open + reach);
  for (let i = open + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 93 && text.charCodeAt(i + 1) === 32) return i;
    if (code === 10) return -1;
  }
  return -1;
}

/** Where the word after the `:`, tab or line break at `at` starts: past a few blanks (`text.length` at the end). */
function wordAfter(text: string, at: number): number {
  let i = at + 1;
  let code = text.charCodeAt(i);
  // A value follows its label closely; a signature line may be indented a little.
  for (let blanks = 0; (code === 32 || code === 9 || code === 0xa0) && blanks < 8; blanks++) code = text.charCodeAt(++i);
  return Math.min(i, text.length);
}

/** A lower-case letter at `i`, decided inline for ASCII: most triggers (`10:45`, `Subject: Hej`, a line starting with `[`) stop here. */
function isLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  return isLowerLetter(code);
}

/**
 * Lower-case names in free text after a name label, on a signature line, in a self-introduction or in a line
 * written in lower case, in text order. Labels and signatures are looked for only after a `:`, a tab or a line
 * break, at the few places where a lower-case word starts; introductions and sign-offs where the text, a line or
 * a message after a `:` starts (and after the anchors of name-intro.ts), where the first letters may start one;
 * lines and messages that start with a lower-case letter are read last (unless `readLines` is false: text that is
 * no prose), the slots' names kept where they overlap.
 */
export function findLowerNames(text: string, rules: RuleSet, readLines = true, minSurnameText = MIN_SURNAME_TEXT): Found[] {
  // Shorter texts (many cells) hold none.
  if (text.length < MIN_TEXT) return NONE;
  let list: Found[] | undefined;
  // Where lines and chat messages written in lower case start, in text order: read last, by lowerLines.
  let lines: number[] | undefined;
  let messages: number[] | undefined;
  const limit = signOffLineLimit(rules);
  const first = wordAfter(text, -1);
  // A text that starts with a sign-off and a name is that one line: a longer text starts with none.
  if (mayIntroduce(text.charCodeAt(first))) list = introductionAt(text, first, rules, list, text.length - first <= limit + NAME_AFTER_SIGN_OFF);
  if (isLowerAt(text, first)) lines = [first];
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    // `10:45`, `https://`: most colons stand between digits or before a slash, and are passed at once.
    const next = text.charCodeAt(at + 1);
    if (next < 97 && next !== 32 && next !== 9) continue;
    const start = wordAfter(text, at);
    if (isLowerAt(text, start)) {
      list = afterLabel(text, at, start, rules, list);
      // `kund: ja det var …`: a chat message or a value written in lower case (not `2001:db8:…`, `mailto:anna`).
      if (start > at + 1) (messages ??= []).push(start);
    }
    // `Besökare: my name is …`: a chat message or a field value starts here.
    if (mayIntroduce(text.charCodeAt(start))) list = introductionAt(text, start, rules, list);
    // `[11:25:24] gustav ekholm: hej har en fråga`: the writer of a chat message, in lower case.
    if (next === 32 && at > 0 && isLowerAt(text, at - 1)) list = chatWriter(text, at, rules, list);
  }
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) {
    const start = wordAfter(text, at);
    if (isLowerAt(text, start)) list = afterLabel(text, at, start, rules, list);
    if (mayIntroduce(text.charCodeAt(start))) list = introductionAt(text, start, rules, list);
  }
  // `…|IN|46704943427|72999|hej det är helmer wennerholm, kan ni ringa mig`: a delimited log's message field starts
  // after its `|`, as a chat message does after its `:`.
  for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) {
    const start = wordAfter(text, at);
    if (mayIntroduce(text.charCodeAt(start))) list = introductionAt(text, start, rules, list);
  }
  // `15:07 BN in (072) 983 43 82 – dimitra papadopoulos frågar om status`: a call log's note after a dash is read as a
  // message's start is (its first words a name only before a call or state verb, as at a line's start).
  let dashed = false;
  for (let at = text.indexOf(' – '); at >= 0; at = text.indexOf(' – ', at + 3)) {
    const start = at + 3;
    if (isLowerAt(text, start)) {
      (messages ??= []).push(start);
      dashed = true;
    }
  }
  if (dashed) messages!.sort((a, b) => a - b);
  if (readLines) list = afterRelations(text, rules, afterRoleNouns(text, rules, list));
  // A signature line follows a short line: the sign-off, or a blank line under it.
  let lineFrom = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const next = text.charCodeAt(at + 1);
    // Most lines start with a capital that starts no introduction (or a `[`, a digit, `>`): passed on that letter.
    // (`ß`–`ÿ` and beyond: lower-case letters of Latin-1, `ä`, `ö`, and what the word rules decide on.)
    // `- harald sundqvist ringde, …`: a list's item is a line of its own after its bullet.
    const bullet = (next === 45 || next === 42 || next === 0x2022) && text.charCodeAt(at + 2) === 32;
    if (bullet && readLines && isLowerAt(text, at + 3)) {
      (lines ??= []).push(at + 3);
    } else if ((next >= 97 && next <= 122) || next >= 0xdf || mayIntroduce(next) || next === 32 || next === 9 || next === 0xa0) {
      const start = wordAfter(text, at);
      if (isLowerAt(text, start)) {
        if (at - lineFrom <= limit) list = signatureLine(text, start, rules, list);
        (lines ??= []).push(start);
        // `sön 18:00 abraham kahsay ringde om biljetter`: after a weekday and a time the line's note starts, and its
        // first words are read as a caller's are (the rest of the line is read from its start, as before).
        const stamped = readLines ? pastWeekdayStamp(text, start) : -1;
        if (stamped > 0 && isLowerAt(text, stamped)) list = callerAtLineStart(text, stamped, rules, list);
      }
      if (mayIntroduce(text.charCodeAt(start))) list = introductionAt(text, start, rules, list, true);
    } else if (next >= 48 && next <= 57 && readLines) {
      // `2024-08-31 08:58 missat samtal …, det var tomas lindgren, inköp`: a note's line after its date and time,
      // and after a parcel's or a case's code (`08:18 PP193664794SE tyra hedlund – …`).
      const stamped = pastTimestamp(text, at + 1);
      const start = stamped > 0 ? pastCode(text, stamped) : -1;
      if (start > 0 && isLowerAt(text, start)) (lines ??= []).push(start);
      else if (start > 0) {
        // After the writer's initials the note's first words are read as a caller's (the rest of the line as before).
        const initialed = pastInitials(text, start);
        if (initialed > 0 && isLowerAt(text, initialed)) list = callerAtLineStart(text, initialed, rules, list);
      }
    } else if (next === 91 && readLines) {
      // `[2026-10-24 08:35 ali.suleiman] S46490108 pratat m alice sundqvist, …`: a case system's note after its
      // bracketed time stamp and writer, and the case's code.
      const start = pastStampedBracket(text, at + 1);
      if (start > 0 && isLowerAt(text, start)) (lines ??= []).push(start);
    }
    lineFrom = at + 1;
  }
  list = findIntroducedNames(text, rules, list);
  // What callers say and texters write (`… heter jag`, `mamma till …`, `/annika ek`) is searched for only in text
  // with lines or messages written in lower case: three searches over all prose cost a chat log ~9%.
  if (readLines && (lines || messages)) list = lowerLines(text, lines ?? NO_STARTS, messages ?? NO_STARTS, rules, spokenSlotNames(text, rules, list));
  if (readLines && text.length >= minSurnameText) list = commonSurnamesInLowerCase(text, rules, list);
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
  const end = readWordEnd(count - 1);
  if (!endsCellOrNumber(text, end)) return NONE;
  if (nameWords(text, count, rules, true) !== 0) return [lowerName(text, start, end, reason)];
  return isLooseNameCell(text, count, rules) ? [{ start, end, normalized: titleCase(text.slice(start, end)), confidence: 'medium', reasons: ['shape:lower', reason] }] : NONE;
}

/**
 * Only blanks after `end`, or the person's number and nothing else: a next-of-kin field's `carina bergkvist 073-305 37
 * 29` (blanks, a comma, then digits and `+ ( ) -`, six digits at least).
 */
function endsCellOrNumber(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return true;
  if (text.charCodeAt(i) === 44) i++;
  let digits = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (!isSpace(code) && code !== 43 && code !== 40 && code !== 41 && code !== 45) return false;
  }
  return digits >= 6;
}

/**
 * A cell's or field's whole value written in lower case that is a name by the strict rule (`dagny rosén` as an SMS
 * reply, `"from": "elof blomqvist"` in a chat export): a listed given name and surname, neither an everyday word,
 * and nothing else. Unlike lowerNameCell, for fields no rule names as a name's: the loose rule is not used.
 */
export function wholeValueLowerName(text: string, rules: RuleSet): Found[] {
  // `/bengt hansson` as a survey answer or an SMS reply: the writer's signature is the whole value.
  const signed = text.charCodeAt(0) === 47; /* / */
  let start = signed ? 1 : 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (!isLowerAt(text, start)) return NONE;
  const count = readWords(text, start);
  if (count < 2) return NONE;
  const end = readWordEnd(count - 1);
  for (let i = end; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return NONE;
  return nameWords(text, count, rules, true) === count ? [lowerName(text, start, end, signed ? 'signoff' : 'whole-value')] : NONE;
}

/**
 * A lower-case given name cell joined with the record's surname (`anna` + `andersson`): a name, or undefined. The
 * columns say what each word is, so the loose rule of name columns applies (`göran` + `ström`, `erik` +
 * `mcallister`: an everyday surname, one no list knows).
 */
export function lowerJoinedName(given: string, surname: string, rules: RuleSet): string | undefined {
  const joined = `${given.trim()} ${surname.trim().toLowerCase()}`;
  const count = readWords(joined, 0);
  if (count < 2 || readWordEnd(count - 1) !== joined.length) return undefined;
  if (nameWords(joined, count, rules, true) === 0 && !isLooseNameCell(joined, count, rules)) return undefined;
  return titleCase(joined);
}
