/**
 * The calendar arithmetic behind WHEN (when.ts): local days, the day a weekday phrase names, and
 * the instant of a local wall-clock time (refused when a daylight-saving change skips or repeats
 * it). Pure: the clock and the time zone's rules come in through `now` and the process's TZ.
 */
import { DomainError } from './domain-error.js';
import { localIso } from './iso.js';

/** A local calendar day: year, month 1–12, day of the month. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** A time of day on the local clock. */
export interface Clock {
  h: number;
  mi: number;
  s: number;
}

/** Which way a command's time may lie from now: only the past (outreach, replied, thanked), only the future (a snooze), or either (a meeting). */
export type WhenDirection = 'any' | 'past' | 'future';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const dayOf = (at: Date): Day => ({ y: at.getFullYear(), m: at.getMonth() + 1, d: at.getDate() });

/** The day `n` calendar days after `day` (before, when negative). */
export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 for Sunday … 6 for Saturday, as `Date.getDay` and chrono count. */
export const weekdayOf = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();

/** `Fri 27 Nov`: how a hint names the day it offers. */
export const dayLabel = (day: Day) => `${DAYS[weekdayOf(day)]} ${day.d} ${MONTHS[day.m - 1]}`;

/** Where a weekday falls in a week that runs Monday (0) to Sunday (6). */
const mondayIndex = (weekday: number) => (weekday + 6) % 7;

/** How a weekday phrase says which one it means: `this friday`, `last friday`, `next friday`, `friday next week`. */
export type WeekdayWord = 'this' | 'last' | 'next' | 'this week' | 'last week' | 'next week';

/**
 * How many days from `today` the named weekday (0 Sunday … 6 Saturday) lies, read exactly. Weeks
 * run Monday to Sunday. `this friday`: the Friday of this week, today or later (undefined once it
 * has passed: the past one and the coming one are both "this" to someone). `last friday`: the
 * latest Friday before today (1–7 days ago). `next friday` and `friday next week`: the Friday of
 * next week. `friday this week` / `friday last week`: the Friday of that week.
 */
export function weekdayOffset(word: WeekdayWord, weekday: number, today: Day): number | undefined {
  const t = mondayIndex(weekdayOf(today));
  const w = mondayIndex(weekday);
  switch (word) {
    case 'this':
      return w >= t ? w - t : undefined;
    case 'last':
      return -((t - w + 7) % 7 || 7);
    case 'next':
    case 'next week':
      return 7 - t + w;
    case 'this week':
      return w - t;
    case 'last week':
      return w - t - 7;
  }
}

export const EXAMPLES = 'Use ISO 8601 (2026-11-25T15:00, 2026-11-25 15:00-08:00) or a phrase with a time (tomorrow 3pm, next tuesday 10:00, yesterday 16:30)';

/** The one shape of a WHEN error: the input quoted, why, and what to write instead. */
export function unreadable(input: string, why: string, hint = EXAMPLES): DomainError {
  return new DomainError(`cannot read the time "${input}": ${why}`, hint);
}

/** The instant(s) whose local wall-clock reading is exactly these fields (0, 1 or 2 at a DST change). */
function localInstants(day: Day, clock: Clock): Date[] {
  const { y, m, d } = day;
  const { h, mi, s } = clock;
  const guess = new Date(2000, 0, 1);
  guess.setFullYear(y, m - 1, d);
  guess.setHours(h, mi, s, 0);
  if (Number.isNaN(guess.getTime())) return [];
  const found: Date[] = [];
  // Look a few hours either side: a DST change moves the wall clock by at most 2 hours.
  for (let k = -12; k <= 12; k++) {
    const t = new Date(guess.getTime() + k * 15 * 60_000);
    const same = t.getFullYear() === y && t.getMonth() === m - 1 && t.getDate() === d && t.getHours() === h && t.getMinutes() === mi && t.getSeconds() === s;
    if (same && !found.some((f) => f.getTime() === t.getTime())) found.push(t);
  }
  return found;
}

/**
 * The one instant a local day and time name. A time the clocks skip (spring) or show twice
 * (autumn) is a DomainError quoting `input`, with what to write instead.
 */
export function localMoment(input: string, day: Day, clock: Clock): Date {
  const instants = localInstants(day, clock);
  if (instants.length === 0) {
    throw unreadable(input, 'that local time does not exist (the clocks skip it for daylight saving)', 'Give a time outside the skipped hour, or add an offset like -08:00');
  }
  if (instants.length > 1) {
    const options = instants.map((t) => `"${localIso(t)}"`).join(' or ');
    throw unreadable(input, 'that local time happens twice (the clocks go back for daylight saving)', `Add the offset: ${options}`);
  }
  return instants[0] as Date;
}

/**
 * Of the instants `clock` names on these days, the latest that is not after now (`past`) or the
 * earliest after now (`future`). A bare weekday, a bare time and a date without a year resolve this
 * way where the command's time can only lie one way.
 */
export function nearest(input: string, direction: 'past' | 'future', days: readonly Day[], clock: Clock, now: Date): Date {
  const moments = days.map((day) => localMoment(input, day, clock));
  const fits = moments.filter((at) => (direction === 'past' ? at.getTime() <= now.getTime() : at.getTime() > now.getTime()));
  return (fits.length ? fits : moments).reduce((a, b) => ((direction === 'past' ? b > a : b < a) ? b : a));
}
