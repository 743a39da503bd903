/**
 * The one argument parser and the one help: builds the commander tree, parses every command line,
 * prints `--help` and runs the command; what a command throws becomes an exit code in cli/run.ts.
 * Command modules are imported lazily inside their actions, so a command pays only for what it uses.
 */
import { Command, CommanderError } from 'commander';
import { registerContactCommands } from './cli/contacts.js';
import { registerInteropCommands } from './cli/interop.js';
import { registerTextCommands } from './cli/text.js';
import { registerTimelineCommands } from './cli/timeline.js';
import { makeAction, type ActionFactory } from './cli/action.js';
import type { Io } from './context.js';
import { forTerminal } from './render/terminal-text.js';
import { VERSION } from './version.js';

interface Stream {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** 80 columns, or a narrower terminal's width: long lines read worse on a wide terminal. */
const helpWidth = (stream: Stream) => (stream.isTTY && stream.columns && stream.columns < 80 ? stream.columns : 80);

export function buildProgram(io: Io): { program: Command; act: ActionFactory } {
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

Data folder: --dir, else $INFOVIEW_DIR, else $XDG_DATA_HOME/infoview (~/.local/share/infoview).`,
  );
  const act = makeAction(io);
  const add = program.command('add').description('record a contact, an outreach or a meeting');
  add.addHelpText('after', '\nExamples:\n  $ infoview add contact "Maya Chen" --role "UX Researcher"\n  $ infoview add outreach maya --channel email');
  registerContactCommands(program, add, act);
  registerInteropCommands(program, add, act);
  registerTextCommands(program, act);
  registerTimelineCommands(program, add, act);
  return { program, act };
}

/** Run infoview with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], given: Io): Promise<number> {
  // The tree that parses this command line is the one `completion` describes.
  const io: Io = { ...given, commandTree: () => Promise.resolve(program) };
  const { program } = buildProgram(io);
  try {
    if (argv.length === 0) io.stdout.write(program.helpInformation());
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
