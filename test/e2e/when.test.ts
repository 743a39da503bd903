// WHEN through the built binary: slash dates and defaults.dateOrder, and the weekday rules per
// command (now is Mon 23 Nov 2026 10:00 PST unless a case says otherwise).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAYA, dataDir, readContact, runBin } from '../helpers/index.js';

const config = (order: string) => `defaults:\n  dateOrder: ${order}\n`;
const meetingAt = (dir: string) => (parse(readContact(dir, 'maya-chen')) as { meetings: { at: string }[] }).meetings.at(-1)?.at;
const outreachAt = (dir: string) => (parse(readContact(dir, 'maya-chen')) as { outreach: { at: string }[] }).outreach.at(-1)?.at;

describe('slash dates', () => {
  it('are refused without defaults.dateOrder: usage error, the input quoted, the setting named, nothing written', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = runBin(dir, ['add', 'meeting', 'maya', '--at', '5/1 10:00']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'infoview: --at: cannot tell whether "5/1 10:00" is 5 January or 1 May\n' +
        '  Write "1 May 10:00" or "2027-05-01 10:00", or set defaults.dateOrder: mdy (or dmy) in config.yaml\n',
    );
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  it('are refused with dateOrder: none, even when only one reading is a date', () => {
    const dir = dataDir({ 'maya-chen': MAYA }, config('none'));
    const r = runBin(dir, ['add', 'outreach', 'maya', '--at', '28/10 14:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^infoview: --at: cannot read the time "28\/10 14:00": 28\/10 can only be 28 October, .*\n {2}.*set defaults\.dateOrder: dmy in config\.yaml\n$/);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  const read: [string, string, string[], string][] = [
    ['mdy', '5/1 10:00', ['add', 'meeting'], '2027-05-01T10:00:00-07:00'],
    ['dmy', '5/1 10:00', ['add', 'meeting'], '2027-01-05T10:00:00-08:00'],
    ['dmy', '28/12 14:00', ['add', 'meeting'], '2026-12-28T14:00:00-08:00'],
    ['mdy', '11/20 9:30', ['add', 'outreach'], '2026-11-20T09:30:00-08:00'],
    ['mdy', '5/1 10:00', ['add', 'outreach'], '2026-05-01T10:00:00-07:00'], // the last 1 May: an outreach is past
  ];
  for (const [order, input, command, at] of read) {
    it(`${input} with dateOrder: ${order} (${command.join(' ')})`, () => {
      const dir = dataDir({ 'maya-chen': MAYA }, config(order));
      const r = runBin(dir, [...command, 'maya', '--at', input]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(command[1] === 'meeting' ? meetingAt(dir) : outreachAt(dir)).toBe(at);
    });
  }

  it('are read strictly: 28/12 with mdy is an error, not a guess', () => {
    const dir = dataDir({ 'maya-chen': MAYA }, config('mdy'));
    const r = runBin(dir, ['add', 'meeting', 'maya', '--at', '28/12 14:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'infoview: --at: cannot read the time "28/12 14:00": with defaults.dateOrder: mdy (month first), there is no month 28\n' +
        '  Did you mean 28 December? Write "28 December 14:00" or "2026-12-28 14:00"\n',
    );
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  it('a bad dateOrder in config.yaml is an error naming the key (exit 1), and the file is left alone', () => {
    const dir = dataDir({ 'maya-chen': MAYA }, config('ymd'));
    const r = runBin(dir, ['add', 'meeting', 'maya', '--at', '5/1 10:00']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/config\.yaml: defaults\.dateOrder \(line 2\): expected none, mdy \(5\/1 is 1 May\) or dmy \(5\/1 is 5 January\)\n/);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });
});

describe('weekdays and bare times follow the command', () => {
  it('add meeting refuses a bare weekday, offering last/this/next with their dates', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = runBin(dir, ['add', 'meeting', 'maya', '--at', 'tuesday 3pm']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'infoview: --at: cannot read the time "tuesday 3pm": it does not say which Tuesday\n' +
        '  Say "last tuesday 3pm" (Tue 17 Nov), "this tuesday 3pm" (Tue 24 Nov) or "next tuesday 3pm" (Tue 1 Dec)\n',
    );
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  it('add meeting reads this/next exactly', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect(runBin(dir, ['add', 'meeting', 'maya', '--at', 'this tuesday 3pm']).code).toBe(0);
    expect(meetingAt(dir)).toBe('2026-11-24T15:00:00-08:00');
    expect(runBin(dir, ['add', 'meeting', 'maya', '--at', 'next tuesday 3pm']).code).toBe(0);
    expect(meetingAt(dir)).toBe('2026-12-01T15:00:00-08:00');
  });

  it('outreach, replied and thanked take a bare weekday or time as the latest one', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    let r = runBin(dir, ['add', 'outreach', 'maya', '--at', 'tuesday 15:00']);
    expect(r.stdout).toContain('Recorded outreach to Maya Chen by email, Tue 17 Nov 15:00.');
    r = runBin(dir, ['replied', 'maya', '--at', '9:40'], { env: { INFOVIEW_NOW: '2026-11-23T09:45:00-08:00' } });
    expect(r.stdout).toContain('Marked Maya Chen as replied Mon 23 Nov 09:40');
    expect(runBin(dir, ['add', 'meeting', 'maya', '--at', 'today 9:50', '--minutes', '20'], { env: { INFOVIEW_NOW: '2026-11-23T09:45:00-08:00' } }).code).toBe(0);
    r = runBin(dir, ['thanked', 'maya', '--at', 'monday 11:00'], { env: { INFOVIEW_NOW: '2026-11-23T12:00:00-08:00' } });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readContact(dir, 'maya-chen')).toContain('thankYouSentAt: 2026-11-23T11:00:00-08:00');
  });

  it('a past-only command still refuses a named future time', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = runBin(dir, ['add', 'outreach', 'maya', '--at', 'next friday 9:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^infoview: --at "next friday 9:00" is in the future \(Fri 4 Dec 09:00\)\n/);
  });
});
