/** Git history and sync against real repositories: a bare repo as the remote, two clones as two laptops. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli, tempDir, windowsEnv, type Result } from '../helpers/index.js';

// Tests must work on a machine where git has no user configured.
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test Person',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};
const inv = (dir: string, args: string[]): Result => runBin(dir, args, { env: IDENTITY });
/** The same in-process: most steps of the sync scenarios, to keep the suite fast. */
const cli = (dir: string, args: string[]): Promise<Result> => runCli(dir, args, { env: IDENTITY });
function sh(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...windowsEnv(), PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...IDENTITY } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const log = (dir: string) => sh(dir, ['log', '--format=%s']).trim().split('\n');

describe('git history', () => {
  it('every write command commits with a readable message; reads commit nothing', () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git', '--name', 'Alex Doe']).code).toBe(0);
    expect(inv(dir, ['add', 'contact', 'Maya Chen', '--company', 'Northwind Health']).code).toBe(0);
    expect(inv(dir, ['edit', 'maya', '--set', 'role=Research Lead']).code).toBe(0);
    expect(inv(dir, ['add', 'contact', 'Sam Rivera']).code).toBe(0);
    expect(inv(dir, ['list']).code).toBe(0);
    expect(inv(dir, ['show', 'maya']).code).toBe(0);
    expect(inv(dir, ['remove', 'sam-rivera', '--yes']).code).toBe(0);
    expect(inv(dir, ['add', 'outreach', 'maya', '--at', '2026-11-20T09:30']).code).toBe(0);
    expect(inv(dir, ['add', 'meeting', 'maya', '--at', '2026-11-25 15:00']).code).toBe(0);
    expect(inv(dir, ['followup']).code).toBe(0);
    expect(inv(dir, ['templates', 'eject', 'thankyou']).code).toBe(0);
    expect(log(dir)).toEqual([
      expect.stringMatching(/^templates: templates\/thankyou\./),
      'add meeting: Maya Chen, Wed 25 Nov 15:00',
      'add outreach: Maya Chen, email, Fri 20 Nov 09:30',
      'remove: sam-rivera',
      'add contact: Sam Rivera',
      'edit: Maya Chen',
      'add contact: Maya Chen',
      'init: config.yaml, .gitignore, .gitattributes',
    ]);
    expect(sh(dir, ['status', '--porcelain'])).toBe('');
    expect(sh(dir, ['show', '--stat', '--format=', 'HEAD~7'])).toContain('.gitignore');
  });

  it('a folder that is not a repository gets no commits and no .git', () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['add', 'contact', 'Maya Chen']).code).toBe(0);
    expect(existsSync(join(dir, '.git'))).toBe(false);
    const r = inv(dir, ['git', 'log']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a git repository');
    expect(r.stderr).toContain('infoview init --git');
  });

  it('`infoview git` passes arguments, output and exit code through', () => {
    const dir = join(tempDir(), 'data');
    inv(dir, ['init', '--git']);
    const ok = inv(dir, ['git', 'log', '--format=%s', '-n', '1']);
    expect(ok).toMatchObject({ code: 0, stdout: 'init: config.yaml, .gitignore, .gitattributes\n' });
    const bad = inv(dir, ['git', 'rev-parse', '--verify', '--quiet', 'no-such-ref']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('');
    expect(inv(dir, ['git', 'cat-file', '-t', 'nope']).code).toBe(128);
  });
});

describe('infoview sync', () => {
  async function twoLaptops() {
    const root = tempDir();
    const remote = join(root, 'remote.git');
    sh(root, ['init', '--bare', '--quiet', remote]);
    const a = join(root, 'a');
    expect((await cli(a, ['init', '--git', '--name', 'Alex'])).code).toBe(0);
    expect((await cli(a, ['git', 'remote', 'add', 'origin', remote])).code).toBe(0);
    expect((await cli(a, ['add', 'contact', 'Maya Chen', '--role', 'Researcher'])).code).toBe(0);
    const first = (await cli(a, ['sync']));
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Synced with origin\/\S+: received 0 changes, sent 2 changes\.\n$/) });
    const b = join(root, 'b');
    sh(root, ['clone', '--quiet', remote, b]);
    return { a, b };
  }

  it('keeps one network across two machines', async () => {
    const { a, b } = await twoLaptops();
    expect((await cli(b, ['list'])).stdout).toContain('Maya Chen');
    expect((await cli(b, ['add', 'contact', 'Sam Rivera'])).code).toBe(0);
    expect((await cli(b, ['sync'])).stdout).toMatch(/received 0 changes, sent 1 change\./);
    // A hand edit on laptop A is committed by sync, then rebased onto B's change.
    writeFileSync(join(a, 'contacts', 'maya-chen.yaml'), 'name: Maya Chen\nrole: Researcher\nnotes: edited by hand\n');
    expect((await cli(a, ['sync'])).stdout).toMatch(/received 1 change, sent 1 change\./);
    expect((await cli(a, ['list'])).stdout).toContain('Sam Rivera');
    expect(log(a)).toContain('sync: edits made outside infoview');
    expect((await cli(b, ['sync'])).stdout).toMatch(/received 1 change, sent 0 changes\./);
    expect(readFileSync(join(b, 'contacts', 'maya-chen.yaml'), 'utf8')).toContain('edited by hand');
  });

  it('a conflict stops, is explained, keeps both sides, and can be resolved', async () => {
    const { a, b } = await twoLaptops();
    expect((await cli(a, ['edit', 'maya', '--set', 'role=Lead on A'])).code).toBe(0);
    expect((await cli(a, ['sync'])).code).toBe(0);
    expect((await cli(b, ['edit', 'maya', '--set', 'role=Lead on B'])).code).toBe(0);
    const stopped = (await cli(b, ['sync']));
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('sync stopped: contacts/maya-chen.yaml changed on both machines');
    expect(stopped.stderr).toContain('infoview git status');
    expect(stopped.stderr).toContain('infoview git rebase --continue');
    const file = join(b, 'contacts', 'maya-chen.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Lead on A');
    expect(text).toContain('Lead on B');
    expect(text).toContain('<<<<<<<');
    // While the conflict waits, sync refuses to run (and writes refuse: test/e2e/sync.test.ts).
    expect((await cli(b, ['sync'])).stderr).toContain('an earlier sync is still waiting on contacts/maya-chen.yaml');
    // Resolve the way the hint says.
    writeFileSync(file, 'name: Maya Chen\nrole: Lead on A and B\n');
    expect((await cli(b, ['git', 'add', 'contacts/maya-chen.yaml'])).code).toBe(0);
    expect((await runCli(b, ['git', 'rebase', '--continue'], { env: { ...IDENTITY, GIT_EDITOR: 'true' } })).code).toBe(0);
    expect((await cli(b, ['sync'])).stdout).toMatch(/sent 1 change\./);
    expect((await cli(a, ['sync'])).code).toBe(0);
    expect(readFileSync(join(a, 'contacts', 'maya-chen.yaml'), 'utf8')).toBe('name: Maya Chen\nrole: Lead on A and B\n');
  });

  it('explains what is missing: no repository, no remote', async () => {
    const plain = join(tempDir(), 'data');
    (await cli(plain, ['init']));
    expect((await cli(plain, ['sync']))).toMatchObject({ code: 1, stderr: expect.stringContaining('infoview init --git') });
    const repo = join(tempDir(), 'data');
    (await cli(repo, ['init', '--git']));
    const r = (await cli(repo, ['sync']));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no remote to sync with');
    expect(r.stderr).toContain('infoview git remote add origin');
  });
});
