import { flatten } from './flatten.js';
import { readFileChunks } from './read-chunks.js';
import { messageItems } from './mime/message.js';
import { type MboxEntry, MboxSplitter } from './mime/mbox-split.js';
import { unescapeFromLines } from './mime/mboxrd.js';
import type { ExtractContext, ExtractItem, ExtractSource, Extractor, PersonalDataCheck } from './types.js';

/** A single message above this is reported as too large instead of being held in memory. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** The size read-chunks.ts uses, for the same reason (no large objects per read). */
const CHUNK_BYTES = 64 * 1024;
const LF = 0x0a;
const SENDER = /^From ([^ \t\r\n]+)/;

export interface MboxOptions {
  /** Messages larger than this become a `too-large` partial skip (default: 64 MiB, or ctx.maxBytes if lower). */
  readonly maxMessageBytes?: number;
  /** Read size when streaming from disk (at least 256 KiB is sensible). */
  readonly chunkBytes?: number;
}

/** Scans one message cut from the mailbox: the envelope line first, then the RFC 822 message. */
function* entryItems(entry: MboxEntry, limit: number, holdsPersonalData: PersonalDataCheck | undefined): Generator<ExtractItem> {
  if (entry.kind === 'too-large') {
    yield {
      kind: 'partial-skip',
      reason: 'too-large',
      detail: `message ${entry.message}: ${entry.size} bytes, over the ${limit}-byte limit; not scanned`,
    };
    return;
  }
  const buf = entry.bytes;
  const eol = buf.indexOf(LF);
  const envelope = buf.toString('latin1', 0, eol === -1 ? Math.min(buf.length, 1000) : Math.min(eol, 1000));
  const sender = SENDER.exec(envelope)?.[1];
  const body = unescapeFromLines(eol === -1 ? buf.subarray(buf.length) : buf.subarray(eol + 1));
  // Thunderbird and others write "From - <date>": no sender in the envelope.
  const envelopeSender = sender !== undefined && sender !== '-' && sender !== 'MAILER-DAEMON' ? sender : undefined;
  yield* messageItems(body, envelopeSender === undefined ? { message: entry.message, holdsPersonalData } : { message: entry.message, envelopeSender, holdsPersonalData });
}

async function* chunksOf(source: ExtractSource, ctx: ExtractContext, chunkBytes: number): AsyncGenerator<Buffer> {
  if (source.bytes !== undefined) {
    const b = source.bytes;
    yield Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    return;
  }
  const path = source.path;
  if (path === undefined) return;
  yield* readFileChunks(path, chunkBytes, source.part, ctx.signal);
}

/**
 * An mbox extractor with its own limits (tests use a tiny message limit). The mailbox is streamed in large
 * chunks and cut on envelope `From ` lines; only the current message is ever held in memory.
 */
export function createMboxExtractor(options: MboxOptions = {}): Extractor {
  const chunkBytes = Math.max(options.chunkBytes ?? CHUNK_BYTES, 64);
  /**
   * The items of the messages each read completes, as one batch: a mailbox yields hundreds of thousands of
   * headers and parts, and one await per item cost more than scanning many of them.
   */
  async function* batches(source: ExtractSource, ctx: ExtractContext): AsyncGenerator<ExtractItem[]> {
    const limit = options.maxMessageBytes ?? Math.min(DEFAULT_MAX_MESSAGE_BYTES, ctx.maxBytes);
    const splitter = new MboxSplitter(limit, source.part?.message);
    let batch: ExtractItem[] = [];
    try {
      for await (const chunk of chunksOf(source, ctx, chunkBytes)) {
        for (const entry of splitter.push(chunk)) for (const item of entryItems(entry, limit, ctx.holdsPersonalData)) batch.push(item);
        if (batch.length > 0) {
          yield batch;
          batch = [];
        }
      }
      for (const entry of splitter.end()) for (const item of entryItems(entry, limit, ctx.holdsPersonalData)) batch.push(item);
    } catch (error) {
      // Whatever was read before a failure is still scanned; the failure then ends the file as before.
      if (batch.length > 0) yield batch;
      throw error;
    }
    if (batch.length > 0) yield batch;
  }
  return {
    id: 'mbox',
    extensions: ['.mbox', '.mbx'],
    sniff(head: Uint8Array): boolean {
      const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 200)).toString('latin1');
      return text.startsWith('From ') && text.indexOf('\n') > 5;
    },
    extract: (source, ctx) => flatten(batches(source, ctx)),
    extractBatches: batches,
  };
}

export const mboxExtractor: Extractor = createMboxExtractor();
