#!/usr/bin/env node
// Twenty-fourth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model of structure and labelling), and imports the seventh set's plumbing
// (blind/seventh/lib.mjs: Rng, recorder, makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs:
// the command line). Never the detectors, rules, tests, fixtures, docs, gazetteers, the repository README or the other
// blind sets' organisation modules and name lists; never ran gdpr-scan. Name pools are its own (twentyfourth/names.mjs:
// Swedish majority with middle names, hyphens and particles `af`/`von`/`de`; Finnish, Sami, Arabic (`al-`), Somali,
// Persian, Kurdish, Bosnian, Polish, Tigrinya/Eritrean, Turkish, Vietnamese, Chinese, Ukrainian, Spanish, Thai,
// Hungarian, English/Irish).
//
// Theme: six invented Swedish organisations — a pipe-renovation plumbing contractor (stambyte/: work orders in a
// cp1252 CSV with a title line, access lists per staircase in a workbook, tenant letters and rent-reduction decisions
// as .docx, tenants' replies in an mbox, the subcontractors' diary, the construction site's staff ledger
// (personalliggare) with personnummer and samordningsnummer, an SMS gateway log with `46…` numbers, moisture readings
// in JSON, an inspection protocol PDF, the tenant portal's access log, the site manager's Markdown notes, tenant
// meetings as .ics, ServiceNow-shaped fault reports in NDJSON), a psychology and therapy practice (terapi/: bookings
// in a UTF-8 BOM CSV with multi-line cells, referrals in XML, journal excerpts written fast, an invoice workbook,
// a secure-message JSON export, HTML-only booking confirmations, a forwarded referral with a CSV attachment, the
// reception's mbox, receipts PDF, a TSV waiting list, vCards, a video-session log, web intake NDJSON, consent forms
// with guardians), a cinema chain's customer service (bio/: member club cp1252 CSV, Zendesk-shaped refund JSON, lost
// property, incident reports, ticket-scan log, refund mail, chat transcripts, a HubSpot CSV export, app log-ins,
// staff schedule workbook, gift cards, a review page, an incident mail with an HTML alternative), a rescue service
// (raddning/: incident reports in XML and PDF, alarm log with radio lines, a large incident's radio log, fire-safety
// inspections, SOS call export, witness statements, registry mailbox, an accident investigation in Markdown,
// automatic fire alarm NDJSON with key holders, on-call roster, property owners' vCards, an archive .zip with a zip
// inside), an agricultural purchasing cooperative (lantbruk/: member register, harvest deliveries TSV, grain
// contracts, SMS order log, fields and farmers JSON, settlement notes PDF, member mail, weighing slips with split name
// columns, field-walk .ics, board minutes, customer ledger workbook, web-shop orders, advisors' notes), and an
// electronics web shop's warranty and repair desk (reparation/: Jira Service Management CSV with multi-line cells,
// courier events NDJSON, Intercom JSON, warranty mbox with Outlook-style quoted originals, workshop reports PDF,
// ServiceNow XML, HTML-only return labels, ARN complaint decisions, Freshdesk cp1252 CSV, order-status access log,
// spare parts workbook, a Teams channel HTML export, a zip of notes with a zip inside).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word
// headers Q and B, HTML alternatives, HTML-only, `> ` quoted replies, Outlook "Ursprungligt meddelande" quotes,
// forwards, signatures, a CSV attachment), .docx (tables, values split over runs), .pdf, .xlsx with several sheets,
// .ics and .vcf (folded), access/app/SMS-gateway/radio logs, chat transcripts, sloppy notes, .zip (nested).
// All data is fabricated; the seed string is fixed (twentyfourth/core.mjs).
//
// Labelling conventions (truth.json) — the fourteenth set's, with these policy choices:
// - truth: names of all private persons — customers, tenants and their relatives, patients, guardians, relatives,
//   referring doctors and other professionals, insurers' handlers, police officers, witnesses, persons involved in
//   incidents, key holders, farmers and their heirs, board members, drivers, workers in the staff ledger, the
//   organisations' own staff (staff are people: subtype 'staff', 'staff-work' e-mails, 'staff-mobile' and
//   'staff-direct' phones), chat speakers and log users written as names. Personal e-mail addresses and named work
//   addresses of people; personal phones, foreign numbers, SMS gateway numbers written `46…` without a plus
//   ('…-e164-no-plus'); personnummer and samordningsnummer in every style (valid Luhn, invented dates; born before
//   1925 written with `+` or the century: 'centenarian-plus'); a sole trader's organisation number, which is the
//   owner's personnummer (lantbruk/: subtype 'sole-trader'); customers' IPs, IPv4 and IPv6, RFC 1918/CGNAT customer
//   addresses included (subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined', or
//   'split-joined-caps' / 'split-joined-lower' when the fields are written so). A middle name belongs to the given
//   name. Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding,
//   .docx/.xlsx/.pdf as extracted text, .ics/.vcf unfolded, HTML with entities decoded). A value written several
//   times in one file is recorded once (its first subtype). Subtypes say where or how: 'caps', 'lower',
//   'surname-first', 'surname-first-caps', 'surname-first-nocomma', 'middle-name', 'initial' (`K. Ek`, recorded as
//   written), 'running-text', 'self-intro', 'signature', 'header-display', 'chat-speaker', 'log-user', 'ics-cn',
//   'vcard-fn', 'docx-creator', 'xlsx-creator', 'guardian', 'relative', 'witness', 'deceased', 'heir', 'attorney',
//   'key-holder', 'driver', 'board-member', 'signatory', 'recipient', 'reviewer', 'proxy', 'quoted-header',
//   phone styles ('mobile-grouped', 'mobile-slash', 'mobile-dots', 'landline-0046', …), 'pnr-*', 'samordningsnummer'.
// - nearMiss: bad-Luhn and impossible-date personnummer, organisationsnummer of companies and of the organisations
//   themselves, work-order / booking / referral / invoice / OCR / case / ticket / RMA / order / tracking / member /
//   weighing / contract / settlement / incident / alarm / receipt / quote / change-order / delivery-note / ARN /
//   claim / police-report numbers, article numbers, serial numbers and IMEIs, masked card numbers, Unix timestamps,
//   session / thread / form / device / record / conversation / message ids and calendar UIDs, key tags, sample ids,
//   HSA-ids, ICD-10 codes, licence numbers, frikort numbers, RAKEL ISSI numbers, unit ids, property designations,
//   coordinates (SWEREF 99 and WGS 84), field block ids, vehicle registrations, gift-card numbers and PINs, pickup
//   codes, short codes, bank accounts, bankgiro, IBAN, dates, times, amounts, postcodes, role mailboxes (info@,
//   reception@, noreply@ …), the organisations' switchboards and 0771/020 service lines and the police's `114 14`
//   (all near-misses, category phone), the organisations' own servers and office address ('server-ip'), clinics,
//   cinemas, companies, farms named like people (`Per Ols gård`, `Nils-Jöns gård`), films named like people
//   (`Annie Hall`, `Erin Brockovich`), products named like people (`Marshall Emberton`), streets named after people
//   (`Selma Lagerlöfs väg`), pets' names, lone first names (`Hej Malin,`), surnames alone, `First L.` review
//   signatures ('first-name-initial'), two-letter clinician initials, staff log-in names (`agnes.lindahl`,
//   'username') and lower-case first names used as operator ids ('lower-words').
//
//   node scripts/eval/blind/twentyfourth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentyfourth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import stambyte from './twentyfourth/stambyte.mjs';
import terapi from './twentyfourth/terapi.mjs';
import bio from './twentyfourth/bio.mjs';
import raddning from './twentyfourth/raddning.mjs';
import lantbruk from './twentyfourth/lantbruk.mjs';
import reparation from './twentyfourth/reparation.mjs';

await runBlindSet({
  name: 'twentyfourth',
  header: { seed: SEED, today: TODAY, set: 'twentyfourth' },
  shown: 60,
  build: (C) => {
    for (const build of [stambyte, terapi, bio, raddning, lantbruk, reparation]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
