import type { DeclaredInventory } from '../policy/declared.js';
import type { ScanResult } from '../scan-types.js';
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import type { Lang } from './i18n.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatRegisterMarkdown } from './register.js';
import { formatSarif, sarifRoot } from './sarif.js';
import { formatTable } from './table.js';

/** Report formats that render a finished scan. NDJSON is streamed during the scan instead (see cli). */
export const REPORT_FORMATS = ['table', 'json', 'ndjson', 'markdown', 'html', 'csv', 'register', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatContext {
  readonly color: boolean;
  /** Language of html, register and csv labels; English when absent. */
  readonly lang?: Lang;
  /** The declared inventory (gdpr-inventory.yaml), shown by html, markdown and register when present. */
  readonly declared?: DeclaredInventory | undefined;
}

export const FORMATTERS: Readonly<Record<Exclude<ReportFormat, 'ndjson'>, (result: ScanResult, ctx: FormatContext) => string>> = {
  table: (result, ctx) => formatTable(result, { color: ctx.color }),
  json: (result) => formatJson(result),
  markdown: (result, ctx) =>
    ctx.declared ? `${formatMarkdown(result)}\n${formatRegisterMarkdown(result, ctx.declared, ctx.lang ?? 'en', 2)}` : formatMarkdown(result),
  html: (result, ctx) => formatHtml(result, { lang: ctx.lang ?? 'en', declared: ctx.declared }),
  csv: (result, ctx) => formatCsv(result, { lang: ctx.lang ?? 'en' }),
  register: (result, ctx) => formatRegisterMarkdown(result, ctx.declared, ctx.lang ?? 'en'),
  sarif: (result) => formatSarif(result, { root: sarifRoot(result.roots), persistentFingerprints: false }),
};

/** File name a format gets inside --out-dir. Markdown also gets one file per system (see cli). */
export const DEFAULT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  table: 'inventory.txt',
  json: 'inventory.json',
  ndjson: 'findings.ndjson',
  markdown: 'inventory.md',
  html: 'inventory.html',
  csv: 'inventory.csv',
  register: 'register.md',
  sarif: 'inventory.sarif',
};
