// A command run twice by mistake, through the built binary: the repeat is refused with the file
// untouched (or recorded with --force), and a repeated name is told who already has it.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataDir, MAYA, readContact, runBin } from '../helpers/index.js';

describe('a timeline entry recorded twice', () => {
  it('add outreach: the same minute and channel is refused, the file unchanged; --force records it', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const args = ['add', 'outreach', 'maya', '--at', '2026-11-20 09:30', '--note', 'Alumni panel'];
    expect(runBin(dir, args).code).toBe(0);
    const once = readContact(dir, 'maya-chen');
    const again = runBin(dir, args);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toBe('infoview: Maya Chen already has this outreach (email, Fri 20 Nov 09:30, "Alumni panel"); add --force to record it anyway\n');
    expect(readContact(dir, 'maya-chen')).toBe(once);
    // Another channel at that minute is another outreach.
    expect(runBin(dir, ['add', 'outreach', 'maya', '--at', '2026-11-20 09:30', '--channel', 'linkedin']).code).toBe(0);
    const forced = runBin(dir, [...args, '--force']);
    expect(forced.code).toBe(0);
    expect(parse(readContact(dir, 'maya-chen')).outreach.map((o: { channel: string }) => o.channel)).toEqual(['email', 'linkedin', 'email']);
  });

  it('add meeting: the same start with the same person is refused, not warned about as an overlap; --force records it', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const args = ['add', 'meeting', 'maya', '--at', '2026-11-25 15:00', '--medium', 'coffee', '--place', 'Blue Bottle'];
    expect(runBin(dir, args).code).toBe(0);
    const once = readContact(dir, 'maya-chen');
    const again = runBin(dir, ['add', 'meeting', 'maya', '--at', '2026-11-25T15:00', '--minutes', '45']);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toBe('infoview: Maya Chen already has this meeting (Wed 25 Nov 15:00, 30 min, coffee, at Blue Bottle); add --force to record it anyway\n');
    expect(readContact(dir, 'maya-chen')).toBe(once);
    const forced = runBin(dir, [...args, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('warning: this overlaps your meeting with Maya Chen');
    expect(parse(readContact(dir, 'maya-chen')).meetings).toHaveLength(2);
  });

  it('replied and thanked add no entry: a second time is refused as before', () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}outreach:\n  - at: 2026-11-20T09:00:00-08:00\nmeetings:\n  - at: 2026-11-22T15:00:00-08:00\n` });
    for (const command of ['replied', 'thanked']) {
      expect(runBin(dir, [command, 'maya']).code).toBe(0);
      const once = readContact(dir, 'maya-chen');
      const again = runBin(dir, [command, 'maya']);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already (marked replied|recorded)/);
      expect(readContact(dir, 'maya-chen')).toBe(once);
    }
  });
});

describe('a name added twice', () => {
  it('keeps the -2 slug and says on stderr who already has the name', () => {
    const dir = dataDir();
    expect(runBin(dir, ['add', 'contact', 'Maya Chen', '--role', 'Designer', '--company', 'Acme']).stderr).toBe('');
    const second = runBin(dir, ['add', 'contact', 'Maya Chen', '--company', 'Contoso']);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('note: maya-chen already is Maya Chen (Designer, Acme); this one is maya-chen-2\n');
    expect(second.stdout).toContain('Added Maya Chen as maya-chen-2');
    expect(readContact(dir, 'maya-chen')).toBe('name: Maya Chen\nrole: Designer\ncompany: Acme\n');
    expect(readContact(dir, 'maya-chen-2')).toBe('name: Maya Chen\ncompany: Contoso\n');
  });
});
