/**
 * WHEN: the time flags of the timeline commands (`--at`). ISO 8601 first (no parser needed), then
 * plain phrases (when-phrase.ts, through chrono-node, imported only when a phrase has to be read).
 * Anything unreadable, partly read or ambiguous is a DomainError quoting the input: infoview never
 * guesses a time. The clock (`now`) is a parameter; the local time zone is the process's (TZ).
 */
import { DomainError } from './domain-error.js';
import { isCalendarDate, localIso } from './iso.js';
import { EXAMPLES, localMoment, unreadable } from './when-days.js';
import { parsePhrase, type WhenOptions } from './when-phrase.js';

export type { WhenDirection } from './when-days.js';
export type { WhenOptions } from './when-phrase.js';
export { hasSlashDate } from './when-slash.js';

const MAX_LENGTH = 80;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A local time as stored: ISO 8601 with the local offset, seconds precision. */
export function toLocalIso(at: Date): string {
  return localIso(at);
}

function parseIso(input: string, m: RegExpMatchArray, options: WhenOptions): string {
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (m[4] === undefined && options.dateAlone !== 'start-of-day') {
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
  return toLocalIso(localMoment(input, { y, m: mo, d }, { h, mi, s }));
}

/**
 * Read a WHEN value relative to `now`: ISO 8601 (local zone when no offset is given) or a phrase
 * with a time of day. Returns ISO 8601 with the local offset, e.g. `2026-11-25T15:00:00-08:00`.
 * Throws DomainError (quoting the input) for anything unreadable or ambiguous; nothing else.
 * `options` is optional: without it a WHEN is read as `add meeting` reads it.
 */
export async function parseWhen(input: string, now: Date, options: WhenOptions = {}): Promise<string> {
  const phrase = input.trim().replace(/\s+/g, ' ');
  if (!phrase) throw new DomainError('the time is empty', EXAMPLES);
  if (phrase.length > MAX_LENGTH) throw unreadable(`${phrase.slice(0, 30)}…`, `it is longer than ${MAX_LENGTH} characters`);
  if (/^now$/i.test(phrase)) return toLocalIso(now);
  const iso = phrase.match(ISO);
  if (iso) return parseIso(input, iso, options);
  if (/^\d{4}-\d/.test(phrase)) throw unreadable(input, 'it is not a valid ISO 8601 date-time');
  return toLocalIso(await parsePhrase(input, phrase, now, options));
}
