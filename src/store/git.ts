/** The data folder as a git repository (the system `git`; infoview adds no sync engine of its own). */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UserError } from '../errors.js';

// Every write checks for a stopped sync through this module, and reads load the store that
// writes: node:child_process is loaded only when git really runs.
const requireNow = createRequire(import.meta.url);
const childProcess = () => requireNow('node:child_process') as typeof import('node:child_process');

/**
 * Variables that point git at some other repository, index or object store. A git hook or vcsh
 * sets them for its own repository; inherited, they would send infoview's commits there.
 */
const REPOSITORY_LOCATING = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_PREFIX',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
];

/** `env` without the variables that locate a repository, so git always finds the data folder's own. */
export function gitEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const clean = { ...env };
  for (const name of REPOSITORY_LOCATING) delete clean[name];
  return clean;
}

/** Run `git` in `dir`, capturing its output; `input` goes to its stdin; `env` replaces the environment. */
export function git(
  dir: string,
  args: string[],
  options: { input?: string | Uint8Array; env?: Record<string, string | undefined>; indexFile?: string } = {},
): { status: number; stdout: string; stderr: string } {
  // An index of infoview's own (the auto-commit's), set after the inherited one is dropped.
  const env = { ...gitEnv(options.env ?? process.env), ...(options.indexFile ? { GIT_INDEX_FILE: options.indexFile } : {}) };
  const result = childProcess().spawnSync('git', args, { cwd: dir, encoding: 'utf8', env, ...(options.input === undefined ? {} : { input: options.input }) });
  // git may exit before reading its stdin (a busy index.lock): the pipe breaks, but git did run
  // and its exit code and message say what happened.
  const ranAnyway = (result.error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' && typeof result.status === 'number';
  if (result.error && !ranAnyway) {
    throw new UserError(`could not run git: ${result.error.message}`, 'Install git and make sure it is on your PATH');
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

export function isRepository(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

/** Lines of git's stderr that never say why: hints, the "To <url>" of a push, the generic closers. */
const NOT_A_REASON = /^(warning:|hint:|To |(fatal: )?Could not read from remote repository\.?$|Please make sure you have the correct access rights$|and the repository exists\.?$)/i;

/**
 * The line of git's stderr that says why (the ssh, path or host problem; the rejected ref): the
 * first one that is not a hint or one of the generic lines git adds after it.
 */
export function gitReason(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !NOT_A_REASON.test(l));
  return (lines[0] ?? 'git gave no reason').replace(/^(fatal|error):\s*/i, '');
}
