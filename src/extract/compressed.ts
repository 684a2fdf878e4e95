import { gunzipSync } from 'node:zlib';
import { ExtractError } from '../errors.js';
import { MAX_ENTRY_BYTES, MAX_RATIO, inflatesLikeBomb } from './archive-limits.js';
import { embeddedFileName } from './embedded-name.js';
import { readChunks } from './read-chunks.js';
import { tarEntries } from './tar.js';
import type { ExtractItem, ExtractSource, Extractor, Location } from './types.js';

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** `ustar` at offset 257 of the first header block (POSIX and GNU tar). */
const USTAR_AT = 257;
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72] as const;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

/** A tar archive by its name (`.tar`, `.tgz`, `.tar.gz`) or its first header. */
function isTar(name: string, head: Uint8Array): boolean {
  return /\.(?:tar|tgz|tar\.gz)$/i.test(name) || startsWith(head, USTAR, USTAR_AT);
}

/**
 * Compressed and bundled exports: a rotated server log (`access.log.2.gz`), a CSV or a mailbox gzipped for transfer
 * (`kunder.csv.gz`), a tarball of a ticket system's export (`export.tar.gz`, `.tgz`, `.tar`). What is inside is
 * handed back to the pipeline and read by the extractor of its own type, located as `entry kunder.csv › row 4 …`.
 * Bombs and files past 256 MiB (or --max-file-size) are reported, not inflated.
 */
export const compressedExtractor: Extractor = {
  id: 'compressed',
  extensions: ['.gz', '.tgz', '.tar'],
  sniff: (head) => startsWith(head, GZIP_MAGIC) || startsWith(head, USTAR, USTAR_AT),
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const entryLimit = Math.min(ctx.maxBytes, MAX_ENTRY_BYTES);
    const head = await firstBytes(source);
    if (isTar(source.name, head)) {
      yield* tarEntries(readChunks(source, ctx.signal), ctx, entryLimit);
      return;
    }
    if (!startsWith(head, GZIP_MAGIC)) throw new ExtractError('corrupt', 'not a gzip file (no gzip header)');
    const bytes = await gunzipWhole(source, entryLimit, ctx.signal);
    // `export.tar` inside `export.gz`: a tarball whose name lost its `.tar`.
    if (startsWith(bytes, USTAR, USTAR_AT)) {
      yield* tarEntries(oneChunk(bytes), ctx, entryLimit);
      return;
    }
    const written = source.name.replace(/\.gz$/i, '').split(/[\\/]/).pop() ?? '';
    // Named by the file's own name, which the scan reads already: shown by number only if that holds personal data.
    const named = embeddedFileName(written, 1, ctx.holdsPersonalData);
    const wrap = (inner: Location): Location => ({ kind: 'archive', entry: named.shown, inner });
    yield { kind: 'delegate', name: written, shownName: named.shown, bytes, describedAs: 'compressed file', wrap };
  },
};

async function firstBytes(source: ExtractSource): Promise<Uint8Array> {
  for await (const chunk of readChunks(source)) return chunk;
  return new Uint8Array(0);
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * The inflated content of a gzip file (its members one after another), at most `limit` bytes. Read whole: a
 * compressed file over the limit inflates past it anyway, and zlib's own output limit keeps a bomb from filling
 * memory before it is recognised.
 */
async function gunzipWhole(source: ExtractSource, limit: number, signal: AbortSignal | undefined): Promise<Buffer> {
  if (source.size > limit) throw new ExtractError('too-large', `compressed file of ${source.size} bytes is over the ${limit}-byte limit`);
  const parts: Uint8Array[] = [];
  for await (const chunk of readChunks(source, signal)) parts.push(chunk);
  const packed = Buffer.concat(parts);
  let inflated: Buffer;
  try {
    inflated = gunzipSync(packed, { maxOutputLength: limit });
  } catch (error) {
    if (error instanceof RangeError) throw new ExtractError('too-large', `inflates to more than the ${limit}-byte limit`);
    throw new ExtractError('corrupt', `damaged gzip data (${(error as Error).message})`);
  }
  if (inflatesLikeBomb(inflated.length, packed.length)) throw new ExtractError('too-large', `inflates more than ${MAX_RATIO} times (a gzip bomb?)`);
  return inflated;
}
