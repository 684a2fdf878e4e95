import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Confidence } from '../detect/types.js';
import { UsageError } from '../errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/registry.js';
import type { ScanOptions } from '../scan.js';
import { DEFAULT_MAX_FILE_SIZE } from '../scan-defaults.js';
import { parseSize } from '../walk/walk.js';
import type { CliIo } from './io.js';
import { resolveJobs } from './jobs.js';

export { resolveJobs } from './jobs.js';

/** Flags of `gdpr-scan scan` as commander hands them over. */
export interface ScanFlags {
  readonly format?: string[];
  readonly output?: string;
  readonly outDir?: string;
  readonly config?: string;
  readonly exclude?: string[];
  readonly minConfidence?: Confidence;
  readonly maxFileSize?: string;
  readonly fileTimeout?: string;
  readonly reveal?: boolean;
  readonly color?: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
  readonly keyFile?: string;
  readonly profile?: boolean;
  readonly jobs?: string;
  /** Report language for html, register and csv: sv or en (default from LC_ALL/LC_MESSAGES/LANG). */
  readonly lang?: string;
  /** Declared inventory (default: gdpr-inventory.yaml in the working directory when it exists). */
  readonly inventory?: string;
  /** Exit 1 when anything could not be scanned, or only partly. */
  readonly failOnSkipped?: boolean;
}

export interface OutputPlan {
  /** Formats written to stdout (at most one). */
  readonly stdout?: ReportFormat;
  /** Formats written to files, with their absolute paths (markdown in --out-dir: a folder of per-system files). */
  readonly files: ReadonlyArray<{ readonly format: ReportFormat; readonly path: string }>;
  readonly outDir?: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.md': 'markdown',
  '.txt': 'table',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.sarif': 'sarif',
};

export function parseFormats(values: readonly string[] | undefined): ReportFormat[] {
  const formats: ReportFormat[] = [];
  for (const value of values ?? []) {
    for (const part of value.split(',')) {
      const format = part.trim().toLowerCase();
      if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`unknown --format "${part}" (expected one of: ${REPORT_FORMATS.join(', ')})`);
      }
      if (!formats.includes(format as ReportFormat)) formats.push(format as ReportFormat);
    }
  }
  return formats;
}

/** `-o -`: standard output. */
export const STDOUT_PATH = '-';

/** For commands whose `-o` names a file that must be one (a baseline, an inventory): `-` is refused, not created. */
export function refuseStdoutPath(output: string | undefined, what: string): void {
  if (output === STDOUT_PATH) throw new UsageError(`-o - (standard output) is not supported here: ${what} is written to a file; give its path`);
}

/** Decides where each report goes; `-o` takes one format (`-o -`: standard output), `--out-dir` several. */
export function planOutputs(flags: ScanFlags, cwd: string, defaultFileName: (format: ReportFormat) => string): OutputPlan {
  let formats = parseFormats(flags.format);
  if (flags.output && flags.outDir) throw new UsageError('use either -o/--output FILE or --out-dir DIR, not both');
  if (flags.output) {
    if (formats.length === 0) formats = [FORMAT_BY_EXTENSION[extname(flags.output).toLowerCase()] ?? 'json'];
    if (formats.length > 1) throw new UsageError('-o/--output writes one format; use --out-dir DIR to write several');
    // `-o -`: the report (JSON unless --format says otherwise) on standard output, as most tools read it.
    if (flags.output === STDOUT_PATH) return { stdout: formats[0]!, files: [] };
    return { files: [{ format: formats[0]!, path: resolve(cwd, flags.output) }] };
  }
  if (flags.outDir) {
    const outDir = resolve(cwd, flags.outDir);
    if (formats.length === 0) formats = ['json', 'markdown'];
    return { outDir, files: formats.map((format) => ({ format, path: resolve(outDir, defaultFileName(format)) })) };
  }
  if (formats.length > 1) throw new UsageError(`several formats (${formats.join(', ')}) need --out-dir DIR`);
  return { stdout: formats[0] ?? 'table', files: [] };
}

export function resolveMaxFileSize(flag: string | undefined, config: Config): number {
  const raw = flag ?? config.maxFileSize;
  if (raw === undefined) return DEFAULT_MAX_FILE_SIZE;
  if (typeof raw === 'number') return raw;
  const bytes = parseSize(raw);
  if (bytes === undefined || bytes <= 0) throw new UsageError(`--max-file-size "${raw}" is not a size such as 500MiB or 2GiB`);
  return bytes;
}

export function resolveTimeout(flag: string | undefined, config: Config): number | undefined {
  const raw = flag ?? config.fileTimeout;
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!(seconds > 0)) throw new UsageError(`--file-timeout "${raw}" is not a number of seconds`);
  return seconds * 1000;
}

/** Whether the user gives a fingerprint key (what `fingerprintKey` reads), known before anything is read. */
export function hasUserKey(flags: ScanFlags, io: CliIo): boolean {
  return Boolean(flags.keyFile) || Boolean(io.env.GDPR_SCAN_KEY);
}

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
    isolate: true,
  };
}
