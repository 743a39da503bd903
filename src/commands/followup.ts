/** `infoview followup`: what is due or overdue with whom, most urgent first. */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('followup')
    .description('what is due or overdue: overdue thank-yous, then due ones, then the rest by due time')
    .option('--json', 'print JSON')
    .addOption(new Option('--brief', 'one line of counts for a shell prompt (2 thank-yous overdue · 1 nudge due); nothing when nothing is due').conflicts('json'))
    .addHelpText('after', examples(['infoview followup', 'infoview followup --json | jq -r ".[].command"', 'infoview followup --brief   # bash prompt: PS1=\'$(infoview followup --brief 2>/dev/null) \'"$PS1"']));

export async function run(ctx: Context, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ followupItems }, { warnProblems }] = await Promise.all([import('../domain/followup.js'), import('./shared/common.js')]);
  const { contacts, problems } = await ctx.store().readAll();
  warnProblems(ctx, problems);
  const items = followupItems(contacts, ctx.now, await ctx.config());
  // The JSON and the brief line need no table code (string-width and its Unicode tables are slow to load).
  if (options.brief) {
    const { followupBrief } = await import('../render/followup-brief.js');
    const line = followupBrief(items);
    if (line) ctx.out(line);
    return;
  }
  if (options.json) {
    const { writeFollowupJson } = await import('../render/followup-json.js');
    writeFollowupJson(items, (chunk) => ctx.io.stdout.write(chunk));
    return;
  }
  const { followupText } = await import('../render/followup.js');
  ctx.out(followupText(items, ctx.now, ctx.paint));
}
