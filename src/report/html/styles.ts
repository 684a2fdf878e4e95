/**
 * The report's only stylesheet. System fonts only (the report must not fetch anything); the CSP allows this
 * exact text by hash, so inline style attributes are refused and none are used.
 */
export const STYLES = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --soft: #f6f8fa; --accent: #0969da;
  --warn-bg: #fff1e5; --warn: #bc4c00; --bad-bg: #ffebe9; --bad: #cf222e; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; }
header.report { border-bottom: 1px solid var(--line); margin-bottom: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 22px; margin: 40px 0 8px; padding-top: 8px; border-top: 2px solid var(--line); }
h3 { font-size: 17px; margin: 24px 0 8px; }
p.meta, p.note { color: var(--muted); margin: 4px 0; }
nav.toc ul { margin: 0; padding-left: 20px; columns: 2; }
a { color: var(--accent); }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 5px 9px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.path { word-break: break-all; }
code, .masked { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.masked { background: var(--soft); border-radius: 4px; padding: 1px 5px; margin: 1px 4px 1px 0; display: inline-block; white-space: nowrap; }
.distinct { color: var(--muted); }
.sensitive { background: var(--warn-bg); }
th.sensitive, td.sensitive { color: var(--warn); }
.badge { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
  padding: 0 6px; border-radius: 10px; border: 1px solid currentColor; margin-left: 6px; vertical-align: middle; }
.status-undeclared { background: var(--bad-bg); color: var(--bad); font-weight: 600; }
.status-missing { background: var(--warn-bg); color: var(--warn); }
.status-ok { color: var(--ok); }
dl.declared { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; }
dl.declared dt { font-weight: 600; }
dl.declared dd { margin: 0; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 8px 0 16px; }
svg.chart rect { fill: var(--accent); }
svg.chart .sensitive rect { fill: var(--warn); }
svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--fg); }
svg.chart .bar-value { fill: var(--muted); }
th button.sort { all: inherit; border: 0; padding: 0; cursor: pointer; display: inline; }
th button.sort::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
th[aria-sort="ascending"] button.sort::after { content: " \\2191"; }
th[aria-sort="descending"] button.sort::after { content: " \\2193"; }
footer { margin-top: 48px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
@media print { h2 { break-before: page; } nav.toc, th button.sort::after { display: none; } }
`;
