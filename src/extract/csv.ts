import { extname } from 'node:path';
import { CsvReader, type CsvRecord } from './csv-reader.js';
import { genericNames, headerNames, looksLikeData, sniffDelimiter } from './csv-dialect.js';
import { flatten } from './flatten.js';
import { readText } from './read-chunks.js';
import type { CsvPartTable, ExtractContext, ExtractItem, ExtractSource, Extractor } from './types.js';
import { makeSegment } from './types.js';

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
  const table = new TableState(continued);
  for await (const chunk of readText(source, ctx.signal)) {
    reader ??= new CsvReader(continued?.delimiter ?? fileDelimiter(isTsv, chunk), MAX_RECORD_CHARS, source.part?.line);
    const records = reader.push(chunk);
    // Small batches: segments that die young are cheap to collect; a whole chunk's worth gets promoted.
    for (let at = 0; at < records.length; at += BATCH_RECORDS) yield table.segments(records.slice(at, at + BATCH_RECORDS));
    if (reader.failure) break;
  }
  if (!reader) return;
  const last: ExtractItem[] = reader.failure ? [] : table.segments(reader.finish());
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

/** The column names the first record gives: its cells as a header, or `column N` when it is data. */
export function columnNames(first: readonly string[]): { names: string[]; header: boolean } {
  return looksLikeData(first) ? { names: genericNames(first.length), header: false } : { names: headerNames(first), header: true };
}

/** Row numbering and column names across the records of one file. */
class TableState {
  private row = 0;
  private names: readonly string[] = [];
  private headerSeen = false;

  /** `continued`: resume a file's table at a later row (a part of a large file). */
  constructor(continued?: CsvPartTable) {
    if (!continued) return;
    this.names = continued.names;
    this.headerSeen = true;
    this.row = continued.row - 1;
  }

  segments(records: readonly CsvRecord[]): ExtractItem[] {
    const out: ExtractItem[] = [];
    for (const { cells } of records) {
      this.row++;
      if (!this.headerSeen) {
        this.headerSeen = true;
        const { names, header } = columnNames(cells);
        this.names = names;
        if (header) continue;
      }
      this.rowSegments(cells, out);
    }
    return out;
  }

  private column(index: number): string {
    return this.names[index] ?? `column ${index + 1}`;
  }

  private rowSegments(cells: readonly string[], out: ExtractItem[]): void {
    const row = this.row;
    // Every cell sees its whole row: the name detector joins Förnamn and Efternamn wherever they stand.
    let record: Record<string, string> | undefined;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i] as string;
      if (isBlank(text)) continue;
      if (!record) {
        record = {};
        for (let j = i; j < cells.length; j++) {
          const value = cells[j] as string;
          if (!isBlank(value)) record[this.column(j)] = value;
        }
      }
      const column = this.column(i);
      out.push(makeSegment(text, { kind: 'cell', row, column }, column, 'cell', record));
    }
  }
}

const NON_BLANK = /\S/;
function isBlank(text: string): boolean {
  // Most cells start with a visible character; the regex is only for the rest.
  return text.length === 0 || (text.charCodeAt(0) <= 32 && !NON_BLANK.test(text));
}
