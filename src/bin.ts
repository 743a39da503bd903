/** The executable's entry: real streams and environment in, exit code out. */
import { main } from './cli.js';

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
