import { headerNames } from './csv-dialect.js';
import { isHeaderRow, looksLikeForm } from './html-tables.js';
import type { PersonalDataCheck } from './types.js';

/**
 * Tables pasted into plain text: lines of tab-separated cells (a range copied from Excel into a note or a mail
 * keeps its tabs) and Markdown pipe tables (`| Namn | Telefon |`, as handover notes and wikis write them). Under a
 * header row their cells are read as a CSV's are: under their column names, with the row as a record, so that a
 * `Namn` column decides for `Dahl, Melvin` and `Förnamn` + `Efternamn` join into one person. Read as running text
 * (before), a line of cells is one long line in which a name has no label and runs into the next cell.
 *
 * A table here is a header line and at least one data line, all with the same number of cells (two or more); the
 * header's cells are short labels, not numbers or addresses (isHeaderRow); a blank line or any other line ends it. Lines of cells
 * without such a header are left to be read as text, and so are a form's lines (`Namn<tab>Zofia Pawlak`, then
 * `Personnummer<tab>…`: see looksLikeForm), whose first line is no header, and lines under a first line with
 * personal data in it (`Lisa Berg<tab>Stockholm`: column names go into reports; see ExtractContext).
 */

export interface TextTableCell {
  readonly text: string;
  /** The column's name (a repeated or empty header made unique, as a CSV's). */
  readonly column: string;
}

export interface TextTableRow {
  /** 0-based index of the row's line in the text. */
  readonly lineIndex: number;
  /** Its non-blank cells, trimmed. */
  readonly cells: readonly TextTableCell[];
  /** The row's cells by column name (one object for the row), as `hints.record`. */
  readonly record: Readonly<Record<string, string>>;
}

export interface TextTables {
  /** The text with every table's data lines emptied (line breaks kept, so that line numbers stay right). */
  readonly text: string;
  readonly rows: readonly TextTableRow[];
  /** The last table, when it runs to the text's end: the next block of the same file may go on with its rows. */
  readonly open?: OpenTextTable | undefined;
}

/** A table's shape and column names, for the lines that go on with it in the next block of a file. */
export interface OpenTextTable {
  readonly kind: 'tab' | 'pipe';
  readonly names: readonly string[];
}

/** More cells than this in a line is no table someone pasted (a hostile or machine-made line): left as text. */
const MAX_CELLS = 256;

/** A line that starts with `|` (a Markdown table's): `|` elsewhere (`Org.nr 556501-6382 | www…` in signatures) is common. */
const PIPE_LINE = /(?:^|\n)[ ]{0,3}\|/;

/**
 * Undefined when the text holds no table (nearly all text: no tab, no line starting with `|`). `pipes: false` looks
 * for tab-separated tables only (mail bodies: a search per body is a few per cent of a mailbox's time, and Markdown
 * tables are rare in mail). `continued`: the table the previous block of the file ended in (TextTables.open); the
 * text's first lines of its shape are its rows, under its column names. A file is read in blocks of 0.25–1 MiB, and
 * an exported table is often longer.
 */
export function findTextTables(text: string, pipes = true, holdsPersonalData?: PersonalDataCheck, continued?: OpenTextTable): TextTables | undefined {
  if (continued === undefined && text.indexOf('\t') < 0 && (!pipes || text.indexOf('|') < 0 || !PIPE_LINE.test(text))) return undefined;
  const lines = text.split('\n');
  const rows: TextTableRow[] = [];
  const tableLines: number[] = [];
  let open: OpenTextTable | undefined;
  let i = 0;
  if (continued !== undefined) {
    const { data, end } = dataLines(lines, 0, continued.kind, continued.names.length);
    for (const lineIndex of data) {
      tableLines.push(lineIndex);
      rows.push(rowOf(lineIndex, cellsOf(lines[lineIndex]!)!.cells, continued.names));
    }
    if (data.length > 0 && runsToEnd(lines, end)) open = continued;
    i = end;
  }
  while (i < lines.length) {
    const header = cellsOf(lines[i]!);
    if (header === undefined || !isHeaderRow(header.cells.map((cell) => cell.trim()))) {
      i++;
      continue;
    }
    const names = headerNames(header.cells.map((cell) => cell.trim()));
    const { data, end: j } = dataLines(lines, i + 1, header.kind, names.length);
    if (data.length === 0) {
      i++;
      continue;
    }
    // `Namn\tZofia Pawlak` over `Personnummer\t19600821-6449` …: a form's lines, read as text (labels before tabs).
    // All of them are passed: starting again at the next line would read the run again, line after line.
    if (names.length === 2 && looksLikeForm([i, ...data].map((k) => pairOf(cellsOf(lines[k]!)!.cells)))) {
      i = j;
      continue;
    }
    if (holdsPersonalData !== undefined && header.cells.some((cell) => cell.trim() !== '' && holdsPersonalData(cell.trim()))) {
      i = j;
      continue;
    }
    // The header line stays in the text: should it be data after all, it is still read.
    for (let k = i + 1; k < j; k++) tableLines.push(k);
    for (const lineIndex of data) rows.push(rowOf(lineIndex, cellsOf(lines[lineIndex]!)!.cells, names));
    open = runsToEnd(lines, j) ? { kind: header.kind, names } : undefined;
    i = j;
  }
  if (rows.length === 0) return undefined;
  for (const k of tableLines) lines[k] = lines[k]!.endsWith('\r') ? '\r' : '';
  return { text: lines.join('\n'), rows, open };
}

/** The data lines of a table from line `from` on (a Markdown rule line is passed over), and the line that ends it. */
function dataLines(lines: readonly string[], from: number, kind: 'tab' | 'pipe', count: number): { data: number[]; end: number } {
  const data: number[] = [];
  let end = from;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (kind === 'pipe' && isPipeRule(line)) continue;
    const cells = cellsOf(line);
    if (cells === undefined || cells.kind !== kind || cells.cells.length !== count) break;
    data.push(end);
  }
  return { data, end };
}

/** A table that ends at line `end` ran to the text's end: nothing after it, or only the empty piece after a final line break. */
function runsToEnd(lines: readonly string[], end: number): boolean {
  return end >= lines.length || (end === lines.length - 1 && lines[end] === '');
}

function pairOf(cells: readonly string[]): [string, string] {
  return [cells[0]!.trim(), (cells[1] ?? '').trim()];
}

function rowOf(lineIndex: number, raw: readonly string[], names: readonly string[]): TextTableRow {
  const cells: TextTableCell[] = [];
  const record: Record<string, string> = {};
  raw.forEach((cell, c) => {
    const text = cell.trim();
    if (text === '') return;
    cells.push({ text, column: names[c]! });
    record[names[c]!] = text;
  });
  return { lineIndex, cells, record };
}

/** A line's cells: split at tabs, or between the pipes of `| a | b |`; undefined for a line of neither kind. */
function cellsOf(line: string): { kind: 'tab' | 'pipe'; cells: string[] } | undefined {
  const content = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (content.indexOf('\t') >= 0) {
    const cells = content.split('\t');
    return cells.length <= MAX_CELLS ? { kind: 'tab', cells } : undefined;
  }
  const trimmed = content.trim();
  if (trimmed.length < 3 || trimmed.charCodeAt(0) !== 124 || trimmed.charCodeAt(trimmed.length - 1) !== 124) return undefined;
  const cells = trimmed.slice(1, -1).split('|');
  return cells.length >= 2 && cells.length <= MAX_CELLS ? { kind: 'pipe', cells } : undefined;
}

/** Markdown's line under the header: `|---|:---:|`. */
function isPipeRule(line: string): boolean {
  return /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(line);
}
