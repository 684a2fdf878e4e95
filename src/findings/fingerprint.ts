import { createHmac, randomBytes } from 'node:crypto';
import type { Category } from '../detect/types.js';

/**
 * Fingerprints link repeats of one value (across files, systems or runs) without revealing it. A plain hash
 * would not do: a personnummer has about 10^8 possible values and a phone number not many more, so anyone
 * holding a report could hash them all and read the values back. A keyed HMAC cannot be enumerated without
 * the key. The key comes from GDPR_SCAN_KEY (or --key-file); without one, a random key is made per run, so
 * fingerprints then link values within one report only.
 */
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

  /** 96 bits of HMAC-SHA-256 in base64url: short enough to read, far too many to collide in an export. */
  fingerprint(category: Category, normalized: string): string {
    return createHmac('sha256', this.key).update(category).update('\0').update(normalized).digest('base64url').slice(0, 16);
  }
}
