/** `infoview replied <contact>`: mark the latest outreach as answered; stops the follow-up clock. */
import type { Context } from '../context.js';
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
  let outreachAt = '';
  await store.update(slug, (doc, contact) => {
    const list = contact.outreach ?? [];
    if (!list.length) throw new UserError(`no outreach to ${contact.name} is recorded`, `Record it first: infoview add outreach ${slug}`);
    // The latest by time, wherever it sits in the file.
    const index = list.reduce((best, o, i) => (Date.parse(o.at) >= Date.parse(list[best]?.at ?? '') ? i : best), 0);
    const latest = list[index];
    if (!latest) return;
    if (latest.repliedAt) {
      throw new UserError(`the latest outreach to ${contact.name} is already marked replied (${localTime(latest.repliedAt, ctx.now)})`, `A new outreach goes in with: infoview add outreach ${slug}`);
    }
    if (Date.parse(at) < Date.parse(latest.at)) {
      throw new UsageError(`--at is before the outreach it answers (${localTime(latest.at, ctx.now)})`, 'Give the time the reply came, after the outreach');
    }
    outreachAt = latest.at;
    doc.setIn(['outreach', index, 'repliedAt'], at);
  });
  ctx.out(`Marked ${ctx.paint.bold(stored.contact.name)} as replied ${localTime(at, ctx.now)} (to your outreach of ${localTime(outreachAt, ctx.now)}).`);
  ctx.out(`Next: ${ctx.paint.bold(`infoview add meeting ${slug} --at "…"`)} once you have a time`);
}
