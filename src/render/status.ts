/** `infoview status`: the pipeline as a bar chart, the next meetings, what is overdue. Pure. */
import type { Paint } from './paint.js';
import type { DueItem } from '../domain/due.js';
import { STATUSES, type Status } from '../domain/enums.js';
import { scoresText, type TargetRow } from '../domain/targets.js';
import { followupText } from './followup.js';
import { table } from './table.js';
import { localTime, relative } from './time.js';

const BAR_WIDTH = 30;

export interface UpcomingMeeting {
  slug: string;
  name: string;
  at: string;
  minutes: number;
  medium?: string | undefined;
  place?: string | undefined;
}

export interface StatusInput {
  counts: Record<Status, number>;
  meetings: UpcomingMeeting[];
  overdue: DueItem[];
  /** The LAMP list in rank order (none without targets.yaml): the first few are shown. */
  targets?: readonly TargetRow[] | undefined;
  now: Date;
  /** The terminal's width, when it has one: the tables fit it. */
  width?: number | undefined;
}

/** The most urgent overdue items shown; the rest are counted, and `followup` lists them all. */
const OVERDUE_SHOWN = 10;
/** The best-ranked targets shown; `targets` lists them all. */
const TARGETS_SHOWN = 3;

/**
 * One bar per status in pipeline order, scaled to the largest count; a non-zero count shows at
 * least one block. `archived` is no stage of the pipeline: its bar only when someone is.
 */
function pipelineChart(counts: Record<Status, number>, paint: Paint): string {
  const shown = STATUSES.filter((s) => s !== 'archived' || counts[s] > 0);
  const max = Math.max(1, ...shown.map((s) => counts[s]));
  const label = Math.max(...shown.map((s) => s.length));
  return shown.map((s) => {
    const n = counts[s];
    const blocks = n ? Math.max(1, Math.round((n / max) * BAR_WIDTH)) : 0;
    return `  ${s.padEnd(label)}  ${paint.cyan('█'.repeat(blocks))}${blocks ? ' ' : ''}${n}`;
  }).join('\n');
}

export function statusText(input: StatusInput, paint: Paint): string {
  const { counts, meetings, overdue, now, width } = input;
  const inner = width === undefined ? undefined : width - 2;
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const lines = [paint.bold(`Pipeline (${total} contact${total === 1 ? '' : 's'})`), pipelineChart(counts, paint), '', paint.bold('Next meetings')];
  if (!meetings.length) lines.push(paint.dim('  none planned'));
  else {
    const rows = meetings.map((m) => [localTime(m.at, now), relative(m.at, now), m.name, [`${m.minutes} min`, m.medium, m.place && `at ${m.place}`].filter(Boolean).join(', ')]);
    lines.push(table([{ header: 'WHEN' }, { header: '' }, { header: 'WHO', max: 24 }, { header: 'WHERE' }], rows, { header: (s) => paint.dim(s), width: inner }).replace(/^/gm, '  '));
  }
  lines.push('', paint.bold('Overdue'));
  if (!overdue.length) lines.push(paint.dim('  nothing overdue'));
  else {
    lines.push(followupText(overdue.slice(0, OVERDUE_SHOWN), now, paint).replace(/^/gm, '  '));
    const more = overdue.length - OVERDUE_SHOWN;
    if (more > 0) lines.push(paint.dim(`  …and ${more} more: infoview followup lists them all`));
  }
  const targets = input.targets ?? [];
  if (targets.length) {
    lines.push('', paint.bold(`Top targets (${targets.length} on your LAMP list)`));
    const rows = targets.slice(0, TARGETS_SHOWN).map((t) => [t.employer, scoresText(t), t.next]);
    lines.push(table([{ header: 'EMPLOYER', max: 28 }, { header: 'SCORES', max: 60 }, { header: 'NEXT STEP' }], rows, { header: (s) => paint.dim(s), width: inner }).replace(/^/gm, '  '));
    if (targets.length > TARGETS_SHOWN) lines.push(paint.dim(`  …and ${targets.length - TARGETS_SHOWN} more: infoview targets lists them all`));
  }
  return lines.join('\n');
}
