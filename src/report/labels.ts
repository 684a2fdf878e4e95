import { shortened } from '../findings/location.js';
import type { Category } from '../detect/types.js';
import type { SkipReason } from '../errors.js';
import { labelsFor } from './i18n.js';

/** English names for the terminal table and Markdown; all wording lives in i18n.ts. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = labelsFor('en').categoryName;

export const REASON_LABELS: Readonly<Record<SkipReason, string>> = labelsFor('en').reasonName;

/** A place as one short string: `crm/kunder.csv › E-post`. */
export function placeLabel(file: string, field: string | undefined): string {
  return field === undefined ? file : `${file} › ${shortened(field)}`;
}

/** `≈` before a distinct count that is an estimate (more than half a million distinct values, see distinct-counter.ts). */
export function approximateMark(category: { readonly distinctApproximate?: boolean }): string {
  return category.distinctApproximate ? '≈' : '';
}
