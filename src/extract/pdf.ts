import { ExtractError } from '../errors.js';
import { readWhole } from './read-chunks.js';
import type { ExtractItem, Extractor } from './types.js';

type PdfParseModule = typeof import('pdf-parse');

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

/** Turns pdf.js failures into skip reasons; their messages describe structure, never page text. */
function toExtractError(error: unknown, lib: PdfParseModule): unknown {
  if (error instanceof ExtractError) return error;
  if (error instanceof lib.PasswordException || (error instanceof Error && error.name === 'PasswordException')) {
    return new ExtractError('encrypted', 'password-protected PDF');
  }
  if (error instanceof lib.InvalidPDFException || error instanceof lib.FormatError || error instanceof lib.UnknownErrorException) {
    return new ExtractError('corrupt', `damaged PDF (${error.name})`);
  }
  if (error instanceof Error && /Invalid PDF|FormatError|XRef|bad XRef/i.test(error.name + error.message)) {
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
    const bytes = await readWhole(source, ctx.maxBytes, 'PDF');
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
    for (const page of pages) {
      const text = page.text.trim();
      if (text.length > 0) yield { text, location: { kind: 'page', page: page.num } };
    }
  },
};
