import type { Skipped } from '../scan-types.js';
import { FindingBlockWriter } from './finding-blocks.js';
import type { FileScanning, FindingsCache } from './types.js';

/**
 * Puts a cache in front of the per-file scanner: a hit replays the stored findings into the sink without
 * reading the file's structure; a miss scans and stores. A file that timed out is not stored (it was cut short).
 */
export function cachedScanning(cache: FindingsCache, scanner: FileScanning, wantFindings: boolean): FileScanning {
  return {
    async scan(file, system, sink) {
      const started = performance.now();
      const hit = await cache.lookup(file, system);
      // An entry stored without per-finding records cannot serve a scan that needs them.
      if (hit && (!wantFindings || hit.findings)) {
        for (const finding of hit.findings ?? []) sink.finding(finding);
        for (const entry of hit.skipped) sink.skipped(entry);
        return { scanned: true, extractMs: performance.now() - started, detectMs: 0, tally: hit.tally };
      }
      const findings = wantFindings ? new FindingBlockWriter() : undefined;
      const skipped: Skipped[] = [];
      const outcome = await scanner.scan(file, system, {
        finding(finding) {
          findings?.add(finding);
          sink.finding(finding);
        },
        skipped(entry) {
          skipped.push(entry);
          sink.skipped(entry);
        },
      });
      if (outcome.scanned && !skipped.some((s) => s.reason === 'timeout' || !s.partial)) cache.store(file, { ...(findings ? { findings } : {}), skipped, tally: outcome.tally });
      return outcome;
    },
  };
}
