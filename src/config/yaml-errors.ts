import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';

/** Parses YAML text, turning syntax errors into a ConfigError with the file, line and column. */
export function parseYamlFile(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const position = error.linePos?.[0];
    // Only the first line of the parser's message: the rest quotes the source text.
    const summary = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`invalid YAML: ${summary}`, file, position?.line, position?.col);
  }
  return doc;
}

/** Line and column (1-based) of the node at `path`, or of its nearest parent that exists. */
export function positionOf(doc: Document.Parsed, text: string, path: readonly PropertyKey[]): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const keyRange = (pair?.key as { range?: number[] } | undefined)?.range;
      if (keyRange) offset = keyRange[0] ?? offset;
      next = pair?.value;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    const range = (next as { range?: number[] }).range;
    if (range && !isMap(next)) offset = range[0] ?? offset;
    else if (range && isMap(next) && typeof key === 'number') offset = range[0] ?? offset;
    node = next;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Validates a parsed YAML document and reports the first problem at its line, with the field's path. */
export function validateYaml<T>(schema: z.ZodType<T>, doc: Document.Parsed, text: string, file: string): T {
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  // A typo'd key also makes the real key "missing": report the typo, where the fix is.
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const issue = issues[0]!;
  // An unknown key is reported on its parent; point at the key itself, where the typo is.
  const path = [...(issue.path as PropertyKey[]), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
  const where = positionOf(doc, text, path);
  const field = path.length > 0 ? `${path.map(String).join('.')}: ` : '';
  const message = issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'this field is required' : issue.message;
  throw new ConfigError(`${field}${message}`, file, where.line, where.column);
}
