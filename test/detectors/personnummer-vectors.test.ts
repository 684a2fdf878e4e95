import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPersonnummerDetector } from '../../src/detect/personnummer.js';
import { detectAll } from '../helpers/detector-cases.js';

/**
 * The personnummer project's shared test vectors (MIT, see test/vectors/personnummer/README.md): every valid
 * number must be found when it stands alone, every invalid one must not. Runs on the copy in this repository and,
 * when the checkout sits next to it, on ../shared/testdata/personnummer as well (so a newer upstream copy is tried).
 */

const LOCAL_DIR = fileURLToPath(new URL('../vectors/personnummer/', import.meta.url));
const SHARED_DIR = fileURLToPath(new URL('../../../shared/testdata/personnummer/', import.meta.url));
const detector = createPersonnummerDetector({ now: () => new Date(2026, 5, 1) });

interface Vector {
  readonly long_format?: string;
  readonly short_format: string;
  readonly separated_format: string;
  readonly separated_long?: string;
  readonly valid: boolean;
  readonly type: string;
}

const FORMATS = ['long_format', 'short_format', 'separated_format', 'separated_long'] as const;
const SUBTYPE: Record<string, string | undefined> = { ssn: undefined, con: 'samordningsnummer', interim: 'interim' };

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as T;
}

/** `[written, valid, expected subtype, expected normalized (only where the written form fixes the century)]`. */
function casesFrom(dir: string): Array<[string, boolean, string | undefined, string | undefined]> {
  const cases = new Map<string, [string, boolean, string | undefined, string | undefined]>();
  const vectors = [
    ...readJson<Vector[]>(dir, 'list.json'),
    ...readJson<Vector[]>(dir, 'interim.json'),
    ...readJson<Vector[]>(dir, 'orgnumber.json'),
  ];
  for (const vector of vectors) {
    for (const format of FORMATS) {
      const written = vector[format];
      if (written === undefined) continue;
      const long = vector.long_format?.replace(/\D?(\w{4})$/, '$1');
      const fixesCentury = format === 'long_format' || format === 'separated_long' || format === 'separated_format';
      const normalized = fixesCentury && long?.length === 12 ? `${long.slice(0, 8)}-${long.slice(8)}` : undefined;
      cases.set(written, [written, vector.valid, SUBTYPE[vector.type], normalized]);
    }
  }
  const structured = readJson<Record<string, { string: { valid: string[]; invalid: string[] } }>>(dir, 'structured.json');
  for (const [type, { string }] of Object.entries(structured)) {
    for (const written of string.valid) if (!cases.has(written)) cases.set(written, [written, true, SUBTYPE[type], undefined]);
    for (const written of string.invalid) if (!cases.has(written)) cases.set(written, [written, false, undefined, undefined]);
  }
  return [...cases.values()];
}

function vectorSuite(dir: string): void {
  const cases = casesFrom(dir);

  it('has both valid and invalid vectors', () => {
    expect(cases.some(([, valid]) => valid)).toBe(true);
    expect(cases.some(([, valid]) => !valid)).toBe(true);
  });

  it.each(cases)('%s (valid: %s)', (written, valid, subtype, normalized) => {
    const found = detectAll(detector, written);
    if (!valid) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBe(written);
    expect(found[0]!.subtype).toBe(subtype);
    if (normalized) expect(found[0]!.normalized).toBe(normalized);
  });
}

describe('personnummer vectors (copy in test/vectors)', () => vectorSuite(LOCAL_DIR));

const sharedPresent = existsSync(`${SHARED_DIR}list.json`);
if (!sharedPresent) console.info(`note: ${SHARED_DIR} not found; the shared-vector tests are skipped`);

describe.skipIf(!sharedPresent)('personnummer vectors (../shared/testdata)', () => {
  // The suite reads its vectors while collecting: only build it when they are there.
  if (sharedPresent) vectorSuite(SHARED_DIR);

  it('the copy in test/vectors is up to date', () => {
    for (const file of ['list.json', 'interim.json', 'orgnumber.json', 'structured.json']) {
      expect(readFileSync(`${LOCAL_DIR}${file}`, 'utf8'), file).toBe(readFileSync(`${SHARED_DIR}${file}`, 'utf8'));
    }
  });
});
