#!/usr/bin/env node
// Eleventh blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/tenth.mjs and
// blind/tenth/core.mjs (for the labelling conventions and the shape of a set), and imports the seventh set's plumbing
// (blind/seventh/lib.mjs: Rng, recorder, makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs).
// Never the detectors, rules, tests, fixtures, gazetteers or the other blind sets' content; never ran gdpr-scan.
//
// Theme: customer-service exports of eight invented Swedish organisations — a pharmacy chain (apotek/), a veterinary
// clinic (djurklinik/: owners are people, pets are not), a driving school (trafikskola/), a public library
// (bibliotek/), municipal home care (hemtjanst/: care recipients, relatives, staff), a debt-collection agency
// (inkasso/), a real-estate broker (maklare/: sellers, buyers, viewing lists) and a company's IT helpdesk with Jira
// and ServiceNow exports (itsupport/). Formats: Zendesk / Freshdesk / Jira / ServiceNow-like CSV and JSON, NDJSON
// event logs, JSON with \u escapes, mbox (HTML-only mail, ISO-8859-1 quoted-printable, base64, encoded-word headers,
// forwards and `> ` quoted replies, signatures), .eml, cp1252 `;` CSVs, TSV, UTF-16LE text, .xlsx, .docx with tables
// and split runs, .pdf, .ics and .vcf with folded lines (vCard 2.1 quoted-printable too), XML with numeric character
// references, chat transcripts, SMS logs, hasty call notes, a BGMax-like bank file, .zip. All data is fabricated:
// names from eleventh/names.mjs (21 origins), personnummer with valid Luhn for invented dates, phone numbers in
// invented ranges, e-mail at free-mail or invented domains. The seed string is fixed (eleventh/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of customers, patients' owners, pupils and their supervisors, borrowers and guardians, care
//   recipients, relatives and home-care staff, debtors, sellers, buyers and bidders, employees, agents and every other
//   staff member named in an export, doctors and invented book authors (subtype 'author'); personal and work e-mail
//   of people; personal phone numbers (mobile, home, staff mobiles); personnummer and samordningsnummer (valid Luhn);
//   IPs of customers' and employees' devices and connections (RFC 1918 / CGNAT addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "First Last" (subtype 'split-joined'). Titles
//   (`dr`, `Adv.`) are not part of the recorded name. Each value is recorded exactly as it appears in the decoded
//   text of its file (mail after MIME decoding, .ics/.vcf unfolded and unescaped, JSON and XML after unescaping,
//   .docx/.xlsx/.pdf as extracted text, zip members as their text). Rarer subtypes: 'doc-metadata' (the creator in
//   a .docx/.xlsx's docProps), 'fixed-width' / 'pnr-fixed-width' (BGMax records: the value follows the two-digit
//   record code with no separator), 'pnr-spoken' (a personnummer in digit pairs in a speech-to-text transcript),
//   'mobile-e164-noplus' (`46…` in an SMS log's recipient column), 'author' (invented book authors).
// - nearMiss: bad-Luhn / impossible-date / masked personnummer, birth dates, organisationsnummer, OCR / invoice /
//   order / case / ticket / loan / reference numbers, ATC codes, prescription ids, medicine and product names, animal
//   chip numbers, pet and pedigree names, registration plates, ISBNs, library card numbers, property designations,
//   IBAN / bankgiro / plusgiro, dates, amounts, postal codes, versions, MAC addresses, user agents, role mailboxes
//   ('role-email'), switchboards ('switchboard') and 0771/020 numbers ('service-line'), the organisations' own servers
//   ('server-ip'), documentation-range IPs, streets / companies / places / book titles named like people, lone first
//   names (`Hej Sara!`), lower-case words after name labels.
//
//   node scripts/eval/blind/eleventh.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY, Rng, ctx, orgNear } from './eleventh/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import * as apotek from './eleventh/apotek.mjs';
import * as djurklinik from './eleventh/djurklinik.mjs';
import * as trafikskola from './eleventh/trafikskola.mjs';
import * as bibliotek from './eleventh/bibliotek.mjs';
import * as hemtjanst from './eleventh/hemtjanst.mjs';
import * as inkasso from './eleventh/inkasso.mjs';
import * as maklare from './eleventh/maklare.mjs';
import * as itsupport from './eleventh/itsupport.mjs';

const SETS = { apotek, djurklinik, trafikskola, bibliotek, hemtjanst, inkasso, maklare, itsupport };

const count = (list, key) => Object.entries(list.reduce((m, x) => ({ ...m, [key(x)]: (m[key(x)] ?? 0) + 1 }), {})).map(([k, n]) => `${k} ${n}`).join(', ');

await runBlindSet({
  name: 'eleventh',
  header: { seed: SEED, today: TODAY, set: 'eleventh' },
  shown: 60,
  build: (C) => {
    for (const m of Object.values(SETS)) m.default(C);
  },
  // Every occurrence of an organisation's own constants (role mailboxes, switchboard, service line, servers, bankgiro,
  // organisationsnummer, Message-IDs) in any file of its folder is a near-miss of that file.
  finish: (C) => {
    for (const [file, f] of C.files) orgNear(ctx(C, file, new Rng(`${file}/finish`)), SETS[file.split('/')[0]].O, f.text);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
  summary: (C, files, truth, nearMiss) => `${files.length} files, ${truth.length} truth (${count(truth, (t) => t.category)}), ${nearMiss.length} near-miss`,
});
