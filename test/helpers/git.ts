/** Real git for the git and sync tests: an identity that works where git has no user configured. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBin, runCli, tempDir, windowsEnv, type Result } from './index.js';

export const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test Person',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** The built binary with the identity (and any other variables). */
export const inv = (dir: string, args: string[], env: Record<string, string> = {}): Result => runBin(dir, args, { env: { ...IDENTITY, ...env } });

/** The same in-process: most steps of the sync scenarios, to keep the suites fast. */
export const cli = (dir: string, args: string[], env: Record<string, string> = {}): Promise<Result> => runCli(dir, args, { env: { ...IDENTITY, ...env } });

/** git itself, outside infoview; throws on failure. */
export function sh(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...windowsEnv(), PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...IDENTITY } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Commit subjects, newest first. */
export const log = (dir: string): string[] => sh(dir, ['log', '--format=%s']).trim().split('\n');

/** A bare repository as the remote, and laptop A set up with one contact and synced. */
export async function remoteAndLaptop(): Promise<{ root: string; remote: string; a: string }> {
  const root = tempDir();
  const remote = join(root, 'remote.git');
  sh(root, ['init', '--bare', '--quiet', remote]);
  const a = join(root, 'a');
  await cli(a, ['init', '--git', '--name', 'Alex']);
  await cli(a, ['git', 'remote', 'add', 'origin', remote]);
  await cli(a, ['add', 'contact', 'Maya Chen', '--role', 'Researcher']);
  const first = await cli(a, ['sync']);
  if (first.code !== 0) throw new Error(`first sync failed: ${first.stderr}`);
  return { root, remote, a };
}
