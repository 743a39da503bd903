/**
 * The executable's entry: real streams and environment in, exit code out. Kept small: `--help`,
 * `--version` and `help …` are answered from text recorded at build time (cli/served-help.ts)
 * before commander, the command tree or even process.stdout are loaded.
 */
import { fdOutput, servedHelp } from './cli/served-help.js';

const argv = process.argv.slice(2);
const served = servedHelp(argv, { stdout: fdOutput(1, () => process.stdout), stderr: fdOutput(2, () => process.stderr) });
if (served !== undefined) process.exitCode = served;
else {
  // `infoview list | head`: the reader left; stop writing quietly instead of dying with a stack.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const { main } = await import('./cli.js');
  process.exitCode = await main(argv, { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY), env: process.env });
}
