/**
 * What goes into the calendar: one event per meeting, one reminder per thank-you still to send
 * (at its due time), and the two 3B7 reminders of an unanswered outreach. Pure: contacts and
 * config in, plain event records out; the command turns them into iCalendar text.
 *
 * UIDs are derived from the contact's slug and the meeting or outreach time, so importing the
 * file again (or refreshing a subscription) updates an event instead of adding a copy.
 */
import { remindersOf, type Defaults, type Reminder } from './reminders.js';
import type { Contact } from './schema.js';
import { meetingEnd } from './status.js';

const MINUTE = 60_000;
/** How long a reminder sits in the calendar: short, it is a to-do, not a meeting. */
const REMINDER_MINUTES = 15;

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string | undefined;
  /** Minutes before the start when an alarm goes off; undefined for no alarm. */
  alarmMinutesBefore?: number | undefined;
}

/** `2026-11-25T23:00:00.000Z` → `20261125T230000Z`: stable whatever offset the file was written with. */
const compact = (at: string | Date) => new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** "Maya Chen, Senior UX Researcher at Northwind Health" */
function whoLine(contact: Contact): string {
  const job = [contact.role, contact.company].filter(Boolean).join(' at ');
  return job ? `${contact.name}, ${job}` : contact.name;
}

function profileLines(contact: Contact): string[] {
  return [
    whoLine(contact),
    contact.field ? `Field: ${contact.field}` : '',
    contact.source ? `How you found them: ${contact.source}${contact.introducedBy ? `, introduced by ${contact.introducedBy}` : ''}` : '',
    contact.email ? `Email: ${contact.email}` : '',
    contact.phone ? `Phone: ${contact.phone}` : '',
  ].filter(Boolean);
}

function eventFor(slug: string, contact: Contact, r: Reminder, defaults: Defaults): CalendarEvent {
  const short = (uidKind: string, at: string) => `${uidKind}-${slug}-${compact(at)}@infoview`;
  const reminderEnd = new Date(r.at.getTime() + REMINDER_MINUTES * MINUTE);
  switch (r.kind) {
    case 'meeting': {
      const m = r.meeting as NonNullable<Reminder['meeting']>;
      const medium = m.medium ? ` (${m.medium})` : '';
      return {
        uid: short('meeting', m.at),
        start: r.at,
        end: meetingEnd(m, defaults.meetingMinutes),
        summary: `Informational interview: ${contact.name}${medium}`,
        description: [...profileLines(contact), '', `Prepare: infoview prep ${slug}`, `Afterwards: infoview debrief ${slug}`].join('\n'),
        location: m.place,
        alarmMinutesBefore: 60,
      };
    }
    case 'thank-you': {
      const m = r.meeting as NonNullable<Reminder['meeting']>;
      return {
        uid: short('thank-you', m.at),
        start: r.at,
        end: reminderEnd,
        summary: `Thank-you to ${contact.name} due`,
        description: [
          `Send ${contact.name} a thank-you that names something specific you learned.`,
          `Draft it: infoview draft ${slug} --kind thankyou`,
          `Then record it: infoview thanked ${slug}`,
        ].join('\n'),
        // Fires ahead of the deadline, while there is still time to write.
        alarmMinutesBefore: 120,
      };
    }
    case 'try-another': {
      const o = r.outreach as NonNullable<Reminder['outreach']>;
      return {
        uid: short('try-another', o.at),
        start: r.at,
        end: reminderEnd,
        summary: `No reply from ${contact.name} yet: reach out to someone else too`,
        description: `3 business days since you wrote to ${whoLine(contact)}. No answer is normal; write to another person as well (3B7).\nWhen they answer: infoview replied ${slug}`,
        alarmMinutesBefore: 0,
      };
    }
    case 'nudge': {
      const o = r.outreach as NonNullable<Reminder['outreach']>;
      return {
        uid: short('nudge', o.at),
        start: r.at,
        end: reminderEnd,
        summary: `Nudge ${contact.name}: one friendly follow-up`,
        description: `7 business days since you wrote to ${whoLine(contact)}. Follow up once (3B7).\nDraft it: infoview draft ${slug} --kind nudge`,
        alarmMinutesBefore: 0,
      };
    }
  }
}

/** Every calendar event of these contacts, sorted by start time then UID (stable output). */
export function calendarEvents(contacts: readonly { slug: string; contact: Contact }[], defaults: Defaults): CalendarEvent[] {
  return contacts
    .flatMap(({ slug, contact }) => remindersOf(contact, defaults).map((r) => eventFor(slug, contact, r, defaults)))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}
