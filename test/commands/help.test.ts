/**
 * `--help`, `-h`, `help …` and `--version` as commander prints them: every command path answers
 * with its help on stdout and exit 0, and help is wrapped to 80 columns, or to a narrower
 * terminal's width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli.js';
import type { Io } from '../../src/context.js';
import { ROOT } from '../helpers/index.js';

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

/** Every command path of the tree. */
function paths(): { path: string[]; group: boolean }[] {
  const found: { path: string[]; group: boolean }[] = [];
  const walk = (cmd: Command, path: string[]) => {
    found.push({ path, group: cmd.commands.length > 0 });
    for (const sub of cmd.commands) walk(sub, [...path, sub.name()]);
  };
  walk(buildProgram(capture().io).program, []);
  return found;
}

describe('help', () => {
  it('every command path answers --help, -h and help <command> with its usage on stdout, exit 0', async () => {
    const all = paths();
    expect(all.length).toBeGreaterThan(25);
    for (const { path, group } of all) {
      const argvs = [[...path, '--help'], [...path, '-h']];
      if (path.length) argvs.push([...path.slice(0, -1), 'help', path.at(-1) as string]);
      if (group) argvs.push([...path, 'help']);
      const first = await commander(argvs[0] ?? []);
      expect(first.stdout, path.join(' ')).toMatch(new RegExp(`^Usage: infoview${path.length ? ` ${path.join(' ')}` : ''} `));
      for (const argv of argvs) expect(await commander(argv), `infoview ${argv.join(' ')}`).toEqual({ code: 0, stdout: first.stdout, stderr: '' });
    }
  });

  it('a command that runs something shows its examples', async () => {
    expect((await commander(['add', 'contact', '--help'])).stdout).toMatch(/\nExamples:\n {2}\$ infoview add contact "Maya Chen"/);
  });

  it('answers with the usual exit codes and streams', async () => {
    expect(await commander(['--version'])).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
    expect(await commander(['help', 'list'])).toMatchObject({ code: 0, stderr: '' });
    expect((await commander(['help', 'list'])).stdout).toMatch(/^Usage: infoview list/);
    expect(await commander([])).toMatchObject({ code: 0, stderr: '' });
    expect((await commander([])).stdout).toMatch(/^Usage: infoview \[options\] \[command\]/);
  });

  it('a wide terminal gets the same help as a pipe (wrapped to 80 columns)', async () => {
    const wide = await commander(['add', 'contact', '--help'], { columns: 200 });
    expect(wide).toEqual(await commander(['add', 'contact', '--help']));
  });

  it('a terminal narrower than 80 columns gets help wrapped to its width', async () => {
    const wrapped = await commander(['--help'], { columns: 50 });
    expect(wrapped.code).toBe(0);
    expect(wrapped.stdout).not.toBe((await commander(['--help'])).stdout);
  });
});
