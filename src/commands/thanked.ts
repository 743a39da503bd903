/** `infoview thanked <contact>`: mark the thank-you for the latest meeting that has started as sent. */
import type { Context } from '../context.js';
import { meetingIndex } from '../domain/status.js';
import { startedMeeting } from './shared/common.js';
import { UsageError, UserError } from '../errors.js';
import { localTime } from '../render/time.js';
import { findContact } from '../store/lookup.js';
import { readAt } from './shared/at.js';

export async function run(ctx: Context, query: string, options: { at?: string }): Promise<void> {
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
