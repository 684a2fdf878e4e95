import type { WalkItem } from './walk.js';

/** Files held back at most to reorder them; beyond this the walk streams on (memory stays bounded). */
export const REORDER_WINDOW = 4096;

/**
 * Passes walk items on with the files of each window of `window` files largest first. Worker threads take files
 * in the order given: a big mailbox that starts last keeps one core busy long after the other has finished,
 * while starting it first lets the small files fill the gaps. Skips pass straight through.
 */
export async function* largestFirst(items: AsyncIterable<WalkItem>, window = REORDER_WINDOW): AsyncGenerator<WalkItem> {
  let held: Array<Extract<WalkItem, { kind: 'file' }>> = [];
  const release = (): Array<Extract<WalkItem, { kind: 'file' }>> => {
    const out = held.sort((a, b) => b.file.size - a.file.size || compare(a.file.relativePath, b.file.relativePath));
    held = [];
    return out;
  };
  for await (const item of items) {
    if (item.kind === 'skip') {
      yield item;
      continue;
    }
    held.push(item);
    if (held.length >= window) yield* release();
  }
  yield* release();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
