// `show` as the person reads it (issue 16): each entry's path in the file, said once what is next,
// the LinkedIn connection; and `edit --set` putting a new key among the profile fields.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataDir, readContact, runBin } from '../helpers/index.js';

// The later meeting first in the file: `meetings.0` is not the first one `show` lists.
const LENA = `name: Lena Park
role: Designer
linkedin: https://www.linkedin.com/in/lena-park
connectedOn: 2025-03-03
outreach:
  - at: 2026-09-01T09:00:00-07:00
    channel: email
    repliedAt: 2026-09-02T09:00:00-07:00
meetings:
  - at: 2026-11-02T12:00:00-08:00
    medium: video
    notes: Talked portfolios.
    thankYouSentAt: 2026-11-02T18:00:00-08:00
  - at: 2026-10-05T12:00:00-07:00
    medium: coffee
    notes: First chat.
    thankYouSentAt: 2026-10-05T18:00:00-07:00
keepInTouchDays: 90
`;

describe('show names each timeline entry by its path in the file', () => {
  it('prints the paths, and removing the one it names removes exactly that one', () => {
    const dir = dataDir({ 'lena-park': LENA });
    let r = runBin(dir, ['show', 'lena']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/Tue 1 Sep 09:00 {2}outreach by email · replied Wed 2 Sep 09:00 {2}\(outreach\.0\)\n/);
    expect(r.stdout).toMatch(/Mon 5 Oct 12:00 {2}meeting, 30 min, coffee {2}\(meetings\.1\)\n {6}First chat\.\n[^]*Mon 2 Nov 12:00 {2}meeting, 30 min, video {2}\(meetings\.0\)\n/);

    r = runBin(dir, ['edit', 'lena', '--set', 'meetings.1=']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(parse(readContact(dir, 'lena-park')).meetings).toEqual([{ at: '2026-11-02T12:00:00-08:00', medium: 'video', notes: 'Talked portfolios.', thankYouSentAt: '2026-11-02T18:00:00-08:00' }]);
    expect(runBin(dir, ['show', 'lena']).stdout).not.toContain('First chat');
  });

  it('says the next step once and shows when you connected on LinkedIn', () => {
    const r = runBin(dataDir({ 'lena-park': LENA }), ['show', 'lena']);
    expect(r.stdout).toContain('LinkedIn: https://www.linkedin.com/in/lena-park, connected since 3 Mar 2025\n');
    expect(r.stdout).toMatch(/Next\n {2}stay in touch \(due in 2 months\)\n$/);
    expect(r.stdout).not.toContain('later: keep-in-touch');
  });
});

describe('edit --set puts a new key among the profile fields', () => {
  it('in the order of the schema, before the timeline; an unknown key just before the timeline', () => {
    const dir = dataDir({ 'lena-park': LENA });
    const r = runBin(dir, ['edit', 'lena', '--set', 'company=Fabrikam', '--set', 'tags=design,ux', '--set', 'pronouns=she/her']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(Object.keys(parse(readContact(dir, 'lena-park')))).toEqual(['name', 'role', 'company', 'linkedin', 'connectedOn', 'tags', 'pronouns', 'outreach', 'meetings', 'keepInTouchDays']);
  });
});
