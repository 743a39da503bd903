/**
 * What is due with whom: the rules behind `followup`, `show`'s Next section, `list`'s NEXT STEP,
 * and the reminders that `calendar` and `export` reuse. Pure: the clock and config come in.
 *
 * Each item has a due time (`dueMs`, the deadline; `overdue` once now is past it) and a from time
 * (`fromMs`, when `followup` starts listing it): thank-yous and debriefs from the meeting's end, the other
 * reminders a day (LOOK_AHEAD_HOURS) before they fall due, so a morning check shows what comes up
 * that day. Day counts are calendar days in the local zone, so a daylight-saving change never moves
 * a due time off its wall-clock hour. An archived contact has no items; a snoozed one's are listed
 * from the snooze's end at the earliest.
 *
 * The rules read a contact's facts (facts.ts) and work in epoch milliseconds: `followup` runs them
 * for every contact, and ISO text is written only for the items that get printed.
 */
import type { Config } from './config.js';
import { addBusinessDaysMs, addDaysMs } from './days.js';
import { endMs, type ContactFacts, type MeetingFacts, type OutreachFacts } from './facts.js';
import type { Meeting } from './schema.js';
import { meetingEndMs } from './status.js';
import { unansweredNudge, waitingOutreach } from './waiting.js';

export const DUE_KINDS = ['thank-you', 'debrief', 'prepare', 'try-another', 'nudge', 'close', 'keep-in-touch'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** Business days of silence before reaching out to someone else too, and before one nudge (Dalton's 3B7). */
export const TRY_ANOTHER_BUSINESS_DAYS = 3;
export const NUDGE_BUSINESS_DAYS = 7;
/** Business days of silence after the one nudge before `followup` suggests archiving or snoozing. */
export const CLOSE_BUSINESS_DAYS = 10;
/** How far ahead `followup` looks for reminders that have a fixed date. */
export const LOOK_AHEAD_HOURS = 24;

/** Dalton's 3B7 for an outreach sent at `sent`: try someone else after 3 business days, nudge after 7. */
export function threeBSevenDates(sent: Date): { tryAnother: Date; nudge: Date } {
  const { tryAnotherMs, nudgeMs } = threeBSevenMs(sent.getTime());
  return { tryAnother: new Date(tryAnotherMs), nudge: new Date(nudgeMs) };
}

/** When `followup` suggests archiving or snoozing after a nudge sent at `sent` that nobody answers. */
export function closeDate(sent: Date): Date {
  return new Date(addBusinessDaysMs(sent.getTime(), CLOSE_BUSINESS_DAYS));
}

function threeBSevenMs(sentMs: number): { tryAnotherMs: number; nudgeMs: number } {
  return { tryAnotherMs: addBusinessDaysMs(sentMs, TRY_ANOTHER_BUSINESS_DAYS), nudgeMs: addBusinessDaysMs(sentMs, NUDGE_BUSINESS_DAYS) };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * More than any time zone ever moved its clocks at once (Samoa skipped a whole day in 2011): N
 * calendar days later is never earlier than N × 24 h minus this.
 */
const DAY_SHIFT = 2 * DAY;

/** One thing to do with one contact. */
export interface DueItem {
  contact: string;
  name: string;
  kind: DueKind;
  /** The deadline (epoch ms); `overdue` once now is past it. */
  dueMs: number;
  overdue: boolean;
  /** From when `followup` lists it (epoch ms). */
  fromMs: number;
  /** True when `followup` lists it now (from ≤ now). */
  listed: boolean;
  /** What to do, in a few words. */
  what: string;
  /** The command that does it. */
  command: string;
  /** The meeting or outreach the item is about (its `at`, as in the file). */
  meetingAt?: string | undefined;
  outreachAt?: string | undefined;
}

/** Extra knowledge from the other contacts: when you last reached out to anyone else. */
export interface Elsewhere {
  /** When (epoch ms) you reached out to other contacts: every time, or just the latest. */
  outreachMs: readonly number[];
}

type Defaults = Config['defaults'];

/** Add a span of hours: whole days as calendar days (wall clock kept across DST), the rest as elapsed time. */
function addHoursLocal(at: number, hours: number): number {
  const days = Math.floor(hours / 24);
  return addDaysMs(at, days) + (hours - days * 24) * HOUR;
}

/** When the thank-you is due for a meeting that ends at `endMs`: `thankYouHours` later. */
const thankYouDueMs = (endMs: number, d: Pick<Defaults, 'thankYouHours'>) => addHoursLocal(endMs, d.thankYouHours);

/** When the thank-you for a meeting as written in a file is due: its end (`at` + minutes) plus `thankYouHours`. */
export function thankYouDue(meeting: Pick<Meeting, 'at' | 'minutes'>, defaults: Pick<Defaults, 'meetingMinutes' | 'thankYouHours'>): Date {
  return new Date(thankYouDueMs(meetingEndMs(meeting, defaults.meetingMinutes), defaults));
}

/** What each kind asks of you, in a few words, and the command that does it. */
const STEPS: Record<DueKind, { what: string | ((slug: string) => string); command: (slug: string) => string }> = {
  'thank-you': { what: 'send a thank-you that names a takeaway', command: (slug) => `infoview draft ${slug} --kind thankyou` },
  debrief: { what: 'write down notes, takeaways and referrals', command: (slug) => `infoview debrief ${slug}` },
  prepare: { what: (slug) => `the meeting starts within a day: prep, and confirm it (infoview draft ${slug} --kind confirm)`, command: (slug) => `infoview prep ${slug}` },
  'try-another': { what: `no reply in ${TRY_ANOTHER_BUSINESS_DAYS} business days: reach out to someone else too`, command: () => 'infoview list --status new' },
  nudge: { what: `no reply in ${NUDGE_BUSINESS_DAYS} business days: follow up once`, command: (slug) => `infoview draft ${slug} --kind nudge` },
  close: { what: (slug) => `no reply to the nudge: archive, or snooze (infoview snooze ${slug} --until …)`, command: (slug) => `infoview archive ${slug}` },
  'keep-in-touch': { what: 'time to keep in touch: share news, ask how they are', command: (slug) => `infoview draft ${slug} --kind checkin` },
};

/**
 * Where items go: every item, or (for `followup`) only those listed now, so the rest are never
 * built. One collector serves every contact in turn (`of`); the name is read only for an item
 * that is built.
 */
export class Items {
  readonly list: DueItem[] = [];
  slug = '';
  facts: ContactFacts | undefined;
  constructor(
    readonly nowMs: number,
    readonly listedOnly: boolean,
  ) {}

  of(slug: string, facts: ContactFacts): this {
    this.slug = slug;
    this.facts = facts;
    return this;
  }

  /**
   * False when only listed items are wanted and none listed from `earliestFromMs` or later can be
   * listed now: `followup` then skips the calendar arithmetic for a reminder months away.
   */
  mayList(earliestFromMs: number): boolean {
    return !this.listedOnly || this.nowMs >= earliestFromMs;
  }

  /** `about`: the meeting or the outreach the item is about (its `at` is read only if the item is built). */
  add(kind: DueKind, dueMs: number, ownFromMs: number, about?: { meeting: MeetingFacts } | { outreach: OutreachFacts }): void {
    const facts = this.facts as ContactFacts;
    // A snooze only delays, and only the chasing: a meeting's thank-you, debrief and prep still
    // come when due (meeting someone ends what the snooze was about). Every `mayList` bound stays
    // a lower bound.
    const fromMs = MEETING_KINDS.has(kind) ? ownFromMs : Math.max(ownFromMs, facts.snoozedUntilMs ?? -Infinity);
    const listed = this.nowMs >= fromMs;
    if (this.listedOnly && !listed) return;
    const { slug: contact, nowMs } = this;
    const step = STEPS[kind];
    const what = typeof step.what === 'string' ? step.what : step.what(contact);
    const name = facts.name;
    const meetingAt = about && 'meeting' in about ? about.meeting.at : undefined;
    const outreachAt = about && 'outreach' in about ? about.outreach.at : undefined;
    this.list.push({ contact, name, kind, dueMs, overdue: nowMs > dueMs, fromMs, listed, what, command: step.command(contact), meetingAt, outreachAt });
  }
}

/** The items about a meeting: a snooze never hides them. */
const MEETING_KINDS: ReadonlySet<DueKind> = new Set(['thank-you', 'debrief', 'prepare']);

function meetingItems(facts: ContactFacts, d: Defaults, out: Items): void {
  const { nowMs } = out;
  const { meetings } = facts;
  // Only the latest meeting that has started can be debriefed or thanked (an older one is
  // superseded by it); planned meetings give upcoming items for calendars.
  let first = meetings.length;
  while (first > 0 && (meetings[first - 1] as MeetingFacts).atMs > nowMs) first -= 1;
  for (let i = Math.max(0, first - 1); i < meetings.length; i++) {
    const m = meetings[i] as MeetingFacts;
    const end = endMs(m, d.meetingMinutes);
    if (!out.mayList(end)) continue; // both items are listed from the meeting's end
    const due = thankYouDueMs(end, d);
    if (m.thankedMs === undefined) {
      out.add('thank-you', due, end, { meeting: m });
    }
    // The thank-you quotes a takeaway, so the debrief is due by the thank-you's deadline.
    if (!m.debriefed) {
      out.add('debrief', due, end, { meeting: m });
    }
  }
  // A planned meeting within LOOK_AHEAD_HOURS: prep and confirm. Only while that is so (never
  // upcoming, never overdue: once it starts the thank-you and debrief take over).
  for (let i = first; i < meetings.length; i++) {
    const m = meetings[i] as MeetingFacts;
    const fromMs = m.atMs - LOOK_AHEAD_HOURS * HOUR;
    if (fromMs > nowMs) break;
    out.add('prepare', m.atMs, fromMs, { meeting: m });
  }
}

/** CLOSE_BUSINESS_DAYS after an unanswered nudge: archive or snooze. */
function closeItem(facts: ContactFacts, out: Items): void {
  const nudge = unansweredNudge(facts);
  if (!nudge) return;
  const ahead = LOOK_AHEAD_HOURS * HOUR;
  if (!out.mayList(nudge.atMs + CLOSE_BUSINESS_DAYS * DAY - DAY_SHIFT - ahead)) return;
  const dueMs = addBusinessDaysMs(nudge.atMs, CLOSE_BUSINESS_DAYS);
  out.add('close', dueMs, dueMs - ahead, { outreach: nudge });
}

function outreachItems(facts: ContactFacts, elsewhere: Elsewhere | undefined, out: Items): void {
  const { nowMs } = out;
  const waiting = waitingOutreach(facts);
  if (!waiting) return;
  const sentMs = waiting.atMs;
  const ahead = LOOK_AHEAD_HOURS * HOUR;
  // N business days are at least N calendar days: neither item is listed before this.
  if (!out.mayList(sentMs + TRY_ANOTHER_BUSINESS_DAYS * DAY - DAY_SHIFT - ahead)) return;
  const { tryAnotherMs, nudgeMs } = threeBSevenMs(sentMs);
  const about = { outreach: waiting };
  // Reaching out to anyone else after this outreach, or the nudge falling due, settles it.
  const movedOn = elsewhere?.outreachMs.some((at) => at > sentMs) ?? false;
  if (!movedOn && nowMs < nudgeMs) {
    out.add('try-another', tryAnotherMs, tryAnotherMs - ahead, about);
  }
  out.add('nudge', nudgeMs, nudgeMs - ahead, about);
}

/** The last time you and this contact were in touch, up to now; undefined before a first meeting has ended. */
function lastTouch(facts: ContactFacts, nowMs: number, d: Pick<Defaults, 'meetingMinutes'>): number | undefined {
  let last = -Infinity;
  let met = false;
  const touch = (t: number) => {
    if (t <= nowMs && t > last) last = t;
  };
  for (const m of facts.meetings) {
    const end = endMs(m, d.meetingMinutes);
    if (end <= nowMs) met = true;
    touch(end);
    if (m.thankedMs !== undefined) touch(m.thankedMs);
  }
  if (!met) return undefined;
  for (const o of facts.outreach) {
    touch(o.atMs);
    if (o.repliedMs !== undefined) touch(o.repliedMs);
  }
  return last;
}

function keepInTouchItem(facts: ContactFacts, d: Defaults, out: Items): void {
  const { nowMs } = out;
  // A meeting planned or under way: you are in touch.
  if (facts.meetings.some((m) => endMs(m, d.meetingMinutes) > nowMs)) return;
  const last = lastTouch(facts, nowMs, d);
  if (last === undefined) return;
  const days = facts.keepInTouchDays ?? d.keepInTouchDays;
  if (!out.mayList(last + days * DAY - DAY_SHIFT - LOOK_AHEAD_HOURS * HOUR)) return;
  const due = addDaysMs(last, days);
  out.add('keep-in-touch', due, due - LOOK_AHEAD_HOURS * HOUR);
}

/** One contact's items, unsorted, into `out`. An archived contact has none. */
export function collect(facts: ContactFacts, d: Defaults, elsewhere: Elsewhere | undefined, out: Items): void {
  if (facts.archivedMs !== undefined) return;
  meetingItems(facts, d, out);
  outreachItems(facts, elsewhere, out);
  closeItem(facts, out);
  keepInTouchItem(facts, d, out);
}

/**
 * Everything pending with one contact, listed now or not yet (`listed`), each with its due time:
 * what `show`, `calendar` and `export` need. `elsewhere` (outreach to other contacts) settles
 * `try-another`; without it, try-another stays until the nudge falls due.
 */
export function contactDueItems(facts: ContactFacts, slug: string, now: Date, config: Pick<Config, 'defaults'>, elsewhere?: Elsewhere): DueItem[] {
  const out = new Items(now.getTime(), false).of(slug, facts);
  collect(facts, config.defaults, elsewhere, out);
  return sortByUrgency(out.list);
}

/**
 * Overdue thank-yous, then due thank-yous, then the rest, each group by due time, as one number:
 * the group times 1e15 plus the due time (any year 0–9999 is within ±2.6e14 ms, and the sum stays
 * an exact integer).
 */
const urgency = (i: DueItem) => (i.kind === 'thank-you' ? (i.overdue ? 0 : 1) : 2) * 1e15 + i.dueMs;

/** Ties on the name are rare (same due time to the millisecond); code-unit order is enough there. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most urgent first: overdue thank-yous, due thank-yous, then everything else by due time. */
export function sortByUrgency(items: DueItem[]): DueItem[] {
  if (items.length < 2) return [...items];
  return items
    .map((item) => ({ item, key: urgency(item) }))
    .sort((a, b) => a.key - b.key || byName(a.item.name, b.item.name) || DUE_KINDS.indexOf(a.item.kind) - DUE_KINDS.indexOf(b.item.kind))
    .map((k) => k.item);
}
