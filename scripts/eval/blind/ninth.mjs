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
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Corpus, SEED } from './ninth/lib.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' }, 'truth-out': { type: 'string' }, 'no-check': { type: 'boolean', default: false } } });
if (!values.out || !values['truth-out']) {
  process.stderr.write('usage: ninth.mjs --out DIR --truth-out FILE [--no-check]\n');
  process.exit(2);
}
const MODULES = ['spel', 'taxi', 'fack', 'brf', 'bank', 'pension', 'forskola', 'idrott'];
const C = new Corpus();
for (const m of MODULES) (await import(`./ninth/${m}.mjs`)).default(C);

if (!values['no-check']) {
  const errors = C.check();
  if (errors.length) {
    process.stderr.write(`ninth: ${errors.length} label(s) not found in the decoded text:\n${errors.slice(0, 60).join('\n')}\n`);
    process.exit(1);
  }
}
const fileList = [...C.files.keys()].sort();
for (const f of fileList) {
  const p = join(values.out, f);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, C.files.get(f).bytes);
}
mkdirSync(dirname(values['truth-out']), { recursive: true });
writeFileSync(values['truth-out'], `${JSON.stringify({ seed: SEED, files: fileList.length, fileList, truth: C.truth, nearMiss: C.nearMiss }, null, 1)}\n`);
process.stderr.write(`ninth: ${fileList.length} files, ${C.truth.length} truth, ${C.nearMiss.length} near-misses\n`);
