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

/** `in 3 h` / `3 h ago` */
export function relative(at: Date | string, now: Date): string {
  const ms = new Date(at).getTime() - now.getTime();
  return ms >= 0 ? `in ${span(ms)}` : `${span(ms)} ago`;
}

/** `due in 5 h` / `overdue by 3 h` */
export function dueText(due: Date | string | number, now: Date): string {
  const ms = new Date(due).getTime() - now.getTime();
  return ms >= 0 ? `due in ${span(ms)}` : `overdue by ${span(ms)}`;
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
