/**
 * `infoview demo --dir FOLDER`: write the demo workspace (domain/demo.ts) into a folder of its
 * own, dated from today, so a first look shows a meeting tomorrow, a thank-you due today and a
 * nudge due. It never touches a folder that holds someone's real contacts.
 */
import { Command } from '@commander-js/extra-typings';
import { examples } from './shared/define.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('demo')
    .description('write a demo workspace dated from today into the --dir folder (never your real data)')
    .addHelpText('after', examples(['infoview demo --dir infoview-demo && infoview --dir infoview-demo followup']));

/** Marks a folder this command wrote, so running the demo again may refresh it. */
const MARKER = '.infoview-demo';

export async function run(ctx: Context): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ demoWorkspace }, { UsageError, UserError }, { atomicWrite, ensurePrivateDir }, { configPathOf, contactsDirOf }] = await Promise.all([
    import('../domain/demo.js'),
    import('../errors.js'),
    import('../store/atomic.js'),
    import('../store/paths.js'),
  ]);
  if (ctx.dirFrom !== 'flag') {
    throw new UsageError('demo needs a folder of its own: give it with --dir', 'For example: infoview demo --dir infoview-demo (never your real data folder)');
  }
  const hasContacts = existsSync(contactsDirOf(ctx.dir)) && readdirSync(contactsDirOf(ctx.dir)).some((name) => name.endsWith('.yaml'));
  const isDemo = existsSync(join(ctx.dir, MARKER));
  if ((hasContacts || existsSync(configPathOf(ctx.dir))) && !isDemo) {
    throw new UserError(`${ctx.dir} already holds an infoview data folder; the demo writes only into a new or empty folder`, 'Choose another folder: infoview demo --dir infoview-demo');
  }
  ensurePrivateDir(contactsDirOf(ctx.dir));
  atomicWrite(join(ctx.dir, MARKER), 'Written by `infoview demo`: running it again refreshes this folder.\n', { log: ctx.changes });
  const files = demoWorkspace(ctx.now);
  for (const file of files) atomicWrite(join(ctx.dir, file.path), file.text, { log: ctx.changes });
  const people = files.filter((f) => f.path.startsWith('contacts/')).length;
  ctx.out(`Wrote a demo workspace to ${ctx.dir}: ${people} made-up people, dated from today.`);
  const dir = /^[\w./~-]+$/.test(ctx.dir) ? ctx.dir : JSON.stringify(ctx.dir);
  ctx.out(`Try: infoview --dir ${dir} followup, then prep maya, draft jose --kind thankyou, status`);
}
