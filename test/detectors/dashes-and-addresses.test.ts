import { describe, expect, it } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { parsePersonnummer, personnummerDetector } from '../../src/detect/personnummer.js';
import { phoneDetector } from '../../src/detect/phone.js';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { makeSegment } from '../../src/extract/types.js';
import { rules, runDetectorCases } from '../helpers/detector-cases.js';

// Word processors and PDF text put other dashes where a hyphen was typed (`850312–2387`); US addresses in the
// exports of international customers hold ZIP+4 codes and street names that start with a given name. All numbers
// and names are invented; the personnummer pass the date and Luhn checks.

describe('personnummer written with another dash than `-`', () => {
  runDetectorCases(personnummerDetector, {
    valid: [
      // The dash does not make a wrong check digit right.
      'Personnummer 850312–2384',
      // A date range with an en dash is no number.
      'Öppet 850312–850313',
    ],
    invalid: [
      { text: 'Personnummer 850312–2387', name: 'en dash', matches: [{ value: '850312–2387', normalized: '19850312-2387', confidence: 'high' }] },
      { text: 'pnr: 19850312‑2387', name: 'non-breaking hyphen', matches: [{ value: '19850312‑2387', normalized: '19850312-2387' }] },
      { text: 'Kunden har 850312−2387 som nummer.', name: 'minus sign', matches: [{ value: '850312−2387', normalized: '19850312-2387' }] },
      { text: 'Samordningsnummer 850372‐2384', name: 'hyphen U+2010', matches: [{ value: '850372‐2384', normalized: '19850372-2384' }] },
      {
        text: 'Jag ringer för min mamma Rania Hosseini (1940-02-02-3226) som inte kan själv.',
        name: 'ISO-dated, after a phone word',
        matches: [{ value: '1940-02-02-3226', normalized: '19400202-3226', confidence: 'low', reasons: ['format:iso-date'] }],
      },
      {
        text: 'Jag ringer för min mamma Axel Gunnarsson (060311 4109) som inte kan själv.',
        name: 'spaced, in parentheses, after a phone word',
        matches: [{ value: '060311 4109', normalized: '20060311-4109', confidence: 'low' }],
      },
    ],
  });

  it.each(['850312–2387', '850312‑2387', '850312−2387', '850312‐2387', '850312‒2387'])('parsePersonnummer reads %s as 850312-2387', (written) => {
    expect(parsePersonnummer(written, new Date('2026-11-24'))?.normalized).toBe('19850312-2387');
  });

  it('parsePersonnummer still refuses other characters in the separator place', () => {
    expect(parsePersonnummer('850312_2387', new Date('2026-11-24'))).toBeUndefined();
    expect(parsePersonnummer('850312—2387', new Date('2026-11-24'))).toBeUndefined(); // em dash: a sentence dash
  });
});

describe('phone numbers written with an en dash or a non-breaking hyphen', () => {
  runDetectorCases(phoneDetector, {
    valid: [
      // US ZIP+4 in an address: no Swedish area code has five digits.
      'Leverans till 4521 Myron Freeway, 08840-3486 Rochester Hills',
      '08840–3486',
      // A date written with en dashes is still a date.
      'Datum 12–03–2024',
      // A personnummer written with a space (born 2006: it starts with 0), even after a phone word.
      'Jag ringer för min mamma Axel Gunnarsson (060311 4109) som inte kan själv.',
    ],
    invalid: [
      { text: 'Ring 070–123 45 67 i morgon.', name: 'en dash', matches: [{ value: '070–123 45 67', normalized: '+46701234567' }] },
      { text: 'Växel 08‑555 123 45', name: 'non-breaking hyphen', matches: [{ value: '08‑555 123 45', normalized: '+46855512345' }] },
      { text: 'Tel: 0701-234567', name: 'a mobile number grouped 4-6 is no ZIP code', matches: [{ value: '0701-234567' }] },
    ],
  });
});

describe('addresses whose street starts with a given name', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'Leverans till 4521 Myron Freeway, 08840 Rochester Hills',
      'Leverans till 5307 Israel Green, 10909-8270 Atlanta',
      'Leverans till 888 Leonora Parks, 40543 Springfield',
      'Ship to 12B Rachael Crescent',
      'Besöksadress: Leos Gata 12, Malmö',
      'Företag: Hassan Åberg Gruppen',
    ],
    invalid: [
      // A number before a name is not enough: the address must go on with a comma or end the line.
      { text: 'Ärende 5521 Anna Green ringde om fakturan.', matches: [{ value: 'Anna Green' }] },
      // A surname that is a street word, with no house number.
      { text: 'Kunden Anna Park ringde.', matches: [{ value: 'Anna Park' }] },
      // `van de` joins like `van der`.
      { text: 'Kund: Sep van de Velden och Glenn van de Brink', matches: [{ value: 'Glenn van de Brink' }] },
      { text: 'Kontakt: Iva van de Velden', matches: [{ value: 'Iva van de Velden' }] },
    ],
  });
});

describe('a personnummer written with a space, as the whole value of a cell or field', () => {
  const detect = (text: string, scope: 'cell' | 'field' | 'text' | undefined): string[] =>
    [...personnummerDetector.detect(makeSegment(text, { kind: 'line', line: 1 }, 'value', scope), { rules: rules() })].map((m) => `${m.value} ${m.confidence}`);

  it.each([
    ['19550204 3812', 'field', ['19550204 3812 low']],
    [' 760212 0847 ', 'cell', ['760212 0847 low']],
    // Part of a longer value, or in running text: two numbers side by side, as before.
    ['Beställt 760212 0847 st', 'field', []],
    ['760212 0847', 'text', []],
    ['760212 0847', undefined, []],
    // A wrong check digit is no personnummer, whole value or not.
    ['760212 0848', 'cell', []],
  ] as const)('%j in a %s', (text, scope, expected) => {
    expect(detect(text, scope)).toEqual(expected);
  });
});

describe('a bare personnummer of someone born 2000–2009 (it reads as a phone number too), as a field\'s whole value', () => {
  const segment = (text: string, field: string, scope: 'cell' | 'field' | 'text') => makeSegment(text, { kind: 'line', line: 1 }, field, scope);
  const winners = (text: string, field: string, scope: 'cell' | 'field' | 'text'): string[] =>
    detectSegment(segment(text, field, scope), BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.id} ${match.value} ${match.confidence}`);

  it.each([
    // A helpdesk's unlabelled custom field: the personnummer wins over the phone reading.
    ['0608187548', 'value', 'field', ['personnummer 0608187548 medium']],
    [' 0809074313 ', 'value', 'field', ['personnummer 0809074313 medium']],
    ['0412241465', 'Övrigt', 'cell', ['personnummer 0412241465 medium']],
    // A column named for a person (an SMS log's recipient) says nothing of the number's kind: a phone number then.
    ['0608187548', 'Mottagare', 'cell', ['phone 0608187548 medium']],
    // The same digits in running text or under a phone label stay a phone number.
    ['Ring 0608187548', 'value', 'field', ['phone 0608187548 high']],
    ['0608187548', 'value', 'text', ['phone 0608187548 medium']],
    ['0608187548', 'Telefon', 'cell', ['phone 0608187548 high']],
    // Born 2007 too; a wrong check digit is no personnummer.
    ['0701234569', 'value', 'field', ['personnummer 0701234569 medium']],
    ['0701234569', 'Mobil', 'cell', ['phone 0701234569 high']],
    ['0608187549', 'value', 'field', ['phone 0608187549 medium']],
  ] as const)('%j in field %s (%s)', (text, field, scope, expected) => {
    expect(winners(text, field, scope)).toEqual(expected);
  });
});

describe('a phone word after a number that has a number of its own labels that one, not the number before it', () => {
  const winners = (text: string): string[] =>
    detectSegment(makeSegment(text, { kind: 'line', line: 1 }, undefined, 'text'), BUILTIN_DETECTORS, { rules: rules() }, 'low').map(
      ({ detector, match }) => `${detector.id} ${match.value} ${match.confidence}`,
    );

  it.each([
    // The blind set's `Ombud` line: before, `tel` made the personnummer in parentheses a phone number (high).
    ['Ombud: Linh Dang (0502788532), tel 073-215 44 90', ['name Linh Dang high', 'personnummer 0502788532 medium', 'phone 073-215 44 90 high']],
    ['Kontakt: Emir Brown (0901029660), mobil: +46 70 123 45 67', ['name Emir Brown high', 'personnummer 0901029660 medium', 'phone +46 70 123 45 67 high']],
    // A phone word after a number with no number of its own still labels it.
    ['Ring 0701234567 mobil', ['phone 0701234567 high']],
    ['Nås på 0502788532 (mobil) efter lunch', ['phone 0502788532 high']],
    // Without any label the bare number after no name reads as a phone number, as before.
    ['0502788532, tel 073-215 44 90', ['phone 0502788532 medium', 'phone 073-215 44 90 high']],
  ] as const)('%j', (text, expected) => {
    expect(winners(text)).toEqual(expected);
  });
});
