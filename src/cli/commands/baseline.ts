import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { BASELINE_FILE_NAME, buildBaseline, loadBaseline, mergeBaseline, serializeBaseline } from '../../policy/baseline.js';
import { checkFindings, undeclared } from '../../policy/check.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { addCiOptions, findInventory, runCiScan, type CiFlags } from '../ci-scan.js';
import { writeReportFile } from '../output.js';
import { addScanOptions } from './scan.js';

interface BaselineFlags extends CiFlags {
  readonly output?: string;
  readonly inventory?: string;
  readonly prune?: boolean;
}

const HELP_AFTER = `
Records today's undeclared findings (those gdpr-inventory.yaml does not cover; all findings when there is no
inventory) in ${BASELINE_FILE_NAME}, so that "gdpr-scan check" fails only on new ones. Entries are counts per
system × file × field × category: no line numbers, no values. With GDPR_SCAN_KEY (or --key-file, kept outside
the repository) they also hold keyed HMAC fingerprints of the values, so a value swapped for another at the
same place is caught. Without --prune existing entries are kept and counts only grow; --prune rewrites the
baseline to exactly today's findings.

Exit status: 0 written, 2 usage or configuration error.`;

export function commandBaseline(program: Command, io: CliIo, setExitCode: (code: number) => void): Command {
  const baseline = program.command('baseline').description(`manage the baseline of accepted findings (${BASELINE_FILE_NAME})`);
  const update = baseline
    .command('update')
    .description('accept the findings that exist today, so only new ones fail "gdpr-scan check"')
    .argument('<path>', 'folder to scan')
    .option('-o, --output <file>', `baseline file (default: ${BASELINE_FILE_NAME} in the working directory)`)
    .option('--inventory <file>', 'declared inventory (default: gdpr-inventory.yaml in the working directory, if present)')
    .option('--prune', 'drop entries no longer found and lower counts to what is found today');
  addCiOptions(addScanOptions(update));
  update.addHelpText('after', HELP_AFTER).exitOverride().action(async (path: string, flags: BaselineFlags) => {
    setExitCode(await runBaselineUpdate(path, flags, io));
  });
  return baseline;
}

async function runBaselineUpdate(path: string, flags: BaselineFlags, io: CliIo): Promise<number> {
  if (flags.prune && flags.changedSince) throw new UsageError('--prune needs a full scan: it cannot be combined with --changed-since');
  const target = resolve(io.cwd, flags.output ?? BASELINE_FILE_NAME);
  const shown = relative(io.cwd, target) || target;
  const found = await findInventory(flags.inventory, io);
  const previous = await loadBaseline(target, true);
  const run = await runCiScan(path, flags, io, [target, ...(found ? [found.path] : [])]);
  const open = undeclared(run.findings, found?.inventory, run.result.minConfidence).map((v) => v.finding);
  const current = buildBaseline(open, run.keyId);
  const next = mergeBaseline(previous, current, flags.prune === true);
  writeReportFile(target, serializeBaseline(next));
  if (!flags.quiet) {
    const stale = previous && !flags.prune && run.complete
      ? checkFindings(run.findings, found?.inventory, previous, { minConfidence: run.result.minConfidence, keyId: run.keyId, complete: true }).staleBaseline.length
      : 0;
    const scope = found ? `not declared in ${relative(io.cwd, found.path) || found.path}` : 'in total (no inventory found)';
    io.stdout.write(
      `gdpr-scan baseline: wrote ${shown}: ${open.length} findings ${scope} accepted` +
        `${run.keyId ? ' (with keyed value fingerprints)' : ' (counts only: set GDPR_SCAN_KEY or --key-file to also catch swapped values)'}.\n` +
        (stale > 0 ? `${stale} entries are stale (found less than accepted); run with --prune to drop them.\n` : ''),
    );
  }
  return EXIT_OK;
}
