/** `infoview add outreach <contact>`: record that you reached out; starts the follow-up clock. */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, CONTACT, WHEN, type OptionsOf } from '../shared/define.js';
import { oneOf } from '../shared/choices.js';
import type { Context } from '../../context.js';
import { CHANNELS } from '../../domain/enums.js';

export const definition = () =>
  new Command('outreach')
    .description('record that you reached out (starts the follow-up clock)')
    .argument('<contact>', CONTACT)
    .addOption(new Option('--channel <channel>', 'how you reached out').choices(CHANNELS).argParser(oneOf(CHANNELS)).default('email'))
    .option('--at <when>', `${WHEN}; default now`)
    .option('--note <text>', 'a word on what you sent')
    .option('--force', 'record it even when the same outreach (same minute and channel) is already there')
    .addHelpText('after', examples(['infoview add outreach maya --note "Mentioned the alumni panel"', 'infoview add outreach dana --channel linkedin --at "yesterday 16:30"']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ closeDate, threeBSevenDates }, { unansweredNudge, waitingOutreach, wroteAfterNudge }, { sameOutreach }, { UserError }, { appendItem }, { findContact }, { localTime }, { readAt }] = await Promise.all([
    import('../../domain/due.js'),
    import('../../domain/waiting.js'),
    import('../../domain/repeats.js'),
    import('../../errors.js'),
    import('../../store/doc-edit.js'),
    import('../../store/lookup.js'),
    import('../../render/time.js'),
    import('../shared/at.js'),
  ]);
  const store = ctx.store();
  // The flags first: a bad value is a usage error (exit 2) whoever the contact is.
  const at = await readAt(ctx, options.at, 'past');
  const { contact: stored } = await findContact(store, query);
  const channel = options.channel ?? 'email';
  const note = options.note?.trim();
  const { facts } = await store.update(stored.slug, (doc, contact) => {
    // Read under the lock: the same command run twice records one outreach, not a nudge's worth.
    const twin = options.force ? undefined : sameOutreach(contact.outreach, at, channel);
    if (twin) {
      const what = [twin.channel ?? 'no channel', localTime(twin.at, ctx.now), twin.note && `"${twin.note}"`].filter(Boolean).join(', ');
      throw new UserError(`${contact.name} already has this outreach (${what}); add --force to record it anyway`);
    }
    appendItem(doc, 'outreach', { at, channel, ...(note ? { note } : {}) });
  });
  const { paint } = ctx;
  ctx.record(undefined, `${stored.contact.name}, ${channel}, ${localTime(at, ctx.now)}`); // the git commit message
  ctx.out(`Recorded outreach to ${paint.bold(stored.contact.name)} by ${channel}, ${localTime(at, ctx.now)}.`);
  // What followup will really do about this outreach (due.ts): the 3B7 clock, the close after the one nudge, or nothing.
  const isThis = (o: { at: string } | undefined) => o !== undefined && Date.parse(o.at) === Date.parse(at);
  if (facts.archivedMs !== undefined) {
    ctx.out(`${stored.contact.name} is archived, so followup sets no reminders for them. To resume: ${paint.bold(`infoview unarchive ${stored.slug}`)}`);
  } else if (isThis(waitingOutreach(facts))) {
    const { tryAnother, nudge } = threeBSevenDates(new Date(at));
    ctx.out(`Without a reply, followup suggests someone else too on ${localTime(tryAnother, ctx.now)} and one nudge on ${localTime(nudge, ctx.now)}.`);
  } else if (isThis(unansweredNudge(facts))) {
    ctx.out(`That was your one nudge: if no reply by ${localTime(closeDate(new Date(at)), ctx.now)}, followup will suggest archiving or snoozing.`);
  } else if (isThis(facts.outreach.at(-1)) && wroteAfterNudge(facts)) {
    ctx.out(`You have nudged once already, so followup sets no reminder for this one. To stop pursuing them: ${paint.bold(`infoview archive ${stored.slug}`)}`);
  }
  if (facts.archivedMs === undefined && (facts.snoozedUntilMs ?? 0) > ctx.now.getTime()) {
    ctx.out(`Snoozed until ${localTime(new Date(facts.snoozedUntilMs as number), ctx.now)}: followup lists nothing for them before then.`);
  }
  ctx.out(`When they answer: ${paint.bold(`infoview replied ${stored.slug}`)}`);
}
