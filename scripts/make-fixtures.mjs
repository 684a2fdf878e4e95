#!/usr/bin/env node
// Rebuilds every fixture file from fabricated data (never real people): `npm run fixtures`.
// Each module in scripts/fixtures/ exports `default async function ({ write, root })`;
// `write(relPath, bytes|string)` writes below fixtures/. Output is deterministic, so CI can
// check `git diff --exit-code fixtures` after regenerating.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', 'fixtures');
const only = process.argv.slice(2);

function write(relPath, content) {
  const target = resolve(root, relPath);
  if (!target.startsWith(root + '/')) throw new Error(`fixture path escapes fixtures/: ${relPath}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

const modules = readdirSync(join(here, 'fixtures'))
  .filter((name) => name.endsWith('.mjs') && !name.startsWith('_'))
  .sort();
for (const name of modules) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  const mod = await import(pathToFileURL(join(here, 'fixtures', name)).href);
  await mod.default({ write, root });
  console.log(`fixtures: ${name}`);
}
