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
  private readonly categories = new Map<Category, { data: CategoryTallyData; numbers: DistinctCounter; strings: Set<string> }>();

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
    let entry = this.categories.get(category);
    if (!entry) {
      entry = {
        data: { occurrences: 0, confidence: { low: 0, medium: 0, high: 0 }, subtypes: {}, fields: {}, fingerprints: [], examples: [] },
        numbers: new DistinctCounter(0.5, undefined, 1024),
        strings: new Set(),
      };
      this.categories.set(category, entry);
    }
    const { data } = entry;
    data.occurrences++;
    data.confidence[confidence]++;
    if (subtype !== undefined) data.subtypes[subtype] = (data.subtypes[subtype] ?? 0) + 1;
    const key = field ?? '';
    data.fields[key] = (data.fields[key] ?? 0) + 1;
    let isNew: boolean;
    if (typeof fingerprint === 'number') isNew = entry.numbers.add(fingerprint);
    else {
      isNew = !entry.strings.has(fingerprint);
      entry.strings.add(fingerprint);
    }
    // Masking costs string work: only the first few distinct values of a file are ever shown.
    return isNew && data.examples.length < EXAMPLES_PER_FILE ? data.examples : undefined;
  }

  get empty(): boolean {
    return this.categories.size === 0;
  }

  toData(): FileTallyData {
    const out: FileTallyData = {};
    for (const [category, { data, numbers, strings }] of this.categories) {
      out[category] = { ...data, fingerprints: numbers.size > 0 ? numbers.toData() : [...strings] };
    }
    return out;
  }
}
