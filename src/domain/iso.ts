/** Times as infoview writes them: ISO 8601 in local time with the offset. */

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `2026-11-25T15:30:00-08:00` (or `…Z` where the offset is zero): the same text as date-fns'
 * formatISO, written out by hand because `followup` runs it for every item of every contact and
 * formatISO was a measurable share of that on 10,000 contacts.
 */
export function localIso(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const abs = Math.abs(offset);
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${zone}`;
}

/** True when year, month (1–12) and day name a day that exists (no 30 February, no month 13). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** A real day written as YYYY-MM-DD (`connectedOn`). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return Boolean(m) && isCalendarDate(Number(m?.[1]), Number(m?.[2]), Number(m?.[3]));
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Read an ISO 8601 date-time (`2026-11-25T15:00`, seconds, fraction and `T` or a space optional)
 * whose every part is in range: a real day, hours 00–23, minutes and seconds 00–59, an offset of
 * at most ±14:00. Without an offset it is local time, unless `offset` is 'required'. Undefined
 * for anything else: `Date` alone would roll 30 February over into March.
 */
export function readIsoTime(value: string, offset: 'required' | 'optional'): Date | undefined {
  const m = ISO_TIME.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const zone = m[8];
  if (!zone) {
    if (offset === 'required') return undefined;
    const local = new Date(2000, 0, 1);
    local.setFullYear(y, mo - 1, d);
    local.setHours(h, mi, s, ms);
    return local;
  }
  let shift = 0;
  if (zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || 0);
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return undefined;
    shift = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi - shift, s, ms);
  return utc;
}
