import { htmlToText } from './mime/html.js';
import { rtfParagraphs } from './rtf-text.js';
import type { PartialSkip } from './types.js';

/** What both Outlook readers (.msg and winmail.dat) make of a message's parts: its addresses and its body. */

/** The RTF decompressor of @kenjiuno/decompressrtf, loaded by the caller on first use. */
export type RtfDecompressor = (input: number[]) => number[];

/**
 * A compressed RTF body larger than this is not unpacked (the decompressor works on a JavaScript array of
 * numbers, eight bytes per byte). Outlook keeps a plain-text body beside it in all but very old messages.
 */
const MAX_COMPRESSED_RTF = 8 * 1024 * 1024;

/** `Name <address>`, either alone, or undefined when neither is known. Exchange-internal addresses (`/O=…`) are left out. */
export function outlookAddress(name: string | undefined, email: string | undefined): string | undefined {
  const mail = email !== undefined && email.includes('@') ? email.trim() : '';
  const display = (name ?? '').trim();
  if (display === '' || display === mail) return mail || undefined;
  return mail === '' ? display : `${display} <${mail}>`;
}

export interface OutlookBodies {
  readonly plain: string | undefined;
  readonly html: string | Uint8Array | undefined;
  readonly compressedRtf: Uint8Array | undefined;
}

/**
 * The text of an Outlook message body (.msg or winmail.dat): the plain-text body, else the HTML one as text, else
 * the compressed RTF one as text; a skip when the RTF cannot be read.
 */
export function outlookBodyText(bodies: OutlookBodies, decompressRtf: RtfDecompressor): string | PartialSkip | undefined {
  if (bodies.plain !== undefined && bodies.plain.trim() !== '') return bodies.plain;
  const html = bodies.html;
  if (typeof html === 'string' && html !== '') return htmlToText(html);
  if (html instanceof Uint8Array && html.length > 0) return htmlToText(Buffer.from(html).toString('utf8'));
  const rtf = bodies.compressedRtf;
  if (!(rtf instanceof Uint8Array) || rtf.length === 0) return undefined;
  if (!isWholeCompressedRtf(rtf)) {
    return { kind: 'partial-skip', reason: rtf.length > MAX_COMPRESSED_RTF ? 'too-large' : 'corrupt', detail: 'message 1: RTF body not scanned' };
  }
  try {
    return rtfParagraphs(Buffer.from(decompressRtf(Array.from(rtf))).toString('latin1')).join('\n');
  } catch {
    return { kind: 'partial-skip', reason: 'corrupt', detail: 'message 1: RTF body not scanned (damaged)' };
  }
}

/**
 * The compressed-RTF header's size fits the bytes there are: the decompressor trusts it and would read far past
 * the end of a damaged body (zeros, for as long as the header says).
 */
function isWholeCompressedRtf(rtf: Uint8Array): boolean {
  if (rtf.length < 16 || rtf.length > MAX_COMPRESSED_RTF) return false;
  const size = Buffer.from(rtf.buffer, rtf.byteOffset, rtf.byteLength).readUInt32LE(0);
  return size >= 12 && size + 4 <= rtf.length;
}
