import { Parser } from 'tar/parse';
import type { ReadEntry } from 'tar/read-entry';
import { ExtractError } from '../errors.js';
import { MAX_ARCHIVE_TOTAL, MAX_RATIO, SYSTEM_ENTRY } from './archive-limits.js';
import { embeddedFileName, fileNameSegment } from './embedded-name.js';
import type { ExtractContext, ExtractItem, Location } from './types.js';

/** Regular files; links are never followed (they may point anywhere), devices and FIFOs hold no export. */
const FILE_TYPES: ReadonlySet<string> = new Set(['File', 'OldFile', 'ContiguousFile']);

/**
 * The entries of a tar archive, gzip-compressed or not (node-tar's parser recognises gzip by its magic), read from
 * `chunks` as they come: each regular file is handed back to the pipeline as a delegate, read by the extractor of its
 * own type, as ZIP entries are. Memory holds the entry being read and those finished in the current chunk.
 *
 * Reported, not read: entries over `entryLimit`, what is past 8 GiB in all, archives that inflate more than
 * MAX_RATIO times (node-tar stops there), and damage (a bad header checksum, a truncated archive).
 */
export async function* tarEntries(chunks: AsyncIterable<Uint8Array>, ctx: ExtractContext, entryLimit: number): AsyncGenerator<ExtractItem> {
  const ready: ExtractItem[] = [];
  let damage: string | undefined;
  let failure: Error | undefined;
  let stopped = false;
  let total = 0;
  let ordinal = 0;
  let entries = 0;
  const parser = new Parser({
    strict: false,
    maxDecompressionRatio: MAX_RATIO,
    onwarn: (code: string, message: string) => {
      damage ??= `${code === 'TAR_BAD_ARCHIVE' ? '' : `${code}: `}${message}`;
    },
  });
  parser.on('error', (error: Error) => {
    failure ??= error;
  });
  parser.on('entry', (entry: ReadEntry) => {
    // `tar -C export -czf export.tgz .` writes `./kunder.csv`.
    const path = entry.path.replace(/^(?:\.\/)+/, '');
    if (stopped || !FILE_TYPES.has(entry.type) || path === '' || path.endsWith('/') || SYSTEM_ENTRY.test(path)) {
      entry.resume();
      return;
    }
    entries++;
    const named = embeddedFileName(path, ++ordinal, ctx.holdsPersonalData);
    const name = named.shown;
    const wrap = (inner: Location): Location => ({ kind: 'archive', entry: name, inner });
    const segment = fileNameSegment(named, wrap);
    if (segment !== undefined) ready.push(segment);
    if (entry.size > entryLimit) {
      ready.push({ kind: 'partial-skip', reason: 'too-large', detail: `archive entry "${name}" of ${entry.size} bytes is over the ${entryLimit}-byte limit` });
      entry.resume();
      return;
    }
    if (total + entry.size > MAX_ARCHIVE_TOTAL) {
      ready.push({ kind: 'partial-skip', reason: 'limit', detail: `archive entries from "${name}" on not scanned: over ${MAX_ARCHIVE_TOTAL / 1024 ** 3} GiB inflated` });
      stopped = true;
      entry.resume();
      return;
    }
    total += entry.size;
    // Filled in place: the entry is held once, not once in parts and again joined.
    const bytes = Buffer.allocUnsafe(entry.size);
    let length = 0;
    entry.on('data', (part: Buffer) => {
      length += part.copy(bytes, length);
    });
    entry.on('end', () => {
      // A truncated archive ends its last entry early: what arrived is read, and the damage reported below.
      ready.push({ kind: 'delegate', name: path, shownName: name, bytes: bytes.subarray(0, length), describedAs: 'archive entry', wrap });
    });
  });

  for await (const chunk of chunks) {
    // node-tar parses and inflates synchronously: the entries this chunk finished are ready when write returns.
    parser.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    while (ready.length > 0) yield ready.shift()!;
    if (failure !== undefined || stopped) break;
  }
  if (failure === undefined && !stopped) parser.end();
  while (ready.length > 0) yield ready.shift()!;

  const problem = failure?.message ?? damage;
  if (problem === undefined) return;
  const reason = failure !== undefined && /decompression ratio/.test(failure.message) ? 'too-large' : 'corrupt';
  if (entries === 0) throw new ExtractError(reason, `not a readable tar archive (${problem})`);
  yield { kind: 'partial-skip', reason, detail: `tar archive read in part: ${problem}` };
}
