import { emailDetector } from './email.js';
import { ipDetector } from './ip.js';
import { nameDetector } from './name.js';
import { personnummerDetector } from './personnummer.js';
import { phoneDetector } from './phone.js';
import type { Detector } from './types.js';

/**
 * The one list of built-in detectors. Order is priority: when two detectors claim overlapping text, the
 * more confident one wins, then the earlier one (a personnummer is not also a phone number).
 */
export const BUILTIN_DETECTORS: readonly Detector[] = [
  emailDetector,
  personnummerDetector,
  ipDetector,
  phoneDetector,
  nameDetector,
];

export function detectorIds(): string[] {
  return BUILTIN_DETECTORS.map((detector) => detector.id);
}
