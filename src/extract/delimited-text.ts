import { isHeaderRow } from './html-tables.js';

/**
 * A `.log` or `.txt` file that is a delimited table under a header row (`datum;tid;mottagare;status;text`): an SMS
 * gateway's or a booking system's export saved under a log's name. Read as a CSV, its cells stand under their column
 * names (`mottagare` holds the recipient's number, `46735489220`); read as running text, a line is one long sentence
 * in which a number or a name has nothing that says what it is.
 *
 * Decided from the head: a first line of three or more `;`-separated cells (four or more for `,`, which prose uses
 * too, and never after a comma and a blank) that are short labels (isHeaderRow, three words at most, no quotes inside),
 * and the two to four complete lines under it with exactly as many cells, counted outside quotes. Tab-separated and
 * Markdown tables in text are read by text-tables.ts.
 */
export function isDelimitedTable(head: Uint8Array): boolean {
  let text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SNIFF_BYTES)).toString('latin1');
  if (text.startsWith(UTF8_BOM_AS_LATIN1)) text = text.slice(UTF8_BOM_AS_LATIN1.length);
  const lines = text.split('\n');
  // The last piece may be cut off by the head's end: only complete lines count.
  const complete = lines.slice(0, Math.min(lines.length - 1, MAX_LINES)).map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (complete.length < 3) return false;
  const header = complete[0]!;
  // Prose puts a blank after its commas; a header line does not.
  const delimiter = countOutsideQuotes(header, ';') >= 2 ? ';' : countOutsideQuotes(header, ',') >= 3 && !header.includes(', ') ? ',' : undefined;
  if (delimiter === undefined) return false;
  const cells = header.split(delimiter).map((cell) => unquote(cell.trim()));
  if (!isHeaderRow(cells) || cells.some((cell) => cell === '' || cell.includes('"') || cell.split(' ').length > MAX_HEADER_WORDS)) return false;
  const count = countOutsideQuotes(header, delimiter);
  for (const line of complete.slice(1)) {
    if (line === '' || countOutsideQuotes(line, delimiter) !== count) return false;
  }
  return true;
}

const SNIFF_BYTES = 8192;
/** The header and up to four data lines. */
const MAX_LINES = 5;
const MAX_HEADER_WORDS = 3;
const UTF8_BOM_AS_LATIN1 = '\u00ef\u00bb\u00bf';

function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1) : cell;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}
