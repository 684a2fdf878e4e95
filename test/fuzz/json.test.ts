import { describe, it } from 'vitest';
import { jsonExtractor } from '../../src/extract/json.js';
import { expectClean, fixture, fuzzExtractor, seedsAndNoise } from './fuzz.js';

const TOKENS = ['{', '}', '[', ']', '"', ':', ',', '{"a":', '[[', '"\\u0000"', '"\\ud800"', '1e999', '-0', '123456789012', 'null', '\\', '\xef\xbb\xbf', '\0'];

describe('fuzzing the JSON extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    const seeds = [fixture('json/tickets.json'), fixture('../exports/helpdesk/tickets/tickets.json')];
    expectClean(await fuzzExtractor(jsonExtractor, 'tickets.json', 400, seedsAndNoise(seeds, TOKENS)));
  });
});
