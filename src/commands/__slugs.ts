/** `infoview __slugs` (hidden): every contact slug, one a line, for shell completion. Reads names only, never parses. */
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../context.js';

export const definition = () => new Command('__slugs');

export async function run(ctx: Context): Promise<void> {
  const slugs = ctx.store().slugs();
  if (slugs.length) ctx.io.stdout.write(`${slugs.join('\n')}\n`);
}
