/**
 * The executable's entry: real streams and environment in, exit code out. Every command line
 * goes to commander (cli.ts), which prints help or runs the command through cli/run.ts. Output
 * goes straight to the file descriptors (cli/fd-output.ts).
 */
import { main } from './cli.js';
import { fdOutput, isTerminal } from './cli/fd-output.js';

/** The process stream, created only when needed; a reader that left is no error. */
const lazyStream = (get: () => NodeJS.WriteStream) => {
  let stream: NodeJS.WriteStream | undefined;
  return () => {
    if (!stream) {
      stream = get();
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    return stream;
  };
};

const stdout = fdOutput(1, lazyStream(() => process.stdout));
const stderr = fdOutput(2, lazyStream(() => process.stderr));
const io = { stdout, stderr, stdinIsTTY: isTerminal(0), env: process.env };
void main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
