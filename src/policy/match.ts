import picomatch from 'picomatch';
import type { Category } from '../detect/types.js';
import type { DeclaredCategory, DeclaredInventory } from './declared.js';

/** Why a finding is not covered by the declared inventory. */
export type ViolationReason = 'system-not-declared' | 'category-not-declared' | 'location-not-declared';

/** What the matcher needs of a finding: where it is and what it is. */
export interface PlacedCategory {
  readonly system: string;
  readonly file: string;
  readonly field: string | undefined;
  readonly category: Category;
}

interface CompiledEntry {
  readonly entry: DeclaredCategory;
  readonly path: ((file: string) => boolean) | undefined;
  readonly field: RegExp | undefined;
}

/**
 * Field globs are matched against column names, JSON paths (`tickets[].requester.email`) and mail parts
 * (`header:From`), which are not file paths: brackets are literal, `*` is any run without a dot, `**` anything,
 * and case is ignored (exports spell the same column `E-post` and `e-post`).
 */
export function compileFieldGlobs(globs: readonly string[]): RegExp {
  const parts = globs.map((glob) => {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
      const char = glob[i]!;
      if (char === '*' && glob[i + 1] === '*') {
        source += '.*';
        i++;
      } else if (char === '*') source += '[^.]*';
      else if (char === '?') source += '[^.]';
      else source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    return source;
  });
  return new RegExp(`^(?:${parts.join('|')})$`, 'i');
}

/** The declared inventory compiled once into fast lookups. */
export class DeclaredMatcher {
  private readonly systems = new Map<string, Map<Category, CompiledEntry[]>>();
  private readonly lowerNames = new Map<string, string>();

  constructor(inventory: DeclaredInventory) {
    for (const system of inventory.systems) {
      const byCategory = new Map<Category, CompiledEntry[]>();
      for (const entry of system.categories) {
        const list = byCategory.get(entry.category) ?? [];
        list.push({
          entry,
          path: entry.paths ? picomatch([...entry.paths], { dot: true }) : undefined,
          field: entry.fields ? compileFieldGlobs(entry.fields) : undefined,
        });
        byCategory.set(entry.category, list);
      }
      this.systems.set(system.name, byCategory);
      this.lowerNames.set(system.name.toLowerCase(), system.name);
    }
  }

  /** The declared entry covering a finding, or why none does. */
  match(finding: PlacedCategory): { entry: DeclaredCategory } | { reason: ViolationReason } {
    const byCategory = this.systems.get(finding.system);
    if (!byCategory) return { reason: 'system-not-declared' };
    const entries = byCategory.get(finding.category);
    if (!entries) return { reason: 'category-not-declared' };
    for (const { entry, path, field } of entries) {
      if (path && !path(finding.file)) continue;
      // A field restriction cannot cover free text (no field): declare such files by `paths` instead.
      if (field && (finding.field === undefined || !field.test(finding.field))) continue;
      return { entry };
    }
    return { reason: 'location-not-declared' };
  }

  /** A declared system whose name differs only in case, for a "did you mean" hint. */
  similarSystem(name: string): string | undefined {
    const candidate = this.lowerNames.get(name.toLowerCase());
    return candidate !== name ? candidate : undefined;
  }
}
