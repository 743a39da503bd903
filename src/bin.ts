/** The executable's entry: real streams and environment in, exit code out. */
import { main } from './cli.js';

// `infoview list | head`: the reader left; stop writing quietly instead of dying with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
