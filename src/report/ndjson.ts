import { describeLocation } from '../findings/location.js';
import type { Finding } from '../scan-types.js';

/**
 * One finding as one JSON line. Fields are picked one by one so that nothing added to Finding later can
 * leak into the output by accident; `value` only when the user passed --reveal.
 */
export function findingLine(finding: Finding, reveal: boolean): string {
  const line: Record<string, unknown> = {
    system: finding.system,
    file: finding.file,
    location: finding.location,
    where: describeLocation(finding.location),
    ...(finding.field === undefined ? {} : { field: finding.field }),
    category: finding.category,
    detector: finding.detector,
    confidence: finding.confidence,
    ...(finding.subtype === undefined ? {} : { subtype: finding.subtype }),
    reasons: finding.reasons,
    masked: finding.masked,
    fingerprint: finding.fingerprint,
  };
  if (reveal) line.value = finding.value;
  return `${JSON.stringify(line)}\n`;
}
