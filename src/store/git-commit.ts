/**
 * The auto-commit: after a command wrote into a data folder that is a git repository, commit
 * exactly those files with a message a person can read in `git log` ("add meeting: Maya Chen").
 * The data is already safely on disk; a failed commit is a warning, never a failed command.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Context } from '../context.js';
import { forTerminal } from '../render/terminal-text.js';
import { git, gitReason, isRepository } from './git.js';
import { withLock } from './lock.js';
import { syncStopped } from './sync-stop.js';

/** Scratch files (locks, temps) never go into history. */
const SCRATCH = /(\.lock|\.lock\.break|\.tmp|\.edit\.yaml)$/;

/** The contact's name from its file (a cheap scan, not a parse), else the slug. */
export function nameInFile(file: string): string {
  const slug = basename(file, '.yaml');
  if (!existsSync(file)) return slug;
  const m = /^name:[ \t]*(.+?)[ \t]*(#.*)?$/m.exec(readFileSync(file, 'utf8'));
  const raw = m?.[1]?.trim();
  if (!raw) return slug;
  return raw.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * `add meeting: Maya Chen`; several people are listed, many are counted. Without contacts, the
 * other files (relative to the data folder) name the change: `templates: templates/email.liquid`.
 */
export function commitMessage(path: string, summary: string | undefined, contactFiles: readonly string[], otherFiles: readonly string[] = []): string {
  // `git log` prints the message raw to a terminal: a name's control characters go in escaped.
  return forTerminal(rawMessage(path, summary, contactFiles, otherFiles));
}

function rawMessage(path: string, summary: string | undefined, contactFiles: readonly string[], otherFiles: readonly string[]): string {
  if (summary) return `${path}: ${summary}`;
  const names = contactFiles.length ? contactFiles.map(nameInFile) : [...otherFiles];
  if (!names.length) return path;
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return `${path}: ${shown}`;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** How long to wait for git's own index.lock (someone's `git status`, an editor's git plugin). */
const INDEX_LOCK_TRIES = 20;

type GitRun = (args: string[], input?: string) => { status: number; stdout: string; stderr: string };

/** Run git, waiting a little while another git process holds the repository's index.lock. */
function patientGit(ctx: Context): GitRun {
  return (args, input) => {
    for (let attempt = 1; ; attempt++) {
      const result = git(ctx.dir, ['--literal-pathspecs', ...args], { env: ctx.env, ...(input === undefined ? {} : { input }) });
      if (result.status === 0 || !/index\.lock/.test(result.stderr) || attempt >= INDEX_LOCK_TRIES) return result;
      Atomics.wait(sleeper, 0, 0, 25 + Math.random() * 50);
    }
  };
}

/** Where the commit lock lives: inside `.git/`, or beside it when `.git` is a file (a worktree). */
function commitLockOf(dir: string): string {
  const gitDir = join(dir, '.git');
  return statSync(gitDir, { throwIfNoEntry: false })?.isDirectory() ? join(gitDir, 'infoview-commit') : join(dir, '.infoview-commit');
}

/**
 * Commit `files` (this command's writes) and nothing else. The data is already safely on disk,
 * so whatever goes wrong here is a warning, never a failed command.
 */
export function commitChanges(ctx: Context, path: string, files: readonly string[]): void {
  if (!isRepository(ctx.dir)) return;
  const inside = files
    .map((f) => relative(ctx.dir, f))
    .filter((f) => f && !f.startsWith('..') && !f.startsWith(`.git${sep}`) && !SCRATCH.test(f));
  if (!inside.length) return;
  const failed = (what: string, reason: string) =>
    ctx.warn(
      ctx.paintErr.yellow(`warning: saved, but git ${what} failed: ${gitReason(reason)}`) +
        '\n  Your files are safe. Run `infoview git status` to see what is uncommitted.',
    );
  try {
    // One commit at a time: stage and commit under one lock, so two infoview processes never
    // take each other's files into their commit, or fight over git's index.lock.
    withLock(commitLockOf(ctx.dir), () => commitUnderLock(ctx, path, inside, failed));
  } catch (error) {
    failed('commit', error instanceof Error ? error.message : String(error));
  }
}

function commitUnderLock(ctx: Context, path: string, inside: string[], failed: (what: string, reason: string) => void): void {
  // While a sync waits on a conflict (only its resolution is written then), committing would muddle the rebase.
  if (syncStopped(ctx.dir)) {
    ctx.warn(ctx.paintErr.yellow('note: saved, not committed yet: a sync is stopped on a conflict; `infoview sync` finishes it and commits this'));
    return;
  }
  const run = patientGit(ctx);
  const pathspecs = inside.join('\0');
  const fromStdin = ['--pathspec-from-file=-', '--pathspec-file-nul'];
  const add = run(['add', '-A', ...fromStdin], pathspecs);
  if (add.status !== 0) return failed('add', add.stderr);
  // A staged path is this command's when it, or a folder above it (`init --git`), was written.
  const written = new Set(inside.map((f) => f.split(sep).join('/')));
  const mine = (f: string) => f.split('/').some((_, i, parts) => written.has(parts.slice(0, i + 1).join('/')));
  const staged = run(['diff', '--cached', '--name-only', '--no-renames', '-z']).stdout.split('\0');
  if (!staged.some(mine)) return; // the write changed nothing
  const contactFiles = inside.filter((f) => f.startsWith(`contacts${sep}`)).map((f) => join(ctx.dir, f));
  const otherFiles = inside.filter((f) => !f.startsWith(`contacts${sep}`)).map((f) => f.split(sep).join('/'));
  const message = commitMessage(path, ctx.recorded.summary, contactFiles, otherFiles);
  // --only: exactly these paths, even when the person has staged something else by hand.
  const commit = run(['commit', '--quiet', '--only', '-m', message, ...fromStdin], pathspecs);
  if (commit.status !== 0) {
    const noIdentity = /user\.(name|email)|who you are/i.test(commit.stderr);
    if (noIdentity) {
      ctx.warn(ctx.paintErr.yellow('warning: saved, but not committed: git does not know your name yet'));
      ctx.warn('  Run `infoview git config user.name "Your Name"` and `infoview git config user.email you@example.com`, then `infoview git commit -am "catch up"`.');
      return;
    }
    failed('commit', commit.stderr || commit.stdout);
  }
}
