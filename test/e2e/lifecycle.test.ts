// The lifecycle through the built binary (`npm test` builds first): the close after the one
// nudge, archive, unarchive, snooze, list --all, and what each leaves on disk.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, cleanEnv, dataDir, readContact, runBin, tempDir } from '../helpers/index.js';
import { inv, log } from '../helpers/git.js';

// Mon 23 Nov 2026 10:00 PST (helpers NOW): Elena's nudge went out on Wed 4 Nov, 10 business days ago and more.
const ELENA = `# met at the October meetup
name: Elena Park
company: Acme Health # big one
outreach:
  - at: 2026-10-26T10:00:00-07:00
    channel: email
  - at: 2026-11-04T10:00:00-08:00 # the nudge
    channel: email
`;
const SAM = 'name: Sam Rivera\nintroducedBy: elena-park\n';
const at = (iso: string) => ({ env: { INFOVIEW_NOW: iso } });

describe('no reply to the nudge: close, then archive', () => {
  it('followup suggests archiving or snoozing; archive takes the contact out of followup, list and calendar, keeps it everywhere else', () => {
    const dir = dataDir({ 'elena-park': ELENA, 'sam-rivera': SAM });
    let r = runBin(dir, ['followup', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        contact: 'elena-park',
        name: 'Elena Park',
        kind: 'close',
        due: '2026-11-18T10:00:00-08:00',
        overdue: true,
        what: 'no reply to the nudge: archive, or snooze (infoview snooze elena-park --until …)',
        command: 'infoview archive elena-park',
        outreachAt: '2026-11-04T10:00:00-08:00',
      },
    ]);
    expect(runBin(dir, ['followup']).stdout).toMatch(/Elena Park\s+close\s+overdue by 5 days\s+infoview archive elena-park/);

    r = runBin(dir, ['archive', 'elena', '--reason', 'no reply after the nudge']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'Archived Elena Park (no reply after the nudge): followup and list leave them out from now on.\n' +
        'They stay in infoview list --all, show, network and export. To resume: infoview unarchive elena-park\n',
    );
    const text = readContact(dir, 'elena-park');
    expect(text).toContain('# met at the October meetup');
    expect(text).toContain('company: Acme Health # big one');
    expect(text).toContain('- at: 2026-11-04T10:00:00-08:00 # the nudge');
    expect(parse(text)).toMatchObject({ archivedAt: '2026-11-23T10:00:00-08:00', archiveReason: 'no reply after the nudge' });

    expect(runBin(dir, ['followup'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Nothing due/) });
    expect(runBin(dir, ['followup', '--json']).stdout).toBe('[]\n');
    expect(JSON.parse(runBin(dir, ['list', '--json']).stdout).map((c: { slug: string }) => c.slug)).toEqual(['sam-rivera']);
    const all = JSON.parse(runBin(dir, ['list', '--all', '--json']).stdout);
    expect(all.map((c: { slug: string; status: string }) => `${c.slug} ${c.status}`)).toEqual(['elena-park archived', 'sam-rivera new']);
    expect(all[0].nextStep).toBe('archived: infoview unarchive elena-park to resume');
    expect(runBin(dir, ['list', '--status', 'archived']).stdout).toMatch(/Elena Park\s+Acme Health\s+archived/);
    expect(runBin(dir, ['show', 'elena']).stdout).toMatch(/^Elena Park {2}\(elena-park\) {2}archived\nAcme Health\nArchived: Mon 23 Nov 10:00 \(no reply after the nudge\)\n[\s\S]*\nNext\n {2}archived: infoview unarchive elena-park to resume\n$/);
    expect(JSON.parse(runBin(dir, ['show', 'elena', '--json']).stdout)).toMatchObject({ status: 'archived', archiveReason: 'no reply after the nudge', due: [] });
    expect(runBin(dir, ['network']).stdout).toMatch(/Elena Park.*archived[\s\S]*Sam Rivera/);
    expect(JSON.parse(runBin(dir, ['export']).stdout).map((c: { slug: string; status: string }) => `${c.slug} ${c.status}`)).toEqual(['elena-park archived', 'sam-rivera new']);
    expect(runBin(dir, ['status']).stdout).toMatch(/archived\s+█+ 1/);
  });

  it('calendar leaves an archived contact out, meetings and all', () => {
    const maya = 'name: Maya Chen\nmeetings:\n  - at: 2026-11-25T15:00:00-08:00\n';
    const dir = dataDir({ 'maya-chen': maya, 'sam-rivera': `${maya.replace('Maya Chen', 'Sam Rivera')}archivedAt: 2026-11-22T09:00:00-08:00\n` });
    const ics = runBin(dir, ['calendar']).stdout;
    expect(ics.match(/SUMMARY:[^\r]*/g)).toEqual(['SUMMARY:Informational interview: Maya Chen', 'SUMMARY:Thank-you to Maya Chen due']);
    expect(runBin(dir, ['unarchive', 'sam']).code).toBe(0);
    expect(runBin(dir, ['calendar']).stdout).toContain('SUMMARY:Informational interview: Sam Rivera');
  });

  it('add outreach to an archived or snoozed contact promises no reminder followup will not show', () => {
    const dir = dataDir({ 'elena-park': `${ELENA}archivedAt: 2026-11-20T09:00:00-08:00\n`, 'sam-rivera': 'name: Sam Rivera\nsnoozedUntil: 2026-12-14T00:00:00-08:00\n' });
    let r = runBin(dir, ['add', 'outreach', 'elena']);
    expect(r.stdout).toBe(
      'Recorded outreach to Elena Park by email, Mon 23 Nov 10:00.\n' +
        'Elena Park is archived, so followup sets no reminders for them. To resume: infoview unarchive elena-park\n' +
        'When they answer: infoview replied elena-park\n',
    );
    r = runBin(dir, ['add', 'outreach', 'sam']);
    expect(r.stdout).toContain('Without a reply, followup suggests someone else too on Thu 26 Nov 10:00 and one nudge on Wed 2 Dec 10:00.\nSnoozed until Mon 14 Dec 00:00: followup lists nothing for them before then.\n');
  });

  it('status leaves an archived contact out of the next meetings', () => {
    const dir = dataDir({ 'maya-chen': 'name: Maya Chen\narchivedAt: 2026-11-20T09:00:00-08:00\nmeetings:\n  - at: 2026-11-25T15:00:00-08:00\n' });
    expect(runBin(dir, ['status']).stdout).toMatch(/Next meetings\n {2}none planned/);
  });

  it('list says so when everyone is archived', () => {
    const dir = dataDir({ 'elena-park': `${ELENA}archivedAt: 2026-11-20T09:00:00-08:00\n` });
    expect(runBin(dir, ['list']).stdout).toBe('Everyone here is archived. See them with `infoview list --all`; `infoview unarchive <contact>` resumes one.\n');
  });

  it('writing again after the nudge ends the close; add outreach says what followup will do at each step', () => {
    const dir = dataDir({ 'chris-lee': 'name: Chris Lee\n' });
    let r = runBin(dir, ['add', 'outreach', 'chris'], at('2026-11-02T10:00:00-08:00'));
    expect(r.stdout).toContain('Without a reply, followup suggests someone else too on Thu 5 Nov 10:00 and one nudge on Wed 11 Nov 10:00.');
    r = runBin(dir, ['add', 'outreach', 'chris'], at('2026-11-12T10:00:00-08:00'));
    expect(r.stdout).toContain('That was your one nudge: if no reply by Thu 26 Nov 10:00, followup will suggest archiving or snoozing.');
    expect(r.stdout).not.toContain('one nudge on');
    expect(JSON.parse(runBin(dir, ['followup', '--json'], at('2026-11-26T10:00:00-08:00')).stdout).map((i: { kind: string }) => i.kind)).toEqual(['close']);
    r = runBin(dir, ['add', 'outreach', 'chris'], at('2026-11-27T10:00:00-08:00'));
    expect(r.stdout).toContain('You have nudged once already, so followup sets no reminder for this one. To stop pursuing them: infoview archive chris-lee');
    expect(runBin(dir, ['followup', '--json'], at('2026-12-20T10:00:00-08:00')).stdout).toBe('[]\n');
  });
});

describe('archive, unarchive and snooze: the no-ops and the refusals', () => {
  it('archive twice: exit 0, "already archived since", the file unchanged', () => {
    const dir = dataDir({ 'elena-park': ELENA });
    expect(runBin(dir, ['archive', 'elena', '--reason', 'moved on'], at('2026-11-20T09:00:00-08:00')).code).toBe(0);
    const before = readContact(dir, 'elena-park');
    const r = runBin(dir, ['archive', 'elena', '--reason', 'other']);
    expect(r).toEqual({ code: 0, stdout: 'Elena Park is already archived since Fri 20 Nov 09:00 (moved on). Nothing changed.\n', stderr: '' });
    expect(readContact(dir, 'elena-park')).toBe(before);
  });

  it('unarchive brings them back (the keys go, comments stay); unarchive a live contact: exit 0, "not archived", unchanged', () => {
    const dir = dataDir({ 'elena-park': `${ELENA}archivedAt: 2026-11-20T09:00:00-08:00 # gave up\narchiveReason: moved on\n` });
    let r = runBin(dir, ['unarchive', 'elena']);
    expect(r).toEqual({ code: 0, stdout: 'Unarchived Elena Park: back in followup and list.\n', stderr: '' });
    expect(readContact(dir, 'elena-park')).toBe(ELENA);
    expect(JSON.parse(runBin(dir, ['followup', '--json']).stdout).map((i: { kind: string }) => i.kind)).toEqual(['close']);
    expect(runBin(dir, ['status']).stdout).toMatch(/thanked +0\n\nNext meetings/); // no archived bar while nobody is
    r = runBin(dir, ['unarchive', 'elena']);
    expect(r).toEqual({ code: 0, stdout: 'Elena Park is not archived. Nothing changed.\n', stderr: '' });
    expect(readContact(dir, 'elena-park')).toBe(ELENA);
  });

  it('snooze an archived contact: exit 1, unarchive first, unchanged', () => {
    const archived = `${ELENA}archivedAt: 2026-11-20T09:00:00-08:00\n`;
    const dir = dataDir({ 'elena-park': archived });
    const r = runBin(dir, ['snooze', 'elena', '--until', '2027-01-05']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('infoview: Elena Park is archived, so there is nothing to snooze\n  To pursue them again, unarchive first: infoview unarchive elena-park\n');
    expect(readContact(dir, 'elena-park')).toBe(archived);
  });

  const bad: { name: string; args: string[]; stderr: RegExp }[] = [
    { name: 'no --until', args: ['snooze', 'elena'], stderr: /required option '--until <when>' not specified/ },
    { name: 'a day already begun', args: ['snooze', 'elena', '--until', 'today'], stderr: /^infoview: --until "today" is not in the future \(Mon 23 Nov 00:00\)\n {2}Snooze until a later day/ },
    { name: 'a past time', args: ['snooze', 'elena', '--until', '2026-11-23 09:59'], stderr: /--until "2026-11-23 09:59" is not in the future/ },
    { name: 'now', args: ['snooze', 'elena', '--until', 'now'], stderr: /--until "now" is not in the future/ },
    { name: 'words it cannot read', args: ['snooze', 'elena', '--until', 'someday'], stderr: /^infoview: --until: cannot read the time "someday": no date or time found in it\n {2}Give a day, like 2027-01-05/ },
    { name: 'a day that does not exist', args: ['snooze', 'elena', '--until', '2027-02-30'], stderr: /--until: cannot read the time "2027-02-30"/ },
  ];
  for (const c of bad) {
    it(`snooze, ${c.name}: exit 2, one clear line, nothing written`, () => {
      const dir = dataDir({ 'elena-park': ELENA });
      const r = runBin(dir, c.args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(c.stderr);
      expect(readContact(dir, 'elena-park')).toBe(ELENA);
    });
  }

  it('an unknown contact: exit 1 for each command', () => {
    const dir = dataDir({ 'elena-park': ELENA });
    for (const args of [['archive', 'zed'], ['unarchive', 'zed'], ['snooze', 'zed', '--until', 'tomorrow']]) {
      expect(runBin(dir, args)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no contact matches "zed"/) });
    }
  });
});

describe('snooze', () => {
  it('a day alone is its start (local); the items are hidden until then and back at that minute', () => {
    const dir = dataDir({ 'elena-park': ELENA });
    let r = runBin(dir, ['snooze', 'elena', '--until', '2026-12-01']);
    expect(r).toEqual({ code: 0, stdout: 'Snoozed Elena Park until Tue 1 Dec 00:00: followup leaves them out until then.\n', stderr: '' });
    const text = readContact(dir, 'elena-park');
    expect(text.startsWith(ELENA)).toBe(true); // comments and order kept, the key added at the end
    expect(parse(text).snoozedUntil).toBe('2026-12-01T00:00:00-08:00');
    expect(runBin(dir, ['followup', '--json'], at('2026-11-30T23:59:59-08:00')).stdout).toBe('[]\n');
    expect(runBin(dir, ['list'], at('2026-11-30T23:59:59-08:00')).stdout).toMatch(/Elena Park.*contacted\s+snoozed until Tue 1 Dec 00:00/);
    expect(runBin(dir, ['show', 'elena']).stdout).toMatch(/\nSnoozed until: Tue 1 Dec 00:00\n[\s\S]*\nNext\n {2}snoozed until Tue 1 Dec 00:00\n {2}later: close overdue by 5 days/);
    expect(JSON.parse(runBin(dir, ['followup', '--json'], at('2026-12-01T00:00:00-08:00')).stdout)).toEqual([expect.objectContaining({ kind: 'close', overdue: true })]);

    r = runBin(dir, ['snooze', 'elena', '--until', 'next monday']);
    expect(r.stdout).toBe('Snoozed Elena Park until Mon 30 Nov 00:00 (was until Tue 1 Dec 00:00): followup leaves them out until then.\n');
    expect(parse(readContact(dir, 'elena-park')).snoozedUntil).toBe('2026-11-30T00:00:00-08:00');
    r = runBin(dir, ['snooze', 'elena', '--until', 'tomorrow 9am']);
    expect(parse(readContact(dir, 'elena-park')).snoozedUntil).toBe('2026-11-24T09:00:00-08:00');
  });

  it('commits its change in a git data folder, as every write does', () => {
    const dir = join(tempDir(), 'data');
    expect(inv(dir, ['init', '--git']).code).toBe(0);
    expect(inv(dir, ['add', 'contact', 'Elena Park']).code).toBe(0);
    expect(inv(dir, ['snooze', 'elena', '--until', '2027-01-05']).code).toBe(0);
    expect(inv(dir, ['archive', 'elena']).code).toBe(0);
    expect(inv(dir, ['archive', 'elena']).code).toBe(0); // a no-op: no commit
    expect(inv(dir, ['unarchive', 'elena']).code).toBe(0);
    expect(log(dir).slice(0, 3)).toEqual(['unarchive: Elena Park', 'archive: Elena Park', 'snooze: Elena Park, until Tue 5 Jan 2027 00:00']);
  });
});

describe('--help', () => {
  it('archive, unarchive, snooze and followup show examples, and each example runs as written (exit 0)', () => {
    const dir = dataDir({ 'elena-park': ELENA, 'chris-lee': 'name: Chris Lee\n' });
    const shim = join(tempDir(), 'bin');
    mkdirSync(shim);
    writeFileSync(join(shim, 'infoview'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(shim, 'infoview'), 0o755);
    for (const command of ['archive', 'unarchive', 'snooze', 'followup']) {
      const help = runBin(dir, [command, '--help']);
      expect(help.code).toBe(0);
      const lines = help.stdout.split('\nExamples:\n')[1]?.split('\n').filter(Boolean) ?? [];
      expect(lines.length, command).toBeGreaterThan(0);
      for (const line of lines) {
        const example = line.replace(/^ {2}\$ /, '');
        expect(example).toMatch(/^infoview /);
        const r = spawnSync('sh', ['-c', example], { encoding: 'utf8', env: { ...cleanEnv(dir), PATH: `${shim}:${process.env.PATH ?? '/usr/bin:/bin'}` } });
        expect({ example, code: r.status, stderr: r.stderr }).toEqual({ example, code: 0, stderr: '' });
      }
    }
  });
});
