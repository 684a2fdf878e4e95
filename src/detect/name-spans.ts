import { callVerbAfter } from './call-verbs.js';
import { isDigitCode } from './context.js';
import { nameContext, type NameContext } from './name-context.js';
import { Flag, GAP_BREAK, GAP_COMMA, GAP_PARTICLE, GAP_SPACE, capitalisedTokens, gapKind, type Token } from './name-tokens.js';
import { PARTICLES as LOWER_PARTICLES } from './name-lower-words.js';
import { isRoleMailbox } from './email.js';
import type { RuleSet } from './rules/types.js';
import type { Confidence, Match } from './types.js';

/**
 * Person names in free text: runs of capitalised words joined by spaces or particles, split at stop words, read
 * as first name(s) + surname(s) (`Anna Maria Svensson`, `Anna af Klinteberg`) or inverted (`Svensson, Anna`).
 * Lone first names are not reported (the inventory counts people, and `Hej Anna` does not identify anyone);
 * unknown words count as a name only in a slot that holds one: a label, a display name, a signature, a name column.
 */

const NAME_WORD = Flag.First | Flag.Last | Flag.Suffix;
const BREAKS = Flag.Stop | Flag.Technical;
const MAX_SPAN = 6;
// `&` joins a firm's names (`Karlsson & Söner`, `Eriksson & Hallberg Rör AB`), but not two people's (`Elin Karlsson &
// Mats Gustafsson`): two capitalised words after it that no company form follows make the `&` an `och`.
const COMPANY_AFTER = /^,? ?(?:AB|HB|KB|Ab|Aktiebolag|Handelsbolag|Inc|Ltd|LLC|GmbH|Oy|AS|ASA|ApS|BV|BK|IK|IF|FF|FC|SK|GIF|GK|GoK|GF|AIK|BoIS|FK|RK|TK|(?:och|&) (?:Söner|Son|Dotter|Döttrar|Partners?)(?![\p{L}])|&(?! \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?!\p{Ll})(?! (?:AB|HB|KB|Aktiebolag|Handelsbolag|Inc|Ltd|AS|Oy)(?!\p{L})))|& Co|Group|Gruppen|Holding)(?![\p{L}\p{N}])/u;
const STREET_AFTER = /^s? (?:gata|gatan|väg|vägen|gränd|gränden|torg|torget|plan|plats|platsen|allé|allén|backe|backen|park|parken|kaj|kajen|stig|stigen|terrass|terrassen|promenad|promenaden|brink|brinken|street|road|avenue|lane|square)(?![\p{L}])/iu;
/**
 * `Gunnar Ek Bil AB`, `Svea Hansson Redovisning AB`, `Frans Wiklund Elektriska AB`: a trade after the name and a
 * company form after the trade name a limited company, a legal person. (A sole trader's `Maria Holm Städ & Fönster`,
 * without a form, is a person's name and stays one.)
 */
const TRADE = String.raw`(?:Bil|Bilar|Bygg|Byggnads|Design|Måleri|Konsult|Consulting|Städ|El|Elektriska|VVS|Rör|Transport|Transporter|Åkeri|Fastigheter|Fastighets|Förvaltning|Redovisning|Revision|Ekonomi|Juridik|Advokatbyrå|Data|IT|Media|Event|Foto|Frisör|Tandvård|Vård|Omsorg|Hälsa|Invest|Trading|Handel|Import|Export|Service|Mekaniska|Verkstad|Snickeri|Plåt|Tak|Mark|Trädgård|Entreprenad|Logistik|Teknik|Arkitekter|Catering|Restaurang|Musik|Sport|Nordic|Sweden|Sverige)`;
const TRADE_COMPANY_AFTER = new RegExp(String.raw`^ ${TRADE}(?: (?:&|och) ${TRADE})? (?:AB|HB|KB|Aktiebolag|Handelsbolag|Ltd|GmbH|Oy|AS|ApS)(?![\p{L}\p{N}])`, 'u');

/** A lower-case ASCII letter makes a word mixed-case without upper-casing it to compare. */
function hasAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

export interface Slot {
  /** Reason code for a segment that is a name slot as a whole (`column:namn`). */
  readonly reason: string;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly normalized: string;
  readonly confidence: Confidence;
  readonly reasons: string[];
}

/** `anna-karin BERGSTRÖM` → `Anna-Karin Bergström`; mixed-case words stay as written. */
export function normalizeName(words: readonly string[]): string {
  return words
    .map((word) => {
      if (word.length < 2 || hasAsciiLower(word) || word !== word.toUpperCase()) return word;
      return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/).filter(Boolean);
}

/**
 * `normalizeName(wordsOf(span))` without the arrays for the usual span: words with a lower-case ASCII letter each
 * (so none is ALL CAPS), single spaces between them, and nothing that NFC could change (all below U+0300).
 */
function normalizedSpan(text: string, start: number, end: number): string {
  const span = text.slice(start, end);
  let lower = false;
  let previous = 32;
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c >= 0x300) return normalizeName(wordsOf(span));
    if (c >= 97 && c <= 122) lower = true;
    else if (c === 32 || isBlankCode(c)) {
      if (c !== 32 || previous === 32 || !lower) return normalizeName(wordsOf(span));
      lower = false;
    }
    previous = c;
  }
  return lower && previous !== 32 ? span : normalizeName(wordsOf(span));
}

/** White space below U+0300 as `\s` sees it (the fast path leaves everything above to the full split). */
function isBlankCode(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0;
}

function raise(confidence: Confidence): Confidence {
  return confidence === 'low' ? 'medium' : 'high';
}

function contextAt(text: string, start: number, end: number, rules: RuleSet, slot: Slot | undefined): NameContext {
  const context = nameContext(text, start, end, rules);
  if (slot) return { reasons: [slot.reason, ...context.reasons], strong: true, weak: context.weak };
  return context;
}

// Organisations named after a person (`Stiftelsen Anna Svenssons minnesfond`) are not the person.
const ORGANISATION_AFTER = /^(?:s|'s|’s)? (?:minnes)?(?:fond|fonden|stiftelse|stipendi\p{L}*|pris|priset|skola|skolan|gymnasium|gymnasiet|sjukhus|memorial|foundation|fund|school|prize)(?![\p{L}])/iu;
/**
 * `title="Jerry Maguire"`, `film=Forrest Gump`, `product="Marshall Emberton"`: a log's key for a work or a product
 * names it, not a person, however much the words look like a name.
 */
const TITLE_KEYS: readonly string[] = ['title', 'titel', 'film', 'movie', 'product', 'produkt', 'model', 'modell', 'artikel', 'article', 'item'];
const TITLE_KEY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLE_KEYS.join('|')})=["']?$`, 'iu');
const TITLE_KEY_SET: ReadonlySet<string> = new Set(TITLE_KEYS);

/** A log key whose value is a work's or a product's name (`title`, `film`, `product`). */
export function isTitleKey(key: string): boolean {
  return TITLE_KEY_SET.has(key.toLowerCase());
}

/**
 * `Alfa Romeo Giulia Veloce`, `Renault Clio TCe`, `Škoda Octavia Kombi`: a car's make before the words makes them its
 * model (Giulia, Clio and Octavia are given names too), as workshops' and dealers' work orders write a vehicle.
 */
const CAR_MAKE_BEFORE = /(?:^|[^\p{L}])(?:alfa|alfa romeo|renault|škoda|skoda|volvo|toyota|hyundai|volkswagen|vw|ford|opel|peugeot|citroën|citroen|fiat|cupra|mazda|nissan|honda|bmw|audi|mercedes|mercedes-benz|tesla|polestar|dacia|suzuki|mitsubishi|subaru|lexus|jeep|porsche|saab|chevrolet|jaguar|land rover|byd)[ \t]+$/iu;

/** An organisation's word before a name: a foundation, a firm, a hotel, a hospital or a school (`Klinikum Maria Hilf`). */
const ORGANISATION_BEFORE =
  /(?:^|[^\p{L}])(?:stiftelsen|stiftelse|föreningen|fonden|firma|institutet|foundation|fund|hotell|hotel|restaurang|restaurant|pensionat|vandrarhem|gästgiveri|konditori|hospital|hôpital|clínica|clinica|clinique|klinikum|ospedale|krankenhaus|spital|sjukhuset|lycée|école|colegio|escuela|instituto|universidad|università|universität)[ \t]+$/iu;

/**
 * `Silverbäckens Greta Garbo`, `Vargtassens Kung Oscar`: a capitalised noun in the definite genitive (`-ens`, `-ets`)
 * right before a name is a kennel's or a farm's prefix of a pet's pedigree name, or a place's. No given name or
 * surname ends so in the lists (`Jens` is four letters: the noun must be seven or more).
 */
const DEFINITE_GENITIVE_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{3,}(?:ens|ets) $/u;

/**
 * First characters the patterns after a name can start with (`, AB`, ` gatan`, `s minnesfond`, `&`, `AB` …);
 * after anything else (`"`, `)`, a line break) none of them can match, and nothing is sliced.
 */
const AFTER_STARTS = new Set([...', &\'’sSſAHKILGOBo'].map((ch) => ch.charCodeAt(0)));

/**
 * Street words that end an address written with a capital (`4521 Myron Freeway,`, `Leos Gata 12`): US postal
 * suffixes and the Swedish ones written apart from the name. Many are surnames too (Green, Park, Hill), so the
 * word alone decides nothing; only with a house number beside it (see `isStreetAddress`).
 */
const STREET_WORDS = new Set(
  `street avenue road boulevard lane drive court place way freeway expressway highway parkway turnpike bypass causeway
  overpass underpass crescent circle circles oval alley passage walk walks trail terrace square plaza park green heights
  hill hills ridge ridges manor manors meadow meadows forge fork forks ramp ranch prairie harbor harbors shore shores
  shoals valley valleys pines cove coves corner corners canyon crossing point estates extension extensions key keys mill
  mills junction loop route row run spur station summit view village vista wells glen grove gardens gateway isle lake
  lakes landing port radial rapids river skyway springs stream throughway trace track tunnel viaduct divide mews close
  cliff cliffs knoll knolls hollow union unions trafficway foothills flat flats ford fords fort falls field fields haven
  inlet island islands lodge mount mountain neck orchard pass path pike plain plains bluff bluffs branch brook brooks
  bend beach camp cape center club common commons curve dale dam crest creek via ville
  gata gatan väg vägen gränd torg torget allé stig backe plan plats esplanad`.split(/\s+/),
);
const SWEDISH_STREET_WORDS = new Set(['gata', 'gatan', 'väg', 'vägen', 'gränd', 'torg', 'torget', 'allé', 'stig', 'backe', 'plan', 'plats', 'esplanad']);
const HOUSE_NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,6}[A-Za-z]?[ \u00a0]$/u;
const ADDRESS_GOES_ON = /^(?:$|[ \u00a0]*[,\r\n])/;
const HOUSE_NUMBER_AFTER = /^[ \u00a0]\d{1,4}(?![\d])/;

/**
 * `text[start, end)` ends in a street word and is an address: after a house number and followed by a comma or the
 * line end (`5307 Israel Green, 10909 Atlanta`; `Ärende 5521 Anna Green ringde` stays a name), or, for the
 * Swedish words, followed by the house number (`Leos Gata 12`).
 */
function isStreetAddress(text: string, start: number, end: number): boolean {
  let wordStart = end;
  while (wordStart > start && text.charCodeAt(wordStart - 1) !== 32 && text.charCodeAt(wordStart - 1) !== 0xa0) wordStart--;
  // The span may stop before a plural or genitive `s` (`4349 Roger Greens,` is read as `Roger Green` + `s`).
  if (end < text.length && (text.charCodeAt(end) === 115 || text.charCodeAt(end) === 83)) end++;
  if (wordStart === start || end - wordStart > 13) return false;
  const word = text.slice(wordStart, end).toLowerCase();
  if (!STREET_WORDS.has(word) && !(word.endsWith('s') && STREET_WORDS.has(word.slice(0, -1)))) return false;
  if (SWEDISH_STREET_WORDS.has(word) && HOUSE_NUMBER_AFTER.test(text.slice(end, end + 6))) return true;
  return HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 9), start)) && ADDRESS_GOES_ON.test(text.slice(end, end + 4));
}

/** A company, street or organisation named after the person `text[start, end)` (`… AB`, `… gatan`, `Stiftelsen …`). */
export function rejectedByNeighbours(text: string, end: number, start = end): boolean {
  if (start < end && isStreetAddress(text, start, end)) return true;
  if (start < end && isCapital(text.charCodeAt(start)) && endsInCompound(text, start, end)) return true;
  if (namesBusinessInGenitive(text, end)) return true;
  // `Equinor ASA`: Åsa written without its ring is a given name, and Norway's company form.
  if (end - start > 4 && text.charCodeAt(end - 4) === 32 && text.startsWith('ASA', end - 3)) return true;
  if (end < text.length && AFTER_STARTS.has(text.charCodeAt(end))) {
    const after = text.slice(end, end + 24);
    if (COMPANY_AFTER.test(after) || STREET_AFTER.test(after) || ORGANISATION_AFTER.test(after)) return true;
    if (text.charCodeAt(end) === 32 && TRADE_COMPANY_AFTER.test(text.slice(end, end + 48))) return true;
  }
  // The organisation word must be followed by a space or tab right before the name.
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (before === 34 || before === 39 || before === 61) return TITLE_KEY_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (before !== 32 && before !== 9) return false;
  const head = text.slice(Math.max(0, start - 24), start);
  return ORGANISATION_BEFORE.test(head) || CAR_MAKE_BEFORE.test(head) || (before === 32 && text.charCodeAt(start - 2) === 115 /* s */ && DEFINITE_GENITIVE_BEFORE.test(head));
}

/**
 * `Hugo Boss-båge`, `Anders Zorn-signaturen`, `Astrid Lindgren-priset`: a name joined by a hyphen to a common noun in
 * lower case makes a compound noun, a frame, a signature or a prize named after someone, not that person. (A double
 * surname's second part is capitalised: `Berg-Lindqvist`. Names written all in lower case are not asked.)
 */
function endsInCompound(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 45) return isLowerCaseLetter(text.charCodeAt(end + 1));
  for (let i = end - 1; i > start; i--) {
    const code = text.charCodeAt(i);
    if (code === 45) return isLowerCaseLetter(text.charCodeAt(i + 1));
    if (code === 32 || code === 0xa0) return false;
  }
  return false;
}

/**
 * `Anna Lindbergs Åkeri`, `Britt Sjöbergs Frisör`, `Edvin Lindqvists Begravningsbyrå`, `Ann-Sofie Nyströms BK`: a name
 * in the genitive before a capitalised noun or a company's or club's form names a firm, a club or a place. Swedish writes a common noun after a genitive in lower case
 * (`Anna Lindbergs bil`).
 */
function namesBusinessInGenitive(text: string, end: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === 115) at++; // the span may stop before its genitive `s`
  if (text.charCodeAt(at - 1) !== 115 || text.charCodeAt(at) !== 32) return false;
  const capital = text.charCodeAt(at + 1);
  const next = text.charCodeAt(at + 2);
  // `Ann-Sofie Nyströms BK`: a club's or a company's form after the genitive too.
  return (isCapital(capital) && isLowerCaseLetter(next)) || COMPANY_AFTER.test(text.slice(at, at + 24));
}

/** An upper-case letter: ASCII and Latin-1 decided inline, the rest by case mapping (`Ł`, `Ş`, `Đ`). */
export function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code > 0xff && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase());
}

/**
 * `name on card DAMIR SULJIĆ`, `Kunden FARID AMIRI`: a pair in capitals after a label word, a title or a role (not a
 * greeting), of a given name that is no everyday word and a surname listed or with a surname's ending, that is no
 * given name too. Without the label's colon, capitals need both words to vouch for themselves.
 */
function isVouchedCapitalsAfterWord(tokens: readonly Token[], i: number, last: number, reasons: readonly string[]): boolean {
  if (last !== i + 1 || reasons.includes('greeting')) return false;
  const first = tokens[i]!.flags;
  const surname = tokens[last]!.flags;
  return (first & (Flag.First | Flag.Ambiguous)) === Flag.First && (surname & (Flag.Last | Flag.Suffix)) !== 0 && (surname & (Flag.Ambiguous | Flag.First)) === 0;
}

/** How sure a first-name…surname span is from the words alone, or undefined when it needs context. */
function pairStrength(tokens: readonly Token[], i: number, last: number): { confidence: Confidence | undefined; reason: string } {
  const first = tokens[i]!.flags;
  const surname = tokens[last]!.flags;
  let unknown = 0;
  let caps = 0;
  for (let k = i; k <= last; k++) {
    const f = tokens[k]!.flags;
    if (!(f & (NAME_WORD | Flag.Particle | Flag.Initial))) unknown++;
    if (f & Flag.Caps) caps++;
  }
  const strongFirst = (first & Flag.Ambiguous) === 0;
  const listedLast = (surname & Flag.Last) !== 0;
  const strongLast = listedLast && (surname & Flag.Ambiguous) === 0;
  const reason = listedLast ? 'gazetteer:first+last' : surname & Flag.Suffix ? 'gazetteer:first+suffix' : 'gazetteer:first+unknown';
  if (unknown > 1) return { confidence: undefined, reason };
  if (caps === last - i + 1) {
    // ALL CAPS lines are headings and codes more often than names: both words must be listed, neither ambiguous.
    return { confidence: strongFirst && strongLast ? 'low' : undefined, reason: `${reason}:caps` };
  }
  if (strongFirst && listedLast) return { confidence: 'medium', reason };
  if (strongFirst && !listedLast) return { confidence: 'medium', reason };
  if (strongLast) return { confidence: 'medium', reason };
  // `Siv Wennerström`, `Bo Sjöström`: a given name that is an everyday word too, before a word no list knows with a
  // surname's ending (no everyday word ends so): a person more often than not, but never more than `low` alone.
  if (last === i + 1 && surname & Flag.Suffix && !(surname & (Flag.Ambiguous | Flag.First)) && first & Flag.First) return { confidence: 'low', reason };
  return { confidence: undefined, reason };
}

/**
 * `pratade med Per Holm igår`: two capitalised words that are both everyday words too (per, holm; bo, ek; jan,
 * berg), but a listed given name and a listed surname, alone (no capitalised word joined before or after) and
 * after a lower-case word on the same line. Mid-sentence, Swedish capitalises names and little else, so such a
 * pair is most likely a person: low. So is one right after another name and a comma, in a list of people. At a
 * line or sentence start, or in a Title Case heading, it needs context.
 */
function isListedPairMidSentence(text: string, tokens: readonly Token[], i: number, last: number, k: number, e: number, previousNameEnd: number | undefined): boolean {
  if (last !== i + 1 || k !== i || e !== last + 1) return false;
  const first = tokens[i]!;
  const second = tokens[last]!;
  if (!(first.flags & Flag.First) || !(second.flags & Flag.Last) || (first.flags | second.flags) & (Flag.Caps | Flag.Initial | Flag.Particle)) return false;
  if (gapKind(text, first.end, second.start) !== GAP_SPACE) return false;
  let at = first.start - 1;
  if (at < 1 || text.charCodeAt(at) !== 32) return false;
  // A list of people: `Anna Berg, Per Holm och Eva Lind`.
  if (text.charCodeAt(at - 1) === 44 && previousNameEnd === at - 1) return true;
  let wordStart = at;
  while (wordStart > 0 && isLowerCaseLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === at) return false;
  // The lower-case word must be whole: not the tail of a capitalised one (`Tack`), a number or an identifier.
  const before = wordStart > 0 ? text.charCodeAt(wordStart - 1) : 32;
  return before === 32 || before === 9 || before === 0xa0;
}

/**
 * `Ringde RUNE JOHANSSON på 0762246462`: a name in capitals inside a sentence written in lower case, as call notes
 * paste it from a register. Headings and codes are written wholly in capitals; here the word before and the word
 * after are not. The run is the name alone, its last word a listed surname that is no everyday word, its first a
 * listed given name (that may be one: `RUNE`, `BJÖRN`).
 */
function isCapitalsPairInSentence(text: string, tokens: readonly Token[], i: number, last: number, k: number, e: number): boolean {
  if (k !== i || e !== last + 1 || last - i > 2 || !(tokens[i]!.flags & Flag.First)) return false;
  const end = tokens[last]!.end;
  // A surname no list knows, when a call verb follows (`17:40Z BEHNAZ TAVAKOLI ringde från …`) and the given name is
  // no everyday word.
  const unknownSurname = last === i + 1 && !(tokens[i]!.flags & Flag.Ambiguous) && isUnknownCapitalsBeforeCallVerb(text, tokens[last]!);
  if (!unknownSurname && (!(tokens[last]!.flags & (Flag.Last | Flag.Suffix)) || tokens[last]!.flags & Flag.Ambiguous)) return false;
  for (let t = i + 1; t <= last; t++) if (gapKind(text, tokens[t - 1]!.end, tokens[t]!.start) !== GAP_SPACE) return false;
  const start = tokens[i]!.start;
  // Before it a lower-case word, a label's or a note writer's colon (`2025-09-06: ISMAIL SHIRE – referens …`, `R.V:
  // ALVA HELLSTRÖM ringde arg`), an abbreviation's dot (`enl. ALVA BJÖRKMAN har …`), a log line's time (`17:40Z `,
  // `17:40 `), or the line's start.
  if (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
    const before = text.charCodeAt(start - 2);
    if (!isLowerCaseLetter(before) && before !== 58 && before !== 46 && before !== 44 && !endsTime(text, start - 1)) return false;
  }
  // After it a lower-case word, maybe after a comma or a dash.
  let after = end;
  if (text.charCodeAt(after) === 44) after++;
  else if (text.charCodeAt(after) === 32 && (text.charCodeAt(after + 1) === 0x2013 || text.charCodeAt(after + 1) === 45)) after += 2;
  if (text.charCodeAt(after) !== 32) return false;
  return isLowerCaseLetter(text.charCodeAt(after + 1));
}

/** A time ends at `end`: `hh:mm`, perhaps `:ss`, perhaps a `Z` (UTC, as aviation and ISO logs write it). */
function endsTime(text: string, end: number): boolean {
  let i = text.charCodeAt(end - 1) === 90 /* Z */ ? end - 1 : end;
  return i >= 5 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2)) && text.charCodeAt(i - 3) === 58 && isDigitCode(text.charCodeAt(i - 4));
}

function isLowerCaseLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

function hasParticleGap(text: string, tokens: readonly Token[], i: number, last: number): boolean {
  for (let t = i + 1; t <= last; t++) if (gapKind(text, tokens[t - 1]!.end, tokens[t]!.start) === GAP_PARTICLE) return true;
  return false;
}

/**
 * `1. Nyman Gudrun Ekebacka GK 10,9`, `Hamdi Said Bränna BoIS`: a sports club's place name before its form, next to a
 * player in a results list. Clubs are named for places, not people: the person's words end before it.
 */
const CLUB_AFTER = /^ (?:GK|GoK|GF|AIK|BoIS|FK|RK|TK|IK|IF|BK|SK|FF|FC|GIF)(?![\p{L}\p{N}])/u;

function namesClub(text: string, token: Token): boolean {
  // Every club form starts with a capital and goes on with a capital or `o` (`GK`, `BoIS`): most names' next words do not.
  if (text.charCodeAt(token.end) !== 32 || !isAsciiCapital(text.charCodeAt(token.end + 1))) return false;
  const second = text.charCodeAt(token.end + 2);
  return (isAsciiCapital(second) || second === 111) && CLUB_AFTER.test(text.slice(token.end, token.end + 6));
}

function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** All names in `text`. `slot` marks the whole text as a place that holds a name (a name column). */
export function findNames(text: string, rules: RuleSet, slot?: Slot): Found[] {
  // Every name is two words joined by a space or no-break space (see capitalisedTokens): one word holds none.
  if (text.indexOf(' ') < 0 && text.indexOf('\u00a0') < 0) return [];
  const tokens = capitalisedTokens(text, rules);
  const found: Found[] = [];
  let k = 0;
  while (k < tokens.length) {
    if (tokens[k]!.flags & BREAKS) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < tokens.length && !(tokens[e]!.flags & BREAKS) && gapKind(text, tokens[e - 1]!.end, tokens[e]!.start) <= GAP_PARTICLE && !namesClub(text, tokens[e]!)) e++;
    const passport = capitalsFamilyFirst(text, tokens, k, e, rules, slot);
    if (passport !== undefined) {
      found.push(passport);
      k = e;
      continue;
    }
    let inverted = invertedName(text, tokens, k, e, rules, slot);
    // `Nyckelhållare Nordqvist, Tomas informerad`, `Kund Berg, Anna`: a role word before the surname is no part of it.
    if (!inverted && e - k >= 2 && isRoleWord(tokens[k]!)) inverted = invertedName(text, tokens, k + 1, e, rules, slot);
    if (inverted) {
      found.push(inverted.found);
      k = inverted.next;
      continue;
    }
    runNames(text, tokens, k, e, rules, slot, found);
    k = e;
  }
  return found;
}

/** Names inside one run of joined capitalised words `tokens[k, e)`. */
function runNames(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined, found: Found[]): void {
  let any = false;
  let i = k;
  while (i < e) {
    const flags = tokens[i]!.flags;
    // A family name first can only start the run, or follow a word that is a name only by chance (`Ring Trần Minh Tuấn`).
    const family = (i === k || (i === k + 1 && (tokens[k]!.flags & (Flag.First | Flag.Ambiguous)) === Flag.Ambiguous)) && familyFirst(tokens, i, e, slot !== undefined);
    if ((!(flags & Flag.First) || flags & Flag.Initial) && !family) {
      i++;
      continue;
    }
    let last = -1;
    let j = i + 1;
    while (j < e && j - i < MAX_SPAN) {
      const f = tokens[j]!.flags;
      // `Rolf van der Linde`: after a particle comes the surname, though the lists know it as a given name too.
      const afterParticle = gapKind(text, tokens[j - 1]!.end, tokens[j]!.start) === GAP_PARTICLE;
      if (last >= 0 && f & Flag.First && !(f & (Flag.Last | Flag.Suffix)) && !afterParticle) break; // the next person starts
      if (f & (Flag.Last | Flag.Suffix) || afterParticle) last = j;
      j++;
    }
    if (last < 0) {
      last = unknownSurnameAfter(text, tokens, i, e);
      // `Le Linh`, `Tran Thu`: a family name first, then given names only (the run's end), as Vietnamese is written.
      if (last < 0 && (family || (i === k && tokens[i]!.flags & Flag.Last && e - i >= 2 && e - i <= 3 && givenNamesOnly(tokens, i + 1, e)))) last = e - 1;
      if (last < 0) {
        i++;
        continue;
      }
    }
    // A name does not end in a particle written as a word of its own (`SENAIT VON SCHANTZ`): the surname follows.
    while (last + 1 < e && tokens[last]!.flags & Flag.Particle && !(tokens[last + 1]!.flags & Flag.Particle)) last++;
    // Family name first (Nguyen Van Minh, Wang Xiaoming): a short run that ends in given names is one person.
    if (tokens[i]!.flags & Flag.Last && e - i <= 4) {
      let tail = last + 1;
      while (tail < e && tokens[tail]!.flags & Flag.First && !(tokens[tail]!.flags & Flag.Ambiguous)) tail++;
      if (tail === e) last = e - 1;
    }
    // `AF KLINTEBERG GUNNEL`, `af Klinteberg Gunnel`: the particle before a family name written first is the name's.
    // `Gustav Adolfs Gästgivaregård`: a given name in the genitive before a word with a surname's ending names a place.
    if (!family && possessiveBeforeSuffix(text, tokens, i, last, rules)) {
      i = last + 1;
      continue;
    }
    const start = family ? particleBeforeFamily(text, tokens, k, i) : tokens[i]!.start;
    const end = tokens[last]!.end;
    const strength = pairStrength(tokens, i, last);
    const reason = family ? `gazetteer:last+first${tokens[i]!.flags & Flag.Caps ? ':caps' : ''}` : strength.reason;
    let { confidence } = strength;
    // A lower-case particle inside (`Signe af Rosenborg`) vouches for a surname even after an ambiguous first name.
    if (confidence === undefined && !reason.endsWith(':caps') && hasParticleGap(text, tokens, i, last)) confidence = 'medium';
    const context = contextAt(text, start, end, rules, slot);
    let result: Confidence | undefined = confidence;
    let reasons = context.reasons;
    if (result === undefined && (context.strong || (context.weak && (!reason.endsWith(':caps') || isVouchedCapitalsAfterWord(tokens, i, last, context.reasons))))) result = 'medium';
    else if (result !== undefined && (context.strong || context.weak)) result = raise(result);
    else if (result === undefined && (reason.endsWith(':caps') ? isCapitalsPairInSentence(text, tokens, i, last, k, e) : isListedPairMidSentence(text, tokens, i, last, k, e, found.at(-1)?.end))) {
      result = 'low';
      reasons = [...reasons, 'mid-sentence'];
    }
    // `R. Tesfaye Gebremedhin`: an initial that starts the run is the name's first.
    const from = i === k + 1 && tokens[k]!.flags & Flag.Initial && gapKind(text, tokens[k]!.end, start) === GAP_SPACE ? tokens[k]!.start : start;
    if (result !== undefined && !rejectedByNeighbours(text, end, from)) {
      found.push({ start: from, end, normalized: normalizedSpan(text, from, end), confidence: result, reasons: [reason, ...reasons] });
      any = true;
    }
    i = last + 1;
  }
  if (!any && !unknownFirstName(text, tokens, k, e, rules, slot, found) && !initialAndSurname(text, tokens, k, e, rules, slot, found) && !givenNamePair(text, tokens, k, e, rules, slot, found)) {
    shapeName(text, tokens, k, e, rules, slot, found);
  }
}

/**
 * `barnbarnet Gunvor Tewelde`, `min son Oliver Bennett`: two listed given names and nothing else, after a title, a
 * relation or a name label without its colon: `medium`. Eritrean, Ethiopian and Somali family names are the
 * father's given name, and many English surnames are given names too. Elsewhere such a pair is a double given name
 * (`María José`), a church or a street (`Adolf Fredrik`, `Karl Johan`) or a cartoon (`Kalle Anka`) as often as a
 * person: mid-sentence it cost the blind sets more false positives than it found names. After a label or in a name
 * column shapeName reads it.
 */
function givenNamePair(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined, found: Found[]): boolean {
  if (slot !== undefined || e - k !== 2) return false;
  const first = tokens[k]!;
  const second = tokens[k + 1]!;
  const other = Flag.Last | Flag.Suffix | Flag.Ambiguous | Flag.Caps | Flag.Particle | Flag.Initial;
  if ((first.flags & (Flag.First | other)) !== Flag.First || (second.flags & (Flag.First | other)) !== Flag.First) return false;
  if (gapKind(text, first.end, second.start) !== GAP_SPACE || rejectedByNeighbours(text, second.end, first.start)) return false;
  const context = contextAt(text, first.start, second.end, rules, slot);
  if (context.strong) return false; // shapeName reads it, as any pair after a label
  // A greeting names someone by given names as often as not (`Hi María José,`).
  if (!context.weak || context.reasons.includes('greeting')) return false;
  found.push({ start: first.start, end: second.end, normalized: normalizedSpan(text, first.start, second.end), confidence: 'medium', reasons: ['gazetteer:first+first', ...context.reasons] });
  return true;
}

/**
 * `A. Blomqvist ringer från makens telefon`: an initial and a listed surname that is no everyday word, the whole
 * run, in running text. In a slot (a name column, `Kund:`) shapeName reads any initial + surname.
 */
function initialAndSurname(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined, found: Found[]): boolean {
  if (slot !== undefined || e - k < 2 || e - k > 3) return false;
  const initial = tokens[k]!;
  const surname = tokens[k + 1]!;
  // The surname may be a given name too (`R. Kidane`), as Eritrean and Somali family names often are; not only one.
  if (!(initial.flags & Flag.Initial) || (surname.flags & (Flag.Last | Flag.Ambiguous | Flag.Caps | Flag.Particle)) !== Flag.Last) return false;
  // `K. de Geer`: a particle between; `G. Marić Jurić`: a second family name, listed or with a surname's ending.
  if (gapKind(text, initial.end, surname.start) > GAP_PARTICLE) return false;
  const second = e - k === 3 ? tokens[k + 2]! : undefined;
  if (second !== undefined && (!(second.flags & (Flag.Last | Flag.Suffix)) || second.flags & (Flag.First | Flag.Ambiguous | Flag.Caps) || gapKind(text, surname.end, second.start) !== GAP_SPACE)) return false;
  const end = (second ?? surname).end;
  if (rejectedByNeighbours(text, end, initial.start)) return false;
  found.push(twoWordName(text, initial.start, end, 'gazetteer:initial+last', rules, slot));
  return true;
}

const NAME_OR_STOP = NAME_WORD | Flag.Stop | Flag.Technical | Flag.Caps | Flag.Particle | Flag.Initial | Flag.Ambiguous;

/** A word no list knows, that could be a name: three letters or more, not shouting, not an identifier. */
function isUnknownWord(token: Token): boolean {
  return (token.flags & NAME_OR_STOP) === 0 && token.end - token.start >= 3;
}

/** A word in capitals no list knows, then a call verb (`TAVAKOLI` of `BEHNAZ TAVAKOLI ringde`). */
function isUnknownCapitalsBeforeCallVerb(text: string, token: Token): boolean {
  return (token.flags & NAME_OR_STOP) === Flag.Caps && token.end - token.start >= 3 && callVerbAfter(text, token.end);
}

/**
 * `Zhao Xiuying`, `Trần Thị Lan`, `Claesson Sara`: the rest of the run is a listed family name that is no given
 * name, then one or two listed given names, the last no everyday word (a middle one may be: Vietnamese `Thị`,
 * `Văn`; in a slot that holds a name, the last may be too: `Bùi Thị Mai` in a name column). Chinese and Vietnamese
 * names are written so, and registers and calendars write Swedish ones so without the comma. Old registers write
 * them in capitals (`SVENSSON ANNA`): every word then, and the pair counts as capitals (a label must vouch for it).
 */
function familyFirst(tokens: readonly Token[], i: number, e: number, inSlot: boolean): boolean {
  if (e - i < 2 || e - i > 3 || (tokens[i]!.flags & (Flag.Last | Flag.First | Flag.Ambiguous | Flag.Initial)) !== Flag.Last) return false;
  const caps = tokens[i]!.flags & Flag.Caps;
  for (let t = i + 1; t < e; t++) {
    const f = tokens[t]!.flags;
    if (!(f & Flag.First) || f & (Flag.Particle | Flag.Initial) || (f & Flag.Caps) !== caps || (t === e - 1 && !inSlot && f & Flag.Ambiguous)) return false;
  }
  return true;
}

/** A word before the last of `tokens[i, last]` is a listed given name with a genitive `s`, and the last is no listed surname. */
function possessiveBeforeSuffix(text: string, tokens: readonly Token[], i: number, last: number, rules: RuleSet): boolean {
  if (last - i < 2 || (tokens[last]!.flags & (Flag.Suffix | Flag.Last)) !== Flag.Suffix) return false;
  for (let t = i + 1; t < last; t++) {
    const { start, end } = tokens[t]!;
    if (end - start > 3 && text.charCodeAt(end - 1) === 115 && rules.names.first.has(text.slice(start, end - 1).toLowerCase())) return true;
  }
  return false;
}

/** Where a family name written first at `tokens[i]` starts: at a particle the run starts with, or one in lower case before it. */
function particleBeforeFamily(text: string, tokens: readonly Token[], k: number, i: number): number {
  if (i === k + 1 && tokens[k]!.flags & Flag.Particle && (tokens[k]!.flags & Flag.Caps) === (tokens[i]!.flags & Flag.Caps)) return tokens[k]!.start;
  const particle = lowerParticleBefore(text, tokens[i]!.start);
  return particle >= 0 ? particle : tokens[i]!.start;
}

/** `tokens[from, to)` are listed given names and nothing else. */
function givenNamesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if ((tokens[t]!.flags & (Flag.First | Flag.Last | Flag.Particle | Flag.Caps)) !== Flag.First) return false;
  return true;
}

/**
 * A listed first name followed by a word no list knows ends the run: `Ayşe Kuoljok`, `Göran af Klercker`.
 * Everyday words are in the stop lists, so what is left after a first name is most often a surname.
 */
function unknownSurnameAfter(text: string, tokens: readonly Token[], i: number, e: number): number {
  const first = tokens[i]!;
  // `Maja De Wahl`, `Lars Van Dijk`: a particle written with a capital, then the unknown surname.
  const particle = i + 3 === e && tokens[i + 1]!.flags & Flag.Particle && !(tokens[i + 1]!.flags & Flag.Caps);
  if (i + 2 !== e && !particle) return -1;
  const surname = particle ? i + 2 : i + 1;
  const next = tokens[surname]!;
  // Capitals are headings and codes as often; a call verb after them says a person (`BEHNAZ TAVAKOLI ringde`).
  if (first.flags & Flag.Caps ? !isUnknownCapitalsBeforeCallVerb(text, next) : !isUnknownWord(next)) return -1;
  // `Signe af Rosenborg`: a particle vouches for the surname even after an ambiguous first name.
  return particle || !(first.flags & Flag.Ambiguous) || gapKind(text, first.end, next.start) === GAP_PARTICLE ? surname : -1;
}

const DISPLAYED_ADDRESS = /^["']?[ \t]*<([^<>\s@]{1,64}@[^<>\s]{1,253})>/;

/** The address a display name ending at `end` stands for is a role mailbox. */
function displaysRoleMailbox(text: string, end: number, rules: RuleSet): boolean {
  const address = DISPLAYED_ADDRESS.exec(text.slice(end, end + 330));
  return address !== null && isRoleMailbox(address[1]!.toLowerCase(), rules.names);
}

/** Swedish compounds naming a holder, an owner or a party by role (`Nyckelhållare`, `Fastighetsägare`, `Försäkringstagare`). */
const ROLE_NOUN_END = /(?:hållare|havare|ägare|tagare|givare|sökande|ansvarig)$/u;

/** Role words written before a person's surname in notes and registers. */
const ROLE_WORDS: ReadonlySet<string> = new Set(['kund', 'kunden', 'gäst', 'hyresgäst', 'patient', 'elev', 'medlem', 'abonnent', 'användare', 'förare', 'vittne', 'anmälare', 'kontakt']);

/** A role noun (`Nyckelhållare`, `Kund`): no name list's word. */
function isRoleWord(token: Token): boolean {
  if (token.flags & (Flag.First | Flag.Last | Flag.Suffix | Flag.Particle)) return false;
  return ROLE_WORDS.has(token.lower) || ROLE_NOUN_END.test(token.lower);
}

/** An unknown word before a listed surname, the whole run: `Hiroshi Axelsson`, `Dmitrij Svensson`. */
function unknownFirstName(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined, found: Found[]): boolean {
  if (e - k !== 2) return false;
  const first = tokens[k]!;
  const surname = tokens[k + 1]!;
  if (!isUnknownWord(first) || !(surname.flags & (Flag.Last | Flag.Suffix)) || surname.flags & (Flag.Ambiguous | Flag.Caps | Flag.First)) return false;
  if (rejectedByNeighbours(text, surname.end, first.start)) return false;
  // `Nyckelhållare Nordqvist, Tomas informerad`: a holder's or owner's role noun before the surname, no given name.
  if (ROLE_NOUN_END.test(first.lower)) return false;
  found.push(twoWordName(text, first.start, surname.end, surname.flags & Flag.Last ? 'gazetteer:unknown+last' : 'gazetteer:unknown+suffix', rules, slot));
  return true;
}

/** A two-word name read from the lists with one word unsure: medium, high with any context. */
function twoWordName(text: string, start: number, end: number, reason: string, rules: RuleSet, slot: Slot | undefined): Found {
  const context = contextAt(text, start, end, rules, slot);
  return { start, end, normalized: normalizedSpan(text, start, end), confidence: context.strong || context.weak ? 'high' : 'medium', reasons: [reason, ...context.reasons] };
}

/**
 * A run with no listed first name + surname pair: still a name when the place says so (`Namn: Ngozi Okonkwo`,
 * a signature line, a display name, a name column), or a lone listed surname after a title (`Herr Svensson`).
 */
function shapeName(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined, found: Found[]): void {
  const count = e - k;
  const first = tokens[k]!;
  const lastToken = tokens[e - 1]!;
  if (count === 1) return; // a single word names nobody on its own
  if (count > 4 || first.flags & Flag.Particle || lastToken.flags & (Flag.Particle | Flag.Initial)) return;
  // `A. Kaya`, `D. Pemberton`: an initial and a surname only in a slot that holds a name (a name column, `Kund:`).
  if (first.flags & Flag.Initial && (count !== 2 || lastToken.flags & Flag.Caps)) return;
  let caps = 0;
  for (let t = k; t < e; t++) if (tokens[t]!.flags & Flag.Caps) caps++;
  const listed = tokens.slice(k, e).some((t) => t.flags & NAME_WORD);
  // All caps is a heading or a code more often than a name; in a name column (`KENT AF KLERCKER`, `ÁILE
  // AXELSSON`) it is a name written in capitals when one of its words is a listed name.
  // A name column's cell of two or three words in capitals is a name even when no list knows the words (`GHIDEY
  // ZERAY` under `Mottagare`): a column holds no headings.
  // After a name label too (`Till: FIONA FAIRWEATHER` on a waybill), when a list knows one of its two or three words
  // and none is an everyday word (`Kund: BERG ERIK` stays out). The words are looked at before the context is read.
  const capsOutsideSlot = caps === count && !(slot && (listed || (count <= 3 && slot.reason.startsWith('column:'))));
  if (capsOutsideSlot && !(listed && count <= 3 && noEverydayWord(tokens, k, e))) return;
  const context = contextAt(text, first.start, lastToken.end, rules, slot);
  if (capsOutsideSlot && !context.reasons.some(isLabelReason)) return;
  if (!context.strong || rejectedByNeighbours(text, lastToken.end, first.start)) return;
  // A number after the words vouches for listed names (`REZAEI, OMID 076-…`), not for any two capitalised words
  // (`Trafikskolan Bromsljuset 08-…`, `Dnr MBN 2024-…`).
  if (context.reasons.length === 1 && context.reasons[0] === 'number-after') return;
  // `Kund: A. Kaya`, and a signature line that is an initial and a surname (`Mvh\nK. Grönwall`, `/K. Grönwall`).
  if (first.flags & Flag.Initial && !slot && !context.reasons.some((reason) => reason.startsWith('label:') || reason === 'signoff')) return;
  // `"Fjällnet Röstbrevlåda" <voicemail@…>`, `Ekholm & Wästberg Intake <intake@…>`: words no pair of names makes,
  // shown for a role mailbox, name a function.
  if (context.reasons.includes('display-name') && displaysRoleMailbox(text, lastToken.end, rules)) return;
  // The name must fill the slot: the rest of the line holds no more words (`Namn: Ny Kund Idag` is a heading). A
  // sentence goes on after an introduction (`this is Oliver Bennett, we are moving`) when the lists vouch for a word.
  const rest = text.slice(lastToken.end, text.indexOf('\n', lastToken.end) >>> 0);
  const goesOn = context.reasons.includes('display-name') || (context.reasons.includes('introduction') && tokens.slice(k, e).some((t) => (t.flags & (NAME_WORD | Flag.Ambiguous)) & NAME_WORD && !(t.flags & Flag.Ambiguous)));
  if (/^[\s,.;:]*\p{Ll}/u.test(rest) && !goesOn && !CONTACT_AFTER.test(rest)) return;
  // `Artikelnummer ART-29961` on the line under `Tack på förhand!`: the last word is the head of a code.
  if (/^-?\d/.test(rest)) return;
  found.push({
    start: first.start,
    end: lastToken.end,
    normalized: normalizedSpan(text, first.start, lastToken.end),
    confidence: 'medium',
    reasons: [listed ? 'shape:partly-listed' : 'shape', ...context.reasons],
  });
}

/**
 * `Inringare: Eden Fisehaye tel 076-465 52 91`, `Kund: Anna Berg, mobil +46…`, `Kontakt: Ali Nur e-post ali@…`: the
 * person's own number or address after the words ends the name's slot as the line's end does.
 */
const CONTACT_AFTER = /^[\s,]*(?:(?:tel|tfn|telefon|mobil|mob|mobilnr|nr|pnr|personnr|ssn)\.?:?[ \t]*[+(\d]|(?:e-post|epost|mejl|mail|email)\.?:?[ \t]*[^\s@]+@)/iu;

/**
 * `BLOMBERG Katarina`, `AL-ZUBAIDI Zainab`, `DE LA FUENTE Ximena`: the family name in capitals, then the given names
 * capitalised, as passports, visas and the translations of certificates print a person. One to three words in
 * capitals (a particle among them), then one or two listed given names; read after a label or in a name column, or
 * where the lists know the family name (not as an everyday word) and the given names (`NYHET Anna` is neither).
 */
function capitalsFamilyFirst(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined): Found | undefined {
  if (e - k < 2 || e - k > 5 || !(tokens[k]!.flags & Flag.Caps)) return undefined;
  let f = k;
  while (f < e && tokens[f]!.flags & Flag.Caps) f++;
  if (f - k > 3 || e - f < 1 || e - f > 2) return undefined;
  let listedFamily = false;
  for (let t = k; t < f; t++) {
    const flags = tokens[t]!.flags;
    if (flags & Flag.Last && !(flags & Flag.Ambiguous)) listedFamily = true;
    // A given name is a family name too (`HASSO Rezan`, `ALI Deeqa`), and so is a word no list knows (`FUENTE`); a
    // stop word, an identifier or a lone capital is none.
    else if (!(flags & (NAME_WORD | Flag.Particle)) && (flags & (Flag.Stop | Flag.Technical | Flag.Initial | Flag.Ambiguous) || tokens[t]!.end - tokens[t]!.start < 3)) return undefined;
  }
  if (tokens[f - 1]!.flags & Flag.Particle && !(tokens[f - 1]!.flags & Flag.Last)) return undefined;
  let strongGiven = true;
  for (let t = f; t < e; t++) {
    const flags = tokens[t]!.flags;
    if (!(flags & Flag.First) || flags & Flag.Initial) return undefined;
    if (flags & Flag.Ambiguous) strongGiven = false;
  }
  const start = tokens[k]!.start;
  const end = tokens[e - 1]!.end;
  const context = contextAt(text, start, end, rules, slot);
  if (!context.strong && !(listedFamily && strongGiven)) return undefined;
  if (rejectedByNeighbours(text, end, start)) return undefined;
  const family = wordsOf(text.slice(start, tokens[f - 1]!.end));
  const given = wordsOf(text.slice(tokens[f]!.start, end));
  return { start, end, normalized: normalizeName([...given, ...family]), confidence: context.strong ? 'high' : 'medium', reasons: ['gazetteer:last+first:caps-family', ...context.reasons] };
}

/** No word of `tokens[k, e)` is an everyday word too (`BERG ERIK` has one). */
function noEverydayWord(tokens: readonly Token[], k: number, e: number): boolean {
  for (let t = k; t < e; t++) if (tokens[t]!.flags & Flag.Ambiguous) return false;
  return true;
}

/** A label, or a register record's personnummer right before the name: both say what the words are. */
function isLabelReason(reason: string): boolean {
  return reason.startsWith('label:') || reason === 'personnummer-before';
}

const GREETED = /(?:^|[^\p{L}])(?:hej|hejsan|hallå|hi|hello|hey|dear|kära|tjena|tja)[ \u00a0]+$/iu;

/** `Svensson, Anna` / `af Klinteberg, Anna-Karin`: surname run, comma, first-name run that ends there. */
function invertedName(text: string, tokens: readonly Token[], k: number, e: number, rules: RuleSet, slot: Slot | undefined): { found: Found; next: number } | undefined {
  if (e - k > 3 || e >= tokens.length) return undefined;
  if (gapKind(text, tokens[e - 1]!.end, tokens[e]!.start) !== GAP_COMMA) return undefined;
  // `von Knorring, Elin`, `af Klercker, Fatima`: a lower-case particle before the surname vouches for it.
  const particleAt = e - k === 1 ? lowerParticleBefore(text, tokens[k]!.start) : -1;
  let listedLast = particleAt >= 0;
  // A listed surname, everyday word or not (`EK, KERSTIN`).
  let knownLast = listedLast;
  // `Sökande: Pemberton, Daniel`: one surname no list knows, read only where a label or a name column says a name.
  let unknownSurname = false;
  // `Ringde: JAKOBSSON, JAN`: all in capitals, as old registers write it, only where a label or a column says a name.
  const caps = (tokens[k]!.flags & Flag.Caps) !== 0;
  for (let t = k; t < e; t++) {
    const f = tokens[t]!.flags;
    if ((f & Flag.Caps) !== 0 !== caps) return undefined;
    if (!(f & (Flag.Last | Flag.Suffix | Flag.Particle)) && !(particleAt >= 0 && isUnknownWord(tokens[t]!))) {
      if (e - k !== 1 || !isUnknownWord(tokens[t]!)) return undefined;
      unknownSurname = true;
    }
    if (f & Flag.First && !(f & Flag.Last)) return undefined;
    if (f & Flag.Last) knownLast = true;
    if (f & Flag.Last && !(f & Flag.Ambiguous)) listedLast = true;
    if (f & Flag.Suffix) listedLast = true;
  }
  let f2 = e + 1;
  while (f2 < tokens.length && !(tokens[f2]!.flags & BREAKS) && gapKind(text, tokens[f2 - 1]!.end, tokens[f2]!.start) <= GAP_PARTICLE) f2++;
  // A printed table's row (`A51201 MOHAMUD, ASAD Domare`, `23.06.2026 Strand, Barbro Sjukvård`): the next column's
  // word follows the given name. There the given names end before the first word that is not a listed given name
  // in the same case.
  const rowStart = particleAt < 0 && startsRowAfterKey(text, tokens[k]!.start);
  if (rowStart) {
    let cut = e + 1;
    while (cut < f2 && tokens[cut]!.flags & Flag.First && (tokens[cut]!.flags & Flag.Caps) !== 0 === caps) cut++;
    f2 = cut;
  }
  if (f2 - e > 2) return undefined;
  let strongFirst = false;
  let listedFirst = true;
  for (let t = e; t < f2; t++) {
    const f = tokens[t]!.flags;
    const unknown = isUnknownWord(tokens[t]!);
    if ((!(f & Flag.First) && !unknown) || f & BREAKS || (f & Flag.Caps) !== 0 !== caps) return undefined;
    if (!(f & Flag.Ambiguous)) strongFirst = true; // an unknown given name after `Surname, ` counts too
    if (unknown) listedFirst = false;
  }
  const start = particleAt >= 0 ? particleAt : tokens[k]!.start;
  // `Hej Dragan, Betalningen hade fel OCR`: the greeted person's given name, then a new sentence.
  if (GREETED.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  const end = tokens[f2 - 1]!.end;
  // `Svensson, Anna Karlsson` is two names; `Svensson, Anna och Per` is fine: only a capitalised word continues.
  if (f2 < tokens.length && gapKind(text, end, tokens[f2]!.start) === GAP_BREAK && /^ \p{Lu}/u.test(text.slice(end, end + 2)) && !(tokens[f2]!.flags & BREAKS)) return undefined;
  const context = contextAt(text, start, end, rules, slot);
  if (unknownSurname && (!context.strong || !listedFirst || !strongFirst)) return undefined;
  // `Glamping 3 / AHLQVIST, AGNES` ending a cell or a line, as a booking system prints its guest: capitals of a
  // listed surname (`EK, KERSTIN`: an everyday word too) and a listed given name, with nothing after them.
  // A listed surname no list holds as a word too vouches for a given name that is one (`LUNDIN, SAGA  194405035413`).
  const capsListed = caps && knownLast && (strongFirst || listedLast) && listedFirst && (endsListCell(text, end) || rowStart);
  if (caps && !context.strong && !capsListed) return undefined;
  // A list's line (`Berg, Björn<tab>10013 Transport`): listed words, even everyday ones, in a list's first column.
  // So is one that ends its line after a listed surname (`Faktura till Sandström, Elsa`): no sentence goes on.
  // So is a table row's first name column, a listed surname (an everyday word too: `Strand`) and given name.
  const listLine = particleAt < 0 && listedFirst && ((endsListCell(text, end) && (listedLast || startsLine(text, start))) || (rowStart && knownLast && strongFirst));
  // `granne till Hedlund, Alva rapporterar`: a surname the lists know only as one, then a given name that is an everyday
  // word too (Alva, Sten, Vera): after `Surname, ` the word is the name. Not before a number (`Lindqvist, Maj 2024`).
  const plainGiven = listedLast && listedFirst && !caps && !startsNumber(text, end);
  if (!(listedLast && (strongFirst || plainGiven)) && !context.strong && !context.weak && !listLine && !capsListed) return undefined;
  const surname = wordsOf(text.slice(start, tokens[e - 1]!.end));
  const given = wordsOf(text.slice(tokens[e]!.start, end));
  const confidence: Confidence = listedLast && strongFirst ? (context.strong || context.weak ? 'high' : 'medium') : 'medium';
  return {
    found: { start, end, normalized: normalizeName([...given, ...surname]), confidence, reasons: ['gazetteer:last,first', ...context.reasons] },
    next: f2,
  };
}

/** A number (a date's day or year, an amount) starts after blanks at `at`. */
function startsNumber(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/**
 * Between the line's start and `at` one key with a digit in it, then blanks: a row's id or date (`A51201 `,
 * `23.06.2026 `, `#4412 `). (A line that starts with the name may be a heading or a sentence: see invertedName.)
 */
function startsRowAfterKey(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0 || text.charCodeAt(i) === 10 || i === at - 1) return false;
  let digits = 0;
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) break;
    if (isDigitCode(code)) digits++;
    else if (!isRowKeyCode(code)) return false;
  }
  return digits > 0;
}

/** `A-Z`, `a-z`, `.`, `-`, `/`, `:`, `#`: what else an id or a date is written with. */
function isRowKeyCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 45 || code === 47 || code === 58 || code === 35;
}

/** Only blanks between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * The line ends at `at`, or a list's next column starts there: a tab, a delimited line's `;` or `|` (an access
 * system's log: `…;kort=3917778156;KINGSLEY, SIOBHAN;BEVILJAD`), or blanks and a number.
 */
function endsListCell(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === text.length) return true;
  const code = text.charCodeAt(i);
  return code === 10 || code === 13 || code === 9 || code === 59 || code === 124 || (i > at && code >= 48 && code <= 57);
}

/** Start of a lower-case particle and one space right before `at` (`von ` of `von Knorring`), or -1. */
function lowerParticleBefore(text: string, at: number): number {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return -1;
  let start = at - 1;
  while (start > 0 && start > at - 6 && text.charCodeAt(start - 1) >= 97 && text.charCodeAt(start - 1) <= 122) start--;
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) return -1;
  return LOWER_PARTICLES.has(text.slice(start, at - 1)) ? start : -1;
}

export type { Found };
export function toMatch(text: string, found: Found): Match {
  return { start: found.start, end: found.end, value: text.slice(found.start, found.end), normalized: found.normalized, confidence: found.confidence, reasons: found.reasons };
}
