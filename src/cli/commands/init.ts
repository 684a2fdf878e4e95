import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { INVENTORY_FILE_NAME } from '../../policy/declared.js';
import { starterInventory } from '../../policy/init.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { addCiOptions, runCiScan, type CiFlags } from '../ci-scan.js';
import { addScanOptions } from './scan.js';

interface InitFlags extends CiFlags {
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
    setExitCode(await runInit(path, flags, io));
  });
}

async function runInit(path: string, flags: InitFlags, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, flags.output ?? INVENTORY_FILE_NAME);
  const shown = relative(io.cwd, target) || target;
  const force = flags.force === true;
  // Checked before the scan so a long scan does not end in a refusal; the write re-checks atomically ('wx').
  if (!force && existsSync(target)) throw alreadyExists(shown);
  const run = await runCiScan(path, flags, io, [target]);
  const yaml = starterInventory(run.result, run.findings);
  try {
    writeFileSync(target, yaml, { flag: force ? 'w' : 'wx', mode: 0o644 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(shown);
    throw new UsageError(`cannot write "${shown}" (${code ?? 'error'})`);
  }
  if (!flags.quiet) {
    const categories = new Set(run.findings.map((f) => `${f.system}\0${f.category}`)).size;
    io.stdout.write(
      `gdpr-scan init: wrote ${shown}: ${run.result.systems.length} systems, ${categories} system × category entries from ${run.findings.length} findings.\n` +
        'Next: fill in every TODO (purpose, legalBasis, dataSubjects, retention), remove what should not be there, then run gdpr-scan check.\n',
    );
  }
  return EXIT_OK;
}

function alreadyExists(shown: string): UsageError {
  return new UsageError(`${shown} already exists; use --force to overwrite it, or -o PATH to write elsewhere`);
}
