import { createInflateRaw, inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
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
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const MAX_COMMENT = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where the central directory is and how many entries it lists, from the end-of-central-directory record. */
export interface ZipDirectoryInfo {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

/**
 * Finds the end-of-central-directory record in `tail`, the last bytes of an archive (its whole, or at least its
 * last 64 KiB + 22 bytes). A ZIP64 archive also gives `zip64At`, the file offset of its ZIP64 record.
 */
export function findEndOfDirectory(tail: Uint8Array): { info: ZipDirectoryInfo; zip64At?: number } {
  const data = view(tail);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - MAX_COMMENT; at--) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw new ExtractError('corrupt', 'ZIP end-of-central-directory record not found (truncated file?)');
  const info = { count: data.getUint16(eocd + 10, true), size: data.getUint32(eocd + 12, true), offset: data.getUint32(eocd + 16, true) };
  const locator = eocd - 20;
  if (locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
    return { info, zip64At: Number(data.getBigUint64(locator + 8, true)) };
  }
  if (info.count === 0xffff || info.offset === 0xffffffff) throw new ExtractError('corrupt', 'ZIP64 archive without its ZIP64 record');
  return { info };
}

/** The ZIP64 end-of-central-directory record (56 bytes at the offset the locator gives). */
export function readZip64End(record: Uint8Array): ZipDirectoryInfo {
  const data = view(record);
  if (record.length < 56 || data.getUint32(0, true) !== ZIP64_END_SIGNATURE) throw new ExtractError('corrupt', 'ZIP64 end record is damaged');
  return { count: Number(data.getBigUint64(32, true)), size: Number(data.getBigUint64(40, true)), offset: Number(data.getBigUint64(48, true)) };
}

/**
 * The entries of a central directory (`bytes`, exactly `count` records). Names are UTF-8 when the archiver says
 * so (flag bit 11), else IBM code page 437 as Windows and older archivers write them (`Kundlista_å.csv`).
 * Sizes and offsets over 4 GiB come from the ZIP64 extra field.
 */
export function parseCentralDirectory(bytes: Uint8Array, count: number): ZipEntry[] {
  const data = view(bytes);
  const utf8 = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ExtractError('corrupt', 'ZIP central directory is damaged');
    }
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 extra field: the 8-byte values, in this order, for exactly the fields that overflowed.
      const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const wide = zip64Values(extra);
      let k = 0;
      if (uncompressedSize === 0xffffffff) uncompressedSize = wide[k++] ?? uncompressedSize;
      if (compressedSize === 0xffffffff) compressedSize = wide[k++] ?? compressedSize;
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = wide[k++] ?? localHeaderOffset;
    }
    entries.push({
      name: (flags & 0x800) !== 0 || nameBytes.every((b) => b < 0x80) ? utf8.decode(nameBytes) : iconv.decode(Buffer.from(nameBytes), 'cp437'),
      method: data.getUint16(at + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zip64Values(extra: Uint8Array): number[] {
  const data = view(extra);
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let k = at + 4; k + 8 <= Math.min(extra.length, at + 4 + size); k += 8) values.push(Number(data.getBigUint64(k, true)));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/** Reads the central directory of an archive held whole. Throws `corrupt` for a damaged or truncated archive. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const { info, zip64At } = findEndOfDirectory(bytes);
  const directory = zip64At === undefined ? info : readZip64End(bytes.subarray(zip64At, zip64At + 56));
  return parseCentralDirectory(bytes.subarray(directory.offset), directory.count);
}

/** The entry's declared size is over `floorBytes` and more than `maxRatio` times its compressed size: a zip bomb. */
export function expandsLikeBomb(entry: ZipEntry, maxRatio: number, floorBytes: number): boolean {
  return entry.uncompressedSize > floorBytes && entry.uncompressedSize > entry.compressedSize * maxRatio;
}

/** Refuses archives whose declared sizes look like a zip bomb, before anything is inflated. */
export function checkZipLimits(entries: readonly ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (expandsLikeBomb(entry, limits.maxRatio, limits.ratioFloorBytes)) {
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
  return inflateEntry(rawEntry(bytes, entry), entry);
}

/** Where an entry's data starts, from its local header (`header`: at least 30 bytes at the header's offset). */
export function entryDataOffset(header: Uint8Array, entry: ZipEntry): number {
  const data = view(header);
  if (header.length < 30 || data.getUint32(0, true) !== LOCAL_SIGNATURE) throw new ExtractError('corrupt', 'ZIP local header is damaged');
  return entry.localHeaderOffset + 30 + data.getUint16(26, true) + data.getUint16(28, true);
}

/** The stored or deflated bytes `raw` of `entry`, uncompressed and capped at its declared size. */
export function inflateEntry(raw: Uint8Array, entry: ZipEntry): Buffer {
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
