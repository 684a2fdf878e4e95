#!/usr/bin/env node
// Fourteenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/twelfth.mjs and
// blind/twelfth/core.mjs, and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder, makers;
// blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line; blind/seventh/mk.mjs was read,
// not used). Never the detectors, rules, tests, fixtures, gazetteers, the repository README or the other blind sets'
// content; never ran gdpr-scan. Name pools are its own (fourteenth/names.mjs: Swedish majority with middle names,
// hyphens and particles; Finnish, Arabic, Somali, Persian, Kurdish, Bosnian, Polish, Tigrinya, Turkish, Vietnamese,
// Chinese, Ukrainian, Chilean, Hungarian, Nigerian, Greek, English).
//
// Theme: six invented Swedish organisations — an electricity and district-heating utility (energi/: moving notices,
// meter readings, payment plans, estates of deceased customers, outage call logs, Mina sidor access log, SMS gateway,
// CRM events, XML contracts), an electronics web shop's warranty and returns desk (butik/: RMA cases, couriers'
// delivery notes, pay-later payment references, review exports and a review page, bot/agent chat, warranty mail,
// HTML-only return labels, credit notes), a folk high school / study association (kurs/: registrations with
// guardians of under-18s, participant API dump, attendance lists as .xlsx and .pdf, certificate letters, course
// leaders' vCards, course calendar, web-form mail, parents' mail, study-circle XML report, admission notes), a savings
// bank's mortgage and savings service (bank/: applications with co-borrowers and guarantors, secure messages as
// HTML and JSON, call notes, KYC forms, powers of attorney, account export, guarantee mail with a CSV attachment,
// log-ins, transfers), a hair salon chain's booking system (salong/: bookings, stylists' .ics calendars, SMS
// reminders, no-show workbook, gift cards, an Instagram DM export in Latin-1 mojibake, customer vCards, notes,
// HTML-only confirmations, complaints, staff schedule), and a parish's cemetery administration (kyrkogard/: burial
// register, grave rights, letters, maintenance agreements, funeral directors' mail and vCards, interments PDF,
// relatives' calls, XML register, grave-right transfers, an archive .zip with a zip inside, web form NDJSON).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word headers
// Q and B, HTML alternatives, HTML-only, `> ` quoted replies, forwards, signatures, a CSV attachment), .docx, .pdf,
// .xlsx with several sheets, .ics and .vcf (folded), access/app/SMS-gateway logs, chat transcripts, sloppy notes, .zip.
// All data is fabricated; the seed string is fixed (fourteenth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — customers, the deceased, relatives and heirs, lawyers of estates,
//   co-borrowers, guarantors, attorneys, witnesses, participants, guardians, course leaders, staff and handlers,
//   stylists, funeral directors, neighbours named in notes; personal e-mail addresses and staff's named work addresses
//   ('staff-work'); personal phones, staff's direct lines ('staff-direct') and mobiles, foreign numbers; personnummer
//   and samordningsnummer in every style (valid Luhn, invented dates; born before 1925 with `+` or the century);
//   customers' IPs, IPv4 and IPv6 (RFC 1918 / CGNAT customer addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined').
//   Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, .docx /
//   .xlsx / .pdf as extracted text, .ics / .vcf unfolded, JSON \u-escapes decoded: the Instagram export's names are
//   recorded in their mojibake form, subtype 'mojibake'). Subtypes say where or how: 'caps', 'lower',
//   'surname-first', 'surname-first-caps', 'surname-first-nocomma', 'middle-name', 'running-text', 'chat-speaker',
//   'log-user', 'signature', 'header-display', 'ics-cn', 'vcard-fn', 'docx-creator', 'xlsx-creator', 'staff',
//   'guardian', 'deceased', 'attorney', 'witness', 'initial' (`K. Ek` in call-note headers), phone styles
//   ('mobile-e164-no-plus' for gateway `46…`, 'mobile-slash', 'mobile-dots', …), 'pnr-*', 'centenarian-plus'.
// - nearMiss: bad-Luhn and impossible-date personnummer, organisationsnummer, masked personnummer (`19800101-XXXX`),
//   meter ids (735999… GSRN), meter / customer / invoice / OCR / case / plan / contract numbers, RMA / order / serial /
//   IMEI / tracking / payment references, clearing / account / IBAN / BIC / bankgiro, loan and application numbers,
//   property designations, grave ids (`Kv. 7 nr 112`, `B 12:4`, `NG 3-045`), course codes, booking numbers, gift-card
//   codes and PINs, SMS codes and short codes, dates, times, amounts, postcodes, role mailboxes, switchboards and
//   0771/020 service lines, the organisations' own servers ('server-ip'), documentation-range IPs in monitoring lines
//   ('doc-range-ip'), companies / streets / churches / products / a storm named like people, surnames alone,
//   lone first names (`Hej Anna,`), lower-case words after labels.
//
//   node scripts/eval/blind/fourteenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './fourteenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import energi from './fourteenth/energi.mjs';
import butik from './fourteenth/butik.mjs';
import kurs from './fourteenth/kurs.mjs';
import bank from './fourteenth/bank.mjs';
import salong from './fourteenth/salong.mjs';
import kyrkogard from './fourteenth/kyrkogard.mjs';

await runBlindSet({
  name: 'fourteenth',
  header: { seed: SEED, today: TODAY, set: 'fourteenth' },
  shown: 60,
  build: (C) => {
    for (const build of [energi, butik, kurs, bank, salong, kyrkogard]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
