/** The note when a new contact's name is already someone's: the new one gets `-2`, and the person hears who has the name. */
import type { Context } from '../../context.js';
import type { StoredContact } from '../../domain/contact-fields.js';
import { fold } from '../../domain/text.js';

/** Who someone is, for telling two people apart: `Maya Chen (Designer, Acme)`. */
function whoIs(c: StoredContact): string {
  const about = [c.contact.role, c.contact.company].filter(Boolean).join(', ');
  return about ? `${c.contact.name} (${about})` : c.contact.name;
}

/** The same with the slug, for choosing between people: `Maya Chen (Designer, Acme; maya-chen)`. */
export function labelOf(c: StoredContact): string {
  const about = [[c.contact.role, c.contact.company].filter(Boolean).join(', '), c.slug].filter(Boolean).join('; ');
  return `${c.contact.name} (${about})`;
}

/** The contact already named `name` (the one that holds the plain slug first), if any. */
export function namesakeOf(name: string, contacts: readonly StoredContact[]): StoredContact | undefined {
  const same = contacts.filter((c) => fold(c.contact.name) === fold(name));
  return same.sort((a, b) => a.slug.length - b.slug.length || a.slug.localeCompare(b.slug))[0];
}

/** `note: maya-chen already is Maya Chen (Designer, Acme); this one is maya-chen-2`, on stderr. */
export function noteNamesake(ctx: Context, namesake: StoredContact | undefined, created: StoredContact): void {
  if (!namesake) return;
  ctx.warn(ctx.paintErr.yellow(`note: ${namesake.slug} already is ${whoIs(namesake)}; this one is ${created.slug}`));
}
