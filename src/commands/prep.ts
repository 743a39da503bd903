/** `infoview prep <contact>`: the Markdown prep sheet for the next meeting. */
import { Command } from '@commander-js/extra-typings';
import { examples, CONTACT, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('prep')
    .description('the prep sheet (Markdown) for the next meeting: who, when, research, pitch, questions, etiquette')
    .argument('<contact>', CONTACT)
    .option('--count <n>', 'how many prepared questions, besides the closing "who else" one (default: defaults.questionCount)')
    .option('--out <file>', 'write the sheet to a file (plain Markdown, mode 0600)')
    .option('--shuffle', 'pick a new set of questions (the set is otherwise the same every run)')
    .option('--seed <n>', 'pick the questions with this seed')
    .addHelpText('after', examples(['infoview prep maya', 'infoview prep maya --count 8 --out ~/maya-prep.md', 'infoview prep maya --shuffle']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ renderTemplate }, { markdownForTerminal }, { findContact }, { templateInUse }, { modelFor }, { contactSeed, pickQuestions, questionCountFlag }, { writeOutFile }] = await Promise.all([
    import('../render/liquid.js'),
    import('../render/markdown-term.js'),
    import('../store/lookup.js'),
    import('./shared/pack.js'),
    import('./shared/model-for.js'),
    import('./shared/text-common.js'),
    import('../store/out-file.js'),
  ]);
  const { contact: stored } = await findContact(ctx.store(), query);
  const config = await ctx.config();
  const count = questionCountFlag(options.count) ?? config.defaults.questionCount;
  const { role, company } = stored.contact;
  const field = stored.contact.field ?? config.me.field;
  // One more than --count: the referral question is asked at the end, apart from the prepared ones.
  const picked = await pickQuestions(ctx, { count: count + 1, seed: contactSeed(stored.slug, options), tailoring: { role, company, field }, stage: config.me.stage }, 1);
  const questions = picked.filter((q) => !q.referral);
  const target = await (await import('./shared/lamp.js')).targetOf(ctx, company);
  const model = await modelFor(ctx, stored, { questions, referral: picked.find((q) => q.referral), target });
  const template = await templateInUse(ctx, 'prep');
  const sheet = `${(await renderTemplate(template.path, template.text, model)).trim()}\n`;
  if (options.out !== undefined) {
    const file = writeOutFile(ctx.dir, ctx.changes, options.out, sheet);
    ctx.warn(`Wrote the prep sheet for ${stored.contact.name} to ${file}`);
    return;
  }
  // On a terminal, colour; piped, the Markdown as it is (styles are plain when colour is off).
  ctx.out(ctx.paint.on ? `${markdownForTerminal(sheet.trimEnd(), ctx.paint)}\n` : sheet);
}
