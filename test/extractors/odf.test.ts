import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { odfExtractor } from '../../src/extract/odf.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import { zip } from '../../scripts/hostile/make-hostile-tree.mjs';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractError, extractFile, FORMATS, segments } from './collect.js';

const FIXTURE = join(FORMATS, 'odt/protokoll.odt');

describe('OpenDocument extractor (.odt, .ods)', () => {
  it('reads paragraphs, headings, table cells, footers and the author names, a segment each', async () => {
    const items = segments(await extractFile(odfExtractor, FIXTURE));
    expect(items.map((s) => [s.location.kind === 'paragraph' ? s.location.paragraph : -1, s.hints?.field, s.text])).toEqual([
      [1, undefined, 'Protokoll kundärende 4711'],
      // A span inside a name adds no space: one name.
      [2, undefined, 'Kunden Fatima Hassan ringde om fakturan.'],
      [3, undefined, 'Personnummer 920229-3446, nås på 08-123 456 78.'],
      [4, undefined, 'E-post'],
      [5, undefined, 'fatima.hassan@posten-exempel.se'],
      [6, 'header/footer', 'Handläggare Märta Öberg, 031-12 34 56'],
      [0, 'author', 'Björn Åkesson'],
      [0, 'author', 'Björn Åkesson'],
    ]);
    const found = items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value}`));
    expect(found).toEqual([
      'name Fatima Hassan',
      'personnummer 920229-3446',
      'phone 08-123 456 78',
      'email fatima.hassan@posten-exempel.se',
      'name Märta Öberg',
      'phone 031-12 34 56',
      'name Björn Åkesson',
      'name Björn Åkesson',
    ]);
  });

  it('is chosen for .odt and .ods', () => {
    for (const name of ['a.odt', 'b.ODS']) {
      const choice = chooseExtractor(name, Buffer.from('PK\x03\x04'));
      expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('odf');
    }
  });

  it('reports a password-protected document as encrypted and a ZIP without content.xml as corrupt', async () => {
    const encrypted = zip([
      { name: 'META-INF/manifest.xml', data: Buffer.from('<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>') },
      { name: 'content.xml', data: Buffer.from([0x13, 0x37, 0x00, 0xff]) },
    ]);
    expect(await extractError(extractBytes(odfExtractor, 'x.odt', encrypted))).toMatchObject({ reason: 'encrypted' });
    const empty = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') }]);
    expect(await extractError(extractBytes(odfExtractor, 'x.odt', empty))).toMatchObject({ reason: 'corrupt' });
  });
});
