/**
 * The width help text is wrapped to. Shared by commander (cli.ts) and the build-time help table
 * (served-help.ts), so a recorded text is only served where commander would print the same.
 */

/** Help recorded at build time is wrapped to this width. */
export const HELP_WIDTH = 80;

interface Stream {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/**
 * 80 columns, or the terminal's width when it is narrower. Capped rather than the full width of
 * a wide terminal: long lines read worse, and one width everywhere lets `--help` be served from
 * text made at build time (pipes, wide terminals) without loading commander.
 */
export function helpWidth(stream: Stream): number {
  return stream.isTTY && stream.columns && stream.columns < HELP_WIDTH ? stream.columns : HELP_WIDTH;
}
