/**
 * Issue 12: two laptops, one bare repository, both change maya-chen.yaml. While the second's sync
 * waits on the conflict, writes are refused and write nothing; `infoview edit maya-chen` (the
 * editor) then `infoview sync` finishes the sync; `infoview git rebase --abort` loses nothing saved.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, type Result } from '../helpers/index.js';
import { IDENTITY, sh } from './tools.js';
import { posixOnly } from '../helpers/platform.js';

const cli = (dir: string, args: string[], env: Record<string, string> = {}): Promise<Result> => runCli(dir, args, { env: { ...IDENTITY, ...env } });
const MAYA = 'contacts/maya-chen.yaml';

/** One laptop: `infoview init --git`, the shared remote, a first sync. */
async function laptop(dir: string, remote: string): Promise<void> {
  expect((await cli(dir, ['init', '--git', '--name', 'Alex Doe'])).code).toBe(0);
  expect((await cli(dir, ['git', 'remote', 'add', 'origin', remote])).code).toBe(0);
}

async function expectOk(dir: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  const r = await cli(dir, args, env);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
}

/** Everything a refused write must leave as it was: the bytes of every file, and git's view. */
function snapshot(dir: string): { files: Record<string, string>; status: string; head: string } {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(dir, 'contacts'))) files[name] = readFileSync(join(dir, 'contacts', name), 'utf8');
  files['config.yaml'] = readFileSync(join(dir, 'config.yaml'), 'utf8');
  return { files, status: sh(dir, ['status', '--porcelain']), head: sh(dir, ['rev-parse', 'HEAD']).trim() };
}

/** Both laptops share Maya and Sam; then each changes Maya's role, A syncs first, B's sync stops. */
async function conflictOnB() {
  const root = tempDir();
  const remote = join(root, 'remote.git');
  sh(root, ['init', '--bare', '--quiet', remote]);
  const a = join(root, 'a');
  const b = join(root, 'b');
  await laptop(a, remote);
  await expectOk(a, ['add', 'contact', 'Maya Chen', '--role', 'Researcher']);
  await expectOk(a, ['add', 'contact', 'Sam Rivera']);
  await expectOk(a, ['sync']);
  await laptop(b, remote);
  // (No count of changes received: B's own init commit can be the very same commit as A's, made in the same second.)
  await expectOk(b, ['sync']);
  expect(readdirSync(join(b, 'contacts')).sort()).toEqual(['maya-chen.yaml', 'sam-rivera.yaml']);

  await expectOk(a, ['edit', 'maya', '--set', 'role=Lead on A']);
  await expectOk(a, ['sync']);
  // B's edits before its sync: the one that conflicts, and one that does not.
  await expectOk(b, ['edit', 'maya', '--set', 'role=Lead on B']);
  await expectOk(b, ['add', 'outreach', 'sam', '--at', '2026-11-20T09:30']);
  const beforeSync = snapshot(b);
  const stopped = await cli(b, ['sync']);
  expect(stopped.code).toBe(1);
  expect(stopped.stderr).toContain(MAYA);
  expect(existsSync(join(b, '.git', 'rebase-merge')) || existsSync(join(b, '.git', 'rebase-apply'))).toBe(true);
  return { root, remote, a, b, beforeSync };
}

/** While the conflict waits, these writes are refused (exit 1, naming the file) and change nothing. */
async function expectWritesRefused(b: string): Promise<void> {
  const writes = [
    ['edit', 'sam', '--set', 'role=Lead'],
    ['add', 'outreach', 'sam', '--at', '2026-11-21T10:00'],
    ['add', 'contact', 'Dana Ortiz'],
  ];
  for (const args of writes) {
    const before = snapshot(b);
    const r = await cli(b, args);
    expect.soft(r.code, `${args.join(' ')} during the conflict: ${r.stdout}${r.stderr}`).toBe(1);
    expect.soft(r.stderr, args.join(' ')).toContain(MAYA);
    expect.soft(r.stderr, args.join(' ')).not.toContain('unexpected error');
    expect.soft(snapshot(b), `${args.join(' ')} wrote nothing`).toEqual(before);
  }
}

describe('a sync conflict between two clones', () => {
  posixOnly('an sh script as the editor')('refuses writes while it waits, and `edit maya-chen` in the editor then `sync` finish it', { timeout: 60_000 }, async () => {
    const { root, remote, a, b } = await conflictOnB();
    await expectWritesRefused(b);

    // Resolve the required way: the editor (a script here) writes the merged contact.
    const resolved = 'name: Maya Chen\nrole: Lead on A and B\n';
    const merged = join(root, 'merged.yaml');
    writeFileSync(merged, resolved);
    const editor = join(root, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\ncp "${merged}" "$1"\n`);
    chmodSync(editor, 0o755);
    await expectOk(b, ['edit', 'maya-chen'], { EDITOR: editor });
    expect(readFileSync(join(b, MAYA), 'utf8')).toBe(resolved);

    const done = await expectOk(b, ['sync']);
    expect(done.stdout).toMatch(/^Synced with origin\//);
    expect(existsSync(join(b, '.git', 'rebase-merge')) || existsSync(join(b, '.git', 'rebase-apply'))).toBe(false);
    expect(sh(b, ['status', '--porcelain'])).toBe('');
    const branch = sh(b, ['symbolic-ref', '--short', 'HEAD']).trim();
    expect(sh(remote, ['rev-parse', branch]).trim()).toBe(sh(b, ['rev-parse', 'HEAD']).trim());
    expect(sh(remote, ['show', `${branch}:${MAYA}`])).toBe(resolved);

    // The other laptop receives the resolution and B's outreach made before the sync.
    await expectOk(a, ['sync']);
    expect(readFileSync(join(a, MAYA), 'utf8')).toBe(resolved);
    expect(readFileSync(join(a, 'contacts', 'sam-rivera.yaml'), 'utf8')).toContain('2026-11-20T09:30:00-08:00');
  });

  it('aborting the sync (`infoview git rebase --abort`) loses nothing that was saved', { timeout: 60_000 }, async () => {
    const { b, beforeSync } = await conflictOnB();
    await expectWritesRefused(b);
    await expectOk(b, ['git', 'rebase', '--abort']);
    // Every edit B made before the sync is there, committed, exactly as it was.
    expect(snapshot(b)).toEqual(beforeSync);
    expect(readFileSync(join(b, MAYA), 'utf8')).toContain('Lead on B');
    expect(sh(b, ['log', '--format=%s', '-n', '2']).trim().split('\n')).toEqual([
      'add outreach: Sam Rivera, email, Fri 20 Nov 09:30',
      'edit: Maya Chen',
    ]);
  });
});
