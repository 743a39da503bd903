/**
 * A careers office's pack (config.yaml `pack:`): its templates/*.liquid and questions.yaml sit
 * between the bundled ones and yours (yours > pack > bundled), checked by the same rules.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';
import { examplePack, packWorkspace } from '../helpers/workspace.js';

const PACK_EMAIL = readFileSync(join(ROOT, 'examples/pack/templates/email.liquid'), 'utf8');
const PACK_BANK = readFileSync(join(ROOT, 'examples/pack/questions.yaml'), 'utf8');
/** The question texts of the example pack's bank, as written (slots unfilled). */
const PACK_TEXTS = [...PACK_BANK.matchAll(/^ {2}text: (.*)$/gm)].map((m) => m[1] as string);
const filled = (text: string) => text.replace('{{ field }}', 'UX research').replace('{{ role }}', 'Senior UX Researcher').replace('{{ company }}', 'Northwind Health');

const write = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

describe('a pack layered between the bundled templates and yours', () => {
  it("draft uses the pack's email; templates list says where each template comes from", async () => {
    const pack = examplePack();
    const dir = packWorkspace(pack);
    const r = await runCli(dir, ['draft', 'sam']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('finding out what a career in UX research is really like.');
    expect(r.stdout).toContain('With thanks,\n\nAlex Doe');
    const list = await runCli(dir, ['templates', 'list']);
    expect(list.stdout).toMatch(/^NAME\s+FROM\s+PATH$/m);
    expect(list.stdout).toContain(`email      pack     ${join(pack, 'templates', 'email.liquid')}`);
    expect(list.stdout).toContain(`questions  pack     ${join(pack, 'questions.yaml')}`);
    expect(list.stdout).toMatch(/^linkedin\s+bundled\s+\S*templates[\\/]linkedin\.liquid$/m);
  });

  it("your own copy beats the pack's, which beats the bundled one", async () => {
    const dir = packWorkspace(examplePack());
    write(join(dir, 'templates', 'email.liquid'), 'Subject: Mine\n\nHello {{ contact.firstName }}.\n');
    const r = await runCli(dir, ['draft', 'sam']);
    expect(r.stdout).toBe('Subject: Mine\n\nHello Sam.\n');
    expect((await runCli(dir, ['templates'])).stdout).toContain(`email      yours    ${join(dir, 'templates', 'email.liquid')}`);
    // Without your copy the pack's is back; a kind the pack lacks stays bundled.
    rmSync(join(dir, 'templates', 'email.liquid'));
    expect((await runCli(dir, ['draft', 'sam'])).stdout).toContain('With thanks,');
    expect((await runCli(dir, ['draft', 'sam', '--kind', 'linkedin'])).stdout).not.toContain('With thanks');
  });

  it('a relative pack: is read from the data folder', async () => {
    const pack = examplePack();
    const dir = packWorkspace('../pack');
    rmSync(join(dir, '..', 'pack'), { recursive: true, force: true });
    write(join(dir, '..', 'pack', 'templates', 'phone.liquid'), readFileSync(join(pack, 'templates', 'email.liquid'), 'utf8').replace('Subject: {{ subject }}', 'Calling {{ contact.name }}'));
    const r = await runCli(dir, ['draft', 'maya', '--kind', 'phone']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Calling Maya Chen/);
  });

  it("show prints the pack's template and says so; eject copies the pack's version (0600)", async () => {
    const pack = examplePack();
    const dir = packWorkspace(pack);
    const show = await runCli(dir, ['templates', 'show', 'email']);
    expect(show.stdout).toBe(PACK_EMAIL);
    expect(show.stderr).toBe(`pack: ${join(pack, 'templates', 'email.liquid')}\n`);
    const eject = await runCli(dir, ['templates', 'eject', 'questions']);
    const file = join(dir, 'templates', 'questions.yaml');
    expect(eject.code).toBe(0);
    expect(eject.stdout.trim()).toBe(file);
    expect(eject.stderr).toContain("Copied the pack's questions template");
    expect(readFileSync(file, 'utf8')).toBe(PACK_BANK);
    expectMode(file, 0o600);
    // A kind the pack lacks is ejected from the bundled templates; --force over yours takes the pack's again.
    expect((await runCli(dir, ['templates', 'eject', 'thankyou'])).stderr).toContain('Copied the bundled thankyou template');
    writeFileSync(join(dir, 'templates', 'email.liquid'), 'mine\n');
    expect((await runCli(dir, ['templates', 'eject', 'email'])).code).toBe(1);
    expect(readFileSync(join(dir, 'templates', 'email.liquid'), 'utf8')).toBe('mine\n');
    expect((await runCli(dir, ['templates', 'eject', 'email', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'templates', 'email.liquid'), 'utf8')).toBe(PACK_EMAIL);
  });
});

describe("a pack's question bank replaces the bundled one", () => {
  it('questions and prep ask only the pack questions, with its referral question', async () => {
    const dir = packWorkspace(examplePack());
    const texts = new Set(PACK_TEXTS.map(filled));
    for (const seed of ['1', '2', '3', '4']) {
      const r = await runCli(dir, ['questions', '--json', '--seed', seed, '--company', 'Northwind Health', '--role', 'Senior UX Researcher']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const list = JSON.parse(r.stdout) as { text: string; referral: boolean }[];
      expect(list).toHaveLength(5);
      for (const q of list) expect(texts, q.text).toContain(q.text);
      expect(list.filter((q) => q.referral).map((q) => q.text)).toEqual(['Who else, perhaps another Lakeside graduate, would you suggest I talk to next?']);
    }
    const prep = await runCli(dir, ['prep', 'maya']);
    expect(prep.code, prep.stderr).toBe(0);
    const asked = [...prep.stdout.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1] as string);
    expect(asked).toContain('Who else, perhaps another Lakeside graduate, would you suggest I talk to next?');
    for (const q of asked.filter((q) => !q.startsWith('What is the best way for me to stay in touch'))) expect(texts, q).toContain(q);
  });

  it('a pack bank with a yes/no question and no referral question is used, with a warning naming its file and line', async () => {
    const pack = examplePack();
    const bank = join(pack, 'questions.yaml');
    writeFileSync(bank, '- theme: path\n  text: Did you always want to do this?\n- theme: day\n  text: What does a normal Monday look like?\n');
    const r = await runCli(packWorkspace(pack), ['questions', '--count', '2', '--seed', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${bank}:1: "Did you always want to do this?" can be answered with yes or no`);
    expect(r.stderr).toContain(`warning: ${bank}: has no "people" question`);
    expect(r.stdout).toContain('What does a normal Monday look like?');
  });

  it('a pack bank that breaks the format is refused (exit 1) naming the pack file and line', async () => {
    const pack = examplePack();
    const bank = join(pack, 'questions.yaml');
    writeFileSync(bank, '- theme: path\n  text: How did you start?\n- theme: gossip\n  text: Who is leaving?\n');
    const r = await runCli(packWorkspace(pack), ['questions']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`infoview: ${bank}: line 3: theme "gossip" is not one of`)).toBe(true);
  });
});

describe('a pack is data, checked like your templates', () => {
  it('an unknown variable in a pack template fails (exit 1) naming the pack file, the line and the variable', async () => {
    const pack = examplePack();
    const file = join(pack, 'templates', 'thankyou.liquid');
    write(file, 'Hi {{ contact.firstName }},\n\nthanks, {{ contact.nickname }}\n');
    const r = await runCli(packWorkspace(pack), ['draft', 'jose', '--kind', 'thankyou']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`infoview: ${file} (line 3): unknown variable "contact.nickname"`);
    expect(r.stderr).toContain("move that file aside to use the pack's or the bundled one");
  });

  it('a pack template over the length bound stops with one line naming it', async () => {
    const pack = examplePack();
    const file = join(pack, 'templates', 'phone.liquid');
    write(file, `${'x'.repeat(1_100_000)}\n`);
    const r = await runCli(packWorkspace(pack), ['draft', 'maya', '--kind', 'phone']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`infoview: ${file}: the template is too long (over 1000000 characters)`);
  });

  it('a pack bank over 1 MiB is refused like any data file', async () => {
    const pack = examplePack();
    writeFileSync(join(pack, 'questions.yaml'), `# ${'x'.repeat(1_100_000)}\n${PACK_BANK}`);
    const r = await runCli(packWorkspace(pack), ['questions']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(pack, 'questions.yaml')}: is larger than 1 MiB`);
  });

  it('nothing else in the pack folder is read: a questions.yaml under templates/ is not the bank', async () => {
    const pack = examplePack();
    write(join(pack, 'templates', 'questions.yaml'), 'not: a bank\n');
    rmSync(join(pack, 'questions.yaml'));
    const r = await runCli(packWorkspace(pack), ['questions', '--seed', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect((await runCli(packWorkspace(pack), ['templates'])).stdout).toMatch(/^questions\s+bundled/m);
  });
});

describe('a pack folder that is not there', () => {
  it('is exit 1 naming the key and the path for every command that uses templates; the others carry on', async () => {
    const missing = join(tempDir(), 'no-such-pack');
    const dir = packWorkspace(missing);
    for (const args of [['draft', 'maya'], ['prep', 'maya'], ['questions'], ['templates'], ['templates', 'show', 'email'], ['templates', 'eject', 'email']]) {
      const r = await runCli(dir, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toBe(
        `infoview: the pack folder ${missing} (pack: in ${join(dir, 'config.yaml')}) does not exist\n` +
          '  Point pack: at the folder your careers office handed out (with templates/ and questions.yaml), or remove the line to use the bundled templates\n',
      );
    }
    expect(existsSync(join(dir, 'templates'))).toBe(false);
    for (const args of [['list'], ['show', 'maya'], ['followup'], ['status']]) expect((await runCli(dir, args)).code, args.join(' ')).toBe(0);
  });

  it('a file where the folder should be is "not a folder"; an empty pack: is a config error', async () => {
    const file = join(tempDir(), 'pack.zip');
    writeFileSync(file, 'PK');
    const r = await runCli(packWorkspace(file), ['draft', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the pack folder ${file} (pack: in `);
    expect(r.stderr).toContain(') is not a folder\n');
    const empty = await runCli(packWorkspace(' '), ['list']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/config\.yaml: pack \(line \d+\): expected the path of a folder/);
  });
});
