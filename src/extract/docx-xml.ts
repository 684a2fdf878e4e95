/**
 * Text out of WordprocessingML (`word/document.xml`, headers, footers, comments, notes) with a tag scanner:
 * only the handful of elements that carry structure or text are looked at. Tracked deletions (`w:delText`)
 * are read too: deleted text is still stored in the file.
 */

import { decodeEntities } from './xml-text.js';

export type DocxBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'cell'; readonly text: string; readonly table: number; readonly row: number; readonly cell: number; readonly header?: string };

/** The elements the scanner reacts to; `\b` keeps `w:p` from matching `w:pPr` and `w:t` from `w:tab`. */
const TAG_SOURCE = /<(\/?)(w:(?:p|tbl|tr|tc|t|delText|tab|br|cr)|mc:Fallback)\b[^>]*?(\/?)>/g;

interface TableState {
  readonly index: number;
  row: number;
  cell: number;
  /** First-row cell texts, used as field hints for the rows below. */
  readonly headers: string[];
}

interface CellState {
  readonly table: TableState;
  readonly row: number;
  readonly cell: number;
  readonly paragraphs: string[];
}

/** Header cells longer than this are content, not column names. */
const MAX_HEADER_CHARS = 60;

/**
 * Yields body paragraphs (text outside tables) and table cells (all paragraphs of the cell joined by
 * line breaks), in document order. `counter.tables` carries table numbering from one part to the next.
 */
export function* docxBlocks(xml: string, counter: { tables: number }): Generator<DocxBlock> {
  const paragraphs: string[][] = [];
  const tables: TableState[] = [];
  const cells: CellState[] = [];
  // A fresh regex per call: its lastIndex is state, and several documents may be read concurrently.
  const TAG = new RegExp(TAG_SOURCE);
  for (let match = TAG.exec(xml); match !== null; match = TAG.exec(xml)) {
    const closing = match[1] === '/';
    const name = match[2] as string;
    const selfClosing = match[3] === '/';
    const current = paragraphs[paragraphs.length - 1];
    switch (name) {
      case 'w:t':
      case 'w:delText': {
        if (closing || selfClosing) break;
        const end = xml.indexOf('</', TAG.lastIndex);
        if (end === -1) return;
        current?.push(decodeEntities(xml.slice(TAG.lastIndex, end)));
        TAG.lastIndex = end;
        break;
      }
      case 'w:tab':
        current?.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        current?.push('\n');
        break;
      case 'w:p': {
        if (selfClosing) break;
        if (!closing) {
          paragraphs.push([]);
          break;
        }
        const text = (paragraphs.pop() ?? []).join('');
        if (text.trim().length === 0) break;
        const cell = cells[cells.length - 1];
        if (cell) cell.paragraphs.push(text);
        else yield { kind: 'paragraph', text };
        break;
      }
      case 'w:tbl':
        if (selfClosing) break;
        if (closing) tables.pop();
        else tables.push({ index: ++counter.tables, row: 0, cell: 0, headers: [] });
        break;
      case 'w:tr': {
        const table = tables[tables.length - 1];
        if (!closing && !selfClosing && table) {
          table.row++;
          table.cell = 0;
        }
        break;
      }
      case 'w:tc': {
        const table = tables[tables.length - 1];
        if (selfClosing || !table) break;
        if (!closing) {
          table.cell++;
          cells.push({ table, row: table.row, cell: table.cell, paragraphs: [] });
          break;
        }
        const cell = cells.pop();
        if (!cell) break;
        const text = cell.paragraphs.join('\n');
        if (cell.row === 1) cell.table.headers[cell.cell - 1] = text.length <= MAX_HEADER_CHARS ? text : '';
        if (text.length === 0) break;
        const header = cell.row > 1 ? cell.table.headers[cell.cell - 1] : undefined;
        const block = { kind: 'cell', text, table: cell.table.index, row: cell.row, cell: cell.cell } as const;
        yield header ? { ...block, header } : block;
        break;
      }
      case 'mc:Fallback': {
        // Alternate content repeats the text of the preferred choice (text boxes); read it once.
        if (closing || selfClosing) break;
        const end = xml.indexOf('</mc:Fallback>', TAG.lastIndex);
        if (end === -1) return;
        TAG.lastIndex = end + '</mc:Fallback>'.length;
        break;
      }
    }
  }
}
