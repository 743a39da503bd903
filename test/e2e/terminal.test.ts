import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BIN, cleanEnv, contactFile, dataDir, MAYA, readContact } from '../helpers/index.js';
import { Terminal } from '../helpers/tmux.js';
import { posixSuite } from '../helpers/platform.js';

// tmux is a POSIX program; on Linux a missing tmux is a failure, not a skip (test/helpers/platform.ts).
const run = posixSuite('drives a real terminal through tmux', 'tmux');

run('interactive prompts in a real terminal (tmux)', () => {
  it('add contact asks for each detail and writes the file', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const term = new Terminal(`${process.execPath} ${BIN} add contact`, cleanEnv(dir));
    try {
      await term.waitFor(/Name:/);
      term.type('Lee Park', 'Enter');
      await term.waitFor(/Role \(optional\):/);
      term.type('Data Analyst', 'Enter');
      await term.waitFor(/Company \(optional\):/);
      term.type('Tailwind Bank', 'Enter');
      await term.waitFor(/Field \(optional\):/);
      term.press('Enter');
      await term.waitFor(/How did you find them\?/);
      term.press('Down', 'Down'); // (skip) → linkedin → alumni
      term.press('Enter');
      await term.waitFor(/Introduced by/);
      term.type('chen');
      await term.waitFor(/Maya Chen/);
      term.press('Down', 'Enter'); // past "nobody" to Maya Chen
      await term.waitFor(/What connects you/);
      term.press('Enter');
      await term.waitFor(/Email \(optional\):/);
      term.type('lee@', 'Enter');
      await term.waitFor(/is not an email address/);
      term.press('BSpace', 'BSpace', 'BSpace', 'BSpace');
      term.type('lee@example.com', 'Enter');
      await term.waitFor(/LinkedIn profile \(optional/);
      term.press('Enter');
      await term.waitFor(/Tags, comma-separated/);
      term.type('fintech, data', 'Enter');
      const screen = await term.waitFor(/\[exit \d+\]/);
      expect(screen).toMatch(/Added Lee Park as lee-park/);
      expect(screen).toContain('[exit 0]');
    } finally {
      term.close();
    }
    expect(existsSync(contactFile(dir, 'lee-park'))).toBe(true);
    expect(readContact(dir, 'lee-park')).toBe(
      'name: Lee Park\nrole: Data Analyst\ncompany: Tailwind Bank\nemail: lee@example.com\nsource: alumni\nintroducedBy: maya-chen\ntags: [fintech, data]\n',
    );
  });
});
