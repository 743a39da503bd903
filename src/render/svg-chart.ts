/**
 * The report's charts as static SVG, written by hand (no chart library renders without a
 * browser at this size): a funnel of horizontal bars and grouped bars per week. Colours come
 * from the page's CSS through classes (`bar-0`, `bar-1`, …), so the light and dark schemes and
 * print apply to them too. Every label is escaped; sizes are whole numbers.
 */
import { esc } from './html-escape.js';

export interface FunnelStep {
  label: string;
  value: number;
}

const FONT = 13;

const svgOpen = (width: number, height: number, title: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>`;

/** `part` of `whole` as a share of `length`, rounded; 0 when the whole is 0. */
const scale = (part: number, whole: number, length: number) => (whole > 0 ? Math.round((part / whole) * length) : 0);

/** A range to mark over one step's bar, as shares of the step before (the usual reply rate). */
export interface FunnelBand {
  step: number;
  from: number;
  to: number;
  label: string;
}

/**
 * Horizontal bars, one per step, as long as its value against the first; each after the first
 * also says what share of the step before it went on.
 */
export function funnelSvg(steps: readonly FunnelStep[], title: string, { band, width = 800 }: { band?: FunnelBand; width?: number } = {}): string {
  const row = 34;
  const labelWidth = 90;
  const valueWidth = 110;
  const barSpace = width - labelWidth - valueWidth;
  const max = Math.max(0, ...steps.map((s) => s.value));
  const parts = steps.map((step, i) => {
    const y = i * row + 6;
    const bar = Math.max(scale(step.value, max, barSpace), 2);
    const before = steps[i - 1];
    const shade = band?.step === i && before ? bandRect(band, labelWidth, scale(before.value, max, barSpace), y, row - 10) : '';
    const share = before === undefined ? '' : before.value > 0 ? ` (${Math.round((100 * step.value) / before.value)} %)` : ' (—)';
    return [
      `<text x="0" y="${y + 17}" class="label">${esc(step.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${bar}" height="${row - 10}" rx="3" class="bar-${i % 4}"/>`,
      shade,
      `<text x="${labelWidth + bar + 8}" y="${y + 17}" class="value">${esc(`${step.value}${share}`)}</text>`,
    ].join('');
  });
  return `${svgOpen(width, steps.length * row + 6, title)}<g font-size="${FONT}">${parts.join('')}</g></svg>`;
}

/** The band over a bar (a dashed outline, the bar still seen through it): from `from` to `to` of the bar before (`length` long), labelled. */
function bandRect(band: FunnelBand, x: number, length: number, y: number, height: number): string {
  const x0 = x + Math.round(band.from * length);
  const w = Math.max(1, Math.round((band.to - band.from) * length));
  return `<rect x="${x0}" y="${y - 3}" width="${w}" height="${height + 6}" class="band"><title>${esc(band.label)}</title></rect>`;
}

export interface BarGroup {
  label: string;
  values: readonly number[];
}

/**
 * Grouped vertical bars: one group per entry (a week), one bar per series, a legend of the
 * series' names above and a few labels below (at most about eight, so they never overlap).
 */
export function groupedBarsSvg(groups: readonly BarGroup[], series: readonly string[], title: string, width = 800): string {
  const height = 220;
  const top = 28;
  const bottom = 24;
  const left = 28;
  const plot = height - top - bottom;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const step = groups.length ? (width - left) / groups.length : 0;
  const barWidth = Math.max(1, Math.floor((step * 0.8) / Math.max(1, series.length)));
  const every = Math.max(1, Math.ceil(groups.length / 8));
  const legend = series.map((name, i) => `<rect x="${left + i * 120}" y="4" width="12" height="12" rx="2" class="bar-${i % 4}"/><text x="${left + i * 120 + 18}" y="15" class="label">${esc(name)}</text>`);
  const axis = [
    `<line x1="${left}" y1="${top + plot}" x2="${width}" y2="${top + plot}" class="axis"/>`,
    `<line x1="${left}" y1="${top}" x2="${width}" y2="${top}" class="grid"/>`, `<text x="${left - 6}" y="${top + 10}" text-anchor="end" class="value">${max}</text>`, `<text x="${left - 6}" y="${top + plot}" text-anchor="end" class="value">0</text>`,
  ];
  const bars = groups.map((g, gi) => {
    const x0 = Math.round(left + gi * step + step * 0.1);
    const rects = g.values.map((v, si) => {
      const h = scale(v, max, plot);
      return h > 0 ? `<rect x="${x0 + si * barWidth}" y="${top + plot - h}" width="${barWidth}" height="${h}" class="bar-${si % 4}"><title>${esc(`${g.label}: ${v} ${series[si] ?? ''}`)}</title></rect>` : '';
    });
    const label = gi % every === 0 ? `<text x="${x0}" y="${height - 6}" class="label">${esc(g.label)}</text>` : '';
    return rects.join('') + label;
  });
  return `${svgOpen(width, height, title)}<g font-size="${FONT}">${legend.join('')}${axis.join('')}${bars.join('')}</g></svg>`;
}
