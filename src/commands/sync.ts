/**
 * `infoview sync`: pull (rebase) and push the data folder, so one network lives on several
 * machines. git is the whole engine; a conflict stops the sync and is explained, never resolved
 * by dropping one side.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { git, isRepository } from '../store/git.js';

const RESOLVE_HINT = (files: string[]) =>
  [
    'Nothing was lost: both versions are in the file, between <<<<<<< and >>>>>>> lines.',
    '  1. infoview git status                      lists the files in conflict',
    `  2. edit ${files.length === 1 ? files[0] : 'each file'}: keep what you want, delete the marker lines`,
    '  3. infoview git add <file>, then infoview git rebase --continue',
    '  4. infoview sync                            sends the result',
    'To give up this sync and go back to where you were: infoview git rebase --abort',
  ].join('\n');

export function run(ctx: Context): void {
  if (!isRepository(ctx.dir)) {
    throw new UserError(`${ctx.dir} is not a git repository`, 'Make it one with `infoview init --git`, then add a remote: `infoview git remote add origin <url>`');
  }
  // Never wait for a password prompt nobody can see.
  const env = ctx.interactive ? ctx.env : { ...ctx.env, GIT_TERMINAL_PROMPT: '0' };
  const run = (args: string[]) => git(ctx.dir, args, { env });
  const must = (args: string[], what: string) => {
    const r = run(args);
    if (r.status !== 0) throw new UserError(`${what} failed: ${r.stderr.trim().split('\n').at(-1) ?? ''}`, 'See `infoview git status`; run the git command yourself with `infoview git …` for details');
    return r.stdout.trim();
  };

  const remotes = must(['remote'], 'git remote').split('\n').filter(Boolean);
  if (!remotes.length) {
    throw new UserError('no remote to sync with', 'Add one (a private repository you own): `infoview git remote add origin <url>`');
  }
  const remote = remotes.includes('origin') ? 'origin' : (remotes[0] as string);
  if (conflicted(run).length || ['rebase-merge', 'rebase-apply'].some((d) => existsSync(join(ctx.dir, '.git', d)))) {
    const files = conflicted(run);
    throw new UserError(`an earlier sync is still waiting${files.length ? ` on ${files.join(', ')}` : ''}`, RESOLVE_HINT(files));
  }
  // Edits made by hand (or by another tool) are committed first, so the pull cannot refuse.
  if (must(['status', '--porcelain'], 'git status')) {
    must(['add', '-A'], 'git add');
    must(['commit', '--quiet', '-m', 'sync: edits made outside infoview'], 'git commit');
  }
  const branch = must(['symbolic-ref', '--short', 'HEAD'], 'finding the current branch');
  const before = run(['rev-parse', '-q', '--verify', 'HEAD']).stdout.trim();
  const remoteHas = run(['ls-remote', '--exit-code', '--heads', remote, branch]);
  if (remoteHas.status !== 0 && remoteHas.status !== 2) {
    throw new UserError(`cannot reach ${remote}: ${remoteHas.stderr.trim().split('\n').at(-1) ?? ''}`, `Check the address with \`infoview git remote -v\` and your network`);
  }
  let received = 0;
  if (remoteHas.status === 0) {
    const pull = run(['pull', '--rebase', '--quiet', remote, branch]);
    if (pull.status !== 0) {
      const files = conflicted(run);
      if (files.length) throw new UserError(`sync stopped: ${files.join(', ')} changed on both machines`, RESOLVE_HINT(files));
      throw new UserError(`git pull failed: ${pull.stderr.trim().split('\n').at(-1) ?? ''}`, 'See `infoview git status`');
    }
    // What the remote had that this machine did not: counted on the remote's branch, since a
    // rebase rewrites the local commits.
    const range = before ? `${before}..${remote}/${branch}` : `${remote}/${branch}`;
    received = Number(run(['rev-list', '--count', range]).stdout.trim()) || 0;
  }
  const head = run(['rev-parse', '-q', '--verify', 'HEAD']);
  let sent = 0;
  if (head.status === 0) {
    const ahead = run(['rev-list', '--count', remoteHas.status === 0 ? `${remote}/${branch}..HEAD` : 'HEAD']);
    sent = Number(ahead.stdout.trim()) || 0;
    if (sent > 0) must(['push', '--quiet', '-u', remote, branch], `git push to ${remote}`);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  ctx.out(`Synced with ${remote}/${branch}: received ${plural(received, 'change')}, sent ${plural(sent, 'change')}.`);
}

function conflicted(run: (args: string[]) => { stdout: string }): string[] {
  return run(['diff', '--name-only', '--diff-filter=U']).stdout.split('\n').filter(Boolean);
}
