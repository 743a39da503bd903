/** Aligned text tables that measure what a terminal shows (wide CJK, emoji, accents, colour codes). */
import { SGR } from './paint.js';
import { forTerminal } from './terminal-text.js';

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\uFF01-\uFF60]/u;
const ZERO = /^(?:\p{M}|[\u200B-\u200F]|\uFE0F)$/u;

/** Columns a string takes in a terminal (a control character as the escape it is shown as). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of forTerminal(text.replace(SGR, ''))) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Cut to at most `max` columns, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export interface Column {
  header: string;
  /** Longest a cell may be before it is cut (the last column is never cut). */
  max?: number;
}

/**
 * Rows under a header, each column padded to its widest cell. `style` colours a cell after it is
 * measured, so colour never breaks the alignment.
 */
export function table(
  columns: Column[],
  rows: string[][],
  style: { header?: (s: string) => string; cell?: (s: string, row: number, col: number) => string } = {},
): string {
  const cut = rows.map((row) => row.map((cell, i) => (i < columns.length - 1 ? truncate(cell, columns[i]?.max ?? 40) : cell)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cut.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (s: string, i: number) => (i === columns.length - 1 ? s : s + ' '.repeat((widths[i] ?? 0) - displayWidth(s)));
  const header = columns.map((c, i) => pad(c.header, i)).join('  ');
  const lines = [style.header ? style.header(header) : header];
  cut.forEach((row, r) => {
    lines.push(row.map((cell, i) => (style.cell ? style.cell(pad(cell, i), r, i) : pad(cell, i))).join('  ').trimEnd());
  });
  return lines.join('\n');
}
