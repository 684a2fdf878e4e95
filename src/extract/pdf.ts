import { ExtractError } from '../errors.js';
import { readWhole } from './read-chunks.js';
import type { ExtractItem, Extractor } from './types.js';
import { makeSegment } from './types.js';

type PdfParseModule = typeof import('pdf-parse');

/** pdf.js holds the whole file (twice: the read and its own copy) plus parsed objects; beyond this it is refused. */
export const MAX_PDF_BYTES = 256 * 1024 * 1024;

/** pdf-parse pulls in pdf.js (several MB); loaded on the first PDF so startup stays fast. */
let pdfParse: Promise<PdfParseModule> | undefined;
function loadPdfParse(): Promise<PdfParseModule> {
  pdfParse ??= import('pdf-parse');
  return pdfParse;
}

function isPdf(head: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first 1024 bytes.
  return Buffer.from(head.subarray(0, 1024)).includes('%PDF-');
}

/**
 * Names of the exceptions pdf.js throws for damaged files. Matched by name as well as class: pdf.js throws its
 * own copies of these classes, which are not the ones pdf-parse exports (found by fuzzing).
 */
const DAMAGED_PDF = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'MissingPDFException', 'ResponseException']);

/** Turns pdf.js failures into skip reasons; only the exception name is kept, never its message. */
function toExtractError(error: unknown, lib: PdfParseModule): unknown {
  if (error instanceof ExtractError) return error;
  if (error instanceof lib.PasswordException || (error instanceof Error && error.name === 'PasswordException')) {
    return new ExtractError('encrypted', 'password-protected PDF');
  }
  if (error instanceof lib.InvalidPDFException || error instanceof lib.FormatError || error instanceof lib.UnknownErrorException) {
    return new ExtractError('corrupt', `damaged PDF (${error.name})`);
  }
  if (error instanceof Error && (DAMAGED_PDF.has(error.name) || /Invalid PDF|FormatError|XRef|bad XRef/i.test(error.name + error.message))) {
    return new ExtractError('corrupt', `damaged PDF (${error.name})`);
  }
  return error;
}

/** PDFs: one segment per page with the page's text (lines separated by newlines). */
export const pdfExtractor: Extractor = {
  id: 'pdf',
  extensions: ['.pdf'],
  sniff: isPdf,
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const bytes = await readWhole(source, Math.min(ctx.maxBytes, MAX_PDF_BYTES), 'PDF');
    if (!isPdf(bytes)) throw new ExtractError('corrupt', 'no %PDF header (not a PDF or damaged)');
    const lib = await loadPdfParse();
    // pdf.js may take ownership of the buffer it is given; hand it a copy, never the caller's bytes.
    const parser = new lib.PDFParse({
      data: new Uint8Array(bytes),
      verbosity: lib.VerbosityLevel.ERRORS,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
    });
    let pages;
    try {
      pages = (await parser.getText({ pageJoiner: '' })).pages;
    } catch (error) {
      throw toExtractError(error, lib);
    } finally {
      await parser.destroy();
    }
    const withoutText: number[] = [];
    for (const page of pages) {
      const text = page.text.trim();
      if (text.length > 0) yield makeSegment(text, { kind: 'page', page: page.num }, undefined, undefined);
      else withoutText.push(page.num);
    }
    // A scanned letter or ID copy is a picture of text: nothing to read, but not "no personal data" either.
    if (withoutText.length > 0 && withoutText.length === pages.length) {
      throw new ExtractError('unsupported', `no text on ${pages.length === 1 ? 'its page' : `any of its ${pages.length} pages`} (a scanned image? text recognition is not supported)`);
    }
    if (withoutText.length > 0) {
      yield { kind: 'partial-skip', reason: 'unsupported', detail: `no text on ${pageList(withoutText)} (scanned images? text recognition is not supported)` };
    }
  },
};

const LISTED_PAGES = 10;

/** `page 3`, `pages 2, 5, 9`, `pages 1, 2, … 10 and 14 more`. */
function pageList(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  const listed = pages.slice(0, LISTED_PAGES).join(', ');
  return pages.length > LISTED_PAGES ? `pages ${listed} and ${pages.length - LISTED_PAGES} more` : `pages ${listed}`;
}
