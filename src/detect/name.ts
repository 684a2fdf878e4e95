import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, fieldKind, isWordCode, lastWordStart } from './context.js';
import { withArticleNames } from './name-article.js';
import { isSpace } from './name-context.js';
import { findAddressBlockNames, withStrongerNames } from './name-address.js';
import { namesBesideListedNames } from './name-list.js';
import { findNamesBeforeEmails } from './name-email.js';
import { distinguishedNames, keyValueNames, unquotedPairNames } from './name-key-value.js';
import { passengerNames } from './name-passenger.js';
import { findLowerNames, lowerJoinedName, lowerNameCell, MIN_SURNAME_TEXT, wholeValueLowerName } from './name-lower.js';
import { findNames, isCapital, normalizeName, toMatch, type Found } from './name-spans.js';
import { foldWord, normalizeColumn } from './rules/load.js';
import type { RuleSet } from './rules/types.js';
import type { DetectContext, Detector, Match } from './types.js';

/**
 * Person names: first name + surname in free text (gazetteers, surname endings, greetings, signatures, labels,
 * e-mail display names), whole cells of name columns, and Förnamn + Efternamn columns of one record joined into
 * one person. Lone first names are not reported: they rarely identify anyone, and the inventory counts people.
 * Names written in lower case are read in those slots: after a label, on a signature line, in a name column, and
 * in a self-introduction (`jag heter anna svensson`, `hej, anna svensson här`); and in the middle of a line written
 * in lower case, where a listed given name stands before a listed surname with a surname ending (name-lower-line.ts).
 */

const NONE: Match[] = [];
/** A CSV cell shorter than this is a value (a name, an address, a number), not a note in sentences. */
const MIN_SURNAME_CELL = 40;

/**
 * The record's surname field (kind `nameLast`, with a value), if any: the one whose owner the first-name field's
 * words name (`elev_efternamn` for `elev_fornamn`, `vh_efternamn` for `vh_fornamn`), else the first.
 */
function surnameField(record: Readonly<Record<string, string>>, rules: RuleSet, firstField: string): string | undefined {
  const owner = ownerOf(firstField);
  let found: string | undefined;
  for (const field in record) {
    if (fieldKind(field, rules) !== 'nameLast' || isBlank(record[field]!)) continue;
    if (ownerOf(field) === owner) return field;
    found ??= field;
  }
  return found;
}

/** Field names repeat cell after cell: each one's owner is worked out once (bounded, as fieldKind's cache is). */
const owners = new Map<string, string>();

/** `elev_fornamn` → `elev`, `Förnamn` → ``: the words before what the field holds, lower-case. */
function ownerOf(field: string): string {
  let owner = owners.get(field);
  if (owner === undefined) {
    const start = lastWordStart(field);
    owner = start < 0 ? '' : field.slice(0, start).replace(/[_ ]$/, '').toLowerCase();
    if (owners.size >= 10_000) owners.clear();
    owners.set(field, owner);
  }
  return owner;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function trimmedRange(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Any upper-case letter; ASCII is decided without the Unicode regex. */
function hasUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
    if (code >= 128) return HAS_UPPER.test(text.slice(i));
  }
  return false;
}

const HAS_UPPER = /\p{Lu}/u;
const PLAIN_WORDS = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** The words of a name cell, NFC: plain ASCII words with single spaces are split without the Unicode work. */
function nameWords(text: string): string[] {
  if (PLAIN_WORDS.test(text)) return text.split(' ');
  return text.split(/\s+/).map((word) => word.normalize('NFC'));
}

/**
 * `"name": {"given": "Yuliia", "family": "Marchenko"}` (FHIR's HumanName, many APIs' person objects): bare `given`
 * and `first` keys say nothing alone (a product family, a first step), but beside a `family` or `last` key in one
 * object they are a person's names. The family key, when the segment is such a given name.
 */
function pairedFamilyField(segment: Segment, rules: RuleSet): string | undefined {
  const field = segment.hints?.field;
  const record = segment.hints?.record;
  if (field === undefined || record === undefined) return undefined;
  const family = PAIRED_NAME_KEYS.get(field);
  if (family === undefined) return undefined;
  // `{"first": "2024-01-02", "last": "2024-03-01"}` (first and last seen) is no person: both values are words.
  const surname = record[family]?.trim();
  const given = segment.text.trim();
  if (surname === undefined || !NAME_PART.test(surname) || !NAME_PART.test(given)) return undefined;
  // `first`/`last` also order steps, pages and stops (`{"first": "Öppna", "last": "Stäng"}`): a listed name decides.
  if (field === 'given' || field === 'Given') return family;
  const names = rules.names;
  return names.first.has(foldWord(given)) || names.last.has(foldWord(surname)) ? family : undefined;
}
/** A given name or a family name: letters first, then letters, blanks, hyphens, apostrophes, dots; 40 at most. */
const NAME_PART = /^\p{L}[\p{L}\p{M}'’ .-]{0,39}$/u;
const PAIRED_NAME_KEYS: ReadonlyMap<string, string> = new Map([
  ['given', 'family'],
  ['Given', 'Family'],
  ['first', 'last'],
  ['First', 'Last'],
]);

/** A Förnamn cell: joined with the record's Efternamn into one person, else reported as the person's cell. */
function firstNameCell(segment: Segment, rules: RuleSet, pairedLast?: string): Match[] {
  const { text, hints } = segment;
  const { start, end } = trimmedRange(text);
  if (end === start) return NONE;
  const record = hints?.record;
  const lastField = record ? (pairedLast ?? surnameField(record, rules, hints?.field ?? '')) : undefined;
  // Without the record (it sits on another cell of the row) this is a lone first name: not reported.
  if (!record || !lastField) return NONE;
  const given = text.slice(start, end);
  const surname = record[lastField]!.trim();
  // The record writes the person whole in a name field too (`visningsnamn: Zhang Hao`): that field reports them, once.
  if (writtenWholeElsewhere(record, given, surname, hints?.field ?? '', lastField, rules)) return NONE;
  if (!hasUpper(given)) return lowerJoinedCell(given, surname, start, end, hints?.field ?? '', lastField, rules);
  const value = `${given} ${surname}`;
  // The finding is the person: its value is the joined name, its offsets the first-name cell it is read from.
  return [
    {
      start,
      end,
      value,
      normalized: isNormalName(value) ? value : normalizeName([...nameWords(given), ...nameWords(surname)]),
      confidence: 'high',
      reasons: joinedReasons(hints?.field ?? '', lastField),
    },
  ];
}

/**
 * Another name field of the record (`visningsnamn`, `Name`, `Kund`) holds both the given name and the surname, in
 * any order (`Zhang Hao` beside `Hao` + `Zhang`, `Svensson, Anna`). Joined again, the person would be counted twice,
 * and as two distinct people when the order differs.
 */
function writtenWholeElsewhere(record: Readonly<Record<string, string>>, given: string, surname: string, firstField: string, lastField: string, rules: RuleSet): boolean {
  let lowerGiven: string | undefined;
  let lowerSurname: string | undefined;
  for (const field in record) {
    if (field === firstField || field === lastField || fieldKind(field, rules) !== 'name') continue;
    const value = record[field]!.toLowerCase();
    lowerGiven ??= given.toLowerCase();
    lowerSurname ??= surname.toLowerCase();
    if (hasWords(value, lowerGiven) && hasWords(value, lowerSurname)) return true;
  }
  return false;
}

/** `words` stands in `text` as whole words (no letter, digit or `_` right before or after it). */
function hasWords(text: string, words: string): boolean {
  if (words === '') return false;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!isWordCode(codeAt(text, at - 1)) && !isWordCode(codeAt(text, at + words.length))) return true;
  }
  return false;
}

/** `anna` + `andersson`: a lower-case first-name cell names the person only when both are plain listed names. */
function lowerJoinedCell(given: string, surname: string, start: number, end: number, firstField: string, lastField: string, rules: RuleSet): Match[] {
  const normalized = lowerJoinedName(given, surname, rules);
  if (normalized === undefined) return NONE;
  const reasons = ['gazetteer:first+last:lower', ...joinedReasons(firstField, lastField)];
  return [{ start, end, value: `${given} ${surname}`, normalized, confidence: 'medium', reasons }];
}

/** `[column:fornamn+efternamn]`, one shared list per pair of columns (reasons are never modified). */
const joinedReasonLists = new Map<string, Map<string, readonly string[]>>();

function joinedReasons(firstField: string, lastField: string): readonly string[] {
  let byLast = joinedReasonLists.get(firstField);
  if (!byLast) {
    byLast = new Map();
    if (joinedReasonLists.size >= 1000) joinedReasonLists.clear();
    joinedReasonLists.set(firstField, byLast);
  }
  let reasons = byLast.get(lastField);
  if (!reasons) {
    reasons = [`column:${normalizeColumn(firstField)}+${normalizeColumn(lastField)}`];
    if (byLast.size < 1000) byLast.set(lastField, reasons);
  }
  return reasons;
}

/**
 * True when `normalizeName` would return the text as it stands: words of visible characters below U+0300 (no
 * combining marks, so NFC leaves them alone) joined by single spaces, none of them an all-caps word.
 */
function isNormalName(text: string): boolean {
  let wordStart = 0;
  let lower = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code === 32) {
      if (i === wordStart) return false; // leading, trailing or double space
      if (!lower && i - wordStart >= 2) return false; // maybe all caps: the slow path decides
      wordStart = i + 1;
      lower = false;
      continue;
    }
    if (code <= 32 || code >= 0x300 || code === 0x7f || code === 0xa0) return false;
    if (code >= 97 && code <= 122) lower = true;
  }
  return true;
}

/** A cell of a name column: the whole value is a name (`Anna Svensson`, `Svensson, Anna`, `Ngozi Okonkwo`). */
function nameCell(segment: Segment, rules: RuleSet): Match[] {
  const text = segment.text;
  const reason = `column:${normalizeColumn(segment.hints?.field ?? '')}`;
  const found = namesInCell(text, rules, reason);
  if (found.length === 0) return invertedCell(text, rules, reason);
  // `KANAAN, TARIQ ALI`: a name found in part of a cell with a comma (`TARIQ ALI`) may be the given names of the cell's
  // one person, family name first.
  if (found.length === 1 && text.indexOf(',') >= 0) {
    const { start, end } = trimmedRange(text);
    if (found[0]!.start !== start || found[0]!.end !== end) {
      const whole = invertedCell(text, rules, reason);
      if (whole.length > 0) return whole;
    }
  }
  return found.map((item) => toMatch(text, item));
}

function namesInCell(text: string, rules: RuleSet, reason: string): readonly Found[] {
  // A single word (`Mattias`, an agent; `Svensson`) names nobody on its own: findNames reports nothing then.
  const found = withArticleNames(text, findNames(text, rules, { reason }), rules, reason);
  // `anna svensson`: no capitals to go by, so only a cell that is all listed names.
  if (found.length === 0) return hasUpper(text) ? found : lowerNameCell(text, rules, reason);
  return withFinalS(text, found);
}

/**
 * A name's last word is read without a genitive `s` (`Anna Svenssons bil` names Anna Svensson). A genitive stands
 * before the noun it owns, a lower-case word; an `s` with no such word after it (a cell's end, a line's, a comma) is
 * the surname's own (`Lena af Petersens`, `DANIEL AF PETERSENS`, a signature `Daniel af Petersens`).
 */
function withFinalS(text: string, found: readonly Found[]): readonly Found[] {
  let out: Found[] | undefined;
  for (let k = 0; k < found.length; k++) {
    const name = found[k]!;
    const code = text.charCodeAt(name.end);
    if ((code !== 115 && code !== 83) || ownsNextWord(text, name.end + 1)) continue;
    (out ??= [...found])[k] = { ...name, end: name.end + 1, normalized: `${name.normalized}s` };
  }
  return out ?? found;
}

/** After a genitive `s` at `at - 1`: a blank and a lower-case word (the noun it owns). */
function ownsNextWord(text: string, at: number): boolean {
  const blank = text.charCodeAt(at);
  if (blank !== 32 && blank !== 0xa0) return false;
  const next = text.charCodeAt(at + 1);
  return (next >= 97 && next <= 122) || (next >= 0xdf && next <= 0xff && next !== 0xf7);
}

const INVERTED_CELL = /^([^,\d@]+?)\s*,\s*([^,\d@]+)$/;

/**
 * `SVENSSON, ANNA`, `svensson, anna`, `VON KNORRING, ELIN`: surname first in a name column, written in capitals
 * or in lower case, where the comma rule of free text (capitalised words only) does not reach. Read as the name
 * it stands for (`ANNA SVENSSON`), which must be one name over all its words.
 */
function invertedCell(text: string, rules: RuleSet, reason: string): Match[] {
  const { start, end } = trimmedRange(text);
  const parts = INVERTED_CELL.exec(text.slice(start, end));
  if (parts === null) return NONE;
  const swapped = `${parts[2]!.trim()} ${parts[1]!.trim()}`;
  const found = namesInCell(swapped, rules, reason);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== swapped.length) return NONE;
  const name = found[0]!;
  return [{ start, end, value: text.slice(start, end), normalized: name.normalized, confidence: name.confidence, reasons: [...name.reasons, 'inverted'] }];
}

/** Mail headers other than the subject hold addresses and relay lines (`from mail.example.se by mx1 …`), no prose. */
function holdsProse(segment: Segment): boolean {
  const hints = segment.hints;
  return hints?.scope !== 'header' || hints.field === 'Subject';
}

/** Two lists each in text order, merged (a lower-case name never overlaps a capitalised one). */
function inTextOrder(a: readonly Found[], b: readonly Found[]): readonly Found[] {
  return a.length === 0 ? b : [...a, ...b].sort((x, y) => x.start - y.start);
}

/** A lower-case name as a value of its own is two or three words: longer values are prose. */
const MAX_WHOLE_VALUE_NAME = 60;

/**
 * A lower-case letter (ASCII, or Latin-1 and beyond, which the word rules decide on), or the slash of a signature
 * (`/bengt hansson`): most cells start otherwise.
 */
function mayStartLowerName(code: number): boolean {
  return (code >= 97 && code <= 122) || code >= 0xdf || code === 47;
}

export const nameDetector: Detector = {
  id: 'name',
  category: 'name',
  description: 'Person names: first name + surname in text, signatures, labels, display names and name columns.',
  // An array, not a generator: this runs once per CSV cell, and a generator object per call adds up.
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    const kind = columnKind(segment, ctx.rules);
    // The person is reported once, from the Förnamn cell; a surname alone names nobody. A horse named `Molly Brown`
    // under `Favorithäst` is no person.
    if (kind === 'nameLast' || kind === 'animal') return NONE;
    if (kind === 'nameFirst') return firstNameCell(segment, ctx.rules);
    if (kind === undefined) {
      const family = pairedFamilyField(segment, ctx.rules);
      if (family !== undefined) return firstNameCell(segment, ctx.rules, family);
    }
    if (kind === 'name') {
      const cell = nameCell(segment, ctx.rules);
      return cell.length > 0 || text.indexOf('/') < 0 ? cell : passengerNames(text, ctx.rules).map((item) => toMatch(text, item));
    }
    // Every name is two words joined by a space or no-break space: one word holds none, but for a passenger's
    // `STRANDBERG/STINA`.
    if (text.indexOf(' ') < 0 && text.indexOf('\u00a0') < 0) {
      // Most such cells (addresses, numbers, ids) start with no capital: passed on their first character.
      return !isCapital(text.charCodeAt(0)) || text.indexOf('/') < 0 ? NONE : passengerNames(text, ctx.rules).map((item) => toMatch(text, item));
    }
    const found = withArticleNames(text, findNames(text, ctx.rules), ctx.rules);
    // A CSV cell that names someone in a sentence is a note: longer than most cells.
    const lower = findLowerNames(text, ctx.rules, holdsProse(segment), segment.hints?.scope === 'cell' ? MIN_SURNAME_CELL : MIN_SURNAME_TEXT);
    let named = lower.length === 0 ? found : inTextOrder(found, lower);
    // `närv: zsófia nagy, Wanida Intharat, daniela pérez soto`: lower-case items beside a name in a comma list.
    if (named.length > 0 && text.indexOf(', ') >= 0) {
      const items = namesBesideListedNames(text, named, ctx.rules);
      if (items !== undefined) named = withStrongerNames(named, items);
    }
    // `dagny rosén` as a cell's or a field's whole value.
    if (named.length === 0 && text.length <= MAX_WHOLE_VALUE_NAME && mayStartLowerName(text.charCodeAt(0))) {
      const scope = segment.hints?.scope;
      if (scope === 'cell' || scope === 'field') named = wholeValueLowerName(text, ctx.rules);
    }
    // The addressee of a postal address (a line over a street line and a postcode line) is read as a name cell.
    if (text.indexOf('\n') >= 0) {
      const addressees = findAddressBlockNames(text, ctx.rules);
      if (addressees.length > 0) named = withStrongerNames(named, addressees);
    }
    // `name="Faadumo Osman"`, `text="hej det är …"`, `{"elev":"Björn Fägerskiöld"}`: quoted values of a log's fields.
    if (text.indexOf('="') >= 0 || text.indexOf('":') >= 0) {
      const fields = keyValueNames(text, ctx.rules);
      if (fields.length > 0) named = withStrongerNames(named, fields);
    }
    // `CN=Axel Sundqvist,OU=Users,…`: the common name of an LDAP distinguished name; `bibliotekarie=Agnes Öhman`.
    if (text.indexOf('=') >= 0) {
      const common = distinguishedNames(text, ctx.rules);
      if (common.length > 0) named = withStrongerNames(named, common);
      const unquoted = unquotedPairNames(text, ctx.rules);
      if (unquoted.length > 0) named = withStrongerNames(named, unquoted);
    }
    // `1.NYSTROM/SIXTEN MRS   2.NYSTROM/RAGNAR MR`: passengers, family name first before a slash.
    if (text.indexOf('/') >= 0) {
      const passengers = passengerNames(text, ctx.rules);
      if (passengers.length > 0) named = withStrongerNames(named, passengers);
    }
    // A name spelt out by the address after it (`Saga Berg, saga.berg@…`): looked for only where there is an `@`.
    if (text.indexOf('@') >= 0 && holdsProse(segment)) {
      // Adds names, or puts a spelt-out one in the place of a weaker reading of the same words.
      const all = findNamesBeforeEmails(text, ctx.rules, [...named]);
      return all.length === 0 ? NONE : withFinalS(text, all.sort((x, y) => x.start - y.start)).map((item) => toMatch(text, item));
    }
    return named.length === 0 ? NONE : withFinalS(text, named).map((item) => toMatch(text, item));
  },
};
