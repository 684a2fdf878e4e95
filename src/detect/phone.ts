import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';
import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDigitCode, isNumberJoiner, isWordCode, nearestKeyword, type ColumnKind } from './context.js';
import { parsePersonnummer } from './personnummer.js';
import type { Confidence, DetectContext, Detector, Match } from './types.js';

/**
 * Phone numbers, Swedish by default (070-123 45 67, 08-123 456 78, +46 (0)70-123 45 67, 0046 70 …) and
 * international numbers written with `+` or `00`. A cheap regex finds candidates that start like a phone number
 * (`+`, `0`, `(0`) and the `max` metadata of libphonenumber-js decides validity and kind. Running
 * libphonenumber's own text search over every byte would be far slower.
 *
 * Numbers not written with a leading 0 or + are never phone numbers here: that rules out dates, amounts, postal
 * codes, personnummer (850312-2384) and most order numbers before any parsing.
 */

const CANDIDATE = /(?:\+|\(0|0)[\d\u00a0 ()-]{5,22}\d/g;
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** How many trailing space-separated groups may be dropped from an over-long candidate (`070-123 45 67 2024`). */
const MAX_TRIMS = 2;

const DATE_LIKE = /^\d{2}-\d{2}-\d{4}$|^\d{4}-\d{2}-\d{2}$/;
/** YYMMDD-NNNN / YYYYMMDD-NNNN: the way identity numbers are written, never phone numbers. */
const PERSONNUMMER_SHAPE = /^\d{6}[-+]\d{4}$|^\d{8}[-+]\d{4}$/;

function countDigits(text: string, start: number, end: number): number {
  let digits = 0;
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) digits++;
  return digits;
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
}

/**
 * libphonenumber costs ~25 µs per number (parse, validity, type); the same numbers recur in signatures and
 * quoted replies, so results are memoised by the written form. Bounded: cleared when full.
 */
const validated = new Map<string, { e164: string; type: NumberType } | null>();
const MAX_MEMO = 20_000;

/**
 * Swedish national numbers: in the SE metadata, validity and type follow from the first digits and the length
 * (area code or mobile prefix, then free digits), so one libphonenumber call answers for every number of that
 * shape. test/detectors/phone-shape.test.ts checks this against libphonenumber on random numbers.
 */
const SHAPE_PREFIX_DIGITS = 5;
const swedishShapes = new Map<string, NumberType | null>();

/** The national significant number of a Swedish number as written (`070-123 45 67`, `+46 70…`, `0046 70…`). */
export function swedishNational(written: string): string | undefined {
  let digits = '';
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += written[i];
  }
  const plus = written.trimStart().startsWith('+');
  if (plus) {
    if (!digits.startsWith('46')) return undefined;
    digits = digits.slice(2);
    // `+46 (0)70-…`: the trunk 0 written in brackets.
    if (written.includes('(0)') && digits.startsWith('0')) digits = digits.slice(1);
    return digits.startsWith('0') ? undefined : digits;
  }
  if (digits.startsWith('0046')) return digits.slice(4).replace(/^0/, '');
  if (digits.startsWith('00')) return undefined;
  return digits.startsWith('0') ? digits.slice(1) : undefined;
}

export function validateSwedishByShape(national: string): { e164: string; type: NumberType } | null {
  const shape = `${national.slice(0, SHAPE_PREFIX_DIGITS)}:${national.length}`;
  let type = swedishShapes.get(shape);
  if (type === undefined) {
    const phone = parsePhoneNumberFromString(`+46${national}`);
    type = phone?.isValid() ? (phone.getType() ?? null) : null;
    if (swedishShapes.size >= MAX_MEMO) swedishShapes.clear();
    swedishShapes.set(shape, type);
  }
  return type === null ? null : { e164: `+46${national}`, type };
}

function validate(written: string): { e164: string; type: NumberType } | null {
  const national = swedishNational(written);
  if (national !== undefined && national.length >= SHAPE_PREFIX_DIGITS + 2) return validateSwedishByShape(national);
  let result = validated.get(written);
  if (result === undefined) {
    const phone = parsePhoneNumberFromString(written, { defaultCountry: 'SE', extract: false });
    result = phone?.isValid() ? { e164: phone.number, type: phone.getType() } : null;
    if (validated.size >= MAX_MEMO) validated.clear();
    validated.set(written, result);
  }
  return result;
}

/** Validates `text[start, end)`, dropping up to MAX_TRIMS trailing groups when the whole is not a number. */
function parseCandidate(text: string, start: number, end: number): Parsed | undefined {
  let stop = end;
  for (let trims = 0; trims <= MAX_TRIMS; trims++) {
    const digits = countDigits(text, start, stop);
    if (digits < MIN_DIGITS) return undefined;
    if (digits <= MAX_DIGITS) {
      const written = text.slice(start, stop);
      if (DATE_LIKE.test(written) || PERSONNUMMER_SHAPE.test(written)) return undefined;
      const phone = validate(written);
      if (phone) return { end: stop, ...phone };
    }
    const space = text.lastIndexOf(' ', stop - 1);
    if (space <= start) return undefined;
    stop = space;
    while (stop > start && !isDigitCode(text.charCodeAt(stop - 1))) stop--;
  }
  return undefined;
}

function isBounded(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  if (isWordCode(before) || before === 43 /* + */) return false;
  // Glued to a number or a code before it: `2024-0701…`, `ART-0701234567`.
  if (isNumberJoiner(before) && isWordCode(codeAt(text, start - 2))) return false;
  const after = codeAt(text, end);
  if (isWordCode(after)) return false;
  return !(isNumberJoiner(after) && isDigitCode(codeAt(text, end + 1)));
}

function confidenceOf(type: NumberType, phoneContext: boolean): Confidence {
  if (SERVICE_TYPES.has(type)) return 'low';
  return phoneContext ? 'high' : 'medium';
}

export const phoneDetector: Detector = {
  id: 'phone',
  category: 'phone',
  description: 'Phone numbers (Swedish and international), validated with libphonenumber-js',
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    const matches: Match[] = [];
    let column: ColumnKind | undefined | null = null;
    CANDIDATE.lastIndex = 0;
    for (let found = CANDIDATE.exec(text); found; found = CANDIDATE.exec(text)) {
      const start = found.index;
      if (!isBounded(text, start, start + found[0].length)) {
        CANDIDATE.lastIndex = start + 1;
        continue;
      }
      const parsed = parseCandidate(text, start, start + found[0].length);
      if (!parsed) continue;
      if (column === null) column = columnKind(segment, ctx.rules);
      const keyword = nearestKeyword(text, start, parsed.end, ctx.rules);
      const kind = column === 'phone' || column === 'personnummer' || column === 'notPersonal' ? column : keyword?.kind;
      if (kind === 'notPersonal') continue;
      const value = text.slice(start, parsed.end);
      // Digits that pass the personnummer check next to a personnummer label are the personnummer.
      if (kind === 'personnummer' && parsePersonnummer(value.replace(/[\s\u00a0-]/g, ''), new Date())) continue;
      const reasons = ['valid-number', value.charCodeAt(0) === 43 || value.startsWith('00') ? 'format:international' : 'format:national'];
      if (kind === 'phone') reasons.push(column === 'phone' ? 'column:phone' : `keyword:${keyword!.keyword}`);
      matches.push({
        start,
        end: parsed.end,
        value,
        normalized: parsed.e164,
        confidence: confidenceOf(parsed.type, kind === 'phone'),
        reasons,
        subtype: subtypeOf(parsed.type),
      });
      CANDIDATE.lastIndex = parsed.end;
    }
    return matches;
  },
};
