/** `infoview init --git`: the data folder becomes a git repository that ignores infoview's scratch files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inLineEndingOf } from '../domain/text.js';
import { UserError } from '../errors.js';
import { atomicCreate, atomicWrite } from './atomic.js';
import type { ChangeLog } from './change-log.js';
import { git, isRepository } from './git.js';
import { withLock } from './lock.js';

/**
 * Files that never belong in history: infoview's locks, temps and derived index, and what macOS
 * and Windows leave in every folder they show (Finder's `.DS_Store` and `._*`, Explorer's
 * `Thumbs.db` and `desktop.ini`).
 */
const IGNORED = ['*.lock', '*.lock.break', '.*.tmp', '.*.edit.yaml', '.index/', '.DS_Store', '._*', 'Thumbs.db', 'desktop.ini'];

/**
 * Line endings are LF in the repository and in every checkout, whatever `core.autocrlf` a
 * machine has: infoview writes LF, so a Windows clone never shows every line as changed.
 */
const ATTRIBUTES = '* text=auto eol=lf\n';

/** Add the lines `wanted` that `file` lacks, in the file's own line ending (LF or CRLF). */
function ensureLines(file: string, wanted: readonly string[], changes: ChangeLog): void {
  withLock(file, () => {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const missing = wanted.filter((line) => !current.split(/\r?\n/).includes(line));
    if (!missing.length) return;
    const joint = current && !current.endsWith('\n') ? '\n' : '';
    atomicWrite(file, inLineEndingOf(current, `${current}${joint}${missing.join('\n')}\n`), { log: changes });
  });
}

/** `git init` in the data folder, with its ignore file and line-ending attributes. */
export function initRepository(dir: string, changes: ChangeLog): string {
  ensureLines(join(dir, '.gitignore'), IGNORED, changes);
  // Only if there is none: a person's own attributes stay as they are.
  atomicCreate(join(dir, '.gitattributes'), ATTRIBUTES, { log: changes });
  if (isRepository(dir)) return `${dir} is already a git repository`;
  const result = git(dir, ['init', '--quiet']);
  if (result.status !== 0) throw new UserError(`git init failed: ${result.stderr.trim()}`, 'Check that the data folder is writable');
  return `Made ${dir} a git repository`;
}
