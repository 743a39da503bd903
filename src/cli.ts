/**
 * The entry: builds the command tree, runs one command, and is the only place that turns an
 * error into an exit code. Command modules are imported lazily inside their actions, so a
 * command pays only for what it uses.
 */
import { Command, CommanderError } from 'commander';
import { registerContactCommands } from './cli/contacts.js';
import { registerInteropCommands } from './cli/interop.js';
import { registerTextCommands } from './cli/text.js';
import { registerTimelineCommands } from './cli/timeline.js';
import { makeAction, type ActionFactory } from './cli/action.js';
import { writeFailure } from './cli/fd-output.js';
import { helpWidth } from './cli/help-width.js';
import { CliError } from './errors.js';
import type { Io } from './context.js';
import { VERSION } from './version.js';

export function buildProgram(io: Io): { program: Command; act: ActionFactory } {
  const program = new Command('infoview')
    .description('Plan, track and write the words for informational interviews.\nYour data is plain YAML in one folder (see "Data folder" below).')
    .version(VERSION, '-V, --version')
    .option('--dir <path>', 'data folder (default: $INFOVIEW_DIR, else your per-user data folder)')
    .option('--no-color', 'plain output, no colour (NO_COLOR is respected too)')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`infoview: ${s.replace(/^error: /, '')}`),
      // Help is plain text wrapped to helpWidth(), whatever the environment says about colour, so
      // the build-time help table (served-help.ts) matches it byte for byte.
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
export async function main(argv: string[], io: Io): Promise<number> {
  const { program } = buildProgram(io);
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

const FS_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'a file is in the way where a folder should be',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full (nothing was changed)',
};

function report(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    // `help` and `help <command>` asked for it (0); a group named without a subcommand did not.
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
    // Commander already printed its one line; add the way forward.
    io.stderr.write('  Run the command with --help to see its flags and an example.\n');
    return 2;
  }
  const debug = Boolean(io.env.INFOVIEW_DEBUG && io.env.INFOVIEW_DEBUG !== '0');
  if (error instanceof CliError) {
    if (!error.message) return error.exitCode; // SilentExit: the output was already written
    io.stderr.write(`infoview: ${error.message}\n`);
    if (error.hint) io.stderr.write(`  ${error.hint}\n`);
    if (debug) io.stderr.write(`${error.stack ?? ''}\n${error.cause instanceof Error ? `cause: ${error.cause.stack}\n` : ''}`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'PromptCancelled') {
    io.stderr.write('infoview: cancelled, nothing was saved\n');
    return 130;
  }
  const failure = writeFailure(error);
  if (failure) {
    io.stderr.write(`infoview: ${failure}\n  Check where the output goes (a full disk, a closed pipe or terminal)\n`);
    return 1;
  }
  const err = error as NodeJS.ErrnoException;
  const fsProblem = err?.code && err.path ? FS_PROBLEMS[err.code] : undefined;
  if (fsProblem) {
    // The disk said no (a --dir that is a file, a folder without permission…): say which path.
    io.stderr.write(`infoview: cannot use ${err.path}: ${fsProblem}\n  Check the path, or choose another data folder with --dir or INFOVIEW_DIR\n`);
    if (debug) io.stderr.write(`${err.stack ?? ''}\n`);
    return 1;
  }
  const message = err?.code && err.path ? `${err.code}: cannot access ${err.path}` : String(err?.message ?? error);
  io.stderr.write(`infoview: unexpected error: ${message}\n`);
  io.stderr.write(debug ? `${err?.stack ?? ''}\n` : '  Run again with INFOVIEW_DEBUG=1 for details, and please report it.\n');
  return 1;
}
