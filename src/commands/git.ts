/** `infoview git <args>…`: the system git, run in the data folder; its exit code is ours. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { SilentExit, UserError } from '../errors.js';
import { ensurePrivateDir } from '../store/atomic.js';
import { gitEnv, isRepository } from '../store/git.js';

export function run(ctx: Context, args: string[] = []): void {
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
