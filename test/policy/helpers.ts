import type { Category, Confidence } from '../../src/detect/types.js';
import type { Location } from '../../src/extract/types.js';
import type { CheckedFinding } from '../../src/policy/check.js';
import { parseDeclaredInventory, type DeclaredInventory } from '../../src/policy/declared.js';

/** An in-memory finding without raw value; fabricated masked values only. */
export function finding(overrides: Partial<CheckedFinding> & { category?: Category; confidence?: Confidence } = {}): CheckedFinding {
  const location: Location = overrides.location ?? { kind: 'cell', row: 2, column: 'E-post' };
  return {
    system: 'crm',
    file: 'crm/kunder.csv',
    location,
    field: 'E-post',
    category: 'email',
    detector: 'email',
    confidence: 'high',
    reasons: ['syntax'],
    masked: 'an***@ex***.se',
    fingerprint: 'fp-aaaaaaaaaaaa',
    ...overrides,
  };
}

export function inventory(yaml: string): DeclaredInventory {
  return parseDeclaredInventory(yaml, '/repo/gdpr-inventory.yaml');
}

export const SYSTEM_HEADER = `    purpose: Customer service
    legalBasis: contract
    dataSubjects: [customers]
    retention: P3Y
`;
