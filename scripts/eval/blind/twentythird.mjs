#!/usr/bin/env node
// Twenty-third blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors,
// rules, tests, fixtures, docs, gazetteers, the repository README or the other blind sets' organisations or name
// lists; never ran gdpr-scan, npm or blind.mjs. Name pools are its own (twentythird/names.mjs: Swedish majority with
// middle names, hyphens and particles af/von/de la; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian, Polish,
// Tigrinya/Eritrean, Turkish, Vietnamese, Chinese, Ukrainian, Spanish/Latin American, Thai, Hungarian, Greek, English,
// German).
//
// Theme: six invented Swedish organisations — a regional patient-transport booking centre (sjukresor/: bookings with
// escorts, call notes written fast, driver log, IVR call-backs, web booking access log, SMS gateway, complaints mbox,
// reimbursement decisions PDF, escort permits .docx, nested API JSON, contractors' workbook, ServiceNow deviations), a
// locksmith (las/: work orders with tenants, landlords and ID checks, on-call door-opening log, key orders .xlsx,
// landlords' vCards, customer mail with forwards, an HTML-only landlord order, on-call .ics, invoices PDF, HubSpot
// contacts, smart-lock app NDJSON, ID-check Markdown, archive zip with a zip inside), a tattoo and piercing studio
// (tatuering/: consent forms with guardians of 16–17-year-olds, Instagram DM export in Latin-1 mojibake, WhatsApp
// export, bookings cp1252, three guardian consent .docx, aftercare SMS, vCards, web-form NDJSON, gift cards .xlsx,
// studio mbox, artists' HTML page, incidents Markdown), a youth football cup (cup/: team lists, referee roster and
// fees .xlsx, accommodation TSV, registration API JSON, incident reports .docx, match reports XML, leaders' mail,
// volunteers' Slack export, first-aid log, results HTML, accreditation PDF, kiosk Swish CSV, guest-wifi portal log), a
// municipal budget and debt counselling service (skuld/: case list cp1252 with title lines, creditors and household
// .xlsx, journal notes, Kronofogden extract PDF, debt-relief application .docx, mailbox with creditors' and clients'
// mail, Outlook .ics, e-service NDJSON with BankID, budget JSON, telephony CSV, HTML-only referral, archive zip in zip)
// and a hunting association (jakt/: member register, game-kill reports cp1252, shooting-range log, hunting-team
// workbook, weapon-licence certificates .docx, members' mail, board minutes Markdown, wounded-game tracking JSON,
// Google .ics, vCard 2.1, shooting-badge PDF, SMS call-outs).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word Q and
// B headers, HTML alternatives, HTML-only, `> ` quoted replies, forwards, signatures), .docx (values split over runs),
// .pdf, .xlsx with several sheets, .ics and .vcf (folded), access/app/SMS-gateway/portal logs, chat exports, sloppy
// notes, .zip with a .zip inside. All data is fabricated; the seed string is fixed (twentythird/core.mjs).
//
// Labelling conventions (truth.json; policy choices stated here):
// - truth: names of all private persons — patients, escorts, relatives, tenants, landlords' contact persons, customers,
//   minors and their guardians, players, leaders, referees, night guards, volunteers, clients, co-applicants,
//   household members (children included), creditors' named agents, social workers, interpreters, members, shooters,
//   dog handlers — AND the organisations' staff (handlers, drivers, technicians, artists, board members; subtype
//   'staff', 'leader', 'guardian', …). Personal e-mail addresses; staff's and landlords' named work addresses
//   ('staff-work', 'work'); personal phones, staff direct lines ('staff-direct') and mobiles ('staff-mobile'), foreign
//   numbers ('foreign'); SMS/IVR gateway numbers written `46…` without `+` ('mobile-e164-no-plus'); personnummer and
//   samordningsnummer in every style (valid Luhn, invented dates; born before 1926 with `+` or the century; minors
//   too); customers' IPs, IPv4 and IPv6; customers' and guests' RFC 1918 / CGNAT addresses are truth ('private-ip').
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined'). Each
//   value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, .docx/.xlsx/.pdf
//   as extracted text, .ics/.vcf unfolded, zip members' text); the Instagram export's non-ASCII names are recorded in
//   their mojibake form ('mojibake'). Subtypes say where or how: 'caps', 'lower', 'surname-first',
//   'surname-first-caps', 'surname-first-nocomma', 'surname-slash' (`HOLM/KERSTIN` in the driver log), 'initial'
//   (`K. Holm`), 'middle-name', 'chat-speaker', 'signature', 'self-intro', 'header-display', 'forward-header',
//   'ics-cn', 'vcard-fn', 'docx-creator', 'xlsx-creator', phone styles ('mobile-slash' `070/1234567`, 'mobile-dots',
//   'mobile-dashpairs' `070-123-45-67`, 'mobile-intl0', …), 'pnr-*', 'samordningsnummer', 'centenarian-plus'.
//   A value written several times in one file is recorded once (first occurrence keeps its subtype).
// - nearMiss: bad-Luhn and impossible-date personnummer, masked personnummer (`590910-XXXX`), organisationsnummer,
//   booking / order / case / invoice / OCR / customer / record / receipt / registration / report / match /
//   accreditation / certificate / exam / member / hunting-card numbers, creditor references, Kronofogden case numbers,
//   police report numbers, ID-document numbers, key and apartment numbers, door codes, gift-card codes, Swish
//   merchant numbers (`123 …`), payment references, clearing / account / bankgiro / plusgiro, chip numbers, weapon
//   serials, vehicle registrations, MAC addresses, device ids, coordinates (SWEREF99 and WGS84), versions, dates,
//   amounts, postcodes, streets, role mailboxes (`order@`, `info@`, club treasurers' `kassor@`, `felanmalan@`), the
//   organisations' switchboards (also as IVR `dnis` and in call logs) and 0771/020 service lines, the organisations'
//   servers and a radius server on the guest network ('server-ip'), Instagram handles, a smart lock's gateway at
//   192.168.x ('private-device-ip'), companies / streets / buildings / trophies / places named like people
//   (`Anna Lindhs plats`, `Sven Hedins sporthall`, `Lisa Lindqvist-priset`, `Gustav Adolfs torg-skiftet`), dogs'
//   names, lone first names (`Hej Kerstin,`), lower-case user names ('lower-words').
//   Not labelled either way: some first names alone (calendar summaries `Jour Mykola`, the tattoo bookings' Artist
//   column, the studio's chat replies, SMS sign-offs); where a lone first name is labelled it is 'lone-first-name'.
//
//   node scripts/eval/blind/twentythird.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentythird/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import sjukresor from './twentythird/sjukresor.mjs';
import las from './twentythird/las.mjs';
import tatuering from './twentythird/tatuering.mjs';
import cup from './twentythird/cup.mjs';
import skuld from './twentythird/skuld.mjs';
import jakt from './twentythird/jakt.mjs';

await runBlindSet({
  name: 'twentythird',
  header: { seed: SEED, today: TODAY, set: 'twentythird' },
  shown: 60,
  build: (C) => {
    for (const build of [sjukresor, las, tatuering, cup, skuld, jakt]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
