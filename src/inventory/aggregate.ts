import type { Category, Confidence } from '../detect/types.js';
import { CATEGORIES, CONFIDENCES } from '../detect/types.js';
import { fingerprintKey } from '../findings/distinct-key.js';
import { DistinctCounter } from './distinct-counter.js';
import { FileTally, type CategoryTallyData, type FileTallyData } from './file-tally.js';
import type { CategoryInventory, Finding, PlaceCount, Skipped, SystemInventory } from '../scan-types.js';

const MAX_EXAMPLES = 3;
const MAX_PLACES = 200;

interface ExampleKey {
  readonly file: string;
  /** Where in the file the part it came from starts (0 for a whole file). */
  readonly order: number;
  /** Its place among the part's examples. */
  readonly index: number;
}

function compareExampleKeys(a: ExampleKey, b: ExampleKey): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.order - b.order || a.index - b.index;
}

class CategoryTally {
  occurrences = 0;
  /**
   * Every distinct value of a scan, by in-memory key (plain scans) or by the first 53 bits of its keyed
   * fingerprint (cached scans; a scan uses one kind). Denser (3/4 full) than the per-file sets on the hot path.
   */
  readonly distinctKeys = new DistinctCounter(0.75);
  readonly files = new Set<string>();
  readonly confidence: Record<Confidence, number> = { low: 0, medium: 0, high: 0 };
  readonly subtypes = new Map<string, number>();
  /** file → field → count. */
  readonly places = new Map<string, Map<string | undefined, number>>();
  readonly examples: Array<{ file: string; order: number; index: number; readonly example: string }> = [];

  merge(file: string, data: CategoryTallyData, order: number): void {
    this.occurrences += data.occurrences;
    // Fingerprints stand in for values: distinct counting never keeps raw values around.
    if (Array.isArray(data.fingerprints)) for (const fingerprint of data.fingerprints) this.distinctKeys.add(fingerprintKey(fingerprint));
    else this.distinctKeys.addAll(data.fingerprints);
    this.files.add(file);
    for (const level of CONFIDENCES) this.confidence[level] += data.confidence[level];
    for (const [subtype, count] of Object.entries(data.subtypes)) this.subtypes.set(subtype, (this.subtypes.get(subtype) ?? 0) + count);
    let fields = this.places.get(file);
    if (!fields) this.places.set(file, (fields = new Map()));
    for (const [field, count] of Object.entries(data.fields)) {
      const key = field === '' ? undefined : field;
      fields.set(key, (fields.get(key) ?? 0) + count);
    }
    data.examples.forEach((example, index) => this.considerExample(file, order, index, example));
  }

  /**
   * Keeps the first distinct examples in file-path order, whatever order the files finish in: worker threads
   * finish files in a different order every run, and the same export must give the same report.
   */
  private considerExample(file: string, order: number, index: number, example: string): void {
    const key = { file, order, index };
    const existing = this.examples.find((entry) => entry.example === example);
    if (existing) {
      if (compareExampleKeys(key, existing) < 0) Object.assign(existing, key);
    } else {
      this.examples.push({ ...key, example });
    }
    this.examples.sort(compareExampleKeys);
    if (this.examples.length > MAX_EXAMPLES) this.examples.length = MAX_EXAMPLES;
  }

  finish(category: Category): CategoryInventory {
    const places: PlaceCount[] = [];
    for (const [file, fields] of this.places) {
      for (const [field, occurrences] of fields) places.push({ file, field, occurrences });
    }
    places.sort((a, b) => b.occurrences - a.occurrences || a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? ''));
    return {
      category,
      occurrences: this.occurrences,
      distinctValues: this.distinctKeys.size,
      ...(this.distinctKeys.approximate ? { distinctApproximate: true } : {}),
      files: this.files.size,
      confidence: { ...this.confidence },
      subtypes: Object.fromEntries([...this.subtypes].sort(([a], [b]) => a.localeCompare(b))),
      places: places.slice(0, MAX_PLACES),
      examples: this.examples.map((entry) => entry.example),
    };
  }
}

class SystemTally {
  filesScanned = 0;
  bytesScanned = 0;
  readonly filesWithFindings = new Set<string>();
  readonly categories = new Map<Category, CategoryTally>();
  readonly skipped: Skipped[] = [];
}

/** Builds the per-system inventory from a stream of findings, holding counts rather than findings. */
export class InventoryBuilder {
  private readonly systems = new Map<string, SystemTally>();

  private system(name: string): SystemTally {
    let tally = this.systems.get(name);
    if (!tally) this.systems.set(name, (tally = new SystemTally()));
    return tally;
  }

  addFile(system: string, bytes: number): void {
    const tally = this.system(system);
    tally.filesScanned++;
    tally.bytesScanned += bytes;
  }

  /** Adds what one file, or one part of it starting at byte `order`, contributed. */
  addFileTally(system: string, file: string, data: FileTallyData, order = 0): void {
    const tally = this.system(system);
    for (const category of CATEGORIES) {
      const entry = data[category];
      if (!entry || entry.occurrences === 0) continue;
      tally.filesWithFindings.add(file);
      let target = tally.categories.get(category);
      if (!target) tally.categories.set(category, (target = new CategoryTally()));
      target.merge(file, entry, order);
    }
  }

  /** Adds a single finding (library use and tests; the scanner sends whole-file tallies). */
  addFinding(finding: Finding): void {
    const tally = new FileTally();
    tally.add(finding.category, finding.confidence, finding.subtype, finding.field, finding.fingerprint, () => finding.masked);
    this.addFileTally(finding.system, finding.file, tally.toData());
  }

  addSkipped(system: string, skipped: Skipped): void {
    this.system(system).skipped.push(skipped);
  }

  build(): SystemInventory[] {
    return [...this.systems]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, tally]) => ({
        name,
        filesScanned: tally.filesScanned,
        bytesScanned: tally.bytesScanned,
        filesWithFindings: tally.filesWithFindings.size,
        categories: CATEGORIES.filter((category) => tally.categories.has(category)).map((category) =>
          tally.categories.get(category)!.finish(category),
        ),
        // In file, then detail order: parts of one file and files in worker threads finish in any order.
        skipped: [...tally.skipped].sort((a, b) => a.file.localeCompare(b.file) || a.detail.localeCompare(b.detail) || a.reason.localeCompare(b.reason)),
      }));
  }
}
