import { describe, expect, it } from 'vitest';
import { createPersonnummerDetector, parsePersonnummer } from '../../src/detect/personnummer.js';
import { makeSegment } from '../../src/extract/types.js';
import { detectAll, rules, runDetectorCases } from '../helpers/detector-cases.js';

// All numbers are invented dates with a computed check digit. The clock is fixed so century resolution is stable.
const NOW = new Date(2026, 5, 1);
const detector = createPersonnummerDetector({ now: () => NOW });

runDetectorCases(detector, {
  valid: [
    // Near misses of an answer in a transcript: asked for a phone number, a line of numbers, no question at all.
    'agent: vilket nummer når vi dig på\nkund: det är 760830 33 14',
    'agent: ditt personnummer tack\nkund: order 4711 och 650107 2745',
    'Order 760830 33 14 skickad',
    // Five spoken pairs: only as the answer to a question for the personnummer on the line before.
    '[13:52:47] agent: okej kan jag få ditt telefonnummer\n[13:52:55] kund: ja de e 46 01 27 19 94',
    '[13:52:47] agent: kan jag få ditt ordernummer\n[13:52:55] kund: ja de e 46 01 27 19 94',
    'kund: mitt nummer är bra\nkund: 46 01 27 19 94 gånger',
    '[13:52:47] agent: okej kan jag få ditt personnummer\n[13:52:55] kund: ja de e 46 01 27 19 95',
    '[13:52:47] agent: okej kan jag få ditt personnummer\n[13:52:55] kund: 46 01 27 19 94 12',
    { text: 'Ärende 1985-03-12-2384', name: 'ISO-dated form with a bad Luhn digit' },
    { text: 'Avinummer 9703139478 ring mig på 0701234567', name: 'a notice number: its label, not the phone word after it, decides' },
    { text: '101011234', field: 'Personnummer', name: 'nine digits whose restored zero gives a wrong check digit' },
    { text: '101011237', field: 'Kundnr', name: 'nine digits outside a personnummer column' },
    { text: 'Testa med 19121212-1212 i testmiljön', name: "Skatteverket's published example number" },
    { text: 'Kunden Elif Kurt ringde 0405231333', name: 'bare after a name but not in parentheses: a phone number' },
    { text: 'Ring Elif Kurt (0405231333)', name: 'a phone word right before the name and number' },
    { text: 'Order Nummer 320611 8741', name: 'spaced after a not-personal label' },
    { text: 'Ordernr: 320611 8741 skickad', name: 'spaced at a message start after a not-personal label' },
    { text: 'Vi skickar 320611 8741 i morgon', name: 'spaced inside a sentence' },
    { text: 'Kod ABC 320611 8741', name: 'spaced after one word in capitals' },
    { text: 'Kod OBS 320611 8741', name: 'spaced after a capitalised word and one in capitals' },
    { text: 'Ordernr (850312 2387)', name: 'spaced in parentheses after a not-personal label' },
    { text: 'Vi ses 850312 2387 igen', name: 'spaced, not alone in parentheses' },
    { text: 'Ordernr 2024-03-12-0007', name: 'dated order reference next to a not-personal keyword' },
    { text: 'x1985-03-12-2387', name: 'ISO-dated form glued to a word' },
    { text: '2019-1985-03-12-2387', name: 'ISO-dated form inside a longer dashed run' },
    // bad Luhn / impossible dates (the Luhn digit is right for the written date in these)
    '850312-2384',
    'Personnummer: 850312-2384',
    { text: 'Mitt personnummer är 851312-2385', name: 'month 13' },
    { text: 'pnr 850332-2383', name: 'day 32' },
    { text: 'pnr 020230-1230', name: 'Feb 30' },
    { text: 'pnr 190229-1234', name: 'Feb 29 in 2019' },
    { text: 'pnr 19000229-2399', name: '1900 is not a leap year' },
    { text: 'pnr 000229+2399', name: 'plus: 1900-02-29' },
    { text: 'pnr 450012-3452', name: 'month 00' },
    { text: 'pnr 850312-0001', name: 'serial 000' },
    { text: 'pnr 20301231-1233', name: 'born in the future' },
    // organisationsnummer, also inside a VAT number
    'Org.nr 556000-0001',
    '5560000001',
    'Momsreg.nr SE556000000101',
    'AP-fonden 802005-1952',
    // other numbers
    'Ordernummer 8503122387',
    { text: '7501011238', field: 'Kundnr', name: 'not-personal column' },
    'OCR 7501011238 ska anges vid betalning',
    'Kortnummer 4500 1234 5678 9012 och 4500123456789012',
    '1198503122387',
    '85031223871',
    'x8503122387',
    '8503122387-1',
    '8503122387,50 kr',
    '+468503122387',
    'Leverans 2019-03-12, belopp 1 234,50 kr, postnummer 123 45',
    '070-123 45 67',
    'ring 0701234569',
    { text: '0701234569', name: 'bare 07 number without context' },
    { text: '0503122384', field: 'Telefon', name: 'phone column' },
    'Tel: 0503122384',
    { text: '850312 2387', name: 'spaced without context' },
    '000101-E221',
    'Datum 20190312 kl 10',
  ],
  invalid: [
    // A phone word nearby says little about digits no Swedish phone number starts with (1–9).
    { text: 'Jag ringer för min mamma André Singh (4205245881) som inte kan själv.', matches: [{ value: '4205245881', confidence: 'low', reasons: ['format:bare'] }] },
    { text: 'Jag ringer för min mamma Aisha Persson (950418-4210).', matches: [{ value: '950418-4210', confidence: 'medium' }] },
    { text: 'Jag ringer för min mamma Åsa Berglund (050127-8857) som inte kan själv.', matches: [{ value: '050127-8857', normalized: '20050127-8857', confidence: 'medium' }] },
    // Spaced, alone in parentheses after a name: one number, as written.
    { text: 'Min mamma Linnéa Moradi (850312 2387) kan inte själv.', matches: [{ value: '850312 2387', normalized: '19850312-2387', confidence: 'low' }] },
    { text: 'Hello, I got a coordination number 19581218 5261.', matches: [{ value: '19581218 5261', confidence: 'high', reasons: ['keyword:coordination number'] }] },
    // `0101011237` (born 2001) stored by Excel as the number 101011237.
    { text: '101011237', field: 'Personnummer', matches: [{ value: '101011237', normalized: '20010101-1237', confidence: 'medium', reasons: ['column:personnummer', 'leading-zero-restored'] }] },
    {
      text: 'Kundens personnummer är 850312-2387.',
      matches: [{ value: '850312-2387', normalized: '19850312-2387', confidence: 'high', subtype: null, reasons: ['checksum', 'date', 'keyword:personnummer'] }],
    },
    { text: '19850312-2387', matches: [{ value: '19850312-2387', normalized: '19850312-2387', confidence: 'high', reasons: ['format:long'] }] },
    {
      text: 'Personnummer: 1985-03-12-2387',
      matches: [{ value: '1985-03-12-2387', normalized: '19850312-2387', confidence: 'high', reasons: ['format:iso-date', 'keyword:personnummer'] }],
    },
    { text: 'Kund 1985-03-12-2387 hörde av sig', matches: [{ value: '1985-03-12-2387', normalized: '19850312-2387', confidence: 'low', reasons: ['format:iso-date'] }] },
    { text: '1945-12-84-5589', field: 'Personnummer', matches: [{ value: '1945-12-84-5589', normalized: '19451284-5589', confidence: 'high', subtype: 'samordningsnummer' }] },
    { text: 'id 198503122387 ok', matches: [{ value: '198503122387', normalized: '19850312-2387', confidence: 'high' }] },
    { text: 'Se 8503122387 i listan', matches: [{ value: '8503122387', normalized: '19850312-2387', confidence: 'medium', reasons: ['format:bare'] }] },
    { text: '8503122387', field: 'Personnummer', matches: [{ value: '8503122387', confidence: 'high', reasons: ['column:personnummer'] }] },
    { text: '8503122387', field: 'Anteckning', matches: [{ value: '8503122387', confidence: 'medium' }] },
    // Spaced, as the first thing in a chat message (low).
    { text: '[11:58:08] Besökare: 581026 3771 och jag heter rolf', matches: [{ value: '581026 3771', normalized: '19581026-3771', confidence: 'low' }] },
    { text: '<p>19940520 5593 och jag heter gunnel</p>', matches: [{ value: '19940520 5593', confidence: 'low' }] },
    // A call transcript: said right after the agent asks for it, spaced or with the serial in two pairs.
    {
      text: '[00:00:16] agent: då behöver jag ditt personnummer\n[00:00:23] kund: ja det är 650107 2745\n',
      matches: [{ value: '650107 2745', normalized: '19650107-2745', confidence: 'medium', reasons: ['checksum', 'date', 'format:spaced', 'asked'] }],
    },
    {
      text: '[13:52:47] agent: okej kan jag få ditt personnummer\n[13:52:55] kund: ja de e 46 01 27 19 94\n[13:53:15] agent: tack',
      name: 'a personnummer said in five pairs, asked for on the line before',
      matches: [{ value: '46 01 27 19 94', normalized: '19460127-1994', confidence: 'medium', reasons: ['checksum', 'date', 'format:spaced', 'asked'] }],
    },
    { text: 'agent: och personnumret?\nkund: 760830 33 14 heter jag', matches: [{ value: '760830 33 14', normalized: '19760830-3314', confidence: 'medium' }] },
    { text: 'Personnummer 760830 33 14', matches: [{ value: '760830 33 14', normalized: '19760830-3314', confidence: 'high' }] },
    // Checked against the population register (`folkbokföring`): the number that follows is the person's.
    { text: 'Kontrollerat mot folkbokföring 020104 6570 – stämmer.', matches: [{ value: '020104 6570', normalized: '20020104-6570', confidence: 'high', reasons: ['checksum', 'date', 'format:spaced', 'keyword:folkbokföring'] }] },
    // Right after a name: spaced (low), or bare in parentheses where it reads as a phone number too (medium).
    { text: 'min morfar Hugo Pontus Viklund 320611 8741', matches: [{ value: '320611 8741', normalized: '19320611-8741', confidence: 'low', reasons: ['checksum', 'date', 'format:spaced', 'after-name'] }] },
    // A name in capitals before it, as registers and hurried notes write one (the twenty-fourth blind set's).
    { text: '--- 260625 SN / LUNDIN, RONJA 550102 5778', matches: [{ value: '550102 5778', confidence: 'low', reasons: ['checksum', 'date', 'format:spaced', 'after-name'] }] },
    { text: '13:53  2214  id-kontroll boende: ABDULLAH JABER 710609 2690', matches: [{ value: '710609 2690', reasons: ['checksum', 'date', 'format:spaced', 'after-name'] }] },
    // `född` (born) before the number with its serial, as a witness statement writes it.
    { text: 'Vittne 5: Jamila Fakhoury, född 661218 7895, tel +46730707653', matches: [{ value: '661218 7895', confidence: 'high', reasons: ['checksum', 'date', 'format:spaced', 'keyword:född'] }] },
    { text: 'Betalare: Nabil Haddad, 19491280 1430.', matches: [{ value: '19491280 1430', confidence: 'low' }] },
    { text: 'Fullmakt för Elif Kurt (0405231333) finns.', matches: [{ value: '0405231333', normalized: '20040523-1333', confidence: 'medium', reasons: ['checksum', 'date', 'format:bare', 'after-name'] }] },
    { text: 'Jag ringer för min mamma Emir Brown (0901029660) som inte kan själv.', matches: [{ value: '0901029660', confidence: 'high', reasons: ['checksum', 'date', 'format:bare', 'after-name'] }] },
    // Ten digits from 1–9 in a phone column cannot be a Swedish phone number (a form row under a contact table).
    { text: '7811100440', field: 'Telefon', matches: [{ value: '7811100440', normalized: '19781110-0440', confidence: 'low', reasons: ['checksum', 'date', 'format:bare', 'column:phone'] }] },
    { text: 'Personnummer: 850312 2387', matches: [{ value: '850312 2387', normalized: '19850312-2387', confidence: 'high', reasons: ['format:spaced'] }] },
    { text: 'Pnr 19850312 2387', matches: [{ value: '19850312 2387', normalized: '19850312-2387', reasons: ['keyword:pnr'] }] },
    {
      text: 'Samordningsnummer 850372-2384',
      matches: [{ value: '850372-2384', normalized: '19850372-2384', subtype: 'samordningsnummer', confidence: 'high' }],
    },
    { text: 'född 120229-1231', matches: [{ value: '120229-1231', normalized: '20120229-1231', confidence: 'high' }] },
    { text: 'född 120229+1231', matches: [{ value: '120229+1231', normalized: '19120229-1231', confidence: 'high' }] },
    { text: '3012311233', matches: [{ value: '3012311233', normalized: '19301231-1233', confidence: 'medium' }] },
    { text: '000101-T220', matches: [{ value: '000101-T220', normalized: '20000101-T220', subtype: 'interim' }] },
    { text: 'pnr: 0701234569', matches: [{ value: '0701234569', normalized: '20070123-4569', confidence: 'high' }] },
    { text: '0503122384', matches: [{ value: '0503122384', confidence: 'low', reasons: ['phone-like'] }] },
    { text: 'Faktura 850312-2387', matches: [{ value: '850312-2387', confidence: 'low', reasons: ['keyword:faktura'] }] },
    {
      name: 'several in one long segment',
      text: 'rad 1: 850312-2387\nrad 2: 4500123456789012\nrad 3: pnr 19120229-1231, tel 070-123 45 67\n(6807045122)',
      matches: [
        { value: '850312-2387' },
        { value: '19120229-1231', confidence: 'high' },
        { value: '6807045122', normalized: '19680704-5122', confidence: 'medium' },
      ],
    },
    { text: '"8503122387";"anna@example.se"', matches: [{ value: '8503122387' }] },
  ],
});

describe('parsePersonnummer', () => {
  it.each([
    ['850312-2387', '19850312-2387'],
    ['0002292399', '20000229-2399'],
    ['000229-2399', '20000229-2399'],
    ['090527+1474', '19090527-1474'],
    ['2107919967', '20210791-9967'],
    ['20000101T220', '20000101-T220'],
  ])('%s → %s', (written, normalized) => {
    expect(parsePersonnummer(written, NOW)?.normalized).toBe(normalized);
  });

  it('resolves the century of ten-digit forms relative to the clock', () => {
    expect(parsePersonnummer('2503122380', new Date(2026, 0, 1))?.normalized).toBe('20250312-2380');
    // A mistyped check digit: no personnummer, but its shape with `checkDigit: false` (2002-11-25).
    expect(parsePersonnummer('0211258104', NOW)).toBeUndefined();
    expect(parsePersonnummer('0211258104', NOW, { checkDigit: false })?.normalized).toBe('20021125-8104');
    expect(parsePersonnummer('0211318104', NOW, { checkDigit: false })).toBeUndefined();
    expect(parsePersonnummer('2503122380', new Date(2024, 0, 1))?.normalized).toBe('19250312-2380');
  });

  it('rejects separators other than -, + and space', () => {
    expect(parsePersonnummer('850312/2387', NOW)).toBeUndefined();
  });
});

describe('personnummer in a large segment', () => {
  it('finds numbers by offset across many lines without splitting', () => {
    const line = 'Kund skrev att ordern 4500123456 inte kommit, version 10.0.19045.2965.\n';
    const text = `${line.repeat(20_000)}pnr 850312-2387\n${line.repeat(10)}`;
    const found = detectAll(detector, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(line.length * 20_000 + 4);
  });
});

describe('a spaced personnummer said in answer, in a transcript kept as JSON (one utterance per field)', () => {
  const utterance = (text: string) => [...detector.detect(makeSegment(text, { kind: 'json', record: 1, path: 'segments[3].text' }, 'text', 'field'), { rules: rules() })];
  it.each([
    ['ja det är 670804 9934', '670804 9934', '19670804-9934'],
    ['ja det är 730810 19 43', '730810 19 43', '19730810-1943'],
    ['den är 911001 88 02.', '911001 88 02', '19911001-8802'],
  ])('%j: medium, the question being in the field before', (text, value, normalized) => {
    expect(utterance(text)).toMatchObject([{ value, normalized, confidence: 'medium', reasons: ['checksum', 'date', 'format:spaced', 'asked'] }]);
  });

  it.each([
    ['ja det är 670804 9934 tror jag', 'words after the number'],
    ['order 4711 är 670804 9934', 'digits before it'],
    ['kund 670804 9934', 'no `är` before it'],
    ['ja det är 670804 9935', 'a wrong check digit'],
  ])('%j: nothing (%s)', (text) => {
    expect(utterance(text)).toEqual([]);
  });

  it('is read so only in a field: in running text the question must be on the line before', () => {
    expect(detectAll(detector, 'ja det är 670804 9934')).toEqual([]);
  });
});

describe('a spaced number that opens a JSON field\'s message', () => {
  const field = (text: string, scope: 'field' | 'cell') => makeSegment(text, { kind: 'json', record: 1, path: 'parts[3].body' }, 'body', scope);
  it('is read as the first thing in a chat message is (low), its HTML taken out by the extractor', () => {
    expect([...detector.detect(field('19940520 5593 och jag heter gunnel', 'field'), { rules: rules() })]).toMatchObject([{ value: '19940520 5593', confidence: 'low' }]);
    // Near misses: inside the field's sentence, and at a CSV cell's start.
    expect([...detector.detect(field('Vi ses 850312 2387 igen', 'field'), { rules: rules() })]).toEqual([]);
    expect([...detector.detect(field('850312 2387 st', 'cell'), { rules: rules() })]).toEqual([]);
  });
});
