#!/usr/bin/env node
// Twenty-second blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers for personnummer / phones / e-mails / IPs / dates / numbers; blind/seventh/formats.mjs: file writers;
// blind/seventh/run-set.mjs: the command line). Never the detectors, rules, tests, fixtures, gazetteers, docs, the
// repository README or the other blind sets' organisations and name lists; never ran gdpr-scan, npm or blind.mjs.
// Name pools are its own (twentysecond/names.mjs: Swedish majority with middle names, hyphens and particles `af`,
// `von`, `de la`, `dela`, `al-`, `Abu`; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian, Polish, Eritrean,
// Turkish, Vietnamese, Chinese, Ukrainian, Spanish, Thai, Hungarian, Greek, Lithuanian, Ethiopian, Filipino, Nigerian,
// English).
//
// Theme: six invented Swedish organisations —
// - hiss/: Lyftkraft Hiss & Fastighetsservice AB, a lift and property-maintenance company: the alarm centre's call
//   log (cp1252 CSV) and emergency-telephone gateway log (callbacks and SMS to on-call technicians as `46…`), tenants'
//   fault reports (web-form JSON with split name fields; a Momentum-like CSV with multi-line cells), ServiceNow work
//   orders with work notes, technicians' sloppy week log, an inspection protocol (.docx), service reports (.pdf), key
//   holders and on-call list (.xlsx, 5 sheets), caretakers' vCards, the on-call .ics, tenant mail (.mbox, replies
//   quoting), a monthly archive (.zip with a .zip inside).
// - flyg/: Västanå Flygklubb & Flygskola, a flight school and small airfield: student register (UTF-8 BOM `;` CSV,
//   split names, guardians of under-18s), medical certificates with aeromedical examiners (.xlsx), the aircraft
//   logbook (TSV), booking-system NDJSON with IPs, booking .ics, visiting pilots' PPR requests (JSON, foreign phones),
//   landing-fee journal (.pdf), the AFIS radio log, instructors' vCards, school mail (.mbox), an HTML-only invitation
//   with a participant table, the member register (XML, split names), board minutes (.docx).
// - tidning/: Dalälvsbladet, a regional newspaper's reader service and family desk: subscriber register (cp1252, title
//   lines above the header, names family-name first), subscription events (NDJSON), Freshdesk delivery complaints,
//   call notes (CRLF), paid death notices from the ad system (XML with CDATA: the deceased, the orderer, relatives),
//   the family page (HTML: obituaries, birthdays, weddings), order forms (.docx), the invoice journal (.pdf), funeral
//   homes' mail with the notice text attached, letters to the editor (.mbox) and published letters (Markdown),
//   carriers (.xlsx), the SMS gateway log.
// - tolk/: Språkbron Översättning AB, a translation bureau for authorities: assignments (quote-all CSV with BOM) with
//   case officers at authorities, a Jira export, certified translations of civil-status documents (.docx: applicant,
//   parents, witnesses; passport-style `SURNAME Given`), marriage certificates (.pdf), the translator register
//   (.xlsx), fees (TSV), authorities' mail (.mbox with a CSV attachment, quoted replies), a private client's .eml
//   (base64, B-encoded headers, a quoted offer), project notes (Markdown), the phone log, the customer portal's access
//   log and web orders (NDJSON, split names), an archive .zip with a .zip inside.
// - barnhv/: Solgläntans barnhemsjukvård, home-health nursing for children: enrolled children with guardians (cp1252
//   CSV, split child names), medication lists (.xlsx), nurses' visit notes written fast, the visit calendar (.ics),
//   drive log, SMS reminders and replies (`46…`), a Teams chat export (Graph JSON with HTML bodies), guardians' mail
//   (HTML alternatives), referrals (.pdf), care plans (.docx), staff vCards, a journal print-out (HTML), an archive.
// - kladd/: Klädloopen, an online second-hand clothing marketplace: sellers (split names, BankID personnummer, signup
//   IPs, handles), account events, a payout file (cp1252 with title lines) and payout deviations (.xlsx), disputes in a
//   Zendesk export, chat threads flagged by trust & safety (handles as speakers, names and numbers shared in chat),
//   Intercom transcripts in multi-line cells, courier tracking events, shipping labels (.pdf), support mail (Swedish and
//   English), an HTML-only return confirmation, a review page, a fraud investigation (.docx), the API access log.
// Formats: csv (cp1252 `;` CRLF, UTF-8 `,` LF, BOM, quote-all, multi-line cells, title lines), tsv, txt, log, md, json,
// ndjson, xml, html, eml, mbox, docx, xlsx, pdf, ics, vcf (folded), zip (nested).
// All data is fabricated; the seed string is fixed (twentysecond/core.mjs), one random stream per file, so the corpus is
// byte-identical from run to run.
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — tenants, caretakers, inspectors, students, guardians, instructors, members,
//   visiting pilots and passengers, aeromedical examiners, subscribers, carriers, the deceased, relatives named in full,
//   orderers, funeral directors, letter writers, politicians named in letters, case officers at authorities,
//   applicants, parents and witnesses in translated documents, translators, children, nurses, doctors, referring
//   physicians, sellers, buyers, people named in chats — and STAFF of the six organisations (subtype 'staff' or the
//   style); personal e-mail addresses, staff's named work addresses ('staff-work') and case officers' named addresses
//   at authorities ('official-work'); personal phones, staff's mobiles and direct lines ('staff-…'), officers' direct
//   lines ('official-direct'), foreign numbers ('foreign'), gateway numbers without `+` ('…-e164-no-plus');
//   personnummer and samordningsnummer in every style (valid Luhn, invented dates; born 1925 or earlier written with
//   `+` or with the century: 'centenarian-plus', 'pnr-long'); customers' IPs, IPv4 and IPv6 (RFC 1918 / CGNAT
//   customer addresses are truth, subtype 'private-ip').
//   Given and family name in separate fields of one record (CSV/JSON/XML columns, .docx table rows) → ONE name
//   "Given Family" (subtype 'split-joined'); the same person written out elsewhere in that file is labelled as written.
//   Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, headers
//   after encoded-word decoding, .docx / .xlsx / .pdf as extracted text, .ics / .vcf unfolded, HTML with tags removed);
//   a value written several times in one file is recorded once. Subtypes say the style: 'full', 'middle-name',
//   'caps', 'lower', 'surname-first', 'surname-first-caps', 'surname-first-nocomma', 'surname-caps-first' (passport
//   style `SAMATAR Hamdi`), 'signature', 'header-display', 'chat-speaker', 'self-intro', 'ics-cn', 'vcard-fn',
//   'docx-creator', 'xlsx-creator', 'deceased', 'relative', 'parent', 'witness', 'case-officer',
//   'bankid-caps'; phone styles ('mobile-grouped', 'landline-slash', 'mobile-dots', 'mobile-paren', 'mobile-0046', …);
//   'pnr-short' / 'pnr-long' / 'pnr-long-dash' / 'pnr-space' / 'pnr-compact', 'samordningsnummer'.
//   Names are never written with a genitive `s` (no `Anna Bergs`); staff initials and log tags are not names.
// - nearMiss: bad-Luhn and impossible-date personnummer, masked personnummer, organisationsnummer, the organisations'
//   switchboards and 0771/020 service lines (the switchboards are NOT truth: they are the organisations' own
//   numbers), role mailboxes (felanmalan@, order@, hjalp@ …), the organisations' own servers ('server-ip'), a browser
//   version `130.0.0.0`, Google Calendar UIDs that look like addresses ('ics-uid'); lift ids, ICCIDs, work-order,
//   case, report, invoice, OCR, order, return, tracking, listing, ad, referral, assignment, issue and member numbers;
//   authorities' diary numbers, passport and document numbers, translator authorisations, licence and AME numbers,
//   aircraft registrations (`SE-KXR`, `D-EKMB`), ICAO codes, ICD-10 codes, doses, vehicle registrations, door codes,
//   key numbers, apartment numbers, property designations, route codes, IBAN / clearing / account numbers, bankgiro
//   and plusgiro, Swish numbers, MAC addresses, device ids, handles (`loppis_sthlm37`), usernames and staff tags,
//   initials-only names (`Lisa K.`), pseudonyms under letters (`Orolig förälder`), genitive first names in subjects,
//   dates, times, amounts, postcodes, companies / authorities / funeral homes / housing companies / service points,
//   churches, streets and places named like people (`Olof Palmes gata`, `Gustav Vasa-kyrkan`, `Nils Holgersson
//   Resor`), lone first names (`Hej Kajsa,`, first names only in death notices: `Karin och Lars`).
//
//   node scripts/eval/blind/twentysecond.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentysecond/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import hiss from './twentysecond/hiss.mjs';
import flyg from './twentysecond/flyg.mjs';
import tidning from './twentysecond/tidning.mjs';
import tolk from './twentysecond/tolk.mjs';
import barnhv from './twentysecond/barnhv.mjs';
import kladd from './twentysecond/kladd.mjs';

await runBlindSet({
  name: 'twentysecond',
  header: { seed: SEED, today: TODAY, set: 'twentysecond' },
  shown: 60,
  build: (C) => {
    for (const build of [hiss, flyg, tidning, tolk, barnhv, kladd]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
