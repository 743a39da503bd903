/** `infoview questions`: an open-ended question list, balanced across the themes. */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('questions')
    .description('an open-ended question list, balanced across themes, always with one "who else" question')
    .option('--field <field>', 'tailor the questions to this field (default: me.field in config.yaml)')
    .option('--role <role>', 'tailor the questions to this role')
    .option('--company <company>', 'tailor the questions to this organisation')
    .option('--count <n>', 'how many (default: defaults.questionCount in config.yaml, 5)')
    .option('--seed <n>', 'the same seed gives the same list (default: a new list each run)')
    .option('--json', 'print JSON: [{ text, theme, referral }]')
    .addHelpText('after', examples(['infoview questions --field "UX research" --company "Northwind Health"', 'infoview questions --count 10 --json']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const { pickQuestions, questionCountFlag, wholeNumber } = await import('./shared/text-common.js');
  const config = await ctx.config();
  const count = questionCountFlag(options.count) ?? config.defaults.questionCount;
  // Without --seed each run gives a fresh list; a seed makes it repeatable (scripts, tests).
  const seed = wholeNumber('--seed', options.seed, 0) ?? Math.floor(Math.random() * 2 ** 32);
  // The field you are exploring (config.yaml `me.field`) stands in when --field is not given.
  const tailoring = { field: options.field ?? config.me.field, role: options.role, company: options.company };
  const questions = await pickQuestions(ctx, { count, seed, tailoring, stage: config.me.stage });
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(questions, null, 2)}\n`);
    return;
  }
  questions.forEach((q, i) => ctx.out(`${ctx.paint.bold(`${i + 1}.`)} ${q.text} ${ctx.paint.dim(`(${q.theme})`)}`));
}
