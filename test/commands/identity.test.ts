/** Who you are (SPEC 0.2): init takes and asks for it, the drafts and the prep sheet use it; add contact asks for the hook. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, readContact, runCli, scriptedPrompter, tempDir } from '../helpers/index.js';

const readConfig = (dir: string) => readFileSync(join(dir, 'config.yaml'), 'utf8');

describe('init: stage, studies, school, graduation, field, phone', () => {
  it('takes them as flags, and the first email then says who you are', async () => {
    const dir = join(tempDir(), 'data');
    const r = await runCli(dir, ['init', '--name', 'Alex Doe', '--stage', 'graduate', '--studies', 'psychology', '--school', 'Lakeside University', '--graduation', '2025', '--field', 'UX research', '--phone', '+1 555 0199']);
    expect(r.code, r.stderr).toBe(0);
    const config = readConfig(dir);
    for (const line of ['stage: graduate', 'studies: psychology', 'school: Lakeside University', 'graduation: 2025', 'field: UX research', 'phone: +1 555 0199']) expect(config).toContain(line);
    expect((await runCli(dir, ['add', 'contact', 'Maya Chen', '--email', 'maya@example.com'])).code).toBe(0);
    expect((await runCli(dir, ['draft', 'maya'])).stdout).toContain("I'm a 2025 psychology graduate of Lakeside University exploring UX research");
  });

  it('updates them in an existing config.yaml, keeping the rest', async () => {
    const dir = dataDir({}, '# mine\nme:\n  name: Alex Doe\n');
    const r = await runCli(dir, ['init', '--stage', 'student', '--graduation', '2027']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('me.stage, me.graduation');
    expect(readConfig(dir)).toBe('# mine\nme:\n  name: Alex Doe\n  stage: student\n  graduation: 2027\n');
  });

  it('refuses a stage or a year it cannot use (exit 2), writing nothing', async () => {
    const dir = dataDir({}, 'me:\n  name: Alex Doe\n');
    for (const args of [['--stage', 'retired'], ['--graduation', '25'], ['--graduation', 'next year']]) {
      const r = await runCli(dir, ['init', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^infoview: /);
    }
    expect(readConfig(dir)).toBe('me:\n  name: Alex Doe\n');
  });

  it('asks for them on a terminal', async () => {
    const dir = join(tempDir(), 'fresh');
    const prompter = scriptedPrompter(['Alex Doe', '', '', 'career-changer', 'accounting', '', '', 'UX research', '']);
    expect((await runCli(dir, ['init'], { prompter })).code).toBe(0);
    expect(prompter.asked).toContain('Where do you stand?');
    const config = readConfig(dir);
    expect(config).toContain('stage: career-changer');
    expect(config).toContain('studies: accounting');
    expect(config).not.toContain('school');
    expect((await runCli(dir, ['add', 'contact', 'Bo Chan'])).code).toBe(0);
    expect((await runCli(dir, ['draft', 'bo'])).stdout).toContain("I'm moving from accounting into UX research");
  });
});

describe('the pitch for the field', () => {
  const CONFIG = 'me:\n  name: Alex Doe\n  pitch: The general pitch.\n  pitches:\n    AI: The AI pitch.\n';
  it('prep and intro carry the pitch for the contact field; the first email carries none', async () => {
    const dir = dataDir({ 'sam-rivera': 'name: Sam Rivera\n', 'lee-park': 'name: Lee Park\nfield: AI\nemail: l@example.com\nintroducedBy: sam-rivera\n' }, CONFIG);
    expect((await runCli(dir, ['prep', 'lee'])).stdout).toContain('The AI pitch.');
    expect((await runCli(dir, ['draft', 'lee', '--kind', 'intro'])).stdout).toContain('The AI pitch.');
    expect((await runCli(dir, ['draft', 'lee'])).stdout).not.toContain('pitch');
    expect((await runCli(dir, ['prep', 'sam'])).stdout).toContain('The general pitch.');
  });
});

describe('add contact asks for the hook on a terminal', () => {
  it('stores the answer as hook', async () => {
    const dir = dataDir();
    const prompter = scriptedPrompter(['Jo Lane', '', '', '', undefined, 'I enjoyed your meetup talk', '', '', '']);
    expect((await runCli(dir, ['add', 'contact'], { prompter })).code).toBe(0);
    expect(prompter.asked.some((q) => q.startsWith('What connects you'))).toBe(true);
    expect(readContact(dir, 'jo-lane')).toContain('hook: I enjoyed your meetup talk\n');
  });
});
