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
  if (!contacts.length && !problems.length) {
    // Nothing to follow up because nothing is there yet: say how to start, not "a good day".
    const [{ existsSync }, { configPathOf }] = await Promise.all([import('node:fs'), import('../store/paths.js')]);
    const started = existsSync(configPathOf(ctx.dir));
    ctx.out(
      started
        ? `No contacts yet, so nothing to follow up. Add the first: ${ctx.paint.bold('infoview add contact "Full Name"')}`
        : `Nothing is set up in ${ctx.dir} yet. Start with ${ctx.paint.bold('infoview init')}, or try infoview first: infoview demo --dir infoview-demo`,
    );
    return;
  }
  const { followupText } = await import('../render/followup.js');
  ctx.out(followupText(items, ctx.now, ctx.paint));
}
