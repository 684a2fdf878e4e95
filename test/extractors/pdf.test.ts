import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { annotationTexts, NO_DOCUMENT, pdfExtractor } from '../../src/extract/pdf.js';
import { extractBytes, extractError, extractFile, FORMATS, segments, skips } from './collect.js';

const FIXTURE = join(FORMATS, 'pdf/faktura.pdf');

function makePdf(options: PDFKit.PDFDocumentOptions, text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ ...options, info: { CreationDate: new Date('2024-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

/** A PDF with one page per entry: the text, or for null only a drawn shape (a page that is a picture). */
function makePdfPages(pages: ReadonlyArray<string | null>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date('2024-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const page of pages) {
      doc.addPage();
      if (page === null) doc.rect(50, 50, 300, 200).fill('#888888');
      else doc.text(page);
    }
    doc.end();
  });
}

describe('pdf extractor', () => {
  it('yields one segment per page, with Å/Ä/Ö intact', async () => {
    const items = segments(await extractFile(pdfExtractor, FIXTURE));
    expect(items).toEqual([
      {
        text: 'Faktura 2024-118\nMärta Öberg\nÄlvstigen 4\n972 31 Luleå\nAtt betala: 1 249,00 kr senast 2024-03-31.',
        location: { kind: 'page', page: 1 },
        hints: {},
      },
      { text: 'Kunduppgifter\nPersonnummer: 451224-5582\nTelefon: 031-12 34 56', location: { kind: 'page', page: 2 }, hints: {} },
    ]);
  });

  it('reads filled-in form fields and comments, which are not in the page text (fixtures/formats/pdf-form/ansokan.pdf)', async () => {
    const items = segments(await extractFile(pdfExtractor, join(FORMATS, 'pdf-form/ansokan.pdf')));
    expect(items[0]!.text).not.toContain('Bergström');
    const fields = items.slice(1).map((s) => [s.location, s.hints?.field, s.text]);
    expect(fields).toEqual([
      [{ kind: 'page', page: 1 }, 'comment', 'Kontrollera uppgifterna med Björn Åkesson, +46 73 555 01 02.'],
      [{ kind: 'page', page: 1 }, 'comment author', 'Björn Åkesson'],
      [{ kind: 'page', page: 1 }, 'Förnamn', 'Anna-Karin'],
      [{ kind: 'page', page: 1 }, 'Efternamn', 'Bergström'],
      // The last part of an XFA-style name; a field called only `Text1` goes by its tooltip.
      [{ kind: 'page', page: 1 }, 'Personnummer', '010203-7652'],
      [{ kind: 'page', page: 1 }, 'Telefon', '701234568'],
      [{ kind: 'page', page: 1 }, 'E-post', 'ak.bergstrom@exempel.se'],
    ]);
    // One record per page, so given name and surname join as in a CSV row.
    expect(items[3]!.hints?.record).toEqual({ Förnamn: 'Anna-Karin', Efternamn: 'Bergström', Personnummer: '010203-7652', Telefon: '701234568', 'E-post': 'ak.bergstrom@exempel.se' });
  });

  it('says so, instead of reading nothing, when the parser gives no way to the form fields', async () => {
    // pdf-parse keeps pdf.js's document in a private field; a release that renamed it must not drop fields silently.
    expect(await annotationTexts({})).toBe(NO_DOCUMENT);
    expect(await annotationTexts({ doc: { numPages: 1 } })).toBe(NO_DOCUMENT);
    // With this pdf-parse the field is there and the form's fields are read (previous test), with no such skip.
    expect(skips(await extractFile(pdfExtractor, join(FORMATS, 'pdf-form/ansokan.pdf')))).toEqual([]);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const pdf = await makePdf({ userPassword: 'hemligt', ownerPassword: 'ägare' }, 'Hemlig text');
    expect(await extractError(extractBytes(pdfExtractor, 'x.pdf', pdf))).toMatchObject({ reason: 'encrypted', detail: 'password-protected PDF' });
  });

  it('reads a PDF that has only an owner password (no password needed to open)', async () => {
    const pdf = await makePdf({ ownerPassword: 'ägare', permissions: { copying: false } }, 'Öppen text');
    expect(segments(await extractBytes(pdfExtractor, 'x.pdf', pdf)).map((s) => s.text)).toEqual(['Öppen text']);
  });

  it.each([0.5, 0.9])('reports a PDF truncated to %s of its size as corrupt', async (keep) => {
    const pdf = readFileSync(FIXTURE);
    expect((await extractError(extractBytes(pdfExtractor, 'x.pdf', pdf.subarray(0, Math.floor(pdf.length * keep))))).reason).toBe('corrupt');
  });

  it('reports a file without a PDF header as corrupt', async () => {
    expect((await extractError(extractBytes(pdfExtractor, 'x.pdf', Buffer.from('hello')))).reason).toBe('corrupt');
  });

  it('reports a PDF without any text (a scanned image) as unsupported, not as empty', async () => {
    const pdf = await makePdfPages([null, null]);
    expect(await extractError(extractBytes(pdfExtractor, 'skannat-avtal.pdf', pdf))).toMatchObject({
      reason: 'unsupported',
      detail: 'no text on any of its 2 pages (a scanned image? text recognition is not supported)',
    });
  });

  it('scans the pages with text and lists those without as a partial skip', async () => {
    const items = await extractBytes(pdfExtractor, 'blandat.pdf', await makePdfPages(['Kund: Märta Öberg', null, 'Sida tre', null]));
    expect(segments(items).map((s) => [s.text, s.location])).toEqual([
      ['Kund: Märta Öberg', { kind: 'page', page: 1 }],
      ['Sida tre', { kind: 'page', page: 3 }],
    ]);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'unsupported', detail: 'no text on pages 2, 4 (scanned images? text recognition is not supported)' }]);
  });

  it('does not detach the caller’s buffer', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    await extractBytes(pdfExtractor, 'x.pdf', bytes);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});
