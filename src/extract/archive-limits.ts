/**
 * Limits every reader of archives and compressed files keeps (ZIP, tar, gzip): what is inflated is held in memory
 * while its own extractor reads it, so sizes are bounded, and bombs are reported instead of inflated.
 */

/** An entry larger than this is reported, not inflated: it would be held whole while its own extractor reads it. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** Past this many bytes inflated from one archive the rest is reported (a zip bomb of many small entries). */
export const MAX_ARCHIVE_TOTAL = 8 * 1024 * 1024 * 1024;
/** Text compresses 5–20 times; 200 times and more, past a megabyte, is a bomb. */
export const MAX_RATIO = 200;
export const RATIO_FLOOR = 1024 * 1024;
/** Entries that macOS and Windows add to archives: no one's data. */
export const SYSTEM_ENTRY = /(?:^|\/)(?:__MACOSX\/|\._[^/]*$|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

/** `inflated` bytes from `packed` ones look like a bomb: past the floor and more than MAX_RATIO times. */
export function inflatesLikeBomb(inflated: number, packed: number): boolean {
  return inflated > RATIO_FLOOR && inflated > packed * MAX_RATIO;
}
