/**
 * A file saved with CRLF (Notepad, a Windows checkout) keeps CRLF when a command rewrites it
 * (domain/text.ts `inLineEndingOf`, applied where contact files and config.yaml are rewritten),
 * so only the changed lines differ; an LF file stays LF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, readContact, runBin } from '../helpers/index.js';

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** Every line break is CRLF, and the lines (without it) are `lines`. */
function expectCrlfLines(text: string, lines: string[]): void {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.split('\r\n')).toEqual(lines);
}

describe('a CRLF file rewritten by a command', () => {
  it('edit --set and add outreach keep CRLF and the comments; only the changed lines differ', () => {
    const dir = dataDir({ 'maya-chen': crlf(MAYA) });
    const before = MAYA.split('\n');
    const set = runBin(dir, ['edit', 'maya-chen', '--set', 'role=Research Lead']);
    expect([set.code, set.stderr]).toEqual([0, '']);
    const edited = before.map((l) => (l.startsWith('role:') ? 'role: Research Lead' : l));
    expectCrlfLines(readContact(dir, 'maya-chen'), edited);

    const add = runBin(dir, ['add', 'outreach', 'maya-chen', '--channel', 'email', '--note', 'asked for 20 minutes']);
    expect([add.code, add.stderr]).toEqual([0, '']);
    const after = readContact(dir, 'maya-chen').split('\r\n');
    // The file's lines as they were, then the new list at the end (before the final empty line).
    expect(after.slice(0, edited.length - 1)).toEqual(edited.slice(0, -1));
    expect(after.slice(edited.length - 1)).toEqual(['outreach:', expect.stringMatching(/^ {2}- at: 2026-11-23T10:00/), '    channel: email', '    note: asked for 20 minutes', '']);
    expectCrlfLines(readContact(dir, 'maya-chen'), after);
    expect(readContact(dir, 'maya-chen')).toContain("# Met at the alumni panel in October\r\nname: Maya Chen\r\n");
    expect(readContact(dir, 'maya-chen')).toContain("company: Northwind Health # hiring freeze, don't ask about jobs\r\n");
    // …and the file still reads as the same person.
    expect(JSON.parse(runBin(dir, ['show', 'maya-chen', '--json']).stdout)).toMatchObject({ role: 'Research Lead', notes: 'Runs the research guild.\n' });
  });

  it('an LF file stays LF', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect(runBin(dir, ['edit', 'maya-chen', '--set', 'role=Research Lead']).code).toBe(0);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA.replace('Senior UX Researcher', 'Research Lead'));
  });

  it('init updating a CRLF config.yaml keeps CRLF and its comments', () => {
    const config = '# my settings\nme:\n  name: Alex Doe # as I sign\ndefaults:\n  meetingMinutes: 45\n';
    const dir = dataDir({}, crlf(config));
    const r = runBin(dir, ['init', '--email', 'alex@example.com']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = config.split('\n');
    expectCrlfLines(readFileSync(join(dir, 'config.yaml'), 'utf8'), [...lines.slice(0, 3), '  email: alex@example.com', ...lines.slice(3)]);
  });

  it('replied, another command writing through the same rewrite, keeps CRLF too', () => {
    const outreach = `${MAYA}outreach:\n  - at: 2026-11-20T09:00:00-08:00\n    channel: email\n`;
    const dir = dataDir({ 'maya-chen': crlf(outreach) });
    const r = runBin(dir, ['replied', 'maya-chen']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const text = readContact(dir, 'maya-chen');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.startsWith(crlf(outreach.trimEnd()))).toBe(true);
  });
});
