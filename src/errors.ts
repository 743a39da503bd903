/**
 * Typed errors: commands throw, and only the entry (`cli.ts`) turns them into an exit code and
 * one line on stderr. `hint` is the "what to do next" line printed under the message.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;
  constructor(message: string, exitCode: number, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** The command line itself is wrong: unknown flag, bad value, missing argument. Exit 2. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, 2, hint, options);
    this.name = 'UsageError';
  }
}

/** The command could not do its job: not found, ambiguous, invalid data, refused. Exit 1. */
export class UserError extends CliError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, 1, hint, options);
    this.name = 'UserError';
  }
}

/** A data file that cannot be read: names the file and where, keeps the parser's error as cause. */
export class DataFileError extends UserError {
  readonly file: string;
  /** What is wrong, without the file name (the message is `<file>: <detail>`). */
  readonly detail: string;
  constructor(file: string, detail: string, hint: string, options?: { cause?: unknown }) {
    super(`${file}: ${detail}`, hint, options);
    this.name = 'DataFileError';
    this.file = file;
    this.detail = detail;
  }
}

/** Leave with this exit code and print nothing more (a passed-through `git` already spoke). */
export class SilentExit extends CliError {
  constructor(exitCode: number) {
    super('', exitCode);
    this.name = 'SilentExit';
  }
}
