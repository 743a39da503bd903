/**
 * The process streams as the Outputs every command writes to (bin.ts gives stdout and stderr).
 * All output goes through the stream's `write`, as text or UTF-8 bytes, never to a file
 * descriptor (no `fs.writeSync(1, …)`, which lint refuses): on a Windows console only the tty
 * stream turns UTF-8 into the console's text ("José Núñez") and turns on VT mode for colour
 * codes (nodejs/node#24550). test/unit/output.test.ts checks both.
 */
import type { Output } from './context.js';

/**
 * The one line for an output that could not be written (a full disk, `> /dev/full`, a closed
 * terminal), or undefined when `error` is something else.
 */
export function writeFailure(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.syscall !== 'write' || !e.code) return undefined;
  return `cannot write the output (${e.code === 'ENOSPC' ? 'ENOSPC: the disk is full' : e.code})`;
}

/**
 * `stream` as an Output. A reader that left (`infoview list | head`, EPIPE) is no error: the rest
 * is dropped quietly. Another error that comes late (a pipe's writes are asynchronous) is one
 * line on `stderr` and exit 1, as when a write fails at once (cli/run.ts).
 */
export function output(stream: NodeJS.WriteStream, stderr: NodeJS.WritableStream = process.stderr): Output {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 1;
    const failure = writeFailure(error);
    if (!failure) throw error;
    if (stream !== stderr) stderr.write(`infoview: ${failure}\n`);
  });
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
    },
    // A pipe may still hold the bytes after `write` returns, and callers reuse theirs
    // (render/byte-sink.ts): a stream gets its own copy. Nothing is lost on exit: the process
    // ends (exitCode, never process.exit) only once the streams have written everything.
    write: (text) => stream.write(typeof text === 'string' ? text : Buffer.from(text)),
  };
}
