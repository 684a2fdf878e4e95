import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ExtractError } from '../errors.js';
import { createDecoder, detectEncoding, type ChunkDecoder } from './encoding.js';
import type { ExtractSource } from './types.js';

/**
 * 64 KiB reads: large enough that the per-chunk overhead (a promise, a decoder call) is small next to the
 * scanning, small enough that neither the buffer nor the decoded text is a large object. Larger chunks are
 * each mapped and unmapped by the allocator and V8's large-object space, and with two worker threads in one
 * process every unmap interrupts the other core: 1 MiB chunks made the 200 MB benchmark 10% slower (4.3 s
 * against 3.9 s) with twice the page faults and 50 MB more peak RSS.
 */
export const CHUNK_BYTES = 64 * 1024;

/** Streams the bytes of a file on disk, or slices an in-memory file into chunks of the same size. */
export async function* readChunks(source: ExtractSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (source.bytes) {
    for (let at = 0; at < source.bytes.length; at += CHUNK_BYTES) {
      yield source.bytes.subarray(at, at + CHUNK_BYTES);
    }
    return;
  }
  if (source.path === undefined) throw new ExtractError('unsupported', 'source has neither a path nor bytes');
  yield* readFileChunks(source.path, CHUNK_BYTES, source.part, signal);
}

/**
 * Reads a file (or the byte range `[start, end)` of it) in chunks of `chunkBytes`, each in a buffer of its own.
 *
 * Synchronous reads on purpose: extraction runs in worker threads whose only work is this file, and a read from
 * the page cache takes microseconds. A read stream costs a promise, an event and a thread-pool round trip per
 * chunk: a 52 MB mailbox took 72 ms of CPU through `createReadStream` and 9 ms through `readSync`, and in a
 * profile of the 200 MB benchmark the stream's reads were ~5% of each worker's time. A file stuck on a dead
 * network mount blocks its worker, which the engine's hard time limit ends (see engine/pool.ts).
 * Opened without blocking and checked to be a regular file: a path swapped for a FIFO after the walk would
 * otherwise block the open forever.
 */
export async function* readFileChunks(
  path: string,
  chunkBytes: number,
  range?: { readonly start: number; readonly end: number },
  signal?: AbortSignal,
): AsyncGenerator<Buffer> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new ExtractError('not-regular', 'no longer a regular file (changed during the scan)');
    let position = range?.start ?? 0;
    const end = range?.end ?? Number.POSITIVE_INFINITY;
    for (;;) {
      signal?.throwIfAborted();
      const want = Math.min(chunkBytes, end - position);
      if (want <= 0) return;
      const buffer = Buffer.allocUnsafe(want);
      const bytesRead = readSync(fd, buffer, 0, want, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield bytesRead === want ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams decoded text. The encoding is detected from the first chunk (1 MiB, or the whole file when
 * smaller); the decoder then carries incomplete characters over chunk boundaries.
 */
export async function* readText(source: ExtractSource, signal?: AbortSignal): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  for await (const chunk of readChunks(source, signal)) {
    // A part of a file decodes as the whole file does; its BOM, if any, belongs to the first part only.
    decoder ??= createDecoder(source.part ? { ...source.part.encoding, bomLength: source.part.start === 0 ? source.part.encoding.bomLength : 0 } : detectEncoding(chunk));
    const text = decoder.write(chunk);
    if (text.length > 0) yield text;
  }
  const rest = decoder?.end() ?? '';
  if (rest.length > 0) yield rest;
}

/** Reads a whole file for formats that need random access (zip, PDF, JSON), refusing files over `limit`. */
export async function readWhole(source: ExtractSource, limit: number, what: string): Promise<Uint8Array> {
  const size = source.bytes?.length ?? source.size;
  if (size > limit) throw new ExtractError('too-large', `${what} of ${size} bytes exceeds the ${limit}-byte limit`);
  if (source.bytes) return source.bytes;
  if (source.path === undefined) throw new ExtractError('unsupported', 'source has neither a path nor bytes');
  const bytes = await readFile(source.path);
  if (bytes.length > limit) throw new ExtractError('too-large', `${what} of ${bytes.length} bytes exceeds the ${limit}-byte limit`);
  return bytes;
}
