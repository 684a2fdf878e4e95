import { mergeNames } from './name-merge.js';
import { isCapital, rejectedByNeighbours, type Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Arabic family names with the article joined by a hyphen: `Rania al-Tamimi`, `Ammar El-Sayed`, `Fatima al-Zahra
 * Haddad`, and surname first, `al-Rashid, Hiba`. The capitalised-word scan of name-tokens.ts joins words by spaces
 * and particles, so the article glued to the surname left the two words apart (`Rania` alone names nobody; `Zahra
 * Haddad` was read without `Fatima al-`). Looked for only in text with an `l-` in it.
 */

const ARTICLES = '(?:[Aa]l|[Ee]l|[Uu]l)';
const WORD = "\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)?";
/** A given name (maybe after another), the article and the family name, maybe a second family name after it. */
const GIVEN_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${WORD}) )?(${WORD}) (${ARTICLES}-${WORD})(?: (${WORD}))?(?![\\p{L}\\p{N}])`, 'gu');
/** The family name with its article, a comma, then one or two given names. */
/** `A. al-Rashid`: an initial for the given name (notes and registers shorten it so). */
const INITIAL_FIRST = new RegExp(`(?<![\\p{L}\\p{N}.])\\p{Lu}\\. ?${ARTICLES}-${WORD}(?![\\p{L}\\p{N}])`, 'gu');
const FAMILY_FIRST = new RegExp(`(?<![\\p{L}\\p{N}-])(${ARTICLES}-${WORD}), (${WORD})(?: (${WORD}))?(?![\\p{L}\\p{N}])`, 'gu');

const REASON = 'gazetteer:first+article';

function isGiven(word: string | undefined, rules: RuleSet): boolean {
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return rules.names.first.has(lower) && !rules.names.stop.has(lower);
}

/** `Mariam Al-Obaidis bil`: a genitive `s` before a lower-case word is not the name's. */
function withoutGenitive(text: string, family: string, end: number): string {
  if (!family.endsWith('s') || text.charCodeAt(end) !== 32) return family;
  const next = text.charCodeAt(end + 1);
  return (next >= 97 && next <= 122) || next === 0xe5 || next === 0xe4 || next === 0xf6 ? family.slice(0, -1) : family;
}

/** A capitalised word and a blank right before `at`. */
function followsCapitalisedWord(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false;
  let i = at - 2;
  while (i > 0 && /\p{Ll}/u.test(text[i]!)) i--;
  return i < at - 2 && /\p{Lu}/u.test(text[i]!);
}

/**
 * ` al-T`, `El-S`: an article after a blank (or at the start) before a capital, found without a regex (mail bodies
 * have `l-` in many words: `mejl-adress`, `total-`). `AL-RASHID` is one capitalised word to the other readers.
 */
function hasArticle(text: string): boolean {
  for (let at = text.indexOf('l-', 1); at >= 0; at = text.indexOf('l-', at + 2)) {
    const vowel = text.charCodeAt(at - 1) | 32;
    if (vowel !== 97 && vowel !== 101 && vowel !== 117) continue;
    const before = at >= 2 ? text.charCodeAt(at - 2) : 32;
    const after = text.charCodeAt(at + 2);
    if ((before === 32 || before === 10 || before === 9 || before === 0xa0 || before === 40 || before === 34) && isCapital(after)) return true;
  }
  return false;
}

/** Names with a hyphenated article in `text`, in text order. */
export function articleNames(text: string, rules: RuleSet): Found[] {
  if (!hasArticle(text)) return [];
  const found: Found[] = [];
  for (const match of text.matchAll(GIVEN_FIRST)) {
    const [, before, given, written, after] = match;
    if (!isGiven(given, rules)) continue;
    const both = isGiven(before, rules);
    const start = both || before === undefined ? match.index : match.index + before.length + 1;
    // A second family name is taken when the lists know it (`Fatima al-Zahra Haddad`), not a sentence's next word.
    const second = after !== undefined && rules.names.last.has(after.toLowerCase()) ? after : undefined;
    const writtenEnd = match.index + match[0].length - (after === undefined ? 0 : after.length + 1);
    const family = second === undefined ? withoutGenitive(text, written!, writtenEnd) : written!;
    const end = second === undefined ? writtenEnd - (written!.length - family.length) : writtenEnd + second.length + 1;
    // `Zainab Al-Khafajis Restaurang AB`: a firm named for the person.
    if (rejectedByNeighbours(text, writtenEnd, start)) continue;
    const words = [both ? before : undefined, given, family, second].filter((word) => word !== undefined);
    found.push({ start, end, normalized: words.join(' '), confidence: 'medium', reasons: [REASON] });
  }
  for (const match of text.matchAll(FAMILY_FIRST)) {
    const [whole, family, given, middle] = match;
    // `Fatima El-Sayed, Oskar El-Sayed`: after a given name the article word is that person's family name.
    if (!isGiven(given, rules) || followsCapitalisedWord(text, match.index)) continue;
    // `al-Rashid, Ahmad bin Khalid` has more given names than the pattern reads; a second one is taken when listed.
    const more = middle !== undefined && isGiven(middle, rules) ? middle : undefined;
    const end = match.index + whole.length - (middle !== undefined && more === undefined ? middle.length + 1 : 0);
    found.push({ start: match.index, end, normalized: [given, more, family].filter((word) => word !== undefined).join(' '), confidence: 'medium', reasons: [REASON] });
  }
  for (const match of text.matchAll(INITIAL_FIRST)) {
    const end = match.index + match[0].length;
    const written = withoutGenitive(text, match[0], end);
    found.push({ start: match.index, end: match.index + written.length, normalized: written, confidence: 'medium', reasons: ['gazetteer:initial+article'] });
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** A name column's cell that is the family name with its article, then one or two given names, no comma. */
const CELL_FAMILY_FIRST = new RegExp(`^\\s*(${ARTICLES}-${WORD}) (${WORD})(?: (${WORD}))?\\s*$`, 'u');

/**
 * `al-Masri Tariq` under `Målsman`: family name first without a comma, as registers list people; read only as a
 * name column's whole cell, where the order is the register's and no sentence goes on.
 */
function familyFirstCell(text: string, rules: RuleSet): Found | undefined {
  const match = CELL_FAMILY_FIRST.exec(text);
  if (match === null) return undefined;
  const [whole, family, given, middle] = match;
  if (!isGiven(given, rules) || (middle !== undefined && !isGiven(middle, rules))) return undefined;
  const start = whole.length - whole.trimStart().length;
  const end = whole.trimEnd().length;
  return { start, end, normalized: [given, middle, family].filter((word) => word !== undefined).join(' '), confidence: 'medium', reasons: [REASON] };
}

/**
 * `named` with the article names of `text` in the place of what they overlap (`Zahra Haddad` read inside `Fatima
 * al-Zahra Haddad`), unless a reading of more confidence holds the same words. `column`: the reason of a name
 * column the text is a cell of, which makes them `high`.
 */
export function withArticleNames(text: string, named: readonly Found[], rules: RuleSet, column?: string): readonly Found[] {
  const articles = articleNames(text, rules);
  if (column !== undefined && articles.length === 0) {
    const cell = familyFirstCell(text, rules);
    if (cell !== undefined) articles.push(cell);
  }
  if (articles.length === 0) return named;
  const readings = column === undefined ? articles : articles.map((article): Found => ({ ...article, confidence: 'high', reasons: [column, REASON] }));
  // A reading from the same word on (`Mariam Al-Obaidi`, capitalised words the other readers join) stands, and so
  // does a more confident one, unless the article reading holds all of it and the article before (`al-Jabouri,
  // Khalid` over `Jabouri, Khalid`).
  return mergeNames(named, readings, (other, name) => other.start <= name.start || (other.confidence === 'high' && name.confidence !== 'high' && other.end > name.end));
}
