/**
 * The published package: `npm pack` (its own scripts: build, then the manifest without `prepare`)
 * in a copy of the repository → `npm install -g` into a temp prefix, offline, with no warning →
 * `infoview`, found on the PATH, runs from any folder, with no dependency installed beside it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { NOW, ROOT, tempDir, windowsEnv } from '../helpers/index.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};
/**
 * On Windows npm and the installed `infoview` are .cmd shims, which Node starts only through a
 * shell (and cmd would re-parse the arguments): there the scripts behind them run with node.
 */
const WINDOWS = process.platform === 'win32';
const NPM = WINDOWS ? [process.execPath, join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')] : ['npm'];
// Only what npm and the shebang need: no npm_* variables from the `npm test` that runs us.
const env = (home: string) => ({ ...windowsEnv(), PATH: [dirname(process.execPath), process.env.PATH].join(delimiter), HOME: home, USERPROFILE: home, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });

function npm(args: string[], cwd: string, home: string) {
  const [command = 'npm', ...before] = NPM;
  const r = spawnSync(command, [...before, ...args], { cwd, env: env(home), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stderr}`);
  return r;
}

let work: string;
let clone: string;
let installed: string;
let installWarnings: string;
let packedManifest: { scripts: Record<string, string> };
let files: string[];

beforeAll(() => {
  work = tempDir('infoview-pack-');
  const home = join(work, 'home');
  mkdirSync(home);
  // What a clone holds (the libraries linked): packing runs tsup there, never over this repo's dist.
  clone = join(work, 'clone');
  for (const f of ['package.json', 'README.md', 'tsconfig.json', 'tsup.config.ts', 'bin', 'src', 'templates']) {
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(clone, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'junction'); // a junction needs no rights on Windows
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], clone, home).stdout) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error('npm pack printed nothing');
  files = packed.files.map((f) => f.path);
  const tarball = join(work, packed.filename);
  packedManifest = JSON.parse(spawnSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout);
  const prefix = join(work, 'prefix');
  // --offline: nothing to fetch, because every library is bundled into dist (no dependencies).
  installWarnings = npm(['install', '--global', '--offline', '--prefix', prefix, tarball], work, home).stderr;
  installed = WINDOWS ? join(prefix, 'node_modules', 'infoview', 'bin', 'infoview.js') : join(prefix, 'bin', 'infoview');
}, 180_000);

/** Run the installed infoview: through its shebang, or with node on Windows. */
const runInstalled = (args: string[], cwd: string) =>
  spawnSync(WINDOWS ? process.execPath : installed, WINDOWS ? [installed, ...args] : args, { cwd, env: { ...env(join(work, 'home')), TZ: 'America/Los_Angeles', INFOVIEW_NOW: NOW }, encoding: 'utf8', timeout: 60_000 });

describe('package', () => {
  it('declares no runtime dependencies: everything is bundled into dist', () => {
    expect(pkg.dependencies ?? {}, 'move it to devDependencies: tsup bundles it').toEqual({});
    expect(VERSION, 'src/version.ts must match package.json').toBe(pkg.version);
  });

  it('ships the built bundle, the bin and the README, not the sources or tests', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/infoview.js', 'dist/infoview.js', 'package.json', 'README.md']));
    expect(files.filter((f) => /^(src|test|bench)\//.test(f))).toEqual([]);
    if (existsSync(join(ROOT, 'templates'))) expect(files.some((f) => f.startsWith('templates/'))).toBe(true);
    expect(readFileSync(join(ROOT, pkg.bin.infoview ?? ''), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('the tarball carries no install script, so npm install -g warns about none; packing leaves package.json as it was', () => {
    expect(packedManifest.scripts.prepare).toBeUndefined();
    expect(Object.keys(packedManifest.scripts).filter((s) => /install|prepare/.test(s))).toEqual([]);
    expect(installWarnings).not.toMatch(/warn/i);
    expect(readFileSync(join(clone, 'package.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  });

  it('the installed infoview is on the PATH and runs from any folder: --version and a real command', () => {
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    // By name, as the README's examples and the completion scripts (`command infoview`) call it;
    // on Windows the .cmd shim needs a shell, so there the script runs with node.
    const onPath = { PATH: [dirname(installed), dirname(process.execPath)].join(delimiter), TZ: 'America/Los_Angeles', INFOVIEW_NOW: NOW };
    const run = (args: string[]) => (WINDOWS ? runInstalled(args, elsewhere) : spawnSync('infoview', args, { cwd: elsewhere, env: { ...env(join(work, 'home')), ...onPath }, encoding: 'utf8', timeout: 60_000 }));
    const version = run(['--version']);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(pkg.version);

    const data = join(work, 'data');
    const added = run(['--dir', data, 'add', 'contact', 'José Núñez', '--company', 'Contoso']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const listed = run(['--dir', data, 'list', '--json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ slug: 'jose-nunez', name: 'José Núñez', status: 'new' }]);
  });

  it('the installed binary finds its bundled templates and question bank', () => {
    if (!existsSync(join(ROOT, 'templates'))) return;
    const run = (args: string[]) => runInstalled(args, work);
    const listed = run(['--dir', join(work, 'data'), 'templates', 'list']);
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toContain(join(work, 'prefix'));
    expect(listed.stdout).not.toContain(ROOT);
    const questions = run(['--dir', join(work, 'data'), 'questions', '--count', '3', '--json']);
    expect(questions.status).toBe(0);
    expect(JSON.parse(questions.stdout)).toHaveLength(3);
  });
});
