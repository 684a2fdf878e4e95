/**
 * Luhn (mod 10) check over a string of ASCII digits, weights 2,1,2,1… from the left as the Swedish
 * personnummer uses them over its ten digits (for an even-length string this equals the usual right-to-left rule).
 * Non-digits count as 1: the interim numbers' letter is read as `1`, as the personnummer reference
 * implementation does.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  const length = digits.length;
  for (let i = 0; i < length; i++) {
    const code = digits.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : 1;
    // Double every second digit counted from the right (the check digit itself is not doubled).
    const weighted = (length - i) % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

/**
 * luhnValid over the ten characters text[first, first + 6) + text[serial, serial + 4) — a personnummer's date
 * and serial read in place, around a separator — without building the string.
 */
export function luhnValidSplit(text: string, first: number, serial: number): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(i < 6 ? first + i : serial + i - 6);
    const digit = code >= 48 && code <= 57 ? code - 48 : 1;
    // Of ten characters the even positions (from the left) are the doubled ones.
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}
