import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CATEGORIES, type Category } from '../detect/types.js';
import { ConfigError } from '../errors.js';

export { BASELINE_FILE_NAME } from '../file-names.js';
/** The field key of findings in free text (no column, JSON path or mail part). Never a real field name. */
export const NO_FIELD = '(text)';

/**
 * Accepted findings at one place: system × file × field × category. No line or row numbers, so unrelated
 * edits do not invalidate it (ESLint bulk-suppressions style). `values` holds keyed HMAC fingerprints (never
 * plain hashes) when a fingerprint key was given, so a value swapped for another at the same place is caught.
 */
export interface BaselineEntry {
  readonly count: number;
  readonly values?: readonly string[];
}

export type BaselineEntries = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, Readonly<Partial<Record<Category, BaselineEntry>>>>>>>>>;

export interface Baseline {
  readonly version: 1;
  /** Identifies the fingerprint key (an HMAC of a constant under it), so `check` knows the values compare. */
  readonly keyId?: string;
  /** system → file → field → category → entry. */
  readonly entries: BaselineEntries;
}

/** The parts of a finding a baseline key is made of. */
export interface BaselinePlace {
  readonly system: string;
  readonly file: string;
  readonly field: string | undefined;
  readonly category: Category;
  readonly fingerprint: string;
}

export interface BaselineKey {
  readonly system: string;
  readonly file: string;
  readonly field: string;
  readonly category: Category;
}

const entrySchema = z.object({ count: z.number().int().positive(), values: z.array(z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)).optional() }).strict();
const baselineSchema = z
  .object({
    version: z.literal(1),
    keyId: z.string().optional(),
    entries: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.partialRecord(z.enum(CATEGORIES), entrySchema)))),
  })
  .strict();

/** Names a fingerprint key without revealing it: the same key always gives the same id. */
export function keyIdOf(key: string | Buffer): string {
  return createHmac('sha256', Buffer.from(key)).update('gdpr-scan/baseline-key-id/v1').digest('base64url').slice(0, 16);
}

export function baselineKeyOf(place: BaselinePlace): BaselineKey {
  return { system: place.system, file: place.file, field: fieldKey(place.field), category: place.category };
}

/** A path element that may itself be personal data (an e-mail address, six or more digits in a row). */
const SENSITIVE_PART = /@|\d{6}/;

/**
 * The field as it may be written into a committed file. JSON exports sometimes key objects by e-mail
 * address or customer number (`customers.anna@exempel.se.phone`): such path elements become `*`.
 */
export function fieldKey(field: string | undefined): string {
  if (field === undefined) return NO_FIELD;
  return SENSITIVE_PART.test(field) ? field.split('.').map((part) => (SENSITIVE_PART.test(part) ? '*' : part)).join('.') : field;
}

export function keyString(key: BaselineKey): string {
  return JSON.stringify([key.system, key.file, key.field, key.category]);
}

export function entryAt(baseline: Baseline, key: BaselineKey): BaselineEntry | undefined {
  return baseline.entries[key.system]?.[key.file]?.[key.field]?.[key.category];
}

/** Groups places by baseline key (insertion order kept). */
export function groupByKey<T extends BaselinePlace>(places: readonly T[]): Map<string, { key: BaselineKey; items: T[] }> {
  const groups = new Map<string, { key: BaselineKey; items: T[] }>();
  for (const place of places) {
    const key = baselineKeyOf(place);
    const id = keyString(key);
    const group = groups.get(id);
    if (group) group.items.push(place);
    else groups.set(id, { key, items: [place] });
  }
  return groups;
}

/** Every (key, entry) of a baseline. */
export function* baselineEntries(baseline: Baseline): Generator<{ key: BaselineKey; entry: BaselineEntry }> {
  for (const [system, files] of Object.entries(baseline.entries)) {
    for (const [file, fields] of Object.entries(files)) {
      for (const [field, categories] of Object.entries(fields)) {
        for (const [category, entry] of Object.entries(categories)) {
          if (entry) yield { key: { system, file, field, category: category as Category }, entry };
        }
      }
    }
  }
}

/**
 * The baseline accepting `places` (today's undeclared findings). Value fingerprints are kept only when
 * `keyId` says they come from a user-held key; per-run random fingerprints would never match again.
 */
export function buildBaseline(places: readonly BaselinePlace[], keyId: string | undefined): Baseline {
  const items: Array<{ key: BaselineKey; entry: BaselineEntry }> = [];
  for (const { key, items: group } of groupByKey(places).values()) {
    items.push({ key, entry: { count: group.length, ...(keyId ? { values: [...new Set(group.map((p) => p.fingerprint))] } : {}) } });
  }
  return fromItems(items, keyId);
}

/**
 * buildBaseline from findings already counted per place (a PolicyCollector's `places`): `values` are the
 * fingerprints seen there, kept when `keyId` says they come from a user-held key.
 */
export function baselineOfCounts(
  places: Iterable<{ readonly key: BaselineKey; readonly count: number; readonly values: ReadonlyMap<string, number> | undefined }>,
  keyId: string | undefined,
): Baseline {
  const items: Array<{ key: BaselineKey; entry: BaselineEntry }> = [];
  for (const { key, count, values } of places) {
    if (keyId && !values) throw new Error('baselineOfCounts: a keyed baseline needs the values of each place');
    items.push({ key, entry: { count, ...(keyId && values ? { values: [...values.keys()] } : {}) } });
  }
  return fromItems(items, keyId);
}

/**
 * `baseline update`: without `prune`, old entries stay and counts only grow (a partial scan, e.g.
 * --changed-since, must not forget the rest); with `prune` the result is exactly today's findings.
 */
export function mergeBaseline(previous: Baseline | undefined, current: Baseline, prune: boolean): Baseline {
  if (!previous || prune) return current;
  const sameKey = previous.keyId !== undefined && previous.keyId === current.keyId;
  const merged = new Map<string, { key: BaselineKey; entry: BaselineEntry }>();
  for (const item of baselineEntries(previous)) {
    const { values, ...rest } = item.entry;
    merged.set(keyString(item.key), { key: item.key, entry: sameKey && values ? item.entry : rest });
  }
  for (const item of baselineEntries(current)) {
    const id = keyString(item.key);
    const old = merged.get(id)?.entry;
    if (!old) {
      merged.set(id, item);
      continue;
    }
    const values = old.values && item.entry.values ? [...new Set([...old.values, ...item.entry.values])] : item.entry.values;
    merged.set(id, { key: item.key, entry: { count: Math.max(old.count, item.entry.count), ...(values ? { values } : {}) } });
  }
  return fromItems([...merged.values()], current.keyId);
}

function fromItems(items: ReadonlyArray<{ key: BaselineKey; entry: BaselineEntry }>, keyId: string | undefined): Baseline {
  const entries: Record<string, Record<string, Record<string, Partial<Record<Category, BaselineEntry>>>>> = {};
  for (const { key, entry } of items) {
    const files = (entries[key.system] ??= {});
    const fields = (files[key.file] ??= {});
    const categories = (fields[key.field] ??= {});
    categories[key.category] = entry.values ? { count: entry.count, values: [...entry.values].sort() } : { count: entry.count };
  }
  return { version: 1, ...(keyId ? { keyId } : {}), entries };
}

/** Stable JSON: sorted keys, no timestamps, so a baseline diff shows only real changes. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(sortKeys(baseline), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Reads a baseline; a missing file is `undefined` when `optional`, any other problem a ConfigError. */
export async function loadBaseline(path: string, optional = false): Promise<Baseline | undefined> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (optional && code === 'ENOENT') return undefined;
    throw new ConfigError(`cannot read baseline file (${code ?? 'error'})`, file);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('the baseline is not valid JSON (regenerate it with "gdpr-scan baseline update")', file);
  }
  const result = baselineSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`, file);
  }
  return result.data as Baseline;
}
