import { statSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { ColumnNameCheck, ExtractItem, Extractor, PartialSkip, PersonalDataCheck, Segment } from '../../src/extract/types.js';

export const FORMATS = resolve(import.meta.dirname, '../../fixtures/formats');

const CTX = { maxBytes: 64 * 1024 * 1024 };

/** Every item an extractor yields for a file on disk. */
export async function extractFile(extractor: Extractor, path: string, maxBytes = CTX.maxBytes): Promise<ExtractItem[]> {
  const items: ExtractItem[] = [];
  for await (const item of extractor.extract({ name: basename(path), path, size: statSync(path).size }, { maxBytes })) items.push(item);
  return items;
}

/** Every item an extractor yields for in-memory bytes (as for a mail attachment). */
export async function extractBytes(
  extractor: Extractor,
  name: string,
  bytes: Uint8Array,
  maxBytes = CTX.maxBytes,
  holdsPersonalData?: PersonalDataCheck,
  knownColumn?: ColumnNameCheck,
): Promise<ExtractItem[]> {
  const items: ExtractItem[] = [];
  for await (const item of extractor.extract({ name, bytes, size: bytes.length }, { maxBytes, holdsPersonalData, knownColumn })) items.push(item);
  return items;
}

export function segments(items: readonly ExtractItem[]): Segment[] {
  return items.filter((item): item is Segment => 'text' in item);
}

export function skips(items: readonly ExtractItem[]): PartialSkip[] {
  return items.filter((item): item is PartialSkip => 'kind' in item && item.kind === 'partial-skip');
}

/** The rejection of an extraction, for asserting ExtractError reasons. */
export async function extractError(run: Promise<unknown>): Promise<{ reason?: string; detail?: string; name?: string }> {
  try {
    await run;
  } catch (error) {
    return error as { reason?: string; detail?: string };
  }
  throw new Error('expected the extraction to fail');
}

/** A scratch directory for files generated at test time; removed by the returned cleanup. */
export function scratch(): { dir: string; file: (name: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-scan-extract-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
