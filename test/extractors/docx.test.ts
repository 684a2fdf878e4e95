import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxExtractor } from '../../src/extract/docx.js';
import { oleFile } from '../../scripts/hostile/make-hostile-tree.mjs';
import { extractBytes, extractError, extractFile, FORMATS, segments } from './collect.js';

const FIXTURE = join(FORMATS, 'docx/avtal.docx');

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

  it('reports an old binary Word file renamed .docx as unsupported', async () => {
    expect(await extractError(extractBytes(docxExtractor, 'x.docx', oleFile(['WordDocument', '1Table'])))).toMatchObject({
      reason: 'unsupported',
      detail: 'old binary Word format (.doc) with a .docx name; save as .docx to scan',
    });
  });
});
