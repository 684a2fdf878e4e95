import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { RuleSet } from './detect/rules/types.js';
import type { Confidence, Detector } from './detect/types.js';
import type { ScanPool } from './engine/pool.js';
import type { FileOutcome } from './engine/file-scanner.js';
import type { RecordKind } from './engine/split.js';
import type { WorkerSettings } from './engine/worker.js';
import { CachedScanning } from './cache/cached-scanning.js';
import type { FileScanning, FindingsCache } from './cache/types.js';
import { Fingerprinter } from './findings/fingerprint.js';
import { InventoryBuilder } from './inventory/aggregate.js';
import type { FileTallyData } from './inventory/file-tally.js';
import { createSystemResolver, type SystemRule } from './inventory/systems.js';
import type { CoveredCount } from './policy/coverage.js';
import type { DeclaredInventory } from './policy/declared.js';
import type { Finding, ScanResult, Skipped } from './scan-types.js';
import { largestFirst } from './walk/largest-first.js';
import { resolveRoots, walk } from './walk/walk.js';
import type { SourceFile } from './walk/types.js';
import { VERSION } from './version.js';
import { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_FILE_SIZE, PART_BYTES } from './scan-defaults.js';

export { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_FILE_SIZE } from './scan-defaults.js';

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
  readonly minConfidence?: Confidence;
  readonly systems?: readonly SystemRule[];
  readonly detectors?: readonly Detector[];
  readonly rules?: RuleSet;
  /** Key for persistent fingerprints; a random per-run key when absent. */
  readonly fingerprintKey?: string | Buffer | undefined;
  /** Absolute paths of the tool's own output files and folders, never scanned. */
  readonly outputs?: readonly string[];
  /** Wall-clock limit per file; the rest of a slower file is skipped with reason `timeout`. */
  readonly fileTimeoutMs?: number | undefined;
  /**
   * Size of the parts a large mailbox, log, NDJSON or CSV file is cut into for the worker threads (default
   * PART_BYTES); files under twice this are scanned whole. The per-file time limit applies to each part.
   * For tests and tuning.
   */
  readonly partBytes?: number;
  /** Files in progress at once: read and scanned in turn in one thread, or handed to the worker threads. */
  readonly concurrency?: number;
  /** Keep raw values on findings handed to `onFinding` (for --reveal). Off by default. */
  readonly keepValues?: boolean;
  /**
   * Worker threads to scan files in. 1 (the default for library use) scans in this thread unless `isolate`
   * is set; the CLI uses one per core. Custom detectors or rules always run in this thread (functions cannot
   * cross threads).
   */
  readonly jobs?: number;
  /**
   * Scan in worker threads even with one job: only there does the hard time limit end a parser stuck in
   * synchronous code, and a file that exhausts a thread's heap cost that thread, not the process. The CLI sets
   * it, so that a one-core machine (one job by default) gets the same protection.
   */
  readonly isolate?: boolean;
  /**
   * When a worker thread still busy with one file is ended (default: the file time limit plus 10 s, so that
   * the soft limit, which keeps the findings so far, nearly always fires first). For tests.
   */
  readonly hardTimeoutMs?: number;
  /**
   * Worker threads the caller started before it had the options (`new ScanPool(jobs)`), so their start-up
   * overlapped its own; used instead of new ones when the scan runs in worker threads, closed when it ends.
   */
  readonly workers?: ScanPool;
  /** Measure extraction and detection time separately (stats.stages); otherwise both count as extraction. */
  readonly timeStages?: boolean;
  /** Per-file results cache (src/cache/): an unchanged file is replayed instead of re-extracted. */
  readonly cache?: FindingsCache;
  /** Scan only files this accepts (e.g. --changed-since); the rest are left out as if excluded. */
  readonly onlyFiles?: (relativePath: string) => boolean;
  /**
   * Findings this declared inventory covers reach `onCovered` as counts per entry instead of `onFinding` one
   * by one (a CI gate needs only the others). A cache still stores every finding: the inventory may change
   * before the next run.
   */
  readonly declared?: DeclaredInventory;
}

export interface ScanEvents {
  /** Called for every finding as it is found (before aggregation), e.g. to stream NDJSON. */
  onFinding?(finding: Finding): void;
  onFileStart?(file: SourceFile): void;
  onFileDone?(file: SourceFile): void;
  onSkipped?(skipped: Skipped): void;
  /** Findings of one file (or part) that ScanOptions.declared covered, per entry of declaredEntries(). */
  onCovered?(system: string, counts: readonly CoveredCount[]): void;
  /** What one file (or part of one) contributed to the inventory: counts per category and field. */
  onTally?(system: string, file: string, tally: FileTallyData): void;
}

/** A parser stuck in synchronous code cannot check the clock; its worker is ended this much later. */
const HARD_TIMEOUT_GRACE_MS = 10_000;

/** Per-file scanning in worker threads or in this thread; `close` ends the threads. */
interface Scanner extends FileScanning {
  close?(): Promise<void>;
}

/**
 * Loaded on demand: the main thread of a pooled scan needs no detectors, parsers or rules (the workers load
 * them), and an in-thread scan needs no thread pool.
 */
async function createScanner(
  settings: Omit<WorkerSettings, 'key' | 'persistentKey'>,
  jobs: number,
  pooled: boolean,
  fingerprinter: Fingerprinter,
  options: Pick<ScanOptions, 'rules' | 'detectors' | 'workers' | 'hardTimeoutMs'>,
): Promise<Scanner> {
  if (pooled) {
    const pool = options.workers ?? new (await import('./engine/pool.js')).ScanPool(jobs);
    const hardTimeoutMs = options.hardTimeoutMs ?? settings.fileTimeoutMs + HARD_TIMEOUT_GRACE_MS;
    pool.configure({ ...settings, key: fingerprinter.key, persistentKey: fingerprinter.persistent }, hardTimeoutMs);
    return { scan: (file, system, sink, part) => pool.scan(file, system, sink, part), close: () => pool.close() };
  }
  await options.workers?.close();
  const [{ FileScanner }, { BUILTIN_DETECTORS }, { loadRules }] = await Promise.all([
    import('./engine/file-scanner.js'),
    import('./detect/registry.js'),
    import('./detect/rules/load.js'),
  ]);
  return new FileScanner({
    ...settings,
    rules: options.rules ?? loadRules(),
    detectors: options.detectors ?? BUILTIN_DETECTORS,
    fingerprinter,
  });
}

/** The library entry point: walks, extracts, detects and aggregates. Writes nothing and never exits. */
export async function scan(options: ScanOptions, events: ScanEvents = {}): Promise<ScanResult> {
  const started = performance.now();
  const scannedAt = new Date().toISOString();
  const minConfidence = options.minConfidence ?? 'low';
  const fingerprinter = new Fingerprinter(options.fingerprintKey);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const fileTimeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const keepValues = options.keepValues ?? false;
  const wantFindings = events.onFinding !== undefined;
  const timeStages = options.timeStages === true;
  // Cached tallies go to disk, where only keyed fingerprints may stand for values.
  const distinctSeed = options.cache ? undefined : randomInt(2 ** 31);
  const inThisThread = options.detectors !== undefined || options.rules !== undefined;
  const jobs = inThisThread ? 1 : Math.max(1, options.jobs ?? 1);
  const pooled = !inThisThread && (jobs > 1 || options.isolate === true);
  const declared = options.declared;
  // With a cache every finding is packed for it where it is found (the cache keeps them all: the inventory
  // may change before the next run), and the declared ones are still sorted out there.
  const packFindings = options.cache !== undefined && wantFindings;
  const scanner = await createScanner(
    { minConfidence, maxFileSize, fileTimeoutMs, keepValues, wantFindings, distinctSeed, timeStages, packFindings, ...(declared ? { declared } : {}) },
    jobs,
    pooled,
    fingerprinter,
    options,
  );
  const systemOf = createSystemResolver(options.systems ?? []);
  const inventory = new InventoryBuilder();
  const skipped: Skipped[] = [];
  const stages = { walk: 0, extract: 0, detect: 0 };
  let files = 0;
  let bytes = 0;
  let findings = 0;

  const recordSkip = (entry: Skipped): void => {
    const withSystem = { ...entry, system: entry.system ?? systemOf(entry.file, entry.root) };
    skipped.push(withSystem);
    inventory.addSkipped(withSystem.system, withSystem);
    events.onSkipped?.(withSystem);
  };
  const sink = {
    finding(finding: Finding): void {
      events.onFinding?.(finding);
    },
    skipped: recordSkip,
  };

  /** What one file, or one part of it, contributed; `order` keeps a file's parts in file order. */
  const record = (system: string, file: SourceFile, outcome: FileOutcome, order: number): void => {
    inventory.addFileTally(system, file.relativePath, outcome.tally, order);
    for (const category of Object.values(outcome.tally)) findings += category.occurrences;
    if (outcome.covered && outcome.covered.length > 0) events.onCovered?.(system, outcome.covered);
    events.onTally?.(system, file.relativePath, outcome.tally);
    stages.extract += outcome.extractMs;
    stages.detect += outcome.detectMs;
  };
  const fileDone = (system: string, file: SourceFile, scanned: boolean): void => {
    if (scanned) {
      files++;
      bytes += file.size;
      inventory.addFile(system, file.size);
    }
    events.onFileDone?.(file);
  };

  const scanFile = async (file: SourceFile, started = false): Promise<void> => {
    const system = systemOf(file.pathInRoot ?? file.relativePath, file.root);
    if (!started) events.onFileStart?.(file);
    const outcome = await perFile.scan(file, system, sink);
    record(system, file, outcome, 0);
    fileDone(system, file, outcome.scanned);
  };

  // A cache hit is sorted here, by the places stored with the file.
  const cacheCoverage = options.cache && declared ? new (await import('./policy/coverage.js')).DeclaredCoverage(declared) : undefined;
  const cached = options.cache ? new CachedScanning(options.cache, scanner, wantFindings, cacheCoverage, packFindings) : undefined;
  const perFile: FileScanning = cached ?? scanner;
  const roots = await resolveRoots(options.paths, options.cwd);
  const running = new Set<Promise<void>>();
  /** Files whose parts are all handed out, waiting for the last part to finish. */
  const finishing = new Set<Promise<void>>();
  // Worker threads get two files each at a time, one running and one waiting: files go out largest first, and a
  // longer queue inside the pool would let piscina reorder it (it rotates tasks it cannot place at once).
  const concurrency = options.concurrency ?? (pooled ? 2 * jobs : 4);
  const submit = async (work: Promise<void>): Promise<void> => {
    const task = work.finally(() => running.delete(task));
    running.add(task);
    if (running.size >= concurrency) await Promise.race(running);
  };

  // One big mailbox or log is cut into parts for the worker threads (see engine/split.ts). With a cache the
  // parts' results are stored as one entry for the file, and an unchanged file is replayed whole.
  const partBytes = options.partBytes ?? PART_BYTES;
  const splitter = jobs > 1 ? await import('./engine/split-choice.js') : undefined;
  const scanInParts = async (file: SourceFile, kind: RecordKind): Promise<void> => {
    const system = systemOf(file.pathInRoot ?? file.relativePath, file.root);
    events.onFileStart?.(file);
    if (cached) {
      const replayed = await cached.replay(file, system, sink);
      if (replayed) {
        record(system, file, replayed, 0);
        fileDone(system, file, replayed.scanned);
        return;
      }
    }
    const parts: Array<Promise<FileOutcome>> = [];
    const fileSkips: Skipped[] = [];
    let readToEnd = true;
    const partSink = cached ? { finding: sink.finding, skipped: (entry: Skipped) => (fileSkips.push(entry), sink.skipped(entry)) } : sink;
    try {
      for await (const part of splitter!.fileParts(file.absolutePath, kind, partBytes)) {
        const done = scanner.scan(file, system, partSink, part).then((outcome) => {
          record(system, file, outcome, part.start);
          return outcome;
        });
        parts.push(done);
        await submit(done.then(() => undefined));
      }
    } catch (error) {
      // Cutting reads the file first: if that fails, the file is scanned whole and fails there with its reason.
      if (parts.length === 0) return submit(scanFile(file, true));
      const entry: Skipped = { file: file.relativePath, root: file.root, system, reason: 'read-error', detail: `the file could not be read to the end (${(error as NodeJS.ErrnoException | undefined)?.code ?? 'error'}); the rest was not scanned`, partial: true };
      readToEnd = false;
      recordSkip(entry);
    }
    const done = Promise.all(parts).then((outcomes) => {
      // Parts were handed out in file order, so the outcomes are in file order.
      if (readToEnd) cached?.storeParts(file, outcomes, fileSkips);
      fileDone(system, file, outcomes.some((outcome) => outcome.scanned));
    });
    finishing.add(done);
  };

  let walkMark = performance.now();
  const walked = walk(roots, {
    exclude: options.exclude ?? [],
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    outputs: options.outputs ?? [],
  });
  for await (const item of largestFirst(walked)) {
    stages.walk += performance.now() - walkMark;
    if (options.onlyFiles && !options.onlyFiles(item.kind === 'skip' ? item.skip.file : item.file.relativePath)) continue;
    if (item.kind === 'skip') recordSkip({ ...item.skip, system: systemOf(item.pathInRoot ?? item.skip.file, item.skip.root) });
    else {
      const kind = splitter && item.file.size >= 2 * partBytes ? await splitter.recordKindOf(item.file) : undefined;
      if (kind) await scanInParts(item.file, kind);
      else await submit(scanFile(item.file));
    }
    walkMark = performance.now();
  }
  await Promise.all(running);
  await Promise.all(finishing);
  await scanner.close?.();

  return {
    tool: { name: 'gdpr-scan', version: VERSION },
    scannedAt,
    roots: options.paths,
    minConfidence,
    systems: inventory.build(),
    skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file) || a.detail.localeCompare(b.detail) || a.reason.localeCompare(b.reason)),
    stats: { files, bytes, findings, skipped: skipped.length, durationMs: performance.now() - started, stages },
  };
}
