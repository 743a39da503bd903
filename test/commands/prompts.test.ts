import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contactFile, dataDir, MAYA, readContact, runCli, scriptedPrompter } from '../helpers/index.js';

const MET = `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n`;

describe('add contact asks only for what is missing', () => {
  const cases = [
    { name: 'a name alone: the role and the company', args: ['Temp Person'], asked: ['Role (optional):', 'Company (optional):'] },
    { name: 'a name and role: the company', args: ['Temp Person', '--role', 'Designer'], asked: ['Company (optional):'] },
    { name: 'a name, role and company: nothing', args: ['Temp Person', '--role', 'Designer', '--company', 'Acme'], asked: [] },
    { name: '--no-input: nothing', args: ['Temp Person', '--no-input'], asked: [] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const dir = dataDir();
      const prompter = scriptedPrompter(c.asked.map(() => ''));
      const r = await runCli(dir, ['add', 'contact', ...c.args], { prompter });
      expect(r.code).toBe(0);
      expect(prompter.asked).toEqual(c.asked);
      expect(existsSync(contactFile(dir, 'temp-person'))).toBe(true);
    });
  }
});

describe('--no-input on a terminal', () => {
  it('never prompts: a missing value is a usage error naming what gives it, nothing is written', async () => {
    const dir = dataDir({ 'maya-chen': MET });
    const prompter = scriptedPrompter([]);
    const nameless = await runCli(dir, ['add', 'contact', '--no-input'], { prompter });
    expect(nameless).toMatchObject({ code: 2, stdout: '' });
    expect(nameless.stderr).toMatch(/missing the contact's name\n.*infoview add contact "Maya Chen"/);
    expect((await runCli(dir, ['debrief', 'maya', '--no-input'], { prompter })).stderr).toMatch(/nothing to record\n.*--takeaway/);
    expect((await runCli(dir, ['remove', 'maya', '--no-input'], { prompter })).stderr).toContain('infoview remove maya-chen --yes');
    expect((await runCli(dir, ['edit', 'maya', '--no-input'], { prompter })).code).toBe(2);
    expect(prompter.asked).toEqual([]);
    expect(readContact(dir, 'maya-chen')).toBe(MET);
  });

  it('init --no-input writes config.yaml from the flags alone', async () => {
    const dir = dataDir();
    const prompter = scriptedPrompter([]);
    expect((await runCli(dir, ['init', '--name', 'Alex Doe', '--no-input'], { prompter })).code).toBe(0);
    expect(prompter.asked).toEqual([]);
  });
});

describe('LinkedIn addresses as LinkedIn shows them', () => {
  for (const given of ['linkedin.com/in/priya-raman-ux', 'www.linkedin.com/in/priya-raman-ux', 'http://linkedin.com/in/priya-raman-ux', 'https://www.linkedin.com/in/priya-raman-ux']) {
    it(`--linkedin ${given} is stored as the full address`, async () => {
      const dir = dataDir();
      expect((await runCli(dir, ['add', 'contact', 'Priya Raman', '--linkedin', given])).code).toBe(0);
      expect(readContact(dir, 'priya-raman')).toBe('name: Priya Raman\nlinkedin: https://www.linkedin.com/in/priya-raman-ux\n');
    });
  }

  it('edit --set linkedin= takes the same, and refuses what is no address', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect((await runCli(dir, ['edit', 'maya', '--set', 'linkedin=linkedin.com/in/maya-chen'])).code).toBe(0);
    expect(parse(readContact(dir, 'maya-chen')).linkedin).toBe('https://www.linkedin.com/in/maya-chen');
    const before = readContact(dir, 'maya-chen');
    const bad = await runCli(dir, ['edit', 'maya', '--set', 'linkedin=maya chen']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--set linkedin: "maya chen" is not a web address');
    expect(readContact(dir, 'maya-chen')).toBe(before);
  });
});

describe('debrief: a referral that partly matches contacts', () => {
  const folder = () => dataDir({ 'maya-chen': MET, 'sam-rivera': 'name: Sam Rivera\nrole: Designer\ncompany: Acme\n', 'sam-lee': 'name: Sam Lee\n' });

  it('off a terminal, --add-referrals adds nobody for it and says who it may be', async () => {
    const dir = folder();
    const r = await runCli(dir, ['debrief', 'maya', '--referral', 'Sam', '--add-referrals']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: Sam may be Sam Lee (sam-lee) or Sam Rivera (Designer, Acme; sam-rivera); not added\n');
    expect(r.stderr).toContain('If they are someone new: infoview add contact "Sam" --introduced-by maya-chen');
    expect(existsSync(contactFile(dir, 'sam'))).toBe(false);
  });

  it('on a terminal, the choice of a match adds nobody; "someone new" adds them', async () => {
    const dir = folder();
    const pick = scriptedPrompter(['sam-rivera']);
    const r = await runCli(dir, ['debrief', 'maya', '--notes', 'x', '--takeaway', 'y', '--referral', 'Sam'], { prompter: pick });
    expect(pick.asked).toEqual(['"Sam" matches 2 of your contacts. Who did Maya Chen suggest?']);
    expect(r.stdout).toContain('Sam is Sam Rivera (sam-rivera), already a contact; not added again.');
    expect(existsSync(contactFile(dir, 'sam'))).toBe(false);
    const fresh = scriptedPrompter(['+new']);
    expect((await runCli(dir, ['debrief', 'maya', '--add-referrals'], { prompter: fresh })).code).toBe(0);
    expect(parse(readContact(dir, 'sam'))).toEqual({ name: 'Sam', source: 'referral', introducedBy: 'maya-chen' });
  });
});

describe('stderr redirected on a terminal', () => {
  it('prompts go to stderr, so with it redirected (2>log) nothing prompts: as off a terminal', async () => {
    const { main } = await import('../../src/cli.js');
    const { cleanEnv } = await import('../helpers/index.js');
    const dir = dataDir({ 'maya-chen': MAYA });
    const prompter = scriptedPrompter([]);
    let stderr = '';
    const code = await main(['remove', 'maya'], {
      stdout: { write: () => true, isTTY: true },
      stderr: { write: (s: string) => Boolean((stderr += s)), isTTY: false },
      stdinIsTTY: true,
      env: cleanEnv(dir),
      prompter: async () => prompter,
    });
    expect(prompter.asked).toEqual([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--yes/);
    expect(existsSync(contactFile(dir, 'maya-chen'))).toBe(true);
  });
});
