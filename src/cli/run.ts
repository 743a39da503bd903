/**
 * Runs one command and turns what it throws into one stderr line and an exit code: commander's
 * actions (cli.ts) call it.
 */
import type { Context, GlobalOptions, Io } from '../context.js';
import { CliError } from '../errors.js';
import { writeFailure } from '../output.js';
import { forTerminal } from '../render/terminal-text.js';
import { COMMANDS, type CommandPath } from './commands.js';

/**
 * Build the Context, load the command's module and run it with `args` (the positional
 * arguments, then the command's own options); `options` are those merged with the global ones.
 */
export async function runCommand(io: Io, path: CommandPath, args: unknown[], options: GlobalOptions): Promise<void> {
  // The context pulls in the store: loaded only once a command really runs.
  const [{ createContext }, { releaseRepository }, { run }] = await Promise.all([
    import('../context.js'),
    // Loaded by the store anyway (contacts.ts): no chunk of its own on the warm path.
    import('../store/repository-lock.js'),
    COMMANDS[path](),
  ]);
  const ctx = createContext(io, options);
  let files: string[];
  try {
    await (run as (ctx: Context, ...rest: unknown[]) => unknown)(ctx, ...args);
    // In a git data folder every write is committed (like `pass`); a read-only command spawns no git.
    files = ctx.changes.files();
    const setting = { dir: ctx.dir, env: ctx.env, warn: ctx.warn, paint: ctx.paintErr, summary: ctx.recorded.summary };
    if (files.length) (await import('../store/git-commit.js')).commitChanges(setting, path, files, ctx.changes.written);
  } finally {
    // Held since the command's first contact write, so its commit follows in write order.
    releaseRepository(ctx.dir);
  }
  // With defaults.calendarFile its .ics is rewritten, after the lock (it has its own; unset, nothing loads).
  const calendarFile = files.length ? (await ctx.config().catch(() => undefined))?.defaults.calendarFile : undefined; // a bad config.yaml is the command's to report
  if (calendarFile) await (await import('../commands/shared/calendar-file.js')).refreshCalendarFile(ctx, calendarFile, files);
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

/** Report what a command threw on stderr, in one line (and a hint), and return the exit code. */
export function exitCodeOf(error: unknown, io: Io): number {
  const debug = Boolean(io.env.INFOVIEW_DEBUG && io.env.INFOVIEW_DEBUG !== '0');
  if (error instanceof CliError) {
    if (!error.message) return error.exitCode; // SilentExit: the output was already written
    // Messages quote names, paths and values from data: escaped like every human-readable line.
    io.stderr.write(forTerminal(`infoview: ${error.message}\n`));
    if (error.hint) io.stderr.write(forTerminal(`  ${error.hint}\n`));
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
    io.stderr.write(forTerminal(`infoview: cannot use ${err.path}: ${fsProblem}\n  Check the path, or choose another data folder with --dir or INFOVIEW_DIR\n`));
    if (debug) io.stderr.write(`${err.stack ?? ''}\n`);
    return 1;
  }
  const message = err?.code && err.path ? `${err.code}: cannot access ${err.path}` : String(err?.message ?? error);
  io.stderr.write(forTerminal(`infoview: unexpected error: ${message}\n`));
  io.stderr.write(debug ? `${err?.stack ?? ''}\n` : '  Run again with INFOVIEW_DEBUG=1 for details, and please report it.\n');
  return 1;
}
