/**
 * Timeline entries recorded twice by mistake (the same command run again): the same outreach
 * twice would count as the nudge, the same meeting twice as a clash. "The same time" is the same
 * minute, as times are shown and typed.
 */
import type { Contact, Meeting } from './schema.js';

type Outreach = NonNullable<Contact['outreach']>[number];

const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/** An outreach at the same minute by the same channel (one without a channel matches any). */
export function sameOutreach(list: readonly Outreach[] | undefined, at: string, channel: string): Outreach | undefined {
  return list?.find((o) => minuteOf(o.at) === minuteOf(at) && (o.channel === undefined || o.channel === channel));
}

/** A meeting with this contact starting at the same minute. */
export function sameMeeting(list: readonly Meeting[] | undefined, at: string): Meeting | undefined {
  return list?.find((m) => minuteOf(m.at) === minuteOf(at));
}
