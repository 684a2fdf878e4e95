#!/usr/bin/env node
// Nineteenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model of structure and labelling), and imports the seventh set's plumbing
// (blind/seventh/lib.mjs: Rng, recorder, makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs:
// the command line). Never the detectors, rules, tests, fixtures, gazetteers, the repository README, docs or the other
// blind sets' organisation files or name lists; never ran gdpr-scan, git or npm. Name pools are its own
// (nineteenth/names.mjs: Swedish majority with middle names, hyphenated given and family names and particles af / von /
// de; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian, Polish, Tigrinya, Turkish, Vietnamese, Chinese,
// Ukrainian, Spanish, Thai, Hungarian, German, Greek, Lithuanian, English; the ferry passengers weighted towards
// Finnish, German, English, Polish and Lithuanian).
//
// Theme: six invented Swedish organisations —
// - vagvakt/: a vehicle inspection and tyre-hotel chain (bookings by registration number as cp1252 CSV, an SMS
//   reminder gateway log, a tyre-hotel workbook, inspection protocols as PDF, customer-service mbox, a Freshdesk-shaped
//   JSON export, station notes, a web-booking access log, a vehicle-register XML extract, chat-widget NDJSON, the
//   staff schedule as TSV, an HTML-only complaint);
// - hemstad/: a home-cleaning company with RUT deductions (the RUT claim XML to Skatteverket with buyers'
//   personnummer, a UTF-8 BOM customer register with multi-line notes, cleaners' schedules as .xlsx, key handover
//   receipts as PDF, complaints mbox, the cleaners' WhatsApp group export, a HubSpot contact export, invoice basis TSV,
//   Intercom conversations, employment contracts .docx, Markdown call notes, Skatteverket's decision mail with CSV);
// - sotning/: a municipal chimney-sweep contractor (property register with title lines, owners surname first in
//   capitals, a print file of visit notices, fire-safety protocols PDF, SMS send list, owners' mail, web rebooking
//   NDJSON, sweepers' diaries, a report to the fire service .xlsx, decisions on self-sweeping .docx, a Jira Service
//   Management CSV, key holders' vCards, a route plan JSON);
// - farja/: a ferry line's booking centre (passenger manifests with birth dates and nationalities, a nested booking
//   export, a sports club's group booking .xlsx, Swedish and English mail, Salesforce cases, saved HTML chat
//   transcripts, the check-in gate log with `SURNAME/GIVEN` names, boarding cards PDF, cancellations TSV, a booking
//   confirmation with an HTML alternative, lost-and-found notes, the on-board Wi-Fi portal log);
// - kulturskola/: a municipal music school (pupil register, waiting lists .xlsx, instrument loans TSV, concert
//   programme PDF, guardians' mail, a teacher's lesson calendar .ics, a SchoolSoft-like JSON, teachers' vCards, term
//   fees cp1252 CSV, staff-meeting minutes .docx, a Teams channel export, the registration web form NDJSON);
// - hamn/: a marina / harbour association (berth queue, member register .xlsx with boats and berths, electricity meter
//   readings, board minutes .docx, members' mail, night-watch roster, launch schedule .ics, a forum page, the harbour
//   office log, a Bankgirot BgMax file of fees, an archive .zip with a zip inside, guest-harbour app bookings).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word headers
// Q and B, HTML alternatives, HTML-only, `> ` quoted replies, forwards, signatures, a CSV attachment), .docx, .pdf,
// .xlsx with several sheets, .ics and .vcf (folded, vCard 3.0 and 4.0), access / SMS-gateway / gate / captive-portal
// logs, a WhatsApp export, a fixed-width bank file, sloppy notes, a nested .zip. All data is fabricated; the seed string
// is fixed (nineteenth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — customers, vehicle owners and users (brukare), RUT buyers and co-buyers,
//   property owners and co-owners, passengers and their companions, pupils (children), guardians, members, berth-queue
//   applicants, guest skippers, relatives, neighbours, witnesses, the deceased, and STAFF (inspectors, cleaners,
//   sweepers, agents, teachers, board members: subtypes 'staff…' / 'board…'); personal e-mail addresses and staff's
//   named work addresses ('staff-work'); personal phones, staff's direct lines ('staff-direct') and mobiles, foreign
//   numbers ('foreign'); personnummer and samordningsnummer in every style (valid Luhn, invented dates; people born
//   1925 or earlier written with `+` or with the century); customers' IP addresses, IPv4 and IPv6 — private / CGNAT
//   addresses of customers and of passengers' devices on the ship's Wi-Fi are truth (subtype 'private-ip').
//   Given and family name in separate fields of one record (CSV columns, XML elements, JSON fields, .xlsx cells) →
//   ONE name "Given Family" (subtype 'split-joined'; 'split-joined-caps' on the manifests, whose columns are in
//   capitals). Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding,
//   .docx / .xlsx / .pdf as extracted text, .ics / .vcf unfolded, the BgMax file's 26-records as written). Subtypes say
//   where or how: 'caps', 'lower', 'surname-first', 'surname-first-caps', 'surname-first-nocomma',
//   'surname-first-nocomma-caps', 'surname-slash-caps' (`LINDQVIST/KARIN` in the gate log, recorded in that form),
//   'middle-name', 'initial' (`K. Ek` for staff), 'running-text', 'signature', 'self-intro', 'header-display',
//   'chat-speaker', 'json-field', 'ics-cn', 'vcard-fn', 'docx-creator', 'xlsx-creator', 'guardian', 'child',
//   'relative', 'deceased', 'neighbour', 'co-owner', 'co-applicant', 'group-leader'; phone styles ('mobile-grouped',
//   'mobile-e164-no-plus' for gateway `46…` numbers, 'mobile-slash', 'mobile-dots', 'landline-…'); 'pnr-*',
//   'samordningsnummer', 'centenarian-plus'. A value written several times in one file is recorded once.
//   A personnummer inside BgMax record 29 (`29` + 12 digits) is truth, as written.
// - nearMiss: bad-Luhn and impossible-date personnummer, masked ones, organisationsnummer (also the RUT claim's
//   performer id), the organisations' own switchboards ('switchboard') and 0771/020 service lines ('service-line'),
//   role mailboxes (kundservice@, noreply@, styrelsen@ …, and noreply@skatteverket.se), the organisations' own servers
//   ('server-ip') and documentation-range addresses ('doc-range-ip'); registration numbers, VINs, odometer readings,
//   DOT codes, tyre-hotel shelves, booking / protocol / invoice / OCR / case / issue / customer / member / pupil /
//   record ids, property designations (fastighetsbeteckning) and object ids, door codes and key numbers, bank
//   accounts, IBAN, bankgiro, passport numbers, cabin numbers, barcodes, MAC addresses, MMSI, hull ids, berths,
//   electricity meter ids, insurance policy numbers, instrument serials and inventory numbers, police report numbers,
//   birth dates on manifests ('birth-date') and birth years, dates, amounts; SMS short-code ids `46…` without a phone
//   context ('id_46'); ships named after people (`M/S Ebba Brahe`, 'ship-name'), boats ('boat-name') and boat models
//   (`Albin Vega`, 'boat-model'), composers and work titles in the concert programme ('composer', 'work-title'), car
//   and tyre products, companies, streets / churches / schools named like people (`Gustav Vasa-kyrkan`,
//   `Evert Taubeskolan`), surnames alone (`familjen Kazemi`, a Wi-Fi `lastname=`), lone first names (`Hej Anna!`,
//   `/Jonas`), lower-case words after a name label ('lower-words').
//
//   node scripts/eval/blind/nineteenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './nineteenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import vagvakt from './nineteenth/vagvakt.mjs';
import hemstad from './nineteenth/hemstad.mjs';
import sotning from './nineteenth/sotning.mjs';
import farja from './nineteenth/farja.mjs';
import kulturskola from './nineteenth/kulturskola.mjs';
import hamn from './nineteenth/hamn.mjs';

await runBlindSet({
  name: 'nineteenth',
  header: { seed: SEED, today: TODAY, set: 'nineteenth' },
  shown: 60,
  build: (C) => {
    for (const build of [vagvakt, hemstad, sotning, farja, kulturskola, hamn]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
  summary: (C, fileList, truth, nearMiss) => {
    const by = {};
    for (const t of truth) by[t.category] = (by[t.category] ?? 0) + 1;
    const bytes = fileList.reduce((n, f) => n + C.files.get(f).bytes.length, 0);
    return `${fileList.length} files, ${(bytes / 1048576).toFixed(2)} MiB, ${truth.length} truth (${Object.entries(by).map(([k, v]) => `${k} ${v}`).join(', ')}), ${nearMiss.length} near-miss`;
  },
});
