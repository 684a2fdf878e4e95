import { describe, expect, it } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { detectAll, runDetectorCases } from '../helpers/detector-cases.js';

// The name detector finds word pairs from the second word and rescans the word before it, and it skips the
// keyword context checks when the last character rules them out. These cases pin the results at those edges:
// machine text dense in capitals, words glued to identifiers, initials, particles, odd gaps and context words in
// upper case. Every name is an invented combination of common first names and surnames.
runDetectorCases(nameDetector, {
  valid: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7; rv:113.0) Gecko/20100101 Firefox/120.0',
    '[2052-02-28 11:32:39] #61f38c43 SYSTEM: Chatten avslutades. Betyg: 3/5',
    'x.Anna Svensson ringde.',
    'Anna.Svensson@example.se skrev.',
    'Filen AnnaSvensson Report ligger i mappen.',
    'Ärende ART-123 SE-2024-648211 NT AB',
    'Anna   Svensson står med tre mellanslag.',
  ],
  invalid: [
    {
      text: '[2052-02-28 11:22:17] #61f38c43 SYSTEM: Besökare: Anna Svensson, anna.svensson@example.se',
      matches: [{ value: 'Anna Svensson', confidence: 'medium', reasons: ['gazetteer:first+last'] }],
    },
    { text: 'Anna K. Svensson ringde.', matches: [{ value: 'Anna K. Svensson', normalized: 'Anna K. Svensson' }] },
    { text: 'Anna\u00a0Svensson ringde.', name: 'no-break space', matches: [{ value: 'Anna\u00a0Svensson', normalized: 'Anna Svensson' }] },
    { text: 'Ärende från Anna  Svensson idag.', name: 'two spaces', matches: [{ value: 'Anna  Svensson', normalized: 'Anna Svensson' }] },
    { text: 'OrderService Anna Svensson ringde.', matches: [{ value: 'Anna Svensson' }] },
    { text: 'iPhone-Anna Svensson ringde.', matches: [{ value: 'Anna Svensson', start: 7 }] },
    { text: 'AnnaSvensson Per Andersson', matches: [{ value: 'Per Andersson' }] },
    { text: 'Win64 Anna Svensson', matches: [{ value: 'Anna Svensson' }] },
    { text: 'ART-123 Anna Svensson', matches: [{ value: 'Anna Svensson' }] },
    {
      text: '{"id":1,"status":"open","requester":{"name":"Anna Svensson","email":"anna.svensson@example.se"}}',
      // JSON read as text: its `name` key vouches for the value, as a name column would.
      matches: [{ value: 'Anna Svensson', confidence: 'high', reasons: ['gazetteer:first+last', 'key:name'] }],
    },
    {
      text: 'Jan van der Berg, Anna af Klinteberg och Per de la Cruz',
      matches: [{ value: 'Jan van der Berg' }, { value: 'Anna af Klinteberg' }, { value: 'Per de la Cruz' }],
    },
    {
      text: 'Anna Svenssons order och Anna Svensson igen.',
      name: 'a genitive and the same name again',
      matches: [{ value: 'Anna Svensson', start: 0 }, { value: 'Anna Svensson', start: 25 }],
    },
    { text: 'HEJ Anna Svensson!', matches: [{ value: 'Anna Svensson', confidence: 'high', reasons: ['greeting'] }] },
    { text: 'NAMN: Ngozi Okonkwo', matches: [{ value: 'Ngozi Okonkwo', confidence: 'high', reasons: ['label:namn'] }] },
    { text: 'Namn\tNgozi Okonkwo', name: 'label before a tab', matches: [{ value: 'Ngozi Okonkwo', confidence: 'high', reasons: ['label:namn'] }] },
    { text: 'HERR Anna Svensson', matches: [{ value: 'Anna Svensson', confidence: 'high', reasons: ['title'] }] },
    { text: 'Anna Svensson (anna.svensson@example.se) skrev:', matches: [{ value: 'Anna Svensson', confidence: 'high', reasons: ['display-name'] }] },
  ],
});

describe('name detector: context limits', () => {
  it('does not read an address more than 120 characters away as a display name', () => {
    const text = `Anna Svensson (Kundtjänst): ${'x'.repeat(130)} anna.svensson@example.se)`;
    const found = detectAll(nameDetector, text);
    expect(found.map((m) => m.value)).toEqual(['Anna Svensson']);
    expect(found[0]!.reasons).not.toContain('display-name');
  });

  it('finds the same names at the same places whether a line stands alone or sits in a long segment', () => {
    const lines = [
      '{"requester":{"name":"Fatima Hassan","email":"fatima.hassan@example.se"},"user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}',
      '[2052-02-28 11:22:24] #05c41ec9 Mirja (Kundtjänst): Per Andersson har ringt om Lindqvist, Anna.',
      'Ärendet gäller Anna af Klinteberg och Carl De Geer.',
    ];
    const text = `${lines.join('\n')}\n`.repeat(50);
    const expected: string[] = [];
    let offset = 0;
    for (let copy = 0; copy < 50; copy++) {
      for (const line of lines) {
        for (const m of detectAll(nameDetector, line)) expected.push(`${m.start + offset}:${m.value}`);
        offset += line.length + 1;
      }
    }
    expect(expected.length).toBe(250);
    expect(detectAll(nameDetector, text).map((m) => `${m.start}:${m.value}`)).toEqual(expected);
  });
});

// Lower-case names are looked for only after a `:` or tab that ends a label and at line starts under a sign-off;
// these cases pin the scanner's edges: text ends, blanks, glue, repeated triggers and line ends. (Where a case is
// a lower-case line, its surname has no surname ending, so only the slot readers pinned here could take it, not
// the reader of whole lower-case lines: see name-lower-line.test.ts.)
runDetectorCases(nameDetector, {
  valid: [
    ':anna svensson',
    'Namn:',
    'Namn: ',
    'kl 10:45 anna hosseini',
    'x\tanna hosseini',
    'Namn:          anna hosseini',
    'Namn: anna svenssonX',
    'Namn: anna svensson2',
    'Namn: anna svensson/ekonomi',
    'Namn: ANNA svensson ringde',
    'Mvh\n',
    'Mvh\nanna hosseini erik yilmaz',
    'Mvh\n\n\nanna svensson',
    'Mvh\n/anna svensson hälsar',
  ],
  invalid: [
    { text: 'Namn:anna svensson', matches: [{ value: 'anna svensson', reasons: ['label:namn'] }] },
    { text: 'Namn:\tanna andersson', name: 'colon and tab: one finding', matches: [{ value: 'anna andersson', reasons: ['label:namn'] }] },
    { text: 'Namn\tanna andersson', name: 'label before a tab', matches: [{ value: 'anna andersson', reasons: ['label:namn'] }] },
    { text: 'Namn: anna\u00a0svensson', name: 'no-break space', matches: [{ value: 'anna\u00a0svensson', normalized: 'Anna Svensson' }] },
    { text: 'Namn: anna svensson<br>Tel: 070-123 45 67', matches: [{ value: 'anna svensson' }] },
    { text: 'Namn: anna svensson (kund)', matches: [{ value: 'anna svensson' }] },
    { text: "Namn: anna o'brien", matches: [{ value: "anna o'brien", normalized: "Anna O'Brien" }] },
    { text: 'Kund:\tanna andersson\tkund: erik johansson', matches: [{ value: 'anna andersson' }, { value: 'erik johansson' }] },
    { text: 'Mvh\r\nanna svensson\r\n', name: 'CRLF', matches: [{ value: 'anna svensson', reasons: ['signoff'] }] },
    { text: 'Mvh\n\nanna svensson', name: 'one blank line after the sign-off', matches: [{ value: 'anna svensson', reasons: ['signoff'] }] },
    { text: 'Mvh\n  erik johansson  \nKundtjänst', matches: [{ value: 'erik johansson', reasons: ['signoff'] }] },
    { text: 'Mvh\nanna svensson, säljare', matches: [{ value: 'anna svensson', reasons: ['signoff'] }] },
    {
      text: 'Namn: anna andersson\nÄrendet gäller fakturan.\n\nMvh\nerik johansson',
      matches: [{ value: 'anna andersson', reasons: ['label:namn'] }, { value: 'erik johansson', reasons: ['signoff'] }],
    },
  ],
});

// Introductions are read after `heter` and where a text, line or chat message starts, past blanks and a greeting;
// these cases pin the reader's edges: text ends, blanks, greetings with and without a name, glue and line breaks.
// (The names of the valid cases have no surname ending, which the reader of whole lower-case lines needs.)
runDetectorCases(nameDetector, {
  valid: [
    'jag heter',
    'jag heter ',
    'jag heter anna',
    'heter anna hosseini',
    'jag heter\nanna svensson',
    'jag heter  anna hosseini',
    'hej,',
    'Besökare: hej',
    'Hej Anna!',
    'hej, anna hosseini',
    'hej, anna hosseini härifrån',
    'hej, anna hosseini här2',
    'hej,anna hosseini här',
    'hej anna, svensson här',
    'Namn anna',
    'namn  anna hosseini',
    '         namn anna hosseini',
    'x namn anna hosseini',
    'my name is',
    'my name is john',
    'this isn\'t john wright',
    'thisis john wright',
  ],
  invalid: [
    { text: 'jag heter anna svensson.', matches: [{ value: 'anna svensson', reasons: ['introduction'] }] },
    { text: 'jag heter anna\u00a0svensson', name: 'no-break space in the name', matches: [{ value: 'anna\u00a0svensson', normalized: 'Anna Svensson' }] },
    { text: 'jag\u00a0heter\u00a0anna svensson', name: 'no-break spaces around heter', matches: [{ value: 'anna svensson' }] },
    { text: '  namn anna svensson', name: 'blanks before the opener', matches: [{ value: 'anna svensson' }] },
    { text: 'Kund:\tnamn är anna svensson', name: 'a tab after the colon', matches: [{ value: 'anna svensson', reasons: ['introduction'] }] },
    { text: 'Ärende\r\nnamn anna svensson\r\n', name: 'CRLF', matches: [{ value: 'anna svensson' }] },
    { text: 'NAMN anna svensson', name: 'an opener in capitals', matches: [{ value: 'anna svensson' }] },
    { text: 'HEJ! erik johansson här', matches: [{ value: 'erik johansson' }] },
    { text: 'hej anna maria svensson här', name: 'three words before här', matches: [{ value: 'anna maria svensson', normalized: 'Anna Maria Svensson' }] },
    { text: 'tjena, this is john johnson', matches: [{ value: 'john johnson' }] },
    {
      text: 'jag heter anna svensson och min man heter erik johansson',
      name: 'two introductions in one line',
      matches: [{ value: 'anna svensson' }, { value: 'erik johansson' }],
    },
    {
      text: 'Besökare: hej, anna svensson här\nBesökare: mitt namn är erik johansson',
      name: 'one per chat message',
      matches: [{ value: 'anna svensson' }, { value: 'erik johansson' }],
    },
  ],
});
