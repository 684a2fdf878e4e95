import { ExtractError } from '../errors.js';
import { readWhole } from './read-chunks.js';
import { looksLikeRtf, rtfParagraphs } from './rtf-text.js';
import type { ExtractItem, Extractor } from './types.js';
import { makeSegment } from './types.js';

/** RTF documents with embedded pictures run to tens of megabytes; larger ones are refused, not held. */
const MAX_RTF_BYTES = 256 * 1024 * 1024;

/**
 * RTF documents (WordPad, older Word and Outlook, letters exported by case systems): a segment per paragraph,
 * numbered as Word documents are. The text comes from rtf-text.ts.
 */
export const rtfExtractor: Extractor = {
  id: 'rtf',
  extensions: ['.rtf'],
  sniff: looksLikeRtf,
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const bytes = await readWhole(source, Math.min(ctx.maxBytes, MAX_RTF_BYTES), 'RTF document');
    if (!looksLikeRtf(bytes)) throw new ExtractError('corrupt', 'no {\\rtf header at the start (not an RTF document, or damaged)');
    // RTF is 7-bit text; bytes above 127 written as such are read as the Windows code page most RTF uses.
    const rtf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    let paragraph = 0;
    for (const text of rtfParagraphs(rtf)) yield makeSegment(text, { kind: 'paragraph', paragraph: ++paragraph }, undefined, undefined);
  },
};
