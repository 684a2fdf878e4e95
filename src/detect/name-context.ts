import { isDigitCode } from './context.js';
import { parsePersonnummer } from './personnummer.js';
import type { RuleSet } from './rules/types.js';

/**
 * What the text around a candidate name says about it. Run only on candidates (a few per segment), so plain
 * slices are fine here.
 */

export interface NameContext {
  /** Reason codes (`greeting`, `signoff`, `label:namn`, `display-name`, `title`, `relation`). Never contain the value. */
  readonly reasons: string[];
  /** A label, display name or signature line: the slot holds a name even if no list knows it. */
  readonly strong: boolean;
  /** A greeting, a title (Herr, Mr, Dr) or a relation (`min sambo`): a name is likely but the words may still be ordinary ones. */
  readonly weak: boolean;
}

const TITLES = new Set(['herr', 'fru', 'fröken', 'mr', 'mrs', 'ms', 'miss', 'dr', 'doktor', 'prof', 'professor', 'sir']);

/**
 * A person introduced by name (`Hej, jag heter Saga Berg`): the slot holds a name even when both words are
 * everyday ones (saga, berg). Only a person as the subject: `Produkten heter Galaxy Tab` is no name.
 */
const INTRODUCTIONS = ['jag heter', 'han heter', 'hon heter', 'mitt namn är', 'namnet är', 'my name is', 'this is', 'det är'];

interface CompiledKeywords {
  readonly greetings: KeywordIndex;
  readonly signOffs: ReadonlySet<string>;
  /** The longest sign-off: a longer line is no sign-off line. */
  readonly longestSignOff: number;
  readonly signOffList: KeywordIndex;
  /** Sign-offs by their first letter, longest first (`best regards` before `best`). */
  readonly signOffsByFirst: KeywordIndex;
  /** 1 at the `trigramSlot` of each sign-off's first three letters: where a line may start one. */
  readonly signOffStarts: Uint8Array;
  readonly labels: KeywordIndex;
}

/** Keywords by their last character, in list order: a phrase can only end with the ones sharing its last one. */
type KeywordIndex = ReadonlyMap<number, readonly string[]>;

function indexByLastChar(words: readonly string[]): KeywordIndex {
  const index = new Map<number, string[]>();
  for (const word of words) {
    if (!word) continue; // an empty keyword never matches
    const last = word.charCodeAt(word.length - 1);
    const list = index.get(last);
    if (list) list.push(word);
    else index.set(last, [word]);
  }
  return index;
}

/** The sign-offs by first letter, for `signOffAt`, and their first three letters, for `mayStartSignOff`. */
function signOffStartsOf(signOffs: readonly string[]): Pick<CompiledKeywords, 'signOffsByFirst' | 'signOffStarts'> {
  const byFirst = new Map<number, string[]>();
  const starts = new Uint8Array(1 << 12);
  for (const word of [...signOffs].sort((a, b) => b.length - a.length)) {
    if (word.length === 0) continue;
    const first = word.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(word);
    else byFirst.set(first, [word]);
    // A sign-off shorter than three letters or beyond Latin-1 has no slot in the table: every line may start one.
    if (word.length < 3 || first > 0xff || word.charCodeAt(1) > 0xff || word.charCodeAt(2) > 0xff) starts.fill(1);
    else starts[trigramSlot(first, word.charCodeAt(1), word.charCodeAt(2))] = 1;
  }
  return { signOffsByFirst: byFirst, signOffStarts: starts };
}

const INTRODUCTION_INDEX = indexByLastChar(INTRODUCTIONS);

let compiledFor: RuleSet | undefined;
let compiledEntry: CompiledKeywords | undefined;

function compiled(rules: RuleSet): CompiledKeywords {
  if (rules !== compiledFor || !compiledEntry) {
    const strip = (word: string): string => word.slice(0, trailingPunctuationStart(word));
    compiledEntry = {
      greetings: indexByLastChar(rules.keywords.greetings.map(strip)),
      signOffs: new Set(rules.keywords.signOffs.map(strip)),
      longestSignOff: Math.max(0, ...rules.keywords.signOffs.map((word) => word.length)),
      signOffList: indexByLastChar(rules.keywords.signOffs.map(strip)),
      ...signOffStartsOf(rules.keywords.signOffs.map(strip)),
      labels: indexByLastChar(rules.keywords.nameLabels.map(strip)),
    };
    compiledFor = rules;
  }
  return compiledEntry;
}

/** White space as `\s` and `trim()` see it. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Where the run of white space and `, . ! : ;` that ends `text` starts (`text.length` when there is none). */
function trailingPunctuationStart(text: string): number {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!isTrailingPunctuation(c)) break;
    end--;
  }
  return end;
}

function lineStart(text: string, index: number): number {
  const at = text.lastIndexOf('\n', index - 1);
  return at + 1;
}

/** Start of the line holding `index`, looking back at most `window` characters. */
function lineStartNear(text: string, index: number, window: number): number {
  const limit = Math.max(0, index - window);
  for (let i = index - 1; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return limit;
}

/** Characters a signature line may start with before the name: white space, `/`, dashes. */
function isSignatureMark(code: number): boolean {
  return code === 47 || code === 45 || code === 0x2013 || code === 0x2014 || (code !== 10 && isSpace(code));
}

/** Start of the line holding `index` when everything before `index` on it is signature marks, else -1. */
function signatureLineStart(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isSignatureMark(text.charCodeAt(i))) i--;
  return i < 0 || text.charCodeAt(i) === 10 ? i + 1 : -1;
}

/** `phrase` ends `haystack` at a word boundary. */
function endsWithWord(haystack: string, phrase: string): boolean {
  if (!phrase || !haystack.endsWith(phrase)) return false;
  const at = haystack.length - phrase.length;
  return at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1]!);
}

/** The first keyword (in list order) that ends `phrase` at a word boundary. */
function keywordEnding(phrase: string, index: KeywordIndex): string | undefined {
  if (!phrase) return undefined;
  const candidates = index.get(phrase.charCodeAt(phrase.length - 1));
  if (candidates) for (const keyword of candidates) if (endsWithWord(phrase, keyword)) return keyword;
  return undefined;
}

/** The previous non-blank line before `lineFrom` (at most one blank line between), trimmed and lower-cased. */
function previousLine(text: string, lineFrom: number): string | undefined {
  let end = lineFrom - 1;
  for (let blank = 0; blank < 2 && end > 0; blank++) {
    const from = lineStart(text, end);
    const line = text.slice(from, end).replace(/\r$/, '').trim();
    if (line) return line.toLowerCase();
    end = from - 1;
  }
  return undefined;
}

/** `… <addr@host>` or `" <addr@host>` right after the candidate: an e-mail display name. */
/** `(850312-2387)`, `, 19850312-2387`: a valid personnummer in parentheses or after a comma, right after the words. */
const PERSONNUMMER_AFTER = /^ ?(?:\( ?|, ?)((?:\d{2})?\d{6}[-+\u2010-\u2013\u2212 ]?\d{4})(?![\d])/;

/**
 * `Fullmakt för Bui Thu Trang (910629-0506)`: words right before the person's own personnummer name the person,
 * whatever lists they are in.
 */
function isFollowedByPersonnummer(text: string, end: number): boolean {
  // Decided on a character or two for nearly every name: `(` or `,`, perhaps after one space; or a space and a digit.
  let next = text.charCodeAt(end);
  if (next === 32) next = text.charCodeAt(end + 1);
  // `M677880 Alm, Agnes 860415-1350 2026-11-04`: a list's row, the personnummer as written, after one space.
  const written = next >= 48 && next <= 57 && text.charCodeAt(end) === 32 ? WRITTEN_PERSONNUMMER_AFTER.exec(text.slice(end, end + 16)) : null;
  if (written !== null) return parsePersonnummer(written[1]!, new Date()) !== undefined;
  if (next !== 40 && next !== 44) return false;
  const match = PERSONNUMMER_AFTER.exec(text.slice(end, end + 20));
  return match !== null && parsePersonnummer(match[1]!, new Date()) !== undefined;
}

/**
 * `20 200909066888 HJELM FELICIA   53082760284316 …`: a payroll or register file's record, the person's personnummer
 * as written, then one blank and the name. Decided on one character for nearly every name (a digit before a blank).
 */
function isPrecededByPersonnummer(text: string, start: number): boolean {
  if (start < 11 || text.charCodeAt(start - 1) !== 32 || !isDigitCode(text.charCodeAt(start - 2))) return false;
  let from = start - 2;
  while (from > 0 && start - from <= 14 && (isDigitCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 45 || text.charCodeAt(from - 1) === 43)) from--;
  if (from > 0 && text.charCodeAt(from - 1) !== 32 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 9) return false;
  const written = text.slice(from, start - 1);
  return written.length >= 10 && written.length <= 13 && parsePersonnummer(written, new Date()) !== undefined;
}

/** A blank (or `, `) and then a digit or `+` at `end`: decided on two or three characters for nearly every name. */
function isDigitAfterBlank(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32) return false;
  const next = text.charCodeAt(i + 1);
  return (next >= 48 && next <= 57) || next === 43;
}

/** `, Ängsvägen 22, 629 97 NORRSJÖ`, `, Storgatan 1 B, 411 36 Göteborg`: a street and house number, then a postcode and town. */
const ADDRESS_AFTER = /^, [A-ZÅÄÖÉÜ][\p{L}.-]*(?: [\p{L}.-]+){0,3} \d{1,5}(?: ?[A-Za-z])?, (?:SE-? ?)?[1-9]\d\d ?\d\d \p{Lu}/u;
const MAX_ADDRESS_AFTER = 80;

/** Words that may stand between a name and its number (`pnr 070130-2010`, `tel 070 …`), the longest 7 characters. */
const NUMBER_LABELS: ReadonlySet<string> = new Set(['pnr', 'personnr', 'pnr:', 'tel', 'tfn', 'mobil', 'mob', 'nr', 'telnr', 'tel:', 'tfn:', 'mobil:', 'på']);
const MAX_LABEL = 8;

/**
 * At `at`: a blank (after an optional `,`), perhaps a `(` or a number's label (`pnr`, `tel`, `på`), then a number of 8 to 12 digits written with
 * blanks, `-`, `/` or `.` between groups, starting with `0`, `+`, `1`–`9`, and ending before any further digit or letter.
 */
export function numberFollows(text: string, at: number): boolean {
  let i = at;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32) return false;
  i++;
  // `jiyan kaki (540111-7949) vill …`: the number in parentheses.
  if (text.charCodeAt(i) === 40) i++;
  const first = text.charCodeAt(i);
  if (!isDigitCode(first) && first !== 43) {
    // A label word: up to the next blank, looked up as written (lower case only: `Tel` starts a new sentence).
    let blank = i;
    while (blank < text.length && blank - i <= MAX_LABEL && text.charCodeAt(blank) !== 32) blank++;
    if (text.charCodeAt(blank) !== 32 || blank - i > MAX_LABEL || !NUMBER_LABELS.has(text.slice(i, blank))) return false;
    i = blank + 1;
    if (!isDigitCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 43) return false;
  }
  // An international number has up to 15 digits, and a column after it may add a lone one (`+49 151 9829159 1 pers`).
  const international = text.charCodeAt(i) === 43;
  if (international) i++;
  let digits = 0;
  const limit = Math.min(text.length, i + (international ? 22 : 18));
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) digits++;
    else if (!((code === 32 || code === 45 || code === 47 || code === 46) && isDigitCode(text.charCodeAt(i + 1)))) break;
  }
  if (digits < 8 || digits > (international ? 16 : 12)) return false;
  const next = text.charCodeAt(i);
  return !(isDigitCode(next) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122));
}

/** After one space, only the written form with its `-` or `+` (`860415-1350`): bare digits are as often a phone or an id. */
const WRITTEN_PERSONNUMMER_AFTER = /^ ((?:\d{2})?\d{6}[-+]\d{4})(?![\d])/;

function isDisplayName(text: string, end: number): boolean {
  let i = end;
  if (text[i] === '"' || text[i] === "'") i++;
  while (text[i] === ' ' && i < end + 4) i++;
  const open = text.charCodeAt(i);
  if (open !== 60 && open !== 40) return false;
  // The bracket must close within 120 characters with an `@` inside: look no further (a chat line's
  // `(Kundtjänst)` would otherwise send a search for `@` through the rest of the segment).
  const close = open === 60 ? 62 : 41;
  const limit = Math.min(text.length, i + 120);
  let at = false;
  for (let k = i + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === close) return at;
    if (c === 64) at = true;
  }
  return false;
}

/** Lower case of one character, or -1 where it depends on more than the character (`İ` becomes two, `Σ` `σ`/`ς`). */
const LOWER = new Int32Array(65536).fill(-2);

function lowerOf(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let lower = LOWER[code]!;
  if (lower === -2) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 && code !== 0x3a3 ? folded.charCodeAt(0) : -1;
    LOWER[code] = lower;
  }
  return lower;
}

/**
 * False when no keyword of `index` can end the lower-cased `text[from, end)`: its last character ends none of them.
 * Decided on the raw text, so the window is lower-cased only for the few candidates that might match.
 */
function mayEndWithKeyword(text: string, from: number, end: number, index: KeywordIndex): boolean {
  if (end <= from) return false;
  const last = lowerOf(text.charCodeAt(end - 1));
  return last < 0 || index.has(last);
}

/**
 * Someone's relation, after a possessive (`min sambo Jan Berg`, `my wife Saga Holm`): a person is named next, as
 * after a title, but the words may still be ordinary ones.
 */
const RELATIONS = new Set([
  'sambo', 'make', 'maka', 'man', 'fru', 'hustru', 'mamma', 'pappa', 'mor', 'far', 'son', 'dotter', 'bror', 'syster', 'farmor', 'farfar',
  'mormor', 'morfar', 'kollega', 'chef', 'granne', 'partner', 'pojkvän', 'flickvän', 'husband', 'wife', 'mother', 'father', 'daughter',
  'brother', 'sister', 'colleague', 'manager', 'neighbour', 'neighbor', 'boyfriend', 'girlfriend',
  // Former partners and friends, as debtors explain an order someone else placed (`min exsambo onur tekin`).
  'exsambo', 'exman', 'exfru', 'expojkvän', 'exflickvän', 'kompis', 'vän', 'väninna', 'svåger', 'svägerska', 'kusin',
  'ex', 'friend',
]);
/** A word for someone's relation (`sambo`, `mamma`, `wife` …), lower-case. */
export function isRelation(word: string): boolean {
  return RELATIONS.has(word);
}

/** The same in the definite form (`sonen`, `barnbarnet`), which needs no possessive before it. */
export function isDefiniteRelation(word: string): boolean {
  return DEFINITE_RELATIONS.has(word);
}

/**
 * A relation in the definite form names whose it is by itself (`barnbarnet Gunvor Tewelde`, `sonen Erik`, `änkan
 * Berit`): no possessive needed. Only forms that are no everyday word besides (`mannen`, `modern` are).
 */
const DEFINITE_RELATIONS = new Set([
  'sambon', 'maken', 'makan', 'hustrun', 'sonen', 'dottern', 'brodern', 'systern', 'barnbarnet', 'barnbarnen', 'svärsonen', 'svärdottern',
  'svågern', 'svägerskan', 'mamman', 'pappan', 'farmodern', 'mormodern', 'änkan', 'änklingen', 'kusinen', 'brorsonen', 'systerdottern',
  'dödsbodelägaren', 'avlidne',
]);

/**
 * A role in the definite form names the person a note is about as a title does (`Kunden Kibrom Tewelde ringde`,
 * `hyresgästen Per Holm`): a weak context, so that two given names or a surname that is an everyday word are read.
 */
const DEFINITE_ROLES = new Set([
  'kunden', 'patienten', 'eleven', 'kandidaten', 'medlemmen', 'gäldenären', 'hyresgästen', 'sökanden', 'gästen', 'köparen',
  'säljaren', 'ägaren', 'föraren', 'passageraren', 'resenären', 'vårdtagaren', 'brukaren', 'anmälaren', 'låntagaren',
  'abonnenten', 'kortinnehavaren', 'klienten', 'beställaren', 'avsändaren', 'uppringaren', 'djurägaren', 'hundägaren',
]);

const POSSESSIVES = new Set(['min', 'mitt', 'hans', 'hennes', 'deras', 'vår', 'er', 'din', 'sin', 'sitt', 'my', 'his', 'her', 'our', 'their', 'your']);
/** A possessive (`min`, `hennes`, `my` …), lower-case: the word before a relation, never a name's first word. */
export function isPossessive(word: string): boolean {
  return POSSESSIVES.has(word);
}

const TITLE_LAST_CHARS: ReadonlySet<number> = new Set([...TITLES, ...RELATIONS, ...DEFINITE_RELATIONS, ...DEFINITE_ROLES].map((word) => word.charCodeAt(word.length - 1)));
const NO_CONTEXT: NameContext = Object.freeze({ reasons: Object.freeze([]) as unknown as string[], strong: false, weak: false });

export function nameContext(text: string, start: number, end: number, rules: RuleSet): NameContext {
  const keywords = compiled(rules);
  let reasons: string[] | undefined;
  let strong = false;
  let weak = false;

  if (isDisplayName(text, end)) {
    reasons = ['display-name'];
    strong = true;
  } else if (isFollowedByPersonnummer(text, end)) {
    reasons = ['personnummer-after'];
    strong = true;
  } else if (isPrecededByPersonnummer(text, start)) {
    reasons = ['personnummer-before'];
    strong = true;
  } else if (isDigitAfterBlank(text, end) && numberFollows(text, end)) {
    // `NI1 REZAEI, OMID 076-6131230: ej svar`, `Omid Rezaei 070-449 52 34`: a key holder's or caller's number
    // written right after their name.
    reasons = ['number-after'];
    strong = true;
  } else if (text.charCodeAt(end) === 44 && ADDRESS_AFTER.test(text.slice(end, end + MAX_ADDRESS_AFTER))) {
    // `HAKALA, VEIKKO, Ängsvägen 22, 629 97 NORRSJÖ`: a mailing list's line, the person's own postal address after them.
    reasons = ['address-after'];
    strong = true;
  }

  // `before`: the last 60 characters of the line, lower-cased, without one closing `"`, `'` or `(` and trailing
  // white space. Kept as offsets into `text` and lower-cased only when a keyword may end it; lower-casing maps
  // character to character here, so the offsets hold (`mayEndWithKeyword` gives up on the exceptions).
  const from60 = lineStartNear(text, start, 60);
  const beforeEnd = beforeEndOf(text, start, from60);
  // The phrase: `before` without trailing white space and `, . ! : ;` (none of which lower-casing makes).
  const phraseEnd = phraseEndOf(text, beforeEnd, from60);

  const label = labelIn(text, start, from60, beforeEnd, phraseEnd, keywords);
  if (label !== undefined) {
    (reasons ??= []).push(`label:${label}`);
    strong = true;
  } else if (isChatSpeaker(text, start, end, from60)) {
    (reasons ??= []).push('chat-speaker');
    strong = true;
  }

  const from = signatureLineStart(text, start);
  if (from >= 0) {
    if (isUnderSignOff(text, from, keywords)) {
      (reasons ??= []).push('signoff');
      strong = true;
    } else if (text.slice(from, start).includes('/')) {
      (reasons ??= []).push('signoff');
      strong = true;
    }
  } else {
    const phrase =
      mayEndWithKeyword(text, from60, phraseEnd, keywords.signOffList) ||
      mayEndWithKeyword(text, from60, phraseEnd, keywords.greetings) ||
      mayEndWithKeyword(text, from60, phraseEnd, INTRODUCTION_INDEX)
        ? text.slice(from60, phraseEnd).toLowerCase()
        : '';
    if (phrase.length < 40 && keywordEnding(phrase, keywords.signOffList) !== undefined) {
      (reasons ??= []).push('signoff');
      strong = true;
    } else if (keywordEnding(phrase, INTRODUCTION_INDEX) !== undefined) {
      (reasons ??= []).push('introduction');
      strong = true;
    } else if (keywordEnding(phrase, keywords.greetings) !== undefined) {
      (reasons ??= []).push('greeting');
      weak = true;
    } else {
      let titled = false;
      if (mayEndTitle(text, from60, beforeEnd)) {
        const before = text.slice(from60, beforeEnd).toLowerCase();
        const lastWord = lastWordOf(before);
        if (lastWord && TITLES.has(lastWord)) {
          (reasons ??= []).push('title');
          titled = true;
        } else if (lastWord && ((RELATIONS.has(lastWord) && POSSESSIVES.has(lastWordOf(before.slice(0, before.length - lastWord.length).trimEnd()) ?? '')) || DEFINITE_RELATIONS.has(lastWord))) {
          (reasons ??= []).push('relation');
          titled = true;
        } else if (lastWord && DEFINITE_ROLES.has(lastWord)) {
          (reasons ??= []).push('role');
          titled = true;
        }
      }
      // `Kontaktperson Axel Falk 0046 …`, `Handläggare Per Holm`, `Sambo Dang Thi Lan`: a name label written without
      // its `:` still names the person after it, as a title does (a weak context: `Falk` and `Holm` are everyday
      // words too).
      if (!titled && label === undefined && isRightAfter(text, beforeEnd, start) && mayEndWithKeyword(text, from60, beforeEnd, keywords.labels)) {
        const word = keywordEnding(text.slice(from60, beforeEnd).toLowerCase(), keywords.labels);
        if (word !== undefined && !COLON_ONLY_LABELS.has(word)) {
          (reasons ??= []).push('label-word');
          titled = true;
        }
      }
      if (titled) weak = true;
    }
  }
  return reasons ? { reasons, strong, weak } : NO_CONTEXT;
}

/**
 * A chat export's line as WhatsApp writes it, the name of the one who wrote between the time and a colon:
 * `[2026-03-19 16:08:15] Kadri Rebane: …`, `[19/03/2026, 16:08:15] …`, `2026-03-19 16:08 - Alistair Ellison: …`.
 * Contacts are saved under people's names, so the place says a name as a label does. The date must be there: a
 * support chat's `[07:54:30] Norrsken Bot:` names a bot and an agent's display name as often as a person.
 */
const CHAT_STAMP = /^(?:\[\d{1,4}[-./]\d{1,2}[-./]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[APap][Mm])?\]|\d{1,4}[-./]\d{1,2}[-./]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[APap][Mm])? -) $/;

function isChatSpeaker(text: string, start: number, end: number, lineFrom: number): boolean {
  if (text.charCodeAt(end) !== 58 || text.charCodeAt(end + 1) !== 32 || start - lineFrom < 10 || text.charCodeAt(start - 1) !== 32) return false;
  if (lineFrom > 0 && text.charCodeAt(lineFrom - 1) !== 10) return false; // the line starts further back than a stamp
  return CHAT_STAMP.test(text.slice(lineFrom, start));
}

/** End of the text before a candidate at `start`: without one closing `"`, `'` or `(` and trailing white space. */
function beforeEndOf(text: string, start: number, from60: number): number {
  let beforeEnd = start;
  if (beforeEnd > from60) {
    const c = text.charCodeAt(beforeEnd - 1);
    if (c === 34 || c === 39 || c === 40) beforeEnd--;
  }
  while (beforeEnd > from60 && isSpace(text.charCodeAt(beforeEnd - 1))) beforeEnd--;
  return beforeEnd;
}

function phraseEndOf(text: string, beforeEnd: number, from60: number): number {
  let phraseEnd = beforeEnd;
  while (phraseEnd > from60 && isTrailingPunctuation(text.charCodeAt(phraseEnd - 1))) phraseEnd--;
  return phraseEnd;
}

/** Labels that are prepositions too: a label only with their colon (`Till: Anna Berg`, not `skickades till Anna Berg`). */
const COLON_ONLY_LABELS: ReadonlySet<string> = new Set(['till', 'från', 'to']);

/** The name label that ends `text[from60, phraseEnd)` when a `:` (or a tab right before `start`) follows it. */
function labelIn(text: string, start: number, from60: number, beforeEnd: number, phraseEnd: number, keywords: CompiledKeywords): string | undefined {
  if (!((beforeEnd > from60 && text.charCodeAt(beforeEnd - 1) === 58) || (start > from60 && text.charCodeAt(start - 1) === 9))) return undefined;
  if (!mayEndWithKeyword(text, from60, phraseEnd, keywords.labels)) return undefined;
  const label = keywordEnding(text.slice(from60, phraseEnd).toLowerCase(), keywords.labels);
  // `Från: "Elsa Berg Interiör" <faktura@…>`: a mail header's display name, which the display-name rules read (a firm's
  // name for a role mailbox is no person's).
  return label !== undefined && COLON_ONLY_LABELS.has(label) && text.charCodeAt(start - 1) === 34 ? undefined : label;
}

/** The line before the signature line starting at `lineFrom` (at most one blank line between) is only a sign-off. */
function isUnderSignOff(text: string, lineFrom: number, keywords: CompiledKeywords): boolean {
  const previous = previousLine(text, lineFrom);
  return previous !== undefined && keywords.signOffs.has(previous.slice(0, trailingPunctuationStart(previous)));
}

/** The name label (`namn`, `kund`, `kontaktperson` …) whose `:` or tab stands right before `start`, if any. */
export function labelBefore(text: string, start: number, rules: RuleSet): string | undefined {
  const from60 = lineStartNear(text, start, 60);
  const beforeEnd = beforeEndOf(text, start, from60);
  return labelIn(text, start, from60, beforeEnd, phraseEndOf(text, beforeEnd, from60), compiled(rules));
}

/** False when no name label ends with the character before `at` (`Anna:`, `Subject:`): nothing to look up. */
export function mayEndLabel(text: string, at: number, rules: RuleSet): boolean {
  return mayEndWithKeyword(text, at - 1, at, compiled(rules).labels);
}

/**
 * Lines longer than this are no sign-off line (`Mvh`, `Med vänliga hälsningar,`), whatever they hold: the longest
 * sign-off with room for indentation, trailing punctuation and a CR.
 */
export function signOffLineLimit(rules: RuleSet): number {
  return compiled(rules).longestSignOff + 8;
}

/** `start` begins a signature line (only blanks, `/` or dashes before it) right under a line that is only a sign-off. */
export function isSignatureUnderSignOff(text: string, start: number, rules: RuleSet): boolean {
  const from = signatureLineStart(text, start);
  return from >= 0 && isUnderSignOff(text, from, compiled(rules));
}

/** Latin-1 lower case without a table: ASCII and Latin-1 capitals (`Å`, `Ä`, `Ö`) are 32 below their small letters. */
function foldLatin1(code: number): number {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
}

/** A slot for three Latin-1 letters in lower case (`mvh`, `häl`, `bes`); other triples may share it. */
function trigramSlot(a: number, b: number, c: number): number {
  return (foldLatin1(a) * 961 + foldLatin1(b) * 31 + foldLatin1(c)) & 0xfff;
}

/** The table `mayStartSignOff` reads, for the rules' sign-offs. */
export function signOffStartTable(rules: RuleSet): Uint8Array {
  return compiled(rules).signOffStarts;
}

/**
 * False when no sign-off can start at `i`: its first three letters (Latin-1, any case) start none of them. One
 * table lookup in `signOffStartTable`, for the places where a line starts; other letters answer "maybe".
 */
export function mayStartSignOff(text: string, i: number, table: Uint8Array): boolean {
  // `trigramSlot` written out: this runs at many line starts, and the engine may not inline three calls here.
  let a = text.charCodeAt(i);
  let b = text.charCodeAt(i + 1);
  let c = text.charCodeAt(i + 2);
  if (a > 0xff || b > 0xff || c > 0xff) return true;
  if ((a >= 65 && a <= 90) || (a >= 0xc0 && a <= 0xde && a !== 0xd7)) a += 32;
  if ((b >= 65 && b <= 90) || (b >= 0xc0 && b <= 0xde && b !== 0xd7)) b += 32;
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
  return table[(a * 961 + b * 31 + c) & 0xfff] === 1;
}

/** End of the sign-off (`Mvh`, `Hälsningar`, `Best regards`) written at `i` in any case, or -1. */
export function signOffAt(text: string, i: number, rules: RuleSet): number {
  const candidates = compiled(rules).signOffsByFirst.get(lowerOf(text.charCodeAt(i)));
  if (!candidates) return -1;
  for (const keyword of candidates) {
    if (i + keyword.length > text.length) continue;
    let k = 0;
    while (k < keyword.length && lowerOf(text.charCodeAt(i + k)) === keyword.charCodeAt(k)) k++;
    if (k === keyword.length) return i + k;
  }
  return -1;
}

/** False when `before` cannot end in a title (`herr`, `dr.`): its last letter ends none of them. */
/** Only one blank (a space or a no-break space) between the word ending at `end` and the name at `start`. */
function isRightAfter(text: string, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const code = text.charCodeAt(end);
  return code === 32 || code === 0xa0;
}

function mayEndTitle(text: string, from: number, end: number): boolean {
  if (end > from && text.charCodeAt(end - 1) === 46) end--;
  if (end <= from) return false;
  const last = lowerOf(text.charCodeAt(end - 1));
  return last < 0 || TITLE_LAST_CHARS.has(last);
}

function isTrailingPunctuation(code: number): boolean {
  return isSpace(code) || code === 44 || code === 46 || code === 33 || code === 58 || code === 59;
}

/** The last word of `text` (a trailing dot allowed), scanning back from the end: `Herr` of `… herr`, `dr` of `dr.`. */
function lastWordOf(text: string): string | undefined {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : undefined;
}
