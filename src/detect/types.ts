import type { Segment } from '../extract/types.js';
import type { RuleSet } from './rules/types.js';

/** The personal-data categories gdpr-scan reports. Stable: used in reports, baselines and SARIF rule ids. */
export const CATEGORIES = ['personnummer', 'email', 'phone', 'ip', 'name'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

export function confidenceRank(confidence: Confidence): number {
  return RANK[confidence];
}

/** One hit of a detector inside one segment. Pure data; the engine adds location, masking and system. */
export interface Match {
  /** Offsets into `segment.text` (end exclusive). */
  readonly start: number;
  readonly end: number;
  /**
   * The text as written. Kept in memory only, never written without --reveal. Exception: a person joined
   * from separate first- and last-name fields is the whole name, with the offsets of the first-name field.
   */
  readonly value: string;
  /** Canonical form used to count distinct values (e.g. `19850312-1234`, `+46701234567`, lower-cased e-mail). */
  readonly normalized: string;
  readonly confidence: Confidence;
  /**
   * Why the detector believes it: short stable codes such as `checksum`, `column:personnummer`,
   * `keyword:pnr`, `greeting`, `gazetteer:first+last`. Shown in JSON for review; never contain the value.
   */
  readonly reasons: readonly string[];
  /** Finer kind within the category: `samordningsnummer`, `interim`, `ipv6`, `private`, `mobile`, … */
  readonly subtype?: string;
}

export interface DetectContext {
  readonly rules: RuleSet;
}

/** A detector: metadata plus a pure function from a segment to matches. No I/O, no global state. */
export interface Detector {
  /** Stable kebab-case id, used in reports, baselines and SARIF rule ids. */
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  detect(segment: Segment, ctx: DetectContext): Iterable<Match>;
}
