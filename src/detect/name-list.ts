import { addName, looseNameWords, lowerName, readWordEnd, readWords } from './name-lower-words.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * An attendance list, a guest list, a list of recipients: `närv: zsófia nagy, Wanida Intharat, daniela pérez soto,
 * östen borg, Noah Öhman`. The items beside a name found already, each between `, ` and `, ` (or the line's end),
 * are names too when their words make one by the loose rule of a name label: a hurried writer leaves some of them
 * in lower case. Only items next to a found name are read, so a list of anything else is never a list of names.
 */

/** An item longer than this is a phrase, not a name. */
const MAX_ITEM = 48;
const MAX_ITEM_WORDS = 3;

/** Lower-case names in the items right before and after each of `named` (in text order) in a comma list. */
export function namesBesideListedNames(text: string, named: readonly Found[], rules: RuleSet): Found[] | undefined {
  let list: Found[] | undefined;
  for (const name of named) {
    // The item after: `Wanida Intharat, daniela pérez soto,`.
    if (text.charCodeAt(name.end) === 44 && text.charCodeAt(name.end + 1) === 32) list = itemName(text, name.end + 2, rules, list);
    // The item before: `zsófia nagy, Wanida Intharat`.
    if (name.start >= 2 && text.charCodeAt(name.start - 2) === 44 && text.charCodeAt(name.start - 1) === 32) {
      const itemStart = itemStartBefore(text, name.start - 2);
      if (itemStart >= 0) list = itemName(text, itemStart, rules, list);
    }
  }
  return list;
}

/** The item at `start` when it is a lower-case name that ends at a `,`, a line's end or the text's end. */
function itemName(text: string, start: number, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  const count = readWords(text, start);
  if (count < 2 || count > MAX_ITEM_WORDS) return list;
  const end = readWordEnd(count - 1);
  const after = end < text.length ? text.charCodeAt(end) : 10;
  if (after !== 44 && after !== 10 && after !== 13) return list;
  return looseNameWords(text, count, rules) === count ? addName(list, lowerName(text, start, end, 'name-list')) : list;
}

/** Where the item ending at the comma at `comma` starts: after the previous `, `, a `: ` or the line's start; or -1. */
function itemStartBefore(text: string, comma: number): number {
  const from = Math.max(0, comma - MAX_ITEM);
  for (let i = comma - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if ((code === 44 || code === 58) && text.charCodeAt(i + 1) === 32) return i + 2;
  }
  return from === 0 ? 0 : -1;
}
