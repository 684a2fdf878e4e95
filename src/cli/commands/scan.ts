import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, Option } from 'commander';
import { loadConfig } from '../../config/load.js';
import { CONFIDENCES } from '../../detect/types.js';
import { UsageError } from '../../errors.js';
import { LANGS, resolveLang } from '../../report/i18n.js';
import { formatSystemMarkdown } from '../../report/markdown.js';
import { findingLine } from '../../report/ndjson.js';
import { DEFAULT_FILE_NAMES, FORMATTERS, type ReportFormat } from '../../report/registry.js';
import { scan, type ScanOptions } from '../../scan.js';
import type { Finding, ScanResult } from '../../scan-types.js';
import { EXIT_OK, EXIT_POLICY, type CliIo } from '../io.js';
import { planOutputs, resolveJobs, resolveMaxFileSize, resolveTimeout, type ScanFlags } from '../options.js';
import { LineSink, reportFileName, writeReportFile } from '../output.js';
import { countInputs, createProgress } from '../progress.js';
import { loadReportInventory } from '../report-inventory.js';

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

/** Reads the fingerprint key: --key-file, else GDPR_SCAN_KEY, else none (random per run). */
function fingerprintKey(flags: ScanFlags, io: CliIo): string | Buffer | undefined {
  if (flags.keyFile) {
    try {
      return readFileSync(resolve(io.cwd, flags.keyFile));
    } catch (error) {
      throw new UsageError(`cannot read --key-file "${flags.keyFile}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return io.env.GDPR_SCAN_KEY || undefined;
}

export function commandScan(program: Command, io: CliIo, setExitCode: (code: number) => void): Command {
  const command = program
    .command('scan', { isDefault: true })
    .description('scan exports for personal data and write an inventory per system')
    .argument('<paths...>', 'folders or files to scan')
    .addOption(new Option('-f, --format <format...>', 'report format: table, json, ndjson, markdown, html, csv, register, sarif (repeatable with --out-dir)'))
    .option('-o, --output <file>', 'write the report to FILE (format from --format or the extension)')
    .option('--out-dir <dir>', 'write one file per format (markdown: one file per system) into DIR')
    .option('--fail-on-skipped', 'exit 1 if any file could not be scanned, or only partly (an unscanned file is an unknown risk)')
    .option('--reveal', 'include raw values in NDJSON findings (prints a warning; handle the output as personal data)')
    .option('--profile', 'print time per stage, throughput and peak memory (one JSON line on stderr)')
    .addOption(new Option('--lang <lang>', 'language of html, register and csv reports (default: from LC_ALL/LC_MESSAGES/LANG)').choices(LANGS))
    .option('--inventory <file>', 'declared inventory for html, markdown and register (default: gdpr-inventory.yaml here, if present)');
  return addScanOptions(command)
    .addHelpText('after', HELP_AFTER)
    .action(async (paths: string[], flags: ScanFlags) => {
      setExitCode(await runScan(paths, flags, io));
    });
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
    .option('-j, --jobs <n>', 'worker threads (default: one per CPU core; 1 scans in the main thread)')
    .option('--no-color', 'plain terminal output')
    .option('-q, --quiet', 'print nothing but errors and requested reports')
    .option('-v, --verbose', 'list each file as it is scanned (on stderr)');
}

/** Turns flags and the config file into ScanOptions (everything but events). */
export async function buildScanOptions(paths: readonly string[], flags: ScanFlags, io: CliIo, outputs: readonly string[] = []): Promise<ScanOptions> {
  const { config } = await loadConfig(flags.config ? resolve(io.cwd, flags.config) : undefined, [io.cwd, resolve(io.cwd, paths[0] ?? '.')]);
  return {
    paths,
    cwd: io.cwd,
    exclude: [...(config.exclude ?? []), ...(flags.exclude ?? [])],
    maxFileSize: resolveMaxFileSize(flags.maxFileSize, config),
    minConfidence: flags.minConfidence ?? config.minConfidence ?? 'low',
    systems: config.systems ?? [],
    fingerprintKey: fingerprintKey(flags, io),
    outputs,
    fileTimeoutMs: resolveTimeout(flags.fileTimeout, config),
    jobs: resolveJobs(flags.jobs),
  };
}

export function useColor(flags: ScanFlags, io: CliIo): boolean {
  return flags.color !== false && !io.env.NO_COLOR && io.stdout.isTTY === true;
}

async function runScan(paths: string[], flags: ScanFlags, io: CliIo): Promise<number> {
  const plan = planOutputs(flags, io.cwd, (format: ReportFormat) => DEFAULT_FILE_NAMES[format]);
  const color = useColor(flags, io);
  if (flags.reveal) {
    io.stderr.write('gdpr-scan: warning: --reveal writes raw personal data into the NDJSON findings; store and delete that output accordingly.\n');
  }

  const ndjsonTargets: Array<{ sink: LineSink; close: () => void }> = [];
  if (plan.stdout === 'ndjson') ndjsonTargets.push({ sink: new LineSink((chunk) => io.stdout.write(chunk)), close: () => {} });
  const outputs = plan.files.map((file) => file.path);
  const options = {
    ...(await buildScanOptions(paths, flags, io, plan.outDir ? [...outputs, plan.outDir] : outputs)),
    keepValues: flags.reveal === true,
    timeStages: flags.profile === true,
  };
  for (const file of plan.files) if (file.format === 'ndjson') ndjsonTargets.push(LineSink.toFile(file.path));
  const reveal = flags.reveal === true;

  // Before the scan, so a broken inventory file fails fast instead of after a long scan.
  const formats = [...(plan.stdout ? [plan.stdout] : []), ...plan.files.map((f) => f.format)];
  const declared = await loadReportInventory(flags.inventory, io.cwd, formats);
  const progress = createProgress(io.stderr, flags.quiet);
  const counting = progress ? countInputs(options, progress) : undefined;
  const log = (text: string): void => {
    if (progress) progress.log(text);
    else io.stderr.write(text);
  };

  let result: ScanResult;
  try {
    result = await scan(options, {
      // Only subscribed when findings are written: per-finding records cost far more than the counts.
      ...(ndjsonTargets.length === 0
        ? {}
        : {
            onFinding: (finding: Finding): void => {
              const line = findingLine(finding, reveal);
              for (const target of ndjsonTargets) target.sink.push(line);
            },
          }),
      onFileStart: (file) => {
        if (flags.verbose) log(`scanning ${file.relativePath}\n`);
        progress?.fileStart(file);
      },
      onFileDone: (file) => progress?.fileDone(file),
    });
  } finally {
    counting?.stop();
    progress?.finish();
    for (const target of ndjsonTargets) {
      target.sink.flush();
      target.close();
    }
  }

  const reportStart = performance.now();
  const ctx = { color, lang: resolveLang(flags.lang, io.env), declared };
  for (const file of plan.files) {
    if (file.format === 'ndjson') continue;
    if (file.format === 'markdown' && plan.outDir) {
      const used = new Set<string>();
      for (const system of result.systems) {
        writeReportFile(resolve(plan.outDir, `${reportFileName(system.name, used)}.md`), formatSystemMarkdown(result, system));
      }
      continue;
    }
    writeReportFile(file.path, FORMATTERS[file.format](result, ctx));
  }
  if (plan.stdout && plan.stdout !== 'ndjson') io.stdout.write(FORMATTERS[plan.stdout](result, ctx));
  else if (!plan.stdout && !flags.quiet) io.stdout.write(FORMATTERS.table(result, ctx));
  if (flags.profile) io.stderr.write(`${JSON.stringify({ profile: profileOf(result, performance.now() - reportStart) })}\n`);
  if (!flags.quiet && plan.files.length > 0) {
    io.stderr.write(`gdpr-scan: wrote ${plan.outDir ? `reports to ${plan.outDir}` : plan.files.map((f) => f.path).join(', ')}\n`);
  }
  if (flags.failOnSkipped && result.skipped.length > 0) {
    io.stderr.write(`gdpr-scan: ${result.skipped.length} file(s) or parts not scanned (--fail-on-skipped)\n`);
    return EXIT_POLICY;
  }
  return EXIT_OK;
}

/** Stage times, throughput and peak memory of the whole process (worker threads included). */
function profileOf(result: ScanResult, reportMs: number): Record<string, unknown> {
  const { stats } = result;
  const seconds = stats.durationMs / 1000;
  return {
    durationMs: Math.round(stats.durationMs),
    files: stats.files,
    bytes: stats.bytes,
    findings: stats.findings,
    mbPerSecond: seconds > 0 ? +(stats.bytes / 1048576 / seconds).toFixed(1) : null,
    filesPerSecond: seconds > 0 ? +(stats.files / seconds).toFixed(1) : null,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    stagesMs: { ...Object.fromEntries(Object.entries(stats.stages).map(([stage, ms]) => [stage, Math.round(ms)])), report: Math.round(reportMs) },
  };
}
