/** Who introduced a contact, for display: the slug in `introducedBy`, or a name written there. */
import { isSlug } from '../domain/slug-shape.js';
import { fold } from '../domain/text.js';
import type { ContactStore } from './contacts.js';

export interface Introducer {
  slug: string;
  name: string;
  /** True when `introducedBy` names a contact file that could be read. */
  known: boolean;
}

/**
 * `sam-rivera` with a file → its name; a slug with no (readable) file → `Sam Rivera`; a name
 * typed by hand (`Sam Rivera`) → the contact whose file that name's slug names, when its name is
 * the same (as `network` links them); anything else → as written. Never throws for what a person
 * put in the file.
 */
export async function introducerOf(store: ContactStore, introducedBy: string | undefined): Promise<Introducer | undefined> {
  const value = introducedBy?.trim();
  if (!value) return undefined;
  if (!isSlug(value)) {
    const { slugify } = await import('../domain/slug.js');
    const slug = slugify(value);
    const name = await nameIn(store, slug);
    if (name !== undefined && fold(name) === fold(value)) return { slug, name, known: true };
    return { slug: value, name: value, known: false };
  }
  const name = await nameIn(store, value);
  if (name !== undefined) return { slug: value, name, known: true };
  return { slug: value, name: value.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '), known: false };
}

/** The name in the contact file `slug`, when there is one that reads. */
async function nameIn(store: ContactStore, slug: string): Promise<string | undefined> {
  if (!isSlug(slug) || !store.exists(slug)) return undefined;
  try {
    return (await store.read(slug)).contact.name;
  } catch {
    return undefined; // the introducer's own file is broken: the caller falls back
  }
}
