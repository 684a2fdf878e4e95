import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { z } from 'zod';
import type { Category } from '../detect/types.js';
import { ConfigError } from '../errors.js';
import { parseYamlFile, positionOf, validateYaml } from '../config/yaml-errors.js';
import { declaredInventorySchema, TODO_MARKER, type LEGAL_BASES, type TRANSFER_SAFEGUARDS } from './declared-schema.js';

export { INVENTORY_FILE_NAME } from '../file-names.js';

export type LegalBasis = (typeof LEGAL_BASES)[number];
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

/**
 * One personal-data category a system may hold. Without `paths` and `fields` it is allowed anywhere in the
 * system; `paths` are globs relative to the scanned root (`zendesk/tickets/*.json`), `fields` are globs over the
 * finding's field (CSV column, JSON path without indexes, `header:From`): `*` = any run without a dot, `**` = anything.
 */
export interface DeclaredCategory {
  readonly category: Category;
  readonly paths?: readonly string[];
  readonly fields?: readonly string[];
  readonly note?: string;
  /** 1-based line of this entry in the inventory file (for messages). */
  readonly line: number;
}

export interface DeclaredProcessor {
  readonly name: string;
  readonly country?: string;
  /** A data-processing agreement (Art. 28) is in place. */
  readonly dpa?: boolean;
  readonly note?: string;
}

export interface DeclaredTransfer {
  readonly country: string;
  readonly safeguard: TransferSafeguard;
  readonly recipient?: string;
  readonly note?: string;
}

/** One system's Article 30 record. `name` matches the system names of a scan (folder or config mapping). */
export interface DeclaredSystem {
  readonly name: string;
  readonly description?: string;
  readonly purpose: string;
  /** Art. 6(1) basis, or `TODO` while the starter inventory from `init` is being filled in. */
  readonly legalBasis: LegalBasis | typeof TODO_MARKER;
  readonly dataSubjects: readonly string[];
  readonly categories: readonly DeclaredCategory[];
  /** ISO-8601 duration (`P3Y`) or free text. */
  readonly retention: string;
  readonly recipients: readonly string[];
  readonly processors: readonly DeclaredProcessor[];
  readonly transfersOutsideEEA: readonly DeclaredTransfer[];
  readonly line: number;
}

/** A place in the inventory still holding a TODO from `init`. */
export interface InventoryTodo {
  readonly system: string;
  readonly field: string;
  readonly line: number;
}

/**
 * The validated `gdpr-inventory.yaml`. A stable, documented shape: the CI gate compares scans against it and
 * the HTML report shows purpose, legal basis and retention per system from it.
 */
export interface DeclaredInventory {
  /** Absolute path of the file it was read from. */
  readonly file: string;
  readonly version: 1;
  readonly controller?: string;
  readonly systems: readonly DeclaredSystem[];
  readonly todos: readonly InventoryTodo[];
}

type RawInventory = z.infer<typeof declaredInventorySchema>;

/**
 * Reads and validates a declared inventory. Throws ConfigError naming file, line and field for YAML syntax
 * errors, unknown keys and wrong values (the CLI turns it into exit code 2).
 */
export async function loadDeclaredInventory(path: string): Promise<DeclaredInventory> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read inventory file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  return parseDeclaredInventory(text, file);
}

/** Validates inventory YAML text; `file` is used in error messages only. */
export function parseDeclaredInventory(text: string, file: string): DeclaredInventory {
  const doc = parseYamlFile(text, file);
  if (doc.contents === null) throw new ConfigError('the inventory is empty (expected "version: 1" and "systems:")', file, 1, 1);
  const raw: RawInventory = validateYaml(declaredInventorySchema, doc, text, file);
  const lineAt = (path: readonly PropertyKey[]): number => positionOf(doc, text, path).line;
  const todos: InventoryTodo[] = [];
  const systems = raw.systems.map((system, s): DeclaredSystem => {
    const todo = (field: string, value: string | undefined, path: readonly PropertyKey[]): void => {
      if (value?.includes(TODO_MARKER)) todos.push({ system: system.name, field, line: lineAt(['systems', s, ...path]) });
    };
    todo('purpose', system.purpose, ['purpose']);
    todo('legalBasis', system.legalBasis, ['legalBasis']);
    todo('retention', system.retention, ['retention']);
    system.dataSubjects.forEach((subject, i) => todo('dataSubjects', subject, ['dataSubjects', i]));
    return {
      name: system.name,
      ...(system.description === undefined ? {} : { description: system.description }),
      purpose: system.purpose,
      legalBasis: system.legalBasis,
      dataSubjects: system.dataSubjects,
      categories: system.categories.map((entry, c) => {
        const line = lineAt(['systems', s, 'categories', c]);
        if (typeof entry === 'string') return { category: entry, line };
        return {
          category: entry.category,
          ...(entry.paths ? { paths: entry.paths } : {}),
          ...(entry.fields ? { fields: entry.fields } : {}),
          ...(entry.note === undefined ? {} : { note: entry.note }),
          line,
        };
      }),
      retention: system.retention,
      recipients: system.recipients ?? [],
      processors: (system.processors ?? []).map((p) => (typeof p === 'string' ? { name: p } : stripUndefined(p))),
      transfersOutsideEEA: (system.transfersOutsideEEA ?? []).map((t) => stripUndefined(t)),
      line: lineAt(['systems', s]),
    };
  });
  return { file, version: 1, ...(raw.controller === undefined ? {} : { controller: raw.controller }), systems, todos };
}

/** zod leaves optional keys as `undefined`; exactOptionalPropertyTypes wants them absent. */
function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
