/** `infoview where`: the data folder this command line uses, and where that choice came from. */
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../context.js';
import { examples } from './shared/define.js';

export const definition = () =>
  new Command('where')
    .description('print the data folder (the path alone when piped, for scripts)')
    .addHelpText('after', examples(['infoview where', 'cd "$(infoview where)"', 'explorer (infoview where)   # PowerShell: open it in Explorer']));

const FROM = { flag: 'from --dir', env: 'from INFOVIEW_DIR', default: "your system's per-user data folder; choose another with --dir or INFOVIEW_DIR" };

export async function run(ctx: Context): Promise<void> {
  ctx.out(ctx.dir);
  if (ctx.io.stdout.isTTY) ctx.out(ctx.paint.dim(`(${FROM[ctx.dirFrom]})`));
}
