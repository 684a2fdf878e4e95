import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineTooLongError, readLineSpans, readSpan } from '../../src/cache/read-lines.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('gdpr-lines-');

function linesOf(text: string | Buffer, maxFirstLine?: number): string[] {
  const path = join(dir, 'f.txt');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    // A line's bytes are only valid until the next line is read: decoded as they come.
    const lines: string[] = [];
    for (const { bytes } of readLineSpans(fd, maxFirstLine)) lines.push(bytes.toString('utf8'));
    return lines;
  } finally {
    closeSync(fd);
  }
}

describe('readLineSpans: the lines', () => {
  it('gives each line, also lines longer than a chunk and a last line without a line break', () => {
    const long = 'å'.repeat(700_000); // 1.4 MB of UTF-8: spans a 1 MiB chunk, a character split at the boundary
    expect(linesOf(`header\n${long}\n\nkort\nsist`)).toEqual(['header', long, '', 'kort', 'sist']);
  });

  it('cuts a multi-byte character at a chunk boundary without damage', () => {
    const head = 'x'.repeat((1 << 20) - 1);
    expect(linesOf(`${head}ö\nnästa\n`)).toEqual([`${head}ö`, 'nästa']);
  });

  it('gives nothing for an empty file', () => {
    expect(linesOf('')).toEqual([]);
  });

  it('refuses a first line longer than allowed without reading on', () => {
    expect(() => linesOf(`${'{'.repeat(100)}\nrest\n`, 64)).toThrow(LineTooLongError);
    expect(() => linesOf('{'.repeat(3 << 20), 64 * 1024)).toThrow(LineTooLongError);
    expect(linesOf(`${'h'.repeat(64)}\n${'x'.repeat(1000)}\n`, 64)).toHaveLength(2);
  });
});

describe('readLineSpans and readSpan', () => {
  it('give each line with its byte offset, across chunk boundaries, and read it back from there', () => {
    const long = 'å'.repeat(700_000);
    const text = `header\n${long}\n\nkort\nsist`;
    const path = join(dir, 'spans.txt');
    writeFileSync(path, text);
    const fd = openSync(path, 'r');
    try {
      // A line's bytes are only valid until the next line is read: decoded as they come.
      const spans: { text: string; offset: number; length: number }[] = [];
      for (const { bytes, offset } of readLineSpans(fd)) spans.push({ text: bytes.toString('utf8'), offset, length: bytes.length });
      expect(spans.map((span) => span.text)).toEqual(['header', long, '', 'kort', 'sist']);
      const whole = Buffer.from(text, 'utf8');
      for (const span of spans) {
        expect(whole.subarray(span.offset, span.offset + span.length).toString('utf8')).toBe(span.text);
        expect(readSpan(fd, span.offset, span.length).toString('utf8')).toBe(span.text);
      }
      expect(() => readSpan(fd, whole.length - 2, 10)).toThrow(/unexpected end of file/);
    } finally {
      closeSync(fd);
    }
  });
});

