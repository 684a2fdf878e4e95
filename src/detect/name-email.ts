import { capitalisedWordEnd } from './name-key-value.js';
import { isLetterCode, PARTICLES, titleCase } from './name-lower-words.js';
import { normalizeName, type Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * A name right before the person's own e-mail address: `Saga Berg, saga.berg@bredband.net`, `Återkoppling till
 * giulia johansson gjohansson@…`, `noor sandberg mailto:sandberg.noor@…`. The address spells the two words out,
 * so they are a name even when both are everyday words (saga, berg) or written in lower case, where the word
 * lists alone must pass them by. One of the words must still be a listed name, and the address must spell out
 * both: the whole given name or its initial, and the whole surname (`s.berg`, `gjohansson`, `saga_b` with the
 * whole given name); or the whole given name alone when both words are listed, given name then surname
 * (`Klara Berg, klara775@…`). Such names are `medium`.
 */

const REASON = 'email-match';

/** Local parts split into the pieces people build them from: `anna.svensson`, `svensson_anna82`, `a-svensson`. */
const PIECE_BREAK = /[._%+\-0-9]+/;

/** A character of an address's local part: `A-Z a-z 0-9 . _ % + -`. */
function isLocalCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** A name as address local parts write it: lower case, ASCII (`Lindström` → `lindstrom`, `Ø` → `o`). */
function asciiFold(word: string): string {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øœæßłđı]/g, (ch) => ({ ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' })[ch] ?? ch)
    .replace(/['’-]/g, '');
}

/** The address's pieces spell out `first` (whole or initial) and `last` (whole). */
function spellsOut(pieces: readonly string[], first: string, last: string): boolean {
  if (first.length < 2 || last.length < 2 || first === last) return false;
  const initial = first[0]!;
  let wholeFirst = false;
  let firstInitial = false;
  let wholeLast = false;
  let lastInitial = false;
  for (const piece of pieces) {
    if (piece === first) wholeFirst = true;
    else if (piece === initial) firstInitial = true;
    if (piece === last) wholeLast = true;
    else if (piece === last[0]) lastInitial = true;
    // Glued: `gjohansson`, `annasvensson`, `svenssonanna`, `devries` (a particle before the surname).
    if (piece.length > last.length && piece.endsWith(last)) {
      const head = piece.slice(0, piece.length - last.length);
      if (head === initial || head === first || head.length <= 3) wholeLast = true;
      if (head === initial || head === first) firstInitial = true;
    }
    if (piece.length > first.length && piece.startsWith(last) && piece.endsWith(first)) wholeFirst = wholeLast = true;
  }
  return (wholeLast && (wholeFirst || firstInitial)) || (wholeFirst && lastInitial && pieces.length === 2);
}

function isWeakReading(found: Found): boolean {
  return found.confidence === 'low' || found.reasons.includes('lower-case-text');
}

/** Start of the word that ends at `end` (letters, `-`, `'` inside), or -1 when none ends there. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (isLetterCode(code)) i--;
    else if ((code === 45 || code === 39 || code === 0x2019) && i - 1 > 0 && i < end && isLetterCode(text.charCodeAt(i - 2))) i--;
    else break;
  }
  return i < end ? i : -1;
}

/** Where the words before an address end: past `, `, ` <`, ` (`, `: `, `mailto:`; -1 when something else is there. */
function namesEndBefore(text: string, localStart: number): number {
  let i = localStart;
  if (i >= 7 && text.charCodeAt(i - 1) === 58 && text.slice(i - 7, i).toLowerCase() === 'mailto:') i -= 7;
  if (i > 0 && (text.charCodeAt(i - 1) === 60 || text.charCodeAt(i - 1) === 40)) i--;
  const gapEnd = i;
  while (i > 0 && gapEnd - i < 3) {
    const code = text.charCodeAt(i - 1);
    if (code === 32 || code === 9 || code === 0xa0 || code === 44 || code === 58 || code === 59) i--;
    else break;
  }
  return i < gapEnd && i > 0 && isLetterCode(text.charCodeAt(i - 1)) ? i : -1;
}

function isListed(word: string, list: ReadonlySet<string>): boolean {
  return list.has(word.normalize('NFC').toLowerCase());
}

/** Names spelt out by the address after them, added to `list` (in text order) unless a name there is found already. */
/**
 * The address's local part (`pieces`) spells `first` and `last` (or the surname alone after a particle), and one of
 * the words is a listed name. `givenAlone`: the given name alone will do (`Klara Berg, klara775@…`) when both words
 * are listed in their places.
 */
function spelledBy(pieces: readonly string[], first: string, last: string, surname: string, rules: RuleSet, givenAlone: boolean): boolean {
  const givenListed = isListed(first, rules.names.first);
  const surnameListed = isListed(surname, rules.names.last);
  if (!givenListed && !surnameListed && !isListed(first, rules.names.last) && !isListed(surname, rules.names.first)) return false;
  const folded = asciiFold(first);
  if (givenAlone && givenListed && surnameListed && pieces.includes(folded)) return true;
  return spellsOut(pieces, folded, asciiFold(last)) || spellsOut(pieces, folded, asciiFold(surname));
}

/** How far back on its line the address's person may be named. */
const LINE_WINDOW = 80;

/**
 * `25/09 2026 Kronqvist Arvid har fått ny mejl: arvid_kronqvist90@live.se`: a note's line names the person (family
 * name first or last) and gives the address after a colon further on, not right after the name. The line's first two
 * capitalised words before the address, when the address spells them out in either order and one of them is a listed
 * name.
 */
function spelledPairOnLine(text: string, localStart: number, at: number, rules: RuleSet): Found | undefined {
  let lineStart = localStart;
  while (lineStart > 0 && localStart - lineStart < LINE_WINDOW && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (localStart - lineStart < 5 || (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10)) return undefined;
  // The first capitalised word followed by a blank and another (most lines before an address hold none).
  for (let start = lineStart; start < localStart; start++) {
    if (start > lineStart && isLetterCode(text.charCodeAt(start - 1))) continue;
    const firstEnd = capitalisedWordEnd(text, start);
    if (firstEnd < 0 || firstEnd >= localStart || text.charCodeAt(firstEnd) !== 32) continue;
    const end = capitalisedWordEnd(text, firstEnd + 1);
    if (end < 0) continue;
    if (end >= localStart || isLetterCode(text.charCodeAt(end))) return undefined;
    const one = text.slice(start, firstEnd);
    const two = text.slice(firstEnd + 1, end);
    const pieces = text.slice(localStart, at).toLowerCase().split(PIECE_BREAK).filter(Boolean);
    const asWritten = spelledBy(pieces, one, two, two, rules, false);
    const familyFirst = spelledBy(pieces, two, one, one, rules, false);
    if (!asWritten && !familyFirst) return undefined;
    // An address of both whole words spells either order: the lists say which word is the given name.
    const givenFirst = asWritten && (!familyFirst || listedAs(one, two, rules) >= listedAs(two, one, rules));
    return { start, end, normalized: normalizeName(givenFirst ? [one, two] : [two, one]), confidence: 'medium', reasons: [REASON] };
  }
  return undefined;
}

/** How many of `given` and `surname` the lists hold in those places. */
function listedAs(given: string, surname: string, rules: RuleSet): number {
  return (isListed(given, rules.names.first) ? 1 : 0) + (isListed(surname, rules.names.last) ? 1 : 0);
}

export function findNamesBeforeEmails(text: string, rules: RuleSet, list: Found[]): Found[] {
  // `list` is in text order, and so are the addresses: one pass over it for the overlap checks.
  const known = list.length;
  let next = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let localStart = at;
    while (localStart > 0 && at - localStart < 64 && isLocalCode(text.charCodeAt(localStart - 1))) localStart--;
    if (at - localStart < 2) continue;
    const wordsEnd = namesEndBefore(text, localStart);
    // The person named further back on the line, the address after a label's colon (`har fått ny mejl: …`).
    const pair = localStart > 2 && text.charCodeAt(localStart - 1) === 32 && text.charCodeAt(localStart - 2) === 58 ? spelledPairOnLine(text, localStart, at, rules) : undefined;
    if (pair !== undefined && (wordsEnd < 0 || pair.end < wordsEnd)) {
      if (!list.some((found) => found.start < pair.end && found.end > pair.start)) list.push(pair);
      continue;
    }
    if (wordsEnd < 0) continue;
    const lastStart = wordStartBefore(text, wordsEnd);
    if (lastStart <= 0 || text.charCodeAt(lastStart - 1) !== 32) continue;
    let firstStart = wordStartBefore(text, lastStart - 1);
    if (firstStart < 0) continue;
    let first = text.slice(firstStart, lastStart - 1);
    let last = text.slice(lastStart, wordsEnd);
    const words = [first, last];
    // `elsa de vries elsa.devries@…`: the particle belongs to the surname; the given name stands before it.
    if (PARTICLES.has(first)) {
      const givenStart = firstStart >= 2 && text.charCodeAt(firstStart - 1) === 32 ? wordStartBefore(text, firstStart - 1) : -1;
      if (givenStart < 0) continue;
      words.unshift(text.slice(givenStart, firstStart - 1));
      last = `${first}${last}`;
      first = words[0]!;
      firstStart = givenStart;
    }
    const pieces = text.slice(localStart, at).toLowerCase().split(PIECE_BREAK).filter(Boolean);
    const surname = words[words.length - 1]!;
    if (!spelledBy(pieces, first, last, surname, rules, true)) {
      // `JELENA VESNA HOLM jelenaholm@…`: a middle name between the given name the address spells and the surname.
      const givenStart = firstStart >= 2 && text.charCodeAt(firstStart - 1) === 32 ? wordStartBefore(text, firstStart - 1) : -1;
      const given = givenStart < 0 ? '' : text.slice(givenStart, firstStart - 1);
      if (given === '' || PARTICLES.has(given) || !spelledBy(pieces, given, last, surname, rules, false)) continue;
      words.unshift(given);
      first = given;
      firstStart = givenStart;
    }
    // Most such names are found already from the word lists: nothing to spell out then.
    while (next < known && list[next]!.end <= firstStart) next++;
    // A name found only by its place in the sentence (low) or by its words' shapes (a lower-case surname ending)
    // gives way to the address that spells it out.
    const weaker = next < known && list[next]!.start === firstStart && list[next]!.end === wordsEnd && isWeakReading(list[next]!) ? next : -1;
    if (next < known && list[next]!.start < wordsEnd && weaker < 0) continue;
    const span = text.slice(firstStart, wordsEnd);
    const normalized = span === span.toLowerCase() ? titleCase(span) : normalizeName(words);
    const spelt = { start: firstStart, end: wordsEnd, normalized, confidence: 'medium' as const, reasons: [REASON] };
    if (weaker >= 0) list[weaker] = spelt;
    else list.push(spelt);
  }
  return list;
}
