// The timeline through the built binary (`npm test` builds first), with a fixed clock.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAYA, dataDir, readContact, runBin } from '../helpers/index.js';

describe('the daily workflow through the binary', () => {
  it('outreach → replied → meeting → debrief → followup → thanked', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const at = (iso: string) => ({ env: { INFOVIEW_NOW: iso } });

    let r = runBin(dir, ['add', 'outreach', 'maya', '--at', 'yesterday 9:30'], at('2026-11-17T10:00:00-08:00'));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Recorded outreach to Maya Chen by email, Mon 16 Nov 09:30.');

    r = runBin(dir, ['followup', '--json'], at('2026-11-19T12:00:00-08:00'));
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ contact: 'maya-chen', name: 'Maya Chen', kind: 'try-another', due: '2026-11-19T09:30:00-08:00', overdue: true }),
    ]);

    expect(runBin(dir, ['replied', 'maya'], at('2026-11-19T12:30:00-08:00')).code).toBe(0);
    r = runBin(dir, ['add', 'meeting', 'maya', '--at', 'tomorrow 3pm', '--medium', 'coffee'], at('2026-11-24T09:00:00-08:00'));
    expect(r.stdout).toContain('Recorded a planned meeting with Maya Chen: Wed 25 Nov 15:00, 30 min, coffee.');

    r = runBin(dir, ['debrief', 'maya', '--takeaway', 'Portfolio beats degree'], at('2026-11-25T16:00:00-08:00'));
    expect(r.code).toBe(0);

    r = runBin(dir, ['followup'], at('2026-11-26T17:00:00-08:00'));
    expect(r.stdout).toMatch(/Maya Chen\s+thank-you\s+overdue by 2 h\s+infoview draft maya-chen --kind thankyou/);

    r = runBin(dir, ['show', 'maya'], at('2026-11-26T17:00:00-08:00'));
    expect(r.stdout).toMatch(/Wed 25 Nov 15:00 {2}meeting, 30 min, coffee {2}\(meetings\.0\)\n {6}takeaway: Portfolio beats degree/);
    expect(r.stdout).toMatch(/Next\n {2}thank-you overdue by 2 h: send a thank-you/);
    r = runBin(dir, ['list', '--json'], at('2026-11-26T17:00:00-08:00'));
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ slug: 'maya-chen', status: 'met', nextStep: 'thank-you overdue by 2 h: infoview draft maya-chen --kind thankyou' });

    r = runBin(dir, ['thanked', 'maya'], at('2026-11-26T17:05:00-08:00'));
    expect(r.code).toBe(0);
    r = runBin(dir, ['followup'], at('2026-11-26T17:10:00-08:00'));
    expect(r.stdout).toMatch(/^Nothing due/);

    const maya = parse(readContact(dir, 'maya-chen'));
    expect(maya.outreach).toEqual([{ at: '2026-11-16T09:30:00-08:00', channel: 'email', repliedAt: '2026-11-19T12:30:00-08:00' }]);
    expect(maya.meetings).toEqual([
      { at: '2026-11-25T15:00:00-08:00', minutes: 30, medium: 'coffee', takeaways: ['Portfolio beats degree'], thankYouSentAt: '2026-11-26T17:05:00-08:00' },
    ]);
    expect(readContact(dir, 'maya-chen')).toContain('# Met at the alumni panel in October');

    r = runBin(dir, ['status'], at('2026-11-26T17:10:00-08:00'));
    expect(r.stdout).toMatch(/thanked\s+█+ 1/);
    expect(r.stdout).toContain('nothing overdue');
  });

  it('followup --json is only JSON, [] when nothing is due', () => {
    const r = runBin(dataDir({ 'maya-chen': MAYA }), ['followup', '--json']);
    expect(r).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('the example workspace has something to follow up today', () => {
    const r = runBin('examples/workspace', ['followup', '--json'], { env: { INFOVIEW_DIR: `${process.cwd()}/examples/workspace` } });
    const kinds = JSON.parse(r.stdout).map((i: { contact: string; kind: string }) => `${i.contact} ${i.kind}`);
    expect(kinds).toEqual(['jose-nunez thank-you', 'dana-ortiz nudge']);
  });
});

describe('bad input through the binary', () => {
  const cases: { name: string; args: string[]; code: number; stderr: RegExp }[] = [
    { name: 'unknown contact', args: ['add', 'outreach', 'zed'], code: 1, stderr: /no contact matches "zed"/ },
    { name: 'unreadable --at', args: ['add', 'meeting', 'maya', '--at', 'someday soon'], code: 2, stderr: /cannot read the time "someday soon"/ },
    { name: 'missing --at', args: ['add', 'meeting', 'maya'], code: 2, stderr: /--at/ },
    { name: 'debrief without a meeting', args: ['debrief', 'maya', '--notes', 'x'], code: 1, stderr: /no meeting with Maya Chen has started yet/ },
    { name: 'replied without outreach', args: ['replied', 'maya'], code: 1, stderr: /no outreach/ },
    { name: 'thanked without a meeting', args: ['thanked', 'maya'], code: 1, stderr: /no meeting with Maya Chen has started yet, so there is nothing to thank them for/ },
    { name: 'bad --minutes', args: ['add', 'meeting', 'maya', '--at', 'tomorrow 3pm', '--minutes', '0'], code: 2, stderr: /--minutes "0"/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const r = runBin(dir, c.args);
      expect(r.code).toBe(c.code);
      expect(r.stderr).toMatch(c.stderr);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).toBe('');
      expect(readContact(dir, 'maya-chen')).toBe(MAYA);
    });
  }
});
