import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { prng } from '../helpers/prng.js';
import { phoneDetector, validateSwedishByShape } from '../../src/detect/phone.js';
import { detectAll } from '../helpers/detector-cases.js';

const rng = prng;

describe('Swedish shapes are decided by three digits (four for 900x, 939x, 944x)', () => {
  it('agrees with libphonenumber-js for every four-digit prefix at lengths 7–10', () => {
    const random = rng(11);
    const disagreements: string[] = [];
    for (let prefix = 1000; prefix <= 9999; prefix++) {
      for (let length = 7; length <= 10; length++) {
        let national = String(prefix);
        while (national.length < length) national += String(Math.floor(random() * 10));
        const direct = parsePhoneNumberFromString(`+46${national}`);
        const expected = direct?.isValid() ? (direct.getType() ?? null) : null;
        if ((validateSwedishByShape(national)?.type ?? null) !== expected) disagreements.push(`${prefix}:${length}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['0900-123 45 67', 'PREMIUM_RATE'],
    ['0939-123 456', 'PREMIUM_RATE'],
    ['0944-123 456', 'PREMIUM_RATE'],
  ])('%s is a service number (low confidence)', (text, _type) => {
    const found = detectAll(phoneDetector, text);
    expect(found.map((m) => [m.value, m.confidence, m.subtype])).toEqual([[text, 'low', 'other']]);
  });

  it.each(['0900-023 45 67', '0939-023 456'])('%s (fourth digit 0) is not a number', (text) => {
    const direct = parsePhoneNumberFromString(text, 'SE');
    expect(direct?.isValid() ?? false).toBe(false);
    expect(detectAll(phoneDetector, text)).toEqual([]);
  });
});

/** The candidate pattern the hand-written scan stands in for. */
const CANDIDATE = /(?:\+|\(0|0)[\d\u00a0 ()-]{5,22}\d/g;

describe('candidate scan', () => {
  const NUMBERS = ['070-123 45 67', '+46 70 123 45 67', '(08) 123 45 67', '0046 70 123 45 67', '08-123 456 78', '+44 20 7946 0958'];
  const NOISE = ['0', '00', '+', '(', ')', '-', ' ', '\u00a0', '7', '12', '2024-03-12', '10:05:07', 'a', '.', ':', '\n', ';', '"'];

  it('starts every match where the candidate regex, run on from the previous match, would', () => {
    const random = rng(5);
    const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)]!;
    let compared = 0;
    for (let i = 0; i < 5_000; i++) {
      let text = '';
      const parts = 2 + Math.floor(random() * 12);
      for (let k = 0; k < parts; k++) text += random() < 0.15 ? pick(NUMBERS) : pick(NOISE);
      let from = 0;
      for (const match of detectAll(phoneDetector, text)) {
        const starts: number[] = [];
        CANDIDATE.lastIndex = from;
        for (let hit = CANDIDATE.exec(text); hit && hit.index <= match.start; hit = CANDIDATE.exec(text)) {
          starts.push(hit.index);
          CANDIDATE.lastIndex = hit.index + 1;
        }
        expect(starts).toContain(match.start);
        from = match.end;
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it.each(NUMBERS)('finds %s between timestamps, amounts and zeros', (number) => {
    const noise = '[2024-03-01 09:14:02] 0,50 kr 100 000 (0) 0 nr ';
    const text = `${noise}${number} ${noise}`;
    expect(detectAll(phoneDetector, text).map((m) => [m.start, m.value])).toEqual([[noise.length, number]]);
  });
});

describe('an area-code slash stands where libphonenumber-js ends the area code', () => {
  const PERSONAL_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);

  it('finds 0<area>/<rest> for every four-digit prefix at lengths 7–10, and no slash one digit off', () => {
    const random = rng(13);
    const missed: string[] = [];
    const wronglyFound: string[] = [];
    let written = 0;
    for (let prefix = 1000; prefix <= 9999; prefix++) {
      for (let length = 7; length <= 10; length++) {
        let national = String(prefix);
        while (national.length < length) national += String(Math.floor(random() * 10));
        const direct = parsePhoneNumberFromString(`+46${national}`);
        if (!direct?.isValid()) continue;
        const area = direct.formatNational().indexOf('-') - 1;
        const slashAt = (digits: number): string => `0${national.slice(0, digits)}/${national.slice(digits)}`;
        const found = (text: string): string | undefined => detectAll(phoneDetector, text)[0]?.normalized;
        written++;
        if (found(slashAt(area)) !== direct.number) missed.push(slashAt(area));
        if (area > 1 && found(slashAt(area - 1)) !== undefined) wronglyFound.push(slashAt(area - 1));
        // Company numbers are written a digit longer than libphonenumber groups them (`0771/…`); personal ones never.
        const later = slashAt(area + 1);
        if (area < 3 && (found(later) === direct.number) !== !PERSONAL_TYPES.has(direct.getType() ?? '')) wronglyFound.push(later);
      }
    }
    expect(written).toBeGreaterThan(10_000);
    expect(missed).toEqual([]);
    expect(wronglyFound).toEqual([]);
  });
});

describe('a dotted number is grouped where libphonenumber-js groups it', () => {
  const PERSONAL_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);

  it('finds 0<area>.<rest> and 0<area>.<groups> for sampled prefixes, and no dot one digit early nor other groups', () => {
    const random = rng(17);
    const missed: string[] = [];
    const wronglyFound: string[] = [];
    let written = 0;
    let regrouped = 0;
    for (let prefix = 1000; prefix <= 9999; prefix += 7) {
      for (let length = 7; length <= 10; length++) {
        let national = String(prefix);
        while (national.length < length) national += String(Math.floor(random() * 10));
        const direct = parsePhoneNumberFromString(`+46${national}`);
        // Personal numbers only: company numbers are written a digit longer and grouped freely (see above).
        if (!direct?.isValid() || !PERSONAL_TYPES.has(direct.getType() ?? '')) continue;
        const formatted = direct.formatNational(); // 070-123 45 67
        const area = formatted.indexOf('-') - 1;
        const rest = national.slice(area);
        if (area < 1 || rest.length < 5 || rest.length > 8) continue;
        const groups = formatted.slice(area + 2).split(' ');
        const found = (text: string): string | undefined => detectAll(phoneDetector, `tel ${text}`)[0]?.normalized;
        written++;
        for (const text of [`0${national.slice(0, area)}.${rest}`, `0${national.slice(0, area)}.${groups.join('.')}`]) {
          if (found(text) !== direct.number) missed.push(text);
        }
        const early = `0${national.slice(0, area - 1)}.${national.slice(area - 1)}`;
        if (area > 1 && found(early) !== undefined) wronglyFound.push(early);
        // The same digits in groups libphonenumber does not use (`0123.456.789` for 0123-45 67 89).
        if (groups.length >= 2 && groups[0]!.length + groups[1]!.length <= 6) {
          const other = [groups[0]!.length === 3 ? 2 : 3];
          while (other.reduce((a, b) => a + b, 0) < rest.length) other.push(Math.min(3, rest.length - other.reduce((a, b) => a + b, 0)));
          let at = 0;
          const parts = other.map((n) => rest.slice(at, (at += n)));
          if (parts.every((part) => part.length >= 2) && parts.join('.') !== groups.join('.')) {
            regrouped++;
            const text = `0${national.slice(0, area)}.${parts.join('.')}`;
            if (found(text) !== undefined) wronglyFound.push(text);
          }
        }
      }
    }
    expect(written).toBeGreaterThan(1_000);
    expect(regrouped).toBeGreaterThan(500);
    expect(missed).toEqual([]);
    expect(wronglyFound).toEqual([]);
  });
});
