/**
 * Bad input on the commands that write: an ambiguous or unknown name, a broken file named by its
 * slug, a time that cannot be read, odd files in the contacts folder. Each gets one clear line on
 * stderr and the right exit code, and no file changes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, runCli } from '../helpers/index.js';

const PATEL = 'name: Maya Patel\noutreach:\n  - at: 2026-11-20T09:00:00-08:00\nmeetings:\n  - at: 2026-11-21T09:00:00-08:00\n';
const BROKEN = 'name: [unclosed\n';

/** Every file in the data folder with its text, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.index') continue; // derived, may be rebuilt
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out[path] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const WRITERS: string[][] = [
  ['add', 'outreach', 'Q'],
  ['add', 'meeting', 'Q', '--at', '2026-11-25T15:00:00-08:00'],
  ['replied', 'Q'],
  ['thanked', 'Q'],
  ['debrief', 'Q', '--notes', 'x'],
  ['edit', 'Q', '--set', 'role=Lead'],
  ['remove', 'Q', '--yes'],
  ['draft', 'Q'],
];
const withQuery = (args: string[], q: string) => args.map((a) => (a === 'Q' ? q : a));

describe('a name that matches more than one contact', () => {
  for (const args of WRITERS) {
    it(`${args.slice(0, 2).join(' ')}: lists both, exit 1, nothing written`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA, 'maya-patel': PATEL });
      const before = snapshot(dir);
      const r = await runCli(dir, withQuery(args, 'maya'));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^infoview: "maya" matches 2 contacts/);
      expect(r.stderr).toContain('maya-chen');
      expect(r.stderr).toContain('maya-patel');
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('a name that matches no one', () => {
  for (const args of WRITERS) {
    it(`${args.slice(0, 2).join(' ')}: exit 1, nothing written`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const before = snapshot(dir);
      const r = await runCli(dir, withQuery(args, 'zed'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^infoview: no contact matches "zed"/);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('a broken file named by its slug', () => {
  for (const args of WRITERS.filter((a) => a[0] !== 'edit')) {
    it(`${args.slice(0, 2).join(' ')}: names the file and the line, exit 1, file untouched`, async () => {
      const dir = dataDir({ broken: BROKEN, 'maya-chen': MAYA });
      const before = snapshot(dir);
      const r = await runCli(dir, withQuery(args, 'broken'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/broken\.yaml: line \d+, column \d+/);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('a time that cannot be read', () => {
  for (const args of [['replied', 'maya', '--at', 'whenever'], ['thanked', 'maya', '--at', 'whenever'], ['add', 'outreach', 'maya', '--at', 'whenever']]) {
    it(`${args[0]} --at whenever: exit 2, nothing written`, async () => {
      const dir = dataDir({ 'maya-chen': `${MAYA}outreach:\n  - at: 2026-11-20T09:00:00-08:00\nmeetings:\n  - at: 2026-11-21T09:00:00-08:00\n` });
      const before = snapshot(dir);
      const r = await runCli(dir, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^infoview: (--at: )?cannot read the time "whenever"/);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('a bad flag and an unknown contact together', () => {
  const cases = [
    ['replied', 'nobody', '--at', 'whenever'],
    ['thanked', 'nobody', '--at', 'whenever'],
    ['add', 'outreach', 'nobody', '--at', 'whenever'],
    ['add', 'meeting', 'nobody', '--at', 'whenever'],
    ['add', 'meeting', 'nobody', '--at', 'tomorrow 3pm', '--minutes', 'lots'],
  ];
  for (const args of cases) {
    it(`${args.join(' ')}: the flag is the usage error (exit 2)`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const before = snapshot(dir);
      const r = await runCli(dir, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^infoview: (--at: cannot read the time "whenever"|--minutes "lots" is not a length in minutes)/);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('which error comes first', () => {
  it('a bad --at beats an ambiguous name: exit 2', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'maya-patel': PATEL });
    const before = snapshot(dir);
    const r = await runCli(dir, ['thanked', 'maya', '--at', 'whenever']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^infoview: --at: cannot read the time "whenever"/);
    expect(snapshot(dir)).toEqual(before);
  });

  // dataDir's second argument is config.yaml.
  for (const args of [['add', 'meeting', 'maya', '--at', 'whenever'], ['add', 'meeting', 'maya', '--at', 'tomorrow 3pm', '--minutes', 'lots'], ['thanked', 'maya', '--at', 'whenever']]) {
    it(`${args.join(' ')} with a broken config.yaml: the flag is the usage error (exit 2), as it is without one`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA }, 'defaults: [unclosed\n');
      const before = snapshot(dir);
      const r = await runCli(dir, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^infoview: (--at: cannot read the time "whenever"|--minutes "lots" is not a length in minutes)/);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  for (const command of [['replied'], ['thanked'], ['add', 'outreach']]) {
    it(`${command.join(' ')} with a future --at and an unknown name: the future time is the usage error (exit 2)`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const before = snapshot(dir);
      const r = await runCli(dir, [...command, 'nobody', '--at', 'tomorrow 3pm']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^infoview: --at "tomorrow 3pm" is in the future/);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('a meeting that is still ahead', () => {
  const PLANNED = `${MAYA}meetings:\n  - at: 2026-12-01T10:00:00-08:00\n`;
  for (const args of [['thanked', 'maya'], ['debrief', 'maya', '--notes', 'x'], ['draft', 'maya', '--kind', 'thankyou']]) {
    it(`${args[0]}: nothing to act on yet, exit 1, the hint points to prep, no file changed`, async () => {
      const dir = dataDir({ 'maya-chen': PLANNED });
      const before = snapshot(dir);
      const r = await runCli(dir, args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^infoview: no meeting with Maya Chen has started yet, so there is nothing to /);
      expect(r.stderr).toContain('The meeting is still ahead; prepare for it with `infoview prep maya-chen`');
      expect(r.stdout).toBe('');
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('a data folder whose .index is a file', () => {
  it('goes without an index: exit 0, nothing on stderr, the file left alone', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    writeFileSync(join(dir, '.index'), 'not a folder');
    for (const args of [['list'], ['followup', '--json'], ['list', '--json']]) {
      const r = await runCli(dir, args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect((await runCli(dir, ['list'])).stdout).toContain('Maya Chen');
    expect(readFileSync(join(dir, '.index'), 'utf8')).toBe('not a folder');
  });
});

describe('odd files in the contacts folder', () => {
  it('a file name that is not a slug and a folder named like a contact are skipped with a warning; the rest is read', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    writeFileSync(join(dir, 'contacts', 'Dana Ortiz.yaml'), 'name: Dana Ortiz\n');
    mkdirSync(join(dir, 'contacts', 'folder.yaml'));
    for (const args of [['list', '--json'], ['followup', '--json']]) {
      const r = await runCli(dir, args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stderr).toMatch(/warning: skipped .*Dana Ortiz\.yaml: the file name is not a contact slug/);
      expect(r.stderr).toMatch(/warning: skipped .*folder\.yaml: is a folder, not a regular file/);
    }
    expect(JSON.parse((await runCli(dir, ['list', '--json'])).stdout).map((c: { slug: string }) => c.slug)).toEqual(['maya-chen']);
  });
});

describe('edit without a terminal', () => {
  it('refuses to start an editor nobody chose, and points to --set', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya'], { env: { VISUAL: '', EDITOR: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^infoview: no terminal to open an editor in/);
    expect(r.stderr).toContain('--set');
    expect(readFileSync(join(dir, 'contacts', 'maya-chen.yaml'), 'utf8')).toBe(MAYA);
  });
});
