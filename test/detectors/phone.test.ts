import { describe, expect, it } from 'vitest';
import { phoneDetector } from '../../src/detect/phone.js';
import { makeSegment } from '../../src/extract/types.js';
import { detectAll, rules, runDetectorCases } from '../helpers/detector-cases.js';

// Invented numbers; +44 20 7946 0xxx and +1 212 555 01xx are ranges set aside for fiction.
runDetectorCases(phoneDetector, {
  valid: [
    { text: 'Ärende nr: 0762960335', name: 'a not-personal label with nr' },
    { text: 'id=46761990420 ok', name: '46… after a key that names no number' },
    { text: 'xto=46761990420', name: 'a key glued to a longer word' },
    // A JSON field that names a number vouches only for a whole value; another field names none.
    { text: 'Order 46763594811', field: 'to', name: '46… inside a longer value of a number field' },
    { text: '46763594811', field: 'orderId', name: '46… in a field that names no number' },
    { text: 'Order # 0762960335', name: 'a not-personal label with #' },
    // A colon after a digit is a time or a ratio, not a label.
    { text: 'Loggat kl 12:0701234', name: 'digits after a time' },
    { text: 'Kvot 3:0736123456', name: 'digits after a number and a colon' },
    // Right length, unlisted range: without a phone label or column it is as likely an id.
    { text: 'Ärende +47 445 12 316', name: 'unlisted foreign number without a phone label' },
    { text: 'Tel: +47 445 12', name: 'too short for its country, even under a label' },
    { text: 'Tel: +46 70 12', name: 'a Swedish number is checked by its own shape, not by length' },
    { text: '+44 7656 214513', field: 'Ordernr', name: 'unlisted foreign number in a not-personal column' },
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
    // A personnummer with a mistyped check digit (a real date: 2002-11-25) under its label is no phone number.
    { text: 'Personnummer 0211258104', name: 'personnummer label, wrong check digit' },
    { text: 'Personnummer 030422 9705', name: 'personnummer label, spaced, wrong check digit' },
    'Artikel ART-0701234567',
    { text: '[2025-11-17 08:13:17] #08463610 SYSTEM: Chatten avslutades.', name: 'a chat session id after #' },
    // Digits without their 0 are put back together only in a phone column, and only into a personal number.
    { text: '701234567', field: 'Kundnr', name: 'a number without its zero outside a phone column' },
    { text: '701234567', name: 'a number without its zero and without a column' },
    { text: '771234567', field: 'Telefon', name: 'a service number without its zero in a phone column' },
    { text: '7012345678', field: 'Telefon', name: 'ten digits without a zero in a phone column' },
    // A personnummer written as one (YYMMDD-NNNN, born 2005) near a phone word; four-digit groups of an IBAN.
    'Jag ringer för min mamma Åsa Berglund (050127-8857) som inte kan själv.',
    'IBAN SE41 3000 0116 5717 0867 2645',
    // A gym's key-card number, shaped like a Skåne landline number, under its column.
    { text: '0462984263', field: 'card_no', name: 'a card number in a card number column' },
    // Groups of a reference after a group that is no personnummer are not tried one by one.
    'ref 0123 4567 0701 2345 67',
    'Konto 0116 5717 0867 2645, ring om något är oklart',
    'kort 0123',
    '070-12',
    '0000000000',
    'v1.0701234567',
    '[2024-03-12 10:05:07] #4711 Anna: hej',
    // A slash is read only right after the number's own area code, never in a date.
    'Leverans 05/11/2024',
    // Near misses: a landline in that shape, a mobile-shaped number inside a sentence or under a customer-number column.
    { text: '46812345678', field: 'sms', name: 'a landline without + as a whole field' },
    { text: 'Referens 46701573087 gäller', field: 'Anteckning', name: 'a mobile shape without + in a sentence' },
    { text: '46701573087', field: 'Kundnr', name: 'a mobile shape under a customer-number column' },
    // A travel card's number, and a subscription number under its label: no phone numbers.
    { text: '3085 0194 5883 30', field: 'Reskort', name: 'a travel card column' },
    'Uppsägning p.g.a. flytt. Abonnemangsnr 0701 234 567.',
    // Near miss: amounts in spaced thousands alone are no number, however many groups.
    'Bud 3 550 000 3 575 000 3 600 000 kr',
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
    // Dots: only a run that opens with the trunk 0 and the number's own area code, grouped like a phone number.
    'Datum 05.11.2024',
    'Leverans 01.12.2024 och 15.01.2025',
    { text: 'ring 08.12.2024', name: 'a dotted date is a date even after a phone keyword' },
    { text: 'Tel: 05.11.2024', name: 'a dotted date under a phone label' },
    'Möte 08.12.24 kl 10.00',
    'Öppet 09.00-17.00, lunch 12.00-13.00',
    'version 10.2.0.1',
    'Firmware 0.9.12.1 och 0.12.345.6789',
    'Servern 10.0.0.1 svarar inte, inte heller 192.168.001.010',
    'Belopp 1.234.567 kr, 0.234.567 kr, 12.345.678,00 kr',
    'ISBN 0.306.40615.2',
    { text: 'Ordernummer 070.123.45.67', name: 'a dotted number after an order keyword' },
    'Artikel 0123.456.789.012',
    { text: 'Art.nr 0123.456.789', name: 'digits of 0123-45 67 89 in groups libphonenumber does not use' },
    { text: 'tel 08.1234.5678', name: 'digits of 08-123 456 78 in other groups, even after a phone keyword' },
    { text: 'ring 0701.234.567', name: 'a dot one digit after the mobile prefix 070' },
    { text: 'ring 07.0123.4567', name: 'a dot inside the mobile prefix 070' },
    'ring 070.123.45.6',
    'ring 070.12345.67',
    'ring 070..123.45.67',
    'ring 0.701.234.567',
    'v2.070.123.45.67',
    'Se 070.123.45.67kr',
    { text: '08.12.34.56', name: 'two-digit groups after the area code without a phone keyword' },
    { text: 'Version 031.12.34.56', name: 'two-digit groups after a version keyword' },
    { text: '08.12.34.56', field: 'Version', name: 'two-digit groups in a column that is not a phone column' },
    { text: 'Kundtjänst 0771.12.34.56', name: 'two-digit groups after words that are no phone keyword' },
    { text: 'Art.nr 0771.123.456', name: 'a dotted company number without a phone keyword' },
    { text: 'Art.nr 0105.077.648. Please call me at noon.', name: 'an article number, and a phone keyword that starts the next sentence' },
    'Art.nr 0105-077 648',
    'Artikel 020.123.456 och 0900.123.45.67',
  ],
  invalid: [
    // A participant list's row: a personnummer, a space, the mobile number (`090417-3739 0705771993`).
    { text: '3 von Ekenfelt, Vilgot 090417-3739 0705771993', name: 'a number right after a personnummer', matches: [{ value: '0705771993' }] },
    {
      text: 'Ring mig på 070-123 45 67 efter 17.',
      matches: [{ value: '070-123 45 67', normalized: '+46701234567', confidence: 'high', subtype: 'mobile', reasons: ['valid-number', 'keyword:ring'] }],
    },
    { text: 'Ärende 4711: kunden nås på 0701234567', matches: [{ value: '0701234567', confidence: 'high', reasons: ['keyword:nås på'] }] },
    // Under a personnummer label, digits that are no date (day 91 − 60 = September 31) stay a phone number.
    { text: 'Personnummer 0709912345', name: 'personnummer label, no date', matches: [{ value: '0709912345', confidence: 'medium' }] },
    { text: 'Pnr 811218-9876, mobil 0701234567', matches: [{ value: '0701234567', confidence: 'high', reasons: ['keyword:mobil'] }] },
    { text: 'Ring 0701 2345 67 efter lunch.', matches: [{ value: '0701 2345 67', confidence: 'high' }] },
    { text: 'Ring 08 1234 5678 efter lunch.', matches: [{ value: '08 1234 5678' }] },
    // A number followed by another (a personnummer) with only a space between: the candidate ends where its groups do.
    { text: 'Anna 070-123 45 67 850312-2387', name: 'a number right before a personnummer', matches: [{ value: '070-123 45 67' }] },
    // A bidding list read from a PDF: the bid in spaced thousands right after the number (three groups to drop).
    { text: 'Budgivare 1 Annika Ek 070-724 51 65 3 550 000 2024-04-17 09:33', name: 'a number before an amount in spaced thousands', matches: [{ value: '070-724 51 65' }] },
    { text: 'Budgivare 3 0731023280 3 600 000 2024-04-17', name: 'an unspaced number before an amount', matches: [{ value: '0731023280' }] },
    // Excel stores `0701234567` typed into a cell as the number 701234567, and exports it so.
    { text: '701234567', field: 'Telefon', name: 'a mobile number Excel stored without its zero', matches: [{ value: '701234567', normalized: '+46701234567', confidence: 'medium', subtype: 'mobile', reasons: ['column:phone', 'leading-zero-restored'] }] },
    { text: ' 8123456 ', field: 'Telefon', name: 'a Stockholm number without its zero, blanks around', matches: [{ value: '8123456', normalized: '+468123456', subtype: 'fixed' }] },
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
    // A word glued to digits after the number spoils only its own group (a column-aligned staff list).
    { text: 'Pernilla Lindqvist    4149   072-265 16 85      2nd line support', matches: [{ value: '072-265 16 85', normalized: '+46722651685' }] },
    // `ärendet` (the case) in a sentence is no label of the number after it; `Ärende nr:` right before it is.
    { text: 'Min sambo kan också kontaktas i ärendet på 0762960335.', matches: [{ value: '0762960335', confidence: 'medium' }] },
    // `46…` without its `+` after a key that names a number, in an SMS gateway's log.
    { text: 'MT accepted id=9bdbbb292638 to=46761990420 from=SolbackaEl', matches: [{ value: '46761990420', normalized: '+46761990420', reasons: ['valid-number', 'format:international', 'key:to'] }] },
    // The same as a JSON field's whole value: an SMS provider's `"to"`, a number-porting event's `"nsn"`.
    { text: '46737600511', field: 'to', matches: [{ value: '46737600511', normalized: '+46737600511', confidence: 'medium', reasons: ['valid-number', 'format:international', 'key:to'] }] },
    { text: '46763594811', field: 'nsn', matches: [{ value: '46763594811', reasons: ['valid-number', 'format:international', 'key:nsn'] }] },
    { text: ' 4631592215 ', field: 'From', matches: [{ value: '4631592215', normalized: '+4631592215' }] },
    // A porting list's `Nummer` column.
    { text: '46701895157', field: 'Nummer', matches: [{ value: '46701895157', reasons: ['valid-number', 'format:international', 'key:nummer'] }] },
    // A comma ends a not-personal label's phrase: the number after it is the next item.
    { text: 'ringde upp kunden ang faktura, 0725378713, ej svar.', matches: [{ value: '0725378713' }] },
    // A label without a space after its colon, a vCard line, a tel: link.
    { text: 'Tel:0736-123456', matches: [{ value: '0736-123456', normalized: '+46736123456', confidence: 'high', reasons: ['valid-number', 'format:national', 'keyword:tel'] }] },
    { text: 'Mobil:070 412 33 18', matches: [{ value: '070 412 33 18', confidence: 'high' }] },
    { text: 'TEL;TYPE=CELL:+46 70 412 33 18', matches: [{ value: '+46 70 412 33 18', normalized: '+46704123318' }] },
    { text: '<a href="tel:+46704123318">Ring oss</a>', matches: [{ value: '+46704123318' }] },
    { text: 'Tel:+46 (0)70-412 33 18', matches: [{ value: '+46 (0)70-412 33 18', normalized: '+46704123318' }] },
    // A foreign number of the right length in a range libphonenumber does not list: only under a phone label or column.
    { text: 'Tel: +47 445 12 316', matches: [{ value: '+47 445 12 316', normalized: '+4744512316', confidence: 'medium', subtype: 'other', reasons: ['possible-number', 'format:international', 'keyword:tel'] }] },
    { text: '+44 7656 214513', field: 'Mobil', matches: [{ value: '+44 7656 214513', normalized: '+447656214513', confidence: 'medium', reasons: ['possible-number', 'format:international', 'column:phone'] }] },
    { text: 'Mobil 0047 445 12 316', matches: [{ value: '0047 445 12 316', normalized: '+4744512316', confidence: 'medium' }] },
    // Danish, Norwegian and Finnish phone labels.
    { text: 'Tlf. 0045 21 00 71 47', matches: [{ value: '0045 21 00 71 47', confidence: 'medium', reasons: ['possible-number', 'format:international', 'keyword:tlf'] }] },
    { text: 'Puh. +358 40 123 4567', matches: [{ value: '+358 40 123 4567', reasons: ['valid-number', 'format:international', 'keyword:puh'] }] },
    { text: 'MSISDN: 46707061843', matches: [{ value: '46707061843', reasons: ['valid-number', 'format:international', 'keyword:msisdn'] }] },
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
    // Dots between the groups.
    { text: 'Ring mig på 070.123.45.67 efter lunch.', matches: [{ value: '070.123.45.67', normalized: '+46701234567', confidence: 'high', subtype: 'mobile', reasons: ['format:national', 'keyword:ring'] }] },
    { text: 'Se 070.123.45.67 i listan', matches: [{ value: '070.123.45.67', normalized: '+46701234567', confidence: 'medium' }] },
    { text: 'Kontor 08.123.45.67', matches: [{ value: '08.123.45.67', normalized: '+4681234567', subtype: 'fixed' }] },
    { text: 'Växel 08.123.456.78', matches: [{ value: '08.123.456.78', normalized: '+46812345678', confidence: 'high' }] },
    { text: 'nr 070.1234567', matches: [{ value: '070.1234567', normalized: '+46701234567', confidence: 'medium' }] },
    { text: 'Kiruna 0980.123.45', matches: [{ value: '0980.123.45', normalized: '+4698012345', subtype: 'fixed' }] },
    { text: 'Nås på +46.70.123.45.67', matches: [{ value: '+46.70.123.45.67', normalized: '+46701234567', confidence: 'high', reasons: ['format:international'] }] },
    { text: 'ring 070.123.45.67.', name: 'a full stop after the number', matches: [{ value: '070.123.45.67' }] },
    { text: 'Tel: 08.12.34.56', matches: [{ value: '08.12.34.56', normalized: '+468123456', confidence: 'high', reasons: ['keyword:tel'] }] },
    { text: 'Mobil 031.12.34.56', matches: [{ value: '031.12.34.56', normalized: '+4631123456', confidence: 'high' }] },
    { text: 'Växel: 0771.12.34.56', matches: [{ value: '0771.12.34.56', normalized: '+46771123456', confidence: 'low', subtype: 'other' }] },
    { text: '0771.123.456', field: 'Telefon', name: 'a dotted company number in a phone column', matches: [{ value: '0771.123.456', confidence: 'low', reasons: ['column:phone'] }] },
    { text: '08.12.34.56', field: 'Telefon', matches: [{ value: '08.12.34.56', confidence: 'high', reasons: ['column:phone'] }] },
    { text: 'Leverans 05.11.2024, ring 070.123.45.67', matches: [{ value: '070.123.45.67', normalized: '+46701234567' }] },
    {
      name: 'two-digit groups after another number are not labelled by its keyword',
      text: 'Mobil 070-123 45 67, 08.12.34.56',
      matches: [{ value: '070-123 45 67' }],
    },
    {
      name: 'a version keyword next to two-digit groups',
      text: 'tel 08-123 45 67. Version 08.12.34.56',
      matches: [{ value: '08-123 45 67' }],
    },
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

describe('a Swedish mobile number without + as a whole value', () => {
  const field = (text: string, name: string) => [...phoneDetector.detect(makeSegment(text, { kind: 'json', record: 1, path: name }, name, 'field'), { rules: rules() })];
  it('is read as a field\'s whole value (`"sms": "46701573087"`), not as a landline, in a sentence or under Kundnr', () => {
    expect(field('46701573087', 'sms')).toMatchObject([{ value: '46701573087', normalized: '+46701573087', confidence: 'medium' }]);
    expect(field(' 46709940173 ', 'x')).toMatchObject([{ value: '46709940173' }]);
    expect(field('46812345678', 'sms')).toEqual([]);
    expect(field('Referens 46701573087 gäller', 'Anteckning')).toEqual([]);
    expect(field('46701573087', 'Kundnr')).toEqual([]);
  });

  it('is read as a column of a `|`- or tab-delimited line (a call log), not alone on a line or in a sentence', () => {
    expect(detectAll(phoneDetector, '2024-04-10 08:48:00 | IN  | 46709940173 | 020-31 31 00 | Avbrott')).toMatchObject([{ value: '46709940173', confidence: 'medium' }, { value: '020-31 31 00' }]);
    expect(detectAll(phoneDetector, 'IN\t46709940173\tAvbrott')).toMatchObject([{ value: '46709940173' }]);
    expect(detectAll(phoneDetector, '46709940173')).toEqual([]);
    expect(detectAll(phoneDetector, 'Referens 46709940173; klar')).toEqual([]);
  });

  it('is not read in a column whose label is the column before, when the label names an order or a customer number', () => {
    // A two-column form line: `Ordernr | …` labels the value as `Ordernr: …` does.
    expect(detectAll(phoneDetector, 'Ordernr | 46701573087')).toEqual([]);
    expect(detectAll(phoneDetector, '| Kundnr | 0701234567 |')).toEqual([]);
    expect(detectAll(phoneDetector, 'Telefon | 46701573087')).toMatchObject([{ value: '46701573087', confidence: 'high' }]);
    // A number in the label's column (`Order 4711`) makes the label a sentence's, not the next column's.
    expect(detectAll(phoneDetector, 'Order 4711 | 0701234567')).toMatchObject([{ value: '0701234567' }]);
  });
});

describe('a Swedish mobile number without + after an SMS log\'s direction', () => {
  it('is read after `OUT`, `IN`, `MT` and the like in capitals (an SMS gateway\'s log line), not after other words', () => {
    expect(detectAll(phoneDetector, '2026-11-08 04:52:22 OUT 46729961010 sender=Salong ref=VGEKPW37KN parts=2 "Din kod: 517553"')).toMatchObject([
      { value: '46729961010', normalized: '+46729961010', confidence: 'medium', reasons: ['valid-number', 'format:international', 'key:OUT'] },
    ]);
    expect(detectAll(phoneDetector, '2026-11-06 05:14:20 IN  46764115782 "ok tack"')).toMatchObject([{ value: '46764115782', reasons: ['valid-number', 'format:international', 'key:IN'] }]);
    // A fixed line as the other party (an SMS order line's landline sender, the twenty-fourth blind set's), after a
    // blank or in a delimited log.
    expect(detectAll(phoneDetector, '2026-11-06 05:14:20 OUT 46812345678 klar')).toMatchObject([{ value: '46812345678', reasons: ['valid-number', 'format:international', 'key:OUT'] }]);
    expect(detectAll(phoneDetector, '2026-08-10 00:11:22|IN|4621454163|72999|medlemsnr 671176 diesel 3 m3')).toMatchObject([{ value: '4621454163', normalized: '+4621454163' }]);
    // Near misses: a word that is no direction, a direction glued to another word, a lower-case `in`, a service line.
    expect(detectAll(phoneDetector, '2026-11-06 05:14:20 REF 46764115782 klar')).toEqual([]);
    expect(detectAll(phoneDetector, '2026-11-06 05:14:20 LOGIN 46764115782 klar')).toEqual([]);
    expect(detectAll(phoneDetector, 'logged in 46764115782 times')).toEqual([]);
    expect(detectAll(phoneDetector, '2026-11-06 05:14:20 OUT 46771234567 klar')).toEqual([]);
  });
});

describe('dotted numbers after a new contact detail', () => {
  it('reads dots between groups after `kontaktuppgift` and `nytt nr`, not a version or an article number', () => {
    expect(detectAll(phoneDetector, 'Ny kontaktuppgift: 036.68.08.56.')).toMatchObject([{ value: '036.68.08.56', confidence: 'high', reasons: ['valid-number', 'format:national', 'keyword:kontaktuppgift'] }]);
    expect(detectAll(phoneDetector, 'nytt nr 070.123.45.67 från idag')).toMatchObject([{ value: '070.123.45.67' }]);
    expect(detectAll(phoneDetector, 'Version 07.36.47.78 installerad')).toEqual([]);
    expect(detectAll(phoneDetector, 'Art.nr 0151.511.580')).toEqual([]);
  });
});

describe('bank account and plusgiro numbers ending in a check digit', () => {
  it('are not phone numbers (`92-130179-6`, `021 024 853-5`), while numbers grouped as phones still are', () => {
    expect(detectAll(phoneDetector, 'Överfört från konto 92-130179-6 till 021 024 853-5 igår')).toEqual([]);
    expect(detectAll(phoneDetector, 'Plusgiro 4851-2 och konto 01-614803-1')).toEqual([]);
    expect(detectAll(phoneDetector, 'Ring 08-123 45 67 eller 0701-234567')).toMatchObject([{ value: '08-123 45 67' }, { value: '0701-234567' }]);
  });
});

describe('a number followed by a lone digit (the next column of a printed arrival list)', () => {
  it('ends before the digit when the number without it is listed and the whole is only possible or ends in one digit', () => {
    expect(detectAll(phoneDetector, '2026-07-15 Tomt A14 Mulder, Maarten +31 20 977 7269 3 pers HB-2624109')).toMatchObject([{ value: '+31 20 977 7269', normalized: '+31209777269' }]);
    expect(detectAll(phoneDetector, 'Stuga 41 Virtanen +358 50 591 8152 2 pers')).toMatchObject([{ value: '+358 50 591 8152' }]);
    expect(detectAll(phoneDetector, 'Tält 4 Sixten Lundin 072-978 33 20 5 pers')).toMatchObject([{ value: '072-978 33 20' }]);
    // Near miss: a number whose digits after the last space belong to it (two digits, as Swedish numbers group).
    expect(detectAll(phoneDetector, 'Ring +46 70 123 45 67 idag')).toMatchObject([{ value: '+46 70 123 45 67' }]);
  });
});

describe('a card number of digit groups that ends in a check digit (a ski resort\'s lift passes)', () => {
  it('is no phone number, though its first groups would read as one', () => {
    expect(detectAll(phoneDetector, '{"name":"Guðrún Magnússon","keycard":"01-1600 3310 1086-6"}')).toEqual([]);
    expect(detectAll(phoneDetector, 'Kortet 02-1644 3288 4116-4 spärrat')).toEqual([]);
    // Near miss: a phone number before a date or a number of guests keeps its reading.
    expect(detectAll(phoneDetector, 'Ring 072-978 33 20 2026-11-02')).toMatchObject([{ value: '072-978 33 20' }]);
    expect(detectAll(phoneDetector, 'Tält 4 Sixten Lundin 072-978 33 20 5 pers')).toMatchObject([{ value: '072-978 33 20' }]);
  });
});

describe('a landline in E.164 without + under a call log\'s `a_number` column', () => {
  it('is a phone number even where its digits also pass as a samordningsnummer', () => {
    const segment = (text: string, field: string) => makeSegment(text, { kind: 'cell', row: 2, column: field }, field, 'cell');
    expect([...phoneDetector.detect(segment('4611780307', 'a_number'), { rules: rules() })]).toMatchObject([{ value: '4611780307', normalized: '+4611780307', reasons: ['valid-number', 'format:international', 'column:phone'] }]);
    // Outside a phone column the same digits are not read as a number without its `+`.
    expect([...phoneDetector.detect(segment('4611780307', 'ref'), { rules: rules() })]).toEqual([]);
  });
});

describe('numbers in SIP and tel URIs and under an SMS gateway\'s keys', () => {
  it('reads the user part of a SIP or tel URI and `dst=`/`source_addr=` values, not other schemes or keys', () => {
    expect(detectAll(phoneDetector, 'INVITE from=sip:46708570555@194.68.109.195 call-id=29b8')).toMatchObject([{ value: '46708570555', reasons: ['valid-number', 'format:international', 'key:sip'] }]);
    expect(detectAll(phoneDetector, '<a href="tel:46701112223">')).toMatchObject([{ value: '46701112223', reasons: ['valid-number', 'format:international', 'key:tel'] }]);
    expect(detectAll(phoneDetector, 'src=71120 dst=46735019489 dcs=0')).toMatchObject([{ value: '46735019489', reasons: ['valid-number', 'format:international', 'key:dst'] }]);
    expect(detectAll(phoneDetector, 'source_addr=46735019481 destination_addr=46735019482')).toMatchObject([{ value: '46735019481' }, { value: '46735019482' }]);
    // A lift alarm gateway's outgoing call (the twenty-second blind set's).
    expect(detectAll(phoneDetector, '2026-10-09T11:13:39.299Z CALL-OUT unit=HS-570-C dial=46700256491 result=ANSWERED dur=263s')).toMatchObject([{ value: '46700256491', reasons: ['valid-number', 'format:international', 'key:dial'] }]);
    expect(detectAll(phoneDetector, 'CALL-OUT unit=HS-570-C dial=4613735764 result=ANSWERED')).toMatchObject([{ value: '4613735764' }]);
    // Near miss: the same digits under a key that names no number.
    expect(detectAll(phoneDetector, 'CALL-OUT unit=HS-570-C iccid=46700256491 result=ANSWERED')).toEqual([]);
    // A log's `key:value` without a blank, and a delimited log's direction column (`;SEND;`).
    expect(detectAll(phoneDetector, '2026-11-01 09:15:42 OUT to:46795060205 from:LjusnedalVA ref:AFD03SPC8')).toMatchObject([{ value: '46795060205', reasons: ['valid-number', 'format:international', 'key:to'] }]);
    expect(detectAll(phoneDetector, '2026-11-15 11:00:30;SEND;46726682126;Älvnet;"Driftstörning"')).toMatchObject([{ value: '46726682126', reasons: ['valid-number', 'format:international', 'key:SEND'] }]);
    // Near misses: a scheme glued to a word, an unknown scheme, an unknown key, a column that is no direction.
    expect(detectAll(phoneDetector, 'nosip:46701112224 hello:46701112225 id=46701112226 ref:46701112228')).toEqual([]);
    expect(detectAll(phoneDetector, '2026-11-15;REF;46701112227;x')).toEqual([]);
  });

  it('reads a `46…` number under a key the same text writes phone numbers under (`member=`), not under other keys', () => {
    const scans = [
      '2026-03-31 08:59:19 gate1 SCAN order=SB-258295974 seat=X12 member=+46730125241 result=OK',
      '2026-04-06 09:54:02 gate3 SCAN order=SB-402744936 seat=E18 member=0703401346 result=OK',
      '2026-04-19 22:34:01 gate4 SCAN order=SB-306114738 seat=Y1 member=46727958870 result=OK',
    ].join('\n');
    expect(detectAll(phoneDetector, scans).map((m) => [m.value, m.reasons.at(-1)])).toEqual([
      ['+46730125241', 'format:international'],
      ['0703401346', 'format:national'],
      ['46727958870', 'key:member'],
    ]);
    // Near misses: the key alone, a key that holds phones only inside a longer key, a `+46` under another key.
    expect(detectAll(phoneDetector, 'gate4 SCAN member=46727958870 result=OK')).toEqual([]);
    expect(detectAll(phoneDetector, 'xmember=+46730125241 member=46727958870')).toMatchObject([{ value: '+46730125241' }]);
    expect(detectAll(phoneDetector, 'to=+46730125241 order=46727958870')).toMatchObject([{ value: '+46730125241' }]);
  });
});
