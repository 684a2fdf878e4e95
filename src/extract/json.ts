import { ExtractError } from '../errors.js';
import { decodeBytes } from './encoding.js';
import { flatten } from './flatten.js';
import { childPath, walkJson } from './json-walk.js';
import { hasMojibake, repairJsonStrings } from './mojibake.js';
import { ndjsonBatches } from './ndjson.js';
import { readText, readWhole } from './read-chunks.js';
import type { ExtractContext, ExtractItem, ExtractSource, Extractor, PersonalDataCheck } from './types.js';

/** JSON.parse needs the whole document in memory (about 3× its size); beyond this a streaming parser is needed. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** V8's messages quote the text around the error; only the position is kept. */
function describeSyntaxError(error: SyntaxError): string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position !== undefined) return `invalid JSON at character ${position}`;
  return /end of (JSON )?input/i.test(error.message) ? 'invalid JSON: unexpected end of input' : 'invalid JSON';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new ExtractError('corrupt', describeSyntaxError(error));
    throw error;
  }
}

/** The key of the largest array of objects directly under the root object, e.g. `tickets`. */
function recordsKey(root: Record<string, unknown>): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  for (const [key, value] of Object.entries(root)) {
    if (Array.isArray(value) && value.length > bestLength && value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      best = key;
      bestLength = value.length;
    }
  }
  return best;
}

/**
 * JSON documents: records are the elements of a top-level array, or of the largest array of objects under
 * the root (`{"tickets": [...]}`); otherwise the whole document is record 1. Fields outside the records
 * array (export metadata) are reported as record 0.
 */
export const jsonExtractor: Extractor = {
  id: 'json',
  extensions: ['.json'],
  sniff(head) {
    const text = Buffer.from(head.subarray(0, 64)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
    return text.startsWith('{') || text.startsWith('[');
  },
  extract: (source, ctx) => flatten(batches(source, ctx)),
  extractBatches: batches,
};

/** Items of the whole document in document order. */
function* documentItems(root: unknown, check: PersonalDataCheck | undefined): Generator<ExtractItem> {
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) for (const item of walkJson(root[i], i + 1, `[${i}]`, check)) yield item;
    return;
  }
  if (root === null || typeof root !== 'object') {
    for (const item of walkJson(root, 1, '', check)) yield item;
    return;
  }
  const object = root as Record<string, unknown>;
  const key = recordsKey(object);
  if (key === undefined) {
    for (const item of walkJson(object, 1, '', check)) yield item;
    return;
  }
  const { [key]: records, ...rest } = object;
  const base = childPath('', key, check);
  for (const [index, value] of (records as unknown[]).entries()) {
    for (const item of walkJson(value, index + 1, childPath(base, index), check)) yield item;
  }
  if (Object.keys(rest).length > 0) for (const item of walkJson(rest, 0, '', check)) yield item;
}

const BATCH_ITEMS = 512;

/** No record of a JSON Lines export is longer; a longer first line is read no further. */
const MAX_FIRST_LINE = 16 * 1024 * 1024;

/** The file's first line, read as a stream, is a JSON object or array of its own (JSON Lines). */
async function firstLineIsJson(source: ExtractSource, ctx: ExtractContext): Promise<boolean> {
  let head = '';
  for await (const text of readText(source, ctx.signal)) {
    const newline = text.indexOf('\n');
    head += newline < 0 ? text : text.slice(0, newline);
    if (newline >= 0) return isJsonValueLine(head);
    if (head.length > MAX_FIRST_LINE) return false;
  }
  return false;
}

function isJsonValueLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object';
  } catch {
    return false;
  }
}

/** The first line is a JSON object or array of its own and more follows: JSON Lines, whatever the file is called. */
function isJsonLines(text: string): boolean {
  const start = text.search(/\S/);
  const end = start < 0 ? -1 : text.indexOf('\n', start);
  return end >= 0 && isJsonValueLine(text.slice(start, end)) && /\S/.test(text.slice(end));
}

/** The document is parsed at once, so items come synchronously; the consumer gets them in batches. */
async function* batches(source: ExtractSource, ctx: ExtractContext): AsyncGenerator<ExtractItem[]> {
  // Too large to parse whole: JSON Lines (records longer than the sniffed head) can still be streamed.
  if ((source.bytes?.length ?? source.size) > Math.min(ctx.maxBytes, MAX_JSON_BYTES) && (await firstLineIsJson(source, ctx))) {
    yield* ndjsonBatches(source, ctx);
    return;
  }
  const bytes = await readWhole(source, Math.min(ctx.maxBytes, MAX_JSON_BYTES), 'JSON document');
  const text = decodeBytes(bytes).text;
  let root: unknown;
  try {
    root = parseJson(text);
  } catch (error) {
    // Zendesk's incremental exports and many API dumps are JSON Lines saved as `.json`: one record per line.
    if (error instanceof ExtractError && isJsonLines(text)) {
      yield* ndjsonBatches(source, ctx);
      return;
    }
    throw error;
  }
  if (hasMojibake(text)) root = repairJsonStrings(root);
  let batch: ExtractItem[] = [];
  for (const item of documentItems(root, ctx.holdsPersonalData)) {
    batch.push(item);
    if (batch.length >= BATCH_ITEMS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
