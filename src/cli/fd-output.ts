/**
 * stdout and stderr by file descriptor, written synchronously (as Node itself writes them to
 * files, pipes and terminals on Linux and macOS). `process.stdout` would load the stream
 * machinery, and node:tty with node:net for a terminal or a pipe, just to print a few lines.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

// node:tty is loaded on first use only, and synchronously, through `require` (the sources are ES
// modules; the bundle is CommonJS, scripts/rechunk.ts).
const requireNow = createRequire(import.meta.url);

/**
 * True when `fd` is a terminal. node:tty (which loads node:net, ≈ 5 ms) is asked only about a
 * character device that is not /dev/null: files, pipes and /dev/null (cron, scripts,
 * `< /dev/null`) are answered by one fstat.
 */
export function isTerminal(fd: number): boolean {
  const stat = fstatSync(fd);
  if (!stat.isCharacterDevice()) return false;
  const devNull = statSync('/dev/null', { throwIfNoEntry: false });
  if (devNull && devNull.rdev === stat.rdev && devNull.dev === stat.dev && devNull.ino === stat.ino) return false;
  return (requireNow('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * An output on `fd` (1 or 2). `stream` gives the matching process stream, used for a terminal's
 * width and if a write ever cannot be done synchronously (a non-blocking pipe that is full):
 * from then on everything goes through the stream, so the order of the output is kept.
 */
export function fdOutput(fd: number, stream: () => Pick<NodeJS.WriteStream, 'write' | 'columns'>) {
  let tty: boolean | undefined;
  let viaStream = false;
  const isTTY = () => (tty ??= isTerminal(fd));
  return {
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? stream().columns : undefined;
    },
    /** Bytes are written as they are (`list --json` hands over quarter megabytes; a copy is not free). */
    write(text: string | Uint8Array): void {
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      let offset = 0;
      if (!viaStream) {
        try {
          while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
          return;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') return; // the reader left (`infoview list | head`): stop quietly
          if (code !== 'EAGAIN') throw error;
          viaStream = true;
        }
      }
      // A stream keeps what it is given until it is written, and callers may reuse their bytes: copy.
      stream().write(Buffer.from(bytes.subarray(offset)));
    },
  };
}

/**
 * The one line for an output that could not be written (a full disk, `> /dev/full`, a closed
 * terminal), or undefined when `error` is something else. Used by the entry and by cli.ts, so
 * neither prints a stack trace for it.
 */
export function writeFailure(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.syscall !== 'write' || !e.code) return undefined;
  return `cannot write the output (${e.code === 'ENOSPC' ? 'ENOSPC: the disk is full' : e.code})`;
}
