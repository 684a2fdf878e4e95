import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CODE_HASH } from '../package-paths.js';

let cached: string | undefined;

/**
 * Hash of the code that reads files and finds personal data, written by `npm run build` (scripts/bundle.mjs).
 * Part of the cache's salt: a build whose detectors changed without a version bump must not replay findings an
 * older build stored. Without the file (compiled by tsc alone) nothing tells two builds apart, so each run gets a
 * value of its own: the cache is then never reused, which costs time but never reports stale findings.
 */
export function codeHash(): string {
  if (cached !== undefined) return cached;
  try {
    const stored = readFileSync(CODE_HASH, 'utf8').trim();
    cached = /^[0-9a-f]{64}$/.test(stored) ? stored : undefined;
  } catch {
    cached = undefined;
  }
  cached ??= `unbuilt-${randomBytes(16).toString('hex')}`;
  return cached;
}
