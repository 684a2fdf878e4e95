import type { ScanResult } from '../scan-types.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatTable } from './table.js';

/** Report formats that render a finished scan. NDJSON is streamed during the scan instead (see cli). */
export const REPORT_FORMATS = ['table', 'json', 'ndjson', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatContext {
  readonly color: boolean;
}

export const FORMATTERS: Readonly<Record<Exclude<ReportFormat, 'ndjson'>, (result: ScanResult, ctx: FormatContext) => string>> = {
  table: (result, ctx) => formatTable(result, { color: ctx.color }),
  json: (result) => formatJson(result),
  markdown: (result) => formatMarkdown(result),
};

/** File name a format gets inside --out-dir. Markdown also gets one file per system (see cli). */
export const DEFAULT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  table: 'inventory.txt',
  json: 'inventory.json',
  ndjson: 'findings.ndjson',
  markdown: 'inventory.md',
};
