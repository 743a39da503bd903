/** The data folder as a git repository (the system `git`; infoview adds no sync engine of its own). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { atomicWrite } from './atomic.js';

/** Files infoview makes that never belong in history: locks, temps, the derived index. */
const IGNORED = ['*.lock', '*.lock.break', '.*.tmp', '.*.edit.yaml', '.index/'];

/** Run `git` in `dir`, capturing its output; `input` goes to its stdin; `env` replaces the environment. */
export function git(dir: string, args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', ...(options.input === undefined ? {} : { input: options.input }), ...(options.env ? { env: options.env } : {}) });
  if (result.error) {
    throw new UserError(`could not run git: ${result.error.message}`, 'Install git and make sure it is on your PATH');
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

export function isRepository(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

/** `git init` in the data folder with an ignore file for infoview's own scratch files. */
export function initRepository(dir: string): string {
  const ignoreFile = join(dir, '.gitignore');
  const current = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '';
  const missing = IGNORED.filter((line) => !current.split('\n').includes(line));
  if (missing.length) atomicWrite(ignoreFile, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
  if (isRepository(dir)) return `${dir} is already a git repository`;
  const result = git(dir, ['init', '--quiet']);
  if (result.status !== 0) throw new UserError(`git init failed: ${result.stderr.trim()}`, 'Check that the data folder is writable');
  return `Made ${dir} a git repository`;
}
