import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAYA, contactFile, dataDir, readContact, runCli, scriptedPrompter } from '../helpers/index.js';

const COMMENTS = ['# Met at the alumni panel in October', "# hiring freeze, don't ask about jobs"];
const DANA = 'name: Dana Ortiz\ncompany: Fathom & Co\n';
const withMeeting = (meeting: string) => `${MAYA}meetings:\n  # she picked the place\n${meeting}`;
const PAST_MEETING = '  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n';
const yamlOf = (dir: string, slug: string) => parse(readContact(dir, slug));
const keepsComments = (dir: string) => {
  for (const c of COMMENTS) expect(readContact(dir, 'maya-chen')).toContain(c);
};

describe('add outreach', () => {
  it('records email, now, and keeps the comments', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['add', 'outreach', 'maya', '--note', 'Mentioned the panel']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Recorded outreach to Maya Chen by email, Mon 23 Nov 10:00.');
    expect(r.stdout).toContain('Thu 26 Nov 10:00'); // try-another, 3 business days on
    expect(yamlOf(dir, 'maya-chen').outreach).toEqual([{ at: '2026-11-23T10:00:00-08:00', channel: 'email', note: 'Mentioned the panel' }]);
    keepsComments(dir);
  });
  it('reads --at and --channel', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect((await runCli(dir, ['add', 'outreach', 'maya-chen', '--channel', 'linkedin', '--at', 'yesterday 16:30'])).code).toBe(0);
    expect(yamlOf(dir, 'maya-chen').outreach[0]).toEqual({ at: '2026-11-22T16:30:00-08:00', channel: 'linkedin' });
  });
  const refusals: [string, string[], number, RegExp][] = [
    ['unreadable --at', ['--at', 'whenever'], 2, /--at: cannot read the time "whenever"/],
    ['future --at', ['--at', 'tomorrow 3pm'], 2, /in the future/],
    ['unknown channel', ['--channel', 'pigeon'], 2, /pigeon/],
  ];
  for (const [name, args, code, message] of refusals) {
    it(`refuses ${name} and writes nothing`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const r = await runCli(dir, ['add', 'outreach', 'maya', ...args]);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(readContact(dir, 'maya-chen')).toBe(MAYA);
    });
  }
  it('names the closest contact when none matches', async () => {
    const r = await runCli(dataDir({ 'maya-chen': MAYA }), ['add', 'outreach', 'mya']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no contact matches "mya"');
  });
});

describe('add meeting', () => {
  it('records the meeting with minutes from config and keeps the comments', async () => {
    const dir = dataDir({ 'maya-chen': MAYA }, 'defaults:\n  meetingMinutes: 45\n');
    const r = await runCli(dir, ['add', 'meeting', 'maya', '--at', '2026-11-25 15:00', '--medium', 'coffee', '--place', 'Blue Bottle']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Recorded a planned meeting with Maya Chen: Wed 25 Nov 15:00, 45 min, coffee at Blue Bottle.');
    expect(yamlOf(dir, 'maya-chen').meetings).toEqual([{ at: '2026-11-25T15:00:00-08:00', minutes: 45, medium: 'coffee', place: 'Blue Bottle' }]);
    keepsComments(dir);
  });
  it('warns, without failing, when it overlaps another contact\'s meeting', async () => {
    const dana = `${DANA}meetings:\n  - at: 2026-11-25T15:15:00-08:00\n    minutes: 30\n`;
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': dana });
    const r = await runCli(dir, ['add', 'meeting', 'maya', '--at', '2026-11-25T15:00', '--minutes', '20']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: this overlaps your meeting with Dana Ortiz at Wed 25 Nov 15:15 (30 min)');
    expect(yamlOf(dir, 'maya-chen').meetings).toHaveLength(1);
    const back = await runCli(dir, ['add', 'meeting', 'maya', '--at', '2026-11-25T15:45']);
    expect(back.stderr).toBe(''); // touching end to start is no overlap
  });
  const refusals: [string, string[], RegExp][] = [
    ['no --at', [], /required option '--at <when>'/],
    ['a bad --minutes', ['--at', 'tomorrow 3pm', '--minutes', 'half an hour'], /--minutes "half an hour"/],
    ['an ambiguous --at', ['--at', 'friday 3pm'], /does not say which Friday/],
    ['a date without a time', ['--at', '2026-11-25'], /no time of day/],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name} with exit 2`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const r = await runCli(dir, ['add', 'meeting', 'maya', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(readContact(dir, 'maya-chen')).toBe(MAYA);
    });
  }
});

describe('debrief', () => {
  it('is a clear error without a started meeting', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting('  - at: 2026-11-25T15:00:00-08:00\n') });
    const r = await runCli(dir, ['debrief', 'maya', '--notes', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no meeting with Maya Chen has started yet');
    const none = await runCli(dataDir({ 'maya-chen': MAYA }), ['debrief', 'maya', '--notes', 'x']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('infoview add meeting maya-chen');
  });
  it('off a terminal needs something to record', async () => {
    const r = await runCli(dataDir({ 'maya-chen': withMeeting(PAST_MEETING) }), ['debrief', 'maya']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--notes, --takeaway or --referral');
  });
  it('records flags, adds referrals with --add-referrals, skips existing contacts', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(PAST_MEETING), 'dana-ortiz': DANA });
    const r = await runCli(dir, ['debrief', 'maya', '--notes', 'Portfolio talk', '--takeaway', 'Two case studies', '--takeaway', 'Show messy constraints', '--referral', 'Dana Ortiz', '--referral', 'Lee Park', '--add-referrals']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('notes, 2 takeaways, 2 referrals');
    expect(r.stdout).toContain('Dana Ortiz is already a contact (dana-ortiz); not added again.');
    expect(r.stdout).toContain('Added Lee Park as lee-park (introduced by maya-chen)');
    expect(yamlOf(dir, 'maya-chen').meetings[0]).toMatchObject({ notes: 'Portfolio talk\n', takeaways: ['Two case studies', 'Show messy constraints'], referrals: ['Dana Ortiz', 'Lee Park'] });
    expect(yamlOf(dir, 'lee-park')).toEqual({ name: 'Lee Park', source: 'referral', introducedBy: 'maya-chen' });
    keepsComments(dir);
    expect(readContact(dir, 'maya-chen')).toContain('# she picked the place');
  });
  it('without --add-referrals off a terminal, adds no contacts', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(PAST_MEETING) });
    const r = await runCli(dir, ['debrief', 'maya', '--referral', 'Lee Park']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--add-referrals');
    expect(existsSync(contactFile(dir, 'lee-park'))).toBe(false);
  });
  it('on a terminal asks for notes, takeaways and referrals, then offers each referral', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(PAST_MEETING) });
    const prompter = scriptedPrompter(['Talked about research ops\nand agencies', 'Recruiting is half the job', '', 'Lee Park', 'Ann Lee', '', true, false]);
    const r = await runCli(dir, ['debrief', 'maya'], { prompter });
    expect(r.code).toBe(0);
    expect(prompter.asked[0]).toMatch(/Notes/);
    expect(yamlOf(dir, 'maya-chen').meetings[0]).toMatchObject({ notes: 'Talked about research ops\nand agencies\n', takeaways: ['Recruiting is half the job'], referrals: ['Lee Park', 'Ann Lee'] });
    expect(yamlOf(dir, 'lee-park')).toMatchObject({ introducedBy: 'maya-chen', source: 'referral' });
    expect(existsSync(contactFile(dir, 'ann-lee'))).toBe(false);
  });
});

describe('replied and thanked', () => {
  it('replied marks the latest outreach; a second time is an error', async () => {
    const maya = `${MAYA}outreach:\n  - at: 2026-11-10T09:00:00-08:00\n    repliedAt: 2026-11-11T09:00:00-08:00\n  - at: 2026-11-20T09:00:00-08:00\n`;
    const dir = dataDir({ 'maya-chen': maya });
    expect((await runCli(dir, ['replied', 'maya', '--at', '2026-11-21 08:10'])).code).toBe(0);
    expect(yamlOf(dir, 'maya-chen').outreach[1].repliedAt).toBe('2026-11-21T08:10:00-08:00');
    keepsComments(dir);
    const again = await runCli(dir, ['replied', 'maya']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already marked replied');
  });
  it('replied without outreach is an error', async () => {
    const r = await runCli(dataDir({ 'maya-chen': MAYA }), ['replied', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no outreach to Maya Chen is recorded');
  });
  it('thanked marks the latest past meeting, not a planned one; then refuses a second time', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(`${PAST_MEETING}  - at: 2026-12-02T15:00:00-08:00\n`) });
    const r = await runCli(dir, ['thanked', 'maya']);
    expect(r.code).toBe(0);
    const meetings = yamlOf(dir, 'maya-chen').meetings;
    expect(meetings[0].thankYouSentAt).toBe('2026-11-23T10:00:00-08:00');
    expect(meetings[1].thankYouSentAt).toBeUndefined();
    keepsComments(dir);
    const again = await runCli(dir, ['thanked', 'maya']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already recorded');
  });
  it('thanked without a past meeting is an error', async () => {
    const r = await runCli(dataDir({ 'maya-chen': withMeeting('  - at: 2026-12-02T15:00:00-08:00\n') }), ['thanked', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no meeting with Maya Chen has started yet, so there is nothing to thank them for');
  });
});

describe('followup, status, show, list', () => {
  const jose = 'name: José Núñez\nmeetings:\n  - at: 2026-11-22T16:00:00-08:00\n    minutes: 20\n';
  const dana = `${DANA}outreach:\n  - at: 2026-11-11T10:00:00-08:00\n`;
  it('nothing due: one friendly line, [] with --json', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['followup']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^Nothing due/);
    expect((await runCli(dir, ['followup', '--json'])).stdout).toBe('[]\n');
  });
  it('lists who, what, when and the command, thank-yous first', async () => {
    const dir = dataDir({ 'jose-nunez': jose, 'dana-ortiz': dana });
    const lines = (await runCli(dir, ['followup'])).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^WHO\s+WHAT\s+WHEN\s+DO$/);
    expect(lines[1]).toMatch(/^José Núñez\s+thank-you\s+due in 6 h\s+infoview draft jose-nunez --kind thankyou$/);
    // After the thank-yous, the rest by due time: the nudge fell due days ago.
    expect(lines[2]).toMatch(/^Dana Ortiz\s+nudge\s+overdue by 3 days\s+infoview draft dana-ortiz --kind nudge$/);
    expect(lines[3]).toMatch(/^José Núñez\s+debrief\s+due in 6 h\s+infoview debrief jose-nunez$/);
  });
  it('--json has the SPEC shape', async () => {
    const r = await runCli(dataDir({ 'jose-nunez': jose }), ['followup', '--json']);
    const items = JSON.parse(r.stdout);
    expect(items[0]).toMatchObject({ contact: 'jose-nunez', name: 'José Núñez', kind: 'thank-you', due: '2026-11-23T16:20:00-08:00', overdue: false });
    expect(r.stderr).toBe('');
  });
  it('status: pipeline bars, next meetings, overdue', async () => {
    const maya = withMeeting('  - at: 2026-11-25T15:00:00-08:00\n    medium: coffee\n');
    const r = await runCli(dataDir({ 'jose-nunez': jose, 'dana-ortiz': dana, 'maya-chen': maya }), ['status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/contacted\s+█+ 1/);
    expect(r.stdout).toMatch(/replied\s+0/);
    expect(r.stdout).toMatch(/Wed 25 Nov 15:00\s+in 2 days\s+Maya Chen\s+30 min, coffee/);
    expect(r.stdout).toMatch(/Overdue\n.*\n\s+Dana Ortiz\s+nudge\s+overdue by 3 days/);
  });
  it('show: the timeline and what is due', async () => {
    const r = await runCli(dataDir({ 'jose-nunez': jose, 'dana-ortiz': dana }), ['show', 'jose']);
    expect(r.stdout).toContain('Sun 22 Nov 16:00  meeting, 20 min');
    expect(r.stdout).toMatch(/Next\n {2}thank-you due in 6 h: send a thank-you.*\n {4}infoview draft jose-nunez --kind thankyou/);
    const json = JSON.parse((await runCli(dataDir({ 'jose-nunez': jose }), ['show', 'jose', '--json'])).stdout);
    expect(json.due.map((d: { kind: string }) => d.kind)).toEqual(['thank-you', 'debrief']);
  });
  it('list: next step from the due items', async () => {
    const r = await runCli(dataDir({ 'jose-nunez': jose, 'dana-ortiz': dana }), ['list']);
    expect(r.stdout).toMatch(/Dana Ortiz .*contacted\s+nudge overdue by 3 days: infoview draft dana-ortiz --kind nudge/);
    expect(r.stdout).toMatch(/José Núñez .*met\s+thank-you due in 6 h: infoview draft jose-nunez --kind thankyou/);
  });
});

describe('details', () => {
  const dana = `${DANA}outreach:\n  - at: 2026-11-11T10:00:00-08:00\n`;
  const soon = 'name: Sam Rivera\nmeetings:\n  - at: 2026-11-23T08:00:00-08:00\n    notes: n\n';
  it('followup colours overdue red and due-soon yellow only when colour is on', async () => {
    const dir = dataDir({ 'dana-ortiz': dana, 'sam-rivera': soon });
    const plain = await runCli(dir, ['followup']);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await runCli(dir, ['followup'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toContain('\u001b[31moverdue by 3 days');
    expect(coloured.stdout).toContain('\u001b[33mdue tomorrow 08:30');
  });
  it('debrief on a terminal asks only for what the flags did not give', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(PAST_MEETING) });
    const prompter = scriptedPrompter(['']);
    const r = await runCli(dir, ['debrief', 'maya', '--notes', 'Good talk', '--takeaway', 'Ask about ops'], { prompter });
    expect(r.code).toBe(0);
    expect(prompter.asked).toEqual(['Someone they suggested you talk to (full name) (Enter to skip):']);
    expect(yamlOf(dir, 'maya-chen').meetings[0]).toMatchObject({ notes: 'Good talk\n', takeaways: ['Ask about ops'] });
  });
  it('debrief falls back to a one-line answer when no editor can start', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(PAST_MEETING) });
    const prompter = scriptedPrompter(['One-line notes', '', '']);
    prompter.editor = async () => {
      throw new Error('spawn vi ENOENT');
    };
    const r = await runCli(dir, ['debrief', 'maya'], { prompter });
    expect(r.code).toBe(0);
    expect(yamlOf(dir, 'maya-chen').meetings[0].notes).toBe('One-line notes\n');
  });
  it('a second debrief adds new takeaways and skips repeated ones', async () => {
    const dir = dataDir({ 'maya-chen': withMeeting(`${PAST_MEETING}    takeaways: [Ask about ops]\n`) });
    expect((await runCli(dir, ['debrief', 'maya', '--takeaway', 'ask about ops', '--takeaway', 'Bring a portfolio'])).code).toBe(0);
    expect(yamlOf(dir, 'maya-chen').meetings[0].takeaways).toEqual(['Ask about ops', 'Bring a portfolio']);
  });
  it('replied refuses a reply time before the outreach', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}outreach:\n  - at: 2026-11-20T09:00:00-08:00\n` });
    const r = await runCli(dir, ['replied', 'maya', '--at', '2026-11-19 09:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('before the outreach');
  });
});
