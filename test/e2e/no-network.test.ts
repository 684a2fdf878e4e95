import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileTree, type HostileTree } from '../../scripts/hostile/make-hostile-tree.mjs';
import { removeHostileWork } from '../helpers/hostile.js';
import { runCli } from '../helpers/exec.js';

const PRELOAD = fileURLToPath(new URL('../helpers/no-network.mjs', import.meta.url));

let work: string;
let tree: HostileTree;

/** Env that loads the preload in the main thread and (through NODE_OPTIONS) in every worker thread. */
function guarded(log: string): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `--import=${PRELOAD}`, NO_NETWORK_LOG: log };
}

function logLines(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gdpr-scan-no-network-'));
  tree = await makeHostileTree(join(work, 'tree'));
}, 120_000);

afterAll(() => removeHostileWork(work, tree));

describe('the no-network preload', () => {
  // The guard is only worth something if it catches attempts, in the main thread and in worker threads.
  it.each([
    ['fetch', "await fetch('http://127.0.0.1:9/')"],
    ['net.connect', "(await import('node:net')).connect(9, '127.0.0.1')"],
    ['tls.connect', "(await import('node:tls')).connect(9, '127.0.0.1')"],
    ['http.get', "(await import('node:http')).get('http://127.0.0.1:9/')"],
    ['https.request', "(await import('node:https')).request('https://127.0.0.1:9/')"],
    ['dns.lookup', "await (await import('node:dns')).promises.lookup('example.com')"],
    ['a worker thread', "await new Promise((done) => new (require('node:worker_threads').Worker)(WORKER).on('exit', done))"],
  ])('blocks and records %s', (_name, attempt) => {
    const log = join(work, `probe-${_name.replace(/\W/g, '')}.log`);
    const worker = join(work, 'probe-worker.mjs');
    writeFileSync(worker, "import net from 'node:net';\ntry { net.connect(9, '127.0.0.1'); } catch {}\n");
    const script = join(work, `probe-${_name.replace(/\W/g, '')}.mjs`);
    writeFileSync(script, `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst WORKER = ${JSON.stringify(worker)};\ntry { ${attempt}; } catch {}\n`);
    const run = spawnSync(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...guarded(log) }, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(0);
    const blocked = logLines(log).filter((line) => line.startsWith('no-network: blocked'));
    expect(blocked.length, run.stderr).toBeGreaterThan(0);
    if (_name === 'a worker thread') expect(blocked.some((line) => !line.endsWith('thread 0'))).toBe(true);
  });
});

describe('gdpr-scan never opens a network connection', () => {
  it.each([
    ['the bundled exports', () => 'fixtures/exports'],
    ['the hostile tree', () => tree.root],
  ])('over %s (main thread and worker threads)', async (name, root) => {
    const log = join(work, `scan-${name.replace(/\W/g, '')}.log`);
    const run = await runCli(['scan', root(), '--format', 'json', '--jobs', '2'], { env: guarded(log), timeoutMs: 90_000 });
    expect(run.code, run.stderr).toBe(0);
    const lines = logLines(log);
    expect(lines.filter((line) => line.startsWith('no-network: blocked'))).toEqual([]);
    expect(run.stderr).not.toContain('no-network');
    // The preload ran in the CLI's main thread and in its worker threads, so their silence means something.
    expect(lines).toContain('loaded thread 0');
    expect(lines.some((line) => /^loaded thread [1-9]/.test(line))).toBe(true);
    expect(JSON.parse(run.stdout)).toHaveProperty('systems');
  });
});
