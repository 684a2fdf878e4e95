import { readFile } from 'node:fs/promises';
import { ExtractError } from '../errors.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './mbox.js';
import { messageItems } from './mime/message.js';
import type { ExtractContext, ExtractItem, ExtractSource, Extractor } from './types.js';

/** Header names that open real-world .eml files (saved by Outlook, Thunderbird, Apple Mail, Gmail). */
const FIRST_HEADER =
  /^(?:received|from|return-path|mime-version|delivered-to|x-[a-z0-9-]+|message-id|date|to|subject|reply-to|sender|dkim-signature|arc-seal|authentication-results|content-type|thread-topic|x-mozilla-status)[ \t]*:/i;
/** Any RFC 822 field line: a printable name without blanks, then a colon. */
const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;

/** An mbox envelope line (`From sender date`) in front of the headers. */
const ENVELOPE_SENDER = /^From ([^ \t\r\n:]+)[^\r\n]*\r?\n/;

/** True when the bytes start like a stored mail message. */
export function looksLikeMessage(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024)).toString('latin1');
  return FIRST_HEADER.test(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''));
}

async function readSource(source: ExtractSource, ctx: ExtractContext): Promise<Buffer> {
  if (source.bytes !== undefined) {
    const b = source.bytes;
    return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }
  if (source.path === undefined) throw new ExtractError('read-error', 'no path and no bytes given');
  // A message is parsed in memory: one larger than an mbox message may be is refused the same way.
  const limit = Math.min(ctx.maxBytes, DEFAULT_MAX_MESSAGE_BYTES);
  if (source.size > limit) {
    throw new ExtractError('too-large', `message of ${source.size} bytes is over the ${limit}-byte limit`);
  }
  return readFile(source.path, ctx.signal === undefined ? {} : { signal: ctx.signal });
}

/** A single message (.eml), from disk or attached inside another mail. */
export const emlExtractor: Extractor = {
  id: 'eml',
  extensions: ['.eml'],
  sniff: looksLikeMessage,
  async *extract(source: ExtractSource, ctx: ExtractContext): AsyncIterable<ExtractItem> {
    let buf = await readSource(source, ctx);
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    // Some tools save a single message with its mbox envelope line; it is not a header, so step over it.
    const envelope = ENVELOPE_SENDER.exec(buf.subarray(0, 512).toString('latin1'));
    if (envelope !== null) buf = buf.subarray(envelope[0].length);
    const firstLine = buf.subarray(0, Math.min(buf.length, 1024)).toString('latin1');
    // Without a header block there is no message to speak of: report it rather than scan noise.
    if (buf.length === 0 || !FIELD_LINE.test(firstLine) || buf.subarray(0, 4096).includes(0)) {
      throw new ExtractError('corrupt', 'no RFC 822 header block at the start of the file');
    }
    const sender = envelope?.[1];
    const holdsPersonalData = ctx.holdsPersonalData;
    const options = sender === undefined || sender === '-' ? { message: 1, holdsPersonalData } : { message: 1, envelopeSender: sender, holdsPersonalData };
    for (const item of messageItems(buf, options)) yield item;
  },
};
