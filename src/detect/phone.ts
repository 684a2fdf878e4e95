import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';
import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDashCode, isDigitCode, isNumberJoiner, isWholeFieldValue, isWordCode, nearestKeyword, type ColumnKind, type KeywordHit } from './context.js';
import { withoutLeadingZero } from './leading-zero.js';
import { isSpace } from './name-context.js';
import { parsePersonnummer } from './personnummer.js';
import { DOTTED_NEEDS_CONTEXT, DOTTED_NEVER, dottedAreaDigits, dottedEnd, dottedForm, dottedLocalGroups } from './phone-dotted.js';
import { mayHaveKeywordNear } from './keyword-precheck.js';
import {
  bufferedAreaCodeLength,
  bufferedE164,
  bufferedLocalGroups,
  bufferedSwedishType,
  nationalOffset,
  nationalOffsetWithoutPlus,
  readDigits,
} from './phone-swedish.js';
import type { Confidence, DetectContext, Detector, Match } from './types.js';

export { swedishNational, validateSwedishByShape } from './phone-swedish.js';

/**
 * Phone numbers, Swedish by default (070-123 45 67, 08-123 456 78, +46 (0)70-123 45 67, 0046 70 …) and
 * international numbers written with `+` or `00`. A hand-written scan finds candidates that start like a phone
 * number (`+`, `0`, `(0`) and the `max` metadata of libphonenumber-js decides validity and kind. Running
 * libphonenumber's own text search over every byte would be far slower.
 *
 * Numbers not written with a leading 0 or + are never phone numbers here: that rules out dates, amounts, postal
 * codes, personnummer (850312-2384) and most order numbers before any parsing. The one exception is a Swedish
 * number in E.164 without its `+` (`46701234567`, as spreadsheets leave it), taken only where a phone column or
 * keyword says so: bare, such digits are more often ids.
 *
 * One `/` may stand right after the area code (`070/1234567`, `08/123 45 67`, an older Swedish habit) when it
 * sits where the number's own area code ends; dates (`05/11/2024`, `08/12 2024`) never pass. Dots between the
 * groups (`070.123.45.67`, `070.1234567`, `+46.70.123.45.67`) are read by `phone-dotted.ts`, under the same rule
 * for the area code and stricter ones for the groups: dotted dates, versions and addresses never pass.
 *
 * The scan matches exactly what `/(?:\+|\(0|0|4(?=6))[\d\u00a0 ()-]{5,22}\d/g` would (plus that one `/`), but
 * tests the character before a candidate first: most zeros in logs sit inside timestamps, dates and amounts
 * (`2024-03-01 09:14`), glued to a digit, and are dropped before the characters after them are read.
 */

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** National numbers shorter than this are left to libphonenumber's own parsing. */
const MIN_SHAPE_DIGITS = 7;
/** Length of the shortest Swedish number written without its `+`: `46` and MIN_SHAPE_DIGITS digits. */
const MIN_WITHOUT_PLUS = 2 + MIN_SHAPE_DIGITS;
/**
 * How many trailing space-separated groups may be dropped from an over-long candidate (`070-123 45 67 2024`, or
 * `070-724 51 65 3 550 000`: a bid in spaced thousands after the number).
 */
const MAX_TRIMS = 3;
/** The candidate body after `+` / `0` / `(0` / `4`: 5–22 separator or digit characters, then a digit. */
const MIN_BODY = 6;
const MAX_BODY = 23;

/** `\d`, NBSP, space, `(`, `)`, `-` (or a dash in its place): the characters a written phone number is made of. */
function isBodyCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || code === 32 || code === 40 || code === 41 || code === 45;
  return code === 0xa0 || isDashCode(code);
}

/** `isWordCode` with the ASCII case inline: it runs on the neighbour of every `0` in the text. */
function isWordish(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return isWordCode(code);
}

/** Not glued to a word, a `+` or a number before it (`2024-0701…`, `ART-0701234567`). */
function isBoundedBefore(text: string, start: number): boolean {
  const before = codeAt(text, start - 1);
  if (before === -1) return true;
  // `#08463610`: a ticket, session or chat id, whose digits may well look like a Stockholm number.
  if (isWordish(before) || before === 43 /* + */ || before === 35 /* # */) return false;
  const twoBefore = codeAt(text, start - 2);
  // `Tel:070-…`, `Mobil:+46 …`, `href="tel:+46…"`: a label or a tel: link without a space, not a time (`09:14`).
  if (before === 58 /* : */ && isLetter(twoBefore)) return true;
  return !(isNumberJoiner(before) && isWordish(twoBefore));
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isWordCode(code);
}

function isBoundedAfter(text: string, end: number): boolean {
  const after = codeAt(text, end);
  if (after === -1) return true;
  if (isWordish(after)) return false;
  return !(isNumberJoiner(after) && isDigitCode(codeAt(text, end + 1)));
}

/** Where the last candidate read by `candidateEnd` has its area-code `/`, or -1. */
let candidateSlash = -1;
/** Whether the last candidate read by `candidateEnd` is written with dots (`070.123.45.67`). */
let candidateDotted = false;

/**
 * End of the longest candidate starting at `start` (a `+`, `0`, `(0` or `46`), or -1 if there is none. Sets
 * `candidateSlash` and `candidateDotted`.
 */
function candidateEnd(text: string, start: number): number {
  const body = text.charCodeAt(start) === 40 /* ( */ ? start + 2 : start + 1;
  const limit = Math.min(text.length, body + MAX_BODY);
  let end = -1;
  candidateSlash = -1;
  candidateDotted = false;
  for (let i = body; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (!isBodyCode(code)) {
      // A dot right after the area code (`070.`, `08.`, `+46.`) may start a dotted number; later dots end the candidate.
      if (code === 46 /* . */ && i - start <= 4) {
        const dotted = dottedEnd(text, start, i);
        if (dotted >= 0) {
          candidateDotted = true;
          return dotted - body >= MIN_BODY ? dotted : -1;
        }
      }
      // Tested only where the candidate would end anyway, so numbers without a slash pay nothing for it.
      if (code !== 47 /* / */ || candidateSlash >= 0 || !isAreaCodeSlash(text, start, i)) break;
      candidateSlash = i;
      continue;
    }
    if (i - body >= MIN_BODY - 1 && code >= 48 && code <= 57) end = i + 1;
  }
  // Cut by the length limit inside a following number (`070-123 45 67 850312-2387`): end at the last group
  // boundary instead, or the candidate would not end on a boundary and be dropped whole.
  if (end > 0 && end === limit && isDigitCode(codeAt(text, end))) {
    const cut = lastGroupEnd(text, start, end);
    if (cut >= 0) end = cut;
  }
  return end;
}

/** Just after the candidate's first group when that is a personnummer as written (`090417-3739 `), else `end`. */
function afterPersonnummerGroup(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0xa0) return isWrittenAsPersonnummer(text.slice(start, i)) ? i + 1 : end;
  }
  return end;
}

/** End of the candidate `text[start, end)` without its last space-separated group, or -1 when too little is left. */
function lastGroupEnd(text: string, start: number, end: number): number {
  const body = text.charCodeAt(start) === 40 /* ( */ ? start + 2 : start + 1;
  let space = end - 1;
  while (space > body && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 0xa0) space--;
  let groupEnd = space;
  while (groupEnd > body && !isDigitCode(text.charCodeAt(groupEnd - 1))) groupEnd--;
  return space > body && groupEnd - body >= MIN_BODY && groupEnd > candidateSlash ? groupEnd : -1;
}

/**
 * A `/` at `slash` that may end an area code: after the trunk 0 and one to three digits (`08/`, `070/`,
 * `0771/`, not `00/` or `0/`), with a digit right after it. Whether it ends the number's real area code is
 * decided once the number is known (`slashFitsAreaCode`).
 */
function isAreaCodeSlash(text: string, start: number, slash: number): boolean {
  const length = slash - start;
  if (length < 2 || length > 4 || text.charCodeAt(start) !== 48 || text.charCodeAt(start + 1) === 48) return false;
  for (let i = start + 1; i < slash; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return isDigitCode(codeAt(text, slash + 1));
}

/**
 * `08/12 2024`, `08/3-2024`: a day, a month and a year, never `08/` and a number. (Two slashes never make a
 * candidate; `0X/` with a longer area code is no Swedish number, so only this shape needs a rule.)
 */
function isSlashDate(text: string, start: number, stop: number, slash: number): boolean {
  if (slash !== start + 2) return false;
  let i = slash + 1;
  while (i < stop && isDigitCode(text.charCodeAt(i))) i++;
  const month = i - slash - 1;
  if (month < 1 || month > 2 || stop - i !== 5) return false;
  const separator = text.charCodeAt(i);
  if (separator !== 32 && separator !== 0xa0 && !isDashCode(separator)) return false;
  const century = text.slice(i + 1, i + 3);
  return (century === '19' || century === '20') && isDigitCode(text.charCodeAt(i + 3)) && isDigitCode(text.charCodeAt(i + 4));
}

/** Whether `text[start, end)` has exactly the shape of `pattern`: `d` a digit, `s` a `-` or `+`, `-` a hyphen. */
function hasShape(text: string, start: number, end: number, pattern: string): boolean {
  if (end - start !== pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const code = text.charCodeAt(start + i);
    const want = pattern.charCodeAt(i);
    if (want === 100 /* d */ ? !isDigitCode(code) : want === 115 /* s */ ? !isDashCode(code) && code !== 43 : want === 45 ? !isDashCode(code) : code !== want) return false;
  }
  return true;
}

/**
 * Dates, YYMMDD-NNNN / YYYYMMDD-NNNN (the way identity numbers are written) and US ZIP+4 codes (`08840-3486`, in
 * the addresses of American customers; no Swedish area code has five digits): never phone numbers.
 */
function isDateOrIdentityShape(text: string, start: number, end: number): boolean {
  return (
    hasShape(text, start, end, 'ddddd-dddd') ||
    hasShape(text, start, end, 'dd-dd-dddd') ||
    hasShape(text, start, end, 'dddd-dd-dd') ||
    hasShape(text, start, end, 'ddddddsdddd') ||
    hasShape(text, start, end, 'ddddddddsdddd')
  );
}

/**
 * The keyword stands right before or after `text[start, end)` with no digit between (`Tel: 46701234567`), so it
 * names this number and not another one before it (`tel 08-123 45 67. Kundnr 46701234567`).
 */
function labelsThisNumber(text: string, start: number, end: number, hit: KeywordHit): boolean {
  const keywordEnd = start - hit.distance;
  const keywordStart = keywordEnd - hit.keyword.length;
  if (keywordStart >= 0 && text.slice(keywordStart, keywordEnd).toLowerCase() === hit.keyword) return !hasDigit(text, keywordEnd, start);
  // After the number (see searchKeywordNear: its distance counts 4 more there).
  return !hasDigit(text, end, end + hit.distance - 4);
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Numbers valid only as company or service numbers (0771, 020, 0900 …) do not reach a person. */
const SERVICE_TYPES = new Set<NumberType>(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER']);

function subtypeOf(type: NumberType): 'mobile' | 'fixed' | 'other' {
  if (type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return 'fixed';
  return 'other';
}

interface Parsed {
  readonly end: number;
  readonly e164: string;
  readonly type: NumberType;
  /** False for a foreign number of the right length in a range libphonenumber does not list (see validateWritten). */
  readonly listed: boolean;
}

interface Validated {
  readonly e164: string;
  readonly type: NumberType;
  readonly listed: boolean;
}

/**
 * Numbers that are not Swedish national numbers go through libphonenumber (~25 µs per number: parse,
 * validity, type); the same numbers recur in signatures and quoted replies, so results are memoised by the
 * written form. Bounded: cleared when full.
 *
 * A foreign number written with its country code (`+47 445 12 316`) that has the country's length but lies in
 * a range the metadata does not list comes back with `listed: false`: operators open new ranges before the
 * metadata knows them, and exports hold mistyped numbers that still belong to someone. It is reported only
 * where a phone label or column names it.
 */
const validated = new Map<string, Validated | null>();
const MAX_MEMO = 20_000;

function validateWritten(written: string): Validated | null {
  let result = validated.get(written);
  if (result === undefined) {
    const phone = parsePhoneNumberFromString(written, { defaultCountry: 'SE', extract: false });
    if (phone?.isValid()) result = { e164: phone.number, type: phone.getType(), listed: true };
    else if (isUnlistedForeign(phone, written)) result = { e164: phone!.number, type: undefined, listed: false };
    else result = null;
    if (validated.size >= MAX_MEMO) validated.clear();
    validated.set(written, result);
  }
  return result;
}

/** Short service numbers (`+47 445 12`) have the country's possible length too; no subscriber number is that short. */
const MIN_UNLISTED_NATIONAL_DIGITS = 7;

function isUnlistedForeign(phone: ReturnType<typeof parsePhoneNumberFromString>, written: string): boolean {
  if (phone === undefined || phone.country === 'SE' || phone.nationalNumber.length < MIN_UNLISTED_NATIONAL_DIGITS) return false;
  return (written.charCodeAt(0) === 43 || written.startsWith('00')) && phone.isPossible();
}

/**
 * The written area code (`areaDigits` digits between the trunk 0 and the `/`) is the one libphonenumber gives
 * the number. Company and service numbers are conventionally written a digit longer than libphonenumber groups
 * them (`0771/…`, which it formats `077-1…`), so for them that length passes too.
 */
function slashFitsAreaCode(areaDigits: number, offset: number, length: number, type: NumberType): boolean {
  const expected = bufferedAreaCodeLength(offset, length);
  return areaDigits === expected || (subtypeOf(type) === 'other' && expected > 0 && areaDigits === expected + 1);
}

/**
 * The dotted number just read has its area code where libphonenumber puts it, and its groups as libphonenumber
 * groups them (or all in one run). Company numbers, whose area code may be written a digit longer, keep any grouping.
 */
function dottedFits(offset: number, length: number, type: NumberType): boolean {
  if (!slashFitsAreaCode(dottedAreaDigits(), offset, length, type)) return false;
  const groups = dottedLocalGroups();
  return groups === 0 || subtypeOf(type) === 'other' || groups === bufferedLocalGroups(offset, length);
}

/**
 * Validates `text[start, stop)` whose `digits` digits were just read; no string is made for a Swedish miss.
 * `slash` is the area-code `/` (or -1); `withoutPlus` marks a `46…` candidate, `dotted` one written with dots.
 */
function validate(text: string, start: number, stop: number, digits: number, slash: number, withoutPlus: boolean, dotted: boolean): Parsed | undefined {
  const offset = withoutPlus ? nationalOffsetWithoutPlus(digits) : nationalOffset(text, start, stop, digits);
  if (offset >= 0 && digits - offset >= MIN_SHAPE_DIGITS) {
    const type = bufferedSwedishType(offset, digits - offset);
    if (type === null) return undefined;
    if (slash >= 0 && !slashFitsAreaCode(slash - start - 1, offset, digits - offset, type)) return undefined;
    if (dotted && !dottedFits(offset, digits - offset, type)) return undefined;
    return { end: stop, e164: bufferedE164(offset, digits - offset), type, listed: true };
  }
  // These forms are read here and nowhere else: libphonenumber is never asked about them.
  if (slash >= 0 || withoutPlus || dotted) return undefined;
  const phone = validateWritten(text.slice(start, stop));
  return phone ? { end: stop, e164: phone.e164, type: phone.type, listed: phone.listed } : undefined;
}

/**
 * Validates `text[start, end)`, dropping up to MAX_TRIMS trailing groups when the whole is not a number. A reading
 * that is only possible (a foreign number in a range the metadata does not list) or that ends in one lone digit
 * (`+49 152 0893418 4 pers`: a party's size in the next column of an arrival list) gives way to the number without
 * its last group when that one is listed: no one groups a number with a single digit last.
 */
function parseCandidate(text: string, start: number, end: number, slash: number, withoutPlus: boolean, dotted: boolean): Parsed | undefined {
  let stop = end;
  let doubtful: Parsed | undefined;
  for (let trims = 0; trims <= MAX_TRIMS; trims++) {
    const digits = readDigits(text, start, stop);
    if (digits < MIN_DIGITS) return doubtful;
    if (digits <= MAX_DIGITS) {
      if (isDateOrIdentityShape(text, start, stop)) return doubtful;
      if (slash >= 0 && isSlashDate(text, start, stop, slash)) return doubtful;
      const phone = validate(text, start, stop, digits, slash, withoutPlus, dotted);
      if (doubtful !== undefined) return phone?.listed ? phone : doubtful;
      if (phone) {
        if (phone.listed && !endsInLoneDigit(text, start, stop)) return phone;
        doubtful = phone;
      }
    }
    const space = text.lastIndexOf(' ', stop - 1);
    if (space <= start) return doubtful;
    // `01-1600 3310 1086-6`: a last group with a check digit after a dash ends an identifier (a lift pass's card
    // number), not a phone number followed by something else.
    if (endsInCheckDigitGroup(text, space + 1, stop)) return doubtful;
    stop = space;
    while (stop > start && !isDigitCode(text.charCodeAt(stop - 1))) stop--;
  }
  return doubtful;
}

/** `text[from, stop)` is digits, a dash and one digit (`1086-6`). */
function endsInCheckDigitGroup(text: string, from: number, stop: number): boolean {
  if (stop - from < 4 || text.charCodeAt(stop - 2) !== 45 || !isDigitCode(text.charCodeAt(stop - 1))) return false;
  for (let i = from; i < stop - 2; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/** `text[start, stop)` ends in a group of one digit after a space, with digits before it. */
function endsInLoneDigit(text: string, start: number, stop: number): boolean {
  return stop - start >= 4 && text.charCodeAt(stop - 2) === 32 && isDigitCode(text.charCodeAt(stop - 3));
}

/**
 * `text[start, end)` is all of a cell's or a field's value, or all of a column of a delimited line (`2024-04-10
 * 08:48 | IN | 46709940173 | …`: between `|`, tabs or `;`, or the line's ends).
 */
function isWholeValue(segment: Segment, text: string, start: number, end: number): boolean {
  if (isWholeFieldValue(segment, text, start, end)) return true;
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  let after = end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  const left = codeAt(text, before);
  const right = codeAt(text, after);
  // One side at least a `|` or a tab: a lone number on a line is not a delimited line's column.
  return isColumnEdge(left) && isColumnEdge(right) && (left === 124 || right === 124 || left === 9 || right === 9);
}

/** `|`, a tab, `;`, a line's end (or the text's: -1): where a column of a delimited line ends. */
function isColumnEdge(code: number): boolean {
  return code === 124 || code === 9 || code === 59 || code === 10 || code === 13 || code === -1;
}

function confidenceOf(type: NumberType, phoneContext: boolean): Confidence {
  if (SERVICE_TYPES.has(type)) return 'low';
  return phoneContext ? 'high' : 'medium';
}

/** Column kinds that decide a candidate on their own, whatever words stand near it. */
function isDecisiveColumn(column: ColumnKind | undefined): column is 'phone' | 'personnummer' | 'notPersonal' {
  return column === 'phone' || column === 'personnummer' || column === 'notPersonal';
}

const NONE: Match[] = [];

const SEPARATED_PERSONNUMMER = /^\(?\d{6}[-+\u2010-\u2013\u2212 ]\d{4}$/;

/**
 * `YYMMDD-NNNN` (after a `(`) with a real date and check digit: the standard way to write a personnummer. So is
 * `YYMMDD NNNN`, which no one uses to group a phone number (`Axel Gunnarsson (060311 4109)` is no Sundsvall number).
 */
function isWrittenAsPersonnummer(value: string): boolean {
  const length = value.length;
  if (length !== 11 && length !== 12) return false;
  return SEPARATED_PERSONNUMMER.test(value) && parsePersonnummer(value.charCodeAt(0) === 40 ? value.slice(1) : value, new Date()) !== undefined;
}

/** A dash and one last digit after a group of three digits or more (`…853-5`, `…130179-6`). */
function endsInCheckDigit(value: string): boolean {
  const length = value.length;
  if (length < 6 || value.charCodeAt(length - 2) !== 45 || !isDigitCode(value.charCodeAt(length - 1))) return false;
  return isDigitCode(value.charCodeAt(length - 3)) && isDigitCode(value.charCodeAt(length - 4)) && isDigitCode(value.charCodeAt(length - 5));
}

const FOUR_DIGIT_GROUPS = /^\d{4}(?: \d{4})+$/;

/** `text[start, end)` is four-digit groups with another group, or an IBAN's `SEnn`, right before or after it. */
function inFourDigitGroups(text: string, start: number, end: number): boolean {
  // Most candidates are no four-digit group: the fifth character tells without a slice.
  if (end - start < 9 || text.charCodeAt(start + 4) !== 32 || !FOUR_DIGIT_GROUPS.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 5), start);
  return /(?:^|[^\d])\d{4} $|SE\d\d $/i.test(before) || /^ \d{4}(?!\d)/.test(text.slice(end, end + 6));
}
const RESTORED_REASONS: readonly string[] = ['valid-number', 'format:national', 'column:phone', 'leading-zero-restored'];

/** `701234567` in a phone column: a Swedish number Excel stored without its trunk 0 (see leading-zero.ts). */
function restoredInPhoneColumn(segment: Segment, ctx: DetectContext): Match[] | undefined {
  // Nearly every segment starts with something else than a digit 1–9 or a blank: decided on one character.
  const first = segment.text.charCodeAt(0);
  if (!((first >= 49 && first <= 57) || first === 32 || first === 9)) return undefined;
  // Seven to nine national digits after the 0 (`8123456` is 08-123 456).
  const cell = withoutLeadingZero(segment.text, 7, 9);
  if (!cell || columnKind(segment, ctx.rules) !== 'phone') return undefined;
  const phone = validateWritten(cell.restored);
  if (!phone || !phone.listed || SERVICE_TYPES.has(phone.type)) return undefined;
  const value = segment.text.slice(cell.start, cell.end);
  return [{ start: cell.start, end: cell.end, value, normalized: phone.e164, confidence: 'medium', reasons: RESTORED_REASONS, subtype: subtypeOf(phone.type) }];
}

/**
 * `2026-11-08 04:52:22 OUT 46729961010 sender=…`, `IN  46764115782 "ok tack"`: an SMS gateway's log writes the
 * direction of each message, then the other party's number. A mobile or fixed-line number right after such a word
 * (capitals, a blank or two between, or a delimited log's separator: `|IN|4621454163|`) is that party's. The
 * direction word is returned as the key.
 */
function directionBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > start - 3 && text.charCodeAt(end - 1) === 32) end--;
  // `2026-11-15 11:00:30;SEND;46726682126;Älvnet;…`: a delimited log's direction column right before the number's.
  if (end === start && isColumnSeparator(text.charCodeAt(start - 1))) end = start - 1;
  if (end === start) return undefined;
  let from = end;
  while (from > end - 8 && from > 0 && text.charCodeAt(from - 1) >= 65 && text.charCodeAt(from - 1) <= 90) from--;
  if (from === end || (from > 0 && !isSpace(text.charCodeAt(from - 1)) && !isColumnSeparator(text.charCodeAt(from - 1)))) return undefined;
  const word = text.slice(from, end);
  return DIRECTIONS.has(word) ? word : undefined;
}
const DIRECTIONS: ReadonlySet<string> = new Set(['IN', 'OUT', 'MO', 'MT', 'RX', 'TX', 'INBOUND', 'OUTBOUND', 'INCOMING', 'OUTGOING', 'SEND', 'SENT', 'RECV', 'RCVD']);

/** `;`, `,`, `|` or a tab: what separates a delimited log line's columns. */
function isColumnSeparator(code: number): boolean {
  return code === 59 || code === 44 || code === 124 || code === 9;
}

/** Keys of `key=value` log fields that hold a phone number (SMS gateways, telephony and SIP logs). */
const PHONE_KEYS = new Set(['to', 'from', 'msisdn', 'nsn', 'nummer', 'sender', 'recipient', 'dest', 'dst', 'destination', 'src', 'source', 'number', 'phone', 'tel', 'mobile', 'ani', 'dnis', 'cli', 'callerid', 'caller', 'callee', 'msisdn_to', 'msisdn_from', 'source_addr', 'dest_addr', 'destination_addr', 'to_number', 'from_number', 'dial', 'dialed', 'dialled', 'called', 'calling', 'contact']);
const MAX_KEY = 16;

/**
 * The key of a `key=` right before `start`, lower-cased, when it is one of PHONE_KEYS; or the scheme of a SIP or tel
 * URI whose user part is the number (`from=sip:46708570555@194.68.109.195`, `tel:46701234567`).
 */
function phoneKeyBefore(text: string, start: number): string | undefined {
  // `from=sip:…`, and a log's `to:46795060205` (a key and a colon, no blank) as `to=` is.
  const mark = codeAt(text, start - 1);
  if (mark === 58 /* : */) {
    const scheme = uriSchemeBefore(text, start - 1);
    if (scheme !== undefined) return scheme;
  } else if (mark !== 61 /* = */) {
    return undefined;
  }
  let from = start - 1;
  while (from > 0 && start - 1 - from < MAX_KEY && isKeyCode(text.charCodeAt(from - 1))) from--;
  if (from === start - 1 || (from > 0 && isKeyCode(text.charCodeAt(from - 1)))) return undefined;
  const key = text.slice(from, start - 1).toLowerCase();
  return PHONE_KEYS.has(key) ? key : undefined;
}

/**
 * The key of a `key=` right before `start` when the same text writes that key's value as a phone number elsewhere
 * (`member=+46730125241`, `member=0703401346`): a cinema's ticket scans keep members by their mobile number, some
 * without the `+` (`member=46727958870`). Asked only for a `46…` candidate after a key no list holds.
 */
function keyOfWrittenPhones(text: string, start: number): string | undefined {
  if (codeAt(text, start - 1) !== 61 /* = */) return undefined;
  let from = start - 1;
  while (from > 0 && start - 1 - from < MAX_KEY && isKeyCode(text.charCodeAt(from - 1))) from--;
  if (from === start - 1 || (from > 0 && isKeyCode(text.charCodeAt(from - 1)))) return undefined;
  const key = text.slice(from, start);
  // Asked once per key and text: a log of thousands of `member=46…` lines and no `member=+46…` would otherwise be
  // searched to its end once per line.
  if (writtenPhoneKeysText !== text) {
    writtenPhoneKeysText = text;
    writtenPhoneKeys.clear();
  }
  let writes = writtenPhoneKeys.get(key);
  if (writes === undefined) {
    writes = writesPhoneAfter(text, `${key}+46`) || writesPhoneAfter(text, `${key}07`);
    writtenPhoneKeys.set(key, writes);
  }
  return writes ? key.slice(0, -1).toLowerCase() : undefined;
}
let writtenPhoneKeysText: string | undefined;
const writtenPhoneKeys = new Map<string, boolean>();

/** `prefix` followed by a digit somewhere in `text`, at a key's start (not inside a longer key). */
function writesPhoneAfter(text: string, prefix: string): boolean {
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if ((at === 0 || !isKeyCode(text.charCodeAt(at - 1))) && isDigitCode(text.charCodeAt(at + prefix.length))) return true;
  }
  return false;
}

const URI_SCHEMES: ReadonlySet<string> = new Set(['sip', 'sips', 'tel']);

/** `sip`, `sips` or `tel` as a word right before the colon at `colon`. */
function uriSchemeBefore(text: string, colon: number): string | undefined {
  let from = colon;
  while (from > colon - 4 && from > 0 && isKeyCode(text.charCodeAt(from - 1))) from--;
  if (from === colon || (from > 0 && isKeyCode(text.charCodeAt(from - 1)))) return undefined;
  const scheme = text.slice(from, colon).toLowerCase();
  return URI_SCHEMES.has(scheme) ? scheme : undefined;
}

function isKeyCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/**
 * A field of PHONE_KEYS whose whole value is the number (`"to":"46737600511"` in an SMS provider's JSON, `"nsn":…`
 * in a number-porting event), lower-cased: a key that names the number, as `to=` does in a log line.
 */
function phoneFieldOf(segment: Segment, text: string, start: number, end: number): string | undefined {
  const field = segment.hints?.field;
  if (field === undefined || field.length > MAX_KEY) return undefined;
  const key = field.toLowerCase();
  if (!PHONE_KEYS.has(key)) return undefined;
  for (let i = 0; i < start; i++) if (!isSpace(text.charCodeAt(i))) return undefined;
  for (let i = end; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return undefined;
  return key;
}

/** `valid-number, format:…[, context]`: one shared list per combination (reasons are never modified). */
const reasonLists = [new Map<string | undefined, readonly string[]>(), new Map<string | undefined, readonly string[]>()];

function reasonList(international: boolean, context: string | undefined): readonly string[] {
  const byContext = reasonLists[international ? 1 : 0]!;
  let reasons = byContext.get(context);
  if (!reasons) {
    const format = international ? 'format:international' : 'format:national';
    reasons = context ? ['valid-number', format, context] : ['valid-number', format];
    // Contexts come from a fixed set (the phone column and keywords): the bound is only a safety net.
    if (byContext.size < 1000) byContext.set(context, reasons);
  }
  return reasons;
}

/** `possible-number, format:international, context` for a number outside the listed ranges (see validateWritten). */
const unlistedReasonLists = new Map<string, readonly string[]>();

function unlistedReasons(context: string): readonly string[] {
  let reasons = unlistedReasonLists.get(context);
  if (!reasons) {
    reasons = ['possible-number', 'format:international', context];
    if (unlistedReasonLists.size < 1000) unlistedReasonLists.set(context, reasons);
  }
  return reasons;
}

export const phoneDetector: Detector = {
  id: 'phone',
  category: 'phone',
  description: 'Phone numbers (Swedish and international), validated with libphonenumber-js',
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    const restored = restoredInPhoneColumn(segment, ctx);
    if (restored) return restored;
    // Next `0`, `+` and `46` at or after `from`; each is searched again only once the scan has passed it.
    let nextZero = text.indexOf('0');
    let nextPlus = text.indexOf('+');
    // `46` and seven national digits at least: shorter texts (most cells) are not searched for it.
    let nextBare = text.length >= MIN_WITHOUT_PLUS ? text.indexOf('46') : -1;
    // Every candidate starts with 0, (0, + or 46: without them there is nothing to look at (and nothing to allocate).
    if (nextZero === -1 && nextPlus === -1 && nextBare === -1) return NONE;
    const matches: Match[] = [];
    let column: ColumnKind | undefined | null = null;
    let from = 0;
    for (;;) {
      if (nextZero !== -1 && nextZero < from) nextZero = text.indexOf('0', from);
      if (nextPlus !== -1 && nextPlus < from) nextPlus = text.indexOf('+', from);
      if (nextBare !== -1 && nextBare < from) nextBare = text.indexOf('46', from);
      let start: number;
      // A Swedish number in E.164 without its `+` (`46701234567`).
      let withoutPlus = false;
      if (nextZero !== -1 && (nextPlus === -1 || nextZero < nextPlus) && (nextBare === -1 || nextZero < nextBare)) {
        start = nextZero;
        // `(0` starts one character earlier and is tried first, as the regex alternation would.
        if (start > from && text.charCodeAt(start - 1) === 40 /* ( */) start--;
      } else if (nextPlus !== -1 && (nextBare === -1 || nextPlus < nextBare)) {
        start = nextPlus;
      } else if (nextBare !== -1) {
        start = nextBare;
        withoutPlus = true;
      } else {
        break;
      }
      from = start + 1;
      if (!isBoundedBefore(text, start)) continue;
      let end = candidateEnd(text, start);
      // `072-265 16 85      2nd line`: a word glued to digits after the number spoils only the last group.
      if (end >= 0 && !isBoundedAfter(text, end)) end = candidateDotted ? -1 : lastGroupEnd(text, start, end);
      if (end < 0) continue;
      const slash = candidateSlash;
      // -1 for a number without dots.
      const dotted = candidateDotted ? dottedForm(text) : -1;
      // A `46…` candidate that is not taken leaves the digits inside it to be tried as they always were.
      if (!withoutPlus) from = end;
      if (dotted === DOTTED_NEVER) continue;
      const parsed = parseCandidate(text, start, end, slash, withoutPlus, dotted >= 0);
      if (!parsed) {
        // `090417-3739 0705771993`: a personnummer and a phone number in a row read as one candidate that is no
        // number; after the personnummer the next group may start one of its own.
        if (!withoutPlus) from = afterPersonnummerGroup(text, start, end);
        continue;
      }
      if (column === null) column = columnKind(segment, ctx.rules);
      // The keyword windows are read only when the column does not already decide and a keyword may be there.
      const keyword =
        isDecisiveColumn(column) || !mayHaveKeywordNear(text, start, parsed.end, ctx.rules)
          ? undefined
          : nearestKeyword(text, start, parsed.end, ctx.rules);
      const kind = isDecisiveColumn(column) ? column : keyword?.kind;
      if (kind === 'notPersonal') continue;
      // A `46…` number, dotted groups that could be a version or a date, or a dotted company number (`0771.123.456`,
      // an article number as often), only where a phone keyword or column names it.
      const needsLabel = withoutPlus || !parsed.listed || dotted === DOTTED_NEEDS_CONTEXT || (dotted >= 0 && subtypeOf(parsed.type) === 'other');
      // `to=46761990420` in an SMS gateway's log: a key that names the number is a label too.
      const key = needsLabel
        ? (phoneKeyBefore(text, start) ??
          phoneFieldOf(segment, text, start, parsed.end) ??
          (subtypeOf(parsed.type) !== 'other' ? directionBefore(text, start) : undefined) ??
          (withoutPlus ? keyOfWrittenPhones(text, start) : undefined))
        : undefined;
      // A Swedish mobile number in E.164 without its `+` that is a cell's or field's whole value (`46709940173`
      // under an unnamed column) is written as one: no ID is a valid mobile number of exactly that shape.
      const wholeMobile = withoutPlus && parsed.type === 'MOBILE' && isWholeValue(segment, text, start, parsed.end);
      if (needsLabel && key === undefined && !wholeMobile && (kind !== 'phone' || (keyword !== undefined && !labelsThisNumber(text, start, parsed.end, keyword)))) continue;
      const value = text.slice(start, parsed.end);
      // Digits shaped like a personnummer (a real date) next to a personnummer label are one, even with a
      // mistyped check digit (`Personnummer 0211258104`): no phone number. `46…` digits that pass the full check
      // are never read as a number without its `+`.
      if (kind === 'personnummer' && parsePersonnummer(value.replace(/[\s\u00a0-]/g, ''), new Date(), { checkDigit: false })) continue;
      // `050127-8857` is how a personnummer is written (of someone born 2005), never how a phone number is grouped.
      if (isWrittenAsPersonnummer(value)) continue;
      // `92-130179-6`, `021 024 853-5`: a bank account or plusgiro number ends in a check digit after a dash; no
      // phone number is grouped so.
      if (endsInCheckDigit(value)) continue;
      // `IBAN SE41 3000 0116 5717 0867 2645`: four-digit groups of an account number.
      if (inFourDigitGroups(text, start, parsed.end)) continue;
      // Under a phone column (`a_number` of a call log) the number is a phone even where its digits pass as one.
      if (withoutPlus && column !== 'phone' && parsePersonnummer(value.replace(/[\s\u00a0-]/g, ''), new Date())) continue;
      const international = withoutPlus || value.charCodeAt(0) === 43 || value.startsWith('00');
      const context = key !== undefined ? `key:${key}` : kind !== 'phone' ? undefined : column === 'phone' ? 'column:phone' : `keyword:${keyword!.keyword}`;
      matches.push({
        start,
        end: parsed.end,
        value,
        normalized: parsed.e164,
        // An unlisted foreign number is reported only under a phone label, column or key, which says what it is.
        confidence: parsed.listed ? confidenceOf(parsed.type, kind === 'phone') : 'medium',
        reasons: parsed.listed ? reasonList(international, context) : unlistedReasons(context!),
        subtype: parsed.listed ? subtypeOf(parsed.type) : 'other',
      });
      from = parsed.end;
    }
    return matches;
  },
};
