import { CATEGORIES, type Category } from '../detect/types.js';
import type { DeclaredInventory, DeclaredSystem } from '../policy/declared.js';
import { DeclaredMatcher } from '../policy/match.js';
import type { ScanResult, SystemInventory } from '../scan-types.js';
import { labelsFor, numberFormatter, SENSITIVE_CATEGORIES, type Lang, type Labels } from './i18n.js';
import { approximateMark } from './labels.js';

/** How a category of a system compares with the declared record. */
export type RegisterStatus = 'ok' | 'missing' | 'undeclared';

export interface RegisterRow {
  readonly category: Category;
  readonly declared: boolean;
  readonly status: RegisterStatus;
  readonly occurrences: number;
  readonly distinctValues: number;
  readonly distinctApproximate?: boolean;
  /**
   * Occurrences of a declared category in files or fields its `paths`/`fields` do not cover. Counted over the
   * places the inventory keeps (the busiest 200 per category), so a lower bound for very spread-out data.
   */
  readonly outsideDeclaredPlaces: number;
}

export interface RegisterSystem {
  readonly name: string;
  readonly declared: DeclaredSystem | undefined;
  readonly found: SystemInventory | undefined;
  readonly rows: readonly RegisterRow[];
}

/**
 * The Article 30 register: every declared system and every scanned system, each category marked as declared and
 * found, declared but not found, or found but not declared. System names match exactly, as in `check`.
 */
export function buildRegister(result: ScanResult, declared: DeclaredInventory): RegisterSystem[] {
  const matcher = new DeclaredMatcher(declared);
  const found = new Map(result.systems.map((s) => [s.name, s]));
  const names = [...declared.systems.map((s) => s.name), ...result.systems.map((s) => s.name).filter((n) => !declared.systems.some((d) => d.name === n))];
  return names.map((name) => {
    const system = declared.systems.find((s) => s.name === name);
    const inventory = found.get(name);
    const declaredCategories = new Set(system?.categories.map((c) => c.category) ?? []);
    const rows: RegisterRow[] = [];
    for (const category of CATEGORIES) {
      const seen = inventory?.categories.find((c) => c.category === category);
      const isDeclared = declaredCategories.has(category);
      if (!seen && !isDeclared) continue;
      const outside =
        seen && isDeclared
          ? seen.places.reduce((sum, p) => {
              const verdict = matcher.match({ system: name, file: p.file, field: p.field, category });
              return 'reason' in verdict ? sum + p.occurrences : sum;
            }, 0)
          : 0;
      rows.push({
        category,
        declared: isDeclared,
        status: !seen ? 'missing' : isDeclared ? 'ok' : 'undeclared',
        occurrences: seen?.occurrences ?? 0,
        distinctValues: seen?.distinctValues ?? 0,
        ...(seen?.distinctApproximate ? { distinctApproximate: true } : {}),
        outsideDeclaredPlaces: outside,
      });
    }
    return { name, declared: system, found: inventory, rows };
  });
}

export function statusLabel(status: RegisterStatus, t: Labels): string {
  return status === 'ok' ? t.statusOk : status === 'missing' ? t.statusMissing : t.statusUndeclared;
}

/** Declared details as label/value pairs, in register order; absent ones say "not declared". */
export function declaredDetails(system: DeclaredSystem | undefined, t: Labels): Array<[string, string]> {
  const list = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : t.notDeclared);
  if (!system) return [];
  return [
    [t.purpose, system.purpose],
    [t.legalBasis, t.legalBasisName[system.legalBasis] ?? system.legalBasis],
    [t.dataSubjects, list(system.dataSubjects)],
    [t.retention, system.retention],
    [t.recipients, list(system.recipients)],
    [t.processors, list(system.processors.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)))],
    [t.transfersOutsideEEA, list(system.transfersOutsideEEA.map((x) => `${x.country}: ${x.safeguard}`))],
  ];
}

/** Markdown cell text: pipes and newlines would break the table, `<` could inject HTML in renderers. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The register as Markdown (`--format register`). */
export function formatRegisterMarkdown(result: ScanResult, declared: DeclaredInventory | undefined, lang: Lang, level = 1): string {
  const t = labelsFor(lang);
  const n = numberFormatter(lang);
  const h = (depth: number): string => '#'.repeat(level + depth - 1);
  const lines = [`${h(1)} ${t.register}`, ''];
  if (!declared) return [...lines, t.noDeclaredInventory, ''].join('\n');
  lines.push(t.registerNote, '');
  for (const system of buildRegister(result, declared)) {
    lines.push(`${h(2)} ${cell(system.name)}`, '');
    if (!system.declared) lines.push(`**${t.systemNotDeclared}**`, '');
    if (!system.found) lines.push(`*${t.systemNotScanned}*`, '');
    for (const [label, value] of declaredDetails(system.declared, t)) lines.push(`- **${label}:** ${cell(value)}`);
    if (system.declared) lines.push('');
    if (system.rows.length === 0) {
      lines.push(t.noFindings, '');
      continue;
    }
    lines.push(`| ${t.category} | ${t.declared} | ${t.occurrences} | ${t.distinctValues} | ${t.status} |`, '|---|---|---:|---:|---|');
    for (const row of system.rows) {
      const label = t.categoryName[row.category] + (SENSITIVE_CATEGORIES.has(row.category) ? ` (${t.sensitive})` : '');
      const status = row.status === 'undeclared' ? `**${statusLabel(row.status, t)}**` : statusLabel(row.status, t);
      const outside = row.outsideDeclaredPlaces > 0 ? `; ${t.outsideDeclaredPlaces(n(row.outsideDeclaredPlaces))}` : '';
      lines.push(`| ${label} | ${row.declared ? t.yes : t.no} | ${n(row.occurrences)} | ${approximateMark(row)}${n(row.distinctValues)} | ${status}${outside} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
