import { ExtractError } from '../errors.js';
import { docxBlocks } from './docx-xml.js';
import { authorsIn, officePeople } from './office-people.js';
import { openOoxml } from './ooxml.js';
import type { ExtractItem, Extractor, Location, Segment } from './types.js';
import { makeSegment } from './types.js';
import { readZipEntry } from './zip.js';

const MAIN_PART = 'word/document.xml';
/** Parts besides the body that hold text people write: headers, footers, notes and comments. */
const SIDE_PART = /^word\/(header|footer|footnotes|endnotes|comments)\d*\.xml$/;
const SIDE_LABEL: Readonly<Record<string, string>> = {
  header: 'header',
  footer: 'footer',
  footnotes: 'footnote',
  endnotes: 'endnote',
  comments: 'comment',
};

const OLD_WORD = { stream: 'WordDocument', detail: 'old binary Word format (.doc) with a .docx name; save as .docx to scan' } as const;

/**
 * Word documents. The ZIP directory is checked against size limits before anything is inflated; then the
 * body is read (paragraphs and table cells), followed by headers, footers, notes and comments, whose
 * paragraphs continue the body's numbering and carry the part in `hints.field`.
 *
 * mammoth (the brief's suggestion) was not used: it needs the same ZIP checks first, drops headers, footers
 * and tracked deletions, and its HTML would have to be scanned again to recover cell positions.
 */
export const docxExtractor: Extractor = {
  id: 'docx',
  extensions: ['.docx', '.docm'],
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const { bytes, entries } = await openOoxml(source, ctx, 'Word document', OLD_WORD);
    const main = entries.find((entry) => entry.name === MAIN_PART);
    if (!main) throw new ExtractError('corrupt', `no ${MAIN_PART} in the archive (not a Word document)`);

    const counter = { tables: 0 };
    let paragraph = 0;
    // Each part is inflated once, for its text and for its authors (`w:author`), which officePeople reports.
    const authors: Array<{ name: string; field: string }> = [];
    const mainXml = readZipEntry(bytes, main).toString('utf8');
    for (const name of authorsIn(mainXml)) authors.push({ name, field: 'revision author' });
    for (const item of partSegments(mainXml, counter, undefined, () => ++paragraph)) yield item;
    const sides = entries
      .filter((entry) => SIDE_PART.test(entry.name))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    for (const entry of sides) {
      const kind = SIDE_PART.exec(entry.name)?.[1] ?? '';
      const xml = readZipEntry(bytes, entry).toString('utf8');
      // Comments' authors in the comments part; tracked changes' in any part.
      for (const name of authorsIn(xml)) authors.push({ name, field: kind === 'comments' ? 'comment author' : 'revision author' });
      for (const item of partSegments(xml, counter, SIDE_LABEL[kind] ?? 'part', () => ++paragraph)) yield item;
    }
    yield* officePeople(bytes, entries, authors);
  },
};

function* partSegments(xml: string, counter: { tables: number }, part: string | undefined, nextParagraph: () => number): Generator<Segment> {
  for (const block of docxBlocks(xml, counter)) {
    if (block.kind === 'paragraph') {
      const location: Location = { kind: 'paragraph', paragraph: nextParagraph() };
      yield part ? makeSegment(block.text, location, part, 'text') : makeSegment(block.text, location, undefined, undefined);
    } else {
      const location: Location = { kind: 'table', table: block.table, row: block.row, cell: block.cell };
      const field = block.header ?? part;
      yield makeSegment(block.text, location, field || undefined, 'cell');
    }
  }
}
