import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/extract/types.js';
import { nameDetector } from '../../src/detect/name.js';
import { withoutForeignAccents } from '../../src/detect/name-tokens.js';
import { rules, runDetectorCases } from '../helpers/detector-cases.js';

// Every name below is an invented combination of common first names and surnames.
runDetectorCases(nameDetector, {
  valid: [
    'Per månad betalar du 99 kr.',
    'Bo i Stockholm sedan 2019.',
    'Stig på och ta en kopp kaffe.',
    'Dag två av leveransen.',
    'Liv och hälsa är viktigast.',
    'Ros och ris till supporten.',
    'Storgatan 12, 411 38 Göteborg',
    'Nordhandel AB, Box 123, Stockholm',
    'Stockholm',
    'Måndag 3 januari',
    'Januari, Februari och Mars',
    // Near misses of the article names: no listed given name before the article word.
    'Ett normal-läge Med Al-Kod',
    'Läget Total al-Summa',
    // An initial before a place in a name column: no name. (An initial and a listed surname in running text are
    // one since round 10: test/detectors/name-initials.test.ts.)
    { text: 'V. FRÖLUNDA', field: 'Kund', name: 'an initial before capitals' },
    // A greeted person's given name, then a new sentence: no `Surname, Given`.
    'Hej Dragan, Betalningen hade fel OCR.',
    'Hej Omar, Uppsägningstiden är tre månader.',
    // The display name of a role mailbox, words no list knows: a function, not a person.
    { text: 'From: "Fjällnet Röstbrevlåda" <voicemail@fjallnet.example>', field: 'From', name: 'a role mailbox\'s display name' },
    // Near misses of a list's `Surname, Given` line: inside a sentence, or followed by words.
    'Vi åkte till Berg, Björn var med hela vägen.',
    'Berg, Björn och Anna var där.',
    'Stockholm, Sverige 2024',
    'Med vänliga hälsningar',
    'Med Vänliga Hälsningar\nKundtjänst Nordhandel',
    'Hej Anna, tack för ditt mejl!',
    'Hi Mattias, thanks for the update.',
    'Mattias (Kundtjänst) har svarat.',
    'Dear Customer Service Team,',
    'Order Status Update: Refund Request Pending',
    'Installera Nordhandel Premium Plus via appen.',
    'Vi har skickat ditt paket med PostNord till Malmö.',
    'Kontakta Kundtjänst via Mina Sidor.',
    'Karl Johans gata 5, Stockholm',
    'Anna Svensson AB har fakturerat oss.',
    'Ring 070-123 45 67 om något är oklart.',
    'Felkod: NullPointerException i OrderService',
    'Logga in på MyPages med BankID.',
    'VD och HR deltog på mötet i Göteborg.',
    'Tack Per för hjälpen!',
    'Björn är ett djur som bor i skogen; Sten och Ros är ord.',
    'Will you send the invoice in May?',
    'anna svensson skrev med små bokstäver',
    'Se https://example.se/Anna/Svensson för mer.',
    // `heter` introduces a person only after jag/han/hon; a product or company is no name.
    'Produkten heter Galaxy Tab.',
    'Företaget heter Nordhandel Service.',
    { text: 'Tack på förhand!\nArtikelnummer ART-29961, antal 2', name: 'a code on the line under a sign-off' },
    // Words before an address that does not spell both out are no name for that reason.
    'Saga Berg, kundtjanst@exempel.se',
    'Mejla Saga Berg på saga@exempel.se',
    'Nordhandel Support, support.nordhandel@exempel.se',
    'Skriv till support support@exempel.se',
    'vi mejlade anna svensson@exempel.se',
    // Capitalised words further back on the line that the address after a colon does not spell out.
    'Anteckningar\n01/11 2026 Stora Torget har fått ny mejl: info.torget@gmail.com',
    'Anteckningar\n01/11 2026 Palm Malin har fått ny mejl: kontakt: olle.berg@gmail.com',
    { text: 'Klara Besked, klara@exempel.se', name: 'the given name alone spelt out, the other word no surname' },
    { text: 'Vår chef Per Månad', name: 'a relation before words that are no name' },
    { text: 'Kunden Volvo Cars ringde om leveransen.', name: 'a role before a firm' },
    { text: 'Kunden Svea Ekonomi har betalat.', name: 'a role before a firm named with a given name' },
    { text: 'Skapad av: System', name: 'a creator label before a system account' },
    { text: 'Summa 450 SEK Personnr 860415-1350', name: 'a currency and a label before a personnummer' },
    // Slashes between capitals that name no one: protocols, languages, company forms, airports, currencies, places.
    'TCP/IP',
    'Språk: SE/SV',
    'Bolagsform AB/HB',
    'Flyg ARN/CPH 07:05',
    'Valuta SEK/EUR',
    'GÖTEBORG/LANDVETTER',
    // A list's heading, a destination and a hotel beside names.
    { text: 'Lars-Göran Belopp', name: 'a given name before a column heading in a PDF table' },
    'Resmål: Santa Cruz',
    'Hotell: Casa Isabel',
    // Pets' pedigree names: a kennel's or farm's name in the definite genitive before them.
    { text: 'NOTE:Djur: Silverbäckens Greta Garbo (kanin, Hermelin), chip 75210236278', name: 'a pedigree name after a kennel' },
    'Djur: Vargtassens Kung Oscar',
    { text: 'Mvh\nK. Kundtjänst', name: 'an initial before a function under a sign-off' },
    { text: 'Hälsningar\nS. Support', name: 'an initial before a support word under a sign-off' },
    { text: 'Silverbäckens Greta', field: 'Djur', name: 'a pet in its own column' },
    // A limited company named for its founder and its trade is a legal person (`Maria Holm Städ & Fönster`, a sole
    // trader's name without a company form, stays a person's).
    { text: 'Fordringsägare: Gunnar Ek Bil AB, faktura 30319922', name: 'a name, a trade and a company form' },
    { text: 'Klubb: Ekebacka GK\nRubrik: Beata Ekebacka GK', name: 'a given name before a sports club named for a place' },
    'Svea Hansson Redovisning AB',
    'Frans Wiklund Elektriska AB',
    'Anna Svensson Bil och Transport AB',
    { text: 'Nytt intresse: Evert Taubes terrass 35', name: 'a street named for a person (terrass)' },
    { text: 'Subject: Bokning Prinsen', name: 'a booking for a pet' },
    { text: 'Hämtas på Filial Gustavsberg', name: 'a library branch' },
    { text: 'Dell Latitude 5440', name: 'a laptop model' },
    { text: 'Kontakt SUPPORT TEAM', name: 'capitals after a label word that name a team' },
    { text: 'Kund STOCKHOLM STAD', name: 'capitals after a label word that name a municipality' },
    { text: 'Tilldelad: Team Syd', name: 'an assignee label before a team' },
    { text: 'Assigned to: Level 2 Support', name: 'an English assignee label before a queue' },
    { text: 'KUNDTJÄNST SUPPORT', field: 'Namn', name: 'caps words no list names, in a name column' },
    { text: 'OKÄND AVSÄNDARE', field: 'Mottagare', name: 'caps everyday words in a name column' },
    { text: 'SE BILAGA', field: 'Namn', name: 'caps words that refer elsewhere, in a name column' },
    { text: 'Tell me more. Frid och fröjd. Han är lång. Rostfritt Stål, Backe 3.', name: 'surnames that are words, with no given name' },
    { text: 'Tomt D58 / OBS, VIKTIGT', field: 'Debiteras', name: 'capitals with a comma that no list names, ending a cell' },
    { text: 'MALMÖ, SVERIGE', field: 'Kommentar', name: 'a place and a country in capitals' },
    { text: 'Tomt 3 / BERG, PER', field: 'Debiteras', name: 'an everyday-word surname and a given name that is one too, in capitals' },
    { text: 'Användare: admin\nUser: anna.svensson\nAnvändare: Kundtjänst Support', name: 'accounts and teams after a user label' },
    { text: 'Nyckelhållare Ahlgren kontaktad. Fastighetsägare Lindqvist ringde.', name: 'a role noun before a surname alone' },
    { text: 'AHLQVIST, AGNES ringde om fakturan', name: 'capitals family name first with a sentence after them' },
    { text: 'Banken', field: 'Till', name: 'the organisation as a message recipient' },
    { text: 'Kundtjänst Support', field: 'Från', name: 'a team as a message sender' },
    { text: '2026-01-01', field: 'Från', name: 'a date in a from column' },
    { text: 'Stockholm Central', field: 'Till', name: 'a station in a to column' },
    // Shops and pickup points in a parcel export's recipient column (Swedish and Nordic chains).
    { text: 'Pressbyrån Centralen', field: 'Mottagare', name: 'a kiosk chain and a station' },
    { text: 'K-Market Kallio', field: 'Mottaker', name: 'a Finnish shop and its district' },
    { text: 'Kiosk Sentrum', field: 'Mottaker', name: 'a kiosk in a town centre' },
    { text: 'Rema Majorstuen', field: 'Mottaker', name: 'a Norwegian grocery chain and its district' },
    { text: 'Netto Nørrebro', field: 'Modtager', name: 'a Danish grocery chain and its district' },
    { text: 'TSEGEZAB OKUBAMICHAEL', field: 'Meddelande', name: 'caps no list names outside a name column' },
    { text: 'Det var de facto, Anna som sa det.', name: 'a particle-like word before a comma and a given name' },
    { text: 'ny kund', field: 'Kontaktperson', name: 'lower-case words that are no name, in a name column' },
    { text: 'se ovan', field: 'Kontaktperson', name: 'a lower-case remark in a name column' },
    { text: 'ring tillbaka', field: 'Kontaktperson', name: 'a lower-case instruction in a name column' },
    { text: 'ring tillbaka 073-305 37 29', field: 'Anhörig', name: 'a lower-case instruction and a number in a name column' },
    { text: 'Molly Brown', field: 'Favorithäst', name: 'a horse named like a person, under a column of horses' },
    { text: 'GOP skickad till Klinikum Maria Hilf', name: 'a hospital abroad named for a saint' },
    { text: 'Patienten ligger på Hospital São Francisco Xavier sedan i går', name: 'a hospital abroad named for a person' },
    { text: 'Skolplacering: Lycée Victor Hugo', name: 'a school abroad named for a person' },
    { text: 'Tallmons Greta Garbo', field: 'Hundens namn', name: 'a pedigree dog named for a famous person' },
    'Filen heter AnnaSvensson_2024.pdf',
    { text: 'Kundtjänst', field: 'Namn', name: 'stop word in a name column' },
    { text: 'Nordhandel AB', field: 'Kundnamn', name: 'company in a name column' },
    { text: 'Svensson', field: 'Efternamn', name: 'surname cell without record' },
    { text: 'Mattias', field: 'assignee', name: 'lone first name in a name column' },
    { text: 'Anna', field: 'Förnamn', name: 'first-name cell without record' },
    { text: 'Personnummer', field: 'Namn', name: 'key-value CSV label in a name column' },
    'Herr Lindqvist ringde.',
    // A number after words no list names vouches for nothing: a firm's and a case's line, capitals without a number.
    'Bokning hos Trafikskolan Bromsljuset 08-123 45 67 i morgon.',
    'Dnr MBN 2024-1234 gäller beslutet.',
    'INBROTTSLARM -> ring NI1 REZAEI, OMID: ej svar',
    // Compound nouns named after someone: a frame, a signature, a prize.
    'Kunden vill byta sin Hugo Boss-båge mot en annan.',
    'Tavlan har Anders Zorn-signaturen nere till höger.',
    'Vi delar ut Astrid Lindgren-priset i år.',
    'Bidrag från Stiftelsen Anders Hermanssons minnesfond beviljat.',
    'Anna Lindqvists minnesfond delar ut stipendier.',
    'Kontoret ligger på Birger Jarlsgatan 12.',
    'Leverans till Anna Lindhs plats 44, Uppsala',
    // Lower case: everyday words that are also names never make one, whatever the slot.
    'Namn: mark berg',
    'Kund: sten ros',
    'Kontakt: björn ek',
    'Mvh\nlind berg',
    'Med vänliga hälsningar,\nsten ek',
    'Hälsningar\nhej lind',
    { text: 'Kund: inga andersson', name: '"inga" (no, none) is an everyday word in lower case' },
    'Namn: anna',
    'Mvh\nanna',
    'Kund: anna ringde igår om fakturan',
    'Tack\nanna svensson',
    'Kund: anna.svensson@example.se',
    { text: 'mark berg', field: 'Namn', name: 'lower-case everyday words in a name column' },
    { text: 'anna', field: 'Namn', name: 'a lone lower-case first name in a name column' },
    { text: 'kundtjänst support', field: 'Kontaktperson', name: 'lower-case words in a name column' },
  ],
  invalid: [
    // A key holder's or caller's number right after their name vouches for capitals family name first (an alarm centre's log).
    {
      text: 'INBROTTSLARM -> ring NI1 REZAEI, OMID 076-6131230: ej svar',
      matches: [{ value: 'REZAEI, OMID', normalized: 'Omid Rezaei', confidence: 'high', reasons: ['gazetteer:last,first', 'number-after'] }],
    },
    // A double surname's second part is capitalised: no compound noun (`Hugo Boss-båge` above is one).
    { text: 'Kontakt: Anna Berg-Lindqvist ringer tillbaka', matches: [{ value: 'Anna Berg-Lindqvist', normalized: 'Anna Berg-Lindqvist' }] },
    { text: 'Hej Anna Svensson, tack för ditt mejl.', matches: [{ value: 'Anna Svensson', normalized: 'Anna Svensson', confidence: 'high', reasons: ['gazetteer:first+last', 'greeting'] }] },
    // A role in the definite form before the name is context as a title is (medium without it, until round 12).
    { text: 'Kunden Anna Lindqvist ringde igår om fakturan.', matches: [{ value: 'Anna Lindqvist', confidence: 'high', reasons: ['gazetteer:first+last', 'role'] }] },
    { text: 'Kunden Kibrom Filmon ringde om fakturan.', name: 'two given names after a role', matches: [{ value: 'Kibrom Filmon', confidence: 'medium', reasons: ['gazetteer:first+first', 'role'] }] },
    { text: 'Hyresgästen Per Holm klagar på buller.', matches: [{ value: 'Per Holm', reasons: ['gazetteer:first+last', 'role'] }] },
    { text: 'Kortinnehavare: DAMIR SULJIĆ', name: 'a card holder in capitals after a label', matches: [{ value: 'DAMIR SULJIĆ', reasons: ['gazetteer:first+suffix:caps', 'label:kortinnehavare'] }] },
    { text: 'Name on card: DAMIR SULJIĆ', matches: [{ value: 'DAMIR SULJIĆ', reasons: ['gazetteer:first+suffix:caps', 'label:name on card'] }] },
    { text: 'Account email d98@example.se, name on card DAMIR SULJIĆ. Transaction TRX-2026-84404007', name: 'capitals after a label word without its colon', matches: [{ value: 'DAMIR SULJIĆ', confidence: 'medium', reasons: ['gazetteer:first+suffix:caps', 'label-word'] }] },
    { text: 'Kortinnehavare DAMIR SULJIĆ', matches: [{ value: 'DAMIR SULJIĆ', reasons: ['gazetteer:first+suffix:caps', 'label-word'] }] },
    { text: 'Maria Holm Städ & Fönster', name: 'a sole trader\'s firm without a company form', matches: [{ value: 'Maria Holm' }] },
    { text: 'Bokning för Anna Svensson', matches: [{ value: 'Anna Svensson' }] },
    { text: 'Kommunens handläggare Anna Svensson', name: 'a definite genitive with a word between', matches: [{ value: 'Anna Svensson' }] },
    // A list's row: the personnummer as written right after the name, one space between.
    { text: 'M677880 Alm, Agnes 860415-1350 2026-11-04 graviditet', name: 'surname first before a personnummer in a list row', matches: [{ value: 'Alm, Agnes', reasons: ['gazetteer:last,first', 'personnummer-after'] }] },
    { text: 'M677880 Hawezi, Baran 860415-1350 2026-11-04', matches: [{ value: 'Hawezi, Baran', reasons: ['gazetteer:last,first', 'personnummer-after'] }] },
    // Passengers as airlines, travel agencies and reservation systems write them, family name first before a slash.
    {
      text: 'RP/STOS25032/STOS24358   AA/SU  25MAY/1600Z   4C68B8\n  1.NYSTROM/SIXTEN MRS   2.NYSTROM/RAGNAR MR\n  7 SSR DOCS DY HK1 P/SWE/MH6354032/SWE/27DEC57/F/12SEP35/NYSTROM/SIXTEN/P1',
      name: 'a reservation print-out\'s passengers, titles left out, the document line\'s name not read twice',
      matches: [
        { value: 'NYSTROM/SIXTEN', normalized: 'Sixten Nystrom', confidence: 'medium', reasons: ['passenger-order'] },
        { value: 'NYSTROM/RAGNAR', normalized: 'Ragnar Nystrom' },
      ],
    },
    { text: 'STRANDBERG/STINA', field: 'Resenär', matches: [{ value: 'STRANDBERG/STINA', normalized: 'Stina Strandberg' }] },
    { text: 'Bokning: AF KLINT/ANNA LENA MS, 2 vuxna', matches: [{ value: 'AF KLINT/ANNA LENA', normalized: 'Anna Lena af Klint' }] },
    { text: 'Handled by: Sara Ek', matches: [{ value: 'Sara Ek', confidence: 'high', reasons: ['gazetteer:first+last', 'label:handled by'] }] },
    { text: 'Betalare: Kibrom Filmon', matches: [{ value: 'Kibrom Filmon', reasons: ['shape:partly-listed', 'label:betalare'] }] },
    // An initial and a surname on a signature line, listed or not.
    { text: 'Mvh\nK. Hagwall', name: 'an initial and an unlisted surname under a sign-off', matches: [{ value: 'K. Hagwall', reasons: ['shape', 'signoff'] }] },
    { text: 'Mvh\nE. Blackwood', matches: [{ value: 'E. Blackwood' }] },
    // Columns for a pet's owner and a debt collector's investigator.
    { text: 'IYER, DEEPIKA', field: 'Djurägare', matches: [{ value: 'IYER, DEEPIKA', reasons: ['column:djurägare'] }] },
    { text: 'Hyvärinen Raimo', field: 'Djurägare', matches: [{ value: 'Hyvärinen Raimo' }] },
    { text: 'A. Fesehaye', field: 'Utredare', matches: [{ value: 'A. Fesehaye' }] },
    // Active Directory's attribute names: cn, and sn beside givenName.
    { text: 'Sture Blomqvist', field: 'cn', matches: [{ value: 'Sture Blomqvist', reasons: ['gazetteer:first+last', 'column:cn'] }] },
    { text: 'Mvh\nAnna-Karin Bergström\nKundtjänst', matches: [{ value: 'Anna-Karin Bergström', normalized: 'Anna-Karin Bergström', confidence: 'high', reasons: ['signoff'] }] },
    { text: 'Med vänliga hälsningar,\n\nMärta Öberg\nNordhandel AB', matches: [{ value: 'Märta Öberg', confidence: 'high', reasons: ['signoff'] }] },
    { text: 'Best regards,\nJohn Smith', matches: [{ value: 'John Smith', confidence: 'high', reasons: ['signoff'] }] },
    { text: 'Mvh Björn Åkesson', matches: [{ value: 'Björn Åkesson', reasons: ['signoff'] }] },
    { text: '/Jan-Erik Nyström', matches: [{ value: 'Jan-Erik Nyström', reasons: ['signoff'] }] },
    { text: 'Kontaktperson: Quenby Vatrasko', matches: [{ value: 'Quenby Vatrasko', confidence: 'medium', reasons: ['shape', 'label:kontaktperson'] }] },
    { text: 'Kontaktperson: Ngozi Okonkwo', matches: [{ value: 'Ngozi Okonkwo', confidence: 'high', reasons: ['gazetteer:first+last', 'label:kontaktperson'] }] },
    { text: 'Ärendet togs av Hiroshi Axelsson i går.', matches: [{ value: 'Hiroshi Axelsson', reasons: ['gazetteer:first+last'] }] },
    { text: 'Ärendet togs av Quenby Axelsson i går.', matches: [{ value: 'Quenby Axelsson', confidence: 'medium', reasons: ['gazetteer:unknown+last'] }] },
    { text: 'Samtal med Ayşe Vatrasko om returen.', matches: [{ value: 'Ayşe Vatrasko', confidence: 'medium', reasons: ['gazetteer:first+unknown'] }] },
    { text: 'Göran af Vatrasko ringde.', matches: [{ value: 'Göran af Vatrasko' }] },
    { text: 'Kund: Öztürk, Quenby', matches: [{ value: 'Öztürk, Quenby', normalized: 'Quenby Öztürk' }] },
    { text: 'Handläggare: Britt-Marie Sjöberg', matches: [{ value: 'Britt-Marie Sjöberg', confidence: 'high', reasons: ['label:handläggare'] }] },
    { text: 'From: "Mehmet Yilmaz" <m.yilmaz@example.org>', matches: [{ value: 'Mehmet Yilmaz', confidence: 'high', reasons: ['display-name'] }] },
    { text: 'Fatima Hassan <fatima.hassan@example.se>', matches: [{ value: 'Fatima Hassan', reasons: ['display-name'] }] },
    { text: 'Svensson, Anna', matches: [{ value: 'Svensson, Anna', normalized: 'Anna Svensson', confidence: 'medium', reasons: ['gazetteer:last,first'] }] },
    { text: 'Kund: Lindqvist, Per-Olof', matches: [{ value: 'Lindqvist, Per-Olof', normalized: 'Per-Olof Lindqvist', confidence: 'high' }] },
    { text: 'Anna Maria Svensson har flyttat.', matches: [{ value: 'Anna Maria Svensson', normalized: 'Anna Maria Svensson' }] },
    { text: 'Ärendet gäller Anna af Klinteberg och Carl De Geer.', matches: [{ value: 'Anna af Klinteberg' }, { value: 'Carl De Geer' }] },
    { text: 'Gustaf von Essen ringde.', matches: [{ value: 'Gustaf von Essen' }] },
    { text: 'Avtalet skrevs av Yuki van der Berg.', matches: [{ value: 'Yuki van der Berg', normalized: 'Yuki van der Berg' }] },
    { text: 'Signe af Rosenborg och Erik Sjöberg-McAllister', matches: [{ value: 'Signe af Rosenborg' }, { value: 'Erik Sjöberg-McAllister' }] },
    { text: 'Fatima Hassan ringde om Per Andersson.', matches: [{ value: 'Fatima Hassan' }, { value: 'Per Andersson' }] },
    { text: 'Mehmet Yılmaz och Lejla Hadžić väntar på svar.', matches: [{ value: 'Mehmet Yılmaz' }, { value: 'Lejla Hadžić' }] },
    { text: 'Abdirahman Warsame och Shirin Moradi', matches: [{ value: 'Abdirahman Warsame' }, { value: 'Shirin Moradi' }] },
    { text: 'Ansvarig är Mikko Virtanen sedan i maj.', matches: [{ value: 'Mikko Virtanen' }] },
    { text: 'Tomasz Kowalski skickade bilder.', matches: [{ value: 'Tomasz Kowalski' }] },
    // Somali, Chinese and Sámi names the lists had no word of.
    { text: 'Guuleed Nuur ringde om fakturan.', matches: [{ value: 'Guuleed Nuur' }] },
    { text: 'Xiuying Zhao har flyttat.', matches: [{ value: 'Xiuying Zhao' }] },
    { text: 'Niillas Pirak skrev igen.', matches: [{ value: 'Niillas Pirak' }] },
    // Accents Swedish does not use are folded for the lists when the word is unknown as written (`lefevre`).
    { text: 'Vi pratade med Axel Lefèvre igår.', matches: [{ value: 'Axel Lefèvre', normalized: 'Axel Lefèvre' }] },
    // Introduced by name: both words everyday ones (saga, berg; björn, holm), the slot says it is a person.
    { text: 'Hej, jag heter Saga Berg och ringer om en order.', matches: [{ value: 'Saga Berg', confidence: 'medium', reasons: ['introduction'] }] },
    { text: 'Mitt namn är Björn Holm.', matches: [{ value: 'Björn Holm', reasons: ['introduction'] }] },
    { text: 'My name is Saga Berg.', matches: [{ value: 'Saga Berg', reasons: ['introduction'] }] },
    { text: 'Kontoinnehavare: Jan Berg', matches: [{ value: 'Jan Berg', reasons: ['label:kontoinnehavare'] }] },
    // Surname first with a lower-case particle: the particle is part of it and vouches for an unknown surname.
    { text: 'von Knorring, Elin', matches: [{ value: 'von Knorring, Elin', normalized: 'Elin von Knorring', confidence: 'medium', reasons: ['gazetteer:last,first'] }] },
    // Arabic family names with the article joined by a hyphen, in either order, a second family name, a genitive.
    { text: 'Kontakt: Rania al-Tamimi', matches: [{ value: 'Rania al-Tamimi', normalized: 'Rania al-Tamimi', confidence: 'medium', reasons: ['gazetteer:first+article'] }] },
    { text: 'Fatima al-Zahra Haddad ringde', matches: [{ value: 'Fatima al-Zahra Haddad' }] },
    // `Surname, Given` that ends its line after a listed surname, everyday given name or not.
    { text: 'Grind låst. Faktura till Sandström, Elsa', matches: [{ value: 'Sandström, Elsa', normalized: 'Elsa Sandström' }] },
    // An initial and a surname where the place holds a name: a name column, a label.
    { text: 'A. Kaya', field: 'Kund', matches: [{ value: 'A. Kaya', confidence: 'medium', reasons: ['shape:partly-listed', 'column:kund'] }] },
    { text: 'A. van der Meulen', field: 'Namn', matches: [{ value: 'A. van der Meulen' }] },
    { text: 'Handläggare: B. Ek', matches: [{ value: 'B. Ek' }] },
    // A person's name shown for a role mailbox is still the person's; so is one no list knows for their own.
    { text: 'From: "Anna Svensson" <info@firma.example>', field: 'From', matches: [{ value: 'Anna Svensson', reasons: ['gazetteer:first+last', 'display-name'] }] },
    { text: 'From: "Ngozi Okonkwo" <ngozi@firma.example>', field: 'From', matches: [{ value: 'Ngozi Okonkwo' }] },
    { text: 'al-Rashid, Hiba', matches: [{ value: 'al-Rashid, Hiba', normalized: 'Hiba al-Rashid' }] },
    // A grade list's row: the number after it makes the reading without the article confident; the article's is longer.
    { text: 'Betyg\nal-Rashid, Hiba 711281-4004 - 2026-11-05', matches: [{ value: 'al-Rashid, Hiba', normalized: 'Hiba al-Rashid' }] },
    { text: 'Fatima El-Sayed, Oskar El-Sayed', matches: [{ value: 'Fatima El-Sayed' }, { value: 'Oskar El-Sayed' }] },
    { text: 'Nyckeln till Rania al-Tamimis lägenhet', matches: [{ value: 'Rania al-Tamimi' }] },
    { text: 'Var passagerare i Mariam Al-Obaidis bil.', matches: [{ value: 'Mariam Al-Obaidi' }] },
    // A list's lines (a PDF report's table): surname, given name, then the next column. Everyday words
    // (berg, björn; dag) are names there.
    {
      text: 'Namn Anst.nr Avdelning\nViklund, Dag 10067 Transport 3 14\nBerg, Björn\t10013\tTransport\nSamuelsson, Alva',
      name: 'a list of surname, given name',
      matches: [{ value: 'Viklund, Dag', normalized: 'Dag Viklund' }, { value: 'Berg, Björn' }, { value: 'Samuelsson, Alva' }],
    },
    { text: 'Avtalet gäller af Klercker, Fatima från 1 maj.', matches: [{ value: 'af Klercker, Fatima', normalized: 'Fatima af Klercker' }] },
    // The person's own address right after the words spells them out: a name even of everyday words or in lower case.
    { text: 'SYSTEM: Besökare: Saga Berg, saga.berg@bredband.net', matches: [{ value: 'Saga Berg', confidence: 'medium', reasons: ['email-match'] }] },
    { text: 'Återkoppling till giulia johansson gjohansson@norrskenenergi.se', matches: [{ value: 'giulia johansson', normalized: 'Giulia Johansson', reasons: ['email-match'] }] },
    { text: 'Återkoppling till noor sandberg mailto:sandberg.noor@exempel.se', matches: [{ value: 'noor sandberg', normalized: 'Noor Sandberg' }] },
    { text: 'Besökare: elsa de vries elsa.devries@exempel.se', matches: [{ value: 'elsa de vries', normalized: 'Elsa de Vries' }] },
    { text: 'Kopia till Björn Holm, bjorn.holm@exempel.se i går.', matches: [{ value: 'Björn Holm', reasons: ['email-match'] }] },
    { text: 'SYSTEM: Besökare: Klara Berg, klara775@hotmail.com', matches: [{ value: 'Klara Berg', reasons: ['email-match'] }] },
    // A results list: the player family name first, then the club named for its place (the twenty-fifth set's).
    { text: 'Plac Namn Klubb HCP\n1. Michalski Beata Ekebacka GK 11,8 99 75\n2. Nyman Gudrun Ekebacka GK 10,9', matches: [{ value: 'Michalski Beata', reasons: ['gazetteer:last+first'] }, { value: 'Nyman Gudrun' }] },
    { text: '4. Anna Berg Hammarby IF 3 mål', matches: [{ value: 'Anna Berg' }] },
    // …or further back on the line, family name first, the address after a colon (an adviser's notes).
    { text: 'Anteckningar\n17/11 2026 Palm Malin har fått ny mejl: malin_palm63@hotmail.com', matches: [{ value: 'Palm Malin', normalized: 'Malin Palm', reasons: ['email-match'] }] },
    // A relation after a possessive names a person next, like a title.
    { text: 'Min sambo Jan Berg har samma problem.', matches: [{ value: 'Jan Berg', confidence: 'medium', reasons: ['relation'] }] },
    { text: 'My wife Saga Holm called yesterday.', matches: [{ value: 'Saga Holm', reasons: ['relation'] }] },
    { text: 'Nguyen Van Minh har betalat.', matches: [{ value: 'Nguyen Van Minh' }] },
    { text: 'Hélène Dubois and Sean O\'Brien joined the call.', matches: [{ value: 'Hélène Dubois' }, { value: "Sean O'Brien" }] },
    { text: 'Anna Svenssons order är försenad.', matches: [{ value: 'Anna Svensson', normalized: 'Anna Svensson' }] },
    { text: 'Elin Fagerqvistberg tar över.', matches: [{ value: 'Elin Fagerqvistberg', reasons: ['gazetteer:first+suffix'] }] },
    { text: 'Ring Anna Lund och Erik Berg imorgon.', matches: [{ value: 'Anna Lund' }, { value: 'Erik Berg' }] },
    // Surnames that are frequent words too (frid, tell, lång, backe): a given name or a name column vouches.
    { text: 'Samtal med Moa Tell idag, Svea Frid har betalat.', matches: [{ value: 'Moa Tell' }, { value: 'Svea Frid' }] },
    { text: 'Frid, Hugo', field: 'Namn', name: 'an everyday-word surname first in a name column', matches: [{ value: 'Frid, Hugo', normalized: 'Hugo Frid' }] },
    // A booking system's guest in capitals, family name first, ending a cell (`Glamping 3 / AHLQVIST, AGNES`).
    { text: 'Glamping 3 / AHLQVIST, AGNES', field: 'Debiteras', matches: [{ value: 'AHLQVIST, AGNES', normalized: 'Agnes Ahlqvist', confidence: 'medium', reasons: ['gazetteer:last,first'] }] },
    { text: 'SCHÄFER, BIRGIT', field: 'Kommentar', matches: [{ value: 'SCHÄFER, BIRGIT', normalized: 'Birgit Schäfer' }] },
    // A security company's incident note: the key holder who was told, family name first after the role noun.
    { text: 'Larm kl 10:34, inget inbrott. Nyckelhållare Samatar, Ifrah informerad.', matches: [{ value: 'Samatar, Ifrah', normalized: 'Ifrah Samatar', confidence: 'high' }] },
    { text: 'Kund Nordqvist, Tomas informerad', matches: [{ value: 'Nordqvist, Tomas' }] },
    { text: 'Användare: VERA MALMBERG Personnummer: 720808-7127', name: 'a user label before capitals', matches: [{ value: 'VERA MALMBERG', reasons: ['gazetteer:first+last:caps', 'label:användare'] }] },
    { text: 'Stuga 24 / RASK, ESBJÖRN', field: 'Debiteras', name: 'a surname that is an everyday word too, in capitals ending a cell', matches: [{ value: 'RASK, ESBJÖRN', normalized: 'Esbjörn Rask' }] },
    { text: 'Ulla Lång', field: 'Kontaktperson', matches: [{ value: 'Ulla Lång' }] },
    { text: 'ANNA SVENSSON', matches: [{ value: 'ANNA SVENSSON', normalized: 'Anna Svensson', confidence: 'low' }] },
    { text: 'Anna Svensson', field: 'Namn', name: 'name column', matches: [{ value: 'Anna Svensson', confidence: 'high', reasons: ['column:namn'] }] },
    { text: 'Svensson, Anna', field: 'customer_name', name: 'inverted in a name column', matches: [{ value: 'Svensson, Anna', normalized: 'Anna Svensson', confidence: 'high', reasons: ['column:customername'] }] },
    { text: 'Quenby Vatrasko', field: 'Kontaktperson', name: 'unknown name in a name column', matches: [{ value: 'Quenby Vatrasko', confidence: 'medium', reasons: ['shape', 'column:kontaktperson'] }] },
    { text: 'MAŁGORZATA BJÖRK', field: 'Namn', name: 'caps with an ambiguous surname in a name column', matches: [{ value: 'MAŁGORZATA BJÖRK', normalized: 'Małgorzata Björk', confidence: 'medium' }] },
    { text: 'ÁILE AXELSSON', field: 'Namn', name: 'caps with an unknown given name in a name column', matches: [{ value: 'ÁILE AXELSSON', confidence: 'medium' }] },
    { text: 'KENT AF KLERCKER', field: 'Namn', name: 'caps with a particle and an unknown surname in a name column', matches: [{ value: 'KENT AF KLERCKER', confidence: 'medium' }] },
    { text: 'EBBE JÖNSSON', field: 'Mottaker', name: 'caps in a Norwegian recipient column', matches: [{ value: 'EBBE JÖNSSON', normalized: 'Ebbe Jönsson' }] },
    { text: 'SVEA FALK', field: 'Till', name: 'caps in a secure message\'s recipient column', matches: [{ value: 'SVEA FALK', normalized: 'Svea Falk', confidence: 'medium' }] },
    { text: 'Tsegezab Okubamichael', field: 'Från', name: 'a sender no list knows', matches: [{ value: 'Tsegezab Okubamichael', confidence: 'medium', reasons: ['shape', 'column:från'] }] },
    { text: 'TSEGEZAB OKUBAMICHAEL', field: 'Mottagare', name: 'caps no list names, two words, in a name column', matches: [{ value: 'TSEGEZAB OKUBAMICHAEL', normalized: 'Tsegezab Okubamichael', confidence: 'medium', reasons: ['shape', 'column:mottagare'] }] },
    // Lower case in a name column: the column vouches for everyday (berg) and short (li) words of a listed name.
    { text: 'dariush berg', field: 'Kontaktperson', matches: [{ value: 'dariush berg', normalized: 'Dariush Berg', confidence: 'medium', reasons: ['shape:lower', 'column:kontaktperson'] }] },
    { text: 'li abdullah', field: 'Kontaktperson', matches: [{ value: 'li abdullah', normalized: 'Li Abdullah', reasons: ['shape:lower'] }] },
    // …and with the person's number after the name, as a next-of-kin field holds both (the twenty-fourth blind set's).
    { text: 'carina bergkvist 073-305 37 29', field: 'narmaste_anhorig', matches: [{ value: 'carina bergkvist', normalized: 'Carina Bergkvist', reasons: ['gazetteer:first+last:lower', 'column:narmasteanhorig'] }] },
    { text: 'aidan blackwood, +46 76 358 47 98', field: 'Anhörig', matches: [{ value: 'aidan blackwood' }] },
    // Lower case, where the slot says it is a name: after a label, on a signature line, in a name column.
    { text: 'Namn: anna andersson', matches: [{ value: 'anna andersson', normalized: 'Anna Andersson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'label:namn'] }] },
    { text: 'Kund: erik johansson ringde om fakturan.', matches: [{ value: 'erik johansson', normalized: 'Erik Johansson', confidence: 'medium', reasons: ['label:kund'] }] },
    { text: 'Kontaktperson:\tmaria nilsson', matches: [{ value: 'maria nilsson', reasons: ['label:kontaktperson'] }] },
    { text: 'Namn: anna maria svensson', matches: [{ value: 'anna maria svensson', normalized: 'Anna Maria Svensson' }] },
    { text: 'Kund: anna-karin bergström', matches: [{ value: 'anna-karin bergström', normalized: 'Anna-Karin Bergström' }] },
    { text: 'Kund: gustaf von essen', matches: [{ value: 'gustaf von essen', normalized: 'Gustaf von Essen' }] },
    { text: 'Mvh\nerik johansson', matches: [{ value: 'erik johansson', normalized: 'Erik Johansson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'signoff'] }] },
    { text: 'Med vänliga hälsningar,\n\nanna svensson\n070-123 45 67', matches: [{ value: 'anna svensson', confidence: 'medium', reasons: ['signoff'] }] },
    { text: 'Hej Anna Svensson!\nNamn: erik johansson', matches: [{ value: 'Anna Svensson', confidence: 'high' }, { value: 'erik johansson', confidence: 'medium' }] },
    { text: 'anna svensson', field: 'Namn', name: 'lower case in a name column', matches: [{ value: 'anna svensson', normalized: 'Anna Svensson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'column:namn'] }] },
    { text: ' erik johansson ', field: 'customer_name', name: 'lower case in a JSON name field', matches: [{ value: 'erik johansson', confidence: 'medium', reasons: ['column:customername'] }] },
  ],
});

// Lower case in a self-introduction: `heter` anywhere; the other phrases where a text, line or chat message starts.
// (`hosseini` has no surname ending: the reader of whole lower-case lines, name-lower-line.ts, leaves it alone.)
runDetectorCases(nameDetector, {
  valid: [
    'jag heter inte det',
    'this is anna speaking',
    'mitt namn är viktigt',
    'jag heter mark och bor i berg',
    'det är sten som ringer',
    { text: 'det är anna som ringer', name: 'a lone first name' },
    'hej jag heter anna',
    'det är inga problem',
    'hej, kundtjänst här',
    'hej, sten ek här',
    { text: 'vi har anna hosseini här', name: '`här` after words that are no name' },
    'kundtjänst support här',
    'hejdå anna hosseini här',
    'this is great news',
    'my name is on the invoice',
    'namn saknas i systemet',
    'namn och adress stämmer',
    'namnsdag anna hosseini',
    'Filen heter anna.svensson.pdf',
    'Produkten heter mark berg',
    'jag heterogen anna hosseini',
    'mitt namn är anna.svensson@example.se',
    'det ärende anna hosseini skrev',
  ],
  invalid: [
    // A listed name beside an everyday word or one no list knows, right after an introduction: the loose rule.
    { text: 'hej jag heter alva jovanović och undrar', matches: [{ value: 'alva jovanović', normalized: 'Alva Jovanović', confidence: 'medium', reasons: ['shape:lower', 'introduction'] }] },
    { text: 'namn björn lundin', matches: [{ value: 'björn lundin', reasons: ['shape:lower', 'introduction'] }] },
    { text: 'hi, my name is kristina falk', matches: [{ value: 'kristina falk', reasons: ['shape:lower'] }] },
    { text: 'jag heter anna svensson', matches: [{ value: 'anna svensson', normalized: 'Anna Svensson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'introduction'] }] },
    { text: 'Jag heter anna svensson och ringer om min order.', matches: [{ value: 'anna svensson', confidence: 'medium', reasons: ['introduction'] }] },
    { text: '[2024-03-12 10:05:07] #4711 Besökare: hej jag heter anna maria svensson', matches: [{ value: 'anna maria svensson', normalized: 'Anna Maria Svensson' }] },
    { text: 'Jag ringer för min mamma, hon heter maria nilsson.', matches: [{ value: 'maria nilsson', reasons: ['introduction'] }] },
    { text: 'mitt namn är erik johansson', matches: [{ value: 'erik johansson', normalized: 'Erik Johansson', confidence: 'medium', reasons: ['introduction'] }] },
    { text: 'Hej!\nMitt namn är anna-karin bergström.', matches: [{ value: 'anna-karin bergström', normalized: 'Anna-Karin Bergström' }] },
    { text: 'Namnet är gustaf von essen.', matches: [{ value: 'gustaf von essen', normalized: 'Gustaf von Essen' }] },
    { text: 'det är anna svensson som ringer', matches: [{ value: 'anna svensson', reasons: ['introduction'] }] },
    { text: 'Hej, det är maria nilsson som skriver igen.', matches: [{ value: 'maria nilsson' }] },
    { text: 'hej, anna svensson här', matches: [{ value: 'anna svensson', normalized: 'Anna Svensson', confidence: 'medium', reasons: ['introduction'] }] },
    { text: 'Hejsan! erik johansson här, jag ringde igår.', matches: [{ value: 'erik johansson' }] },
    { text: 'Hej Mattias, anna svensson här.', matches: [{ value: 'anna svensson' }] },
    { text: 'hej, maria nilsson här!', name: 'a name starting with an opener letter', matches: [{ value: 'maria nilsson' }] },
    { text: 'namn anna svensson', matches: [{ value: 'anna svensson', reasons: ['introduction'] }] },
    { text: 'Personnummer 850312-2384\nnamn anna svensson', matches: [{ value: 'anna svensson' }] },
    { text: 'Besökare: namn är erik johansson', matches: [{ value: 'erik johansson' }] },
    { text: 'my name is john johnson', matches: [{ value: 'john johnson', normalized: 'John Johnson', confidence: 'medium', reasons: ['introduction'] }] },
    { text: 'Hi Mattias,\n\nMy name is sarah wilson and I am writing about my order.', matches: [{ value: 'sarah wilson' }] },
    { text: 'Hello, this is john johnson from the office.', matches: [{ value: 'john johnson', reasons: ['introduction'] }] },
    {
      text: 'Anna Svensson ringde. Jag heter erik johansson och är hennes man.',
      matches: [{ value: 'Anna Svensson', confidence: 'medium' }, { value: 'erik johansson', confidence: 'medium', reasons: ['introduction'] }],
    },
    {
      text: 'Namn: anna andersson\nhej, det är erik johansson som skriver',
      matches: [{ value: 'anna andersson', reasons: ['label:namn'] }, { value: 'erik johansson', reasons: ['introduction'] }],
    },
  ],
});

function cell(text: string, field: string, record?: Record<string, string>): Segment {
  return { text, location: { kind: 'cell', row: 2, column: field }, hints: record ? { field, scope: 'cell', record } : { field, scope: 'cell' } };
}

describe('name detector: record join', () => {
  const record = { Kundnr: '10023', Förnamn: 'Anna-Karin', Efternamn: 'Bergström', 'E-post': 'ak.bergstrom@example.se' };

  it('reports Förnamn + Efternamn of one record as one person, from the Förnamn cell', () => {
    const found = [...nameDetector.detect(cell(' Anna-Karin ', 'Förnamn', record), { rules: rules() })];
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 1, end: 11, value: 'Anna-Karin Bergström', normalized: 'Anna-Karin Bergström', confidence: 'high', reasons: ['column:förnamn+efternamn'] });
  });

  it('joins Active Directory\'s givenName and sn (an AD export), once, from the givenName cell', () => {
    const row = { sAMAccountName: 'stublo', givenName: 'Sture', sn: 'Blomqvist', mail: 'sture.blomqvist@exempel.se' };
    const joined = (field: keyof typeof row) => [...nameDetector.detect(cell(row[field], field, row), { rules: rules() })].map((match) => match.value);
    expect(joined('givenName')).toEqual(['Sture Blomqvist']);
    expect(joined('sn')).toEqual([]);
  });

  it('joins bare `given` and `family` keys of one object (FHIR-like `name` objects), and `first`/`last` only for listed names', () => {
    const joined = (row: Record<string, string>, field: string) => [...nameDetector.detect(cell(row[field]!, field, row), { rules: rules() })].map((match) => match.value);
    expect(joined({ given: 'Yuliia', family: 'Marchenko' }, 'given')).toEqual(['Yuliia Marchenko']);
    expect(joined({ given: 'Yuliia', family: 'Marchenko' }, 'family')).toEqual([]);
    expect(joined({ first: 'Anna', last: 'Ek' }, 'first')).toEqual(['Anna Ek']);
    // Near misses: first and last seen dates, the first and last step of a flow, a given key with no family beside it.
    expect(joined({ first: '2024-01-02', last: '2024-03-01' }, 'first')).toEqual([]);
    expect(joined({ first: 'Öppna', last: 'Stäng' }, 'first')).toEqual([]);
    expect(joined({ given: 'Yuliia', note: 'Marchenko' }, 'given')).toEqual([]);
    expect(joined({ given: 'Yuliia', family: '12' }, 'given')).toEqual([]);
  });

  it('joins each first name with the surname of the same person when a row holds two (`elev_`, `vh_`)', () => {
    const row = { vh_fornamn: 'Camila', elev_fornamn: 'Cristián', elev_efternamn: 'Contreras', vh_efternamn: 'Lopez', klass: '3A' };
    const joined = (field: keyof typeof row) => [...nameDetector.detect(cell(row[field], field, row), { rules: rules() })].map((match) => match.value);
    expect(joined('elev_fornamn')).toEqual(['Cristián Contreras']);
    expect(joined('vh_fornamn')).toEqual(['Camila Lopez']);
    expect(joined('elev_efternamn')).toEqual([]);
  });

  it('joins nothing when a name field of the record writes the same person whole, in any order: that field reports them', () => {
    const found = (row: Record<string, string>, field: string) => [...nameDetector.detect(cell(row[field]!, field, row), { rules: rules() })].map((match) => match.value);
    // A library's borrower register: `visningsnamn` family name first. Joined too, the person was counted twice, as two people.
    const borrower = { fornamn: 'Hao', efternamn: 'Zhang', visningsnamn: 'Zhang Hao' };
    expect(found(borrower, 'fornamn')).toEqual([]);
    expect(found(borrower, 'visningsnamn')).toEqual(['Zhang Hao']);
    expect(found({ FirstName: 'Anna-Karin', LastName: 'Bergström', Name: 'Bergström, Anna-Karin' }, 'FirstName')).toEqual([]);
    // Near misses: another person in a name field, the same words in a field that holds no name, a part of a word.
    expect(found({ Förnamn: 'Anna', Efternamn: 'Svensson', Kund: 'Erik Holmberg' }, 'Förnamn')).toEqual(['Anna Svensson']);
    expect(found({ Förnamn: 'Anna', Efternamn: 'Svensson', Beskrivning: 'Anna Svensson ringde' }, 'Förnamn')).toEqual(['Anna Svensson']);
    expect(found({ Förnamn: 'Anna', Efternamn: 'Berg', Kontaktperson: 'Annalena Bergström' }, 'Förnamn')).toEqual(['Anna Berg']);
  });

  it('reports nothing for the Efternamn cell of a record that has a first name', () => {
    expect([...nameDetector.detect(cell('Bergström', 'Efternamn', record), { rules: rules() })]).toEqual([]);
  });

  it('reports nothing for a lone first-name cell when the record has no surname', () => {
    expect([...nameDetector.detect(cell('Anna-Karin', 'Förnamn', { Kundnr: '1', Förnamn: 'Anna-Karin' }), { rules: rules() })]).toEqual([]);
  });

  it('joins a lower-case first name with the surname when both are plain listed names', () => {
    const lower = { Förnamn: 'anna', Efternamn: 'andersson' };
    const found = [...nameDetector.detect(cell('anna', 'Förnamn', lower), { rules: rules() })];
    expect(found).toEqual([
      { start: 0, end: 4, value: 'anna andersson', normalized: 'Anna Andersson', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'column:förnamn+efternamn'] },
    ]);
  });

  it('joins a lower-case name with an everyday or unknown word when one word is a name and nothing else', () => {
    for (const [first, last] of [['göran', 'ström'], ['erik', 'mcallister'], ['elsa', 'wang']] as const) {
      const found = [...nameDetector.detect(cell(first, 'Förnamn', { Förnamn: first, Efternamn: last }), { rules: rules() })];
      expect(found.map((m) => [m.value, m.confidence])).toEqual([[`${first} ${last}`, 'medium']]);
    }
    expect([...nameDetector.detect(cell('ny', 'Förnamn', { Förnamn: 'ny', Efternamn: 'kund' }), { rules: rules() })]).toEqual([]);
  });

  it('does not join lower-case everyday words (mark + berg, sten + ek)', () => {
    for (const [first, last] of [['mark', 'berg'], ['sten', 'ek'], ['björn', 'lind'], ['-', 'andersson']] as const) {
      expect([...nameDetector.detect(cell(first, 'Förnamn', { Förnamn: first, Efternamn: last }), { rules: rules() })]).toEqual([]);
    }
  });

  it('joins JSON-style field names too (first_name / last_name)', () => {
    const found = [...nameDetector.detect(cell('Mehmet', 'first_name', { first_name: 'Mehmet', last_name: 'Yilmaz' }), { rules: rules() })];
    expect(found.map((m) => m.normalized)).toEqual(['Mehmet Yilmaz']);
  });
});

describe('name detector: offsets in longer text', () => {
  it('places every name exactly and never puts the value in a reason', () => {
    const text = 'Från: Anna Lindqvist <anna.lindqvist@example.se>\nÄmne: Retur\n\nHej!\nJag och Björn Åkesson vill returnera.\n\nMvh\nFatima Hassan';
    const found = [...nameDetector.detect({ text, location: { kind: 'line', line: 1 } }, { rules: rules() })];
    expect(found.map((m) => m.value)).toEqual(['Anna Lindqvist', 'Björn Åkesson', 'Fatima Hassan']);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.value);
      for (const reason of m.reasons) expect(reason).not.toContain(m.value.split(' ')[0]!);
    }
  });
});

describe('withoutForeignAccents', () => {
  it.each([
    ['lefèvre', 'lefevre'],
    ['garcía', 'garcia'],
    ['françois', 'francois'],
    ['jöns-éric', 'jöns-eric'],
    ['åberg', undefined],
    ['björk', undefined],
    ['łukasz', undefined],
    ['svensson', undefined],
  ])('%s → %s', (word, folded) => {
    expect(withoutForeignAccents(word)).toBe(folded);
  });
});
