import { fieldKind } from './context.js';
import { introductionAt, mayIntroduce } from './name-intro.js';
import { lowerNameCell } from './name-lower.js';
import { addName, lowerName, nameWords, readWordEnd, readWords } from './name-lower-words.js';
import { findNames, isTitleKey, type Found } from './name-spans.js';
import { normalizeColumn } from './rules/load.js';
import type { RuleSet } from './rules/types.js';

/**
 * Quoted values of `key="value"` fields in logs, and of JSON's `"key":"value"` written into one: `name="Faadumo Osman"` (a key the rules know as a name column) and
 * a search term (`sökterm="maria jonsson"`) are read as a name cell is; a value that opens with an introduction (`text="hej det är gunilla sjögren jag …"`, an
 * SMS in a gateway's log) is read as a chat message's start is.
 */

/**
 * Keys of search terms in audit logs (`SEARCH | Kund 2205063 | sökterm="magdalena wójcik"`): staff look customers up
 * by name, so a term that is wholly a name, by the rules of a name cell, is one.
 */
const SEARCH_KEYS = new Set(['sökterm', 'sokterm', 'sökord', 'sök', 'search', 'searchterm', 'search_term', 'query', 'q', 'term']);

/** A quoted value longer than this is a message, not a name. */
const MAX_NAME_VALUE = 80;
/** Keys are short identifiers. */
const MAX_KEY = 24;

export function keyValueNames(text: string, rules: RuleSet): Found[] {
  let list: Found[] | undefined;
  for (let at = text.indexOf('="'); at >= 0; at = text.indexOf('="', at + 2)) {
    let keyStart = at;
    while (keyStart > 0 && at - keyStart < MAX_KEY && isKeyCode(text.charCodeAt(keyStart - 1))) keyStart--;
    if (keyStart < at) list = valueNames(text, keyStart, at, at + 2, rules, list);
  }
  // `payload={"elev":"Björn Fägerskiöld","pnr":…}`: JSON written into a log line, read as text.
  for (let at = text.indexOf('":'); at >= 0; at = text.indexOf('":', at + 2)) {
    let keyStart = at;
    while (keyStart > 0 && at - keyStart < MAX_KEY && isKeyCode(text.charCodeAt(keyStart - 1))) keyStart--;
    let quote = at + 2;
    if (text.charCodeAt(quote) === 32) quote++;
    if (keyStart < at && keyStart > 0 && text.charCodeAt(keyStart - 1) === 34 && text.charCodeAt(quote) === 34) list = valueNames(text, keyStart, at, quote + 1, rules, list);
  }
  return list ?? [];
}

/** The names in the quoted value at `start` of the key `text[keyStart, keyEnd)`. */
function valueNames(text: string, keyStart: number, keyEnd: number, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const close = text.indexOf('"', start);
  if (close > start && close - start <= MAX_NAME_VALUE && (fieldKind(text.slice(keyStart, keyEnd), rules) === 'name' || SEARCH_KEYS.has(text.slice(keyStart, keyEnd).toLowerCase()))) {
    const value = text.slice(start, close);
    const reason = `key:${normalizeColumn(text.slice(keyStart, keyEnd))}`;
    const found = findNames(value, rules, { reason });
    const names = found.length > 0 ? found : (invertedName(value, rules, reason) ?? lowerNameCell(value, rules, reason));
    for (const name of names) (list ??= []).push({ ...name, start: name.start + start, end: name.end + start });
    return list;
  }
  const introduced = mayIntroduce(text.charCodeAt(start)) ? introductionAt(text, start, rules, list) : list;
  return close > start && close - start <= MAX_MESSAGE_VALUE && text.charCodeAt(close - 1) >= 97 ? signedValue(text, start, close, rules, introduced) : introduced;
}

/** An SMS is short; a longer quoted value is read as any text is. */
const MAX_MESSAGE_VALUE = 480;

/**
 * `text="kan jag komma på fredag? /edvin bergqvist"`: an SMS in a gateway's log signed with a slash and a name in lower
 * case, the value's last words. Read as a signature under a sign-off is: all its words a name by the strict rule.
 */
function signedValue(text: string, start: number, close: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const slash = text.lastIndexOf('/', close);
  if (slash < start || (slash > start && text.charCodeAt(slash - 1) !== 32)) return list;
  const count = readWords(text, slash + 1);
  if (count < 2 || count > 3 || readWordEnd(count - 1) !== close || nameWords(text, count, rules, true) !== count) return list;
  return addName(list, lowerName(text, slash + 1, close, 'signoff'));
}

/**
 * The common name of an LDAP distinguished name (`CN=Axel Sundqvist,OU=Users,DC=ferrovia,DC=local`), as Active
 * Directory exports write a user's manager and group members: read as text of its own, so that the `=` glued to the
 * first word does not make it an identifier. Groups and machines (`CN=Domain Users`, `CN=LAPTOP-0231`) are no names
 * by the usual rules. `CN=` must start the text or follow a delimiter, and the value ends at an unescaped `,`.
 */
export function distinguishedNames(text: string, rules: RuleSet): Found[] {
  let list: Found[] | undefined;
  for (let at = commonNameAt(text, 0); at >= 0; at = commonNameAt(text, at + 3)) {
    const start = at + 3;
    let end = start;
    while (end < text.length && end - start <= MAX_NAME_VALUE && !DN_VALUE_ENDS.has(text.charCodeAt(end))) end += text.charCodeAt(end) === 92 ? 2 : 1;
    if (end === start || end - start > MAX_NAME_VALUE) continue;
    for (const name of findNames(text.slice(start, end), rules)) (list ??= []).push({ ...name, start: name.start + start, end: name.end + start, reasons: [...name.reasons, 'key:cn'] });
  }
  return list ?? [];
}

/**
 * `bibliotekarie=Agnes Öhman ---`, `name=Axel Sundqvist status=ok`: a log's unquoted value of exactly two capitalised
 * words after a word key, read as text of its own (the `=` glued to the first word made it an identifier). Three
 * words or more (`venue=Arena Karl Johan gate=A`) name places and things as often as people: not read.
 */
export function unquotedPairNames(text: string, rules: RuleSet): Found[] {
  let list: Found[] | undefined;
  for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
    let keyStart = at;
    while (keyStart > 0 && at - keyStart < MAX_KEY && isKeyCode(text.charCodeAt(keyStart - 1))) keyStart--;
    if (at - keyStart < 2 || (keyStart > 0 && !isKeyBoundary(text.charCodeAt(keyStart - 1))) || isTitleKey(text.slice(keyStart, at))) continue;
    const start = at + 1;
    const firstEnd = capitalisedWordEnd(text, start);
    if (firstEnd < 0 || text.charCodeAt(firstEnd) !== 32) continue;
    const end = capitalisedWordEnd(text, firstEnd + 1);
    if (end < 0 || (end < text.length && !isPairEnd(text, end))) continue;
    for (const name of findNames(text.slice(start, end), rules)) (list ??= []).push({ ...name, start: name.start + start, end: name.end + start });
  }
  return list ?? [];
}

/** The end of a word at `start` of a capital and lower-case letters (hyphens between), or -1. */
export function capitalisedWordEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (!(first >= 65 && first <= 90) && !(first >= 0xc0 && first <= 0xde)) return -1;
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x24f) || code === 45) i++;
    else break;
  }
  return i - start >= 2 ? i : -1;
}

/** After a two-word value: a blank and no third capitalised word, or a line's or field's end. */
function isPairEnd(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code === 10 || code === 13 || code === 9 || code === 44 || code === 59 || code === 34) return true;
  if (code !== 32) return false;
  const next = text.charCodeAt(end + 1);
  return !((next >= 65 && next <= 90) || (next >= 0xc0 && next <= 0xde));
}

/** What may stand before a key: a blank, a line break or a field delimiter (`,` `;` `|` `[`). */
function isKeyBoundary(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 44 || code === 59 || code === 124 || code === 91;
}

/** `,` ends a DN's value; a quote, `;`, a tab or a line break ends the DN in a CSV cell or a log line. */
const DN_VALUE_ENDS = new Set([44, 34, 59, 9, 10, 13]);

function commonNameAt(text: string, from: number): number {
  for (let at = text.indexOf('=', from + 2); at >= 0; at = text.indexOf('=', at + 1)) {
    if ((text.charCodeAt(at - 1) | 32) !== 110 /* n */ || (text.charCodeAt(at - 2) | 32) !== 99 /* c */) continue;
    if (at < 3 || !isKeyCode(text.charCodeAt(at - 3))) return at - 2;
  }
  return -1;
}

const INVERTED = /^([^,\d@]+?)\s*,\s*([^,\d@]+)$/;

/** `patient="Ghebreyesus, Senait"`: surname first, as a journal or booking system writes it; one name over all its words. */
function invertedName(value: string, rules: RuleSet, reason: string): Found[] | undefined {
  const parts = INVERTED.exec(value);
  if (parts === null) return undefined;
  const swapped = `${parts[2]!.trim()} ${parts[1]!.trim()}`;
  const found = findNames(swapped, rules, { reason });
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== swapped.length) return undefined;
  return [{ ...found[0]!, start: 0, end: value.length, reasons: [...found[0]!.reasons, 'inverted'] }];
}

function isKeyCode(code: number): boolean {
  if (code >= 0xc0) return code <= 0x24f && code !== 0xd7 && code !== 0xf7; // `sökterm`, `förnamn`
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46;
}
