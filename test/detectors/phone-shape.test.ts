import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { prng } from '../helpers/prng.js';
import { swedishNational, validateSwedishByShape } from '../../src/detect/phone.js';

const rng = prng;

describe('Swedish phone validation by shape', () => {
  it('agrees with libphonenumber-js on 20,000 random Swedish national numbers', () => {
    const random = rng(42);
    let disagreements = 0;
    const examples: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const length = 7 + Math.floor(random() * 7); // 7..13 national digits
      let national = String(1 + Math.floor(random() * 9));
      while (national.length < length) national += String(Math.floor(random() * 10));
      const direct = parsePhoneNumberFromString(`+46${national}`);
      const expected = direct?.isValid() ? direct.getType() : null;
      const got = validateSwedishByShape(national);
      if ((got?.type ?? null) !== (expected ?? null)) {
        disagreements++;
        if (examples.length < 5) examples.push(`${national.length} digits, prefix ${national.slice(0, 3)}`);
      }
    }
    expect(examples).toEqual([]);
    expect(disagreements).toBe(0);
  });

  it('agrees for every area code and mobile prefix at every common length', () => {
    const random = rng(7);
    const disagreements: string[] = [];
    let valid = 0;
    for (let prefix = 10; prefix <= 999; prefix += prefix < 100 ? 1 : 7) {
      for (let length = 7; length <= 10; length++) {
        for (let sample = 0; sample < 12; sample++) {
          let national = String(prefix);
          while (national.length < length) national += String(Math.floor(random() * 10));
          const direct = parsePhoneNumberFromString(`+46${national}`);
          const expected = direct?.isValid() ? direct.getType() : null;
          if (expected) valid++;
          if ((validateSwedishByShape(national)?.type ?? null) !== (expected ?? null)) disagreements.push(national.slice(0, 4));
        }
      }
    }
    expect(valid).toBeGreaterThan(2000); // the sample really exercises valid numbers
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['070-123 45 67', '701234567'],
    ['0701234567', '701234567'],
    ['+46 70 123 45 67', '701234567'],
    ['+46 (0)70-123 45 67', '701234567'],
    ['0046 70 123 45 67', '701234567'],
    ['08-123 456 78', '812345678'],
    ['+47 22 12 34 56', undefined],
    ['0047 22 12 34 56', undefined],
  ])('national number of %s is %s', (written, national) => {
    expect(swedishNational(written)).toBe(national);
  });
});
