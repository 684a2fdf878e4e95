import type { DeclaredInventory } from '../policy/declared.js';
import type { ScanResult } from '../scan-types.js';
import type { Lang } from './i18n.js';

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

export type Formatter = (result: ScanResult, ctx: FormatContext) => string;

/**
 * The formatter of one format, loaded on demand: a scan writes one or two formats, and the others (chalk and
 * cli-table3 for the table, the HTML templates …) would only add start-up time.
 */
export async function loadFormatter(format: Exclude<ReportFormat, 'ndjson'>): Promise<Formatter> {
  switch (format) {
    case 'table': {
      const { formatTable } = await import('./table.js');
      return (result, ctx) => formatTable(result, { color: ctx.color });
    }
    case 'json': {
      const { formatJson } = await import('./json.js');
      return (result) => formatJson(result);
    }
    case 'markdown': {
      const [{ formatMarkdown }, { formatRegisterMarkdown }] = await Promise.all([import('./markdown.js'), import('./register.js')]);
      return (result, ctx) =>
        ctx.declared ? `${formatMarkdown(result)}\n${formatRegisterMarkdown(result, ctx.declared, ctx.lang ?? 'en', 2)}` : formatMarkdown(result);
    }
    case 'html': {
      const { formatHtml } = await import('./html.js');
      return (result, ctx) => formatHtml(result, { lang: ctx.lang ?? 'en', declared: ctx.declared });
    }
    case 'csv': {
      const { formatCsv } = await import('./csv.js');
      return (result, ctx) => formatCsv(result, { lang: ctx.lang ?? 'en' });
    }
    case 'register': {
      const { formatRegisterMarkdown } = await import('./register.js');
      return (result, ctx) => formatRegisterMarkdown(result, ctx.declared, ctx.lang ?? 'en');
    }
    case 'sarif': {
      const { formatSarif, sarifRoot } = await import('./sarif.js');
      return (result) => formatSarif(result, { root: sarifRoot(result.roots), persistentFingerprints: false });
    }
  }
}

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
