import type { Category } from '../../detect/types.js';
import type { Skipped } from '../../scan-types.js';
import { SENSITIVE_CATEGORIES, type Labels, type Lang } from '../i18n.js';
import { html, type SafeHtml } from './escape.js';

/** What every HTML section needs: the language's labels and number format. */
export interface HtmlSectionContext {
  readonly lang: Lang;
  readonly t: Labels;
  readonly n: (value: number) => string;
}

/** A category name, with a "sensitive" badge where it needs extra care. */
export function categoryCell(category: Category, ctx: HtmlSectionContext): SafeHtml {
  const badge = SENSITIVE_CATEGORIES.has(category) ? html`<span class="badge">${ctx.t.sensitive}</span>` : '';
  return html`${ctx.t.categoryName[category]}${badge}`;
}

/** A right-aligned number that sorts numerically. */
/** `mark`: written before the number (`≈` for an estimate). */
export function numCell(value: number, ctx: HtmlSectionContext, field?: string, mark = ''): SafeHtml {
  return html`<td class="num" data-sort="${value}"${field ? html` data-field="${field}"` : ''}>${mark}${ctx.n(value)}</td>`;
}

export function skippedTable(skipped: readonly Skipped[], ctx: HtmlSectionContext, withSystem: boolean): SafeHtml {
  const { t } = ctx;
  if (skipped.length === 0) return html`<p class="note">${t.noneSkipped}</p>`;
  const rows = skipped.map(
    (s) => html`<tr><td class="path">${s.file}</td>${withSystem ? html`<td>${s.system ?? ''}</td>` : ''}<td>${t.reasonName[s.reason]}${s.partial ? ` (${t.partlyScanned})` : ''}</td><td>${s.detail}</td></tr>`,
  );
  return html`<table class="sortable skipped"><thead><tr><th>${t.file}</th>${withSystem ? html`<th>${t.system}</th>` : ''}<th>${t.reason}</th><th>${t.detail}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
