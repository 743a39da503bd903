/** `infoview git <args>…`: the system git, run in the data folder; its exit code is ours. */
import { Command } from '@commander-js/extra-typings';
import { examples } from './shared/define.js';
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('git')
    .description('run git in the data folder (its exit code is passed through); `--` before git\'s own --help')
    .argument('[args...]', 'arguments for git')
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText('after', examples(['infoview git log --oneline', 'infoview git remote add origin git@github.com:you/interviews.git']));

export async function run(ctx: Context, args: string[] = []): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ spawnSync }, { SilentExit, UserError }, { ensurePrivateDir }, { gitEnv, isRepository }] = await Promise.all([
    import('node:child_process'),
    import('../errors.js'),
    import('../store/atomic.js'),
    import('../store/git.js'),
  ]);
  // Outside a repository git would search the parent folders and could act on someone else's
  // repository (a dotfiles repo in $HOME), so only `git init` is let through there.
  if (!isRepository(ctx.dir) && args[0] !== 'init') {
    throw new UserError(`${ctx.dir} is not a git repository`, 'Make it one with `infoview init --git`');
  }
  if (!existsSync(ctx.dir)) ensurePrivateDir(ctx.dir);
  const onTerminal = ctx.interactive && Boolean(ctx.io.stdout.isTTY);
  const result = spawnSync('git', args, {
    cwd: ctx.dir,
    // Always the data folder's repository, even inside a git hook or vcsh (GIT_DIR and friends).
    env: gitEnv(ctx.env),
    encoding: 'utf8',
    // On a terminal git gets it directly (pager, editor, colours); otherwise its output is relayed.
    stdio: onTerminal ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw new UserError(`could not run git: ${result.error.message}`, 'Install git and make sure it is on your PATH');
  if (!onTerminal) {
    if (result.stdout) ctx.io.stdout.write(result.stdout);
    if (result.stderr) ctx.io.stderr.write(result.stderr);
  }
  const code = result.status ?? 1;
  if (code !== 0) throw new SilentExit(code);
}
