import type { Command } from 'commander';
import { INVENTORY_FILE_NAME } from '../../file-names.js';
import type { CliIo } from '../io.js';
import { addCiOptions, type CiFlags } from '../ci-options.js';
import { addScanOptions } from './scan.js';

export interface InitFlags extends CiFlags {
  readonly force?: boolean;
}

const HELP_AFTER = `
Scans PATH and writes a starter ${INVENTORY_FILE_NAME} declaring what was found, per system and category,
restricted to the fields (and folders) it was found in, with TODOs for purpose, legal basis, data subjects
and retention. Review it: what was found is not necessarily what is allowed. Then run gdpr-scan check.

Exit status: 0 written, 2 usage error (e.g. the file exists and --force was not given).`;

export function commandInit(program: Command, io: CliIo, setExitCode: (code: number) => void): Command {
  const command = program
    .command('init')
    .description(`scan and write a starter ${INVENTORY_FILE_NAME} (Article 30 record) to fill in`)
    .argument('<path>', 'folder to scan')
    .option('-o, --output <file>', `where to write it (default: ${INVENTORY_FILE_NAME} in the working directory)`)
    .option('--force', 'overwrite an existing file');
  addCiOptions(addScanOptions(command));
  return command.addHelpText('after', HELP_AFTER).action(async (path: string, flags: InitFlags) => {
    const { runInit } = await import('./init-run.js');
    setExitCode(await runInit(path, flags, io));
  });
}
