import { isUtf8 } from 'node:buffer';
import { decodeValidUtf8 } from '../encoding.js';
import { decodeCharset } from './charset.js';
import { decodeEncodedWords } from './encoded-words.js';

/** One unfolded header field; `value` is raw (encoded words not yet decoded). */
export interface HeaderField {
  /** As written in the message, e.g. `X-Original-To`. */
  readonly name: string;
  /** Lower-cased name for lookups. */
  readonly key: string;
  readonly value: string;
}

/** Where the header block of an entity ends and its body starts (byte offsets). */
export interface HeaderSplit {
  readonly headerEnd: number;
  readonly bodyStart: number;
}

const LF = 0x0a;
const CR = 0x0d;
const HEADER_NAME = /^[!-9;-~]+$/;

/**
 * Finds the blank line that ends the header block of the entity in `buf[from..end)`. With no blank line
 * (a truncated message) everything is headers; an entity starting with a blank line has no headers.
 */
export function splitHeaders(buf: Buffer, from = 0, end = buf.length): HeaderSplit {
  if (buf[from] === LF) return { headerEnd: from, bodyStart: from + 1 };
  if (buf[from] === CR && buf[from + 1] === LF) return { headerEnd: from, bodyStart: from + 2 };
  const region = from === 0 && end === buf.length ? buf : buf.subarray(from, end);
  const lf = region.indexOf('\n\n');
  const crlf = (lf === -1 ? region : region.subarray(0, lf + 1)).indexOf('\n\r\n');
  if (crlf !== -1) return { headerEnd: from + crlf + 1, bodyStart: from + crlf + 3 };
  if (lf !== -1) return { headerEnd: from + lf + 1, bodyStart: from + lf + 2 };
  return { headerEnd: end, bodyStart: end };
}

/**
 * Parses a header block. Raw 8-bit headers (RFC 6532) are read as UTF-8 when valid, else as windows-1252.
 * Lines that are neither a field nor a continuation are ignored rather than failing the message.
 */
export function parseHeaders(block: Buffer): HeaderField[] {
  const text = isUtf8(block) ? decodeValidUtf8(block) : decodeCharset(block, 'windows-1252');
  const fields: HeaderField[] = [];
  let name = '';
  let value = '';
  const push = (): void => {
    if (name !== '') fields.push({ name, key: name.toLowerCase(), value: value.trim() });
    name = '';
  };
  for (const raw of text.split('\n')) {
    const line = raw.charCodeAt(raw.length - 1) === 0x0d ? raw.slice(0, -1) : raw;
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (name !== '') value += line;
      continue;
    }
    push();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const candidate = line.slice(0, colon).trimEnd();
    if (!HEADER_NAME.test(candidate)) continue;
    name = candidate;
    value = line.slice(colon + 1);
  }
  push();
  return fields;
}

/** The first field with this lower-cased name. */
export function headerValue(fields: readonly HeaderField[], key: string): string | undefined {
  for (const f of fields) if (f.key === key) return f.value;
  return undefined;
}

/** A structured header such as Content-Type: the lower-cased main value and decoded parameters. */
export interface StructuredHeader {
  readonly value: string;
  readonly params: ReadonlyMap<string, string>;
}

const PARAM = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"?|([^;]*))/g;
const QUOTED_PAIR = /\\(.)/g;
const CONTINUATION = /^(.+?)\*(\d+)(\*?)$/;

/** Percent-decodes an RFC 2231 extended value into bytes; a malformed escape is kept as is. */
function percentBytes(raw: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x25 && i + 2 < raw.length) {
      const byte = Number.parseInt(raw.slice(i + 1, i + 3), 16);
      if (!Number.isNaN(byte)) {
        out.push(byte);
        i += 2;
        continue;
      }
    }
    out.push(c & 0xff);
  }
  return out;
}

interface Piece {
  readonly index: number;
  readonly text: string;
  readonly extended: boolean;
}

/** Joins RFC 2231 continuations in order, as bytes, so a character split between pieces survives. */
function joinPieces(list: Piece[], charset: string | undefined): string {
  list.sort((a, b) => a.index - b.index);
  const bytes: number[] = [];
  for (const p of list) {
    if (p.extended) bytes.push(...percentBytes(p.text));
    else bytes.push(...Buffer.from(p.text, 'utf8'));
  }
  return decodeCharset(Buffer.from(bytes), charset);
}

/**
 * Parses `type/subtype; name="value"; filename*=utf-8''x.csv`. Handles quoted strings, RFC 2231 extended
 * values and continuations, and RFC 2047 words inside quoted names (which many mailers write).
 */
export function parseStructured(header: string | undefined): StructuredHeader {
  const params = new Map<string, string>();
  if (header === undefined) return { value: '', params };
  const semi = header.indexOf(';');
  const value = (semi === -1 ? header : header.slice(0, semi)).trim().toLowerCase();
  if (semi === -1) return { value, params };
  const pieces = new Map<string, Piece[]>();
  const charsets = new Map<string, string>();
  PARAM.lastIndex = 0;
  for (let m = PARAM.exec(header); m !== null; m = PARAM.exec(header)) {
    const key = m[1]!.toLowerCase();
    const raw = m[2] !== undefined ? m[2].replace(QUOTED_PAIR, '$1') : m[3]!.trim();
    const cont = CONTINUATION.exec(key);
    if (cont === null && !key.endsWith('*')) {
      if (!params.has(key)) params.set(key, decodeEncodedWords(raw));
      continue;
    }
    const base = cont !== null ? cont[1]! : key.slice(0, -1);
    const index = cont !== null ? Number(cont[2]) : 0;
    const extended = cont !== null ? cont[3] === '*' : true;
    let text = raw;
    if (extended && index === 0) {
      const quote = raw.indexOf("'");
      const second = quote === -1 ? -1 : raw.indexOf("'", quote + 1);
      if (second !== -1) {
        charsets.set(base, raw.slice(0, quote));
        text = raw.slice(second + 1);
      }
    }
    const list = pieces.get(base) ?? [];
    list.push({ index, text, extended });
    pieces.set(base, list);
  }
  // Extended (RFC 2231) values win over plain ones: they are the precise form of the same parameter.
  for (const [key, list] of pieces) params.set(key, joinPieces(list, charsets.get(key)));
  return { value, params };
}
