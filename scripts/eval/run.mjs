#!/usr/bin/env node
// `npm run bench:accuracy [-- --seed 7 --scale 2 --check --show-values --json out.json --no-build]`
// build → generate a corpus in the temp dir → scan it twice (default confidence, --min-confidence medium) → score.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { scoreFiles } from './score.mjs';
import { CATEGORIES } from './lib/match.mjs';
import { writeFileSync } from 'node:fs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({ options: {
  seed: { type: 'string', default: '1' }, scale: { type: 'string', default: '1' },
  check: { type: 'boolean', default: false }, 'show-values': { type: 'boolean', default: false },
  json: { type: 'string' }, 'no-build': { type: 'boolean', default: false }, limit: { type: 'string', default: '15' },
} });

function step(label) {
  process.stderr.write(`bench:accuracy: ${label}\n`);
}

if (!values['no-build']) {
  step('building');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) {
    step(`build exited with ${build.status}; continuing with whatever dist/ holds`);
  }
}
if (!existsSync(join(repo, 'dist', 'cli', 'main.js'))) {
  step('dist/cli/main.js is missing — the CLI is not built; nothing to score');
  process.exit(2);
}

const work = join(tmpdir(), `gdpr-scan-eval-${values.seed}`);
const corpusDir = join(work, 'corpus');
const truthPath = join(work, 'truth.json');
mkdirSync(work, { recursive: true });
step(`generating corpus (seed ${values.seed}) in ${corpusDir}`);
const gen = await generate({ seed: values.seed, out: corpusDir, scale: Number(values.scale), truthOut: truthPath });
step(`${gen.files} files, ${(gen.bytes / 1e6).toFixed(1)} MB, ${gen.truth} planted values, ${gen.nearMiss} near-misses`);

const runs = [
  { label: 'default', flags: [] },
  { label: 'min-confidence=medium', flags: ['--min-confidence', 'medium'] },
];
for (const run of runs) {
  run.path = join(work, `findings-${run.label.replace(/[^a-z0-9]+/gi, '-')}.ndjson`);
  const started = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [join(repo, 'bin', 'gdpr-scan'), 'scan', corpusDir, '--format', 'ndjson',
    '-o', run.path, '--reveal', ...run.flags], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status === 2 || res.status === null || !existsSync(run.path)) {
    step(`scan (${run.label}) failed with exit ${res.status}:\n${(res.stderr ?? '').slice(0, 2000)}`);
    process.exit(2);
  }
  step(`scan (${run.label}): ${(ms / 1000).toFixed(1)} s, ${(gen.bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, `
    + `${statSync(run.path).size} bytes of findings, exit ${res.status}`);
}

const { text, json, results } = scoreFiles({ truthPath, runs: runs.map(({ label, path }) => ({ label, path })),
  showValues: values['show-values'], limit: Number(values.limit) });
process.stdout.write(`${text}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...json, corpusBytes: gen.bytes }, null, 2)}\n`);
const first = results[0]?.result;
if (values.check && first && !CATEGORIES.every((c) => first.categories[c].pass)) process.exitCode = 1;
