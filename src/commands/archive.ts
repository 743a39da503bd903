/** `infoview archive <contact>`: stop pursuing someone; they leave `followup` and `list`. */
import { Command } from '@commander-js/extra-typings';
import { examples, CONTACT, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('archive')
    .description('stop pursuing someone: they leave followup and list, and stay in list --all, show, network and export')
    .argument('<contact>', CONTACT)
    .option('--reason <text>', 'why, in a few words (kept in the file as archiveReason)')
    .addHelpText('after', examples(['infoview archive elena --reason "no reply after the nudge"', 'infoview list --status archived']));

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ toLocalIso }, { localTime }, { findContact }] = await Promise.all([import('../domain/when.js'), import('../render/time.js'), import('../store/lookup.js')]);
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const { slug, contact } = stored;
  const name = ctx.paint.bold(contact.name);
  // Twice is no error, and the first time stays the one on file: checked again under the lock,
  // so of two runs at once only one archives.
  let already: typeof contact | undefined = contact.archivedAt ? contact : undefined;
  const reason = options.reason?.trim();
  const at = toLocalIso(ctx.now);
  if (!already) {
    await store.update(slug, (doc, current) => {
      if (current.archivedAt) throw (already = current);
      doc.set('archivedAt', at);
      if (reason) doc.set('archiveReason', reason);
    }).catch((error: unknown) => {
      if (error !== already) throw error;
    });
  }
  if (already?.archivedAt) {
    const why = already.archiveReason ? ` (${already.archiveReason})` : '';
    ctx.out(`${name} is already archived since ${localTime(already.archivedAt, ctx.now)}${why}. Nothing changed.`);
    return;
  }
  if (reason) ctx.record(undefined, `${contact.name}, ${reason}`); // the git commit message
  ctx.out(`Archived ${name}${reason ? ` (${reason})` : ''}: followup and list leave them out from now on.`);
  ctx.out(`They stay in ${ctx.paint.bold('infoview list --all')}, show, network and export. To resume: ${ctx.paint.bold(`infoview unarchive ${slug}`)}`);
}
