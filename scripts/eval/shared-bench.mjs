#!/usr/bin/env node
// `npm run bench:accuracy:shared [-- --mb 20 --seed 11 --show-values --no-build]`
// A second labelled corpus, written by a generator this project did not write: ../shared/bench/gen-corpus.mjs
// (the speed benchmark's). It tallies every value it plants but records only counts; a copy of it is made in
// the temp dir that also records each value with its file, then the corpus is scanned and scored like
// `npm run bench:accuracy`. Without ../shared it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scanAndScore } from './lib/scan-and-score.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const generator = resolve(repo, '..', 'shared', 'bench', 'gen-corpus.mjs');

const { values } = parseArgs({ options: {
  mb: { type: 'string', default: '20' }, seed: { type: 'string', default: '11' },
  'show-values': { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false },
  limit: { type: 'string', default: '15' },
} });

const step = (label) => process.stderr.write(`bench:accuracy:shared: ${label}\n`);

if (!existsSync(generator)) {
  step(`NOTE: ${generator} is not there (a clone without ../shared); nothing to measure`);
  process.exit(0);
}

// Each patch must find its anchor once: a changed generator stops the script instead of scoring nonsense.
const PATCHES = [
  ['function tally(kind, value, detail) {\n', 'let PLANTED_IN = null; const PLANTED = [];\nfunction tally(kind, value, detail) {\n  if (PLANTED_IN) PLANTED.push([PLANTED_IN, kind, value]);\n'],
  ['    this.rel = rel;\n', '    this.rel = rel; PLANTED_IN = rel;\n'],
  ["writeFileSync(join(OUT, 'MANIFEST.json')", "writeFileSync(process.env.PLANTED_OUT, JSON.stringify(PLANTED));\nwriteFileSync(join(OUT, 'MANIFEST.json')"],
];
let source = readFileSync(generator, 'utf8');
for (const [anchor, replacement] of PATCHES) {
  if (source.split(anchor).length !== 2) {
    step(`${generator} changed: "${anchor.trim()}" is not there exactly once; update scripts/eval/shared-bench.mjs`);
    process.exit(2);
  }
  source = source.replace(anchor, replacement);
}

if (!values['no-build']) {
  step('building');
  if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' }).status !== 0) process.exit(2);
}

const work = join(tmpdir(), `gdpr-scan-shared-eval-${values.seed}-${values.mb}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const corpus = join(work, 'corpus');
const plantedPath = join(work, 'planted.json');
writeFileSync(join(work, 'gen-corpus-labelled.mjs'), source);
step(`generating ${values.mb} MB (seed ${values.seed}) in ${corpus}`);
const gen = spawnSync(process.execPath, [join(work, 'gen-corpus-labelled.mjs'), '--out', corpus, '--mb', values.mb, '--seed', values.seed], {
  env: { ...process.env, PLANTED_OUT: plantedPath }, encoding: 'utf8',
});
if (gen.status !== 0) {
  step(`generator failed (${gen.status}): ${gen.stderr.slice(0, 500)}`);
  process.exit(2);
}

// The generator's kinds → the scorer's categories. Street addresses are not a category of gdpr-scan.
const CATEGORY = { personnummer: 'personnummer', samordningsnummer: 'personnummer', phone: 'phone', email: 'email', ipv4: 'ip', ipv6: 'ip', person_name: 'name' };
const NEAR_MISS_CATEGORY = { pnr_bad_checksum: 'personnummer', pnr_bad_date: 'personnummer', org_number: 'personnummer', order_number: 'phone', tracking_number: 'phone', date: 'phone', version: 'ip', role_email: 'email', message_id: 'email' };
const truth = [];
const nearMiss = [];
const files = new Set();
for (const [file, kind, value] of JSON.parse(readFileSync(plantedPath, 'utf8'))) {
  files.add(file);
  if (CATEGORY[kind]) truth.push({ file, category: CATEGORY[kind], value, subtype: kind });
  else if (NEAR_MISS_CATEGORY[kind]) nearMiss.push({ file, kind, value, category: NEAR_MISS_CATEGORY[kind] });
}
const truthPath = join(work, 'truth.json');
writeFileSync(truthPath, JSON.stringify({ seed: `shared-${values.seed}`, files: files.size, fileList: [...files], truth, nearMiss }));

const text = scanAndScore({ repo, corpus, truthPath, findingsPath: join(work, 'findings.ndjson'), showValues: values['show-values'], limit: Number(values.limit), step });
if (text === undefined) process.exit(2);
process.stdout.write(`${text}\n`);
