import { MAX_JSON_DEPTH } from './json-walk.js';

/**
 * Text that was encoded as UTF-8 and then read as Latin-1 before it was written out again: `BjÃ¶rn` for `Björn`.
 * Facebook's and Instagram's data downloads (Messenger conversations) write every non-ASCII character this way, as
 * JSON escapes (`"Bj\u00c3\u00b6rn"`), so names with å, ä, ö or any accent never read as names.
 */

/**
 * `\u00c3\u00b6` in JSON source: the escape of a UTF-8 lead byte (C2–F4) right before the escape of a continuation
 * byte (80–BF). A correctly written document has no such pair: the characters they stand for (`Ã¶`) never meet in
 * real text.
 */
const ESCAPED_PAIR = /\\u00(?:c[2-9a-f]|d[0-9a-f]|e[0-9a-f]|f[0-4])\\u00[89ab][0-9a-f]/i;

/**
 * Whether a JSON document's source writes its text double-encoded (looked for once per document): as escapes, as
 * the data downloads do, or as the characters themselves, once a tool has read such a download and written it out
 * again. Strings are then repaired one by one, each only when it decodes whole (repairMojibake).
 */
export function hasMojibake(source: string): boolean {
  return (source.includes('\\u00') && ESCAPED_PAIR.test(source)) || DOUBLE_ENCODED.test(source);
}

/** The characters of one double-encoded UTF-8 sequence, as Latin-1 shows them. */
const DOUBLE_ENCODED = /[\u00c2-\u00f4][\u0080-\u00bf]/;

/**
 * `text` decoded as the UTF-8 it was, when it holds only characters up to U+00FF, at least one of them a double-
 * encoded sequence, and decodes without a broken sequence; otherwise `text` as it is. A string already right
 * (`Björn`, `Ålands`) has no lead character followed by a continuation character and is never changed.
 */
export function repairMojibake(text: string): string {
  if (!DOUBLE_ENCODED.test(text)) return text;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
  const repaired = Buffer.from(text, 'latin1').toString('utf8');
  return repaired.includes('\uFFFD') ? text : repaired;
}

/**
 * A parsed JSON value with every string in it (keys too) repaired, down to the depth the walk reads (json-walk.ts);
 * arrays are repaired in place.
 */
export function repairJsonStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_JSON_DEPTH) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = repairJsonStrings(value[i], depth + 1);
    return value;
  }
  const repaired: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) repaired[repairMojibake(key)] = repairJsonStrings(child, depth + 1);
  return repaired;
}
