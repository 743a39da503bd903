/**
 * What a slug looks like, without the transliteration table: the read path checks slugs on every
 * run, and any-ascii (half a megabyte) should load only when a new slug is made (slug.ts).
 */

/** The longest slug `slugify` makes from a name, before any `-2`, `-3`… suffix. */
export const MAX_LENGTH = 60;

/** True when a string is something `slugify` could have produced (safe as a file name). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= MAX_LENGTH + 8;
}
