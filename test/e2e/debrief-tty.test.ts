// One real-terminal run of the interactive `debrief`, driven through tmux: the prompts, the
// editor for notes and the offer to add a referral as a contact, with no scripted Prompter.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, MAYA, NOW, contactFile, dataDir, readContact, tempDir } from '../helpers/index.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const inCi = process.env.CI === 'true' || process.env.CI === '1';
// A private tmux server on a socket of our own, so the test never touches anyone's sessions.
const socketDir = mkdtempSync(join(tmpdir(), 'infoview-tmux-'));
const tmux = (...args: string[]) => spawnSync('tmux', ['-S', join(socketDir, 'sock'), ...args], { encoding: 'utf8' });

afterAll(() => {
  if (hasTmux) tmux('kill-server'); // only the server on this test's own socket
  rmSync(socketDir, { recursive: true, force: true });
});

const screen = () => tmux('capture-pane', '-p', '-t', 'debrief').stdout;

/** Wait until the pane shows `pattern`; fail with the screen's contents if it never does. */
async function waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (pattern.test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('debrief in a real terminal', () => {
  it('fails in CI when tmux is missing', () => {
    if (inCi) expect(hasTmux, 'tmux is needed for the terminal test; .ci/run installs it').toBe(true);
  });

  it.skipIf(!hasTmux)('asks, opens the editor for notes, and adds a referral as a contact', async () => {
    const maya = `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n    minutes: 30\n`;
    const dir = dataDir({ 'maya-chen': maya });
    const work = tempDir();
    const editor = join(work, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "Research ops is a real career track.\\n" > "$1"\n');
    chmodSync(editor, 0o755);
    const script = join(work, 'run.sh');
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        `export PATH='${process.env.PATH}' HOME='${work}' TZ=America/Los_Angeles NO_COLOR=1 TERM=xterm`,
        `export INFOVIEW_DIR='${dir}' INFOVIEW_NOW='${NOW}' EDITOR='${editor}' VISUAL='${editor}'`,
        `'${process.execPath}' '${BIN}' debrief maya`,
        'echo "exit=$?"',
        'sleep 600',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    const started = tmux('new-session', '-d', '-x', '120', '-y', '40', '-s', 'debrief', script);
    expect(started.status, started.stderr).toBe(0);

    await waitFor(/A takeaway, one line \(Enter to skip\)/);
    tmux('send-keys', '-t', 'debrief', 'Recruiting is half the job', 'Enter');
    await waitFor(/another, or Enter to finish/);
    tmux('send-keys', '-t', 'debrief', 'Enter');
    await waitFor(/Someone they suggested you talk to \(full name\) \(Enter to skip\)/);
    tmux('send-keys', '-t', 'debrief', 'Lee Park', 'Enter');
    await waitFor(/Someone they suggested.*another, or Enter to finish/);
    tmux('send-keys', '-t', 'debrief', 'Enter');
    await waitFor(/Add Lee Park as a contact introduced by Maya Chen\?/);
    tmux('send-keys', '-t', 'debrief', 'y', 'Enter');
    const end = await waitFor(/exit=\d+/);

    expect(end).toContain('exit=0');
    expect(end).toContain('Added Lee Park as lee-park (introduced by maya-chen)');
    expect(existsSync(contactFile(dir, 'lee-park'))).toBe(true);
    expect(parse(readContact(dir, 'lee-park'))).toEqual({ name: 'Lee Park', source: 'referral', introducedBy: 'maya-chen' });
    expect(parse(readContact(dir, 'maya-chen')).meetings[0]).toMatchObject({
      notes: 'Research ops is a real career track.\n',
      takeaways: ['Recruiting is half the job'],
      referrals: ['Lee Park'],
    });
  });
});
