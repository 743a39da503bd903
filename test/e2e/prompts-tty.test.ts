// The prompts in a real terminal (tmux), as a person meets them: on stderr (so `> /dev/null` still
// shows them), only what is missing, never with --no-input.
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, MAYA, cleanEnv, contactFile, dataDir, readContact } from '../helpers/index.js';
import { posixSuite } from '../helpers/platform.js';
import { Terminal } from '../helpers/tmux.js';

// In CI a missing tmux is a failure, not a skip.
const run = posixSuite('drives a real terminal through tmux', 'tmux');

/** Run `args` in a fresh terminal, answer with `steps`, and return the last screen. */
async function session(dir: string, args: string, steps: (term: Terminal) => Promise<void> = async () => {}): Promise<string> {
  const term = new Terminal(`${process.execPath} ${BIN} ${args}`, cleanEnv(dir));
  try {
    await steps(term);
    return await term.waitFor(/\[exit \d+\]/);
  } finally {
    term.close();
  }
}

run('add contact prompts in a real terminal (tmux)', () => {
  it('with stdout sent to /dev/null, still shows its prompts (on stderr) and completes', async () => {
    const dir = dataDir();
    const screen = await session(dir, 'add contact "Temp Person" >/dev/null', async (term) => {
      await term.waitFor(/Role \(optional\):/);
      term.type('Designer', 'Enter');
      await term.waitFor(/Company \(optional\):/);
      term.type('Acme', 'Enter');
    });
    expect(screen).toContain('[exit 0]');
    expect(screen).not.toContain('Added Temp Person'); // stdout went to /dev/null
    expect(readContact(dir, 'temp-person')).toBe('name: Temp Person\nrole: Designer\ncompany: Acme\n');
  });

  it('with a name, role and company given, asks nothing more', async () => {
    const dir = dataDir();
    const screen = await session(dir, 'add contact "Temp Person" --role Designer --company Acme');
    expect(screen).toContain('Added Temp Person as temp-person');
    expect(screen).toContain('[exit 0]');
    expect(screen).not.toMatch(/\?|optional/);
    expect(readContact(dir, 'temp-person')).toBe('name: Temp Person\nrole: Designer\ncompany: Acme\n');
  });

  it('with a name and role given, asks only for the company', async () => {
    const dir = dataDir();
    const screen = await session(dir, 'add contact "Temp Person" --role Designer', async (term) => {
      await term.waitFor(/Company \(optional\):/);
      term.press('Enter');
    });
    expect(screen).toContain('[exit 0]');
    expect(screen.match(/optional/g)).toHaveLength(1);
    expect(readContact(dir, 'temp-person')).toBe('name: Temp Person\nrole: Designer\n');
  });

  it('--no-input never prompts: what it can do it does, a missing name is exit 2 naming the argument', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n` });
    const added = await session(dir, 'add contact "Temp Person" --no-input');
    expect(added).toContain('Added Temp Person as temp-person');
    expect(added).toContain('[exit 0]');
    expect(added).not.toMatch(/\?|optional/);
    const nameless = await session(dir, 'add contact --no-input');
    expect(nameless).toContain("infoview: missing the contact's name");
    expect(nameless).toContain('infoview add contact "Maya Chen"');
    expect(nameless).toContain('[exit 2]');
    const debrief = await session(dir, 'debrief maya --no-input');
    expect(debrief).toContain('infoview: nothing to record');
    expect(debrief).toContain('[exit 2]');
    const remove = await session(dir, 'remove maya --no-input');
    expect(remove).toContain('infoview remove maya-chen --yes');
    expect(remove).toContain('[exit 2]');
    expect(existsSync(contactFile(dir, 'maya-chen'))).toBe(true);
    expect(parse(readContact(dir, 'maya-chen')).meetings[0]).toEqual({ at: '2026-11-22T15:00:00-08:00' });
  });
});

run('LinkedIn addresses and referral names in a real terminal (tmux)', () => {
  it('the LinkedIn prompt takes the address as LinkedIn shows it and stores the full one', async () => {
    const dir = dataDir();
    const screen = await session(dir, 'add contact', async (term) => {
      await term.waitFor(/Name:/);
      term.type('Priya Raman', 'Enter');
      for (const question of [/Role/, /Company/, /Field/]) {
        await term.waitFor(question);
        term.press('Enter');
      }
      await term.waitFor(/How did you find them\?/);
      term.press('Enter'); // (skip)
      await term.waitFor(/What connects you/);
      term.press('Enter');
      await term.waitFor(/Email \(optional\):/);
      term.press('Enter');
      await term.waitFor(/LinkedIn profile \(optional/);
      term.type('linkedin.com/in/priya-raman-ux', 'Enter');
      await term.waitFor(/Tags, comma-separated/);
      term.press('Enter');
    });
    expect(screen).not.toContain('is not a web address');
    expect(screen).toContain('[exit 0]');
    expect(readContact(dir, 'priya-raman')).toBe('name: Priya Raman\nlinkedin: https://www.linkedin.com/in/priya-raman-ux\n');
  });

  it('debrief: a referral "Sam" that matches two contacts is asked about, not offered as new', async () => {
    const dir = dataDir({
      'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n`,
      'sam-rivera': 'name: Sam Rivera\nrole: Designer\ncompany: Acme\n',
      'sam-lee': 'name: Sam Lee\n',
    });
    const screen = await session(dir, 'debrief maya --notes "Good talk" --takeaway "Ship small" --referral Sam --referral "Dana Ortiz"', async (term) => {
      await term.waitFor(/"Sam" matches 2 of your contacts\. Who did Maya Chen suggest\?/);
      const choices = await term.waitFor(/skip: add nobody/);
      expect(choices).toContain('Sam Rivera (Designer, Acme; sam-rivera)');
      expect(choices).toContain('Sam Lee (sam-lee)');
      expect(choices).toContain('someone new: add Sam as a contact introduced by Maya Chen');
      expect(choices).not.toContain('Add Sam as a contact');
      term.press('Enter'); // the first: Sam Lee (sorted as the lookup lists them)
      await term.waitFor(/Add Dana Ortiz as a contact introduced by Maya Chen\?/);
      term.type('y', 'Enter');
    });
    expect(screen).toMatch(/Sam is Sam (Lee|Rivera) \(sam-(lee|rivera)\), already a contact; not added again\./);
    expect(screen).toContain('Added Dana Ortiz as dana-ortiz (introduced by maya-chen)');
    expect(screen).toContain('[exit 0]');
    expect(existsSync(contactFile(dir, 'sam'))).toBe(false);
    expect(parse(readContact(dir, 'dana-ortiz'))).toEqual({ name: 'Dana Ortiz', source: 'referral', introducedBy: 'maya-chen' });
  });

  it('debrief: choosing "someone new" for a partial match adds them', async () => {
    const dir = dataDir({
      'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n`,
      'sam-rivera': 'name: Sam Rivera\n',
    });
    const screen = await session(dir, 'debrief maya --notes "Good talk" --takeaway "Ship small" --referral Sam', async (term) => {
      await term.waitFor(/"Sam" could be Sam Rivera, already a contact\. Who did Maya Chen suggest\?/);
      await term.waitFor(/skip: add nobody/);
      term.press('Down', 'Enter'); // past Sam Rivera to "someone new"
    });
    expect(screen).toContain('Added Sam as sam (introduced by maya-chen)');
    expect(screen).toContain('[exit 0]');
    expect(parse(readContact(dir, 'sam'))).toEqual({ name: 'Sam', source: 'referral', introducedBy: 'maya-chen' });
  });
});
