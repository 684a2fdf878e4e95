import { ExtractError } from '../errors.js';
import { HtmlTableCollector } from './html-tables.js';
import { MarkupStripper } from './markup.js';
import { decodeEntities } from './mime/entities.js';
import { openOoxml } from './ooxml.js';
import type { ExtractItem, Extractor } from './types.js';
import { makeSegment } from './types.js';
import { readZipEntry, type ZipEntry } from './zip.js';

/** Parts with text people write: the body, then the styles (headers and footers). */
const TEXT_PARTS = ['content.xml', 'styles.xml'];
/** The document's author and last editor, kept by the application in its metadata. */
const PEOPLE = /<(?:meta:initial-creator|dc:creator)>([^<]{1,200})<\//g;
const NOT_ODF = { stream: 'WordDocument', detail: 'old binary Office format with an OpenDocument name; save as .odt to scan' } as const;

/**
 * OpenDocument text and spreadsheets (LibreOffice, as many Swedish public bodies write them): the ZIP gets the
 * same limit checks as a .docx; `content.xml` and `styles.xml` are read with the markup taken out, one segment per
 * paragraph, heading or list item (located as a paragraph, numbered through the document); tables (a
 * spreadsheet's sheets) are read as tables, cell by cell under their header row, as a CSV is (with several, the
 * column reads `Blad2 › Namn`, by the sheet's or table's name, as in .xlsx); and the
 * author names in `meta.xml` are read as names. A password-protected document is reported as encrypted.
 */
export const odfExtractor: Extractor = {
  id: 'odf',
  extensions: ['.odt', '.ods'],
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const { bytes, entries } = await openOoxml(source, ctx, 'OpenDocument file', NOT_ODF);
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const manifest = byName.get('META-INF/manifest.xml');
    if (manifest && readZipEntry(bytes, manifest).includes('encryption-data')) throw new ExtractError('encrypted', 'password-protected OpenDocument file');
    if (!byName.has('content.xml')) throw new ExtractError('corrupt', 'no content.xml in the archive (not an OpenDocument file)');
    let paragraph = 0;
    const tables = new HtmlTableCollector('odf', ctx.holdsPersonalData);
    for (const name of TEXT_PARTS) {
      const entry = byName.get(name);
      if (!entry) continue;
      for (const text of paragraphs(bytes, entry, tables)) yield makeSegment(text, { kind: 'paragraph', paragraph: ++paragraph }, name === 'styles.xml' ? 'header/footer' : undefined, 'text');
      // A sheet's rows, and a text document's tables, cell by cell under their header row (html-tables.ts).
      yield* tables.finish();
    }
    const meta = byName.get('meta.xml');
    if (meta) {
      for (const [, person] of readZipEntry(bytes, meta).toString('utf8').matchAll(PEOPLE)) {
        const name = decodeEntities(person!).trim();
        if (name) yield makeSegment(name, { kind: 'paragraph', paragraph: 0 }, 'author', 'field');
      }
    }
  },
};

/** The part's text outside its tables, cut where a paragraph, heading or list item ends (the stripper's tabs). */
function* paragraphs(bytes: Uint8Array, entry: ZipEntry, tables: HtmlTableCollector): Generator<string> {
  const xml = readZipEntry(bytes, entry).toString('utf8');
  // A workbook's sheets (or a document's tables) by their names, as in .xlsx, when there are several.
  const first = xml.indexOf('<table:table ');
  if (first >= 0 && xml.indexOf('<table:table ', first + 1) >= 0) tables.nameColumnsByTable();
  const text = decodeEntities(new MarkupStripper(false, tables).strip(xml));
  for (const piece of text.split('\t')) {
    const trimmed = piece.trim();
    if (trimmed) yield trimmed;
  }
}
