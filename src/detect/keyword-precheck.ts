import type { RuleSet } from './rules/types.js';

/**
 * A cheap, conservative pre-check run first by `nearestKeyword` (context.ts): false only when no keyword can
 * stand in the windows around a candidate, so the lookup (two slices, two lower-casings, two regex runs) is
 * skipped for most numbers in lists and tables. Every keyword found in a window starts with one of the keywords' first three letters
 * (as lower-cased), so the windows are searched for those trigrams with one table lookup per character.
 * Characters above U+00FF (whose lower case may change length or depend on context) answer "maybe".
 */

interface TrigramTable {
  /** Slot (1…size-1) of each Latin-1 character by its lower case; 0 for characters in no keyword. */
  readonly slotOf: Uint8Array;
  readonly size: number;
  /** 1 where three slots spell the start of a keyword. */
  readonly starts: Uint8Array;
}

/** How far (in characters) a keyword may stand before / after a candidate. Windows stop at a line break. */
export const KEYWORD_WINDOW_BEFORE = 40;
export const KEYWORD_WINDOW_AFTER = 16;

const MAX_SLOTS = 64;
const tables = new WeakMap<RuleSet, TrigramTable | null>();

function lowerLatin1(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** null when the keywords do not fit the table (a keyword under three letters or beyond Latin-1): always "maybe". */
function buildTable(rules: RuleSet): TrigramTable | null {
  const words = [...rules.keywords.personnummer, ...rules.keywords.phone, ...rules.keywords.notPersonal];
  const slotByLower = new Map<number, number>();
  for (const word of words) {
    if (word.length < 3) return null;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code > 255) return null;
      if (!slotByLower.has(code)) slotByLower.set(code, slotByLower.size + 1);
    }
  }
  const size = slotByLower.size + 1;
  if (size > MAX_SLOTS) return null;
  const slotOf = new Uint8Array(256);
  for (let code = 0; code < 256; code++) slotOf[code] = slotByLower.get(lowerLatin1(code)) ?? 0;
  const starts = new Uint8Array(size * size * size);
  for (const word of words) {
    const [a, b, c] = [0, 1, 2].map((i) => slotByLower.get(word.charCodeAt(i)) ?? 0) as [number, number, number];
    starts[(a * size + b) * size + c] = 1;
  }
  return { slotOf, size, starts };
}

function windowMayHold(table: TrigramTable, text: string, from: number, to: number): boolean {
  const { slotOf, size, starts } = table;
  let previous = 0;
  let pair = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) return true;
    const slot = slotOf[code]!;
    // `previous` and `pair` start at slot 0, which is in no keyword, so no trigram reaches before `from`.
    if (starts[pair * size + slot] === 1) return true;
    pair = previous * size + slot;
    previous = slot;
  }
  return false;
}

/** False only if `nearestKeyword(text, start, end, rules)` certainly finds no keyword. */
export function mayHaveKeywordNear(text: string, start: number, end: number, rules: RuleSet): boolean {
  let table = tables.get(rules);
  if (table === undefined) {
    table = buildTable(rules);
    tables.set(rules, table);
  }
  if (table === null) return true;
  return (
    windowMayHold(table, text, Math.max(0, start - KEYWORD_WINDOW_BEFORE), start) ||
    windowMayHold(table, text, end, Math.min(text.length, end + KEYWORD_WINDOW_AFTER))
  );
}
