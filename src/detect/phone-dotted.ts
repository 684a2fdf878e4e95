import { isDigitCode } from './context.js';

/**
 * Swedish numbers with dots between the groups: `070.123.45.67`, `08.123.45.67`, `070.1234567`, and rarely
 * `+46.70.123.45.67`. Dots also separate dates (`05.11.2024`), versions (`10.2.0.1`), IPv4 addresses and thousands
 * (`1.234.567`), so a dotted number is read only as a whole run of digit groups that opens with the trunk 0 and an
 * area code (or `+46.` and an area code), and only when its groups are grouped the way phone numbers are:
 *
 * - the area code is the one libphonenumber gives the number (checked by the detector, as for `070/1234567`);
 * - the rest is one run of 5–8 digits (`070.1234567`), or grouped as libphonenumber groups the number in its
 *   national format (`070-123 45 67` → `070.123.45.67`; `0123.456.789`, an article number, is no `0123-45 67 89`);
 * - never a date: `08.12.2024` is 8 December, even after `ring`;
 * - groups of two digits right after the area code (`08.12.34.56`, `031.12.34.56`) look like versions and dates
 *   as much as numbers, and company numbers (`0771.123.456`) like article numbers: they count only under a phone
 *   keyword or in a phone column (the detector decides the latter once it knows the number's type).
 *
 * Candidates are read here only when the scan meets a `.` within the first five characters of a candidate, so
 * undotted numbers pay nothing for this.
 */

/** A dotted candidate that is no phone number, whatever its digits. */
export const DOTTED_NEVER = 0;
/** Grouped like a phone number (`070.123.45.67`, `070.1234567`): read like any other candidate. */
export const DOTTED_PHONE = 1;
/** Two-digit groups after the area code (`08.12.34.56`): a phone number only under a phone keyword or column. */
export const DOTTED_NEEDS_CONTEXT = 2;

const MAX_GROUPS = 8;
/** Digits per written group of the last run read by `dottedEnd`, the area group first (its trunk 0 included). */
const groupDigits = new Int8Array(MAX_GROUPS);
let groupCount = 0;
/** Area-code digits of the last run (without the trunk 0 or `+46`). */
let areaDigits = 0;
/** Where the last run's first group starts: the `0`, or the area code after `+46.`. */
let firstGroupStart = 0;

/** Digits from `i` on: how many (0 when `text[i]` is no digit). */
function digitRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  return j - i;
}

/**
 * End of the dotted run of digit groups that starts at the candidate `start` (a `0` or `+`) and has its first dot
 * at `dot`, or -1 when it does not open like a dotted Swedish number (`0` and one to three area digits, or `+46.`
 * and one to three). Keeps the groups for `dottedForm` and `dottedAreaDigits`.
 */
export function dottedEnd(text: string, start: number, dot: number): number {
  const first = text.charCodeAt(start);
  let i: number;
  if (first === 48 /* 0 */) {
    const area = dot - start - 1;
    // `0.5`, `00.46…`: no area code after the trunk 0.
    if (area < 1 || area > 3 || text.charCodeAt(start + 1) === 48 || digitRun(text, start + 1) !== area) return -1;
    areaDigits = area;
    firstGroupStart = start;
    groupDigits[0] = area + 1;
    i = dot;
  } else if (first === 43 /* + */) {
    if (dot !== start + 3 || text.charCodeAt(start + 1) !== 52 || text.charCodeAt(start + 2) !== 54) return -1;
    const area = digitRun(text, dot + 1);
    if (area < 1 || area > 3 || text.charCodeAt(dot + 1) === 48) return -1;
    areaDigits = area;
    firstGroupStart = dot + 1;
    groupDigits[0] = area;
    i = dot + 1 + area;
  } else {
    return -1;
  }
  groupCount = 1;
  while (i < text.length && text.charCodeAt(i) === 46 && isDigitCode(text.charCodeAt(i + 1))) {
    if (groupCount === MAX_GROUPS) return -1;
    const digits = digitRun(text, i + 1);
    groupDigits[groupCount++] = digits > 127 ? 127 : digits;
    i += 1 + digits;
  }
  return groupCount >= 2 ? i : -1;
}

/** Area-code digits of the run `dottedEnd` last read. */
export function dottedAreaDigits(): number {
  return areaDigits;
}

/**
 * The groups after the area code of the run `dottedEnd` last read, packed as `packGroups` does (`070.123.45.67` →
 * 0x322), or 0 when they are one run of digits (`070.1234567`).
 */
export function dottedLocalGroups(): number {
  if (groupCount === 2) return 0;
  let packed = 0;
  for (let g = 1; g < groupCount; g++) packed = packed * 16 + groupDigits[g]!;
  return packed;
}

/** `19xx` or `20xx` at `i`. */
function isYear(text: string, i: number): boolean {
  const century = text.charCodeAt(i) * 256 + text.charCodeAt(i + 1);
  return century === 49 * 256 + 57 || century === 50 * 256 + 48;
}

/**
 * Whether the run `dottedEnd` last read from `text` is grouped like a phone number: DOTTED_PHONE,
 * DOTTED_NEEDS_CONTEXT or DOTTED_NEVER.
 */
export function dottedForm(text: string): number {
  // `05.11.2024`, `08.12.2024`: a day, a month and a year.
  if (groupCount === 3 && groupDigits[0]! <= 2 && groupDigits[1]! <= 2 && groupDigits[2] === 4) {
    const yearAt = firstGroupStart + groupDigits[0]! + groupDigits[1]! + 2;
    if (isYear(text, yearAt)) return DOTTED_NEVER;
  }
  if (groupCount === 2) {
    const rest = groupDigits[1]!;
    return rest >= 5 && rest <= 8 ? DOTTED_PHONE : DOTTED_NEVER;
  }
  for (let g = 1; g < groupCount; g++) {
    const digits = groupDigits[g]!;
    if (digits < 2 || digits > 4) return DOTTED_NEVER;
  }
  return groupDigits[1]! >= 3 ? DOTTED_PHONE : DOTTED_NEEDS_CONTEXT;
}
