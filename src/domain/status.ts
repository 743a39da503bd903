/**
 * Status, derived from the timeline and never stored:
 * new → contacted → replied → scheduled → met → thanked; `archived` while `archivedAt` is set.
 */
import type { Status } from './enums.js';
import { endMs, type ContactFacts } from './facts.js';
import type { Contact, Meeting } from './schema.js';

type Timed = Pick<Meeting, 'at' | 'minutes'>;

/** When a meeting as written in a file ends, in epoch ms (facts.ts `endMs`, with `at` parsed). */
export function meetingEndMs(meeting: Timed, defaultMinutes: number): number {
  return endMs({ atMs: Date.parse(meeting.at), minutes: meeting.minutes }, defaultMinutes);
}

/** When a meeting ends, as a Date. */
export function meetingEnd(meeting: Timed, defaultMinutes: number): Date {
  return new Date(meetingEndMs(meeting, defaultMinutes));
}

/** Meetings sorted by start time, oldest first. */
export function meetingsByTime(contact: Contact): Meeting[] {
  return [...(contact.meetings ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * The furthest stage the timeline shows. A meeting that has ended makes the contact `met`, or
 * `thanked` once the latest ended meeting has its thank-you; a meeting not yet ended is `scheduled`.
 */
export function deriveStatus(facts: ContactFacts, now: Date, defaultMinutes: number): Status {
  if (facts.archivedMs !== undefined) return 'archived';
  const { meetings, outreach } = facts;
  const nowMs = now.getTime();
  // Meetings are oldest first, so the last one that has ended is the last match.
  const lastEnded = meetings.findLast((m) => endMs(m, defaultMinutes) <= nowMs);
  if (lastEnded) return lastEnded.thankedMs !== undefined ? 'thanked' : 'met';
  if (meetings.length > 0) return 'scheduled';
  if (outreach.some((o) => o.repliedMs !== undefined)) return 'replied';
  if (outreach.length > 0) return 'contacted';
  return 'new';
}

/**
 * The meeting `debrief` and `thanked` act on: the latest one that has started by `at`. A meeting
 * that started but has not ended yet still counts (people leave early; clocks drift).
 */
export function latestStarted(contact: Contact, at: Date): Meeting | undefined {
  return meetingsByTime(contact).filter((m) => Date.parse(m.at) <= at.getTime()).at(-1);
}

/** The position of `meeting` in the file's `meetings` list (for yaml Document edits). */
export function meetingIndex(contact: Contact, meeting: Meeting): number {
  return (contact.meetings ?? []).indexOf(meeting);
}
