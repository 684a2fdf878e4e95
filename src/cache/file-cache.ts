import type { FileTallyData } from '../inventory/file-tally.js';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../detect/types.js';
import type { Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import { blocksIntact, unpackFindings, type PackedFindings, type StoredPlace } from './finding-blocks.js';
import { LineTooLongError, readLineSpans, readSpan } from './read-lines.js';
import type { CachedFile, FileResults, FindingsCache } from './types.js';

export { DEFAULT_CACHE_FILE } from '../file-names.js';
/**
 * 2: findings packed in deflated blocks (finding-blocks.ts) instead of one JSON object each; 3: with their
 * places; 4: JSON lines (a header, then one line per file) instead of one JSON document.
 */
const CACHE_VERSION = 4;
/** A header longer than this is not one (a cache of version 1–3 is one long line). */
const MAX_HEADER_BYTES = 64 * 1024;

/** What decides whether cached findings are still what a fresh scan would find. */
export interface CacheSalt {
  readonly toolVersion: string;
  /** Hash of the rule files (see `hashRulesDir`). */
  readonly rulesHash: string;
  /** Hash of the build's detection code (see `codeHash`): a changed detector without a version bump. */
  readonly codeHash: string;
  /** Detector options that change findings: minimum confidence, detector ids. */
  readonly detectorOptions: Readonly<Record<string, unknown>>;
  /** Id of the user's fingerprint key (fingerprints are stored), or undefined to use a key kept in the cache. */
  readonly keyId: string | undefined;
}

const storedSkip = z.object({ reason: z.string(), detail: z.string(), partial: z.boolean() }).strict();
const storedTally = z.partialRecord(
  z.enum(CATEGORIES),
  z
    .object({
      occurrences: z.number(),
      confidence: z.object({ low: z.number(), medium: z.number(), high: z.number() }).strict(),
      subtypes: z.record(z.string(), z.number()),
      fields: z.record(z.string(), z.number()),
      fingerprints: z.array(z.string()),
      examples: z.array(z.string()),
    })
    .strict(),
);
const storedEntry = z
  .object({
    sha256: z.string(),
    size: z.number(),
    findings: z.array(z.string()).optional(),
    places: z.array(z.tuple([z.string().nullable(), z.enum(CATEGORIES), z.number()])).optional(),
    skipped: z.array(storedSkip),
    tally: storedTally,
  })
  .strict();
const headerSchema = z.object({ version: z.literal(CACHE_VERSION), salt: z.string(), key: z.string().optional() }).strict();
const entryLine = storedEntry.extend({ id: z.string() }).strict();

type StoredEntry = z.infer<typeof storedEntry>;

/**
 * Where a file's entry is: a line of the cache file read at start (`spool: false`) or of the spool that this
 * run's new entries go to (`spool: true`). Only this stays in memory; the entries (findings, fingerprints)
 * stay on disk until a lookup or the save needs them, so memory does not grow with the export.
 */
interface EntrySpan {
  readonly sha256: string;
  readonly size: number;
  readonly offset: number;
  readonly length: number;
  readonly spool: boolean;
}

/** What a usable cache file held: the key and where each file's entry is. */
interface StoredCache {
  readonly key: string | undefined;
  readonly files: Map<string, EntrySpan>;
}

/**
 * The start of an entry line as `save` writes it: `{"id":…,"sha256":…,"size":…,`. Read without parsing the
 * rest (the packed findings), which is checked when the entry is used.
 */
const ENTRY_START = /^\{"id":("(?:[^"\\]|\\.)*"),"sha256":"([0-9a-f]{64})","size":(\d+),/;

class CorruptCache extends Error {}

/** sha256 over every file under the rules folder (names and contents), in a stable order. */
export function hashRulesDir(dir: string): string {
  const hash = createHash('sha256');
  const visit = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) hash.update(`${prefix}${entry.name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  visit(dir, '');
  return hash.digest('hex');
}

function saltOf(salt: CacheSalt): string {
  return createHash('sha256').update(JSON.stringify([salt.toolVersion, salt.rulesHash, salt.codeHash, salt.detectorOptions, salt.keyId ?? null])).digest('hex');
}

function packed({ blocks, places }: PackedFindings): { findings: string[]; places: StoredPlace[] } {
  return { findings: blocks, places };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Where this run's new entries wait for `save`: beside the cache file (the scan leaves both out). */
export function cacheSpoolPath(cachePath: string): string {
  return `${cachePath}.${process.pid}.spool`;
}

/**
 * The `--cache` file: per-file findings keyed by the sha256 of the file's bytes, without raw values (masked
 * value, keyed fingerprint, location, category, confidence only), packed in deflated blocks. Without a user key it keeps a random
 * fingerprint key so fingerprints stay the same across cached and fresh files; the file is therefore
 * written with mode 0600 and must stay out of the repository. A corrupt or outdated cache is started afresh.
 *
 * Only where each entry is stays in memory: entries are read from the cache file when a lookup uses them, new
 * ones are appended to a spool file, and `save` copies both into the new cache file line by line.
 */
export class FileCache implements FindingsCache {
  private readonly files: Map<string, EntrySpan>;
  private readonly seen = new Set<string>();
  private readonly hashes = new Map<string, string>();
  private readonly salt: string;
  private readonly spoolPath: string;
  /** The cache file as opened (its entries are read from it), until `save` or `close`. */
  private source: number | undefined;
  private spool: number | undefined;
  private spoolBytes = 0;
  private warnedDamage = false;
  /** The fingerprint key to scan with when the user gave none. */
  readonly key: Buffer | undefined;
  hits = 0;
  misses = 0;

  private constructor(
    readonly path: string,
    salt: CacheSalt,
    stored: StoredCache | undefined,
    source: number | undefined,
    private readonly warn: (message: string) => void,
  ) {
    this.salt = saltOf(salt);
    this.files = stored?.files ?? new Map();
    this.source = stored ? source : undefined;
    if (source !== undefined && this.source === undefined) closeSync(source);
    this.spoolPath = cacheSpoolPath(path);
    this.key = salt.keyId !== undefined ? undefined : stored?.key !== undefined ? Buffer.from(stored.key, 'base64') : randomBytes(32);
  }

  /**
   * Opens the cache at `path`; `warn` hears why an existing file could not be used (never its content). Reads
   * each entry's id, hash and size and where it is; the entries themselves are read when a lookup uses them.
   */
  static open(path: string, salt: CacheSalt, warn: (message: string) => void): FileCache {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`cannot read the cache "${path}" (${code ?? 'error'}); scanning without it`);
      return new FileCache(path, salt, undefined, undefined, warn);
    }
    try {
      return new FileCache(path, salt, FileCache.read(fd, saltOf(salt), salt.keyId !== undefined), fd, warn);
    } catch (error) {
      if (error instanceof CorruptCache || error instanceof LineTooLongError) warn(`the cache "${path}" is corrupt or from another version; it will be rebuilt`);
      else warn(`cannot read the cache "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'}); scanning without it`);
      closeSync(fd);
      return new FileCache(path, salt, undefined, undefined, warn);
    }
  }

  /** The stored entries, or undefined when they were made with other settings (they are then rebuilt quietly). */
  private static read(fd: number, salt: string, userKey: boolean): StoredCache | undefined {
    const lines = readLineSpans(fd, MAX_HEADER_BYTES);
    const first = lines.next();
    if (first.done) throw new CorruptCache();
    const header = headerSchema.safeParse(parseJson(first.value.bytes.toString('utf8')));
    if (!header.success) throw new CorruptCache();
    // Another tool version or build, other rules or another key: nothing in it can be used, so it is not even read.
    if (header.data.salt !== salt || (!userKey && header.data.key === undefined)) return undefined;
    const files = new Map<string, EntrySpan>();
    for (const { bytes, offset } of lines) {
      if (bytes.length === 0) continue;
      const start = ENTRY_START.exec(bytes.subarray(0, 8192).toString('utf8'));
      if (!start) throw new CorruptCache();
      const id = parseJson(start[1]!);
      if (typeof id !== 'string') throw new CorruptCache();
      files.set(id, { sha256: start[2]!, size: Number(start[3]), offset, length: bytes.length, spool: false });
    }
    return { key: header.data.key, files };
  }

  private static id(file: SourceFile): string {
    return file.relativePath;
  }

  /** The entry at `span`, checked; undefined (with a warning, once) when it is damaged. */
  private entryAt(id: string, span: EntrySpan): StoredEntry | undefined {
    const fd = span.spool ? this.spool : this.source;
    let parsed: unknown;
    try {
      parsed = fd === undefined ? undefined : JSON.parse(readSpan(fd, span.offset, span.length).toString('utf8'));
    } catch {
      parsed = undefined;
    }
    const entry = entryLine.safeParse(parsed);
    if (entry.success && entry.data.id === id) {
      const { id: _id, ...stored } = entry.data;
      return stored;
    }
    if (!this.warnedDamage) this.warn(`the cache "${this.path}" has a damaged entry; those files are scanned again`);
    this.warnedDamage = true;
    return undefined;
  }

  async lookup(file: SourceFile, system: string): Promise<CachedFile | undefined> {
    const id = FileCache.id(file);
    const sha256 = await hashFile(file.absolutePath);
    this.hashes.set(id, sha256);
    this.seen.add(id);
    const span = this.files.get(id);
    const entry = span && span.sha256 === sha256 && span.size === file.size ? this.entryAt(id, span) : undefined;
    if (!entry || entry.sha256 !== sha256 || entry.size !== file.size) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    const blocks = entry.findings;
    // Checked only when findings are about to be replayed: a file whose places are all declared is not unpacked.
    const intact = (): boolean => {
      if (blocks === undefined || blocksIntact(blocks)) return true;
      this.hits--;
      this.misses++;
      return false;
    };
    return {
      tally: entry.tally as FileTallyData,
      ...(blocks === undefined ? {} : { findings: { [Symbol.iterator]: () => unpackFindings(blocks, system, file.relativePath, this.path) }, intact }),
      ...(blocks !== undefined && entry.places !== undefined ? { places: entry.places } : {}),
      skipped: entry.skipped.map((s): Skipped => ({ file: file.relativePath, root: file.root, reason: s.reason as Skipped['reason'], detail: s.detail, partial: s.partial, system })),
    };
  }

  store(file: SourceFile, result: FileResults): void {
    const id = FileCache.id(file);
    const sha256 = this.hashes.get(id);
    if (sha256 === undefined) return;
    const entry: StoredEntry = {
      sha256,
      size: file.size,
      // With a cache the scanner keys distinct values by keyed HMAC (strings), never by in-memory hashes.
      tally: result.tally as z.infer<typeof storedTally>,
      ...(result.findings === undefined ? {} : packed(result.findings)),
      skipped: result.skipped.map((s) => ({ reason: s.reason, detail: s.detail, partial: s.partial === true })),
    };
    this.spool ??= openSync(this.spoolPath, 'w+', 0o600);
    const length = writeEntryLine(this.spool, id, entry);
    this.files.set(id, { sha256, size: file.size, offset: this.spoolBytes, length, spool: true });
    this.spoolBytes += length + 1;
  }

  /**
   * Writes the cache (mode 0600, via a temporary file and rename so a crash never leaves half a file), an entry
   * at a time from the old cache file and the spool. `pruneUnseen` drops files not looked at in this run
   * (deleted files); leave it off for partial scans.
   */
  save(pruneUnseen: boolean): void {
    const ids = [...this.files.keys()].filter((id) => !pruneUnseen || this.seen.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      const fd = openSync(temporary, 'w', 0o600);
      try {
        writeSync(fd, `${JSON.stringify({ version: CACHE_VERSION, salt: this.salt, ...(this.key ? { key: this.key.toString('base64') } : {}) })}\n`);
        for (const id of ids) {
          const span = this.files.get(id)!;
          const from = span.spool ? this.spool : this.source;
          if (from === undefined) continue;
          writeAll(fd, readSpan(from, span.offset, span.length));
          writeSync(fd, '\n');
        }
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    } finally {
      this.close();
    }
  }

  /** Closes the cache file and removes the spool (after `save`, or instead of it). */
  close(): void {
    if (this.source !== undefined) closeSync(this.source);
    this.source = undefined;
    if (this.spool !== undefined) {
      closeSync(this.spool);
      rmSync(this.spoolPath, { force: true });
    }
    this.spool = undefined;
  }
}

/**
 * Writes `{"id":…,"sha256":…,"size":…,…}` and a line break; returns the line's length in bytes (without the
 * break). Written in pieces: the packed blocks are strings of a megabyte each already, and one string of the
 * whole entry (tens of megabytes for a large mailbox) would be garbage as soon as it is written.
 */
function writeEntryLine(fd: number, id: string, entry: StoredEntry): number {
  let length = 0;
  const put = (text: string): void => {
    length += writeSync(fd, text);
  };
  const { sha256, size, findings, ...rest } = entry;
  put(`{"id":${JSON.stringify(id)},"sha256":${JSON.stringify(sha256)},"size":${size}`);
  for (const [name, value] of Object.entries(rest)) put(`,${JSON.stringify(name)}:${JSON.stringify(value)}`);
  if (findings !== undefined) {
    put(',"findings":[');
    // Base64 holds no character JSON escapes.
    findings.forEach((block, i) => {
      put(i === 0 ? '"' : ',"');
      put(block);
      put('"');
    });
    put(']');
  }
  put('}');
  writeSync(fd, '\n');
  return length;
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CorruptCache();
  }
}
