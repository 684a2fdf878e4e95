import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// A family name first, then given names, without a comma: Chinese and Vietnamese names are written so, and
// registers and calendars write Swedish ones so (`Claesson Sara`). The sixth blind corpus missed `Zhao Xiuying`,
// `Trần Thị Lan` and `Trần Minh Tuấn` in chat messages and notes. All names are invented.
describe('names written family name first', () => {
  runDetectorCases(nameDetector, {
    valid: [
      // A surname that is an everyday word (berg, ek), or a given name that is one (per, bo), needs more.
      'Berg Erik',
      'Ek Anna',
      'Holm Per',
      // Places, firms and products: the first word is no listed surname, or the second no given name.
      'Göteborg Anna',
      'Storgatan Erik',
      'Lindgren Bygg',
      { text: '2 x Matta Berit 160x230 (NH-916-798-29)', name: 'a product named with a given name after an everyday noun' },
      // A given name alone after a greeting or a verb.
      'Tack Anna',
      'Hej Maria',
      { text: 'Bùi Thị Mai ringde', name: 'a last given name that is an everyday word, outside a name slot' },
      // In capitals a family name first needs a label or a name column: headings and codes are written so too.
      'SVENSSON ANNA ringde',
      'RAPPORT SVENSSON ANNA',
      { text: 'Ärende från VON ESSEN MÄRTA om faktura', name: 'capitals with a particle, no label' },
      { text: 'Kund: BERG ERIK', name: 'capitals, a surname that is an everyday word' },
      // Capitals with a comma before an address that has no postcode, or before a company's address.
      { text: 'LEVERANS, MALMÖ, Storgatan 1, 211 11 MALMÖ', name: 'a heading and a town before an address' },
      { text: 'SVENSSON, ANNA, Storgatan 1 och mer', name: 'an address without its postcode' },
    ],
    invalid: [
      { text: 'Zhao Xiuying, 079-478 81 26, xiuying.zhao66@inkorgen.example', matches: [{ value: 'Zhao Xiuying', confidence: 'high', reasons: ['gazetteer:last+first', 'number-after'] }] },
      { text: 'Upphämtat av Zhou Yuting med fullmakt.', matches: [{ value: 'Zhou Yuting', confidence: 'medium' }] },
      { text: 'Trần Thị Lan, 079-661 25 96', name: 'a Vietnamese middle name that is an everyday word elsewhere', matches: [{ value: 'Trần Thị Lan' }] },
      { text: 'Ring Trần Minh Tuấn +46 79 694 44 54 vid ankomst', name: 'after a word that is a name only by chance', matches: [{ value: 'Trần Minh Tuấn' }] },
      { text: 'Möte – Claesson Sara', name: 'a calendar summary', matches: [{ value: 'Claesson Sara' }] },
      { text: 'Svensson Anna ringde', matches: [{ value: 'Svensson Anna' }] },
      // Old registers write family name first in capitals; round 10's closing note named `AF KLINTEBERG GUNNEL`.
      { text: 'Kund: SVENSSON ANNA', matches: [{ value: 'SVENSSON ANNA', confidence: 'medium', reasons: ['gazetteer:last+first:caps', 'label:kund'] }] },
      { text: 'Kund: AF KLINTEBERG GUNNEL', name: 'a particle first, in capitals', matches: [{ value: 'AF KLINTEBERG GUNNEL' }] },
      { text: 'Kund: VON ESSEN MÄRTA, 070-123 45 67', matches: [{ value: 'VON ESSEN MÄRTA' }] },
      { text: 'AF KLINTEBERG GUNNEL', field: 'Namn', name: 'in a name column', matches: [{ value: 'AF KLINTEBERG GUNNEL', reasons: ['gazetteer:last+first:caps', 'column:namn'] }] },
      { text: 'Ring af Klinteberg Gunnel', name: 'a lower-case particle before the family name is the name\'s', matches: [{ value: 'af Klinteberg Gunnel' }] },
      // A mailing list's line: the person in capitals, family name first, then their postal address.
      { text: 'Näktergalen 7:279 HAKALA, VEIKKO, Ängsvägen 22, 629 97 NORRSJÖ', matches: [{ value: 'HAKALA, VEIKKO', normalized: 'Veikko Hakala', confidence: 'high', reasons: ['gazetteer:last,first', 'address-after'] }] },
      // An arrival list's line: the guest's international number right after them, and the party's size after that.
      { text: '2026-07-15 Tomt D14 ZIMMERMANN, DIETER +49 151 9829159 1 pers HB-2668067', matches: [{ value: 'ZIMMERMANN, DIETER', reasons: ['gazetteer:last,first', 'number-after'] }] },
      { text: 'Bùi Thị Mai', field: 'Fastighetsägare', name: 'a last given name that is an everyday word, in a name column', matches: [{ value: 'Bùi Thị Mai', reasons: ['gazetteer:last+first', 'column:fastighetsägare'] }] },
    ],
  });
});
