import type { Category, Confidence } from '../detect/types.js';
import { CATEGORIES } from '../detect/types.js';
import type { CategoryInventory, Finding, PlaceCount, Skipped, SystemInventory } from '../scan-types.js';

const MAX_EXAMPLES = 3;
const MAX_PLACES = 200;

class CategoryTally {
  occurrences = 0;
  readonly distinct = new Set<string>();
  readonly files = new Set<string>();
  readonly confidence: Record<Confidence, number> = { low: 0, medium: 0, high: 0 };
  readonly subtypes = new Map<string, number>();
  /** file → field → count. */
  readonly places = new Map<string, Map<string | undefined, number>>();
  readonly examples = new Map<string, string>();

  add(finding: Finding): void {
    this.occurrences++;
    // The fingerprint stands in for the value: distinct counting never keeps raw values around.
    this.distinct.add(finding.fingerprint);
    this.files.add(finding.file);
    this.confidence[finding.confidence]++;
    if (finding.subtype) this.subtypes.set(finding.subtype, (this.subtypes.get(finding.subtype) ?? 0) + 1);
    let fields = this.places.get(finding.file);
    if (!fields) this.places.set(finding.file, (fields = new Map()));
    fields.set(finding.field, (fields.get(finding.field) ?? 0) + 1);
    if (this.examples.size < MAX_EXAMPLES && !this.examples.has(finding.fingerprint)) {
      this.examples.set(finding.fingerprint, finding.masked);
    }
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
      distinctValues: this.distinct.size,
      files: this.files.size,
      confidence: { ...this.confidence },
      subtypes: Object.fromEntries([...this.subtypes].sort(([a], [b]) => a.localeCompare(b))),
      places: places.slice(0, MAX_PLACES),
      examples: [...new Set(this.examples.values())],
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

  addFinding(finding: Finding): void {
    const tally = this.system(finding.system);
    tally.filesWithFindings.add(finding.file);
    let category = tally.categories.get(finding.category);
    if (!category) tally.categories.set(finding.category, (category = new CategoryTally()));
    category.add(finding);
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
        skipped: [...tally.skipped].sort((a, b) => a.file.localeCompare(b.file)),
      }));
  }
}
