import { relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { BASELINE_FILE_NAME, baselineOfCounts, loadBaseline, mergeBaseline, serializeBaseline } from '../../policy/baseline.js';
import { checkCollected, PolicyCollector } from '../../policy/check.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { findInventory, runCiScan } from '../ci-scan.js';
import { hasUserKey, refuseStdoutPath } from '../options.js';
import { writeReportFile } from '../output.js';
import type { BaselineFlags } from './baseline.js';

/** `gdpr-scan baseline update`: scans and writes the baseline; returns the exit code. */
export async function runBaselineUpdate(path: string, flags: BaselineFlags, io: CliIo): Promise<number> {
  if (flags.prune && flags.changedSince) throw new UsageError('--prune needs a full scan: it cannot be combined with --changed-since');
  refuseStdoutPath(flags.output, 'the baseline');
  const target = resolve(io.cwd, flags.output ?? BASELINE_FILE_NAME);
  const shown = relative(io.cwd, target) || target;
  const found = await findInventory(flags.inventory, io);
  const previous = await loadBaseline(target, true);
  // Value fingerprints go into the baseline only with a user key: without one, places are only counted.
  const collected = new PolicyCollector(found?.inventory, 'low', hasUserKey(flags, io));
  const run = await runCiScan(path, flags, io, [target, ...(found ? [found.path] : [])], collected);
  const current = baselineOfCounts(collected.places.values(), run.keyId);
  const next = mergeBaseline(previous, current, flags.prune === true);
  writeReportFile(target, serializeBaseline(next));
  if (!flags.quiet) {
    const stale = previous && !flags.prune && run.complete
      ? checkCollected(collected, previous, { minConfidence: run.result.minConfidence, keyId: run.keyId, complete: true }).staleBaseline.length
      : 0;
    const scope = found ? `not declared in ${relative(io.cwd, found.path) || found.path}` : 'in total (no inventory found)';
    io.stdout.write(
      `gdpr-scan baseline: wrote ${shown}: ${collected.undeclaredCount} findings ${scope} accepted` +
        `${run.keyId ? ' (with keyed value fingerprints)' : ' (counts only: set GDPR_SCAN_KEY or --key-file to also catch swapped values)'}.\n` +
        (stale > 0 ? `${stale} entries are stale (found less than accepted); run with --prune to drop them.\n` : ''),
    );
  }
  return EXIT_OK;
}
