import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDigitCode, isNumberJoiner, isWordCode, nearestKeyword, type ColumnKind, type KeywordHit } from './context.js';
import { luhnValid } from './luhn.js';
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

/** A digit run of 6 or 8, an optional separator, then a serial (digit or interim letter) and three digits. */
const CANDIDATE = /(?:\d{2})?\d{6}[-+ ]?[\dTRSUWXJKLMN]\d{3}/g;
const INTERIM_LETTER = /[TRSUWXJKLMN]/;

export interface PersonnummerOptions {
  /** The clock used to resolve the century of ten-digit forms; tests pass a fixed date. */
  readonly now?: () => Date;
}

export interface ParsedPersonnummer {
  /** `YYYYMMDD-NNNN` (day + 60 kept for samordningsnummer, letter kept for interim numbers). */
  readonly normalized: string;
  readonly kind: 'personnummer' | 'samordningsnummer' | 'interim';
  readonly form: 'long' | 'separated' | 'spaced' | 'bare';
}

/**
 * Parses and validates one candidate as written (`850312-2384`, `198503122384`, `000101-T220`). Returns
 * undefined for anything that is not a valid number. The space form is accepted here; whether a spaced number
 * is reported depends on context (see the detector).
 */
export function parsePersonnummer(written: string, today: Date): ParsedPersonnummer | undefined {
  const sepAt = written.length === 11 || written.length === 13 ? written.length - 5 : -1;
  const separator = sepAt >= 0 ? written[sepAt]! : '';
  if (separator !== '' && separator !== '-' && separator !== '+' && separator !== ' ') return undefined;
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
  if (!luhnValid(ten)) return undefined;

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

/** End of the digit run that starts at `index`: where scanning resumes after a candidate glued to more digits. */
function digitRunEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return Math.max(i, index + 1);
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

interface Verdict {
  readonly confidence: Confidence;
  readonly reason?: string;
}

/**
 * How sure the context makes us. A bare ten-digit number starting with 07/08 is almost always a Swedish mobile
 * or Stockholm phone number even when its digits pass the date and Luhn checks (the check digit alone matches one number in ten), so it is
 * reported only next to a personnummer keyword or in a personnummer column.
 */
function judge(
  parsed: ParsedPersonnummer,
  written: string,
  context: { column: ColumnKind | undefined; keyword: KeywordHit | undefined },
): Verdict | undefined {
  const { column, keyword } = context;
  const kind = column === 'personnummer' || column === 'phone' || column === 'notPersonal' ? column : keyword?.kind;
  const reason = column === kind && column !== undefined ? `column:${column}` : keyword ? `keyword:${keyword.keyword}` : undefined;
  const withReason = (confidence: Confidence, why = reason): Verdict => (why ? { confidence, reason: why } : { confidence });

  if (kind === 'personnummer') return withReason('high');
  // A spaced number (`850312 2384`) is too easily two unrelated numbers; the reference vectors reject it.
  if (parsed.form === 'spaced') return undefined;
  const phoneLike = parsed.form === 'bare' && written.charCodeAt(0) === 48 && written.charCodeAt(1) !== 48;
  if (phoneLike) {
    if (kind === 'phone' || kind === 'notPersonal') return undefined;
    const mobileOrStockholm = written.charCodeAt(1) === 55 || written.charCodeAt(1) === 56;
    return mobileOrStockholm ? undefined : withReason('low', 'phone-like');
  }
  if (kind === 'notPersonal' || kind === 'phone') return parsed.form === 'bare' ? undefined : withReason('low');
  return withReason(parsed.form === 'bare' ? 'medium' : 'high');
}

export function createPersonnummerDetector(options: PersonnummerOptions = {}): Detector {
  const now = options.now ?? (() => new Date());
  return {
    id: 'personnummer',
    category: 'personnummer',
    description: 'Swedish personnummer, samordningsnummer and interim numbers (date + Luhn checked)',
    detect(segment: Segment, ctx: DetectContext): Match[] {
      const text = segment.text;
      const matches: Match[] = [];
      let today: Date | undefined;
      let column: ColumnKind | undefined | null = null;
      CANDIDATE.lastIndex = 0;
      for (let found = CANDIDATE.exec(text); found; found = CANDIDATE.exec(text)) {
        const start = found.index;
        const written = found[0];
        const end = start + written.length;
        if (!isBounded(text, start, end)) {
          CANDIDATE.lastIndex = digitRunEnd(text, start);
          continue;
        }
        today ??= now();
        const parsed = parsePersonnummer(written, today);
        if (!parsed) continue;
        if (column === null) column = columnKind(segment, ctx.rules);
        const verdict = judge(parsed, written, { column, keyword: nearestKeyword(text, start, end, ctx.rules) });
        if (!verdict) continue;
        const reasons = ['checksum', 'date', `format:${parsed.form}`];
        if (verdict.reason) reasons.push(verdict.reason);
        const match: Match = { start, end, value: written, normalized: parsed.normalized, confidence: verdict.confidence, reasons };
        matches.push(parsed.kind === 'personnummer' ? match : { ...match, subtype: parsed.kind });
      }
      return matches;
    },
  };
}

export const personnummerDetector: Detector = createPersonnummerDetector();
