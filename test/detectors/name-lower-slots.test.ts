import { describe, expect, it } from 'vitest';
import { nameDetector } from '../../src/detect/name.js';
import { rules, runDetectorCases } from '../helpers/detector-cases.js';

// Lower-case names in two more slots that hold one: after a name label the loose rule of name columns (an
// ambiguous given name before a listed surname: `björn löfgren`), and a line or chat message that opens with a
// name and `här` (`märta gustafsson här, hej`), as callers introduce themselves. All names are invented.
describe('lower-case names after a label and before "här"', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'Kund: ja det var bra',
      'Namn: se ovan',
      'Kontakt: via mejl idag',
      'Besökare: vi här undrar',
      'Besökare: det är jag här',
      'Namn: mark berg',
      'Kund: ny kund här',
      // Labels and notes before a colon with no stamp: words that make no strict name.
      'x\nring tillbaka: imorgon',
      'x\nny kund anna: vill byta',
      'x\nobs mark berg: se ovan',
      // A weekday and a time before words that name no one; a weekday-like word without a time.
      'Logg\nmån 08:00 möte med styrelsen om budget',
      'Logg\nsön abraham kahsay ringde',
      'Jour\n2026-11-19 16:00 OK  allt lugnt ikväll ringer imorgon',
    ],
    invalid: [
      { text: 'Namn: björn löfgren, tel 076-659 43 04', matches: [{ value: 'björn löfgren', normalized: 'Björn Löfgren', confidence: 'medium', reasons: ['label:namn'] }] },
      { text: 'Kund: per holmberg ringde', matches: [{ value: 'per holmberg', reasons: ['label:kund'] }] },
      { text: '[19:11:47] Besökare: märta gustafsson här, hej', matches: [{ value: 'märta gustafsson', normalized: 'Märta Gustafsson', reasons: ['introduction'] }] },
      { text: 'sahra magnusson här, jag undrar över min order', matches: [{ value: 'sahra magnusson', reasons: ['introduction'] }] },
      { text: 'Visitor: ida koskinen here, hi', matches: [{ value: 'ida koskinen', reasons: ['introduction'] }] },
      // A saved forum page: the writer's element is named by its class, which stays in the text as a label.
      { text: ' post \t author \tbuse kara\t date \t2026-10-13 08:45\t body \tStyrelsen: x', matches: [{ value: 'buse kara', reasons: ['label:author'] }] },
    ],
  });
});

describe('a name with a middle name, spelt out by the address after it', () => {
  runDetectorCases(nameDetector, {
    valid: ['kontakta oss på mejl info@exempel.se', 'Återkoppling till VESNA HOLM kundtjanst@exempel.se'],
    invalid: [
      {
        text: '25/3 Återkoppling till JELENA VESNA HOLM jelenaholm@exempelkommun.se senast fredag.',
        matches: [{ value: 'JELENA VESNA HOLM', normalized: 'Jelena Vesna Holm', reasons: ['email-match'] }],
      },
      { text: 'svar till pia lena sjöberg pia.sjoberg@exempel.se', matches: [{ value: 'pia lena sjöberg', normalized: 'Pia Lena Sjöberg' }] },
    ],
  });
});

// What callers say and texters write, in call notes, transcripts and SMS logs: the name before `heter jag`, the
// person a relation is of (`mamma till …`), a text message's `/signature` at the end of its line.
describe('lower-case names in spoken and texted slots', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'jag vet inte vad det heter jag ringer sen igen',
      'kund: vad heter jag i systemet, det står fel',
      'ring pappa till bilen och fråga',
      'kund: skicka till ditt kontor tack',
      'kund: priset 3 475 000 /kr vid tillträde',
      'kund: se sidan 12 /ny kund',
      'Detta är en bra tjänst',
      'kund: det var bra, ringde upp kunden igen',
      'detta är mitt nummer',
      // Round 10's phrases before words that are no names.
      'kund: meddelat kunden och ekonomi om saken',
      // Role nouns before words that name no one.
      'x\ndet gäller fakturan från maj',
      'x\neleven har glömt sin jacka',
      'x\nreferens ordernummer 4455',
      'notering: kontakt med kundtjänst och ekonomi',
      'notering: sjukanmälan inkom via mejl',
      'notering: föräldrar och barn välkomna',
      'x\nlunch hos oss idag, sen hos tandläkaren',
      'x\ningen öppnade hos holmqvist (ekbacken 5)',
      'x\nkund: hej de e min mamma som har kontot',
      // A chat's labels, not writers.
      'x\n[10:02] ny kund: hej',
      'x\n[10:02] agent anna: hej',
      'x\n[11:25:24] inga svar: nej',
      'x\n[11:25:24] kund: hej',
      'x\nsäljare ringde om budet',
      'x\nköpare ej klar med lånelöfte',
      // Answered, sent or referred: words that name no one after it.
      'x\nsvarade att vi återkommer i morgon',
      'x\nskickat till kundtjänst och ekonomi',
      'x\nmejlade kunden igen, inget svar',
      'x\nsvarade anna att det är ok',
      'x\nhänvisade till vården',
      // A booking for a number of people, a customer who did something, an introduction denied.
      'x\nresan för två personer bokad',
      'x\nkund ringde om fakturan',
      'x\nbokningen för mark berg ligger kvar',
      'x\njag heter faktiskt inte anna',
      // A list's item and a stamped line whose first words are no name before the dash.
      'x\n- ring tillbaka – imorgon',
      'x\n- mark berg – ok',
      'x\n10:30 ring tillbaka – ok',
      'x: mark berg är sjuk',
      'x: kund är nöjd',
      'x\nenligt avtal är det ok',
      'x: hon har ringt',
      // A word before a name is common in speech: a state verb counts after two words only.
      'x\n[09:14] Besökare: jo ingrid mark har kontot',
    ],
    invalid: [
      { text: 'kund: hej, björn moradi heter jag.\nhandläggare: tack', matches: [{ value: 'björn moradi', normalized: 'Björn Moradi', confidence: 'medium', reasons: ['gazetteer:first+last:lower', 'introduction'] }] },
      { text: 'kund: hej, ebba af sillén heter jag.', matches: [{ value: 'ebba af sillén', normalized: 'Ebba af Sillén' }] },
      { text: 'från 0762978839: hej, mamma till ahmad wardak i 5b. han är sjuk idag', matches: [{ value: 'ahmad wardak', reasons: ['gazetteer:first+last:lower', 'relation'] }] },
      { text: 'sms: vårdnadshavare till elsa berglund, hon kommer senare', matches: [{ value: 'elsa berglund' }] },
      { text: 'från +46707245165: 3 475 000 /annika ek\nfrån +46796033115: 3 550 000', matches: [{ value: 'annika ek', reasons: ['gazetteer:first+last:lower', 'signoff'] }] },
      { text: 'hej det gäller ledighet enligt ansökan. /liban yusuf', matches: [{ value: 'liban yusuf' }] },
      // An adverb between `heter` and the name (a dating app's report excerpt).
      { text: 'excerpt: "jag heter egentligen özge polat, googla mig"', matches: [{ value: 'özge polat', reasons: ['gazetteer:first+last:lower', 'introduction'] }] },
      // Whose booking a note is about, and a customer named without the definite form (a transport booking centre).
      { text: 'x\n@Harald Mattsson bokningen för kateryna melnyk ligger dubbelt, tar bort R6923812', matches: [{ value: 'kateryna melnyk', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\nkund hedda nyström undrar var bilen är', matches: [{ value: 'hedda nyström', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\nny kund anna svensson, vill ha faktura', matches: [{ value: 'anna svensson' }] },
      // An answering machine's note names the caller before a dash; a list's item names its person before a verb.
      { text: 'Frånvaro v43\n19:35 farhad mousavi – barnet sjukt, VAB, tillbaka 01.10.2026', matches: [{ value: 'farhad mousavi', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      // A cup's first-aid log stamps its lines with a weekday and a time (the twenty-third blind set's).
      { text: 'Logg\nsön 18:00 abraham kahsay ringde om biljetter', matches: [{ value: 'abraham kahsay', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'Logg\nfre. 09:10 farhad mousavi – barnet sjukt', matches: [{ value: 'farhad mousavi' }] },
      // An assistance desk's duty notes: date, time and the writer's initials before the note (the twenty-sixth set's).
      { text: 'Jour\n2026-11-05 11:25 ON  kannika chantarasri ringer fr Hurghada, lunginflammation.', matches: [{ value: 'kannika chantarasri', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'Dagbok\n- fatih uçar vill byta till kvällskurs pga jobb', matches: [{ value: 'fatih uçar', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'Dagbok\n- harald sundqvist ringde, Selma ska ha halsduk', matches: [{ value: 'harald sundqvist' }] },
      // A chat message that opens with the person it is about, and whose word a note reports.
      // A chimney sweep's diary: what the person did, in the past tense (the nineteenth blind set's).
      { text: 'Dagbok\n- 2026-11-12: ahmet kara vägrade släppa in, hänvisat till kommunen', matches: [{ value: 'ahmet kara', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\nbehnaz sadri köpte två platser', matches: [{ value: 'behnaz sadri' }] },
      { text: 'wilma kjellberg och abdullahi samatar bråkade igen i Räven, pratat m föräldrarna', matches: [{ value: 'wilma kjellberg' }, { value: 'abdullahi samatar', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'Telefonlogg\n16/10 15:07 BN in (072) 983 43 82 – dimitra papadopoulos frågar om status, lovat svar imorgon', matches: [{ value: 'dimitra papadopoulos', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\n16.03.2026 OB: ringt britt-marie segerström ang batterier, skickar 312:or', matches: [{ value: 'britt-marie segerström', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      // A ski school's WhatsApp group: the child, then where it is (the twentieth blind set's).
      { text: 'x\n[10/01/2026, 13:54:29] +46 70 969 76 64: elin lindahl i blå grupp hämtas av Nabil Yassin idag', matches: [{ value: 'elin lindahl', reasons: ['gazetteer:first+last:lower', 'call'] }, { value: 'Nabil Yassin' }] },
      { text: 'x\n09.07.2026 18:25 Havsörn på C34 har slitit förtöjning, ringt ägaren alistair davies 079-218 13 73', matches: [{ value: 'alistair davies', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\n[2026-11-22 18:52] Rahwa Mebrahtu: amira habib är tillbaka på Nordstan', matches: [{ value: 'Rahwa Mebrahtu' }, { value: 'amira habib', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\n2026-11-01 20:02 L.K: enl. biniam yemane har hon sålt bilen', matches: [{ value: 'biniam yemane', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      // The signature on a line of its own under the message.
      { text: 'sms: hej vi kommer inte idag, barnen är sjuka\n/maria jonsson', matches: [{ value: 'maria jonsson', reasons: ['gazetteer:first+last:lower', 'signoff'] }] },
      { text: 'Detta är elias ljungberg, kan ni ringa', matches: [{ value: 'elias ljungberg', reasons: ['gazetteer:first+last:lower', 'introduction'] }] },
      { text: 'det här är anna svensson från femman', matches: [{ value: 'anna svensson' }] },
      { text: 'kund: det var anna svensson som ringde', matches: [{ value: 'anna svensson', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'notering: ringde upp sunita kumar ang faktura, ej svar', matches: [{ value: 'sunita kumar' }] },
      // Case notes of an HR or parish office (the fourth blind set's): who was told, who reported sick or well.
      { text: 'x\n2024-08-19 08:17 vab för barn 4 år, 2 dagar. meddelat björn eklund. /eeva', matches: [{ value: 'björn eklund', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\n2024-07-04 07:46 friskanmälan fatima abdullah, tillbaka 6/7 2024.', matches: [{ value: 'fatima abdullah' }] },
      // Role nouns in the definite form in recruiters', schools' and parishes' notes (the fourth blind set's).
      { text: 'x\n2024-09-21 09:33 elin: ringde kandidaten fredrik ek på 076 159 47 48.', matches: [{ value: 'fredrik ek', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\nreferens elsa forsberg (platschef) nås på 0765916725.', matches: [{ value: 'elsa forsberg' }] },
      { text: 'x\n[2024-09-10 07:47:56] från 0767321910: hej det gäller elsa berglund 5b, hela veckan', matches: [{ value: 'elsa berglund' }] },
      { text: 'x\n2024-09-17 kl 13:00 dop av matilda falk, född 25/6.', matches: [{ value: 'matilda falk' }] },
      // A home-care visit log (the seventh blind set's): whose home, whom the staff called.
      { text: 'x\n2025-06-18 12:05 promenad + städning hos johan lindström-ek. /ulf', matches: [{ value: 'johan lindström-ek', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\n2025-06-20 13:15 ingen svarade. kontaktade ebba lindström-ek, hon kommer /ivana', matches: [{ value: 'ebba lindström-ek' }] },
      // The writer of a chat message between the time stamp and the colon.
      { text: 'x\n[11:25:24] gustav ekholm: hej har en fråga', matches: [{ value: 'gustav ekholm', reasons: ['gazetteer:first+last:lower', 'chat-speaker'] }] },
      { text: 'x\n[2026-07-10 13:38] deniz kurt: hallå e ni där', matches: [{ value: 'deniz kurt' }] },
      { text: 'x\n2026-07-10 13:38 anna svensson: hallå', matches: [{ value: 'anna svensson' }] },
      // A saved web chat writes no stamp: the writer starts the line (the seventeenth blind set's ISP chat).
      { text: 'Besökare x\nsigne bergqvist: hej, mitt kundnummer är 845388', matches: [{ value: 'signe bergqvist', reasons: ['gazetteer:first+last:lower', 'chat-speaker'] }] },
      // An estate agent's log and viewing list.
      { text: 'x\n2026-09-18 19:05  säljare hamza kassab ang. värdering, nytt möte onsdag', matches: [{ value: 'hamza kassab', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\nvisning 14:00, sambo gunilla wästberg kommer också', matches: [{ value: 'gunilla wästberg' }] },
      // An introduction of someone else by relation: the name after the relation, never `min exsambo onur`.
      { text: 'x\n[13:49:57] kund: de e min exsambo onur tekin som har beställt', matches: [{ value: 'onur tekin', reasons: ['gazetteer:first+last:lower', 'relation'] }] },
      { text: 'x\n[13:49:57] kund: de e min kompis viveka rosén som har beställt', matches: [{ value: 'viveka rosén' }] },
      // A given name and two surnames.
      { text: 'x\nnamn: anna svensson ringde igen', name: 'a third word that is a verb is no second surname', matches: [{ value: 'anna svensson' }] },
      { text: 'x\n[13:52:27] kund: ja hej de e olle nordqvist amini jag fick ett brev', matches: [{ value: 'olle nordqvist amini', reasons: ['gazetteer:first+last:lower', 'introduction'] }] },
      // Whom a case was answered, sent or referred to.
      { text: 'x\n2025-03-02 10:14 återkoppling till mehmet yilmaz imorgon ang. hyran', matches: [{ value: 'mehmet yilmaz', reasons: ['gazetteer:first+last:lower', 'call'] }] },
      { text: 'x\n2025-03-02 mejlade sara ek om kvittot, inget svar', matches: [{ value: 'sara ek' }] },
      { text: 'x\n2025-03-03 hänvisade mehmet yilmaz till 1177', matches: [{ value: 'mehmet yilmaz' }] },
      {
        text: 'x\n2024-11-17 kl 11:00 föräldrar thi lan vu och axel vu, tel 0767548840.',
        name: 'a second person joined by `och` to a name a slot found',
        matches: [{ value: 'thi lan vu' }, { value: 'axel vu', reasons: ['gazetteer:first+last:lower', 'call'] }],
      },
    ],
  });
});

describe('lower-case names on hostile input', () => {
  // Each took minutes before: a search of the list of names found per new name, a search back to the line's start
  // per surname ending, and one back to the text's start for a no-break space per `heter jag`.
  it.each([
    ['80,000 introductions on one line', 'kund: ' + 'anna svensson heter jag '.repeat(80_000), 80_000],
    ['80,000 labelled names', 'Namn: anna svensson\n'.repeat(80_000), 80_000],
    ['a 1 MB word before 50,000 `heter jag`', 'kund: x' + 'a'.repeat(1_000_000) + ' heter jag'.repeat(50_000), 0],
  ])('%s, in linear time', (_name, text, expected) => {
    const started = performance.now();
    const found = nameDetector.detect({ text, location: { kind: 'line', line: 1 } }, { rules: rules() });
    expect(found).toHaveLength(expected);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('names merged from several readers on hostile input', () => {
  // Each name of a reader was merged by a search of the whole list of names found (40,000 names: 1.1–1.2 s, and
  // growing with the square); the lists are now walked in text order.
  it.each([
    ['40,000 article names', 'Rania al-Tamimi\n'.repeat(40_000), 40_000],
    ['40,000 search terms', 'sökterm="maria jonsson" '.repeat(40_000), 40_000],
    ['40,000 JSON name keys in a log line', '{"kund":"maria jonsson"} '.repeat(40_000), 40_000],
  ])('%s, in linear time', (_name, text, expected) => {
    const started = performance.now();
    const found = nameDetector.detect({ text, location: { kind: 'line', line: 1 } }, { rules: rules() });
    expect(found).toHaveLength(expected);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('a lower-case name as a cell\'s or a field\'s whole value', () => {
  const valueOf = (text: string, field: string, scope: 'cell' | 'field' | undefined) =>
    [...nameDetector.detect({ text, location: { kind: 'cell', row: 2, column: field }, hints: { field, scope } }, { rules: rules() })].map((m) => [m.value, m.reasons.join(',')]);

  it('reads a whole value that is a name by the strict rule (an SMS reply, a form\'s answer)', () => {
    expect(valueOf('dagny rosén', 'reply', 'cell')).toEqual([['dagny rosén', 'gazetteer:first+last:lower,whole-value']]);
    expect(valueOf('elof blomqvist', 'answer', 'field')).toEqual([['elof blomqvist', 'gazetteer:first+last:lower,whole-value']]);
    // A survey answer that is the writer's signature alone.
    expect(valueOf('/bengt hansson', 'kommentar', 'cell')).toEqual([['bengt hansson', 'gazetteer:first+last:lower,signoff']]);
    expect(valueOf('/mark berg', 'kommentar', 'cell')).toEqual([]);
    expect(valueOf('/usr/bin', 'kommentar', 'cell')).toEqual([]);
    // A chat export's `from` is a sender's column: read as a name column, not by the whole-value rule.
    expect(valueOf('elof blomqvist', 'from', 'field')).toEqual([['elof blomqvist', 'gazetteer:first+last:lower,column:from']]);
  });

  it.each([
    ['mark berg', 'two everyday words'],
    ['anna ringde', 'a given name and a verb'],
    ['per holm', 'an everyday given name and an everyday surname'],
    ['stopp tack', 'an SMS reply that names no one'],
    ['dagny rosén ringde igår om sin faktura', 'a name in a sentence (read by other rules, not as a whole value)'],
  ])('leaves %j as a whole value alone (%s)', (text) => {
    expect(valueOf(text, 'reply', 'cell').filter(([, reasons]) => reasons!.includes('whole-value'))).toEqual([]);
  });

  it('reads no whole value in running text (no cell or field)', () => {
    expect(valueOf('dagny rosén', 'reply', undefined)).toEqual([]);
  });
});

// A note written in lower case names the caller and writes their number right after the name; a courier's note who
// signed for a parcel. All names and numbers are invented.
describe('lower-case names before their number, after `kvitterat av`, a relative or a party', () => {
  runDetectorCases(nameDetector, {
    valid: [
      'x\n15/2 18:45 ring tillbaka 0728060299 imorgon',
      'x\n15/2 18:45 ny kund 0728060299 strömlöst',
      'x\n15/2 18:45 lån nummer 12345678 klart',
      'x\n15/2 18:45 mahsa shirazi 0728 strömlöst',
      'x\n15/2 18:45 mahsa shirazi 07280602991234 strömlöst',
      'kvitterat av bud, paketet lämnat',
      'x\nkund anna tel. ingen',
      'x\ndet är bra ändå, tack',
      'x\nmamma ringer sen igen',
      // Two words that make no name before a past tense; a name before a word ending in `-de`/`-te` after a vowel.
      'x\nny kund vägrade betala',
      'x\nkunden själv köpte två',
      'x\nny kund i blå grupp',
      'x\nringt upp kunden ang batterier',
      'x\nanna och kalle bråkade igen',
      'x\n16/10 15:07 BN in – ny kund frågar om status',
      'x\nbra jobbat på passet idag',
      'x\nny kund idag, inget mer',
      'x\npratat m kunden om saken',
      'x\nsamtal m kund om saken, ring tillbaka',
      'x\nringde på 072-343 15 08 ingen svarade',
      'x\nringde ingen tillbaka idag',
      'Antagning\n- obs: ring tillbaka\n- ny kund: se ovan',
      // A bracket that opens with no date, one that closes on another line.
      'Anteckningar\n[obs] S46490108 pratat m alice sundqvist, 0701234567',
      'Anteckningar\n[2026-10-24 08:35 ali\n] S46490108 pratat m alice sundqvist, 0701234567',
    ],
    invalid: [
      { text: 'x\n15/2 18:45 mahsa shirazi 0728060299 strömlöst sen 23h', matches: [{ value: 'mahsa shirazi', normalized: 'Mahsa Shirazi', confidence: 'medium', reasons: ['number-after'] }] },
      { text: 'pt abdiwali ismail pnr 070130-2010 undrar om alvedon', matches: [{ value: 'abdiwali ismail', reasons: ['number-after'] }] },
      { text: 'x\n2026-02-16 ring omid rezaei, 070-449 52 34 ej svar', matches: [{ value: 'omid rezaei', reasons: ['number-after'] }] },
      { text: 'kvitterat av mahsa abbasi', matches: [{ value: 'mahsa abbasi', reasons: ['call'] }] },
      { text: 'x\nringde yngve ullberg på 072-343 15 08 ingen svarade', matches: [{ value: 'yngve ullberg', reasons: ['call'] }] },
      { text: 'x\nsms yngve ullberg på 072-343 15 08 om tiden', matches: [{ value: 'yngve ullberg', reasons: ['number-after'] }] },
      { text: 'x\n2026-04-21 19:35 A. Sjögren: jiyan kaki (540111-7949) vill överta gravrätten', matches: [{ value: 'A. Sjögren' }, { value: 'jiyan kaki', reasons: ['number-after'] }] },
      { text: 'x\npratade sen med maken folke holm som sa att moa är sjukskriven', matches: [{ value: 'folke holm', reasons: ['call'] }] },
      { text: 'x\n- oksana tkachenko reserv 8. mamma olena tkachenko ringt 2 ggr', matches: [{ value: 'olena tkachenko', reasons: ['call'] }] },
      { text: 'x\nmotparten hamdi ismail nekar ansvar', matches: [{ value: 'hamdi ismail', reasons: ['call'] }] },
      // A case system's note after its bracketed stamp, writer and case code.
      { text: 'Anteckningar\n[2026-10-24 08:35 ali.suleiman] S46490108 pratat m alice sundqvist, +46 (0)76 653 90 79. bilen står hos verkstaden', matches: [{ value: 'alice sundqvist', reasons: ['call'] }] },
      { text: 'x\n2026-01-18 pt esra tekin (4510215272) – tryck 19/17 mmHg', matches: [{ value: 'esra tekin', reasons: ['number-after'] }] },
      { text: 'Anteckningar\n15/2 07:20 ringde hjalmar modig, anl 735999093513596330 - ingen ström', matches: [{ value: 'hjalmar modig', reasons: ['call'] }] },
      { text: 'Antagning\n- ingegerd ekholm: antas. sång+piano.', matches: [{ value: 'ingegerd ekholm', reasons: ['chat-speaker'] }] },
      { text: 'x\neero laaksonen klagade på färgen', matches: [{ value: 'eero laaksonen', reasons: ['lower-case-text'] }] },
      // A parking company's call log (the seventeenth blind set's): `samtal m` as `pratat m`.
      { text: 'x\n2026-10-30 11:42 M.J: samtal m leila barakat — ville prata med chef. återkommer.', matches: [{ value: 'leila barakat', reasons: ['call'] }] },
    ],
  });
});
