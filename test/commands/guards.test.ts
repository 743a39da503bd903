/** Bad paths and out-of-order requests: each refused clearly, nothing damaged. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, readContact, runCli, tempDir } from '../helpers/index.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test Person',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};
const MET = 'name: Ann Lee\nmeetings:\n  - at: 2026-10-31T14:00:00-07:00\n    minutes: 30\n';

describe('--out never lands on a contact or a folder', () => {
  for (const args of [['calendar'], ['prep', 'maya'], ['draft', 'maya']]) {
    it(`${args[0]} refuses contacts/ and folders`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const intoContact = await runCli(dir, [...args, '--out', join(dir, 'contacts', 'maya-chen.yaml')]);
      expect(intoContact.code).toBe(1);
      expect(intoContact.stderr).toMatch(/refusing to write maya-chen\.yaml into/);
      expect(readContact(dir, 'maya-chen')).toBe(MAYA);
      const folder = await runCli(dir, [...args, '--out', tempDir()]);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toMatch(/it is a folder/);
      const missing = await runCli(dir, [...args, '--out', join(tempDir(), 'no', 'such.txt')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/does not exist/);
    });
  }
});

describe('requests that come too early or name odd things', () => {
  it('refuses a thank-you draft before any meeting has happened', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-25T15:00:00-08:00\n` });
    const r = await runCli(dir, ['draft', 'maya', '--kind', 'thankyou']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no meeting with Maya Chen has started yet, so there is nothing to thank them for/);
    expect(r.stderr).toMatch(/The meeting is still ahead; prepare for it with `infoview prep maya-chen`/);
    expect(r.stdout).toBe('');
    const none = await runCli(dataDir({ 'maya-chen': MAYA }), ['draft', 'maya', '--kind', 'thankyou']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Record the meeting first: infoview add meeting maya-chen/);
  });

  it('shows a contact whose introducedBy is a name rather than a slug', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}introducedBy: Sam Rivera\n` });
    const r = await runCli(dir, ['show', 'maya']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Introduced by: Sam Rivera \(not in your contacts\)/);
  });

  it('links a name typed as introducedBy to the contact of that name, as network does', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}introducedBy: sam RIVERA\n`, 'sam-rivera': 'name: Sam Rivera\n' });
    const r = await runCli(dir, ['show', 'maya']);
    expect(r.stdout).toMatch(/Introduced by: Sam Rivera \(sam-rivera\)/);
    const network = await runCli(dir, ['network']);
    expect(network.stdout).toMatch(/Sam Rivera \(sam-rivera\)[^\n]*\n└─ Maya Chen/);
    // A contact renamed since its slug was made is found by its name all the same.
    const renamed = dataDir({ 'maya-chen': `${MAYA}introducedBy: Sam Rivera\n`, sam: 'name: Sam Rivera\n' });
    expect((await runCli(renamed, ['show', 'maya'])).stdout).toMatch(/Introduced by: Sam Rivera \(sam\)/);
    expect((await runCli(renamed, ['network'])).stdout).toMatch(/Sam Rivera \(sam\)[^\n]*\n└─ Maya Chen/);
    // Only spaces: no introducer at all.
    const blank = dataDir({ 'maya-chen': `${MAYA}introducedBy: "   "\n` });
    expect((await runCli(blank, ['show', 'maya'])).stdout).not.toContain('Introduced by');
    // A name that is not this contact's is not linked to it.
    const other = dataDir({ 'maya-chen': `${MAYA}introducedBy: Sam Riviera\n`, 'sam-rivera': 'name: Sam Rivera\n' });
    expect((await runCli(other, ['show', 'maya'])).stdout).toMatch(/Introduced by: Sam Riviera \(not in your contacts\)/);
  });

  it('gives the same thank-you deadline in prep as in followup across the DST change', async () => {
    const dir = dataDir({ 'ann-lee': MET });
    const env = { INFOVIEW_NOW: '2026-10-31T15:00:00-07:00' };
    const items = JSON.parse((await runCli(dir, ['followup', '--json'], { env })).stdout) as { kind: string; due: string }[];
    const due = items.find((i) => i.kind === 'thank-you')?.due;
    expect(due).toBe('2026-11-01T14:30:00-08:00');
    const prep = await runCli(dir, ['prep', 'ann'], { env });
    expect(prep.stdout).toMatch(/thank-you by \*\*Sun 1 Nov 14:30\*\*/);
  });

  it('says which path is wrong when --dir is a file', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const r = await runCli(file, ['add', 'contact', 'Ann Lee']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^infoview: cannot use .*not-a-folder.*a file is in the way/);
    expect(r.stderr).not.toMatch(/unexpected error/);
  });
});

describe('init --git over a folder that already has data', () => {
  it('commits every existing contact, so sync shares them all', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'ann-lee': MET }, 'me:\n  name: Alex\n');
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'email.liquid'), 'Hi {{ contact.firstName }}\n');
    const r = await runCli(dir, ['init', '--git'], { env: GIT_ENV });
    expect(r.code, r.stderr).toBe(0);
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
    expect(status.stdout).toBe('');
    const files = spawnSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(files).toEqual(['.gitattributes', '.gitignore', 'config.yaml', 'contacts/ann-lee.yaml', 'contacts/maya-chen.yaml', 'templates/email.liquid']);
  });

  it('keeps a CRLF .gitignore in CRLF without adding its lines twice, ignores what Finder and Explorer leave, and keeps a person\'s .gitattributes', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    writeFileSync(join(dir, '.gitignore'), '*.lock\r\nnotes-private/\r\n');
    writeFileSync(join(dir, '.gitattributes'), '*.yaml text\n');
    for (const junk of ['.DS_Store', '._maya-chen.yaml', 'Thumbs.db', 'desktop.ini']) writeFileSync(join(dir, junk), 'x');
    for (let run = 0; run < 2; run++) expect((await runCli(dir, ['init', '--git'], { env: GIT_ENV })).code).toBe(0);
    const ignore = readFileSync(join(dir, '.gitignore'), 'utf8');
    expect(ignore.split('\r\n').filter((l) => l === '*.lock')).toHaveLength(1);
    expect(ignore.replace(/\r\n/g, '')).not.toContain('\n');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe('*.yaml text\n');
    const files = spawnSync('git', ['ls-files', '--others', '--cached', '--exclude-standard'], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(files).toEqual(['.gitattributes', '.gitignore', 'config.yaml', 'contacts/maya-chen.yaml']);
  });
});
