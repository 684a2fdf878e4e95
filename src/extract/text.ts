import { lineBlocks } from './lines.js';
import { readText } from './read-chunks.js';
import { findTextTables, type OpenTextTable } from './text-tables.js';
import type { ExtractItem, Extractor } from './types.js';
import { makeSegment } from './types.js';

/** Control bytes other than tab, LF, FF, CR and ESC mark binary content. */
function looksLikeText(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096);
  if (n === 0) return false;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control * 100 < n;
}

/**
 * Plain text and logs, and the fallback for unknown text-like files: line-aligned blocks of text. Tables pasted
 * into the text are read as cells under their column names, located by line (`row` is the file's line number).
 */
export const textExtractor: Extractor = {
  id: 'text',
  extensions: ['.txt', '.log', '.md', '.text'],
  sniff: looksLikeText,
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    let open: OpenTextTable | undefined;
    for await (const block of lineBlocks(readText(source, ctx.signal), undefined, source.part?.line)) {
      // Tables pasted into the text are read cell by cell under their column names (text-tables.ts); a table that
      // runs past a block's end (blocks are 0.25–1 MiB) goes on in the next block under the same names.
      const tables = findTextTables(block.text, true, ctx.holdsPersonalData, open);
      open = tables?.open;
      if (tables === undefined) {
        yield makeSegment(block.text, { kind: 'line', line: block.line }, undefined, undefined);
        continue;
      }
      if (tables.text.trim() !== '') yield makeSegment(tables.text, { kind: 'line', line: block.line }, undefined, undefined);
      for (const row of tables.rows) {
        for (const cell of row.cells) yield makeSegment(cell.text, { kind: 'cell', row: block.line + row.lineIndex, column: cell.column }, cell.column, 'cell', row.record);
      }
    }
  },
};
