import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';

/**
 * Swedish national numbers validated by shape. In the SE metadata of libphonenumber-js, validity and type
 * follow from the first three digits and the length (area code or mobile prefix, then free digits); only the
 * premium-rate ranges 900x, 939x and 944x need a fourth digit. So one libphonenumber call (~20 µs) answers for
 * every number of that shape, and a whole scan needs a few thousand calls instead of one per distinct number.
 * test/detectors/phone-shape.test.ts and phone-prefix.test.ts check this against libphonenumber.
 *
 * The detector reads digits straight from the segment into a shared buffer, so a candidate costs no string
 * until it turns out to be a valid number.
 */

export interface SwedishNumber {
  readonly e164: string;
  readonly type: NumberType;
}

/** Digits of the last range read by `readDigits` (values 0–9); longer ranges keep their first 32. */
const digitBuffer = new Uint8Array(32);

/** Counts the digits of `text[start, end)` and keeps them in `digitBuffer`. */
export function readDigits(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) {
      if (count < digitBuffer.length) digitBuffer[count] = digit;
      count++;
    }
  }
  return count;
}

function digitAt(index: number): number {
  return digitBuffer[index] ?? -1;
}

function includesTrunkInBrackets(text: string, start: number, end: number): boolean {
  const at = text.indexOf('(0)', start);
  return at >= 0 && at + 3 <= end;
}

/**
 * Where the national significant number starts among the `count` digits just read from `text[start, end)`
 * (`070-123 45 67` → 1, `+46 70…` → 2, `+46 (0)70…` → 3, `0046 70…` → 4), or -1 if the number is not Swedish.
 * `text[start]` must not be white space.
 */
export function nationalOffset(text: string, start: number, end: number, count: number): number {
  if (text.charCodeAt(start) === 43 /* + */) {
    if (count < 2 || digitAt(0) !== 4 || digitAt(1) !== 6) return -1;
    let offset = 2;
    // `+46 (0)70-…`: the trunk 0 written in brackets.
    if (count > offset && digitAt(offset) === 0 && includesTrunkInBrackets(text, start, end)) offset++;
    return count > offset && digitAt(offset) === 0 ? -1 : offset;
  }
  if (count >= 4 && digitAt(0) === 0 && digitAt(1) === 0 && digitAt(2) === 4 && digitAt(3) === 6) {
    return count > 4 && digitAt(4) === 0 ? 5 : 4;
  }
  if (count >= 2 && digitAt(0) === 0 && digitAt(1) === 0) return -1;
  return count >= 1 && digitAt(0) === 0 ? 1 : -1;
}

/**
 * Where the national number starts among the `count` digits of a Swedish number written in E.164 without its
 * `+` (`46701234567`, `46 70 123 45 67`, as spreadsheets leave it): 2, or -1 when the digits are not that.
 */
export function nationalOffsetWithoutPlus(count: number): number {
  return count > 2 && digitAt(0) === 4 && digitAt(1) === 6 && digitAt(2) !== 0 ? 2 : -1;
}

function bufferedDigits(from: number, to: number): string {
  let digits = '';
  for (let i = from; i < to; i++) digits += String.fromCharCode(48 + digitAt(i));
  return digits;
}

/** The national significant number of a Swedish number as written (`070-123 45 67`, `+46 70…`, `0046 70…`). */
export function swedishNational(written: string): string | undefined {
  const trimmed = written.trimStart();
  const count = readDigits(trimmed, 0, trimmed.length);
  if (count > digitBuffer.length) return undefined; // never a phone number; the detector stops at 15 digits
  const offset = nationalOffset(trimmed, 0, trimmed.length, count);
  return offset < 0 ? undefined : bufferedDigits(offset, count);
}

const MAX_MEMO = 20_000;
/** Keyed by `shapeKey`: a handful of thousand shapes exist, so the bound is only a safety net. */
const typeByShape = new Map<number, NumberType | null>();
/** National numbers with a leading 0 (`0046 0 0…`) have no shape; they are looked up one by one. */
const typeByNumber = new Map<string, NumberType | null>();

/** Prefixes whose type depends on a fourth digit (premium rate 900[1-8], 939[1-8], 944[1-8]). */
function needsFourthDigit(prefix3: number): boolean {
  return prefix3 === 900 || prefix3 === 939 || prefix3 === 944;
}

/** Prefix (3 or 4 digits, first digit non-zero) and length of a buffered national number, as one number. */
function shapeKey(offset: number, length: number): number {
  const prefix3 = digitAt(offset) * 100 + digitAt(offset + 1) * 10 + digitAt(offset + 2);
  const prefix = needsFourthDigit(prefix3) ? prefix3 * 10 + digitAt(offset + 3) : prefix3;
  return prefix * 64 + length;
}

function typeOf(national: string): NumberType | null {
  const phone = parsePhoneNumberFromString(`+46${national}`);
  return phone?.isValid() ? (phone.getType() ?? null) : null;
}

function remember<K>(memo: Map<K, NumberType | null>, key: K, type: NumberType | null): void {
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, type);
}

/**
 * Type of the buffered national number `digitBuffer[offset, offset + length)` (7–15 digits), or null when
 * libphonenumber-js would call it invalid.
 */
export function bufferedSwedishType(offset: number, length: number): NumberType | null {
  if (digitAt(offset) === 0) {
    const national = bufferedDigits(offset, offset + length);
    let type = typeByNumber.get(national);
    if (type === undefined) remember(typeByNumber, national, (type = typeOf(national)));
    return type;
  }
  const key = shapeKey(offset, length);
  let type = typeByShape.get(key);
  if (type === undefined) remember(typeByShape, key, (type = typeOf(bufferedDigits(offset, offset + length))));
  return type;
}

/** Keyed by `shapeKey`, like `typeByShape`: how many digits of such a number libphonenumber groups as its area code. */
const areaCodeByShape = new Map<number, number>();
/** Keyed by `shapeKey`: the groups after the area code as libphonenumber formats such a number (`packGroups`). */
const groupsByShape = new Map<number, number>();

/** Group lengths (1–15 digits, at most seven groups) in one number, four bits each, the first group highest: [3, 2, 2] → 0x322. */
export function packGroups(lengths: readonly number[]): number {
  let packed = 0;
  for (const length of lengths) packed = packed * 16 + length;
  return packed;
}

/** Reads the national format of the buffered number (`08-123 45 67`) into the two memos, once per shape. */
function formatShape(key: number, offset: number, length: number): void {
  const phone = parsePhoneNumberFromString(`+46${bufferedDigits(offset, offset + length)}`);
  const national = phone?.isValid() ? phone.formatNational() : '';
  // `08-123 45 67`: the trunk 0 and the area code stand before the hyphen, the groups after it.
  const hyphen = national.indexOf('-');
  const area = national.charCodeAt(0) === 48 && hyphen > 1 ? hyphen - 1 : -1;
  const groups = area < 0 ? -1 : packGroups(national.slice(hyphen + 1).split(' ').map((group) => group.length));
  if (areaCodeByShape.size >= MAX_MEMO) areaCodeByShape.clear();
  if (groupsByShape.size >= MAX_MEMO) groupsByShape.clear();
  areaCodeByShape.set(key, area);
  groupsByShape.set(key, groups);
}

/**
 * Digits of the area code or mobile prefix (without the trunk 0) of the buffered national number, as
 * libphonenumber-js formats it (`08-…` → 1, `031-…` → 2, `0920-…` → 3, `070-…` → 2), or -1 when its national
 * format has no area code. Like the type, it follows from the first three digits and the length
 * (test/detectors/phone-prefix.test.ts checks that). Only asked for numbers written with `/` or dots after the area code.
 */
export function bufferedAreaCodeLength(offset: number, length: number): number {
  const key = shapeKey(offset, length);
  let digits = areaCodeByShape.get(key);
  if (digits === undefined) {
    formatShape(key, offset, length);
    digits = areaCodeByShape.get(key)!;
  }
  return digits;
}

/**
 * The groups after the area code of the buffered national number as libphonenumber-js formats it, packed
 * (`070-123 45 67` → 0x322, `08-123 456 78` → 0x332), or -1 when it has no area code. Only asked for dotted numbers.
 */
export function bufferedLocalGroups(offset: number, length: number): number {
  const key = shapeKey(offset, length);
  let groups = groupsByShape.get(key);
  if (groups === undefined) {
    formatShape(key, offset, length);
    groups = groupsByShape.get(key)!;
  }
  return groups;
}

/** E.164 form of the buffered national number. */
export function bufferedE164(offset: number, length: number): string {
  return `+46${bufferedDigits(offset, offset + length)}`;
}

/** Validity and type of a Swedish national significant number of 7–15 digits (`701234567`). */
export function validateSwedishByShape(national: string): SwedishNumber | null {
  const length = readDigits(national, 0, national.length);
  if (length !== national.length || length > digitBuffer.length) return null;
  const type = bufferedSwedishType(0, length);
  return type === null ? null : { e164: `+46${national}`, type };
}
