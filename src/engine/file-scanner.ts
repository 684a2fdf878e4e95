import { performance } from 'node:perf_hooks';
import { detectSegment } from '../detect/engine.js';
import type { RuleSet } from '../detect/rules/types.js';
import type { Confidence, Detector } from '../detect/types.js';
import { ExtractError, type SkipReason } from '../errors.js';
import { chooseExtractor } from '../extract/registry.js';
import type { ExtractContext, ExtractItem, ExtractSource, FilePart, Location, Segment } from '../extract/types.js';
import { makeSegment } from '../extract/types.js';
import { FILE_NAME, fileNameText } from '../extract/embedded-name.js';
import { knownColumnCheck, personalDataCheck } from './personal-data-check.js';
import type { Fingerprinter } from '../findings/fingerprint.js';
import { fieldOf, LineCounter, locateInSegment, withoutMessageIds } from '../findings/location.js';
import { createDistinctKeyer } from '../findings/distinct-key.js';
import { mask } from '../findings/mask.js';
import { FileTally, type FileTallyData } from '../inventory/file-tally.js';
import { CoveredTally, DeclaredCoverage, type CoveredCount } from '../policy/coverage.js';
import type { DeclaredInventory } from '../policy/declared.js';
import { openRegular } from './open-regular.js';
import type { Finding, Skipped } from '../scan-types.js';
import { FindingBlockWriter, type PackedFindings } from '../cache/finding-blocks.js';
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
  /** Build a Finding per match for the sink (NDJSON, policy checks); otherwise only the per-file tally is kept. */
  readonly wantFindings: boolean;
  /**
   * Seed of the in-memory distinct-value keys; undefined makes the tally use keyed HMAC fingerprints instead
   * (needed when tallies are stored on disk, as in the cache).
   */
  readonly distinctSeed: number | undefined;
  /** Time extraction and detection apart (--profile); the clock read per segment costs a few percent. */
  readonly timeStages?: boolean;
  /**
   * Findings this inventory covers are counted (FileOutcome.covered) instead of handed to the sink: a CI gate
   * needs only the others one by one.
   */
  readonly declared?: DeclaredInventory | undefined;
  /**
   * Pack every finding for the cache here (FileOutcome.packed), in the thread that finds it: the cache keeps
   * them all, and packing them in the main thread made it the bottleneck of a first cached run.
   */
  readonly packFindings?: boolean;
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
  /** What the file contributes to the inventory. */
  readonly tally: FileTallyData;
  /** Findings the declared inventory covered, per entry (only with FileScannerDeps.declared). */
  readonly covered?: readonly CoveredCount[];
  /** Every finding, packed for the cache (only with FileScannerDeps.packFindings). */
  readonly packed?: PackedFindings;
}

/**
 * Checking the clock per segment costs more than the work on a short CSV cell, so the clock is read after
 * this much work: characters of text, plus ITEM_WORK per item (every 256 small cells, or every big text block).
 */
const DEADLINE_CHECK_WORK = 256 * 1024;
const ITEM_WORK = 1024;

/**
 * Scans one file: picks the extractor, runs detectors on every segment, follows attachments. This is the
 * per-file boundary: whatever goes wrong inside becomes a Skipped entry and never escapes.
 */
export class FileScanner {
  private readonly distinctKeyer: (normalized: string) => number;
  private readonly coverage: DeclaredCoverage | undefined;
  private readonly extractContext: ExtractContext;

  constructor(private readonly deps: FileScannerDeps) {
    this.distinctKeyer = createDistinctKeyer(deps.distinctSeed ?? 0);
    this.coverage = deps.declared ? new DeclaredCoverage(deps.declared) : undefined;
    this.extractContext = { maxBytes: deps.maxFileSize, holdsPersonalData: personalDataCheck(deps.detectors, deps.rules), knownColumn: knownColumnCheck(deps.rules) };
  }

  /** `part`: only that byte range of the file (see split.ts); the whole file when absent. */
  async scan(file: SourceFile, system: string, sink: FileSink, part?: FilePart): Promise<FileOutcome> {
    const started = performance.now();
    const deadline = started + this.deps.fileTimeoutMs;
    const lineCounter = new LineCounter();
    let detectMs = 0;
    const skip = (reason: SkipReason, detail: string, partial: boolean): void =>
      sink.skipped({ file: file.relativePath, root: file.root, reason, detail, partial, system });

    const tally = new FileTally();
    const coverage = this.coverage;
    const covered = coverage ? new CoveredTally() : undefined;
    const packed = this.deps.packFindings && this.deps.wantFindings ? new FindingBlockWriter() : undefined;
    const { detectors, rules, minConfidence, fingerprinter, keepValues, wantFindings, distinctSeed } = this.deps;
    const timeStages = this.deps.timeStages === true;
    const distinctKey = distinctSeed === undefined ? undefined : this.distinctKeyer;
    let matched = 0;
    const emit = (segment: Segment, wrap: (inner: Location) => Location): void => {
      const detectStart = timeStages ? performance.now() : 0;
      const matches = detectSegment(segment, detectors, { rules }, minConfidence);
      if (matches.length > 0) {
        matched += matches.length;
        // The field does not depend on where in the segment a match is: work it out once per segment.
        const field = fieldOf(wrap(segment.location));
        for (const { detector, match } of matches) {
          const category = detector.category;
          const key = distinctKey ? distinctKey(match.normalized) : fingerprinter.fingerprint(category, match.normalized);
          tally.addMatch(category, match, field, key);
          if (!wantFindings) continue;
          // Packed for a cache, every finding is built; otherwise a covered one is only counted.
          const entry = coverage ? coverage.entryFor(system, file.relativePath, field, category) : -1;
          if (entry >= 0 && !packed) {
            covered!.add(entry);
            continue;
          }
          const fingerprint = typeof key === 'string' ? key : fingerprinter.fingerprint(category, match.normalized);
          const located = wrap(locateInSegment(segment.location, segment.text, match.start, lineCounter));
          const location = keepValues ? located : withoutMessageIds(located);
          const finding: Finding = {
            system,
            file: file.relativePath,
            location,
            field,
            category,
            detector: detector.id,
            confidence: match.confidence,
            ...(match.subtype === undefined ? {} : { subtype: match.subtype }),
            reasons: match.reasons,
            masked: mask(category, match.value, match.subtype),
            fingerprint,
            value: keepValues ? match.value : '',
            normalized: keepValues ? match.normalized : '',
          };
          packed?.add(finding);
          if (entry >= 0) covered!.add(entry);
          else sink.finding(finding);
        }
      }
      if (timeStages) detectMs += performance.now() - detectStart;
    };

    const extractInto = async (source: ExtractSource, head: Uint8Array, wrap: (inner: Location) => Location, depth: number): Promise<void> => {
      const choice = chooseExtractor(source.name, head);
      if (choice.kind === 'unsupported') throw new ExtractError('unsupported', choice.detail);
      let work = 0;
      const handle = async (item: ExtractItem): Promise<void> => {
        if ('text' in item) return emit(item, wrap);
        if (item.kind === 'partial-skip') return skip(item.reason, item.detail, true);
        const what = item.describedAs ?? 'attachment';
        if (depth >= MAX_NESTING) return skip('limit', `${what} "${item.shownName}" nested too deeply (limit ${MAX_NESTING})`, true);
        try {
          await extractInto({ name: item.name, bytes: item.bytes, size: item.bytes.length }, item.bytes.subarray(0, SNIFF_BYTES), (inner) => wrap(item.wrap(inner)), depth + 1);
        } catch (error) {
          const failure = describeFailure(error);
          if (failure.reason === 'timeout') throw error;
          skip(failure.reason, `${what} "${item.shownName}": ${failure.detail}`, true);
        }
      };
      const checkClock = (item: ExtractItem): void => {
        work += 'text' in item ? ITEM_WORK + item.text.length : ITEM_WORK;
        if (work >= DEADLINE_CHECK_WORK) {
          work = 0;
          if (performance.now() > deadline) {
            const rest = part ? `the rest of bytes ${part.start}–${part.end - 1} of the file` : 'the rest of the file';
            throw new ExtractError('timeout', `timed out after ${formatSeconds(this.deps.fileTimeoutMs)} s; ${rest} was not scanned`);
          }
        }
      };
      const ctx = this.extractContext;
      const { extractor } = choice;
      if (extractor.extractBatches) {
        for await (const batch of extractor.extractBatches(source, ctx)) {
          for (const item of batch) {
            checkClock(item);
            // Segments are handled synchronously: only an attachment needs an await.
            if ('text' in item) emit(item, wrap);
            else await handle(item);
          }
        }
      } else {
        for await (const item of extractor.extract(source, ctx)) {
          checkClock(item);
          await handle(item);
        }
      }
    };

    let scanned = true;
    let failure: { reason: SkipReason; detail: string } | undefined;
    try {
      const head = await readHead(file.absolutePath);
      // An empty file holds nothing to find; not worth a "corrupt" entry from a format that wants a header.
      const source: ExtractSource = { name: file.relativePath, path: file.absolutePath, size: file.size, ...(part ? { part } : {}) };
      if (head.length > 0) await extractInto(source, head, (inner) => inner, 0);
    } catch (error) {
      failure = describeFailure(error);
      // A timed-out file was partly scanned: its findings so far stay in the inventory.
      scanned = failure.reason === 'timeout';
    }
    // The file's own name and folders are data the system holds too (`skannat/19850312-2387_id.jpg`, `kunder/Anna
    // Svensson/avtal.pdf`), whether or not its content could be read: once per file, as attachments' names are. A
    // file whose content could not be read but whose name holds personal data is partly scanned: counted, and its
    // skip entry says so.
    if (part === undefined || part.start === 0) {
      const name = fileNameText(file.relativePath);
      const before = matched;
      if (name !== '') emit(makeSegment(name, FILE_NAME, undefined, 'field'), (inner) => inner);
      if (matched > before) scanned = true;
    }
    if (failure) skip(failure.reason, failure.detail, scanned);
    return {
      scanned,
      extractMs: performance.now() - started - detectMs,
      detectMs,
      tally: tally.toData(),
      ...(covered ? { covered: covered.toData() } : {}),
      ...(packed ? { packed: packed.finish() } : {}),
    };
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await openRegular(path);
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function formatSeconds(ms: number): string {
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(+(ms / 1000).toFixed(2));
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
