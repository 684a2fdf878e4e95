import { describe, expect, it } from 'vitest';
import { docxExtractor } from '../../src/extract/docx.js';
import { zip } from '../../scripts/hostile/make-hostile-tree.mjs';
import { segments } from '../extractors/collect.js';
import { expectClean, fixture, fuzzExtractor, zipOfXmlCases } from './fuzz.js';

const XML_TOKENS = ['<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:t/>', '<w:tbl>', '</w:tbl>', '<w:tr>', '<w:tc>', '</w:tc>', '<w:br/>', '<w:tab/>',
  '<mc:Fallback>', '</mc:Fallback>', '&amp;', '&#x1F600;', '&#xD800;', '&#99999999;', '&#x110000;', '&#0;', '&lol;', '<!--', ']]>', '<', '>', '"'];
/** Half the cases mutate the XML inside a valid ZIP (to reach the WordprocessingML scanner), half the ZIP bytes. */
const generate = zipOfXmlCases([fixture('docx/avtal.docx'), fixture('../exports/avtal/kundavtal_1042.docx')], XML_TOKENS, /\.xml$/, 0.7);

describe('fuzzing the docx extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    expectClean(await fuzzExtractor(docxExtractor, 'avtal.docx', 400, generate));
  });

  it('reads numeric character references beyond Unicode as U+FFFD instead of throwing (found by fuzzing)', async () => {
    const docx = zip([{ name: 'word/document.xml', data: Buffer.from('<w:body><w:p><w:t>a&#99999999;b&#x110000;c&#x41;</w:t></w:p></w:body>') }]);
    const texts = [];
    for await (const item of docxExtractor.extract({ name: 'x.docx', bytes: docx, size: docx.length }, { maxBytes: 1 << 20 })) texts.push(item);
    expect(segments(texts).map((s) => s.text)).toEqual(['a\uFFFDb\uFFFDcA']);
  });
});
