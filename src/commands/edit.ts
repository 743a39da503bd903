/**
 * `infoview edit <contact>`: with --set, change keys in place (comments and order kept); without,
 * open the file in $VISUAL/$EDITOR, validate on save, offer to re-open, never save an invalid file.
 */
import { Command } from '@commander-js/extra-typings';
import { applyNoInput, collect, CONTACT, examples, NO_INPUT, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('edit')
    .description('open the contact file in $VISUAL/$EDITOR (validated on save), or change keys with --set')
    .argument('<contact>', CONTACT)
    .option('--set <key=value>', 'set a key; lists take comma-separated values; an empty value removes the key (repeatable)', collect)
    .option(...NO_INPUT)
    .addHelpText('after', examples(['infoview edit maya', 'infoview edit maya --set role="Research Lead" --set tags=design,seattle', 'infoview edit maya --set meetings.1=   # remove the entry show marks (meetings.1)']));

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ apply, editInEditor, parseAssignment }, { isSlug }, { findContact }] = await Promise.all([
    import('./shared/contact-edit.js'),
    import('../domain/slug-shape.js'),
    import('../store/lookup.js'),
  ]);
  applyNoInput(ctx, options);
  const store = ctx.store();
  // A file that does not parse can still be opened by its slug: the editor is how to fix it.
  if (!options.set?.length && isSlug(query) && store.exists(query)) {
    await editInEditor(ctx, query, store.pathOf(query));
    return;
  }
  const { contact: stored } = await findContact(store, query);
  if (options.set?.length) {
    const assignments = options.set.map(parseAssignment);
    const updated = await store.update(stored.slug, (doc) => assignments.forEach((a) => apply(doc, a)));
    ctx.out(`Updated ${ctx.paint.bold(updated.contact.name)} (${assignments.map((a) => a.path.join('.')).join(', ')})`);
    return;
  }
  await editInEditor(ctx, stored.slug, stored.file);
}
