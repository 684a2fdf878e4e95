import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxExtractor } from '../../src/extract/docx.js';
import { xlsxExtractor } from '../../src/extract/xlsx.js';
import { oleFile } from '../../scripts/hostile/make-hostile-tree.mjs';
import { extractBytes, extractError, FORMATS } from './collect.js';
import { withDeclaredSize } from './zip-bytes.js';

/** What .docx and .xlsx share: a ZIP read whole and checked before inflating, and OLE containers refused. */
describe.each([
  { extractor: docxExtractor, name: 'x.docx', fixture: 'docx/avtal.docx', what: 'Word document' },
  { extractor: xlsxExtractor, name: 'x.xlsx', fixture: 'xlsx/kunder.xlsx', what: 'Excel workbook' },
])('$name', ({ extractor, name, fixture, what }) => {
  const bytes = readFileSync(join(FORMATS, fixture));
  const error = (input: Uint8Array) => extractError(extractBytes(extractor, name, input));

  it('reports a truncated file as corrupt', async () => {
    for (const keep of [0.3, 0.6, 0.95]) expect((await error(bytes.subarray(0, Math.floor(bytes.length * keep)))).reason, `kept ${keep}`).toBe('corrupt');
  });

  it('reports a file that is not a ZIP as corrupt', async () => {
    expect(await error(Buffer.from('not a zip at all'))).toMatchObject({ reason: 'corrupt', detail: `not a ZIP archive (damaged ${what})` });
  });

  it('reports an OLE container (password-protected Office file) as encrypted', async () => {
    expect(await error(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toMatchObject({ reason: 'encrypted', detail: 'password-protected Office document' });
  });

  it('refuses a zip bomb from its declared sizes before inflating', async () => {
    expect(await error(withDeclaredSize(bytes, 150 * 1024 * 1024))).toMatchObject({ reason: 'too-large', detail: expect.stringMatching(/zip bomb/) });
  });

  it('stops an entry that inflates past its declared size', async () => {
    expect(await error(withDeclaredSize(bytes, 10))).toMatchObject({ reason: 'too-large', detail: 'ZIP entry expands beyond its declared size' });
  });
});
