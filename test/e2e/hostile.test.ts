import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileTree, type HostileTree } from '../../scripts/hostile/make-hostile-tree.mjs';
import type { Skipped } from '../../src/scan-types.js';
import type { SourceFile } from '../../src/walk/types.js';
import { removeHostileWork } from '../helpers/hostile.js';
import { runCli, type ExecResult } from '../helpers/exec.js';

// The whole hostile tree (~130 MB, bombs included) must scan well within a minute on a 2-core machine.
const SCAN_LIMIT_MS = 60_000;

interface SkippedEntry { file: string; reason: string; detail: string; partial?: boolean }
interface Inventory { skipped: SkippedEntry[]; summary: { files: number; skipped: number } }
interface FindingLine { file: string; category: string; value?: string; masked: string }

let work: string;
let tree: HostileTree;
let out: string;
let sandbox: { home: string; tmp: string; cwd: string };
let strict: ExecResult & { ms: number };
let reveal: ExecResult & { ms: number };
let inventory: Inventory;
let revealed: FindingLine[];

async function timed(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<ExecResult & { ms: number }> {
  const started = Date.now();
  const result = await runCli(args, { timeoutMs: SCAN_LIMIT_MS, env, ...(cwd ? { cwd } : {}) });
  return { ...result, ms: Date.now() - started };
}

function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => `${join(e.parentPath, e.name)}:${e.isFile() ? statSync(join(e.parentPath, e.name)).size : e.isSymbolicLink() ? 'link' : 'other'}`).sort();
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gdpr-scan-hostile-'));
  tree = await makeHostileTree(join(work, 'tree'));
  out = join(work, 'out');
  // Empty HOME, TMPDIR and working directory: after the scan they must still be empty (no temp copies).
  sandbox = { home: join(work, 'home'), tmp: join(work, 'tmp'), cwd: join(work, 'cwd') };
  for (const dir of Object.values(sandbox)) mkdirSync(dir);
  const env = { HOME: sandbox.home, TMPDIR: sandbox.tmp, XDG_CACHE_HOME: join(sandbox.home, '.cache') };
  // A world-readable report from an earlier run must come out owner-only too.
  mkdirSync(out);
  writeFileSync(join(out, 'inventory.json'), '{}');
  chmodSync(join(out, 'inventory.json'), 0o644);
  const before = listTree(tree.root);
  strict = await timed(['scan', tree.root, '--format', 'json', '--format', 'markdown', '--format', 'ndjson', '--out-dir', out, '--fail-on-skipped'], env, sandbox.cwd);
  expect(listTree(tree.root)).toEqual(before);
  inventory = JSON.parse(readFileSync(join(out, 'inventory.json'), 'utf8')) as Inventory;
  reveal = await timed(['scan', tree.root, '--format', 'ndjson', '--reveal', '--quiet'], env, sandbox.cwd);
  revealed = reveal.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as FindingLine);
}, 3 * SCAN_LIMIT_MS);

afterAll(() => removeHostileWork(work, tree));

describe('scanning the hostile tree', () => {
  it('finishes well within a minute, with exit 1 under --fail-on-skipped and 0 without', () => {
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stderr).toMatch(/not scanned \(--fail-on-skipped\)/);
    expect(strict.ms).toBeLessThan(SCAN_LIMIT_MS);
    expect(reveal.code, reveal.stderr).toBe(0);
    expect(reveal.ms).toBeLessThan(SCAN_LIMIT_MS);
  });

  it('finds every planted value in every good file, whatever surrounds it', () => {
    expect(tree.good.length).toBeGreaterThanOrEqual(20);
    const missing: string[] = [];
    for (const { file, values } of tree.good) {
      const found = new Set(revealed.filter((f) => f.file === file).map((f) => `${f.category}:${f.value}`));
      for (const [category, value] of Object.entries(values)) if (!found.has(`${category}:${value}`)) missing.push(`${file} ${category}`);
    }
    expect(missing).toEqual([]);
  });

  it('never follows a link out of the root', () => {
    const values = tree.forbidden.flatMap((p) => Object.values(p));
    for (const f of revealed) expect(values).not.toContain(f.value);
    expect(revealed.some((f) => f.file.startsWith('links/outside'))).toBe(false);
  });

  it('scans an inside link once, under the first name it is found', () => {
    const notes = revealed.filter((f) => f.file === 'good/notes.txt' || f.file === 'links/inside.txt');
    expect(notes.map((f) => f.file)).toEqual(['good/notes.txt', 'good/notes.txt', 'good/notes.txt']);
  });

  it('lists every bad file with its reason and a readable detail, and nothing else', () => {
    const actual = inventory.skipped.map((s) => `${s.file} ${s.reason}${s.partial ? ' (partial)' : ''}`).sort();
    const expected = tree.skipped.map((s) => `${s.file} ${s.reason}${s.partial ? ' (partial)' : ''}`).sort();
    expect(actual).toEqual(expected);
    for (const want of tree.skipped) {
      const entry = inventory.skipped.find((s) => s.file === want.file && s.reason === want.reason);
      expect(entry?.detail, want.file).toMatch(want.detail);
      expect(entry?.detail, want.file).toMatch(/^[^\n]{10,300}$/);
    }
    for (const file of tree.clean) expect(inventory.skipped.map((s) => s.file)).not.toContain(file);
    expect(inventory.summary.skipped).toBe(tree.skipped.length);
  });

  it('reports unreadable files as permission-denied (only when not root: root reads chmod 000 files)', () => {
    const entry = inventory.skipped.find((s) => s.file === 'bad/unreadable.txt');
    if (process.getuid?.() === 0) expect(entry).toBeUndefined();
    else expect(entry).toMatchObject({ reason: 'permission-denied' });
  });

  it('summarises the skipped files in the terminal table: a count and the first few', () => {
    expect(strict.stdout).toContain(`Skipped or partly scanned: ${tree.skipped.length}`);
    expect(strict.stdout).toMatch(/… \d+ more \(see the JSON or Markdown report\)/);
  });

  it('leaks no raw value into JSON, Markdown, masked NDJSON, the table or stderr', () => {
    const values = new Set<string>();
    for (const { values: planted } of tree.good) for (const value of Object.values(planted)) values.add(value);
    for (const f of revealed) if (f.value && f.value.length >= 6) values.add(f.value);
    const texts: Record<string, string> = { stdout: strict.stdout, stderr: strict.stderr, 'reveal stderr': reveal.stderr };
    for (const name of readdirSync(out)) texts[name] = readFileSync(join(out, name), 'utf8');
    expect(Object.keys(texts)).toEqual(expect.arrayContaining(['inventory.json', 'findings.ndjson']));
    const leaks: string[] = [];
    for (const [name, text] of Object.entries(texts)) for (const value of values) if (text.includes(value)) leaks.push(`${name}: a ${value.length}-char value`);
    expect(leaks).toEqual([]);
    // Masked NDJSON has the same findings, just without values.
    expect(texts['findings.ndjson']!.trim().split('\n').length).toBe(revealed.length);
  });

  it('writes only the requested reports, owner-only (even over an older 0644 one), and no temporary copies anywhere', () => {
    for (const name of readdirSync(out)) expect(statSync(join(out, name)).mode & 0o777, name).toBe(0o600);
    for (const [name, dir] of Object.entries(sandbox)) expect(readdirSync(dir), name).toEqual([]);
  });
});

describe('the per-file time limit', () => {
  it('reports a file that takes too long as timeout and goes on with the next', async () => {
    const big = join(tree.root, tree.timeoutFile);
    const small = join(tree.root, 'good/kunder.csv');
    const run = await timed(['scan', big, small, '--file-timeout', '0.05', '--format', 'ndjson', '--reveal', '--quiet', '--fail-on-skipped', '-o', join(work, 'timeout.ndjson')]);
    expect(run.code).toBe(1);
    const json = await timed(['scan', big, small, '--file-timeout', '0.05', '--format', 'json']);
    const result = JSON.parse(json.stdout) as Inventory;
    expect(result.skipped).toEqual([
      // Two files given: each is named as given.
      expect.objectContaining({ file: big, reason: 'timeout', partial: true, detail: expect.stringMatching(/timed out after 0\.05 s/) }),
    ]);
    const findings = readFileSync(join(work, 'timeout.ndjson'), 'utf8');
    const planted = tree.good.find((g) => g.file === 'good/kunder.csv')!.values;
    for (const value of Object.values(planted)) expect(findings).toContain(value);
  });
});

describe('one job, isolated (what the CLI does with --jobs 1)', () => {
  it('scans in a worker thread, so the hard limit ends a file stuck in synchronous code', async () => {
    // Built code: the worker script lives in dist/. The soft limit is high, so only the hard one can fire.
    const { scan } = await import('../../dist/scan.js');
    const dir = join(work, 'one-job');
    mkdirSync(dir);
    const records = Array.from({ length: 300_000 }, (_, i) => ({ id: i, note: 'lorem ipsum dolor sit amet '.repeat(3), email: `kund.${i}@exempel.se` }));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ tickets: records }));
    writeFileSync(join(dir, 'small.txt'), `E-post ${tree.good[0]!.values.email}\n`);
    const started = Date.now();
    // Findings streamed out (as for --format ndjson) make the big file take tens of seconds.
    let findings = 0;
    const result = await scan(
      { paths: [dir], cwd: dir, jobs: 1, isolate: true, fileTimeoutMs: 600_000, hardTimeoutMs: 2_000, concurrency: 1 },
      { onFinding: () => void findings++ },
    );
    const elapsed = Date.now() - started;
    expect(result.skipped).toEqual([expect.objectContaining({ file: 'big.json', reason: 'timeout', partial: true })]);
    expect(result.skipped[0]!.detail).toMatch(/^timed out after 2 s/); // the hard limit, not the 600 s soft one
    // small.txt was still scanned, after the stuck file's thread was replaced.
    const email = result.systems.flatMap((system) => system.categories).find((category) => category.category === 'email');
    expect(email?.places.map((place) => place.file)).toContain('small.txt');
    expect(findings).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2_000 + 10_000); // far less than the file needs (tens of seconds on this machine)
  });
});

describe('the worker pool hard limit', () => {
  it('ends a thread stuck on one file, reports timeout, and keeps scanning with a fresh thread', async () => {
    // The built pool (its worker script lives in dist/). The soft limit is high, so only the hard one can fire.
    const { ScanPool } = await import('../../dist/engine/pool.js');
    const hardMs = 300;
    const pool = new ScanPool(1).configure(
      { key: new Uint8Array(32), persistentKey: false, minConfidence: 'low', maxFileSize: 2 ** 31, fileTimeoutMs: 600_000, keepValues: false, wantFindings: true, distinctSeed: 1 },
      hardMs,
    );
    const dir = join(work, 'pool');
    mkdirSync(dir);
    const records = Array.from({ length: 300_000 }, (_, i) => ({ id: i, note: 'lorem ipsum dolor sit amet '.repeat(3), email: `kund.${i}@exempel.se` }));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ tickets: records }));
    writeFileSync(join(dir, 'small.txt'), `E-post ${tree.good[0]!.values.email}\n`);
    const source = (name: string): SourceFile => ({ absolutePath: join(dir, name), relativePath: name, root: dir, size: statSync(join(dir, name)).size });
    const skipped: Skipped[] = [];
    let findings = 0;
    const sink = { finding: () => void findings++, skipped: (entry: Skipped) => void skipped.push(entry) };
    try {
      // Warm up: the thread exists and has loaded the rules. A new thread's start-up counts against the short
      // hard limit too, so on a loaded machine it may take a retry (a timed-out start-up is not what is tested).
      const scanSmall = async (): Promise<void> => {
        for (let attempt = 0; attempt < 10; attempt++) {
          skipped.length = 0;
          findings = 0;
          await pool.scan(source('small.txt'), 'pool', sink);
          if (skipped.length === 0) return;
        }
      };
      await scanSmall();
      expect(skipped).toEqual([]);
      const threads = (pool as unknown as { pool: { threads: Worker[] } }).pool.threads;
      const stuck = threads[0]!;
      const exited = new Promise<number>((resolve) => stuck.once('exit', resolve));
      const started = Date.now();
      await pool.scan(source('big.json'), 'pool', sink);
      const elapsed = Date.now() - started;
      expect(skipped).toEqual([expect.objectContaining({ file: 'big.json', reason: 'timeout', partial: true })]);
      expect(elapsed).toBeLessThan(hardMs + 5_000); // far less than the file needs (tens of seconds on this machine)
      await exited; // the stuck thread really ended
      await scanSmall();
      expect(skipped).toEqual([]);
      expect(findings).toBe(1);
      expect((pool as unknown as { pool: { threads: Worker[] } }).pool.threads[0]?.threadId).not.toBe(stuck.threadId);
    } finally {
      await pool.close();
    }
  });
});
