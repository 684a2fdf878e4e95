import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createDecoder, decodeBytes, decodeValidUtf8, decodeWindows1252, detectEncoding, type TextEncoding } from '../../src/extract/encoding.js';
import { ExtractError } from '../../src/errors.js';
import { FORMATS } from './collect.js';

const SAMPLE = 'Förnamn;Efternamn;Ort\nÅsa;Öberg;Västerås\n';
const bytesOf = (...parts: (number[] | Buffer)[]) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));

describe('detectEncoding', () => {
  const ascii = 'Name,Email\nx,y\n';
  const cases: [string, Buffer, TextEncoding, number][] = [
    ['UTF-8 with BOM', bytesOf([0xef, 0xbb, 0xbf], Buffer.from(SAMPLE)), 'utf-8', 3],
    ['UTF-8 without BOM', Buffer.from(SAMPLE), 'utf-8', 0],
    ['pure ASCII', Buffer.from(ascii), 'utf-8', 0],
    ['UTF-16LE with BOM', bytesOf([0xff, 0xfe], Buffer.from(SAMPLE, 'utf16le')), 'utf-16le', 2],
    ['UTF-16BE with BOM', bytesOf([0xfe, 0xff], Buffer.from(SAMPLE, 'utf16le').swap16()), 'utf-16be', 2],
    ['UTF-16LE without BOM', Buffer.from(SAMPLE, 'utf16le'), 'utf-16le', 0],
    ['UTF-16BE without BOM', Buffer.from(SAMPLE, 'utf16le').swap16(), 'utf-16be', 0],
    ['Windows-1252 (Swedish Excel)', iconv.encode(SAMPLE, 'win1252'), 'windows-1252', 0],
  ];
  it.each(cases)('%s', (name, bytes, encoding, bomLength) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bomLength });
    expect(decodeBytes(bytes).text).toBe(name === 'pure ASCII' ? ascii : SAMPLE);
  });

  it('rejects NUL bytes in non-UTF-16 content as binary', () => {
    const binary = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], Buffer.from('IHDR'));
    expect(() => detectEncoding(binary)).toThrow(ExtractError);
    try {
      detectEncoding(binary);
    } catch (error) {
      expect((error as ExtractError).reason).toBe('binary');
    }
  });

  it('recognises the fixtures: cp1252 CSV and UTF-16LE CSV', () => {
    expect(detectEncoding(readFileSync(join(FORMATS, 'csv-cp1252/kunder.csv'))).encoding).toBe('windows-1252');
    expect(detectEncoding(readFileSync(join(FORMATS, 'csv-utf16/export.csv')))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(decodeBytes(readFileSync(join(FORMATS, 'csv-cp1252/kunder.csv'))).text).toContain('Förnamn;Efternamn;E-post');
  });
});

describe('createDecoder (streaming)', () => {
  const text = 'Å € 😀 Öberg; ä\n';
  const encodings: [TextEncoding, Buffer][] = [
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
  ];
  it.each(encodings)('%s: every split point gives the same text', (encoding, bytes) => {
    for (let split = 1; split < bytes.length; split++) {
      const decoder = createDecoder({ encoding, bomLength: 0 });
      const out = decoder.write(bytes.subarray(0, split)) + decoder.write(bytes.subarray(split)) + decoder.end();
      expect(out, `split at ${split}`).toBe(text);
    }
  });

  it('strips a BOM split across chunks', () => {
    const bytes = bytesOf([0xef, 0xbb, 0xbf], Buffer.from('Åsa'));
    const decoder = createDecoder({ encoding: 'utf-8', bomLength: 3 });
    expect(decoder.write(bytes.subarray(0, 2)) + decoder.write(bytes.subarray(2)) + decoder.end()).toBe('Åsa');
  });

  it('switches to Windows-1252 when invalid bytes follow an ASCII-only start', () => {
    const decoder = createDecoder({ encoding: 'utf-8', bomLength: 0 });
    const first = decoder.write(Buffer.from('Kundnr;Namn\n'));
    const second = decoder.write(iconv.encode('1;Åsa Öberg\n', 'win1252'));
    expect(first + second + decoder.end()).toBe('Kundnr;Namn\n1;Åsa Öberg\n');
    expect(decoder.encoding).toBe('windows-1252');
  });

  // Exports joined from two systems, or a legacy import inside a UTF-8 CRM: lines of both encodings in one file.
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const cp1252 = (text: string) => iconv.encode(text, 'win1252');
  const mixed: [string, Buffer[], string][] = [
    ['a Windows-1252 line after UTF-8, in its own chunk', [utf8('Åsa\n'), cp1252('Oé\n')], 'Åsa\nOé\n'],
    ['a Windows-1252 row between UTF-8 rows, one chunk', [Buffer.concat([utf8('namn;tel\nBjörn Åkesson;1\n'), cp1252('Åsa Ström;2\n'), utf8('Kerstin Lindström;3\n')])], 'namn;tel\nBjörn Åkesson;1\nÅsa Ström;2\nKerstin Lindström;3\n'],
    ['UTF-8 rows after a Windows-1252 head', [Buffer.concat([cp1252('Förnamn;Ort\nÅsa;Västerås\n'), utf8('Björn;Umeå\n')])], 'Förnamn;Ort\nÅsa;Västerås\nBjörn;Umeå\n'],
    ['Cyrillic in UTF-8 after Windows-1252', [Buffer.concat([cp1252('Öberg\n'), utf8('Олена Коваль\n')])], 'Öberg\nОлена Коваль\n'],
    ['a UTF-8 line with one broken byte keeps its letters', [Buffer.concat([utf8('Åsa Öberg Västerås '), Buffer.from([0xff, 0x0a])])], 'Åsa Öberg Västerås \uFFFD\n'],
    ['Windows-1252 with a real Ã (Ç, Ã and O, not a UTF-8 pair)', [cp1252('CONCEIÇÃO Öberg\n')], 'CONCEIÇÃO Öberg\n'],
  ];
  it.each(mixed)('decodes line by line: %s', (_name, chunks, expected) => {
    for (const guess of ['utf-8', 'windows-1252'] as const) {
      const decoder = createDecoder({ encoding: guess, bomLength: 0 });
      expect(chunks.map((chunk) => decoder.write(chunk)).join('') + decoder.end(), guess).toBe(expected);
    }
    expect(decodeBytes(Buffer.concat(chunks)).text).toBe(expected);
  });

  it('a file of clean lines of both encodings decodes the same at every split point', () => {
    const bytes = Buffer.concat([utf8('Björn Åkesson\n'), cp1252('Åsa Ström\n'), utf8('Ölvir – “Ö”\n')]);
    for (let split = 1; split < bytes.length; split++) {
      const decoder = createDecoder({ encoding: 'utf-8', bomLength: 0 });
      const out = decoder.write(bytes.subarray(0, split)) + decoder.write(bytes.subarray(split)) + decoder.end();
      expect(out, `split at ${split}`).toBe('Björn Åkesson\nÅsa Ström\nÖlvir – “Ö”\n');
    }
  });

  it('reports Windows-1252 once a chunk needed it', () => {
    const decoder = createDecoder({ encoding: 'utf-8', bomLength: 0 });
    decoder.write(utf8('Åsa\n'));
    expect(decoder.encoding).toBe('utf-8');
    decoder.write(cp1252('Öberg\n'));
    expect(decoder.encoding).toBe('windows-1252');
  });
});

describe('decodeValidUtf8 and decodeWindows1252 (the fast paths)', () => {
  // Long enough for the TextDecoder path (1 KiB and more), with a U+FEFF inside that must stay.
  const long = `${'Åsa Öberg; Västerås; ä ö 😀\n'.repeat(80)}\uFEFFslut`;

  it('decodes valid UTF-8 short and long exactly as Buffer#toString does, keeping a U+FEFF', () => {
    for (const text of ['Åsa', long, `\uFEFF${long}`]) {
      const bytes = Buffer.from(text, 'utf8');
      expect(decodeValidUtf8(bytes)).toBe(bytes.toString('utf8'));
      expect(decodeValidUtf8(bytes)).toBe(text);
    }
  });

  it('decodes Windows-1252 without C1 bytes like iconv does, and with them (€, curly quotes) through iconv', () => {
    const plain = iconv.encode(`Åsa Öberg, Västerås ${'ÿ×'.repeat(600)}`, 'win1252');
    const c1 = iconv.encode('Pris 10 € – ”Åsa”', 'win1252');
    expect(c1.some((byte) => byte >= 0x80 && byte <= 0x9f)).toBe(true);
    for (const bytes of [plain, c1]) expect(decodeWindows1252(bytes)).toBe(iconv.decode(bytes, 'win1252'));
    expect(decodeWindows1252(c1)).toBe('Pris 10 € – ”Åsa”');
  });

  it('the streaming Windows-1252 decoder gives the euro sign, not U+0080', () => {
    const decoder = createDecoder({ encoding: 'windows-1252', bomLength: 0 });
    expect(decoder.write(iconv.encode('Åsa;100 €\n', 'win1252')) + decoder.end()).toBe('Åsa;100 €\n');
  });
});
