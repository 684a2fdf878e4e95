import type { FileOutcome, FileSink } from '../engine/file-scanner.js';
import { mergeFileTallies } from '../inventory/file-tally.js';
import { CoveredTally, type CoveredCount, type DeclaredCoverage } from '../policy/coverage.js';
import type { Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import { FindingBlockWriter, placeKey, type PackedFindings, type StoredPlace } from './finding-blocks.js';
import type { CachedFile, FileScanning, FindingsCache } from './types.js';

/**
 * Puts a cache in front of the per-file scanner: a hit replays the stored findings into the sink without
 * reading the file's structure; a miss scans and stores. A file that timed out is not stored (it was cut short).
 *
 * With `coverage` (a CI gate's declared inventory, see ScanOptions.declared) findings the inventory covers are
 * counted (FileOutcome.covered) instead of handed to the sink. On a hit that is decided per stored place
 * (field × category), and a file whose places are all covered is not unpacked at all. `scannerPacks`: the
 * scanner packs every finding itself and sorts them by the same inventory (FileScannerDeps.packFindings),
 * in the worker threads; otherwise that is done here.
 */
export class CachedScanning implements FileScanning {
  constructor(
    private readonly cache: FindingsCache,
    private readonly scanner: FileScanning,
    private readonly wantFindings: boolean,
    private readonly coverage?: DeclaredCoverage,
    private readonly scannerPacks = false,
  ) {}

  async scan(file: SourceFile, system: string, sink: FileSink): Promise<FileOutcome> {
    const replayed = await this.replay(file, system, sink);
    if (replayed) return replayed;
    const { cache, coverage, scannerPacks } = this;
    const writer = this.wantFindings && !scannerPacks ? new FindingBlockWriter() : undefined;
    const covered = coverage && !scannerPacks ? new CoveredTally() : undefined;
    const skipped: Skipped[] = [];
    const { packed, ...outcome } = await this.scanner.scan(file, system, {
      finding(finding) {
        writer?.add(finding);
        const entry = covered ? coverage!.entryFor(finding.system, finding.file, finding.field, finding.category) : -1;
        if (entry >= 0) covered!.add(entry);
        else sink.finding(finding);
      },
      skipped(entry) {
        skipped.push(entry);
        sink.skipped(entry);
      },
    });
    const findings = packed ?? writer?.finish();
    if (storable(outcome, skipped)) cache.store(file, { ...(findings ? { findings } : {}), skipped, tally: outcome.tally });
    return covered ? { ...outcome, covered: covered.toData() } : outcome;
  }

  /**
   * Replays the file when the cache holds its content, else undefined (after which `storeParts` may store
   * what its parts gave).
   */
  async replay(file: SourceFile, system: string, sink: FileSink): Promise<FileOutcome | undefined> {
    const started = performance.now();
    const hit = await this.cache.lookup(file, system);
    // An entry stored without per-finding records cannot serve a scan that needs them.
    if (!hit || (this.wantFindings && !hit.findings)) return undefined;
    const open = this.coverage && hit.places ? openPlaces(hit.places, this.coverage, system, file.relativePath) : undefined;
    // Findings are unpacked only for a consumer, and then only when some of them are not counted by place.
    const replays = this.wantFindings && (!open || open.places.size > 0);
    // A damaged entry is found before anything is replayed: the file is then scanned again.
    if (replays && hit.intact && !hit.intact()) return undefined;
    if (replays) replayFindings(hit, open?.places, sink);
    const covered = open?.covered;
    for (const entry of hit.skipped) sink.skipped(entry);
    return { scanned: true, extractMs: performance.now() - started, detectMs: 0, tally: hit.tally, ...(covered ? { covered } : {}) };
  }

  /**
   * Stores a large file scanned in parts (engine/split.ts) as one entry: the parts' outcomes in file order
   * (each packed by a scanner that packs, see FileScannerDeps.packFindings) and every part's skips.
   */
  storeParts(file: SourceFile, outcomes: readonly FileOutcome[], skipped: readonly Skipped[]): void {
    if (!outcomes.every((outcome) => storable(outcome, skipped))) return;
    const packedParts = outcomes.map((outcome) => outcome.packed);
    if (this.wantFindings && !packedParts.every((packed) => packed !== undefined)) return;
    const findings = this.wantFindings ? joinPacked(packedParts as PackedFindings[]) : undefined;
    this.cache.store(file, { ...(findings ? { findings } : {}), skipped, tally: mergeFileTallies(outcomes.map((outcome) => outcome.tally)) });
  }
}

/** A file cut short (timed out) or not read at all is not stored: the next run must scan it again. */
function storable(outcome: FileOutcome, skipped: readonly Skipped[]): boolean {
  return outcome.scanned && !skipped.some((s) => s.reason === 'timeout' || !s.partial);
}

/** The packed findings of a file's parts as one file's: the blocks in order, the places summed. */
function joinPacked(parts: readonly PackedFindings[]): PackedFindings {
  const places = new Map<string, StoredPlace>();
  for (const part of parts) {
    for (const [field, category, findings] of part.places) {
      const key = placeKey(field, category);
      const place = places.get(key);
      if (place) place[2] += findings;
      else places.set(key, [field, category, findings]);
    }
  }
  return { blocks: parts.flatMap((part) => part.blocks), places: [...places.values()] };
}

/** The stored places the declared inventory does not cover, and the covered findings counted per entry. */
function openPlaces(places: readonly StoredPlace[], coverage: DeclaredCoverage, system: string, file: string): { places: Set<string>; covered: CoveredCount[] } {
  const covered = new Map<number, number>();
  const open = new Set<string>();
  for (const [field, category, findings] of places) {
    const entry = coverage.entryFor(system, file, field ?? undefined, category);
    if (entry >= 0) covered.set(entry, (covered.get(entry) ?? 0) + findings);
    else open.add(placeKey(field, category));
  }
  return { places: open, covered: [...covered] };
}

/** Hands over the stored findings, or only those at `open` places. */
function replayFindings(hit: CachedFile, open: ReadonlySet<string> | undefined, sink: FileSink): void {
  for (const finding of hit.findings ?? []) if (!open || open.has(placeKey(finding.field, finding.category))) sink.finding(finding);
}
