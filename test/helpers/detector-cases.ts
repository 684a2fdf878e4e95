import { describe, expect, it } from 'vitest';
import type { Segment, SegmentHints } from '../../src/extract/types.js';
import { loadRules } from '../../src/detect/rules/load.js';
import type { RuleSet } from '../../src/detect/rules/types.js';
import type { Confidence, Detector, Match } from '../../src/detect/types.js';

/**
 * A RuleTester for detectors. As in ESLint, `valid` inputs must produce no match at all and `invalid` inputs
 * must produce exactly the listed matches, in text order. The helper refuses (throws while collecting tests)
 * duplicate cases, an empty list, and an invalid case without expected matches, so a table cannot quietly
 * test less than it claims.
 */

/** A text that must yield nothing; a plain string, or with a field hint (CSV column, mail header). */
export type ValidCase = string | { readonly text: string; readonly field?: string; readonly name?: string };

export interface ExpectedMatch {
  /** The text as written; its offset is checked too (first occurrence, or `start` when given). */
  readonly value: string;
  readonly start?: number;
  readonly normalized?: string;
  readonly confidence?: Confidence;
  /** `null` asserts that no subtype is set. */
  readonly subtype?: string | null;
  /** Reason codes that must be present (others may be too). */
  readonly reasons?: readonly string[];
}

export interface InvalidCase {
  readonly text: string;
  readonly field?: string;
  readonly name?: string;
  readonly matches: readonly ExpectedMatch[];
}

export interface DetectorCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

let sharedRules: RuleSet | undefined;

/** The bundled rules, loaded once per test file. */
export function rules(): RuleSet {
  sharedRules ??= loadRules();
  return sharedRules;
}

export function segmentOf(text: string, field?: string): Segment {
  const hints: SegmentHints | undefined = field === undefined ? undefined : { field };
  return hints ? { text, location: { kind: 'line', line: 1 }, hints } : { text, location: { kind: 'line', line: 1 } };
}

export function detectAll(detector: Detector, text: string, field?: string): Match[] {
  return [...detector.detect(segmentOf(text, field), { rules: rules() })];
}

function keyOf(text: string, field: string | undefined): string {
  return JSON.stringify([text, field ?? null]);
}

/** Throws when a table is empty, has duplicates or an invalid case without expected matches. */
export function checkDetectorCases(detector: Detector, cases: DetectorCases): void {
  if (cases.valid.length === 0) throw new Error(`${detector.id}: the valid list is empty`);
  if (cases.invalid.length === 0) throw new Error(`${detector.id}: the invalid list is empty`);
  const seen = new Set<string>();
  const all = [
    ...cases.valid.map((c) => (typeof c === 'string' ? { text: c, field: undefined } : c)),
    ...cases.invalid,
  ];
  for (const c of all) {
    const key = keyOf(c.text, c.field);
    if (seen.has(key)) throw new Error(`${detector.id}: duplicate case ${key}`);
    seen.add(key);
  }
  for (const c of cases.invalid) {
    if (c.matches.length === 0) throw new Error(`${detector.id}: invalid case without expected matches: ${JSON.stringify(c.text)}`);
  }
}

function title(text: string, field: string | undefined, name: string | undefined): string {
  const shown = text.length > 70 ? `${text.slice(0, 67)}...` : text;
  return `${name ? `${name}: ` : ''}${JSON.stringify(shown)}${field ? ` [field ${field}]` : ''}`;
}

/** Registers one vitest test per case under `describe(<detector id>)`. */
export function runDetectorCases(detector: Detector, cases: DetectorCases): void {
  checkDetectorCases(detector, cases);
  describe(`${detector.id} detector cases`, () => {
    describe('valid (nothing reported)', () => {
      for (const c of cases.valid) {
        const { text, field, name } = typeof c === 'string' ? { text: c, field: undefined, name: undefined } : c;
        it(title(text, field, name), () => {
          const found = detectAll(detector, text, field).map((m) => ({ value: m.value, confidence: m.confidence, reasons: m.reasons }));
          expect(found).toEqual([]);
        });
      }
    });
    describe('invalid (reported)', () => {
      for (const c of cases.invalid) {
        it(title(c.text, c.field, c.name), () => {
          const found = detectAll(detector, c.text, c.field);
          expect(found.map((m) => m.value)).toEqual(c.matches.map((m) => m.value));
          c.matches.forEach((expected, i) => assertMatch(c.text, found[i]!, expected));
        });
      }
    });
  });
}

function assertMatch(text: string, match: Match, expected: ExpectedMatch): void {
  expect(text.slice(match.start, match.end)).toBe(match.value);
  expect(match.start).toBe(expected.start ?? text.indexOf(expected.value));
  if (expected.normalized !== undefined) expect(match.normalized).toBe(expected.normalized);
  if (expected.confidence !== undefined) expect(match.confidence).toBe(expected.confidence);
  if (expected.subtype === null) expect(match.subtype).toBeUndefined();
  else if (expected.subtype !== undefined) expect(match.subtype).toBe(expected.subtype);
  if (expected.reasons) expect(match.reasons).toEqual(expect.arrayContaining([...expected.reasons]));
  // Reasons are shown in reports; they must never carry the value itself.
  for (const reason of match.reasons) expect(reason.includes(match.value)).toBe(false);
}
