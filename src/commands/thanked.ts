/** `infoview thanked <contact>`: mark the thank-you for the latest meeting that has started as sent. */
import { Command } from '@commander-js/extra-typings';
import { examples, CONTACT, WHEN, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('thanked')
    .description('mark the thank-you for the latest meeting that has started as sent')
    .argument('<contact>', CONTACT)
    .option('--at <when>', `${WHEN}; default now`)
    .addHelpText('after', examples(['infoview thanked maya', 'infoview thanked jose --at "today 9:15"']));

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ meetingIndex }, { startedMeeting }, { UsageError, UserError }, { localTime }, { findContact }, { readAt }] = await Promise.all([
    import('../domain/status.js'),
    import('./shared/common.js'),
    import('../errors.js'),
    import('../render/time.js'),
    import('../store/lookup.js'),
    import('./shared/at.js'),
  ]);
  const store = ctx.store();
  // The flags first: a bad value is a usage error (exit 2) whoever the contact is.
  const at = await readAt(ctx, options.at, 'past');
  const { contact: stored } = await findContact(store, query);
  const { slug } = stored;
  let meetingAt = '';
  await store.update(slug, (doc, contact) => {
    const meeting = startedMeeting(contact, slug, ctx.now, 'thank them for');
    if (meeting.thankYouSentAt) {
      throw new UserError(
        `the thank-you for the meeting of ${localTime(meeting.at, ctx.now)} is already recorded (${localTime(meeting.thankYouSentAt, ctx.now)})`,
        `Nothing to do; see \`infoview show ${slug}\``,
      );
    }
    if (Date.parse(at) < Date.parse(meeting.at)) {
      throw new UsageError(`--at is before the meeting began (${localTime(meeting.at, ctx.now)})`, 'Give the time you sent the thank-you');
    }
    meetingAt = meeting.at;
    doc.setIn(['meetings', meetingIndex(contact, meeting), 'thankYouSentAt'], at);
  });
  ctx.out(`Recorded the thank-you to ${ctx.paint.bold(stored.contact.name)} for the meeting of ${localTime(meetingAt, ctx.now)}.`);
  ctx.out(`They are part of your network now; followup reminds you to keep in touch.`);
}
