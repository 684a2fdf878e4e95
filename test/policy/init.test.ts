import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFindings, withoutRawValue } from '../../src/policy/check.js';
import { parseDeclaredInventory } from '../../src/policy/declared.js';
import { FoundUsage, starterInventory } from '../../src/policy/init.js';
import { scan } from '../../src/scan.js';
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

describe('FoundUsage from tallies (what init uses)', () => {
  it('gives the same starter inventory as counting every finding, on a real scan of the example exports', async () => {
    const exports = join(import.meta.dirname, '..', '..', 'fixtures', 'exports');
    const fromFindings = new FoundUsage();
    const fromTallies = new FoundUsage();
    const result = await scan(
      { paths: [exports], cwd: exports },
      { onFinding: (f) => fromFindings.add(withoutRawValue(f)), onTally: (system, file, tally) => fromTallies.addTally(system, file, tally) },
    );
    expect(fromFindings.findings).toBeGreaterThan(50);
    expect(fromTallies.findings).toBe(fromFindings.findings);
    expect(fromTallies.entries).toBe(fromFindings.entries);
    // Free text (folders) and fields (columns, JSON paths, mail parts) both occur in the example exports.
    const uses = [...fromTallies.usage.values()].flatMap((byCategory) => [...byCategory.values()]);
    expect(uses.some((use) => use.folders.size > 0)).toBe(true);
    expect(uses.some((use) => use.fields.size > 0)).toBe(true);
    expect(starterInventory(result, fromTallies)).toBe(starterInventory(result, fromFindings));
  });
});
