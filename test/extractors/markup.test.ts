import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { MarkupStripper, markupExtractor } from '../../src/extract/markup.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Segment } from '../../src/extract/types.js';
import { rules } from '../helpers/detector-cases.js';
import { extractFile, FORMATS, scratch, segments } from './collect.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

/** Every finding in the segments as `category value line`. */
function findings(items: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const segment of items) {
    const base = segment.location.kind === 'line' ? segment.location.line : 0;
    for (const { detector, match } of detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low')) {
      const line = base + segment.text.slice(0, match.start).split('\n').length - 1;
      out.push(`${detector.category} ${match.value} ${line}`);
    }
  }
  return out;
}

describe('markup extractor (HTML and XML)', () => {
  it('reads a saved HTML chat: text, entities, attribute values and comments, not script or style, by the file\'s lines', async () => {
    const items = segments(await extractFile(markupExtractor, join(FORMATS, 'html/chatt.html')));
    expect(items.map((s) => s.location)).toEqual([{ kind: 'line', line: 1 }]);
    const text = items[0]!.text;
    expect(text).not.toContain('<');
    expect(text).not.toContain('1709283600');
    expect(text).not.toContain('#070123');
    expect(text.split('\n')[5]).toContain('Björn Åkesson');
    expect(findings(items)).toEqual([
      'name Björn Åkesson 6',
      'phone +46 73 555 01 02 7',
      'personnummer 790101-1127 8',
      'name Märta Öberg 9',
      'phone 031-12 34 56 9',
      'email bjorn.akesson@example.com 10',
    ]);
  });

  it('reads an XML export: element text and attribute values', async () => {
    const items = segments(await extractFile(markupExtractor, join(FORMATS, 'xml/kunder.xml')));
    expect(findings(items)).toEqual([
      'email anna.lindqvist@exempel.se 3',
      'name Anna Lindqvist 3',
      'phone 070-123 45 67 3',
      'personnummer 850312-2387 3',
      'email fatima.hassan@posten-exempel.se 4',
      'name Fatima Hassan 4',
      'phone 08-123 456 78 4',
      'personnummer 920229-3446 4',
    ]);
  });

  it('is chosen for .html, .htm, .xhtml and .xml', () => {
    for (const name of ['a.html', 'b.HTM', 'c.xhtml', 'd.xml']) {
      const choice = chooseExtractor(name, Buffer.from('<p>x</p>'));
      expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('markup');
    }
  });

  it('carries a tag, comment or script that is open at the end of a block into the next one', () => {
    const stripper = new MarkupStripper();
    // A value that goes on into the next block, then a comment, then a script whose code is dropped.
    expect(stripper.strip('text <a href="mailto:x@y.se"\n title="Anna')).toBe('text  mailto:x@y.se \n Anna');
    expect(stripper.strip(' Berg">länk</a> <!-- not')).toBe(' Berg  länk   not');
    expect(stripper.strip(' closed --> <SCRIPT>var a = "0701234567";')).toBe(' closed    ');
    expect(stripper.strip('\nvar b;</Script> efter')).toBe('\n  efter');
  });

  it('keeps a lone < and a line break in every dropped part, and stays linear on broken markup', async () => {
    const stripper = new MarkupStripper();
    expect(stripper.strip('a < b och <3\n<b\n>fet</b>')).toBe('a < b och <3\n\n fet ');
    // XML: every element boundary is a tab, so neighbouring values never run together.
    expect(new MarkupStripper(true).strip('<tel>070-123 45 67</tel><pnr>850312-2387</pnr>')).toBe('\t070-123 45 67\t\t850312-2387\t');
    const broken = '<!--'.repeat(20_000) + '<script>'.repeat(20_000) + '<a title="'.repeat(20_000);
    const items = segments(await extractFile(markupExtractor, tmp.file('broken.html', broken)));
    expect(items.length).toBeLessThanOrEqual(1);
  });
});
