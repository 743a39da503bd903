/**
 * Slash dates in WHEN (`5/1 10:00`, and `5.1.2026` or `5-1-2026` alike): month-first in the US, day-first almost everywhere else, so
 * infoview reads them only the way config.yaml `defaults.dateOrder` says (`mdy` or `dmy`), and
 * strictly: `28/12` with `mdy` is an error, not a guess. With `none` (the default) a slash date is
 * refused, unless both readings are the same day (`5/5`).
 */
import { DomainError } from './domain-error.js';
import type { DateOrder } from './enums.js';
import { isCalendarDate } from './iso.js';

const SLASH = /(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/;
// 5.1.2026 and 5-1-2026 are the same question (chrono would read them month-first): read as 5/1/2026.
// With a year only: `10.30` alone is a time.
const DOTTED = /(?<![\d/.:-])(\d{1,2})([.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.:-])/;
const asSlashes = (text: string) => text.replace(DOTTED, '$1/$3/$4');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** True when WHEN holds a slash date, so reading it needs `defaults.dateOrder`. */
export const hasSlashDate = (input: string): boolean => SLASH.test(asSlashes(input));

interface Reading {
  month: number;
  day: number;
}

/** The year the reading gives when one is written; otherwise the one nearest to now. */
function yearOf(r: Reading, written: number | undefined, now: Date): number {
  if (written !== undefined) return written;
  const y = now.getFullYear();
  const distance = (year: number) => Math.abs(new Date(year, r.month - 1, r.day).getTime() - now.getTime());
  return [y - 1, y, y + 1].filter((year) => isCalendarDate(year, r.month, r.day)).reduce((a, b) => (distance(b) < distance(a) ? b : a), y);
}

/**
 * The phrase with its slash date written out (`5/1 10:00` → `1 May 10:00` with `mdy`), so chrono
 * reads it one way only. A DomainError quoting `input` when the order is not configured, or the
 * numbers are not a day in that order; the hint names the setting.
 */
export function writeOutSlashDate(input: string, given: string, order: DateOrder, now: Date): string {
  const phrase = asSlashes(given);
  const m = SLASH.exec(phrase);
  if (!m) return given;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const written = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  // February 29 is a day in some year: a leap year stands in when none is written.
  const real = (r: Reading) => isCalendarDate(written ?? 2028, r.month, r.day);
  const mdy: Reading = { month: a, day: b };
  const dmy: Reading = { month: b, day: a };
  const words = (r: Reading) => phrase.replace(SLASH, `${r.day} ${MONTHS[r.month - 1]}${written === undefined ? '' : ` ${written}`}`);
  const dayName = (r: Reading) => `${r.day} ${MONTHS[r.month - 1]}`;
  const rewrite = (r: Reading) => {
    const iso = phrase.replace(SLASH, `${yearOf(r, written, now)}-${pad(r.month)}-${pad(r.day)}`);
    return /^\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?$/.test(iso) ? `"${words(r)}" or "${iso}"` : `"${words(r)}"`;
  };
  if (order === 'none') {
    const readings = [dmy, mdy].filter(real);
    const [first, second] = readings;
    if (!first) throw new DomainError(`cannot read the time "${input}": ${m[0]} is not a date either way round`, 'Write the month as a word, like "1 May 10:00", or use ISO 8601 (2027-05-01 10:00)');
    if (a === b) return words(first);
    if (second) {
      throw new DomainError(
        `cannot tell whether "${input}" is ${dayName(first)} or ${dayName(second)}`,
        `Write ${rewrite(mdy)}, or set defaults.dateOrder: mdy (or dmy) in config.yaml`,
      );
    }
    throw new DomainError(
      `cannot read the time "${input}": ${m[0]} can only be ${dayName(first)}, and slash dates are read only when config.yaml says their order`,
      `Write ${rewrite(first)}, or set defaults.dateOrder: ${first === mdy ? 'mdy' : 'dmy'} in config.yaml`,
    );
  }
  const reading = order === 'mdy' ? mdy : dmy;
  if (!real(reading)) {
    const other = order === 'mdy' ? dmy : mdy;
    const why = reading.month < 1 || reading.month > 12 ? `there is no month ${reading.month}` : `${MONTHS[reading.month - 1]} has no day ${reading.day}`;
    throw new DomainError(
      `cannot read the time "${input}": with defaults.dateOrder: ${order} (${order === 'mdy' ? 'month first' : 'day first'}), ${why}`,
      real(other) ? `Did you mean ${dayName(other)}? Write ${rewrite(other)}` : 'Write the month as a word, like "1 May 10:00", or use ISO 8601 (2027-05-01 10:00)',
    );
  }
  return words(reading);
}
