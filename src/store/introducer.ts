/** Who introduced a contact, for display: the slug in `introducedBy`, or a name written there. */
import { isSlug } from '../domain/slug-shape.js';
import type { ContactStore } from './contacts.js';

export interface Introducer {
  slug: string;
  name: string;
  /** True when `introducedBy` names a contact file that could be read. */
  known: boolean;
}

/**
 * `sam-rivera` with a file → its name; a slug with no (readable) file → `Sam Rivera`; anything
 * else (a name typed by hand) → as written. Never throws for what a person put in the file.
 */
export async function introducerOf(store: ContactStore, introducedBy: string | undefined): Promise<Introducer | undefined> {
  if (!introducedBy) return undefined;
  if (!isSlug(introducedBy)) return { slug: introducedBy, name: introducedBy, known: false };
  if (store.exists(introducedBy)) {
    try {
      return { slug: introducedBy, name: (await store.read(introducedBy)).contact.name, known: true };
    } catch {
      // The introducer's own file is broken: fall back to the slug as a name.
    }
  }
  const name = introducedBy.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { slug: introducedBy, name, known: false };
}
