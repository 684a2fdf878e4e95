import { ExtractError } from '../../errors.js';

/** A message cut out of a mailbox, or the note that one was too large to keep in memory. */
export type MboxEntry =
  | { readonly kind: 'message'; readonly message: number; readonly bytes: Buffer }
  | { readonly kind: 'too-large'; readonly message: number; readonly size: number };

const LF = 0x0a;
const EMPTY = Buffer.alloc(0);
export const SEPARATOR = Buffer.from('\nFrom ', 'latin1');
/** Bytes kept between chunks so a separator split across two chunks is still found. */
const OVERLAP = SEPARATOR.length - 1;
/** An envelope line is short; a longer "From " line is body text and must not hold data back. */
export const MAX_ENVELOPE_LINE = 4096;
/**
 * mboxrd escapes body lines that start with "From ", but many mailboxes are mboxo and do not. A separator
 * must therefore look like an envelope: sender, then an asctime-style date with a weekday and a time.
 */
const ENVELOPE = /^From [^ \t\r\n]*[ \t]+[^\r\n]{0,80}\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b[^\r\n]{0,80}\d:\d\d/;

/** Whether the line `data[start, eol)` (after a line break) is an envelope line that starts a message. */
export function isEnvelopeLine(data: Buffer, start: number, eol: number): boolean {
  return ENVELOPE.test(data.toString('latin1', start, Math.min(eol, start + 200)));
}

/**
 * Splits a mailbox fed in chunks into messages without holding more than one message (plus one chunk)
 * in memory. A message over `maxMessageBytes` is counted and dropped as it streams past.
 */
export class MboxSplitter {
  private carry: Buffer = EMPTY;
  private parts: Buffer[] = [];
  private size = 0;
  private oversized = false;
  private message = 0;

  /** `firstMessage`: the number of the first message (a part of a mailbox starts further on). */
  constructor(
    private readonly maxMessageBytes: number,
    private readonly firstMessage = 1,
  ) {}

  /** Feeds the next chunk; returns the messages it completed. */
  push(chunk: Buffer): MboxEntry[] {
    if (this.carry.length === 0) return this.scan(chunk, false);
    // A separator can only straddle the chunks when the carried bytes hold its line break; otherwise the
    // carry belongs to the current message and the (large) chunk need not be copied behind it.
    if (this.message > 0 && !this.carry.includes(LF)) {
      this.append(this.carry);
      this.carry = EMPTY;
      return this.scan(chunk, false);
    }
    return this.scan(Buffer.concat([this.carry, chunk]), false);
  }

  /** Ends the input; returns the last message. */
  end(): MboxEntry[] {
    const out = this.scan(this.carry, true);
    if (this.message > 0) this.finish(out);
    return out;
  }

  private scan(data: Buffer, final: boolean): MboxEntry[] {
    const out: MboxEntry[] = [];
    let pos = 0;
    if (this.message === 0) {
      pos = this.start(data, final);
      if (pos < 0) return out;
    }
    let search = pos;
    let keep = -1;
    for (;;) {
      const at = data.indexOf(SEPARATOR, search);
      if (at === -1) break;
      let eol = data.indexOf(LF, at + 1);
      if (eol === -1) {
        if (!final && data.length - at < MAX_ENVELOPE_LINE) {
          keep = at; // the rest of this line is in the next chunk
          break;
        }
        eol = data.length;
      }
      if (!isEnvelopeLine(data, at + 1, eol)) {
        search = at + 1;
        continue;
      }
      this.append(data.subarray(pos, at + 1));
      this.finish(out);
      this.message++;
      pos = at + 1;
      search = eol;
    }
    if (keep === -1) keep = final ? data.length : Math.max(pos, data.length - OVERLAP);
    this.append(data.subarray(pos, keep));
    // Copy the few kept bytes so the chunk they came from can be released.
    this.carry = keep < data.length ? Buffer.from(data.subarray(keep)) : EMPTY;
    return out;
  }

  /** Finds the first envelope line; returns its offset, or -1 when more bytes are needed. */
  private start(data: Buffer, final: boolean): number {
    let i = 0;
    while (i < data.length && (data[i] === LF || data[i] === 0x0d)) i++;
    if (i === data.length && final) return -1; // an empty mailbox: no messages, nothing wrong
    if (data.length - i < 5 && !final) {
      this.carry = Buffer.from(data);
      return -1;
    }
    if (data.toString('latin1', i, i + 5) !== 'From ') {
      throw new ExtractError('corrupt', 'the file does not start with a "From " line, so it is not an mbox mailbox');
    }
    this.message = this.firstMessage;
    return i;
  }

  private append(piece: Buffer): void {
    if (piece.length === 0) return;
    this.size += piece.length;
    if (this.oversized) return;
    if (this.size > this.maxMessageBytes) {
      this.oversized = true;
      this.parts = [];
      return;
    }
    this.parts.push(piece);
  }

  private finish(out: MboxEntry[]): void {
    if (this.oversized) out.push({ kind: 'too-large', message: this.message, size: this.size });
    else out.push({ kind: 'message', message: this.message, bytes: this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts) });
    this.parts = [];
    this.size = 0;
    this.oversized = false;
  }
}
