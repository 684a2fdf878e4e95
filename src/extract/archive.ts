import { open, type FileHandle } from 'node:fs/promises';
import { ExtractError } from '../errors.js';
import type { ExtractItem, ExtractSource, Extractor, Location } from './types.js';
import { MAX_ARCHIVE_TOTAL, MAX_ENTRY_BYTES, MAX_RATIO, RATIO_FLOOR, SYSTEM_ENTRY } from './archive-limits.js';
import { embeddedFileName, fileNameSegment } from './embedded-name.js';
import { entryDataOffset, expandsLikeBomb, findEndOfDirectory, inflateEntry, parseCentralDirectory, readZip64End, type ZipEntry } from './zip.js';

/** The end-of-central-directory record is in the last 22 bytes plus a comment of up to 64 KiB. */
const TAIL_BYTES = 22 + 0xffff + 20;

/** Random access to the archive: a file on disk read by position, or bytes in memory (a mail attachment). */
interface ArchiveBytes {
  readonly size: number;
  read(at: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

async function openArchive(source: ExtractSource): Promise<ArchiveBytes> {
  const inMemory = source.bytes;
  if (inMemory !== undefined) {
    return { size: inMemory.length, read: async (at, length) => inMemory.subarray(at, at + length), close: async () => {} };
  }
  if (source.path === undefined) throw new ExtractError('unsupported', 'source has neither a path nor bytes');
  const handle: FileHandle = await open(source.path, 'r');
  const size = (await handle.stat()).size;
  return {
    size,
    async read(at, length) {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - at)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

async function readDirectory(archive: ArchiveBytes): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, archive.size - TAIL_BYTES);
  const { info, zip64At } = findEndOfDirectory(await archive.read(tailStart, archive.size - tailStart));
  const directory = zip64At === undefined ? info : readZip64End(await archive.read(zip64At, 56));
  if (directory.offset + directory.size > archive.size) throw new ExtractError('corrupt', 'ZIP central directory lies outside the file (truncated?)');
  return parseCentralDirectory(await archive.read(directory.offset, directory.size), directory.count);
}

/**
 * ZIP archives (the way exports are delivered: a helpdesk's data export, a mailbox zipped for transfer): every
 * entry is handed back to the pipeline and read by the extractor of its own type, a zip inside a zip included,
 * and findings are located as `entry crm/kunder.csv › row 4, column E-post`. The archive is read by position, one
 * entry at a time: memory holds the directory and the current entry, not the archive.
 *
 * Reported, not read: encrypted entries, compression methods other than stored and deflate, entries over 256 MiB
 * or expanding more than 200 times (zip bombs), and what is past 8 GiB of inflated content.
 */
export const archiveExtractor: Extractor = {
  id: 'zip',
  extensions: ['.zip'],
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    // An entry is a file of its own: --max-file-size holds for it as for the files on disk.
    const entryLimit = Math.min(ctx.maxBytes, MAX_ENTRY_BYTES);
    const archive = await openArchive(source);
    try {
      const entries = await readDirectory(archive);
      let total = 0;
      let ordinal = 0;
      for (const entry of entries) {
        if (entry.name.endsWith('/') || SYSTEM_ENTRY.test(entry.name)) continue;
        const named = embeddedFileName(entry.name, ++ordinal, ctx.holdsPersonalData);
        const name = named.shown;
        const wrap = (inner: Location): Location => ({ kind: 'archive', entry: name, inner });
        const segment = fileNameSegment(named, wrap);
        if (segment !== undefined) yield segment;
        const refused = refusal(entry, name, entryLimit);
        if (refused !== undefined) {
          yield refused;
          continue;
        }
        if (total + entry.uncompressedSize > MAX_ARCHIVE_TOTAL) {
          yield { kind: 'partial-skip', reason: 'limit', detail: `archive entries from "${name}" on not scanned: over ${MAX_ARCHIVE_TOTAL / 1024 ** 3} GiB inflated` };
          return;
        }
        total += entry.uncompressedSize;
        let bytes: Uint8Array;
        try {
          const dataAt = entryDataOffset(await archive.read(entry.localHeaderOffset, 30), entry);
          const raw = await archive.read(dataAt, entry.compressedSize);
          if (raw.length < entry.compressedSize) throw new ExtractError('corrupt', 'ZIP entry is truncated');
          bytes = inflateEntry(raw, entry);
        } catch (error) {
          if (!(error instanceof ExtractError)) throw error;
          yield { kind: 'partial-skip', reason: error.reason, detail: `archive entry "${name}": ${error.detail}` };
          continue;
        }
        yield {
          kind: 'delegate',
          name: entry.name,
          shownName: name,
          bytes,
          describedAs: 'archive entry',
          wrap,
        };
      }
    } finally {
      await archive.close();
    }
  },
};

/** Why an entry is not read, before any of it is: encrypted, packed in a way not read, or too large. */
function refusal(entry: ZipEntry, name: string, entryLimit: number): ExtractItem | undefined {
  if (entry.encrypted) return { kind: 'partial-skip', reason: 'encrypted', detail: `archive entry "${name}" is encrypted` };
  if (entry.method !== 0 && entry.method !== 8) {
    return { kind: 'partial-skip', reason: 'unsupported', detail: `archive entry "${name}": compression method ${entry.method} is not read (only stored and deflate)` };
  }
  if (entry.uncompressedSize > entryLimit) {
    return { kind: 'partial-skip', reason: 'too-large', detail: `archive entry "${name}" of ${entry.uncompressedSize} bytes is over the ${entryLimit}-byte limit` };
  }
  if (expandsLikeBomb(entry, MAX_RATIO, RATIO_FLOOR)) {
    return { kind: 'partial-skip', reason: 'too-large', detail: `archive entry "${name}" expands more than ${MAX_RATIO} times (zip bomb?)` };
  }
  return undefined;
}
