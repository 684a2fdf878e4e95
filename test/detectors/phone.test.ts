import { describe, expect, it } from 'vitest';
import { phoneDetector } from '../../src/detect/phone.js';
import { detectAll, runDetectorCases } from '../helpers/detector-cases.js';

// Invented numbers; +44 20 7946 0xxx and +1 212 555 01xx are ranges set aside for fiction.
runDetectorCases(phoneDetector, {
  valid: [
    'Leverans 2024-03-12 kl 08:15',
    'Datum 12/03/2024 och 03-12-2024',
    'Belopp 1 234,50 kr, 1 000 000 000 kr',
    '123 45 Stockholm',
    '0,5 liter',
    'pnr 850312-2384',
    'född 050312-2384',
    '19850312-2387',
    'version 10.0.19045.2965 och 192.168.0.10',
    'Spårningsnummer 00373123456789012345',
    'JJSE123456789012345',
    'Ordernummer 0701234567',
    'OCR 0123456789',
    { text: '0701234567', field: 'Kundnr', name: 'not-personal column' },
    'Mitt personnummer är 0701234569',
    { text: '0701234569', field: 'Personnummer', name: 'personnummer column' },
    'Artikel ART-0701234567',
    'kort 0123',
    '070-12',
    '0000000000',
    'v1.0701234567',
    '[2024-03-12 10:05:07] #4711 Anna: hej',
    // A slash is read only right after the number's own area code, never in a date.
    'Leverans 05/11/2024',
    'Datum 01/12 2024',
    { text: '08/12 2024', name: 'a date shaped like Stockholm 08/…' },
    'Möte 08/3-2024 kl 10',
    'Vecka 12/03',
    'Arkiv 2024/05/11',
    'Kvot 0/1',
    'ring 031/12/2024',
    { text: 'ring 0311/234567', name: 'slash one digit after the area code 031' },
    { text: 'ring 07/01234567', name: 'slash inside the mobile prefix 070' },
    { text: 'ring 0701/234567', name: 'slash one digit after the mobile prefix 070' },
    'ring 070/123/4567',
    'ring 00/701234567',
    'https://example.se/070/1234567',
    // Without its `+`, a Swedish number counts only where a phone column or keyword says so.
    'Paket 46701234567 har lämnat terminalen',
    '46 70 123 45 67',
    'Kundnr 46701234567',
    { text: '46701234567', field: 'Kundnr', name: '46… in a not-personal column' },
    { text: '46701234567', field: 'Anteckning', name: '46… in a column that says nothing' },
    'Tel: 2046701234567',
    'Tel: 4603121234',
    'Tel: 461203-1234',
    'Tid 10:46:07, summa 46 kr',
  ],
  invalid: [
    {
      text: 'Ring mig på 070-123 45 67 efter 17.',
      matches: [{ value: '070-123 45 67', normalized: '+46701234567', confidence: 'high', subtype: 'mobile', reasons: ['valid-number', 'keyword:ring'] }],
    },
    { text: 'Ärende 4711: kunden nås på 0701234567', matches: [{ value: '0701234567', confidence: 'high', reasons: ['keyword:nås på'] }] },
    { text: 'Se 0701234567 i listan', matches: [{ value: '0701234567', normalized: '+46701234567', confidence: 'medium', subtype: 'mobile' }] },
    { text: 'Nås på +46 70 123 45 67', matches: [{ value: '+46 70 123 45 67', normalized: '+46701234567', reasons: ['format:international'] }] },
    { text: '+46 (0)70-123 45 67', matches: [{ value: '+46 (0)70-123 45 67', normalized: '+46701234567' }] },
    { text: '0046 70 123 45 67', matches: [{ value: '0046 70 123 45 67', normalized: '+46701234567' }] },
    { text: '+46701234567', matches: [{ value: '+46701234567', normalized: '+46701234567' }] },
    { text: 'växel 08-123 456 78', matches: [{ value: '08-123 456 78', normalized: '+46812345678', subtype: 'fixed', confidence: 'high' }] },
    { text: 'Tel: 031-12 34 56', matches: [{ value: '031-12 34 56', normalized: '+4631123456', subtype: 'fixed', reasons: ['keyword:tel'] }] },
    { text: '(08) 123 45 67', matches: [{ value: '(08) 123 45 67', normalized: '+4681234567' }] },
    { text: 'Kundtjänst 0771-123 456', matches: [{ value: '0771-123 456', subtype: 'other', confidence: 'low' }] },
    { text: 'London +44 20 7946 0958', matches: [{ value: '+44 20 7946 0958', normalized: '+442079460958', subtype: 'fixed' }] },
    { text: '0044 20 7946 0958', matches: [{ value: '0044 20 7946 0958', normalized: '+442079460958' }] },
    { text: 'NY +1 212 555 0123', matches: [{ value: '+1 212 555 0123', normalized: '+12125550123' }] },
    { text: '070-123 45 67', field: 'Telefon', matches: [{ value: '070-123 45 67', confidence: 'high', reasons: ['column:phone'] }] },
    { text: 'ring 070 123 45 67 2024', matches: [{ value: '070 123 45 67' }] },
    { text: '0503122384', matches: [{ value: '0503122384', normalized: '+46503122384', confidence: 'medium' }] },
    { text: 'tel 0701234569', matches: [{ value: '0701234569', confidence: 'high' }] },
    {
      text: 'Mobil 070-123 45 67, växel 08-123 456 78; fax 040-12 34 56',
      matches: [{ value: '070-123 45 67' }, { value: '08-123 456 78' }, { value: '040-12 34 56' }],
    },
    {
      name: 'a not-personal label after the number starts the next field',
      text: 'Direkt: 072-630 05 74<br>Org.nr 556000-0001',
      matches: [{ value: '072-630 05 74', confidence: 'high', reasons: ['keyword:direkt'] }],
    },
    {
      text: 'Kontaktperson: Per, tel 0920-123 45. Ordernummer 4500123452.',
      matches: [{ value: '0920-123 45', normalized: '+4692012345' }],
    },
    // An area-code slash: `070/1234567` and friends.
    { text: 'Ring mig på 070/1234567 efter lunch.', matches: [{ value: '070/1234567', normalized: '+46701234567', confidence: 'high', subtype: 'mobile', reasons: ['format:national', 'keyword:ring'] }] },
    { text: 'Kontor 08/123 45 67', matches: [{ value: '08/123 45 67', normalized: '+4681234567', confidence: 'medium', subtype: 'fixed' }] },
    { text: 'Växel: 08/12 34 56 78', matches: [{ value: '08/12 34 56 78', normalized: '+46812345678', confidence: 'high' }] },
    { text: 'Göteborg 031/12 34 56', matches: [{ value: '031/12 34 56', normalized: '+4631123456', subtype: 'fixed' }] },
    { text: 'Kiruna 0980/123 45', matches: [{ value: '0980/123 45', normalized: '+4698012345', subtype: 'fixed' }] },
    { text: 'Kundtjänst 0771/123 456', matches: [{ value: '0771/123 456', normalized: '+46771123456', confidence: 'low', subtype: 'other' }] },
    { text: 'Gratis 020/12 34 56', matches: [{ value: '020/12 34 56', normalized: '+4620123456', confidence: 'low', subtype: 'other' }] },
    { text: '070/123 45 67', field: 'Mobil', matches: [{ value: '070/123 45 67', confidence: 'high', reasons: ['column:phone'] }] },
    // E.164 without its `+`, backed by a keyword or a phone column.
    { text: 'Tel: 46701234567', matches: [{ value: '46701234567', normalized: '+46701234567', confidence: 'high', subtype: 'mobile', reasons: ['format:international', 'keyword:tel'] }] },
    { text: 'Mobil 46 70 123 45 67', matches: [{ value: '46 70 123 45 67', normalized: '+46701234567', confidence: 'high', reasons: ['keyword:mobil'] }] },
    { text: 'telefon: 46 8 123 45 67', matches: [{ value: '46 8 123 45 67', normalized: '+4681234567', subtype: 'fixed', confidence: 'high' }] },
    { text: '46701234567', field: 'Telefon', matches: [{ value: '46701234567', normalized: '+46701234567', confidence: 'high', reasons: ['format:international', 'column:phone'] }] },
    { text: '46771123456', field: 'phone', name: 'a service number without its +', matches: [{ value: '46771123456', confidence: 'low', subtype: 'other' }] },
    {
      name: 'a keyword with another number between labels that number, not the 46… after it',
      text: 'tel +46 8 418 92 87. Sändnings-ID 46701234567 har lämnat terminalen',
      matches: [{ value: '+46 8 418 92 87', confidence: 'high' }],
    },
    { text: 'Nås på 46701234567 (mobil)', name: 'keywords before and after', matches: [{ value: '46701234567', confidence: 'high' }] },
    { text: 'Sändnings-ID 9876. Tel: 46701234567', matches: [{ value: '46701234567', reasons: ['keyword:tel'] }] },
    { text: 'Tel: 46 08 123 45 67', name: 'a trunk 0 after 46 is a national number', matches: [{ value: '08 123 45 67', normalized: '+4681234567' }] },
  ],
});

describe('phone in a large segment', () => {
  it('finds numbers by offset in a long log', () => {
    const line = '[2024-03-12 10:05:07] #4711 kund: paket 00373123456789012345 version 2.14.3\n';
    const text = `${line.repeat(10_000)}sms 076-123 45 67\n`;
    const found = detectAll(phoneDetector, text);
    expect(found.map((m) => [m.start, m.normalized])).toEqual([[line.length * 10_000 + 4, '+46761234567']]);
  });
});
