/**
 * A contact as the store hands it out: just parsed from its file, or served from the derived
 * index (contact-index.ts), whose fields are parsed only when someone asks for the whole contact.
 */
import { sep } from 'node:path';
import { factsOf, latestOutreachMs, type ContactFacts } from '../domain/facts.js';
import type { Contact } from '../domain/schema.js';
import { fold } from '../domain/text.js';
import { parseContactFields, type Bytes, type StoredContact } from '../domain/contact-fields.js';
import type { ContactIndex } from './contact-index.js';

/**
 * A contact served from the index: its fields are parsed only if someone asks for `contact`.
 * Its facts are made afresh at each use and never kept: on 10,000 contacts, objects that die young
 * cost the garbage collector far less than ones kept alive to the end (measured: a warm
 * `followup --json` ≈ 20 % faster).
 */
export class IndexedContact implements StoredContact {
  #contact: Contact | undefined;
  constructor(
    readonly slug: string,
    private readonly contactsDir: string,
    readonly index: ContactIndex,
    readonly at: number,
  ) {}

  /** Made on first use: 10,000 path strings kept alive cost more than the rare call. */
  get file(): string {
    return `${this.contactsDir}${sep}${this.slug}.yaml`;
  }

  get facts(): ContactFacts {
    return this.index.facts(this.at);
  }

  get warnings(): string[] {
    return this.index.warnings(this.at);
  }

  get nameKey(): string {
    return this.index.nameKey(this.at);
  }

  get latestOutreachMs(): number {
    return this.index.latestOutreachMs(this.at);
  }

  get fields(): Bytes | undefined {
    return this.index.fields(this.at);
  }

  get spliceable(): boolean {
    return this.index.spliceable(this.at);
  }

  get contact(): Contact {
    const fields = this.fields;
    if (!fields) throw new Error(`${this.slug} was read for its facts only (readAll({ factsOnly: true }))`);
    return (this.#contact ??= parseContactFields(fields.buffer.toString('utf8', fields.start, fields.end)));
  }
}

/** A contact just parsed from its file. */
export const parsed = (slug: string, file: string, contact: Contact, warnings: string[], fields?: Bytes, spliceable?: boolean): StoredContact => {
  const facts = factsOf(contact);
  return { slug, file, facts, latestOutreachMs: latestOutreachMs(facts), nameKey: fold(contact.name), contact, warnings, fields, spliceable };
};
