import { extname } from 'node:path';
import { bgmaxExtractor, isBgMax } from './bgmax.js';
import { csvExtractor } from './csv.js';
import { isDelimitedTable } from './delimited-text.js';
import { docxExtractor } from './docx.js';
import { emlExtractor } from './eml.js';
import { jsonExtractor } from './json.js';
import { markupExtractor } from './markup.js';
import { odfExtractor } from './odf.js';
import { archiveExtractor } from './archive.js';
import { calendarCardExtractor } from './calendar-card.js';
import { compressedExtractor } from './compressed.js';
import { mboxExtractor } from './mbox.js';
import { msgExtractor } from './msg.js';
import { ndjsonExtractor } from './ndjson.js';
import { isOle } from './ooxml.js';
import { pdfExtractor } from './pdf.js';
import { rtfExtractor } from './rtf.js';
import { tnefExtractor } from './tnef.js';
import { textExtractor } from './text.js';
import type { Extractor } from './types.js';
import { xlsxExtractor } from './xlsx.js';

/** Every built-in extractor. Sniffing tries them in this order, so the most specific come first. */
export const BUILTIN_EXTRACTORS: readonly Extractor[] = [
  pdfExtractor,
  docxExtractor,
  xlsxExtractor,
  odfExtractor,
  mboxExtractor,
  emlExtractor,
  msgExtractor,
  tnefExtractor,
  rtfExtractor,
  calendarCardExtractor,
  archiveExtractor,
  compressedExtractor,
  bgmaxExtractor,
  ndjsonExtractor,
  jsonExtractor,
  csvExtractor,
  markupExtractor,
  textExtractor,
];

const byExtension = new Map<string, Extractor>();
for (const extractor of BUILTIN_EXTRACTORS) {
  for (const extension of extractor.extensions) byExtension.set(extension, extractor);
}

/** Formats recognised but not read, with what the user can do about them. */
const KNOWN_UNSUPPORTED: ReadonlyMap<string, string> = new Map([
  ['.doc', 'old binary Word format (.doc); save as .docx to scan'],
  ['.xls', 'old binary Excel format (.xls); save as .xlsx to scan'],
  ['.xlsb', 'Excel binary workbook (.xlsb); save as .xlsx to scan'],
  ['.ppt', 'PowerPoint file; not scanned'],
  ['.pptx', 'PowerPoint file; not scanned'],
  ['.pst', 'Outlook data file (.pst); export as .mbox to scan'],
  ['.7z', 'archive; unpack it to scan its contents'],
  ['.rar', 'archive; unpack it to scan its contents'],
]);

/** Extensions of files that hold no text to scan; reported as skipped with reason `unsupported`. */
const MEDIA = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.heic', '.svg', '.ico',
  '.mp3', '.mp4', '.wav', '.m4a', '.mov', '.avi', '.exe', '.dll', '.so', '.bin', '.iso', '.woff', '.woff2', '.ttf']);

export type ExtractorChoice =
  | { readonly kind: 'extractor'; readonly extractor: Extractor }
  | { readonly kind: 'unsupported'; readonly detail: string };

/**
 * Picks the extractor for a file by its extension, or by its first bytes when the extension is missing or
 * unknown. Old Office and encrypted Office files share the OLE magic and are reported, not guessed at.
 */
export function chooseExtractor(name: string, head: Uint8Array): ExtractorChoice {
  const extension = extname(name).toLowerCase();
  const known = byExtension.get(extension);
  // JSON Lines saved as `.json` (Zendesk's incremental exports, API dumps): streamed, and cut into parts when large.
  if (known === jsonExtractor && ndjsonExtractor.sniff?.(head)) return { kind: 'extractor', extractor: ndjsonExtractor };
  // A BgMax payment file is kept as `.txt` as often as not.
  if (known === textExtractor && isBgMax(head)) return { kind: 'extractor', extractor: bgmaxExtractor };
  // A table exported under a log's name (`datum;tid;mottagare;status;text`) is read as the CSV it is.
  if (known === textExtractor && (extension === '.log' || extension === '.txt') && isDelimitedTable(head)) return { kind: 'extractor', extractor: csvExtractor };
  if (known) return { kind: 'extractor', extractor: known };
  const unsupported = KNOWN_UNSUPPORTED.get(extension);
  if (unsupported) return { kind: 'unsupported', detail: unsupported };
  if (MEDIA.has(extension)) return { kind: 'unsupported', detail: `unsupported type ${extension} (no text to scan)` };
  if (isOle(head)) return { kind: 'unsupported', detail: 'old binary Office document or encrypted Office file' };
  for (const extractor of BUILTIN_EXTRACTORS) {
    if (extractor.sniff?.(head)) return { kind: 'extractor', extractor };
  }
  return { kind: 'unsupported', detail: extension ? `unsupported type ${extension}` : 'unrecognised file type' };
}
