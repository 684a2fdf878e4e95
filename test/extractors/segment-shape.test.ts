import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Delegate, ExtractItem, Segment } from '../../src/extract/types.js';
import { extractBytes, extractFile, FORMATS, segments } from './collect.js';

/**
 * The detectors run on every segment of a scan. When one worker thread met segments of another shape (no
 * hints, hints without a field), V8 dropped the detectors' optimised code and compiled it again; so every
 * extractor builds its segments with makeSegment, and this test holds them to it.
 */
const FIXTURE_FILES = readdirSync(FORMATS).flatMap((format) => readdirSync(join(FORMATS, format)).map((file) => join(FORMATS, format, file)));

describe('segment shape', () => {
  it('covers a fixture of every format', () => {
    expect(FIXTURE_FILES.length).toBeGreaterThanOrEqual(9);
  });

  it.each(FIXTURE_FILES)('%s: every segment has the keys text, location, hints and hints has field, scope, record', async (path) => {
    const choice = chooseExtractor(path, readFileSync(path).subarray(0, 4096));
    if (choice.kind !== 'extractor') throw new Error(`no extractor for ${path}`);
    const items = await extractFile(choice.extractor, path);
    // An archive holds only other files: their segments are what the detectors see.
    const found = [...segments(items), ...(await delegatedSegments(items))];
    expect(found.length).toBeGreaterThan(0);
    for (const segment of found) {
      expect(Object.keys(segment)).toEqual(['text', 'location', 'hints']);
      expect(Object.keys(segment.hints!)).toEqual(['field', 'scope', 'record']);
    }
  });
});

/** The segments of every file an extractor handed on (archive entries, attachments), one level down. */
async function delegatedSegments(items: readonly ExtractItem[]): Promise<Segment[]> {
  const found: Segment[] = [];
  for (const item of items) {
    if (!('kind' in item) || item.kind !== 'delegate') continue;
    const delegate: Delegate = item;
    const choice = chooseExtractor(delegate.name, delegate.bytes.subarray(0, 4096));
    if (choice.kind === 'extractor') found.push(...segments(await extractBytes(choice.extractor, delegate.name, delegate.bytes)));
  }
  return found;
}
