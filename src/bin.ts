/**
 * The executable's entry: real streams and environment in, exit code out. Every command line
 * goes to commander (cli.ts), which prints help or runs the command through cli/run.ts.
 */
import { isatty } from 'node:tty';
import { main } from './cli.js';
import type { Output } from './context.js';

/**
 * A process stream as an Output. A reader that left (`infoview list | head`, EPIPE) is no error:
 * the rest is dropped quietly. Another error that comes late (a pipe's writes are asynchronous)
 * is one line on stderr and exit 1, as when a write fails at once (cli/run.ts).
 */
function output(stream: NodeJS.WriteStream): Output {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 1;
    void import('./cli/run.js').then(({ writeFailure }) => {
      const failure = writeFailure(error);
      if (!failure) throw error;
      if (stream !== process.stderr) process.stderr.write(`infoview: ${failure}\n`);
    });
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

const io = { stdout: output(process.stdout), stderr: output(process.stderr), stdinIsTTY: isatty(0), env: process.env };
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode ||= code;
});
