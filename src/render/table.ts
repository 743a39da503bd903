/** Aligned text tables that measure what a terminal shows (wide CJK, emoji, accents, colour codes). */
import stringWidth from 'string-width';
import { SGR } from './paint.js';
import { forTerminal } from './terminal-text.js';

/** Characters one column wide each: printable ASCII and Latin letters (not the soft hyphen). */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff]*$/;

/** Columns a string takes in a terminal (a control character as the escape it is shown as). */
export function displayWidth(text: string): number {
  // Most cells are names and words in Latin letters: string-width is for the rest.
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(forTerminal(text.replace(SGR, '')));
}

const graphemes = new Intl.Segmenter();

/** Cut to at most `max` columns, marking the cut with `…`; never inside a grapheme. */
export function truncate(text: string, max: number): string {
  return fit(text, displayWidth(text), max).text;
}

interface Cell {
  text: string;
  width: number;
}

function fit(text: string, width: number, max: number): Cell {
  if (width <= max) return { text, width };
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > max - 1) break;
    out += segment;
    used += w;
  }
  return { text: `${out}…`, width: used + 1 };
}

export interface Column {
  header: string;
  /** Longest a cell may be before it is cut (the last column is never cut, unless the table must fit a width). */
  max?: number;
}

/** Narrowest a column is made to fit the terminal: its header, and never under this. */
const MIN_COLUMN = 8;
const GAP = 2;

/**
 * Column widths that fit `total` columns: the widest column gives up one column at a time until
 * the table fits or every column is down to its header (or MIN_COLUMN).
 */
function fitWidths(widths: number[], floors: number[], total: number): number[] {
  const out = [...widths];
  let excess = out.reduce((a, b) => a + b, 0) + GAP * (out.length - 1) - total;
  while (excess > 0) {
    let widest = -1;
    out.forEach((w, i) => {
      if (w > (floors[i] ?? 0) && (widest < 0 || w > (out[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    out[widest] = (out[widest] ?? 0) - 1;
    excess--;
  }
  return out;
}

/**
 * Rows under a header, each column padded to its widest cell, the whole at most `width` columns
 * when given (a terminal's width: the widest columns are cut first). `style` colours a cell after
 * it is measured, so colour never breaks the alignment.
 */
export function table(
  columns: Column[],
  rows: string[][],
  style: { header?: (s: string) => string; cell?: (s: string, row: number, col: number) => string; width?: number | undefined } = {},
): string {
  const last = columns.length - 1;
  let cells = rows.map((row) => columns.map((c, i) => fit(row[i] ?? '', displayWidth(row[i] ?? ''), i < last ? (c.max ?? 40) : Infinity)));
  const headers = columns.map((c) => ({ text: c.header, width: displayWidth(c.header) }));
  let widths = headers.map((h, i) => cells.reduce((w, row) => Math.max(w, row[i]?.width ?? 0), h.width));
  if (style.width !== undefined) {
    const fitted = fitWidths(widths, headers.map((h) => Math.max(h.width, MIN_COLUMN)), style.width);
    if (fitted.some((w, i) => w < (widths[i] ?? 0))) cells = cells.map((row) => row.map((cell, i) => fit(cell.text, cell.width, fitted[i] ?? 0)));
    widths = fitted;
  }
  const pad = (cell: Cell, i: number) => (i === last ? cell.text : cell.text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - cell.width)));
  const header = headers.map(pad).join(' '.repeat(GAP));
  const lines = [style.header ? style.header(header) : header];
  cells.forEach((row, r) => {
    lines.push(row.map((cell, i) => (style.cell ? style.cell(pad(cell, i), r, i) : pad(cell, i))).join(' '.repeat(GAP)).trimEnd());
  });
  return lines.join('\n');
}
