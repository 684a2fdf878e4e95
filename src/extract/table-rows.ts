import { columnNames } from './csv-dialect.js';
import type { ColumnNameCheck, ExtractItem, PersonalDataCheck } from './types.js';
import { makeSegment } from './types.js';

/**
 * Rows of a table (a CSV file, a worksheet) as segments: one per non-blank cell, located by row and column name,
 * the first row taken as the header when it looks like one. Every non-blank cell carries its whole row as
 * `hints.record` (one shared object per row), so the name detector joins Förnamn and Efternamn wherever they stand.
 */
export class TableRows {
  private names: readonly string[] = [];
  /** The column in a location: the name, or `sheet › name` when a workbook has several sheets. */
  private labels: readonly string[] = [];
  private headerSeen = false;
  private preambleRows = 0;
  /**
   * First rows of one cell (a title, an export's `Uttag … av …` line), held until a wider row shows whether they
   * are titles or the header and data of a one-column table.
   */
  private pendingTitles: Array<{ readonly row: number; readonly cells: readonly string[] }> = [];

  /**
   * `prefix` goes before the column in locations (not in `hints.field`: the detectors read column names).
   * `first`: continue a table whose first row was read elsewhere (a later part of a large CSV file).
   * `holdsPersonalData`: a first row with personal data in it is data; `knownColumn`: tells a title row from a
   * header (see ExtractContext for both).
   */
  constructor(
    private readonly prefix = '',
    first?: readonly string[],
    private readonly holdsPersonalData?: PersonalDataCheck,
    private readonly knownColumn?: ColumnNameCheck,
  ) {
    if (first) this.setNames(columnNames(first, holdsPersonalData).names);
  }

  /**
   * One row's cells. `columns` gives each cell's 0-based column for sparse rows (a worksheet leaves empty
   * cells out); without it the cells stand in columns 0, 1, 2 …
   */
  add(row: number, cells: readonly string[], columns: readonly number[] | undefined, out: ExtractItem[]): void {
    if (!this.headerSeen) {
      const laidOut = columns ? spread(cells, columns) : cells;
      // A blank line above the header, or between a title and its header, holds nothing and names no column.
      if (filledCells(laidOut) === 0) return;
      const pending = this.pendingTitles;
      if (pending.length > 0) {
        // Two title lines (`Bostadskö, samtliga aktiva sökande` over `Uttag 2026-11-24 av …`): the next row decides.
        if (pending.length < MAX_PREAMBLE_ROWS && isTitleCandidate(laidOut)) {
          pending.push({ row, cells: laidOut });
          return;
        }
        this.pendingTitles = [];
        // One-cell rows above a header (`Lönelista` above `Anst.nr;Förnamn;Efternamn;Lön`) are the table's
        // titles; above anything else the first is the header, as any first row is, and the rest its data.
        if (pending.every((title) => isTitleAbove(title.cells, laidOut, this.knownColumn, this.holdsPersonalData))) {
          for (const title of pending) this.addPreamble(title.row, title.cells, out);
        } else {
          for (const held of pending) this.addRow(held.row, held.cells, undefined, out);
        }
        return this.add(row, cells, columns, out);
      }
      // A payroll or report export's title lines above its header (`Företag: Norrbyns Måleri AB;Org.nr: …;;;;`):
      // read as text of their own, and the header looked for in the next row.
      if (this.preambleRows < MAX_PREAMBLE_ROWS && isPreamble(laidOut)) return this.addPreamble(row, laidOut, out);
      // One filled cell, or two with a `key: value` among them: only the next row tells a title (`Lönelista`,
      // `Musiklinjen | Kursledare: Yu He`) from a header (`Namn;;;`).
      if (this.knownColumn && this.preambleRows < MAX_PREAMBLE_ROWS && isTitleCandidate(laidOut)) {
        this.pendingTitles.push({ row, cells: laidOut });
        return;
      }
    }
    this.addRow(row, cells, columns, out);
  }

  /** The end of the table: one-cell rows still waiting for a wider one are its header and data. */
  finish(out: ExtractItem[]): void {
    const pending = this.pendingTitles;
    this.pendingTitles = [];
    for (const held of pending) this.addRow(held.row, held.cells, undefined, out);
  }

  private addPreamble(row: number, laidOut: readonly string[], out: ExtractItem[]): void {
    this.preambleRows++;
    laidOut.forEach((text, index) => {
      if (!isBlank(text)) out.push(makeSegment(text, { kind: 'cell', row, column: `${this.prefix}column ${index + 1}` }, `column ${index + 1}`, 'cell'));
    });
  }

  private addRow(row: number, cells: readonly string[], columns: readonly number[] | undefined, out: ExtractItem[]): void {
    if (!this.headerSeen) {
      const { names, header } = columnNames(columns ? spread(cells, columns) : cells, this.holdsPersonalData);
      this.setNames(names);
      if (header) return;
    }
    let record: Record<string, string> | undefined;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i] as string;
      if (isBlank(text)) continue;
      if (!record) {
        record = {};
        for (let j = i; j < cells.length; j++) {
          const value = cells[j] as string;
          if (!isBlank(value)) record[this.name(columns ? (columns[j] as number) : j)] = value;
        }
      }
      const index = columns ? (columns[i] as number) : i;
      const name = this.name(index);
      const label = this.labels[index] ?? this.prefix + name;
      out.push(makeSegment(text, { kind: 'cell', row, column: label }, name, 'cell', record));
    }
  }

  private setNames(names: readonly string[]): void {
    this.headerSeen = true;
    this.names = names;
    this.labels = this.prefix ? names.map((name) => this.prefix + name) : names;
  }

  private name(index: number): string {
    return this.names[index] ?? `column ${index + 1}`;
  }
}

/** Title lines above a header: a few of them at most. */
const MAX_PREAMBLE_ROWS = 5;
const KEY_VALUE = /\S:(?:\s|$)/;
const TITLE = /[\s\d]/;

/**
 * A row above the header: padded to the table's width with empty cells (as Excel writes CSV), at most half of it
 * filled, with `key: value` cells (`Period: 2026-10`) or one title (`Kundlista 2024`). A single word (`Namn;;;`,
 * `Lönelista`) is decided by the row under it (TableRows.add).
 */
export function isPreamble(row: readonly string[]): boolean {
  if (row.length < 4) return false;
  let filled = 0;
  let keyValue = false;
  let only = '';
  for (const cell of row) {
    if (isBlank(cell)) continue;
    filled++;
    only = cell.trim();
    if (KEY_VALUE.test(cell)) keyValue = true;
  }
  if (filled === 0 || filled * 2 > row.length) return false;
  return keyValue || (filled === 1 && TITLE.test(only));
}

/** The row a table's header may be in: its first after any title lines (for the later parts of a large CSV file). */
export function headerRow(rows: readonly (readonly string[])[]): readonly string[] | undefined {
  let at = 0;
  let titles = 0;
  while (at < rows.length) {
    const row = rows[at]!;
    // Blank lines above the header, and title lines (a few at most), are passed.
    if (filledCells(row) > 0) {
      if (titles >= MAX_PREAMBLE_ROWS || !isPreamble(row)) break;
      titles++;
    }
    at++;
  }
  return rows[at];
}

/**
 * A row that may be a title above the header: one filled cell, or two of which one is a `key: value` (a worksheet's
 * `Musiklinjen (FHS-MUS-26H)` beside `Kursledare: Yu He`, not padded to the table's width as a CSV's title line is),
 * or a label and a number in two cells (a payment report's `Swish-nummer mottagare;123 620 63 44`).
 */
export function isTitleCandidate(row: readonly string[]): boolean {
  const filled = filledCells(row);
  return filled === 1 || (filled === 2 && (row.some((cell) => !isBlank(cell) && KEY_VALUE.test(cell)) || isLabelAndNumber(row)));
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/** Two filled cells: words without a digit, then a value with one. */
function isLabelAndNumber(row: readonly string[]): boolean {
  const [label, value] = row.filter((cell) => !isBlank(cell));
  return label !== undefined && value !== undefined && LETTER.test(label) && !DIGIT.test(label) && DIGIT.test(value);
}

/**
 * A title candidate is a title when the row under it is a header the rules recognise (two or more cells, one of them
 * a known column name, no data in it) and none of its own cells is a known column name (`Namn;;;` is a header), but
 * for a label beside its number.
 */
function isTitleAbove(titleRow: readonly string[], next: readonly string[], knownColumn: ColumnNameCheck | undefined, holdsPersonalData?: PersonalDataCheck): boolean {
  if (!knownColumn || filledCells(next) < 2) return false;
  // A label and its number name a column's kind in their first cell often (`Swish-nummer mottagare;123 620 63 44`).
  if (!isLabelAndNumber(titleRow) && titleRow.some((cell) => !isBlank(cell) && !isProse(cell) && knownColumn(cell.trim()))) return false;
  return next.some((cell) => !isBlank(cell) && knownColumn(cell.trim())) && columnNames(next, holdsPersonalData).header;
}

/** Longer than any column name (`Vad heter du?`, `What is your name?`): a title that ends in a column's word is prose. */
const MAX_COLUMN_NAME_WORDS = 5;

function isProse(cell: string): boolean {
  return cell.trim().split(/\s+/).length > MAX_COLUMN_NAME_WORDS;
}

function filledCells(row: readonly string[]): number {
  let filled = 0;
  for (const cell of row) if (!isBlank(cell)) filled++;
  return filled;
}

/** A sparse row laid out by column, empty strings in the gaps (only the header row, once per table). */
function spread(cells: readonly string[], columns: readonly number[]): string[] {
  let width = 0;
  for (const column of columns) width = Math.max(width, column + 1);
  const row = new Array<string>(width).fill('');
  cells.forEach((cell, i) => (row[columns[i] as number] = cell));
  return row;
}

const NON_BLANK = /\S/;
export function isBlank(text: string): boolean {
  // Most cells start with a visible character; the regex is only for the rest.
  return text.length === 0 || (text.charCodeAt(0) <= 32 && !NON_BLANK.test(text));
}
