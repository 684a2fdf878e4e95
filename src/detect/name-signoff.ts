import { mayStartSignOff, signOffAt, signOffStartTable } from './name-context.js';
import { addName, endsLine, isLowerLetter, lowerName, nameWords, readWordEnd, readWords, skipBlanks } from './name-lower-words.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * A sign-off and a lower-case name on one line: `Hälsningar, anna svensson`, `Mvh erik johansson`, `thanks john
 * smith`. The sign-off is the slot, so the name is read by the word rules of every lower-case slot
 * (name-lower-words.ts), and must end the line (`Mvh anna svensson, säljare` too). Never more than `medium`.
 *
 * Read where a text or a line starts with a letter a self-introduction may start with (name-intro.ts calls it there:
 * `H`, `M`, `T` in either case), so no other line pays for it: capitalised `Vänliga hälsningar, …`, `Best regards,
 * …` and sign-offs in chat messages (`Besökare: Mvh …`) are not read.
 */

const REASON = 'signoff';

// The rules' table for `mayStartSignOff`, kept here: this runs at many line starts, and a look-up per call adds up.
let tableFor: RuleSet | undefined;
let table: Uint8Array = new Uint8Array(0);

/** False when no sign-off starts at `start`: one table lookup of its first three letters turns away nearly every line. */
export function maySignOffAt(text: string, start: number, rules: RuleSet): boolean {
  if (rules !== tableFor) {
    table = signOffStartTable(rules);
    tableFor = rules;
  }
  return mayStartSignOff(text, start, table);
}

/** The name after the sign-off at `start` (where `maySignOffAt` holds), when the line holds nothing else, added to `list`. */
export function signOffThenName(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  let i = signOffAt(text, start, rules);
  if (i < 0) return list;
  const mark = text.charCodeAt(i);
  if (mark === 44 || mark === 33 || mark === 46) i++;
  const name = skipBlanks(text, i);
  // Blanks between: `hälsningarna` or `mvh,anna` are no sign-off and a name.
  if (name === i || !isLowerLetter(text.charCodeAt(name))) return list;
  const count = readWords(text, name);
  if (count < 2) return list;
  const end = readWordEnd(count - 1);
  if (!endsLine(text, end) || nameWords(text, count, rules, true) === 0) return list;
  return addName(list, lowerName(text, name, end, REASON));
}
