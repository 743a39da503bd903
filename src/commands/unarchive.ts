/** `infoview unarchive <contact>`: resume pursuing someone you archived. */
import { Command } from '@commander-js/extra-typings';
import { examples, CONTACT } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('unarchive')
    .description('resume pursuing someone you archived: back in followup and list')
    .argument('<contact>', CONTACT)
    .addHelpText('after', examples(['infoview unarchive elena', 'infoview list --status archived   # who is archived']));

export async function run(ctx: Context, query: string): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ localTime }, { findContact }] = await Promise.all([import('../render/time.js'), import('../store/lookup.js')]);
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const { slug, contact } = stored;
  const name = ctx.paint.bold(contact.name);
  if (!contact.archivedAt) {
    ctx.out(`${name} is not archived. Nothing changed.`);
    return;
  }
  await store.update(slug, (doc) => {
    doc.delete('archivedAt');
    doc.delete('archiveReason');
  });
  ctx.out(`Unarchived ${name}: back in followup and list.`);
  const snoozed = contact.snoozedUntil && Date.parse(contact.snoozedUntil) > ctx.now.getTime();
  if (snoozed) ctx.out(`Still snoozed until ${localTime(contact.snoozedUntil as string, ctx.now)}; followup lists them from then.`);
}
