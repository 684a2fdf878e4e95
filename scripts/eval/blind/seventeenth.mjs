#!/usr/bin/env node
// Seventeenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors,
// rules, tests, fixtures, gazetteers, the repository README, docs or the other blind sets' organisation files or name
// lists; never ran gdpr-scan, git or npm. Name pools are its own (seventeenth/names.mjs: Swedish majority with middle
// names, hyphens and particles af/von/de; Finnish, Sami, Arabic with al-/el-, Somali, Persian, Kurdish, Bosnian,
// Polish, Tigrinya/Eritrean, Turkish, Vietnamese, Chinese, Ukrainian, Spanish double surnames, Thai, Hungarian, Greek,
// Lithuanian, English, German, Filipino).
//
// Theme: six invented Swedish organisations — a private parking-enforcement company (parkering/: control fees in
// cp1252, owner look-ups from the vehicle register as XML, appeals mbox with replies, photo EXIF metadata NDJSON, a
// handheld device log, decision letters .docx, payment reminders .pdf, web chat, call notes, debt hand-over .xlsx,
// web appeal forms JSON, SMS reminders, resident permits TSV with title lines), a regional public-transport company's
// customer service (kollektivtrafik/: registered travel cards UTF-8 BOM CSV, delay-compensation tickets JSON, lost and
// found .xlsx, call log TSV, app events NDJSON, complaints mbox with HTML replies, school cards with guardians cp1252,
// SMS-ticket gateway log, traffic control Markdown, decision letters .pdf, a Teams export, operators' vCards), an
// internet provider's abuse and support desk (isp/: abuse reports from outside in mbox with internal forwards, ISC
// dhcpd log, RADIUS accounting CSV, subscriber register .xlsx, Jira Service Management CSV with multi-line cells,
// abuse case JSON, a NOC Slack export, warning letters .docx, IPv6 delegations TSV, a saved HTML chat with entities,
// CPE provisioning XML, outage SMS log), a concert and sports ticketing service (biljett/: order CSV quote-all, ticket
// holders JSON, resale NDJSON, Intercom export, guest lists and accreditation .xlsx, e-tickets .pdf, refunds mbox,
// companion requests cp1252, fraud-engine log, HTML-only order confirmations .eml, staff shift .ics, notes .md), a
// municipality's water and waste billing office (va/: VA subscribers cp1252, meter readings TSV, estate agents'
// moving notices mbox, invoices .pdf, sludge-emptying .xlsx, on-call notes, billing XML, outage SMS, a connection
// decision .docx, BankID-signed e-service NDJSON, contractor vCards 4.0, Freshdesk JSON with \u-escapes) and a private
// security company (vakt/: incident register CSV with multi-line narratives, guard reports .docx, CCTV/VMS export
// log, access-control CSV cp1252, alarm events with key holders NDJSON, client mail, guard roster .xlsx, trespass
// bans .pdf, a Teams night-shift transcript, an archive .zip with a zip inside, LOB custody XML, visitor log TSV).
// 78 files, ~1.46 MB. All data is fabricated; the seed string is fixed (seventeenth/core.mjs); output is
// byte-deterministic.
//
// Labelling conventions (truth.json), as in the fourteenth set:
// - Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME decoding, .docx /
//   .xlsx / .pdf as extracted text, .ics / .vcf unfolded, JSON \u-escapes and HTML entities decoded); a value written
//   several times in one file is recorded once (first occurrence keeps its subtype). Every label is checked against
//   the decoded text before anything is written (exit 1 otherwise); the author also re-checked all labels with an
//   independent Python decode (email/mailbox, zipfile, PDF Tj strings, cp1252).
// - name: every private person — customers, vehicle owners and users, appellants and drivers, passengers, school
//   children and guardians (subtype 'guardian'), finders and owners of lost property, subscribers, external abuse
//   reporters, ticket buyers, holders, companions, guests and plus-ones, accredited workers, VA subscribers, co-owners,
//   sellers, buyers, estate agents, neighbours, the deceased, suspects, witnesses, victims, key holders, police
//   officers named in reports ('police-officer'), visitors and hosts, other companies' named contacts — AND the
//   organisations' own staff ('staff', 'log-user', 'chat-speaker', 'exif-artist', 'ics-cn', 'docx-creator',
//   'xlsx-creator'). Given and family name in separate fields of one record → ONE name "Given Family" (subtype
//   'split-joined'). Style subtypes: 'full', 'middle-name', 'caps', 'lower', 'surname-first', 'surname-first-caps',
//   'surname-first-nocomma', 'running-text', 'header-display', 'signature', 'vcard-fn', 'bankid-name'.
// - personnummer: all styles (YYMMDD-NNNN, YYYYMMDDNNNN, YYYYMMDD-NNNN, YYMMDDNNNN, 'YYMMDD NNNN'), valid Luhn,
//   invented dates; samordningsnummer (day + 60); born 1914–1925 with `+` ('centenarian-plus') or the century.
// - phone: personal mobiles and landlines in every style (grouped, compact, dash, spaced, +46, +46 (0), 0046, E.164,
//   `070/1234567`, `070/123 45 67`, dots), SMS gateways' `46…` ('mobile-e164-no-plus'), foreign numbers, staff direct
//   lines ('staff-direct'), other companies' named contacts' mobiles and direct lines.
// - email: personal addresses, staff's named work addresses ('staff-work'), other organisations' named people
//   ('work'), e-mail addresses used as RADIUS user names ('login-email').
// - ip: every address that is not the organisations' own infrastructure or a documentation range — customers' public
//   addresses, CGNAT and RFC 1918 customer addresses ('private-ip'), IPv6 ('ipv6'), a customer's delegated IPv6 prefix
//   recorded without its `/56` ('ipv6-prefix'), third parties' addresses (attackers against customers, 'third-party'),
//   staff workstations in the VMS login lines ('private-ip').
// - nearMiss: bad-Luhn and impossible-date personnummer, masked personnummer (`19850312-XXXX`), organisationsnummer;
//   vehicle registrations (`ABC 123`, `ABC12D`), VINs, control-fee / case / issue / order / invoice / OCR / customer /
//   facility / meter / bin / permit / application / report / alarm / object numbers, travel-card and access-card
//   numbers (Luhn, 16–19 digits), card BINs and last four digits, barcodes (EAN-13), seat ids, lost-item ids, ticket
//   ids, payment references, clearing and account numbers, bankgiro, IMEIs, serials, OUIs, MAC addresses (`:` `-` `.`
//   forms), session / call / chat / message ids, UUIDs, device fingerprints, user names and Slack user ids, police
//   report numbers (`5000-K1234567-26`, `K123456-26`) and patrol ids, guard licence numbers, badge numbers, camera
//   ids, property designations whose tract is a given name (`Funäsdalen Anna 3:12`), GPS coordinates, ASNs, SNMP
//   OIDs, firmware versions shaped like IPv4 (`3.10.2.15`, 'version'), the organisations' servers, relays and NAS
//   ('server-ip'), documentation-range targets ('doc-range-ip'), a CPE's default LAN gateway `192.168.1.1`,
//   switchboards (the organisations' own and other companies'), 0771/020 service lines, SMS short codes and sender
//   ids, the police number `114 14`, role mailboxes (`kundservice@`, `abuse@`, `overklagan@`, `uppdrag@` …), dates,
//   times, amounts, postcodes, streets, bus stops, venues, garages, a school and companies named like people
//   (`Anna Lindhs plats`, `Gustav Vasa-kyrkan`, `Kung Oscars arena`, `P-hus Greta`, `Lindqvist & Dotter Fastigheter
//   AB`), event names, device host names built on a given name (`Oksanas-iPad`), lone first names (`Hej Ronja,`,
//   `@Taras`, `Kortnamn: Alvas kort`).
//
//   node scripts/eval/blind/seventeenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './seventeenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import parkering from './seventeenth/parkering.mjs';
import kollektivtrafik from './seventeenth/kollektivtrafik.mjs';
import isp from './seventeenth/isp.mjs';
import biljett from './seventeenth/biljett.mjs';
import va from './seventeenth/va.mjs';
import vakt from './seventeenth/vakt.mjs';

await runBlindSet({
  name: 'seventeenth',
  header: { seed: SEED, today: TODAY, set: 'seventeenth' },
  shown: 60,
  build: (C) => { for (const build of [parkering, kollektivtrafik, isp, biljett, va, vakt]) build(C); },
  labels: firstOccurrences,
});
