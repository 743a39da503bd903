/** What the Markdown and the HTML report share: days as text, the period, initials for sharing. */
import type { Config } from '../domain/config.js';
import { localIso } from '../domain/iso.js';
import type { Report } from '../domain/report.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23`, the local day. */
export const dayText = (ms: number): string => localIso(new Date(ms)).slice(0, 10);

/** `16 Nov`, for chart labels. */
export function shortDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

/** `all time (from 2026-10-05) to 2026-11-23`, or `since 2026-11-01 to 2026-11-23`. */
export function periodText(r: Report): string {
  const to = `to ${dayText(r.nowMs)}`;
  if (r.sinceMs !== undefined) return `since ${dayText(r.sinceMs)} ${to}`;
  return r.fromMs === undefined ? `all time, ${to}` : `all time (from ${dayText(r.fromMs)}) ${to}`;
}

/** Who the report is about, from config.yaml `me`: `Alex Doe · UX research · Lakeside University`. */
export function whoText(me: Config['me']): string {
  return [me.name, me.field, me.school].filter((part) => part?.trim()).join(' · ');
}

/** `Maya Chen` → `M. C.`: for a report shared with someone who should not see names. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0])
    .filter((ch): ch is string => ch !== undefined);
  return letters.length ? letters.map((ch) => `${ch.toUpperCase()}.`).join(' ') : '?';
}

/** The report with every contact's name (meetings, referrals) replaced by its initials. */
export function anonymized(r: Report): Report {
  return {
    ...r,
    held: r.held.map((m) => ({ ...m, name: initials(m.name) })),
    referrals: r.referrals.map((x) => ({ ...x, name: initials(x.name), from: initials(x.from) })),
  };
}

export const TITLE = 'Informational interviews: progress report';
