/** Splits decoded text into line-aligned blocks, the unit the text and NDJSON extractors work on. */

/** Blocks end at the last newline before this many characters, so segments stay ~0.25–1 MiB. */
const BLOCK_TARGET = 256 * 1024;
const BLOCK_MAX = 1024 * 1024;
/** A line longer than this (minified data, a log without newlines) is cut rather than buffered without bound. */
export const LONG_LINE = 4 * 1024 * 1024;

export interface TextBlock {
  readonly text: string;
  /** 1-based line of the block's first character. */
  readonly line: number;
}

export function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Cuts at `at`, moved back one if that would split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * Groups chunks into blocks of whole lines. A block never ends inside a line unless the line is longer
 * than LONG_LINE; its pieces then carry the same line number.
 */
export async function* lineBlocks(chunks: AsyncIterable<string>, longLine = LONG_LINE, firstLine = 1): AsyncGenerator<TextBlock> {
  let pending = '';
  let line = firstLine;
  for await (const chunk of chunks) {
    pending = pending.length > 0 ? pending + chunk : chunk;
    while (pending.length >= BLOCK_TARGET) {
      const newline = pending.lastIndexOf('\n', BLOCK_MAX - 1);
      let cut: number;
      if (newline !== -1) cut = newline + 1;
      else if (pending.length >= longLine) cut = safeCut(pending, longLine);
      else break;
      const text = pending.slice(0, cut);
      pending = pending.slice(cut);
      yield { text, line };
      line += countNewlines(text);
    }
  }
  if (pending.length > 0) yield { text: pending, line };
}

/**
 * Yields single lines (without the line break) with their 1-based numbers. A line longer than `longLine`
 * is yielded as `{ tooLong: true }` once and its content dropped, so one runaway line cannot exhaust memory.
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
  longLine = LONG_LINE,
  firstLine = 1,
): AsyncGenerator<{ readonly text: string; readonly line: number; readonly tooLong?: true }> {
  let pending = '';
  let line = firstLine;
  let skipping = false;
  for await (const chunk of chunks) {
    pending = pending.length > 0 ? pending + chunk : chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      if (skipping) skipping = false;
      else yield { text: stripCr(pending.slice(start, end)), line };
      line++;
      start = end + 1;
    }
    pending = start > 0 ? pending.slice(start) : pending;
    if (pending.length > longLine) {
      if (!skipping) yield { text: '', line, tooLong: true };
      skipping = true;
      pending = '';
    }
  }
  if (pending.length > 0 && !skipping) yield { text: stripCr(pending), line };
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
