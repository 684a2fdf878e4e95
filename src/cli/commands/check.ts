import { Command, Option } from 'commander';
import { BASELINE_FILE_NAME } from '../../file-names.js';
import type { CliIo } from '../io.js';
import { addCiOptions, type CiFlags } from '../ci-options.js';
import { addScanOptions } from './scan.js';

export const CHECK_FORMATS = ['table', 'json', 'sarif', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckFlags extends CiFlags {
  readonly inventory?: string;
  readonly baseline?: string | false;
  readonly requireComplete?: boolean;
}

const HELP_AFTER = `
Examples:
  gdpr-scan init ./exports                             write a starter gdpr-inventory.yaml, then fill in the TODOs
  gdpr-scan check ./exports                            fail (exit 1) on personal data the inventory does not declare
  gdpr-scan check ./exports --format sarif -o gdpr.sarif   for GitHub code scanning
  gdpr-scan check ./exports --changed-since origin/main --cache

The inventory is gdpr-inventory.yaml in the working directory (or --inventory FILE). The baseline
(gdpr-baseline.json in the working directory when present, or --baseline FILE) accepts findings that existed
when it was written; only new ones fail. Messages show masked values only.

Exit status: 0 everything declared or accepted, 1 undeclared personal data (or TODOs with --require-complete),
2 usage or configuration error.`;

export function commandCheck(program: Command, io: CliIo, setExitCode: (code: number) => void): Command {
  const command = program
    .command('check')
    .description('fail when personal data appears that gdpr-inventory.yaml does not declare (CI gate)')
    .argument('<path>', 'folder (or file) to scan')
    .option('--inventory <file>', `declared inventory (default: ${'gdpr-inventory.yaml'} in the working directory)`)
    .option('--baseline <file>', `accepted findings (default: ${BASELINE_FILE_NAME} in the working directory, if present)`)
    .option('--no-baseline', 'ignore any baseline file')
    .addOption(new Option('-f, --format <format>', 'report format').choices(CHECK_FORMATS))
    .option('-o, --output <file>', 'write the report to FILE (format from --format or the extension: .json .sarif .xml; - for standard output, JSON unless --format)')
    .option('--require-complete', 'also fail (exit 1) while the inventory still has TODOs');
  addCiOptions(addScanOptions(command));
  return command.addHelpText('after', HELP_AFTER).action(async (path: string, flags: CheckFlags) => {
    const { runCheck } = await import('./check-run.js');
    setExitCode(await runCheck(path, flags, io));
  });
}
