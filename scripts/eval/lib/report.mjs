// Plain-text rendering of a scored run. Values are masked unless `showValues` is set.
import { CATEGORIES, worst } from './match.mjs';

const fmt = (x) => (x === null || x === undefined ? '   —  ' : x.toFixed(3).padStart(6));

/** Keeps the shape of a value (separators, length) but hides it: `85****-***4`, `A*** S******`. */
export function maskValue(category, value) {
  if (category === 'name') return value.replace(/(\p{L})[\p{L}'’]*/gu, (w, first) => first + '*'.repeat(w.length - 1));
  const alnum = [...value].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  let seen = 0;
  return [...value].map((c) => {
    if (!/[\p{L}\p{N}]/u.test(c)) return c;
    seen++;
    return seen <= 2 || seen > alnum - 2 ? c : '*';
  }).join('');
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function prCell(c) {
  if (!c) return '—';
  const p = c.tp + c.fp === 0 ? '—' : (c.tp / (c.tp + c.fp)).toFixed(2);
  const r = c.tp + c.fn === 0 ? '—' : (c.tp / (c.tp + c.fn)).toFixed(2);
  return `${p}/${r}`;
}

function breakdown(title, byKey) {
  const keys = Object.keys(byKey).sort();
  const rows = keys.map((k) => [k, ...CATEGORIES.map((c) => prCell(byKey[k][c]))]);
  return `${title} (precision/recall)\n${table(['', ...CATEGORIES], rows)}`;
}

export function renderRun(label, result, { showValues = false, limit = 15 } = {}) {
  const out = [`=== ${label} ===`];
  const rows = CATEGORIES.map((c) => {
    const r = result.categories[c];
    return [c, r.tp, r.fp, r.fn, fmt(r.precision), fmt(r.recall), fmt(r.f1),
      `${r.target.precision.toFixed(2)}/${r.target.recall.toFixed(2)}`, r.pass ? 'PASS' : 'FAIL'];
  });
  out.push(table(['category', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'target p/r', ''], rows), '');
  out.push(breakdown('By format', result.byFormat), '');
  out.push(breakdown('By system', result.bySystem), '');

  const subRows = [];
  for (const c of CATEGORIES) {
    for (const [st, v] of Object.entries(result.subtypes[c]).sort()) {
      subRows.push([`${c}:${st}`, v.tp, v.total, fmt(v.total ? v.tp / v.total : null)]);
    }
  }
  out.push(`Recall by subtype\n${table(['category:subtype', 'found', 'planted', 'recall'], subRows)}`, '');

  const hits = Object.entries(result.nearMissHits).sort((a, b) => b[1].count - a[1].count);
  out.push(hits.length === 0 ? 'Near-miss hits: none' : `Near-miss hits (reported look-alikes, all counted as FP)\n${table(
    ['kind', 'hits', 'as'], hits.map(([k, v]) => [k, v.count, Object.entries(v.categories).map(([c, n]) => `${c} ${n}`).join(', ')]))}`, '');

  const show = (category, e) => (showValues ? e.value : (e.masked ?? maskValue(category, e.value)));
  for (const c of CATEGORIES) {
    const fps = worst(result.falsePositives[c], limit);
    const fns = worst(result.falseNegatives[c], limit);
    if (fps.length === 0 && fns.length === 0) continue;
    out.push(`-- ${c}: worst false positives (${result.falsePositives[c].length}) --`);
    for (const e of fps) {
      out.push(`  ${String(e.count).padStart(3)}× ${show(c, e)}  ${e.files[0]}${e.count > 1 ? ` (+${e.count - 1})` : ''}${e.nearMiss ? `  [near-miss: ${e.nearMiss}]` : ''}`);
    }
    out.push(`-- ${c}: worst false negatives (${result.falseNegatives[c].length}) --`);
    for (const e of fns) {
      out.push(`  ${String(e.count).padStart(3)}× ${show(c, e)}  ${e.files[0]}${e.count > 1 ? ` (+${e.count - 1})` : ''}  [${e.subtype}]`);
    }
  }
  return out.join('\n');
}

/** Numbers only (no values) for `--json`. */
export function runSummary(result) {
  return {
    categories: result.categories,
    byFormat: result.byFormat,
    bySystem: result.bySystem,
    subtypes: result.subtypes,
    nearMissHits: result.nearMissHits,
  };
}
