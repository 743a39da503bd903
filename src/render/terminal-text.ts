/**
 * The last step of every human-readable line: text from data (a name, notes, a template, a CSV
 * cell) may hold control characters that a terminal obeys (ESC sequences retitle or clear the
 * window, CR overwrites a line, BEL rings). They are shown escaped instead, so nothing in a
 * contact file can drive the terminal. infoview's own colours survive because the painter writes
 * them with a mark no data can contain (render/paint.ts), and only this step turns that mark into
 * ESC. JSON, CSV, iCalendar and files written with --out never come here: they stay exact.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\r': '\\r', '\u001b': '\\e', '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\0' };

/** One control character as visible text: `\e`, `\r`, `\x01`, `\u009b`. A CRLF line end becomes a plain line end. */
function visible(ch: string): string {
  if (ch === '\r\n') return '\n';
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` safe for a terminal: every C0 and C1 control except line feed and tab shown escaped,
 * then the painter's `mark` (when given) turned into ESC.
 */
export function forTerminal(text: string, mark?: string): string {
  CONTROL.lastIndex = 0;
  const safe = CONTROL.test(text) ? text.replace(CONTROL, visible) : text;
  return mark && safe.includes(mark) ? safe.split(mark).join('\u001b') : safe;
}
