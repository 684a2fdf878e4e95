// Seeded pseudo-random numbers so a corpus is reproducible from `--seed` alone.

function hashSeed(seed) {
  let h = 2166136261 >>> 0;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** mulberry32: tiny, fast, good enough for test data. */
export function createRng(seed) {
  let state = hashSeed(seed);
  let styles;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** Integer in [min, max] inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Picks from `[[weight, value], ...]`. */
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [w]) => sum + w, 0);
      let r = next() * total;
      for (const [w, v] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return pairs[pairs.length - 1][1];
    },
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    /** A child generator, so adding a file type does not shift every later random draw. */
    fork: (label) => createRng(`${seed}/${label}`),
    /**
     * A second stream for the rarer writing styles (a lower-case name, a number without its `+`): deciding on one
     * draws nothing from this generator, so adding a style leaves the rest of the corpus as it was.
     */
    get styles() {
      styles ??= createRng(`${seed}/styles`);
      return styles;
    },
  };
  return rng;
}
