/** The text commands through the built binary, on a copy of the example workspace. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';
import { exampleWorkspace } from '../helpers/workspace.js';

describe('e2e: generated text', () => {
  const dir = exampleWorkspace();

  it('questions --json', () => {
    const r = runBin(dir, ['questions', '--json', '--count', '6', '--field', 'nursing']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { text: string; theme: string; referral: boolean }[];
    expect(list).toHaveLength(6);
    expect(list.some((q) => q.theme === 'people')).toBe(true);
    expect(list.map((q) => typeof q.referral)).toEqual(Array(6).fill('boolean'));
    expect(list.filter((q) => q.referral)).toEqual([list.at(-1)]);
    expect(list.at(-1)?.text).toMatch(/^(Who|Which) /);
  });

  it('questions --json with a --count above the bank: one referral, the shortfall on stderr, exit 0', () => {
    const r = runBin(dir, ['questions', '--json', '--count', '200', '--field', 'nursing', '--company', 'St. Mary']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { referral: boolean }[];
    expect(list.filter((q) => q.referral)).toHaveLength(1);
    expect(r.stderr).toBe(`warning: asked for 200 questions, but only ${list.length} fit these details (one "who else" question per list); giving ${list.length}\n`);
  });

  it('prep prints the golden sheet, finds the bundled templates from dist/', () => {
    const r = runBin(dir, ['prep', 'maya']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'test/golden/prep-maya-chen.md'), 'utf8'));
  });

  it('prep --out writes a private file', () => {
    const file = join(tempDir(), 'prep.md');
    const r = runBin(dir, ['prep', 'dana', '--out', file]);
    expect(r.code).toBe(0);
    expectMode(file, 0o600);
    expect(readFileSync(file, 'utf8')).toContain('# Prep sheet: Dana Ortiz');
  });

  it('draft: stdout holds only the draft, lengths on stderr', () => {
    const email = runBin(dir, ['draft', 'maya']);
    expect(email.code).toBe(0);
    expect(email.stdout).toBe(readFileSync(join(ROOT, 'test/golden/draft-email-maya-chen.txt'), 'utf8'));
    // Maya has replied and booked, so a note about that comes first (issue 13, item 7).
    expect(email.stderr).toMatch(/^\d+ words in the body/m);
    // José is a first-degree connection now (connectedOn): Dana is the one who gets a connection note.
    const note = runBin(dir, ['draft', 'dana', '--kind', 'linkedin']);
    expect(note.code).toBe(0);
    expect(note.stderr).toMatch(/^\d+\/200 characters/);
    const intro = runBin(dir, ['draft', 'jose', '--kind', 'intro']);
    expect(intro.code).toBe(1);
    expect(intro.stderr).toContain('nobody is recorded as introducing');
    expect(intro.stderr).not.toContain('    at ');
  });

  it('templates list, show, eject', () => {
    const fresh = exampleWorkspace();
    const list = runBin(fresh, ['templates']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/prep\s+bundled/);
    const show = runBin(fresh, ['templates', 'show', 'nudge']);
    expect(show.stdout).toContain('{{ outreach.latestDay }}');
    const eject = runBin(fresh, ['templates', 'eject', 'email']);
    expect(eject.code).toBe(0);
    expect(existsSync(join(fresh, 'templates', 'email.liquid'))).toBe(true);
    expect(runBin(fresh, ['templates', 'eject', 'email']).code).toBe(1);
    expect(runBin(fresh, ['templates']).stdout).toMatch(/email\s+yours/);
  });
});
