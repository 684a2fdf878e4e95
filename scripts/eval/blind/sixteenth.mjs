#!/usr/bin/env node
// Sixteenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers for personnummer / phones / e-mails / IPs / dates / numbers; blind/seventh/formats.mjs: file writers;
// blind/seventh/run-set.mjs: the command line). Never the detectors, rules, tests, fixtures, gazetteers, the
// repository README, docs or the other blind sets' organisations or name lists; never ran gdpr-scan, git or npm.
// Name pools are its own (sixteenth/names.mjs: Swedish majority with middle names, hyphens and particles `af`, `von`,
// `de la`; Finnish, Sami, Arabic (`al-`, `el-`), Somali, Persian, Kurdish, Bosnian, Polish, Tigrinya, Turkish,
// Vietnamese, Chinese, Ukrainian, Spanish, Thai, Hungarian, Greek, English, and for the camping guests German
// (`von`), Dutch (`van der`, `de`), Norwegian and Danish).
//
// Theme: six invented Swedish organisations —
// - a municipal housing company's queue and tenant service (bostad/): queue export (cp1252 `;` CRLF, title lines,
//   co-applicants), household JSON from the queue API (co-applicants, household members, previous landlords),
//   disturbance cases naming neighbours (.xlsx, three sheets), key receipts (PDF), tenancy contracts (.docx),
//   ServiceNow-shaped fault reports (UTF-8 BOM, multi-line work notes), tenant mail (mbox, quoted replies), viewings
//   (.ics), sloppy call notes, Mina sidor access log with BankID lines, offer events (NDJSON, SMS to `46…`),
//   HTML-only notices, tenant-meeting minutes (Markdown);
// - a färdtjänst / sjukresor booking centre (fardtjanst/): bookings (TSV, traveller written family name first),
//   permits (UTF-8 BOM `;`, guardians), the switchboard's call log (A-numbers as `46…`), drivers' schedule (.xlsx),
//   dispatch events (NDJSON), SMS gateway log, complaint mail with forwards, decision letters (PDF), deviation
//   reports (Markdown table), taxi settlement (XML), a Teams chat export (JSON, HTML bodies), drivers' vCards;
// - a municipal building-permit office (bygglov/): case list (cp1252), neighbour consultation letters and decisions
//   (PDF), property-owner list (.xlsx, `SURNAME, GIVEN`), e-service submissions (JSON), registry (XML), objections
//   (mbox), officers' notes, control supervisors' vCards, site visits (.ics), an archive .zip with a zip inside, a
//   public notice page (HTML);
// - a camping and holiday village (camping/): booking export (UTF-8, multi-line notes, DE/NL/NO/DK phones in their
//   own styles), guest register (.xlsx: guests, vehicles, pets), reviews (JSON), channel-manager reservations
//   (OTA-like XML), guest Wi-Fi portal log, guest mail in English/German/Dutch/Swedish (mbox), a WhatsApp export,
//   HTML-only cancellations, an arrivals list (PDF), cleaning schedule (Markdown), staff vCards, POS sales (TSV);
// - a dating app's trust & safety desk (dejting/): user reports with chat excerpts (NDJSON), ban appeals
//   (Zendesk-shaped CSV, English and Swedish), log-in events, BankID verifications, moderation queue (.xlsx), a police
//   data request answered with a CSV attachment (.eml), Intercom conversations, a Slack channel export, the appeals
//   inbox (mbox), an evidence bundle (nested JSON);
// - a recruitment agency (rekrytering/): candidate CRM (cp1252), CVs (.docx, .pdf), interview notes (Markdown),
//   reference checks naming referees (.docx), candidate mail (mbox, HTML alternatives), an ATS export (nested JSON),
//   shortlists (.xlsx, one sheet per assignment), interview calendar (.ics), a CV archive (.zip with .txt and .docx).
// All data is fabricated; the seed string is fixed (sixteenth/core.mjs); output is byte-deterministic.
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — applicants, co-applicants, household members, neighbours named in
//   complaints, previous landlords' contacts, travellers, companions, guardians, relatives, drivers, permit
//   applicants, property owners, objectors, control supervisors, guests, reviewers who sign with a full name, app
//   users (their verified or self-given names), police investigators, candidates, referees, client contacts, and
//   STAFF (handlers, moderators, recruiters, receptionists: subtype 'staff', 'signature', 'header-display', …);
//   personal e-mail addresses and staff's named work addresses ('staff-work', e.g. `fornamn.efternamn@org.se`);
//   personal phones (Swedish in every style, gateway `46…` = 'mobile-e164-no-plus', foreign numbers by country
//   'foreign-de' / '-nl' / '-no' / '-dk' / …), staff direct lines ('staff-direct') and mobiles ('staff-mobile');
//   personnummer and samordningsnummer in every style (valid Luhn, invented dates; born before 1926 with `+` or the
//   century); the IPs of customers, users and staff (public, IPv6, and RFC 1918 / CGNAT addresses of customers'
//   devices — the camping guests' Wi-Fi leases included — subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined').
//   A person's name written `A. Family` is truth (subtype 'initial'); `Given F.` (reviews) is a near-miss.
//   Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, headers
//   decoded, .docx / .xlsx / .pdf as extracted text, .ics / .vcf unfolded, HTML entities decoded); a value written
//   several times in one file is recorded once (the first occurrence keeps its subtype). Genitives are recorded
//   without the `s` (`… Lindahl` in `Agnes Lindahls garage`). Subtypes say where or how: 'full', 'middle-name',
//   'caps', 'lower', 'surname-first', 'surname-first-caps', 'surname-first-nocomma', 'running-text', 'self-intro',
//   'chat-speaker', 'chat-mention', 'signature', 'header-display', 'ics-cn', 'ics-summary', 'vcard-fn', 'docx-creator',
//   'xlsx-creator', 'review-author', 'referee', 'client-contact', 'alias', 'log-user', phone styles, 'pnr-*'.
// - nearMiss (never personal data): bad-Luhn and impossible-date personnummer, masked personnummer (`…-XXXX`),
//   organisationsnummer; the organisations' OWN switchboards ('switchboard') and 0771/020 service lines
//   ('service-line'), role mailboxes (`bygglov@`, `noreply@`, `trust@`…, 'role-email'), servers ('server-ip'),
//   calendar UIDs that look like addresses ('uid'), user agents containing `130.0.0.0`; queue / object / apartment /
//   key / tag / receipt / incident / case / offer / print / trip / customer / permit / call / deviation / booking /
//   guest / channel / report / ticket / order / conversation / candidate / assignment / application numbers,
//   property designations (`Eken 4:12`, and `Gustav Adolf 14:2`, category name), vehicle registrations, driver ids,
//   taxi licences, IMEIs, MAC addresses, voucher codes, masked card numbers, certificate numbers, session ids,
//   Slack user ids, app user ids and HANDLES (`sunny_elin123`, `gbg_runner42`, LinkedIn slugs: kind 'handle'),
//   staff initials (`MP`), dates, times, amounts, postcodes, bankgiro, OCR, door codes, a short code, hidden caller
//   ids (`anonymous`); look-alikes named like people: streets and squares (`Anna Lindhs plats`, `Olof Palmes gata`),
//   a church, companies (`Lindahl & Sjödin Bygg AB`, `Westerbergs Taxi`), pets (`Sixten`, 'pet-name'), family names
//   alone (`familjen Lindahl`, `Familie Müller`), lone first names (`Hej Elin,`, `förare Moa.`, chat display names).
//
//   node scripts/eval/blind/sixteenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './sixteenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import bostad from './sixteenth/bostad.mjs';
import fardtjanst from './sixteenth/fardtjanst.mjs';
import bygglov from './sixteenth/bygglov.mjs';
import camping from './sixteenth/camping.mjs';
import dejting from './sixteenth/dejting.mjs';
import rekrytering from './sixteenth/rekrytering.mjs';

await runBlindSet({
  name: 'sixteenth',
  header: { seed: SEED, today: TODAY, set: 'sixteenth' },
  shown: 60,
  build: (C) => {
    for (const build of [bostad, fardtjanst, bygglov, camping, dejting, rekrytering]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
