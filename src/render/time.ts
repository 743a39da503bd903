/** Times as people read them: local clock time and "in 3 h" / "overdue by 2 days". */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * `Wed 25 Nov 15:00`, in the local time zone (TZ is respected); the year is added when it is not
 * `now`'s. Written by hand rather than with date-fns' `format`, whose en-US locale is the largest
 * chunk `show` and `followup` would load; test/unit/time.test.ts checks it against `format`.
 */
export function localTime(at: Date | string, now?: Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
  const year = !now || d.getFullYear() === now.getFullYear() ? '' : ` ${String(d.getFullYear()).padStart(4, '0')}`;
  return `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}${year} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A span in the largest unit that reads well: `45 min`, `3 h`, `2 days`, `5 weeks`. */
export function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${Math.max(minutes, 1)} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 14) return `${days} days`;
  const weeks = Math.round(days / 7);
  if (days < 60) return `${weeks} weeks`;
  return `${Math.round(days / 30)} months`;
}

/** A calendar day `2025-03-03` as `3 Mar 2025` (read as written: no time zone moves it). */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

const HOUR_MS = 3_600_000;
const DAY_WORDS = new Map([
  [-1, 'yesterday'],
  [0, 'today'],
  [1, 'tomorrow'],
]);

/** Local calendar days from `now`'s day to `at`'s. */
const calendarDays = (at: Date, now: Date) => dayNumber(at) - dayNumber(now);

/** `in 3 days` / `3 days ago` counted on the calendar under two weeks, then `in 5 weeks`, `in 3 months`. */
function distance(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  const days = Math.abs(calendarDays(at, now));
  const words = days >= 2 && days < 14 ? `${days} days` : span(ms);
  return ms >= 0 ? `in ${words}` : `${words} ago`;
}

/**
 * How far off a time is, beside the time itself (`Wed 25 Nov 15:00  in 2 days`): `in 3 h` / `3 h
 * ago` within 12 hours, else `tomorrow`, `today`, `yesterday` (local calendar days), else
 * `in 2 days` / `5 days ago`. Never `in 30 h`: past midnight the day is what a person counts.
 */
export function relative(at: Date | string, now: Date): string {
  const d = new Date(at);
  const ms = d.getTime() - now.getTime();
  if (Math.abs(ms) < 12 * HOUR_MS) return ms >= 0 ? `in ${span(ms)}` : `${span(ms)} ago`;
  return DAY_WORDS.get(calendarDays(d, now)) ?? distance(d, now);
}

/** A meeting's time standing alone: `today 15:00`, `tomorrow 10:00`, `yesterday 14:00`, else `in 3 days`. */
export function meetingWhen(at: Date | string, now: Date): string {
  const d = new Date(at);
  const word = DAY_WORDS.get(calendarDays(d, now));
  return word ? `${word} ${clockTime(d)}` : distance(d, now);
}

/**
 * `due in 5 h` within 12 hours, `due today 21:00` / `due tomorrow 16:00`, `due in 3 days`, `due
 * in 7 weeks`; `overdue by 3 h` / `overdue by 2 days` once past (how late it is is what matters).
 */
export function dueText(due: Date | string | number, now: Date): string {
  const d = new Date(due);
  const ms = d.getTime() - now.getTime();
  if (ms < 0) return `overdue by ${span(ms)}`;
  if (ms < 12 * HOUR_MS) return `due in ${span(ms)}`;
  const word = DAY_WORDS.get(calendarDays(d, now));
  return word ? `due ${word} ${clockTime(d)}` : `due ${distance(d, now)}`;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNumber = (d: Date) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);

/**
 * A day as a sentence says it, seen from `now` (local calendar days): `today`, `tomorrow`,
 * `yesterday`, `on Friday` within the week either side, else `on Monday 12 October`.
 */
export function dayPhrase(at: Date | string, now: Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const days = dayNumber(d) - dayNumber(now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const name = DAY_NAMES[d.getDay()] ?? '';
  if (Math.abs(days) < 7) return `on ${name}`;
  return `on ${name} ${d.getDate()} ${MONTH_NAMES[d.getMonth()]}${d.getFullYear() === now.getFullYear() ? '' : ` ${d.getFullYear()}`}`;
}

/** `15:00` in the local time zone. */
export const clockTime = (at: Date | string) => {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
};

/** How long since a day, for "it has been … since we talked": `a few days`, `2 weeks`, `3 months`. */
export function sinceWords(at: Date | string, now: Date): string {
  const ms = now.getTime() - new Date(at).getTime();
  return ms < 7 * 86_400_000 ? 'a few days' : span(ms);
}
