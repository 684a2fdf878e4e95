import { Command, Option } from 'commander';
import { CONFIDENCES } from '../../detect/types.js';
import { LANGS } from '../../report/i18n.js';
import type { ScanPool } from '../../engine/pool.js';
import type { CliIo } from '../io.js';
import { resolveJobs } from '../jobs.js';
import type { ScanFlags } from '../options.js';

const HELP_AFTER = `
Examples:
  gdpr-scan ./exports                                   terminal summary per system
  gdpr-scan scan ./exports --format json -o inventory.json
  gdpr-scan scan ./exports --format json --format markdown --out-dir reports/
  gdpr-scan scan ./exports --format ndjson -o findings.ndjson --min-confidence medium
  gdpr-scan scan ./exports --format html -o inventory.html --lang sv
  gdpr-scan scan ./exports --format csv -o inventory.csv
  gdpr-scan scan ./exports --format register --inventory gdpr-inventory.yaml

Systems: the first folder under the scanned folder (exports/zendesk/... -> zendesk),
or as mapped in gdpr-scan.config.yaml (systems: [{ name: Zendesk, paths: ["zendesk/**"] }]).

Exit status: 0 scan completed, 1 policy failure (check) or, with --fail-on-skipped, a file that could not be
(fully) scanned, 2 usage or configuration error.`;

export function commandScan(program: Command, io: CliIo, setExitCode: (code: number) => void): Command {
  const command = program
    .command('scan', { isDefault: true })
    .description('scan exports for personal data and write an inventory per system')
    .argument('<paths...>', 'folders or files to scan')
    .addOption(new Option('-f, --format <format...>', 'report format: table, json, ndjson, markdown, html, csv, register, sarif (repeatable with --out-dir)'))
    .option('-o, --output <file>', 'write the report to FILE (format from --format or the extension; - for standard output, JSON unless --format)')
    .option('--out-dir <dir>', 'write one file per format (markdown: one file per system) into DIR')
    .option('--fail-on-skipped', 'exit 1 if any file could not be scanned, or only partly (an unscanned file is an unknown risk)')
    .option('--reveal', 'include raw values in NDJSON findings (prints a warning; handle the output as personal data)')
    .option('--profile', 'print time per stage, throughput and peak memory (one JSON line on stderr)')
    .addOption(new Option('--lang <lang>', 'language of html, register and csv reports (default: from LC_ALL/LC_MESSAGES/LANG)').choices(LANGS))
    .option('--inventory <file>', 'declared inventory for html, markdown and register (default: gdpr-inventory.yaml here, if present)');
  return addScanOptions(command)
    .addHelpText('after', HELP_AFTER)
    .action(async (paths: string[], flags: ScanFlags) => {
      const workers = await startWorkers(flags.jobs);
      // Loaded only when the command runs: --help and --version stay quick.
      const { runScan } = await import('./scan-run.js');
      setExitCode(await runScan(paths, flags, io, workers));
    });
}

/**
 * Starts the worker threads before anything else of the command is loaded, so that their own start-up
 * (the scanner's modules and rules, most of a short scan's time) overlaps with it. --jobs 1 gets one thread
 * too (see ScanOptions.isolate); an invalid --jobs is left to runScan, which reports it in its usual order.
 */
async function startWorkers(jobsFlag: string | undefined): Promise<ScanPool | undefined> {
  let jobs: number;
  try {
    jobs = resolveJobs(jobsFlag);
  } catch {
    return undefined;
  }
  const { ScanPool } = await import('../../engine/pool.js');
  return new ScanPool(jobs);
}

/** Common scan flags, shared by `scan`, `check`, `init` and `baseline`. */
export function addScanOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: gdpr-scan.config.yaml in the working directory or the scanned folder)')
    .option('--exclude <glob...>', 'leave out paths matching GLOB (relative to the scanned folder; repeatable)')
    .addOption(new Option('--min-confidence <level>', 'report findings of at least this confidence').choices(CONFIDENCES))
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 500MiB; default 2GiB)')
    .option('--file-timeout <seconds>', 'stop reading a file after this many seconds (default 60)')
    .option('--key-file <file>', 'secret key for fingerprints (default: $GDPR_SCAN_KEY, else random per run)')
    .option('-j, --jobs <n>', 'worker threads (default: one per CPU core the process may use, at most 8)')
    .option('--no-color', 'plain terminal output')
    .option('-q, --quiet', 'print nothing but errors and requested reports')
    .option('-v, --verbose', 'list each file as it is scanned (on stderr)');
}

export function useColor(flags: ScanFlags, io: CliIo): boolean {
  return flags.color !== false && !io.env.NO_COLOR && io.stdout.isTTY === true;
}

