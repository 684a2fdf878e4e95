import { open } from 'node:fs/promises';
import { detectEncoding, type EncodingGuess } from '../extract/encoding.js';
import { isEnvelopeLine, MAX_ENVELOPE_LINE, SEPARATOR } from '../extract/mime/mbox-split.js';
import type { FilePart } from '../extract/types.js';
import { PART_BYTES } from '../scan-defaults.js';

/**
 * Cutting one large file into parts that worker threads scan side by side: without it a single 1 GB mailbox
 * keeps one core busy while the other idles. Only formats made of independent records are cut, and only on
 * record boundaries: lines (logs, plain text, NDJSON) and mbox envelope lines. CSV is not: a quoted cell may
 * hold line breaks, and only reading from the start tells where records begin.
 */
export type RecordKind = 'lines' | 'mbox';

/** Extractor ids whose input can be cut, and on what. */
export const SPLITTABLE: ReadonlyMap<string, RecordKind> = new Map([
  ['text', 'lines'],
  ['ndjson', 'lines'],
  ['mbox', 'mbox'],
]);

const READ_BYTES = 1024 * 1024;
const LF = 0x0a;

/**
 * The parts of a file, each starting on a record boundary at or after a multiple of `partBytes`, with the
 * numbers of their first line and message. Reads the file once, counting line breaks and envelope lines
 * (memchr speed, a fraction of a second per GB), and yields each part as soon as the next one's start is
 * known, so scanning begins while the rest is still being counted. A file that is not UTF-8 or a single-byte
 * encoding (UTF-16) is yielded whole: its line breaks are not single bytes.
 */
export async function* fileParts(path: string, kind: RecordKind, partBytes = PART_BYTES): AsyncGenerator<FilePart> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES + MAX_ENVELOPE_LINE);
    let encoding: EncodingGuess | undefined;
    let carried = 0; // bytes kept at the start of the buffer from the previous read (mbox only)
    let offset = 0; // file offset of buffer[0]
    let lines = 0; // line breaks before the scan position
    let messages = 1; // the envelope line at the start of a mailbox opens message 1
    let part = { start: 0, line: 1, message: 1 };
    let boundary = partBytes;
    let scanFrom = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, READ_BYTES, offset + carried);
      const length = carried + bytesRead;
      const final = bytesRead === 0;
      const data = buffer.subarray(0, length);
      if (encoding === undefined) {
        encoding = detectEncoding(data.subarray(0, 64 * 1024));
        if (encoding.encoding === 'utf-16le' || encoding.encoding === 'utf-16be') {
          yield { start: 0, end: (await handle.stat()).size, line: 1, message: 1, encoding };
          return;
        }
        // As MboxSplitter: blank lines before the first envelope line belong to message 1.
        if (kind === 'mbox') while (scanFrom < length && (data[scanFrom] === LF || data[scanFrom] === 0x0d)) scanFrom++;
      }
      if (kind === 'lines') {
        for (let at = data.indexOf(LF, scanFrom); at !== -1; at = data.indexOf(LF, at + 1)) {
          lines++;
          const next = offset + at + 1;
          if (next >= boundary) {
            yield { ...part, end: next, encoding };
            part = { start: next, line: lines + 1, message: 1 };
            boundary = next + partBytes;
          }
        }
        scanFrom = 0;
        offset += length;
        carried = 0;
      } else {
        let keepFrom = length;
        for (let at = data.indexOf(SEPARATOR, scanFrom); at !== -1; at = data.indexOf(SEPARATOR, at + 1)) {
          let eol = data.indexOf(LF, at + 1);
          if (eol === -1) {
            // The envelope line goes on in the next read (as MboxSplitter, a very long line is no envelope).
            if (!final && length - at < MAX_ENVELOPE_LINE) {
              keepFrom = at;
              break;
            }
            eol = length;
          }
          if (!isEnvelopeLine(data, at + 1, eol)) continue;
          messages++;
          const next = offset + at + 1;
          if (next >= boundary) {
            yield { ...part, end: next, encoding };
            part = { start: next, line: 1, message: messages };
            boundary = next + partBytes;
          }
        }
        // Keep what a separator split over two reads needs: from a pending envelope line, or the last bytes.
        if (keepFrom === length) keepFrom = Math.max(0, length - (SEPARATOR.length - 1));
        carried = length - keepFrom;
        buffer.copy(buffer, 0, keepFrom, length);
        offset += keepFrom;
        scanFrom = 0;
      }
      if (final) break;
    }
    yield { ...part, end: offset + carried, encoding: encoding ?? { encoding: 'utf-8', bomLength: 0 } };
  } finally {
    await handle.close();
  }
}
