import { html, type SafeHtml } from './escape.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown after the value, e.g. "(12 distinct)". */
  readonly note?: string;
  readonly highlight?: boolean;
}

export interface ChartOptions {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly formatNumber: (n: number) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 150;
const ROW = 30;
const BAR = 20;
const PAD = 8;

/**
 * A horizontal bar chart as inline SVG: no script, no external resources, readable by screen readers through
 * <title>/<desc> and one <title> per bar. Scales with the page through its viewBox.
 */
export function barChart(bars: readonly Bar[], options: ChartOptions): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * PAD;
  const height = bars.length * ROW + 2 * PAD;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const rows = bars.map((bar, i) => {
    const y = PAD + i * ROW;
    // A non-zero value keeps at least a sliver so it is visibly different from "none".
    const width = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / max) * plot));
    const text = `${options.formatNumber(bar.value)}${bar.note ? ` ${bar.note}` : ''}`;
    return html`<g class="bar${bar.highlight ? ' sensitive' : ''}" data-label="${bar.label}" data-value="${bar.value}">
<title>${bar.label}: ${text}</title>
<text x="${LABEL_WIDTH - PAD}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="middle" class="bar-label">${bar.label}</text>
<rect x="${LABEL_WIDTH}" y="${y + (ROW - BAR) / 2}" width="${width}" height="${BAR}" rx="3"></rect>
<text x="${LABEL_WIDTH + width + PAD}" y="${y + ROW / 2}" dominant-baseline="middle" class="bar-value">${text}</text>
</g>`;
  });
  return html`<svg class="chart" id="${options.id}" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${options.title}</title>
<desc id="${descId}">${options.description}</desc>
${rows}
</svg>`;
}
