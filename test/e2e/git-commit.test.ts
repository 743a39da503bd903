/** The auto-commit against real repositories: the right repository, one commit per write, a busy index. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { commitChanges } from '../../src/store/git-commit.js';
import { cleanEnv, runBinAsync, tempDir } from '../helpers/index.js';
import { IDENTITY, inv, log, sh } from '../helpers/git.js';

describe('the auto-commit goes to the data folder and nowhere else', () => {
  it('ignores GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE from a hook or vcsh, in writes and in `infoview git`', () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    const other = join(tempDir(), 'other');
    sh(tempDir(), ['init', '--quiet', other]);
    writeFileSync(join(other, 'README'), 'not yours\n');
    sh(other, ['add', 'README']);
    sh(other, ['commit', '--quiet', '-m', 'other repository']);
    const elsewhere = {
      GIT_DIR: join(other, '.git'),
      GIT_WORK_TREE: other,
      GIT_INDEX_FILE: join(other, '.git', 'index'),
      GIT_OBJECT_DIRECTORY: join(other, '.git', 'objects'),
      GIT_COMMON_DIR: join(other, '.git'),
      GIT_CEILING_DIRECTORIES: dir,
    };
    const add = inv(dir, ['add', 'contact', 'Maya Chen'], elsewhere);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).toBe('');
    expect(log(dir)).toEqual(['add contact: Maya Chen', 'init: config.yaml, .gitignore, .gitattributes']);
    expect(sh(dir, ['status', '--porcelain'])).toBe('');
    expect(log(other)).toEqual(['other repository']);
    expect(sh(other, ['status', '--porcelain'])).toBe('');
    const passthrough = inv(dir, ['git', 'log', '--format=%s', '-n', '1'], elsewhere);
    expect(passthrough).toMatchObject({ code: 0, stdout: 'add contact: Maya Chen\n' });
  });
});

describe('a busy git index', () => {
  it('a busy .git/index.lock does not stop the commit (made in an index of its own); a warning says git status needs tidying, exit 0', () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    writeFileSync(join(dir, '.git', 'index.lock'), '');
    const r = inv(dir, ['add', 'contact', 'Maya Chen']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('maya-chen');
    expect(r.stderr).toMatch(/^warning: committed, but git's index could not follow: .*index\.lock/m);
    expect(r.stderr).not.toContain('EPIPE');
    expect(sh(dir, ['log', '-1', '--format=%s'])).toBe('add contact: Maya Chen\n');
  });

  it('git leaving before it reads a long list of files (a big import) is a warning, not a crash', () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    // More names than a pipe holds: git exits on the busy index before reading them all.
    const files = Array.from({ length: 30_000 }, (_, i) => join(dir, 'contacts', `person-number-${i}.yaml`));
    mkdirSync(join(dir, 'contacts'), { recursive: true });
    for (const f of files.slice(0, 20)) writeFileSync(f, 'name: Someone\n');
    writeFileSync(join(dir, '.git', 'index.lock'), '');
    let stderr = '';
    const ctx = createContext({ stdout: { write: () => true }, stderr: { write: (s) => (stderr += String(s)) }, stdinIsTTY: false, env: { ...cleanEnv(dir), ...IDENTITY } }, { dir });
    expect(() => commitChanges({ dir, env: ctx.env, warn: ctx.warn, paint: ctx.paintErr }, 'import linkedin', files)).not.toThrow();
    expect(stderr).toMatch(/warning: saved, but git add failed: /);
    expect(stderr).not.toContain('EPIPE');
  });
});

describe('many writers at once', () => {
  it('20 parallel writes to different contacts make 20 commits, each with its own file and message', async () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    const names = Array.from({ length: 20 }, (_, i) => `Person ${String.fromCharCode(65 + i)} Writer`);
    const results = await Promise.all(names.map((name) => runBinAsync(dir, ['add', 'contact', name], IDENTITY)));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(sh(dir, ['status', '--porcelain'])).toBe('');
    const commits = sh(dir, ['log', '--format=%x01%s', '--name-only']).split('\x01').filter(Boolean);
    expect(commits).toHaveLength(21);
    const bySubject = new Map(commits.map((c) => c.trim().split('\n').filter(Boolean)).map(([subject, ...files]) => [subject, files]));
    for (const name of names) {
      const slug = name.toLowerCase().replaceAll(' ', '-');
      expect(bySubject.get(`add contact: ${name}`), name).toEqual([`contacts/${slug}.yaml`]);
    }
  }, 30_000);

  it('`init --git` racing writers still commits its .gitignore and config.yaml', async () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--name', 'Alex']).code).toBe(0);
    const writers = Array.from({ length: 8 }, (_, i) => runBinAsync(dir, ['add', 'contact', `Racer ${String.fromCharCode(65 + i)}`], IDENTITY));
    const init = runBinAsync(dir, ['init', '--git'], IDENTITY);
    for (const r of await Promise.all([init, ...writers])) expect(r.code, r.stderr).toBe(0);
    const tracked = sh(dir, ['ls-files']).split('\n');
    expect(tracked).toContain('.gitignore');
    expect(tracked).toContain('config.yaml');
  }, 30_000);
});
