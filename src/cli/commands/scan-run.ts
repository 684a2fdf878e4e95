import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ScanPool } from '../../engine/pool.js';
import { resolveLang } from '../../report/i18n.js';
import { findingLine } from '../../report/ndjson.js';
import { DEFAULT_FILE_NAMES, loadFormatter, type FormatContext, type Formatter, type ReportFormat } from '../../report/registry.js';
import { scan } from '../../scan.js';
import type { Finding, ScanResult, SystemInventory } from '../../scan-types.js';
import { EXIT_OK, EXIT_POLICY, type CliIo } from '../io.js';
import { buildScanOptions, planOutputs, type OutputPlan, type ScanFlags } from '../options.js';
import { LineSink, reportFileName, writeReportFile } from '../output.js';
import { countInputs, createProgress } from '../progress.js';
import { loadReportInventory } from '../report-inventory.js';
import { useColor } from './scan.js';

/**
 * `gdpr-scan scan`: runs the scan and writes the requested reports; returns the exit code. `workers`: the
 * threads the command started early, closed here whatever happens.
 */
export async function runScan(paths: string[], flags: ScanFlags, io: CliIo, workers?: ScanPool): Promise<number> {
  try {
    return await scanAndReport(paths, flags, io, workers);
  } finally {
    // The scan closes them too; this is for a flag or config refused before the scan took them over.
    await workers?.close();
  }
}

async function scanAndReport(paths: string[], flags: ScanFlags, io: CliIo, workers: ScanPool | undefined): Promise<number> {
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
    ...(workers ? { workers } : {}),
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

  const scanning = scan(options, {
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
  // Loaded while the scan runs, which has already asked for its worker threads.
  const formatting = loadReportWriters(plan, flags.quiet === true);
  formatting.catch(() => {}); // awaited below; a scan that fails first must not leave it unhandled
  let result: ScanResult;
  try {
    result = await scanning;
  } finally {
    counting?.stop();
    progress?.finish();
    for (const target of ndjsonTargets) {
      target.sink.flush();
      target.close();
    }
  }

  const writers = await formatting;
  const reportStart = performance.now();
  const ctx = { color, lang: resolveLang(flags.lang, io.env), declared };
  for (const file of plan.files) {
    if (file.format === 'ndjson') continue;
    if (file.format === 'markdown' && plan.outDir) {
      const used = new Set<string>();
      for (const system of result.systems) {
        writeReportFile(resolve(plan.outDir, `${reportFileName(system.name, used)}.md`), writers.systemMarkdown!(result, system));
      }
      continue;
    }
    writeReportFile(file.path, writers.format(file.format, result, ctx));
  }
  if (plan.stdout && plan.stdout !== 'ndjson') io.stdout.write(writers.format(plan.stdout, result, ctx));
  else if (!plan.stdout && !flags.quiet) io.stdout.write(writers.format('table', result, ctx));
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

interface ReportWriters {
  format(format: Exclude<ReportFormat, 'ndjson'>, result: ScanResult, ctx: FormatContext): string;
  /** One system's Markdown file (--out-dir with markdown). */
  readonly systemMarkdown?: (result: ScanResult, system: SystemInventory) => string;
}

/** Loads the formatters of exactly the reports this run writes (the table too when it goes to the terminal). */
async function loadReportWriters(plan: OutputPlan, quiet: boolean): Promise<ReportWriters> {
  const needed = new Set<Exclude<ReportFormat, 'ndjson'>>();
  let perSystemMarkdown = false;
  for (const file of plan.files) {
    if (file.format === 'ndjson') continue;
    if (file.format === 'markdown' && plan.outDir) perSystemMarkdown = true;
    else needed.add(file.format);
  }
  if (plan.stdout && plan.stdout !== 'ndjson') needed.add(plan.stdout);
  else if (!plan.stdout && !quiet) needed.add('table');
  const [formatters, markdown] = await Promise.all([
    Promise.all([...needed].map(async (format) => [format, await loadFormatter(format)] as const)),
    perSystemMarkdown ? import('../../report/markdown.js') : undefined,
  ]);
  const byFormat = new Map<Exclude<ReportFormat, 'ndjson'>, Formatter>(formatters);
  return {
    format: (format, result, ctx) => byFormat.get(format)!(result, ctx),
    ...(markdown ? { systemMarkdown: (result: ScanResult, system: SystemInventory) => markdown.formatSystemMarkdown(result, system) } : {}),
  };
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
