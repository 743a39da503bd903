/** questions and prep: the referral asked once, the count the bank can give, stage, field, pitch and medium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSlots } from '../../src/domain/questions.js';
import { parseQuestionBank } from '../../src/store/question-bank.js';
import { dataDir, MAYA, ROOT, runCli } from '../helpers/index.js';

const BANK_FILE = join(ROOT, 'templates/questions.yaml');
const bank = parseQuestionBank(BANK_FILE, readFileSync(BANK_FILE, 'utf8')).questions;
type Item = { text: string; theme: string; referral: boolean };
const json = (stdout: string) => JSON.parse(stdout) as Item[];

describe('questions', () => {
  it('a --count above what fits says how many it could give, on stderr, exit 0', async () => {
    const r = await runCli(dataDir(), ['questions', '--count', '200', '--json', '--field', 'nursing']);
    expect(r.code).toBe(0);
    const list = json(r.stdout);
    expect(list.length).toBeLessThan(200);
    expect(list.filter((q) => q.referral)).toHaveLength(1);
    expect(r.stderr).toBe(`warning: asked for 200 questions, but only ${list.length} fit these details (one "who else" question per list); giving ${list.length}\n`);
    const fits = await runCli(dataDir(), ['questions', '--count', String(list.length), '--field', 'nursing']);
    expect(fits.stderr).toBe('');
  });

  it('uses me.stage: student questions for a student only, switch questions for a career-changer only', async () => {
    const texts = async (config?: string) => json((await runCli(dataDir({}, config), ['questions', '--count', '200', '--json'])).stdout).map((q) => q.text);
    const studying = 'What did you do while you were studying that helped most once you started working?';
    const switching = 'Which parts of a previous career tend to carry over well into this work?';
    const student = await texts('me:\n  stage: student\n');
    expect(student).toContain(studying);
    expect(student).not.toContain(switching);
    const changer = await texts('me:\n  stage: career-changer\n');
    expect(changer).toContain(switching);
    expect(changer).not.toContain(studying);
    const nobody = await texts();
    expect(nobody).not.toContain(studying);
    expect(nobody).not.toContain(switching);
  });

  it('tailors to me.field when --field is not given, and --field wins', async () => {
    const dir = dataDir({}, 'me:\n  field: nursing\n');
    const own = json((await runCli(dir, ['questions', '--count', '9', '--json', '--seed', '3'])).stdout);
    expect(own.some((q) => q.text.includes('nursing'))).toBe(true);
    const given = json((await runCli(dir, ['questions', '--count', '9', '--json', '--seed', '3', '--field', 'pastry'])).stdout);
    expect(given.some((q) => q.text.includes('pastry'))).toBe(true);
    expect(given.some((q) => q.text.includes('nursing'))).toBe(false);
  });
});

describe('prep', () => {
  const referrals = bank.filter((q) => q.referral).map((q) => fillSlots(q.text, { role: 'Senior UX Researcher', company: 'Northwind Health', field: 'UX research' }));
  const occurrences = (sheet: string) => referrals.reduce((n, text) => n + sheet.split(text).length - 1, 0);

  for (const count of ['1', '3', '5', '10', '25']) {
    it(`asks the referral question once, at the end, with --count ${count} prepared questions before it`, async () => {
      const r = await runCli(dataDir({ 'maya-chen': MAYA }), ['prep', 'maya', '--count', count]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(occurrences(r.stdout)).toBe(1);
      expect(r.stdout).toMatch(/## Before you leave, ask\n1\. (Who|Which) [^\n]*\?\n2\. What is the best way for me to stay in touch with you\?\n/);
      const prepared = r.stdout.split('## Questions\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
      expect(prepared).toHaveLength(Number(count));
      expect(prepared.at(-1)).toMatch(new RegExp(`^${count}\\. `));
    });
  }

  it('says how many prepared questions it could give when --count is above the bank', async () => {
    const r = await runCli(dataDir({ 'maya-chen': MAYA }), ['prep', 'maya', '--count', '200']);
    expect(r.code).toBe(0);
    const prepared = (r.stdout.split('## Questions\n')[1]?.split('\n\n')[0]?.split('\n') ?? []).length;
    expect(r.stderr).toContain(`asked for 200 questions, but only ${prepared} fit`);
    expect(occurrences(r.stdout)).toBe(1);
  });

  const PITCHES = 'me:\n  pitch: My general pitch.\n  pitches:\n    ux Research: My pitch for research.\n    nursing: My pitch for nursing.\n';
  it('uses the pitch for the contact\'s field, on a first run and on a warm one, else me.pitch', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'rae-kim': 'name: Rae Kim\nfield: pastry\n', 'lee-fox': 'name: Lee Fox\n' }, PITCHES);
    for (const run of ['first', 'warm']) {
      const maya = await runCli(dir, ['prep', 'maya']);
      expect(maya.stdout, run).toContain('> My pitch for research.\n');
      expect(maya.stdout, run).not.toContain('My general pitch');
      expect((await runCli(dir, ['prep', 'rae']))).toMatchObject({ code: 0, stdout: expect.stringContaining('> My general pitch.\n') });
    }
  });

  it('falls back to me.field for the pitch and the questions when the contact has no field', async () => {
    const dir = dataDir({ 'lee-fox': 'name: Lee Fox\n' }, `${PITCHES}  field: nursing\n`);
    const r = await runCli(dir, ['prep', 'lee', '--count', '8']);
    expect(r.stdout).toContain('> My pitch for nursing.\n');
    expect(r.stdout.split('## Questions\n')[1]?.split('\n\n')[0]).toContain('nursing');
  });

  const meeting = (medium: string) => `meetings:\n  - at: 2026-11-25T15:00:00-08:00\n    minutes: 30\n    medium: ${medium}\n`;
  const cases: { medium: string; has: string[]; lacks: string[] }[] = [
    { medium: 'coffee', has: ['Offer to pay for the coffee.', 'Bring your résumé', 'confirm'], lacks: ['You place the call', 'Test the link'] },
    { medium: 'in-person', has: ['Offer to pay for the coffee or the meal.', 'Bring your résumé'], lacks: ['You place the call', 'Test the link'] },
    { medium: 'call', has: ['You place the call, at the agreed time (+1 555 0100).', 'quiet place', 'notes'], lacks: ['résumé', 'Offer to pay', 'camera'] },
    { medium: 'video', has: ['Test the link', 'camera on', 'dress as you would for a job interview'], lacks: ['résumé', 'Offer to pay', 'You place the call'] },
  ];
  for (const c of cases) {
    it(`follows the medium: ${c.medium}`, async () => {
      const dir = dataDir({ 'maya-chen': `${MAYA}phone: "+1 555 0100"\n${meeting(c.medium)}` });
      const r = await runCli(dir, ['prep', 'maya']);
      expect(r.code, r.stderr).toBe(0);
      const ready = r.stdout.split('## Getting ready\n')[1]?.split('\n\n')[0] ?? '';
      expect(ready).toMatch(/^- Confirm the day before: /);
      for (const text of c.has) expect(ready.toLowerCase(), c.medium).toContain(text.toLowerCase());
      for (const text of c.lacks) expect(ready, c.medium).not.toContain(text);
    });
  }

  it('names the thank-you window from thankYouHours, with and without a meeting', async () => {
    const config = 'defaults:\n  thankYouHours: 48\n';
    const planned = await runCli(dataDir({ 'maya-chen': `${MAYA}${meeting('coffee')}` }, config), ['prep', 'maya']);
    expect(planned.stdout).toContain('(within 48 hours of the end)');
    const none = await runCli(dataDir({ 'maya-chen': MAYA }, config), ['prep', 'maya']);
    expect(none.stdout).toContain('Send a thank-you within 48 hours of the meeting');
    expect(none.stdout).not.toContain('within a day');
    const one = await runCli(dataDir({ 'maya-chen': MAYA }, 'defaults:\n  thankYouHours: 1\n'), ['prep', 'maya']);
    expect(one.stdout).toContain('within 1 hour of the meeting');
  });
});
