/**
 * `--help`, `--version` and `help …` without commander: the build (scripts/help-table.mjs) runs
 * the real program once for every command path and records what it printed in dist/help.json;
 * here that record is replayed when the arguments are exactly one that was recorded and the
 * output would be wrapped to the same width. Anything else returns undefined and takes the normal
 * path, so a served text is always what commander itself prints (test/commands/help.test.ts).
 * This module must stay tiny: it is all `infoview --help` loads.
 */
import { createRequire } from 'node:module';
import { helpWidth } from './help-width.js';

// CommonJS `require` on purpose: an ESM import of node:fs builds its ESM facade, which reads
// every export, including the lazy ReadStream getter that loads all of node:stream (≈ 4 ms).
const require = createRequire(import.meta.url);
const fs = require('node:fs') as typeof import('node:fs');

/** dist/help.json: `runs` maps the arguments joined by NUL to [stdout, stderr, exit code]. */
export interface HelpTable {
  width: number;
  texts: string[];
  /** Indexes into `texts` (-1: nothing written to that stream). */
  runs: Record<string, [number, number, number]>;
}

interface Stream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

const HELP_WORDS = new Set(['--help', '-h', '--version', '-V', 'help']);

/** The key of `argv` in `HelpTable.runs`: NUL cannot occur inside an argument. */
export const helpKey = (argv: readonly string[]) => argv.join('\0');

function bundledTable(): HelpTable | undefined {
  try {
    return JSON.parse(fs.readFileSync(new URL('./help.json', import.meta.url), 'utf8')) as HelpTable;
  } catch {
    return undefined; // not built (running from source): commander answers
  }
}

/** Write the recorded output for `argv` and return its exit code, or undefined when not recorded. */
export function servedHelp(argv: readonly string[], io: { stdout: Stream; stderr: Stream }, table?: HelpTable): number | undefined {
  if (argv.length > 0 && !argv.some((a) => HELP_WORDS.has(a))) return undefined;
  const help = table ?? bundledTable();
  const run = help?.runs[helpKey(argv)];
  if (!help || !run) return undefined;
  const [out, err, code] = run;
  if ((out >= 0 && helpWidth(io.stdout) !== help.width) || (err >= 0 && helpWidth(io.stderr) !== help.width)) return undefined;
  if (out >= 0) io.stdout.write(help.texts[out] ?? '');
  if (err >= 0) io.stderr.write(help.texts[err] ?? '');
  return code;
}

/**
 * stdout or stderr by file descriptor, written synchronously: `process.stdout` would load the
 * stream machinery (and node:tty, node:net for a terminal or a pipe) to print a few kilobytes.
 * The terminal check loads node:tty only when the descriptor is a character device.
 */
export function fdOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): Stream {
  let tty: boolean | undefined;
  const isTTY = () => (tty ??= fs.fstatSync(fd).isCharacterDevice() && (require('node:tty') as typeof import('node:tty')).isatty(fd));
  return {
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? stream().columns : undefined;
    },
    write(text: string) {
      const bytes = Buffer.from(text);
      let done = 0;
      try {
        while (done < bytes.length) done += fs.writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return; // the reader left (`infoview --help | head`)
        if (code !== 'EAGAIN') throw error;
        stream().write(bytes.subarray(done)); // a non-blocking pipe that is full: let the stream wait
      }
    },
  };
}
