/** `infoview __slugs` (hidden): every contact slug, one a line, for shell completion. Reads names only, never parses. */
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../context.js';

export const definition = () => new Command('__slugs');

export async function run(ctx: Context): Promise<void> {
  // Only names a command line can use: a file name with a control character or a space never reaches the shell.
  const { isSlug } = await import('../domain/slug-shape.js');
  const slugs = ctx.store().slugs().filter(isSlug);
  if (slugs.length) ctx.io.stdout.write(`${slugs.join('\n')}\n`);
}
