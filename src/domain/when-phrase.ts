/**
 * WHEN as plain words (`tomorrow 3pm`, `last friday 9:00`, `5/1 10:00`), read by chrono-node and
 * then settled here, because chrono guesses where infoview must not: which Friday a bare "friday"
 * is, which day a bare "9:40" is, which year "1 May" is. Those depend on the command (the
 * direction) and are the same for all seven days; see docs/dates-and-followup.md.
 */
import type { ParsedComponents } from 'chrono-node';
import type { DateOrder } from './enums.js';
import { isCalendarDate } from './iso.js';
import { addDays, dayLabel, dayOf, localMoment, nearest, unreadable, weekdayOf, weekdayOffset, type Clock, type Day, type WeekdayWord, type WhenDirection } from './when-days.js';
import { writeOutSlashDate } from './when-slash.js';

/** How to read one WHEN value: what the command allows, and what config.yaml says. */
export interface WhenOptions {
  /**
   * Which way the command's time may lie from now (default `any`). Where it can only be past
   * (`past`: outreach, replied, thanked) a bare weekday, a bare time or a date without a year
   * means the latest one that is not in the future; `future`, the first one after now; with
   * `any` (a meeting) a bare weekday is refused.
   */
  direction?: WhenDirection | undefined;
  /** config.yaml `defaults.dateOrder`: how to read `5/1` (default `none`: refused). */
  dateOrder?: DateOrder | undefined;
  /** A date without a time of day: refused (default), or the start of that day. */
  dateAlone?: 'refuse' | 'start-of-day' | undefined;
}

const CLOCK_DIGITS = /\d{1,2}[:.h]\d{2}/i;
const NAMED_HOUR = /\b(noon|midday|midnight)\b/i;
/** Offsets from now ("in 2 hours", "5 minutes ago") carry no am/pm question. */
const RELATIVE = /\b(ago|in|now)\b/i;
/** A bare time that says it is today's ("this morning 9:00", "tonight 8pm"). */
const TODAY = /\b(this|today|tonight)\b/i;
const WEEKDAY = /\b(?:mon|tue|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?/i;
const POSTFIX = /\b(this|last|past|next)\s+week\b/i;
const PREFIX = /\b(this|last|past|next)\b/i;
const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The word that says which weekday is meant (`past` is `last`), if any. */
function weekdayWord(phrase: string): WeekdayWord | undefined {
  const norm = (w: string) => (w.toLowerCase() === 'past' ? 'last' : (w.toLowerCase() as 'this' | 'last' | 'next'));
  const post = POSTFIX.exec(phrase);
  if (post?.[1]) return `${norm(post[1])} week`;
  const pre = PREFIX.exec(phrase);
  return pre?.[1] ? norm(pre[1]) : undefined;
}

/** The phrase with `word` before its weekday, for a hint: "friday 3pm" → "last friday 3pm". */
const withWord = (phrase: string, word: string) =>
  phrase
    .replace(/^on\s+/i, '')
    .replace(/\b(?:this|last|past|next)\s+/i, '')
    .replace(WEEKDAY, (w) => `${word} ${w}`);

/** The day(s) a weekday phrase can name; refused where it does not say which and the command allows either way. */
function weekdayDays(input: string, phrase: string, weekday: number, today: Day, direction: WhenDirection): Day[] {
  if (/\bweek(?:end|day)s?\b/i.test(phrase)) throw unreadable(input, '"weekend" and "weekday" do not name one day', 'Name the day, like "next saturday 10:00"');
  const name = NAMES[weekday] ?? '';
  const offer = (word: WeekdayWord) => {
    const offset = weekdayOffset(word, weekday, today);
    return offset === undefined ? undefined : `"${withWord(phrase, word)}" (${dayLabel(addDays(today, offset))})`;
  };
  const word = weekdayWord(phrase);
  if (word) {
    const offset = weekdayOffset(word, weekday, today);
    if (offset === undefined) throw unreadable(input, `${name} has passed this week`, `Say ${offer('last')} or ${offer('next')}`);
    return [addDays(today, offset)];
  }
  if (direction === 'any') {
    const offers = (['last', 'this', 'next'] as const).map(offer).filter(Boolean);
    throw unreadable(input, `it does not say which ${name}`, `Say ${offers.slice(0, -1).join(', ')} or ${offers.at(-1)}`);
  }
  // Only one way to look: the nearest such day that way, and the one a week further (the time may not fit the nearest).
  const back = (weekdayOf(today) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return direction === 'past' ? [addDays(today, -back), addDays(today, -back - 7)] : [addDays(today, ahead), addDays(today, ahead + 7)];
}

/** The instant the parsed phrase names, its day settled by infoview's rules rather than chrono's. */
function settle(input: string, phrase: string, start: ParsedComponents, clock: Clock, now: Date, direction: WhenDirection): Date {
  // "in 2 hours", "5 minutes ago": an exact offset from now.
  if (start.isCertain('timezoneOffset')) return start.date();
  const today = dayOf(now);
  const weekday = start.isCertain('weekday') ? (start.get('weekday') ?? undefined) : undefined;
  const chronoDay = { y: start.get('year') ?? today.y, m: start.get('month') ?? today.m, d: start.get('day') ?? today.d };
  let days: Day[];
  if (start.isCertain('day') && start.isCertain('month')) {
    // A date without a year: the latest or the first such day where the command looks one way; else chrono's, the nearest.
    days = start.isCertain('year') || direction === 'any' ? [chronoDay] : [-1, 0, 1].map((k) => ({ ...chronoDay, y: today.y + k })).filter((d) => isCalendarDate(d.y, d.m, d.d));
  } else if (weekday !== undefined) {
    days = weekdayDays(input, phrase, weekday, today, direction);
  } else if (start.isCertain('day') || start.isCertain('month')) {
    days = [chronoDay];
  } else if (TODAY.test(phrase)) {
    days = [today];
  } else if (direction === 'any') {
    const at = localMoment(input, today, clock);
    if (at.getTime() < now.getTime()) {
      throw unreadable(input, `it could be earlier today (${dayLabel(today)}) or tomorrow`, `Say "today ${phrase}" or "tomorrow ${phrase}"`);
    }
    return at;
  } else {
    days = [addDays(today, -1), today, addDays(today, 1)];
  }
  if (!days.length) throw unreadable(input, 'that date does not exist in any year near now');
  const at = days.length === 1 && days[0] ? localMoment(input, days[0], clock) : nearest(input, direction === 'future' ? 'future' : 'past', days, clock, now);
  if (weekday !== undefined && at.getDay() !== weekday) throw unreadable(input, `${dayLabel(dayOf(at))} is not a ${NAMES[weekday]}`, 'Give the weekday or the date, not both');
  return at;
}

type Chrono = typeof import('chrono-node');

/** A WHEN phrase read against `now` (not ISO 8601: when.ts reads that). */
export async function parsePhrase(input: string, phrase: string, now: Date, options: WhenOptions): Promise<Date> {
  const text = writeOutSlashDate(input, phrase, options.dateOrder ?? 'none', now);
  const chrono: Chrono = await import('chrono-node');
  const results = chrono.parse(text, { instant: now });
  const [first] = results;
  if (!first) throw unreadable(input, 'no date or time found in it');
  if (results.length > 1 || first.index !== 0 || first.text.length !== text.length) {
    throw unreadable(input, `only "${first.text}" of it makes sense as a time`, 'Leave out the other words, or use ISO 8601 like 2026-11-25T15:00');
  }
  if (first.end) throw unreadable(input, 'it is a range, and one time is needed', 'Give the start time; for a meeting, the length goes in --minutes');
  const start = first.start;
  const dayStart = !start.isCertain('hour') && options.dateAlone === 'start-of-day';
  if (!start.isCertain('hour') && !dayStart) throw unreadable(input, 'it has no time of day', `Add one, like "${phrase} 15:00" or "${phrase} 3pm"`);
  if (!dayStart && !start.isCertain('meridiem') && !CLOCK_DIGITS.test(text) && !NAMED_HOUR.test(text) && !RELATIVE.test(text)) {
    const hour = start.get('hour') ?? 0;
    throw unreadable(input, `"${hour}" could be morning or afternoon`, `Say ${hour}am or ${hour}pm, or use the 24-hour clock (${String(hour).padStart(2, '0')}:00 or ${String((hour + 12) % 24).padStart(2, '0')}:00)`);
  }
  const clock: Clock = dayStart ? { h: 0, mi: 0, s: 0 } : { h: start.get('hour') ?? 0, mi: start.get('minute') ?? 0, s: start.get('second') ?? 0 };
  if (!isCalendarDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0)) throw unreadable(input, 'that date or time does not exist');
  return settle(input, phrase, start, clock, now, options.direction ?? 'any');
}
