/**
 * A contact's facts: the few fields the status, the due rules and `list` read, with the timeline
 * reduced to times. Small enough that the derived index keeps them for every contact, so `list`
 * and `followup` on 10,000 people never parse anyone's full file (notes, questions, takeaways).
 */
import type { Contact } from './schema.js';

/**
 * A meeting as the rules see it: when (as written, and in epoch ms), how long, when thanked,
 * debriefed or not. The times are kept as numbers so the rules never parse a date on a warm run.
 */
export interface MeetingFacts {
  at: string;
  atMs: number;
  minutes?: number;
  /** When the thank-you was sent (epoch ms); absent until then. */
  thankedMs?: number;
  /** Notes or takeaways are written down. */
  debriefed: boolean;
}

export interface OutreachFacts {
  at: string;
  atMs: number;
  /** When they replied (epoch ms); absent until then. */
  repliedMs?: number;
}

export interface ContactFacts {
  name: string;
  company?: string;
  role?: string;
  field?: string;
  tags?: string[];
  keepInTouchDays?: number;
  /** Oldest first (a stable sort: meetings at the same time keep the file's order). */
  meetings: MeetingFacts[];
  /** Oldest first, as meetings. */
  outreach: OutreachFacts[];
  /** When the contact was archived (epoch ms); absent while you pursue them. */
  archivedMs?: number;
  /** Until when their followup items are hidden (epoch ms). */
  snoozedUntilMs?: number;
}

const byTime = <T extends { atMs: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.atMs - b.atMs);

const MINUTE = 60_000;

/** When a meeting ends (epoch ms): its start plus its minutes, or the config default. */
export const endMs = (m: Pick<MeetingFacts, 'atMs' | 'minutes'>, defaultMinutes: number): number => m.atMs + (m.minutes ?? defaultMinutes) * MINUTE;

/** The facts of a validated contact. */
export function factsOf(contact: Contact): ContactFacts {
  const facts: ContactFacts = {
    name: contact.name,
    meetings: byTime(
      (contact.meetings ?? []).map((m) => ({
        at: m.at,
        atMs: Date.parse(m.at),
        ...(m.minutes !== undefined ? { minutes: m.minutes } : {}),
        ...(m.thankYouSentAt ? { thankedMs: Date.parse(m.thankYouSentAt) } : {}),
        debriefed: Boolean(m.notes?.trim() || m.takeaways?.length),
      })),
    ),
    outreach: byTime((contact.outreach ?? []).map((o) => ({ at: o.at, atMs: Date.parse(o.at), ...(o.repliedAt ? { repliedMs: Date.parse(o.repliedAt) } : {}) }))),
  };
  if (contact.company !== undefined) facts.company = contact.company;
  if (contact.role !== undefined) facts.role = contact.role;
  if (contact.field !== undefined) facts.field = contact.field;
  if (contact.tags !== undefined) facts.tags = contact.tags;
  if (contact.keepInTouchDays !== undefined) facts.keepInTouchDays = contact.keepInTouchDays;
  if (contact.archivedAt !== undefined) facts.archivedMs = Date.parse(contact.archivedAt);
  if (contact.snoozedUntil !== undefined) facts.snoozedUntilMs = Date.parse(contact.snoozedUntil);
  return facts;
}

/** The latest outreach's time, -Infinity without one. */
export function latestOutreachMs(facts: Pick<ContactFacts, 'outreach'>): number {
  let latest = -Infinity;
  for (const o of facts.outreach) if (o.atMs > latest) latest = o.atMs;
  return latest;
}
