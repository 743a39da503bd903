/** `infoview templates [list|show NAME|eject NAME]`: see and customise the bundled templates. */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import { DRAFT_KINDS, KIND_ALIASES } from '../domain/enums.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('templates')
    .description(`see the bundled templates, or copy one into <dir>/templates/ to customise it`)
    .argument('[action]', 'list (default), show or eject')
    .argument('[name]', `template name: ${[...DRAFT_KINDS, 'prep', 'questions'].join(', ')}`)
    .option('--force', 'eject: replace your existing copy')
    .addHelpText('after', examples(['infoview templates', 'infoview templates show email', 'infoview templates eject thankyou']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, action: string | undefined, name: string | undefined, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError }, { table }, { ejectTemplate, loadTemplate, locateTemplate, templateName, TEMPLATE_NAMES }] = await Promise.all([
    import('../errors.js'),
    import('../render/table.js'),
    import('../store/templates.js'),
  ]);
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
  const which = templateName((Object.hasOwn(KIND_ALIASES, name) && KIND_ALIASES[name]) || name);
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
