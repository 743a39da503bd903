// followup's kind `prepare` and `--brief` through the built binary (`npm test` builds first).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAYA, dataDir, runBin, tempDir } from '../helpers/index.js';

// Mon 23 Nov 2026 10:00 PST (helpers NOW).
const planned = (at: string) => `${MAYA}meetings:\n  - at: ${at}\n    minutes: 30\n    medium: coffee\n`;
const DANA = 'name: Dana Ortiz\noutreach:\n  - at: 2026-11-11T10:00:00-08:00\n'; // nudge overdue since Fri 20 Nov
const JOSE = 'name: José Núñez\nmeetings:\n  - at: 2026-11-21T15:00:00-08:00\n    notes: talked\n'; // thank-you overdue

describe('followup kind prepare', () => {
  it('a planned meeting within 24 h: prep and confirm, until it starts', () => {
    const dir = dataDir({ 'maya-chen': planned('2026-11-24T09:00:00-08:00') });
    expect(JSON.parse(runBin(dir, ['followup', '--json'], { env: { INFOVIEW_NOW: '2026-11-23T08:59:00-08:00' } }).stdout)).toEqual([]);
    const r = runBin(dir, ['followup', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        contact: 'maya-chen',
        name: 'Maya Chen',
        kind: 'prepare',
        due: '2026-11-24T09:00:00-08:00',
        overdue: false,
        what: 'the meeting starts within a day: prep, and confirm it (infoview draft maya-chen --kind confirm)',
        command: 'infoview prep maya-chen',
        meetingAt: '2026-11-24T09:00:00-08:00',
      },
    ]);
    expect(runBin(dir, ['followup']).stdout).toMatch(/Maya Chen\s+prepare\s+due tomorrow 09:00\s+infoview prep maya-chen/);
    expect(runBin(dir, ['list']).stdout).toMatch(/scheduled\s+prepare due tomorrow 09:00: infoview prep maya-chen/);
    // Once it has started, the thank-you and the debrief take over.
    expect(runBin(dir, ['followup', '--json'], { env: { INFOVIEW_NOW: '2026-11-24T09:00:01-08:00' } }).stdout).toBe('[]\n');
  });
});

describe('followup --brief', () => {
  it('one line of counts, overdue first; plain text; exit 0', () => {
    const dir = dataDir({ 'maya-chen': planned('2026-11-24T09:00:00-08:00'), 'dana-ortiz': DANA, 'jose-nunez': JOSE });
    const r = runBin(dir, ['followup', '--brief']);
    expect(r).toEqual({ code: 0, stdout: '1 thank-you overdue · 1 nudge overdue · 1 meeting to prepare\n', stderr: '' });
  });

  it('nothing due: nothing at all on stdout, exit 0', () => {
    expect(runBin(dataDir({ 'maya-chen': MAYA }), ['followup', '--brief'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runBin(dataDir(), ['followup', '--brief'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('leaves archived and snoozed contacts out, as followup does (a snooze hides the nudge, never a thank-you owed)', () => {
    const dir = dataDir({ 'jose-nunez': `${JOSE}archivedAt: 2026-11-22T09:00:00-08:00\n`, 'dana-ortiz': `${DANA}snoozedUntil: 2026-11-24T00:00:00-08:00\n` });
    expect(runBin(dir, ['followup', '--brief']).stdout).toBe('');
    expect(runBin(dir, ['followup', '--brief'], { env: { INFOVIEW_NOW: '2026-11-24T00:00:00-08:00' } }).stdout).toBe('1 nudge overdue\n');
    const snoozedAfterMeeting = dataDir({ 'jose-nunez': `${JOSE}snoozedUntil: 2026-11-24T00:00:00-08:00\n` });
    expect(runBin(snoozedAfterMeeting, ['followup', '--brief']).stdout).toBe('1 thank-you overdue\n');
  });

  it('with --json: a usage error, exit 2', () => {
    const r = runBin(dataDir({ 'maya-chen': MAYA }), ['followup', '--brief', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/option '--brief' cannot be used with option '--json'/);
  });
});

describe('followup before anything is set up', () => {
  it('says how to start, not that it is a good day (exit 0; --json and --brief stay as they are)', () => {
    const dir = join(tempDir(), 'not-yet');
    const r = runBin(dir, ['followup']);
    expect(r).toEqual({ code: 0, stdout: `Nothing is set up in ${dir} yet. Start with infoview init, or try infoview first: infoview demo --dir infoview-demo\n`, stderr: '' });
    expect(runBin(dir, ['followup', '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(runBin(dir, ['followup', '--brief'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(dir)).toBe(false);
  });
  it('after init with no one yet: how to add the first contact', () => {
    const dir = dataDir({}, 'me:\n  name: Alex Doe\n');
    expect(runBin(dir, ['followup']).stdout).toBe('No contacts yet, so nothing to follow up. Add the first: infoview add contact "Full Name"\n');
  });
  it('with contacts and nothing due: the good day', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect(runBin(dir, ['followup']).stdout).toContain('A good day to reach out to someone new.');
  });
});
