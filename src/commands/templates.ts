/** `infoview templates [list|show NAME|eject NAME]`: see and customise the templates: bundled, a pack's, yours. */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import { DRAFT_KINDS, KIND_ALIASES, TEMPLATE_NAMES } from '../domain/enums.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('templates')
    .description(`see the templates in use (bundled, a careers office's pack, yours), or copy one into <dir>/templates/ to customise it`)
    .argument('[action]', 'list (default), show or eject')
    .argument('[name]', `template name: ${[...DRAFT_KINDS, 'prep', 'questions'].join(', ')}`)
    .option('--force', 'eject: replace your existing copy')
    .addHelpText('after', examples(['infoview templates', 'infoview templates show email', 'infoview templates eject thankyou']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

export async function run(ctx: Context, action: string | undefined, name: string | undefined, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError }, { table }, { ejectTemplate, loadTemplate, locateTemplate, templateName }, { templateLayers, templateWarn }] = await Promise.all([
    import('../errors.js'),
    import('../render/table.js'),
    import('../store/templates.js'),
    import('./shared/pack.js'),
  ]);
  const verb = action ?? 'list';
  const warn = templateWarn(ctx);
  if (verb === 'list') {
    if (name) throw new UsageError(`templates list takes no name (got "${name}")`, 'Use `infoview templates show NAME` to see one');
    const layers = await templateLayers(ctx);
    const rows = TEMPLATE_NAMES.map((n) => {
      const t = locateTemplate(layers, n, warn);
      return [n, t.source, t.path];
    });
    ctx.out(table([{ header: 'NAME' }, { header: 'FROM' }, { header: 'PATH' }], rows, { header: (s) => ctx.paint.bold(s) }));
    return;
  }
  if (verb !== 'show' && verb !== 'eject') {
    throw new UsageError(`"${verb}" is not a templates action`, 'Use `infoview templates list`, `templates show NAME` or `templates eject NAME`');
  }
  if (!name) throw new UsageError(`templates ${verb} needs a template name`, `One of: ${TEMPLATE_NAMES.join(', ')}`);
  const which = templateName((Object.hasOwn(KIND_ALIASES, name) && KIND_ALIASES[name]) || name);
  const layers = await templateLayers(ctx);
  if (verb === 'show') {
    const t = loadTemplate(layers, which, warn);
    ctx.warn(ctx.paintErr.dim(`${t.source}: ${t.path}`));
    ctx.out(t.text);
    return;
  }
  const { path, from } = ejectTemplate(layers, ctx.changes, which, Boolean(options.force), warn);
  ctx.out(path);
  ctx.warn(`Copied the ${from === 'pack' ? "pack's" : 'bundled'} ${which} template; edit it there. infoview now uses your copy (delete it to go back).`);
}
