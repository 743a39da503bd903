/**
 * The executable's entry: real streams and environment in, exit code out. Kept small: `--help`,
 * `--version` and `help …` are answered from text recorded at build time (cli/served-help.ts),
 * and a plain command line is run from the grammar recorded at build time (cli/plain-args.ts),
 * both without loading commander or the command tree; anything else goes to commander (cli.ts).
 * Output goes straight to the file descriptors (cli/fd-output.ts).
 */
import { fdOutput, isTerminal, writeFailure } from './cli/fd-output.js';
import { parsePlain, readGrammar } from './cli/plain-args.js';
import { servedHelp } from './cli/served-help.js';
import type { Io } from './context.js';

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

const argv = process.argv.slice(2);
const stdout = fdOutput(1, lazyStream(() => process.stdout));
const stderr = fdOutput(2, lazyStream(() => process.stderr));
let served: number | undefined;
try {
  served = servedHelp(argv, { stdout, stderr });
} catch (error) {
  const failure = writeFailure(error);
  if (!failure) throw error;
  stderr.write(`infoview: ${failure}\n`);
  served = 1;
}
async function run(): Promise<number> {
  const io: Io = {
    stdout,
    stderr,
    stdinIsTTY: isTerminal(0),
    env: process.env,
    // Built only if `completion` asks: a plain command line never loads commander.
    commandTree: async () => (await import('./cli.js')).buildProgram(io).program,
  };
  const grammar = readGrammar();
  const plain = grammar && parsePlain(argv, grammar);
  if (plain) {
    const { runCommand, exitCodeOf } = await import('./cli/run.js');
    return runCommand(io, plain.path, plain.args, plain.options).then(
      () => 0,
      (error: unknown) => exitCodeOf(error, io),
    );
  }
  const { main } = await import('./cli.js');
  return main(argv, io);
}

if (served !== undefined) process.exitCode = served;
else void run().then((code) => (process.exitCode = code));
