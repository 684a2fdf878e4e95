import { describe, it } from 'vitest';
import { xlsxExtractor } from '../../src/extract/xlsx.js';
import { expectClean, fixture, fuzzExtractor, zipOfXmlCases } from './fuzz.js';

const XML_TOKENS = ['<row>', '</row>', '<row r="0">', '<row r="99999999999">', '<c>', '</c>', '<c r="XFE1">', '<c r="A1" t="s">', '<c t="inlineStr">',
  '<v>', '</v>', '<v>-1</v>', '<v>1e999</v>', '<is>', '</is>', '<t>', '</t>', '<t/>', '<rPh>', '</rPh>', '<si>', '</si>', '<sheet name="x" r:id="rId9"/>',
  'Target="/"', 'Target="../../.."', '&amp;', '&#x1F600;', '&#xD800;', '&#99999999;', '&lol;', '<!--', '<![CDATA[', ']]>', '<!DOCTYPE x [', '<?', '<', '>', '"', "'"];
/** Half the cases mutate the XML and relationship parts inside a valid ZIP (to reach the SpreadsheetML scanner), half the ZIP bytes. */
const generate = zipOfXmlCases([fixture('xlsx/kunder.xlsx'), fixture('../exports/crm/kundregister.xlsx')], XML_TOKENS, /\.(xml|rels)$/, 0.5);

describe('fuzzing the xlsx extractor', () => {
  it('never throws anything but ExtractError on mutated and random input', async () => {
    expectClean(await fuzzExtractor(xlsxExtractor, 'kunder.xlsx', 400, generate));
  });
});
