/** questions, prep, draft, templates: behaviour beyond the golden outputs. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countChars } from '../../src/domain/words.js';
import { dataDir, MAYA, ROOT, runCli, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';
import { exampleWorkspace } from '../helpers/workspace.js';

const override = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'templates', file), text);
};

describe('questions', () => {
  it('prints the configured count, JSON as [{ text, theme, referral }]', async () => {
    const dir = dataDir({}, 'defaults:\n  questionCount: 7\n');
    const r = await runCli(dir, ['questions', '--json', '--role', 'Nurse']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { text: string; theme: string; referral: boolean }[];
    expect(list).toHaveLength(7);
    for (const q of list) expect(Object.keys(q).sort()).toEqual(['referral', 'text', 'theme']);
    expect(list.at(-1)?.theme).toBe('people');
    expect(list.filter((q) => q.referral)).toEqual([list.at(-1)]);
  });

  it('gives the same list for the same --seed', async () => {
    const dir = dataDir();
    const a = await runCli(dir, ['questions', '--seed', '12']);
    const b = await runCli(dir, ['questions', '--seed', '12']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trim().split('\n')).toHaveLength(5);
  });

  for (const bad of ['0', 'many', '-3', '2.5']) {
    it(`refuses --count ${bad} (exit 2)`, async () => {
      const r = await runCli(dataDir(), ['questions', '--count', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--count "${bad}"`);
    });
  }

  it('uses an override of the bank and warns about a yes/no question with file and line', async () => {
    const dir = dataDir();
    override(dir, 'questions.yaml', '- theme: path\n  text: How did it start?\n- theme: people\n  text: Do you know anyone I could talk to?\n');
    const r = await runCli(dir, ['questions', '--count', '2', '--json']);
    expect(r.code).toBe(0);
    // A bank that marks no `referral` question (written before the key existed): its people question is the referral.
    expect(JSON.parse(r.stdout)).toEqual([
      { text: 'How did it start?', theme: 'path', referral: false },
      { text: 'Do you know anyone I could talk to?', theme: 'people', referral: true },
    ]);
    expect(r.stderr).toContain(`${join(dir, 'templates', 'questions.yaml')}:3:`);
    expect(r.stderr).toContain('yes or no');
  });

  it('fails with the path and line on an unknown variable in the bank override', async () => {
    const dir = dataDir();
    override(dir, 'questions.yaml', '- theme: people\n  text: Who at {{ compnay }} should I meet?\n');
    const r = await runCli(dir, ['questions']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(dir, 'templates', 'questions.yaml'));
    expect(r.stderr).toContain('unknown variable "compnay"');
  });
});

describe('prep', () => {
  it('picks the same questions every run, new ones with --shuffle or another --seed', async () => {
    const dir = exampleWorkspace();
    const questions = (out: string) => out.split('## Questions')[1]?.split('Keep a few')[0] ?? '';
    const a = await runCli(dir, ['prep', 'maya']);
    const b = await runCli(dir, ['prep', 'maya']);
    expect(questions(a.stdout)).toBe(questions(b.stdout));
    const seeds = await Promise.all([1, 2, 3, 4].map((s) => runCli(dir, ['prep', 'maya', '--seed', String(s)])));
    expect(new Set(seeds.map((r) => questions(r.stdout))).size).toBeGreaterThan(1);
    const shuffled = await Promise.all([1, 2, 3, 4].map(() => runCli(dir, ['prep', 'maya', '--shuffle'])));
    expect(new Set(shuffled.map((r) => questions(r.stdout))).size).toBeGreaterThan(1);
  });

  it('--count sets how many questions', async () => {
    const r = await runCli(exampleWorkspace(), ['prep', 'maya', '--count', '8']);
    expect(r.stdout).toMatch(/\n8\. .*\?\n/);
    expect(r.stdout).not.toMatch(/\n9\. /);
  });

  it('writes --out as plain Markdown, mode 0600, and says so on stderr', async () => {
    const dir = exampleWorkspace();
    const file = join(tempDir(), 'maya.md');
    const r = await runCli(dir, ['prep', 'maya', '--out', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Prep sheet: Maya Chen\n')).toBe(true);
    expect(text).not.toContain('\u001b[');
    expectMode(file, 0o600);
  });

  it('refuses to write into the contacts folder', async () => {
    const dir = exampleWorkspace();
    const r = await runCli(dir, ['prep', 'maya', '--out', join(dir, 'contacts', 'maya-prep.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to write');
    expect(existsSync(join(dir, 'contacts', 'maya-prep.yaml'))).toBe(false);
  });

  it('refuses a folder as --out', async () => {
    const dir = exampleWorkspace();
    const r = await runCli(dir, ['prep', 'maya', '--out', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it is a folder');
  });

  it('colours the sheet on a terminal, and prints plain Markdown otherwise', async () => {
    const dir = exampleWorkspace();
    const plain = await runCli(dir, ['prep', 'maya']);
    expect(plain.stdout).toContain('## Who they are');
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await runCli(dir, ['prep', 'maya'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toContain('\u001b[1m');
    expect(coloured.stdout).not.toContain('## Who they are');
    expect(coloured.stdout).toContain('☐ ');
  });

  it('still gives a useful sheet without a meeting, a pitch or a config', async () => {
    const r = await runCli(dataDir({ 'maya-chen': MAYA }), ['prep', 'maya']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No meeting is recorded yet');
    expect(r.stdout).toContain('infoview add meeting maya-chen --at');
    expect(r.stdout).toContain('infoview init --pitch');
    expect(r.stdout).toMatch(/## Before you leave, ask\n1\. (Who|Which) .*\?\n2\. What is the best way for me to stay in touch with you\?/);
    expect(r.stdout).toContain('How you found them:** the alumni network');
  });

  it('names an unknown contact with exit 1', async () => {
    const r = await runCli(exampleWorkspace(), ['prep', 'nobody']);
    expect(r.code).toBe(1);
  });
});

describe('draft', () => {
  it('prints only the draft on stdout and the word count on stderr', async () => {
    const r = await runCli(exampleWorkspace(), ['draft', 'maya']);
    expect(r.stdout.startsWith('Subject: Sam Rivera suggested I get in touch\n')).toBe(true);
    // Maya has already replied and booked: the situation note comes first, then the word count.
    expect(r.stderr).toMatch(/^note: Maya Chen already has a meeting with you/);
    expect(r.stderr).toMatch(/^\d+ words in the body/m);
  });

  it('refuses intro when nobody introduced them, and nudge without outreach', async () => {
    const dir = exampleWorkspace();
    const intro = await runCli(dir, ['draft', 'jose', '--kind', 'intro']);
    expect(intro.code).toBe(1);
    expect(intro.stdout).toBe('');
    expect(intro.stderr).toContain('nobody is recorded as introducing José Núñez');
    const nudge = await runCli(dir, ['draft', 'priya', '--kind', 'nudge']);
    expect(nudge.code).toBe(1);
    expect(nudge.stderr).toContain('no outreach');
  });

  it('rejects an unknown kind (exit 2)', async () => {
    const r = await runCli(exampleWorkspace(), ['draft', 'maya', '--kind', 'fax']);
    expect(r.code).toBe(2);
  });

  it('drafts a thank-you without a debrief, saying so on stderr', async () => {
    // The morning after Maya's coffee, before any debrief.
    const r = await runCli(exampleWorkspace(), ['draft', 'maya', '--kind', 'thankyou'], { env: { INFOVIEW_NOW: '2026-11-26T09:00:00-08:00' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[BLANK: one specific thing you learned from them]');
    expect(r.stderr).toContain('no debrief is recorded for Maya Chen');
  });

  it('shortens a LinkedIn note to fit a smaller limit, and refuses when nothing fits', async () => {
    const dir = exampleWorkspace();
    writeFileSync(join(dir, 'config.yaml'), 'me:\n  name: Alex Doe\ndefaults:\n  linkedinNoteLimit: 150\n');
    const short = await runCli(dir, ['draft', 'maya', '--kind', 'linkedin']);
    expect(short.code).toBe(0);
    const length = countChars(short.stdout.trim());
    expect(length).toBeLessThanOrEqual(150);
    expect(short.stderr).toContain(`${length}/150 characters (shortened`);
    writeFileSync(join(dir, 'config.yaml'), 'defaults:\n  linkedinNoteLimit: 40\n');
    const none = await runCli(dir, ['draft', 'maya', '--kind', 'linkedin']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/over the limit of 40/);
  });

  it('fits a contact with a very long company name into 200 characters', async () => {
    const company = 'The International Consortium for Interdisciplinary Research in Human-Centred Health Technology and Services';
    const dir = dataDir(
      { 'maximiliana-oyelaran-fitzgerald': `name: Maximiliana Oyelaran-Fitzgerald\ncompany: ${company}\nfield: human-computer interaction research\nsource: linkedin\n` },
      'me:\n  name: Alexandria Doe-Whitmore\n',
    );
    const r = await runCli(dir, ['draft', 'maximiliana', '--kind', 'linkedin']);
    expect(r.code).toBe(0);
    expect(countChars(r.stdout.trim())).toBeLessThanOrEqual(200);
    expect(r.stderr).toMatch(/\/200 characters/);
  });

  it('writes --out with mode 0600', async () => {
    const file = join(tempDir(), 'thanks.txt');
    const r = await runCli(exampleWorkspace(), ['draft', 'jose', '--kind', 'thankyou', '--out', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('your point that a portfolio of two honest case studies');
    expectMode(file, 0o600);
  });
});

describe('templates and overrides', () => {
  it('an override in <dir>/templates wins over the bundled template', async () => {
    const dir = exampleWorkspace();
    override(dir, 'email.liquid', 'Subject: Hello\n\nDear {{ contact.name }}, from {{ me.name }}.\n');
    const r = await runCli(dir, ['draft', 'maya']);
    expect(r.stdout).toBe('Subject: Hello\n\nDear Maya Chen, from Alex Doe.\n');
    const list = await runCli(dir, ['templates', 'list']);
    expect(list.stdout).toMatch(/email\s+yours\s+.*templates\/email\.liquid/);
    expect(list.stdout).toMatch(/linkedin\s+bundled\s+.*templates\/linkedin\.liquid/);
  });

  it('an unknown variable in an override fails with the path and the variable (exit 1)', async () => {
    const dir = exampleWorkspace();
    override(dir, 'thankyou.liquid', 'Hi {{ contact.firstName }},\nthanks, {{ contact.nickname }}\n');
    const r = await runCli(dir, ['draft', 'jose', '--kind', 'thankyou']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(join(dir, 'templates', 'thankyou.liquid'));
    expect(r.stderr).toContain('unknown variable "contact.nickname"');
    expect(r.stderr).toContain('line 2');
  });

  for (const tag of ['{% include "/etc/passwd" %}', "{% render 'email' %}", "{% layout 'x' %}"]) {
    it(`an override cannot read files: ${tag}`, async () => {
      const dir = exampleWorkspace();
      override(dir, 'phone.liquid', `Hi ${tag}\n`);
      const r = await runCli(dir, ['draft', 'maya', '--kind', 'phone']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('cannot include other files');
      expect(r.stdout).toBe('');
    });
  }

  it('warns when an email override goes over 100 words', async () => {
    const dir = exampleWorkspace();
    override(dir, 'email.liquid', `Subject: Long\n\n${'word '.repeat(120)}\n\n{{ me.signature }}\n`);
    const r = await runCli(dir, ['draft', 'maya']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('120 words, over the 100-word limit');
    expect(r.stderr).toContain(join(dir, 'templates', 'email.liquid'));
  });

  it('show prints the template in use; eject copies it (0600 in a 0700 folder) and refuses to overwrite', async () => {
    const dir = dataDir();
    const show = await runCli(dir, ['templates', 'show', 'email']);
    expect(show.stdout).toBe(readFileSync(join(ROOT, 'templates/email.liquid'), 'utf8'));
    const eject = await runCli(dir, ['templates', 'eject', 'questions']);
    const file = join(dir, 'templates', 'questions.yaml');
    expect(eject.code).toBe(0);
    expect(eject.stdout.trim()).toBe(file);
    expectMode(file, 0o600);
    expectMode(join(dir, 'templates'), 0o700);
    writeFileSync(file, '- theme: people\n  text: Who else?\n');
    const again = await runCli(dir, ['templates', 'eject', 'questions']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toContain('Who else?');
    const forced = await runCli(dir, ['templates', 'eject', 'questions', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(ROOT, 'templates/questions.yaml'), 'utf8'));
  });

  it('rejects an unknown template name or action (exit 2)', async () => {
    expect((await runCli(dataDir(), ['templates', 'show', 'fax'])).code).toBe(2);
    expect((await runCli(dataDir(), ['templates', 'delete', 'email'])).code).toBe(2);
    expect((await runCli(dataDir(), ['templates', 'show'])).code).toBe(2);
  });
});
