import type { Command } from 'commander';
import { BASELINE_FILE_NAME } from '../../file-names.js';
import type { CliIo } from '../io.js';
import { addCiOptions, type CiFlags } from '../ci-options.js';
import { addScanOptions } from './scan.js';

export interface BaselineFlags extends CiFlags {
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
    const { runBaselineUpdate } = await import('./baseline-run.js');
    setExitCode(await runBaselineUpdate(path, flags, io));
  });
  return baseline;
}
