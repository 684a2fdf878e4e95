import { readSync } from 'node:fs';

const CHUNK_BYTES = 1 << 20;
const LF = 0x0a;

/** The first line was longer than allowed: not a file this reader's caller wrote (or an older format). */
export class LineTooLongError extends Error {
  override readonly name = 'LineTooLongError';
}

/**
 * The lines of an open file, read in 1 MiB chunks without holding more than the current line: a file of many
 * megabytes of JSON lines is parsed one line at a time instead of as one string and one object tree.
 * `maxFirstLine` bounds the first line (a header), so a file in another format is refused after that many
 * bytes instead of being read whole.
 */
export function* readLines(fd: number, maxFirstLine = Number.POSITIVE_INFINITY): Generator<string> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let first = true;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    if (read === 0) break;
    let start = 0;
    for (let end = buffer.indexOf(LF, 0); end !== -1 && end < read; end = buffer.indexOf(LF, start)) {
      const line = pendingBytes > 0 ? Buffer.concat([...pending, buffer.subarray(start, end)]) : buffer.subarray(start, end);
      pending = [];
      pendingBytes = 0;
      if (first && line.length > maxFirstLine) throw new LineTooLongError(`first line longer than ${maxFirstLine} bytes`);
      first = false;
      yield line.toString('utf8');
      start = end + 1;
    }
    if (start < read) {
      // The buffer is reused for the next chunk: keep a copy of the unfinished line.
      pending.push(Buffer.from(buffer.subarray(start, read)));
      pendingBytes += read - start;
      if (first && pendingBytes > maxFirstLine) throw new LineTooLongError(`first line longer than ${maxFirstLine} bytes`);
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending).toString('utf8');
}
