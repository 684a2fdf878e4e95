import { describe, expect, it } from 'vitest';
import { prng } from '../helpers/prng.js';
import { nearestKeyword, searchKeywordNear } from '../../src/detect/context.js';
import { mayHaveKeywordNear } from '../../src/detect/keyword-precheck.js';
import { rules } from '../helpers/detector-cases.js';

const rng = prng;

const NUMBER = '070-123 45 67';

/** `before` + number + `after`, with the number's offsets. */
function around(before: string, after: string): [string, number, number] {
  return [`${before}${NUMBER}${after}`, before.length, before.length + NUMBER.length];
}

describe('keyword pre-check for phone candidates', () => {
  it.each([
    ['Tel: ', ''],
    ['TELEFON ', ''],
    ['ring mig på ', ' efter fem'],
    ['Ärende 4711: kunden nås på ', ''],
    ['', ' (mobil)'],
    ['ORG.NR ', ''],
    ['xtel ', ''], // not a keyword for nearestKeyword, but the pre-check may say maybe
    ['Ünïcødé İstanbul ', ''], // beyond Latin-1: always maybe
  ])('may hold a keyword: %j … %j', (before, after) => {
    const [text, start, end] = around(before, after);
    expect(mayHaveKeywordNear(text, start, end, rules())).toBe(true);
  });

  it.each([
    ['K100002;Tove;Eklund;tove.eklund@hotmail.com;', ';;Fjällgatan 30'],
    ['Se ', ' i listan'],
    ['[2024-03-12 10:05:07] #4711 Anna: ', ''],
    ['', ''],
    // keywords further away than the windows
    ['telefon ' + 'x'.repeat(60), ' ' + 'y'.repeat(20) + ' mobil'],
    // a keyword cut by the text start or by the number: only its tail or head is in the window
    ['efon ', 'te'],
  ])('holds no keyword: %j … %j', (before, after) => {
    const [text, start, end] = around(before, after);
    expect(mayHaveKeywordNear(text, start, end, rules())).toBe(false);
    expect(nearestKeyword(text, start, end, rules())).toBeUndefined();
  });

  it('never hides a keyword that nearestKeyword finds (random texts of keyword pieces)', () => {
    const random = rng(3);
    const pieces = [
      ...rules().keywords.phone,
      ...rules().keywords.personnummer,
      ...rules().keywords.notPersonal,
      'TEL',
      'Mobil',
      'ORDERN',
      'Ärende',
      'NÅS PÅ',
      'İ',
      '😀',
      'é',
      'ß',
      ' ',
      ' ',
      ':',
      '\n',
      'x',
      'ab',
      '12',
    ];
    const pick = (): string => pieces[Math.floor(random() * pieces.length)]!;
    let hidden = 0;
    let found = 0;
    let skipped = 0;
    for (let i = 0; i < 20_000; i++) {
      let before = '';
      let after = '';
      const beforeParts = Math.floor(random() * 6);
      for (let k = 0; k < beforeParts; k++) before += random() < 0.5 ? pick() : 'qz'.repeat(1 + Math.floor(random() * 8));
      const afterParts = Math.floor(random() * 3);
      for (let k = 0; k < afterParts; k++) after += random() < 0.5 ? pick() : 'qz'.repeat(1 + Math.floor(random() * 4));
      const [text, start, end] = around(before, after);
      // Against the full search: nearestKeyword itself runs the pre-check first.
      const hit = searchKeywordNear(text, start, end, rules());
      const maybe = mayHaveKeywordNear(text, start, end, rules());
      if (hit) found++;
      if (hit && !maybe) hidden++;
      if (!maybe) skipped++;
    }
    expect(hidden).toBe(0);
    // The sample exercises both answers.
    expect(found).toBeGreaterThan(5_000);
    expect(skipped).toBeGreaterThan(2_000);
  });
});
