import { describe, expect, it } from 'vitest';
import { mergeFileTallies, type CategoryTallyData, type FileTallyData } from '../../src/inventory/file-tally.js';

const email = (overrides: Partial<CategoryTallyData>): CategoryTallyData => ({
  occurrences: 0,
  confidence: { low: 0, medium: 0, high: 0 },
  subtypes: {},
  fields: {},
  fingerprints: [],
  examples: [],
  ...overrides,
});

describe('mergeFileTallies', () => {
  it('sums counts, unites fingerprints and keeps the first three distinct examples in part order', () => {
    const parts: FileTallyData[] = [
      { email: email({ occurrences: 3, confidence: { low: 0, medium: 1, high: 2 }, fields: { '': 2, From: 1 }, fingerprints: ['fpA', 'fpB'], examples: ['a***@x.se', 'b***@x.se'] }) },
      { personnummer: email({ occurrences: 1, confidence: { low: 0, medium: 0, high: 1 }, subtypes: { samordningsnummer: 1 }, fingerprints: ['fpP'], examples: ['850372-****'] }) },
      { email: email({ occurrences: 4, confidence: { low: 1, medium: 0, high: 3 }, fields: { From: 4 }, fingerprints: ['fpB', 'fpC'], examples: ['b***@x.se', 'c***@x.se', 'd***@x.se'] }) },
    ];
    expect(mergeFileTallies(parts)).toEqual({
      email: email({
        occurrences: 7,
        confidence: { low: 1, medium: 1, high: 5 },
        fields: { '': 2, From: 5 },
        fingerprints: ['fpA', 'fpB', 'fpC'],
        examples: ['a***@x.se', 'b***@x.se', 'c***@x.se'],
      }),
      personnummer: email({ occurrences: 1, confidence: { low: 0, medium: 0, high: 1 }, subtypes: { samordningsnummer: 1 }, fingerprints: ['fpP'], examples: ['850372-****'] }),
    });
    // The parts are not changed.
    expect(parts[0]!.email!.fingerprints).toEqual(['fpA', 'fpB']);
  });

  it('unites parts with more distinct values than a function call takes arguments', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `fp${i}`);
    const merged = mergeFileTallies([{ email: email({ occurrences: 200_000, fingerprints: many }) }, { email: email({ occurrences: 1, fingerprints: ['fp0'] }) }]);
    expect(merged.email!.occurrences).toBe(200_001);
    expect(merged.email!.fingerprints).toHaveLength(200_000);
  });

  it('gives an empty tally for no parts, and refuses in-memory distinct keys, which cannot be merged per file', () => {
    expect(mergeFileTallies([])).toEqual({});
    const packed = { email: email({ occurrences: 1, fingerprints: { kind: 'set', keys: new Float64Array([1]) } as unknown as string[] }) };
    expect(() => mergeFileTallies([packed])).toThrow(TypeError);
  });
});
