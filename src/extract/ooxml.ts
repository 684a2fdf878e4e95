/** Office Open XML files (.docx, .xlsx): a ZIP of XML parts, opened the same way whatever the application. */

import { ExtractError } from '../errors.js';
import { readWhole } from './read-chunks.js';
import type { ExtractContext, ExtractSource } from './types.js';
import { checkZipLimits, readZipDirectory, type ZipEntry } from './zip.js';

const ZIP_LIMITS = { maxTotalBytes: 200 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 } as const;
/** The archive is read whole (ZIP needs random access); its text is capped by ZIP_LIMITS, its images are not. */
export const MAX_OOXML_BYTES = 256 * 1024 * 1024;

/** OLE compound file (old binary Office, or an encrypted OOXML container): checked by the extractors and the registry. */
export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary format of the same application: an OLE file holding `stream` is that format, renamed. */
export interface OldBinaryFormat {
  /** Stream name every file of the old format has (`WordDocument`, `Workbook`). */
  readonly stream: string;
  readonly detail: string;
}

/**
 * An OLE container with an OOXML name is a password-protected Office file (Office wraps those in OLE) or an
 * old binary file that was renamed; anything else in OLE is reported as encrypted, the case that needs a person.
 */
function oleError(bytes: Uint8Array, old: OldBinaryFormat): ExtractError {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Directory entries name their streams in UTF-16LE.
  return buffer.includes(Buffer.from(old.stream, 'utf16le'))
    ? new ExtractError('unsupported', old.detail)
    : new ExtractError('encrypted', 'password-protected Office document');
}

/**
 * Reads the file whole and its ZIP directory, refusing OLE containers, damaged archives and archives whose
 * declared sizes look like a zip bomb before anything is inflated. `what` names the format in messages.
 */
export async function openOoxml(
  source: ExtractSource,
  ctx: ExtractContext,
  what: string,
  old: OldBinaryFormat,
): Promise<{ bytes: Uint8Array; entries: ZipEntry[] }> {
  const bytes = await readWhole(source, Math.min(ctx.maxBytes, MAX_OOXML_BYTES), what);
  if (isOle(bytes)) throw oleError(bytes, old);
  if (!isZip(bytes)) throw new ExtractError('corrupt', `not a ZIP archive (damaged ${what})`);
  const entries = readZipDirectory(bytes);
  checkZipLimits(entries, ZIP_LIMITS);
  return { bytes, entries };
}
