import { decodeEntities } from './mime/entities.js';
import type { Location, PersonalDataCheck, Segment } from './types.js';
import { makeSegment } from './types.js';

/**
 * Tables in HTML exports (a CRM list saved as a web page, a helpdesk's printable report): cells are read as
 * cells, under the column names of the table's header row, as a CSV's are. A `Personnummer` or `Telefon` column
 * then decides for bare numbers, a `Namn` column for names of everyday words (`Per Holm`), and `Förnamn` +
 * `Efternamn` of a row join into one person. In a table without a header, a short label cell names the cell after
 * it (`Personnummer | 850312-2387`), as in a form.
 *
 * The header row is a row of `<th>` cells, or the row in `<thead>`, or, when a table has neither, a first row of
 * short cells without digits or `@`. Locations are `row N, column Namn` (the header is row 1, as in a CSV); in a
 * file's second and later tables the column reads `table 2 › Namn`. Without a header a cell is `table 1, row 2,
 * cell 3`. A `colspan` cell covers its columns (the text stands in the first); nested tables are read on their own.
 */

const MAX_CELL_CHARS = 1024 * 1024;
const MAX_HEADER_CHARS = 40;
/** A row this long is handed on as it stands (broken markup that never closes a row must not pile up cells). */
const MAX_ROW_CELLS = 4096;
/** Tables nested deeper than this are read as the cell text of the deepest one. */
const MAX_DEPTH = 256;

interface Cell {
  parts: string[];
  chars: number;
  header: boolean;
  repeat: number;
  /** Further columns a `colspan` cell covers: empty cells after it keep the columns aligned. */
  span: number;
}

interface Table {
  readonly index: number;
  /** An OpenDocument table's own name (`table:name`: the sheet's name in a spreadsheet). */
  readonly name: string | undefined;
  headers: string[] | undefined;
  inHead: boolean;
  /** Rows read so far, the header included (the next row's number is rows + 1). */
  rows: number;
  row: Array<{ text: string; header: boolean }> | undefined;
  cell: Cell | undefined;
  /** Rows held back while it is open whether a first row of two labels is a header or a form's first line. */
  held: Array<Array<{ text: string; header: boolean }>> | undefined;
}

/** A two-column table held back longer than this is decided on the rows seen (forms are short). */
const MAX_HELD_ROWS = 200;

/** OpenDocument's table elements (local names), as the HTML ones they stand for. */
const ODF_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['table-row', 'tr'],
  ['table-cell', 'td'],
  ['covered-table-cell', 'td'],
  ['table-header-rows', 'thead'],
]);
/** An empty cell repeated to the sheet's edge says `number-columns-repeated="16384"`: only this many count. */
const MAX_REPEAT = 256;

export class HtmlTableCollector {
  /**
   * `odf`: the tables of an OpenDocument part (`table:table-row`, `table:table-cell` …) instead of HTML's.
   * `holdsPersonalData`: a row with personal data in it is no header, and a table named for a person is named by
   * its number (see ExtractContext).
   */
  constructor(
    private readonly dialect: 'html' | 'odf' = 'html',
    private readonly holdsPersonalData?: PersonalDataCheck,
  ) {}

  private readonly stack: Table[] = [];
  private tables = 0;
  private pending: Segment[] = [];
  private byTableName = false;

  /**
   * Columns read `Blad2 › Namn` in every table that has a name of its own, as a workbook's sheets do in .xlsx
   * (xlsx.ts), instead of `table 2 › Namn`: for an OpenDocument part with several tables.
   */
  nameColumnsByTable(): void {
    this.byTableName = true;
  }

  /** True while text belongs to a table cell (and not to the page's running text). */
  get inCell(): boolean {
    return this.stack.at(-1)?.cell !== undefined;
  }

  addText(text: string): void {
    const cell = this.stack.at(-1)?.cell;
    if (cell === undefined || cell.chars >= MAX_CELL_CHARS) return;
    cell.parts.push(text);
    cell.chars += text.length;
  }

  /**
   * An element's tag was read: `name` its lower-case local name; for a cell, `width.repeat` how many cells an
   * OpenDocument cell stands for (`table:number-columns-repeated`), `width.span` how many columns an HTML cell
   * covers (`colspan`).
   */
  onTag(tagName: string, closing: boolean, width: { readonly repeat: number; readonly span: number } = { repeat: 1, span: 1 }, tableName?: string): void {
    const name = this.dialect === 'odf' ? (ODF_ELEMENTS.get(tagName) ?? (tagName === 'table' ? 'table' : tagName === 'p' ? 'p' : '')) : tagName;
    switch (name) {
      case 'table':
        if (closing) this.closeTable();
        else if (this.stack.length < MAX_DEPTH) this.openTable(tableName);
        return;
      case 'thead':
        this.endRow();
        if (this.stack.length > 0) this.stack.at(-1)!.inHead = !closing;
        return;
      case 'tbody':
      case 'tfoot':
        this.endRow();
        return;
      case 'tr':
        this.endRow();
        if (!closing && this.stack.length > 0) this.stack.at(-1)!.row = [];
        return;
      case 'td':
      case 'th': {
        const table = this.stack.at(-1);
        if (table === undefined) return;
        this.endCell(table);
        if ((table.row?.length ?? 0) >= MAX_ROW_CELLS) this.endRow();
        if (!closing) {
          table.row ??= [];
          const bounded = (n: number): number => Math.max(1, Math.min(n, MAX_REPEAT));
          table.cell = { parts: [], chars: 0, header: name === 'th', repeat: bounded(width.repeat), span: bounded(width.span) };
        }
        return;
      }
      default:
        // Line breaks and block elements inside a cell separate its words.
        if (this.inCell && (name === 'br' || name === 'p' || name === 'div' || name === 'li')) this.addText(' ');
    }
  }

  /** The cell segments of the rows completed so far. */
  drain(): Segment[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** At the end of the file: rows and tables left open are completed. */
  finish(): Segment[] {
    while (this.stack.length > 0) this.closeTable();
    return this.drain();
  }

  private closeTable(): void {
    this.endRow();
    const table = this.stack.at(-1);
    if (table?.held) this.decideHeld(table);
    this.stack.pop();
  }

  private endCell(table: Table): void {
    const cell = table.cell;
    if (cell === undefined) return;
    table.cell = undefined;
    const text = decodeEntities(cell.parts.join('')).replace(/\s+/g, ' ').trim();
    const row = (table.row ??= []);
    for (let k = 0; k < cell.repeat && row.length < MAX_ROW_CELLS; k++) row.push({ text, header: cell.header });
    for (let k = 1; k < cell.span && row.length < MAX_ROW_CELLS; k++) row.push({ text: '', header: cell.header });
  }

  private endRow(): void {
    const table = this.stack.at(-1);
    if (table === undefined) return;
    this.endCell(table);
    const row = table.row;
    table.row = undefined;
    if (row === undefined || row.length === 0) return;
    table.rows++;
    if (table.held) {
      table.held.push(row);
      if (table.held.length >= MAX_HELD_ROWS) this.decideHeld(table);
      return;
    }
    // A title over the whole table (`<th colspan="4">Kunder 2024</th>`) is one cell of text: no column names.
    const title = row.length > 1 && row.filter((c) => c.text !== '').length === 1;
    // `<tr><th>Namn</th><td>Ture Sjöström</td></tr>`: a label cell before value cells is a form's row, never a header.
    const labelRow = row.length > 1 && row[0]!.header && !row.slice(1).some((c) => c.header);
    if (table.headers === undefined && !title && !labelRow && (table.inHead || row.every((c) => c.header) || (table.rows === 1 && looksLikeHeader(row))) && !this.holdsPersonal(row)) {
      // `Namn | Zofia Pawlak` may open a form (a label cell, then its value, row after row) as well as a table
      // of two columns: decided when more rows are in (decideHeld). Read as a header, the form's first value was
      // never scanned, and reports named a column after it.
      if (!table.inHead && table.rows === 1 && row.length === 2 && !row.some((c) => c.header)) {
        table.held = [row];
        return;
      }
      table.headers = row.map((c) => c.text);
      return;
    }
    this.emitRow(table, row, table.rows);
  }

  /**
   * A held two-column table is a form when it has one row, or when its first column is labels (distinct, short, no digits or `@`), mostly
   * single words or ending in `:`, and its second column holds data somewhere (a digit or an `@`); else its first
   * row is the header. `Förnamn | Efternamn` over `Anna | Berg` rows has no data and stays a table of two columns;
   * `Namn | Telefon` over `Anna Berg | 070-…` rows has names, not single-word labels, in its first column.
   */
  private decideHeld(table: Table): void {
    const rows = table.held!;
    table.held = undefined;
    // A table of one row has nothing under a header: its two cells are a label and its value.
    const isForm = rows.length === 1 || (rows.every((row) => row.length <= 2) && looksLikeForm(rows.map((row) => [row[0]?.text ?? '', row[1]?.text ?? ''])));
    // A held row passed holdsPersonal when it was held: a header, unless it is a form's first line.
    const firstRow = table.rows - rows.length + 1;
    let from = 0;
    if (!isForm) {
      table.headers = rows[0]!.map((c) => c.text);
      from = 1;
    }
    for (let i = from; i < rows.length; i++) this.emitRow(table, rows[i]!, firstRow + i);
  }

  private openTable(name: string | undefined): void {
    const index = ++this.tables;
    // A sheet named for a customer: its name is read as text, and locations name the sheet by its number.
    const personal = name !== undefined && this.holdsPersonalData !== undefined && this.holdsPersonalData(name);
    if (personal) this.pending.push(makeSegment(name, { kind: 'paragraph', paragraph: 0 }, undefined, 'text'));
    this.stack.push({ index, name: personal ? undefined : name, headers: undefined, inHead: false, rows: 0, row: undefined, cell: undefined, held: undefined });
  }

  private holdsPersonal(row: ReadonlyArray<{ text: string }>): boolean {
    const check = this.holdsPersonalData;
    return check !== undefined && row.some((cell) => cell.text !== '' && check(cell.text));
  }

  private emitRow(table: Table, row: ReadonlyArray<{ text: string; header: boolean }>, rowNumber: number): void {
    const headers = table.headers;
    let record: Record<string, string> | undefined;
    if (headers !== undefined) {
      record = {};
      row.forEach((cell, i) => {
        const header = headers[i];
        if (header !== undefined && header !== '' && !(header in record!)) record![header] = cell.text;
      });
    }
    row.forEach((cell, i) => {
      if (cell.text === '') return;
      const header = headers?.[i];
      if (header !== undefined && header !== '') {
        // The detectors read the header itself; the report names the table too when the file has several.
        const column = this.byTableName && table.name ? `${table.name} › ${header}` : table.index === 1 ? header : `table ${table.index} › ${header}`;
        this.pending.push(makeSegment(cell.text, { kind: 'cell', row: rowNumber, column }, header, 'cell', record));
        return;
      }
      // A form-like row (`Personnummer | 850312-2387`): the cell before names this one, as a label does.
      const label = i > 0 && looksLikeLabel(row[i - 1]!.text) ? row[i - 1]!.text.replace(/:$/, '') : undefined;
      const location: Location = { kind: 'table', table: table.index, row: rowNumber, cell: i + 1 };
      this.pending.push(makeSegment(cell.text, location, label, 'cell'));
    });
  }
}

/**
 * Rows of two cells (the first row included) that are a form's lines, label then value, rather than a table of two
 * columns under a header: at least two rows; the first column distinct labels, more than half of them single words
 * (or ending in `:`); a digit or `@` somewhere in the second column. Shared with tables pasted into text.
 */
export function looksLikeForm(rows: ReadonlyArray<readonly [string, string]>): boolean {
  if (rows.length < 2) return false;
  const first = rows.map(([label]) => label);
  const singleWords = first.filter((text) => text.endsWith(':') || !/\s/.test(text)).length;
  return (
    first.every((text) => looksLikeLabel(text)) &&
    new Set(first).size === first.length &&
    singleWords * 2 > first.length &&
    rows.some(([, value]) => /[\d@]/.test(value))
  );
}

/**
 * A first row of short cells (empty ones aside, as a sheet has them), none of them an address or a number, most of
 * them without digits: column names, not data. A name may hold a year or a number (`Betalt 2024`, `Telefon 2`).
 */
function looksLikeHeader(row: ReadonlyArray<{ text: string }>): boolean {
  return isHeaderRow(row.map((cell) => cell.text));
}

/** looksLikeHeader for a row's (trimmed) cell texts; shared with tables pasted into text. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((text) => text !== '');
  if (filled.length < 2) return false;
  let withDigits = 0;
  for (const text of filled) {
    if (text.length > MAX_HEADER_CHARS || text.includes('@') || NUMBER_CELL.test(text)) return false;
    if (/\d/.test(text) && !NUMBERED_LABEL.test(text)) withDigits++;
  }
  return withDigits * 2 < filled.length;
}

/** A label numbered as repeated columns are (`Vakt 1`, `Telefon 2`, `Ägare 1`): a column name, not data. */
const NUMBERED_LABEL = /^\p{L}[\p{L} .\-/]*\s\d{1,2}$/u;

/** Only digits and the punctuation of numbers, dates and phone numbers: a value. */
const NUMBER_CELL = /^[\s\d+\-/.:,()]+$/;

function looksLikeLabel(text: string): boolean {
  return text !== '' && text.length <= MAX_HEADER_CHARS && !/[\d@]/.test(text);
}
