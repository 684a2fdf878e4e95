import { describe, it } from 'vitest';
import { ndjsonExtractor } from '../../src/extract/ndjson.js';
import { expectClean, fixture, fuzzExtractor, seedsAndNoise } from './fuzz.js';

const TOKENS = ['\n', '\r\n', '{', '}', '[', ']', '"', ':', ',', '{"a":', '[[', '"\\ud800"', '1e999', 'null', '\xef\xbb\xbf', '\0'];

describe('fuzzing the NDJSON extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    const seeds = [fixture('ndjson/events.ndjson'), fixture('../exports/helpdesk/tickets/events.ndjson')];
    expectClean(await fuzzExtractor(ndjsonExtractor, 'events.ndjson', 400, seedsAndNoise(seeds, TOKENS)));
  });
});
