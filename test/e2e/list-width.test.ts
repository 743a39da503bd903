import { expect, it } from 'vitest';
import { BIN, cleanEnv, runBin as infoview } from '../helpers/index.js';
import { posixSuite } from '../helpers/platform.js';
import { Terminal } from '../helpers/tmux.js';
import { exampleWorkspace } from '../helpers/workspace.js';

const run = posixSuite('drives a real terminal through tmux', 'tmux');

run('list in a narrow terminal (tmux)', () => {
  for (const columns of [60, 80]) {
    it(`fits ${columns} columns: no row wraps, the widest columns are cut first`, async () => {
      const dir = exampleWorkspace();
      const term = new Terminal(`${process.execPath} ${BIN} list`, cleanEnv(dir), { columns, rows: 40 });
      try {
        const screen = await term.waitFor(/\[exit \d+\]/);
        expect(screen).toContain('[exit 0]');
        const lines = screen.split('\n').filter((l) => l.trim() && !l.startsWith('[exit'));
        const header = lines.findIndex((l) => l.startsWith('NAME'));
        expect(header).toBeGreaterThanOrEqual(0);
        const table = lines.slice(header);
        // One screen line per contact: a wrapped row would add lines that start mid-row.
        const piped = infoview(dir, ['list']).stdout.trim().split('\n');
        expect(table).toHaveLength(piped.length);
        for (const line of table) expect(line.length).toBeLessThanOrEqual(columns);
        expect(table.some((l) => l.includes('…'))).toBe(true);
        // The header keeps every column's name.
        for (const name of ['NAME', 'COMPANY', 'ROLE', 'STATUS', 'NEXT STEP']) expect(table[0]).toContain(name);
      } finally {
        term.close();
      }
    });
  }
  it('cuts nothing when piped: a script gets the whole rows', () => {
    const dir = exampleWorkspace();
    const lines = infoview(dir, ['list']).stdout.trim().split('\n');
    expect(lines.some((l) => l.includes('…'))).toBe(false);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(80);
  });
});
