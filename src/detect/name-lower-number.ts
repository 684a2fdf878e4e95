import { isDigitCode } from './context.js';
import { addName, hasEverydayWord, isLooseName, lowerName, readWord, readWordEnd, readWords } from './name-lower-words.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * `15/2 18:45 mahsa shirazi 0728060299 strömlöst sen 23h`, `kund abdiwali ismail pnr 070130-2010 undrar om …`: a note
 * written in lower case names the caller and writes their number right after the name. Words right before a phone
 * number or a personnummer at a line's start are the number's owner, read by the loose rule of a name slot (one word
 * a name and nothing else, no everyday word).
 */
export function nameBeforeNumber(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  let from = start;
  let count = readWords(text, from);
  // One word may come first: whose number it is (`kund`, `granne`) or what was done (`ring`, `sms`). It is no part
  // of the name (`ring` and `kund` are surnames too).
  if (count >= 3 && LEAD_WORDS.has(readWord(text, 0))) {
    from = readWordEnd(0) + 1;
    count = readWords(text, from);
  }
  for (let k = Math.min(count, 3); k >= 2; k--) {
    const end = readWordEnd(k - 1);
    if (numberFollows(text, end) && isLooseName(text, k, rules) && !hasEverydayWord(text, k, rules)) return addName(list, lowerName(text, from, end, 'number-after'));
  }
  return list;
}

const LEAD_WORDS: ReadonlySet<string> = new Set([
  'kund', 'kunden', 'kontakt', 'ring', 'ringde', 'ringt', 'sms', 'samtal', 'från', 'till', 'ang', 'anhörig', 'granne',
  'grannen', 'mamma', 'pappa', 'son', 'dotter', 'sonen', 'dottern', 'maken', 'frun', 'sambo', 'sambon', 'patient',
  'medlem', 'elev', 'sökande', 'medsökande', 'hyresgäst', 'abonnent', 'caller', 'customer', 'call', 'pt', 'pat',
]);

/** Words that may stand between a name and its number (`pnr 070130-2010`, `tel 070 …`), the longest 7 characters. */
const NUMBER_LABELS: ReadonlySet<string> = new Set(['pnr', 'personnr', 'pnr:', 'tel', 'tfn', 'mobil', 'mob', 'nr', 'telnr', 'tel:', 'tfn:', 'mobil:', 'på']);
const MAX_LABEL = 8;

/**
 * At `at`: a blank (after an optional `,`), perhaps a `(` or a number's label (`pnr`, `tel`, `på`), then a number of 8 to 12 digits written with
 * blanks, `-`, `/` or `.` between groups, starting with `0`, `+`, `1`–`9`, and ending before any further digit or letter.
 */
export function numberFollows(text: string, at: number): boolean {
  let i = at;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32) return false;
  i++;
  // `jiyan kaki (540111-7949) vill …`: the number in parentheses.
  if (text.charCodeAt(i) === 40) i++;
  const first = text.charCodeAt(i);
  if (!isDigitCode(first) && first !== 43) {
    // A label word: up to the next blank, looked up as written (lower case only: `Tel` starts a new sentence).
    let blank = i;
    while (blank < text.length && blank - i <= MAX_LABEL && text.charCodeAt(blank) !== 32) blank++;
    if (text.charCodeAt(blank) !== 32 || blank - i > MAX_LABEL || !NUMBER_LABELS.has(text.slice(i, blank))) return false;
    i = blank + 1;
    if (!isDigitCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 43) return false;
  }
  if (text.charCodeAt(i) === 43) i++;
  let digits = 0;
  const limit = Math.min(text.length, i + 18);
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) digits++;
    else if (!((code === 32 || code === 45 || code === 47 || code === 46) && isDigitCode(text.charCodeAt(i + 1)))) break;
  }
  if (digits < 8 || digits > 12) return false;
  const next = text.charCodeAt(i);
  return !(isDigitCode(next) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122));
}
