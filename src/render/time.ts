/** Times as people read them: local clock time and "in 3 h" / "overdue by 2 days". */
import { format } from 'date-fns/format';

/** `Wed 25 Nov 15:00`, in the local time zone (TZ is respected). */
export function localTime(at: Date | string, now?: Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const sameYear = !now || d.getFullYear() === now.getFullYear();
  return format(d, sameYear ? 'EEE d MMM HH:mm' : 'EEE d MMM yyyy HH:mm');
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
