import { extname } from 'node:path';
import { fileDelimiter } from '../extract/csv.js';
import { CsvReader } from '../extract/csv-reader.js';
import { headerRow, isTitleCandidate } from '../extract/table-rows.js';
import { createDecoder, detectEncoding, type EncodingGuess } from '../extract/encoding.js';
import { CHUNK_BYTES } from '../extract/read-chunks.js';
import { isEnvelopeLine, MAX_ENVELOPE_LINE, SEPARATOR } from '../extract/mime/mbox-split.js';
import type { FilePart } from '../extract/types.js';
import { PART_BYTES } from '../scan-defaults.js';
import { openRegular } from './open-regular.js';

/**
 * Cutting one large file into parts that worker threads scan side by side: without it a single 1 GB mailbox
 * keeps one core busy while the other idles. Only formats made of independent records are cut, and only on
 * record boundaries: lines (logs, plain text, NDJSON), mbox envelope lines, and CSV records (a quoted cell may
 * hold line breaks, so the whole file is read with the quoting rules of CsvReader to find where records end).
 */
export type RecordKind = 'lines' | 'mbox' | 'csv';

/** Extractor ids whose input can be cut, and on what. */
export const SPLITTABLE: ReadonlyMap<string, RecordKind> = new Map([
  ['text', 'lines'],
  ['ndjson', 'lines'],
  ['mbox', 'mbox'],
  ['csv', 'csv'],
]);

const QUOTE = 0x22;

/**
 * Finds record ends in CSV bytes as CsvReader reads the decoded text: a `"` opens a quoted cell only at the
 * start of a cell, `""` inside one is a quote, text after the closing quote runs to the next delimiter, and a
 * line break outside quotes ends the record. Works on bytes: the delimiter, quote and line break are ASCII and
 * never part of another character in UTF-8 or a single-byte encoding.
 */
class CsvRecordEnds {
  private inQuotes = false;
  private atCellStart = true;
  /** A quote inside a quoted cell was the last byte read: the next byte decides what it was. */
  private quotePending = false;
  /** Line breaks read so far, inside quoted cells too (CsvReader's line numbers count them). */
  lines = 0;

  constructor(private readonly delimiter: number) {}

  /** Calls `onEnd(i)` for every record that ends with the line break at `data[i]`. */
  feed(data: Uint8Array, onEnd: (index: number) => void): void {
    const delimiter = this.delimiter;
    for (let i = 0; i < data.length; i++) {
      const byte = data[i]!;
      if (byte === LF) this.lines++;
      if (this.quotePending) {
        this.quotePending = false;
        if (byte === QUOTE) continue; // `""`: a quote inside the cell
        this.inQuotes = false; // the closing quote; this byte is read as outside quotes below
      } else if (this.inQuotes) {
        if (byte === QUOTE) this.quotePending = true;
        continue;
      }
      if (byte === LF) {
        this.atCellStart = true;
        onEnd(i);
      } else if (byte === delimiter) {
        this.atCellStart = true;
      } else if (byte === QUOTE && this.atCellStart) {
        this.inQuotes = true;
        this.atCellStart = false;
      } else {
        this.atCellStart = false;
      }
    }
  }
}

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
  if (kind === 'csv') {
    yield* csvParts(path, partBytes);
    return;
  }
  const handle = await openRegular(path);
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
        // Not a mailbox after all: scanned whole, it is reported as one (parts after the first would be read).
        if (kind === 'mbox' && data.toString('latin1', scanFrom, scanFrom + 5) !== 'From ') {
          yield { start: 0, end: (await handle.stat()).size, line: 1, message: 1, encoding };
          return;
        }
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

/**
 * CSV parts: every part after the first gets the file's delimiter and first record (read
 * as the CSV extractor reads it) and the row and line numbers it starts at. A file whose first record does not
 * fit in the first chunk, with a delimiter of more than one character, or in UTF-16 is yielded whole.
 */
async function* csvParts(path: string, partBytes: number): AsyncGenerator<FilePart> {
  const handle = await openRegular(path);
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(CHUNK_BYTES);
    const { bytesRead } = await handle.read(head, 0, CHUNK_BYTES, 0);
    const encoding = detectEncoding(head.subarray(0, bytesRead));
    const whole: FilePart = { start: 0, end: size, line: 1, message: 1, encoding };
    if (encoding.encoding === 'utf-16le' || encoding.encoding === 'utf-16be') return yield whole;
    const text = createDecoder(encoding).write(head.subarray(0, bytesRead));
    const delimiter = fileDelimiter(extname(path).toLowerCase() === '.tsv', text);
    // The header, past any title lines above it: what the first part takes as its header, the later ones do too.
    const first = headerRow(new CsvReader(delimiter, Number.MAX_SAFE_INTEGER).push(text).map((record) => record.cells));
    // A row of one cell (or two with a `key: value`) may be a title above the header, which the worker decides with
    // the scan's rules: the file is not cut rather than the later parts taking another header than the first.
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || first === undefined || isTitleCandidate(first)) return yield whole;

    const ends = new CsvRecordEnds(delimiter.charCodeAt(0));
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let records = 0;
    let part: { start: number; line: number; row: number } = { start: 0, line: 1, row: 1 };
    let boundary = partBytes;
    const cuts: Array<{ end: number; line: number; row: number }> = [];
    // The BOM is not text: CsvReader never sees it, so the scan must not either.
    for (let offset = encoding.bomLength; ; ) {
      const { bytesRead: read } = await handle.read(buffer, 0, READ_BYTES, offset);
      if (read === 0) break;
      const base = offset;
      ends.feed(buffer.subarray(0, read), (index) => {
        records++;
        const next = base + index + 1;
        if (next >= boundary && next < size) {
          cuts.push({ end: next, line: ends.lines + 1, row: records + 1 });
          boundary = next + partBytes;
        }
      });
      offset += read;
      for (const cut of cuts) {
        yield { start: part.start, end: cut.end, line: part.line, message: 1, encoding, ...tableFrom(part, delimiter, first) };
        part = { start: cut.end, line: cut.line, row: cut.row };
      }
      cuts.length = 0;
    }
    yield { start: part.start, end: size, line: part.line, message: 1, encoding, ...tableFrom(part, delimiter, first) };
  } finally {
    await handle.close();
  }
}

/** The first part reads its own header; every later one continues the file's table. */
function tableFrom(part: { start: number; row: number }, delimiter: string, first: readonly string[]): Pick<FilePart, 'table'> {
  return part.start > 0 ? { table: { delimiter, first, row: part.row } } : {};
}
