import { describe, it } from 'vitest';
import { csvExtractor } from '../../src/extract/csv.js';
import { expectClean, fixture, fuzzExtractor, seedsAndNoise } from './fuzz.js';

const TOKENS = ['"', '""', '";"', ';', ',', '\t', '|', '\n', '\r', '\r\n', '"\n', '\n"', 'sep=;\n', '\xff\xfe', '\0', '\xc3\xa5', '@'];

describe('fuzzing the CSV extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    const seeds = [fixture('csv-cp1252/kunder.csv'), fixture('csv-utf16/export.csv'), fixture('../exports/crm/kunder_2024.csv')];
    expectClean(await fuzzExtractor(csvExtractor, 'kunder.csv', 400, seedsAndNoise(seeds, TOKENS)));
  });

  it('reads TSV the same way', async () => {
    const seeds = [fixture('../exports/crm/kontakter.tsv')];
    expectClean(await fuzzExtractor(csvExtractor, 'kontakter.tsv', 200, seedsAndNoise(seeds, TOKENS), 7));
  });
});
