#!/usr/bin/env node
// Twenty-sixth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors,
// rules, tests, fixtures, docs, gazetteers, the repository README or the other blind sets' organisations or name lists;
// never ran gdpr-scan. Name pools are its own (twentysixth/names.mjs: Swedish majority with middle names, hyphens and
// particles af/von/de, two-part surnames; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian, Polish, Tigrinya,
// Turkish, Vietnamese, Chinese, Ukrainian, Spanish, Thai, Hungarian, Greek, English, Icelandic).
//
// Theme: six invented Swedish organisations — a municipal nursing home's relatives portal and visit bookings (boende/:
// portal accounts, nested visit bookings, residents register with staff and alarm sheets, staff notes written fast,
// relatives' mail, portal access log, SMS gateway, incident reports, tenancy agreements, visit calendar, relatives'
// vCards, a Teams staff chat, a newsletter), an adult-education centre's study guidance (komvux/: applications with
// multi-line motivations, grade-transfer XML, counsellors' Markdown notes, course lists, four .eml — quoted reply,
// HTML-only, forward, CSV attachment —, web-form NDJSON, study certificates, admission decisions, web chat, attendance
// TSV, CSN report, guidance bookings), a municipality's street and park complaints desk (gata/: complaints register,
// case API dump with photos' EXIF, contractor log, app events, citizens' mail, a claim for damage, work orders, winter
// road drivers and on-call list, photo metadata XML, contact-centre notes, a public map page, an archive zip with a zip
// inside), a riding school (ridskola/: rider register with guardians, lesson lists, horses with owners and farriers,
// a parents' WhatsApp group, invoices, camp registrations, an accident report, member vCards, competition results,
// SMS log, part-lease agreements, lesson calendar, Swish payments), a travel insurer's emergency assistance desk
// (assistans/: case export, call log, duty notes in Swedish and English, repatriations, hospital correspondence,
// guarantees of payment, a medical assessment, SMS gateway, claims NDJSON, a SOAP policy lookup, WhatsApp with a
// customer abroad, an archive zip), and a public swimming hall (simhall/: season passes, turnstile log, locker and
// incident log, swimming-school lists and registrations, an incident report, customer mail, lifeguards' shifts and
// vCards, lost property, an HTML-only newsletter, a cash report, lane bookings).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV with quoted multi-line cells, UTF-8 BOM CSV, title lines above headers,
// TSV, JSON, NDJSON, XML (plain and SOAP), HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word
// headers Q and B, HTML alternatives, HTML-only, quoted replies, forwards, a CSV attachment), .docx, .pdf, .xlsx with
// several sheets, .ics and .vcf (folded; vCard 2.1 and 3.0), access / turnstile / SMS-gateway / contractor logs,
// WhatsApp and web-chat transcripts, Teams JSON, sloppy notes, .zip (one with a zip inside).
// All data is fabricated; the seed string is fixed (twentysixth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — residents, next of kin, trustees (god man), applicants, students, guardians,
//   children, reporters of faults, witnesses, drivers, riders, parents, horse owners, farriers, vets, policyholders,
//   relatives, foreign doctors and hospital coordinators, escort nurses, swimmers, club contacts, AND staff of all
//   six organisations (nurses, counsellors, teachers, handlers, instructors, coordinators, lifeguards); personal
//   e-mail addresses, staff's and partners' named work addresses ('staff-work', 'work'); personal phones, staff's
//   mobiles ('staff-direct'), foreign numbers ('foreign'), SMS-gateway and Swish numbers of persons written `46…`
//   without plus ('mobile-e164-no-plus'), WhatsApp speakers shown as numbers ('chat-speaker-number'); personnummer and
//   samordningsnummer in every style (valid Luhn, invented dates; born 1912–1925 with `+` or with the century);
//   customers' IPs, IPv4 and IPv6 (RFC 1918 / CGNAT customer addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record (CSV / XLSX / XML / JSON columns) → ONE name
//   "Given Family" (subtype 'split-joined', 'split-joined-staff' for staff). Each value is recorded exactly as it
//   appears in the decoded text of its file (mail after MIME decoding, .docx / .xlsx / .pdf as extracted text,
//   .ics / .vcf unfolded, HTML as text). Subtypes say how or where: 'caps', 'lower', 'surname-first',
//   'surname-first-caps', 'surname-first-nocomma', 'middle-name', 'self-intro', 'signature', 'header-display',
//   'chat-speaker', 'chat-mention', 'log-user', 'exif-artist', 'ics-cn', 'vcard-fn', 'docx-creator', 'xlsx-creator',
//   'staff', 'guardian', 'name-tag', phone styles ('mobile-grouped', 'mobile-slash', 'mobile-dots', 'landline-0046', …),
//   'pnr-*', 'samordningsnummer', 'centenarian-plus'. A value written several times in one file is recorded once.
// - nearMiss: bad-Luhn and impossible-date personnummer, masked personnummer (`700821-****`, `…XXXX`),
//   organisationsnummer, reserve numbers (`851203-T017`), account / booking / resident / case / application /
//   work-order / policy / claim / invoice / OCR / card / locker / lost-property / payment / message ids, course codes,
//   UELN and chip numbers, passports, flight numbers, IBAN / clearing / account / bankgiro, IMEI and serials, MAC
//   addresses, device ids, vehicle registrations, masked card numbers, SMS codes and short codes, dates and amounts,
//   postcodes, staff initials, calendar UIDs shaped like addresses (`vux-12345678@vux.norrvik.se`, kind
//   'ics-uid'); role mailboxes ('role-email'); the organisations' own switchboards ('switchboard'),
//   0771/020 service lines ('service-line'), the assistance desk's 24-hour alarm line ('alarm-line'), the riding
//   school's Swish business number ('swish-number') and foreign hospitals' switchboards ('hospital-switchboard') —
//   all phone-shaped but not a person's; the organisations' servers ('server-ip'), the swimming hall's turnstile
//   controllers on private addresses ('own-device-ip') and documentation-range scanners ('doc-range-ip');
//   look-alikes named like people: streets, squares and parks in the genitive (`Selma Lagerlöfs väg`, `Ellen Keys
//   park`), halls and pools (`Arne Borgs bassäng`, `Gunnar Larsson-hallen`), a church (`Gustav Vasa-kyrkan`), horses
//   (`Sir Oliver`, `Miss Marple`, `Karl Alfred`, `Herr Nilsson`), hospitals (`Hospital San Juan de Dios`), hotels,
//   schools (`Anna Whitlock-gymnasiet`), clinics, clubs and companies (`Gunnar Ekström Maskin AB`); lone first names
//   (`Hej Edin,`, `STOP förare=Linnea`). A name with a genitive `s` does not occur as truth; surnames alone (in file
//   names, subjects) are neither truth nor near-miss.
//
//   node scripts/eval/blind/twentysixth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentysixth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import boende from './twentysixth/boende.mjs';
import komvux from './twentysixth/komvux.mjs';
import gata from './twentysixth/gata.mjs';
import ridskola from './twentysixth/ridskola.mjs';
import assistans from './twentysixth/assistans.mjs';
import simhall from './twentysixth/simhall.mjs';

await runBlindSet({
  name: 'twentysixth',
  header: { seed: SEED, today: TODAY, set: 'twentysixth' },
  shown: 60,
  build: (C) => {
    for (const build of [boende, komvux, gata, ridskola, assistans, simhall]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
