/**
 * The auto-commit: after a command wrote into a data folder that is a git repository, commit
 * exactly those files with a message a person can read in `git log` ("add meeting: Maya Chen").
 * The data is already safely on disk; a failed commit is a warning, never a failed command.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { escapeControls } from '../domain/control-chars.js';
import { git, gitReason, isRepository } from './git.js';
import { withLock } from './lock.js';
import { holdsRepository, repositoryLockOf } from './repository-lock.js';
import { syncStopped } from './sync-stop.js';
import { relativeInside } from './paths.js';

/** What the auto-commit needs of the command that wrote. */
export interface CommitSetting {
  /** The data folder. */
  dir: string;
  /** The command's environment, for git (its identity, its config). */
  env: Record<string, string | undefined>;
  /** A line (or lines) on stderr. */
  warn(text: string): void;
  /** How a warning is coloured on stderr. */
  paint: { yellow(text: string): string };
  /** The command's summary for the message ("Maya Chen, 25 Nov 15:00"), when it gave one. */
  summary?: string | undefined;
}

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
  return escapeControls(rawMessage(path, summary, contactFiles, otherFiles));
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

type GitRun = (args: string[], input?: string | Uint8Array) => { status: number; stdout: string; stderr: string };

/** Run git, waiting a little while another git process holds the repository's index.lock. */
function patientGit(ctx: CommitSetting, indexFile?: string): GitRun {
  return (args, input) => {
    for (let attempt = 1; ; attempt++) {
      const result = git(ctx.dir, ['--literal-pathspecs', ...args], { env: ctx.env, ...(indexFile ? { indexFile } : {}), ...(input === undefined ? {} : { input }) });
      if (result.status === 0 || !/index\.lock/.test(result.stderr) || attempt >= INDEX_LOCK_TRIES) return result;
      Atomics.wait(sleeper, 0, 0, 25 + Math.random() * 50);
    }
  };
}

/**
 * Commit `files` (this command's writes) and nothing else. The data is already safely on disk,
 * so whatever goes wrong here is a warning, never a failed command.
 */
export function commitChanges(ctx: CommitSetting, path: string, files: readonly string[], written: ReadonlyMap<string, string | Uint8Array> = new Map()): void {
  if (!isRepository(ctx.dir)) return;
  const inside = files
    .map((f) => relativeInside(ctx.dir, f))
    .filter((f): f is string => f !== undefined && !f.startsWith(`.git${sep}`) && !SCRATCH.test(f));
  if (!inside.length) return;
  const failed = (what: string, reason: string) =>
    ctx.warn(
      ctx.paint.yellow(`warning: saved, but git ${what} failed: ${gitReason(reason)}`) +
        '\n  Your files are safe. Run `infoview git status` to see what is uncommitted.',
    );
  try {
    // One commit at a time, under the repository lock: a command that wrote contacts holds it
    // since its first write (store/repository-lock.ts); any other takes it for the commit.
    if (holdsRepository(ctx.dir)) commitUnderLock(ctx, path, inside, written, failed);
    else withLock(repositoryLockOf(ctx.dir), () => commitUnderLock(ctx, path, inside, written, failed));
  } catch (error) {
    failed('commit', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Build the commit in an index of infoview's own, from HEAD plus this command's files, so neither
 * what the person staged by hand nor another process's later write to the same file can slip in:
 * a file another infoview rewrote since this command wrote it is committed with the bytes this
 * command wrote (the other process commits its own). The main index then follows for these paths.
 */
function commitUnderLock(ctx: CommitSetting, path: string, inside: string[], written: ReadonlyMap<string, string | Uint8Array>, failed: (what: string, reason: string) => void): void {
  // While a sync waits on a conflict (only its resolution is written then), committing would muddle the rebase.
  if (syncStopped(ctx.dir)) {
    ctx.warn(ctx.paint.yellow('note: saved, not committed yet: a sync is stopped on a conflict; `infoview sync` finishes it and commits this'));
    return;
  }
  const indexFile = `${repositoryLockOf(ctx.dir)}.index`;
  rmSync(indexFile, { force: true });
  try {
    const own = patientGit(ctx, indexFile);
    const run = patientGit(ctx);
    const fromStdin = ['--pathspec-from-file=-', '--pathspec-file-nul'];
    const head = run(['rev-parse', '-q', '--verify', 'HEAD']).stdout.trim();
    const read = own(head ? ['read-tree', head] : ['read-tree', '--empty']);
    if (read.status !== 0) return failed('read-tree', read.stderr);
    // Files that still hold what this command wrote (nearly always) are staged as they are.
    const changedSince = inside.filter((f) => {
      const data = written.get(join(ctx.dir, f));
      return data !== undefined && !sameBytes(join(ctx.dir, f), data);
    });
    const asTheyAre = inside.filter((f) => !changedSince.includes(f));
    if (asTheyAre.length) {
      const add = own(['add', '-A', ...fromStdin], asTheyAre.join('\0'));
      if (add.status !== 0) return failed('add', add.stderr);
    }
    for (const f of changedSince) {
      const blob = own(['hash-object', '-w', '--stdin'], written.get(join(ctx.dir, f)));
      const staged = blob.status === 0 && own(['update-index', '--add', '--cacheinfo', `100644,${blob.stdout.trim()},${f.split(sep).join('/')}`]);
      if (!staged || staged.status !== 0) return failed('add', staged ? staged.stderr : blob.stderr);
    }
    const tree = own(['write-tree']).stdout.trim();
    if (head && tree === run(['rev-parse', `${head}^{tree}`]).stdout.trim()) return; // the write changed nothing
    const contactFiles = inside.filter((f) => f.startsWith(`contacts${sep}`)).map((f) => join(ctx.dir, f));
    const otherFiles = inside.filter((f) => !f.startsWith(`contacts${sep}`)).map((f) => f.split(sep).join('/'));
    const message = commitMessage(path, ctx.summary, contactFiles, otherFiles);
    const commit = run(['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message]);
    if (commit.status !== 0) {
      if (/user\.(name|email)|who you are/i.test(commit.stderr)) {
        ctx.warn(ctx.paint.yellow('warning: saved, but not committed: git does not know your name yet'));
        ctx.warn('  Run `infoview git config user.name "Your Name"` and `infoview git config user.email you@example.com`, then `infoview git commit -am "catch up"`.');
        return;
      }
      return failed('commit', commit.stderr || commit.stdout);
    }
    const sha = commit.stdout.trim();
    // Moves the branch only if it is still where this commit starts from (someone's own git run).
    const moved = run(['update-ref', '-m', `infoview: ${message}`, 'HEAD', sha, ...(head ? [head] : [])]);
    if (moved.status !== 0) return failed('commit', moved.stderr);
    // The main index follows the new commit for these paths, so `git status` stays clean.
    const reset = run(['reset', '-q', sha, ...fromStdin], inside.join('\0'));
    if (reset.status !== 0) {
      ctx.warn(ctx.paint.yellow(`warning: committed, but git's index could not follow: ${gitReason(reset.stderr)}`) + '\n  Once no other git is running, `infoview git reset -q` tidies `git status`.');
    }
  } finally {
    rmSync(indexFile, { force: true });
  }
}

/** Does the file hold exactly these bytes? */
function sameBytes(file: string, data: string | Uint8Array): boolean {
  try {
    return readFileSync(file).equals(typeof data === 'string' ? Buffer.from(data) : data);
  } catch {
    return false;
  }
}
