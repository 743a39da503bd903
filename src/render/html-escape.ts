/** Text from data made safe inside HTML and SVG: in element content and in quoted attributes. */
import { stripControls } from '../domain/control-chars.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` escaped for HTML (`<img>` shows as text, `"` cannot end an attribute), control characters removed. */
export function esc(text: string | number): string {
  return stripControls(String(text)).replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}
