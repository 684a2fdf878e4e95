import type { Category, Confidence } from './detect/types.js';
import type { SkipReason } from './errors.js';
import type { Location } from './extract/types.js';

/** A file, or a part of one, that was not scanned, and why. Never contains file content. */
export interface Skipped {
  /** POSIX path relative to the scanned root. */
  readonly file: string;
  /** Absolute root the file was found under (not written to reports). */
  readonly root: string;
  readonly reason: SkipReason;
  readonly detail: string;
  /** True when the rest of the file was scanned (an attachment, a bad line). */
  readonly partial?: boolean;
  readonly system?: string;
}

/**
 * One occurrence of personal data. `value` and `normalized` stay in memory: reporters must pick fields
 * explicitly and write them only when the user asked for --reveal.
 */
export interface Finding {
  readonly system: string;
  readonly file: string;
  readonly location: Location;
  /** Column, JSON path (indexes removed) or mail header/part: where in the file's structure it sits. */
  readonly field: string | undefined;
  readonly category: Category;
  readonly detector: string;
  readonly confidence: Confidence;
  readonly subtype?: string;
  readonly reasons: readonly string[];
  readonly masked: string;
  /** Keyed HMAC of the normalised value: links repeats without revealing the value. */
  readonly fingerprint: string;
  readonly value: string;
  readonly normalized: string;
}

export interface PlaceCount {
  readonly file: string;
  readonly field: string | undefined;
  readonly occurrences: number;
}

export interface CategoryInventory {
  readonly category: Category;
  readonly occurrences: number;
  readonly distinctValues: number;
  /** Set when `distinctValues` is an estimate (±0.4%): past half a million distinct values they are not all kept. */
  readonly distinctApproximate?: boolean;
  readonly files: number;
  readonly confidence: Readonly<Record<Confidence, number>>;
  readonly subtypes: Readonly<Record<string, number>>;
  /** Files × fields, most occurrences first. */
  readonly places: readonly PlaceCount[];
  /** Masked examples, distinct values only. */
  readonly examples: readonly string[];
}

export interface SystemInventory {
  readonly name: string;
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly filesWithFindings: number;
  readonly categories: readonly CategoryInventory[];
  readonly skipped: readonly Skipped[];
}

export interface ScanStats {
  readonly files: number;
  readonly bytes: number;
  readonly findings: number;
  readonly skipped: number;
  readonly durationMs: number;
  /**
   * Milliseconds per stage, summed over files (stages overlap when files are scanned concurrently). Detection
   * is timed apart only with `timeStages` (--profile); otherwise it is counted in `extract`. Writing reports is
   * the caller's stage (the CLI's --profile adds it).
   */
  readonly stages: Readonly<Record<'walk' | 'extract' | 'detect', number>>;
}

export interface ScanResult {
  readonly tool: { readonly name: 'gdpr-scan'; readonly version: string };
  readonly scannedAt: string;
  /** The scanned roots as the user named them. */
  readonly roots: readonly string[];
  readonly minConfidence: Confidence;
  readonly systems: readonly SystemInventory[];
  readonly skipped: readonly Skipped[];
  readonly stats: ScanStats;
}
