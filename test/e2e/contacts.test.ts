import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, contactFile, dataDir, MAYA, readContact, ROOT, runBin, tempDir } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

describe('infoview binary: contacts', () => {
  it('adds, lists, shows and removes through the built binary', () => {
    const dir = dataDir();
    const add = runBin(dir, ['add', 'contact', 'Maya Chen', '--company', 'Northwind Health', '--role', 'Senior UX Researcher']);
    expect(add).toMatchObject({ code: 0, stderr: '' });
    expect(add.stdout).toContain('maya-chen');
    const json = runBin(dir, ['list', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ slug: 'maya-chen', name: 'Maya Chen', status: 'new', company: 'Northwind Health' }),
    ]);
    expect(runBin(dir, ['show', 'chen']).stdout).toMatch(/^Maya Chen {2}\(maya-chen\)/);
    expect(runBin(dir, ['remove', 'maya-chen', '--yes']).code).toBe(0);
    expect(runBin(dir, ['list', '--json']).stdout.trim()).toBe('[]');
  });

  it('exits 2 on usage errors and 1 on not-found, one line plus a hint, no stack', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const cases: [string[], number, RegExp][] = [
      [['list', '--bogus'], 2, /unknown option '--bogus'/],
      [['add', 'contact'], 2, /missing the contact's name/],
      [['show'], 2, /missing required argument 'contact'/],
      [['show', 'nobody'], 1, /no contact matches "nobody"/],
      [['remove', 'maya'], 2, /without confirmation/],
      [['frobnicate'], 2, /unknown command 'frobnicate'/],
    ];
    for (const [args, code, message] of cases) {
      const r = runBin(dir, args);
      expect(r.code, args.join(' ')).toBe(code);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^infoview: /);
      expect(lines[0]).toMatch(message);
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('prints a stack only with INFOVIEW_DEBUG=1', () => {
    const dir = dataDir({ x: 'name: [\n' });
    expect(runBin(dir, ['show', 'x']).stderr).not.toMatch(/^\s+at /m);
    expect(runBin(dir, ['show', 'x'], { env: { INFOVIEW_DEBUG: '1' } }).stderr).toMatch(/^\s+at /m);
  });

  it('refuses an unreadable INFOVIEW_NOW as a usage error', () => {
    const r = runBin(dataDir(), ['list'], { env: { INFOVIEW_NOW: 'soon' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/INFOVIEW_NOW="soon"/);
  });

  it('keeps everyone else usable around broken, bomb and oversized files', () => {
    const bomb = ['name: bomb', 'a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 12; i++) bomb.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    const files = { 'maya-chen': MAYA, broken: 'name: [Broken\n', bomb: bomb.join('\n'), huge: `name: Huge\nnotes: "${'x'.repeat(1_200_000)}"\n` };
    const dir = dataDir(files);
    const r = runBin(dir, ['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Maya Chen');
    expect(r.stdout).not.toContain('Broken');
    expect(r.stderr).toMatch(/broken\.yaml: line \d+, column \d+: /);
    expect(r.stderr).toMatch(/bomb\.yaml: uses too many YAML aliases/);
    expect(r.stderr).toMatch(/huge\.yaml: is larger than 1 MiB/);
    for (const [slug, text] of Object.entries(files)) expect(readContact(dir, slug)).toBe(text);
  });

  it('colours only on request of a terminal, never with NO_COLOR or when piped', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const ESC = '\u001b[';
    expect(runBin(dir, ['list']).stdout).not.toContain(ESC);
    expect(runBin(dir, ['list'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runBin(dir, ['list', '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('shows an example in every command\'s --help, and the version', () => {
    const dir = dataDir();
    expect(runBin(dir, ['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).version);
    const top = runBin(dir, ['--help']).stdout;
    const commands = [...top.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(5);
    const paths = commands.flatMap((c) => {
      const help = runBin(dir, [c, '--help']).stdout;
      const subs = [...help.matchAll(/^Commands:\n([\s\S]*?)\n\n/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/^ {2}([a-z]+)\b/gm)].map((s) => s[1]));
      return subs.length ? subs.filter((s) => s !== 'help').map((s) => [c, s as string]) : [[c]];
    });
    for (const path of paths) {
      const r = runBin(dir, [...path, '--help']);
      expect(r.code, path.join(' ')).toBe(0);
      expect(r.stdout, path.join(' ')).toMatch(/Examples?:\n\s+\$ infoview /);
    }
  });

  posixOnly('umask and file modes are POSIX')('sets file 0600 and folder 0700 even under a permissive umask', () => {
    const dir = join(tempDir(), 'new-data');
    const r = spawnSync('sh', ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, BIN, 'add', 'contact', 'Dana Ortiz'], {
      env: cleanEnv(dir),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'contacts')).mode & 0o777).toBe(0o700);
    expect(statSync(contactFile(dir, 'dana-ortiz')).mode & 0o777).toBe(0o600);
  });
});
