/** `infoview prep <contact>`: the Markdown prep sheet for the next meeting. */
import type { Context } from '../context.js';
import { renderTemplate } from '../render/liquid.js';
import { markdownForTerminal } from '../render/markdown-term.js';
import { findContact } from '../store/lookup.js';
import { loadTemplate } from '../store/templates.js';
import { modelFor } from './shared/model-for.js';
import { contactSeed, pickQuestions, questionCountFlag } from './shared/text-common.js';
import { writeOutFile } from '../store/out-file.js';

interface Options {
  count?: string;
  out?: string;
  shuffle?: boolean;
  seed?: string;
}

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  const { contact: stored } = await findContact(ctx.store(), query);
  const config = await ctx.config();
  const count = questionCountFlag(options.count) ?? config.defaults.questionCount;
  const { role, company } = stored.contact;
  const field = stored.contact.field ?? config.me.field;
  // One more than --count: the referral question is asked at the end, apart from the prepared ones.
  const picked = pickQuestions(ctx, { count: count + 1, seed: contactSeed(stored.slug, options), tailoring: { role, company, field }, stage: config.me.stage }, 1);
  const questions = picked.filter((q) => !q.referral);
  const model = await modelFor(ctx, stored, { questions, referral: picked.find((q) => q.referral) });
  const template = loadTemplate(ctx.dir, 'prep', (w) => ctx.warn(ctx.paintErr.yellow(`warning: ${w}`)));
  const sheet = `${(await renderTemplate(template.path, template.text, model)).trim()}\n`;
  if (options.out) {
    const file = writeOutFile(ctx.dir, ctx.changes, options.out, sheet);
    ctx.warn(`Wrote the prep sheet for ${stored.contact.name} to ${file}`);
    return;
  }
  // On a terminal, colour; piped, the Markdown as it is (styles are plain when colour is off).
  ctx.out(ctx.paint.on ? `${markdownForTerminal(sheet.trimEnd(), ctx.paint)}\n` : sheet);
}
