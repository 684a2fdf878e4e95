#!/usr/bin/env node
// Tenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/{blind,score}.mjs,
// scripts/eval/lib/{match,normalize}.mjs, scripts/eval/README.md, the head of blind/seventh.mjs, and imports the
// seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder, makers; blind/seventh/formats.mjs: file writers).
// Never the detectors, rules, tests, fixtures or the other blind sets' content; never ran gdpr-scan.
//
// Theme: case handling of eight invented Swedish organisations — a law firm's client intake (advokat/), an
// accounting firm's payroll (redovisning/), an internet provider's abuse desk (abuse/), a regional patient-transport
// service (sjukresor/), a property manager (fastighet/), a school's student health team (elevhalsa/), a wedding and
// event planner (brollop/) and a car workshop (verkstad/). Formats: Outlook CSV, cp1252 `;` payroll CSV, .docx,
// .pdf, .eml (message/rfc822 forwards, ARF reports), Thunderbird mbox, .xlsx, .ics, .vcf, JSON, NDJSON, HTML, .txt,
// .md, .tsv, .zip. All data is fabricated; the seed string is fixed (tenth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of clients, counterparties who are natural persons, employees, tenants, pupils, guardians, guests,
//   companions and staff; personal e-mail and phone numbers; personnummer and samordningsnummer (valid Luhn, invented
//   dates); IPs of customers' devices and connections (RFC 1918 / CGNAT customer addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "First Last" (subtype 'split-joined').
//   Titles (`Dr.`, `Adv.`) are not part of the recorded name. Each value is recorded exactly as it appears in the
//   decoded text of its file (mail after MIME decoding, .docx/.xlsx/.pdf as extracted text).
// - nearMiss: bad-Luhn / impossible-date personnummer, organisationsnummer, court case numbers, invoice / OCR / order
//   / job-card numbers, registration plates, VINs, IBAN / bankgiro / plusgiro, entry codes, key numbers, dates,
//   times, amounts, postal codes, versions, role mailboxes, switchboards and 0771/020 numbers ('service-line'),
//   companies / streets / places named like people, lone first names, the organisations' own servers ('server-ip'),
//   documentation-range example IPs, user agents, Message-IDs.
//
//   node scripts/eval/blind/tenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './tenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import law from './tenth/law.mjs';
import accounting from './tenth/accounting.mjs';
import abuse from './tenth/abuse.mjs';
import transport from './tenth/transport.mjs';
import property from './tenth/property.mjs';
import school from './tenth/school.mjs';
import wedding from './tenth/wedding.mjs';
import workshop from './tenth/workshop.mjs';

await runBlindSet({
  name: 'tenth',
  header: { seed: SEED, today: TODAY, set: 'tenth' },
  shown: 60,
  build: (C) => {
    for (const build of [law, accounting, abuse, transport, property, school, wedding, workshop]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
