/** Aligned text tables that measure what a terminal shows (wide CJK, emoji, accents, colour codes). */
import stringWidth from 'string-width';
import { SGR } from './paint.js';
import { forTerminal } from './terminal-text.js';

/** Columns a string takes in a terminal (a control character as the escape it is shown as). */
export function displayWidth(text: string): number {
  return stringWidth(forTerminal(text.replace(SGR, '')));
}

const graphemes = new Intl.Segmenter();

/** Cut to at most `max` columns, marking the cut with `…`; never inside a grapheme. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    width += displayWidth(segment);
    if (width > max - 1) break;
    out += segment;
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
