/** A contact as the store hands it out, from its file or its line in the cache (contact-cache.ts). */
import { factsOf, latestOutreachMs, type ContactFacts } from '../domain/facts.js';
import type { Contact } from '../domain/schema.js';
import { fold } from '../domain/text.js';
import type { StoredContact } from '../domain/contact-fields.js';

/**
 * A contact with what the status and due rules read of it (its facts). `contact` may be a
 * function that gives it on first use: a cached line's contact is parsed only when a command
 * reads more than the facts.
 */
export function parsed(slug: string, file: string, contact: Contact | (() => Contact), warnings: string[], facts?: ContactFacts): StoredContact {
  if (typeof contact !== 'function') {
    const own = facts ?? factsOf(contact);
    return { slug, file, facts: own, latestOutreachMs: latestOutreachMs(own), nameKey: fold(contact.name), contact, warnings };
  }
  const known = facts as ContactFacts;
  let value: Contact | undefined;
  return {
    slug,
    file,
    facts: known,
    latestOutreachMs: latestOutreachMs(known),
    nameKey: fold(known.name),
    get contact() {
      return (value ??= contact());
    },
    warnings,
  };
}
