import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// Given names and surnames that are everyday words too (Per, Bo, Jan, Hans; Holm, Ek, Berg, Björk) need a sign
// that they name someone. Mid-sentence, after a lower-case word, a listed given name and a listed surname are
// one (low); so is such a pair in a list right after another name. At a line start or among other capitalised
// words they still need a label, greeting or sign-off. All names are invented combinations.
describe('ambiguous name pairs mid-sentence', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'Per Holm ringde igår.',
      'Pris Per Styck Holm',
      'Bo Ek',
      'Vi har betalat per Swish.',
      'Jag pratade med Per Holm Bygg om saken.',
      'Datum: Jan Berg',
      'Möte i Stora Holm på fredag.',
      'Hej Anna och Sara!',
    ],
    invalid: [
      { text: 'Jag pratade med Per Holm igår.', matches: [{ value: 'Per Holm', confidence: 'low', reasons: ['gazetteer:first+last', 'mid-sentence'] }] },
      { text: 'Ärendet skickades till Jan Berg på ekonomi.', matches: [{ value: 'Jan Berg', confidence: 'low', reasons: ['mid-sentence'] }] },
      {
        text: 'Möte med Anna Berg, Per Holm och Eva Lind.',
        matches: [{ value: 'Anna Berg' }, { value: 'Per Holm', confidence: 'low', reasons: ['mid-sentence'] }, { value: 'Eva Lind' }],
      },
      { text: 'Vidarebefordrat till Karin Lund och Bo Ek.', matches: [{ value: 'Karin Lund' }, { value: 'Bo Ek', confidence: 'low' }] },
      { text: 'Tack Per Holm för hjälpen!', name: 'tack is a greeting', matches: [{ value: 'Per Holm', confidence: 'medium', reasons: ['greeting'] }] },
      // Sámi family names (Sara, Utsi, Niia …) are surnames too, though Sara is a given name as well.
      { text: 'Möte med Elin Sara och Nils Utsi.', name: 'Sámi surnames', matches: [{ value: 'Elin Sara' }, { value: 'Nils Utsi' }] },
    ],
  });
});
