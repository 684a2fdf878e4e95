import { baseName, planAttachment } from './attachments.js';
import { decodeCharset } from './charset.js';
import { type HeaderField, headerValue, parseHeaders, parseStructured, splitHeaders } from './headers.js';
import { htmlToText } from './html.js';
import { decodeTransfer } from './transfer.js';

/** What a MIME entity contributes: text to scan, an attachment for another extractor, or a skipped one. */
export type BodyPiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'attachment'; readonly name: string; readonly scanAs: string; readonly bytes: Buffer }
  | { readonly kind: 'skipped'; readonly reason: 'unsupported' | 'encrypted'; readonly name: string; readonly type: string };

/** Deeper nesting than this is an attack or a bug, not mail: stop descending. */
const MAX_DEPTH = 20;
const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
/** Machine-written reports that are plain text and full of addresses (bounces, read receipts). */
const TEXT_REPORTS = new Set(['message/delivery-status', 'message/disposition-notification', 'message/global-delivery-status']);

interface WalkState {
  /** Counts attachments without a name, for a stable made-up one. */
  unnamed: number;
}

/**
 * Yields [start, end) ranges of the parts of a multipart body. A boundary counts only at the start of a
 * line and when followed by `--`, blanks or the line end (so `--abc` does not match `--abcd`). Without a
 * closing delimiter the last part runs to `end`; the preamble and epilogue are dropped.
 */
function* multipartRanges(buf: Buffer, start: number, end: number, boundary: string): Generator<[number, number]> {
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  let pos = start;
  let partStart = -1;
  for (;;) {
    const at = buf.indexOf(delimiter, pos);
    if (at === -1 || at + delimiter.length > end) break;
    const after = at + delimiter.length;
    const next = after < end ? buf[after]! : LF;
    const atLineStart = at === start || buf[at - 1] === LF;
    const closing = next === DASH && buf[after + 1] === DASH;
    if (!atLineStart || !(closing || next === LF || next === CR || next === 0x20 || next === 0x09)) {
      pos = after;
      continue;
    }
    if (partStart !== -1) {
      let stop = at;
      if (stop > partStart && buf[stop - 1] === LF) stop--;
      if (stop > partStart && buf[stop - 1] === CR) stop--;
      yield [partStart, stop];
    }
    if (closing) return;
    const eol = buf.indexOf(LF, after);
    partStart = eol === -1 || eol >= end ? end : eol + 1;
    pos = partStart;
  }
  if (partStart !== -1 && partStart < end) yield [partStart, end];
}

function textOf(body: Buffer, type: string, charset: string | undefined): string {
  const text = decodeCharset(body, charset);
  return type === 'text/html' ? htmlToText(text) : text;
}

/**
 * Walks one MIME entity whose headers are `fields` and whose body is `buf[start..end)`, depth first in
 * document order. Only text parts and attachments another extractor can read are decoded; everything
 * else is recognised from its headers and passed over without touching its bytes.
 */
export function* walkEntity(
  buf: Buffer,
  fields: readonly HeaderField[],
  start: number,
  end: number,
  depth = 0,
  state: WalkState = { unnamed: 0 },
): Generator<BodyPiece> {
  const contentType = parseStructured(headerValue(fields, 'content-type'));
  const type = contentType.value === '' ? 'text/plain' : contentType.value;
  const boundary = contentType.params.get('boundary');
  if (type === 'multipart/encrypted' || type === 'application/pkcs7-mime' || type === 'application/x-pkcs7-mime') {
    // Encrypted content cannot be read; S/MIME signed-only (smime-type=signed-data) is rare enough to treat alike.
    yield { kind: 'skipped', reason: 'encrypted', name: 'encrypted part', type };
    return;
  }
  if (type.startsWith('multipart/') && boundary !== undefined && boundary !== '') {
    if (depth >= MAX_DEPTH) return;
    for (const [partStart, partEnd] of multipartRanges(buf, start, end, boundary)) {
      const split = splitHeaders(buf, partStart, partEnd);
      const partFields = parseHeaders(buf.subarray(partStart, split.headerEnd));
      yield* walkEntity(buf, partFields, Math.min(split.bodyStart, partEnd), partEnd, depth + 1, state);
    }
    return;
  }
  const encoding = headerValue(fields, 'content-transfer-encoding')?.trim().toLowerCase();
  const disposition = parseStructured(headerValue(fields, 'content-disposition'));
  const fileName = disposition.params.get('filename') ?? contentType.params.get('name');
  const isAttachment = disposition.value === 'attachment' || (fileName !== undefined && fileName.trim() !== '');
  const charset = contentType.params.get('charset');
  const body = buf.subarray(start, end);
  // A multipart without a boundary cannot be split: its raw text is still worth scanning.
  if (!isAttachment && (type.startsWith('text/') || type.startsWith('multipart/') || TEXT_REPORTS.has(type))) {
    yield { kind: 'text', text: textOf(decodeTransfer(body, encoding), type, charset) };
    return;
  }
  const name = fileName !== undefined && baseName(fileName) !== '' ? baseName(fileName) : `attachment-${++state.unnamed}`;
  const inline = disposition.value === 'inline' || (disposition.value === '' && headerValue(fields, 'content-id') !== undefined);
  const plan = planAttachment(name, type, inline);
  if (plan.action === 'silent') return;
  if (plan.action === 'report') {
    yield { kind: 'skipped', reason: 'unsupported', name, type };
    return;
  }
  const decoded = decodeTransfer(body, encoding);
  const bytes = plan.asText ? Buffer.from(textOf(decoded, type, charset), 'utf8') : decoded;
  yield { kind: 'attachment', name, scanAs: plan.scanAs, bytes };
}
