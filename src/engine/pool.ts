import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { WORKER_SCRIPT } from '../package-paths.js';
import type { FilePart } from '../extract/types.js';
import type { Finding, Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import type { FileOutcome, FileSink } from './file-scanner.js';
import type { WorkerMessage, WorkerSettings, WorkerTask } from './worker.js';

/** Heap per worker: a file that needs more is reported as skipped instead of taking the machine down. */
const WORKER_HEAP_MB = 1024;
/**
 * Young generation per worker. With V8's default (three times 16 MB semi-spaces) the 200 MB benchmark peaked at
 * ~315 MB RSS, with 24 MB at ~285 MB at the same speed (both measured with 1 MiB reads), while 12 MB cost a
 * third more time in scavenges.
 */
const WORKER_YOUNG_MB = 24;

/**
 * Runs FileScanner in worker threads (one per core by default). Each task streams its findings over its own
 * MessagePort; a task that outlives the hard time limit is aborted, which ends its thread.
 *
 * The first thread starts with the pool, before the scan's settings are known (`configure`; they travel
 * with each task): loading the scanner and its rules is most of a thread's start-up, and a caller that
 * creates the pool first (the CLI) overlaps that with its own.
 */
export class ScanPool {
  private readonly pool: Piscina<WorkerTask, FileOutcome>;
  private settings: { readonly worker: WorkerSettings; readonly hardTimeoutMs: number } | undefined;
  private closing: Promise<void> | undefined;

  constructor(threads: number) {
    this.pool = new Piscina({
      filename: WORKER_SCRIPT.href,
      // The second thread starts only when there is a second file: a one-file scan keeps one heap.
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 1000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
  }

  /** The settings of the scan, once, before its first file. */
  configure(settings: WorkerSettings, hardTimeoutMs: number): this {
    if (this.settings) throw new Error('ScanPool is already configured');
    this.settings = { worker: settings, hardTimeoutMs };
    return this;
  }

  get queued(): number {
    return this.pool.queueSize;
  }

  /** `part`: only that byte range of the file (see split.ts). */
  async scan(file: SourceFile, system: string, sink: FileSink, part?: FilePart): Promise<FileOutcome> {
    if (!this.settings) throw new Error('ScanPool.scan before configure');
    const { worker: settings, hardTimeoutMs } = this.settings;
    const { port1, port2 } = new MessageChannel();
    let resolveEnd: (outcome: FileOutcome) => void = () => {};
    const ended = new Promise<FileOutcome>((resolve) => (resolveEnd = resolve));
    port1.on('message', (message: WorkerMessage) => {
      if (message.type === 'batch') {
        for (const finding of message.findings) sink.finding(finding as Finding);
        for (const entry of message.skipped) sink.skipped(entry as Skipped);
      } else resolveEnd(message.outcome);
    });
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), hardTimeoutMs);
    try {
      await this.pool.run({ file, system, port: port2, settings, ...(part ? { part } : {}) }, { transferList: [port2], signal: abort.signal });
      return await ended;
    } catch (error) {
      const timedOut = abort.signal.aborted;
      sink.skipped({
        file: file.relativePath,
        root: file.root,
        system,
        reason: timedOut ? 'timeout' : 'limit',
        detail: timedOut
          ? `timed out after ${Math.round(hardTimeoutMs / 1000)} s; the rest of ${part ? `bytes ${part.start}–${part.end - 1} of the file` : 'the file'} was not scanned`
          : `the scanner stopped on this file (${error instanceof Error ? error.name : 'error'}; out of memory or a parser crash)`,
        partial: true,
      });
      return { scanned: true, extractMs: 0, detectMs: 0, tally: {} };
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  /** Ends the threads; later calls wait for the same end. */
  close(): Promise<void> {
    this.closing ??= this.pool.destroy();
    return this.closing;
  }
}
