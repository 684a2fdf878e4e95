import { CATEGORIES, type Category } from '../detect/types.js';
import type { DeclaredInventory } from '../policy/declared.js';
import type { ScanResult, SystemInventory } from '../scan-types.js';
import { formatBytes } from '../walk/walk.js';
import { labelsFor, numberFormatter, SENSITIVE_CATEGORIES, type Lang } from './i18n.js';
import { approximateMark } from './labels.js';
import { buildRegister } from './register.js';
import { categoryCell, skippedTable, type HtmlSectionContext } from './html/context.js';
import { html, SafeHtml } from './html/escape.js';
import { registerSection } from './html/register-section.js';
import { cspHash, SORT_SCRIPT } from './html/sort-script.js';
import { STYLES } from './html/styles.js';
import { systemAnchor, systemSection } from './html/system-section.js';

export interface HtmlOptions {
  readonly lang: Lang;
  readonly declared?: DeclaredInventory | undefined;
}

/**
 * Nothing may load or run but our own style and script: a value that slipped past escaping still cannot execute
 * (inline handlers and other scripts are refused) and the report cannot phone home. `frame-ancestors` is not
 * honoured in a meta tag, so it is left out.
 */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(STYLES)}`,
    `script-src ${cspHash(SORT_SCRIPT)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function matrix(result: ScanResult, ctx: HtmlSectionContext): SafeHtml {
  const { t, n } = ctx;
  const present = CATEGORIES.filter((c) => result.systems.some((s) => s.categories.some((x) => x.category === c)));
  const head = present.map((c) => html`<th class="num${SENSITIVE_CATEGORIES.has(c) ? ' sensitive' : ''}" data-category="${c}">${categoryCell(c, ctx)}</th>`);
  const cell = (system: SystemInventory, category: Category): SafeHtml => {
    const found = system.categories.find((c) => c.category === category);
    const cls = `num${SENSITIVE_CATEGORIES.has(category) ? ' sensitive' : ''}`;
    if (!found) return html`<td class="${cls}" data-sort="0" data-category="${category}" data-occurrences="0">–</td>`;
    return html`<td class="${cls}" data-sort="${found.occurrences}" data-category="${category}" data-occurrences="${found.occurrences}" data-distinct="${found.distinctValues}">${n(found.occurrences)} <span class="distinct">/ ${approximateMark(found)}${n(found.distinctValues)}</span></td>`;
  };
  const rows = result.systems.map(
    (s, i) => html`<tr data-system="${s.name}"><td><a href="#${systemAnchor(i)}">${s.name}</a></td><td class="num" data-sort="${s.filesScanned}">${n(s.filesScanned)}</td>${present.map((c) => cell(s, c))}</tr>`,
  );
  return html`<table class="sortable matrix"><thead><tr><th>${t.system}</th><th class="num">${t.files}</th>${head}</tr></thead>
<tbody>${rows}</tbody></table>
<p class="note">${t.matrixNote} ${present.some((c) => SENSITIVE_CATEGORIES.has(c)) ? t.sensitiveNote : ''}</p>`;
}

/** The whole inventory as one self-contained HTML page: no external resources, works from file://. */
export function formatHtml(result: ScanResult, options: HtmlOptions): string {
  const t = labelsFor(options.lang);
  const n = numberFormatter(options.lang);
  const ctx: HtmlSectionContext = { lang: options.lang, t, n };
  const declared = options.declared;
  const declaredOf = (name: string) => declared?.systems.find((s) => s.name === name);
  const { stats } = result;
  const toc = html`<nav class="toc" aria-label="${t.contents}"><ul>
<li><a href="#overview">${t.overview}</a></li>
${declared ? html`<li><a href="#register">${t.register}</a></li>` : ''}
${result.systems.map((s, i) => html`<li><a href="#${systemAnchor(i)}">${t.system}: ${s.name}</a></li>`)}
<li><a href="#skipped">${t.skippedFiles}</a></li>
</ul></nav>`;
  const page = html`<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="gdpr-scan ${result.tool.version}">
<title>${t.title}</title>
<style>${new SafeHtml(STYLES)}</style>
</head>
<body>
<main>
<header class="report">
<h1>${t.title}</h1>
<p class="meta">${t.scannedLine(result.scannedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'), result.tool.version, t.confidenceName[result.minConfidence])}</p>
<p class="meta" id="summary" data-files="${stats.files}" data-findings="${stats.findings}" data-skipped="${stats.skipped}">${t.summaryLine(n(stats.files), formatBytes(stats.bytes), n(result.systems.length), n(stats.findings), n(stats.skipped))}</p>
<p class="note">${t.maskedNote}</p>
${toc}
</header>
<section id="overview"><h2>${t.overview}</h2>
${result.systems.length > 0 ? matrix(result, ctx) : html`<p class="note">${t.noFindings}</p>`}
<p class="note">${t.sortHint}</p>
</section>
${declared ? registerSection(buildRegister(result, declared), ctx) : ''}
${result.systems.map((s, i) => systemSection(s, i, declaredOf(s.name), ctx))}
<section id="skipped"><h2>${t.skippedFiles}</h2>
${skippedTable(result.skipped, ctx, true)}
</section>
<footer>${t.generatedBy(result.tool.version)}</footer>
</main>
<script>${new SafeHtml(SORT_SCRIPT)}</script>
</body>
</html>
`;
  return page.html;
}
