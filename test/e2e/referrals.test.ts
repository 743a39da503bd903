// The hint `debrief` prints off a terminal, followed exactly as it reads, through the built binary.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contactFile, dataDir, readContact, runBin } from '../helpers/index.js';

const RENEE = 'name: Renee Adler\nrole: Research Lead\nmeetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n';

describe('debrief --add-referrals, as the hint says', () => {
  it('the command the hint names adds the referrals just recorded; again, it adds nobody twice', () => {
    const dir = dataDir({ 'renee-adler': RENEE });
    const first = runBin(dir, ['debrief', 'renee', '--takeaway', 'Ship small', '--referral', 'Dana Ortiz', '--referral', 'Lee Park']);
    expect(first.code).toBe(0);
    const hint = /To add the referrals as contacts: (infoview debrief renee-adler --add-referrals) /.exec(first.stdout);
    expect(hint?.[1]).toBe('infoview debrief renee-adler --add-referrals');
    expect(existsSync(contactFile(dir, 'dana-ortiz'))).toBe(false);
    const recorded = readContact(dir, 'renee-adler');

    const args = (hint?.[1] ?? '').split(' ').slice(1);
    const second = runBin(dir, args);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Added Dana Ortiz as dana-ortiz (introduced by renee-adler)');
    expect(second.stdout).toContain('Added Lee Park as lee-park (introduced by renee-adler)');
    expect(parse(readContact(dir, 'dana-ortiz'))).toEqual({ name: 'Dana Ortiz', source: 'referral', introducedBy: 'renee-adler' });
    expect(parse(readContact(dir, 'lee-park'))).toEqual({ name: 'Lee Park', source: 'referral', introducedBy: 'renee-adler' });
    expect(readContact(dir, 'renee-adler')).toBe(recorded);

    const third = runBin(dir, args);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('Dana Ortiz is already a contact (dana-ortiz); not added again.');
    expect(existsSync(contactFile(dir, 'dana-ortiz-2'))).toBe(false);
  });

  it('a meeting without referrals: exit 1, saying so and how to give them', () => {
    const dir = dataDir({ 'renee-adler': RENEE });
    const r = runBin(dir, ['debrief', 'renee', '--add-referrals']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'infoview: the meeting with Renee Adler (Sun 22 Nov 15:00) has no referrals to add\n  Give them with --referral: infoview debrief renee-adler --referral "Full Name" --add-referrals\n',
    );
    expect(readContact(dir, 'renee-adler')).toBe(RENEE);
  });
});
