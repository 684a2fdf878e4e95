#!/usr/bin/env node
// Scores gdpr-scan on a corpus written blind (scripts/eval/blind/<set>.mjs): fabricated Swedish
// support exports whose generators were written without reading the detectors. Generates it in the temp dir, scans
// it with --reveal and prints the same table as bench:accuracy.
//   npm run bench:accuracy:blind -- [--set first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth] [--show-values] [--no-build] [--limit 15]
// Exit code 0; 2 when the generator, the build or the scan fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scanAndScore } from './lib/scan-and-score.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: {
  set: { type: 'string', default: 'first' },
  'show-values': { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false },
  limit: { type: 'string', default: '15' },
} });
const step = (label) => process.stderr.write(`bench:accuracy:blind: ${label}\n`);
const SETS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twentyfirst', 'twentysecond', 'twentythird', 'twentyfourth', 'twentyfifth', 'twentysixth'];
if (!SETS.includes(values.set)) {
  step(`--set must be one of ${SETS.join(', ')}, not "${values.set}"`);
  process.exit(2);
}

if (!values['no-build']) {
  step('building');
  if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' }).status !== 0) process.exit(2);
}

const work = join(tmpdir(), `gdpr-scan-blind-eval-${values.set}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const corpus = join(work, 'corpus');
const truthPath = join(work, 'truth.json');
step(`generating in ${corpus}`);
const gen = spawnSync(process.execPath, [join(repo, 'scripts', 'eval', 'blind', `${values.set}.mjs`), '--out', corpus, '--truth-out', truthPath], { encoding: 'utf8' });
if (gen.status !== 0) {
  step(`generator failed (${gen.status}): ${gen.stderr.slice(-500)}`);
  process.exit(2);
}

const text = scanAndScore({ repo, corpus, truthPath, findingsPath: join(work, 'findings.ndjson'), showValues: values['show-values'], limit: Number(values.limit), step });
if (text === undefined) process.exit(2);
process.stdout.write(`${text}\n`);
