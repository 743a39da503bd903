/** `infoview targets`: the LAMP list, ranked, with who you know at each employer and the next step. */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('targets')
    .description('the LAMP list: target employers ranked by motivation, posting and advocacy, with who you know there')
    .option('--json', 'print JSON')
    // `infoview targets help add`, as every group has it (commander adds it only to commands without an action).
    .helpCommand(true)
    .addHelpText('after', examples(['infoview targets', 'infoview targets add "Northwind Health" --motivation 5 --posting 2', 'infoview targets --json | jq ".[0].next"']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ readTargets }, { lampRows }, { targetsJson, targetsTable }] = await Promise.all([
    import('./shared/targets-file.js'),
    import('./shared/lamp.js'),
    import('../render/targets.js'),
  ]);
  const targets = await readTargets(ctx.dir);
  const rows = await lampRows(ctx, targets);
  if (options.json) {
    ctx.io.stdout.write(targetsJson(rows));
    return;
  }
  if (!rows.length) {
    ctx.out('No targets yet. List about 40 employers you would like to work for, starting with:');
    ctx.out('  infoview targets add "Northwind Health" --motivation 5 --posting 2');
    ctx.out('Companies your contacts work at: infoview targets suggest');
    return;
  }
  ctx.out(targetsTable(rows, ctx.paint, ctx.io.stdout.columns));
}
