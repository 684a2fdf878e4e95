import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { renderReadme } from '../../scripts/readme-help.mjs';
import { REPO_ROOT } from '../helpers/exec.js';

describe('README', () => {
  it('shows the CLI help exactly as the built CLI prints it (run scripts/readme-help.mjs after changing flags)', () => {
    const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
    expect((renderReadme as (text: string) => string)(readme)).toBe(readme);
  });

  it('names the two commands that CI and newcomers run', () => {
    const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
    const ci = readFileSync(`${REPO_ROOT}.ci/run`, 'utf8');
    expect(readme).toContain('npm ci && npm run example');
    expect(readme).toContain('npm ci && npm test');
    expect(ci).toContain('npm ci && npm test');
  });
});
