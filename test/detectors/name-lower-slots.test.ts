import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// Lower-case names in two more slots that hold one: after a name label the loose rule of name columns (an
// ambiguous given name before a listed surname: `björn löfgren`), and a line or chat message that opens with a
// name and `här` (`märta gustafsson här, hej`), as callers introduce themselves. All names are invented.
describe('lower-case names after a label and before "här"', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'Kund: ja det var bra',
      'Namn: se ovan',
      'Kontakt: via mejl idag',
      'Besökare: vi här undrar',
      'Besökare: det är jag här',
      'Namn: mark berg',
      'Kund: ny kund här',
    ],
    invalid: [
      { text: 'Namn: björn löfgren, tel 076-659 43 04', matches: [{ value: 'björn löfgren', normalized: 'Björn Löfgren', confidence: 'medium', reasons: ['label:namn'] }] },
      { text: 'Kund: per holmberg ringde', matches: [{ value: 'per holmberg', reasons: ['label:kund'] }] },
      { text: '[19:11:47] Besökare: märta gustafsson här, hej', matches: [{ value: 'märta gustafsson', normalized: 'Märta Gustafsson', reasons: ['introduction'] }] },
      { text: 'sahra magnusson här, jag undrar över min order', matches: [{ value: 'sahra magnusson', reasons: ['introduction'] }] },
      { text: 'Visitor: ida koskinen here, hi', matches: [{ value: 'ida koskinen', reasons: ['introduction'] }] },
    ],
  });
});

describe('a name with a middle name, spelt out by the address after it', () => {
  runDetectorCases(nameDetector, {
    valid: ['kontakta oss på mejl info@exempel.se', 'Återkoppling till VESNA HOLM kundtjanst@exempel.se'],
    invalid: [
      {
        text: '25/3 Återkoppling till JELENA VESNA HOLM jelenaholm@exempelkommun.se senast fredag.',
        matches: [{ value: 'JELENA VESNA HOLM', normalized: 'Jelena Vesna Holm', reasons: ['email-match'] }],
      },
      { text: 'svar till pia lena sjöberg pia.sjoberg@exempel.se', matches: [{ value: 'pia lena sjöberg', normalized: 'Pia Lena Sjöberg' }] },
    ],
  });
});
