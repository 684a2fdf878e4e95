#!/usr/bin/env node
// Scores gdpr-scan NDJSON findings against a generated corpus's truth.json.
//   node scripts/eval/score.mjs --truth DIR/truth.json --findings default=a.ndjson --findings medium=b.ndjson
//        [--show-values] [--json OUT.json] [--check] [--limit 15]
// Exit code 0, unless --check is given and the first run misses a target (then 1); bad usage/input → 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexTruth, scoreRun, parseFindings, CATEGORIES } from './lib/match.mjs';
import { renderRun, runSummary } from './lib/report.mjs';

export function scoreFiles({ truthPath, runs, showValues = false, limit = 15 }) {
  const truthFile = JSON.parse(readFileSync(truthPath, 'utf8'));
  const index = indexTruth(truthFile);
  const out = [];
  const json = { seed: truthFile.seed, files: truthFile.files, planted: {}, runs: {} };
  for (const c of CATEGORIES) {
    json.planted[c] = [...index.truth.get(c).values()].reduce((n, m) => n + m.size, 0);
  }
  out.push(`Corpus seed ${truthFile.seed}: ${truthFile.files} files; unique planted values per file: `
    + CATEGORIES.map((c) => `${c} ${json.planted[c]}`).join(', '));
  const results = [];
  for (const { label, path } of runs) {
    const { findings, missingValue } = parseFindings(readFileSync(path, 'utf8'));
    if (missingValue > 0 && findings.length === 0) {
      throw new Error(`${path}: findings carry no values; run gdpr-scan with --reveal`);
    }
    const result = scoreRun(index, findings);
    results.push({ label, result });
    out.push('', renderRun(`${label} (${findings.length} findings)`, result, { showValues, limit }));
    json.runs[label] = runSummary(result);
  }
  return { text: out.join('\n'), json, results };
}

function parseRunArg(arg, i) {
  const eq = arg.indexOf('=');
  return eq > 0 && !arg.slice(0, eq).includes('/') ? { label: arg.slice(0, eq), path: arg.slice(eq + 1) }
    : { label: i === 0 ? 'default' : `run${i + 1}`, path: arg };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: {
    truth: { type: 'string' }, findings: { type: 'string', multiple: true }, json: { type: 'string' },
    'show-values': { type: 'boolean', default: false }, check: { type: 'boolean', default: false },
    limit: { type: 'string', default: '15' },
  } });
  if (!values.truth || !values.findings?.length) {
    process.stderr.write('usage: score.mjs --truth truth.json --findings [label=]findings.ndjson ... [--json out] [--check] [--show-values]\n');
    process.exit(2);
  }
  try {
    const { text, json, results } = scoreFiles({ truthPath: values.truth, runs: values.findings.map(parseRunArg),
      showValues: values['show-values'], limit: Number(values.limit) });
    process.stdout.write(`${text}\n`);
    if (values.json) writeFileSync(values.json, `${JSON.stringify(json, null, 2)}\n`);
    const first = results[0]?.result;
    if (values.check && first && !CATEGORIES.every((c) => first.categories[c].pass)) process.exitCode = 1;
  } catch (error) {
    process.stderr.write(`score: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
