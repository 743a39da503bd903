/**
 * Slugs: the file name of a contact. Lower-case ASCII words joined by `-`, transliterated where
 * possible (`José Núñez` → `jose-nunez`, `李雷` → `lilei`), with a stable hash fallback when
 * nothing is left. The output only ever contains [a-z0-9-], so no name can reach outside
 * `contacts/`, and it is never a name Windows keeps for a device (`con.yaml` cannot be checked
 * out there by Git for Windows, nor opened).
 */
import anyAscii from 'any-ascii';
import { isSlug, MAX_LENGTH } from './slug-shape.js';

export { isSlug };

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms. */
function stableHash(value: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(value)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** CON, PRN, AUX, NUL, COM0–9 and LPT0–9: Windows reserves these names with any extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export function slugify(name: string): string {
  const ascii = anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const trimmed = ascii.slice(0, MAX_LENGTH).replace(/-+$/, '');
  if (!trimmed) return `contact-${stableHash(name)}`;
  return WINDOWS_DEVICE.test(trimmed) ? `${trimmed}-contact` : trimmed;
}

/** `base`, or `base-2`, `base-3`… : the first one `isTaken` says is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
