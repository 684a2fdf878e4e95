/**
 * A set of distinct-value keys (whole numbers below 2^53) in one Float64Array with open addressing: about
 * 16 bytes a key at most, against ~80 for a Set<number> of non-small integers. Millions of distinct values in
 * one export then cost tens of megabytes, and a file's keys cross threads as one typed array.
 */
export class KeySet {
  private slots: Float64Array;
  private mask: number;
  private count = 0;

  /**
   * `maxLoad`: how full the table may get before it doubles. 0.5 keeps inserts at about 1.5 probes (the per-file
   * sets on the hot path); 0.75 needs a third less memory for about 2.5 probes (the per-system sets, which hold
   * every distinct value of a scan and are the main thread's largest memory).
   */
  constructor(
    capacity = 16,
    private readonly maxLoad = 0.5,
  ) {
    let size = 16;
    while (size * maxLoad < capacity) size *= 2;
    this.slots = new Float64Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds a key; true if it was new. */
  add(key: number): boolean {
    // Stored as key + 1 so that 0 marks an empty slot; keys are hashes, so their low bits spread well.
    const stored = key + 1;
    let slot = (key >>> 0) & this.mask;
    for (;;) {
      const current = this.slots[slot]!;
      if (current === 0) break;
      if (current === stored) return false;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = stored;
    if (++this.count > this.slots.length * this.maxLoad) this.grow();
    return true;
  }

  addAll(keys: Float64Array): void {
    for (let i = 0; i < keys.length; i++) this.add(keys[i]!);
  }

  /** The keys, packed (for sending to another thread). */
  toArray(): Float64Array {
    const out = new Float64Array(this.count);
    let n = 0;
    for (let i = 0; i < this.slots.length; i++) {
      const stored = this.slots[i]!;
      if (stored !== 0) out[n++] = stored - 1;
    }
    return out;
  }

  private grow(): void {
    this.rehash(this.slots.length * 2);
  }

  /** Moves every key to a table of `size` slots. The keys are distinct: each goes to the first free slot. */
  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Float64Array(size);
    const mask = size - 1;
    for (let i = 0; i < old.length; i++) {
      const stored = old[i]!;
      if (stored === 0) continue;
      let slot = ((stored - 1) >>> 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = stored;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
