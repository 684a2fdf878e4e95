import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { type MboxEntry, MboxSplitter } from '../../src/extract/mime/mbox-split.js';

const MAILBOX = [
  'From anna.lindqvist@exempel.se Mon Mar  4 09:15:02 2024',
  'Subject: ett',
  '',
  'From what I can see (mboxo, unescaped) this is body text.',
  'From here to there',
  '',
  'From bjorn.akesson@example.com Tue Mar  5 14:02:11 2024',
  'Subject: två',
  '',
  'kort',
  '',
  'From - Wed Mar  6 08:30:45 2024',
  'Subject: tre',
  '',
  'sista',
].join('\n');

/** Feeds `text` in chunks of `size` bytes and returns the messages as strings. */
function split(text: string | Buffer, size: number, max = 1 << 20): (string | number)[] {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const splitter = new MboxSplitter(max);
  const entries: MboxEntry[] = [];
  for (let i = 0; i < bytes.length; i += size) entries.push(...splitter.push(bytes.subarray(i, i + size)));
  entries.push(...splitter.end());
  return entries.map((e, i) => {
    expect(e.message).toBe(i + 1);
    return e.kind === 'message' ? e.bytes.toString('utf8') : -e.size;
  });
}

describe('MboxSplitter', () => {
  const expected = [
    'From anna.lindqvist@exempel.se Mon Mar  4 09:15:02 2024\nSubject: ett\n\nFrom what I can see (mboxo, unescaped) this is body text.\nFrom here to there\n\n',
    'From bjorn.akesson@example.com Tue Mar  5 14:02:11 2024\nSubject: två\n\nkort\n\n',
    'From - Wed Mar  6 08:30:45 2024\nSubject: tre\n\nsista',
  ];

  it('cuts on envelope lines only, not on body lines starting with "From "', () => {
    expect(split(MAILBOX, 1 << 20)).toEqual(expected);
  });

  it('finds separators that straddle chunk boundaries, for every chunk size', () => {
    for (let size = 1; size <= 80; size++) expect(split(MAILBOX, size), `chunk size ${size}`).toEqual(expected);
  });

  it('handles CRLF mailboxes', () => {
    const crlf = MAILBOX.replace(/\n/g, '\r\n');
    const parts = split(crlf, 7);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBe(expected[1]!.replace(/\n/g, '\r\n'));
  });

  it('skips leading blank lines before the first envelope', () => {
    expect(split(`\n\r\n${MAILBOX}`, 5)).toEqual(expected);
  });

  it('drops a message over the limit without keeping it, and goes on with the next', () => {
    const big = `From a@exempel.se Mon Mar  4 09:15:02 2024\nSubject: stor\n\n${'x'.repeat(5000)}\n`;
    const small = 'From b@exempel.se Tue Mar  5 09:15:02 2024\nSubject: liten\n\nok\n';
    for (const size of [3, 64, 4096, 1 << 20]) {
      const parts = split(small + big + small, size, 1000);
      expect(parts).toEqual([small, -big.length, small]);
    }
  });

  it('returns nothing for an empty or blank mailbox', () => {
    expect(split('', 10)).toEqual([]);
    expect(split('\n\n', 10)).toEqual([]);
  });

  it.each([
    ['an .eml file', 'Return-Path: <a@exempel.se>\nFrom: a@exempel.se\n\nx'],
    ['plain text', 'Hej Anna, detta är ingen brevlåda.'],
    ['short junk', 'abc'],
  ])('rejects %s as corrupt', (_name, text) => {
    expect(() => split(text, 2)).toThrow(ExtractError);
    try {
      split(text, 2);
    } catch (e) {
      expect((e as ExtractError).reason).toBe('corrupt');
      expect((e as ExtractError).detail).not.toContain('Anna');
    }
  });
});
