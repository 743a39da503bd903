/**
 * The careers office's pack (config.yaml `pack:`): a folder with its own `templates/*.liquid`
 * and `questions.yaml`, layered between the bundled templates and yours (store/templates.ts).
 * Only the commands that use templates look at it, so a wrong path never stops `list`.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UserError } from '../../errors.js';
import { configPathOf, expandHome, relativeInside } from '../../store/paths.js';
import type { TemplateName } from '../../domain/enums.js';
import { loadTemplate, type Layers, type Template, type Warn } from '../../store/templates.js';

/** A skipped template file, as one yellow `warning:` line on stderr. */
export const templateWarn = (ctx: Context): Warn => (line) => ctx.warn(ctx.paintErr.yellow(`warning: ${line}`));

/**
 * Where this data folder's templates are looked for. `pack:` is relative to the data folder, and
 * `~` is your home folder; a path that is not a folder is an error naming the key and the path.
 */
export async function templateLayers(ctx: Context): Promise<Layers> {
  const { pack } = await ctx.config();
  if (pack === undefined) return { dir: ctx.dir };
  const folder = resolve(ctx.dir, expandHome(pack));
  let problem: string | undefined;
  try {
    // stat, not open: a FIFO named there is reported, never waited on.
    const stats = statSync(folder, { throwIfNoEntry: false });
    problem = !stats ? 'does not exist' : stats.isDirectory() ? undefined : 'is not a folder';
  } catch (error) {
    problem = `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  if (problem) {
    throw new UserError(
      `the pack folder ${folder} (pack: in ${configPathOf(ctx.dir)}) ${problem}`,
      'Point pack: at the folder your careers office handed out (with templates/ and questions.yaml), or remove the line to use the bundled templates',
    );
  }
  if (templatesLeave(folder)) {
    throw new UserError(`${join(folder, 'templates')}: is a symbolic link that leaves the pack folder`, 'infoview reads only templates/ and questions.yaml inside a pack; ask your careers office for a copy without the link');
  }
  return { dir: ctx.dir, pack: folder };
}

/**
 * True when the pack's `templates/` is a symlink to somewhere outside the pack: each template's
 * own symlink is checked as it is read (data-file.ts), but a regular file under a linked folder
 * would be read from wherever the link points.
 */
function templatesLeave(folder: string): boolean {
  const templates = join(folder, 'templates');
  if (!lstatSync(templates, { throwIfNoEntry: false })?.isSymbolicLink()) return false;
  try {
    return relativeInside(realpathSync(folder), realpathSync(templates)) === undefined;
  } catch {
    return false; // a link to nothing: no templates in the pack
  }
}

/** The template in use for this data folder: yours, else the pack's, else the bundled one. */
export const templateInUse = async (ctx: Context, name: TemplateName): Promise<Template> => loadTemplate(await templateLayers(ctx), name, templateWarn(ctx));
