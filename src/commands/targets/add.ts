/** `infoview targets add <employer>`: put an employer on the LAMP list, with its scores. */
import { Command, Option } from '@commander-js/extra-typings';
import { oneOf } from '../shared/choices.js';
import { examples, type OptionsOf } from '../shared/define.js';
import type { Context } from '../../context.js';

const ADVOCACY = ['yes', 'no'] as const;

export const EMPLOYER = 'the employer, as you write it (case, accents and "Inc."/"Ltd" do not matter)';

export const definition = () =>
  new Command('add')
    .description('add a target employer, scored: motivation 1-5, posting 1-3, advocacy yes or no')
    .argument('<employer>', EMPLOYER)
    .option('--motivation <1-5>', 'how much you want to work there')
    .option('--posting <1-3>', 'how relevant their current openings are')
    .addOption(new Option('--advocacy <yes|no>', 'do you know (or can you find) someone there; default: yes when a contact works there').choices(ADVOCACY).argParser(oneOf(ADVOCACY)))
    .addHelpText('after', examples(['infoview targets add "Northwind Health" --motivation 5 --posting 2', 'infoview targets add "Contoso Ltd" --motivation 3 --posting 1 --advocacy no']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, employer: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError, UserError }, { isSeq }, { editTargets }, { lampRows, rankOf, scoreFlags }, { indexOfTarget, scoresText }, { hasLineBreak }] = await Promise.all([
    import('../../errors.js'),
    import('../shared/yaml-document.js'),
    import('../shared/targets-file.js'),
    import('../shared/lamp.js'),
    import('../../domain/targets.js'),
    import('../../domain/text.js'),
  ]);
  const name = employer.trim();
  if (!name || hasLineBreak(name)) throw new UsageError('the employer must be a name on one line', 'For example: infoview targets add "Northwind Health"');
  const scores = scoreFlags(options);
  const entry = { employer: name, ...scores, ...(options.advocacy ? { advocacy: options.advocacy } : {}) };
  const targets = await editTargets(ctx, (doc, listed) => {
    const taken = listed[indexOfTarget(listed, name)];
    if (taken) {
      const as = taken.employer === name ? '' : ` (as "${taken.employer}")`;
      throw new UserError(`"${name}" is already on your targets list${as}`, `Change its scores with \`infoview targets set "${taken.employer}" --motivation 4\``);
    }
    // An empty list (`targets: []`) is replaced, so the new one is written as a block, not `[{…}]`.
    const list = doc.get('targets', true);
    if (isSeq(list) && list.items.length) list.add(doc.createNode(entry));
    else doc.set('targets', doc.createNode([entry]));
  });
  ctx.record(undefined, name);
  const rows = await lampRows(ctx, targets);
  const placed = rankOf(rows, name);
  if (!placed) return;
  ctx.out(`Added ${name} (${scoresText(placed.row)}), rank ${placed.rank} of ${rows.length}. Next: ${placed.row.next}`);
}
