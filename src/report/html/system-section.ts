import type { DeclaredSystem } from '../../policy/declared.js';
import type { SystemInventory } from '../../scan-types.js';
import { formatBytes } from '../../walk/walk.js';
import { SENSITIVE_CATEGORIES } from '../i18n.js';
import { approximateMark } from '../labels.js';
import { barChart } from './chart.js';
import { categoryCell, numCell, skippedTable, type HtmlSectionContext } from './context.js';
import { html, type SafeHtml } from './escape.js';

/** Places shown per category; the JSON and CSV reports carry all the inventory keeps. */
const MAX_PLACES_SHOWN = 50;

export function systemAnchor(index: number): string {
  return `system-${index + 1}`;
}

function declaredSummary(declared: DeclaredSystem | undefined, ctx: HtmlSectionContext): SafeHtml | '' {
  if (!declared) return '';
  const { t } = ctx;
  return html`<dl class="declared">
<dt>${t.purpose}</dt><dd>${declared.purpose}</dd>
<dt>${t.legalBasis}</dt><dd>${t.legalBasisName[declared.legalBasis] ?? declared.legalBasis}</dd>
<dt>${t.retention}</dt><dd>${declared.retention}</dd>
</dl>`;
}

function categoriesTable(system: SystemInventory, ctx: HtmlSectionContext): SafeHtml {
  const { t } = ctx;
  const rows = system.categories.map(
    (c) => html`<tr data-category="${c.category}"${SENSITIVE_CATEGORIES.has(c.category) ? html` class="sensitive"` : ''}>
<td data-sort="${t.categoryName[c.category]}">${categoryCell(c.category, ctx)}</td>${numCell(c.occurrences, ctx, 'occurrences')}${numCell(c.distinctValues, ctx, 'distinct', approximateMark(c))}${numCell(c.files, ctx, 'files')}
<td class="num" data-sort="${c.confidence.high}">${ctx.n(c.confidence.high)} / ${ctx.n(c.confidence.medium)} / ${ctx.n(c.confidence.low)}</td>
<td>${c.examples.map((e) => html`<span class="masked">${e}</span>`)}</td></tr>`,
  );
  return html`<table class="sortable categories"><thead><tr><th>${t.category}</th><th class="num">${t.occurrences}</th><th class="num">${t.distinctValues}</th><th class="num">${t.files}</th><th class="num">${t.confidence} (${t.confidenceLevels})</th><th>${t.examples}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function placesTable(system: SystemInventory, ctx: HtmlSectionContext): SafeHtml {
  const { t } = ctx;
  const rows: SafeHtml[] = [];
  let hidden = 0;
  for (const c of system.categories) {
    for (const place of c.places.slice(0, MAX_PLACES_SHOWN)) {
      rows.push(html`<tr data-category="${c.category}"><td>${t.categoryName[c.category]}</td><td class="path">${place.file}</td><td>${place.field ?? '–'}</td>${numCell(place.occurrences, ctx)}</tr>`);
    }
    hidden += Math.max(0, c.places.length - MAX_PLACES_SHOWN);
  }
  return html`<table class="sortable places"><thead><tr><th>${t.category}</th><th>${t.file}</th><th>${t.field}</th><th class="num">${t.occurrences}</th></tr></thead>
<tbody>${rows}</tbody></table>${hidden > 0 ? html`<p class="note">${t.morePlaces(hidden)}</p>` : ''}`;
}

/** One system: declared purpose, chart, categories, places and skipped files. */
export function systemSection(system: SystemInventory, index: number, declared: DeclaredSystem | undefined, ctx: HtmlSectionContext): SafeHtml {
  const { t, n } = ctx;
  const anchor = systemAnchor(index);
  const header = html`<h2>${t.system}: ${system.name}</h2>
<p class="meta">${t.systemLine(n(system.filesScanned), formatBytes(system.bytesScanned), n(system.filesWithFindings), n(system.skipped.length))}</p>
${declaredSummary(declared, ctx)}`;
  if (system.categories.length === 0) {
    return html`<section class="system" id="${anchor}" data-system="${system.name}">${header}<p class="note">${t.noFindings}</p>
${system.skipped.length > 0 ? html`<h3>${t.skippedFiles}</h3>${skippedTable(system.skipped, ctx, false)}` : ''}</section>`;
  }
  const bars = system.categories.map((c) => ({
    label: t.categoryName[c.category],
    value: c.occurrences,
    note: `(${approximateMark(c)}${n(c.distinctValues)} ${t.distinctValues.toLowerCase()})`,
    highlight: SENSITIVE_CATEGORIES.has(c.category),
  }));
  const chart = barChart(bars, {
    id: `${anchor}-chart`,
    title: t.chartTitle(system.name),
    description: t.chartDesc(bars.map((b) => `${b.label} ${n(b.value)}`).join(', ')),
    formatNumber: n,
  });
  return html`<section class="system" id="${anchor}" data-system="${system.name}">${header}
${chart}
<h3>${t.categories}</h3>
${categoriesTable(system, ctx)}
<h3>${t.whereItOccurs}</h3>
${placesTable(system, ctx)}
${system.skipped.length > 0 ? html`<h3>${t.skippedFiles}</h3>${skippedTable(system.skipped, ctx, false)}` : ''}
</section>`;
}
