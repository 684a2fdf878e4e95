import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxExtractor } from '../../src/extract/docx.js';
import { extractBytes, extractError, extractFile, FORMATS, segments } from './collect.js';

const FIXTURE = join(FORMATS, 'docx/avtal.docx');

/** Rewrites every central-directory entry's declared uncompressed size, as a zip bomb would have it. */
function withDeclaredSize(docx: Buffer, size: number): Buffer {
  const copy = Buffer.from(docx);
  for (let at = copy.indexOf('PK\x01\x02'); at !== -1; at = copy.indexOf('PK\x01\x02', at + 4)) copy.writeUInt32LE(size, at + 24);
  return copy;
}

describe('docx extractor', () => {
  it('reads paragraphs and table cells with their positions, then header and footer', async () => {
    const items = segments(await extractFile(docxExtractor, FIXTURE));
    expect(items.map((s) => [s.location, s.text])).toEqual([
      [{ kind: 'paragraph', paragraph: 1 }, 'Kundavtal 1042'],
      [{ kind: 'paragraph', paragraph: 2 }, 'Avtalet gäller mellan Exempel AB och Anna Lindqvist.'],
      [{ kind: 'paragraph', paragraph: 3 }, 'Kontakt: anna.lindqvist@exempel.se, telefon 070-123 45 67.'],
      [{ kind: 'table', table: 1, row: 1, cell: 1 }, 'Namn'],
      [{ kind: 'table', table: 1, row: 1, cell: 2 }, 'Personnummer'],
      [{ kind: 'table', table: 1, row: 1, cell: 3 }, 'Ort'],
      [{ kind: 'table', table: 1, row: 2, cell: 1 }, 'Anna Lindqvist'],
      [{ kind: 'table', table: 1, row: 2, cell: 2 }, '850312-2387'],
      [{ kind: 'table', table: 1, row: 2, cell: 3 }, 'Västerås'],
      [{ kind: 'paragraph', paragraph: 4 }, 'Underskrift sker digitalt med BankID.'],
      [{ kind: 'paragraph', paragraph: 5 }, 'Exempel AB, Box 123, 111 22 Stockholm'],
      [{ kind: 'paragraph', paragraph: 6 }, 'Kundavtal 1042 – konfidentiellt'],
    ]);
    // Cells below the first row carry the first row's text as the column name.
    expect(items[7]?.hints).toEqual({ field: 'Personnummer', scope: 'cell' });
    expect(items[10]?.hints).toEqual({ field: 'footer', scope: 'text' });
    expect(items[11]?.hints).toEqual({ field: 'header', scope: 'text' });
  });

  it('reads the same document from in-memory bytes', async () => {
    const items = segments(await extractBytes(docxExtractor, 'bilaga.docx', readFileSync(FIXTURE)));
    expect(items).toHaveLength(12);
  });

  it('reports a truncated document as corrupt', async () => {
    const docx = readFileSync(FIXTURE);
    for (const keep of [0.3, 0.6, 0.95]) {
      const error = await extractError(extractBytes(docxExtractor, 'x.docx', docx.subarray(0, Math.floor(docx.length * keep))));
      expect(error.reason, `kept ${keep}`).toBe('corrupt');
    }
  });

  it('reports an OLE container (password-protected Office file) as encrypted', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await extractError(extractBytes(docxExtractor, 'x.docx', ole))).toMatchObject({
      reason: 'encrypted',
      detail: 'password-protected Office document',
    });
  });

  it('refuses a zip bomb from its declared sizes before inflating', async () => {
    const bomb = withDeclaredSize(readFileSync(FIXTURE), 150 * 1024 * 1024);
    expect((await extractError(extractBytes(docxExtractor, 'x.docx', bomb))).reason).toBe('too-large');
  });

  it('stops an entry that inflates past its declared size', async () => {
    const liar = withDeclaredSize(readFileSync(FIXTURE), 10);
    expect(await extractError(extractBytes(docxExtractor, 'x.docx', liar))).toMatchObject({
      reason: 'too-large',
      detail: 'ZIP entry expands beyond its declared size',
    });
  });

  it('reports a file that is not a ZIP as corrupt', async () => {
    expect((await extractError(extractBytes(docxExtractor, 'x.docx', Buffer.from('not a zip at all')))).reason).toBe('corrupt');
  });
});
