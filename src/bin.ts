/**
 * The executable's entry: real streams and environment in, exit code out. Every command line
 * goes to commander (cli.ts), which prints help or runs the command through cli/run.ts.
 */
import { isatty } from 'node:tty';
import { main } from './cli.js';
import { output } from './output.js';

const io = { stdout: output(process.stdout), stderr: output(process.stderr), stdinIsTTY: isatty(0), env: process.env };
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode ||= code;
});
