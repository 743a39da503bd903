/**
 * The help table recorded at build time (dist/help.json, served by src/cli/served-help.ts without
 * commander) against commander itself: for every command path and every way of asking for help,
 * the served output, stream and exit code must be what `main` prints, so the two cannot drift.
 * `npm test` builds before vitest runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli.js';
import { helpKey, servedHelp, type HelpTable } from '../../src/cli/served-help.js';
import type { Io } from '../../src/context.js';
import { ROOT } from '../helpers/index.js';

const TABLE_FILE = join(ROOT, 'dist', 'help.json');

function capture(terminal?: { columns: number }) {
  const out = { stdout: '', stderr: '' };
  const stream = (key: 'stdout' | 'stderr') => ({ write: (s: string) => (out[key] += s), isTTY: Boolean(terminal), columns: terminal?.columns });
  const io: Io = { stdout: stream('stdout'), stderr: stream('stderr'), stdinIsTTY: false, env: {} };
  return { io, out };
}

async function commander(argv: string[], terminal?: { columns: number }) {
  const { io, out } = capture(terminal);
  const code = await main(argv, io);
  return { code, ...out };
}

function served(table: HelpTable, argv: string[], terminal?: { columns: number }) {
  const { io, out } = capture(terminal);
  const code = servedHelp(argv, io, table);
  return { code, ...out };
}

/** Every command path, walked here independently of the build script. */
function paths(): { path: string[]; group: boolean }[] {
  const found: { path: string[]; group: boolean }[] = [];
  const walk = (cmd: Command, path: string[]) => {
    found.push({ path, group: cmd.commands.length > 0 });
    for (const sub of cmd.commands) walk(sub, [...path, sub.name()]);
  };
  walk(buildProgram(capture().io).program, []);
  return found;
}

describe('help served without commander', () => {
  const table = JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as HelpTable;

  it('was built (npm run build writes dist/help.json)', () => expect(existsSync(TABLE_FILE)).toBe(true));

  it('covers every command path: --help, -h and help <command>, each exactly as commander prints it', async () => {
    const all = paths();
    expect(all.length).toBeGreaterThan(25);
    const argvs: string[][] = [[], ['--version'], ['-V']];
    for (const { path, group } of all) {
      argvs.push([...path, '--help'], [...path, '-h']);
      if (path.length) argvs.push([...path.slice(0, -1), 'help', path.at(-1) as string]);
      if (group) argvs.push([...path, 'help']);
    }
    for (const argv of argvs) {
      const label = `infoview ${argv.join(' ')}`;
      expect(table.runs[helpKey(argv)], label).toBeDefined();
      const expected = await commander(argv);
      expect(served(table, argv), label).toEqual(expected);
    }
  });

  it('answers with the usual exit codes and streams', async () => {
    expect(served(table, ['--version'])).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
    expect(served(table, ['help', 'list'])).toMatchObject({ code: 0, stderr: '' });
    expect(served(table, ['help', 'list']).stdout).toMatch(/^Usage: infoview list/);
    expect(served(table, [])).toMatchObject({ code: 0, stderr: '' });
  });

  it('leaves everything else to commander', () => {
    for (const argv of [['list'], ['show', 'maya'], ['list', '--json', '--help'], ['--dir', 'x', '--help'], ['help', 'nosuch'], ['git', 'help'], ['--help ']]) {
      const r = served(table, argv);
      expect(r, argv.join(' ')).toEqual({ code: undefined, stdout: '', stderr: '' });
    }
  });

  it('serves a wide terminal too (help is wrapped to 80 columns there as well)', async () => {
    const wide = { columns: 200 };
    expect(served(table, ['add', 'contact', '--help'], wide)).toEqual(await commander(['add', 'contact', '--help'], wide));
  });

  it('falls through on a terminal narrower than the recorded text, where commander wraps to the terminal', async () => {
    const narrow = { columns: 50 };
    expect(served(table, ['--help'], narrow)).toEqual({ code: undefined, stdout: '', stderr: '' });
    const wrapped = await commander(['--help'], narrow);
    expect(wrapped.code).toBe(0);
    expect(wrapped.stdout).not.toBe((await commander(['--help'])).stdout);
  });
});
