/** `infoview __slugs` (hidden): every contact slug, one a line, for shell completion. Reads names only, never parses. */
import type { Context } from '../context.js';

export function run(ctx: Context): void {
  const slugs = ctx.store().slugs();
  if (slugs.length) ctx.io.stdout.write(`${slugs.join('\n')}\n`);
}
