#!/usr/bin/env node
// Twenty-fifth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors,
// rules, tests, fixtures, docs, gazetteers, the repository README or the other blind sets' organisation files or name
// lists; never ran gdpr-scan, npm or git. Name pools are its own (twentyfifth/names.mjs: Swedish majority with
// gender-matched middle names, hyphens and particles `af`/`von`/`de`; Finnish, Sami, Arabic, Somali, Persian, Kurdish,
// Bosnian, Polish, Tigrinya/Eritrean, Turkish, Vietnamese, Chinese, Ukrainian, Spanish/Latin American, Thai, Hungarian,
// Greek, Estonian, English).
//
// Theme: six invented Swedish organisations — a golf club (golf/: cp1252 member register with a title line and
// guardians of juniors, tee-time bookings as NDJSON with arrays of players and guests, a competition results list as
// PDF (some classes surname-first without comma), green-fee workbook with several sheets, the office's mbox with
// replies and a forward, the booking site's access log, office notes, board minutes .docx, a member-system API dump,
// SMS gateway log, the pro's lesson .ics, the junior camp's HTML sign-up list, greenkeepers' incident Markdown), a
// regional assistive-devices centre (hjalpmedel/: work orders with multi-line cells, prescriptions XML with HSA-ids and
// ISO 9999 codes, drivers' delivery TSV, technicians' notes, customer-service mbox from relatives and prescribers,
// HTML-only delivery notices, a loan agreement .docx, a service report PDF, ServiceNow-shaped incidents, a cp1252 call
// log, a home-stock workbook, the prescriber portal's log), a bicycle repair and rental shop (cykel/: cp1252 repair
// tickets, rental contracts with ID checks, SMS gateway log, a till export with Swish payers, customer mbox, a stolen-
// bike workbook, rental receipts PDF, workshop notes, a booking .ics, the staff's WhatsApp export, a review page, a 2025
// archive .zip with a zip inside), a breed club's registry (kennel/: breeders (UTF-8 BOM `;`), litters and puppy
// buyers JSON, ownership transfers XML, show results PDF, show entries workbook, member-service mbox, breeding
// council minutes .docx, puppy buyers' .vcf, a forum NDJSON, phone notes, health results TSV, an HTML-only
// newsletter), a car-sharing app's support desk (bilpool/: member export with English headers, licence checks NDJSON,
// damage reports JSON, an app event log with GPS positions, Zendesk-shaped CSV (quote-all, multi-line), support mbox
// with a CSV attachment and a forwarded parking fine, Intercom conversations, unpaid invoices workbook, damage-report
// PDFs, parking fines TSV, the team's Slack export, speech-to-text call transcripts), and a municipality's summer-job
// programme for youths (feriejobb/: cp1252 applications with two guardians, a placements workbook with supervisors,
// time reports TSV, the coordinators' mbox, guardians' consent .docx, a fixed-width payroll file, an employment
// certificate PDF, the e-service's XML and access log, intro-meeting .ics (Outlook), caseworker notes as a Markdown
// table, SMS reminders, a 2025 archive .zip).
// All data is fabricated; the seed string is fixed (twentyfifth/core.mjs). 78 files, about 1.5 MB.
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — members, guests, juniors and their guardians, patients, relatives, god man,
//   prescribers (another organisation's staff), customers, renters and co-renters, Swish payers, reviewers who give a
//   full name, breeders, co-breeders, dog owners, puppy buyers, show judges and referees, forum users' display names,
//   car-sharing members, the other party and witnesses of a collision, youths, supervisors, and the organisations' own
//   staff (subtype 'staff', also in signatures, logs, chat speakers, file creators). Personal e-mail addresses and
//   staff's and supervisors' named work addresses ('staff-work'); personal phones in every style, staff's direct lines
//   ('staff-direct'), staff and supervisors' mobiles, foreign numbers ('foreign') and SMS-gateway / Swish numbers
//   written `467…` ('mobile-e164-no-plus'); personnummer and samordningsnummer in every style (valid Luhn, invented
//   dates, no serial 000 is drawn; born before 1926 written with `+` or the century); client IP addresses of customers,
//   members, applicants and prescribers, IPv4 and IPv6 (CGNAT and RFC 1918 client addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record (CSV columns, XML elements, JSON firstName/lastName) → ONE
//   name "Given Family" (subtype 'split-joined'; a vCard's N field is not labelled separately, its FN is).
//   Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, .docx /
//   .xlsx / .pdf as extracted text, .ics / .vcf unfolded, zip members read inside the zip). Name subtypes say the
//   style or role: 'full', 'middle-name', 'caps', 'lower', 'surname-first', 'surname-first-caps',
//   'surname-first-nocomma' (result lists, time reports), 'surname-first-nocomma-caps' (payroll file), 'header-display',
//   'signature', 'self-intro-lower' (`det är anna ek här`), 'chat-speaker', 'log-user', 'ics-cn', 'vcard-fn',
//   'docx-creator', 'xlsx-creator', 'staff', 'guardian', 'relative', 'prescriber', 'supervisor', 'judge', 'referee',
//   'guest', 'reviewer', 'display-name', and combinations (`guardian-lower`).
// - nearMiss: bad-Luhn and impossible-date personnummer (mistyped in forms, notes and licence checks), masked
//   personnummer (`19800101-XXXX`), organisationsnummer (suppliers, a parking company; the municipality's also without
//   its dash in the payroll file's header), golf-ids (`YYMMDD-NNN`, the birth date plus three digits),
//   member / booking / receipt / guest-card / key-card / repair-ticket / work-order / prescription / individ /
//   incident / contract / fleet / frame / passport / ID-document / claim / police-report / fine / invoice / application
//   / transfer / litter / damage-report / call ids, OCR numbers, Swish references, bank accounts, bankgiro, plusgiro,
//   IBAN, HSA-ids, ISO 9999 codes (`12 22 03`), article numbers, door and pick-up codes, dogs' registration numbers
//   (`SE12345/2024`), chip numbers (752098…), tattoos, IMEIs of telematics boxes, vehicle registrations, GPS positions,
//   handles, dates, amounts, postcodes; role mailboxes (kansli@, info@, support@, noreply@ …); the organisations'
//   switchboards, 020/0771 service lines and Swish merchant numbers (123 …); the organisations' own servers
//   ('server-ip'); dogs' registered names and call names (`Fjällvindens Ronja`, `Bamse`), including dogs named after
//   famous Swedes (`Tallmons Greta Garbo`, kind 'dog-name-person'); kennel and club names; streets, places, schools and
//   workplaces named like people (`Anna Lindhs plats`, `Ebba Brahe-skolan`, `Kristina Nilsson-salen`); lone first names
//   (greetings, staff signing with a first name, SMS `Hej Tyra!`), surnames alone, a first name with a surname initial
//   (`Anna S.` on the review page, `Hao W.:` in the golf office's notes).
//
//   node scripts/eval/blind/twentyfifth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentyfifth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import golf from './twentyfifth/golf.mjs';
import hjalpmedel from './twentyfifth/hjalpmedel.mjs';
import cykel from './twentyfifth/cykel.mjs';
import kennel from './twentyfifth/kennel.mjs';
import bilpool from './twentyfifth/bilpool.mjs';
import feriejobb from './twentyfifth/feriejobb.mjs';

await runBlindSet({
  name: 'twentyfifth',
  header: { seed: SEED, today: TODAY, set: 'twentyfifth' },
  shown: 60,
  build: (C) => {
    for (const build of [golf, hjalpmedel, cykel, kennel, bilpool, feriejobb]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
