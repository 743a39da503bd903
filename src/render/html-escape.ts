/** Text from data made safe inside HTML and SVG: in element content and in quoted attributes. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// eslint-disable-next-line no-control-regex -- control characters have no place in a page
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` escaped for HTML (`<img>` shows as text, `"` cannot end an attribute), control characters removed. */
export function esc(text: string | number): string {
  return String(text)
    .replace(CONTROL, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}
