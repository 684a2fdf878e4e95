import { createHmac, randomBytes } from 'node:crypto';
import type { Category } from '../detect/types.js';

/**
 * Fingerprints link repeats of one value (across files, systems or runs) without revealing it. A plain hash
 * would not do: a personnummer has about 10^8 possible values and a phone number not many more, so anyone
 * holding a report could hash them all and read the values back. A keyed HMAC cannot be enumerated without
 * the key. The key comes from GDPR_SCAN_KEY (or --key-file); without one, a random key is made per run, so
 * fingerprints then link values within one report only.
 */
const CACHE_ENTRIES = 50_000;

export class Fingerprinter {
  /** The key, to hand to worker threads so that every thread fingerprints alike. Never written anywhere. */
  readonly key: Buffer;
  readonly persistent: boolean;

  constructor(key?: string | Uint8Array, persistent?: boolean) {
    this.persistent = persistent ?? (key !== undefined && key.length > 0);
    this.key = key !== undefined && key.length > 0 ? Buffer.from(key as string) : randomBytes(32);
    if (this.persistent && this.key.length < 16) {
      throw new RangeError('the fingerprint key must be at least 16 bytes long');
    }
  }

  /** Values repeat (quoted replies, the same customer in every ticket): an HMAC costs ~5 µs, a lookup ~0.1. */
  private readonly cache = new Map<string, string>();

  /** 96 bits of HMAC-SHA-256 in base64url: short enough to read, far too many to collide in an export. */
  fingerprint(category: Category, normalized: string): string {
    const input = `${category}\0${normalized}`;
    let fingerprint = this.cache.get(input);
    if (fingerprint === undefined) {
      fingerprint = createHmac('sha256', this.key).update(input).digest('base64url').slice(0, 16);
      // Bounded: the cache is a speed-up, not a store of values; drop it all when full.
      if (this.cache.size >= CACHE_ENTRIES) this.cache.clear();
      this.cache.set(input, fingerprint);
    }
    return fingerprint;
  }
}
