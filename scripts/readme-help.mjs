#!/usr/bin/env node
// Rewrites the help blocks in README.md from the built CLI's own --help, so the README never drifts:
// `npm run build && node scripts/readme-help.mjs` (a test checks the README is up to date).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/gdpr-scan`;
const blocks = { main: [], scan: ['scan'], check: ['check'], init: ['init'], baseline: ['baseline', 'update'] };

export function renderReadme(text) {
  let out = text;
  for (const [name, args] of Object.entries(blocks)) {
    const start = `<!-- ${name}-help:start -->`;
    const end = `<!-- ${name}-help:end -->`;
    if (!out.includes(start)) continue;
    const help = execFileSync(process.execPath, [bin, ...args, '--help'], { env: { PATH: process.env.PATH, COLUMNS: '110', NO_COLOR: '1', LANG: 'C' } }).toString();
    const before = out.slice(0, out.indexOf(start) + start.length);
    const after = out.slice(out.indexOf(end));
    out = `${before}\n\`\`\`\n${help.trimEnd()}\n\`\`\`\n${after}`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = `${root}README.md`;
  writeFileSync(path, renderReadme(readFileSync(path, 'utf8')));
}
