/**
 * The progress report's figures (`infoview report`), from the contacts, the clock and an optional
 * start: pure, so the Markdown and the HTML report (render/report-*.ts) show the same numbers.
 * Only what has happened by `now` counts; `since` limits the period to what happened from then on.
 */
import type { TargetCoverage } from './targets.js';
import type { StoredContact } from './contact-fields.js';
import type { Config } from './config.js';
import { thankYouDue } from './due.js';
import { STATUSES, type Status } from './enums.js';
import { endMs } from './facts.js';
import { deriveStatus } from './status.js';
import { fold } from './text.js';
import { weekCounts, type WeekCount } from './report-weeks.js';

/** A part of a whole: a rate with its counts, so a zero whole can be shown as "—", never NaN. */
export interface Ratio {
  part: number;
  whole: number;
}

/** `35 %`, or "—" when there is nothing to count. */
export const percentText = (r: Ratio): string => (r.whole === 0 ? '—' : `${Math.round((100 * r.part) / r.whole)} %`);

/** The reply rate people usually see on informational-interview requests (DOMAIN.md). */
export const USUAL_REPLY_RATE = { low: 20, high: 40 } as const;

/** Where a reply rate stands against the usual 20–40 %; undefined with no one written to. */
export function replyBand(r: Ratio): 'below' | 'within' | 'above' | undefined {
  if (r.whole === 0) return undefined;
  const pct = (100 * r.part) / r.whole;
  return pct < USUAL_REPLY_RATE.low ? 'below' : pct > USUAL_REPLY_RATE.high ? 'above' : 'within';
}

export type ThankYouState = 'on time' | 'late' | 'overdue' | 'not due yet';

export interface HeldMeeting {
  slug: string;
  name: string;
  company?: string | undefined;
  atMs: number;
  thankYou: ThankYouState;
}

export type ReferralState = 'written to' | 'added' | 'not added';

export interface Referral {
  name: string;
  /** Who suggested them. */
  from: string;
  state: ReferralState;
}

/** One headline figure: what the renderers list first, in this order. */
export interface Figure {
  label: string;
  value: string;
  detail?: string;
}

export interface Report {
  nowMs: number;
  sinceMs?: number | undefined;
  /** The first day the period covers: `since`, or the first activity; undefined with none. */
  fromMs?: number | undefined;
  people: number;
  /** Everyone's status now, whatever the period. */
  byStatus: Record<Status, number>;
  outreachSent: number;
  /** People written to in the period who replied to any outreach, over people written to. */
  replyRate: Ratio;
  held: HeldMeeting[];
  /** Meetings not yet held: planned, or under way now. */
  planned: number;
  /** Thank-yous sent within `thankYouHours`, over the held meetings whose thank-you is sent or due. */
  thankYousOnTime: Ratio;
  /** The LAMP list's employers: how many people you know at each, and how many of them you met. */
  targets: readonly TargetCoverage[];
  referrals: Referral[];
  /** People in the period by the furthest step reached: contacted → replied → met → thanked. */
  funnel: { label: string; value: number }[];
  weeks: WeekCount[];
  figures: Figure[];
}

type Input = Pick<StoredContact, 'slug' | 'facts' | 'contact'>;

function thankYouState(m: { at: string; minutes?: number | undefined; thankedMs?: number | undefined }, defaults: Config['defaults'], nowMs: number): ThankYouState {
  const due = thankYouDue(m, defaults).getTime();
  if (m.thankedMs !== undefined && m.thankedMs <= nowMs) return m.thankedMs <= due ? 'on time' : 'late';
  return due < nowMs ? 'overdue' : 'not due yet';
}

/** Each referral from the meetings in the period, and whether it became a contact you wrote to. */
function referralsOf(contacts: readonly Input[], inPeriod: (ms: number) => boolean): Referral[] {
  const byName = new Map<string, Input[]>();
  for (const c of contacts) byName.set(fold(c.contact.name), [...(byName.get(fold(c.contact.name)) ?? []), c]);
  const out: Referral[] = [];
  for (const from of contacts) {
    for (const m of from.contact.meetings ?? []) {
      if (!inPeriod(Date.parse(m.at))) continue;
      for (const name of m.referrals ?? []) {
        const same = byName.get(fold(name)) ?? [];
        // The one they introduced when there are namesakes.
        const found = same.find((c) => c.contact.introducedBy === from.slug) ?? same[0];
        const state = !found ? 'not added' : found.facts.outreach.length || found.facts.meetings.length ? 'written to' : 'added';
        out.push({ name, from: from.contact.name, state });
      }
    }
  }
  return out;
}

export interface ReportOptions {
  now: Date;
  /** From targetCoverage; none when there is no LAMP list. */
  targets?: readonly TargetCoverage[];
  /** The period's start, epoch ms; all time when absent. */
  sinceMs?: number | undefined;
  defaults: Config['defaults'];
}

export function buildReport(contacts: readonly Input[], { now, sinceMs, defaults, targets = [] }: ReportOptions): Report {
  const nowMs = now.getTime();
  const inPeriod = (ms: number) => ms <= nowMs && (sinceMs === undefined || ms >= sinceMs);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const sent: number[] = [];
  const heldAt: number[] = [];
  const held: HeldMeeting[] = [];
  const funnel = { contacted: 0, replied: 0, met: 0, thanked: 0 };
  const replyRate: Ratio = { part: 0, whole: 0 };
  const thankYousOnTime: Ratio = { part: 0, whole: 0 };
  let planned = 0;
  for (const { slug, facts, contact } of contacts) {
    byStatus[deriveStatus(facts, now, defaults.meetingMinutes)] += 1;
    const outreach = facts.outreach.filter((o) => inPeriod(o.atMs));
    for (const o of outreach) sent.push(o.atMs);
    const replied = facts.outreach.some((o) => o.repliedMs !== undefined && o.repliedMs <= nowMs);
    if (outreach.length) {
      replyRate.whole += 1;
      if (replied) replyRate.part += 1;
    }
    const meetings = facts.meetings.filter((m) => inPeriod(m.atMs));
    planned += facts.meetings.filter((m) => endMs(m, defaults.meetingMinutes) > nowMs).length;
    let met = false;
    let thanked = false;
    for (const m of meetings) {
      if (endMs(m, defaults.meetingMinutes) > nowMs) continue;
      met = true;
      heldAt.push(m.atMs);
      const thankYou = thankYouState(m, defaults, nowMs);
      thanked ||= thankYou === 'on time' || thankYou === 'late';
      if (thankYou !== 'not due yet') thankYousOnTime.whole += 1;
      if (thankYou === 'on time') thankYousOnTime.part += 1;
      held.push({ slug, name: contact.name, company: contact.company, atMs: m.atMs, thankYou });
    }
    if (!outreach.length && !meetings.length) continue;
    // Each step includes the next: someone you met has replied, in whatever way.
    funnel.contacted += 1;
    if (replied || meetings.length) funnel.replied += 1;
    if (met) funnel.met += 1;
    if (thanked) funnel.thanked += 1;
  }
  held.sort((a, b) => a.atMs - b.atMs);
  // A loop, not Math.min(...): a spread of every timestamp overflows the stack in a big folder.
  let first = Infinity;
  for (const ms of [sent, heldAt].flat()) if (ms < first) first = ms;
  const fromMs = sinceMs ?? (Number.isFinite(first) ? first : undefined);
  const referrals = referralsOf(contacts, inPeriod);
  const report: Report = {
    nowMs,
    sinceMs,
    fromMs,
    people: contacts.length,
    byStatus,
    outreachSent: sent.length,
    replyRate,
    held,
    planned,
    thankYousOnTime,
    targets,
    referrals,
    funnel: [
      { label: 'contacted', value: funnel.contacted },
      { label: 'replied', value: funnel.replied },
      { label: 'met', value: funnel.met },
      { label: 'thanked', value: funnel.thanked },
    ],
    weeks: weekCounts(fromMs, nowMs, sent, heldAt),
    figures: [],
  };
  report.figures = headline(report);
  return report;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The headline figures, one line each; the targets covered only when there is a LAMP list. */
function headline(r: Report): Figure[] {
  const band = replyBand(r.replyRate);
  const followed = r.referrals.filter((x) => x.state === 'written to').length;
  return [
    { label: 'Outreach sent', value: String(r.outreachSent), detail: `to ${plural(r.replyRate.whole, 'person', 'people')}` },
    {
      label: 'Reply rate',
      value: percentText(r.replyRate),
      detail: `${r.replyRate.part} of ${r.replyRate.whole}; ${band ? `${band} the usual` : 'usually'} ${USUAL_REPLY_RATE.low}–${USUAL_REPLY_RATE.high} %`,
    },
    { label: 'Meetings held', value: String(r.held.length), detail: `${r.planned} planned` },
    { label: 'Thank-yous on time', value: percentText(r.thankYousOnTime), detail: `${r.thankYousOnTime.part} of ${r.thankYousOnTime.whole} due` },
    { label: 'Referrals received', value: String(r.referrals.length), detail: `${followed} followed up` },
    ...(r.targets.length
      ? [
          {
            label: 'Targets covered',
            value: `${r.targets.filter((t) => t.contacts > 0).length} of ${r.targets.length}`,
            detail: `${r.targets.filter((t) => t.met > 0).length} with a meeting held`,
          },
        ]
      : []),
  ];
}
