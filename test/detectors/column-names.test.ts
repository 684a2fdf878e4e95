import { describe, expect, it } from 'vitest';
import { fieldKind } from '../../src/detect/context.js';
import { rules } from '../helpers/detector-cases.js';

// Headers as CRM and helpdesk exports write them: numbered repeats, notes in parentheses, two names joined by `/`.
describe('what a column or field name says its values are', () => {
  it.each([
    ['Telefon', 'phone'],
    ['Telefon 2', 'phone'],
    ['tel_nr', 'phone'],
    ['Växel', 'phone'],
    ['Telefon (arbete)', 'phone'],
    ['Telefon/Mobil', 'phone'],
    ['Personnummer (ÅÅMMDD-XXXX)', 'personnummer'],
    ['Personnummer/Samordningsnummer', 'personnummer'],
    ['E-post (privat)', 'email'],
    ['Email2', 'email'],
    ['Ärendeägare', 'name'],
    ['Kundnr', 'notPersonal'],
    ['IPv4', 'ip'],
    ['Förnamn', 'nameFirst'],
    // A word that says whose or which one before or after a known name.
    ['Tel arbete', 'phone'],
    ['Tel. hem', 'phone'],
    ['Privat mobil', 'phone'],
    ['Mobil privat', 'phone'],
    ['Alt. telefon', 'phone'],
    ['Work phone', 'phone'],
    ['E-post arbete', 'email'],
    ['Kundens e-post', 'email'],
    ['Kund e-post', 'email'],
    ['Kontakt namn', 'name'],
    ['Customer email', 'email'],
    ['customer_id', 'notPersonal'],
    ['Kund ordernr', 'notPersonal'],
    ['dnis', 'phone'],
    ['Contact: Phone', 'phone'],
    ['Contact: Email', 'email'],
    ['Gäldenär', 'name'],
    // A register's display name beside its first and last name (`visningsnamn: Zhang Hao`).
    ['visningsnamn', 'name'],
    ['Fullt namn', 'name'],
    // A ticket's or a card's holder (`holder="CHARLOTTE BENNETT"` in a gate scanner's log).
    ['holder', 'name'],
    ['Kortinnehavare', 'name'],
    // People by their role in reviews, claims, schools, care and property exports.
    ['Consumer Name', 'name'],
    ['Försäkringstagare', 'name'],
    ['Vittne', 'name'],
    ['Client name', 'name'],
    ['God man', 'name'],
    ['Medhyresgäst', 'name'],
    ['Behandlare', 'name'],
    ['Givare', 'name'],
    ['payerName', 'name'],
    // A sick-leave call's number, a Swish payer's alias (their mobile number).
    ['callerNumber', 'phone'],
    ['payerAlias', 'phone'],
    ['Tandläkare', 'name'],
    ['CounterpartyName', 'name'],
    // A nested record's column named by its path: the last part says what the value is.
    ['applicant.name', 'name'],
    ['applicant.ssn', 'personnummer'],
    ['contact.phone', 'phone'],
    ['party2.email', 'email'],
    // A column named by whose value it is, then what it is (a school's pupils and guardians).
    ['elev_fornamn', 'nameFirst'],
    ['elev_efternamn', 'nameLast'],
    ['Elev efternamn', 'nameLast'],
    ['vh_telefon', 'phone'],
    ['vh2_epost', 'email'],
    // What staff typed to look a customer up, in a ticket system's audit log.
    ['query', 'name'],
    ['Case Owner', 'name'],
    // Holders of an account, a grave right, a right of use: Swedish compounds in `-havare`, listed or not.
    ['Kontohavare', 'name'],
    ['Medkontohavare', 'name'],
    ['Gravrättsinnehavare', 'name'],
    ['Nyttjanderättshavare', 'name'],
    ['Mottaget av', 'name'],
    // A phone list's home number beside `Mobil` (an alarm centre's key holders).
    ['Hem', 'phone'],
    // Headers that lost their å, ä and ö.
    ['AGARE', 'name'],
    ['VAXEL', 'phone'],
    ['Forsakringstagare', 'name'],
    // camelCase keys of API exports, read by their last word.
    ['contactPhone', 'phone'],
    ['elevFornamn', 'nameFirst'],
    ['subscriptionId', 'notPersonal'],
    // An id of the person is their personnummer, whatever its last word says (`Id` alone is a record's number).
    ['personId', 'personnummer'],
    ['personalId', 'personnummer'],
    ['citizen_id', 'personnummer'],
    // Card and subscription numbers.
    ['Reskort', 'notPersonal'],
    ['Abonnemangsnr', 'notPersonal'],
    // Owners and holders: of a property, a permit, a library card.
    ['Fastighetsägare', 'name'],
    ['Tillståndshavare', 'name'],
    ['Låntagare', 'name'],
    ['search_term', 'name'],
    // A bare `name` after a word for a person is that person's (the seventh blind set's hotel and booking exports).
    ['guest_name', 'name'],
    ['patientName', 'name'],
    ['passenger_name', 'name'],
    ['Owner Name', 'name'],
    ['Patientens namn', 'name'],
    ['Förarens namn', 'name'],
    ['Vårdnadshavares namn', 'name'],
    ['guest_first_name', 'nameFirst'],
    ['patient_last_name', 'nameLast'],
    ['Medresenär', 'name'],
    ['Den avlidne', 'name'],
    // Form tools (Typeform, Google Forms) head each column with the question; a star marks a required field.
    ['Vad heter du?', 'name'],
    ['Namn *', 'name'],
    ['Ditt namn', 'name'],
    ['För- och efternamn', 'name'],
    ['Din e-postadress', 'email'],
    ['Ditt telefonnummer', 'phone'],
    ['What is your name?', 'name'],
    // A staffing agency's timesheet: the consultant and who approved the hours.
    ['Konsult', 'name'],
    ['Attesterad av', 'name'],
    // Slack's users and messages: the person's name, and the same folded to ASCII.
    ['real_name', 'name'],
    ['user_profile.real_name', 'name'],
    ['real_name_normalized', 'name'],
    // A sports club's register: the guardian (målsman, its å folded away).
    ['malsman', 'name'],
    // An ISP's lease log: the subscriber's given and family name with `name` left out.
    ['subscriber_first', 'nameFirst'],
    ['subscriber_last', 'nameLast'],
    ['guest_first', 'nameFirst'],
    ['Förälder', 'name'],
    // A secure-message or mail log's sender and recipient (a bank's HTML export); their numbers have own names.
    ['Från', 'name'],
    ['Till', 'name'],
    ['From', 'name'],
    ['from_number', 'phone'],
    ['a_number', 'phone'],
    // A Nordic service desk's Norwegian, Danish and Finnish exports.
    ['Mottaker', 'name'],
    ['Modtager', 'name'],
    ['Navn', 'name'],
    ['Nimi', 'name'],
    ['Fornavn', 'nameFirst'],
    ['Etternavn', 'nameLast'],
    ['Efternavn', 'nameLast'],
    ['Etunimi', 'nameFirst'],
    ['Sukunimi', 'nameLast'],
    ['Puhelin', 'phone'],
    ['Tlf', 'phone'],
    ['Sähköposti', 'email'],
    ['b_number', 'phone'],
    // Who did something: a past participle and `av` / `by`, of any verb (a meter-reading export's `Inrapporterad av`).
    ['Inrapporterad av', 'name'],
    ['Avläst av', 'name'],
    ['Bokat av', 'name'],
    ['Utfärdad av', 'name'],
    ['Reported by', 'name'],
    ['checked_by', 'name'],
    ['Written by', 'name'],
    ['Sent by', 'name'],
    // A companion's card, a guard's incident log, a kennel's pick-up list, a rooming list, a reception's host.
    ['Ledsagare', 'name'],
    ['Väktare', 'name'],
    ['Hämtbehörig 1', 'name'],
    ['Sharing with', 'name'],
    ['Värd', 'name'],
    // A tax bureau's client register: the client's spouse; a lift-pass sale's name printed on the card.
    ['Make/maka/sambo', 'name'],
    ['Sambo', 'name'],
    ['Namn på kort', 'name'],
    // A music school's sign-up form: the child's name.
    ['barnets_namn', 'name'],
    ['Barn', 'name'],
    // A flight school's logbook: the pilot in command and the student or passenger.
    ['PIC', 'name'],
    ['Elev/Pass', 'name'],
    // A weighing slip's supplier (a farmer), given and family name with `name` left out: any one word says whose.
    ['supplier_first', 'nameFirst'],
    ['supplier_last', 'nameLast'],
    ['Leverantör first', 'nameFirst'],
    // A hunting association's game-kill reports: the shooter and the hunt leader.
    ['Skytt', 'name'],
    ['Jaktledare', 'name'],
    // An emergency call centre's export: the operator who took the call (`Operatör` alone is a carrier as often).
    ['Larmoperatör', 'name'],
    // A riding school's and a kennel's columns of animals' names.
    ['Favorithäst', 'animal'],
    ['Hästens namn', 'animal'],
    ['dog_name', 'animal'],
  ])('%s → %s', (header, kind) => {
    expect(fieldKind(header, rules())).toBe(kind);
  });

  it.each([
    // Two names that disagree say nothing; nor does a name the rules do not know, numbered or not.
    ['Telefon/E-post'],
    ['Org.nr/Personnummer'],
    ['Anteckning 2'],
    ['(tom)'],
    ['2'],
    ['Value'],
    // A qualifier on its own says nothing; nor does a known word with something else than a qualifier.
    ['Privat'],
    ['Mobilmodell'],
    // `-havare` alone is no compound of a holder.
    ['havare'],
    ['Uppdragsgivare'],
    // A bare `name` after other words names a thing as often as a person: left to the values.
    ['file_name'],
    ['Produkt namn'],
    ['status_kod'],
    ['userName'],
    ['fileName'],
    // …and after a word for a thing or a place.
    ['hotel_name'],
    ['Account Name'],
    ['product_name'],
    ['street_name'],
    ['users_name'],
    ['Din adress'],
    ['Dina synpunkter'],
    // An employer is an organisation, though `givare` alone is a donor.
    ['Arbetsgivare'],
    // `first` and `last` after a word for no person (a log's `order_first`, a page's `page_last`).
    ['order_first'],
    ['page_last'],
    // A number porting list's carrier the number moves from.
    ['Från operatör'],
    ['login_last'],
    ['payment_first'],
    ['x_first'],
    ['seen2_last'],
    ['Uppdragsgivare'],
    // `av`/`by` after no past participle, or inside a longer header, says no one did anything.
    ['Andel av'],
    ['Sort by'],
    ['Antal av totalen'],
    ['Group by'],
    // `av`/`by` that says of what, or by which thing (the fourth blind set's car dealer: `Intresserad av` a model).
    ['Intresserad av'],
    ['Orsakad av'],
    ['Caused by'],
    // A car's make is no spouse.
    ['Make'],
  ])('%s → nothing', (header) => {
    expect(fieldKind(header, rules())).toBeUndefined();
  });
});
