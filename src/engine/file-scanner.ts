import { open } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { detectSegment } from '../detect/engine.js';
import type { RuleSet } from '../detect/rules/types.js';
import type { Confidence, Detector } from '../detect/types.js';
import { ExtractError, type SkipReason } from '../errors.js';
import { chooseExtractor } from '../extract/registry.js';
import type { ExtractSource, Location, Segment } from '../extract/types.js';
import type { Fingerprinter } from '../findings/fingerprint.js';
import { fieldOf, LineCounter, locateInSegment } from '../findings/location.js';
import { mask } from '../findings/mask.js';
import type { Finding, Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';

/** Attachments inside attachments inside mails: deeper nesting is reported rather than followed. */
const MAX_NESTING = 3;
const SNIFF_BYTES = 4096;

export interface FileScannerDeps {
  readonly rules: RuleSet;
  readonly detectors: readonly Detector[];
  readonly minConfidence: Confidence;
  readonly fingerprinter: Fingerprinter;
  readonly maxFileSize: number;
  readonly fileTimeoutMs: number;
  /** Keep raw values on findings (only for --reveal); otherwise `value` and `normalized` are emptied. */
  readonly keepValues: boolean;
}

/** Where one file's results go. */
export interface FileSink {
  finding(finding: Finding): void;
  skipped(skipped: Skipped): void;
}

export interface FileOutcome {
  /** False when nothing of the file could be read (it is then in the skipped list). */
  readonly scanned: boolean;
  readonly extractMs: number;
  readonly detectMs: number;
}

/**
 * Scans one file: picks the extractor, runs detectors on every segment, follows attachments. This is the
 * per-file boundary: whatever goes wrong inside becomes a Skipped entry and never escapes.
 */
export class FileScanner {
  constructor(private readonly deps: FileScannerDeps) {}

  async scan(file: SourceFile, system: string, sink: FileSink): Promise<FileOutcome> {
    const started = performance.now();
    const deadline = started + this.deps.fileTimeoutMs;
    const lineCounter = new LineCounter();
    let detectMs = 0;
    const skip = (reason: SkipReason, detail: string, partial: boolean): void =>
      sink.skipped({ file: file.relativePath, root: file.root, reason, detail, partial, system });

    const emit = (segment: Segment, wrap: (inner: Location) => Location): void => {
      const detectStart = performance.now();
      for (const { detector, match } of detectSegment(segment, this.deps.detectors, { rules: this.deps.rules }, this.deps.minConfidence)) {
        const location = wrap(locateInSegment(segment.location, segment.text, match.start, lineCounter));
        sink.finding({
          system,
          file: file.relativePath,
          location,
          field: fieldOf(location),
          category: detector.category,
          detector: detector.id,
          confidence: match.confidence,
          ...(match.subtype === undefined ? {} : { subtype: match.subtype }),
          reasons: match.reasons,
          masked: mask(detector.category, match.value, match.subtype),
          fingerprint: this.deps.fingerprinter.fingerprint(detector.category, match.normalized),
          value: this.deps.keepValues ? match.value : '',
          normalized: this.deps.keepValues ? match.normalized : '',
        });
      }
      detectMs += performance.now() - detectStart;
    };

    const extractInto = async (source: ExtractSource, head: Uint8Array, wrap: (inner: Location) => Location, depth: number): Promise<void> => {
      const choice = chooseExtractor(source.name, head);
      if (choice.kind === 'unsupported') throw new ExtractError('unsupported', choice.detail);
      for await (const item of choice.extractor.extract(source, { maxBytes: this.deps.maxFileSize })) {
        if (performance.now() > deadline) {
          throw new ExtractError('timeout', `timed out after ${Math.round(this.deps.fileTimeoutMs / 1000)} s; the rest of the file was not scanned`);
        }
        if ('text' in item) emit(item, wrap);
        else if (item.kind === 'partial-skip') skip(item.reason, item.detail, true);
        else if (depth >= MAX_NESTING) skip('limit', `attachment "${item.name}" nested too deeply (limit ${MAX_NESTING})`, true);
        else {
          try {
            await extractInto({ name: item.name, bytes: item.bytes, size: item.bytes.length }, item.bytes.subarray(0, SNIFF_BYTES), (inner) => wrap(item.wrap(inner)), depth + 1);
          } catch (error) {
            const failure = describeFailure(error);
            if (failure.reason === 'timeout') throw error;
            skip(failure.reason, `attachment "${item.name}": ${failure.detail}`, true);
          }
        }
      }
    };

    let scanned = true;
    try {
      const head = await readHead(file.absolutePath);
      await extractInto({ name: file.relativePath, path: file.absolutePath, size: file.size }, head, (inner) => inner, 0);
    } catch (error) {
      const { reason, detail } = describeFailure(error);
      // A timed-out file was partly scanned: its findings so far stay in the inventory.
      scanned = reason === 'timeout';
      skip(reason, detail, scanned);
    }
    return { scanned, extractMs: performance.now() - started - detectMs, detectMs };
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Turns any error into a reason and a detail safe to print. Messages of unknown errors are not used: parser
 * libraries quote the input they choke on (JSON.parse does), and that input is personal data.
 */
export function describeFailure(error: unknown): { reason: SkipReason; detail: string } {
  if (error instanceof ExtractError) return { reason: error.reason, detail: error.detail };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permission-denied', detail: 'permission denied' };
  if (code === 'ENOENT') return { reason: 'read-error', detail: 'file disappeared during the scan' };
  if (code === 'EISDIR') return { reason: 'not-regular', detail: 'is a directory' };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { reason: 'read-error', detail: `read error (${code})` };
  if (error instanceof RangeError) return { reason: 'limit', detail: 'too deeply nested or too large to parse' };
  const name = error instanceof Error ? error.name : typeof error;
  return { reason: 'corrupt', detail: `could not be parsed (${name})` };
}
