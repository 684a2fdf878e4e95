import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDashCode, isDigitCode, isNumberJoiner, isWholeFieldValue, isWordCode, lineStartWithin, nearestKeyword, type ColumnKind, type KeywordHit } from './context.js';
import { withoutLeadingZero } from './leading-zero.js';
import { luhnValid, luhnValidSplit } from './luhn.js';
import type { Confidence, DetectContext, Detector, Match } from './types.js';

/**
 * Swedish personnummer, samordningsnummer (day + 60) and interim numbers (a letter as the first serial digit),
 * written YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDDNNNN, or with a
 * space in place of the dash.
 *
 * Validation follows the personnummer project's reference implementation and test vectors: real calendar date,
 * serial 001–999, Luhn over the ten-digit form (an interim letter counts as 1), `-`/`+`/no separator.
 *
 * Organisationsnummer are not reported: their "month" is 20 or more (556xxx-xxxx), so the date check rejects
 * them. They identify a legal entity, not a person. A sole trader (enskild firma) uses their personnummer as
 * organisationsnummer, and that number passes the date check and IS reported — it is a person's number.
 */

const INTERIM_LETTER = /[TRSUWXJKLMN]/;

export interface PersonnummerOptions {
  /** The clock used to resolve the century of ten-digit forms; tests pass a fixed date. */
  readonly now?: () => Date;
}

export interface ParsedPersonnummer {
  /** `YYYYMMDD-NNNN` (day + 60 kept for samordningsnummer, letter kept for interim numbers). */
  readonly normalized: string;
  readonly kind: 'personnummer' | 'samordningsnummer' | 'interim';
  readonly form: 'long' | 'separated' | 'spaced' | 'bare' | 'iso-date';
}

/**
 * Parses and validates one candidate as written (`850312-2384`, `198503122384`, `000101-T220`). Returns
 * undefined for anything that is not a valid number. The space form is accepted here; whether a spaced number
 * is reported depends on context (see the detector). `checkDigit: false` accepts a wrong check digit: the
 * shape of a personnummer with a typo, for telling it from a phone number under a personnummer label.
 */
export function parsePersonnummer(written: string, today: Date, { checkDigit = true }: { readonly checkDigit?: boolean } = {}): ParsedPersonnummer | undefined {
  const sepAt = written.length === 11 || written.length === 13 ? written.length - 5 : -1;
  const separator = sepAt >= 0 ? written[sepAt]! : '';
  if (separator !== '' && !isDashCode(separator.charCodeAt(0)) && separator !== '+' && separator !== ' ') return undefined;
  const compact = sepAt >= 0 ? written.slice(0, sepAt) + written.slice(sepAt + 1) : written;
  if (compact.length !== 10 && compact.length !== 12) return undefined;
  const ten = compact.length === 12 ? compact.slice(2) : compact;
  const currentYear = today.getFullYear();

  const yy = Number(ten.slice(0, 2));
  let year: number;
  if (compact.length === 12) {
    year = Number(compact.slice(0, 4));
    if (year < 1800) return undefined;
  } else {
    // The most recent year ending in YY that is not in the future; `+` means the person is 100 or older.
    const base = separator === '+' ? currentYear - 100 : currentYear;
    year = base - ((((base - yy) % 100) + 100) % 100);
  }
  if (year > currentYear) return undefined;

  const month = Number(ten.slice(2, 4));
  // Month 20+ is an organisationsnummer (not personal data, see the file comment); 13–19 and 00 are typos.
  if (month < 1 || month > 12) return undefined;
  const writtenDay = Number(ten.slice(4, 6));
  const coordination = writtenDay > 60;
  const day = coordination ? writtenDay - 60 : writtenDay;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;

  const serial = ten.slice(6, 9);
  const interim = INTERIM_LETTER.test(serial[0]!);
  if (!interim && serial === '000') return undefined;
  if (checkDigit && !luhnValid(ten)) return undefined;

  return {
    normalized: `${year}${ten.slice(2, 6)}-${ten.slice(6)}`,
    kind: interim ? 'interim' : coordination ? 'samordningsnummer' : 'personnummer',
    form: separator === ' ' ? 'spaced' : compact.length === 12 ? 'long' : separator ? 'separated' : 'bare',
  };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The interim numbers' serial letters T R S U W X J K L M N (upper case only, as the reference has them). */
function isInterimCode(code: number): boolean {
  return code === 84 || code === 82 || code === 83 || code === 85 || code === 87 || code === 88 || (code >= 74 && code <= 78);
}

function isSeparatorCode(code: number): boolean {
  return isDashCode(code) || code === 43 /* + */ || code === 32; /* space */
}

function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/**
 * Where the serial after a 6- or 8-digit run ends: `-NNNN`, `+NNNN`, ` NNNN`, or an interim letter and three
 * digits (`-T220`, `T220`). -1 when no serial follows. The run itself ends at `at` (no digit there).
 */
function serialEnd(text: string, at: number): number {
  const first = codeAt(text, at);
  let serialAt = at;
  if (isSeparatorCode(first)) {
    serialAt = at + 1;
    const serial = codeAt(text, serialAt);
    if (!isDigitCode(serial) && !isInterimCode(serial)) return -1;
  } else if (!isInterimCode(first)) {
    return -1;
  }
  for (let i = serialAt + 1; i <= serialAt + 3; i++) if (!isDigitCode(codeAt(text, i))) return -1;
  return serialAt + 4;
}

function isBounded(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  if (before === 43 /* + */ || isWordCode(before)) return false;
  if (isNumberJoiner(before) && isDigitCode(codeAt(text, start - 2))) return false;
  const after = codeAt(text, end);
  if (isWordCode(after)) return false;
  if (isNumberJoiner(after) && isDigitCode(codeAt(text, end + 1))) return false;
  return true;
}

/**
 * parsePersonnummer for a candidate the scanner has already shaped (digits, at most one separator at
 * `sepAt`, a serial letter only as the first serial character), read in place so that the many candidates
 * that fail the date or Luhn check cost no string. Must give exactly parsePersonnummer's answer.
 */
function parseCandidate(text: string, start: number, end: number, sepAt: number, currentYear: number): ParsedPersonnummer | undefined {
  const long = end - start - (sepAt >= 0 ? 1 : 0) === 12;
  const dateAt = long ? start + 2 : start;
  const serialAt = sepAt >= 0 ? sepAt + 1 : dateAt + 6;
  const separator = sepAt >= 0 ? text.charCodeAt(sepAt) : -1;
  const yy = twoDigits(text, dateAt);
  let year: number;
  if (long) {
    year = twoDigits(text, start) * 100 + yy;
    if (year < 1800) return undefined;
  } else {
    const base = separator === 43 ? currentYear - 100 : currentYear;
    year = base - ((((base - yy) % 100) + 100) % 100);
  }
  if (year > currentYear) return undefined;
  const month = twoDigits(text, dateAt + 2);
  if (month < 1 || month > 12) return undefined;
  const writtenDay = twoDigits(text, dateAt + 4);
  const coordination = writtenDay > 60;
  const day = coordination ? writtenDay - 60 : writtenDay;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const interim = isInterimCode(text.charCodeAt(serialAt));
  if (!interim && twoDigits(text, serialAt) === 0 && text.charCodeAt(serialAt + 2) === 48) return undefined;
  if (!luhnValidSplit(text, dateAt, serialAt)) return undefined;
  return {
    normalized: `${year}${text.slice(dateAt + 2, dateAt + 6)}-${text.slice(serialAt, serialAt + 4)}`,
    kind: interim ? 'interim' : coordination ? 'samordningsnummer' : 'personnummer',
    form: separator === 32 ? 'spaced' : long ? 'long' : separator >= 0 ? 'separated' : 'bare',
  };
}

/**
 * Reason codes, made once per column kind and keyword: a template string per match would be a new string
 * that the reason-list lookup then has to hash again.
 */
const columnReasons = new Map<ColumnKind, string>();
const keywordReasons = new Map<string, string>();

function columnReason(column: ColumnKind): string {
  let reason = columnReasons.get(column);
  if (reason === undefined) columnReasons.set(column, (reason = `column:${column}`));
  return reason;
}

function keywordReason(keyword: string): string {
  let reason = keywordReasons.get(keyword);
  if (reason === undefined) {
    reason = `keyword:${keyword}`;
    // Keywords come from the rules: the bound is only a safety net.
    if (keywordReasons.size < 1000) keywordReasons.set(keyword, reason);
  }
  return reason;
}

interface Verdict {
  readonly confidence: Confidence;
  readonly reason: string | undefined;
}

/** A phone word at least this far before a number in parentheses after a name is no label of the number. */
const AFTER_NAME_KEYWORD_DISTANCE = 12;

/**
 * How sure the context makes us. A bare ten-digit number starting with 07/08 is almost always a Swedish mobile
 * or Stockholm phone number even when its digits pass the date and Luhn checks (the check digit alone matches one number in ten), so it is
 * reported only next to a personnummer keyword, in a personnummer column or as an unlabelled field's whole value.
 * `first`/`second` are the first two characters of the number as written.
 */
function judge(
  parsed: ParsedPersonnummer,
  first: number,
  second: number,
  column: ColumnKind | undefined,
  keyword: KeywordHit | undefined,
  alone = false,
  wholeValue = false,
  afterName = false,
  asked = false,
): Verdict | undefined {
  const kind = column === 'personnummer' || column === 'phone' || column === 'notPersonal' ? column : keyword?.kind;
  const reason = column === kind && column !== undefined ? columnReason(column) : keyword ? keywordReason(keyword.keyword) : undefined;

  if (kind === 'personnummer') return { confidence: 'high', reason };
  // `1985-03-12-1234`: an ISO date with a serial. Without a personnummer label it may be a dated reference
  // (`2024-03-12-0001`) that happens to pass Luhn one time in ten: reported, but as low.
  // No phone number is written `1940-02-02-3226`: a phone word nearby (`Jag ringer för min mamma … (1940-02-02-3226)`)
  // does not make it one; only a not-personal label (a dated reference) does.
  if (parsed.form === 'iso-date') return kind === 'notPersonal' ? undefined : { confidence: 'low', reason: kind === 'phone' ? undefined : reason };
  // A spaced number (`850312 2384`) is too easily two unrelated numbers; the reference vectors reject it. Alone
  // in parentheses (`Linnéa Moradi (421122 0969)`), or as a cell's or field's whole value, it is one number: low.
  // Said right after being asked for (`agent: … ditt personnummer` / `kund: ja det är 760830 33 14`): medium.
  if (parsed.form === 'spaced' && asked && kind !== 'notPersonal') return { confidence: 'medium', reason: 'asked' };
  if (parsed.form === 'spaced') return (alone || afterName) && kind !== 'notPersonal' ? { confidence: 'low', reason: afterName ? 'after-name' : undefined } : undefined;
  const phoneLike = parsed.form === 'bare' && first === 48 && second !== 48;
  if (phoneLike) {
    // `Jag ringer för min mamma Emir Brown (0901029660)`: a phone word further back says less than the parentheses
    // right after the name. High, to win over the phone reading the same word makes high. A phone label right
    // before the number, or a phone column, still decides.
    if (afterName && kind === 'phone' && column !== 'phone' && keyword !== undefined && keyword.distance > AFTER_NAME_KEYWORD_DISTANCE) return { confidence: 'high', reason: 'after-name' };
    if (kind === 'phone' || kind === 'notPersonal') return undefined;
    // The whole value of an unnamed field (a helpdesk's custom field `{"id": 360001, "value": "0608187548"}`; not
    // an SMS log's `Mottagare` column, whose name says whose number it is):
    // the date and check digit pass for one phone number in thirty to three hundred (by area code), but for every
    // personnummer of someone born 2000–2009, and such fields hold identity numbers more often than phone numbers.
    // Medium, so that it wins over the phone reading.
    if (wholeValue && column === undefined) return { confidence: 'medium', reason: 'whole-value' };
    // `Elif Kurt (0405231333)`: in parentheses right after a name, as people write a person's number.
    if (afterName) return { confidence: 'medium', reason: 'after-name' };
    const mobileOrStockholm = second === 55 || second === 56;
    return mobileOrStockholm ? undefined : { confidence: 'low', reason: 'phone-like' };
  }
  // A Swedish phone number starts with 0 (or +46 / 0046), a personnummer with 1–9 (a long one with 19/20): a phone
  // word nearby (`Jag ringer för min mamma Anna Berg (4205245881)`) says little about digits that cannot be one.
  // The standard written form (`050127-8857`) is no phone number's grouping either, whatever its first digit.
  if (kind === 'phone' && column !== 'phone' && (first !== 48 || parsed.form === 'separated')) return { confidence: parsed.form === 'bare' ? 'low' : 'medium', reason: undefined };
  // Ten digits starting with 1–9 are no Swedish phone number, even in a phone column: a personnummer typed into
  // the wrong column, or a form row (`Personnummer;7811100440;`) under a contact table's header.
  if (kind === 'phone' && parsed.form === 'bare' && first !== 48) return { confidence: 'low', reason };
  if (kind === 'notPersonal' || kind === 'phone') return parsed.form === 'bare' ? undefined : { confidence: 'low', reason };
  return { confidence: parsed.form === 'bare' ? 'medium' : 'high', reason };
}

/**
 * Start of the next run of six or more digits (the shortest candidate's date part) at or after `from`, or -1;
 * text[from - 1] must not be a digit. Probes every sixth character, since any such run covers one probe:
 * timestamps, dates, prices and versions are runs of one to four digits and cost a probe or two. Kept small
 * and separate so V8 optimises this loop early.
 */
function nextLongRun(text: string, from: number): number {
  const length = text.length;
  let i = from;
  while (i + 6 <= length) {
    const probe = i + 5;
    if (!isDigitCode(text.charCodeAt(probe))) {
      i += 6;
      continue;
    }
    // A run of six through the probe has three digits before it or three after it.
    if (!isDigitCode(text.charCodeAt(probe + 3)) && !isDigitCode(text.charCodeAt(probe - 3))) {
      i = probe + 4; // text[probe + 3] is no digit
      continue;
    }
    let start = probe;
    while (start > i && isDigitCode(text.charCodeAt(start - 1))) start--;
    let j = i + 6;
    while (j < start + 6 && isDigitCode(text.charCodeAt(j))) j++;
    if (j === start + 6) return start;
    i = j + 1; // text[j] is no digit (or the end)
  }
  return -1;
}

/** Per-call state of one detect() run: the lazily read clock and column. */
interface Scan {
  readonly segment: Segment;
  readonly ctx: DetectContext;
  readonly now: () => Date;
  readonly currentYearOf: () => number;
  readonly matches: Match[];
  currentYear: number;
  column: ColumnKind | undefined | null;
}

/**
 * Looks at the digit run starting at `start` as the regex `(\d{2})?\d{6}[-+ ]?[\dTRSUWXJKLMN]\d{3}` scanning
 * the text would: only runs of 10 or 12 digits, or 6 or 8 followed by a serial, can be numbers (the regex's
 * other hits are glued to more digits and were skipped). Returns where the search resumes.
 */
function examineRun(text: string, start: number, scan: Scan): number {
  let runEnd = start + 6;
  while (runEnd < text.length && isDigitCode(text.charCodeAt(runEnd))) runEnd++;
  const run = runEnd - start;
  let end = runEnd;
  let sepAt = -1;
  if (run === 6 || run === 8) {
    end = serialEnd(text, runEnd);
    if (end < 0) return run === 6 ? examinePairedSerial(text, start, runEnd, scan) : runEnd + 1;
    if (end - runEnd === 5) sepAt = runEnd;
  } else if (run !== 10 && run !== 12) {
    return runEnd + 1;
  }
  if (!isBounded(text, start, end)) return runEnd + 1;
  if (scan.currentYear === 0) scan.currentYear = scan.currentYearOf();
  const parsed = parseCandidate(text, start, end, sepAt, scan.currentYear);
  if (parsed) report(text, start, end, parsed, scan);
  return end + 1; // bounded: text[end] is no digit
}

/**
 * Skatteverket's published example number (`19121212-1212`, "Tolvan Tolvansson"), printed in forms, manuals and
 * test data; it passes every check but belongs to no one.
 */
const EXAMPLE_NUMBERS = new Set(['19121212-1212']);

/**
 * `Hugo Pontus Viklund 320611 8741`, `Betalare: Nabil Haddad, 19491280 1430`, `Elif Kurt (0405231333)`: right
 * after two or more capitalised words (a name, as people write one before the person's number), perhaps in `(`.
 * Capitals too, as registers and hurried notes write the name (`LUNDIN, RONJA 550102 5778`).
 */
const AFTER_NAME =
  /(?:^|[^\p{L}])(?:\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)*,? \p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)*,? \p{Lu}[\p{Lu}'’-]+),? ?\(?$/u;

function followsName(text: string, start: number): boolean {
  const before = codeAt(text, start - 1);
  if (before !== 32 && before !== 40) return false;
  return AFTER_NAME.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * The line before a number that opens a chat message or a value: a speaker's label (after a timestamp, perhaps)
 * or HTML tags, and nothing else (`[11:58:08] Besökare: 581026 3771 och jag heter …`, `<p>19940520 5593 …`). A
 * number alone on its line is no message of this kind: digits in a column or a list.
 */
const MESSAGE_START = /^(?:[ \t]*\[[^\]\n]{1,40}\])?[ \t]*(?:\p{L}[\p{L} ()#.-]{0,40}:[ \t]*(?:<[^<>\n]{0,200}>[ \t]*)*|(?:<[^<>\n]{0,200}>[ \t]*)+)$/u;

/** A spaced number that opens a chat message is typed as one number (`Besökare: 580526 4529`). */
function startsMessage(text: string, start: number): boolean {
  // Looked for within the 120 characters a message's start may take: a search back to the text's start would read a
  // long line again per number on it.
  const lineStart = lineStartWithin(text, start, 121);
  return start - lineStart <= 120 && MESSAGE_START.test(text.slice(lineStart, start));
}

/**
 * A JSON field's value that opens with the number (`"body": "19940520 5593 och jag heter …"`, a chat message's part,
 * its HTML taken out by the extractor): the message starts with it, as after `Besökare:`.
 */
function opensField(segment: Segment, text: string, start: number): boolean {
  if (start > MAX_FIELD_INDENT || segment.hints?.scope !== 'field') return false;
  for (let i = 0; i < start; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}
const MAX_FIELD_INDENT = 8;

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function report(text: string, start: number, end: number, parsed: ParsedPersonnummer, scan: Scan): void {
  if (EXAMPLE_NUMBERS.has(parsed.normalized)) return;
  if (scan.column === null) scan.column = columnKind(scan.segment, scan.ctx.rules);
  const column = scan.column;
  // A personnummer, phone or not-personal column decides on its own (see judge): no keyword lookup then.
  const decisive = column === 'personnummer' || column === 'phone' || column === 'notPersonal';
  const keyword = decisive ? undefined : nearestKeyword(text, start, end, scan.ctx.rules);
  // A spaced number stands alone in parentheses (`Anna Berg (421122 0969)`) or as a field's whole value.
  const wholeValue = (parsed.form === 'spaced' || parsed.form === 'bare') && isWholeFieldValue(scan.segment, text, start, end);
  const parenthesised = codeAt(text, start - 1) === 40 && codeAt(text, end) === 41;
  const alone = wholeValue || parenthesised || (parsed.form === 'spaced' && (startsMessage(text, start) || opensField(scan.segment, text, start)));
  // A spaced number, or a bare one in parentheses, right after a name is that person's number.
  const afterName = (parsed.form === 'spaced' || (parsed.form === 'bare' && parenthesised)) && followsName(text, start);
  const asked = parsed.form === 'spaced' && keyword?.kind !== 'personnummer' && (askedOnLineBefore(text, start, scan.ctx.rules) || isFieldAnswer(scan.segment, text, start, end));
  const verdict = judge(parsed, text.charCodeAt(start), text.charCodeAt(start + 1), column, keyword, alone, wholeValue, afterName, asked);
  if (!verdict) return;
  const reasons = reasonList(parsed.form, verdict.reason);
  const value = text.slice(start, end);
  scan.matches.push(
    parsed.kind === 'personnummer'
      ? { start, end, value, normalized: parsed.normalized, confidence: verdict.confidence, reasons }
      : { start, end, value, normalized: parsed.normalized, confidence: verdict.confidence, reasons, subtype: parsed.kind },
  );
}

/** How much of its line may stand before a number said in answer (`[00:00:23] kund: ja det är `). */
const MAX_ANSWER_LEAD = 60;
/** How much of the line before (the question) is read. */
const MAX_QUESTION_LINE = 300;

/**
 * A call transcript's answer: the line before asks for the personnummer (`agent: okej då behöver jag ditt
 * personnummer`), and this line says little before the number (no digits: no list of numbers).
 */
function askedOnLineBefore(text: string, start: number, rules: DetectContext['rules']): boolean {
  const lineStart = lineStartWithin(text, start, MAX_ANSWER_LEAD + 1);
  if (lineStart === 0 || start - lineStart > MAX_ANSWER_LEAD || text.charCodeAt(lineStart - 1) !== 10) return false;
  const lead = text.slice(lineStart, start);
  // A timestamp's digits may open the line; none after the speaker's label.
  const colon = lead.lastIndexOf(': ');
  if (/\d/.test(colon >= 0 ? lead.slice(colon) : lead)) return false;
  const previousStart = lineStartWithin(text, lineStart - 1, MAX_QUESTION_LINE);
  const previous = text.slice(previousStart, lineStart - 1).toLowerCase();
  return rules.keywords.personnummer.some((word) => word.length >= 3 && containsWord(previous, word));
}

/** A few words ending in `är` before the number: `ja det är `, `den är `, `mitt nummer är `. */
const ANSWER_LEAD = /^[\p{L}\s,.!]*(?:^|\s)är\s+$/u;

/**
 * A speech-to-text transcript's answer kept as a field of its own (`{"speaker": "kund", "text": "ja det är 670804
 * 9934"}`): the question is in the field before, out of sight, but the whole utterance is a few words ending in
 * `är` and then the number, as people answer when asked for it.
 */
function isFieldAnswer(segment: Segment, text: string, start: number, end: number): boolean {
  const scope = segment.hints?.scope;
  if ((scope !== 'field' && scope !== 'cell') || start > MAX_ANSWER_LEAD || start < 3) return false;
  for (let i = end; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 46 && code !== 33) return false;
  }
  return ANSWER_LEAD.test(text.slice(0, start));
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordCode(codeAt(text, at - 1))) return true;
  }
  return false;
}

/**
 * `760830 33 14`: a speech-to-text transcript writes the serial as two pairs, as people say it. Read only where
 * the number was asked for on the line before, or next to a personnummer word. Returns where the search resumes.
 */
function examinePairedSerial(text: string, start: number, runEnd: number, scan: Scan): number {
  if (codeAt(text, runEnd) !== 32 || codeAt(text, runEnd + 3) !== 32) return runEnd + 1;
  for (const at of [runEnd + 1, runEnd + 2, runEnd + 4, runEnd + 5]) if (!isDigitCode(codeAt(text, at))) return runEnd + 1;
  const end = runEnd + 6;
  if (isWordCode(codeAt(text, end)) || codeAt(text, start - 1) === 43 || isWordCode(codeAt(text, start - 1))) return runEnd + 1;
  const compact = `${text.slice(start, runEnd)}-${text.slice(runEnd + 1, runEnd + 3)}${text.slice(runEnd + 4, end)}`;
  const parsed = parsePersonnummer(compact, scan.now());
  if (!parsed) return runEnd + 1;
  const keyword = nearestKeyword(text, start, end, scan.ctx.rules);
  if (keyword?.kind !== 'personnummer' && !askedOnLineBefore(text, start, scan.ctx.rules) && !isFieldAnswer(scan.segment, text, start, end)) return runEnd + 1;
  report(text, start, end, { ...parsed, form: 'spaced' }, scan);
  return end + 1;
}

/**
 * A transcript long enough to hold a question and its answer on two lines, that names the number asked for:
 * `nummer` (of personnummer, personnumret) or `pnr`. Short texts and one-line ones (most cells and fields) are not
 * searched.
 */
function mayHoldSpokenPairs(text: string): boolean {
  return text.length >= MIN_TRANSCRIPT && text.indexOf('\n') >= 0 && (text.indexOf('nummer') >= 0 || text.indexOf('pnr') >= 0);
}

const MIN_TRANSCRIPT = 40;
/** `46 01 27 19 94`: ten digits in five pairs, as a caller reads a personnummer aloud and a transcript writes it. */
const SPOKEN_PAIRS = /(?<![\d+\-.,:/])\d\d \d\d \d\d \d\d \d\d(?![\d\-.,:/]\d| \d)/g;

/**
 * `[13:52:55] kund: ja de e 46 01 27 19 94`: a personnummer said in five pairs, read only as the answer to a
 * question for it on the line before (askedOnLineBefore), as `850312 1234` is.
 */
function findSpokenPairs(text: string, scan: Scan): void {
  const before = scan.matches.length;
  SPOKEN_PAIRS.lastIndex = 0;
  for (let found = SPOKEN_PAIRS.exec(text); found; found = SPOKEN_PAIRS.exec(text)) {
    const digits = found[0].replace(/ /g, '');
    const parsed = parsePersonnummer(`${digits.slice(0, 6)}-${digits.slice(6)}`, scan.now());
    if (!parsed || !askedOnLineBefore(text, found.index, scan.ctx.rules)) continue;
    report(text, found.index, found.index + found[0].length, { ...parsed, form: 'spaced' }, scan);
  }
  if (scan.matches.length > before) scan.matches.sort((a, b) => a.start - b.start);
}

/** `checksum, date, format:…[, reason]`: one shared list per form and reason (reasons are never modified). */
const reasonLists = new Map<string, Map<string | undefined, readonly string[]>>();

function reasonList(form: string, reason: string | undefined): readonly string[] {
  let byReason = reasonLists.get(form);
  if (!byReason) reasonLists.set(form, (byReason = new Map()));
  let reasons = byReason.get(reason);
  if (!reasons) {
    reasons = reason ? ['checksum', 'date', `format:${form}`, reason] : ['checksum', 'date', `format:${form}`];
    // Reasons come from a fixed set (columns and keywords of the rules): the bound is only a safety net.
    if (byReason.size < 1000) byReason.set(reason, reasons);
  }
  return reasons;
}

/** `YYYY-MM-DD-NNNN` (dashes in the date too), as some CRMs and spreadsheets write personnummer. */
const ISO_DATED = /(?<![A-Za-z\u00C0-\u024F\d\-+.\/])(?:18|19|20)\d\d-[01]\d-[0-9]\d-\d{4}(?![\d\-])/g;

function findIsoDated(text: string, scan: Scan): void {
  ISO_DATED.lastIndex = 0;
  for (let found = ISO_DATED.exec(text); found; found = ISO_DATED.exec(text)) {
    const written = found[0];
    const parsed = parsePersonnummer(`${written.slice(0, 4)}${written.slice(5, 7)}${written.slice(8, 10)}-${written.slice(11)}`, scan.now());
    if (parsed) report(text, found.index, found.index + written.length, { ...parsed, form: 'iso-date' }, scan);
  }
  // Matches were appended after the main scan: keep them in text order.
  scan.matches.sort((a, b) => a.start - b.start);
}

export function createPersonnummerDetector(options: PersonnummerOptions = {}): Detector {
  const now = options.now ?? (() => new Date());
  const currentYearOf = options.now ? () => now().getFullYear() : systemYear;
  return {
    id: 'personnummer',
    category: 'personnummer',
    description: 'Swedish personnummer, samordningsnummer and interim numbers (date + Luhn checked)',
    detect(segment: Segment, ctx: DetectContext): Match[] {
      const text = segment.text;
      let start = nextLongRun(text, 0);
      const isoDated = mayHoldIsoDated(text);
      const spoken = mayHoldSpokenPairs(text);
      // Most segments (cells, leaves, short lines) hold no candidate: no per-call state for them.
      if (start < 0 && !isoDated && !spoken) return NONE;
      const scan: Scan = { segment, ctx, now, currentYearOf, matches: [], currentYear: 0, column: null };
      while (start >= 0) start = nextLongRun(text, examineRun(text, start, scan));
      if (isoDated) findIsoDated(text, scan);
      if (spoken) findSpokenPairs(text, scan);
      if (scan.matches.length === 0) return restoredInPersonnummerColumn(segment, ctx, now) ?? NONE;
      return scan.matches;
    },
  };
}

const NONE: Match[] = [];
const RESTORED_REASONS: readonly string[] = ['checksum', 'date', 'format:bare', 'column:personnummer', 'leading-zero-restored'];

/** `101011234` in a personnummer column: `0101011234`, born 2001, stored by Excel without its zero (leading-zero.ts). */
function restoredInPersonnummerColumn(segment: Segment, ctx: DetectContext, now: () => Date): Match[] | undefined {
  const cell = withoutLeadingZero(segment.text, 9, 9);
  if (!cell || columnKind(segment, ctx.rules) !== 'personnummer') return undefined;
  const parsed = parsePersonnummer(cell.restored, now());
  if (!parsed) return undefined;
  const value = segment.text.slice(cell.start, cell.end);
  const match = { start: cell.start, end: cell.end, value, normalized: parsed.normalized, confidence: 'medium' as const, reasons: RESTORED_REASONS };
  return [parsed.kind === 'personnummer' ? match : { ...match, subtype: parsed.kind }];
}

/**
 * The system clock's year, read again at most once a second: a Date per candidate cost ~150 ns, which on a
 * CRM extract with a personnummer column is a few percent of the scan.
 */
let cachedYear = 0;
let cachedYearUntil = 0;
function systemYear(): number {
  const time = Date.now();
  if (time >= cachedYearUntil) {
    cachedYear = new Date(time).getFullYear();
    cachedYearUntil = time + 1000;
  }
  return cachedYear;
}

/**
 * A dash with two more three characters apart (`12-31-`), as `YYYY-MM-DD-NNNN` has: a cheap guard for the regex.
 * Runs on every segment: most CSV cells and JSON leaves are shorter than the form's 15 characters, and its first
 * dash stands four characters in and ten before the end.
 */
function mayHoldIsoDated(text: string): boolean {
  const lastDash = text.length - 11;
  if (lastDash < 4) return false;
  for (let dash = text.indexOf('-', 4); dash >= 0 && dash <= lastDash; dash = text.indexOf('-', dash + 1)) {
    if (text.charCodeAt(dash + 3) === 45 && text.charCodeAt(dash + 6) === 45) return true;
  }
  return false;
}

export const personnummerDetector: Detector = createPersonnummerDetector();
