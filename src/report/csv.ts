import type { ScanResult } from '../scan-types.js';
import { labelsFor, type Lang } from './i18n.js';

export interface CsvOptions {
  readonly lang: Lang;
  /**
   * Field separator. Excel splits a double-clicked CSV on the locale's list separator, which is `;` in Swedish
   * locales, so Swedish reports default to `;` and English ones to `,`. Quoting follows RFC 4180 either way.
   */
  readonly delimiter?: ',' | ';';
}

/** Excel reads UTF-8 only when the file starts with a byte-order mark; without it å/ä/ö turn into mojibake. */
const BOM = '\uFEFF';
const EOL = '\r\n';
/** Cells a spreadsheet would evaluate as a formula (OWASP "CSV injection"); a file may be named `=HYPERLINK(…)`. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: defused against formulas, then quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number, delimiter: string): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The inventory for spreadsheets: one row per system × category × place (file, field). Category-wide numbers
 * (distinct values and whether that count is an estimate, confidence, examples) repeat on each of the category's
 * rows so any row can be filtered alone.
 */
export function formatCsv(result: ScanResult, options: CsvOptions): string {
  const t = labelsFor(options.lang);
  const delimiter = options.delimiter ?? (options.lang === 'sv' ? ';' : ',');
  const row = (cells: ReadonlyArray<string | number>): string => cells.map((c) => csvCell(c, delimiter)).join(delimiter) + EOL;
  const header = [
    t.system,
    t.category,
    t.file,
    t.field,
    t.occurrences,
    t.distinctValues,
    t.distinctEstimated,
    t.confidenceHigh,
    t.confidenceMedium,
    t.confidenceLow,
    t.examples,
  ];
  let out = BOM + row(header);
  for (const system of result.systems) {
    for (const c of system.categories) {
      const examples = c.examples.join(' | ');
      for (const place of c.places) {
        out += row([
          system.name,
          t.categoryName[c.category],
          place.file,
          place.field ?? '',
          place.occurrences,
          c.distinctValues,
          // A column of its own rather than `≈` in the number: spreadsheets must still read the count as a number.
          c.distinctApproximate ? t.yes : t.no,
          c.confidence.high,
          c.confidence.medium,
          c.confidence.low,
          examples,
        ]);
      }
    }
  }
  return out;
}
