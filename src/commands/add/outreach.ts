/** `infoview add outreach <contact>`: record that you reached out; starts the follow-up clock. */
import type { Context } from '../../context.js';
import { threeBSevenDates } from '../../domain/due.js';
import type { Channel } from '../../domain/enums.js';
import { appendItem } from '../../store/doc-edit.js';
import { findContact } from '../../store/lookup.js';
import { localTime } from '../../render/time.js';
import { readAt } from '../shared/at.js';

interface Options {
  channel?: Channel;
  at?: string;
  note?: string;
}

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  const store = ctx.store();
  // The flags first: a bad value is a usage error (exit 2) whoever the contact is.
  const at = await readAt(ctx, options.at, 'past');
  const { contact: stored } = await findContact(store, query);
  const channel = options.channel ?? 'email';
  const note = options.note?.trim();
  await store.update(stored.slug, (doc) => appendItem(doc, 'outreach', { at, channel, ...(note ? { note } : {}) }));
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
