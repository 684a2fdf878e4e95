import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// The addressee line of a postal address (over a street or box line and a postcode line) is a place for a name,
// as a name column is: capitals and surnames no list knows are read there, companies and authorities are not.
// All names and addresses are invented.
describe('the addressee of a postal address block', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'Returadress:\nNordhandel Logistik AB\nBox 123\n111 22 Stockholm',
      'ELLOS AB\nBox 4\n501 10 Borås',
      'Ica Maxi Lindhagen\nLindhagensgatan 118\n112 51 Stockholm',
      'Kundtjänst Online\nStorgatan 1\n111 22 STOCKHOLM',
      'Göteborgs Stad\nGustaf Adolfs torg 4\n411 10 Göteborg',
      'PostNord Sverige\nTerminalvägen 24\n171 73 Solna',
      // No street line between: a postcode line alone makes no block.
      'MARIA MCTAVISH\n411 36 Göteborg',
      // A line of prose, a label or numbers over the street line is no addressee.
      'Vi skickar varan till adressen nedan så snart vi kan\nKungsgatan 69\n411 36 Göteborg',
      'Order 12345 Anna\nKungsgatan 69\n411 36 Göteborg',
      // One-line addresses under a company, a heading or a line of prose; a comma and a postcode after no street.
      'VATTENBOLAGET NORR AB\nLinnégatan 56, 878 63 Jönköping',
      // A firm's name of words no list knows (the eleventh blind set's invoice from an animal clinic).
      'Djurkliniken Tassavtrycket\nStorgatan 5, 123 45 Malmö',
      'Vi har skickat beslutet till adressen nedan i dag\nLinnégatan 56, 878 63 Jönköping',
      'KUNDTJÄNST NORR\nBeställningen gäller 3, 878 63 Jönköping',
      'HUGO ÖDEGAARD\nBeställningen gäller 3, 878 63 Jönköping',
    ],
    invalid: [
      {
        text: 'Leveransadress:\nMARIA MCTAVISH\nKungsgatan 69\n411 36 Göteborg\nMobil: 070 145 27 12',
        matches: [{ value: 'MARIA MCTAVISH', normalized: 'Maria Mctavish', confidence: 'medium', reasons: ['shape:partly-listed', 'address-block'] }],
      },
      { text: 'Fakturaadress:\r\nAHMED ÁILE STRAND\r\nRingvägen 48, lgh 1101\r\nSE-118 60 STOCKHOLM', matches: [{ value: 'AHMED ÁILE STRAND', reasons: ['gazetteer:first+last:caps', 'address-block'] }] },
      { text: 'Hej!\n\nMaria McTavish\nKungsgatan 69 B\n41136 Göteborg', name: 'found from the words alone, raised by the block', matches: [{ value: 'Maria McTavish', confidence: 'high', reasons: ['gazetteer:first+unknown', 'address-block'] }] },
      { text: 'Mottagare:\nSENAIT VON SCHANTZ\nBox 123\n211 22 Malmö', name: 'a particle in capitals', matches: [{ value: 'SENAIT VON SCHANTZ', confidence: 'medium' }] },
      // The street and the postcode on one line, as a decision letter or an invoice prints them.
      { text: 'Beslut om förseningsersättning\nALVA VIKLUND\nLinnégatan 56, 878 63 Jönköping\nÄrende 141197', name: 'over a one-line address', matches: [{ value: 'ALVA VIKLUND', reasons: ['gazetteer:first+last:caps', 'address-block'] }] },
      { text: 'FAKTURA\nHUGO ÖDEGAARD\nBox 12, SE-923 58 Vemdalen', name: 'over a box and postcode line', matches: [{ value: 'HUGO ÖDEGAARD', reasons: ['gazetteer:first+suffix:caps', 'address-block'] }] },
      { text: 'Lena Berg\nc/o Ahmed Hassan\nStorgatan 5\n123 45 Malmö', name: 'the c/o person', matches: [{ value: 'Lena Berg' }, { value: 'Ahmed Hassan', confidence: 'high', reasons: ['gazetteer:first+last'] }] },
    ],
  });
});
