import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Extractor } from '../../src/extract/types.js';
import { readZipDirectory, readZipEntry } from '../../src/extract/zip.js';
import { zip } from '../../scripts/hostile/make-hostile-tree.mjs';
import { prng } from '../helpers/prng.js';

export const FORMATS = resolve(import.meta.dirname, '../../fixtures/formats');

export function fixture(path: string): Buffer {
  return readFileSync(resolve(FORMATS, path));
}

export { prng };

export type Random = () => number;

export function int(random: Random, below: number): number {
  return Math.floor(random() * below);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[int(random, items.length)] as T;
}

export function randomBytes(random: Random, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = int(random, 256);
  return out;
}

/**
 * One random mutation of `input`: bit flips, a truncation, inserted random bytes or format tokens, a deleted
 * or duplicated run. Tokens are the syntax of the format (quotes, boundaries, brackets), which reach the
 * parser's corner cases far more often than random bytes do.
 */
export function mutate(random: Random, input: Buffer, tokens: readonly string[]): Buffer {
  if (input.length === 0) return randomBytes(random, 1 + int(random, 64));
  const at = int(random, input.length);
  switch (int(random, 6)) {
    case 0: {
      const out = Buffer.from(input);
      for (let flips = 1 + int(random, 8); flips > 0; flips--) {
        const i = int(random, out.length);
        out[i] = (out[i] as number) ^ (1 << int(random, 8));
      }
      return out;
    }
    case 1:
      return input.subarray(0, at);
    case 2:
      return Buffer.concat([input.subarray(0, at), randomBytes(random, 1 + int(random, 32)), input.subarray(at)]);
    case 3: {
      const token = Buffer.from(pick(random, tokens).repeat(1 + int(random, random() < 0.1 ? 2000 : 4)), 'latin1');
      return Buffer.concat([input.subarray(0, at), token, input.subarray(at)]);
    }
    case 4:
      return Buffer.concat([input.subarray(0, at), input.subarray(Math.min(input.length, at + 1 + int(random, 256)))]);
    default: {
      const end = Math.min(input.length, at + 1 + int(random, 512));
      return Buffer.concat([input.subarray(0, end), input.subarray(at, end), input.subarray(end)]);
    }
  }
}

/** Applies 1–3 mutations. */
export function mutateSome(random: Random, input: Buffer, tokens: readonly string[]): Buffer {
  let out = input;
  for (let n = 1 + int(random, 3); n > 0; n--) out = mutate(random, out, tokens);
  return out;
}

const MAX_DEPTH = 3;

/**
 * Extracts in-memory bytes as the scanner does, following attachments into the extractor their name picks.
 * Returns the number of items; throws whatever the extractors throw.
 */
export async function extractAll(extractor: Extractor, name: string, bytes: Uint8Array, depth = 0): Promise<number> {
  let items = 0;
  for await (const item of extractor.extract({ name, bytes, size: bytes.length }, { maxBytes: 64 * 1024 * 1024 })) {
    items++;
    if ('text' in item) {
      if (typeof item.text !== 'string') throw new TypeError('segment text is not a string');
    } else if (item.kind === 'delegate' && depth < MAX_DEPTH) {
      const choice = chooseExtractor(item.name, item.bytes.subarray(0, 4096));
      if (choice.kind === 'extractor') {
        try {
          items += await extractAll(choice.extractor, item.name, item.bytes, depth + 1);
        } catch (error) {
          if (!(error instanceof ExtractError)) throw error;
        }
      }
    }
  }
  return items;
}

export interface FuzzOutcome {
  readonly cases: number;
  readonly failures: string[];
  readonly slowestMs: number;
}

/**
 * Runs `cases` generated inputs through the extractor. A case fails when anything but an ExtractError escapes
 * (a TypeError or RangeError is a bug in the extractor, whatever the input) or when an ExtractError's detail
 * is empty or multi-line.
 */
export async function fuzzExtractor(extractor: Extractor, name: string, cases: number, generate: (random: Random, index: number) => Buffer, seed = 20240304): Promise<FuzzOutcome> {
  const random = prng(seed);
  const failures: string[] = [];
  let slowestMs = 0;
  for (let index = 0; index < cases; index++) {
    const input = generate(random, index);
    const started = performance.now();
    try {
      await extractAll(extractor, name, input);
    } catch (error) {
      if (!(error instanceof ExtractError)) {
        failures.push(`seed ${seed} case ${index}: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`);
      } else if (!/^[^\n]{3,400}$/.test(error.detail)) {
        failures.push(`seed ${seed} case ${index}: unreadable detail`);
      }
    }
    slowestMs = Math.max(slowestMs, performance.now() - started);
  }
  return { cases, failures, slowestMs };
}

/** Random bytes for a tenth of the cases, mutations of the seeds for the rest. */
export function seedsAndNoise(seeds: readonly Buffer[], tokens: readonly string[]): (random: Random, index: number) => Buffer {
  return (random, index) => (index % 10 === 0 ? randomBytes(random, int(random, 4096)) : mutateSome(random, pick(random, seeds), tokens));
}

const ZIP_TOKENS = ['PK\x03\x04', 'PK\x01\x02', 'PK\x05\x06', '\0\0\0\0', '\xff\xff\xff\xff'];

/**
 * Cases for an Office file (a ZIP of XML parts): a tenth random bytes; of the rest, half mutate the ZIP bytes and
 * half re-pack the seed with its parts named by `parts` mutated (each with probability `chance`), to reach the
 * XML scanner behind the ZIP reader.
 */
export function zipOfXmlCases(seeds: readonly Buffer[], xmlTokens: readonly string[], parts: RegExp, chance: number): (random: Random, index: number) => Buffer {
  const unpacked = seeds.map((seed) => readZipDirectory(seed).map((entry) => ({ name: entry.name, data: readZipEntry(seed, entry) })));
  return (random, index) => {
    if (index % 10 === 0) return randomBytes(random, int(random, 4096));
    if (index % 2 === 0) return mutateSome(random, pick(random, seeds), ZIP_TOKENS);
    return zip(pick(random, unpacked).map((part) => (parts.test(part.name) && random() < chance ? { name: part.name, data: mutateSome(random, part.data, xmlTokens) } : part)));
  };
}

export function expectClean(outcome: FuzzOutcome, slowestLimitMs = 2_000): void {
  expect(outcome.failures).toEqual([]);
  expect(outcome.slowestMs).toBeLessThan(slowestLimitMs);
}

/** The input `fuzzExtractor` generated for case `index` of `seed`, to turn a found failure into a regression test. */
export function replayCase(generate: (random: Random, index: number) => Buffer, seed: number, index: number): Buffer {
  const random = prng(seed);
  let input: Buffer = Buffer.alloc(0);
  for (let i = 0; i <= index; i++) input = generate(random, i);
  return input;
}
