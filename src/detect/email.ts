import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDigitCode, lineStartWithin } from './context.js';
import { normalizeColumn } from './rules/load.js';
import type { RuleSet } from './rules/types.js';
import type { DetectContext, Detector, Match } from './types.js';

/**
 * E-mail addresses: local@domain.tld, also inside `mailto:` links and `"Name" <address>` forms, with
 * plus-addressing, upper case and internationalised (Unicode) domains and local parts. Candidates are found from
 * each `@` and grown left and right, so text without `@` costs one indexOf.
 *
 * Not reported: file names (`logo@2x.png`), Outlook content ids (`image001.png@01D9…`), Message-ID-like values in
 * Message-ID / References / In-Reply-To / Content-ID fields or header lines, and calendar event ids (`UID:` lines of
 * an .ics invitation), long hexadecimal machine ids, and
 * URL credentials (`https://user:pw@host`).
 *
 * Role addresses (support@, info@, noreply@, kundtjanst@ …) are not reported: they reach a function, not a natural
 * person, so like organisationsnummer and loopback addresses they are not personal data; reporting them buried the
 * customers' own addresses in the inventory and failed CI gates on every signature.
 */

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const ROLE_LOCALS = new Set([
  'admin', 'administrator', 'abuse', 'alerts', 'billing', 'bokning', 'booking', 'bounce', 'bounces', 'butik', 'careers',
  'contact', 'customerservice', 'customersupport', 'dataskydd', 'donotreply', 'dpo', 'ekonomi', 'enquiries', 'faktura',
  'fakturor', 'feedback', 'försäljning', 'gdpr', 'hello', 'help', 'helpdesk', 'hostmaster', 'hr', 'info', 'inquiries',
  'invoice', 'invoices', 'it', 'itsupport', 'jobb', 'jobs', 'kansli', 'kontakt', 'kundservice', 'kundtjanst', 'kundtjänst',
  'mailerdaemon', 'marketing', 'marknad', 'media', 'newsletter', 'noreply', 'notification', 'notifications', 'nyhetsbrev',
  'office', 'order', 'orders', 'post', 'postmaster', 'press', 'privacy', 'reception', 'registrator', 'retur', 'returns',
  'sales', 'salj', 'security', 'service', 'shop', 'support', 'team', 'webmaster',
  'avtal', 'drift', 'felanmalan', 'inkasso', 'kommunikation', 'kredit', 'kundcenter', 'kundsupport', 'lon', 'medlem',
  'medlemsservice', 'redovisning', 'reklamation', 'reklamationer', 'rekrytering', 'returer', 'sakerhet', 'säkerhet',
  'utbildning', 'vaxel', 'växel', 'webbformular', 'webform', 'formular', 'kontaktformular', 'servicedesk', 'analys',
  'flytt', 'wordpress', 'operator', 'guestrelations', 'guestservice', 'guestservices', 'frontdesk', 'concierge',
  'reservations', 'bokningar', 'mottagning', 'mottagningen', 'expedition', 'expeditionen',
  // The functions of municipalities, insurers, landlords, telecom operators, clinics and shops.
  'kontaktcenter', 'kommun', 'kommunen', 'stadsbyggnad', 'bygglov', 'miljo', 'socialtjanst', 'skola', 'forskola', 'arkiv',
  'diarium', 'skador', 'skada', 'skadeanmalan', 'forsakring', 'uthyrning', 'bostad', 'bostader', 'hyresgast', 'fastighet',
  'forvaltning', 'portering', 'foretag', 'företag', 'privatkund', 'foretagskund', 'tandvard', 'klinik',
  'tidbok', 'tidsbokning', 'kassa', 'lager', 'frakt', 'betalning', 'betalningar', 'kundreskontra', 'energi', 'elnat',
  'verkstad', 'expedition', 'kyrkoexpedition', 'pastorsexpedition', 'skolexpedition', 'grupp', 'gruppresor', 'dodsbo',
  'elevhalsan', 'hittegods', 'inkop', 'inköp', 'kansliet', 'personal', 'bibliotek', 'biblioteket', 'lonekontoret',
  // An association's or a parish's officers and groups.
  'styrelsen', 'styrelse', 'ordforande', 'kassor', 'sekreterare', 'valberedning', 'valberedningen', 'volontarer', 'transport',
  'webb', 'diakoni', 'insamling', 'medlemsregister',
  // A utility's, a transport company's and an operator's desks.
  'ersattning', 'ersättning', 'bedrageri', 'bedrägeri', 'fraud', 'parkering', 'hittegods', 'felanmalan', 'avbrott',
  'eskalering', 'escalation', 'voicemail', 'rostbrevlada', 'röstbrevlåda',
  // An airline's, a university's, a funeral home's, a staffing agency's, a car rental's and a marketplace's desks.
  'kundrelationer', 'customerrelations', 'trafik', 'bagage', 'baggage', 'refunds', 'refund', 'aterbetalning', 'klagomal',
  'overklagan', 'overklagande', 'appeals', 'studievagledning', 'antagning', 'admissions', 'ladok', 'begravning', 'ceremoni',
  'bemanning', 'konsult', 'konsulter', 'tidrapport', 'tidrapportering', 'hyrbil', 'prenumeration', 'prenumerationer',
  'abonnemang', 'moderering', 'moderator', 'trustandsafety', 'tvist', 'tvister', 'annonser',
  // A payment provider's disputes, a pension company's survivors' desk, a sports club's cup.
  'disputes', 'dispute', 'chargeback', 'chargebacks', 'efterlevande', 'cup', 'cupen',
  // Abuse desks' feedback loops, a law firm's intake, a court, a transport service's dispatch.
  'arf', 'fbl', 'intake', 'tingsratt', 'tingsrätt', 'hovratt', 'domstol', 'trafikledning',
  // A debt collector's disputes, a library's loans, an estate agent's viewings, a pharmacy's and a bank's branches.
  'bestridande', 'bestridanden', 'invandning', 'fjarrlan', 'fjärrlån', 'visning', 'visningar', 'filial',
  'kontor', 'apotek', 'recept', 'djurklinik', 'journal', 'trafikskola', 'korskola', 'hemtjanst', 'larm', 'trygghetslarm',
]);

/**
 * Words that only make a role address when every word of the local part is one (`api-integration`, `crm-admin`,
 * `kundservice-utbildning`, `do-not-reply`): a person's name among them (`support.anna`) makes a personal address.
 */
const ROLE_PARTS = new Set([...ROLE_LOCALS, 'api', 'integration', 'integrations', 'crm', 'erp', 'system', 'test', 'dev', 'ops', 'no', 'not', 'do', 'reply', 'kund', 'kunder', 'customer', 'customers', 'mail', 'e', 'noc', 'soc', 'bestallning', 'leverans', 'logistik', 'lager', 'web', 'webb', 'app', 'rapport', 'sync', 'privat', 'salesforce', 'puzzel', 'intercom', 'zendesk', 'hubspot', 'servicenow', 'jira', 'teams', 'sharepoint', 'lime']);
const LONGEST_ROLE_PART = Math.max(...[...ROLE_PARTS].map((part) => part.length));

/** Top-level "domains" that are really file extensions (`logo@2x.png`, `scan@home.pdf`). */
const FILE_EXTENSIONS = packedExtensions([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'svg', 'webp', 'ico', 'tif', 'tiff', 'heic', 'pdf', 'doc', 'docx', 'xls', 'xlsx',
  'ppt', 'pptx', 'txt', 'csv', 'json', 'xml', 'html', 'htm', 'css', 'js', 'ts', 'eml', 'msg', 'mp3', 'mp4', 'wav', 'zip',
]);

const LONGEST_ROLE_LOCAL = Math.max(...[...ROLE_LOCALS].map((local) => local.length));
const FILE_LOCAL_EXTENSIONS = packedExtensions(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'svg', 'webp', 'ico', 'tif', 'tiff', 'pdf', 'doc', 'docx', 'xls', 'xlsx']);
const HEX_ID = /^[0-9a-f._-]{16,}$/i;
const MESSAGE_ID_FIELDS = new Set(['messageid', 'references', 'inreplyto', 'contentid', 'resentmessageid', 'xmsexchangeparentmessageid']);
const MESSAGE_ID_LINE = /^\s*(?:message-id|references|in-reply-to|content-id|resent-message-id|uid|x-ms-olk-[\w-]*uid)\s*:/i;
const MESSAGE_ID_KEY = /(?:message[-_]?id|msgid)[=:]\s?<$/i;
const FOLDED_ID_LINE = /^[ \t]+(?:<[^<>\s]+>\s*)*<$/;
const NON_ASCII_LETTER = /\p{L}|\p{M}|\p{N}/u;

const LOCAL = 1;
const DOMAIN = 2;
/** Character classes of ASCII codes: one table load per character while an address is grown from its `@`. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (alnum || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39) ASCII_CLASS[code] = ASCII_CLASS[code]! | LOCAL;
  if (alnum || code === 45 || code === 46) ASCII_CLASS[code] = ASCII_CLASS[code]! | DOMAIN;
}

function isUnicodeLetter(code: number): boolean {
  return code >= 128 && NON_ASCII_LETTER.test(String.fromCharCode(code));
}

/** `A-Z a-z 0-9 . _ % + - '` and letters of any script. Rarer RFC 5322 specials are left out: in prose they are punctuation. */
function isLocalCode(code: number): boolean {
  return code < 128 ? (ASCII_CLASS[code]! & LOCAL) !== 0 : isUnicodeLetter(code);
}

function isDomainCode(code: number): boolean {
  return code < 128 ? (ASCII_CLASS[code]! & DOMAIN) !== 0 : isUnicodeLetter(code);
}

/**
 * Labels of 1–63 characters without a leading or trailing dash, at least two of them, and a top-level label
 * that is a real TLD: letters only (two or more) or punycode, and not a file extension. One pass over
 * `text[from, to)`: this runs on every candidate, and slices, split() and regexes cost more than the rest of it.
 */
function validDomain(text: string, from: number, to: number): boolean {
  if (to - from > MAX_DOMAIN) return false;
  let labelStart = from;
  let labels = 0;
  let tldStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 46 /* . */) continue;
    const labelLength = i - labelStart;
    if (labelLength === 0 || labelLength > 63) return false;
    if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
    if (labels === 0 && isRetinaSuffix(text, labelStart, i)) return false; // icon@2x.png, logo@3x.gif
    labels++;
    tldStart = labelStart;
    labelStart = i + 1;
  }
  if (labels < 2) return false;
  const tldLength = to - tldStart;
  if (tldLength > 4 && startsWithPunycode(text, tldStart)) return true;
  if (tldLength < 2) return false;
  for (let i = tldStart; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 95 || code === 45) return false;
  }
  return tldLength > 4 || !FILE_EXTENSIONS.has(packedLowerAscii(text, tldStart, to));
}

/**
 * Up to four characters, lower-cased, packed into one number: file extensions are compared without a slice or
 * a lower-cased copy per address. Non-ASCII characters give -1, which no extension has.
 */
function packedLowerAscii(text: string, from: number, to: number): number {
  let packed = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return -1;
    packed = packed * 128 + (code >= 65 && code <= 90 ? code + 32 : code);
  }
  return packed;
}

function packedExtensions(extensions: readonly string[]): Set<number> {
  return new Set(extensions.map((extension) => packedLowerAscii(extension, 0, extension.length)));
}

/** `2x`, `3x`, `10x`: digits then `x`, the whole first label. */
function isRetinaSuffix(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 120 /* x */) return false;
  for (let i = start; i < end - 1; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

function startsWithPunycode(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 32) === 120 && (text.charCodeAt(at + 1) | 32) === 110 && text.charCodeAt(at + 2) === 45 && text.charCodeAt(at + 3) === 45;
}

function isAsciiRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Long hexadecimal ids (Message-ID left parts, tracking ids) are generated by software, not chosen by people. */
function isMachineId(text: string, from: number, to: number): boolean {
  if (to - from < 16) return false;
  const local = text.slice(from, to);
  if (!HEX_ID.test(local)) return false;
  let digits = 0;
  for (let i = 0; i < local.length; i++) if (local.charCodeAt(i) >= 48 && local.charCodeAt(i) <= 57) digits++;
  return digits >= 4;
}

/** The local part `text[from, to)`: not empty, no leading `..` or trailing dot, not a file name (`scan.pdf@host`). */
function validLocal(text: string, from: number, to: number): boolean {
  if (to === from || text.charCodeAt(to - 1) === 46) return false;
  let lastDot = -1;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 46) continue;
    if (i === lastDot + 1 && lastDot >= from) return false; // `..`
    lastDot = i;
  }
  // An extension is at most four characters after the last dot.
  return lastDot < 0 || lastDot < to - 5 || !FILE_LOCAL_EXTENSIONS.has(packedLowerAscii(text, lastDot + 1, to));
}

/** A role mailbox (`support@`, `voicemail@`, `uppsala@stahllind.se`): no person's. `address` lower case. */
export function isRoleMailbox(address: string, names: RuleSet['names']): boolean {
  return isRoleAddress(address, names);
}

/** The local part as role lists write it: lower case, before any `+tag`, without `.`, `_` and `-`. */
function isRoleAddress(normalized: string, names: RuleSet['names']): boolean {
  return isRoleWordsJoined(normalized) || isRoleLocal(normalized) || isNamedForNoPerson(normalized, names);
}

/**
 * Compound role words end so (`diakonifonden`, `skolexpeditionen`, `kundcentralen`, `elevhalsan`): no one's name does.
 */
const ROLE_SUFFIXES = [
  'expedition', 'expeditionen', 'kansliet', 'kontoret', 'centralen', 'center', 'centret', 'fonden', 'stiftelsen', 'mottagning',
  'mottagningen', 'registrator', 'registratur', 'service', 'support', 'tjanst', 'tjansten', 'gruppen', 'enheten', 'avdelningen',
  'redaktionen', 'namnden', 'forvaltningen', 'halsan', 'cirkel', 'cirkeln', 'foreningen', 'forbundet', 'klubben', 'sektionen',
  'info', 'tillstand', 'tillstånd',
];
/** Free mail services: there a mailbox of any name (`sol@`, `tiger@`) is someone's own. */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'outlook.se', 'live.se', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.se', 'icloud.com', 'me.com', 'mac.com', 'telia.com', 'bredband.net', 'spray.se', 'passagen.se',
  'comhem.se', 'tele2.se', 'bahnhof.se', 'protonmail.com', 'proton.me', 'aol.com', 'mail.com', 'gmx.com', 'gmx.de',
  'yandex.com', 'zoho.com', 'glocalnet.net', 'home.se', 'swipnet.se', 'tiscali.se', 'live.dk', 'live.no', 'online.no',
]);
/** Longer local parts are people's (`anna.svensson`) or machines': the checks below are for names of things. */
const LONGEST_NAMED_LOCAL = 32;

/**
 * A mailbox named for something other than a person, at an organisation's domain: a town or a word
 * (`uppsala@stahllind.se`, `bokcirkel@`), the organisation itself (`imy@imy.se`), a place or unit and its function
 * (`ekbacken.expedition@`, `elevhalsan.ekbacken@`). A part that is a given name or a surname makes it a person's
 * (`anna.kundtjanst@`, `sten@`).
 */
function isNamedForNoPerson(normalized: string, names: RuleSet['names']): boolean {
  const at = normalized.indexOf('@');
  if (at < 1 || at > LONGEST_NAMED_LOCAL) return false;
  // At a free mail service a mailbox of any name is someone's own (most of the addresses in support exports).
  const domain = normalized.slice(at + 1);
  if (FREE_MAIL.has(domain)) return false;
  // Most others are people's too: a digit, or a first part that is a listed name, says so.
  let firstEnd = 0;
  while (firstEnd < at && !isLocalSeparator(normalized.charCodeAt(firstEnd))) {
    if (isDigitCode(normalized.charCodeAt(firstEnd))) return false;
    firstEnd++;
  }
  const first = normalized.slice(0, firstEnd);
  if (names.first.has(first) || names.last.has(first)) return false;
  const plus = normalized.indexOf('+');
  const local = normalized.slice(0, plus > 0 && plus < at ? plus : at);
  const parts = local.split(/[._-]/).filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => names.first.has(part) || names.last.has(part) || /\d/.test(part))) return false;
  if (parts.length > 1) return parts.some((part) => part.length >= 5 && (ROLE_LOCALS.has(part) || hasRoleSuffix(part)));
  const word = parts[0]!;
  if (hasRoleSuffix(word)) return true;
  // Short words are as often someone's initials (`ab@`, `sol@`): only longer ones.
  return (word.length >= 4 && names.stop.has(word)) || domain.startsWith(`${word}.`);
}

/** `.`, `_`, `-` or `+`: what separates the words of a local part (or starts its tag). */
function isLocalSeparator(code: number): boolean {
  return code === 46 || code === 95 || code === 45 || code === 43;
}

/** ROLE_SUFFIXES by their last letter: a word is compared only with the endings its own last letter can end. */
const ROLE_SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const suffix of ROLE_SUFFIXES) {
  const last = suffix.charCodeAt(suffix.length - 1);
  const list = ROLE_SUFFIXES_BY_LAST.get(last);
  if (list) list.push(suffix);
  else ROLE_SUFFIXES_BY_LAST.set(last, [suffix]);
}

function hasRoleSuffix(word: string): boolean {
  const suffixes = ROLE_SUFFIXES_BY_LAST.get(word.charCodeAt(word.length - 1));
  if (suffixes === undefined) return false;
  for (const suffix of suffixes) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true;
  return false;
}

/** Every `.`/`_`/`-` separated word of the local part is a role word; the first one decides most addresses. */
function isRoleWordsJoined(normalized: string): boolean {
  let partStart = 0;
  let parts = 0;
  for (let i = 0; ; i++) {
    const code = i < normalized.length ? normalized.charCodeAt(i) : 64;
    const end = code === 64 /* @ */ || code === 43; /* + */
    if (end || code === 46 || code === 95 || code === 45) {
      if (i > partStart) {
        if (i - partStart > LONGEST_ROLE_PART || !ROLE_PARTS.has(normalized.slice(partStart, i))) return false;
        parts++;
      }
      if (end) return parts > 1;
      partStart = i + 1;
    }
  }
}

function isRoleLocal(normalized: string): boolean {
  // Measure first: most local parts of people are longer than any role name, and need no string at all.
  let stop = 0;
  let bareLength = 0;
  for (; stop < normalized.length; stop++) {
    const code = normalized.charCodeAt(stop);
    if (code === 64 /* @ */ || code === 43 /* + */) break;
    if (code === 46 || code === 95 || code === 45) continue;
    if (++bareLength > LONGEST_ROLE_LOCAL) return false;
  }
  let bare = '';
  if (bareLength === stop) bare = normalized.slice(0, stop);
  else {
    for (let i = 0; i < stop; i++) {
      const code = normalized.charCodeAt(i);
      if (code !== 46 && code !== 95 && code !== 45) bare += normalized[i];
    }
  }
  return ROLE_LOCALS.has(bare) || ROLE_LOCALS.has(withoutCounter(bare));
}

/** `support2`, `reception12`, `mottagning_3` → the role word: desks numbered one by one are still desks. */
function withoutCounter(bare: string): string {
  let end = bare.length;
  while (end > 0 && isDigitCode(bare.charCodeAt(end - 1))) end--;
  return end === bare.length || bare.length - end > 3 || end < 2 ? '' : bare.slice(0, end);
}

/**
 * `<id@host>` on a Message-ID / References / In-Reply-To line quoted in a body or a raw header block, or on a
 * folded continuation line of References (white space, then only `<ids>`).
 */
function onMessageIdLine(text: string, start: number): boolean {
  // `postfix/cleanup[20813]: CEC39006FA: message-id=<…@…>`: a mail log's key=value.
  if (codeAt(text, start - 1) === 60 /* < */ && MESSAGE_ID_KEY.test(text.slice(Math.max(0, start - 13), start))) return true;
  const nearStart = lineStartWithin(text, start, 200);
  // Every such header name ends in a colon within the first 24 characters of the line. (Looked for there only: a
  // search on to the text's end, once per address, made a text of addresses without a colon quadratic.)
  if (hasColonWithin(text, nearStart, nearStart + 24) && MESSAGE_ID_LINE.test(text.slice(nearStart, nearStart + 24))) return true;
  if (codeAt(text, start - 1) !== 60 /* < */) return false;
  const lineStart = lineStartWithin(text, start, 1000);
  return FOLDED_ID_LINE.test(text.slice(lineStart, start));
}

function hasColonWithin(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** `scheme://user:password@host`: credentials in a URL, not a mailbox. */
function inUrlAuthority(text: string, start: number): boolean {
  const from = Math.max(0, start - 100);
  for (let i = start - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 60 || code === 34) return false;
    if (code === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return true; // ://
  }
  return false;
}

const NONE: Match[] = [];
/** The four possible reason lists, shared by every match (reasons are never modified). */
const REASONS: ReadonlyArray<readonly string[]> = [['syntax'], ['syntax', 'column:email'], ['syntax', 'mailto'], ['syntax', 'column:email', 'mailto']];

export const emailDetector: Detector = {
  id: 'email',
  category: 'email',
  description: 'E-mail addresses of people (role addresses such as support@ are not reported)',
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    let at = text.indexOf('@');
    if (at < 0) return text.indexOf('%40') < 0 ? NONE : urlEncoded(text, [], ctx.rules.names);
    const field = segment.hints?.field;
    if (field !== undefined && MESSAGE_ID_FIELDS.has(normalizeColumn(field))) return [];
    const matches: Match[] = [];
    let columnReason: boolean | null = null;
    while (at >= 0) {
      let start = at;
      while (start > 0 && at - start <= MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) start--;
      const tooLong = at - start > MAX_LOCAL;
      // Leading dots and quotes belong to the prose around the address ('anna@x.se', ...anna@x.se).
      while (start < at && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 39)) start++;
      let end = at + 1;
      while (end < text.length && end - at <= MAX_DOMAIN && isDomainCode(text.charCodeAt(end))) end++;
      // A sentence-ending dot or a dash after the address is not part of it.
      while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
      const next = text.indexOf('@', Math.max(end, at + 1));
      if (
        tooLong ||
        !validLocal(text, start, at) ||
        !validDomain(text, at + 1, end) ||
        codeAt(text, end) === 64 /* a@b@c */ ||
        codeAt(text, start - 1) === 64 ||
        isMachineId(text, start, at) ||
        onMessageIdLine(text, start) ||
        (codeAt(text, start - 1) === 58 /* : */ && inUrlAuthority(text, start))
      ) {
        at = next;
        continue;
      }
      if (columnReason === null) columnReason = columnKind(segment, ctx.rules) === 'email';
      const value = text.slice(start, end);
      const normalized = isAsciiRange(text, start, end) ? value.toLowerCase() : value.normalize('NFC').toLowerCase();
      if (isRoleAddress(normalized, ctx.rules.names)) {
        at = next;
        continue;
      }
      const mailto = codeAt(text, start - 1) === 58 && text.slice(Math.max(0, start - 7), start).toLowerCase() === 'mailto:';
      matches.push({ start, end, value, normalized, confidence: 'high', reasons: REASONS[(columnReason ? 1 : 0) + (mailto ? 2 : 0)]! });
      at = next;
    }
    return text.indexOf('%40') < 0 ? matches : urlEncoded(text, matches, ctx.rules.names);
  },
};

const URL_ENCODED_REASONS: readonly string[] = ['syntax', 'url-encoded'];

/**
 * Addresses written URL-encoded, `%40` for the `@` (`/avregistrera?email=anna.svensson%40gmail.com`), as web,
 * audit and tracking-link logs keep them. Read with the rules of written addresses; the value is the text as
 * written, the normalized form the decoded address. Added to `matches` in text order.
 */
function urlEncoded(text: string, matches: Match[], names: RuleSet['names']): Match[] {
  let added = false;
  for (let at = text.indexOf('%40'); at >= 0; at = text.indexOf('%40', at + 3)) {
    let start = at;
    while (start > 0 && at - start <= MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++;
    let end = at + 3;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainCode(text.charCodeAt(end))) end++;
    while (end > at + 3 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    // `=anna%40…`: a query parameter's value; a local part glued to a word before it is part of something else.
    if (start === at || at - start > MAX_LOCAL || !validLocal(text, start, at) || !validDomain(text, at + 3, end)) continue;
    const decoded = `${text.slice(start, at)}@${text.slice(at + 3, end)}`.toLowerCase();
    if (isRoleAddress(decoded, names)) continue;
    matches.push({ start, end, value: text.slice(start, end), normalized: decoded, confidence: 'high', reasons: URL_ENCODED_REASONS });
    added = true;
  }
  return added && matches.length > 1 ? matches.sort((a, b) => a.start - b.start) : matches;
}
