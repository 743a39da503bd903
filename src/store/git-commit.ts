/**
 * The auto-commit: after a command wrote into a data folder that is a git repository, commit
 * exactly those files with a message a person can read in `git log` ("add meeting: Maya Chen").
 * The data is already safely on disk; a failed commit is a warning, never a failed command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Context } from '../context.js';
import { forTerminal } from '../render/terminal-text.js';
import { git, isRepository } from './git.js';

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

/** True while a rebase or merge waits for the person (a `sync` conflict): committing then would muddle it. */
function midOperation(dir: string): boolean {
  return ['rebase-merge', 'rebase-apply', 'MERGE_HEAD'].some((name) => existsSync(join(dir, '.git', name)));
}

export function commitChanges(ctx: Context, path: string, files: readonly string[]): void {
  if (!isRepository(ctx.dir)) return;
  const inside = files
    .map((f) => relative(ctx.dir, f))
    .filter((f) => f && !f.startsWith('..') && !f.startsWith(`.git${sep}`) && !SCRATCH.test(f));
  if (!inside.length) return;
  if (midOperation(ctx.dir)) {
    ctx.warn(ctx.paintErr.yellow('note: saved, not committed: a sync is waiting for a conflict to be resolved (see `infoview git status`)'));
    return;
  }
  const contactFiles = inside.filter((f) => f.startsWith(`contacts${sep}`)).map((f) => join(ctx.dir, f));
  const otherFiles = inside.filter((f) => !f.startsWith(`contacts${sep}`)).map((f) => f.split(sep).join('/'));
  const message = commitMessage(path, ctx.recorded.summary, contactFiles, otherFiles);
  const failed = (what: string, stderr: string) =>
    ctx.warn(
      ctx.paintErr.yellow(`warning: saved, but git ${what} failed: ${stderr.trim().split('\n')[0] ?? ''}`) +
        '\n  Your files are safe. Run `infoview git status` to see what is uncommitted.',
    );
  const add = git(ctx.dir, ['add', '-A', '--pathspec-from-file=-', '--pathspec-file-nul'], { input: inside.join('\0'), env: ctx.env });
  if (add.status !== 0) return failed('add', add.stderr);
  if (git(ctx.dir, ['diff', '--cached', '--quiet'], { env: ctx.env }).status === 0) return; // the write changed nothing
  const commit = git(ctx.dir, ['commit', '--quiet', '-m', message], { env: ctx.env });
  if (commit.status !== 0) {
    const noIdentity = /user\.(name|email)|who you are/i.test(commit.stderr);
    if (noIdentity) {
      ctx.warn(ctx.paintErr.yellow('warning: saved, but not committed: git does not know your name yet'));
      ctx.warn('  Run `infoview git config user.name "Your Name"` and `infoview git config user.email you@example.com`, then `infoview git commit -am "catch up"`.');
      return;
    }
    failed('commit', commit.stderr);
  }
}
