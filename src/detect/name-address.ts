import { confidenceRank } from './types.js';
import { findNames, type Found, type Slot } from './name-spans.js';
import { mergeNames } from './name-merge.js';
import type { RuleSet } from './rules/types.js';

/**
 * The addressee line of a Swedish postal address, in letters, order confirmations and invoices:
 *
 *     Leveransadress:
 *     MARIA MCALLISTER
 *     Kungsgatan 69
 *     411 36 Göteborg
 *
 * The two lines below (a street or box line, then a postcode and town) make the line above them a place for a
 * name, as a name column is: read like a name cell, so a capitalised or ALL CAPS name with one listed word is a
 * name there, while a company (`ELLOS AB`), a town or a heading is not.
 */

const SLOT: Slot = { reason: 'address-block' };

/**
 * `411 36 Göteborg`, `SE-411 36 GÖTEBORG`, `41136 Göteborg` at the start of a line (the match starts at its `\n`), or
 * after a street and a comma on the same line (`Linnégatan 56, 878 63 Jönköping`, as letters and invoices print an
 * address; the match starts at the comma). One pass finds both: it runs over every mail body.
 */
const POSTAL_LINE = /[\n,][ \t]*(?:SE-? ?)?[1-9]\d\d ?\d\d[ \t]+[A-ZÅÄÖÉÜ]/g;
/** `Kungsgatan 69`, `Storgatan 1 B, lgh 1101`, `Box 123`, `Västra vägen 12A`: words, then a house or box number. */
const STREET_LINE = /^[ \t]*[A-ZÅÄÖÉÜa-zåäöéü][^\d\n@]{1,40}?[ \t]\d{1,5}(?:[ \t]?[A-Za-z])?(?:[ \t,].*)?$/;
/**
 * The street part of such a line, up to its comma: words, then a house or box number. The word before the number is
 * a street's own (`Linnégatan`, `Box`) or a street noun after a name (`Gustaf Adolfs torg`), not a verb of a sentence
 * (`Beställningen gäller 3, …`).
 */
const STREET_PART = /^[ \t]*(?=[A-ZÅÄÖÉÜ])(?:[^\d\n@,]{0,40}[ \t])?(?:[A-ZÅÄÖÉÜ][\p{L}.-]*|torg|torget|väg|vägen|gata|gatan|plats|platsen|gränd|gränden|backe|backen|allé|allén|park|stig|stigen|strand|plan|kaj|hamn|udde|gård)[ \t]\d{1,5}(?:[ \t]?[A-Za-z])?$/u;
/** No addressee line is longer, and a line of this many words is prose. */
const MAX_LINE = 60;
const MAX_WORDS = 5;

/** Names on the addressee lines of the address blocks in `text`, in text order. */
export function findAddressBlockNames(text: string, rules: RuleSet): Found[] {
  let found: Found[] | undefined;
  POSTAL_LINE.lastIndex = 0;
  for (let match = POSTAL_LINE.exec(text); match !== null; match = POSTAL_LINE.exec(text)) {
    const streetEnd = match.index;
    const streetStart = lineStart(text, streetEnd);
    if (streetStart === 0) continue;
    if (text.charCodeAt(streetEnd) === 44) {
      if (streetEnd - streetStart > MAX_LINE || !STREET_PART.test(text.slice(streetStart, streetEnd))) continue;
      // Over a one-line address the lists must know a word of the name: a firm's line (`Djurkliniken Tassavtrycket`)
      // is as often there as a person's.
      const names = addresseeNames(text, lineStart(text, streetStart - 1), streetStart - 1, rules).filter((name) => name.reasons[0] !== 'shape');
      for (const name of names) (found ??= []).push(name);
      continue;
    }
    // A CRLF line's `\r` stays out: `.` does not match it.
    const streetText = text.slice(streetStart, text.charCodeAt(streetEnd - 1) === 13 ? streetEnd - 1 : streetEnd);
    if (!STREET_LINE.test(streetText)) continue;
    const nameEnd = streetStart - 1;
    const nameStart = lineStart(text, nameEnd);
    for (const name of addresseeNames(text, nameStart, nameEnd, rules)) (found ??= []).push(name);
  }
  return found ?? [];
}

/** Start of the line whose end (its `\n`, or the text's end) is at `end`. */
function lineStart(text: string, end: number): number {
  const newline = text.lastIndexOf('\n', end - 1);
  return newline < 0 ? 0 : newline + 1;
}

function addresseeNames(text: string, start: number, end: number, rules: RuleSet): Found[] {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  // `c/o Anna Berg`: the person the mail goes through is named too.
  if (text.startsWith('c/o ', start) || text.startsWith('C/O ', start)) start += 4;
  if (end - start < 3 || end - start > MAX_LINE) return [];
  const line = text.slice(start, end);
  if (/[\d@:;|<>]/.test(line) || line.split(/\s+/).length > MAX_WORDS) return [];
  return findNames(line, rules, SLOT).map((name) => ({ ...name, start: name.start + start, end: name.end + start }));
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

/**
 * `named` with `more` names added (address blocks, log fields); where one covers the same words as a name already found, the more
 * confident reading stays (a `Maria McAllister` found from the words alone becomes the address block's).
 */
export function withStrongerNames(named: readonly Found[], more: readonly Found[]): Found[] {
  return mergeNames(named, more, (other, name) => confidenceRank(other.confidence) >= confidenceRank(name.confidence));
}
