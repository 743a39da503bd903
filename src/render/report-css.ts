/**
 * The HTML report's one stylesheet, inline: a light and a dark scheme (the reader's system
 * setting), and print in the light one on white, without page breaks inside a chart or a table.
 * No url(), no @import, no font to fetch: the file shows the same offline.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2933; --muted: #616e7c; --card: #f5f7fa; --line: #d9e2ec;
  --bar-0: #2f6fdf; --bar-1: #e07b24; --bar-2: #2a9d6f; --bar-3: #8a5cd0; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14181f; --fg: #e4e9f0; --muted: #9aa5b1; --card: #1f2530; --line: #323b49;
    --bar-0: #6b9cff; --bar-1: #f0a35e; --bar-2: #4cc49a; --bar-3: #b08cf0; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 860px; padding: 32px 24px; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.sub { color: var(--muted); margin: 0 0 24px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
.figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.figure .label { color: var(--muted); font-size: 13px; }
.figure .value { font-size: 28px; font-weight: 650; line-height: 1.2; margin: 2px 0; }
.figure .detail { color: var(--muted); font-size: 13px; }
figure { margin: 0; break-inside: avoid; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
svg.chart { display: block; width: 100%; height: auto; }
svg .label { fill: var(--fg); }
svg .value { fill: var(--muted); }
svg .axis { stroke: var(--line); stroke-width: 1; }
svg .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 4 4; }
svg .band { fill: var(--fg); fill-opacity: 0.12; stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .bar-0 { fill: var(--bar-0); } svg .bar-1 { fill: var(--bar-1); } svg .bar-2 { fill: var(--bar-2); } svg .bar-3 { fill: var(--bar-3); }
table { border-collapse: collapse; width: 100%; font-size: 14px; break-inside: avoid; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.state-overdue, .state-late, .state-not-added { color: var(--bar-1); }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
@media print {
  :root { color-scheme: light; --bg: #ffffff; --fg: #000000; --muted: #444444; --card: #ffffff; --line: #bbbbbb;
    --bar-0: #2f6fdf; --bar-1: #e07b24; --bar-2: #2a9d6f; --bar-3: #8a5cd0; }
  body { max-width: none; padding: 0; font-size: 12px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
`;
