import { isCapital, type Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Names as airlines, travel agencies and booking systems write them, family name first before a slash and the given
 * names after it, in capitals (`STRANDBERG/STINA`, `NYSTROM/SIXTEN MRS`, `AF KLINT/ANNA LENA`): a passenger list's,
 * a booking export's and a reservation system's print-out form, and the machine-readable form of travel documents.
 * The slash glues the words into an identifier for the other readers. Read when one of the words is a listed name
 * and none a stop word; the title after it (`MR`, `MRS`, `CHD` …) is not part of the name.
 */
export function passengerNames(text: string, rules: RuleSet): Found[] {
  let list: Found[] | undefined;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    if (!isCapital(text.charCodeAt(slash - 1)) || !isCapital(text.charCodeAt(slash + 1))) continue;
    const start = familyStart(text, slash);
    const end = givenEnd(text, slash + 1);
    if (start < 0 || end < 0) continue;
    const family = text.slice(start, slash);
    const given = text.slice(slash + 1, end);
    if (!isPassengerName(family, given, rules)) continue;
    (list ??= []).push({ start, end, normalized: `${titleCase(given)} ${titleCase(family)}`, confidence: 'medium', reasons: ['passenger-order'] });
    slash = end;
  }
  return list ?? [];
}

/** The longest word of a name read here. */
const MAX_WORD = 30;
/** At most three given names after the slash. */
const MAX_GIVEN_WORDS = 3;
const TITLES = new Set(['MR', 'MRS', 'MS', 'MISS', 'MSTR', 'DR', 'CHD', 'INF', 'PROF']);

/** A letter of a name written in capitals, or a `-` or `'` inside it (`HAGSTRÖM-EK`, `O'NEILL`). */
function isWordCode(code: number): boolean {
  return isCapital(code) || code === 45 || code === 39;
}

/**
 * Where the family name before the slash at `slash` starts (one word, or a particle and a word: `AF KLINT`), or -1 when
 * it is glued to a letter, a digit or another slash (`P/SWE/…/NYSTROM/SIXTEN/P1` is a travel document's line, and its
 * name is read from the passenger list beside it).
 */
function familyStart(text: string, slash: number): number {
  let start = slash;
  while (start > 0 && slash - start < MAX_WORD && isWordCode(text.charCodeAt(start - 1))) start--;
  if (start === slash) return -1;
  if (start >= 2 && text.charCodeAt(start - 1) === 32) {
    const particle = wordBefore(text, start - 1);
    if (PARTICLES.has(particle)) start -= 1 + particle.length;
  }
  if (start === 0) return start;
  const c = text.charCodeAt(start - 1);
  return c === 47 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || isCapital(c) ? -1 : start;
}

const PARTICLES = new Set(['AF', 'VON', 'VAN', 'DE', 'DEL', 'DER', 'DI', 'DA', 'LA', 'LE', 'EL', 'AL', 'BIN']);

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isCapital(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

/** Where the given names after the slash end (before a title or anything else), or -1 when there are none. */
function givenEnd(text: string, from: number): number {
  let end = from;
  let words = 0;
  let i = from;
  while (words < MAX_GIVEN_WORDS) {
    let j = i;
    while (j < text.length && j - i < MAX_WORD && isWordCode(text.charCodeAt(j))) j++;
    if (j === i) break;
    if (TITLES.has(text.slice(i, j)) && words > 0) break;
    end = j;
    words++;
    if (text.charCodeAt(j) !== 32 || !isCapital(text.charCodeAt(j + 1))) break;
    i = j + 1;
  }
  // A letter, a digit or another slash glued after the name makes it a code.
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57)) return -1;
  return words === 0 ? -1 : end;
}

function isPassengerName(family: string, given: string, rules: RuleSet): boolean {
  const names = rules.names;
  const words = [...family.split(' '), ...given.split(' ')].map((word) => word.toLowerCase());
  if (words.some((word) => word.length < 2 || (names.stop.has(word) && !names.first.has(word) && !names.last.has(word)))) return false;
  const firstGiven = given.split(' ')[0]!.toLowerCase();
  const lastFamily = family.split(' ').at(-1)!.toLowerCase();
  return names.first.has(firstGiven) || names.last.has(lastFamily);
}

/** `AF KLINT` → `af Klint`, `HAGSTRÖM-EK` → `Hagström-Ek`: particles stay lower case. */
function titleCase(words: string): string {
  return words
    .split(' ')
    .map((word) => (PARTICLES.has(word) ? word.toLowerCase() : word.toLowerCase().replace(/(^|[-'])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase())))
    .join(' ');
}
