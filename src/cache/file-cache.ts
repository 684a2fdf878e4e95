import type { FileTallyData } from '../inventory/file-tally.js';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../detect/types.js';
import type { Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import { blocksIntact, unpackFindings, type PackedFindings, type StoredPlace } from './finding-blocks.js';
import { LineTooLongError, readLines } from './read-lines.js';
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

/** What a usable cache file held. */
interface StoredCache {
  readonly key: string | undefined;
  readonly files: Map<string, StoredEntry>;
}

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
  return createHash('sha256').update(JSON.stringify([salt.toolVersion, salt.rulesHash, salt.detectorOptions, salt.keyId ?? null])).digest('hex');
}

function packed({ blocks, places }: PackedFindings): { findings: string[]; places: StoredPlace[] } {
  return { findings: blocks, places };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The `--cache` file: per-file findings keyed by the sha256 of the file's bytes, without raw values (masked
 * value, keyed fingerprint, location, category, confidence only), packed in deflated blocks. Without a user key it keeps a random
 * fingerprint key so fingerprints stay the same across cached and fresh files; the file is therefore
 * written with mode 0600 and must stay out of the repository. A corrupt or outdated cache is started afresh.
 */
export class FileCache implements FindingsCache {
  private files = new Map<string, StoredEntry>();
  private readonly seen = new Set<string>();
  private readonly hashes = new Map<string, string>();
  private readonly salt: string;
  /** The fingerprint key to scan with when the user gave none. */
  readonly key: Buffer | undefined;
  hits = 0;
  misses = 0;

  private constructor(
    readonly path: string,
    salt: CacheSalt,
    stored: StoredCache | undefined,
  ) {
    this.salt = saltOf(salt);
    if (stored) this.files = stored.files;
    this.key = salt.keyId !== undefined ? undefined : stored?.key !== undefined ? Buffer.from(stored.key, 'base64') : randomBytes(32);
  }

  /**
   * Opens the cache at `path`; `warn` hears why an existing file could not be used (never its content). Read a
   * line (one file's entry) at a time: as one JSON document, a 66 MB cache took ~250 MB to parse and check.
   */
  static open(path: string, salt: CacheSalt, warn: (message: string) => void): FileCache {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`cannot read the cache "${path}" (${code ?? 'error'}); scanning without it`);
      return new FileCache(path, salt, undefined);
    }
    try {
      return new FileCache(path, salt, FileCache.read(fd, saltOf(salt), salt.keyId !== undefined));
    } catch (error) {
      if (error instanceof CorruptCache || error instanceof LineTooLongError) warn(`the cache "${path}" is corrupt or from another version; it will be rebuilt`);
      else warn(`cannot read the cache "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'}); scanning without it`);
      return new FileCache(path, salt, undefined);
    } finally {
      closeSync(fd);
    }
  }

  /** The stored entries, or undefined when they were made with other settings (they are then rebuilt quietly). */
  private static read(fd: number, salt: string, userKey: boolean): StoredCache | undefined {
    const lines = readLines(fd, MAX_HEADER_BYTES);
    const first = lines.next();
    if (first.done) throw new CorruptCache();
    const header = headerSchema.safeParse(parseJson(first.value));
    if (!header.success) throw new CorruptCache();
    // Another tool version, other rules or another key: nothing in it can be used, so it is not even read.
    if (header.data.salt !== salt || (!userKey && header.data.key === undefined)) return undefined;
    const files = new Map<string, StoredEntry>();
    for (const line of lines) {
      if (line === '') continue;
      const entry = entryLine.safeParse(parseJson(line));
      if (!entry.success) throw new CorruptCache();
      const { id, ...stored } = entry.data;
      files.set(id, stored);
    }
    return { key: header.data.key, files };
  }

  private static id(file: SourceFile): string {
    return file.relativePath;
  }

  async lookup(file: SourceFile, system: string): Promise<CachedFile | undefined> {
    const id = FileCache.id(file);
    const sha256 = await hashFile(file.absolutePath);
    this.hashes.set(id, sha256);
    this.seen.add(id);
    const entry = this.files.get(id);
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
    this.files.set(id, {
      sha256,
      size: file.size,
      // With a cache the scanner keys distinct values by keyed HMAC (strings), never by in-memory hashes.
      tally: result.tally as z.infer<typeof storedTally>,
      ...(result.findings === undefined ? {} : packed(result.findings)),
      skipped: result.skipped.map((s) => ({ reason: s.reason, detail: s.detail, partial: s.partial === true })),
    });
  }

  /**
   * Writes the cache (mode 0600, via a temporary file and rename so a crash never leaves half a file).
   * `pruneUnseen` drops files not looked at in this run (deleted files); leave it off for partial scans.
   */
  save(pruneUnseen: boolean): void {
    const files = [...this.files].filter(([id]) => !pruneUnseen || this.seen.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const temporary = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify({ version: CACHE_VERSION, salt: this.salt, ...(this.key ? { key: this.key.toString('base64') } : {}) })}\n`);
      // A line per file: never the whole cache as one string.
      for (const [id, entry] of files) writeSync(fd, `${JSON.stringify({ id, ...entry })}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CorruptCache();
  }
}
