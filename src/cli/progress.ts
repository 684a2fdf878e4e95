import type { ScanOptions } from '../scan.js';
import { DEFAULT_MAX_FILE_SIZE } from '../scan-defaults.js';
import { resolveRoots, walk, formatBytes } from '../walk/walk.js';

/** The part of a stream the progress line needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressOptions {
  readonly stream: ProgressStream;
  /** Milliseconds, monotonic. */
  readonly now?: () => number;
  /** Minimum time between redraws (10 per second by default). */
  readonly intervalMs?: number;
  /** Nothing is drawn before this much time has passed, so quick scans print nothing. */
  readonly delayMs?: number;
}

interface FileLike {
  readonly relativePath: string;
  readonly size: number;
}

const CLEAR = '\r\x1b[K';
const BAR_WIDTH = 16;
/** File names may hold terminal control sequences; they must not reach the terminal. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A single self-overwriting status line on stderr: files and bytes done of the total, rate, ETA and the file
 * being read. Totals come from a walk that runs alongside the scan; until it ends they are lower bounds (`≥`).
 */
export class ProgressLine {
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly startedAt: number;
  private readonly showAfter: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private shown = false;
  private finished = false;
  private filesDone = 0;
  private bytesDone = 0;
  private totalFiles = 0;
  private totalBytes = 0;
  private totalsFinal = false;
  private current = '';

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 100;
    this.startedAt = this.now();
    this.showAfter = this.startedAt + (options.delayMs ?? 0);
  }

  /** Totals found so far by the counting walk; `final` once it has seen everything. */
  setTotals(files: number, bytes: number, final: boolean): void {
    this.totalFiles = files;
    this.totalBytes = bytes;
    this.totalsFinal = final;
    this.draw(false);
  }

  fileStart(file: FileLike): void {
    this.current = file.relativePath;
    this.draw(false);
  }

  fileDone(file: FileLike): void {
    this.filesDone++;
    this.bytesDone += file.size;
    this.draw(false);
  }

  /** Writes a whole line (e.g. --verbose output) above the progress line. */
  log(text: string): void {
    if (this.shown) this.options.stream.write(CLEAR);
    this.options.stream.write(text);
    if (this.shown) this.draw(true);
  }

  /** Removes the line; nothing is drawn afterwards. */
  finish(): void {
    if (this.shown) this.options.stream.write(CLEAR);
    this.shown = false;
    this.finished = true;
  }

  /** The status line for the current counts, cut to the terminal width. */
  text(): string {
    const elapsed = Math.max(0.001, (this.now() - this.startedAt) / 1000);
    // Files can be counted by the scan before the counting walk reaches them.
    const files = Math.max(this.totalFiles, this.filesDone);
    const bytes = Math.max(this.totalBytes, this.bytesDone);
    const atLeast = this.totalsFinal ? '' : '≥';
    const rate = this.bytesDone / elapsed;
    const parts = [`${this.filesDone}/${atLeast}${files} files`, `${formatBytes(this.bytesDone)}/${atLeast}${formatBytes(bytes)}`, `${formatBytes(rate)}/s`];
    let bar = '';
    if (this.totalsFinal && bytes > 0) {
      const fraction = Math.min(1, this.bytesDone / bytes);
      const filled = Math.round(fraction * BAR_WIDTH);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}% `;
      if (rate > 0 && this.bytesDone > 0) parts.push(`ETA ${clock((bytes - this.bytesDone) / rate)}`);
    }
    const head = `${bar}${parts.join(' · ')}`;
    // A pseudo-terminal without a size reports 0 columns.
    const width = Math.max(20, (this.options.stream.columns || 80) - 1);
    const room = width - head.length - 3;
    const current = this.current.replace(CONTROL, '?');
    if (room < 8 || current === '') return head.slice(0, width);
    return `${head} · ${current.length > room ? `…${current.slice(current.length - room + 1)}` : current}`;
  }

  private draw(force: boolean): void {
    if (this.finished) return;
    const now = this.now();
    if (now < this.showAfter) return;
    if (!force && now - this.lastDraw < this.intervalMs) return;
    this.lastDraw = now;
    this.shown = true;
    this.options.stream.write(`${CLEAR}${this.text()}`);
  }
}

/** A progress line when stderr is a terminal and the user did not ask for quiet; otherwise none. */
export function createProgress(stream: ProgressStream, quiet: boolean | undefined): ProgressLine | undefined {
  if (quiet || stream.isTTY !== true) return undefined;
  return new ProgressLine({ stream, delayMs: 300 });
}

/** `m:ss`, or `h:mm:ss` for long scans. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * Counts files and bytes with the same walk options the scan uses, alongside the scan, reporting as it goes.
 * The scan's own walk advances only as fast as files are scanned, so it cannot tell the total early.
 * `stop()` ends the count when the scan finishes first.
 */
export function countInputs(options: ScanOptions, progress: ProgressLine): { stop: () => void; done: Promise<void> } {
  let stopped = false;
  const done = (async () => {
    let files = 0;
    let bytes = 0;
    const roots = await resolveRoots(options.paths, options.cwd);
    for await (const item of walk(roots, {
      exclude: options.exclude ?? [],
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      outputs: options.outputs ?? [],
    })) {
      if (stopped) return;
      if (item.kind !== 'file') continue;
      files++;
      bytes += item.file.size;
      progress.setTotals(files, bytes, false);
    }
    if (!stopped) progress.setTotals(files, bytes, true);
  })().catch(() => {
    // Only a progress estimate: the scan's own walk reports real problems.
  });
  return { stop: () => (stopped = true), done };
}
