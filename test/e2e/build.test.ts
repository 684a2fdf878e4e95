import { existsSync } from 'node:fs';
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
});
