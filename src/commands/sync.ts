/**
 * `infoview sync`: pull (rebase) and push the data folder, so one network lives on several
 * machines. git is the whole engine; a conflict stops the sync and is explained, never resolved
 * by dropping one side. Once the person has resolved it (`infoview edit <slug>`), the next sync
 * finishes the stopped rebase and carries on.
 */
import { Command } from '@commander-js/extra-typings';
import { applyNoInput, examples, NO_INPUT, type OptionsOf } from './shared/define.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Env } from '../context.js';
import { UserError } from '../errors.js';
// Light: git itself is required on first use (store/git.ts).
import { git, gitReason, isRepository } from '../store/git.js';
import { syncStopped, unmergedFiles, unresolvedFiles } from '../store/sync-stop.js';

export const definition = () =>
  new Command('sync')
    .description('pull (rebase) from and push to the branch\'s upstream (else origin); a conflict stops it: fix the file with `infoview edit <contact>`, then sync again')
    .option(...NO_INPUT)
    .addHelpText('after', examples(['infoview sync', 'infoview sync --no-input   # never waits on a git password prompt']));

type Git = (args: string[], input?: string) => { status: number; stdout: string; stderr: string };

const slugOf = (file: string) => /^contacts\/(.+)\.yaml$/.exec(file)?.[1];

const RESOLVE_HINT = (files: string[]) => {
  const edits = files.map((f) => (slugOf(f) ? `infoview edit ${slugOf(f)}` : `edit ${f} by hand`)).join(', then ');
  return [
    'Both machines changed the same lines (a merge conflict); nothing was lost: both versions are in the file, between <<<<<<< and >>>>>>> lines.',
    `  1. ${edits}: keep what you want, delete the marker lines`,
    '  2. infoview sync                            finishes the sync and sends the result',
    '  (or by hand: infoview git status, infoview git add <file>, infoview git rebase --continue, infoview sync)',
    'To give up this sync and go back to where you were: infoview git rebase --abort',
  ].join('\n');
};

/** Where to pull from and push to: the branch's upstream, else `origin` (which then becomes it). */
interface Target {
  remote: string;
  branch: string;
  /** No upstream yet: the first push sets it. An existing upstream is never re-pointed. */
  setUpstream: boolean;
}

function targetOf(run: Git, branch: string, remotes: string[]): Target {
  const remote = run(['config', '--get', `branch.${branch}.remote`]).stdout.trim();
  const merge = run(['config', '--get', `branch.${branch}.merge`]).stdout.trim();
  if (remote && remote !== '.' && merge) return { remote, branch: merge.replace(/^refs\/heads\//, ''), setUpstream: false };
  if (remotes.includes('origin')) return { remote: 'origin', branch, setUpstream: true };
  throw new UserError(
    `the branch ${branch} has no upstream to sync with, and there is no remote named origin`,
    `Choose the remote once (${remotes.join(', ')}): \`infoview git push -u <remote> ${branch}\`, then \`infoview sync\``,
  );
}

export function run(ctx: Context, options: OptionsOf<typeof definition>): void {
  applyNoInput(ctx, options);
  if (!isRepository(ctx.dir)) {
    throw new UserError(`${ctx.dir} is not a git repository`, 'Make it one with `infoview init --git`, then add a remote: `infoview git remote add origin <url>`');
  }
  // Never wait for a password prompt nobody can see.
  const env = ctx.interactive ? ctx.env : { ...ctx.env, GIT_TERMINAL_PROMPT: '0' };
  const run: Git = (args, input) => git(ctx.dir, args, { env, ...(input === undefined ? {} : { input }) });
  const must = (args: string[], what: string) => {
    const r = run(args);
    if (r.status !== 0) throw new UserError(`${what} failed: ${gitReason(r.stderr)}`, 'See `infoview git status`; run the git command yourself with `infoview git …` for details');
    return r.stdout.trim();
  };

  if (syncStopped(ctx.dir)) finishStoppedSync(ctx.dir, env);
  const remotes = must(['remote'], 'git remote').split('\n').filter(Boolean);
  if (!remotes.length) {
    throw new UserError('no remote to sync with', 'Add one (a private repository you own): `infoview git remote add origin <url>`');
  }
  const branch = must(['symbolic-ref', '--short', 'HEAD'], 'finding the current branch');
  const { remote, branch: remoteBranch, setUpstream } = targetOf(run, branch, remotes);
  // Edits made by hand (or by another tool) are committed first, so the pull cannot refuse.
  if (must(['status', '--porcelain'], 'git status')) {
    must(['add', '-A'], 'git add');
    must(['commit', '--quiet', '-m', 'sync: edits made outside infoview'], 'git commit');
  }
  const before = run(['rev-parse', '-q', '--verify', 'HEAD']).stdout.trim();
  const remoteHas = run(['ls-remote', '--exit-code', '--heads', remote, remoteBranch]);
  if (remoteHas.status !== 0 && remoteHas.status !== 2) {
    throw new UserError(`could not reach the remote ${remote}: ${gitReason(remoteHas.stderr)}`, `Check its address with \`infoview git remote -v\`, your network, and that you may read it`);
  }
  const tracking = `${remote}/${remoteBranch}`;
  let received = 0;
  if (remoteHas.status === 0) {
    const pull = run(['pull', '--rebase', '--quiet', remote, remoteBranch]);
    if (pull.status !== 0) stopOrFail(ctx.dir, env, `git pull from ${remote} failed`, pull.stderr);
    // What the remote had that this machine did not: counted on the remote's branch, since a
    // rebase rewrites the local commits.
    received = Number(run(['rev-list', '--count', before ? `${before}..${tracking}` : tracking]).stdout.trim()) || 0;
  }
  const head = run(['rev-parse', '-q', '--verify', 'HEAD']);
  let sent = 0;
  if (head.status === 0) {
    const ahead = run(['rev-list', '--count', remoteHas.status === 0 ? `${tracking}..HEAD` : 'HEAD']);
    sent = Number(ahead.stdout.trim()) || 0;
    // An explicit refspec: exactly this branch to the upstream's branch, whatever push.default says.
    if (sent > 0) must(['push', '--quiet', ...(setUpstream ? ['-u'] : []), remote, `${branch}:refs/heads/${remoteBranch}`], `git push to ${remote}`);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  ctx.out(`Synced with ${tracking}: received ${plural(received, 'change')}, sent ${plural(sent, 'change')}.`);
}

/** After a failed pull or continue: a conflict is explained with how to resolve it; anything else is git's reason. */
function stopOrFail(dir: string, env: Env, what: string, stderr: string): never {
  const files = unmergedFiles(dir, env);
  if (files.length) throw new UserError(`sync stopped: ${files.join(', ')} changed on both machines`, RESOLVE_HINT(files));
  throw new UserError(`${what}: ${gitReason(stderr)}`, 'See `infoview git status`');
}

/**
 * The sync stopped on a conflict earlier. Files that still hold conflict markers: refuse, naming
 * them. Otherwise the person resolved them: stage those files and let the rebase go on, with no
 * editor for the commit messages (GIT_EDITOR=true keeps each one as it was).
 */
function finishStoppedSync(dir: string, env: Env): void {
  const run: Git = (args, input) => git(dir, args, { env: { ...env, GIT_EDITOR: 'true' }, ...(input === undefined ? {} : { input }) });
  const unmerged = unmergedFiles(dir, env);
  const unresolved = unresolvedFiles(dir, unmerged);
  if (unresolved.length) throw new UserError(`an earlier sync is still waiting on ${unresolved.join(', ')}`, RESOLVE_HINT(unresolved));
  if (unmerged.length) {
    const add = run(['--literal-pathspecs', 'add', '-A', '--pathspec-from-file=-', '--pathspec-file-nul'], unmerged.join('\0'));
    if (add.status !== 0) throw new UserError(`could not stage the resolved files: ${gitReason(add.stderr)}`, 'See `infoview git status`');
  }
  const rebasing = ['rebase-merge', 'rebase-apply'].some((name) => existsSync(join(dir, '.git', name)));
  // Each round finishes one of the rebased commits; a later one may stop on a conflict of its own.
  for (let round = 0; syncStopped(dir) && round < 10_000; round++) {
    const r = run(rebasing ? ['rebase', '--continue'] : ['commit', '--no-edit', '--quiet']);
    if (r.status === 0) continue;
    // The resolution kept exactly what the other machine had: this machine's commit is now empty.
    const nothingStaged = rebasing && run(['diff', '--cached', '--quiet']).status === 0 && !unmergedFiles(dir, env).length;
    if (nothingStaged && run(['rebase', '--skip']).status === 0) continue;
    stopOrFail(dir, env, 'finishing the stopped sync failed', r.stderr || r.stdout);
  }
}
