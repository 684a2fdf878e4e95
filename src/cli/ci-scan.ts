import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { codeHash } from '../cache/code-hash.js';
import { cacheSpoolPath, DEFAULT_CACHE_FILE, FileCache, hashRulesDir } from '../cache/file-cache.js';
import { BUNDLED_RULES_DIR } from '../detect/rules/load.js';
import { detectorIds } from '../detect/registry.js';
import { UsageError } from '../errors.js';
import { changedFiles } from '../git/changed.js';
import { keyIdOf } from '../policy/baseline.js';
import { withoutRawValue, type CheckedFinding } from '../policy/check.js';
import type { CoveredCount } from '../policy/coverage.js';
import { loadDeclaredInventory, INVENTORY_FILE_NAME, type DeclaredInventory } from '../policy/declared.js';
import { scan, type ScanOptions } from '../scan.js';
import type { FileTallyData } from '../inventory/file-tally.js';
import type { Finding, ScanResult } from '../scan-types.js';
import { VERSION } from '../version.js';
import type { CiFlags } from './ci-options.js';
import type { CliIo } from './io.js';
import { buildScanOptions } from './options.js';

/**
 * Where a CI command's results go as they are found: findings one by one (a PolicyCollector), or only each
 * file's tally (a FoundUsage, for init), which spares the scan building a record per finding. Never all kept.
 */
export interface FindingConsumer {
  add?(finding: CheckedFinding): void;
  addTally?(system: string, file: string, tally: FileTallyData): void;
  /** When set, the scan counts the findings this inventory covers and hands them to `addCovered` instead. */
  readonly coveredBy?: DeclaredInventory | undefined;
  addCovered?(system: string, counts: readonly CoveredCount[]): void;
}

export interface CiScan {
  readonly result: ScanResult;
  /** Id of the user's fingerprint key, when one was given (GDPR_SCAN_KEY or --key-file). */
  readonly keyId: string | undefined;
  /** False with --changed-since: absent findings then say nothing. */
  readonly complete: boolean;
  readonly options: ScanOptions;
  /** The scanned folder, as named (a scanned file's folder). */
  readonly root: string;
}

/**
 * Runs the scan for a CI command: hands every finding, without its raw value, to `consumer`; applies
 * --changed-since and --cache.
 */
export async function runCiScan(path: string, flags: CiFlags, io: CliIo, outputs: readonly string[], consumer: FindingConsumer): Promise<CiScan> {
  const absoluteRoot = resolve(io.cwd, path);
  let isFile = false;
  try {
    isFile = statSync(absoluteRoot).isFile();
  } catch {
    throw new UsageError(`cannot read "${path}" (no such file or folder)`);
  }
  const cachePath = flags.cache ? resolve(io.cwd, typeof flags.cache === 'string' ? flags.cache : DEFAULT_CACHE_FILE) : undefined;
  const base = await buildScanOptions([path], flags, io, cachePath ? [...outputs, cachePath, cacheSpoolPath(cachePath)] : outputs);
  const userKey = base.fingerprintKey;
  if (userKey !== undefined && userKey.length < 16) throw new UsageError('the fingerprint key (GDPR_SCAN_KEY or --key-file) must be at least 16 bytes long');
  const keyId = userKey === undefined ? undefined : keyIdOf(userKey);

  let onlyFiles: ((relativePath: string) => boolean) | undefined;
  if (flags.changedSince) {
    if (isFile) throw new UsageError('--changed-since needs a folder to scan, not a single file');
    const changed = await changedFiles(absoluteRoot, flags.changedSince);
    onlyFiles = (relativePath) => changed.has(relativePath);
  }

  const cache = cachePath
    ? FileCache.open(
        cachePath,
        { toolVersion: VERSION, rulesHash: hashRulesDir(BUNDLED_RULES_DIR), codeHash: codeHash(), detectorOptions: { minConfidence: base.minConfidence, detectors: detectorIds() }, keyId },
        (message) => io.stderr.write(`gdpr-scan: warning: ${message}\n`),
      )
    : undefined;
  const options: ScanOptions = {
    ...base,
    ...(cache ? { cache, fingerprintKey: userKey ?? cache.key } : {}),
    ...(onlyFiles ? { onlyFiles } : {}),
    ...(consumer.coveredBy && consumer.addCovered ? { declared: consumer.coveredBy } : {}),
  };
  const add = consumer.add?.bind(consumer);
  const addTally = consumer.addTally?.bind(consumer);
  let result: Awaited<ReturnType<typeof scan>>;
  try {
    result = await scan(options, {
      ...(add ? { onFinding: (finding: Finding) => add(withoutRawValue(finding)) } : {}),
      ...(addTally ? { onTally: addTally } : {}),
      ...(consumer.addCovered ? { onCovered: (system: string, counts: readonly CoveredCount[]) => consumer.addCovered!(system, counts) } : {}),
      ...(flags.verbose ? { onFileStart: (file) => io.stderr.write(`scanning ${file.relativePath}\n`) } : {}),
    });
  } catch (error) {
    // Removes the spool of entries this run made; the cache file stays as it was.
    cache?.close();
    throw error;
  }
  if (cache) {
    try {
      cache.save(!onlyFiles);
    } catch (error) {
      io.stderr.write(`gdpr-scan: warning: cannot write the cache "${cachePath}" (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    }
    if (flags.verbose) io.stderr.write(`gdpr-scan: cache: ${cache.hits} unchanged files reused, ${cache.misses} scanned\n`);
  }
  return { result, keyId, complete: !onlyFiles, options, root: isFile ? dirname(path) : path };
}

/**
 * The declared inventory: --inventory FILE (must exist), else gdpr-inventory.yaml in the working directory
 * when it exists, else undefined.
 */
export async function findInventory(flag: string | undefined, io: CliIo): Promise<{ inventory: DeclaredInventory; path: string } | undefined> {
  const path = resolve(io.cwd, flag ?? INVENTORY_FILE_NAME);
  if (!flag) {
    try {
      statSync(path);
    } catch {
      return undefined;
    }
  }
  return { inventory: await loadDeclaredInventory(path), path };
}
