import { expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/index.js';
import { Terminal } from '../helpers/tmux.js';
import { exampleWorkspace } from '../helpers/workspace.js';
import { posixSuite } from '../helpers/platform.js';

// tmux is a POSIX program; on Linux a missing tmux is a failure, not a skip (test/helpers/platform.ts).
const run = posixSuite('drives a real terminal through tmux', 'tmux');

run('prep in a real terminal (tmux)', () => {
  it('renders the Markdown for reading: no # or ** marks, bullets as dots', async () => {
    const dir = exampleWorkspace();
    const env = cleanEnv(dir);
    delete (env as Record<string, string | undefined>).NO_COLOR;
    const term = new Terminal(`${process.execPath} ${BIN} prep priya --count 3`, env);
    try {
      const screen = await term.waitFor(/\[exit \d+\]/);
      expect(screen).toContain('[exit 0]');
      // The screen shows the end of the sheet (it is longer than 40 rows).
      expect(screen).toContain('Before you leave, ask');
      expect(screen).not.toContain('## ');
      expect(screen).toContain('• Listen more than you talk, and take notes.');
      expect(screen).not.toContain('**');
    } finally {
      term.close();
    }
  });
});
