import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// Forms the seventh blind corpus missed: a capitalised name after an introduction with the sentence going on, a
// name in capitals pasted into a lower-case call note, and roles as labels (`Medresenär:`, `Gäst:`). All names and
// numbers are invented.
describe('names introduced in a sentence, and capitals inside one', () => {
  runDetectorCases(nameDetector, {
    valid: [
      // An introduction before words the lists vouch for not at all, or only as everyday words.
      'This is Great News for you',
      'This is Grace Period info',
      'this is Customer Service speaking',
      'Det är Telia Sverige som äger nätet',
      'Det är Stockholm Stad som ansvarar',
      'det är Anna som ringer',
      // Capitals in a line written in capitals, or words no list holds as names.
      'RINGDE RUNE JOHANSSON PÅ',
      'kontakta IT SUPPORT om lösenordet',
      'läs mer om GDPR ANNA här',
      { text: 'se avsnitt JAN BERG om', name: 'a surname that is an everyday word' },
    ],
    invalid: [
      { text: 'Hej, det är Oliver Bennett som ringer', name: 'a surname the lists hold as a given name', matches: [{ value: 'Oliver Bennett', confidence: 'medium', reasons: ['shape:partly-listed', 'introduction'] }] },
      { text: 'Jag heter Oliver Bennett och ringer om flytten', matches: [{ value: 'Oliver Bennett' }] },
      { text: '[19:58] Visitor: Hi, this is Oliver Bennett, we are relocating from Madrid', matches: [{ value: 'Oliver Bennett' }] },
      { text: 'Det är Per Holm som ringer', matches: [{ value: 'Per Holm', reasons: ['gazetteer:first+last', 'introduction'] }] },
      { text: 'Ringde RUNE JOHANSSON på 0762246462. Överenskommen avbetalning.', matches: [{ value: 'RUNE JOHANSSON', confidence: 'low', reasons: ['gazetteer:first+last:caps', 'mid-sentence'] }] },
      { text: 'Ringde LI WANG på 098063114.', matches: [{ value: 'LI WANG' }] },
      { text: 'fick ett brev från PER OLSSON igår', matches: [{ value: 'PER OLSSON' }] },
      { text: 'Medresenär: Jun Xu', matches: [{ value: 'Jun Xu', reasons: ['gazetteer:first+last', 'label:medresenär'] }] },
      { text: 'Gäst: Grace Whitfield, 2 nätter', matches: [{ value: 'Grace Whitfield' }] },
      { text: 'Den avlidne: Gösta Lindqvist', matches: [{ value: 'Gösta Lindqvist', confidence: 'high' }] },
      { text: 'Grace Whitfield', field: 'guest_name', name: 'a person word before a bare name column', matches: [{ value: 'Grace Whitfield', reasons: ['shape:partly-listed', 'column:guestname'] }] },
      { text: 'Ánde Sunna', field: 'patientName', matches: [{ value: 'Ánde Sunna' }] },
    ],
  });
});
