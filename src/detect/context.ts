import type { Segment } from '../extract/types.js';
import type { Category } from './types.js';
import { normalizeColumn } from './rules/load.js';
import type { RuleSet } from './rules/types.js';
import { KEYWORD_WINDOW_AFTER, KEYWORD_WINDOW_BEFORE, mayHaveKeywordNear } from './keyword-precheck.js';

/**
 * Context helpers shared by the pattern detectors. They run only on candidates that already look right, so a
 * few small slices per candidate are fine; nothing here walks the whole segment.
 */

export type ColumnKind = Category | 'nameFirst' | 'nameLast' | 'notPersonal' | 'animal';

const columnCache = new WeakMap<RuleSet, Map<string, ColumnKind | null>>();
// Every detector asks per segment, nearly always with the one rule set of the scan: remember its cache.
let lastRules: RuleSet | undefined;
let lastCache: Map<string, ColumnKind | null> | undefined;

/** What the segment's column / JSON key / mail header says its value is, if the rules know the name. */
export function columnKind(segment: Segment, rules: RuleSet): ColumnKind | undefined {
  const field = segment.hints?.field;
  return field === undefined ? undefined : fieldKind(field, rules);
}

/**
 * Organisations whose names end in a word for a person (`arbets` + `givare`, `uppdrags` + `givare`): the qualifier
 * rule would read them as that person's column.
 */
const ORGANISATION_COLUMNS: ReadonlySet<string> = new Set(['arbetsgivare', 'uppdragsgivare', 'arbetsgivarnamn']);

/** What a column / JSON key / mail header name says its values are, if the rules know the name. */
export function fieldKind(field: string, rules: RuleSet): ColumnKind | undefined {
  let cache = lastRules === rules ? lastCache : columnCache.get(rules);
  if (!cache) {
    cache = new Map();
    columnCache.set(rules, cache);
  }
  lastRules = rules;
  lastCache = cache;
  let kind = cache.get(field);
  if (kind === undefined) {
    const normalized = normalizeColumn(field);
    kind = ORGANISATION_COLUMNS.has(normalized) ? null : rules.columns.byCategory.get(normalized) ?? qualifiedFieldKind(normalized, rules) ?? joinedFieldKind(field, rules) ?? dottedFieldKind(field, rules) ?? prefixedFieldKind(field, rules) ?? holderFieldKind(normalized) ?? doneByFieldKind(field) ?? null;
    // Field names repeat (one per CSV cell); bound the cache in case a JSON file has millions of distinct keys.
    if (cache.size < 10_000) cache.set(field, kind);
  }
  return kind ?? undefined;
}

/**
 * `Kontohavare`, `Gravrättsinnehavare`, `Nyttjanderättshavare`: Swedish makes a holder of anything by `-havare`,
 * and the holder is a person (or a firm, which the name rules turn away). No list can name every such compound.
 */
function holderFieldKind(normalized: string): ColumnKind | undefined {
  return normalized.length > HOLDER.length + 2 && normalized.endsWith(HOLDER) ? 'name' : undefined;
}
const HOLDER = 'havare';

/**
 * `Inrapporterad av`, `Avläst av`, `Bokad av`, `Reported by`, `Checked by`: a column that says who did something holds
 * a person (or a system user, which the name rules turn away). Swedish and English make such headers of any verb,
 * so the lists name only the common ones; this reads the shape: a past participle, then `av` or `by`.
 */
function doneByFieldKind(field: string): ColumnKind | undefined {
  if (field.length > MAX_DONE_BY || !DONE_BY.test(field)) return undefined;
  return NOT_DONE_BY.has(field.trim().split(/[ _]/)[0]!.toLowerCase()) ? undefined : 'name';
}
/** Participles whose `av` says of what or by which thing (`Intresserad av` a car model, `Orsakad av` a fault). */
const NOT_DONE_BY: ReadonlySet<string> = new Set(['intresserad', 'intresserat', 'intresserade', 'påverkad', 'påverkat', 'berörd', 'berört', 'omfattad', 'omfattat', 'baserad', 'baserat', 'gjord', 'gjort', 'tillverkad', 'tillverkat', 'orsakad', 'orsakat', 'ersatt', 'ägd', 'ägt', 'sorted', 'grouped', 'caused', 'affected', 'made', 'powered', 'based', 'followed']);
const DONE_BY = /^\s*\p{L}{2,}(?:ad|at|d|t|en|et)[ _]av\s*$|^\s*(?:\p{L}{2,}(?:ed|en)|sent|paid|made|done|held|kept|sold|built|taught)[ _]by\s*$/iu;
const MAX_DONE_BY = 32;

/**
 * Words that say whose or which one a value is, not what it is: `Tel arbete`, `Mobil privat`, `Privat e-post`,
 * `Alt. telefon`, `Phone (work)` is handled by normalizeColumn. Stripped from either end of an unknown name.
 */
const QUALIFIERS = ['arbete', 'arbets', 'jobb', 'hem', 'privat', 'direkt', 'dagtid', 'kvall', 'kväll', 'alternativ', 'alt', 'extra', 'annan', 'work', 'home', 'private', 'personal', 'other', 'alternate', 'mobil', 'mobile', 'kundens', 'kund', 'kontakt', 'customer', 'contact', 'primary', 'secondary', 'din', 'ditt', 'your'];

/** The kind of a known name with a qualifier before or after it (`telarbete` → `tel`, `privatmobil` → `mobil`). */
function qualifiedFieldKind(normalized: string, rules: RuleSet): ColumnKind | undefined {
  for (const qualifier of QUALIFIERS) {
    if (normalized.length <= qualifier.length + 1) continue;
    const kind = normalized.endsWith(qualifier)
      ? rules.columns.byCategory.get(normalized.slice(0, -qualifier.length))
      : normalized.startsWith(qualifier)
        ? rules.columns.byCategory.get(normalized.slice(qualifier.length))
        : undefined;
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/**
 * `applicant.name`, `contact.phone`: a CSV export of nested records names its columns by path, as JSON paths go; the
 * last part says what the value is.
 */
function dottedFieldKind(field: string, rules: RuleSet): ColumnKind | undefined {
  const dot = field.lastIndexOf('.');
  if (dot <= 0 || dot === field.length - 1) return undefined;
  const last = normalizeColumn(field.slice(dot + 1));
  return rules.columns.byCategory.get(last) ?? qualifiedFieldKind(last, rules);
}

/**
 * `elev_fornamn`, `vh_telefon`, `Elev efternamn`, `Case Owner`, `subscriptionId`: a column named by whose value it
 * is, then what it is. The last word decides, except a bare `name`/`namn` (`file_name`, `Produkt namn`, `userName`
 * are no people's names): then the word before it does (ownerNameKind).
 */
function prefixedFieldKind(field: string, rules: RuleSet): ColumnKind | undefined {
  const start = lastWordStart(field);
  if (start < 0) return undefined;
  const last = normalizeColumn(field.slice(start));
  if (GENERIC_NAME_WORDS.has(last)) return ownerNameKind(field, start, rules);
  // `subscriber_first`, `guest_last`, `supplier_first`: a person's given or family name with `name` left out. Any
  // one word of letters says whose, but a word of time or events (`login_last`, `payment_first`: a date or an amount).
  const part = NAME_PARTS.get(last);
  if (part !== undefined) return ownerNameKind(field, start, rules) === 'name' || isPersonOwner(field, start) ? part : undefined;
  return rules.columns.byCategory.get(last);
}

/** The one word before the name part (`supplier` of `supplier_first`), all letters, and no word of time or events. */
function isPersonOwner(field: string, partStart: number): boolean {
  let headEnd = partStart;
  while (headEnd > 0 && COLUMN_SEPARATORS.has(field.charCodeAt(headEnd - 1))) headEnd--;
  const owner = field.slice(0, headEnd).toLowerCase();
  return OWNER_WORD.test(owner) && !EVENT_OWNERS.has(owner);
}
const OWNER_WORD = /^\p{L}{3,24}$/u;
const EVENT_OWNERS: ReadonlySet<string> = new Set([
  'date', 'datum', 'time', 'tid', 'login', 'logon', 'seen', 'visit', 'besök', 'payment', 'betalning', 'order', 'purchase', 'köp',
  'update', 'updated', 'modified', 'changed', 'created', 'activity', 'aktivitet', 'event', 'session', 'page', 'sida', 'row', 'rad',
  'line', 'item', 'value', 'värde', 'entry', 'record', 'step', 'steg', 'period', 'week', 'vecka', 'month', 'månad', 'year', 'år',
  'day', 'dag', 'invoice', 'faktura', 'delivery', 'leverans', 'call', 'samtal', 'message', 'meddelande',
]);

/** The last word of a field name that says which part of a person's name it holds. */
const NAME_PARTS: ReadonlyMap<string, ColumnKind> = new Map([
  ['first', 'nameFirst'],
  ['given', 'nameFirst'],
  ['last', 'nameLast'],
  ['family', 'nameLast'],
]);

/**
 * `guest_name`, `patientName`, `Owner Name`, `Patientens namn`: a bare name word after a word for a person (a name
 * column's own word) is that person's name; `guest_first_name` is a given name. `hotel_name`, `file_name` and
 * `Account Name` stay unknown: their first word names no person.
 */
function ownerNameKind(field: string, nameStart: number, rules: RuleSet): ColumnKind | undefined {
  let headEnd = nameStart;
  while (headEnd > 0 && COLUMN_SEPARATORS.has(field.charCodeAt(headEnd - 1))) headEnd--;
  if (headEnd === 0) return undefined;
  const ownerStart = Math.max(0, lastWordStart(field.slice(0, headEnd)));
  const both = rules.columns.byCategory.get(normalizeColumn(field.slice(ownerStart)));
  if (both !== undefined) return both;
  const owner = normalizeColumn(field.slice(ownerStart, headEnd));
  for (const ending of GENITIVE_ENDINGS) {
    if (owner.length > ending.length + 2 && owner.endsWith(ending) && rules.columns.byCategory.get(owner.slice(0, owner.length - ending.length)) === 'name') return 'name';
  }
  return rules.columns.byCategory.get(owner) === 'name' ? 'name' : undefined;
}

/** `_`, space, `.`, `-` between the words of a field name. */
const COLUMN_SEPARATORS: ReadonlySet<number> = new Set([95, 32, 46, 45]);
/** Swedish genitives of a person word: `gästens`, `förarens`, `sökandes`. */
const GENITIVE_ENDINGS = ['ens', 'ns', 's'];

/** A bare name as the last word says too little: a thing's as often as a person's. */
const GENERIC_NAME_WORDS = new Set(['name', 'namn', 'navn', 'nimi']);

/**
 * Where the last word of a field name starts: after the last `_` or space, or at a camelCase capital
 * (`subscriptionId`, `contactPhone`); -1 when the name is one word.
 */
export function lastWordStart(field: string): number {
  const separated = Math.max(field.lastIndexOf('_'), field.lastIndexOf(' '));
  for (let i = field.length - 1; i > separated + 1; i--) {
    const code = field.charCodeAt(i);
    const before = field.charCodeAt(i - 1);
    if (code >= 65 && code <= 90 && before >= 97 && before <= 122) return i;
  }
  return separated <= 0 || separated === field.length - 1 ? -1 : separated + 1;
}

/** `Telefon/Mobil`, `Personnummer/Samordningsnummer`: names joined by `/` that all say the same. */
function joinedFieldKind(field: string, rules: RuleSet): ColumnKind | undefined {
  if (!field.includes('/')) return undefined;
  let kind: ColumnKind | undefined;
  for (const part of field.split('/')) {
    const partKind = rules.columns.byCategory.get(normalizeColumn(part));
    if (partKind === undefined || (kind !== undefined && partKind !== kind)) return undefined;
    kind = partKind;
  }
  return kind;
}

/** The keyword lists a detector can ask about. */
export type KeywordKind = 'personnummer' | 'phone' | 'notPersonal';

export interface KeywordHit {
  readonly kind: KeywordKind;
  /** The keyword as listed in rules/keywords.yaml (lower-case); safe to put in a reason code. */
  readonly keyword: string;
  /** Characters between the keyword and the candidate. */
  readonly distance: number;
}

export { KEYWORD_WINDOW_AFTER, KEYWORD_WINDOW_BEFORE } from './keyword-precheck.js';
/**
 * Not-personal words (order, ärende, faktura …) are labels: they describe a number only right next to it.
 * Further away they are just common words in support text ("ärendet gäller … ring 070-…").
 */
export const NOT_PERSONAL_WINDOW = 12;

interface CompiledKeywords {
  /** All three lists as one alternation (longest first), run over a lower-cased window. */
  readonly pattern: RegExp;
  readonly kindOf: ReadonlyMap<string, KeywordKind>;
}

const keywordCache = new WeakMap<RuleSet, CompiledKeywords>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regex for all keywords: the nearest keyword is then one scan of a 40-character window instead of a
 * search per keyword. Short keywords (`tel`, `ocr`, `ref`) must be whole words; longer ones may take a Swedish
 * ending (`ordern`, `telefonnumret`). When a word is in two lists, the first list (personnummer) wins.
 */
function compiledKeywords(rules: RuleSet): CompiledKeywords {
  let compiled = keywordCache.get(rules);
  if (!compiled) {
    const kindOf = new Map<string, KeywordKind>();
    for (const kind of ['personnummer', 'phone', 'notPersonal'] as const) {
      for (const keyword of rules.keywords[kind]) if (!kindOf.has(keyword)) kindOf.set(keyword, kind);
    }
    const alternatives = [...kindOf.keys()]
      .sort((x, y) => y.length - x.length)
      .map((keyword) => escapeRegExp(keyword) + (keyword.length < 4 ? '(?![\\p{L}\\p{N}_])' : ''));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})`, 'gu');
    compiled = { pattern, kindOf };
    keywordCache.set(rules, compiled);
  }
  return compiled;
}

/**
 * The keyword nearest to `text[start, end)` within the same line: before the candidate (up to
 * KEYWORD_WINDOW_BEFORE characters) or after it (up to KEYWORD_WINDOW_AFTER). A label before the value is the
 * usual form (`Tel: …`, `personnummer …`), so the nearest one decides when two kinds are present.
 */
export function nearestKeyword(text: string, start: number, end: number, rules: RuleSet): KeywordHit | undefined {
  // Most numbers in lists and tables have no keyword near them: a table scan says so without slicing.
  return mayHaveKeywordNear(text, start, end, rules) ? searchKeywordNear(text, start, end, rules) : undefined;
}

/** The full keyword search behind `nearestKeyword`, without the pre-check (exported for its test). */
export function searchKeywordNear(text: string, start: number, end: number, rules: RuleSet): KeywordHit | undefined {
  const { pattern, kindOf } = compiledKeywords(rules);
  const from = lineStartWithin(text, start, KEYWORD_WINDOW_BEFORE);
  const to = lineEndWithin(text, end, KEYWORD_WINDOW_AFTER);
  let best: KeywordHit | undefined;
  const consider = (keyword: string, distance: number, before?: string): void => {
    const kind = kindOf.get(keyword)!;
    // `before` is given for a keyword before the value: the text after the keyword must be a label's.
    if (kind === 'notPersonal' && (distance > NOT_PERSONAL_WINDOW || (before !== undefined && !isLabelGap(before.slice(before.length - distance))))) return;
    if (!best || distance < best.distance) best = { kind, keyword, distance };
  };
  if (from < start) {
    const before = text.slice(from, start).toLowerCase();
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(before); hit; hit = pattern.exec(before)) {
      consider(hit[0], before.length - (hit.index + hit[0].length), before);
    }
  }
  if (to > end) {
    const after = text.slice(end, to).toLowerCase();
    pattern.lastIndex = 0;
    const hit = pattern.exec(after);
    // A keyword after the value counts a little less than the same distance before it. Not-personal labels
    // only count before: after a value they start the next field (`Direkt: 070-… <br>Org.nr …`). Nor does a
    // keyword that has a number of its own right after it (`(0502788532), tel 073-…`): it labels that one.
    if (hit && kindOf.get(hit[0]) !== 'notPersonal' && !startsNumberAfter(text, end + hit.index + hit[0].length)) consider(hit[0], hit.index + 4);
  }
  return best;
}

/** A number starts at `at`, past a label's punctuation and blanks (`: 073-…`, ` nr 0701…`, ` +46 …`). */
function startsNumberAfter(text: string, at: number): boolean {
  let i = at;
  for (let code = text.charCodeAt(i); code === 32 || code === 9 || code === 0xa0 || code === 58 || code === 46 || code === 35 || code === 61; code = text.charCodeAt(++i));
  const code = text.charCodeAt(i);
  return isDigitCode(code === 43 || code === 40 ? text.charCodeAt(i + 1) : code);
}

/**
 * What may stand between a not-personal label and its number: the rest of its word (`Orderbekräftelse 0852…`,
 * `ärendet`), then punctuation and the words of a label (`Ärende nr: 12345`, `Order # 12345`). Another word makes
 * the keyword part of a sentence (`i ärendet på 0762960335`). A `|` is a form's or a table's column edge: the label is
the column before the value (`Ordernr | 46701573087`).
 */
const LABEL_GAP = /^\p{L}*(?:[\s:.#=()/|-]|nr\b|nummer\b|numret\b|no\b|number\b|id\b)*$/u;

function isLabelGap(gap: string): boolean {
  // `ang faktura, 0725378713`: a comma ends the label's phrase; the number is the next item of a list.
  if (gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0) return false;
  return gap.length <= 2 || LABEL_GAP.test(gap);
}

/** True if any of `words` (lower-case, whole words) ends within `window` characters before `start` on the same line. */
export function wordBefore(text: string, start: number, words: readonly string[], window: number): boolean {
  const from = lineStartWithin(text, start, window);
  const before = text.slice(from, start).toLowerCase();
  return words.some((word) => lastWordIndex(before, word) >= 0);
}

function lastWordIndex(haystack: string, word: string): number {
  let at = haystack.lastIndexOf(word);
  while (at >= 0) {
    if (isWordBoundary(haystack, at, at + word.length)) return at;
    at = at === 0 ? -1 : haystack.lastIndexOf(word, at - 1);
  }
  return -1;
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  return end >= text.length || !isWordCode(text.charCodeAt(end));
}

/** Start of the line holding `index`, looking back at most `window` characters (then `index - window`). */
export function lineStartWithin(text: string, index: number, window: number): number {
  const limit = Math.max(0, index - window);
  for (let i = index - 1; i >= limit; i--) {
    if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return i + 1;
  }
  return limit;
}

function lineEndWithin(text: string, index: number, window: number): number {
  const limit = Math.min(text.length, index + window);
  for (let i = index; i < limit; i++) {
    if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return i;
  }
  return limit;
}

/**
 * `-` and the dashes that word processors and PDF text put in its place between digits (`850312–2387`): hyphen
 * U+2010, non-breaking hyphen U+2011, figure dash U+2012, en dash U+2013, minus sign U+2212.
 */
export function isDashCode(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2013) || code === 0x2212;
}

/** Characters that glue a neighbouring digit to a number (`123-8503122387`, `8503122387,50`, `1.85…`, `08:15`). */
export function isNumberJoiner(code: number): boolean {
  return isDashCode(code) || code === 46 /* . */ || code === 44 /* , */ || code === 47 /* / */ || code === 58; /* : */
}

/** ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const LETTER = /\p{L}|\p{M}/u;

/** Letter (any script) or ASCII digit or `_`: the characters that make two tokens one word. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  }
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters; never a separator we care about
  return LETTER.test(String.fromCharCode(code));
}

/** The character code at `index`, or -1 outside the text (so boundary checks need no length test). */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

/**
 * `text[start, end)` is all of a cell's or a field's value, blanks and HTML tags aside (`"value": "19550204 3812"`
 * in a ticket's custom field, `<p>0404247348</p>`): one value, not two numbers of a sentence side by side.
 */
export function isWholeFieldValue(segment: Segment, text: string, start: number, end: number): boolean {
  const scope = segment.hints?.scope;
  if (scope !== 'cell' && scope !== 'field') return false;
  return onlyBlanksOrTags(text, 0, start) && onlyBlanksOrTags(text, end, text.length);
}

/** `text[from, to)` holds white space and HTML tags only (a chat message's body `<p>0404247348</p>`). */
function onlyBlanksOrTags(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 60 /* < */) {
      const close = text.indexOf('>', i);
      if (close < 0 || close >= to) return false;
      i = close;
    } else if (code > 32) {
      return false;
    }
  }
  return true;
}
