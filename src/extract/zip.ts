import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { ExtractError } from '../errors.js';

/**
 * Just enough of a ZIP reader for Office files: the central directory (to check declared sizes before
 * inflating anything) and single entries by name. Office writers use only `stored` and `deflate`.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed for any entry larger than `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads the central directory. Throws `corrupt` for a damaged or truncated archive. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - MAX_COMMENT; at--) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw new ExtractError('corrupt', 'ZIP end-of-central-directory record not found (truncated file?)');
  const count = data.getUint16(eocd + 10, true);
  const dirOffset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ExtractError('unsupported', 'ZIP64 archive');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ExtractError('corrupt', 'ZIP central directory is damaged');
    }
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      encrypted: (data.getUint16(at + 8, true) & 1) === 1,
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses archives whose declared sizes look like a zip bomb, before anything is inflated. */
export function checkZipLimits(entries: readonly ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * limits.maxRatio) {
      throw new ExtractError('too-large', `ZIP entry expands more than ${limits.maxRatio} times (zip bomb?)`);
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ExtractError('too-large', `ZIP content of ${total} bytes exceeds the ${limits.maxTotalBytes}-byte limit`);
  }
}

/** The compressed bytes of an entry, after its local header. */
function rawEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new ExtractError('encrypted', 'ZIP entry is encrypted');
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ExtractError('corrupt', 'ZIP local header is damaged');
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ExtractError('corrupt', 'ZIP entry is truncated');
  if (entry.method !== 0 && entry.method !== 8) throw new ExtractError('unsupported', `ZIP compression method ${entry.method}`);
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry. Output is capped at the declared size, so an entry that lies about its size
 * cannot expand past the checked limits.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const raw = rawEntry(bytes, entry);
  if (entry.method === 0) return Buffer.from(raw);
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if (error instanceof RangeError) throw new ExtractError('too-large', 'ZIP entry expands beyond its declared size');
    throw new ExtractError('corrupt', 'ZIP entry cannot be inflated');
  }
}

/**
 * readZipEntry in pieces of about `chunkBytes`, for parts too large to hold whole (a worksheet of many
 * megabytes). Inflating stops, as readZipEntry's does, where the output passes the declared size.
 */
export async function* streamZipEntry(bytes: Uint8Array, entry: ZipEntry, chunkBytes: number): AsyncGenerator<Buffer> {
  const raw = rawEntry(bytes, entry);
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += chunkBytes) yield Buffer.from(raw.subarray(at, at + chunkBytes));
    return;
  }
  const inflate = createInflateRaw({ chunkSize: chunkBytes });
  inflate.end(raw);
  let total = 0;
  try {
    for await (const chunk of inflate) {
      total += (chunk as Buffer).length;
      if (total > Math.max(entry.uncompressedSize, 1)) throw new ExtractError('too-large', 'ZIP entry expands beyond its declared size');
      yield chunk as Buffer;
    }
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('corrupt', 'ZIP entry cannot be inflated');
  } finally {
    inflate.destroy();
  }
}
