import { numberFollows } from './name-context.js';
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
