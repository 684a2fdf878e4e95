import type { Category } from '../detect/types.js';
import type { DeclaredCategory, DeclaredInventory } from './declared.js';
import { DeclaredMatcher } from './match.js';

/** Findings one declared entry covered in one file: the entry's index in declaredEntries(), and how many. */
export type CoveredCount = readonly [entry: number, findings: number];

/** Every category entry of the inventory, in file order: the numbering CoveredCount uses on both sides of a thread. */
export function declaredEntries(inventory: DeclaredInventory): DeclaredCategory[] {
  return inventory.systems.flatMap((system) => system.categories);
}

/**
 * Sorts findings in the thread that finds them: one the declared inventory covers is only counted, so a CI
 * gate over an export whose data is declared builds, fingerprints, masks and sends no per-finding records
 * (on the 200 MB bench corpus, 1.4 million of them). What is not covered goes on as a finding, and the policy
 * check matches it again to say why.
 */
export class DeclaredCoverage {
  private readonly matcher: DeclaredMatcher;
  private readonly index = new Map<DeclaredCategory, number>();

  constructor(inventory: DeclaredInventory) {
    this.matcher = new DeclaredMatcher(inventory);
    declaredEntries(inventory).forEach((entry, i) => this.index.set(entry, i));
  }

  /** The index of the declared entry that covers a finding here, or -1. */
  entryFor(system: string, file: string, field: string | undefined, category: Category): number {
    const result = this.matcher.match({ system, file, field, category });
    return 'entry' in result ? this.index.get(result.entry)! : -1;
  }
}

/** One file's covered findings per entry. */
export class CoveredTally {
  private readonly counts = new Map<number, number>();

  add(entry: number): void {
    this.counts.set(entry, (this.counts.get(entry) ?? 0) + 1);
  }

  toData(): CoveredCount[] {
    return [...this.counts];
  }
}
