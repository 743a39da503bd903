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
  const now = ctx.now.getTime();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  // The next meetings from the facts; the full contacts (medium, place) only for those shown.
  const ahead: { stored: (typeof contacts)[number]; atMs: number }[] = [];
  for (const stored of contacts) {
    counts[deriveStatus(stored.facts, ctx.now, meetingMinutes)] += 1;
    // None for an archived contact, as in calendar.
    if (stored.facts.archivedMs !== undefined) continue;
    for (const m of stored.facts.meetings) if (m.atMs > now) ahead.push({ stored, atMs: m.atMs });
  }
  ahead.sort((a, b) => a.atMs - b.atMs);
  const meetings: UpcomingMeeting[] = [];
  for (const { slug, contact } of new Set(ahead.slice(0, MEETINGS_SHOWN).map((a) => a.stored))) {
    for (const m of contact.meetings ?? []) {
      if (Date.parse(m.at) > now) meetings.push({ slug, name: contact.name, at: m.at, minutes: m.minutes ?? meetingMinutes, medium: m.medium, place: m.place });
    }
  }
  meetings.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const overdue = followupItems(contacts, ctx.now, config).filter((i) => i.overdue);
  // The LAMP list's top rows, when there is one (targets.yaml).
  const [{ targetsOrWarn }, { peopleFrom, targetRows }] = await Promise.all([import('./shared/targets-file.js'), import('../domain/targets.js')]);
  const listed = await targetsOrWarn(ctx);
  const targets = listed.length ? targetRows(listed, peopleFrom(contacts, ctx.now, meetingMinutes, listed)) : [];
  ctx.out(statusText({ counts, meetings: meetings.slice(0, MEETINGS_SHOWN), overdue, targets, now: ctx.now, width: ctx.io.stdout.columns }, ctx.paint));
}
