/** `infoview targets remove <employer>`: take an employer off the LAMP list. */
import { Command } from '@commander-js/extra-typings';
import { examples } from '../shared/define.js';
import type { Context } from '../../context.js';
import { EMPLOYER } from './add.js';

export const definition = () =>
  new Command('remove')
    .description('take an employer off your targets (its contacts stay)')
    .argument('<employer>', EMPLOYER)
    .addHelpText('after', examples(['infoview targets remove "Contoso Ltd"']));

export async function run(ctx: Context, employer: string): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ editTargets }, { targetIndex }] = await Promise.all([import('../shared/targets-file.js'), import('../shared/lamp.js')]);
  let name = employer;
  const targets = await editTargets(ctx, (doc, listed) => {
    const i = targetIndex(listed, employer);
    name = listed[i]?.employer ?? employer;
    doc.deleteIn(['targets', i]);
  });
  ctx.record(undefined, name);
  ctx.out(`Removed ${name} from your targets (${targets.length} left).`);
}
