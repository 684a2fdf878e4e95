import type { ScanResult, Skipped, SystemInventory } from '../scan-types.js';
import { approximateMark, CATEGORY_LABELS, REASON_LABELS, placeLabel } from './labels.js';

const MAX_PLACES_SHOWN = 20;

/** Markdown table cells: pipes and newlines would break the table, and `<` could inject HTML in renderers. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function skippedLines(skipped: readonly Skipped[]): string[] {
  if (skipped.length === 0) return ['No files were skipped.', ''];
  return [
    '| File | Reason | Detail |',
    '|---|---|---|',
    ...skipped.map((s) => `| ${cell(s.file)} | ${REASON_LABELS[s.reason]}${s.partial ? ' (partly scanned)' : ''} | ${cell(s.detail)} |`),
    '',
  ];
}

/** The inventory of one system as a Markdown document. */
export function formatSystemMarkdown(result: ScanResult, system: SystemInventory, level = 1): string {
  const h = (depth: number): string => '#'.repeat(level + depth - 1);
  const lines = [
    `${h(1)} Personal-data inventory: ${cell(system.name)}`,
    '',
    `Scanned ${result.scannedAt} by gdpr-scan ${result.tool.version} (minimum confidence: ${result.minConfidence}).`,
    `${system.filesScanned} files scanned (${system.bytesScanned} bytes), ${system.filesWithFindings} with personal data, ${system.skipped.length} skipped.`,
    '',
    `${h(2)} Categories`,
    '',
  ];
  if (system.categories.length === 0) lines.push('No personal data found.', '');
  else {
    lines.push('| Category | Occurrences | Distinct values | Files | Confidence (high/medium/low) | Examples (masked) |', '|---|---:|---:|---:|---|---|');
    for (const c of system.categories) {
      lines.push(
        `| ${CATEGORY_LABELS[c.category]} | ${c.occurrences} | ${approximateMark(c)}${c.distinctValues} | ${c.files} | ${c.confidence.high}/${c.confidence.medium}/${c.confidence.low} | ${c.examples.map((e) => `\`${cell(e)}\``).join(', ')} |`,
      );
    }
    lines.push('');
    for (const c of system.categories) {
      lines.push(`${h(3)} ${CATEGORY_LABELS[c.category]}: where it occurs`, '', '| File › field | Occurrences |', '|---|---:|');
      for (const place of c.places.slice(0, MAX_PLACES_SHOWN)) lines.push(`| ${cell(placeLabel(place.file, place.field))} | ${place.occurrences} |`);
      if (c.places.length > MAX_PLACES_SHOWN) lines.push(`| … ${c.places.length - MAX_PLACES_SHOWN} more places | |`);
      lines.push('');
    }
  }
  lines.push(`${h(2)} Skipped files`, '', ...skippedLines(system.skipped));
  return lines.join('\n');
}

/** All systems in one Markdown document (for -o FILE). */
export function formatMarkdown(result: ScanResult): string {
  const overview = [
    '# Personal-data inventory',
    '',
    `${result.stats.files} files scanned in ${result.systems.length} systems, ${result.stats.findings} findings, ${result.stats.skipped} skipped.`,
    '',
  ];
  return [...overview, ...result.systems.map((system) => formatSystemMarkdown(result, system, 2))].join('\n');
}
