/**
 * Keys for counting distinct values inside one scan. They live in memory only and are never written (the
 * written fingerprints are keyed HMACs, see fingerprint.ts); an HMAC per occurrence would cost more than
 * all detection together on dense exports. 53 bits of a seeded cyrb53 hash: at a million distinct values the
 * chance of any collision is about 1 in 10,000, and a collision only lowers a distinct count by one.
 */
export function createDistinctKeyer(seed: number): (category: string, normalized: string) => number {
  return (category, normalized) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    const feed = (text: string): void => {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ code, 2654435761);
        h2 = Math.imul(h2 ^ code, 1597334677);
      }
    };
    feed(category);
    h1 = Math.imul(h1 ^ 0, 2654435761);
    feed(normalized);
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
}
