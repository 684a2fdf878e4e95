import { describe } from 'vitest';
import { emailDetector } from '../../src/detect/email.js';
import { nameDetector } from '../../src/detect/name.js';
import { personnummerDetector } from '../../src/detect/personnummer.js';
import { phoneDetector } from '../../src/detect/phone.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// Labels as Swedish support staff write them: compound words (hemtelefon, jobbnummer) and the common misspellings
// of personnummer. A label lifts a candidate to high confidence and names itself in the reasons.
describe('phone labels written as compounds', () => {
  runDetectorCases(phoneDetector, {
    valid: ['Hemnummer saknas.', 'Kontaktnummer: se ärendet'],
    invalid: [
      { text: 'Hemtelefon 0498-123 45', matches: [{ value: '0498-123 45', confidence: 'high', reasons: ['keyword:hemtelefon'] }] },
      { text: 'Arbetstelefon: 08-612 34 56', matches: [{ value: '08-612 34 56', confidence: 'high', reasons: ['keyword:arbetstelefon'] }] },
      { text: 'Jobbnummer 031-711 22 33', matches: [{ value: '031-711 22 33', confidence: 'high', reasons: ['keyword:jobbnummer'] }] },
      { text: 'Swisha till 070-123 45 67', matches: [{ value: '070-123 45 67', confidence: 'high', reasons: ['keyword:swish'] }] },
      { text: 'Mob: 0701-234567', matches: [{ value: '0701-234567', confidence: 'high', reasons: ['keyword:mob'] }] },
      { text: 'Telephone: 08-612 34 56', matches: [{ value: '08-612 34 56', confidence: 'high', reasons: ['keyword:telephone'] }] },
    ],
  });
});

describe('personnummer labels with the usual misspellings', () => {
  runDetectorCases(personnummerDetector, {
    valid: ['Personummer: saknas', 'Identitetsnummer 8503122384'],
    invalid: [
      { text: 'Personummer 8503122387', matches: [{ value: '8503122387', confidence: 'high', reasons: ['keyword:personummer'] }] },
      { text: 'personnumer: 8503122387', matches: [{ value: '8503122387', confidence: 'high', reasons: ['keyword:personnumer'] }] },
      { text: 'Identitetsnummer 8503122387', matches: [{ value: '8503122387', confidence: 'high', reasons: ['keyword:identitetsnummer'] }] },
    ],
  });
});

// Columns that hold the people of a case in Swedish and English helpdesk exports. In a name column, names of
// everyday words (`Per Holm`) and lower-case names count; other values (a team, a company) do not.
describe('name columns of support systems', () => {
  runDetectorCases(nameDetector, {
    valid: [
      { text: 'Kundtjänst Syd', field: 'Ägare' },
      { text: 'Support', field: 'Agent' },
      { text: 'Nordhandel AB', field: 'Kund' },
      { text: 'anna.berg@foretaget.se', field: 'Skapad av' },
      { text: '10023', field: 'Customer' },
      { text: 'STOCKHOLM, SVERIGE', field: 'Kund' },
      { text: 'KUNDTJÄNST, SYD', field: 'Ägare' },
      { text: 'Nordhandel, AB', field: 'Kund' },
      // Placeholders and store names that a customer column holds instead of a person.
      { text: 'Anonym Användare', field: 'Customer' },
      { text: 'Ica Kvantum Malmborgs', field: 'Kund' },
    ],
    invalid: [
      { text: 'Per Holm', field: 'Beställare', matches: [{ value: 'Per Holm', reasons: ['column:beställare'] }] },
      { text: 'Bo Ek', field: 'Mottagare', matches: [{ value: 'Bo Ek', reasons: ['column:mottagare'] }] },
      { text: 'Jan Berg', field: 'Skapad av', matches: [{ value: 'Jan Berg', reasons: ['column:skapadav'] }] },
      { text: 'anna svensson', field: 'Agent', matches: [{ value: 'anna svensson', normalized: 'Anna Svensson' }] },
      { text: 'Sara Sten', field: 'assigned_to', matches: [{ value: 'Sara Sten' }] },
      { text: 'SVENSSON, ANNA', field: 'Namn', name: 'surname first in capitals', matches: [{ value: 'SVENSSON, ANNA', normalized: 'Anna Svensson', reasons: ['gazetteer:last,first', 'column:namn'] }] },
      { text: ' svensson, anna ', field: 'Kund', name: 'surname first in lower case', matches: [{ value: 'svensson, anna', normalized: 'Anna Svensson', reasons: ['inverted'] }] },
      { text: 'HOLM, PER', field: 'Beställare', matches: [{ value: 'HOLM, PER', normalized: 'Per Holm' }] },
    ],
  });
});

// Addresses in web, audit and tracking-link logs are URL-encoded: `%40` for the `@`.
describe('URL-encoded e-mail addresses', () => {
  runDetectorCases(emailDetector, {
    valid: [
      'GET /bilder/logo%402x.png HTTP/1.1',
      'https://exempel.se/path%40section',
      'Rabatt 100%40 kr',
      'GET /unsubscribe?email=support%40exempel.se',
    ],
    invalid: [
      {
        text: '"GET /konto/avregistrera?email=anna.svensson%40gmail.com&ref=nyhetsbrev HTTP/1.1" 200',
        matches: [{ value: 'anna.svensson%40gmail.com', normalized: 'anna.svensson@gmail.com', confidence: 'high', reasons: ['url-encoded'] }],
      },
      { text: 'mailto:bo.ek%40exempel.se?subject=Hej', matches: [{ value: 'bo.ek%40exempel.se', normalized: 'bo.ek@exempel.se' }] },
      {
        text: 'Kopia till eva@exempel.se och per.holm%40Telia.com',
        name: 'written and encoded in one text, in text order',
        matches: [{ value: 'eva@exempel.se' }, { value: 'per.holm%40Telia.com', normalized: 'per.holm@telia.com' }],
      },
    ],
  });
});
