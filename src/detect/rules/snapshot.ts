import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RuleSet } from './types.js';

/** Bumped when the RuleSet's shape changes, so an older snapshot is not taken for a current one. */
const SNAPSHOT_FORMAT = 2;

/** Every file under the rules folder: path relative to it, and contents. */
type RulesFiles = Array<readonly [path: string, contents: Uint8Array]>;

interface Snapshot {
  readonly format: number;
  /** The rules files the RuleSet was parsed from, byte for byte: an edited rules file makes it stale. */
  readonly files: RulesFiles;
  readonly rules: RuleSet;
}

function readRulesFiles(dir: string): RulesFiles {
  const files: RulesFiles = [];
  const visit = (folder: string, prefix: string): void => {
    // Code-unit order: any fixed order will do, and localeCompare would load ICU's collator (~ms in a new thread).
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isDirectory()) visit(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push([`${prefix}${entry.name}`, readFileSync(join(folder, entry.name))]);
    }
  };
  visit(dir, '');
  return files;
}

function sameFiles(a: RulesFiles, b: RulesFiles): boolean {
  return a.length === b.length && a.every(([path, contents], i) => path === b[i]![0] && Buffer.compare(contents, b[i]![1]) === 0);
}

/**
 * Parsing the rules (YAML, ~50,000 gazetteer words) costs tens of milliseconds in every worker thread; `npm
 * run build` stores the parsed RuleSet (V8 serialisation, ~10 ms to read back) with the files it came from.
 * Comparing those bytes with the rules folder costs well under a millisecond (a hash would cost several in
 * a new thread). Undefined when there is no snapshot, it is unreadable (another Node version, a damaged
 * file) or a rules file has changed since: the caller then parses the rules.
 */
export function readRulesSnapshot(file: string | URL, rulesDir: string): RuleSet | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const snapshot = deserialize(data) as Partial<Snapshot> | null;
    if (snapshot?.format !== SNAPSHOT_FORMAT || !snapshot.files || !snapshot.rules) return undefined;
    return sameFiles(snapshot.files, readRulesFiles(rulesDir)) ? snapshot.rules : undefined;
  } catch {
    return undefined;
  }
}

export function writeRulesSnapshot(file: string | URL, rulesDir: string, rules: RuleSet): void {
  writeFileSync(file, serialize({ format: SNAPSHOT_FORMAT, files: readRulesFiles(rulesDir), rules } satisfies Snapshot));
}
