import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjsonExtractor } from '../../src/extract/ndjson.js';
import { extractBytes, extractFile, FORMATS, segments, skips } from './collect.js';

const ndjson = (text: string) => extractBytes(ndjsonExtractor, 'x.ndjson', Buffer.from(text));
const where = (items: Awaited<ReturnType<typeof ndjson>>) =>
  segments(items).map((s) => (s.location.kind === 'json' ? [s.location.record, s.location.path, s.text] : s.location));

describe('ndjson extractor', () => {
  it('makes line N record N with paths relative to the line', async () => {
    const items = await extractFile(ndjsonExtractor, join(FORMATS, 'ndjson/events.ndjson'));
    expect(where(items)).toEqual([
      [1, 'event', 'login'],
      [1, 'ip', '192.0.2.44'],
      [1, 'at', '2024-03-01T08:12:00Z'],
      [1, 'user.email', 'marta.oberg@exempel.se'],
      [2, 'event', 'profile_update'],
      [2, 'user.email', 'm.yilmaz@example.org'],
      [2, 'user.name', 'Mehmet Yilmaz'],
      [2, 'changes.phone', '0046 76 987 65 43'],
      [3, 'event', 'chat_started'],
      [3, 'visitor.ip', '2001:db8::4a1f'],
      [3, 'visitor.name', 'Anna-Karin Bergström'],
    ]);
    expect(segments(items)[5]?.hints).toEqual({
      field: 'email',
      scope: 'field',
      record: { email: 'm.yilmaz@example.org', name: 'Mehmet Yilmaz' },
    });
    expect(skips(items)).toEqual([]);
  });

  it('skips a bad line with its number and goes on; blank lines keep the numbering', async () => {
    const items = await ndjson('{"a":"första"}\r\n{"email": "hemlig@example.com", trasig\n\n{"a":"fjärde"}');
    expect(where(items)).toEqual([
      [1, 'a', 'första'],
      [4, 'a', 'fjärde'],
    ]);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'corrupt', detail: 'NDJSON line 2 is not valid JSON; skipped' }]);
  });

  it('summarises after ten bad lines instead of flooding the report', async () => {
    const items = await ndjson(Array.from({ length: 25 }, (_, i) => `not json ${i}`).join('\n'));
    expect(skips(items)).toHaveLength(11);
    expect(skips(items)[10]?.detail).toBe('15 more NDJSON lines (from line 11) are not valid JSON; skipped');
  });

  it('sniffs one JSON object per line', () => {
    expect(ndjsonExtractor.sniff?.(Buffer.from('{"a":1}\n{"a":2}\n'))).toBe(true);
    expect(ndjsonExtractor.sniff?.(Buffer.from('{\n  "a": 1\n}\n'))).toBe(false);
  });
});

describe('splitLines', () => {
  it('drops a line longer than the limit once, keeping the numbering of the lines after it', async () => {
    async function* chunks() {
      yield '{"a":1}\n' + 'x'.repeat(30);
      yield 'y'.repeat(30) + '\nsista';
    }
    const { splitLines } = await import('../../src/extract/lines.js');
    const lines = [];
    for await (const line of splitLines(chunks(), 20)) lines.push(line);
    expect(lines).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '', line: 2, tooLong: true },
      { text: 'sista', line: 3 },
    ]);
  });
});
