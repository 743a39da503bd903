/**
 * What is due with whom: the rules behind `followup`, `show`'s Next section, `list`'s NEXT STEP,
 * and the reminders that `calendar` and `export` reuse. Pure: the clock and config come in.
 *
 * Each item has a `due` time (the deadline; `overdue` once now is past it) and a `from` time
 * (when `followup` starts listing it): thank-yous and debriefs from the meeting's end, the other
 * reminders a day (LOOK_AHEAD_HOURS) before they fall due, so a morning check shows what comes up
 * that day. Day counts are calendar days in the local zone, so a daylight-saving change never moves
 * a due time off its wall-clock hour.
 */
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import { localIso } from './iso.js';
import type { Config } from './config.js';
import type { Contact, Meeting, Outreach } from './schema.js';
import { meetingEnd, meetingsByTime } from './status.js';

export const DUE_KINDS = ['thank-you', 'debrief', 'try-another', 'nudge', 'keep-in-touch'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** Business days of silence before reaching out to someone else too, and before one nudge (Dalton's 3B7). */
export const TRY_ANOTHER_BUSINESS_DAYS = 3;
export const NUDGE_BUSINESS_DAYS = 7;
/** How far ahead `followup` looks for reminders that have a fixed date. */
export const LOOK_AHEAD_HOURS = 24;

/** Dalton's 3B7 for an outreach sent at `sent`: try someone else after 3 business days, nudge after 7. */
export function threeBSevenDates(sent: Date): { tryAnother: Date; nudge: Date } {
  return { tryAnother: addBusinessDays(sent, TRY_ANOTHER_BUSINESS_DAYS), nudge: addBusinessDays(sent, NUDGE_BUSINESS_DAYS) };
}

const HOUR = 3_600_000;

/** One thing to do with one contact. The JSON of `followup` is this object without `from`/`listed`. */
export interface DueItem {
  contact: string;
  name: string;
  kind: DueKind;
  /** ISO 8601: the deadline. */
  due: string;
  overdue: boolean;
  /** ISO 8601: from when `followup` lists it. */
  from: string;
  /** True when `followup` lists it now (from ≤ now). */
  listed: boolean;
  /** What to do, in a few words. */
  what: string;
  /** The command that does it. */
  command: string;
  /** The meeting or outreach the item is about (ISO 8601 `at`). */
  meetingAt?: string;
  outreachAt?: string;
}

/** Extra knowledge from the other contacts: when you last reached out to anyone else. */
export interface Elsewhere {
  /** `at` of every outreach to other contacts. */
  outreachAt: readonly string[];
}

type Defaults = Config['defaults'];

/** Add a span of hours: whole days as calendar days (wall clock kept across DST), the rest as elapsed time. */
function addHoursLocal(at: Date, hours: number): Date {
  const days = Math.floor(hours / 24);
  return new Date(addDays(at, days).getTime() + (hours - days * 24) * HOUR);
}

/** When the thank-you for a meeting is due: its end (`at` + minutes) plus `thankYouHours`. */
export function thankYouDue(meeting: Meeting, defaults: Pick<Defaults, 'meetingMinutes' | 'thankYouHours'>): Date {
  return addHoursLocal(meetingEnd(meeting, defaults.meetingMinutes), defaults.thankYouHours);
}

const iso = localIso;

function item(base: Pick<DueItem, 'contact' | 'name'>, now: Date, kind: DueKind, due: Date, from: Date, what: string, command: string, about: Partial<DueItem>): DueItem {
  return { ...base, kind, due: iso(due), overdue: now.getTime() > due.getTime(), from: iso(from), listed: now.getTime() >= from.getTime(), what, command, ...about };
}

function meetingItems(contact: Contact, slug: string, now: Date, d: Defaults, base: Pick<DueItem, 'contact' | 'name'>): DueItem[] {
  const meetings = meetingsByTime(contact);
  const started = meetings.filter((m) => Date.parse(m.at) <= now.getTime());
  // Only the latest meeting that has started can be debriefed or thanked (an older one is
  // superseded by it); planned meetings give upcoming items for calendars.
  const inFocus = [...started.slice(-1), ...meetings.filter((m) => Date.parse(m.at) > now.getTime())];
  const out: DueItem[] = [];
  for (const m of inFocus) {
    const end = meetingEnd(m, d.meetingMinutes);
    const due = thankYouDue(m, d);
    if (!m.thankYouSentAt) {
      out.push(item(base, now, 'thank-you', due, end, 'send a thank-you that names a takeaway', `infoview draft ${slug} --kind thankyou`, { meetingAt: m.at }));
    }
    // The thank-you quotes a takeaway, so the debrief is due by the thank-you's deadline.
    if (!m.notes?.trim() && !m.takeaways?.length) {
      out.push(item(base, now, 'debrief', due, end, 'write down notes, takeaways and referrals', `infoview debrief ${slug}`, { meetingAt: m.at }));
    }
  }
  return out;
}

/**
 * The unanswered outreach whose clock is running: the latest one, when nothing answered it (no
 * reply and no meeting since) and it is the only one since the last reply: a second unanswered
 * outreach is the nudge itself, and infoview nudges once.
 */
export function waitingOutreach(contact: Contact): Outreach | undefined {
  const outreach = [...(contact.outreach ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = outreach.at(-1);
  if (!latest || latest.repliedAt) return undefined;
  const previous = outreach.at(-2);
  if (previous && !previous.repliedAt) return undefined;
  if ((contact.meetings ?? []).some((m) => Date.parse(m.at) >= Date.parse(latest.at))) return undefined;
  return latest;
}

function outreachItems(contact: Contact, slug: string, now: Date, base: Pick<DueItem, 'contact' | 'name'>, elsewhere: Elsewhere | undefined): DueItem[] {
  const waiting = waitingOutreach(contact);
  if (!waiting) return [];
  const sent = new Date(waiting.at);
  const { tryAnother, nudge } = threeBSevenDates(sent);
  const early = (d: Date) => new Date(d.getTime() - LOOK_AHEAD_HOURS * HOUR);
  const about = { outreachAt: waiting.at };
  const out: DueItem[] = [];
  // Reaching out to anyone else after this outreach, or the nudge falling due, settles it.
  const movedOn = elsewhere?.outreachAt.some((at) => Date.parse(at) > sent.getTime()) ?? false;
  if (!movedOn && now < nudge) {
    out.push(item(base, now, 'try-another', tryAnother, early(tryAnother), 'no reply in 3 business days: reach out to someone else too', 'infoview list --status new', about));
  }
  out.push(item(base, now, 'nudge', nudge, early(nudge), 'no reply in 7 business days: follow up once', `infoview draft ${slug} --kind nudge`, about));
  return out;
}

/** The last time you and this contact were in touch, up to now; undefined before a first meeting has ended. */
function lastTouch(contact: Contact, now: Date, d: Pick<Defaults, 'meetingMinutes'>): Date | undefined {
  const t = now.getTime();
  const ended = (contact.meetings ?? []).map((m) => meetingEnd(m, d.meetingMinutes).getTime()).filter((e) => e <= t);
  if (!ended.length) return undefined;
  const touches = [
    ...ended,
    ...(contact.meetings ?? []).flatMap((m) => (m.thankYouSentAt ? [Date.parse(m.thankYouSentAt)] : [])),
    ...(contact.outreach ?? []).flatMap((o) => [Date.parse(o.at), ...(o.repliedAt ? [Date.parse(o.repliedAt)] : [])]),
  ].filter((x) => x <= t);
  return new Date(Math.max(...touches));
}

function keepInTouchItem(contact: Contact, slug: string, now: Date, d: Defaults, base: Pick<DueItem, 'contact' | 'name'>): DueItem[] {
  // A meeting planned or under way: you are in touch.
  if ((contact.meetings ?? []).some((m) => meetingEnd(m, d.meetingMinutes).getTime() > now.getTime())) return [];
  const last = lastTouch(contact, now, d);
  if (!last) return [];
  const due = addDays(last, contact.keepInTouchDays ?? d.keepInTouchDays);
  const from = new Date(due.getTime() - LOOK_AHEAD_HOURS * HOUR);
  return [item(base, now, 'keep-in-touch', due, from, 'time to keep in touch: share news, ask how they are', `infoview add outreach ${slug} --note "keeping in touch"`, {})];
}

/**
 * Everything pending with one contact, listed now or not yet (`listed`), each with its due time:
 * what `show`, `calendar` and `export` need. `elsewhere` (outreach to other contacts) settles
 * `try-another`; without it, try-another stays until the nudge falls due.
 */
export function contactDueItems(contact: Contact, slug: string, now: Date, config: Pick<Config, 'defaults'>, elsewhere?: Elsewhere): DueItem[] {
  const base = { contact: slug, name: contact.name };
  const d = config.defaults;
  return sortByUrgency([
    ...meetingItems(contact, slug, now, d, base),
    ...outreachItems(contact, slug, now, base, elsewhere),
    ...keepInTouchItem(contact, slug, now, d, base),
  ]);
}

const rank = (i: DueItem) => (i.kind === 'thank-you' ? (i.overdue ? 0 : 1) : 2);

/** Most urgent first: overdue thank-yous, due thank-yous, then everything else by due time. */
export function sortByUrgency(items: DueItem[]): DueItem[] {
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || Date.parse(a.due) - Date.parse(b.due) || a.name.localeCompare(b.name) || DUE_KINDS.indexOf(a.kind) - DUE_KINDS.indexOf(b.kind),
  );
}

/**
 * Every contact's items (listed and upcoming), keyed by slug, each contact seeing the others'
 * outreach so `try-another` settles once you have reached out to someone else.
 */
export function dueByContact(contacts: readonly { slug: string; contact: Contact }[], now: Date, config: Pick<Config, 'defaults'>): Map<string, DueItem[]> {
  const elsewhere = latestOutreachElsewhere(contacts);
  return new Map(contacts.map((c) => [c.slug, contactDueItems(c.contact, c.slug, now, config, elsewhere(c.slug))]));
}

/**
 * For each contact, the latest outreach to anyone else. Only that one matters (an outreach is
 * settled by any later one elsewhere), so keeping the two latest contacts' is O(n), where listing
 * every other outreach per contact was O(n²): seconds at 10,000 contacts.
 */
function latestOutreachElsewhere(contacts: readonly { slug: string; contact: Contact }[]): (slug: string) => Elsewhere {
  const none = { slug: '', time: -Infinity, at: '' };
  let first = none;
  let second = none;
  for (const c of contacts) {
    let latest = none;
    for (const o of c.contact.outreach ?? []) {
      const time = Date.parse(o.at);
      if (time > latest.time) latest = { slug: c.slug, time, at: o.at };
    }
    if (latest.time > first.time) [second, first] = [first, latest];
    else if (latest.time > second.time) second = latest;
  }
  return (slug) => {
    const other = first.slug === slug ? second : first;
    return { outreachAt: other.at ? [other.at] : [] };
  };
}

/** What `followup` lists: every contact's items that are due, due within a day, or overdue, most urgent first. */
export function followupItems(contacts: readonly { slug: string; contact: Contact }[], now: Date, config: Pick<Config, 'defaults'>): DueItem[] {
  return sortByUrgency([...dueByContact(contacts, now, config).values()].flat().filter((i) => i.listed));
}
