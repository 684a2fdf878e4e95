import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { ExtractError } from '../errors.js';

/** Text encodings the text-like extractors recognise. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  readonly encoding: TextEncoding;
  /** Bytes of byte-order mark at the start, skipped when decoding. */
  readonly bomLength: number;
}

/** How much of the head is looked at; a valid UTF-8 head that later turns invalid is handled by the decoder. */
const SNIFF_BYTES = 64 * 1024;
/** The UTF-16 NUL-pattern heuristic needs only a little text. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * Guesses the encoding from the first bytes of a file: BOM first, then the NUL pattern of BOM-less
 * UTF-16, then UTF-8 validity (Windows-1252 when invalid, e.g. Swedish Excel CSVs).
 * Throws ExtractError('binary') for NUL bytes that are not UTF-16.
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sample = toBuffer(head.subarray(0, SNIFF_BYTES));
  const utf16 = guessUtf16(sample.subarray(0, UTF16_SNIFF_BYTES));
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (sample.indexOf(0) !== -1) throw new ExtractError('binary', 'NUL bytes in content: not a text file');
  const body = sample.subarray(0, sample.length - incompleteUtf8Tail(sample));
  return { encoding: isUtf8(body) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** ASCII text in UTF-16 has a NUL in every other byte: odd positions for LE, even for BE. */
function guessUtf16(sample: Uint8Array): TextEncoding | undefined {
  const pairs = sample.length >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Number of bytes at the end that start a UTF-8 sequence the chunk does not complete. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const len = bytes.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const b = bytes[len - back] as number;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return back < need ? back : 0;
    }
  }
  return 0;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes a byte stream chunk by chunk without splitting multi-byte characters across chunks. */
export interface ChunkDecoder {
  /** The encoding in use; a UTF-8 guess may switch to windows-1252 when later bytes prove it wrong. */
  readonly encoding: TextEncoding;
  write(chunk: Uint8Array): string;
  end(): string;
}

export function createDecoder(guess: EncodingGuess): ChunkDecoder {
  const inner = guess.encoding === 'utf-8' ? new Utf8OrCp1252Decoder() : new IconvDecoder(guess.encoding);
  let skip = guess.bomLength;
  return {
    get encoding() {
      return inner.encoding;
    },
    write(chunk) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length);
        skip -= n;
        chunk = chunk.subarray(n);
      }
      return chunk.length > 0 ? inner.write(chunk) : '';
    },
    end: () => inner.end(),
  };
}

/**
 * Node's TextDecoder turns UTF-8 into a string about 1.8× as fast as Buffer#toString on Swedish text (a CRM
 * export in 64 KiB chunks: 1,350 against 740 MB/s); below a kilobyte the two cost the same. Only for bytes
 * known to be valid UTF-8, where both give the same string; ignoreBOM keeps a U+FEFF in the text as toString
 * does (a file's own BOM was skipped before).
 */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
export function decodeValidUtf8(bytes: Buffer): string {
  return bytes.length < 1024 ? bytes.toString('utf8') : UTF8.decode(bytes);
}

const C1_CONTROLS = /[\x80-\x9f]/;
/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9f (curly quotes, the euro sign, …), which most Swedish
 * exports do not use: Node decodes Latin-1 natively, many times faster than the table decoder.
 */
export function decodeWindows1252(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  return C1_CONTROLS.test(latin1) ? iconv.decode(bytes, 'win1252') : latin1;
}

class IconvDecoder implements ChunkDecoder {
  private readonly decoder;
  constructor(readonly encoding: TextEncoding) {
    this.decoder = iconv.getDecoder(encoding === 'windows-1252' ? 'win1252' : encoding);
  }
  write(chunk: Uint8Array): string {
    // Single-byte: every chunk decodes on its own, so the fast path needs no state.
    return this.encoding === 'windows-1252' ? decodeWindows1252(toBuffer(chunk)) : this.decoder.write(toBuffer(chunk));
  }
  end(): string {
    return this.decoder.end() ?? '';
  }
}

/**
 * UTF-8 until proven otherwise: a file whose first megabytes are plain ASCII may still be Windows-1252
 * further down. If invalid bytes show up before any valid multi-byte character, the rest is decoded as
 * Windows-1252 (the ASCII part decodes the same either way); after valid UTF-8 was seen, invalid bytes
 * become U+FFFD.
 */
class Utf8OrCp1252Decoder implements ChunkDecoder {
  encoding: TextEncoding = 'utf-8';
  private tail: Buffer | undefined;
  private sawMultibyte = false;

  write(chunk: Uint8Array): string {
    let buf = toBuffer(chunk);
    if (this.encoding === 'windows-1252') return decodeWindows1252(buf);
    if (this.tail) {
      buf = Buffer.concat([this.tail, buf]);
      this.tail = undefined;
    }
    const cut = buf.length - incompleteUtf8Tail(buf);
    const body = buf.subarray(0, cut);
    if (cut < buf.length) this.tail = Buffer.from(buf.subarray(cut));
    if (isUtf8(body)) {
      if (!this.sawMultibyte && !isAscii(body)) this.sawMultibyte = true;
      return decodeValidUtf8(body);
    }
    if (this.sawMultibyte) return body.toString('utf8');
    this.encoding = 'windows-1252';
    const rest = this.tail ? Buffer.concat([body, this.tail]) : body;
    this.tail = undefined;
    return decodeWindows1252(rest);
  }

  end(): string {
    const tail = this.tail;
    this.tail = undefined;
    if (!tail) return '';
    return this.encoding === 'windows-1252' || !this.sawMultibyte ? decodeWindows1252(tail) : tail.toString('utf8');
  }
}

/** Decodes a whole in-memory file (e.g. a mail attachment or a JSON document). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const decoder = createDecoder(detectEncoding(bytes));
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding };
}
