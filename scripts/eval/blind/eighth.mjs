#!/usr/bin/env node
// Eighth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/{blind,score}.mjs,
// scripts/eval/lib/{match,normalize}.mjs, scripts/eval/README.md, the top of blind/seventh.mjs and the seventh set's
// plumbing (blind/seventh/lib.mjs, blind/seventh/formats.mjs); never the detectors, rules, tests, fixtures or the
// other blind sets, and never ran gdpr-scan or the scorer.
//
// Theme: customer service of eight invented Swedish organisations — an airline's customer relations (flyg/), a parcel
// carrier (paket/), a university's student service (universitet/), a funeral home (begravning/), a streaming
// subscription desk (streaming/), a car rental (biluthyrning/), a staffing agency (bemanning/) and a marketplace's
// trust & safety team (marknadsplats/). Formats: Dynamics 365 / Pipedrive / SugarCRM / Typeform / Google Forms CSV
// (UTF-8, BOM, Windows-1252; , ; tab; quoted multi-line cells), Zendesk/Kundo-like JSON, JSON Lines, Takeout mbox
// with X-Gmail-Labels, Outlook HTML-only .eml (quoted-printable), .xlsx, .docx, .pdf, .html, .ics, .vcf, access
// logs, SMS gateway logs, chat transcripts and a zip of notes. All data is fabricated; seed 'gdpr-scan/blind/eighth/2026-11-24'.
//
// Labelling (truth.json): truth = names of customers, relatives, deceased and staff; personal e-mail and phone
// numbers; personnummer / samordningsnummer (valid Luhn, invented dates); IPs of customers' devices and connections
// (private-range customer addresses: subtype 'private-ip'). Given and family name in separate fields of one record
// are ONE name `First Last` (subtype 'split-joined'). Each value is recorded exactly as it appears in the decoded
// text of its file; files inside a zip are labelled under the zip's own path.
// nearMiss = look-alikes that must not be reported: bad-Luhn / impossible-date personnummer, organisationsnummer,
// booking references, flight numbers, tracking and SSCC numbers, OCR / invoice / order / ticket numbers, IBAN,
// bankgiro, plates, dates, amounts, postal codes, versions, role mailboxes ('role_email'), switchboards and 0771/020
// lines ('service-line'), companies / places / streets named like people, lone first names, the organisations' own
// server addresses ('server-ip'), user agents and Message-IDs.
//
//   node scripts/eval/blind/eighth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './eighth/core.mjs';
import { runBlindSet } from './seventh/run-set.mjs';
import airline from './eighth/airline.mjs';
import parcel from './eighth/parcel.mjs';
import university from './eighth/university.mjs';
import funeral from './eighth/funeral.mjs';
import streaming from './eighth/streaming.mjs';
import carrental from './eighth/carrental.mjs';
import staffing from './eighth/staffing.mjs';
import marketplace from './eighth/marketplace.mjs';

await runBlindSet({
  name: 'eighth',
  header: { seed: SEED, today: TODAY },
  sortFiles: false,
  shown: 60,
  build: (C) => {
    for (const build of [airline, parcel, university, funeral, streaming, carrental, staffing, marketplace]) build(C);
  },
  // IPv6 addresses in the documentation prefix get their own subtype (a scanner may treat 2001:db8::/32 specially).
  finish: (C) => {
    for (const t of C.truth) if (t.category === 'ip' && /^\[?2001:db8:/i.test(t.value)) t.subtype = `${t.subtype ?? 'ipv6'}-doc-range`;
  },
  summary: (C, fileList, truth, nearMiss) =>
    `${fileList.length} files, ${[...C.files.values()].reduce((n, f) => n + f.bytes.length, 0)} bytes, ${truth.length} truth labels, ${nearMiss.length} near-misses`,
});
