import { flatten } from './flatten.js';
import { walkJsonInto } from './json-walk.js';
import { splitLines } from './lines.js';
import { readText } from './read-chunks.js';
import type { ExtractContext, ExtractItem, ExtractSource, Extractor } from './types.js';

const OBJECT_LINE = /^\s*\{[^\n]*\}\s*\r?\n\s*\{/;

/**
 * NDJSON / JSON Lines: streamed line by line; line N is record N and paths are relative to the line's
 * value (`requester.email`). A line that is not JSON is reported and skipped; the rest is still read.
 */
export const ndjsonExtractor: Extractor = {
  id: 'ndjson',
  extensions: ['.ndjson', '.jsonl'],
  sniff(head) {
    return OBJECT_LINE.test(Buffer.from(head.subarray(0, 64 * 1024)).toString('utf8'));
  },
  extract: (source, ctx) => flatten(ndjsonBatches(source, ctx)),
  extractBatches: ndjsonBatches,
};

/** Lines per batch: enough to amortise the async hand-off, few enough that segments die young. */
const BATCH_LINES = 64;

/** The records of a JSON Lines file, a batch of lines at a time (also for JSON Lines saved as `.json`). */
export async function* ndjsonBatches(source: ExtractSource, ctx: ExtractContext): AsyncGenerator<ExtractItem[]> {
  let batch: ExtractItem[] = [];
  let lines = 0;
  let badLines = 0;
  let firstBad = 0;
  for await (const { text, line, tooLong } of splitLines(readText(source, ctx.signal), undefined, source.part?.line)) {
    if (++lines % BATCH_LINES === 0 && batch.length > 0) {
      yield batch;
      batch = [];
    }
    if (tooLong) {
      batch.push({ kind: 'partial-skip', reason: 'limit', detail: `NDJSON line ${line} is too long to parse; skipped` });
      continue;
    }
    if (text.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      // Reported individually up to a point, so a file that is not NDJSON at all does not flood the report.
      if (badLines++ < 10) batch.push({ kind: 'partial-skip', reason: 'corrupt', detail: `NDJSON line ${line} is not valid JSON; skipped` });
      else if (badLines === 11) firstBad = line;
      continue;
    }
    walkJsonInto(value, line, '', batch, ctx.holdsPersonalData);
  }
  if (badLines > 10) {
    batch.push({ kind: 'partial-skip', reason: 'corrupt', detail: `${badLines - 10} more NDJSON lines (from line ${firstBad}) are not valid JSON; skipped` });
  }
  if (batch.length > 0) yield batch;
}
