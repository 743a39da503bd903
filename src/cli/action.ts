/** Glue between commander and the command modules: build the Context, load the module, run it. */
import type { Command } from 'commander';
import type { Context, GlobalOptions, Io } from '../context.js';

/** A command module's entry: positional arguments, then the parsed options. */
export type Run = (ctx: Context, ...args: never[]) => unknown;

/** Turns a lazy module loader into a commander action. */
export type ActionFactory = (load: () => Promise<Run>) => (...args: unknown[]) => Promise<void>;

export function makeAction(io: Io): ActionFactory {
  return (load) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      // The context pulls in the store (yaml, zod): loaded only once a command really runs.
      const [{ createContext }, { writeLog }, run] = await Promise.all([import('../context.js'), import('../store/atomic.js'), load()]);
      const ctx = createContext(io, command.optsWithGlobals<GlobalOptions>());
      const logStart = writeLog.length;
      await (run as (ctx: Context, ...rest: unknown[]) => unknown)(ctx, ...args.slice(0, -1));
      // When the data folder is a git repository, every write is committed (like `pass`). A
      // read-only command wrote nothing, so it never spawns git.
      const files = [...new Set(writeLog.slice(logStart))];
      if (files.length) (await import('../store/git-commit.js')).commitChanges(ctx, commandPath(command), files);
    };
}

/** `add meeting` for the `meeting` subcommand of `add`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Append an "Examples" block to a command's --help. */
export function examples(command: Command, lines: string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

/** Collect a repeatable flag into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
