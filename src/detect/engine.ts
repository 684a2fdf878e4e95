import type { Segment } from '../extract/types.js';
import type { DetectContext, Detector, Match } from './types.js';
import { confidenceRank, type Confidence } from './types.js';

export interface DetectedMatch {
  readonly detector: Detector;
  readonly match: Match;
}

/**
 * Runs every detector over a segment and resolves overlaps: where two matches share text, the more confident
 * one is kept, and between equally confident ones the earlier (higher-priority) detector's. Results are in text order.
 */
const NO_MATCHES: DetectedMatch[] = [];

export function detectSegment(
  segment: Segment,
  detectors: readonly Detector[],
  ctx: DetectContext,
  minConfidence: Confidence,
): DetectedMatch[] {
  const minimum = confidenceRank(minConfidence);
  // Most segments (CSV cells, JSON leaves) hold nothing: no allocation until a detector matches.
  let found: Array<DetectedMatch & { readonly priority: number }> | undefined;
  for (let priority = 0; priority < detectors.length; priority++) {
    const detector = detectors[priority]!;
    for (const match of detector.detect(segment, ctx)) {
      if (confidenceRank(match.confidence) >= minimum) (found ??= []).push({ detector, match, priority });
    }
  }
  if (found === undefined) return NO_MATCHES;
  if (found.length <= 1) return found;
  found.sort((a, b) => a.match.start - b.match.start || a.priority - b.priority);
  const kept: Array<DetectedMatch & { readonly priority: number }> = [];
  for (const candidate of found) {
    const last = kept[kept.length - 1];
    if (last && candidate.match.start < last.match.end) {
      if (beats(candidate, last)) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

/** The more confident reading wins (a low "phone-like" personnummer loses to a medium phone); ties go by priority. */
function beats(a: { priority: number; match: Match }, b: { priority: number; match: Match }): boolean {
  const byConfidence = confidenceRank(a.match.confidence) - confidenceRank(b.match.confidence);
  if (byConfidence !== 0) return byConfidence > 0;
  return a.priority < b.priority;
}
