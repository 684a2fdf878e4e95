import { describe, it } from 'vitest';
import { textExtractor } from '../../src/extract/text.js';
import { expectClean, fixture, fuzzExtractor, seedsAndNoise } from './fuzz.js';

// Line breaks, BOMs, NULs and broken or split UTF-8 sequences (written as their bytes).
const TOKENS = ['\n', '\r\n', '\r', '\0', '\xff\xfe', '\xfe\xff', '\xef\xbb\xbf', '\xc3\xa5', '\xc3', '\xe2\x82', '\xf0\x9f\x98\x80', '\xed\xa0\x80', '\x1b[31m'];

describe('fuzzing the text extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    const seeds = [fixture('txt/notes.txt'), fixture('csv-utf16/export.csv'), fixture('csv-cp1252/kunder.csv')];
    expectClean(await fuzzExtractor(textExtractor, 'notes.txt', 400, seedsAndNoise(seeds, TOKENS)));
  });
});
