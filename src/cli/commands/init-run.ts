import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { INVENTORY_FILE_NAME } from '../../file-names.js';
import { FoundUsage, starterInventory } from '../../policy/init.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { runCiScan } from '../ci-scan.js';
import { refuseStdoutPath } from '../options.js';
import type { InitFlags } from './init.js';

/** `gdpr-scan init`: scans and writes a starter inventory; returns the exit code. */
export async function runInit(path: string, flags: InitFlags, io: CliIo): Promise<number> {
  refuseStdoutPath(flags.output, 'the inventory');
  const target = resolve(io.cwd, flags.output ?? INVENTORY_FILE_NAME);
  const shown = relative(io.cwd, target) || target;
  const force = flags.force === true;
  // Checked before the scan so a long scan does not end in a refusal; the write re-checks atomically ('wx').
  if (!force && existsSync(target)) throw alreadyExists(shown);
  const found = new FoundUsage();
  // Tallies only: a starter inventory needs the places, not a record per finding.
  const run = await runCiScan(path, flags, io, [target], { addTally: (system, file, tally) => found.addTally(system, file, tally) });
  const yaml = starterInventory(run.result, found);
  try {
    writeFileSync(target, yaml, { flag: force ? 'w' : 'wx', mode: 0o644 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(shown);
    throw new UsageError(`cannot write "${shown}" (${code ?? 'error'})`);
  }
  if (!flags.quiet) {
    io.stdout.write(
      `gdpr-scan init: wrote ${shown}: ${run.result.systems.length} systems, ${found.entries} system × category entries from ${found.findings} findings.\n` +
        'Next: fill in every TODO (purpose, legalBasis, dataSubjects, retention), remove what should not be there, then run gdpr-scan check.\n',
    );
  }
  return EXIT_OK;
}

function alreadyExists(shown: string): UsageError {
  return new UsageError(`${shown} already exists; use --force to overwrite it, or -o PATH to write elsewhere`);
}
