import iconv from 'iconv-lite';
import { decodeUtf8OrWindows1252 } from '../encoding.js';

/**
 * Labels that mean "the bytes are UTF-8 or plain ASCII": decoded by Node directly, which is several times
 * faster than going through iconv-lite.
 */
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso646-us', '']);

/**
 * ISO-8859-1 is mostly written by Windows mailers that actually use windows-1252 (€, curly quotes in
 * 0x80–0x9f). Decoding it as windows-1252 is what browsers do (WHATWG Encoding) and loses nothing.
 */
const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'cp819', 'iso_8859-1']);


const knownCharsets = new Map<string, string | null>();

/** Normalizes a MIME charset label to one iconv-lite understands, or null when it is unknown. */
function resolveCharset(label: string): string | null {
  const cached = knownCharsets.get(label);
  if (cached !== undefined) return cached;
  let resolved: string | null = null;
  if (LATIN1_LABELS.has(label)) resolved = 'windows-1252';
  else if (iconv.encodingExists(label)) resolved = label;
  // Guard the cache against a mailbox full of invented labels.
  if (knownCharsets.size < 256) knownCharsets.set(label, resolved);
  return resolved;
}

/**
 * Decodes bytes in a MIME charset. Unknown or missing labels fall back to UTF-8 when the bytes are valid
 * UTF-8 and to windows-1252 otherwise (line by line when both occur), so a wrong label never throws and never
 * loses Latin letters.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const label = (charset ?? '').trim().toLowerCase();
  // Labelled UTF-8, ASCII or Latin-1, or not labelled: old mailers send Windows-1252 under any of these labels,
  // and a reply pasted from one mixes it with UTF-8 lines. Read line by line (encoding.ts), a UTF-8 line with one
  // broken byte keeps its å, ä and ö.
  if (UTF8_LABELS.has(label)) return decodeUtf8OrWindows1252(buf);
  const resolved = resolveCharset(label);
  if (resolved === 'windows-1252') return decodeUtf8OrWindows1252(buf);
  if (resolved !== null) return iconv.decode(buf, resolved);
  return decodeUtf8OrWindows1252(buf);
}
