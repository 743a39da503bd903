/**
 * `StoredContact` (the file's name is older than what it holds): a contact as the store hands it out (store/stored-contact.ts makes them): the data every layer
 * reads, defined here so render/ and commands/ need nothing of the store to name it.
 */
import type { ContactFacts } from './facts.js';
import type { Contact } from './schema.js';

export interface StoredContact {
  slug: string;
  file: string;
  /** What the status and due rules read (facts.ts). */
  facts: ContactFacts;
  /** The name folded (text.ts `fold`): what `list` sorts by. */
  readonly nameKey: string;
  /** The latest outreach's time (-Infinity without one): what the due rules need of everyone else. */
  readonly latestOutreachMs: number;
  readonly contact: Contact;
  /** Unknown keys that look like typos of known ones, as readable lines. */
  warnings: string[];
}
