import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/types.js';
import { checkDetectorCases, runDetectorCases } from './detector-cases.js';

const nothing: Detector = { id: 'nothing', category: 'email', description: 'finds nothing', detect: () => [] };
const one = { text: 'a', matches: [{ value: 'a' }] };

describe('runDetectorCases refuses tables that test less than they claim', () => {
  it.each([
    ['an empty valid list', { valid: [], invalid: [one] }, /valid list is empty/],
    ['an empty invalid list', { valid: ['x'], invalid: [] }, /invalid list is empty/],
    ['a duplicate valid case', { valid: ['x', 'x'], invalid: [one] }, /duplicate case/],
    ['a case both valid and invalid', { valid: ['a'], invalid: [one] }, /duplicate case/],
    ['an invalid case without matches', { valid: ['x'], invalid: [{ text: 'b', matches: [] }] }, /without expected matches/],
  ])('%s', (_name, cases, message) => {
    expect(() => runDetectorCases(nothing, cases)).toThrow(message);
  });

  it('treats the same text with another field as a different case', () => {
    expect(() => checkDetectorCases(nothing, { valid: ['x', { text: 'x', field: 'Telefon' }], invalid: [one] })).not.toThrow();
  });
});
