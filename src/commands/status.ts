/** `infoview status`: counts by status, the next meetings, what is overdue. */
import { Command } from '@commander-js/extra-typings';
import { examples } from './shared/define.js';
import type { Context } from '../context.js';
import { STATUSES, type Status } from '../domain/enums.js';
import type { UpcomingMeeting } from '../render/status.js';

export const definition = () =>
  new Command('status')
    .description('counts by status (the pipeline), the next meetings, what is overdue')
    .addHelpText('after', examples(['infoview status']));

const MEETINGS_SHOWN = 5;

export async function run(ctx: Context): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ followupItems }, { deriveStatus }, { statusText }, { warnProblems }] = await Promise.all([
    import('../domain/followup.js'),
    import('../domain/status.js'),
    import('../render/status.js'),
    import('./shared/common.js'),
  ]);
  const { contacts, problems } = await ctx.store().readAll();
  warnProblems(ctx, problems);
  const config = await ctx.config();
  const { meetingMinutes } = config.defaults;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const meetings: UpcomingMeeting[] = [];
  for (const { slug, facts, contact } of contacts) {
    counts[deriveStatus(facts, ctx.now, meetingMinutes)] += 1;
    // The full contact (medium, place) only for someone with a meeting ahead; none for an archived one (as in calendar).
    if (facts.archivedMs !== undefined || !facts.meetings.some((m) => m.atMs > ctx.now.getTime())) continue;
    for (const m of contact.meetings ?? []) {
      if (Date.parse(m.at) > ctx.now.getTime()) meetings.push({ slug, name: contact.name, at: m.at, minutes: m.minutes ?? meetingMinutes, medium: m.medium, place: m.place });
    }
  }
  meetings.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const overdue = followupItems(contacts, ctx.now, config).filter((i) => i.overdue);
  ctx.out(statusText({ counts, meetings: meetings.slice(0, MEETINGS_SHOWN), overdue, now: ctx.now }, ctx.paint));
}
