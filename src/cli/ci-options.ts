import type { Command } from 'commander';
import { DEFAULT_CACHE_FILE } from '../file-names.js';
import type { ScanFlags } from './options.js';

/** Flags shared by `check`, `init` and `baseline update` on top of the scan flags. */
export interface CiFlags extends ScanFlags {
  readonly changedSince?: string;
  readonly cache?: string | boolean;
}

export function addCiOptions(command: Command): Command {
  return command
    .option('--changed-since <ref>', 'scan only files changed since a git ref (plus untracked files), e.g. origin/main')
    .option('--cache [file]', `reuse findings of unchanged files (content hash; default file ${DEFAULT_CACHE_FILE}, keep it out of git)`);
}
