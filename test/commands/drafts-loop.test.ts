/** Closing the loop and the phone script (issue 13, items 9 and 10). NOW is Mon 23 Nov 2026 10:00. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, runCli } from '../helpers/index.js';

const ME = 'me:\n  name: Alex Doe\n  stage: graduate\n  studies: psychology\n  phone: "+1 555 0199"\n';
const draft = (dir: string, who: string, ...args: string[]) => runCli(dir, ['draft', who, ...args]);

describe('9. closing the loop: update, confirm, checkin', () => {
  const jo = (meetings: string) => `name: Jo Lane\nemail: j@example.com\ncompany: Acme\nmeetings:\n${meetings}`;

  it('confirm, the day before: "tomorrow at 10:00", the place; refused with no planned meeting', async () => {
    const dir = dataDir({ 'jo-lane': jo('  - at: 2026-11-24T10:00:00-08:00\n    medium: coffee\n    place: Blue Bottle\n') }, ME);
    const r = await draft(dir, 'jo', '--kind', 'confirm');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('our conversation tomorrow at 10:00, over coffee, at Blue Bottle');
    expect(r.stderr).toBe('');
    const none = await draft(dataDir({ 'jo-lane': 'name: Jo Lane\n' }, ME), 'jo', '--kind', 'confirm');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no meeting with Jo Lane is planned');
  });

  it('update tells them what you did with their advice, with a blank to fill', async () => {
    const dir = dataDir({ 'jo-lane': jo('  - at: 2026-11-02T10:00:00-08:00\n    takeaways: [Build two case studies]\n') }, ME);
    const r = await draft(dir, 'jo', '--kind', 'update');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Since we talked on Monday 2 November, I have been acting on your advice to build two case studies.');
    expect(r.stdout).toContain('[BLANK');
    expect(r.stderr).toContain('fill in the [BLANK]');
  });

  it('checkin, and followup points keep-in-touch at it', async () => {
    const dir = dataDir({ 'jo-lane': jo('  - at: 2026-08-20T10:00:00-07:00\n    thankYouSentAt: 2026-08-20T18:00:00-07:00\n') }, ME);
    const r = await draft(dir, 'jo', '--kind', 'checkin');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('It has been 3 months since we talked');
    expect(r.stdout).toContain('How are things with you at Acme?');
    const followup = await runCli(dir, ['followup']);
    expect(followup.stdout).toContain('infoview draft jo-lane --kind checkin');
  });

  it('templates list, show and eject know the new kinds', async () => {
    const dir = dataDir({}, ME);
    const list = await runCli(dir, ['templates']);
    for (const kind of ['update', 'confirm', 'checkin']) expect(list.stdout).toContain(kind);
    expect((await runCli(dir, ['templates', 'show', 'confirm'])).stdout).toContain('meeting.day');
    expect((await runCli(dir, ['templates', 'eject', 'checkin'])).code).toBe(0);
    expect(readFileSync(join(dir, 'templates', 'checkin.liquid'), 'utf8')).toContain('debrief.since');
  });
});

describe('10. the phone script', () => {
  it('asks whether now suits them, keeps to 20–30 minutes, gives your number for voicemail', async () => {
    const dir = dataDir({ 'jo-lane': 'name: Jo Lane\nphone: "+1 555 0100"\nsource: cold\n' }, ME);
    const r = await draft(dir, 'jo', '--kind', 'phone');
    expect(r.stdout).toMatch(/Is now a good time/);
    expect(r.stdout).not.toMatch(/20-minute|who connected you/);
    expect(r.stdout).toContain('your number, +1 555 0199, twice and slowly');
  });

  it('without your number it says how to add one, not "your number twice"', async () => {
    const dir = dataDir({ 'jo-lane': 'name: Jo Lane\nphone: "+1 555 0100"\n' }, 'me:\n  name: Alex Doe\n');
    const r = await draft(dir, 'jo', '--kind', 'phone');
    expect(r.stdout).not.toContain('your number twice');
    expect(r.stdout).toContain('infoview init --phone');
    expect(r.stderr).toContain('your own number is not in config.yaml');
  });
});
