/**
 * A cell that is a number Excel stored without its leading zero: a phone number `0701234567` typed into a
 * spreadsheet cell becomes the number 701234567, and is exported so (to .xlsx and to CSV alike); a personnummer
 * of someone born 2000–2009 (`0101011234`) loses its zero the same way. Only the column says what the digits
 * were, so the detectors put the zero back only in their own column.
 */

export interface DigitsCell {
  readonly start: number;
  readonly end: number;
  /** The digits with the zero put back. */
  readonly restored: string;
}

/** `text` is `min`–`max` ASCII digits, first not `0`, with blanks around at most: the digits with a leading zero. */
export function withoutLeadingZero(text: string, min: number, max: number): DigitsCell | undefined {
  if (text.length < min || text.length > max + 8) return undefined;
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9 || text.charCodeAt(end - 1) === 13)) end--;
  if (end - start < min || end - start > max || text.charCodeAt(start) === 48) return undefined;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
  }
  return { start, end, restored: `0${text.slice(start, end)}` };
}
