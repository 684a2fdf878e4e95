import { describe, expect, it } from 'vitest';
import { createDistinctKeyer } from '../../src/findings/distinct-key.js';
import { KeySet } from '../../src/inventory/key-set.js';

describe('KeySet', () => {
  it.each([0.5, 0.75])('counts distinct keys exactly like a Set, through several growths (max load %s)', (maxLoad) => {
    const keyOf = createDistinctKeyer(12345);
    const keys = new KeySet(16, maxLoad);
    const reference = new Set<number>();
    for (let i = 0; i < 50_000; i++) {
      const key = keyOf(`person${i % 20_011}@example.se`);
      expect(keys.add(key)).toBe(!reference.has(key));
      reference.add(key);
    }
    expect(keys.size).toBe(reference.size);
    expect(keys.size).toBe(20_011);
    expect(new Set(keys.toArray())).toEqual(reference);
  });

  it('handles 0 and the largest keys and merges packed arrays', () => {
    const a = new KeySet();
    for (const key of [0, 1, 2 ** 53 - 1, 2 ** 32, 2 ** 32 + 1]) expect(a.add(key)).toBe(true);
    expect(a.add(0)).toBe(false);
    const b = new KeySet();
    b.add(7);
    b.add(0);
    b.addAll(a.toArray());
    expect(b.size).toBe(6);
  });

  it('gives different keys for different values and seeds, the same key for the same value', () => {
    const one = createDistinctKeyer(1);
    const two = createDistinctKeyer(2);
    expect(one('a@b.se')).not.toBe(one('a@b.sf'));
    expect(one('a@b.se')).not.toBe(two('a@b.se'));
    expect(one('a@b.se')).toBe(one('a@b.se'));
    expect(Number.isSafeInteger(one('Anna Svensson'))).toBe(true);
  });
});
