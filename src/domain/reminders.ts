/**
 * When things fall due, for the calendar and the export: the thank-you window after a meeting and
 * the 3B7 routine after an unanswered outreach (3 business days: try someone else too; 7: nudge).
 * Pure: the clock and the config values come in as arguments.
 *
 * Kept small on purpose: the `followup` list (issue 3) owns the full due-item logic; this module
 * covers only the times the calendar and export need.
 */
import { addBusinessDays } from 'date-fns/addBusinessDays';
import type { Contact, Meeting, Outreach } from './schema.js';
import { meetingEnd, meetingsByTime } from './status.js';

const HOUR = 3_600_000;

export interface Defaults {
  meetingMinutes: number;
  thankYouHours: number;
}

export type ReminderKind = 'meeting' | 'thank-you' | 'try-another' | 'nudge';

/** Something with a time: a meeting to attend or a thing to do. */
export interface Reminder {
  kind: ReminderKind;
  at: Date;
  meeting?: Meeting;
  outreach?: Outreach;
}

/** `at` + `minutes` + `thankYouHours`. */
export function thankYouDue(meeting: Meeting, defaults: Defaults): Date {
  return new Date(meetingEnd(meeting, defaults.meetingMinutes).getTime() + defaults.thankYouHours * HOUR);
}

/** The latest outreach, when it is still unanswered and no meeting followed it. */
export function openOutreach(contact: Contact): Outreach | undefined {
  const latest = [...(contact.outreach ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  if (!latest || latest.repliedAt) return undefined;
  const meetingAfter = (contact.meetings ?? []).some((m) => Date.parse(m.at) >= Date.parse(latest.at));
  return meetingAfter ? undefined : latest;
}

/**
 * Every timed item of one contact: each meeting, the thank-you of each meeting without one, and
 * the two 3B7 steps of an open outreach. Sorted by time.
 */
export function remindersOf(contact: Contact, defaults: Defaults): Reminder[] {
  const items: Reminder[] = [];
  for (const meeting of meetingsByTime(contact)) {
    items.push({ kind: 'meeting', at: new Date(meeting.at), meeting });
    if (!meeting.thankYouSentAt) items.push({ kind: 'thank-you', at: thankYouDue(meeting, defaults), meeting });
  }
  const outreach = openOutreach(contact);
  if (outreach) {
    const sent = new Date(outreach.at);
    items.push({ kind: 'try-another', at: addBusinessDays(sent, 3), outreach });
    items.push({ kind: 'nudge', at: addBusinessDays(sent, 7), outreach });
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The one item to act on next: the earliest thing to do that is not done (overdue ones first, as
 * they are earliest), or the next meeting still to come.
 */
export function nextDue(contact: Contact, defaults: Defaults, now: Date): Reminder | undefined {
  return remindersOf(contact, defaults).find((r) => r.kind !== 'meeting' || r.at.getTime() > now.getTime());
}

/** The last time anything happened with a contact, up to `now`: outreach, reply, meeting, thank-you. */
export function lastTouch(contact: Contact, now: Date): Date | undefined {
  const times = [
    ...(contact.outreach ?? []).flatMap((o) => [o.at, o.repliedAt]),
    ...(contact.meetings ?? []).flatMap((m) => [m.at, m.thankYouSentAt]),
  ]
    .filter((t): t is string => Boolean(t))
    .map((t) => Date.parse(t))
    .filter((t) => t <= now.getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}
