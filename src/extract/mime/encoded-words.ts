import { decodeCharset } from './charset.js';
import { hexValue } from './transfer.js';

// charset (with an optional RFC 2231 *language), B or Q, then the encoded text. No nested quantifiers.
const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=/g;
const ONLY_BLANKS = /^[ \t\r\n]*$/;

/** Decodes the Q encoding (RFC 2047 §4.2) straight from the string: `_` is a space, `=XX` a byte. */
function qBytes(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) {
      out[o++] = 0x20;
    } else if (c === 0x3d && i + 2 < text.length) {
      const hi = hexValue(text.charCodeAt(i + 1));
      const lo = hexValue(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[o++] = (hi << 4) | lo;
        i += 2;
      } else {
        out[o++] = c;
      }
    } else {
      out[o++] = c & 0xff;
    }
  }
  return out.subarray(0, o);
}

function wordBytes(encoding: string, text: string): Buffer {
  return encoding === 'b' || encoding === 'B' ? Buffer.from(text, 'base64') : qBytes(text);
}

/**
 * Decodes RFC 2047 encoded words (`=?iso-8859-1?Q?M=E4rta?=`) in a header value. Blanks between two
 * adjacent encoded words are dropped, as the RFC says, and the bytes of adjacent words in one charset are
 * joined before decoding, because mailers split multi-byte UTF-8 characters across words.
 */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let pendingCharset = '';
  let pending: Buffer[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    out += decodeCharset(bytes, pendingCharset);
    pending = [];
  };
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(value); m !== null; m = ENCODED_WORD.exec(value)) {
    const gap = value.slice(last, m.index);
    const charset = m[1]!.toLowerCase();
    const adjacent = pending.length > 0 && ONLY_BLANKS.test(gap);
    if (!adjacent || charset !== pendingCharset) {
      flush();
      if (!adjacent) out += gap;
    }
    pendingCharset = charset;
    pending.push(wordBytes(m[2]!, m[3]!));
    last = m.index + m[0].length;
  }
  flush();
  return out + value.slice(last);
}
