/** `infoview remove <contact>`: delete, after confirmation on a terminal; `--yes` otherwise. */
import { Command } from '@commander-js/extra-typings';
import { applyNoInput, examples, NO_INPUT, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('remove')
    .description('delete a contact, after confirmation on a terminal (--yes otherwise)')
    .argument('<contact>', 'slug, name, unique prefix or unique word of the name')
    .option('-y, --yes', 'do not ask for confirmation')
    .option(...NO_INPUT)
    .addHelpText('after', examples(['infoview remove maya-chen', 'infoview remove maya-chen --yes']));

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError, UserError }, { findContact }] = await Promise.all([
    import('../errors.js'),
    import('../store/lookup.js'),
  ]);
  applyNoInput(ctx, options);
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const label = `${stored.contact.name} (${stored.slug})`;
  if (!options.yes) {
    if (!ctx.interactive) throw new UsageError(`not removing ${label} without confirmation`, `Add --yes to remove without being asked: infoview remove ${stored.slug} --yes`);
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
