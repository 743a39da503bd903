/**
 * `--help`, `--version` and `help …` without commander: the build (scripts/help-table.ts) runs
 * the real program once for every command path and records what it printed in dist/help.json;
 * here that record is replayed when the arguments are exactly one that was recorded and the
 * output would be wrapped to the same width. Anything else returns undefined and takes the normal
 * path, so a served text is always what commander itself prints (test/commands/help.test.ts).
 * This module must stay tiny: it is all `infoview --help` loads.
 */
import { readFileSync } from 'node:fs';
import { helpWidth } from './help-width.js';

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

export const HELP_WORDS = new Set(['--help', '-h', '--version', '-V', 'help']);

/** The key of `argv` in `HelpTable.runs`: NUL cannot occur inside an argument. */
export const helpKey = (argv: readonly string[]) => argv.join('\0');

function bundledTable(): HelpTable | undefined {
  try {
    return JSON.parse(readFileSync(new URL('./help.json', import.meta.url), 'utf8')) as HelpTable;
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

