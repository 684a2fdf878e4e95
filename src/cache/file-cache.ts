import type { FileTallyData } from '../inventory/file-tally.js';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../detect/types.js';
import type { Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import { blocksIntact, unpackFindings, type FindingBlockWriter, type StoredPlace } from './finding-blocks.js';
import type { CachedFile, FileResults, FindingsCache } from './types.js';

export { DEFAULT_CACHE_FILE } from '../file-names.js';
/** 2: findings packed in deflated blocks (finding-blocks.ts) instead of one JSON object each; 3: with their places. */
const CACHE_VERSION = 3;

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
const cacheSchema = z
  .object({ version: z.literal(CACHE_VERSION), salt: z.string(), key: z.string().optional(), files: z.record(z.string(), storedEntry) })
  .strict();

type StoredEntry = z.infer<typeof storedEntry>;

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

function packed(writer: FindingBlockWriter): { findings: string[]; places: StoredPlace[] } {
  const { blocks, places } = writer.finish();
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
    stored: z.infer<typeof cacheSchema> | undefined,
  ) {
    this.salt = saltOf(salt);
    const usable = stored && stored.salt === this.salt && (salt.keyId !== undefined || stored.key !== undefined);
    if (usable) this.files = new Map(Object.entries(stored.files));
    this.key = salt.keyId !== undefined ? undefined : usable && stored.key ? Buffer.from(stored.key, 'base64') : randomBytes(32);
  }

  /** Opens the cache at `path`; `warn` hears why an existing file could not be used (never its content). */
  static open(path: string, salt: CacheSalt, warn: (message: string) => void): FileCache {
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`cannot read the cache "${path}" (${code ?? 'error'}); scanning without it`);
    }
    if (text === undefined) return new FileCache(path, salt, undefined);
    let stored: z.infer<typeof cacheSchema> | undefined;
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(text));
      if (parsed.success) stored = parsed.data;
      else warn(`the cache "${path}" is corrupt or from another version; it will be rebuilt`);
    } catch {
      warn(`the cache "${path}" is corrupt (not JSON); it will be rebuilt`);
    }
    return new FileCache(path, salt, stored);
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
    // A damaged block is found before anything is replayed: the file is then scanned again.
    if (entry.findings !== undefined && !blocksIntact(entry.findings)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    const blocks = entry.findings;
    return {
      tally: entry.tally as FileTallyData,
      ...(blocks === undefined ? {} : { findings: { [Symbol.iterator]: () => unpackFindings(blocks, system, file.relativePath, this.path) } }),
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
    const content = JSON.stringify({
      version: CACHE_VERSION,
      salt: this.salt,
      ...(this.key ? { key: this.key.toString('base64') } : {}),
      files: Object.fromEntries(files),
    });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, content, { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
