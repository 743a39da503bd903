/** `infoview init --git`: the data folder becomes a git repository that ignores infoview's scratch files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { atomicWrite } from './atomic.js';
import type { ChangeLog } from './change-log.js';
import { git, isRepository } from './git.js';
import { withLock } from './lock.js';

/** Files infoview makes that never belong in history: locks, temps, the derived index. */
const IGNORED = ['*.lock', '*.lock.break', '.*.tmp', '.*.edit.yaml', '.index/'];

/** `git init` in the data folder with an ignore file for infoview's own scratch files. */
export function initRepository(dir: string, changes: ChangeLog): string {
  const ignoreFile = join(dir, '.gitignore');
  withLock(ignoreFile, () => {
    const current = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '';
    const missing = IGNORED.filter((line) => !current.split('\n').includes(line));
    if (missing.length) atomicWrite(ignoreFile, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`, { log: changes });
  });
  if (isRepository(dir)) return `${dir} is already a git repository`;
  const result = git(dir, ['init', '--quiet']);
  if (result.status !== 0) throw new UserError(`git init failed: ${result.stderr.trim()}`, 'Check that the data folder is writable');
  return `Made ${dir} a git repository`;
}
