/** A contact as the store hands it out, from its file or its line in the cache (contact-cache.ts). */
import { factsOf, latestOutreachMs } from '../domain/facts.js';
import type { Contact } from '../domain/schema.js';
import { fold } from '../domain/text.js';
import type { StoredContact } from '../domain/contact-fields.js';

/** A contact with what the status and due rules read of it (its facts) derived. */
export const parsed = (slug: string, file: string, contact: Contact, warnings: string[]): StoredContact => {
  const facts = factsOf(contact);
  return { slug, file, facts, latestOutreachMs: latestOutreachMs(facts), nameKey: fold(contact.name), contact, warnings };
};
