/**
 * The progress report as one self-contained HTML file: inline CSS (render/report-css.ts) and
 * inline SVG charts (render/svg-chart.ts), no script, nothing linked or fetched. Every value from
 * the data goes through `esc`.
 */
import type { Config } from '../domain/config.js';
import { STATUSES } from '../domain/enums.js';
import { USUAL_REPLY_RATE, type Report } from '../domain/report.js';
import { esc } from './html-escape.js';
import { REPORT_CSS } from './report-css.js';
import { dayText, periodText, shortDay, TITLE, whoText } from './report-parts.js';
import { funnelSvg, groupedBarsSvg } from './svg-chart.js';

const cls = (text: string) => text.replace(/[^a-z]+/g, '-');

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const cell = (tag: string, i: number, html: string) => `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${html}</${tag}>`;
  const th = head.map((h, i) => cell('th', i, esc(h))).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((html, i) => cell('td', i, html)).join('')}</tr>`).join('')}</tbody></table>`;
}

const state = (text: string) => `<span class="state-${cls(text)}">${esc(text)}</span>`;

function figures(r: Report): string {
  const cards = r.figures.map((f) => `<div class="figure"><div class="label">${esc(f.label)}</div><div class="value">${esc(f.value)}</div>${f.detail ? `<div class="detail">${esc(f.detail)}</div>` : ''}</div>`);
  return `<section class="figures">${cards.join('')}</section>`;
}

function charts(r: Report): string {
  const { low, high } = USUAL_REPLY_RATE;
  const band = { step: 1, from: low / 100, to: high / 100, label: `the usual reply rate, ${low}–${high} % of those contacted` };
  const caption = `People by the furthest step reached, with the share of the step before; dashed: the usual reply rate, ${low}–${high} %.`;
  const funnel = `<figure>${funnelSvg(r.funnel, 'People by the furthest step reached', { band })}<figcaption>${esc(caption)}</figcaption></figure>`;
  if (!r.weeks.length) return `<h2>Funnel</h2>${funnel}`;
  const groups = r.weeks.map((w) => ({ label: shortDay(w.startMs), values: [w.outreach, w.meetings] }));
  const weekly = `<figure>${groupedBarsSvg(groups, ['outreach sent', 'meetings held'], 'Outreach and meetings per week')}<figcaption>Per week, Monday to Sunday.</figcaption></figure>`;
  return `<h2>Funnel</h2>${funnel}<h2>Outreach and meetings per week</h2>${weekly}`;
}

export function reportHtml(r: Report, me: Config['me']): string {
  const who = whoText(me);
  const body = [
    `<h1>${esc(TITLE)}</h1>`,
    `<p class="sub">${who ? `${esc(who)} · ` : ''}${esc(periodText(r))}</p>`,
    figures(r),
    charts(r),
    `<h2>People by status (${r.people})</h2>`,
    table([...STATUSES], [STATUSES.map((s) => esc(r.byStatus[s]))], STATUSES.map((_, i) => i)),
  ];
  if (r.held.length) {
    body.push('<h2>Meetings held</h2>', table(['Day', 'With', 'Company', 'Thank-you'], r.held.map((m) => [esc(dayText(m.atMs)), esc(m.name), esc(m.company ?? ''), state(m.thankYou)])));
  }
  if (r.referrals.length) {
    body.push('<h2>Referrals</h2>', table(['Name', 'Suggested by', 'Followed'], r.referrals.map((x) => [esc(x.name), esc(x.from), state(x.state)])));
  }
  body.push(`<footer>Made by infoview on ${esc(dayText(r.nowMs))}.</footer>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from outside this file: no script, no link, no image, no font, no frame.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(TITLE)}${who ? ` · ${esc(who)}` : ''}</title>`,
    `<style>${REPORT_CSS}</style></head>`,
    `<body>${body.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}
