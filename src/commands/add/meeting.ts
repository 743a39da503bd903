/** `infoview add meeting <contact> --at WHEN`: record a planned or past meeting. */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, CONTACT, WHEN, type OptionsOf } from '../shared/define.js';
import { oneOf } from '../shared/choices.js';
import { endMs } from '../../domain/facts.js';
import { RANGES } from '../../domain/limits.js';
import { UsageError, UserError } from '../../errors.js';
import { sameMeeting } from '../../domain/repeats.js';
import type { Context } from '../../context.js';
import { MEDIUMS } from '../../domain/enums.js';

export const definition = () =>
  new Command('meeting')
    .description('record a planned or past meeting (warns when it overlaps another)')
    .argument('<contact>', CONTACT)
    .requiredOption('--at <when>', WHEN)
    .option('--minutes <n>', 'how long, in minutes (default: meetingMinutes in config.yaml, 30)')
    .addOption(new Option('--medium <medium>', 'how you meet').choices(MEDIUMS).argParser(oneOf(MEDIUMS)))
    .option('--place <place>', 'where, or the call link')
    .option('--force', 'record it even when a meeting with them at that minute is already there')
    .addHelpText('after', examples(['infoview add meeting maya --at "next tuesday 10:00" --medium coffee --place "Blue Bottle, 5th Ave"', 'infoview add meeting jose --at 2026-11-25T15:00 --minutes 20 --medium call']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

function readMinutes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const { min, max } = RANGES.minutes;
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--minutes "${value}" is not a length in minutes`, `Give a whole number from ${min} to ${max}, like --minutes 30`);
  }
  return n;
}

/** Meetings of any contact whose time overlaps [start, end). */
async function overlaps(ctx: Context, start: number, end: number, minutesDefault: number) {
  const { warnProblems } = await import('../shared/common.js');
  const { contacts, problems } = await ctx.store().readAll();
  warnProblems(ctx, problems);
  return contacts.flatMap(({ facts }) =>
    facts.meetings.filter((m) => m.atMs < end && endMs(m, minutesDefault) > start).map((m) => ({ name: facts.name, at: m.at, minutes: m.minutes ?? minutesDefault })),
  );
}

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ localTime }, { appendItem }, { findContact }, { readAt }] = await Promise.all([
    import('../../render/time.js'),
    import('../../store/doc-edit.js'),
    import('../../store/lookup.js'),
    import('../shared/at.js'),
  ]);
  const store = ctx.store();
  // The flags first: a bad value is a usage error (exit 2) whoever the contact is, and whatever config.yaml holds.
  const given = readMinutes(options.minutes);
  const at = await readAt(ctx, options.at, 'any');
  const { meetingMinutes } = (await ctx.config()).defaults;
  const minutes = given ?? meetingMinutes;
  const { contact: stored } = await findContact(store, query);
  const place = options.place?.trim();
  const start = Date.parse(at);
  const clashes = await overlaps(ctx, start, start + minutes * 60_000, meetingMinutes);
  await store.update(stored.slug, (doc, contact) => {
    // Read under the lock: the same meeting twice is a repeat, not a clash to warn about.
    const twin = options.force ? undefined : sameMeeting(contact.meetings, at);
    if (twin) {
      const what = [localTime(twin.at, ctx.now), `${twin.minutes ?? meetingMinutes} min`, twin.medium, twin.place && `at ${twin.place}`].filter(Boolean).join(', ');
      throw new UserError(`${contact.name} already has this meeting (${what}); add --force to record it anyway`);
    }
    appendItem(doc, 'meetings', { at, minutes, ...(options.medium ? { medium: options.medium } : {}), ...(place ? { place } : {}) });
  });
  for (const c of clashes) {
    ctx.warn(ctx.paintErr.yellow(`warning: this overlaps your meeting with ${c.name} at ${localTime(c.at, ctx.now)} (${c.minutes} min)`));
  }
  const { paint } = ctx;
  const where = [options.medium, place && `at ${place}`].filter(Boolean).join(' ');
  const planned = start > ctx.now.getTime();
  ctx.record(undefined, `${stored.contact.name}, ${localTime(at, ctx.now)}`); // the git commit message
  ctx.out(`Recorded ${planned ? 'a planned' : 'a'} meeting with ${paint.bold(stored.contact.name)}: ${localTime(at, ctx.now)}, ${minutes} min${where ? `, ${where}` : ''}.`);
  ctx.out(planned ? `Next: prepare with ${paint.bold(`infoview prep ${stored.slug}`)}` : `Next: ${paint.bold(`infoview debrief ${stored.slug}`)}, then the thank-you`);
}
