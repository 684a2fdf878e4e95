import { fieldKind } from '../detect/context.js';
import { detectSegment } from '../detect/engine.js';
import type { RuleSet } from '../detect/rules/types.js';
import type { Detector } from '../detect/types.js';
import { makeSegment, type ColumnNameCheck, type Location, type PersonalDataCheck } from '../extract/types.js';

const HEADER_CELL: Location = { kind: 'cell', row: 1, column: '' };

/**
 * The extractors' check of header cells and sheet names (ExtractContext.holdsPersonalData): a match of any of the
 * scan's detectors, of medium confidence or more whatever --min-confidence says, since a column name goes into
 * every report. Runs once per table, on a cell without a column name.
 */
export function personalDataCheck(detectors: readonly Detector[], rules: RuleSet): PersonalDataCheck {
  return (text) => detectSegment(makeSegment(text, HEADER_CELL, undefined, 'cell'), detectors, { rules }, 'medium').length > 0;
}

/** The extractors' check of a column name (ExtractContext.knownColumn): one the scan's rules give a kind. */
export function knownColumnCheck(rules: RuleSet): ColumnNameCheck {
  return (name) => fieldKind(name, rules) !== undefined;
}
