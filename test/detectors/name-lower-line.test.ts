import { describe, expect, it } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { detectAll, rules, runDetectorCases } from '../helpers/detector-cases.js';

// Lower-case names in the middle of a line or chat message written in lower case, and after a sign-off on the
// same line. Every name is an invented combination of common first names and surnames.
runDetectorCases(nameDetector, {
  valid: [
    // Everyday words, single names, places and prose.
    'ring mark berg imorgon',
    'vi har en ny rosa lampa',
    'tack för hjälpen anna',
    'vi har kontor i malmö och lund',
    'det var berg och dal hela vägen',
    'status: leveransen är försenad enligt processen',
    'en matt lack och en vital faktor',
    'we spoke with the manager about the refund',
    'the invoice was sent to the wrong address last week',
    // The given name must be a plain one: `per` is also a word.
    'fakturan gäller per persson',
    // A surname without a surname ending is not read in free text (`yilmaz`), however listed.
    { text: 'vi skickade det till mehmet yilmaz igår', name: 'no surname ending' },
    // A name that starts the line is not read; nor, in a capitalised line, one without a common surname ending
    // (`-sson`, `-berg`, `-ström` are read there too: see name-context-cases.test.ts).
    'anna maria svensson skrev igår',
    'Pratade med erik lindqvist igår om fakturan',
    // A company, street or organisation named after a person.
    'vi köpte den av erik johansson ab',
    'jag bor på anna svenssons gata',
    'vi fick ett brev från stiftelsen anna lindqvist',
    // Glued to an address or a number.
    'kontakta anna.svensson@example.se idag',
    'vi pratade med erik johansson2 igår',
    // Sign-offs that are no sign-off, or with no name after them.
    'Hälsningarna från anna hosseini',
    'Hälsningar, kundtjänst',
    'Tack för allt!\nmvh anna',
    'Hälsningar, sten ek',
    { text: ' \n'.repeat(40), name: 'blank lines only' },
    // Sign-offs are read at line starts where introductions are (`H`, `M`, `T`): not a capitalised `V` or `B`.
    { text: 'Vänliga hälsningar, anna hosseini', name: 'a sign-off that starts with a capital no introduction starts with' },
    { text: '[10:32] Besökare: Tack på förhand, anna hosseini', name: 'a sign-off in a chat message' },
  ],
  invalid: [
    {
      text: 'kontaktperson är anna svensson på ekonomi',
      matches: [{ value: 'anna svensson', normalized: 'Anna Svensson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'lower-case-text'] }],
    },
    { text: 'frågade erik johansson igår om fakturan', matches: [{ value: 'erik johansson', normalized: 'Erik Johansson', confidence: 'medium', reasons: ['lower-case-text'] }] },
    {
      text: '[10:32] kund: ja så lars-erik öhman ringde',
      name: 'a chat message after its speaker',
      matches: [{ value: 'lars-erik öhman', normalized: 'Lars-Erik Öhman', confidence: 'medium', reasons: ['lower-case-text'] }],
    },
    // A relation after a possessive is a slot for a name (name-lower.ts): its reason goes first.
    { text: '[09:14] Besökare: min fru ingrid karlsson har kontot', matches: [{ value: 'ingrid karlsson', reasons: ['relation'] }] },
    { text: '[09:14] Besökare: jo ingrid karlsson har kontot', matches: [{ value: 'ingrid karlsson', reasons: ['lower-case-text'] }] },
    { text: 'ja vi pratade med anna maria lindqvist om det', matches: [{ value: 'anna maria lindqvist', normalized: 'Anna Maria Lindqvist' }] },
    { text: 'ok, karin bergström har fått mejlet', matches: [{ value: 'karin bergström', normalized: 'Karin Bergström' }] },
    { text: 'hon ringde till åsa lundgren på kundtjänst', matches: [{ value: 'åsa lundgren', normalized: 'Åsa Lundgren' }] },
    { text: 'ringde sven-erik nyström', name: 'at the end of the text', matches: [{ value: 'sven-erik nyström' }] },
    { text: 'kund: jag vill prata med sofia virtanen', matches: [{ value: 'sofia virtanen', normalized: 'Sofia Virtanen' }] },
    { text: 'pratade med erik\u00a0johansson igår', name: 'no-break space', matches: [{ value: 'erik\u00a0johansson', normalized: 'Erik Johansson' }] },
    { text: 'the invoice was sent to john johnson yesterday', matches: [{ value: 'john johnson', normalized: 'John Johnson' }] },
    { text: 'Hej!\nvi pratade med erik johansson igår', name: 'a lower-case line under a capitalised one', matches: [{ value: 'erik johansson' }] },
    {
      text: 'Namn: anna andersson\nvi ringde anna andersson igen',
      matches: [{ value: 'anna andersson', start: 6, reasons: ['label:namn'] }, { value: 'anna andersson', start: 31, reasons: ['call'] }],
    },
    // A sign-off and a name on one line.
    { text: 'Hälsningar, anna svensson', matches: [{ value: 'anna svensson', normalized: 'Anna Svensson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'signoff'] }] },
    { text: 'Tack för hjälpen!\n\nMed vänliga hälsningar, maria nilsson\n070-123 45 67', matches: [{ value: 'maria nilsson', reasons: ['signoff'] }] },
    { text: 'Mvh anna hosseini', name: 'a listed surname with no surname ending after a sign-off', matches: [{ value: 'anna hosseini', reasons: ['signoff'] }] },
    { text: 'thanks erik johansson', matches: [{ value: 'erik johansson', reasons: ['signoff'] }] },
    { text: 'Tack!\r\n\r\nHälsningar, anna svensson\r\n\r\n', name: 'CRLF and blank lines at the end', matches: [{ value: 'anna svensson', reasons: ['signoff'] }] },
    { text: '\nMvh erik johansson', matches: [{ value: 'erik johansson', reasons: ['signoff'] }] },
    { text: 'mvh anna hosseini', name: 'a lower-case sign-off', matches: [{ value: 'anna hosseini', reasons: ['signoff'] }] },
    { text: 'vänliga hälsningar, anna svensson', name: 'a lower-case line', matches: [{ value: 'anna svensson', reasons: ['lower-case-text'] }] },
    {
      text: 'Hej!\nFakturan stämmer inte.\n\nMed vänliga hälsningar, sofia virtanen\nEkonomi\n070-123 45 67\nsofia.virtanen@example.se',
      name: 'a sign-off line under the message, above its contact lines',
      matches: [{ value: 'sofia virtanen', reasons: ['signoff'] }],
    },
    // Lower-case lines that hold a name outside any slot (name.test.ts and name-scan.test.ts pin the slots with `hosseini`).
    { text: 'vi har anna svensson här', matches: [{ value: 'anna svensson', reasons: ['lower-case-text'] }] },
    { text: 'namnsdag anna svensson', matches: [{ value: 'anna svensson', reasons: ['lower-case-text'] }] },
    { text: 'kl 10:45 anna svensson', matches: [{ value: 'anna svensson', reasons: ['lower-case-text'] }] },
    { text: "this isn't john johnson", matches: [{ value: 'john johnson', reasons: ['lower-case-text'] }] },
    { text: 'Mvh\nanna svensson erik johansson', name: 'a second name on a signature line', matches: [{ value: 'erik johansson', reasons: ['lower-case-text'] }] },
    // The slot's reason is kept where the line's reading finds the same name.
    { text: 'hej, det var anna svensson här', matches: [{ value: 'anna svensson', reasons: ['call'] }] },
    { text: 'ok jag heter anna svensson', matches: [{ value: 'anna svensson', reasons: ['introduction'] }] },
  ],
});

describe('name detector: lower-case lines', () => {
  it('reports a name in a line only once, and the slot reason of a self-introduction over the line reading', () => {
    const found = detectAll(nameDetector, 'hej, anna svensson här');
    expect(found.map((m) => [m.value, m.reasons])).toEqual([['anna svensson', ['gazetteer:first+last:lower', 'introduction']]]);
  });

  it('reports a name in a chat message once when the line itself starts in lower case too', () => {
    const found = detectAll(nameDetector, 'obs: kund: ringde erik johansson igen');
    expect(found.map((m) => m.value)).toEqual(['erik johansson']);
  });

  it('reads a lower-case mail subject but not the other mail headers (relay lines, addresses)', () => {
    const text = 'from mail.example.se by mx1 for anna svensson with esmtp';
    const header = (field: string) => ({ text, location: { kind: 'line' as const, line: 1 }, hints: { field, scope: 'header' as const, record: undefined } });
    expect([...nameDetector.detect(header('Received'), { rules: rules() })]).toEqual([]);
    expect([...nameDetector.detect(header('Subject'), { rules: rules() })].map((m) => m.value)).toEqual(['anna svensson']);
  });

  it('does not read what is glued to a colon (an IPv6 address, `mailto:`) as a chat message', () => {
    expect(detectAll(nameDetector, 'Ansluten från 2001:db8 ringde erik lindqvist')).toEqual([]);
    expect(detectAll(nameDetector, 'Länk mailto:kund ringde erik lindqvist')).toEqual([]);
  });
});
