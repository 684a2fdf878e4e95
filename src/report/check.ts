import { Chalk } from 'chalk';
import { describeLocation } from '../findings/location.js';
import type { PolicyResult, Violation } from '../policy/check.js';
import type { InventoryTodo } from '../policy/declared.js';
import type { ViolationPlace } from '../policy/violation-places.js';
import { CATEGORY_LABELS } from './labels.js';

/** What a check report says besides the policy result. */
export interface CheckReportContext {
  readonly color: boolean;
  /** Inventory file as the user should see it (relative path), or undefined when none was used. */
  readonly inventory: string | undefined;
  readonly baseline: string | undefined;
  readonly todos: readonly InventoryTodo[];
  readonly partial: boolean;
  readonly toolVersion: string;
}

const MAX_LISTED = 50;

/**
 * One sentence on why a finding fails, with the masked value only. `more`: how many other findings at the same
 * place (file, field, category) fail for the same reason; the terminal report lists a place once.
 */
export function describeViolation(v: Violation, inventory: string | undefined, more = 0): string {
  const f = v.finding;
  const label = CATEGORY_LABELS[f.category];
  let why: string;
  if (!inventory) why = 'not in the baseline';
  else if (v.reason === 'system-not-declared') why = `system "${f.system}" is not declared in ${inventory}${v.didYouMean ? ` (did you mean "${v.didYouMean}"? names are case-sensitive)` : ''}`;
  else if (v.reason === 'category-not-declared') why = `${f.category} is not declared for system "${f.system}" in ${inventory}`;
  else why = `${f.category} is declared for system "${f.system}" but not for this ${f.field === undefined ? 'file' : 'file/field'}`;
  const baseline = v.baselineNote ? `; ${v.baselineNote}` : '';
  const others = more > 0 ? `, and ${more} more in this ${f.field === undefined ? 'file' : 'field'}` : '';
  return `${label} ${f.masked} (${f.confidence} confidence) at ${f.file}, ${describeLocation(f.location)}${others}: ${why}${baseline}.`;
}

/** The places of the failing findings by system, in report order. */
function placesBySystem(places: readonly ViolationPlace[]): Map<string, { findings: number; places: ViolationPlace[] }> {
  const systems = new Map<string, { findings: number; places: ViolationPlace[] }>();
  for (const place of places) {
    const name = place.first.finding.system;
    let system = systems.get(name);
    if (!system) systems.set(name, (system = { findings: 0, places: [] }));
    system.findings += place.count;
    system.places.push(place);
  }
  return systems;
}

/** The terminal report of `gdpr-scan check`: violations first, then what is informational. */
export function formatCheckTable(result: PolicyResult, ctx: CheckReportContext): string {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const scope = ctx.partial ? ' (changed files only)' : '';
  if (result.violationCount === 0) {
    out.push(chalk.green.bold(`gdpr-scan check: passed. ${result.checked} findings${scope}, all declared${result.baselined ? ` or accepted by the baseline (${result.baselined})` : ''}.`));
  } else {
    out.push(chalk.red.bold(`gdpr-scan check: FAILED. ${result.violationCount} of ${result.checked} findings${scope} are not declared${ctx.baseline ? ' and not in the baseline' : ''}:`));
    out.push('');
    const systems = placesBySystem(result.places);
    let listed = 0;
    let restPlaces = 0;
    let restFindings = 0;
    const restSystems: string[] = [];
    for (const [system, { findings, places }] of systems) {
      const shown = places.slice(0, Math.max(0, MAX_LISTED - listed));
      listed += shown.length;
      if (shown.length < places.length) {
        restPlaces += places.length - shown.length;
        for (const place of places.slice(shown.length)) restFindings += place.count;
        restSystems.push(system);
      }
      if (shown.length === 0) continue;
      out.push(chalk.bold(`  ${system} (${findings} finding${findings === 1 ? '' : 's'} at ${places.length} place${places.length === 1 ? '' : 's'})`));
      for (const place of shown) out.push(`    ${chalk.red('✗')} ${describeViolation(place.first, ctx.inventory, place.count - 1)}`);
    }
    if (restPlaces > 0) {
      out.push(`    … ${restPlaces} more place${restPlaces === 1 ? '' : 's'} with ${restFindings} finding${restFindings === 1 ? '' : 's'} in ${restSystems.join(', ')} (use --format json or sarif for the full list)`);
    }
    out.push('');
    out.push('  Fix: declare the data in the inventory (system, category, paths/fields), remove it from the export,');
    out.push('  or accept what exists today with: gdpr-scan baseline update <path>');
  }
  if (result.declaredNotFound.length > 0) {
    out.push('', chalk.dim(`Declared but not found (informational, ${ctx.inventory ?? 'inventory'}):`));
    for (const d of result.declaredNotFound.slice(0, MAX_LISTED)) {
      out.push(chalk.dim(`  line ${d.line}: ${d.category === undefined ? `system "${d.system}": no personal data found` : `${d.system} › ${d.category}`}`));
    }
  }
  if (result.staleBaseline.length > 0) {
    out.push('', chalk.yellow(`${result.staleBaseline.length} baseline entr${result.staleBaseline.length === 1 ? 'y is' : 'ies are'} stale (found less than accepted); tighten with: gdpr-scan baseline update <path> --prune`));
  }
  if (ctx.todos.length > 0) {
    out.push('', chalk.yellow(`${ctx.inventory}: ${ctx.todos.length} TODO${ctx.todos.length === 1 ? '' : 's'} left (${[...new Set(ctx.todos.map((t) => t.field))].join(', ')}); the Article 30 record is incomplete.`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The check result as JSON: violations with masked values and locations, never raw values. Every failing
 * finding is listed while there are at most LISTED_UNDECLARED undeclared ones (`violationsListed: true`);
 * past that `violations` holds the first of each place, and `places` always has each place with its count.
 */
export function formatCheckJson(result: PolicyResult, ctx: CheckReportContext): string {
  const violationJson = (v: Violation): Record<string, unknown> => ({
    system: v.finding.system,
    category: v.finding.category,
    file: v.finding.file,
    ...(v.finding.field === undefined ? {} : { field: v.finding.field }),
    location: v.finding.location,
    where: describeLocation(v.finding.location),
    masked: v.finding.masked,
    confidence: v.finding.confidence,
    reason: v.reason,
    ...(v.baselineNote ? { baselineNote: v.baselineNote } : {}),
    message: describeViolation(v, ctx.inventory),
  });
  const report = {
    tool: { name: 'gdpr-scan', version: ctx.toolVersion },
    passed: result.violationCount === 0,
    inventory: ctx.inventory ?? null,
    baseline: ctx.baseline ?? null,
    partial: ctx.partial,
    summary: {
      checked: result.checked,
      violations: result.violationCount,
      places: result.places.length,
      baselined: result.baselined,
      stale: result.staleBaseline.length,
      todos: ctx.todos.length,
    },
    violationsListed: result.listed,
    violations: result.violations.map(violationJson),
    places: result.places.map(({ first, count }) => ({ count, ...violationJson(first), message: describeViolation(first, ctx.inventory, count - 1) })),
    declaredNotFound: result.declaredNotFound,
    staleBaseline: result.staleBaseline,
    todos: ctx.todos,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
