/**
 * The last step of every human-readable line: control characters from data are shown escaped
 * (domain/control-chars.ts), so nothing in a contact file can drive the terminal. infoview's own
 * colours survive because the painter writes them with a mark no data can contain
 * (render/paint.ts), and only this step turns that mark into ESC. JSON, CSV, iCalendar and files
 * written with --out never come here: they stay exact.
 */
import { escapeControls } from '../domain/control-chars.js';

/** `text` safe for a terminal: controls shown escaped, then the painter's `mark` (when given) turned into ESC. */
export function forTerminal(text: string, mark?: string): string {
  const safe = escapeControls(text);
  return mark && safe.includes(mark) ? safe.split(mark).join('\u001b') : safe;
}
