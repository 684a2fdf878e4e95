import { chooseExtractor } from '../extract/registry.js';
import type { SourceFile } from '../walk/types.js';
import { openRegular } from './open-regular.js';
import { SPLITTABLE, type RecordKind } from './split.js';

export { fileParts } from './split.js';

const HEAD_BYTES = 4096;

/**
 * How a large file may be cut, decided as the worker will decide its format (extension, then content), or
 * undefined when it must be scanned whole. Loaded only by pooled scans that meet a file this large.
 */
export async function recordKindOf(file: SourceFile): Promise<RecordKind | undefined> {
  let head: Uint8Array;
  try {
    const handle = await openRegular(file.absolutePath);
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined; // scanned whole, which reports why it cannot be read
  }
  const choice = chooseExtractor(file.relativePath, head);
  return choice.kind === 'unsupported' ? undefined : SPLITTABLE.get(choice.extractor.id);
}
