import type { Category } from '../detect/types.js';
import type { SkipReason } from '../errors.js';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  personnummer: 'Personnummer',
  email: 'E-mail address',
  phone: 'Phone number',
  ip: 'IP address',
  name: 'Person name',
};

export const REASON_LABELS: Readonly<Record<SkipReason, string>> = {
  encrypted: 'encrypted',
  corrupt: 'corrupt',
  'too-large': 'too large',
  unsupported: 'unsupported type',
  binary: 'binary',
  'permission-denied': 'permission denied',
  'not-regular': 'not a regular file',
  'outside-root': 'link outside the scanned folder',
  timeout: 'timed out',
  'read-error': 'read error',
  limit: 'limit reached',
};

/** A place as one short string: `crm/kunder.csv › E-post`. */
export function placeLabel(file: string, field: string | undefined): string {
  return field === undefined ? file : `${file} › ${field}`;
}
