import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bgmaxExtractor, isBgMax } from '../../src/extract/bgmax.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import { textExtractor } from '../../src/extract/text.js';
import { extractBytes, extractFile, FORMATS, segments, skips } from './collect.js';

const FIXTURE = join(FORMATS, 'bgmax/inbetalningar.txt');
const fields = (items: Awaited<ReturnType<typeof extractFile>>) =>
  segments(items).map((s) => (s.location.kind === 'cell' ? [s.location.row, s.hints?.field, s.text] : [s.location.kind === 'line' ? s.location.line : 0, undefined, s.text.slice(0, 12)]));

describe('bgmax extractor: fixtures/formats/bgmax/inbetalningar.txt', async () => {
  const items = await extractFile(bgmaxExtractor, FIXTURE);

  it('reads the payer records field by field under names that say what they hold, Latin-1 decoded', () => {
    expect(fields(items).filter(([, field]) => field !== undefined)).toEqual([
      [4, 'Betalarens namn', 'ANNA LINDQVIST'],
      [5, 'Betalarens adress', 'BRUKSGATAN 5'],
      [5, 'Betalarens postnummer', '13839'],
      [6, 'Betalarens ort', 'TROLLHÄTTAN'],
      [7, 'Betalarens identitetsnummer', '198503122387'],
      [9, 'Betalarens namn', 'Fatima Hassan'],
      [9, 'Betalarens namn', 'c/o Öberg'],
      [10, 'Betalarens adress', 'GRANITVÄGEN 1'],
      [10, 'Betalarens postnummer', '42348'],
      [11, 'Betalarens ort', 'SUNDSVALL'],
      [12, 'Betalarens identitetsnummer', '199202293446'],
      [13, 'Meddelande', 'Avser faktura 30319922, delbetalning 2 av 4'],
      [15, 'Betalarens namn', 'NORRBYNS MÅLERI AB'],
      [16, 'Betalarens identitetsnummer', '005561028211'],
    ]);
  });

  it('reads the other records (start, payment, deposit, end) as lines of text, and reports nothing skipped', () => {
    expect(fields(items).filter(([, field]) => field === undefined).map(([line]) => line)).toEqual([1, 2, 3, 8, 14, 17, 18]);
    expect(skips(items)).toEqual([]);
  });

  it('is chosen for a `.txt` whose first record is `01BGMAX`, and by its own extensions; other text stays text', () => {
    const bytes = readFileSync(FIXTURE);
    for (const name of ['inbetalningar.txt', 'BG20261120.bgmax', 'fil.bgm', 'utan-filändelse']) {
      expect(chooseExtractor(name, bytes.subarray(0, 4096))).toEqual({ kind: 'extractor', extractor: bgmaxExtractor });
    }
    expect(chooseExtractor('notes.txt', Buffer.from('01 BGMAX är ett format\n'))).toEqual({ kind: 'extractor', extractor: textExtractor });
    expect(isBgMax(Buffer.from('\ufeff01BGMAX               01'))).toBe(true);
    expect(isBgMax(Buffer.from('01BGMA'))).toBe(false);
  });

  it('reads a record longer than its layout by its fields, and the rest of it as text', async () => {
    const text = `${'01BGMAX'.padEnd(80)}\r\n26${'Anna Lindqvist'.padEnd(70)}${'x'.repeat(5000)}\r\n26${'Bo Ek'.padEnd(78)}\r\n`;
    const read = await extractBytes(bgmaxExtractor, 'fil.bgmax', Buffer.from(text, 'latin1'));
    expect(skips(read)).toEqual([]);
    expect(fields(read)).toEqual([
      [1, undefined, '01BGMAX     '],
      [2, 'Betalarens namn', 'Anna Lindqvist'],
      [2, undefined, 'xxxxxxxxxxxx'],
      [3, 'Betalarens namn', 'Bo Ek'],
    ]);
  });
});
