/** `defaults.calendarFile`: the .ics of `calendar` kept current after every write, through the built binary. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { log, sh } from '../helpers/git.js';
import { BIN, cleanEnv, dataDir, MAYA, runBin, runBinAsync, tempDir } from '../helpers/index.js';
import { expectMode, posixOnly, posixSkip } from '../helpers/platform.js';

const MEETING = ['add', 'meeting', 'maya', '--at', '2026-11-25T15:00:00-08:00'];
const OUTREACH = ['add', 'outreach', 'maya', '--channel', 'email'];
const FOREIGN = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n';

/** A data folder with Maya and `calendarFile: <value>`; `runBin` sets HOME to the folder above it. */
const folderWith = (value: string) => dataDir({ 'maya-chen': MAYA }, `me:\n  name: Alex Kim\ndefaults:\n  calendarFile: ${JSON.stringify(value)}\n`);
const home = (dir: string) => dirname(dir);
const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
const outreachCount = (dir: string) => (readFileSync(join(dir, 'contacts', 'maya-chen.yaml'), 'utf8').match(/channel: email/g) ?? []).length;

describe('calendarFile', () => {
  it('is written after add meeting (~ expanded): the same calendar as `infoview calendar`, parsed by ical.js, mode 0600', () => {
    const dir = folderWith('~/Calendars/infoview.ics');
    const file = join(home(dir), 'Calendars', 'infoview.ics');
    mkdirSync(dirname(file));
    const r = runBin(dir, MEETING);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(runBin(dir, ['calendar']).stdout);
    expect(uids(readFileSync(file, 'utf8'))).toContain('meeting-maya-chen-20261125T230000Z@infoview');
    expectMode(file, 0o600);
    // Its own file is replaced on the next write, with what changed.
    expect(runBin(dir, ['add', 'meeting', 'maya', '--at', '2026-12-02T10:00:00-08:00']).code).toBe(0);
    expect(uids(readFileSync(file, 'utf8'))).toContain('meeting-maya-chen-20261202T180000Z@infoview');
    expect(readFileSync(file, 'utf8')).toBe(runBin(dir, ['calendar']).stdout);
  });

  it('a relative path is taken from the data folder, whatever the working folder', () => {
    const dir = folderWith('infoview.ics');
    const r = spawnSync(process.execPath, [BIN, ...MEETING], { cwd: tempDir(), encoding: 'utf8', env: cleanEnv(dir) });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'infoview.ics'))).toBe(true);
  });

  it('commands writing at once: the calendar left behind has every change', async () => {
    const people = ['ana-lee', 'ben-cho', 'cy-diaz', 'dee-fox', 'eli-gold'];
    const dir = dataDir(Object.fromEntries(people.map((slug) => [slug, `name: ${slug}\n`])), 'defaults:\n  calendarFile: infoview.ics\n');
    const runs = await Promise.all(people.map((slug, i) => runBinAsync(dir, ['add', 'meeting', slug, '--at', `2026-12-0${i + 1}T10:00:00-08:00`])));
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(people.map(() => [0, '']));
    const text = readFileSync(join(dir, 'infoview.ics'), 'utf8');
    expect(text).toBe(runBin(dir, ['calendar']).stdout);
    expect(uids(text).filter((u) => u.startsWith('meeting-'))).toHaveLength(people.length);
  });

  posixOnly('symlinks without privileges')('through a symlink, the file it points to is rewritten and the link stays', () => {
    const dir = folderWith('~/link.ics');
    const real = join(tempDir(), 'synced', 'infoview.ics');
    mkdirSync(dirname(real));
    writeFileSync(real, runBin(dir, ['calendar']).stdout);
    symlinkSync(real, join(home(dir), 'link.ics'));
    expect(runBin(dir, MEETING)).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(join(home(dir), 'link.ics')).isSymbolicLink()).toBe(true);
    expect(uids(readFileSync(real, 'utf8'))).toContain('meeting-maya-chen-20261125T230000Z@infoview');
    // A .ics link to a file that is not one is refused like the file itself.
    const other = folderWith('~/notes-link.ics');
    writeFileSync(join(home(other), 'notes.txt'), 'my notes');
    symlinkSync(join(home(other), 'notes.txt'), join(home(other), 'notes-link.ics'));
    const r = runBin(other, MEETING);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('not updated: the path does not end in .ics');
    expect(readFileSync(join(home(other), 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('refuses to overwrite a .ics infoview did not write: a warning naming it, the write still succeeds (exit 0)', () => {
    const dir = folderWith('~/work.ics');
    const file = join(home(dir), 'work.ics');
    writeFileSync(file, FOREIGN);
    const r = runBin(dir, OUTREACH);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Recorded outreach to Maya Chen');
    expect(r.stderr).toBe(
      `warning: calendarFile ${file} not updated: the file there is not a calendar infoview wrote (no infoview PRODID), so it is left alone\n` +
        '  Point defaults.calendarFile in config.yaml at a new file, or delete that file if infoview may replace it\n',
    );
    expect(readFileSync(file, 'utf8')).toBe(FOREIGN);
    expect(outreachCount(dir)).toBe(1);
  });

  it('a path not ending in .ics is a warning, and nothing is written there', () => {
    const dir = folderWith('~/notes.txt');
    const r = runBin(dir, OUTREACH);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: calendarFile ${join(home(dir), 'notes.txt')} not updated: the path does not end in .ics\n`);
    expect(r.stderr).toContain('  Fix defaults.calendarFile in config.yaml');
    expect(existsSync(join(home(dir), 'notes.txt'))).toBe(false);
    expect(outreachCount(dir)).toBe(1);
  });

  it('a missing folder, a folder in the way and a file inside contacts/ are warnings too; the write succeeds', () => {
    for (const [value, why] of [
      ['~/nowhere/infoview.ics', 'does not exist'],
      ['~/folder.ics', 'it is not a regular file'],
      ['contacts/infoview.ics', 'refusing to write infoview.ics into'],
    ] as const) {
      const dir = folderWith(value);
      mkdirSync(join(home(dir), 'folder.ics'));
      const r = runBin(dir, OUTREACH);
      expect({ value, code: r.code }).toEqual({ value, code: 0 });
      expect(r.stderr).toMatch(/^warning: calendarFile \S+ not updated: /);
      expect(r.stderr).toContain(why);
      expect(outreachCount(dir)).toBe(1);
    }
    expect(existsSync(join(folderWith('contacts/infoview.ics'), 'contacts', 'infoview.ics'))).toBe(false);
  });

  it('is not written by read-only commands (nor by an --out file outside the data)', () => {
    const dir = folderWith('~/infoview.ics');
    const out = join(tempDir(), 'prep.md');
    for (const args of [['list'], ['show', 'maya'], ['followup'], ['followup', '--brief'], ['status'], ['calendar'], ['prep', 'maya', '--out', out]]) {
      expect({ args, code: runBin(dir, args).code }).toEqual({ args, code: 0 });
    }
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(home(dir), 'infoview.ics'))).toBe(false);
  });

  it('a calendarFile that is not a string is a clear error where config.yaml is read', () => {
    const dir = dataDir({ 'maya-chen': MAYA }, 'defaults:\n  calendarFile: [a, b]\n');
    const r = runBin(dir, ['calendar']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`infoview: ${join(dir, 'config.yaml')}: defaults.calendarFile (line 2): expected the path of a .ics file, e.g. ~/Calendars/infoview.ics`);
  });

  it('leaves the git auto-commit as it was: the command is committed, the calendar never', () => {
    const dir = folderWith('infoview.ics');
    const identity = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
    expect(runBin(dir, ['init', '--git', '--no-input'], { env: identity }).code).toBe(0);
    const r = runBin(dir, MEETING, { env: identity });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(log(dir)[0]).toBe('add meeting: Maya Chen, Wed 25 Nov 15:00');
    expect(sh(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('contacts/maya-chen.yaml');
    expect(sh(dir, ['status', '--porcelain']).trim()).toBe('?? infoview.ics');
    expect(uids(readFileSync(join(dir, 'infoview.ics'), 'utf8'))).toContain('meeting-maya-chen-20261125T230000Z@infoview');
  });
});

/** A folder no one can write: mode 0500, or for root (who ignores modes) a read-only tmpfs. */
const readOnly = tempDir('infoview-ro-');
const asRoot = process.getuid?.() === 0;
const usable = !posixSkip('folder modes') && (asRoot ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=16k', 'tmpfs', readOnly]).status === 0 : (chmodSync(readOnly, 0o500), true));
afterAll(() => {
  if (asRoot && usable) spawnSync('umount', [readOnly]);
  else chmodSync(readOnly, 0o700);
});

describe.skipIf(!usable)('calendarFile in a folder that cannot be written (POSIX; as root, a read-only tmpfs)', () => {
  it('is a warning naming the path; the write that triggered it succeeds (exit 0)', () => {
    const file = join(readOnly, 'infoview.ics');
    const dir = folderWith(file);
    const r = runBin(dir, OUTREACH);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^warning: calendarFile ${file} not updated: .*${file} was not saved: (permission denied|the file system is read-only)`));
    expect(existsSync(file)).toBe(false);
    expect(outreachCount(dir)).toBe(1);
  });
});
