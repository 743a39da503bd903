/** `infoview questions`: an open-ended question list, balanced across the themes. */
import type { Context } from '../context.js';
import { pickQuestions, questionCountFlag, wholeNumber } from './shared/text-common.js';

interface Options {
  field?: string;
  role?: string;
  company?: string;
  count?: string;
  seed?: string;
  json?: boolean;
}

export async function run(ctx: Context, options: Options): Promise<void> {
  const config = await ctx.config();
  const count = questionCountFlag(options.count) ?? config.defaults.questionCount;
  // Without --seed each run gives a fresh list; a seed makes it repeatable (scripts, tests).
  const seed = wholeNumber('--seed', options.seed, 0) ?? Math.floor(Math.random() * 2 ** 32);
  // The field you are exploring (config.yaml `me.field`) stands in when --field is not given.
  const tailoring = { field: options.field ?? config.me.field, role: options.role, company: options.company };
  const questions = pickQuestions(ctx, { count, seed, tailoring, stage: config.me.stage });
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(questions, null, 2)}\n`);
    return;
  }
  questions.forEach((q, i) => ctx.out(`${ctx.paint.bold(`${i + 1}.`)} ${q.text} ${ctx.paint.dim(`(${q.theme})`)}`));
}
