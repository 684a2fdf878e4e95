import { LONG_LINE, splitLines } from './lines.js';
import { readText } from './read-chunks.js';
import type { ExtractItem, Extractor, Segment } from './types.js';
import { makeSegment } from './types.js';

/**
 * Bankgirot's BgMax payment files (`01BGMAX …`), as debt-collection and accounting systems import and archive them:
 * fixed-width records of 80 characters whose first two are the record type. The payer's name, address and person or
 * organisation number stand in fixed columns with no gap after the type (`26KLAS SJÖGREN`, `29198301028637`), so as
 * plain text the type glues itself to the value. Each field is a segment of its own under a name that says what it
 * is; other records are read as lines of text. Layout: Bankgirot, "Bankgiro Inbetalningar, Teknisk manual BgMax".
 */
export const bgmaxExtractor: Extractor = {
  id: 'bgmax',
  extensions: ['.bgmax', '.bgm'],
  sniff: isBgMax,
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    for await (const { text, line, tooLong } of splitLines(readText(source, ctx.signal))) {
      if (tooLong) {
        yield { kind: 'partial-skip', reason: 'limit', detail: `BgMax line ${line} is longer than ${LONG_LINE / 1024 / 1024} MiB; not read` };
        continue;
      }
      yield* recordSegments(text, line);
    }
  },
};

/** The start record: `01BGMAX`, then spaces and the version. */
export function isBgMax(head: Uint8Array): boolean {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return Buffer.from(head.subarray(start, start + 7)).toString('latin1') === '01BGMAX';
}

/** A field of a record: its 0-based start and end columns and the name it is reported under. */
interface Field {
  readonly from: number;
  readonly to: number;
  readonly name: string;
}

/** The records that carry the payer (Bankgirot's TK 25–29); names chosen so the detectors know the columns. */
const FIELDS: ReadonlyMap<string, readonly Field[]> = new Map([
  ['25', [{ from: 2, to: 52, name: 'Meddelande' }]],
  ['26', [{ from: 2, to: 37, name: 'Betalarens namn' }, { from: 37, to: 72, name: 'Betalarens namn' }]],
  ['27', [{ from: 2, to: 37, name: 'Betalarens adress' }, { from: 37, to: 46, name: 'Betalarens postnummer' }]],
  ['28', [{ from: 2, to: 37, name: 'Betalarens ort' }, { from: 37, to: 72, name: 'Betalarens land' }]],
  // The payer's organisation number, or personnummer for a private person: 12 digits.
  ['29', [{ from: 2, to: 14, name: 'Betalarens identitetsnummer' }]],
]);

function* recordSegments(text: string, line: number): Generator<Segment> {
  const fields = FIELDS.get(text.slice(0, 2));
  const asText = { kind: 'line', line } as const;
  if (fields === undefined) {
    if (text.trim() !== '') yield makeSegment(text, asText, undefined, undefined);
    return;
  }
  // Located as a table's cells (row = line), so the inventory names the field the data is in.
  for (const { from, to, name } of fields) {
    const value = text.slice(from, to).trim();
    if (value !== '') yield makeSegment(value, { kind: 'cell', row: line, column: name }, name, 'cell');
  }
  // Anything past the last field (a record longer than the layout) is read as text too.
  const rest = text.slice(fields[fields.length - 1]!.to).trim();
  if (rest !== '') yield makeSegment(rest, asText, undefined, undefined);
}
