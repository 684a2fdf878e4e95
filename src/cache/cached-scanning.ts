import type { FileSink } from '../engine/file-scanner.js';
import { CoveredTally, type CoveredCount, type DeclaredCoverage } from '../policy/coverage.js';
import type { Skipped } from '../scan-types.js';
import { FindingBlockWriter, placeKey, type StoredPlace } from './finding-blocks.js';
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
export function cachedScanning(cache: FindingsCache, scanner: FileScanning, wantFindings: boolean, coverage?: DeclaredCoverage, scannerPacks = false): FileScanning {
  return {
    async scan(file, system, sink) {
      const started = performance.now();
      const hit = await cache.lookup(file, system);
      // An entry stored without per-finding records cannot serve a scan that needs them.
      if (hit && (!wantFindings || hit.findings)) {
        const covered = coverage && hit.places ? replaySorted(hit, hit.places, coverage, system, file.relativePath, sink) : replayAll(hit, sink);
        for (const entry of hit.skipped) sink.skipped(entry);
        return { scanned: true, extractMs: performance.now() - started, detectMs: 0, tally: hit.tally, ...(covered ? { covered } : {}) };
      }
      const writer = wantFindings && !scannerPacks ? new FindingBlockWriter() : undefined;
      const covered = coverage && !scannerPacks ? new CoveredTally() : undefined;
      const skipped: Skipped[] = [];
      const { packed, ...outcome } = await scanner.scan(file, system, {
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
      if (outcome.scanned && !skipped.some((s) => s.reason === 'timeout' || !s.partial)) cache.store(file, { ...(findings ? { findings } : {}), skipped, tally: outcome.tally });
      return covered ? { ...outcome, covered: covered.toData() } : outcome;
    },
  };
}

function replayAll(hit: CachedFile, sink: FileSink): undefined {
  for (const finding of hit.findings ?? []) sink.finding(finding);
  return undefined;
}

/** Counts the covered places; unpacks the findings only when a place is not covered, and hands over those. */
function replaySorted(hit: CachedFile, places: readonly StoredPlace[], coverage: DeclaredCoverage, system: string, file: string, sink: FileSink): CoveredCount[] {
  const covered = new Map<number, number>();
  const open = new Set<string>();
  for (const [field, category, findings] of places) {
    const entry = coverage.entryFor(system, file, field ?? undefined, category);
    if (entry >= 0) covered.set(entry, (covered.get(entry) ?? 0) + findings);
    else open.add(placeKey(field, category));
  }
  if (open.size > 0) for (const finding of hit.findings ?? []) if (open.has(placeKey(finding.field, finding.category))) sink.finding(finding);
  return [...covered];
}
