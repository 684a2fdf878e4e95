import { describe, expect, it } from 'vitest';
import { createPersonnummerDetector } from '../../src/detect/personnummer.js';
import { detectAll, runDetectorCases } from '../helpers/detector-cases.js';

// The scanner probes every sixth character for digit runs; these cases pin down the run-length rules it
// replaced a regex with (runs of 7, 9, 11 and 13+ digits are never numbers) and that the probe stride misses
// nothing. All numbers are invented dates with a computed check digit.
const NOW = new Date(2026, 5, 1);
const detector = createPersonnummerDetector({ now: () => NOW });

runDetectorCases(detector, {
  valid: [
    { text: '1850312-2387', name: 'seven digits before the dash' },
    { text: '11850312-2387 x', name: 'nine digits before the dash' },
    { text: '185031223', name: 'nine digits' },
    { text: '850312-23871', name: 'five-digit serial' },
    { text: '850312T238', name: 'interim letter without separator and only three digits after it' },
    { text: '[2052-02-28 11:21:28] #61f38c43 Besökare: 2019-03-12 kl 10:15', name: 'chat timestamp line' },
    { text: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.6099.109', name: 'user agent' },
    { text: 'Spårningsnummer: 00370338789890554349', name: 'twenty-digit tracking number' },
  ],
  invalid: [
    {
      text: '8503122387 och 198503122387',
      matches: [
        { value: '8503122387', start: 0, normalized: '19850312-2387', confidence: 'medium' },
        { value: '198503122387', start: 15, normalized: '19850312-2387', confidence: 'high' },
      ],
    },
    { text: '1234567 850312-2387', matches: [{ value: '850312-2387', start: 8, confidence: 'high' }] },
    { text: '123456789 8503122387', matches: [{ value: '8503122387', start: 10 }] },
    { text: 'ab 85031223870 8503122387', name: 'eleven digits, then a number', matches: [{ value: '8503122387', start: 15 }] },
    { text: 'nr 000101-T220', matches: [{ value: '000101-T220', normalized: '20000101-T220', subtype: 'interim' }] },
  ],
});

describe('personnummer scanner alignment', () => {
  const forms = ['850312-2387', '19850312-2387', '8503122387', '198503122387', '850312+2387'];
  const prefixes = Array.from({ length: 14 }, (_, k) => '12 :'.repeat(4).slice(0, k) + ' ');
  it.each(forms.flatMap((form) => prefixes.map((prefix) => [form, prefix] as const)))(
    'finds %s after %j and at the very end',
    (form, prefix) => {
      const text = prefix + form;
      const found = detectAll(detector, text);
      expect(found.map((m) => [m.value, m.start])).toEqual([[form, prefix.length]]);
    },
  );
});

describe('spaced numbers on a long line', () => {
  it('are judged in linear time (100,000 of them: 23.6 s before, a search back to the text\'s start per number)', () => {
    const text = `xxxxxxxxxx${' 850312 2387 Besökare'.repeat(100_000)}`;
    const started = performance.now();
    expect(detectAll(detector, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
