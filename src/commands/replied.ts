/** `infoview replied <contact>`: mark the latest outreach as answered; stops the follow-up clock. */
import { Command } from '@commander-js/extra-typings';
import { examples, CONTACT, WHEN, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('replied')
    .description('mark the latest outreach as answered (stops the follow-up clock)')
    .argument('<contact>', CONTACT)
    .option('--at <when>', `${WHEN}; default now`)
    .addHelpText('after', examples(['infoview replied maya', 'infoview replied maya --at "yesterday 16:30"']));

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError, UserError }, { localTime }, { findContact }, { readAt }] = await Promise.all([
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
