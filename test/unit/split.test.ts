import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordKindOf } from '../../src/engine/split-choice.js';
import { fileParts, type RecordKind } from '../../src/engine/split.js';
import type { FilePart } from '../../src/extract/types.js';

const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-split-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function partsOf(content: string | Buffer, kind: RecordKind, partBytes: number): Promise<FilePart[]> {
  const path = join(work, `f${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, content);
  const parts: FilePart[] = [];
  for await (const part of fileParts(path, kind, partBytes)) parts.push(part);
  return parts;
}

/** The parts cover the file end to end, in order, without gaps or overlaps. */
function expectCover(parts: readonly FilePart[], size: number): void {
  expect(parts[0]!.start).toBe(0);
  for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
  expect(parts[parts.length - 1]!.end).toBe(size);
}

describe('fileParts', () => {
  it('cuts lines after a line break, with the number each part starts at', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i + 1} ${'x'.repeat(i % 37)}`);
    const text = `${lines.join('\n')}\n`;
    const parts = await partsOf(text, 'lines', 1000);
    expect(parts.length).toBeGreaterThan(5);
    expectCover(parts, Buffer.byteLength(text));
    for (const part of parts) {
      if (part.start > 0) expect(text[part.start - 1]).toBe('\n');
      // The part's first line is the line its number says.
      expect(text.slice(part.start).startsWith(`line ${part.line} `)).toBe(true);
      expect(part.start).toBeGreaterThanOrEqual(0);
    }
  });

  it('yields a file smaller than one part whole', async () => {
    const parts = await partsOf('a\nb\nc', 'lines', 1000);
    expect(parts).toMatchObject([{ start: 0, end: 5, line: 1, message: 1 }]);
  });

  it('cuts a mailbox only on envelope lines, with the number of the message each part starts at', async () => {
    const message = (n: number): string =>
      `From kund${n}@exempel.se Mon Mar  4 09:${String(n % 60).padStart(2, '0')}:00 2024\nSubject: ärende ${n}\n\nHej,\nFrom here on the order is late (a body line, not an envelope).\n${'text '.repeat(n % 50)}\n\n`;
    const mailbox = `\n\n${Array.from({ length: 120 }, (_, i) => message(i + 1)).join('')}`;
    const parts = await partsOf(mailbox, 'mbox', 2000);
    expect(parts.length).toBeGreaterThan(5);
    expectCover(parts, Buffer.byteLength(mailbox));
    expect(parts[0]!.message).toBe(1);
    for (const part of parts.slice(1)) {
      const rest = Buffer.from(mailbox).subarray(part.start).toString('utf8');
      expect(rest.startsWith(`From kund${part.message}@exempel.se `)).toBe(true);
    }
  });

  it('does not cut UTF-16 text (its line breaks are two bytes)', async () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('rad\n'.repeat(2000), 'utf16le')]);
    const parts = await partsOf(text, 'lines', 1000);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ start: 0, end: text.length, encoding: { encoding: 'utf-16le' } });
  });

  it('keeps the encoding of the file head for every part (a later part may show no non-ASCII byte)', async () => {
    const text = Buffer.concat([Buffer.from('Åsa Öberg;070-1234567\n', 'latin1'), Buffer.from('plain ascii line\n'.repeat(500))]);
    const parts = await partsOf(text, 'lines', 1000);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.encoding.encoding).toBe('windows-1252');
  });

  it('reads the same parts whatever the read size meets (a separator across reads)', async () => {
    const fixture = readFileSync(new URL('../../fixtures/formats/mbox/support.mbox', import.meta.url));
    const big = Buffer.concat(Array.from({ length: 400 }, () => fixture));
    const parts = await partsOf(big, 'mbox', 64 * 1024);
    expectCover(parts, big.length);
    for (const part of parts) expect(big.subarray(part.start, part.start + 5).toString('latin1')).toBe('From ');
  });

  it('cuts CSV only between records, never inside a quoted cell, with the row and line each part starts at', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => {
      const note = i % 3 === 0 ? `"rad ett med ""citat""\nrad två ; semikolon\r\nrad tre"` : i % 3 === 1 ? 'tum 5" skärm' : '';
      return `K${100000 + i};Förnamn${i};Efternamn${i};${note}`;
    });
    const csv = `\ufeff"Kundnr";"Förnamn";"Efternamn";"Anteckningar"\r\n${rows.join('\r\n')}\r\n`;
    const bytes = Buffer.from(csv, 'utf8');
    const parts = await partsOf(bytes, 'csv', 2000);
    expect(parts.length).toBeGreaterThan(5);
    expectCover(parts, bytes.length);
    expect(parts[0]!.table).toBeUndefined();
    for (const part of parts.slice(1)) {
      const rest = bytes.subarray(part.start).toString('utf8');
      const row = part.table!.row;
      // Row 1 is the header, so data row N is record N - 2 of `rows`; the part starts exactly there.
      expect(rest.startsWith(`K${100000 + row - 2};`)).toBe(true);
      expect(part.table!.first).toEqual(['Kundnr', 'Förnamn', 'Efternamn', 'Anteckningar']);
      expect(part.table!.delimiter).toBe(';');
      // Lines count the line breaks inside quoted cells too.
      expect(part.line).toBe(bytes.subarray(0, part.start).toString('utf8').split('\n').length);
    }
  });

  it('hands every CSV part the first record as read, data or not (the worker decides whether it is a header)', async () => {
    const csv = Array.from({ length: 300 }, (_, i) => `anna${i}@exempel.se,070-123 45 ${String(i % 100).padStart(2, '0')}`).join('\n');
    const parts = await partsOf(csv, 'csv', 1000);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts[1]!.table).toMatchObject({ delimiter: ',', first: ['anna0@exempel.se', '070-123 45 00'], row: expect.any(Number) });
    expect(csv.slice(parts[1]!.start).startsWith(`anna${parts[1]!.table!.row - 1}@`)).toBe(true);
  });

  it('does not cut a CSV whose first row is one cell (a title or a header, which the worker decides with the rules)', async () => {
    const body = Array.from({ length: 300 }, (_, i) => `${1000 + i};Karin;Holmqvist;34000`).join('\n');
    const titled = await partsOf(`Lönelista\nAnst.nr;Förnamn;Efternamn;Lön\n${body}\n`, 'csv', 1000);
    expect(titled).toHaveLength(1);
    expect(titled[0]!.table).toBeUndefined();
    // The same table under a header of four cells is cut.
    expect((await partsOf(`Anst.nr;Förnamn;Efternamn;Lön\n${body}\n`, 'csv', 1000)).length).toBeGreaterThan(3);
  });

  it('never blocks on a path swapped for a FIFO after the walk (the file is then scanned whole)', async () => {
    const fifo = join(work, 'swapped.log');
    execFileSync('mkfifo', [fifo]);
    const read = async (): Promise<void> => {
      for await (const part of fileParts(fifo, 'lines')) expect(part).toBeUndefined();
    };
    await expect(read()).rejects.toThrow('no longer a regular file');
    expect(await recordKindOf({ absolutePath: fifo, relativePath: 'swapped.log', root: work, size: 1 << 30 })).toBeUndefined();
  }, 10_000);

  it('does not cut a mailbox that does not start with an envelope line (it is reported whole, as corrupt)', async () => {
    const body = Array.from({ length: 200 }, (_, i) => `From kund${i}@exempel.se Mon Mar  4 09:00:00 2024\nSubject: ${i}\n\ntext\n\n`).join('');
    const parts = await partsOf(`garbage before the first envelope\n${body}`, 'mbox', 1000);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ start: 0, message: 1 });
  });
});
