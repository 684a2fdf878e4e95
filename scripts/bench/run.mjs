#!/usr/bin/env node
// Speed benchmark: `npm run bench [-- --mb 200 --runs 5 --corpus DIR]`.
// Generates (or reuses) the shared realistic export tree in a temp folder, warms the page cache,
// runs the built CLI several times and prints MB/s, files/s, peak RSS and time per stage.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    corpus: { type: 'string' },
    json: { type: 'string' },
  },
});
const generator = resolve(repo, '..', 'shared', 'bench', 'gen-corpus.mjs');
const corpus = args.corpus ?? join(tmpdir(), `gdpr-scan-bench-${args.mb}mb-seed${args.seed}`);

if (!existsSync(join(corpus, 'MANIFEST.json'))) {
  if (!existsSync(generator)) {
    console.error(`bench: no corpus at ${corpus} and no generator at ${generator} (../shared/bench is needed to make one)`);
    process.exit(2);
  }
  console.log(`bench: generating ${args.mb} MB corpus in ${corpus} …`);
  const gen = spawnSync(process.execPath, [generator, '--out', corpus, '--mb', args.mb, '--seed', args.seed], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(gen.status ?? 1);
}
const manifest = JSON.parse(readFileSync(join(corpus, 'MANIFEST.json'), 'utf8'));
const bytes = manifest.bytes ?? sumBytes(corpus);
const files = manifest.files?.length ?? manifest.files ?? 0;

function sumBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sumBytes(path) : statSync(path).size;
  }
  return total;
}

function warm(dir) {
  const buffer = Buffer.alloc(1 << 20);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) warm(path);
    else {
      const fd = openSync(path, 'r');
      while (readSync(fd, buffer, 0, buffer.length, null) > 0);
      closeSync(fd);
    }
  }
}

warm(corpus);
const runs = [];
for (let i = 0; i < Number(args.runs); i++) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(repo, 'bin', 'gdpr-scan'), 'scan', corpus, '--format', 'json', '-o', '/dev/null', '--quiet', '--profile'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const profileLine = child.stderr.split('\n').find((line) => line.startsWith('{"profile"'));
  const profile = profileLine ? JSON.parse(profileLine).profile : {};
  runs.push({ seconds, ...profile });
  console.log(`run ${i + 1}: ${seconds.toFixed(2)} s, ${(bytes / 1048576 / seconds).toFixed(1)} MB/s, peak RSS ${profile.peakRssMb ?? '?'} MB`);
}
runs.sort((a, b) => a.seconds - b.seconds);
const median = runs[Math.floor(runs.length / 2)];
const summary = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  corpusMb: +(bytes / 1048576).toFixed(1),
  files,
  runs: runs.length,
  medianSeconds: +median.seconds.toFixed(2),
  mbPerSecond: +(bytes / 1048576 / median.seconds).toFixed(1),
  filesPerSecond: +(files / median.seconds).toFixed(1),
  peakRssMb: Math.max(...runs.map((r) => r.peakRssMb ?? 0)),
  stagesMs: median.stagesMs,
  findings: median.findings,
};
console.log(JSON.stringify(summary, null, 2));
if (args.json) (await import('node:fs')).writeFileSync(args.json, JSON.stringify(summary, null, 2) + '\n');
