import { describe } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { runDetectorCases } from '../helpers/detector-cases.js';

// Family name first, as registers and hurried notes write it, in forms the seventeenth and eighteenth blind corpora
// showed: a given name that is an everyday word too (Alva, Sten, Vera) after a listed surname and a comma, and
// hyphenated or apostrophed names in capitals. All names are invented.
describe('family name first: everyday given names, capitals with joiners', () => {
  runDetectorCases(nameDetector, {
    valid: [
      // A surname the lists hold as an everyday word too, before an everyday given name: a place and a word.
      'Vi ses i Berg, Sol och bad',
      // Capitals and joiners that name no one: codes and headings.
      'STATUS: KUND-ID SAKNAS',
      'SE ÄVEN AVSNITT O\'BRIEN-TABELL',
      // A heading or a firm in capitals before a given name, with nothing that says a name.
      // A car's model after its make, in a workshop's work order.
      'Fordon:   WXW 463  Alfa Romeo Giulia Veloce  5 467 mil',
      'Fordon:   JRD 34L  Renault Clio TCe  22 700 mil',
      'Fordon:   ABC 123  Skoda Octavia Kombi  9 100 mil',
      // A forwarded header's display name for a role mailbox: a firm named for a person.
      'Från: "Elsa Berg Interiör" <faktura@inv0ice.example.net>',
      'Från: KUNDTJÄNST VÄST',
      'Namn: NY KUND',
      'Från: 2026-01-01 Till: 2026-02-01',
      'NYHET Anna berättar om sommaren',
      'IKEA Karin ringde',
      // Capitals glued to digits that no list knows; an everyday given name after a surname that is a word too.
      '000002482200STATUS, OKÄND                  199201854313',
      'SK2026306648  BERG, SAGA                      194405035413',
      // Capitals before a `;` that no list knows as a surname and a given name.
      '2026-11-18;Plan 3;STATUS, OKÄND;BEVILJAD',
      // A row's key, then capitals or words before a comma that are no listed surname and given name.
      'A51201 STATUS, OKÄND Domare',
      '23.06.2026 Stockholm, Sverige Serie 20-10',
      'A12345 Berg, Skog Sjukvård',
      // A given name before the next column's word, in a sentence: no surname.
      'Passet bemannas av Barbro Sjukvård tar över',
    ],
    invalid: [
      { text: '08.10.2026 07:50 [AK] granne till Hedlund, Alva rapporterar läckage', matches: [{ value: 'Hedlund, Alva', normalized: 'Alva Hedlund', confidence: 'medium', reasons: ['gazetteer:last,first'] }] },
      { text: 'Nyberg, Vera ringde om fakturan', matches: [{ value: 'Nyberg, Vera', normalized: 'Vera Nyberg' }] },
      { text: 'granne till Lindqvist, Sten rapporterar', matches: [{ value: 'Lindqvist, Sten' }] },
      // Capitals with a hyphen or an apostrophe are capitals: read as a register's `SURNAME, GIVEN` cell.
      { text: 'BLOMGREN, LARS-GÖRAN OLOF', field: 'Folkbokförd enl SPAR', matches: [{ value: 'BLOMGREN, LARS-GÖRAN OLOF', normalized: 'Lars-Göran Olof Blomgren' }] },
      { text: "O'NEILL, SIOBHAN", field: 'Folkbokförd enl SPAR', matches: [{ value: "O'NEILL, SIOBHAN" }] },
      { text: 'LJUNGBERG, CARL-JOHAN', field: 'Kommentar', matches: [{ value: 'LJUNGBERG, CARL-JOHAN' }] },
      // A field of a delimited log line (the twentieth blind set's access-system export).
      { text: '2026-11-18 19:05:53;Plan 3 Öst;10.40.9.102;kort=3917778156;KINGSLEY, SIOBHAN;BEVILJAD', matches: [{ value: 'KINGSLEY, SIOBHAN', normalized: 'Siobhan Kingsley' }] },
      // Family name with its article first and no comma, as a register's cell (the nineteenth blind set's loan list).
      { text: 'al-Masri Tariq', field: 'Målsman', matches: [{ value: 'al-Masri Tariq', normalized: 'Tariq al-Masri', confidence: 'high', reasons: ['column:målsman', 'gazetteer:first+article'] }] },
      // A fixed-width payment file: the name field glued to a full amount field, and an everyday given name after a
      // listed surname (the twenty-first blind set's lottery and pet-insurance payouts).
      { text: '146484  917 293 937-9   000002482200THORNTON, GARETH                  199201854313', matches: [{ value: 'THORNTON, GARETH', normalized: 'Gareth Thornton' }] },
      { text: '146481  368003522       000004830400NORDQVIST-BERG, BERTIL            198210061597', matches: [{ value: 'NORDQVIST-BERG, BERTIL' }] },
      { text: 'SK2026306648  LUNDIN, SAGA                      194405035413 9166    834491935', matches: [{ value: 'LUNDIN, SAGA', normalized: 'Saga Lundin' }] },
      // A printed table's row (the twenty-third blind set's accreditation list and shooting results): a key, the
      // family name and given name, then the next column's word, which is not part of the name.
      { text: 'A51201 MOHAMUD, ASAD Domare', matches: [{ value: 'MOHAMUD, ASAD', normalized: 'Asad Mohamud' }] },
      { text: 'A53671 NYBERG, LARS-GÖRAN Domare\nA16155 Ismail, Hamdi Funktionär', matches: [{ value: 'NYBERG, LARS-GÖRAN' }, { value: 'Ismail, Hamdi', normalized: 'Hamdi Ismail' }] },
      { text: 'A12345 Strand, Barbro Sjukvård', matches: [{ value: 'Strand, Barbro', normalized: 'Barbro Strand' }] },
      { text: '23.06.2026 AKGÜL, HAKAN Serie 20-10-20-19 Ej godkänd', matches: [{ value: 'AKGÜL, HAKAN' }] },
      { text: '04.09.2026 AF WETTERSTEDT, REBECKA Serie 14-11-17-13 Guld', matches: [{ value: 'AF WETTERSTEDT, REBECKA', normalized: 'Rebecka Af Wetterstedt' }] },
      { text: '25.06.2026 Ström, Harriet Ingemar Serie 16-12-16-12 Silver', matches: [{ value: 'Ström, Harriet Ingemar' }] },
      // The family name in capitals, then the given names, as a translated certificate prints the parties.
      { text: 'Vigselbevis nr 346-2005\nMannen: BLOMBERG Katarina, född 07.08.1966', matches: [{ value: 'BLOMBERG Katarina', normalized: 'Katarina Blomberg', confidence: 'high', reasons: ['gazetteer:last+first:caps-family', 'label:mannen'] }] },
      { text: 'Kvinnan: DE LA FUENTE Ximena, född 11.01.1983', matches: [{ value: 'DE LA FUENTE Ximena', normalized: 'Ximena De La Fuente' }] },
      { text: 'HASSO Rezan', field: 'Namn', matches: [{ value: 'HASSO Rezan', normalized: 'Rezan Hasso', reasons: ['gazetteer:last+first:caps-family', 'column:namn'] }] },
      { text: 'Bokningen gäller LINDQVIST Karin och två barn', matches: [{ value: 'LINDQVIST Karin', confidence: 'medium' }] },
      // A waybill's sender and recipient in capitals after `Från:`/`Till:`, one word of them listed.
      { text: 'FRAKTSEDEL CQ557962876SE\nTill: FIONA FAIRWEATHER\nAvisering SMS', matches: [{ value: 'FIONA FAIRWEATHER', reasons: ['shape:partly-listed', 'label:till'] }] },
      { text: 'Från: ELENI GEORGIOU, via Klädloopen', matches: [{ value: 'ELENI GEORGIOU' }] },
      { text: 'LARS-GÖRAN BLOMGREN', field: 'Namn', matches: [{ value: 'LARS-GÖRAN BLOMGREN', reasons: ['gazetteer:first+last:caps', 'column:namn'] }] },
    ],
  });
});
