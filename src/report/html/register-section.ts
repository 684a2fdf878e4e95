import type { RegisterSystem } from '../register.js';
import { declaredDetails, statusLabel } from '../register.js';
import { approximateMark } from '../labels.js';
import { categoryCell, numCell, type HtmlSectionContext } from './context.js';
import { html, type SafeHtml } from './escape.js';

function registerTable(system: RegisterSystem, ctx: HtmlSectionContext): SafeHtml {
  const { t, n } = ctx;
  if (system.rows.length === 0) return html`<p class="note">${t.noFindings}</p>`;
  const rows = system.rows.map(
    (row) => html`<tr class="status-${row.status}" data-category="${row.category}" data-status="${row.status}">
<td>${categoryCell(row.category, ctx)}</td><td>${row.declared ? t.yes : t.no}</td>${numCell(row.occurrences, ctx, 'occurrences')}${numCell(row.distinctValues, ctx, 'distinct', approximateMark(row))}
<td>${statusLabel(row.status, t)}${row.outsideDeclaredPlaces > 0 ? html`; ${t.outsideDeclaredPlaces(n(row.outsideDeclaredPlaces))}` : ''}</td></tr>`,
  );
  return html`<table class="sortable register"><thead><tr><th>${t.category}</th><th>${t.declared}</th><th class="num">${t.occurrences}</th><th class="num">${t.distinctValues}</th><th>${t.status}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The Article 30 view: declared record merged with what was found, one block per system. */
export function registerSection(register: readonly RegisterSystem[], ctx: HtmlSectionContext): SafeHtml {
  const { t } = ctx;
  const blocks = register.map((system) => {
    const details = declaredDetails(system.declared, t).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`);
    return html`<div class="register-system" data-system="${system.name}">
<h3>${system.name}</h3>
${system.declared ? '' : html`<p class="status-undeclared">${t.systemNotDeclared}</p>`}
${system.found ? '' : html`<p class="status-missing">${t.systemNotScanned}</p>`}
${details.length > 0 ? html`<dl class="declared">${details}</dl>` : ''}
${registerTable(system, ctx)}
</div>`;
  });
  return html`<section id="register"><h2>${t.register}</h2><p class="note">${t.registerNote}</p>
${blocks}</section>`;
}
