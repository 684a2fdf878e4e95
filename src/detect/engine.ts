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
  let detectorsWithMatches = 0;
  for (let priority = 0; priority < detectors.length; priority++) {
    const detector = detectors[priority]!;
    const matches = detector.detect(segment, ctx);
    let any = false;
    for (const match of matches) {
      if (minimum === 0 || confidenceRank(match.confidence) >= minimum) {
        (found ??= []).push({ detector, match, priority });
        any = true;
      }
    }
    if (any) detectorsWithMatches++;
  }
  if (found === undefined) return NO_MATCHES;
  // One detector's matches are nearly always in text order without overlaps: then there is nothing to resolve.
  if (detectorsWithMatches === 1 && inOrderWithoutOverlap(found)) return found;
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

function inOrderWithoutOverlap(found: ReadonlyArray<{ readonly match: Match }>): boolean {
  for (let i = 1; i < found.length; i++) if (found[i]!.match.start < found[i - 1]!.match.end) return false;
  return true;
}

/** The more confident reading wins (a low "phone-like" personnummer loses to a medium phone); ties go by priority. */
function beats(a: { priority: number; match: Match }, b: { priority: number; match: Match }): boolean {
  const byConfidence = confidenceRank(a.match.confidence) - confidenceRank(b.match.confidence);
  if (byConfidence !== 0) return byConfidence > 0;
  return a.priority < b.priority;
}
