// The command line every blind set from the seventh on shares: `node <set>.mjs --out DIR --truth-out FILE [--no-check]`.
// Builds the corpus, checks every label against the decoded text (exit 1 with the misses), writes the files and
// truth.json. Written for the seventh set; the later sets call it with their own name and truth fields.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Corpus } from './lib.mjs';

/**
 * `build(C)` fills the corpus. `header`: the fields written before `files` in truth.json (`{ seed, today, … }`).
 * `sortFiles`: list and write the files in name order (else in the order written). `finish(C)` runs after the build
 * and before the check (a set's own relabelling). `labels(C)`: the truth and near-misses to write (default all).
 */
export async function runBlindSet({ name, build, header, sortFiles = true, shown = 40, finish, labels, summary }) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'truth-out': { type: 'string' }, 'no-check': { type: 'boolean', default: false } } });
  if (!values.out || !values['truth-out']) {
    process.stderr.write(`usage: ${name}.mjs --out DIR --truth-out FILE [--no-check]\n`);
    process.exit(2);
  }
  const C = new Corpus();
  await build(C);
  finish?.(C);
  if (!values['no-check']) {
    const errors = C.check();
    if (errors.length) {
      process.stderr.write(`${name}: ${errors.length} label(s) not found in the decoded text:\n${errors.slice(0, shown).join('\n')}\n`);
      process.exit(1);
    }
  }
  const fileList = sortFiles ? [...C.files.keys()].sort() : [...C.files.keys()];
  for (const file of fileList) {
    const path = join(values.out, ...file.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, C.files.get(file).bytes);
  }
  const { truth, nearMiss } = labels ? labels(C) : { truth: C.truth, nearMiss: C.nearMiss };
  mkdirSync(dirname(values['truth-out']), { recursive: true });
  writeFileSync(values['truth-out'], `${JSON.stringify({ ...header, files: fileList.length, fileList, truth, nearMiss }, null, 1)}\n`);
  process.stderr.write(`${name}: ${summary ? summary(C, fileList, truth, nearMiss) : `${fileList.length} files, ${truth.length} truth, ${nearMiss.length} near-miss`}\n`);
}

/**
 * `labels` for runBlindSet: a value written several times in one file is recorded once, the first occurrence keeping
 * its subtype (truth by category and value, near-misses by kind and value). Shared by the tenth set and later.
 */
export function firstOccurrences(C) {
  return {
    truth: firstOf(C.truth, (t) => `${t.file}\u0000${t.category}\u0000${t.value}`),
    nearMiss: firstOf(C.nearMiss, (n) => `${n.file}\u0000${n.kind}\u0000${n.value}`),
  };
}

function firstOf(list, key) {
  const seen = new Set();
  return list.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
