import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/exec.js';

// What `npm run build` adds to tsc's output: the bundles bin/gdpr-scan runs and the parsed rules snapshot.
describe('the build', () => {
  it('bundles the CLI and its worker thread script', () => {
    for (const file of ['cli.mjs', 'worker.cjs']) expect(existsSync(join(REPO_ROOT, 'dist/bundle', file)), file).toBe(true);
  });

  it('stores a rules snapshot that matches the shipped rules, so worker threads need not parse them', async () => {
    const { BUNDLED_RULES_DIR, parseRules } = await import('../../dist/detect/rules/load.js');
    const { readRulesSnapshot } = await import('../../dist/detect/rules/snapshot.js');
    const snapshot = readRulesSnapshot(join(REPO_ROOT, 'dist/rules.snapshot'), BUNDLED_RULES_DIR);
    expect(snapshot, 'dist/rules.snapshot is missing or stale: run npm run build').toBeDefined();
    const parsed = parseRules(BUNDLED_RULES_DIR);
    expect([...snapshot!.names.first]).toEqual([...parsed.names.first]);
    expect([...snapshot!.names.stop]).toEqual([...parsed.names.stop]);
    expect([...snapshot!.columns.byCategory]).toEqual([...parsed.columns.byCategory]);
    expect(snapshot!.keywords).toEqual(parsed.keywords);
  });

  it('stores a hash of the worker bundle, which --cache salts with so that another build does not replay old findings', async () => {
    const stored = readFileSync(join(REPO_ROOT, 'dist/code-hash.txt'), 'utf8').trim();
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    // The bundle's bytes, then each package the bundle leaves outside it, by version.
    const expected = createHash('sha256').update(readFileSync(join(REPO_ROOT, 'dist/bundle/worker.cjs')));
    for (const name of ['pdf-parse', '@kenjiuno/msgreader', '@kenjiuno/decompressrtf', 'piscina']) {
      const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expected.update(`\0${name}@${version}`);
    }
    expect(stored).toBe(expected.digest('hex'));
    const { codeHash } = await import('../../dist/cache/code-hash.js');
    expect(codeHash()).toBe(stored);
  });
});
