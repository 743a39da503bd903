/**
 * What goes into the calendar: one event per meeting, one reminder per thank-you still to send
 * (at its due time), and the two 3B7 reminders of an unanswered outreach. Pure: contacts and
 * config in, plain event records out; the command turns them into iCalendar text.
 *
 * UIDs are derived from the contact's slug and the meeting or outreach time, so importing the
 * file again (or refreshing a subscription) updates an event instead of adding a copy.
 */
import type { Config } from './config.js';
import type { DueItem } from './due.js';
import { HOW_FOUND } from './enums.js';
import { dueByContact } from './followup.js';
import type { ContactFacts } from './facts.js';
import type { Contact, Meeting } from './schema.js';
import { meetingEnd, meetingsByTime } from './status.js';

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

/** `introducer` is the name of the contact `introducedBy` names by slug, else what it says. */
function profileLines(contact: Contact, introducer: string | undefined): string[] {
  return [
    whoLine(contact),
    contact.field ? `Field: ${contact.field}` : '',
    contact.source ? `How you found them: ${HOW_FOUND[contact.source]}${introducer ? `, introduced by ${introducer}` : ''}` : '',
    contact.email ? `Email: ${contact.email}` : '',
    contact.phone ? `Phone: ${contact.phone}` : '',
  ].filter(Boolean);
}

function meetingEvent(slug: string, contact: Contact, m: Meeting, meetingMinutes: number, introducer: string | undefined): CalendarEvent {
  const medium = m.medium ? ` (${m.medium})` : '';
  return {
    uid: `meeting-${slug}-${compact(m.at)}@infoview`,
    start: new Date(m.at),
    end: meetingEnd(m, meetingMinutes),
    summary: `Informational interview: ${contact.name}${medium}`,
    description: [...profileLines(contact, introducer), '', `Prepare: infoview prep ${slug}`, `Afterwards: infoview debrief ${slug}`].join('\n'),
    location: m.place,
    alarmMinutesBefore: 60,
  };
}

/** A reminder from the followup rules (src/domain/due.ts, src/domain/followup.ts), or undefined for kinds the calendar leaves out. */
function reminderEvent(slug: string, contact: Contact, item: DueItem): CalendarEvent | undefined {
  const start = new Date(item.dueMs);
  const end = new Date(start.getTime() + REMINDER_MINUTES * MINUTE);
  if (item.kind === 'thank-you' && item.meetingAt) {
    return {
      uid: `thank-you-${slug}-${compact(item.meetingAt)}@infoview`,
      start,
      end,
      summary: `Thank-you to ${contact.name} due`,
      description: [
        `Send ${contact.name} a thank-you that names something specific you learned.`,
        `Draft it: ${item.command}`,
        `Then record it: infoview thanked ${slug}`,
      ].join('\n'),
      // Fires ahead of the deadline, while there is still time to write.
      alarmMinutesBefore: 120,
    };
  }
  if (item.kind === 'try-another' && item.outreachAt) {
    return {
      uid: `try-another-${slug}-${compact(item.outreachAt)}@infoview`,
      start,
      end,
      summary: `No reply from ${contact.name} yet: reach out to someone else too`,
      description: `3 business days since you wrote to ${whoLine(contact)}. No answer is normal; write to another person as well (3B7).\nWhen they answer: infoview replied ${slug}`,
      alarmMinutesBefore: 0,
    };
  }
  if (item.kind === 'nudge' && item.outreachAt) {
    return {
      uid: `nudge-${slug}-${compact(item.outreachAt)}@infoview`,
      start,
      end,
      summary: `Nudge ${contact.name}: one friendly follow-up`,
      description: `7 business days since you wrote to ${whoLine(contact)}. Follow up once (3B7).\nDraft it: ${item.command}`,
      alarmMinutesBefore: 0,
    };
  }
  return undefined;
}

/**
 * Every calendar event of these contacts (or only the one with slug `only`), archived ones left out, sorted by start time then UID (stable output). The
 * reminders are the followup items (same rules, same due times), so the calendar and
 * `infoview followup` never disagree.
 */
export function calendarEvents(
  contacts: readonly { slug: string; facts: ContactFacts; contact: Contact }[],
  now: Date,
  config: Pick<Config, 'defaults'>,
  only?: string,
): CalendarEvent[] {
  // Every contact is needed even for one person's calendar: outreach to others settles try-another.
  const due = dueByContact(contacts, now, config);
  const names = new Map(contacts.map((c) => [c.slug, c.contact.name]));
  const introducer = (c: Contact) => c.introducedBy?.trim() && (names.get(c.introducedBy.trim()) ?? c.introducedBy.trim());
  return contacts
    .filter(({ slug, facts }) => (only === undefined || slug === only) && facts.archivedMs === undefined)
    .flatMap(({ slug, contact }) => [
      ...meetingsByTime(contact).map((m) => meetingEvent(slug, contact, m, config.defaults.meetingMinutes, introducer(contact))),
      ...(due.get(slug) ?? []).map((item) => reminderEvent(slug, contact, item)).filter((e): e is CalendarEvent => e !== undefined),
    ])
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
