/**
 * What pure code throws when its input cannot be read (a time phrase, a value out of range). It
 * knows nothing of exit codes: the command that called decides what the error means there
 * (commands/shared/at.ts makes an unreadable `--at` a usage error, exit 2). `hint` is the "what to do
 * next" line, kept as it is.
 */
export class DomainError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DomainError';
    this.hint = hint;
  }
}
