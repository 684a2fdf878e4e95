import { describe, expect, it } from 'vitest';
import { largestFirst } from '../../src/walk/largest-first.js';
import type { WalkItem } from '../../src/walk/walk.js';

function file(relativePath: string, size: number): WalkItem {
  return { kind: 'file', file: { relativePath, size, absolutePath: `/export/${relativePath}`, root: '/export' } };
}

function skip(file: string): WalkItem {
  return { kind: 'skip', skip: { file, root: '/export', reason: 'not-regular', detail: 'a FIFO', partial: false } };
}

async function* from(items: readonly WalkItem[]): AsyncGenerator<WalkItem> {
  yield* items;
}

async function order(items: readonly WalkItem[], window?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const item of largestFirst(from(items), window)) out.push(item.kind === 'file' ? item.file.relativePath : `skip:${item.skip.file}`);
  return out;
}

describe('largestFirst', () => {
  it('hands files over largest first, equal sizes by path, and passes skips straight on', async () => {
    const items = [file('a.log', 10), skip('fifo'), file('big.mbox', 5000), file('c.csv', 300), file('b.csv', 300)];
    expect(await order(items)).toEqual(['skip:fifo', 'big.mbox', 'b.csv', 'c.csv', 'a.log']);
  });

  it('reorders within a window only, so a huge tree is never held in memory', async () => {
    const items = [file('1', 1), file('2', 2), file('3', 3), file('4', 4), file('5', 5)];
    expect(await order(items, 2)).toEqual(['2', '1', '4', '3', '5']);
  });

  it('loses no file', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => file(`f${i}`, (i * 7919) % 1013));
    const result = await order(items, 64);
    expect(result).toHaveLength(1000);
    expect(new Set(result).size).toBe(1000);
  });
});
