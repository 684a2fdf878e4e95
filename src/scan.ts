import { open } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { detectSegment } from './detect/engine.js';
import { BUILTIN_DETECTORS } from './detect/registry.js';
import { loadRules } from './detect/rules/load.js';
import type { RuleSet } from './detect/rules/types.js';
import type { Confidence, Detector } from './detect/types.js';
import { ExtractError, type SkipReason } from './errors.js';
import { chooseExtractor } from './extract/registry.js';
import type { ExtractSource, Location, Segment } from './extract/types.js';
import { Fingerprinter } from './findings/fingerprint.js';
import { fieldOf, LineCounter, locateInSegment } from './findings/location.js';
import { mask } from './findings/mask.js';
import { InventoryBuilder } from './inventory/aggregate.js';
import { createSystemResolver, type SystemRule } from './inventory/systems.js';
import type { Finding, ScanResult, Skipped } from './scan-types.js';
import { resolveRoots, walk } from './walk/walk.js';
import type { SourceFile } from './walk/types.js';
import { VERSION } from './version.js';

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
  readonly minConfidence?: Confidence;
  readonly systems?: readonly SystemRule[];
  readonly detectors?: readonly Detector[];
  readonly rules?: RuleSet;
  /** Key for persistent fingerprints; a random per-run key when absent. */
  readonly fingerprintKey?: string | Buffer | undefined;
  /** Absolute paths of the tool's own output files, never scanned. */
  readonly outputs?: readonly string[];
  /** Wall-clock limit per file; the rest of a slower file is skipped with reason `timeout`. */
  readonly fileTimeoutMs?: number | undefined;
  /** Files read at once (I/O overlap). */
  readonly concurrency?: number;
}

export interface ScanEvents {
  /** Called for every finding as it is found (before aggregation), e.g. to stream NDJSON. */
  onFinding?(finding: Finding): void;
  onFileStart?(file: SourceFile): void;
  onFileDone?(file: SourceFile): void;
  onSkipped?(skipped: Skipped): void;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 ** 3;
const DEFAULT_FILE_TIMEOUT_MS = 60_000;
/** Attachments inside attachments inside mails: deeper nesting is reported rather than followed. */
const MAX_NESTING = 3;
const SNIFF_BYTES = 4096;

interface FileContext {
  readonly file: SourceFile;
  readonly system: string;
  readonly deadline: number;
  readonly lineCounter: LineCounter;
}

/** The library entry point: walks, extracts, detects and aggregates. Writes nothing and never exits. */
export async function scan(options: ScanOptions, events: ScanEvents = {}): Promise<ScanResult> {
  const started = performance.now();
  const scannedAt = new Date().toISOString();
  const rules = options.rules ?? loadRules();
  const detectors = options.detectors ?? BUILTIN_DETECTORS;
  const minConfidence = options.minConfidence ?? 'low';
  const fingerprinter = new Fingerprinter(options.fingerprintKey);
  const systemOf = createSystemResolver(options.systems ?? []);
  const inventory = new InventoryBuilder();
  const skipped: Skipped[] = [];
  const stages = { walk: 0, extract: 0, detect: 0, report: 0 };
  let files = 0;
  let bytes = 0;
  let findings = 0;

  const recordSkip = (entry: Skipped): void => {
    const withSystem = { ...entry, system: entry.system ?? systemOf(entry.file, entry.root) };
    skipped.push(withSystem);
    inventory.addSkipped(withSystem.system, withSystem);
    events.onSkipped?.(withSystem);
  };

  const emit = (ctx: FileContext, segment: Segment, wrap: (inner: Location) => Location): void => {
    const detectStart = performance.now();
    for (const { detector, match } of detectSegment(segment, detectors, { rules }, minConfidence)) {
      const location = wrap(locateInSegment(segment.location, segment.text, match.start, ctx.lineCounter));
      const finding: Finding = {
        system: ctx.system,
        file: ctx.file.relativePath,
        location,
        field: fieldOf(location),
        category: detector.category,
        detector: detector.id,
        confidence: match.confidence,
        ...(match.subtype === undefined ? {} : { subtype: match.subtype }),
        reasons: match.reasons,
        masked: mask(detector.category, match.value, match.subtype),
        fingerprint: fingerprinter.fingerprint(detector.category, match.normalized),
        value: match.value,
        normalized: match.normalized,
      };
      findings++;
      inventory.addFinding(finding);
      events.onFinding?.(finding);
    }
    stages.detect += performance.now() - detectStart;
  };

  const extractInto = async (
    ctx: FileContext,
    source: ExtractSource,
    head: Uint8Array,
    wrap: (inner: Location) => Location,
    depth: number,
  ): Promise<void> => {
    const choice = chooseExtractor(source.name, head);
    if (choice.kind === 'unsupported') throw new ExtractError('unsupported', choice.detail);
    for await (const item of choice.extractor.extract(source, { maxBytes: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE })) {
      if (performance.now() > ctx.deadline) {
        throw new ExtractError('timeout', `timed out after ${Math.round((options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS) / 1000)} s; the rest of the file was not scanned`);
      }
      if ('text' in item) {
        emit(ctx, item, wrap);
      } else if (item.kind === 'partial-skip') {
        recordSkip({ file: ctx.file.relativePath, root: ctx.file.root, reason: item.reason, detail: item.detail, partial: true, system: ctx.system });
      } else if (depth >= MAX_NESTING) {
        recordSkip({ file: ctx.file.relativePath, root: ctx.file.root, reason: 'limit', detail: `attachment "${item.name}" nested too deeply (limit ${MAX_NESTING})`, partial: true, system: ctx.system });
      } else {
        try {
          await extractInto(
            ctx,
            { name: item.name, bytes: item.bytes, size: item.bytes.length },
            item.bytes.subarray(0, SNIFF_BYTES),
            (inner) => wrap(item.wrap(inner)),
            depth + 1,
          );
        } catch (error) {
          const { reason, detail } = describeFailure(error);
          if (reason === 'timeout') throw error;
          recordSkip({ file: ctx.file.relativePath, root: ctx.file.root, reason, detail: `attachment "${item.name}": ${detail}`, partial: true, system: ctx.system });
        }
      }
    }
  };

  const scanFile = async (file: SourceFile): Promise<void> => {
    const system = systemOf(file.relativePath, file.root);
    const ctx: FileContext = {
      file,
      system,
      deadline: performance.now() + (options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS),
      lineCounter: new LineCounter(),
    };
    events.onFileStart?.(file);
    const fileStart = performance.now();
    const detectBefore = stages.detect;
    try {
      const head = await readHead(file.absolutePath);
      await extractInto(ctx, { name: file.relativePath, path: file.absolutePath, size: file.size }, head, (inner) => inner, 0);
      files++;
      bytes += file.size;
      inventory.addFile(system, file.size);
    } catch (error) {
      const { reason, detail } = describeFailure(error);
      // A timed-out file was partly scanned: its findings so far stay in the inventory.
      if (reason === 'timeout') {
        files++;
        bytes += file.size;
        inventory.addFile(system, file.size);
      }
      recordSkip({ file: file.relativePath, root: file.root, reason, detail, partial: reason === 'timeout', system });
    }
    stages.extract += performance.now() - fileStart - (stages.detect - detectBefore);
    events.onFileDone?.(file);
  };

  const roots = await resolveRoots(options.paths, options.cwd);
  const walkStart = performance.now();
  const running = new Set<Promise<void>>();
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let walkTime = 0;
  let walkMark = walkStart;
  for await (const item of walk(roots, {
    exclude: options.exclude ?? [],
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    outputs: options.outputs ?? [],
  })) {
    walkTime += performance.now() - walkMark;
    if (item.kind === 'skip') recordSkip(item.skip);
    else {
      const task = scanFile(item.file).finally(() => running.delete(task));
      running.add(task);
      if (running.size >= concurrency) await Promise.race(running);
    }
    walkMark = performance.now();
  }
  await Promise.all(running);
  stages.walk = walkTime;

  return {
    tool: { name: 'gdpr-scan', version: VERSION },
    scannedAt,
    roots: options.paths,
    minConfidence,
    systems: inventory.build(),
    skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
    stats: { files, bytes, findings, skipped: skipped.length, durationMs: performance.now() - started, stages },
  };
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
  if (typeof code === 'string') return { reason: 'read-error', detail: `read error (${code})` };
  if (error instanceof RangeError) return { reason: 'limit', detail: 'too deeply nested or too large to parse' };
  const name = error instanceof Error ? error.name : typeof error;
  return { reason: 'corrupt', detail: `could not be parsed (${name})` };
}
