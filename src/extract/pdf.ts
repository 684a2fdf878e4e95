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

/** PDFs: one segment per page with the page's text (lines separated by newlines), then its form fields and comments. */
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
    let annotations: Array<PageAnnotations | undefined>;
    let annotationsUnreadable = false;
    try {
      pages = (await parser.getText({ pageJoiner: '' })).pages;
      const read = await annotationTexts(parser);
      annotationsUnreadable = read === NO_DOCUMENT;
      annotations = read === NO_DOCUMENT ? [] : read;
    } catch (error) {
      throw toExtractError(error, lib);
    } finally {
      await parser.destroy();
    }
    const withoutText: number[] = [];
    // Pages whose annotations could not be read: their text is read all the same.
    const unreadNotes = pages.filter((page) => page.num <= annotations.length && annotations[page.num - 1] === undefined).map((page) => page.num);
    for (const page of pages) {
      const text = page.text.trim();
      const notes = annotations[page.num - 1] ?? [];
      if (text.length > 0) yield makeSegment(text, { kind: 'page', page: page.num }, undefined, undefined);
      else if (notes.length === 0) withoutText.push(page.num);
      for (const note of notes) yield makeSegment(note.text, { kind: 'page', page: page.num }, note.field, 'field', note.record);
    }
    // A scanned letter or ID copy is a picture of text: nothing to read, but not "no personal data" either.
    if (withoutText.length > 0 && withoutText.length === pages.length) {
      throw new ExtractError('unsupported', `no text on ${pages.length === 1 ? 'its page' : `any of its ${pages.length} pages`} (a scanned image? text recognition is not supported)`);
    }
    if (withoutText.length > 0) {
      yield { kind: 'partial-skip', reason: 'unsupported', detail: `no text on ${pageList(withoutText)} (scanned images? text recognition is not supported)` };
    }
    if (annotationsUnreadable) {
      yield { kind: 'partial-skip', reason: 'unsupported', detail: 'form fields and comments not read (this pdf-parse version does not give access to them)' };
    }
    if (unreadNotes.length > 0) {
      yield { kind: 'partial-skip', reason: 'corrupt', detail: `form fields and comments on ${pageList(unreadNotes)} not read (damaged)` };
    }
  },
};

/** The part of pdf.js's document that annotationTexts reads (pdf-parse keeps it in a private field). */
interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<{ getAnnotations(): Promise<readonly PdfAnnotation[]> }>;
}

interface PdfAnnotation {
  readonly subtype?: string;
  readonly fieldType?: string;
  readonly fieldName?: string;
  readonly alternativeText?: string;
  readonly fieldValue?: unknown;
  readonly contentsObj?: { readonly str?: string };
  readonly titleObj?: { readonly str?: string };
}

type PageAnnotations = Array<{ readonly text: string; readonly field: string | undefined; readonly record?: Readonly<Record<string, string>> }>;

export const NO_DOCUMENT = Symbol('no pdf.js document');

/** Pages with more annotations than this are read up to it (a damaged or hostile file may claim millions). */
const MAX_ANNOTATIONS = 10_000;

/**
 * Text that is in a PDF but not in its pages' text: the values of filled-in form fields (an application signed
 * and sent back with `Personnummer` typed into a field), and the comments readers add and their authors. pdf.js
 * keeps them in annotations. A field's value carries the field's name, or its tooltip, as a column name does.
 */
export async function annotationTexts(parser: unknown): Promise<Array<PageAnnotations | undefined> | typeof NO_DOCUMENT> {
  const doc = (parser as { doc?: Partial<PdfDocument> }).doc;
  // pdf-parse has no public way to the document (its tests pin this field; see test/e2e/pdf-form.test.ts). Should a
  // release rename it, the report says what was not read instead of losing form fields without a word.
  if (typeof doc?.getPage !== 'function' || typeof doc.numPages !== 'number') return NO_DOCUMENT;
  const out: Array<PageAnnotations | undefined> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const found: PageAnnotations = [];
    // The page's fields as one record, so that `Förnamn` + `Efternamn` join into one person as in a CSV row.
    const record: Record<string, string> = {};
    let list: readonly PdfAnnotation[];
    try {
      list = await (await doc.getPage(n)).getAnnotations();
    } catch {
      // A damaged annotation list costs the page its fields and comments, not its text (nor the file).
      out.push(undefined);
      continue;
    }
    for (const annotation of list.slice(0, MAX_ANNOTATIONS)) {
      if (annotation.subtype === 'Widget') {
        // Text and choice fields; a check box's value is `Yes` / `Off`, a button's nothing.
        if (annotation.fieldType !== 'Tx' && annotation.fieldType !== 'Ch') continue;
        const values = Array.isArray(annotation.fieldValue) ? annotation.fieldValue : [annotation.fieldValue];
        const field = fieldLabel(annotation);
        for (const value of values) {
          if (typeof value !== 'string' || value.trim() === '') continue;
          if (field !== undefined && !(field in record)) record[field] = value.trim();
          found.push({ text: value.trim(), field, record });
        }
        continue;
      }
      const contents = annotation.contentsObj?.str?.trim();
      if (contents) found.push({ text: contents, field: 'comment' });
      const author = annotation.titleObj?.str?.trim();
      if (author) found.push({ text: author, field: 'comment author' });
    }
    out.push(found);
  }
  return out;
}

/** Names form tools give fields when nobody named them: `Text1`, `Textfält 3`, `Field_12`. */
const GENERIC_FIELD = /^(?:text|textfält|textfield|field|fält|fill|untitled)[\s_-]*\d*$/i;

/**
 * The field's own name, its last part (`topmostSubform[0].Page1[0].Personnummer[0]` → `Personnummer`), unless
 * that is a generic one; then its tooltip, which is what the person filling it in read.
 */
function fieldLabel(annotation: PdfAnnotation): string | undefined {
  const leaf = annotation.fieldName?.replace(/\[\d+\]/g, '').split('.').pop()?.trim();
  const tooltip = annotation.alternativeText?.trim();
  if (leaf && !GENERIC_FIELD.test(leaf)) return leaf;
  return tooltip || leaf || undefined;
}

const LISTED_PAGES = 10;

/** `page 3`, `pages 2, 5, 9`, `pages 1, 2, … 10 and 14 more`. */
function pageList(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  const listed = pages.slice(0, LISTED_PAGES).join(', ');
  return pages.length > LISTED_PAGES ? `pages ${listed} and ${pages.length - LISTED_PAGES} more` : `pages ${listed}`;
}
