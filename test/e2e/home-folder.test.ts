/** A `~` that no shell expanded (PowerShell, cmd, quotes, an environment variable) is the home folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/store/paths.js';
import { BIN, cleanEnv, tempDir } from '../helpers/index.js';

/** This system's per-user data folder under `home` (test/unit/paths.test.ts checks each system's). */
const dataFolderIn = (home: string) => defaultDataDir(process.platform, {}, home);

function runIn(cwd: string, home: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...cleanEnv(join(home, 'unused'), env), HOME: home, USERPROFILE: home }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('~ in --dir, INFOVIEW_DIR and --out', () => {
  it('--dir ~/interviews and INFOVIEW_DIR=~/interviews both mean the home folder, never <cwd>/~', () => {
    const home = tempDir();
    const cwd = tempDir();
    const added = runIn(cwd, home, ['--dir', '~/interviews', 'add', 'contact', 'Maya Chen']);
    expect(added.code, added.stderr).toBe(0);
    expect(existsSync(join(home, 'interviews', 'contacts', 'maya-chen.yaml'))).toBe(true);
    const listed = runIn(cwd, home, ['list', '--json'], { INFOVIEW_DIR: '~/interviews' });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).map((c: { slug: string }) => c.slug)).toEqual(['maya-chen']);
    expect(existsSync(join(cwd, '~'))).toBe(false);
  });

  it('prep --out ~/prep.md writes into the home folder', () => {
    const home = tempDir();
    const cwd = tempDir();
    expect(runIn(cwd, home, ['--dir', '~/d', 'add', 'contact', 'Maya Chen', '--role', 'UX Researcher']).code).toBe(0);
    const prep = runIn(cwd, home, ['--dir', '~/d', 'prep', 'maya', '--out', '~/prep.md']);
    expect(prep.code, prep.stderr).toBe(0);
    expect(readFileSync(join(home, 'prep.md'), 'utf8')).toContain('Maya Chen');
    expect(existsSync(join(cwd, '~'))).toBe(false);
  });

  it('with neither --dir nor INFOVIEW_DIR, the data lives in the per-user data folder (Linux: ~/.local/share/infoview)', () => {
    const home = tempDir();
    const added = runIn(tempDir(), home, ['add', 'contact', 'Maya Chen'], { INFOVIEW_DIR: '' });
    expect(added.code, added.stderr).toBe(0);
    expect(existsSync(join(dataFolderIn(home), 'contacts', 'maya-chen.yaml'))).toBe(true);
  });

  it('init warns about a data folder on the Desktop, and still makes it', () => {
    const home = tempDir();
    const r = runIn(tempDir(), home, ['--dir', '~/Desktop/interviews', 'init', '--name', 'Alex Doe']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Created ${join(home, 'Desktop', 'interviews', 'config.yaml')}`);
    expect(r.stderr).toBe(`warning: ${join(home, 'Desktop', 'interviews')}: it is on the Desktop, which is often synced to the cloud. Personal notes are safer in a folder only you have; choose one with --dir or INFOVIEW_DIR.\n`);
    const quiet = runIn(tempDir(), home, ['--dir', '~/interviews', 'init', '--name', 'Alex Doe']);
    expect(quiet.stderr).toBe('');
  });

  it('where prints the folder a command line uses: the path alone when piped', () => {
    const home = tempDir();
    expect(runIn(tempDir(), home, ['where'], { INFOVIEW_DIR: '' })).toMatchObject({ code: 0, stdout: `${dataFolderIn(home)}\n`, stderr: '' });
    expect(runIn(tempDir(), home, ['--dir', '~/x', 'where']).stdout).toBe(`${join(home, 'x')}\n`);
    expect(runIn(tempDir(), home, ['where'], { INFOVIEW_DIR: '~/y' }).stdout).toBe(`${join(home, 'y')}\n`);
  });
});
