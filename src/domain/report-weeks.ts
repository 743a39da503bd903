/** Weeks for the report's charts: Monday 00:00 local to the next, as the calendar reads them. */

/** The Monday 00:00 (local) of the week holding `ms`. */
export function weekStartMs(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** At most this many weeks are charted: the latest ones. */
export const MAX_WEEKS = 52;

export interface WeekCount {
  /** The week's Monday 00:00 local, epoch ms. */
  startMs: number;
  outreach: number;
  meetings: number;
}

/**
 * One entry per week from `fromMs`'s week to `nowMs`'s (the latest MAX_WEEKS), with the outreach
 * sent and the meetings held in it; empty weeks included, so the chart shows the gaps.
 */
export function weekCounts(fromMs: number | undefined, nowMs: number, outreach: readonly number[], meetings: readonly number[]): WeekCount[] {
  if (fromMs === undefined || fromMs > nowMs) return [];
  const weeks: WeekCount[] = [];
  const index = new Map<number, WeekCount>();
  for (let start = weekStartMs(fromMs); start <= nowMs; ) {
    const week = { startMs: start, outreach: 0, meetings: 0 };
    weeks.push(week);
    index.set(start, week);
    // Noon of the next Monday, taken back to its midnight: a DST change never skips a week.
    start = weekStartMs(start + 7.5 * 24 * 3_600_000);
  }
  for (const ms of outreach) {
    const week = index.get(weekStartMs(ms));
    if (week) week.outreach += 1;
  }
  for (const ms of meetings) {
    const week = index.get(weekStartMs(ms));
    if (week) week.meetings += 1;
  }
  return weeks.slice(-MAX_WEEKS);
}
