import type { ExtractItem, Location, PersonalDataCheck } from '../types.js';
import { makeSegment } from '../types.js';
import { embeddedFileName, fileNameSegment } from '../embedded-name.js';
import { findTextTables } from '../text-tables.js';
import { decodeEncodedWords } from './encoded-words.js';
import { type HeaderField, parseHeaders, splitHeaders } from './headers.js';
import { walkEntity } from './parts.js';

/**
 * Headers that name or address people, by lower-cased name → spelling used in reports. Received and
 * X-Originating-IP carry the sender's IP address. Message-ID, References and In-Reply-To are left out on
 * purpose: they look like e-mail addresses but identify messages, not people.
 */
const PERSONAL_HEADERS = new Map<string, string>(
  [
    'From', 'To', 'Cc', 'Bcc', 'Reply-To', 'Sender', 'Subject', 'Delivered-To', 'X-Original-To', 'Return-Path',
    'Received', 'X-Originating-IP',
  ].map((name) => [name.toLowerCase(), name]),
);

/** The report spelling of a header that names or addresses people (`from` → `From`), or undefined for any other. */
export function personalHeaderName(lowerCaseName: string): string | undefined {
  return PERSONAL_HEADERS.get(lowerCaseName);
}

/** A body segment larger than this is cut at a line break, so one huge part never becomes one huge string. */
export const MAX_SEGMENT_CHARS = 4 * 1024 * 1024;

export interface MessageOptions {
  /** 1-based position in the mailbox. */
  readonly message: number;
  /** The sender from the mbox `From ` line, scanned like a header. */
  readonly envelopeSender?: string;
  readonly maxSegmentChars?: number;
  /** ExtractContext.holdsPersonalData: an attachment named for a person is shown by its number (embedded-name.ts). */
  readonly holdsPersonalData?: PersonalDataCheck | undefined;
}

function messageIdOf(fields: readonly HeaderField[]): string | undefined {
  for (const f of fields) {
    if (f.key !== 'message-id') continue;
    let id = f.value.trim();
    if (id.startsWith('<')) id = id.slice(1);
    if (id.endsWith('>')) id = id.slice(0, -1);
    id = id.trim();
    return id === '' ? undefined : id;
  }
  return undefined;
}

/**
 * Builds a mail location from object literals of fixed shape: spreading a shared base object is several
 * times slower in V8, and this runs for every header of every message.
 */
function mailLocation(message: number, messageId: string | undefined, part: 'header' | 'body', header?: string): Location {
  if (header === undefined) {
    return messageId === undefined ? { kind: 'mail', message, part } : { kind: 'mail', message, messageId, part };
  }
  return messageId === undefined
    ? { kind: 'mail', message, part, header }
    : { kind: 'mail', message, messageId, part, header };
}

/** Cuts text into pieces of at most `max` characters, preferring the last line break before the limit. */
export function* splitLarge(text: string, max: number): Generator<string> {
  let start = 0;
  while (text.length - start > max) {
    const newline = text.lastIndexOf('\n', start + max - 1);
    const cut = newline > start ? newline + 1 : start + max;
    yield text.slice(start, cut);
    start = cut;
  }
  if (start < text.length) yield text.slice(start);
}

/**
 * Turns one RFC 822 message into extract items: a segment per personal header, a segment per text body
 * part, a delegate per readable attachment and a partial skip per attachment that cannot be read.
 * Never throws on malformed input: whatever can be read is returned.
 */
export function* messageItems(buf: Buffer, options: MessageOptions): Generator<ExtractItem> {
  const { message } = options;
  const max = options.maxSegmentChars ?? MAX_SEGMENT_CHARS;
  const split = splitHeaders(buf);
  const fields = parseHeaders(buf.subarray(0, split.headerEnd));
  const messageId = messageIdOf(fields);
  const at = (part: 'header' | 'body', header?: string): Location => mailLocation(message, messageId, part, header);

  if (options.envelopeSender !== undefined && options.envelopeSender !== '') {
    yield makeSegment(options.envelopeSender, at('header', 'From_'), 'From_', 'header');
  }
  for (const field of fields) {
    const header = PERSONAL_HEADERS.get(field.key);
    if (header === undefined || field.value === '') continue;
    yield makeSegment(decodeEncodedWords(field.value), at('header', header), header, 'header');
  }

  const bodyLocation = at('body');
  const inAttachment =
    (attachment: string) =>
    (inner: Location): Location =>
      messageId === undefined ? { kind: 'mail', message, part: 'attachment', attachment, inner } : { kind: 'mail', message, messageId, part: 'attachment', attachment, inner };
  let attachments = 0;
  for (const piece of walkEntity(buf, fields, split.bodyStart, buf.length)) {
    if (piece.kind === 'text') {
      for (const text of splitLarge(piece.text, max)) {
        // A range pasted from Excel into the mail, or an HTML table: its cells under their column names (text-tables.ts).
        const tables = findTextTables(text, false);
        const rest = tables === undefined ? text : tables.text;
        if (rest.trim() !== '') yield makeSegment(rest, bodyLocation, undefined, 'body');
        if (tables !== undefined) for (const row of tables.rows) for (const cell of row.cells) yield makeSegment(cell.text, bodyLocation, cell.column, 'cell', row.record);
      }
    } else if (piece.kind === 'attachment') {
      const name = embeddedFileName(piece.name, ++attachments, options.holdsPersonalData);
      const wrap = inAttachment(name.shown);
      const segment = fileNameSegment(name, wrap);
      if (segment !== undefined) yield segment;
      yield { kind: 'delegate', name: piece.scanAs, shownName: name.shown, bytes: piece.bytes, wrap };
    } else if (piece.reason === 'encrypted') {
      yield { kind: 'partial-skip', reason: piece.reason, detail: `message ${message}: encrypted content (${piece.type}) not scanned` };
    } else {
      const name = embeddedFileName(piece.name, ++attachments, options.holdsPersonalData);
      const segment = fileNameSegment(name, inAttachment(name.shown));
      if (segment !== undefined) yield segment;
      yield { kind: 'partial-skip', reason: piece.reason, detail: `message ${message}: attachment "${name.shown}" (${piece.type}) not scanned` };
    }
  }
}
