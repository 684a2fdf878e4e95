/** The parts of SpreadsheetML the xlsx extractor reads: sheet list, relationships, shared strings, cells. */

import { XmlCursor } from './xml-cursor.js';

export interface SheetEntry {
  readonly name: string;
  /** Relationship id (`r:id`) that names the sheet's part in the workbook's relationships. */
  readonly relationship: string;
}

/** Every `<sheet>` of `xl/workbook.xml` in workbook order, hidden ones included. */
export function workbookSheets(xml: string): SheetEntry[] {
  const cursor = new XmlCursor(xml);
  const sheets: SheetEntry[] = [];
  while (cursor.next()) {
    if (cursor.name !== 'sheet' || cursor.closing) continue;
    const relationship = cursor.prefixedAttr('id');
    if (relationship !== undefined) sheets.push({ name: cursor.attr('name') ?? '', relationship });
  }
  return sheets;
}

export interface Relationship {
  readonly id: string;
  /** The type URI's last segment: `worksheet`, `sharedStrings`, `officeDocument` … */
  readonly type: string;
  readonly target: string;
}

/** The internal relationships of a `.rels` part (external ones point outside the file). */
export function relationships(xml: string): Relationship[] {
  const cursor = new XmlCursor(xml);
  const found: Relationship[] = [];
  while (cursor.next()) {
    if (cursor.name !== 'Relationship' || cursor.closing || cursor.attr('TargetMode') === 'External') continue;
    const id = cursor.attr('Id');
    const target = cursor.attr('Target');
    const type = cursor.attr('Type') ?? '';
    if (id !== undefined && target !== undefined) found.push({ id, type: type.slice(type.lastIndexOf('/') + 1), target });
  }
  return found;
}

/**
 * The shared string table: each `<si>` is its `<t>`, or its rich-text runs' `<t>`s joined. Phonetic runs
 * (`<rPh>`, Japanese reading aids) repeat the text in another script and are left out.
 */
export function sharedStrings(xml: string): string[] {
  const cursor = new XmlCursor(xml);
  const strings: string[] = [];
  const text = new RichText();
  while (cursor.next()) {
    if (cursor.name === 'si') {
      if (cursor.closing) strings.push(text.take());
      else if (cursor.selfClosing) strings.push('');
      else text.take();
    } else {
      text.see(cursor);
    }
  }
  return strings;
}

/** One worksheet row: its cells with text, and each one's 0-based column. */
export interface SheetRow {
  /** The spreadsheet's row number (1-based), as `r` gives it or counted. */
  readonly row: number;
  readonly cells: string[];
  readonly columns: number[];
}

/** Columns past Excel's last (XFD) come only from damaged or hostile files; such a cell takes the next column. */
const MAX_COLUMNS = 16_384;

/**
 * The rows of a worksheet that have cells with text, in file order. Shared-string cells give the string,
 * inline strings their text, formulas their cached result, numbers and dates the text of `<v>` as written
 * (phone numbers and personnummer stored as numbers keep their digits); booleans and errors are left out.
 */
export function* worksheetRows(xml: string, shared: readonly string[]): Generator<SheetRow> {
  const reader = new WorksheetReader(shared);
  yield* reader.feed(xml);
  yield* reader.finish();
}

/**
 * worksheetRows over a worksheet that arrives in pieces, so a sheet of many megabytes is never one string.
 * Each piece must end where a tag ends and the next begins (`…</c>` | `<c …`): character data then never
 * straddles two pieces (see xlsx.ts). A row or cell open at the end of a piece carries on in the next.
 */
export class WorksheetReader {
  private readonly inline = new RichText();
  private row: SheetRow | undefined;
  private rowNumber = 0;
  private nextColumn = 0;
  private cell: { column: number; type: string; value: string | undefined } | undefined;
  private inInline = false;

  constructor(private readonly shared: readonly string[]) {}

  /** The rows the piece completes. */
  feed(xml: string): SheetRow[] {
    const cursor = new XmlCursor(xml);
    const done: SheetRow[] = [];
    while (cursor.next()) {
      switch (cursor.name) {
        case 'row': {
          this.endCell();
          if (this.row && this.row.cells.length > 0) done.push(this.row);
          this.row = undefined;
          if (cursor.closing) break;
          this.rowNumber = positiveInt(cursor.attr('r')) ?? this.rowNumber + 1;
          this.nextColumn = 0;
          if (!cursor.selfClosing) this.row = { row: this.rowNumber, cells: [], columns: [] };
          break;
        }
        case 'c': {
          this.endCell();
          if (cursor.closing || !this.row) break;
          const column = columnOf(cursor.attr('r')) ?? Math.min(this.nextColumn, MAX_COLUMNS - 1);
          this.nextColumn = column + 1;
          if (!cursor.selfClosing) this.cell = { column, type: cursor.attr('t') ?? 'n', value: undefined };
          break;
        }
        case 'v':
          if (this.cell && !cursor.closing && !cursor.selfClosing) this.cell.value = cursor.text();
          break;
        case 'is':
          if (!this.cell || cursor.selfClosing) break;
          if (!cursor.closing) this.inline.take();
          this.inInline = true;
          break;
        default:
          if (this.cell) this.inline.see(cursor);
      }
    }
    return done;
  }

  /** The row still open at the end: a truncated part ends inside a row, and what was read of it still counts. */
  finish(): SheetRow[] {
    this.endCell();
    const last = this.row;
    this.row = undefined;
    return last && last.cells.length > 0 ? [last] : [];
  }

  private endCell(): void {
    const { cell, row } = this;
    if (!cell || !row) return;
    const text = cellText(cell.type, cell.value, this.inInline ? this.inline.take() : undefined, this.shared);
    if (text !== undefined) {
      row.cells.push(text);
      row.columns.push(cell.column);
    }
    this.cell = undefined;
    this.inInline = false;
  }
}

function cellText(type: string, value: string | undefined, inline: string | undefined, shared: readonly string[]): string | undefined {
  switch (type) {
    case 's': {
      const index = positiveInt(value, 0);
      return index === undefined ? undefined : shared[index];
    }
    case 'inlineStr':
      return inline ?? value;
    case 'b':
    case 'e':
      return undefined;
    case 'str':
      return value;
    default:
      // Numbers (`n`) and ISO dates (`d`): as written. Excel writes integers in full (46701234567).
      return value?.trim();
  }
}

/** Text of `<t>` elements seen since the last `take()`, outside phonetic runs. */
class RichText {
  private parts: string[] = [];
  private phonetic = false;

  see(cursor: XmlCursor): void {
    if (cursor.name === 'rPh') this.phonetic = !cursor.closing && !cursor.selfClosing;
    else if (cursor.name === 't' && !cursor.closing && !cursor.selfClosing && !this.phonetic) this.parts.push(cursor.text());
  }

  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.phonetic = false;
    return text;
  }
}

/** A note on a cell (a comment in the Excel sense): the cell, the author's name as Excel keeps it, the text. */
export interface CellComment {
  readonly ref: string;
  readonly author: string | undefined;
  readonly text: string;
}

/**
 * The notes of a comments part (`xl/comments1.xml`): authors are listed once and referred to by index; a note's
 * text is rich text like a shared string. Threaded comments of newer Excel are written here too, as their text.
 */
export function sheetComments(xml: string): CellComment[] {
  const cursor = new XmlCursor(xml);
  const authors: string[] = [];
  const found: CellComment[] = [];
  const text = new RichText();
  let open: { ref: string; authorId: number | undefined } | undefined;
  while (cursor.next()) {
    if (cursor.name === 'author') {
      if (!cursor.closing) authors.push(cursor.selfClosing ? '' : cursor.text());
    } else if (cursor.name === 'comment') {
      if (cursor.closing && open) {
        const author = open.authorId === undefined ? undefined : authors[open.authorId];
        found.push({ ref: open.ref, author: author || undefined, text: text.take() });
        open = undefined;
      } else if (!cursor.closing && !cursor.selfClosing) {
        text.take();
        const id = cursor.attr('authorId');
        open = { ref: cursor.attr('ref') ?? '', authorId: id !== undefined && /^\d+$/.test(id) ? Number(id) : undefined };
      }
    } else if (open) {
      text.see(cursor);
    }
  }
  return found;
}

/** A text box or shape with text on a sheet: the (1-based) row its top-left corner is anchored at, and its text. */
export interface SheetTextBox {
  readonly row: number | undefined;
  readonly text: string;
}

/**
 * The text boxes and shapes with text of a drawing part (`xl/drawings/drawing1.xml`): per anchor, its paragraphs'
 * runs (`<a:t>`), a paragraph a line.
 */
export function drawingTexts(xml: string): SheetTextBox[] {
  const cursor = new XmlCursor(xml);
  const found: SheetTextBox[] = [];
  let depth = 0;
  let row: number | undefined;
  let inFrom = false;
  let paragraphs: string[] = [];
  let runs: string[] = [];
  while (cursor.next()) {
    switch (cursor.name) {
      case 'twoCellAnchor':
      case 'oneCellAnchor':
      case 'absoluteAnchor':
        if (cursor.selfClosing) break;
        if (!cursor.closing) {
          depth++;
          row = undefined;
          paragraphs = [];
          runs = [];
        } else if (depth > 0) {
          depth--;
          if (runs.length > 0) paragraphs.push(runs.join(''));
          const text = paragraphs.join('\n');
          if (text.trim() !== '') found.push({ row, text });
          paragraphs = [];
          runs = [];
        }
        break;
      case 'from':
        inFrom = !cursor.closing && !cursor.selfClosing;
        break;
      case 'row':
        if (inFrom && !cursor.closing && !cursor.selfClosing) {
          const value = cursor.text();
          if (/^\d{1,7}$/.test(value)) row = Number(value) + 1;
        }
        break;
      case 't':
        if (depth > 0 && !cursor.closing && !cursor.selfClosing) runs.push(cursor.text());
        break;
      case 'p':
        if (depth > 0 && cursor.closing) {
          paragraphs.push(runs.join(''));
          runs = [];
        }
        break;
    }
  }
  return found;
}

/** `B7` → 7; undefined without a row number after the column letters. */
export function rowOf(reference: string): number | undefined {
  const digits = /^[A-Za-z]{1,3}(\d{1,7})$/.exec(reference)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** `B7` → 1; undefined without a valid column reference (one to three letters, at most XFD). */
export function columnOf(reference: string | undefined): number | undefined {
  if (reference === undefined) return undefined;
  let column = 0;
  let letters = 0;
  for (; letters < reference.length; letters++) {
    const code = reference.charCodeAt(letters) & ~32; // upper-case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return letters === 0 || letters > 3 || column > MAX_COLUMNS ? undefined : column - 1;
}

/** A non-negative decimal integer above `min - 1`, or undefined. */
function positiveInt(text: string | undefined, min = 1): number | undefined {
  if (text === undefined || !/^\s*\d{1,9}\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min ? value : undefined;
}
