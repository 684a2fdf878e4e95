import { posix } from 'node:path';
import { TextDecoder } from 'node:util';
import { ExtractError } from '../errors.js';
import { flatten } from './flatten.js';
import { officePeople } from './office-people.js';
import { openOoxml } from './ooxml.js';
import { isBlank, TableRows } from './table-rows.js';
import { makeSegment, type ExtractContext, type ExtractItem, type ExtractSource, type Extractor } from './types.js';
import { drawingTexts, relationships, rowOf, sharedStrings, sheetComments, workbookSheets, WorksheetReader, type CellComment, type Relationship } from './xlsx-xml.js';
import { readZipEntry, streamZipEntry, type ZipEntry } from './zip.js';

const OLD_EXCEL = { stream: 'Workbook', detail: 'old binary Excel format (.xls) with a .xlsx name; save as .xlsx to scan' } as const;
const DEFAULT_WORKBOOK = 'xl/workbook.xml';
const BATCH_ROWS = 128;
/** Inflated bytes per piece of a worksheet. */
const PIECE_BYTES = 64 * 1024;
/** Real worksheets have a tag boundary every few dozen characters; text without one is not read on. */
const MAX_UNCUT_CHARS = 16 * 1024 * 1024;
/** Between the sheet and the column in a location, when a workbook has several sheets. */
const SHEET_SEPARATOR = ' › ';

/**
 * Excel workbooks, read as CSV extracts are: one segment per non-empty cell, located by the sheet's row number
 * and column name, the first non-empty row of each sheet taken as its header when it looks like one. Every
 * worksheet is read, hidden ones too. With several worksheets the location's column is `Sheet › Column`; the
 * field hint the detectors see stays the column name, so `Telefon` means a phone column in any sheet.
 * The ZIP is checked against the same limits as a .docx before anything is inflated.
 */
export const xlsxExtractor: Extractor = {
  id: 'xlsx',
  extensions: ['.xlsx', '.xlsm'],
  extract: (source, ctx) => flatten(batches(source, ctx)),
  extractBatches: batches,
};

async function* batches(source: ExtractSource, ctx: ExtractContext): AsyncGenerator<ExtractItem[]> {
  const { bytes, entries } = await openOoxml(source, ctx, 'Excel workbook', OLD_EXCEL);
  const workbook = new WorkbookParts(bytes, entries);
  const sheets = workbook.worksheets();
  const shared = workbook.sharedStrings();
  // A sheet per customer, named for the customer: the name is read as text of the workbook, and is no place name.
  const check = ctx.holdsPersonalData;
  const personal = sheets.map((sheet) => check !== undefined && check(sheet.name));
  yield sheets.filter((_, i) => personal[i]).map((sheet) => makeSegment(sheet.name, { kind: 'archive', entry: workbook.path }, undefined, 'text'));
  for (const [index, sheet] of sheets.entries()) {
    if (!sheet.entry) {
      yield [{ kind: 'partial-skip', reason: 'corrupt', detail: `worksheet ${sheet.path} is missing from the workbook` }];
      continue;
    }
    // A location names a sheet named for a person by its number (`sheet 2 › Telefon`).
    const prefix = sheets.length > 1 ? (personal[index] ? `sheet ${index + 1}` : sheet.name) + SHEET_SEPARATOR : '';
    const table = new TableRows(prefix, undefined, ctx.holdsPersonalData, ctx.knownColumn);
    let out: ExtractItem[] = [];
    let rows = 0;
    try {
      const reader = new WorksheetReader(shared);
      for await (const piece of workbook.textPieces(sheet.entry)) {
        for (const { row, cells, columns } of piece === undefined ? reader.finish() : reader.feed(piece)) {
          // The header is the first row with text: a sheet may start with empty or styled-only rows.
          if (cells.every(isBlank)) continue;
          table.add(row, cells, columns, out);
          if (++rows % BATCH_ROWS === 0) {
            yield out;
            out = [];
          }
        }
      }
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      out.push({ kind: 'partial-skip', reason: error.reason, detail: `worksheet ${sheet.path}: ${error.detail}` });
    }
    table.finish(out);
    yield out;
    yield sideParts(workbook, sheet.path, prefix);
  }
  // The workbook's author and last editor (notes' authors come with the notes, in sideParts).
  yield [...officePeople(bytes, entries, [])];
}

const SIDE_PARTS = ['comments', 'drawing'];

/** A sheet's notes and text boxes; a damaged part of them is reported and the rest of the workbook read. */
function sideParts(workbook: WorkbookParts, sheetPath: string, prefix: string): ExtractItem[] {
  const out: ExtractItem[] = [];
  // The sheet's relationships are read once for both kinds of part.
  for (const { type, entry } of workbook.relatedParts(sheetPath, SIDE_PARTS)) {
    try {
      const xml = workbook.text(entry);
      if (type === 'comments') out.push(...commentSegments(sheetComments(xml), prefix));
      else for (const { row, text } of drawingTexts(xml)) out.push(makeSegment(text, { kind: 'cell', row: row ?? 0, column: `${prefix}text box` }, 'text box', 'text'));
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      out.push({ kind: 'partial-skip', reason: error.reason, detail: `${type === 'comments' ? 'notes' : 'drawing'} ${entry.name}: ${error.detail}` });
    }
  }
  return out;
}

/**
 * A sheet's notes (comments): each note's text, and its author's name in a field the name detector reads as a
 * name column (Excel keeps the name of whoever wrote the note), located at the note's cell.
 */
function commentSegments(comments: readonly CellComment[], prefix: string): ExtractItem[] {
  const out: ExtractItem[] = [];
  for (const { ref, author, text } of comments) {
    const row = rowOf(ref) ?? 0;
    if (!isBlank(text)) out.push(makeSegment(text, { kind: 'cell', row, column: `${prefix}comment ${ref}` }, 'comment', 'cell'));
    if (author && !isBlank(author)) out.push(makeSegment(author, { kind: 'cell', row, column: `${prefix}comment ${ref} author` }, 'author', 'cell'));
  }
  return out;
}

interface Worksheet {
  readonly name: string;
  /** The part's path in the archive (`xl/worksheets/sheet1.xml`). */
  readonly path: string;
  readonly entry: ZipEntry | undefined;
}

/** Finds the workbook's parts through its relationships, as Excel does, not by conventional file names. */
class WorkbookParts {
  private readonly byName = new Map<string, ZipEntry>();
  readonly path: string;
  private readonly workbook: ZipEntry;
  private readonly links: readonly Relationship[];

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    // Part names compare without case in Office files.
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
    const main = this.relationshipsOf('').find((link) => link.type === 'officeDocument');
    this.path = main ? resolveTarget('', main.target) : DEFAULT_WORKBOOK;
    const workbook = this.path.toLowerCase().endsWith('.xml') ? this.part(this.path) : undefined;
    if (!workbook) {
      if (this.path.toLowerCase().endsWith('.bin') || this.part('xl/workbook.bin')) {
        throw new ExtractError('unsupported', 'Excel binary workbook (.xlsb) with a .xlsx name; save as .xlsx to scan');
      }
      throw new ExtractError('corrupt', `no ${this.path} in the archive (not an Excel workbook)`);
    }
    this.workbook = workbook;
    this.links = this.relationshipsOf(this.path);
  }

  /** The worksheets in workbook order; chart sheets and dialog sheets hold no cells and are left out. */
  worksheets(): Worksheet[] {
    const links = new Map(this.links.map((link) => [link.id, link]));
    const sheets: Worksheet[] = [];
    for (const { name, relationship } of workbookSheets(this.text(this.workbook))) {
      const link = links.get(relationship);
      if (link && link.type !== 'worksheet') continue;
      const path = link ? resolveTarget(this.path, link.target) : `(relationship ${relationship})`;
      sheets.push({ name, path, entry: link ? this.part(path) : undefined });
    }
    return sheets;
  }

  /** The parts of the given types (`comments`, `drawing`) that the worksheet at `sheetPath` refers to, as Excel finds them. */
  relatedParts(sheetPath: string, types: readonly string[]): Array<{ type: string; entry: ZipEntry }> {
    const found: Array<{ type: string; entry: ZipEntry }> = [];
    for (const link of this.relationshipsOf(sheetPath)) {
      if (!types.includes(link.type)) continue;
      const entry = this.part(resolveTarget(sheetPath, link.target));
      if (entry) found.push({ type: link.type, entry });
    }
    return found;
  }

  sharedStrings(): string[] {
    const link = this.links.find((candidate) => candidate.type === 'sharedStrings');
    const entry = this.part(link ? resolveTarget(this.path, link.target) : 'xl/sharedStrings.xml');
    return entry ? sharedStrings(this.text(entry)) : [];
  }

  /** A part's XML as text; Excel writes UTF-8, other writers may use UTF-16 with a byte order mark. */
  text(entry: ZipEntry): string {
    const data = readZipEntry(this.bytes, entry);
    return data[0] === 0xff && data[1] === 0xfe ? data.toString('utf16le', 2) : data.toString('utf8');
  }

  /**
   * A part's XML in pieces, each ending where one tag ends and the next begins (`>` then `<`), so that no
   * character data is cut (WorksheetReader); then undefined. A 38 MB worksheet was one 38 MB buffer and as
   * long a string; inflated and decoded 256 KiB at a time, it is never held whole.
   */
  async *textPieces(entry: ZipEntry): AsyncGenerator<string | undefined> {
    let decoder: TextDecoder | undefined;
    let text = '';
    for await (const chunk of streamZipEntry(this.bytes, entry, PIECE_BYTES)) {
      decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : 'utf-8');
      text += decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf('><') + 1;
      if (cut > 0) {
        yield text.slice(0, cut);
        text = text.slice(cut);
      } else if (text.length > MAX_UNCUT_CHARS) {
        throw new ExtractError('limit', `no tag boundary in ${MAX_UNCUT_CHARS} characters of XML`);
      }
    }
    text += decoder?.decode() ?? '';
    if (text.length > 0) yield text;
    yield undefined;
  }

  /** The relationships of the part at `path` (`''`: the package's own, `_rels/.rels`). */
  private relationshipsOf(path: string): Relationship[] {
    const rels = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`);
    const entry = this.part(rels);
    return entry ? relationships(this.text(entry)) : [];
  }

  private part(path: string): ZipEntry | undefined {
    const key = path.toLowerCase();
    return this.byName.get(key) ?? this.byName.get(safeDecodeUri(key));
  }
}

/** A relationship target: absolute (`/xl/worksheets/sheet1.xml`) or relative to the source part's folder. */
function resolveTarget(source: string, target: string): string {
  const path = target.startsWith('/') ? target : posix.join(posix.dirname(source), target);
  return posix.normalize(path).replace(/^(\.\.\/|\/)+/, '');
}

/** Part names in relationships are URIs (`Kund%20lista.xml`); a malformed escape is left as written. */
function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
