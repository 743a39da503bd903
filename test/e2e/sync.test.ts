/** `sync` against real repositories: a stopped sync guards the data, is resolved with `edit`, and picks the right remote. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/index.js';
import { cli, inv, log, remoteAndLaptop, sh } from '../helpers/git.js';
import { posixOnly } from '../helpers/platform.js';

/** Laptop B's sync stopped on maya-chen.yaml, which both laptops changed. */
async function stoppedSync() {
  const { root, a } = await remoteAndLaptop();
  const b = join(root, 'b');
  sh(root, ['clone', '--quiet', join(root, 'remote.git'), b]);
  expect((await cli(a, ['edit', 'maya', '--set', 'role=Lead on A'])).code).toBe(0);
  expect((await cli(a, ['sync'])).code).toBe(0);
  expect((await cli(b, ['list'])).code).toBe(0); // the index is warm before the conflict
  expect((await cli(b, ['edit', 'maya', '--set', 'role=Lead on B'])).code).toBe(0);
  const stopped = await cli(b, ['sync']);
  expect(stopped.code).toBe(1);
  expect(stopped.stderr).toContain('infoview edit maya-chen');
  expect(stopped.stderr).toContain('merge conflict');
  return { root, a, b, maya: join(b, 'contacts', 'maya-chen.yaml') };
}

/** An "editor" for the tests: copies `text` over the file it is given. */
function editorWriting(text: string): string {
  const file = join(tempDir(), 'edited.yaml');
  writeFileSync(file, text);
  return `cp ${file}`;
}

describe('while a sync is stopped on a conflict', () => {
  it('every write refuses, names the file and says how to finish or abort; nothing is written', async () => {
    const { b, maya } = await stoppedSync();
    const conflicted = readFileSync(maya, 'utf8');
    const refusals: string[][] = [
      ['add', 'contact', 'Sam Rivera'],
      ['edit', 'maya-chen', '--set', 'role=Lead'],
      ['add', 'outreach', 'maya-chen', '--at', '2026-11-20T09:30'],
      ['remove', 'maya-chen', '--yes'],
      ['templates', 'eject', 'email'],
      ['init', '--name', 'Someone Else'],
    ];
    for (const args of refusals) {
      const r = await cli(b, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/^infoview: .*contacts\/maya-chen\.yaml/);
      expect(r.stderr, args.join(' ')).toMatch(/merge conflict between two machines/);
      expect(r.stderr, args.join(' ')).toContain('infoview edit maya-chen');
    }
    const addStderr = (await cli(b, ['add', 'contact', 'Sam Rivera'])).stderr;
    expect(addStderr).toContain('infoview sync');
    expect(addStderr).toContain('infoview git rebase --abort');
    expect(addStderr).toContain('nothing was written');
    expect(readFileSync(maya, 'utf8')).toBe(conflicted);
    expect(existsSync(join(b, 'contacts', 'sam-rivera.yaml'))).toBe(false);
    expect(existsSync(join(b, 'templates', 'email.liquid'))).toBe(false);
    expect(sh(b, ['status', '--porcelain'])).toBe('UU contacts/maya-chen.yaml\n');
    // Aborting, as the hint says, loses nothing: no later edit was swept into the sync.
    expect((await cli(b, ['git', 'rebase', '--abort'])).code).toBe(0);
    expect(readFileSync(maya, 'utf8')).toContain('Lead on B');
    expect((await cli(b, ['add', 'contact', 'Sam Rivera'])).code).toBe(0);
    expect(log(b)[0]).toBe('add contact: Sam Rivera');
  });

  it('a conflicted file reads as a conflict with the slug to edit, on a warm and on a first run', async () => {
    const { b } = await stoppedSync();
    // The second run reads the problem back from the index.
    for (let run = 0; run < 2; run++) {
      const warm = await cli(b, ['list']);
      expect(warm.stderr).toContain('contacts/maya-chen.yaml: holds both versions of a merge conflict between two machines');
      expect(warm.stderr).toContain('infoview edit maya-chen');
    }
    // By name it cannot be found (the file does not read), but the hint gives the slug to edit.
    const byName = await cli(b, ['edit', 'maya']);
    expect(byName.code).toBe(1);
    expect(byName.stderr).toContain('a merge conflict between two machines: resolve it with `infoview edit maya-chen`');
    rmSync(join(b, '.index'), { recursive: true, force: true });
    const first = await cli(b, ['show', 'maya-chen']);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('holds both versions of a merge conflict between two machines');
    expect(first.stderr).toContain('infoview edit maya-chen');
  });

  posixOnly('cp (a POSIX command) as the editor')('is resolved with `infoview edit <slug>`, and the next `infoview sync` finishes it', async () => {
    const { a, b, maya } = await stoppedSync();
    const conflicted = readFileSync(maya, 'utf8');
    // Another file than the conflicted one cannot be edited meanwhile.
    expect((await cli(b, ['add', 'contact', 'Sam Rivera'])).code).toBe(1);
    // An edit that keeps the markers is invalid: not saved, as for any invalid edit.
    const stillMarked = await cli(b, ['edit', 'maya-chen'], { EDITOR: editorWriting(`${conflicted}# looked at it\n`) });
    expect(stillMarked.code).toBe(1);
    expect(stillMarked.stderr).toContain('was not saved because the edit is invalid');
    expect(readFileSync(maya, 'utf8')).toBe(conflicted);
    expect((await cli(b, ['sync'])).stderr).toContain('an earlier sync is still waiting on contacts/maya-chen.yaml');
    // The editor opens the file with its conflict markers, and saves the resolution.
    const resolved = 'name: Maya Chen\nrole: Lead on A and B\n';
    const edit = await cli(b, ['edit', 'maya-chen'], { EDITOR: editorWriting(resolved) });
    expect(edit.code, edit.stderr).toBe(0);
    expect(edit.stdout).toContain('Saved');
    expect(edit.stderr).toContain('infoview sync');
    expect(readFileSync(maya, 'utf8')).toBe(resolved);
    const finish = await cli(b, ['sync']);
    expect(finish.code, finish.stderr).toBe(0);
    expect(finish.stdout).toMatch(/sent 1 change\./);
    expect(sh(b, ['status', '--porcelain'])).toBe('');
    expect(log(b).slice(0, 2)).toEqual(['edit: Maya Chen', 'edit: Maya Chen']);
    expect((await cli(a, ['sync'])).code).toBe(0);
    expect(readFileSync(join(a, 'contacts', 'maya-chen.yaml'), 'utf8')).toBe(resolved);
    expect((await cli(b, ['add', 'contact', 'Sam Rivera'])).code).toBe(0);
  });
});

describe('which remote sync uses', () => {
  it("pulls from and pushes to the branch's upstream, never another remote, and never re-points it", async () => {
    const root = tempDir();
    const [priv, pub] = ['private.git', 'aaa-public.git'].map((name) => join(root, name) as string) as [string, string];
    sh(root, ['init', '--bare', '--quiet', priv]);
    sh(root, ['init', '--bare', '--quiet', pub]);
    const dir = join(root, 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    const branch = sh(dir, ['symbolic-ref', '--short', 'HEAD']).trim();
    sh(dir, ['remote', 'add', 'private', priv]);
    sh(dir, ['push', '--quiet', '-u', 'private', branch]);
    sh(dir, ['config', 'remote.pushDefault', 'private']);
    sh(dir, ['remote', 'add', 'aaa-public', pub]);
    expect(inv(dir, ['add', 'contact', 'Maya Chen']).code).toBe(0);
    const r = inv(dir, ['sync']);
    expect(r, r.stderr).toMatchObject({ code: 0, stdout: `Synced with private/${branch}: received 0 changes, sent 1 change.\n` });
    expect(sh(pub, ['for-each-ref'])).toBe('');
    expect(sh(priv, ['log', '--format=%s', branch]).split('\n')[0]).toBe('add contact: Maya Chen');
    expect(sh(dir, ['config', `branch.${branch}.remote`]).trim()).toBe('private');
  });

  it('with no upstream and no origin, stops and says how to choose one', () => {
    const root = tempDir();
    const pub = join(root, 'aaa-public.git');
    sh(root, ['init', '--bare', '--quiet', pub]);
    const dir = join(root, 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    sh(dir, ['remote', 'add', 'aaa-public', pub]);
    const r = inv(dir, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^infoview: the branch \S+ has no upstream to sync with, and there is no remote named origin\n/);
    expect(r.stderr).toContain('infoview git push -u <remote>');
    expect(sh(pub, ['for-each-ref'])).toBe('');
  });

  it("a remote that cannot be reached is said plainly, with git's own reason", () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    const missing = join(tempDir(), 'no-such-remote.git');
    sh(dir, ['remote', 'add', 'origin', missing]);
    const r = inv(dir, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`infoview: could not reach the remote origin: '${missing}' does not appear to be a git repository\n`);
    expect(r.stderr).not.toContain('and the repository exists');
  });
});
