/**
 * A contact's facts: the few fields the status, the due rules and `list` read, with the timeline
 * reduced to times. Small enough that the derived index keeps them for every contact, so `list`
 * and `followup` on 10,000 people never parse anyone's full file (notes, questions, takeaways).
 */
import type { Contact } from './schema.js';

/** A meeting as the rules see it: when, how long, thanked or not, debriefed or not. */
export interface MeetingFacts {
  at: string;
  minutes?: number;
  thankYouSentAt?: string;
  /** Notes or takeaways are written down. */
  debriefed: boolean;
}

export interface OutreachFacts {
  at: string;
  repliedAt?: string;
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
}

const byTime = <T extends { at: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/** The facts of a validated contact. */
export function factsOf(contact: Contact): ContactFacts {
  const facts: ContactFacts = {
    name: contact.name,
    meetings: byTime(contact.meetings ?? []).map((m) => ({
      at: m.at,
      ...(m.minutes !== undefined ? { minutes: m.minutes } : {}),
      ...(m.thankYouSentAt ? { thankYouSentAt: m.thankYouSentAt } : {}),
      debriefed: Boolean(m.notes?.trim() || m.takeaways?.length),
    })),
    outreach: byTime(contact.outreach ?? []).map((o) => ({ at: o.at, ...(o.repliedAt ? { repliedAt: o.repliedAt } : {}) })),
  };
  if (contact.company !== undefined) facts.company = contact.company;
  if (contact.role !== undefined) facts.role = contact.role;
  if (contact.field !== undefined) facts.field = contact.field;
  if (contact.tags !== undefined) facts.tags = contact.tags;
  if (contact.keepInTouchDays !== undefined) facts.keepInTouchDays = contact.keepInTouchDays;
  return facts;
}
