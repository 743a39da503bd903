/**
 * A `sync` stopped on a conflict: git's rebase waits for the person, and the files both machines
 * changed hold both versions between conflict markers. Until it is finished or aborted, a write
 * of data would be swept into the rebase (or lost by an abort), so the store refuses it here.
 * The one write let through is the person's own resolution of a conflicted file (`edit`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { DataFileError, UserError } from '../errors.js';
import { git } from './git.js';

/** What git leaves in `.git/` while a rebase (or a merge) waits for the person. */
const WAITING = ['rebase-merge', 'rebase-apply', 'MERGE_HEAD'];

/** Lines git writes around the two versions of a conflicted hunk. */
const MARKERS = /^(<{7}|>{7})( |$)/m;

/** True while a sync (a rebase, or a merge made by hand) waits in the repository of `dir`. */
export function syncStopped(dir: string): boolean {
  return WAITING.some((name) => existsSync(join(dir, '.git', name)));
}

/** Does this text still hold git's conflict markers? */
export function holdsConflictMarkers(text: string): boolean {
  return MARKERS.test(text);
}

/** The files git still lists as unmerged, relative to the data folder, with `/`. */
export function unmergedFiles(dir: string, env?: Record<string, string | undefined>): string[] {
  return git(dir, ['diff', '--name-only', '--diff-filter=U', '-z'], env ? { env } : {}).stdout.split('\0').filter(Boolean);
}

/** The unmerged files that still hold conflict markers: the ones the person has not resolved yet. */
export function unresolvedFiles(dir: string, files: readonly string[]): string[] {
  return files.filter((f) => {
    try {
      return holdsConflictMarkers(readFileSync(join(dir, f), 'utf8'));
    } catch {
      return false; // deleted: nothing left to resolve in it
    }
  });
}

const CONFLICT_DETAIL = 'holds both versions of a merge conflict between two machines (a sync stopped on it)';

/** Is this unreadable file one a stopped sync left in conflict? (Kept as text, so it survives the index.) */
export function isConflictProblem(problem: DataFileError): boolean {
  return problem.detail === CONFLICT_DETAIL;
}

/** A data file that does not read because it holds both sides of a sync conflict: say so, and how to resolve it. */
export function conflictInFileError(file: string, cause: unknown): DataFileError {
  const contact = basename(dirname(file)) === 'contacts' && file.endsWith('.yaml');
  const open = contact ? `\`infoview edit ${basename(file, '.yaml')}\`` : 'your editor';
  return new DataFileError(
    file,
    CONFLICT_DETAIL,
    `Resolve it with ${open} (keep what you want, delete the <<<<<<< ======= >>>>>>> lines), then run \`infoview sync\``,
    { cause },
  );
}

/** `contacts/maya-chen.yaml` → how to open it for resolving (`infoview edit maya-chen`), else the path. */
function howToOpen(file: string): string {
  return file.startsWith('contacts/') && file.endsWith('.yaml') ? `\`infoview edit ${basename(file, '.yaml')}\`` : `your editor (${file})`;
}

function abortCommand(dir: string): string {
  return existsSync(join(dir, '.git', 'MERGE_HEAD')) ? 'infoview git merge --abort' : 'infoview git rebase --abort';
}

/** The refusal: which files are in conflict, how to resolve and finish, how to give up. */
export function stoppedSyncError(dir: string, unresolved: readonly string[], what = 'nothing was written'): UserError {
  if (!unresolved.length) {
    return new UserError(`a sync is stopped and waits to be finished; ${what}`, `Run \`infoview sync\` to finish it, or \`${abortCommand(dir)}\` to give it up`);
  }
  const open = unresolved.map(howToOpen).join(', ');
  return new UserError(
    `a sync is stopped on a merge conflict between two machines in ${unresolved.join(', ')}; ${what}`,
    `Resolve it with ${open} (keep what you want, delete the <<<<<<< ======= >>>>>>> lines), then run \`infoview sync\` to finish; or give the sync up with \`${abortCommand(dir)}\``,
  );
}

/** The data folder of a written file: its own folder (config.yaml) or the one above (contacts/x.yaml). */
function stoppedFolderOf(target: string): string | undefined {
  const own = dirname(target);
  // `.git` first: a folder that is no repository costs one look, not three.
  return [own, dirname(own)].find((dir) => existsSync(join(dir, '.git')) && syncStopped(dir));
}

/**
 * Throw when `target` lies in a data folder whose sync is stopped. With `resolving`, a file that
 * is itself in conflict may be written: that is the person resolving it.
 */
export function refuseWhileSyncStopped(target: string, resolving = false): void {
  const dir = stoppedFolderOf(target);
  if (!dir) return;
  const unmerged = unmergedFiles(dir);
  if (resolving && unmerged.includes(relative(dir, target).split(sep).join('/'))) return;
  throw stoppedSyncError(dir, unresolvedFiles(dir, unmerged));
}
