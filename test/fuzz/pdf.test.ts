import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { pdfExtractor } from '../../src/extract/pdf.js';
import { expectClean, extractAll, fixture, fuzzExtractor, replayCase, seedsAndNoise, type Random } from './fuzz.js';

const TOKENS = ['%PDF-1.7\n', '%%EOF', 'obj', 'endobj', 'stream\n', 'endstream', 'xref', 'trailer', '<<', '>>', '/Length 999999', '/Filter /FlateDecode', '/Encrypt', '(', ')', '[', ']', '\0'];
const SEED = 20240304;
const mutated = seedsAndNoise([fixture('pdf/faktura.pdf'), fixture('../exports/avtal/faktura_2024-118.pdf')], TOKENS);
// Random bytes without a %PDF header stop at the header check; prefix some so pdf.js sees them.
const generate = (random: Random, index: number): Buffer =>
  index % 10 === 5 ? Buffer.concat([Buffer.from('%PDF-1.4\n'), mutated(random, 0)]) : mutated(random, index);

// pdf.js is the slowest parser: fewer cases keep the file near a few seconds.
describe('fuzzing the PDF extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    expectClean(await fuzzExtractor(pdfExtractor, 'faktura.pdf', 200, generate, SEED), 5_000);
  });

  // pdf.js throws its own copies of its exception classes, which `instanceof` against pdf-parse's exports missed.
  it.each([17, 49, 54])('reports the damage of fuzz case %i as a corrupt PDF', async (index) => {
    const error = await extractAll(pdfExtractor, 'x.pdf', replayCase(generate, SEED, index)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect(error).toMatchObject({ reason: 'corrupt', detail: expect.stringMatching(/^damaged PDF \(\w+\)$/) });
  });
});
