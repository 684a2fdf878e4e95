import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxExtractor } from '../../src/extract/docx.js';
import { zip } from '../../scripts/fixtures/_zip.mjs';
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
      // The document's properties: who wrote and last saved it (here the fixture generator, no one's name).
      [{ kind: 'paragraph', paragraph: 0 }, 'gdpr-scan fixtures'],
      [{ kind: 'paragraph', paragraph: 0 }, 'Un-named'],
    ]);
    // Cells below the first row carry the first row's text as the column name.
    expect(items[7]?.hints).toEqual({ field: 'Personnummer', scope: 'cell' });
    expect(items[10]?.hints).toEqual({ field: 'footer', scope: 'text' });
    expect(items[11]?.hints).toEqual({ field: 'header', scope: 'text' });
  });

  it('reads the same document from in-memory bytes', async () => {
    const items = segments(await extractBytes(docxExtractor, 'bilaga.docx', readFileSync(FIXTURE)));
    expect(items).toHaveLength(14);
  });

  it('reads the people a document names outside its text: author, last editor, comment and revision authors, each once', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const bytes = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      {
        name: 'word/document.xml',
        data: Buffer.from(`<w:document ${w}><w:body><w:p><w:ins w:id="1" w:author="Per Holm"><w:r><w:t>Avtal</w:t></w:r></w:ins>`
          + `<w:del w:id="2" w:author="Per Holm"><w:r><w:delText>x</w:delText></w:r></w:del></w:p></w:body></w:document>`),
      },
      { name: 'word/comments.xml', data: Buffer.from(`<w:comments ${w}><w:comment w:id="0" w:author="Sara Sten" w:initials="SS"><w:p><w:r><w:t>Kolla pnr</w:t></w:r></w:p></w:comment></w:comments>`) },
      { name: 'docProps/core.xml', data: Buffer.from('<cp:coreProperties><dc:creator>Anna Lindqvist</dc:creator><cp:lastModifiedBy>Bo &amp; Ek</cp:lastModifiedBy></cp:coreProperties>') },
      {
        name: 'word/people.xml',
        data: Buffer.from('<w15:people><w15:person w15:author="Sara Sten"><w15:presenceInfo w15:providerId="AD" w15:userId="S::sara.sten@foretaget.se::8f2c"/></w15:person></w15:people>'),
      },
    ]);
    const people = segments(await extractBytes(docxExtractor, 'avtal.docx', bytes)).filter((s) => s.location.kind === 'paragraph' && s.location.paragraph === 0);
    expect(people.map((s) => [s.hints?.field, s.text])).toEqual([
      ['author', 'Anna Lindqvist'],
      ['last modified by', 'Bo & Ek'],
      // The co-authoring list: the display name and the Microsoft 365 user id, which holds the address.
      ['person', 'Sara Sten'],
      ['person id', 'S::sara.sten@foretaget.se::8f2c'],
      ['revision author', 'Per Holm'],
      ['comment author', 'Sara Sten'],
    ]);
  });

  it('reports an old binary Word file renamed .docx as unsupported', async () => {
    expect(await extractError(extractBytes(docxExtractor, 'x.docx', oleFile(['WordDocument', '1Table'])))).toMatchObject({
      reason: 'unsupported',
      detail: 'old binary Word format (.doc) with a .docx name; save as .docx to scan',
    });
  });
});
