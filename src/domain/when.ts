/**
 * WHEN: the `--at` value of the timeline commands. ISO 8601 first (no parser needed), then plain
 * phrases through chrono-node, imported only when a phrase has to be read. Anything unreadable,
 * partly read or ambiguous is a DomainError quoting the input: infoview never guesses a time.
 * The clock (`now`) is a parameter; the local time zone is the process's (TZ is respected).
 */
import { isCalendarDate, localIso } from './iso.js';
import { DomainError } from './domain-error.js';

const MAX_LENGTH = 80;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
/** Words that already say which way to look, so a bare weekday or hour is not ambiguous. */
const DIRECTION = /\b(last|next|this|today|tonight|tomorrow|yesterday|ago|in|now|past|coming)\b/i;
const CLOCK_DIGITS = /\d{1,2}[:.h]\d{2}/i;
const NAMED_HOUR = /\b(noon|midday|midnight)\b/i;
/** Offsets from now ("in 2 hours", "5 minutes ago") carry no am/pm question. */
const RELATIVE = /\b(ago|in|now)\b/i;

const EXAMPLES = 'Use ISO 8601 (2026-11-25T15:00, 2026-11-25 15:00-08:00) or a phrase with a time (tomorrow 3pm, next tuesday 10:00, yesterday 16:30)';

/** A local time as stored: ISO 8601 with the local offset, seconds precision. */
export function toLocalIso(at: Date): string {
  return localIso(at);
}

function unreadable(input: string, why: string, hint = EXAMPLES): DomainError {
  return new DomainError(`cannot read the time "${input}": ${why}`, hint);
}

/** The instant(s) whose local wall-clock reading is exactly these fields (0, 1 or 2 at a DST change). */
function localInstants(y: number, mo: number, d: number, h: number, mi: number, s: number): Date[] {
  const guess = new Date(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(guess.getTime())) return [];
  const found: Date[] = [];
  // Look a few hours either side: a DST change moves the wall clock by at most 2 hours.
  for (let k = -12; k <= 12; k++) {
    const t = new Date(guess.getTime() + k * 15 * 60_000);
    const same = t.getFullYear() === y && t.getMonth() === mo - 1 && t.getDate() === d && t.getHours() === h && t.getMinutes() === mi && t.getSeconds() === s;
    if (same && !found.some((f) => f.getTime() === t.getTime())) found.push(t);
  }
  return found;
}

function parseIso(input: string, m: RegExpMatchArray): string {
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (m[4] === undefined) {
    throw unreadable(input, 'it has no time of day', `Add one, like "${input} 15:00"`);
  }
  if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || s > 59) throw unreadable(input, 'that date or time does not exist');
  const offset = m[7];
  if (offset) {
    const norm = offset.toUpperCase() === 'Z' ? 'Z' : offset.length === 3 ? `${offset}:00` : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
    const oh = Number(norm.slice(1, 3));
    const om = Number(norm.slice(4, 6));
    if (norm !== 'Z' && (oh > 14 || om > 59)) throw unreadable(input, `"${offset}" is not a time-zone offset`);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const at = new Date(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${norm}`);
    if (Number.isNaN(at.getTime())) throw unreadable(input, 'that date or time does not exist');
    return toLocalIso(at);
  }
  const instants = localInstants(y, mo, d, h, mi, s);
  if (instants.length === 0) {
    throw unreadable(input, 'that local time does not exist (the clocks skip it for daylight saving)', 'Give a time outside the skipped hour, or add an offset like -08:00');
  }
  if (instants.length > 1) {
    const options = instants.map((t) => `"${toLocalIso(t)}"`).join(' or ');
    throw unreadable(input, 'that local time happens twice (the clocks go back for daylight saving)', `Add the offset: ${options}`);
  }
  return toLocalIso(instants[0] as Date);
}

type Chrono = typeof import('chrono-node');

async function parsePhrase(input: string, phrase: string, now: Date): Promise<string> {
  const chrono: Chrono = await import('chrono-node');
  const results = chrono.parse(phrase, { instant: now });
  const [first] = results;
  if (!first) throw unreadable(input, 'no date or time found in it');
  if (results.length > 1 || first.index !== 0 || first.text.length !== phrase.length) {
    throw unreadable(input, `only "${first.text}" of it makes sense as a time`, 'Leave out the other words, or use ISO 8601 like 2026-11-25T15:00');
  }
  if (first.end) throw unreadable(input, 'it is a range, and one time is needed', 'Give the start time; for a meeting, the length goes in --minutes');
  const start = first.start;
  if (!start.isCertain('hour')) throw unreadable(input, 'it has no time of day', `Add one, like "${phrase} 15:00" or "${phrase} 3pm"`);
  const text = first.text;
  if (!start.isCertain('meridiem') && !CLOCK_DIGITS.test(text) && !NAMED_HOUR.test(text) && !RELATIVE.test(text)) {
    const hour = start.get('hour') ?? 0;
    throw unreadable(input, `"${hour}" could be morning or afternoon`, `Say ${hour}am or ${hour}pm, or use the 24-hour clock (${String(hour).padStart(2, '0')}:00 or ${String((hour + 12) % 24).padStart(2, '0')}:00)`);
  }
  const at = start.date();
  if (Number.isNaN(at.getTime())) throw unreadable(input, 'that date or time does not exist');
  // A weekday or a bare time can mean the past one or the coming one; unless the phrase says
  // which (last/next/this/today…), both readings are checked and a difference is an error.
  if (!start.isCertain('day') && !DIRECTION.test(text)) {
    const forward = chrono.parse(phrase, { instant: now }, { forwardDate: true })[0]?.start.date();
    if (forward && forward.getTime() !== at.getTime()) {
      const [past, future] = at < forward ? [at, forward] : [forward, at];
      throw unreadable(
        input,
        `it could be ${toLocalIso(past)} or ${toLocalIso(future)}`,
        /\d/.test(text.split(/\s+/)[0] ?? '') ? `Say "today ${phrase}" or "tomorrow ${phrase}"` : `Say "last ${phrase}" or "this ${phrase}"`,
      );
    }
  }
  return toLocalIso(at);
}

/**
 * Read a WHEN value relative to `now`: ISO 8601 (local zone when no offset is given) or a phrase
 * with a time of day. Returns ISO 8601 with the local offset, e.g. `2026-11-25T15:00:00-08:00`.
 * Throws DomainError (quoting the input) for anything unreadable or ambiguous; nothing else.
 */
export async function parseWhen(input: string, now: Date): Promise<string> {
  const phrase = input.trim().replace(/\s+/g, ' ');
  if (!phrase) throw new DomainError('the time is empty', EXAMPLES);
  if (phrase.length > MAX_LENGTH) throw unreadable(`${phrase.slice(0, 30)}…`, `it is longer than ${MAX_LENGTH} characters`);
  if (/^now$/i.test(phrase)) return toLocalIso(now);
  const iso = phrase.match(ISO);
  if (iso) return parseIso(input, iso);
  if (/^\d{4}-\d/.test(phrase)) throw unreadable(input, 'it is not a valid ISO 8601 date-time');
  return parsePhrase(input, phrase, now);
}
