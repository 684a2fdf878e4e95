import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// Attendance and guest lists written fast: some names in capitals, some in lower case, between commas (the
// twenty-first blind set's scout register). All names are invented.
describe('lower-case names beside a found name in a comma list', () => {
  runDetectorCases(nameDetector, {
    valid: [
      // A list of things with no name in it.
      'packa: sovsäck, liggunderlag, pannlampa',
    ],
    invalid: [
      // Items beside a name that are no names, or longer than a name, stay out.
      { text: 'närv: Wanida Intharat, ny kund, Noah Öhman', matches: [{ value: 'Wanida Intharat' }, { value: 'Noah Öhman' }] },
      { text: 'Deltog: Noah Öhman, bra väder idag och alla var glada', matches: [{ value: 'Noah Öhman' }] },
      {
        text: '14.11.2026 äventyrare\nnärv: zsófia nagy, Wanida Intharat, daniela pérez soto, östen borg, Noah Öhman',
        matches: [{ value: 'zsófia nagy', reasons: ['gazetteer:first+last:lower', 'name-list'] }, { value: 'Wanida Intharat' }, { value: 'daniela pérez soto' }, { value: 'östen borg' }, { value: 'Noah Öhman' }],
      },
      { text: 'närv: Salma Suleiman, Ulrika Lindahl, dorota pawlak, zainab qasim', matches: [{ value: 'Salma Suleiman' }, { value: 'Ulrika Lindahl' }, { value: 'dorota pawlak', reasons: ['gazetteer:first+last:lower', 'name-list'] }] },
    ],
  });
});
