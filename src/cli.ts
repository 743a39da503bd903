/**
 * The one argument parser and the one help: builds the commander tree from the command files
 * (cli/commands.ts), parses every command line, prints `--help` and runs the command; what a
 * command throws becomes an exit code in cli/run.ts. A command line that names one command loads
 * only that command's file; the root `--help`, a "did you mean" and `completion` load them all.
 */
import { Command, CommanderError } from '@commander-js/extra-typings';
import type { Command as PlainCommand } from 'commander';
import { COMMANDS, GROUPS, type CommandModule, type CommandPath } from './cli/commands.js';
import { examples } from './commands/shared/define.js';
import type { GlobalOptions, Io } from './context.js';
import { forTerminal } from './render/terminal-text.js';
import { VERSION } from './version.js';

interface Stream {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** 80 columns, or a narrower terminal's width: long lines read worse on a wide terminal. */
const helpWidth = (stream: Stream) => (stream.isTTY && stream.columns && stream.columns < 80 ? stream.columns : 80);

type Loaded = Partial<Record<CommandPath, CommandModule>>;

/**
 * The commander tree of every command in the table: each loaded one with its definition and its
 * action (cli/run.ts), the others by name only (nothing on such a line will reach them).
 */
export function buildProgram(io: Io, loaded: Loaded = {}): { program: PlainCommand } {
  const program = new Command('infoview')
    .description('Plan, track and write the words for informational interviews.\nYour data is plain YAML in one folder (see "Data folder" below).')
    .version(VERSION, '-V, --version')
    .option('--dir <path>', 'data folder (default: $INFOVIEW_DIR, else your per-user data folder)')
    .option('--no-color', 'plain output, no colour (NO_COLOR is respected too)')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // A parse error quotes the command line: escaped like every human-readable line.
      writeErr: (s) => io.stderr.write(forTerminal(s)),
      outputError: (s, write) => write(`infoview: ${s.replace(/^error: /, '')}`),
      // Help is plain text wrapped to helpWidth(), whatever the environment says about colour.
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ infoview add contact "Maya Chen" --company "Northwind Health" --source alumni
  $ infoview prep maya
  $ infoview followup

Data folder: --dir, else $INFOVIEW_DIR, else your per-user data folder
  (\`infoview where\` prints it): Linux ~/.local/share/infoview ($XDG_DATA_HOME),
  macOS ~/Library/Application Support/infoview, Windows %LOCALAPPDATA%\\infoview\\Data.`,
  );
  const groups = new Map<string, Command>();
  for (const path of Object.keys(COMMANDS) as CommandPath[]) {
    const [first = '', name = first] = path.split(' ');
    let parent: Command = program;
    if (name !== first) {
      const group = GROUPS[first];
      parent = groups.get(first) ?? program.command(first).description(group?.description ?? '').addHelpText('after', examples(group?.examples ?? []));
      groups.set(first, parent);
    }
    const module = loaded[path];
    // A command that has words of its own (`targets`, `targets add`) is their group too.
    if (!module) groups.set(path, parent.command(name));
    else {
      // Output, exit override and suggestions as `parent.command()` would have handed them down.
      const command = module.definition().copyInheritedSettings(parent);
      parent.addCommand(command, { hidden: name.startsWith('__') });
      groups.set(path, command as unknown as Command);
      command.action(async (...args: unknown[]) => {
        // The runner brings the context and the store: loaded once a command really runs.
        const { runCommand } = await import('./cli/run.js');
        // commander passes the positional arguments, the command's options, then the command.
        await runCommand(io, path, args.slice(0, -1), command.optsWithGlobals() as GlobalOptions);
      });
    }
  }
  return { program: program as unknown as PlainCommand };
}

/**
 * The command `argv` names when only global options come before its words (else undefined: then
 * the whole tree is loaded, and commander still decides what the line means).
 */
function namedCommand(argv: string[]): CommandPath | undefined {
  let i = 0;
  while (argv[i] === '--no-color' || argv[i] === '--dir' || argv[i]?.startsWith('--dir=')) i += argv[i] === '--dir' ? 2 : 1;
  // Two words first: `targets add` is a command of its own, not `targets` with an argument.
  const words = [`${argv[i]} ${argv[i + 1]}`, argv[i] ?? ''];
  return words.find((w): w is CommandPath => Object.hasOwn(COMMANDS, w));
}

async function load(paths: CommandPath[]): Promise<Loaded> {
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await COMMANDS[path]()])));
}

/** Run infoview with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], given: Io): Promise<number> {
  // `completion` describes the whole tree, as this version parses it.
  const all = () => load(Object.keys(COMMANDS) as CommandPath[]);
  const io: Io = { ...given, commandTree: async () => buildProgram(io, await all()).program };
  const named = namedCommand(argv);
  try {
    // A command with words of its own (`targets`) lists them in its --help: they load with it.
    const family = (Object.keys(COMMANDS) as CommandPath[]).filter((p) => p === named || p.startsWith(`${named} `));
    const { program } = buildProgram(io, named ? await load(family) : await all());
    // Bare `infoview` shows the whole --help, the "Data folder" lines after the commands included.
    if (argv.length === 0) program.outputHelp();
    else await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return await report(error, io);
  }
}

async function report(error: unknown, io: Io): Promise<number> {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    // `help` and `help <command>` asked for it (0); a group named without a subcommand did not.
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
    // Commander already printed its one line; add the way forward.
    io.stderr.write('  Run the command with --help to see its flags and an example.\n');
    return 2;
  }
  // Loaded only now: a parse error should not load the store with it.
  return (await import('./cli/run.js')).exitCodeOf(error, io);
}
