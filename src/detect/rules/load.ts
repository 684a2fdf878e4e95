import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { ConfigError } from '../../errors.js';
import { PACKAGE_ROOT, RULES_SNAPSHOT } from '../../package-paths.js';
import { CATEGORIES, type Category } from '../types.js';
import { readRulesSnapshot } from './snapshot.js';
import type { RuleSet } from './types.js';

/** The `rules/` folder shipped with the package. */
export const BUNDLED_RULES_DIR = fileURLToPath(new URL('rules/', PACKAGE_ROOT));

const KEYWORD_KEYS = ['personnummer', 'phone', 'notPersonal', 'greetings', 'signOffs', 'nameLabels'] as const;
const COLUMN_KINDS = new Set<string>([...CATEGORIES, 'nameFirst', 'nameLast', 'notPersonal', 'animal']);

/** Lower-case, NFC, trimmed: the form every gazetteer and keyword lookup uses. */
export function foldWord(word: string): string {
  return word.normalize('NFC').trim().toLowerCase();
}

const normalizedColumns = new Map<string, string>();

/** `ägare` → `agare`, `växel` → `vaxel`, `förnamn` → `fornamn`. */
function withoutSwedishLetters(word: string): string {
  return word.replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/ü/g, 'u');
}

/**
 * Column/field names compare without case, spaces, dots, dashes or underscores: `E-post` = `e_post` = `EPost`.
 * A note in parentheses and a trailing number go too: exports number repeated columns and explain formats there
 * (`Telefon 2`, `Personnummer (ÅÅMMDD-XXXX)`, `E-post (privat)`); so do colons (Salesforce's `Contact: Phone`), and a
 * form's question marks and required-field stars (`Vad heter du?`, `Namn *`).
 */
export function normalizeColumn(name: string): string {
  // Called per cell with the same few header names: memoised, bounded for exports with endless distinct keys.
  let normalized = normalizedColumns.get(name);
  if (normalized === undefined) {
    normalized = foldWord(name).replace(/\([^()]*\)/g, '').replace(/[\s._:?*\-]+/g, '');
    const unnumbered = normalized.replace(/\d+$/, '');
    if (unnumbered !== '') normalized = unnumbered;
    if (normalizedColumns.size < 10_000) normalizedColumns.set(name, normalized);
  }
  return normalized;
}

/**
 * Adds the words of one list, one per line, `#` starts a comment. Folded as a whole text, then split: the same
 * words as foldWord per line (NFC and lower-casing never reach across a line break), in half the time.
 */
function addWordList(file: string, words: Set<string>): void {
  for (const raw of readFileSync(file, 'utf8').normalize('NFC').toLowerCase().split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line) words.add(line);
  }
}

/** Reads every `*.txt` list in a folder whose name starts with `prefix` into one set. */
function readWordLists(dir: string, prefix: string): Set<string> {
  const words = new Set<string>();
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith(prefix) && entry.endsWith('.txt')) addWordList(join(dir, entry), words);
  }
  return words;
}

function readYamlMap(file: string): Map<string, { values: string[]; line: number }> {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { keepSourceTokens: false });
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new ConfigError(error.message.split('\n')[0] ?? 'invalid YAML', file, error.linePos?.[0]?.line, error.linePos?.[0]?.col);
  }
  const result = new Map<string, { values: string[]; line: number }>();
  const contents = doc.contents;
  if (!contents || !('items' in contents)) throw new ConfigError('expected a mapping at the top level', file, 1);
  for (const pair of contents.items as Array<{ key: { value?: unknown; range?: number[] }; value: unknown }>) {
    const key = String(pair.key?.value ?? '');
    const line = lineOf(pair.key?.range?.[0]);
    const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.();
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw new ConfigError(`"${key}" must be a list of strings`, file, line);
    }
    result.set(key, { values: value as string[], line });
  }
  return result;
}

/**
 * Loads and compiles the rule data once per scan (per worker thread). The bundled rules come from the
 * snapshot `npm run build` stores, while it matches the rules folder. Errors name the rules file and line.
 */
export function loadRules(dir: string = BUNDLED_RULES_DIR): RuleSet {
  return (dir === BUNDLED_RULES_DIR ? readRulesSnapshot(RULES_SNAPSHOT, dir) : undefined) ?? parseRules(dir);
}

/** Parses the rules folder (no snapshot). */
export function parseRules(dir: string): RuleSet {
  const namesDir = join(dir, 'names');
  const keywordsFile = join(dir, 'keywords.yaml');
  const keywordMap = readYamlMap(keywordsFile);
  const keywords = {} as Record<(typeof KEYWORD_KEYS)[number], readonly string[]>;
  for (const key of KEYWORD_KEYS) {
    const entry = keywordMap.get(key);
    if (!entry) throw new ConfigError(`missing list "${key}"`, keywordsFile, 1);
    keywords[key] = entry.values.map(foldWord);
  }

  const columnsFile = join(dir, 'columns.yaml');
  const byCategory = new Map<string, Category | 'nameFirst' | 'nameLast' | 'notPersonal' | 'animal'>();
  for (const [kind, { values, line }] of readYamlMap(columnsFile)) {
    if (!COLUMN_KINDS.has(kind)) {
      throw new ConfigError(`unknown column kind "${kind}" (expected one of ${[...COLUMN_KINDS].join(', ')})`, columnsFile, line);
    }
    for (const column of values) byCategory.set(normalizeColumn(column), kind as Category);
  }
  // Exports whose headers lost their å, ä and ö (`AGARE`, `FODELSEDATUM`, Windows-1252 read as ASCII): the same
  // columns, unless the folded form is a column of its own.
  for (const [column, kind] of [...byCategory]) {
    const folded = withoutSwedishLetters(column);
    if (folded !== column && !byCategory.has(folded)) byCategory.set(folded, kind);
  }

  return {
    names: {
      first: readWordLists(namesDir, 'first-'),
      last: readWordLists(namesDir, 'last-'),
      ambiguous: readWordLists(namesDir, 'ambiguous'),
      stop: readWordLists(namesDir, 'stop-'),
      everyday: readWordLists(namesDir, 'everyday'),
    },
    keywords,
    columns: { byCategory },
  };
}
