#!/usr/bin/env node
// Twentyfirst blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs, and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder, makers;
// blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors (src/),
// rules, tests, fixtures, gazetteers, docs, the repository README or the other blind sets' organisation files and name
// lists; never ran gdpr-scan, npm or blind.mjs. Name pools are its own (twentyfirst/names.mjs: Swedish majority with
// middle names, hyphens and particles af / von / de; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Tigrinya,
// Polish, Bosnian, Turkish, Chinese, Vietnamese, Ukrainian, Spanish, Thai, Hungarian, English, Greek).
//
// Theme: six invented Swedish organisations —
// - kontaktcenter/: Norrviks kommun's contact centre (case export with citizens routed to departments, callback list,
//   school-choice e-service export with guardians and children, snow-clearing complaints mbox with replies, ACD call
//   log, Teams channel export, e-service access log with BankID log-ins, weekly report workbook, decision letters,
//   staff's Markdown notes, an HTML-only placement reply, department vCards, SMS gateway log);
// - horselkliniken/: Hörselhuset Norr, a hearing-aid and audiology clinic (patient register, audiogram XML with dB
//   thresholds, device-loan workbook with serials, SMS reminders, audiologists' .ics, referrals PDF, journal notes,
//   booking events NDJSON, patient mbox with a battery-order CSV attached, mail-merge call-in letters, an English
//   warranty mail to the manufacturer, an archive zip with a zip inside, web chat);
// - bilhandel/: Bilcentrum Björkfors, a used-car dealer with a workshop (trade-ins, financing applications with
//   employers and co-applicants, work orders, purchase contracts, workshop invoices PDF, CRM deals, marketplace leads
//   mbox, workshop SMS log, stock workbook with previous owners and test drivers, chat transcripts, test-drive .ics,
//   salespeople's vCards, credit-check XML);
// - djurforsakring/: Nordtass, a pet insurer (policies with pets and chip numbers, claim events NDJSON, vets'
//   invoices PDF, claims mbox with receipts and journal extracts attached, Zendesk-shaped tickets, call notes,
//   statistics workbook, decision letter, Mina sidor log, a saved receipt page, HTML-only payout mail, clinics'
//   uploads zip, a fixed-width payout file);
// - scouterna/: Norrvikens scoutdistrikt (Scoutnet-like member register with children and guardians, camp workbook
//   with a sheet per section, medical notes, leaders' vCard 2.1, term calendar, hike registrations JSON, parents'
//   mbox, Slack export, participant list PDF, camp letter, attendance notes, archive zip in zip, Swish report);
// - vinstlotten/: Vinstlotten, a lottery and association-fundraising platform (ticket buyers, draws and winners
//   workbook, a fixed-width payout bank file, Swish transactions, KYC mbox, support chat NDJSON, associations and
//   their officers JSON, a public winners page, app key=value log, licence report, winner letters PDF, SMS log, a
//   treasurer's mail with the child sellers' list attached).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` / `;` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, TSV with
// title lines, fixed-width bank files (cp1252), JSON (nested, arrays of people), NDJSON, XML, HTML, Markdown, mbox and
// .eml (quoted-printable, base64, 8bit, encoded-word headers Q and B, HTML alternatives, HTML-only, `> ` quoted
// replies, signatures, CSV / text attachments), .docx (values split over runs), .pdf, .xlsx with several sheets, .ics
// and .vcf (folded; vCard 2.1/3.0/4.0), access / app / SMS-gateway logs, chat transcripts, sloppy notes, .zip (nested).
// All data is fabricated; the seed string is fixed (twentyfirst/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — citizens, patients, relatives, children and guardians, buyers, sellers,
//   applicants and co-applicants, policyholders, vets, referring doctors, leaders, winners, ticket buyers, payers,
//   association officers (chair, treasurer) and staff of the organisations (subtypes 'staff', 'signature',
//   'header-display', 'chat-speaker', 'vcard-fn', 'ics-cn', 'docx-creator', 'xlsx-creator', 'vet', 'referrer',
//   'guardian', 'child', 'leader', 'payer', 'officer', 'requester', 'consented-winner', 'controller');
//   personal e-mail addresses ('personal', 'upper'), staff's named work addresses ('staff-work') and a manufacturer's
//   contact's named address ('work'); personal phones in
//   every style (subtype '<mobile|landline>-<style>': grouped, compact, intl, e164, dash, spaced, 0046, intl0, slash,
//   slash-grouped, dots, and 'e164-no-plus' for gateway / Swish `46…` numbers), staff's direct lines
//   ('staff-direct') and mobiles ('staff-mobile', 'leader-mobile'), foreign numbers ('foreign'); personnummer and
//   samordningsnummer in every style ('pnr-short', 'pnr-long', 'pnr-long-dash', 'pnr-space', 'pnr-compact',
//   'samordningsnummer', 'centenarian-plus' for people born 1921–1925 written `YYMMDD+NNNN`; all with valid Luhn and
//   invented dates; people born 1926 are written with the century only);
//   customers' IP addresses, IPv4 and IPv6 (CGNAT and RFC 1918 customer addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined'), also
//   when the same record writes the full name elsewhere. A name in a .docx split over runs is recorded as it reads.
//   Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, .docx /
//   .xlsx / .pdf as extracted text, .ics / .vcf unfolded, attachments and zip members as part of their container);
//   a value written several times in one file is recorded once (first occurrence keeps its subtype).
//   Name styles: 'full', 'middle-name', 'caps', 'lower', 'surname-first' (`Ek, Malin`), 'surname-first-caps',
//   'surname-first-nocomma' (`Ek Malin`, in register-like columns only).
// - nearMiss: bad-Luhn and impossible-date personnummer, masked ones (`19800101-XXXX`), reservnummer (`19450101-R123`),
//   organisationsnummer (companies,
//   the municipality 212000-…, associations 802…), employers' org numbers, case / diarie / invoice / OCR / claim /
//   policy / application / work-order / trade-in / deal / ticket / draw / booking / session / patient / member /
//   referral / RMA / call / SMS / conversation ids, licence ids, UUIDs, chip numbers (15 digits), device serials, VINs,
//   registration numbers, mileage, dB and Hz values, diagnosis codes, medicines, property designations, clearing /
//   account / IBAN / bankgiro / Swish references, passport numbers, one-time codes and short codes, dates, times,
//   amounts, postcodes; role mailboxes (kind 'role-email'); the organisations' switchboards ('switchboard'), 0771 /
//   020 service lines ('service-line'), Swish numbers 123 … ('swish-number') and servers ('server-ip'); streets,
//   schools, places, churches, associations, scout groups, car brands (`Alfa Romeo`, `Aston Martin`,
//   `Mercedes-Benz`) and dog breeds (`Jack Russell terrier`, `Cavalier King Charles spaniel`) named like people;
//   pets' names, also with the owner's family name as vet systems write them (`Sixten Holm`,
//   'pet-with-owner-surname'); lone first names (`Hej Malin,`, `/Jonas`); abbreviated winner names (`Alva L.`);
//   staff initials and user names; lower-case words in a name column or after a label (`kund: ny kund`,
//   `okänd uppringare`, kind 'lower-words'); Message-IDs are not labelled (they are not in the decoded text the
//   recorder checks).
//
//   node scripts/eval/blind/twentyfirst.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentyfirst/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import kontaktcenter from './twentyfirst/kontaktcenter.mjs';
import horsel from './twentyfirst/horsel.mjs';
import bilhandel from './twentyfirst/bilhandel.mjs';
import djurforsakring from './twentyfirst/djurforsakring.mjs';
import scout from './twentyfirst/scout.mjs';
import lotteri from './twentyfirst/lotteri.mjs';

await runBlindSet({
  name: 'twentyfirst',
  header: { seed: SEED, today: TODAY, set: 'twentyfirst' },
  shown: 60,
  build: (C) => {
    for (const build of [kontaktcenter, horsel, bilhandel, djurforsakring, scout, lotteri]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
