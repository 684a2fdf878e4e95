import { readSync } from 'node:fs';

const CHUNK_BYTES = 1 << 20;
const LF = 0x0a;

/** The first line was longer than allowed: not a file this reader's caller wrote (or an older format). */
export class LineTooLongError extends Error {
  override readonly name = 'LineTooLongError';
}

/** One line of a file: its bytes (without the line break; valid until the next line is read) and where it is. */
export interface LineSpan {
  readonly bytes: Buffer;
  /** Byte offset of the line in the file. */
  readonly offset: number;
}

/**
 * The lines of an open file with their byte offsets, read in 1 MiB chunks without holding more than the current
 * line. `maxFirstLine` bounds the first line (a header), so a file in another format is refused after that many
 * bytes instead of being read whole. A line's bytes may share memory with the read buffer: copy what is kept.
 */
export function* readLineSpans(fd: number, maxFirstLine = Number.POSITIVE_INFINITY): Generator<LineSpan> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let first = true;
  // File offset of the start of `buffer`, and of the line being read.
  let bufferOffset = 0;
  let lineOffset = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    if (read === 0) break;
    let start = 0;
    for (let end = buffer.indexOf(LF, 0); end !== -1 && end < read; end = buffer.indexOf(LF, start)) {
      const bytes = pendingBytes > 0 ? Buffer.concat([...pending, buffer.subarray(start, end)]) : buffer.subarray(start, end);
      pending = [];
      pendingBytes = 0;
      if (first && bytes.length > maxFirstLine) throw new LineTooLongError(`first line longer than ${maxFirstLine} bytes`);
      first = false;
      yield { bytes, offset: lineOffset };
      start = end + 1;
      lineOffset = bufferOffset + start;
    }
    if (start < read) {
      // The buffer is reused for the next chunk: keep a copy of the unfinished line.
      pending.push(Buffer.from(buffer.subarray(start, read)));
      pendingBytes += read - start;
      if (first && pendingBytes > maxFirstLine) throw new LineTooLongError(`first line longer than ${maxFirstLine} bytes`);
    }
    bufferOffset += read;
  }
  if (pendingBytes > 0) yield { bytes: Buffer.concat(pending), offset: lineOffset };
}

/** `length` bytes at `offset` of an open file. */
export function readSpan(fd: number, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, offset + done);
    if (read === 0) throw new Error(`unexpected end of file at byte ${offset + done}`);
    done += read;
  }
  return bytes;
}
