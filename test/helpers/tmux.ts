/** Drive infoview in a real terminal (tmux): type keys, wait for the screen to show something. */
import { execFileSync, spawnSync } from 'node:child_process';

export class Terminal {
  private readonly socket = `infoview-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(command: string, env: Record<string, string>, size = { columns: 120, rows: 40 }) {
    const exports = Object.entries(env).map(([k, v]) => `${k}='${v.replace(/'/g, "'\\''")}'`).join(' ');
    // Keep the pane open after the command ends so its last words can be read.
    const script = `env -i ${exports} TERM=xterm-256color ${command}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(size.columns), '-y', String(size.rows), script);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main');
  }

  /** Type text literally, then optionally named keys (Enter, Down…). */
  type(text: string, ...keys: string[]): void {
    if (text) this.tmux('send-keys', '-t', 'main', '-l', text);
    for (const key of keys) this.tmux('send-keys', '-t', 'main', key);
  }

  press(...keys: string[]): void {
    this.type('', ...keys);
  }

  /** Wait until the screen matches, or fail with what it shows. */
  async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`terminal never showed ${pattern}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
