import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactFile, dataDir, MAYA, readContact, runCli, scriptedPrompter, tempDir } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

/** An $EDITOR that replaces the file with `text` (or appends, with `append`). */
function fakeEditor(text: string, how: 'replace' | 'append' = 'replace'): string {
  const dir = tempDir();
  const content = join(dir, 'content.yaml');
  writeFileSync(content, text);
  const script = join(dir, 'editor.sh');
  writeFileSync(script, `#!/bin/sh\ncat '${content}' ${how === 'replace' ? '>' : '>>'} "$1"\n`);
  chmodSync(script, 0o755);
  return script;
}

describe('edit --set', () => {
  it('changes keys and keeps comments, key order and list style; a new key goes in the schema\'s order', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya', '--set', 'role=Research Lead', '--set', 'tags=design,seattle,health', '--set', 'phone=+1 555 0100']);
    expect(r.code).toBe(0);
    expect(readContact(dir, 'maya-chen')).toBe(
      MAYA.replace('role: Senior UX Researcher', 'role: Research Lead')
        .replace('tags: [design, seattle]', 'tags: [design, seattle, health]')
        .replace('email: maya@example.com\n', 'email: maya@example.com\nphone: +1 555 0100\n'),
    );
  });

  it('removes a key given an empty value, and reaches into the timeline with a dotted path', async () => {
    const dir = dataDir({ m: 'name: M\nemail: m@example.com\nmeetings:\n  - at: 2026-11-25T15:00:00-08:00 # coffee\n' });
    expect((await runCli(dir, ['edit', 'm', '--set', 'email=', '--set', 'meetings.0.place=Blue Bottle'])).code).toBe(0);
    expect(readContact(dir, 'm')).toBe('name: M\nmeetings:\n  - at: 2026-11-25T15:00:00-08:00 # coffee\n    place: Blue Bottle\n');
  });

  const refused: [string, string, RegExp][] = [
    ['an invalid value', 'email=not-an-email', /email .*expected an email address/],
    ['a typo of a known key', 'compnay=Acme', /unknown key "compnay"[\s\S]*did you mean "company"/i],
    ['no equals sign', 'role', /not key=value/],
    ['a bad enum value', 'source=magic', /source/],
  ];
  for (const [what, set, message] of refused) {
    it(`refuses ${what} with exit 2 and leaves the file as it was`, async () => {
      const dir = dataDir({ 'maya-chen': MAYA });
      const r = await runCli(dir, ['edit', 'maya-chen', '--set', set]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(readContact(dir, 'maya-chen')).toBe(MAYA);
    });
  }

  it('never rewrites a file it could not read', async () => {
    const broken = 'name: X\n  bad: indentation: here\n';
    const dir = dataDir({ x: broken });
    const r = await runCli(dir, ['edit', 'x', '--set', 'role=PM']);
    expect(r.code).toBe(1);
    expect(readContact(dir, 'x')).toBe(broken);
  });
});

describe('edit in $EDITOR', () => {
  posixOnly('an sh script as the editor')('saves a valid edit', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya'], { env: { EDITOR: fakeEditor('phone: "+1 555 0100"\n', 'append') } });
    expect(r.code).toBe(0);
    expect(readContact(dir, 'maya-chen')).toBe(`${MAYA}phone: "+1 555 0100"\n`);
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
  });

  posixOnly('an sh script as the editor')('never saves an invalid edit, and exits 1 off a terminal', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya'], { env: { EDITOR: fakeEditor('role: [oops\n') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/maya-chen\.yaml: line \d+/);
    expect(r.stderr).toMatch(/was not saved/);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
  });

  posixOnly('an sh script as the editor')('offers to re-open on a terminal, and keeps the file when declined', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const prompter = scriptedPrompter([false]);
    const r = await runCli(dir, ['edit', 'maya'], { prompter, env: { VISUAL: fakeEditor('name: \n') } });
    expect(prompter.asked).toEqual(['Re-open the editor to fix it?']);
    expect(r.code).toBe(1);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  posixOnly('true (a POSIX command) as the editor')('an editor that returns at once (VS Code without --wait): the file is kept and the person presses Enter once saved', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const prompter = scriptedPrompter([]);
    // The person saves in the editor window while infoview waits at the prompt.
    prompter.input = async (o) => {
      prompter.asked.push(o.message);
      const scratch = readdirSync(join(dir, 'contacts')).find((n) => n.endsWith('.edit.yaml')) as string;
      writeFileSync(join(dir, 'contacts', scratch), MAYA.replace(/^role: .*$/m, 'role: Research Lead'));
      return '';
    };
    const r = await runCli(dir, ['edit', 'maya'], { prompter, env: { EDITOR: 'true' } });
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.asked).toEqual([expect.stringMatching(/^Press Enter once you have saved and closed \.maya-chen\.\d+\.edit\.yaml in your editor:$/)]);
    expect(r.stderr).toContain('Waiting for your editor to close the file…');
    expect(readContact(dir, 'maya-chen')).toContain('role: Research Lead');
  });

  it('an editor that cannot start is told apart from one that failed', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya'], { env: { EDITOR: 'no-such-editor --wait' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('infoview: could not start the editor (no-such-editor --wait): command not found; nothing was saved');
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  posixOnly('false (a POSIX command) as the editor')('reports an editor that fails', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya'], { env: { EDITOR: 'false' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/editor .* exited with an error/);
  });
});

describe('remove', () => {
  it('needs --yes off a terminal', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['remove', 'maya']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--yes/);
    expect(existsSync(contactFile(dir, 'maya-chen'))).toBe(true);
    expect((await runCli(dir, ['remove', 'maya', '--yes'])).code).toBe(0);
    expect(existsSync(contactFile(dir, 'maya-chen'))).toBe(false);
  });

  it('asks on a terminal and keeps the contact when the answer is no', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['remove', 'maya'], { prompter: scriptedPrompter([false]) });
    expect(r.code).toBe(1);
    expect(existsSync(contactFile(dir, 'maya-chen'))).toBe(true);
    expect((await runCli(dir, ['remove', 'maya'], { prompter: scriptedPrompter([true]) })).code).toBe(0);
    expect(existsSync(contactFile(dir, 'maya-chen'))).toBe(false);
  });
});

describe('edit, review follow-ups', () => {
  it('keeps the comment on the line of a key it changes', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect((await runCli(dir, ['edit', 'maya', '--set', 'company=Contoso'])).code).toBe(0);
    expect(readContact(dir, 'maya-chen')).toContain("company: Contoso # hiring freeze, don't ask about jobs\n");
  });

  posixOnly('an sh script as the editor')('opens a file that does not parse by its slug, so it can be fixed', async () => {
    const broken = 'name: Ann Lee\nrole: [unclosed\n';
    const dir = dataDir({ 'ann-lee': broken });
    const fixed = await runCli(dir, ['edit', 'ann-lee'], { env: { EDITOR: fakeEditor('name: Ann Lee\nrole: Analyst\n') } });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(readContact(dir, 'ann-lee')).toBe('name: Ann Lee\nrole: Analyst\n');
  });

  it('names unreadable files when a name matches nobody', async () => {
    const dir = dataDir({ 'ann-lee': 'name: Ann Lee\nrole: [unclosed\n' });
    const r = await runCli(dir, ['show', 'ann']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Not searched, because they do not read: ann-lee/);
  });
});

describe('edit when the file changes while the editor is open', () => {
  posixOnly('an sh script as the editor')('saves nothing over the other change and says so (exit 1)', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const real = join(dir, 'contacts', 'maya-chen.yaml');
    const meanwhile = `${MAYA}role: Changed Meanwhile\n`;
    // The "editor" edits its scratch copy, and meanwhile something else rewrites the real file.
    const work = tempDir();
    writeFileSync(join(work, 'meanwhile.yaml'), meanwhile);
    const script = join(work, 'editor.sh');
    writeFileSync(script, `#!/bin/sh\necho 'phone: "+1 555 0100"' >> "$1"\ncat '${join(work, 'meanwhile.yaml')}' > '${real}'\n`);
    chmodSync(script, 0o755);
    const r = await runCli(dir, ['edit', 'maya'], { env: { EDITOR: script } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^infoview: maya-chen changed on disk while you were editing; your edit was not saved/);
    expect(readContact(dir, 'maya-chen')).toBe(meanwhile);
  });
});
