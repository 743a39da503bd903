import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactFile, dataDir, MAYA, readContact, runCli, scriptedPrompter, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';


describe('init', () => {
  it('creates a private folder and config.yaml, and leaves an existing one alone', async () => {
    const dir = join(tempDir(), 'fresh');
    const r = await runCli(dir, ['init', '--name', 'Alex Doe', '--pitch', 'Psychology graduate']);
    expect(r.code).toBe(0);
    expectMode(dir, 0o700);
    expectMode(join(dir, 'config.yaml'), 0o600);
    const config = readFileSync(join(dir, 'config.yaml'), 'utf8');
    expect(config).toContain('name: Alex Doe');
    expect(config).toContain('thankYouHours: 24');
    const again = await runCli(dir, ['init']);
    expect(again.stdout).toMatch(/Already set up/);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe(config);
  });

  it('prompts for name and pitch on a terminal', async () => {
    const dir = join(tempDir(), 'fresh');
    const prompter = scriptedPrompter(['Alex Doe', 'I run memory studies', '', undefined, '', '', '', '', '']);
    expect((await runCli(dir, ['init'], { prompter })).code).toBe(0);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toContain('pitch: I run memory studies');
  });

  it('refuses a bad email and a config.yaml that does not parse', async () => {
    const dir = dataDir({}, 'me: [broken\n');
    expect((await runCli(dir, ['init', '--email', 'nope'])).code).toBe(2);
    const r = await runCli(dir, ['init', '--name', 'X']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/config\.yaml: line \d+/);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('me: [broken\n');
  });
});

describe('add contact', () => {
  it('writes a private file from flags and prints the slug and file', async () => {
    const dir = join(tempDir(), 'data');
    const r = await runCli(dir, ['add', 'contact', 'José Núñez', '--role', 'PM', '--company', 'Acme, Inc', '--source', 'alumni', '--tag', 'design', '--tag', 'travel,remote', '--email', 'jose@example.com']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jose-nunez');
    expect(r.stdout).toContain(contactFile(dir, 'jose-nunez'));
    expect(readContact(dir, 'jose-nunez')).toBe(
      'name: José Núñez\nrole: PM\ncompany: Acme, Inc\nemail: jose@example.com\nsource: alumni\ntags: [design, travel, remote]\n',
    );
    expectMode(contactFile(dir, 'jose-nunez'), 0o600);
    expectMode(join(dir, 'contacts'), 0o700);
  });

  it('without a name off a terminal is a usage error naming how to give it', async () => {
    const dir = join(tempDir(), 'data');
    const r = await runCli(dir, ['add', 'contact', '--role', 'PM']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing the contact's name/);
    expect(r.stderr).toMatch(/infoview add contact "Maya Chen"/);
    expect(existsSync(join(dir, 'contacts'))).toBe(false);
  });

  const badFlags: [string, string[]][] = [
    ['a bad email', ['--email', 'maya-at-example']],
    ['a bad LinkedIn URL', ['--linkedin', 'javascript:alert(1)']],
    ['an unknown source', ['--source', 'magic']],
    ['an unknown flag', ['--colour', 'red']],
  ];
  for (const [what, flags] of badFlags) {
    it(`refuses ${what} with exit 2 and writes nothing`, async () => {
      const dir = dataDir();
      const r = await runCli(dir, ['add', 'contact', 'Maya Chen', ...flags]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^infoview: /);
      expect(readdirSync(join(dir, 'contacts'))).toEqual([]);
    });
  }

  it('links --introduced-by to an existing contact and marks the source as referral', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect((await runCli(dir, ['add', 'contact', 'Dana Ortiz', '--introduced-by', 'maya'])).code).toBe(0);
    expect(readContact(dir, 'dana-ortiz')).toContain('source: referral\nintroducedBy: maya-chen\n');
    const unknown = await runCli(dir, ['add', 'contact', 'Lee Park', '--introduced-by', 'nobody-here']);
    expect(unknown.code).toBe(1);
    expect(existsSync(contactFile(dir, 'lee-park'))).toBe(false);
  });

  it('gives a second person with the same name their own file', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['add', 'contact', 'Maya Chen', '--company', 'Contoso']);
    expect(r.stdout).toContain('maya-chen-2');
    expect(r.stderr).toBe('note: maya-chen already is Maya Chen (Senior UX Researcher, Northwind Health); this one is maya-chen-2\n');
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  it('keeps hostile and non-Latin names inside contacts/, printed as typed', async () => {
    const dir = dataDir();
    for (const name of ['../../etc/passwd', '{{ me.name }}', '李雷', '🙂', 'CON', '.hidden']) {
      const r = await runCli(dir, ['add', 'contact', name]);
      expect(r.code).toBe(0);
    }
    const files = readdirSync(join(dir, 'contacts')).sort();
    expect(files).toHaveLength(6);
    for (const f of files) expect(f).toMatch(/^[a-z0-9][a-z0-9-]*\.yaml$/);
    const listed = JSON.parse((await runCli(dir, ['list', '--json'])).stdout) as { name: string }[];
    expect(listed.map((c) => c.name).sort()).toEqual(['.hidden', '../../etc/passwd', 'CON', '{{ me.name }}', '李雷', '🙂'].sort());
  });

  it('asks for each missing detail on a terminal', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const prompter = scriptedPrompter(['Dana Ortiz', 'Design Researcher', 'Fathom & Co', '', 'event', 'maya-chen', '', 'dana@example.com', '', 'agency, research']);
    const r = await runCli(dir, ['add', 'contact'], { prompter });
    expect(r.code).toBe(0);
    expect(prompter.asked).toHaveLength(10);
    expect(readContact(dir, 'dana-ortiz')).toBe(
      'name: Dana Ortiz\nrole: Design Researcher\ncompany: Fathom & Co\nemail: dana@example.com\nsource: event\nintroducedBy: maya-chen\ntags: [agency, research]\n',
    );
  });
});
