/** Glue between commander and the command modules: each action hands its arguments to runCommand. */
import type { Command } from 'commander';
import type { GlobalOptions, Io } from '../context.js';
import type { CommandPath } from './command-modules.js';

/** The commander action that runs the command at `path` (cli/command-modules.ts). */
export type ActionFactory = (path: CommandPath) => (...args: unknown[]) => Promise<void>;

export function makeAction(io: Io): ActionFactory {
  return (path) =>
    async (...args: unknown[]) => {
      // commander passes the positional arguments, the command's options, then the command.
      const command = args.at(-1) as Command;
      // The runner brings the context and the store: loaded once a command really runs.
      const { runCommand } = await import('./run.js');
      await runCommand(io, path, args.slice(0, -1), command.optsWithGlobals<GlobalOptions>());
    };
}

/** Append an "Examples" block to a command's --help. */
export function examples(command: Command, lines: string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

/** Collect a repeatable flag into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
