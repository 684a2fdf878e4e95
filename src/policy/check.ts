import { confidenceRank, type Category, type Confidence } from '../detect/types.js';
import type { Location } from '../extract/types.js';
import type { Finding } from '../scan-types.js';
import { baselineEntries, baselineKeyOf, entryAt, keyString, type Baseline, type BaselineKey } from './baseline.js';
import { declaredEntries, type CoveredCount } from './coverage.js';
import type { DeclaredCategory, DeclaredInventory } from './declared.js';
import { DeclaredMatcher, type ViolationReason } from './match.js';
import { violationPlaces, type ViolationPlace } from './violation-places.js';

/** A finding without its raw value: all the policy layer and its reports ever see. */
export type CheckedFinding = Omit<Finding, 'value' | 'normalized'>;

/** Drops `value` and `normalized` so nothing downstream can print them. */
export function withoutRawValue(finding: Finding): CheckedFinding {
  const { value: _value, normalized: _normalized, ...rest } = finding;
  return rest;
}

export interface Violation {
  readonly finding: CheckedFinding;
  readonly reason: ViolationReason;
  /** Why the baseline did not cover it, when a baseline entry exists for the place. */
  readonly baselineNote?: string;
  /** Declared system with the same name in another case, for a hint. */
  readonly didYouMean?: string;
}

export interface DeclaredNotFound {
  readonly system: string;
  readonly category: Category | undefined;
  readonly line: number;
}

export interface StaleBaselineEntry {
  readonly key: BaselineKey;
  readonly accepted: number;
  readonly found: number;
}

export interface PolicyResult {
  /** Findings at or above the minimum confidence that were checked. */
  readonly checked: number;
  /** How many findings are undeclared and not accepted by the baseline: these fail the build. */
  readonly violationCount: number;
  /**
   * Those findings one by one, sorted, when there were at most LISTED_UNDECLARED undeclared ones (`listed`);
   * past that only the first of each place (see `places`).
   */
  readonly violations: readonly Violation[];
  readonly listed: boolean;
  /** The failing findings by place and reason, in report order: always complete. */
  readonly places: readonly ViolationPlace[];
  /** Undeclared but accepted by the baseline. */
  readonly baselined: number;
  readonly declaredNotFound: readonly DeclaredNotFound[];
  readonly staleBaseline: readonly StaleBaselineEntry[];
  /** True when baseline values were compared (same key); false when only counts were. */
  readonly comparedValues: boolean;
}

export interface CheckOptions {
  readonly minConfidence: Confidence;
  /** Id of the fingerprint key the findings were made with, when it is a user-held (persistent) key. */
  readonly keyId?: string | undefined;
  /**
   * False for partial scans (--changed-since): then an absent finding says nothing, so neither
   * declared-but-not-found nor stale baseline entries are reported.
   */
  readonly complete: boolean;
}

/**
 * Undeclared findings are kept one by one up to this many (the reports list them); past it only per place: a
 * first check of a large export with little declared held ~1.1 KB per finding (2.4 million: 2.7 GB).
 */
export const LISTED_UNDECLARED = 100_000;

/** The undeclared findings at one baseline place (system × file × field × category). */
export interface UndeclaredPlace {
  readonly key: BaselineKey;
  count: number;
  /** The first of them in report order (lowest line; the earliest of equals). */
  first: Violation;
  /** How many carry each fingerprint, when the collector keeps values (keyed baselines). */
  readonly values: Map<string, number> | undefined;
}

/**
 * Sorts findings as they arrive: a declared one only marks its inventory entry as used and is dropped, so a
 * scan whose personal data is declared holds a few counters instead of every finding (1.4 million findings of
 * the 200 MB bench corpus took ~1 GB). Undeclared findings are counted per place, and kept one by one while
 * there are at most LISTED_UNDECLARED of them.
 */
export class PolicyCollector {
  private readonly matcher: DeclaredMatcher | undefined;
  private readonly min: number;
  /** Findings at or above the minimum confidence. */
  checked = 0;
  /** Undeclared findings, before any baseline, in arrival order; undefined once there are more than `listLimit`. */
  undeclared: Violation[] | undefined = [];
  undeclaredCount = 0;
  /** Undeclared findings per baseline place, by keyString. */
  readonly places = new Map<string, UndeclaredPlace>();
  /** Systems with a checked finding, and the declared entries that covered one (for declaredNotFound). */
  readonly systems = new Set<string>();
  readonly usedEntries = new Set<object>();
  private entries: DeclaredCategory[] | undefined;

  /**
   * `keepValues`: count findings per fingerprint at each place, for a baseline whose values are compared or
   * written (a keyed baseline); without it a place is only counted.
   */
  constructor(
    readonly inventory: DeclaredInventory | undefined,
    minConfidence: Confidence,
    private readonly keepValues = true,
    private readonly listLimit = LISTED_UNDECLARED,
  ) {
    this.matcher = inventory ? new DeclaredMatcher(inventory) : undefined;
    this.min = confidenceRank(minConfidence);
  }

  /** The inventory findings are sorted by in the scan itself (see ScanOptions.declared). */
  get coveredBy(): DeclaredInventory | undefined {
    return this.min === 0 ? this.inventory : undefined;
  }

  /** Findings the scan found covered by `coveredBy`, counted per entry instead of handed over one by one. */
  addCovered(system: string, counts: readonly CoveredCount[]): void {
    this.entries ??= declaredEntries(this.inventory!);
    for (const [entry, findings] of counts) {
      this.checked += findings;
      this.usedEntries.add(this.entries[entry]!);
    }
    this.systems.add(system);
  }

  add(finding: CheckedFinding): void {
    if (confidenceRank(finding.confidence) < this.min) return;
    this.checked++;
    this.systems.add(finding.system);
    const result = this.matcher ? this.matcher.match(finding) : { reason: 'system-not-declared' as const };
    if ('entry' in result) {
      this.usedEntries.add(result.entry);
      return;
    }
    const didYouMean = result.reason === 'system-not-declared' ? this.matcher?.similarSystem(finding.system) : undefined;
    const violation: Violation = { finding, reason: result.reason, ...(didYouMean ? { didYouMean } : {}) };
    this.undeclaredCount++;
    if (this.undeclared) {
      if (this.undeclared.length < this.listLimit) this.undeclared.push(violation);
      else this.undeclared = undefined;
    }
    const key = baselineKeyOf(finding);
    const id = keyString(key);
    let place = this.places.get(id);
    if (!place) {
      place = { key, count: 0, first: violation, values: this.keepValues ? new Map() : undefined };
      this.places.set(id, place);
    } else if ((lineOf(finding.location) ?? 0) < (lineOf(place.first.finding.location) ?? 0)) {
      place.first = violation;
    }
    place.count++;
    place.values?.set(finding.fingerprint, (place.values.get(finding.fingerprint) ?? 0) + 1);
  }
}

function collect(findings: readonly CheckedFinding[], inventory: DeclaredInventory | undefined, minConfidence: Confidence): PolicyCollector {
  const collector = new PolicyCollector(inventory, minConfidence);
  for (const finding of findings) collector.add(finding);
  return collector;
}

/** Pure: findings + declared inventory + baseline → what fails, what is accepted, what is out of date. */
export function checkFindings(
  findings: readonly CheckedFinding[],
  inventory: DeclaredInventory | undefined,
  baseline: Baseline | undefined,
  options: CheckOptions,
): PolicyResult {
  return checkCollected(collect(findings, inventory, options.minConfidence), baseline, options);
}

const UNKNOWN_VALUE_NOTE = 'a value not in the baseline at a baselined place';

/** checkFindings for findings a PolicyCollector sorted during the scan. */
export function checkCollected(collected: PolicyCollector, baseline: Baseline | undefined, options: CheckOptions): PolicyResult {
  const { inventory } = collected;
  const comparedValues = baseline?.keyId !== undefined && baseline.keyId === options.keyId;
  const stale: StaleBaselineEntry[] = [];
  let baselined = 0;
  let violationCount = 0;
  // Per place: which of its findings fail (all, those with unknown values, or none) and the note why.
  const failing = new Map<string, { note: string | undefined; known: ReadonlySet<string> | undefined; count: number }>();
  for (const [id, place] of collected.places) {
    const entry = baseline ? entryAt(baseline, place.key) : undefined;
    if (!entry) {
      failing.set(id, { note: undefined, known: undefined, count: place.count });
      violationCount += place.count;
      continue;
    }
    const known = comparedValues && entry.values ? new Set(entry.values) : undefined;
    let unknown = 0;
    if (known) {
      if (!place.values) throw new Error('checkCollected: a keyed baseline needs a PolicyCollector that keeps values');
      for (const [value, count] of place.values) if (!known.has(value)) unknown += count;
    }
    if (unknown > 0) {
      failing.set(id, { note: UNKNOWN_VALUE_NOTE, known, count: unknown });
      violationCount += unknown;
      baselined += place.count - unknown;
    } else if (place.count > entry.count) {
      failing.set(id, { note: `baseline accepts ${entry.count} here, found ${place.count}`, known: undefined, count: place.count });
      violationCount += place.count;
    } else {
      baselined += place.count;
      if (place.count < entry.count && options.complete) stale.push({ key: place.key, accepted: entry.count, found: place.count });
    }
  }
  if (baseline && options.complete) {
    for (const { key, entry } of baselineEntries(baseline)) {
      if (!collected.places.has(keyString(key))) stale.push({ key, accepted: entry.count, found: 0 });
    }
  }
  const noted = (v: Violation, note: string | undefined): Violation => (note === undefined ? v : { ...v, baselineNote: note });
  const listed = collected.undeclared !== undefined;
  let violations: Violation[];
  if (collected.undeclared) {
    // Place by place, each in arrival order, then sorted: equal sort keys (mail parts have no line) keep that order.
    const byPlace = new Map<string, Violation[]>();
    for (const v of collected.undeclared) {
      const id = keyString(baselineKeyOf(v.finding));
      const list = byPlace.get(id);
      if (list) list.push(v);
      else byPlace.set(id, [v]);
    }
    violations = [];
    for (const id of collected.places.keys()) {
      const fails = failing.get(id);
      if (!fails) continue;
      for (const v of byPlace.get(id) ?? []) if (!fails.known || !fails.known.has(v.finding.fingerprint)) violations.push(noted(v, fails.note));
    }
    sortViolations(violations);
  } else {
    // The first finding of each failing place. With a keyed baseline that finding may carry a value the baseline
    // knows: only the count of unknown values is kept past the limit, not which findings carry them.
    violations = [];
    for (const [id, fails] of failing) violations.push(noted(collected.places.get(id)!.first, fails.note));
    sortViolations(violations);
  }
  const places = listed
    ? violationPlaces(violations)
    : violations.map((first) => ({ first, count: failing.get(keyString(baselineKeyOf(first.finding)))!.count }));
  return {
    checked: collected.checked,
    violationCount,
    violations,
    listed,
    places,
    baselined,
    declaredNotFound: inventory && options.complete ? declaredNotFound(collected, inventory) : [],
    staleBaseline: stale.sort((a, b) => keyString(a.key).localeCompare(keyString(b.key))),
    comparedValues,
  };
}

/** Declared systems absent from the scan, and declared categories nothing was found for (informational). */
function declaredNotFound(collected: PolicyCollector, inventory: DeclaredInventory): DeclaredNotFound[] {
  const { systems, usedEntries: used } = collected;
  const out: DeclaredNotFound[] = [];
  for (const system of inventory.systems) {
    if (!systems.has(system.name)) {
      out.push({ system: system.name, category: undefined, line: system.line });
      continue;
    }
    for (const entry of system.categories) if (!used.has(entry)) out.push({ system: system.name, category: entry.category, line: entry.line });
  }
  return out;
}

/** Row, line or page: the number a reader looks for first. */
export function lineOf(location: Location): number | undefined {
  switch (location.kind) {
    case 'line':
    case 'xml':
      return location.line;
    case 'page':
      return location.line;
    case 'cell':
      return location.row;
    case 'mail':
    case 'archive':
      return location.inner ? lineOf(location.inner) : undefined;
    default:
      return undefined;
  }
}

function sortViolations(violations: Violation[]): Violation[] {
  return violations.sort(
    (a, b) =>
      a.finding.system.localeCompare(b.finding.system) ||
      a.finding.file.localeCompare(b.finding.file) ||
      (lineOf(a.finding.location) ?? 0) - (lineOf(b.finding.location) ?? 0) ||
      a.finding.category.localeCompare(b.finding.category),
  );
}
