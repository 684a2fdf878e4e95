import { describe, it } from 'vitest';
import { mboxExtractor } from '../../src/extract/mbox.js';
import { expectClean, fixture, fuzzExtractor, seedsAndNoise } from './fuzz.js';
import { MAIL_SEEDS, MAIL_TOKENS } from './mail-seeds.js';

const ENVELOPE = 'From kund@exempel.se Mon Mar  4 10:00:00 2024\n';
const TOKENS = [...MAIL_TOKENS, `\n${ENVELOPE}`, ENVELOPE, '>From ', '\n>>From x\n', 'From \n'];

describe('fuzzing the mbox extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    const seeds = [
      fixture('mbox/support.mbox'),
      fixture('../exports/helpdesk/mail/inbox.mbox'),
      Buffer.concat(MAIL_SEEDS.flatMap((mail) => [Buffer.from(ENVELOPE), mail, Buffer.from('\n')])),
    ];
    expectClean(await fuzzExtractor(mboxExtractor, 'inbox.mbox', 400, seedsAndNoise(seeds, TOKENS)));
  });
});
