import type { Violation } from './check.js';

/** The failing findings at one place that fail for one reason: what a report lists once. */
export interface ViolationPlace {
  /** The first of them in report order: the one a report shows. */
  readonly first: Violation;
  count: number;
}

/**
 * Failing findings grouped by place and reason (system, file, field, category, why), in report order. A first
 * check of an export can fail on hundreds of thousands of findings at a handful of places; the terminal and
 * code-scanning views list a place once.
 */
export function violationPlaces(violations: readonly Violation[]): ViolationPlace[] {
  const places = new Map<string, ViolationPlace>();
  for (const v of violations) {
    const f = v.finding;
    const key = [f.system, f.file, f.field ?? '', f.category, v.reason, v.baselineNote ?? ''].join('\0');
    const place = places.get(key);
    if (place) place.count++;
    else places.set(key, { first: v, count: 1 });
  }
  return [...places.values()];
}
