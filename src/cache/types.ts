import type { FileOutcome, FileSink } from '../engine/file-scanner.js';
import type { FilePart } from '../extract/types.js';
import type { FileTallyData } from '../inventory/file-tally.js';
import type { Finding, Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import type { PackedFindings, StoredPlace } from './finding-blocks.js';

/** One file's cached results: findings without raw values, and the parts of it that were passed over. */
export interface CachedFile {
  /**
   * Per-finding records, read back one at a time; absent when the scan that stored the entry did not build
   * them (no consumer).
   */
  readonly findings?: Iterable<Finding>;
  /**
   * False when the stored findings are damaged (a checksum fails); then nothing may be replayed and the file is
   * scanned again. Asked before the first finding is replayed.
   */
  readonly intact?: () => boolean;
  /** How many of those findings stand at each place (field × category); absent in entries without findings. */
  readonly places?: readonly StoredPlace[];
  readonly skipped: readonly Skipped[];
  /** The file's contribution to the inventory. */
  readonly tally: FileTallyData;
}

/** What a scan hands the cache to keep for a file. */
export interface FileResults {
  /** The findings, packed (see finding-blocks.ts); absent when no consumer wanted them. */
  readonly findings?: PackedFindings;
  readonly skipped: readonly Skipped[];
  readonly tally: FileTallyData;
}

/**
 * A per-file results cache keyed by file content. Kept tiny so the per-file work can move to worker threads:
 * the scanner asks `lookup` before extracting and hands what it found to `store` afterwards.
 */
export interface FindingsCache {
  /** Cached results for this exact content (findings re-labelled with `system`), or undefined. */
  lookup(file: SourceFile, system: string): Promise<CachedFile | undefined>;
  store(file: SourceFile, result: FileResults): void;
}

/** What scan.ts runs per file (FileScanner or the worker pool); `part` is a byte range of a large file. */
export interface FileScanning {
  scan(file: SourceFile, system: string, sink: FileSink, part?: FilePart): Promise<FileOutcome>;
}
