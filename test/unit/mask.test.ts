import { describe, expect, it } from 'vitest';
import { mask } from '../../src/findings/mask.js';
import type { Category } from '../../src/detect/types.js';

describe('mask', () => {
  const cases: Array<[Category, string, string]> = [
    ['email', 'anna.lindqvist@exempel.se', 'an***@ex***.se'],
    ['email', 'a@b.se', 'a***@b***.se'],
    ['personnummer', '850312-2384', '850312-****'],
    ['personnummer', '19850312-2384', '19850312-****'],
    ['personnummer', '198503122384', '19850312****'],
    ['personnummer', '451224+5587', '451224+****'],
    ['phone', '070-123 45 67', '070-*** ** 67'],
    ['phone', '+46 70 123 45 67', '+46 70 *** ** 67'],
    ['ip', '81.224.10.7', '81.224.*.*'],
    ['ip', '2001:db8:0:1::7', '2001:db8:*:*'],
    ['name', 'Anna-Karin Bergström', 'A*** B***'],
  ];
  it.each(cases)('%s %s → %s', (category, value, expected) => {
    expect(mask(category, value)).toBe(expected);
  });

  it.each(cases)('never contains the %s value itself (%s)', (category, value) => {
    expect(mask(category, value)).not.toContain(value);
  });
});
