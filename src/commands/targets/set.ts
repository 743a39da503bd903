/** `infoview targets set <employer>`: change a target's scores. */
import { Command, Option } from '@commander-js/extra-typings';
import { oneOf } from '../shared/choices.js';
import { examples, type OptionsOf } from '../shared/define.js';
import type { Context } from '../../context.js';
import { EMPLOYER } from './add.js';

const ADVOCACY = ['yes', 'no', 'auto'] as const;

export const definition = () =>
  new Command('set')
    .description("change a target's scores (advocacy auto: from your contacts again)")
    .argument('<employer>', EMPLOYER)
    .option('--motivation <1-5>', 'how much you want to work there')
    .option('--posting <1-3>', 'how relevant their current openings are')
    .addOption(new Option('--advocacy <yes|no|auto>', 'do you know someone there; auto: yes when a contact works there').choices(ADVOCACY).argParser(oneOf(ADVOCACY)))
    .addHelpText('after', examples(['infoview targets set "Northwind Health" --posting 3', 'infoview targets set contoso --advocacy auto']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, employer: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError }, { editTargets }, { lampRows, rankOf, scoreFlags, targetIndex }, { scoresText }] = await Promise.all([
    import('../../errors.js'),
    import('../shared/targets-file.js'),
    import('../shared/lamp.js'),
    import('../../domain/targets.js'),
  ]);
  const scores = scoreFlags(options);
  if (!Object.keys(scores).length && !options.advocacy) {
    throw new UsageError('targets set needs a score to change', `For example: infoview targets set "${employer}" --motivation 4 (or --posting, --advocacy)`);
  }
  let name = employer;
  const targets = await editTargets(ctx, (doc, listed) => {
    const i = targetIndex(listed, employer);
    name = listed[i]?.employer ?? employer;
    for (const [key, value] of Object.entries(scores)) doc.setIn(['targets', i, key], value);
    if (options.advocacy === 'auto') doc.deleteIn(['targets', i, 'advocacy']);
    else if (options.advocacy) doc.setIn(['targets', i, 'advocacy'], options.advocacy);
  });
  const changed = [...Object.entries(scores).map(([k, v]) => `${k} ${v}`), ...(options.advocacy ? [`advocacy ${options.advocacy}`] : [])].join(', ');
  ctx.record(undefined, `${name}, ${changed}`);
  const rows = await lampRows(ctx, targets);
  const placed = rankOf(rows, name);
  if (placed) ctx.out(`${name}: ${scoresText(placed.row)}, rank ${placed.rank} of ${rows.length}. Next: ${placed.row.next}`);
}
