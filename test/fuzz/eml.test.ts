import { describe, it } from 'vitest';
import { emlExtractor } from '../../src/extract/eml.js';
import { expectClean, fixture, fuzzExtractor, seedsAndNoise } from './fuzz.js';
import { MAIL_SEEDS, MAIL_TOKENS } from './mail-seeds.js';

describe('fuzzing the eml extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    const seeds = [fixture('eml/letter.eml'), fixture('../exports/helpdesk/mail/2024-03-ticket.eml'), ...MAIL_SEEDS];
    expectClean(await fuzzExtractor(emlExtractor, 'letter.eml', 400, seedsAndNoise(seeds, MAIL_TOKENS)));
  });
});
