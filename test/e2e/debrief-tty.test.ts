// One real-terminal run of the interactive `debrief`, driven through tmux: the prompts, the
// editor for notes and the offer to add a referral as a contact, with no scripted Prompter.
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, MAYA, cleanEnv, contactFile, dataDir, readContact, tempDir } from '../helpers/index.js';
import { Terminal } from '../helpers/tmux.js';
import { posixSuite } from '../helpers/platform.js';

// tmux is a POSIX program; on Linux a missing tmux is a failure, not a skip (test/helpers/platform.ts).
const run = posixSuite('drives a real terminal through tmux', 'tmux');

run('debrief in a real terminal (tmux)', () => {
  it('asks, opens the editor for notes, and adds a referral as a contact', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n` });
    // The "editor" writes the notes into the file it is given, as a person would, and quits.
    const editor = join(tempDir(), 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "Research ops is a real career track.\\n" > "$1"\n');
    chmodSync(editor, 0o755);
    const term = new Terminal(`${process.execPath} ${BIN} debrief maya`, cleanEnv(dir, { EDITOR: editor, VISUAL: editor }));
    try {
      await term.waitFor(/A takeaway, one line \(Enter to skip\)/);
      term.type('Recruiting is half the job', 'Enter');
      await term.waitFor(/another, or Enter to finish/);
      term.press('Enter');
      await term.waitFor(/Someone they suggested you talk to \(full name\) \(Enter to skip\)/);
      term.type('Lee Park', 'Enter');
      await term.waitFor(/Someone they suggested.*another, or Enter to finish/);
      term.press('Enter');
      await term.waitFor(/Add Lee Park as a contact introduced by Maya Chen\?/);
      term.type('y', 'Enter');
      const screen = await term.waitFor(/\[exit \d+\]/);
      expect(screen).toContain('Added Lee Park as lee-park (introduced by maya-chen)');
      expect(screen).toContain('[exit 0]');
    } finally {
      term.close();
    }
    expect(existsSync(contactFile(dir, 'lee-park'))).toBe(true);
    expect(parse(readContact(dir, 'lee-park'))).toEqual({ name: 'Lee Park', source: 'referral', introducedBy: 'maya-chen' });
    expect(parse(readContact(dir, 'maya-chen')).meetings[0]).toMatchObject({
      notes: 'Research ops is a real career track.\n',
      takeaways: ['Recruiting is half the job'],
      referrals: ['Lee Park'],
    });
  });

  it('an editor that cannot start (code is code.cmd on Windows) falls back to a one-line answer, no stack trace', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n` });
    const term = new Terminal(`${process.execPath} ${BIN} debrief maya`, cleanEnv(dir, { EDITOR: 'no-such-editor --wait', VISUAL: '' }));
    try {
      await term.waitFor(/no editor could be started; one line, Enter to skip/);
      term.type('Research ops is a real career track.', 'Enter');
      await term.waitFor(/A takeaway, one line \(Enter to skip\)/);
      term.press('Enter');
      await term.waitFor(/Someone they suggested you talk to/);
      term.press('Enter');
      const screen = await term.waitFor(/\[exit \d+\]/);
      expect(screen).toContain('[exit 0]');
      expect(screen).not.toMatch(/Emitted 'error'|at .*\.js:\d+/);
    } finally {
      term.close();
    }
    expect(parse(readContact(dir, 'maya-chen')).meetings[0].notes).toBe('Research ops is a real career track.\n');
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
  });
});
