/** `infoview remove <contact>`: delete, after confirmation on a terminal; `--yes` otherwise. */
import type { Context } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { findContact } from '../store/lookup.js';

export async function run(ctx: Context, query: string, options: { yes?: boolean }): Promise<void> {
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const label = `${stored.contact.name} (${stored.slug})`;
  if (!options.yes) {
    if (!ctx.interactive) throw new UsageError(`not removing ${label} without confirmation`, `Add --yes to remove without a terminal: infoview remove ${stored.slug} --yes`);
    const sure = await (await ctx.prompter()).confirm({ message: `Delete ${label} and their whole timeline?`, default: false });
    if (!sure) throw new UserError(`kept ${label}`, 'Nothing was deleted');
  }
  store.remove(stored.slug);
  const referred = (await store.readAll()).contacts.filter((c) => c.contact.introducedBy === stored.slug);
  ctx.out(`Removed ${label}.`);
  if (referred.length) {
    ctx.out(`Note: ${referred.map((c) => c.contact.name).join(', ')} still name ${stored.slug} as introducedBy.`);
  }
}
