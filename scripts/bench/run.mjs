#!/usr/bin/env node
// Speed benchmark: `npm run bench [-- --mb 200 --runs 5 --corpus DIR --single]`.
// Generates (or reuses) the shared realistic export tree in a temp folder, warms the page cache,
// runs the built CLI several times and prints MB/s, files/s, peak RSS and time per stage.
// --single also compares one big file with the same bytes in the corpus's files: its mailboxes joined into
// one mbox, and its UTF-8 CRM exports into one CSV (one header), each scanned as a folder of the originals
// and as the single file.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
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
    single: { type: 'boolean', default: false },
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

if (args.single) compareSingleFiles();

/** One scan of `path`; its wall time and the profile line's numbers. */
function timeScan(path) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(repo, 'bin', 'gdpr-scan'), 'scan', path, '--format', 'json', '-o', '/dev/null', '--quiet', '--profile'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const profileLine = child.stderr.split('\n').find((line) => line.startsWith('{"profile"'));
  return { seconds, ...(profileLine ? JSON.parse(profileLine).profile : {}) };
}

function compareSingleFiles() {
  const work = `${corpus}-single`;
  rmSync(work, { recursive: true, force: true });
  const sets = [
    { name: 'mailbox', pick: (entry) => entry.path.startsWith('mailbox/') && entry.path.endsWith('.mbox'), single: 'mailbox.mbox', skipHeader: false },
    { name: 'crm', pick: (entry) => entry.path.startsWith('crm/') && entry.encoding === 'utf-8', single: 'kunder.csv', skipHeader: true },
  ];
  console.log('\none file against the same bytes in several (median of 3 scans each):');
  for (const set of sets) {
    const sources = (manifest.file_list ?? []).filter(set.pick).map((entry) => join(corpus, entry.path));
    if (sources.length < 2) continue;
    const folder = join(work, `${set.name}-files`);
    const singleFolder = join(work, `${set.name}-single`);
    mkdirSync(folder, { recursive: true });
    mkdirSync(singleFolder, { recursive: true });
    const out = openSync(join(singleFolder, set.single), 'w');
    sources.forEach((source, index) => {
      linkSync(source, join(folder, `${index}-${source.split('/').pop()}`));
      let bytes = readFileSync(source);
      if (set.skipHeader && index > 0) bytes = bytes.subarray(bytes.indexOf(10) + 1);
      else if (set.skipHeader && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      writeSync(out, bytes);
    });
    closeSync(out);
    warm(work);
    for (const [label, path] of [[`${sources.length} files`, folder], ['one file', singleFolder]]) {
      const results = [0, 1, 2].map(() => timeScan(path)).sort((a, b) => a.seconds - b.seconds);
      const median = results[1];
      const mb = sumBytes(path) / 1048576;
      console.log(`  ${set.name.padEnd(8)} ${label.padEnd(9)} ${mb.toFixed(1)} MB: ${median.seconds.toFixed(2)} s, ${(mb / median.seconds).toFixed(1)} MB/s, peak RSS ${median.peakRssMb ?? '?'} MB`);
    }
  }
  rmSync(work, { recursive: true, force: true });
}

