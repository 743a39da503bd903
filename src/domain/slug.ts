/**
 * Slugs: the file name of a contact. Lower-case ASCII words joined by `-`, transliterated where
 * possible (`José Núñez` → `jose-nunez`, `李雷` → `lilei`), with a stable hash fallback when
 * nothing is left. The output only ever contains [a-z0-9-], so no name can reach outside
 * `contacts/`.
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

export function slugify(name: string): string {
  const ascii = anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const trimmed = ascii.slice(0, MAX_LENGTH).replace(/-+$/, '');
  return trimmed || `contact-${stableHash(name)}`;
}

/** `base`, or `base-2`, `base-3`… : the first one `isTaken` says is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
