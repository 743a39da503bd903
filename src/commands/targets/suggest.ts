/** `infoview targets suggest`: the companies your contacts work at that are not targets yet. */
import { Command } from '@commander-js/extra-typings';
import { examples } from '../shared/define.js';
import type { Context } from '../../context.js';

export const definition = () =>
  new Command('suggest')
    .description('companies your contacts work at that are not targets yet, most people first')
    .addHelpText('after', examples(['infoview targets suggest']));

export async function run(ctx: Context): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ readTargets }, { peopleOf }, { suggestTargets }, { table }] = await Promise.all([
    import('../shared/targets-file.js'),
    import('../shared/lamp.js'),
    import('../../domain/targets.js'),
    import('../../render/table.js'),
  ]);
  const targets = await readTargets(ctx.dir);
  const suggested = suggestTargets(targets, await peopleOf(ctx));
  if (!suggested.length) {
    ctx.out('No company of your contacts is missing from your targets.');
    return;
  }
  const rows = suggested.map((s) => [s.employer, String(s.people)]);
  ctx.out(table([{ header: 'COMPANY', max: 40 }, { header: 'PEOPLE' }], rows, { header: (s) => ctx.paint.dim(s), width: ctx.io.stdout.columns }));
  ctx.out(ctx.paint.dim(`Add one: infoview targets add "${suggested[0]?.employer ?? ''}" --motivation 3`));
}
