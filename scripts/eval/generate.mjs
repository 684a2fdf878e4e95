#!/usr/bin/env node
// Writes a labelled evaluation corpus: `node scripts/eval/generate.mjs --seed 1 --out DIR [--scale 1]`.
// DIR/<system>/<files> plus DIR/truth.json (or --truth-out FILE, to keep it out of the scanned tree) ({ truth: [{file, category, value, subtype?}], nearMiss: [...] }).
// Every value is recorded by the writer as it is written (lib/corpus.mjs); nothing is re-detected.
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { createRng } from './lib/rng.mjs';
import { Corpus } from './lib/corpus.mjs';
import { makePerson, makeIpv4, asciiLocal } from './lib/values.mjs';
import { OWN_DOMAIN, AGENT_TEAM } from './lib/pools.mjs';
import { writeCsvFiles } from './lib/formats/csv.mjs';
import { writeTicketFiles } from './lib/formats/tickets.mjs';
import { writeMailFiles } from './lib/formats/mail.mjs';
import { writeChatFiles } from './lib/formats/chat.mjs';
import { writeDocxFiles } from './lib/formats/docx.mjs';
import { writePdfFiles } from './lib/formats/pdf.mjs';
import { writeNoteFiles } from './lib/formats/notes.mjs';
import { writeMsgFiles, writeRtfFiles, writeZipFiles } from './lib/formats/outlook.mjs';

const fitsCp1252 = (s) => iconv.decode(iconv.encode(s, 'win1252'), 'win1252') === s;

function population(rng, size) {
  const all = [];
  for (let i = 0; i < size; i++) all.push(makePerson(rng, i));
  return { all, cp1252: all.filter((p) => fitsCp1252(p.full)) };
}

function agents(rng, size) {
  const out = [];
  for (let i = 0; i < size; i++) {
    const p = makePerson(rng, `agent-${i}`);
    p.email = `${asciiLocal(p.first)}.${asciiLocal(p.last)}@${OWN_DOMAIN}`;
    p.team = rng.pick(AGENT_TEAM);
    out.push(p);
  }
  return out;
}

/** Generates the corpus; returns a summary. Exported for run.mjs. */
export async function generate({ seed = '1', out, scale = 1, truthOut }) {
  const root = resolve(out);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const rng = createRng(seed);
  const corpus = new Corpus(root);
  const people = population(rng.fork('people'), 1500);
  const staff = agents(rng.fork('agents'), 30);
  const ipRng = rng.fork('ip');
  const ctx = { population: people, agents: staff, agentsCp1252: staff.filter((a) => fitsCp1252(a.full)),
    ipv4: () => makeIpv4(ipRng) };
  const k = (n) => Math.max(1, Math.round(n * scale));

  writeCsvFiles(corpus, rng.fork('csv'), people, { count: k(28) });
  writeTicketFiles(corpus, rng.fork('tickets'), ctx, { jsonCount: k(14), ndjsonCount: k(8) });
  writeMailFiles(corpus, rng.fork('mail'), ctx, { mboxCount: k(10), emlCount: k(70) });
  writeChatFiles(corpus, rng.fork('chat'), ctx, { logCount: k(18), jsonCount: k(5) });
  await writeDocxFiles(corpus, rng.fork('docx'), ctx, { count: k(25) });
  await writePdfFiles(corpus, rng.fork('pdf'), ctx, { count: k(30) });
  writeNoteFiles(corpus, rng.fork('notes'), ctx, { count: k(15) });
  // Added in round 6, after the others: each format draws from its own fork, so the files above stay as they were.
  writeMsgFiles(corpus, rng.fork('msg'), ctx, { count: k(25) });
  writeRtfFiles(corpus, rng.fork('rtf'), ctx, { count: k(15) });
  writeZipFiles(corpus, rng.fork('zip'), ctx, { count: k(6) });

  const truthFile = { seed: String(seed), generator: 'scripts/eval/generate.mjs', files: corpus.files.length,
    fileList: corpus.files, truth: corpus.truth, nearMiss: corpus.nearMiss };
  const truthPath = truthOut ? resolve(truthOut) : join(root, 'truth.json');
  writeFileSync(truthPath, JSON.stringify(truthFile, null, 1));
  const perCategory = {};
  for (const t of corpus.truth) perCategory[t.category] = (perCategory[t.category] ?? 0) + 1;
  return { root, truthPath, files: corpus.files.length, bytes: corpus.bytes, truth: corpus.truth.length,
    nearMiss: corpus.nearMiss.length, perCategory };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, out: { type: 'string' },
    scale: { type: 'string', default: '1' }, 'truth-out': { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('usage: generate.mjs --seed N --out DIR [--scale 1]\n');
    process.exit(2);
  }
  const started = Date.now();
  const s = await generate({ seed: values.seed, out: values.out, scale: Number(values.scale),
    ...(values['truth-out'] ? { truthOut: values['truth-out'] } : {}) });
  process.stdout.write(`generated ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB, ${s.truth} planted values `
    + `(${Object.entries(s.perCategory).map(([c, n]) => `${c} ${n}`).join(', ')}), ${s.nearMiss} near-misses `
    + `in ${Date.now() - started} ms → ${s.root}\n`);
}
