/** Who introduced a contact, for display: the contact `introducedBy` names, by slug or by name. */
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
 * `sam-rivera` with a file → its name (one file read). Otherwise (a name typed by hand, or a slug
 * whose file is gone) the contact with that name, accents and case aside, as `network` links them
 * (domain/network.ts; the last of namesakes, as there); failing that, the value as written, a slug
 * shown as `Sam Rivera`. Never throws for what a person put in the file.
 */
export async function introducerOf(store: ContactStore, introducedBy: string | undefined): Promise<Introducer | undefined> {
  const value = introducedBy?.trim();
  if (!value) return undefined;
  if (isSlug(value)) {
    const name = await nameIn(store, value);
    if (name !== undefined) return { slug: value, name, known: true };
  }
  const key = fold(value);
  const match = (await store.readAll()).contacts.findLast((c) => c.nameKey === key);
  if (match) return { slug: match.slug, name: match.facts.name, known: true };
  const name = isSlug(value) ? value.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') : value;
  return { slug: value, name, known: false };
}

/** The name in the contact file `slug`, when there is one that reads. */
async function nameIn(store: ContactStore, slug: string): Promise<string | undefined> {
  if (!store.exists(slug)) return undefined;
  try {
    return (await store.read(slug)).contact.name;
  } catch {
    return undefined; // the introducer's own file is broken: the caller falls back
  }
}
