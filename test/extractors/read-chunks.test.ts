import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { readFileChunks } from '../../src/extract/read-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'gdpr-scan-read-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 10,000 bytes whose value depends on their position, so a chunk read from the wrong place shows. */
const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7 + (i >> 8)) & 0xff));
const file = join(dir, 'data.bin');
writeFileSync(file, bytes);

async function collect(iterable: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of iterable) chunks.push(Buffer.from(chunk));
  return chunks;
}

function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

describe('readFileChunks', () => {
  it('reads the whole file in chunks no larger than asked', async () => {
    const chunks = await collect(readFileChunks(file, 4096));
    expect(chunks.map((chunk) => chunk.length)).toEqual([4096, 4096, 1808]);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it('reads exactly the byte range [start, end) of a part', async () => {
    const chunks = await collect(readFileChunks(file, 1000, { start: 2500, end: 7321 }));
    expect(chunks.every((chunk) => chunk.length <= 1000)).toBe(true);
    expect(Buffer.concat(chunks).equals(bytes.subarray(2500, 7321))).toBe(true);
  });

  it('gives every chunk a buffer of its own (a consumer may keep an earlier chunk)', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of readFileChunks(file, 4096)) chunks.push(chunk);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it('yields nothing for an empty file or an empty range', async () => {
    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, '');
    expect(await collect(readFileChunks(empty, 4096))).toEqual([]);
    expect(await collect(readFileChunks(file, 4096, { start: 300, end: 300 }))).toEqual([]);
  });

  it('closes the file when the reader stops early or the read fails', async () => {
    const before = openFds();
    for await (const chunk of readFileChunks(file, 100)) if (chunk.length > 0) break;
    expect(openFds()).toBe(before);
    const controller = new AbortController();
    controller.abort();
    await expect(collect(readFileChunks(file, 100, undefined, controller.signal))).rejects.toThrow();
    expect(openFds()).toBe(before);
  });

  it('refuses a FIFO swapped in after the walk instead of blocking on it', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const error = await collect(readFileChunks(fifo, 4096)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).reason).toBe('not-regular');
  });

  it('reports a missing file as the error of the open', async () => {
    await expect(collect(readFileChunks(join(dir, 'gone.csv'), 4096))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
