import { isDefiniteRelation, isRelation } from './name-context.js';
import { addName, hasEverydayWord, isLetterCode, isLooseName, looseNameWords, lowerName, nameWords, readWordEnd, readWords } from './name-lower-words.js';
import type { Found } from './name-spans.js';
import type { RuleSet } from './rules/types.js';

/**
 * Slots for lower-case names in what callers say and texters write, as call notes, speech-to-text transcripts and
 * SMS logs keep it: `björn moradi heter jag` (the name before `heter jag`), `mamma till ahmad wardak i 5b` (a
 * relation, `till`, the person), and a text message signed `… /annika ek` at the end of its line. Each is found by
 * one search over the text; the words then go by the loose rule of a slot that says a name follows.
 */

/** Shorter texts (most cells) hold none of these. */
const MIN_TEXT = 16;
// Searched without the blank before them: a search for a blank stops at every word.
const HETER_JAG = 'heter jag';
const TILL = 'till ';
/** People a caller speaks for besides the relations of name-context.ts (`vårdnadshavare till …`). */
const GUARDIANS = new Set(['förälder', 'vårdnadshavare', 'målsman', 'ombud']);

/** How far before `heter jag` a name's words may start. */
const MAX_NAME_CHARS = 64;

const NO_BLANK = -2;

/**
 * The last space or no-break space before `from` and not before `limit`: -1 when the text starts within the limit
 * without one, NO_BLANK when there is none within it.
 */
function blankBefore(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= 0 && i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0xa0) return i;
  }
  return limit <= 0 ? -1 : NO_BLANK;
}

/** `björn moradi heter jag`, `hej, ebba af sillén heter jag`: three or two words right before `heter jag`, the longest. */
function beforeHeterJag(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  for (let hit = text.indexOf(HETER_JAG, 1); hit >= 0; hit = text.indexOf(HETER_JAG, hit + HETER_JAG.length)) {
    const at = hit - 1;
    if (text.charCodeAt(at) !== 32) continue;
    // Where the one, two and three words before start: each after the blank before the next.
    const starts: number[] = [];
    for (let from = at; starts.length < 3; ) {
      const blank = blankBefore(text, from, at - MAX_NAME_CHARS);
      if (blank === NO_BLANK || blank + 1 >= from) break;
      starts.push(blank + 1);
      if (blank < 0) break;
      from = blank;
    }
    for (let words = starts.length; words >= 2; words--) {
      const start = starts[words - 1]!;
      // The words read from there must end at `heter`: nothing but lower-case words in between.
      const count = readWords(text, start);
      if (count < words || readWordEnd(words - 1) !== at || !isLooseName(text, words, rules) || hasEverydayWord(text, words, rules)) continue;
      list = addName(list, lowerName(text, start, at, 'introduction'));
      break;
    }
  }
  return list;
}

/** `mamma till ahmad wardak i 5b`, `vårdnadshavare till elsa berg`, `sonen till dima shami`: whose relation it is. */
function afterRelationTill(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  for (let hit = text.indexOf(TILL, 1); hit >= 0; hit = text.indexOf(TILL, hit + TILL.length)) {
    const at = hit - 1;
    if (text.charCodeAt(at) !== 32) continue;
    let wordStart = at;
    while (wordStart > 0 && isLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
    const relation = text.slice(wordStart, at).toLowerCase();
    if (!isRelation(relation) && !isDefiniteRelation(relation) && !GUARDIANS.has(relation)) continue;
    const start = hit + TILL.length;
    list = nameInSlot(text, start, rules, list, 'relation');
  }
  return list;
}

/**
 * `3 475 000 /annika ek`, `… har godkänt. /liban yusuf`: a text message's signature, the last words of its line;
 * also a line or a survey answer that is the signature alone (`/bengt hansson`).
 */
function slashSignature(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    const before = slash === 0 ? 10 : text.charCodeAt(slash - 1);
    if (before !== 32 && before !== 10) continue;
    const start = slash + 1;
    const count = readWords(text, start);
    if (count < 2 || count > 4) continue;
    const end = readWordEnd(count - 1);
    const after = text.charCodeAt(end);
    if (end < text.length && after !== 10 && after !== 13) continue;
    const k = nameWords(text, count, rules, true) || (isLooseName(text, count, rules) && !hasEverydayWord(text, count, rules) ? count : 0);
    if (k === count) list = addName(list, lowerName(text, start, end, 'signoff'));
  }
  return list;
}

/**
 * What a call or case note says of the person it was with or is about: `ringde upp anders holm ang faktura`,
 * `samtal från gösta nasser`, `pratade med sunita kumar`, `det var filmon weldemichael, transport`, `ringer för åke
 * mohammadi`, `meddelat björn eklund`, `friskanmälan fatima abdullah`, `föräldrar pernilla falk och stig falk`;
 * a home-care visit log's `städning hos johan lindström-ek`, `kontaktade ebba lindström-ek`.
 */
const CALL_PHRASES = [
  'samtal från ', 'det var ', 'ringer för ', 'meddelat ', 'friskanmälan ', 'sjukanmälan ', 'föräldrar ',
  'kontaktade ', 'hos ',
  // Role nouns in the definite form, as recruiters', schools', clinics' and parishes' notes write them (`ringde
  // kandidaten fredrik ek`, `referens elsa forsberg`, `det gäller elsa berglund 5b`).
  'kandidaten ', 'eleven ', 'patienten ', 'medlemmen ', 'gäldenären ', 'hyresgästen ', 'referens ', 'det gäller ',
  // A marina's or a kennel's log: the owner it called (`ringt ägaren alistair davies 079-…`).
  'ägaren ',
  // Whom a case was answered or referred to (`mejlade sara ek om kvittot`).
  'mejlat ', 'mejlade ', 'mailat ', 'mailade ', 'svarat ', 'svarade ', 'hänvisat ', 'hänvisade ', 'påminde ', 'informerat ',
  'informerade ',
  // An estate agent's call log and viewing list (`säljare hamza kassab ang. värdering`, `sambo gunilla wästberg`).
  'säljare ', 'köpare ', 'spekulant ', 'budgivare ', 'sambo ',
  // Whom a call was about; relatives and parties named by their role without a possessive (`mamma olena tkachenko
  // ringt 2 ggr`, `motparten hamdi ismail nekar ansvar`, `det är ziba yazdani som ska klippas`).
  'ringer om ', 'förälder ', 'motparten ', 'motpart ', 'mamma ', 'pappa ', 'dotter ', 'det är ', 'medsökande ',
  'hennes man ', 'hans fru ', 'kund ',
  // Whose word a note reports (`enl. biniam yemane har hon sålt bilen`).
  'enl. ', 'enligt ',
  // `15/2 07:20 ringde hjalmar modig, anl 735999…`, `ringde upp anders holm`, `ringde för åke mohammadi`: the caller.
  'ringde ', 'ringt ',
];

/**
 * Phrases of a verb or noun and a short word (`pratade med`, `kvitterat av`, `skickat till`, `mejl från`), found by
 * one search for the short word and a look at the word before it (one search instead of one per phrase: mail bodies
 * hold lines in lower case, and every phrase searched cost a mailbox's detection ~0.2%). `med` is also read before a
 * relative (`pratade sen med maken folke tell`).
 */
const WORDS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [' med ', new Set(['samtal', 'pratade', 'pratat', 'talade', 'kontakt'])],
  [' m ', new Set(['pratade', 'pratat', 'samtal', 'talat', 'talade'])],
  [' av ', new Set(['kvitterat', 'kvitterad', 'mottaget', 'mottagen', 'hämtat', 'hämtad', 'signerat', 'dop'])],
  [' till ', new Set(['återkoppling', 'återkopplat', 'skickat', 'skickade'])],
  [' från ', new Set(['mejl', 'sms'])],
  // `bokningen för kateryna melnyk ligger dubbelt`: whose booking, trip or case a note is about.
  [' för ', new Set(['bokningen', 'bokning', 'resan', 'resa', 'ärendet', 'beställningen', 'avbokning', 'bokat', 'avbokat', 'fakturan'])],
]);
const RELATIVES_AFTER_MED: ReadonlySet<string> = new Set(['maken', 'frun', 'hustrun', 'sonen', 'dottern']);
/** After `ringde `: words of the verb phrase, not the caller (`ringde upp`, `ringde för`). */
const AFTER_RINGDE: ReadonlySet<string> = new Set(['upp', 'för']);
/** The longest word WORDS_BEFORE names. */
const LONGEST_WORD_BEFORE = 12;

/** `föräldrar pernilla falk och stig falk`: a second person joined to a name a slot found. */
const AND = ' och ';

function afterCallPhrases(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  for (const phrase of CALL_PHRASES) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) continue;
      let start = at + phrase.length;
      if (phrase === 'ringde ' || phrase === 'ringt ') start = pastWordIn(text, start, AFTER_RINGDE);
      list = nameInSlot(text, start, rules, list, 'call');
    }
  }
  for (const [word, before] of WORDS_BEFORE) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length - 1)) {
      let start = at + word.length;
      if (word === ' med ') {
        const relative = pastWordIn(text, start, RELATIVES_AFTER_MED);
        if (relative > start) {
          list = nameInSlot(text, relative, rules, list, 'call');
          continue;
        }
      }
      let from = at;
      while (from > 0 && at - from <= LONGEST_WORD_BEFORE && isLetterCode(text.charCodeAt(from - 1))) from--;
      if (from === at || (from > 0 && isLetterCode(text.charCodeAt(from - 1))) || !before.has(text.slice(from, at))) continue;
      list = nameInSlot(text, start, rules, list, 'call');
    }
  }
  return list;
}

/** Past the word at `start` and its blank when it is one of `words`, else `start`. */
function pastWordIn(text: string, start: number, words: ReadonlySet<string>): number {
  const blank = text.indexOf(' ', start);
  return blank > start && blank - start <= 8 && words.has(text.slice(start, blank)) ? blank + 1 : start;
}

/** The name that starts at `start` in a slot that holds one, by the loose rule (an everyday given name may pass). */
function nameInSlot(text: string, start: number, rules: RuleSet, list: Found[] | undefined, reason: string): Found[] | undefined {
  const count = readWords(text, start);
  if (count < 2) return list;
  const k = nameWords(text, count, rules, false) || looseNameWords(text, count, rules);
  return k === 0 ? list : addName(list, lowerName(text, start, readWordEnd(k - 1), reason));
}

/** The names of the slots above, added to `list`, and the people joined to them by `och`. */
export function spokenSlotNames(text: string, rules: RuleSet, list: Found[] | undefined): Found[] | undefined {
  if (text.length < MIN_TEXT) return list;
  const before = list?.length ?? 0;
  list = afterCallPhrases(text, rules, slashSignature(text, rules, afterRelationTill(text, rules, beforeHeterJag(text, rules, list))));
  return list === undefined || list.length === before ? list : joinedByAnd(text, rules, list, before);
}

/** After each name from `from` on in `list`: ` och ` and the words of another name, by the slot rule. */
function joinedByAnd(text: string, rules: RuleSet, list: Found[], from: number): Found[] {
  for (let n = from; n < list.length; n++) {
    const end = list[n]!.end;
    if (!text.startsWith(AND, end)) continue;
    const start = end + AND.length;
    list = nameInSlot(text, start, rules, list, 'call') ?? list;
  }
  return list;
}
