#!/usr/bin/env node
// Eighteenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors,
// rules, tests, fixtures, gazetteers, the repository README, docs or the other blind sets' organisation files or name
// lists; never ran gdpr-scan. Name pools are its own (eighteenth/names.mjs: Swedish majority with middle names,
// hyphens and particles af/von/de; Finnish, Sami, Arabic with al-, Somali, Persian, Kurdish, Bosnian, Polish,
// Tigrinya/Eritrean, Turkish, Vietnamese, Chinese, Ukrainian, Spanish, Thai, Hungarian, Afghan, English, German, Greek).
//
// Theme: six invented Swedish organisations —
// - mat/: an online grocery delivery service (orders in cp1252 `;` with door codes, picking substitutions NDJSON,
//   the drivers' app log, Zendesk-shaped complaints JSON, the customer-service mbox, web chat transcripts, the
//   drivers' rota .xlsx with a contact sheet, SMS gateway log, the shop's access log, refunds CSV, team leaders'
//   sloppy notes, credit notes .pdf, a zip of delivery-deviation reports);
// - sfi/: a municipal adult-education language school (the student register as UTF-8 BOM `;` CSV with surname
//   first in split fields, attendance .xlsx with a sheet per class, a grade list .pdf, teachers' Markdown notes, a
//   Teams chat export with HTML bodies, the study counsellor's mbox with an Arbetsförmedlingen CSV attachment,
//   progress-talk .ics, study plans XML, e-service applications NDJSON, absence notices .zip with a zip inside,
//   certificates .docx, SMS reminders TSV);
// - bostad/: a student housing foundation (tenant register cp1252 `;` with one `Hyresgäst` column surname first,
//   queue with queue points TSV, the door/key system's log, laundry bookings with a title line, ServiceNow-shaped
//   fault reports JSON, the letting office's mbox, lease contracts .docx, notices to quit .pdf, caretakers' vCards,
//   board minutes .md, a saved "Mina sidor" log-in page .html, sublet applications .xlsx);
// - foto/: a photo studio and print shop (school photo lists .xlsx with children and guardians, guardians' web
//   orders quote-all CSV, an exiftool JSON dump with Artist/Copyright/Keywords, the print queue log with customers'
//   names in file names, Shopify-shaped orders NDJSON, the booking mbox with a CSV attachment, HTML-only proof
//   approvals .eml, the studio calendar .ics, invoices .pdf, publication consents .docx, an archive .zip with a
//   zip inside, business customers cp1252 `;`);
// - hund/: a dog daycare and kennel (owners and dogs cp1252 `;` with chip numbers, pick-up authorisations .xlsx,
//   the daycare diary .md, an owners' WhatsApp group export, vaccination records JSON, kennel stays .ics, SMS log
//   CSV, invoices .pdf, the mailbox mbox, owners' vCards, a bite-incident report .docx, the booking site's access log);
// - event/: an event and conference organiser (attendee registrations UTF-8 BOM CSV with quoted multi-line dietary
//   cells, badge print jobs XML with a vCard in the QR field, speakers JSON, hotel rooming lists .xlsx, a HubSpot
//   contact export, the check-in app log, a Slack channel export, invoice data .pdf, speaker mail mbox, the
//   programme .ics, speakers' vCards, the feedback survey CSV, gala-dinner seating .html).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word headers Q
// and B, HTML alternatives, HTML-only, `> ` quoted replies, forwards, signatures, CSV attachments), .docx, .pdf, .xlsx
// with several sheets, .ics and .vcf (folded), access/app/SMS-gateway/door-system/print logs, chat transcripts, a
// WhatsApp export, sloppy notes, .zip (nested). All data is fabricated; the seed string is fixed (eighteenth/core.mjs).
//
// Labelling conventions (truth.json), every value recorded as it appears in the decoded text of its file (mail after
// MIME decoding, .docx / .xlsx / .pdf as extracted text, .ics / .vcf unfolded with their `\n` / `\,` escapes left as
// written, JSON strings as they are, HTML with entities decoded); a value written several times in one file is recorded
// once (the first occurrence keeps its subtype):
// - truth, names: every private person written with given AND family name — customers, recipients, neighbours,
//   relatives, guarantors, students, applicants, guardians, CHILDREN (school photos, passport photos, consents), tenants,
//   subtenants, attendees, speakers, their assistants, dog owners, pick-up persons, persons barred from picking up,
//   vets, contractors, other organisations' contact persons and case officers, interpreters, and ALL STAFF of the six
//   organisations (drivers, pickers, teachers, caretakers, photographers, hosts; subtype 'staff' where the role shows).
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined'); surname
//   first in one cell with or without comma ('surname-first', 'surname-first-nocomma', '-caps'); ALL CAPS ('caps');
//   lower case ('lower'); names in file and folder names written with spaces (`Porträtt - Alva Berglund - 03.jpg`,
//   'file-name', 'folder-name'); EXIF Artist / Copyright / OwnerName / Keywords ('exif-*'); chat speakers, log users,
//   header display names, signatures, vCard FN ('vcard-fn'; the structured N field is not labelled separately), .ics
//   CN and SUMMARY, document creators. A name followed by a genitive `s` is labelled without it (subtype 'genitive').
// - truth, e-mail: personal addresses, staff's named work addresses ('staff-work'), named work addresses at other
//   organisations ('work'). Phones: personal and staff mobiles and direct lines in every style (grouped, compact,
//   dash, spaced, +46, 0046, +46 (0), slash, dots), SMS-gateway and driver-app `46…` numbers ('mobile-e164-no-plus'),
//   foreign numbers ('foreign'), WhatsApp speakers shown as numbers, private Swish numbers. Personnummer and
//   samordningsnummer in every style (valid Luhn, invented dates; born 1912–1924 written with `+` or the century;
//   no serial 000). IPs: customers', visitors', applicants' and drivers' addresses, IPv4 and IPv6; RFC 1918 / CGNAT
//   customer addresses are truth (subtype 'private-ip').
// - nearMiss: bad-Luhn and impossible-date personnummer, masked personnummer (`19840312-XXXX`), organisationsnummer,
//   LMA card numbers, student ids (`E2026-01234`), photo codes, registration / order / customer / case / incident /
//   refund / invoice / OCR / contract / object / queue / plan / record / job / session / booking / hotel-confirmation
//   numbers, queue points, room and apartment numbers, door codes and PINs, OTPs, passwords, card ids, chip numbers
//   (752098…), insurance, batch and claim numbers, EAN, SKU, IMEI, serial numbers, vehicle registrations, clearing /
//   account / IBAN / bankgiro, Swish merchant numbers (123…), the SMS short code, dates, times, amounts, postcodes;
//   role mailboxes (kundservice@, info@, noreply@…); the organisations' and customer companies' switchboards
//   (`0xx-xx xx 00`) and 0771/020 service lines; the organisations' own servers ('server-ip') and own devices on private
//   addresses — door controllers and check-in iPads ('device-ip'); dogs' names ('pet-name') and kennel names,
//   streets / places / companies / products named after people (`Anna Lindhs plats`, `Gustav Vasa-kyrkan`,
//   `Kalle Anka-tårta`), surnames alone ('surname-alone', `Familj Berglund`, `(Berglund)`), lone first names
//   (`Hej Alva!`, badge names, SMS greetings, `/Alva` sign-offs; lower case too).
//
//   node scripts/eval/blind/eighteenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './eighteenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import mat from './eighteenth/mat.mjs';
import sfi from './eighteenth/sfi.mjs';
import bostad from './eighteenth/bostad.mjs';
import foto from './eighteenth/foto.mjs';
import hund from './eighteenth/hund.mjs';
import event from './eighteenth/event.mjs';

await runBlindSet({
  name: 'eighteenth',
  header: { seed: SEED, today: TODAY, set: 'eighteenth' },
  shown: 60,
  build: (C) => {
    for (const build of [mat, sfi, bostad, foto, hund, event]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
