/**
 * One writer at a time in a data folder that is a git repository: a command takes this lock
 * before its first contact write and keeps it until its auto-commit is made, so commits come in
 * the order the writes were made and each holds exactly its own change. It is taken before any
 * contact's own lock and never while holding one, so two commands cannot wait on each other.
 * Folders that are not repositories never take it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { acquire, type Held } from './lock.js';
import { isRepository } from './git.js';

/** Where the lock lives: inside `.git/`, or beside it when `.git` is a file (a worktree). */
export function repositoryLockOf(dir: string): string {
  const gitDir = join(dir, '.git');
  return statSync(gitDir, { throwIfNoEntry: false })?.isDirectory() ? join(gitDir, 'infoview-commit') : join(dir, '.infoview-commit');
}

// The folders this process holds the lock on: a process is one command.
const held = new Map<string, Held>();

/** Take the lock on `dir`'s repository for the rest of this command (no-op outside one, or when held). */
export function holdRepository(dir: string): void {
  if (held.has(dir) || !isRepository(dir)) return;
  held.set(dir, acquire(repositoryLockOf(dir)));
}

/** Does this process hold `dir`'s repository lock? */
export function holdsRepository(dir: string): boolean {
  return held.has(dir);
}

/** Let go of `dir`'s repository lock, once the command's commit is made (or failed). */
export function releaseRepository(dir: string): void {
  held.get(dir)?.release();
  held.delete(dir);
}
