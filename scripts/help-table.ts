/**
 * Build step (tsup's onSuccess): records what the built program prints for `--help`, `-h`,
 * `help …`, `--version` and no arguments, for every command path, into dist/help.json, which
 * src/cli/served-help.ts replays without loading commander. Each argument list is first tried
 * with every action replaced by a trap, so nothing that would run a command is ever recorded.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { HELP_WIDTH } from '../src/cli/help-width.js';
import { helpKey } from '../src/cli/served-help.js';
import type { Io } from '../src/context.js';

export interface BuiltCli {
  buildProgram(io: Io): { program: Command };
  main(argv: string[], io: Io): Promise<number>;
}


export const capture = () => {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: { write: (s: string) => (out.stdout += s), isTTY: false },
    stderr: { write: (s: string) => (out.stderr += s), isTTY: false },
    stdinIsTTY: false,
    env: {},
  };
  return { io, out };
};

/** Every command with its path: [[], program], [['list'], list], [['add', 'contact'], …], … */
function commands(program: Command): [string[], Command][] {
  const found: [string[], Command][] = [];
  const walk = (cmd: Command, path: string[]) => {
    found.push([path, cmd]);
    for (const sub of cmd.commands) walk(sub, [...path, sub.name()]);
  };
  walk(program, []);
  return found;
}

/** The argument lists that ask for help or the version, for every command path. */
function helpArgvs(program: Command): string[][] {
  const argvs: string[][] = [[], ['--version'], ['-V']];
  for (const [path, cmd] of commands(program)) {
    argvs.push([...path, '--help'], [...path, '-h']);
    // `infoview help add`, `infoview add help contact`; a group's own `help` (only groups have one).
    if (path.length) argvs.push([...path.slice(0, -1), 'help', cmd.name()]);
    if (cmd.commands.length) argvs.push([...path, 'help']);
  }
  return argvs;
}

/** True when parsing `argv` reaches no action (it only shows help or the version). */
async function onlyHelp(buildProgram: BuiltCli['buildProgram'], argv: string[]): Promise<boolean> {
  const { io } = capture();
  const { program } = buildProgram(io);
  let ran = false;
  // Groups (the program, `add`, `import`) have no action of their own: giving them one would
  // change what commander does with them.
  const trap = (cmd: Command) => {
    if (!cmd.commands.length) {
      cmd.action(() => {
        ran = true;
      });
    }
    cmd.commands.forEach(trap);
  };
  trap(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('commander.')) throw error;
  }
  return !ran;
}

/** The built program, dist/cli.js (CommonJS, scripts/rechunk.ts), loaded afresh each build (`tsup --watch`). */
export function builtCli(dist: string): BuiltCli {
  const require = createRequire(import.meta.url);
  const folder = resolve(dist);
  for (const file of Object.keys(require.cache)) if (file.startsWith(folder)) delete require.cache[file];
  return require(join(folder, 'cli.js')) as BuiltCli;
}

/** Write `<dist>/help.json`; returns how many argument lists it recorded. */
export async function writeHelpTable(dist: string, { buildProgram, main }: BuiltCli): Promise<number> {
  const texts: string[] = [];
  const textIndex = (text: string) => {
    if (!text) return -1;
    const at = texts.indexOf(text);
    return at >= 0 ? at : texts.push(text) - 1;
  };
  const runs: Record<string, [number, number, number]> = {};
  for (const argv of helpArgvs(buildProgram(capture().io).program)) {
    if (!(await onlyHelp(buildProgram, argv))) continue;
    const { io, out } = capture();
    const code = await main(argv, io);
    runs[helpKey(argv)] = [textIndex(out.stdout), textIndex(out.stderr), code];
  }
  writeFileSync(join(dist, 'help.json'), `${JSON.stringify({ width: HELP_WIDTH, texts, runs })}\n`);
  return Object.keys(runs).length;
}
