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
  const [{ threeBSevenDates }, { sameOutreach }, { UserError }, { appendItem }, { findContact }, { localTime }, { readAt }] = await Promise.all([
    import('../../domain/due.js'),
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
  await store.update(stored.slug, (doc, contact) => {
    // Read under the lock: the same command run twice records one outreach, not a nudge's worth.
    const twin = options.force ? undefined : sameOutreach(contact.outreach, at, channel);
    if (twin) {
      const what = [twin.channel ?? 'no channel', localTime(twin.at, ctx.now), twin.note && `"${twin.note}"`].filter(Boolean).join(', ');
      throw new UserError(`${contact.name} already has this outreach (${what}); add --force to record it anyway`);
    }
    appendItem(doc, 'outreach', { at, channel, ...(note ? { note } : {}) });
  });
  const { paint } = ctx;
  const { tryAnother, nudge } = threeBSevenDates(new Date(at));
  ctx.record(undefined, `${stored.contact.name}, ${channel}, ${localTime(at, ctx.now)}`); // the git commit message
  ctx.out(`Recorded outreach to ${paint.bold(stored.contact.name)} by ${channel}, ${localTime(at, ctx.now)}.`);
  ctx.out(
    `Without a reply, followup suggests someone else too on ${localTime(tryAnother, ctx.now)} ` +
      `and one nudge on ${localTime(nudge, ctx.now)}.`,
  );
  ctx.out(`When they answer: ${paint.bold(`infoview replied ${stored.slug}`)}`);
}
