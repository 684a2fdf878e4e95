import { describe, expect, it } from 'vitest';
import { createDistinctKeyer } from '../../src/findings/distinct-key.js';
import { DistinctCounter, EXACT_LIMIT } from '../../src/inventory/distinct-counter.js';

const keyOf = createDistinctKeyer(424242);
const key = (i: number): number => keyOf(`+46701${String(i).padStart(6, '0')}`);

describe('DistinctCounter', () => {
  it('counts exactly up to its limit, with repeats, and says which values are new', () => {
    const counter = new DistinctCounter(0.5, 1000);
    for (let i = 0; i < 1000; i++) expect(counter.add(key(i))).toBe(true);
    for (let i = 0; i < 1000; i++) expect(counter.add(key(i))).toBe(false);
    expect(counter.size).toBe(1000);
    expect(counter.approximate).toBe(false);
    expect(counter.toData()).toBeInstanceOf(Float64Array);
  });

  it.each([5_000, 100_000, 600_000])('estimates %i distinct values within 2% once past its limit (and repeats do not count)', (count) => {
    const counter = new DistinctCounter(0.5, 1000);
    for (let i = 0; i < count; i++) counter.add(key(i));
    for (let i = 0; i < count; i += 3) counter.add(key(i));
    expect(counter.approximate).toBe(true);
    expect(Math.abs(counter.size - count) / count).toBeLessThan(0.02);
  });

  it('merges exact sets and sketches into one estimate of their union', () => {
    const a = new DistinctCounter(0.5, 10_000);
    const b = new DistinctCounter(0.5, 10_000);
    for (let i = 0; i < 40_000; i++) a.add(key(i)); // a sketch
    for (let i = 30_000; i < 35_000; i++) b.add(key(i)); // exact, inside a
    const union = new DistinctCounter(0.75, 10_000);
    union.addAll(b.toData());
    expect(union.approximate).toBe(false);
    expect(union.size).toBe(5_000);
    union.addAll(a.toData());
    expect(union.approximate).toBe(true);
    expect(Math.abs(union.size - 40_000) / 40_000).toBeLessThan(0.02);
    // A sketch after an exact set: the exact keys are kept in it.
    const later = new DistinctCounter(0.75, 10_000);
    for (let i = 100_000; i < 105_000; i++) later.add(key(i));
    later.addAll(a.toData());
    expect(Math.abs(later.size - 45_000) / 45_000).toBeLessThan(0.02);
  });

  it('keeps half a million values exact by default', () => {
    expect(EXACT_LIMIT).toBe(500_000);
    const counter = new DistinctCounter();
    for (let i = 0; i < 20_000; i++) counter.add(key(i));
    expect(counter.size).toBe(20_000);
    expect(counter.approximate).toBe(false);
  });
});
