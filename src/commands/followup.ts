/** `infoview followup`: what is due or overdue with whom, most urgent first. */
import type { Context } from '../context.js';
import { followupItems } from '../domain/followup.js';
import { followupText, writeFollowupJson } from '../render/followup.js';
import { warnProblems } from './shared/common.js';

export async function run(ctx: Context, options: { json?: boolean }): Promise<void> {
  const { contacts, problems } = await ctx.store().readAll({ factsOnly: true });
  warnProblems(ctx, problems);
  const items = followupItems(contacts, ctx.now, await ctx.config());
  if (options.json) {
    writeFollowupJson(items, (chunk) => ctx.io.stdout.write(chunk));
    return;
  }
  ctx.out(followupText(items, ctx.now, ctx.paint));
}
