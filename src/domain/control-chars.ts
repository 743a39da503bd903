/**
 * Control characters shown as visible text. Text from data (a name, notes, a template, a CSV
 * cell) may hold characters that a terminal obeys (ESC sequences retitle or clear the window, CR
 * overwrites a line, BEL rings); anything a person reads (`git log`, a terminal) gets them
 * escaped instead. Pure: render/terminal-text.ts and the store's git messages both use it.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
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
 * `text` with every C0 and C1 control except line feed and tab shown escaped, and the Unicode line
 * separators and bidirectional overrides (which reorder or break what a terminal shows).
 */
export function escapeControls(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, visible) : text;
}

/** `text` with the same characters removed instead (a CRLF line end kept as a line end): for a page, where no escape reads well. */
export function stripControls(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, (ch) => (ch === '\r\n' ? '\n' : '')) : text;
}
