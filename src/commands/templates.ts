/** `infoview templates [list|show NAME|eject NAME]`: see and customise the bundled templates. */
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { table } from '../render/table.js';
import { ejectTemplate, loadTemplate, locateTemplate, templateName, TEMPLATE_NAMES } from '../store/templates.js';

interface Options {
  force?: boolean;
}

export async function run(ctx: Context, action: string | undefined, name: string | undefined, options: Options): Promise<void> {
  const verb = action ?? 'list';
  const warn = (line: string) => ctx.warn(ctx.paintErr.yellow(`warning: ${line}`));
  if (verb === 'list') {
    if (name) throw new UsageError(`templates list takes no name (got "${name}")`, 'Use `infoview templates show NAME` to see one');
    const rows = TEMPLATE_NAMES.map((n) => {
      const t = locateTemplate(ctx.dir, n, warn);
      return [n, t.overridden ? 'overridden' : 'bundled', t.path];
    });
    ctx.out(table([{ header: 'NAME' }, { header: 'IN USE' }, { header: 'PATH' }], rows, { header: (s) => ctx.paint.bold(s) }));
    return;
  }
  if (verb !== 'show' && verb !== 'eject') {
    throw new UsageError(`"${verb}" is not a templates action`, 'Use `infoview templates list`, `templates show NAME` or `templates eject NAME`');
  }
  if (!name) throw new UsageError(`templates ${verb} needs a template name`, `One of: ${TEMPLATE_NAMES.join(', ')}`);
  const which = templateName(name);
  if (verb === 'show') {
    const t = loadTemplate(ctx.dir, which, warn);
    ctx.warn(ctx.paintErr.dim(`${t.overridden ? 'your override' : 'bundled'}: ${t.path}`));
    ctx.out(t.text);
    return;
  }
  const file = ejectTemplate(ctx.dir, ctx.changes, which, Boolean(options.force));
  ctx.out(file);
  ctx.warn(`Copied the bundled ${which} template; edit it there. infoview now uses your copy (delete it to go back).`);
}
