import { extname } from 'node:path';
import { CsvReader, type CsvRecord } from './csv-reader.js';
import { sniffDelimiter } from './csv-dialect.js';
import { flatten } from './flatten.js';
import { readText } from './read-chunks.js';
import { TableRows } from './table-rows.js';
import type { CsvPartTable, ExtractContext, ExtractItem, ExtractSource, Extractor } from './types.js';

/** A quoted field that never closes would otherwise swallow the rest of the file into memory. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;
const BATCH_RECORDS = 128;

/**
 * CSV/TSV: one segment per non-empty cell, located by spreadsheet row (header = row 1) and header name.
 * Every non-empty cell carries the whole row as `hints.record` (one shared object per row).
 */
export const csvExtractor: Extractor = {
  id: 'csv',
  extensions: ['.csv', '.tsv'],
  extract: (source, ctx) => flatten(batches(source, ctx)),
  extractBatches: batches,
};

/** Segments per decoded chunk; flattened by the caller. */
async function* batches(source: ExtractSource, ctx: ExtractContext): AsyncGenerator<ExtractItem[]> {
  const isTsv = extname(source.name).toLowerCase() === '.tsv';
  let reader: CsvReader | undefined;
  // A part of a large file after the first (see engine/split.ts) continues the file's table.
  const continued = source.part?.table;
  const table = new CsvTable(continued, ctx);
  for await (const chunk of readText(source, ctx.signal)) {
    reader ??= new CsvReader(continued?.delimiter ?? fileDelimiter(isTsv, chunk), MAX_RECORD_CHARS, source.part?.line);
    const records = reader.push(chunk);
    // Small batches: segments that die young are cheap to collect; a whole chunk's worth gets promoted.
    for (let at = 0; at < records.length; at += BATCH_RECORDS) yield table.segments(records.slice(at, at + BATCH_RECORDS));
    if (reader.failure) break;
  }
  if (!reader) return;
  const last: ExtractItem[] = reader.failure ? [] : table.segments(reader.finish());
  table.finish(last);
  if (reader.failure) {
    const { problem, line, overLimit } = reader.failure;
    last.push({ kind: 'partial-skip', reason: overLimit ? 'limit' : 'corrupt', detail: `CSV parse error at line ${line}: ${problem}` });
  }
  yield last;
}

/** The delimiter of a CSV or TSV file, from its first decoded chunk. */
export function fileDelimiter(isTsv: boolean, head: string): string {
  return isTsv && /^[^\n]*\t/.test(head) ? '\t' : sniffDelimiter(head);
}

/** Row numbering across the records of one file; the rows become segments in TableRows. */
class CsvTable {
  private row = 0;
  private readonly rows: TableRows;

  /** `continued`: resume a file's table at a later row (a part of a large file). */
  constructor(continued: CsvPartTable | undefined, ctx: ExtractContext) {
    this.rows = new TableRows('', continued?.first, ctx.holdsPersonalData, ctx.knownColumn);
    if (continued) this.row = continued.row - 1;
  }

  segments(records: readonly CsvRecord[]): ExtractItem[] {
    const out: ExtractItem[] = [];
    for (const { cells } of records) this.rows.add(++this.row, cells, undefined, out);
    return out;
  }

  finish(out: ExtractItem[]): void {
    this.rows.finish(out);
  }
}
