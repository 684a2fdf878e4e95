#!/usr/bin/env node
// Seventh blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/{blind,score}.mjs,
// scripts/eval/lib/{match,normalize}.mjs, scripts/eval/README.md and package.json; never the detectors, rules, tests,
// fixtures or the other blind sets, and never ran gdpr-scan.
//
// Theme: customer service of eight invented Swedish organisations — a regional healthcare contact centre
// (vardkontakt/), a pharmacy chain (apotek/), a hotel chain (hotell/), a moving company (flytt/), an event-ticketing
// platform (biljett/), a home-care visit log (hemtjanst/), a debt-collection agency (inkasso/) and a municipality's
// IT helpdesk (it-helpdesk/). Formats: CSV (comma, semicolon, tab; UTF-8, BOM, Windows-1252; quoted multi-line
// cells), .xlsx, .docx, .pdf, .eml, .mbox, .json, .ndjson, .xml, .html, .txt, .log. All data is fabricated.
//
// Labelling conventions (truth.json):
// - truth: personal data a scanner should report — names of customers, patients, guests AND staff; personal e-mail
//   and phone numbers; personnummer and samordningsnummer (valid Luhn, invented dates); IPs of customers' devices
//   or connections. Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME
//   decoding, attachments under the outer file, .docx/.xlsx/.pdf as extracted text).
// - subtypes: 'private-ip' (RFC 1918 / CGNAT address of a customer device — policy-dependent, kept as truth),
//   'split-joined' (given and family name in separate fields of one record → ONE name "First Last"),
//   'split-joined-caps' (the same in an old all-capitals export), 'reversed' (`Efternamn, Förnamn`), 'caps',
//   'caps-reversed' (`SVENSSON ANNA`), 'lower', 'initial' (`A. Svensson`), 'staff', 'staff-lower', 'relative', 'child',
//   'attachment', 'foreign-phone', 'samordningsnummer', 'centenarian-plus' (YYMMDD+NNNN), 'ipv6', 'doc-range', …
//   Personnummer subtypes name the written form (pnr-short, pnr-long, pnr-long-dash, pnr-space, pnr-compact); phone
//   subtypes name kind and form (mobile-grouped, landline-e164, mobile-0046, …). Lone surnames (a Wi-Fi log's
//   `lastname=`), staff first names as sign-offs (`/ulf`) and chat speaker labels are written but not labelled.
// - nearMiss: look-alikes that must not be reported — bad-Luhn / impossible-date personnummer,
//   organisationsnummer, OCR / invoice / order / booking / ticket / customer numbers, dates, amounts, postal codes,
//   bankgiro / IBAN, versions, passport numbers, role mailboxes, company switchboards and 0771/020 numbers (kind
//   'service-line'), companies and hotels named after people, streets, places, lone first names (`Hej Anna,`),
//   server addresses of the organisations themselves (kind 'server-ip').
//
//   node scripts/eval/blind/seventh.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './seventh/lib.mjs';
import { runBlindSet } from './seventh/run-set.mjs';
import health from './seventh/sys-health.mjs';
import pharmacy from './seventh/sys-pharmacy.mjs';
import hotel from './seventh/sys-hotel.mjs';
import moving from './seventh/sys-moving.mjs';
import tickets from './seventh/sys-tickets.mjs';
import homecare from './seventh/sys-homecare.mjs';
import debt from './seventh/sys-debt.mjs';
import helpdesk from './seventh/sys-helpdesk.mjs';
import more from './seventh/sys-more.mjs';

await runBlindSet({
  name: 'seventh',
  header: { seed: SEED, today: TODAY, set: 'seventh' },
  build: (C) => {
    for (const build of [health, pharmacy, hotel, moving, tickets, homecare, debt, helpdesk, more]) build(C);
  },
});
