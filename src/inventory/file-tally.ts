import type { Category, Confidence, Match } from '../detect/types.js';
import { mask } from '../findings/mask.js';
import { DistinctCounter, type DistinctData } from './distinct-counter.js';

/** Masked examples kept per category and file; the inventory shows three per category. */
const EXAMPLES_PER_FILE = 3;

/** What one file contributed to one category. Plain data: it crosses from worker threads to the main thread. */
export interface CategoryTallyData {
  occurrences: number;
  confidence: Record<Confidence, number>;
  subtypes: Record<string, number>;
  /** Field (column, JSON path, mail part; '' for free text) → occurrences. */
  fields: Record<string, number>;
  /**
   * Keys of the distinct values seen in this file: in-memory hashes (never written) for a plain scan, packed
   * in a typed array, or a sketch of them past half a million (see distinct-counter.ts); keyed HMAC
   * fingerprints when the tally is stored in a cache.
   */
  fingerprints: DistinctData | string[];
  examples: string[];
}

export type FileTallyData = Partial<Record<Category, CategoryTallyData>>;

/**
 * Counts one file's findings as they are found, so that a file with a million findings costs a few counters
 * instead of a million objects sent between threads. Raw values never enter it: only fingerprints and masks.
 */
export class FileTally {
  private readonly categories = new Map<Category, CategoryCounts>();

  add(category: Category, confidence: Confidence, subtype: string | undefined, field: string | undefined, fingerprint: string | number, masked: () => string): void {
    const examples = this.count(category, confidence, subtype, field, fingerprint);
    if (examples) examples.push(masked());
  }

  /** `add` for a detector's match: the mask is made only when the value becomes one of the examples. */
  addMatch(category: Category, match: Match, field: string | undefined, fingerprint: string | number): void {
    const examples = this.count(category, match.confidence, match.subtype, field, fingerprint);
    if (examples) examples.push(mask(category, match.value, match.subtype));
  }

  /** Counts one occurrence; returns the example list when this value should be shown as an example. */
  private count(category: Category, confidence: Confidence, subtype: string | undefined, field: string | undefined, fingerprint: string | number): string[] | undefined {
    let counts = this.categories.get(category);
    if (!counts) {
      counts = new CategoryCounts();
      this.categories.set(category, counts);
    }
    counts.occurrences++;
    if (confidence === 'high') counts.high++;
    else if (confidence === 'medium') counts.medium++;
    else counts.low++;
    if (subtype !== undefined) counts.subtypes.set(subtype, (counts.subtypes.get(subtype) ?? 0) + 1);
    const key = field ?? '';
    counts.fields.set(key, (counts.fields.get(key) ?? 0) + 1);
    let isNew: boolean;
    if (typeof fingerprint === 'number') isNew = counts.numbers.add(fingerprint);
    else {
      isNew = !counts.strings.has(fingerprint);
      counts.strings.add(fingerprint);
    }
    // Masking costs string work: only the first few distinct values of a file are ever shown.
    return isNew && counts.examples.length < EXAMPLES_PER_FILE ? counts.examples : undefined;
  }

  get empty(): boolean {
    return this.categories.size === 0;
  }

  toData(): FileTallyData {
    const out: FileTallyData = {};
    for (const [category, counts] of this.categories) out[category] = counts.toData();
    return out;
  }
}

/**
 * One category's counts while a file is scanned. Counted per finding (millions per export), so there are no
 * keyed property writes here: field names come from the file (CSV headers, JSON keys), and an object keyed by
 * them made V8 look each name up in its string table per count; Maps hash the string once and keep the hash.
 * The plain data of CategoryTallyData is built once, at the end of the file.
 */
class CategoryCounts {
  occurrences = 0;
  low = 0;
  medium = 0;
  high = 0;
  readonly subtypes = new Map<string, number>();
  readonly fields = new Map<string, number>();
  readonly numbers = new DistinctCounter(0.5, undefined, 1024);
  readonly strings = new Set<string>();
  readonly examples: string[] = [];

  toData(): CategoryTallyData {
    return {
      occurrences: this.occurrences,
      confidence: { low: this.low, medium: this.medium, high: this.high },
      subtypes: Object.fromEntries(this.subtypes),
      fields: Object.fromEntries(this.fields),
      fingerprints: this.numbers.size > 0 ? this.numbers.toData() : [...this.strings],
      examples: this.examples,
    };
  }
}

/**
 * One file's tally from the tallies of its parts (a large file scanned in parts), in file order: what a scan of
 * the whole file would have counted, for the cache. Only for tallies keyed by fingerprint strings, as cached
 * scans make them; the examples are the first distinct ones in file order, as the inventory takes them.
 */
export function mergeFileTallies(parts: readonly FileTallyData[]): FileTallyData {
  const merged: FileTallyData = {};
  for (const part of parts) {
    for (const category of Object.keys(part) as Category[]) {
      const data = part[category]!;
      if (!Array.isArray(data.fingerprints)) throw new TypeError('mergeFileTallies: in-memory distinct keys cannot be merged per file');
      const into = (merged[category] ??= { occurrences: 0, confidence: { low: 0, medium: 0, high: 0 }, subtypes: {}, fields: {}, fingerprints: [], examples: [] });
      into.occurrences += data.occurrences;
      into.confidence.low += data.confidence.low;
      into.confidence.medium += data.confidence.medium;
      into.confidence.high += data.confidence.high;
      for (const [subtype, count] of Object.entries(data.subtypes)) into.subtypes[subtype] = (into.subtypes[subtype] ?? 0) + count;
      for (const [field, count] of Object.entries(data.fields)) into.fields[field] = (into.fields[field] ?? 0) + count;
      // A loop, not push(...): a part can hold more distinct values than a call takes arguments.
      for (const fingerprint of data.fingerprints) (into.fingerprints as string[]).push(fingerprint);
      for (const example of data.examples) if (into.examples.length < EXAMPLES_PER_FILE && !into.examples.includes(example)) into.examples.push(example);
    }
  }
  for (const data of Object.values(merged)) data.fingerprints = [...new Set(data.fingerprints as string[])];
  return merged;
}
