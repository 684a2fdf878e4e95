import { decodeBytes } from './encoding.js';
import { decodeCharset } from './mime/charset.js';
import { decodeQuotedPrintable } from './mime/transfer.js';
import { readWhole } from './read-chunks.js';
import type { ExtractItem, Extractor, Segment } from './types.js';
import { makeSegment } from './types.js';

/**
 * vCard (.vcf: contacts exported from a phone or Outlook, sent as mail attachments) and iCalendar (.ics: meeting
 * invitations) files. Both are lines of `NAME;PARAM=…:VALUE`, folded at 75 octets (a line break and a blank
 * continue a line), so a name or an address can be split over two physical lines; read as plain text, the fold
 * split the value and the parameters (`ATTENDEE;CN=Per Holm;RSVP=TRUE:mailto:…`) put names where no rule looks.
 *
 * Read here property by property, unfolded, each value as a field: a contact's `FN` (or its `N` parts) and an
 * attendee's or organiser's `CN` as names, `EMAIL` and `mailto:` values as addresses, `TEL` as phone numbers,
 * addresses, notes, summaries, descriptions and locations as text. vCard 2.1's quoted-printable values are decoded
 * in their charset. Event ids (`UID`), times, rules and the like are not personal data and are passed.
 */

/** These are small files; a larger one is read up to this (a calendar export of years). */
const MAX_BYTES = 64 * 1024 * 1024;

/** Properties whose value is text a person wrote or that describes a person, by the field name they get. */
const TEXT_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['FN', 'name'],
  ['NICKNAME', 'nickname'],
  ['EMAIL', 'email'],
  ['TEL', 'tel'],
  ['ADR', 'address'],
  ['LABEL', 'address'],
  ['ORG', 'organisation'],
  ['TITLE', 'title'],
  ['ROLE', 'role'],
  ['NOTE', 'note'],
  ['SUMMARY', 'summary'],
  ['DESCRIPTION', 'description'],
  ['LOCATION', 'location'],
  ['COMMENT', 'comment'],
  ['CONTACT', 'contact'],
  ['X-WR-CALNAME', 'calendar'],
]);

/** Properties that name a person by a `CN` parameter and an address as the value (`mailto:`). */
const PEOPLE = new Set(['ATTENDEE', 'ORGANIZER']);

interface Property {
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly value: string;
  /** 1-based line of its first physical line. */
  readonly line: number;
}

export const calendarCardExtractor: Extractor = {
  id: 'calendar-card',
  extensions: ['.vcf', '.vcard', '.ics', '.ical'],
  // Read as Latin-1, a UTF-8 byte order mark is three characters.
  sniff: (head) => /^(?:\u00ef\u00bb\u00bf)?\s*BEGIN:(?:VCARD|VCALENDAR)\b/i.test(Buffer.from(head.subarray(0, 64)).toString('latin1')),
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const bytes = await readWhole(source, Math.min(ctx.maxBytes, MAX_BYTES), 'calendar or contact file');
    const { text } = decodeBytes(bytes);
    // A contact's `N` parts only when it has no `FN`: the same person once.
    let card: Property[] | undefined;
    for (const property of properties(text)) {
      if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VCARD') card = [];
      else if (property.name === 'END' && card !== undefined) {
        const named = card.some((p) => p.name === 'FN' && p.value.trim() !== '');
        for (const p of card) if (!(named && p.name === 'N')) yield* segmentsOf(p);
        card = undefined;
      } else if (card !== undefined) card.push(property);
      else yield* segmentsOf(property);
    }
    if (card !== undefined) for (const p of card) yield* segmentsOf(p);
  },
};

/** The file's properties, unfolded, in order. */
function* properties(text: string): Generator<Property> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let line = lines[i]!;
    // A folded line continues on lines that start with a blank; vCard 2.1's quoted-printable soft breaks (`=` at
    // the end) continue on the next line whatever it starts with. (Decided on the first line, where the parameters
    // stand: testing the growing line per continuation would take quadratic time on a hostile file.)
    const softBreaks = QUOTED_PRINTABLE.test(line.slice(0, line.indexOf(':') + 1));
    // Pieces joined once at the end: appending to (and cutting the `=` off) one growing string copies it each time.
    let pieces: string[] | undefined;
    let last = line;
    while (i + 1 < lines.length && (isFold(lines[i + 1]!) || (softBreaks && last.endsWith('=')))) {
      const next = lines[++i]!;
      pieces ??= [line];
      if (isFold(next)) pieces.push(next.slice(1));
      else {
        pieces[pieces.length - 1] = last.slice(0, -1);
        pieces.push(next);
      }
      last = pieces[pieces.length - 1]!;
    }
    if (pieces) line = pieces.join('');
    const property = parse(line, first + 1);
    if (property) yield property;
  }
}

const QUOTED_PRINTABLE = /QUOTED-PRINTABLE/i;

function isFold(line: string): boolean {
  const code = line.charCodeAt(0);
  return code === 32 || code === 9;
}

/** `NAME;P1=v1;P2="v 2":VALUE` (a group prefix `item1.` dropped), or undefined for a line that is none. */
function parse(line: string, lineNumber: number): Property | undefined {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 34) quoted = !quoted;
    else if (code === 58 && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const parts = splitParams(line.slice(0, colon));
  const name = parts[0]!.replace(/^[^.]*\./, '').toUpperCase();
  const params = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const equals = part.indexOf('=');
    // vCard 2.1 writes bare types (`TEL;CELL;QUOTED-PRINTABLE:`).
    if (equals < 0) params.set(part.toUpperCase(), '');
    else params.set(part.slice(0, equals).toUpperCase(), part.slice(equals + 1).replace(/^"|"$/g, ''));
  }
  return { name, params, value: line.slice(colon + 1), line: lineNumber };
}

/** The name and parameters of a property, split at `;` outside quotes. */
function splitParams(head: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 34) quoted = !quoted;
    else if (code === 59 && !quoted) {
      out.push(head.slice(from, i));
      from = i + 1;
    }
  }
  out.push(head.slice(from));
  return out;
}

function segmentsOf(property: Property): Segment[] {
  const location = { kind: 'line', line: property.line } as const;
  const out: Segment[] = [];
  if (PEOPLE.has(property.name)) {
    const name = property.params.get('CN');
    if (name) out.push(makeSegment(unescape(name), location, 'name', 'field'));
    const address = property.value.replace(/^mailto:/i, '');
    if (address) out.push(makeSegment(address, location, 'email', 'field'));
    return out;
  }
  if (property.name === 'N') {
    // `Family;Given;Additional;Prefix;Suffix` → `Given Additional Family`, the order a name column holds.
    const [family = '', given = '', additional = ''] = decoded(property).split(';').map((part) => part.trim());
    const name = [given, additional, family].filter((part) => part !== '').join(' ');
    if (name) out.push(makeSegment(name, location, 'name', 'field'));
    return out;
  }
  const field = TEXT_PROPERTIES.get(property.name) ?? (property.name.startsWith('X-') ? property.name.toLowerCase() : undefined);
  if (field === undefined) return out;
  const value = field === 'address' ? decoded(property).replace(/;+/g, ', ').replace(/^, |, $/g, '') : decoded(property);
  if (value.trim() !== '') out.push(makeSegment(value, location, field, field === 'description' || field === 'note' || field === 'summary' ? 'text' : 'field'));
  return out;
}

/** The value with vCard 2.1's quoted-printable decoded and the text escapes (`\n`, `\,`, `\;`) undone. */
function decoded(property: Property): string {
  let value = property.value;
  const encoding = property.params.get('ENCODING') ?? (property.params.has('QUOTED-PRINTABLE') ? 'QUOTED-PRINTABLE' : undefined);
  if (encoding?.toUpperCase() === 'QUOTED-PRINTABLE') {
    value = decodeCharset(decodeQuotedPrintable(Buffer.from(value, 'latin1')), property.params.get('CHARSET') ?? 'utf-8');
  }
  return unescape(value);
}

function unescape(value: string): string {
  return value.indexOf('\\') < 0 ? value : value.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
