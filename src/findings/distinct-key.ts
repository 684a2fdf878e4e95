/**
 * Keys for counting distinct values inside one scan. They live in memory only and are never written (the
 * written fingerprints are keyed HMACs, see fingerprint.ts); an HMAC per occurrence would cost more than
 * all detection together on dense exports. 53 bits of a seeded cyrb53 hash: at a million distinct values the
 * chance of any collision is about 1 in 10,000, and a collision only lowers a distinct count by one.
 * Keys are only ever compared within one category (every tally and set is per category), so the category
 * is not part of the hashed text.
 */
export function createDistinctKeyer(seed: number): (normalized: string) => number {
  const seed1 = 0xdeadbeef ^ seed;
  const seed2 = 0x41c6ce57 ^ seed;
  return (normalized) => {
    let h1 = seed1;
    let h2 = seed2;
    for (let i = 0; i < normalized.length; i++) {
      const code = normalized.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
}

/** Value of each base64url character (-1 for others). */
const SEXTET = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach((char, value) => (SEXTET[char.charCodeAt(0)] = value));
const hashKey = createDistinctKeyer(0);

/**
 * The distinct key of a written fingerprint (see fingerprint.ts): its first 53 bits. A fingerprint is 96 bits
 * of a keyed HMAC in base64url, so these bits are as uniform as a hash's, and cached scans count distinct
 * values with the same bounded sets and sketches as plain ones instead of keeping every fingerprint string.
 * Anything else (a fingerprint of another form) is hashed.
 */
export function fingerprintKey(fingerprint: string): number {
  if (fingerprint.length < 9) return hashKey(fingerprint);
  let key = 0;
  // 8 characters: 48 bits; the 9th gives 5 more.
  for (let i = 0; i < 9; i++) {
    const code = fingerprint.charCodeAt(i);
    const value = code < 128 ? SEXTET[code]! : -1;
    if (value < 0) return hashKey(fingerprint);
    key = i < 8 ? key * 64 + value : key * 32 + (value >> 1);
  }
  return key;
}
