/**
 * What belongs to the data folder is kept safe (issue 12, items 17–19): files that are not UTF-8
 * are never rewritten, caches of deleted contacts and scratch copies of dead `edit`s are swept,
 * no `--out` lands on a file infoview manages, and a `--set` path cannot overflow the stack.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedNames, contactFile, dataDir, MAYA, readContact, runCli, tempDir } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

/** Files changed in the last two seconds are never cached (mtime granularity): let them age. */
const age = () => new Promise((done) => setTimeout(done, 2100));

/** `José Núñez` in Latin-1: plain YAML (the fast first-run reader's case) and YAML with a comment and an anchor (yaml's). */
const LATIN1 = Buffer.from('name: Jos\xe9 N\xfa\xf1ez\nrole: Engineer\n', 'latin1');
const LATIN1_DOC = Buffer.from('# caf\xe9 chat\nname: &n Ren\xe9e Marx\nnotes: *n\ntags: [a, b]\n', 'latin1');

describe('a file that is not UTF-8 is never rewritten', () => {
  let dir: string;
  beforeAll(async () => {
    dir = dataDir({ 'maya-chen': MAYA });
    writeFileSync(contactFile(dir, 'jose-nunez'), LATIN1);
    writeFileSync(contactFile(dir, 'renee-marx'), LATIN1_DOC);
    await age();
  });

  for (const state of ['first run', 'warm run'] as const) {
    it(`${state}: edit --set and the editor refuse it, naming the file; list skips it with a warning`, async () => {
      rmSync(join(dir, '.index'), { recursive: true, force: true });
      if (state === 'warm run') {
        expect((await runCli(dir, ['list'])).code).toBe(0);
        expect(existsSync(join(dir, '.index', 'contacts.ndjson'))).toBe(true);
      }
      for (const [slug, bytes] of [['jose-nunez', LATIN1], ['renee-marx', LATIN1_DOC]] as const) {
        const set = await runCli(dir, ['edit', slug, '--set', 'role=Lead']);
        expect(set.code, set.stderr).toBe(1);
        expect(set.stderr).toMatch(new RegExp(`${slug}\\.yaml: is not UTF-8 text`));
        expect(set.stderr).toMatch(/iconv/);
        const editor = await runCli(dir, ['edit', slug], { env: { EDITOR: 'true' } });
        expect(editor.code).toBe(1);
        expect(editor.stderr).toMatch(/is not UTF-8 text/);
        expect((await runCli(dir, ['show', slug])).code).toBe(1);
        expect(readFileSync(contactFile(dir, slug)).equals(bytes)).toBe(true);
      }
      const list = await runCli(dir, ['list', '--json']);
      expect(list.code).toBe(0);
      expect(list.stderr).toMatch(/warning: skipped .*jose-nunez\.yaml: is not UTF-8 text/);
      expect(list.stderr).toMatch(/warning: skipped .*renee-marx\.yaml: is not UTF-8 text/);
      expect(JSON.parse(list.stdout).map((c: { slug: string }) => c.slug)).toEqual(['maya-chen']);
      expect(readdirSync(join(dir, 'contacts')).sort()).toEqual(['jose-nunez.yaml', 'maya-chen.yaml', 'renee-marx.yaml']);
    });
  }

  posixOnly('printf through sh as the editor')('an editor that saves another encoding is refused like any invalid edit; the file keeps its text', async () => {
    const own = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(own, ['edit', 'maya-chen'], { env: { EDITOR: "printf 'name: Maya Ch\\351n\\n' >" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/maya-chen\.yaml: is not UTF-8 text/);
    expect(r.stderr).toMatch(/was not saved/);
    expect(readContact(own, 'maya-chen')).toBe(MAYA);
    expect(readdirSync(join(own, 'contacts'))).toEqual(['maya-chen.yaml']);
  });
});

describe('.index/ keeps nothing of a contact whose file is gone', () => {
  it('a contact deleted by hand (or by a sync) leaves no cached copy after the next read of the folder or by its slug', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': 'name: Dana Ortiz\n' });
    await age();
    for (const slug of ['maya-chen', 'dana-ortiz']) expect((await runCli(dir, ['show', slug])).code).toBe(0);
    const cached = (slug: string) => cachedNames(dir).includes(slug);
    expect(cached('maya-chen') && cached('dana-ortiz')).toBe(true);
    rmSync(contactFile(dir, 'maya-chen'));
    const list = await runCli(dir, ['list', '--json']);
    expect(JSON.parse(list.stdout).map((c: { slug: string }) => c.slug)).toEqual(['dana-ortiz']);
    expect(cached('maya-chen')).toBe(false);
    expect(cached('dana-ortiz')).toBe(true);
    rmSync(contactFile(dir, 'dana-ortiz'));
    const show = await runCli(dir, ['show', 'dana-ortiz']);
    expect(show.code).toBe(1);
    expect(show.stderr).toMatch(/no contact/);
    expect(cached('dana-ortiz')).toBe(false);
  });
});

describe("scratch copies of a killed edit are swept", () => {
  /** A pid that surely runs no more: a process that has exited. */
  const deadPid = () => spawnSync('true').pid as number;

  for (const [how, args, env] of [
    ['a write (edit --set)', ['edit', 'maya', '--set', 'role=Lead'], {}],
    ['the next edit in the editor', ['edit', 'maya-chen'], { EDITOR: 'true' }],
  ] as const) {
    // `true` (the no-op editor, and the dead pid's process) is a POSIX command.
    posixOnly('true, a POSIX command')(`${how} removes those of processes that are gone, and keeps a live one's`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const scratch = (pid: number) => join(dir, 'contacts', `.maya-chen.${pid}.edit.yaml`);
      const dead = scratch(deadPid());
      const live = scratch(process.ppid); // the test runner: alive
      const young = scratch(deadPid());
      for (const file of [dead, live, young]) writeFileSync(file, MAYA);
      const old = new Date(Date.now() - 10 * 60_000);
      for (const file of [dead, live]) utimesSync(file, old, old);
      const r = await runCli(dir, [...args], { env });
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(live)).toBe(true); // its edit is still open
      expect(existsSync(young)).toBe(true); // too new to judge
    });
  }
});

describe('--out never writes over a file infoview manages', () => {
  const MET = `${MAYA}meetings:\n  - at: 2026-11-30T15:00:00-08:00\n`;
  const CONFIG = 'me:\n  name: Alex Doe\n';

  posixOnly('a symlink (Windows needs Developer Mode for one)')('calendar, prep and draft refuse config.yaml, targets.yaml, templates/, .index/ and .git/, directly or through a symlink', async () => {
    const dir = dataDir({ 'maya-chen': MET }, CONFIG);
    writeFileSync(join(dir, 'targets.yaml'), 'targets: []\n');
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'prep.liquid'), 'mine\n');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[core]\n');
    mkdirSync(join(dir, '.index'));
    const link = join(tempDir(), 'looks-harmless.ics');
    symlinkSync(join(dir, 'config.yaml'), link);
    const targets: [string, RegExp][] = [
      [join(dir, 'config.yaml'), /refusing to write over .*config\.yaml/],
      [join(dir, 'contacts', '..', 'config.yaml'), /refusing to write over .*config\.yaml/],
      [link, /refusing to write over .*config\.yaml/],
      [join(dir, 'targets.yaml'), /refusing to write over .*targets\.yaml/],
      [join(dir, 'templates', 'prep.liquid'), /refusing to write prep\.liquid into .*templates/],
      [join(dir, 'templates', 'new.md'), /refusing to write new\.md into .*templates/],
      [join(dir, '.index', 'other.json'), /refusing to write other\.json into .*\.index/],
      [join(dir, '.git', 'config'), /refusing to write config into .*\.git/],
    ];
    for (const args of [['calendar'], ['prep', 'maya'], ['draft', 'maya']]) {
      for (const [out, message] of targets) {
        const r = await runCli(dir, [...args, '--out', out]);
        expect(r.code, `${args[0]} --out ${out}`).toBe(1);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).toMatch(/write somewhere else/);
      }
    }
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe(CONFIG);
    expect(readFileSync(join(dir, 'targets.yaml'), 'utf8')).toBe('targets: []\n');
    expect(readFileSync(join(dir, 'templates', 'prep.liquid'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toBe('[core]\n');
    expect(existsSync(join(dir, '.index', 'other.json'))).toBe(false);
    // Beside them, in the data folder itself, is the person's own business.
    const fine = await runCli(dir, ['calendar', '--out', join(dir, 'interviews.ics')]);
    expect(fine.code, fine.stderr).toBe(0);
    expect(readFileSync(join(dir, 'interviews.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('--set key paths', () => {
  it('a path hundreds of keys deep is a usage error, not a stack overflow; the file is untouched', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const deep = Array.from({ length: 700 }, (_, i) => `k${i}`).join('.');
    const r = await runCli(dir, ['edit', 'maya', '--set', `${deep}=x`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--set "k0\.k1\.k2\.…" is 700 keys deep, more than the 16 allowed/);
    expect(r.stderr).not.toMatch(/Maximum call stack|unexpected error/);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
    expect((await runCli(dir, ['edit', 'maya', '--set', 'role=Lead'])).code).toBe(0);
  });
});

describe('invisible characters in names', () => {
  let dir: string;
  beforeAll(async () => {
    // The second Ann has a zero-width space after her first name: the two look the same.
    dir = dataDir({ 'ann-lee': 'name: Ann Lee\ncompany: Contoso\n', 'ann-lee-2': 'name: "Ann\\u200b Lee"\ncompany: Northwind\n', bob: 'name: Bob Stone\n' });
    await age();
  });

  for (const state of ['first run', 'warm run'] as const) {
    it(`${state}: two names that look alike are ambiguous, each slug names one, a pasted name still matches`, async () => {
      rmSync(join(dir, '.index'), { recursive: true, force: true });
      if (state === 'warm run') {
        expect((await runCli(dir, ['list'])).code).toBe(0);
        expect(existsSync(join(dir, '.index', 'contacts.ndjson'))).toBe(true);
      }
      const both = await runCli(dir, ['show', 'Ann Lee']);
      expect(both.code).toBe(1);
      expect(both.stderr).toMatch(/"Ann Lee" matches 2 contacts/);
      expect(both.stderr).toMatch(/ann-lee · Contoso/);
      expect(both.stderr).toMatch(/ann-lee-2 · Northwind/);
      for (const [query, company] of [['ann-lee', 'Contoso'], ['ann-lee-2', 'Northwind']]) {
        const one = await runCli(dir, ['show', query as string, '--json']);
        expect(one.code, one.stderr).toBe(0);
        expect(JSON.parse(one.stdout).company).toBe(company);
      }
      const pasted = await runCli(dir, ['show', 'Bob\u200b Stone', '--json']);
      expect(pasted.code, pasted.stderr).toBe(0);
      expect(JSON.parse(pasted.stdout).slug).toBe('bob');
    });
  }
});
