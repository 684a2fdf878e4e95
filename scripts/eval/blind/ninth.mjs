#!/usr/bin/env node
// Ninth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/{blind,score}.mjs,
// scripts/eval/lib/{match,normalize}.mjs, scripts/eval/README.md, the head of blind/seventh.mjs and the seventh set's
// plumbing (blind/seventh/lib.mjs, formats.mjs); never the detectors, rules, tests, fixtures or the other sets'
// contents, and never ran gdpr-scan. Own seed, own name pools (blind/ninth/lib.mjs).
//
// Theme: customer service of eight invented Swedish organisations — an online game's player support (spel/), a taxi
// company (taxi/), a trade union's member service (fack/), a housing cooperative's board (brf/), a bank's fraud desk
// (bank/), a pension company (pension/), a municipal preschool (forskola/) and a sports club (idrott/). Formats:
// WhatsApp .txt, SMS Backup & Restore XML, Messenger JSON (mojibake), Slack export, Teams HTML, gzipped access logs,
// .tar.gz notes, CSV (UTF-16LE/BOM, Windows-1252, UTF-8; `;` `,` tab), .xlsx, .docx, .pdf, .eml, .mbox, .ics, .vcf,
// JSON Lines. All data is fabricated.
//
// Labelling (truth.json): truth = names of customers, members, children, guardians, relatives and staff; personal
// e-mail and phones; personnummer / samordningsnummer (valid Luhn, invented dates); customers' IPs (private ranges
// as truth, subtype 'private-ip'). Given and family name in separate fields → ONE name "First Last" ('split-joined').
// Values are recorded as written in the decoded text (MIME-decoded mail, extracted document text, entries of an
// archive under the archive's path). In the Messenger export names with non-ASCII letters appear only as mojibake;
// those are labelled in the mojibake form (subtype 'mojibake'). nearMiss = look-alikes (see ninth/near.mjs): bad
// personnummer, org numbers, accounts, masked cards, transaction ids, BankID refs, OCR, invoices, IBAN, bankgiro,
// plates, dates, amounts, versions, role mailboxes, service lines and switchboards, companies / streets / teams named
// like people, lone first names, the organisations' server IPs ('server-ip'), item ids, user agents, Message-IDs.
//
//   node scripts/eval/blind/ninth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED } from './ninth/lib.mjs';
import { runBlindSet } from './seventh/run-set.mjs';

const MODULES = ['spel', 'taxi', 'fack', 'brf', 'bank', 'pension', 'forskola', 'idrott'];
await runBlindSet({
  name: 'ninth',
  header: { seed: SEED },
  shown: 60,
  build: async (C) => {
    for (const m of MODULES) (await import(`./ninth/${m}.mjs`)).default(C);
  },
  summary: (C, fileList, truth, nearMiss) => `${fileList.length} files, ${truth.length} truth, ${nearMiss.length} near-misses`,
});
