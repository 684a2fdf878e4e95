import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { formatBytes } from '../walk/walk.js';
import type { ScanResult } from '../scan-types.js';
import { approximateMark, CATEGORY_LABELS, REASON_LABELS, placeLabel } from './labels.js';

const SKIPPED_SHOWN = 5;
const PLACES_SHOWN = 3;

export interface TableOptions {
  readonly color: boolean;
}

/** The terminal summary: one table per system, then the skipped files. Plain text when color is off. */
export function formatTable(result: ScanResult, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const tableStyle = options.color ? {} : { head: [], border: [] };
  const out: string[] = [];
  const { stats } = result;
  out.push(
    chalk.bold(`gdpr-scan ${result.tool.version}: ${stats.files} files (${formatBytes(stats.bytes)}) in ${result.systems.length} systems, ` +
      `${stats.findings} findings, ${stats.skipped} skipped, ${(stats.durationMs / 1000).toFixed(1)} s`),
    '',
  );
  for (const system of result.systems) {
    out.push(chalk.bold.cyan(`System: ${system.name}`) + chalk.dim(`  (${system.filesScanned} files, ${system.filesWithFindings} with personal data)`));
    if (system.categories.length === 0) {
      out.push(chalk.green('  No personal data found.'), '');
      continue;
    }
    const table = new Table({
      head: ['Category', 'Occurrences', 'Distinct', 'Files', 'Where (most first)', 'Examples'],
      style: tableStyle,
      wordWrap: true,
      colWidths: [16, 13, 10, 7, 44, 26],
    });
    for (const c of system.categories) {
      const places = c.places.slice(0, PLACES_SHOWN).map((p) => `${placeLabel(p.file, p.field)} (${p.occurrences})`);
      if (c.places.length > PLACES_SHOWN) places.push(`… ${c.places.length - PLACES_SHOWN} more`);
      table.push([CATEGORY_LABELS[c.category], c.occurrences, `${approximateMark(c)}${c.distinctValues}`, c.files, places.join('\n'), c.examples.join('\n')]);
    }
    out.push(table.toString(), '');
  }
  if (result.skipped.length > 0) {
    out.push(chalk.yellow(`Skipped or partly scanned: ${result.skipped.length}`));
    for (const s of result.skipped.slice(0, SKIPPED_SHOWN)) {
      out.push(`  ${s.file}: ${REASON_LABELS[s.reason]}${s.partial ? ' (partly scanned)' : ''} — ${s.detail}`);
    }
    if (result.skipped.length > SKIPPED_SHOWN) out.push(`  … ${result.skipped.length - SKIPPED_SHOWN} more (see the JSON or Markdown report)`);
    out.push('');
  }
  return out.join('\n');
}
