/**
 * Everything a command receives from the outside world: the data folder, the clock, the
 * terminal, the environment. Commands take a Context, so tests can give them a temp folder, a
 * fixed clock, captured output and scripted prompts without spawning a process.
 */
import type { Command } from 'commander';
import type { Config } from './domain/config.js';
import { readIsoTime } from './domain/iso.js';
import { UsageError } from './errors.js';
import { makePaint, paintMark, type Paint } from './render/paint.js';
import { forTerminal } from './render/terminal-text.js';
import type { Prompter } from './prompts.js';
import { ChangeLog } from './store/change-log.js';
import { loadConfig } from './store/config.js';
import { ContactStore } from './store/contacts.js';
import { resolveDataDir } from './store/paths.js';

export type Env = Record<string, string | undefined>;

export interface Output {
  /** Done with `text` when it returns: a caller may reuse the bytes (render/byte-sink.ts). */
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean | undefined;
  /** Terminal width, when a terminal. */
  columns?: number | undefined;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  stdinIsTTY: boolean;
  env: Env;
  /** Real prompts are loaded lazily; tests pass a scripted Prompter. */
  prompter?: () => Promise<Prompter>;
  /**
   * The command tree, for the one command that describes all the others (`completion`). The
   * entry gives it (bin.ts, cli.ts `main`), so no command imports src/cli/.
   */
  commandTree?: () => Promise<Command>;
}

export interface Context {
  dir: string;
  /** Where `dir` came from: `--dir`, `INFOVIEW_DIR`, or the platform's default folder. */
  dirFrom: 'flag' | 'env' | 'default';
  now: Date;
  env: Env;
  io: Io;
  /** True when a person is at the keyboard: only then may a command prompt. `--no-input` turns it off (applyNoInput). */
  interactive: boolean;
  /** Styles for stdout; plain when piped, with NO_COLOR or --no-color. */
  paint: Paint;
  /** Styles for stderr. */
  paintErr: Paint;
  /** A human-readable line (or lines) on stdout: control characters from data shown escaped. */
  out(text?: string): void;
  /** The same on stderr. JSON, CSV and iCalendar go to `io.stdout` directly, exact. */
  warn(text: string): void;
  store(): ContactStore;
  /** config.yaml with defaults (read once, on first use). */
  config(): Promise<Config>;
  prompter(): Promise<Prompter>;
  /**
   * The files this command changed and the bytes it wrote: every data write notes itself here,
   * and the git auto-commit (cli/run.ts) commits them once the command is done.
   */
  readonly changes: ChangeLog;
  /**
   * Note a path to commit that no atomic write logged (`init --git` commits the folders as they
   * are) and/or a short summary for the git commit message ("Maya Chen, 25 Nov 15:00"). Files
   * written with atomicWrite are in `changes` already.
   */
  record(path?: string, summary?: string): void;
  /** The summary `record` noted: read by the git auto-commit after the command. */
  readonly recorded: { summary?: string | undefined };
}

/**
 * `INFOVIEW_NOW` replaces the clock everywhere. It must be a full ISO 8601 date-time: a real day,
 * a time of day (seconds and fraction optional, `T` or a space between) and an offset (`Z`,
 * `±hh:mm`, `±hhmm`, `±hh`), or no offset for local time. Anything shorter (`1`, a date alone)
 * is a usage error: `Date` would read `1` as the year 2001.
 */
export function readClock(env: Env): Date {
  const fixed = env.INFOVIEW_NOW;
  if (!fixed) return new Date();
  const at = readIsoTime(fixed.trim(), 'optional');
  if (!at) {
    throw new UsageError(
      `INFOVIEW_NOW="${fixed}" is not a full ISO 8601 date and time`,
      'Use a real date, time and offset like 2026-11-25T15:00:00-08:00 (or 2026-11-25T15:00 for local time), or unset it',
    );
  }
  return at;
}

export function colorWanted(stream: Output, env: Env, flag: boolean | undefined): boolean {
  if (flag === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export interface GlobalOptions {
  dir?: string;
  color?: boolean;
}

export function createContext(io: Io, options: GlobalOptions): Context {
  const now = readClock(io.env);
  const dir = resolveDataDir(options.dir, io.env);
  let store: ContactStore | undefined;
  let config: Promise<Config> | undefined;
  const recorded: Context['recorded'] = {};
  const changes = new ChangeLog();
  // Unguessable by whoever wrote a contact file, so no data can pass for the painter's codes.
  const mark = paintMark(Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2));
  return {
    dir,
    dirFrom: options.dir ? 'flag' : io.env.INFOVIEW_DIR ? 'env' : 'default',
    now,
    env: io.env,
    io,
    // Prompts are written to stderr: with it redirected (2>log) nobody would see them.
    interactive: io.stdinIsTTY && Boolean(io.stderr.isTTY),
    paint: makePaint(colorWanted(io.stdout, io.env, options.color), mark),
    paintErr: makePaint(colorWanted(io.stderr, io.env, options.color), mark),
    // Every human-readable line goes through forTerminal: data cannot drive the terminal.
    out: (text = '') => io.stdout.write(forTerminal(text.endsWith('\n') ? text : `${text}\n`, mark)),
    warn: (text) => io.stderr.write(forTerminal(`${text}\n`, mark)),
    store: () => (store ??= new ContactStore(dir, changes)),
    config: () => (config ??= loadConfig(dir)),
    prompter: async () => (io.prompter ? io.prompter() : (await import('./prompts-inquirer.js')).inquirerPrompter()),
    record: (path, summary) => {
      if (path) changes.changed(path);
      if (summary) recorded.summary = summary;
    },
    recorded,
    changes,
  };
}
