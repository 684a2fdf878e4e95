import { describe, expect, it } from 'vitest';
import { checkFindings } from '../../src/policy/check.js';
import { parseDeclaredInventory } from '../../src/policy/declared.js';
import { starterInventory } from '../../src/policy/init.js';
import type { ScanResult } from '../../src/scan-types.js';
import { finding } from './helpers.js';

const RESULT = {
  tool: { name: 'gdpr-scan', version: '0.0.0' },
  scannedAt: '2024-01-01T00:00:00.000Z',
  roots: ['exports'],
  minConfidence: 'low',
  systems: [
    { name: 'crm', filesScanned: 2, bytesScanned: 10, filesWithFindings: 2, categories: [], skipped: [] },
    { name: 'empty', filesScanned: 1, bytesScanned: 1, filesWithFindings: 0, categories: [], skipped: [] },
  ],
  skipped: [],
  stats: { files: 3, bytes: 11, findings: 3, skipped: 0, durationMs: 1, stages: { walk: 0, extract: 0, detect: 0 } },
} satisfies ScanResult;

const FINDINGS = [
  finding({}),
  finding({ category: 'personnummer', field: 'tickets[].requester.pnr', file: 'crm/t.json', location: { kind: 'json', record: 0, path: 'tickets[4].requester.pnr' } }),
  finding({ category: 'phone', field: undefined, file: 'crm/notes/a.txt', location: { kind: 'line', line: 3 } }),
  finding({ category: 'email', field: 'customers.anna@exempel.se', file: 'crm/c.json' }),
];

describe('starterInventory', () => {
  const yaml = starterInventory(RESULT, FINDINGS);

  it('is a valid inventory whose TODOs are listed, with a comment explaining each field', () => {
    const inv = parseDeclaredInventory(yaml, 'gdpr-inventory.yaml');
    expect(inv.systems.map((s) => s.name)).toEqual(['crm', 'empty']);
    expect(new Set(inv.todos.map((t) => t.field))).toEqual(new Set(['purpose', 'legalBasis', 'dataSubjects', 'retention']));
    for (const field of ['purpose', 'legalBasis', 'dataSubjects', 'categories', 'retention', 'recipients', 'processors', 'transfersOutsideEEA']) {
      expect(yaml).toMatch(new RegExp(`^#\\s+${field}\\s`, 'm'));
    }
  });

  it('declares exactly what was found, so check passes on the same findings and fails elsewhere', () => {
    const inv = parseDeclaredInventory(yaml, 'gdpr-inventory.yaml');
    const options = { minConfidence: 'low' as const, keyId: undefined, complete: true };
    expect(checkFindings(FINDINGS, inv, undefined, options).violations).toEqual([]);
    const elsewhere = finding({ category: 'phone', field: undefined, file: 'crm/other/b.txt' });
    expect(checkFindings([elsewhere], inv, undefined, options).violations).toHaveLength(1);
  });

  it('never copies a field that is itself personal data', () => {
    expect(yaml).not.toContain('anna');
    expect(yaml).toContain('"customers.*.se"');
  });
});
