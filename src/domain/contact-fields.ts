/**
 * A contact's fields as JSON text, the form the derived index keeps them in and `list --json`
 * copies them from. Here, not in render/ or store/, because both layers read and write this text.
 */
import type { ContactFacts } from './facts.js';
import type { Contact } from './schema.js';

/** Keys `list --json` adds to each contact; a contact that has one of its own is printed the plain way. */
const LIST_KEYS = ['slug', 'status', 'nextStep'];

/** A key JavaScript orders before all others in an object (an array index): it would move ahead of `slug`. */
const isIndexKey = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** The JSON of `value` as an element of a top-level array: indented one level, no trailing comma. */
export const arrayElementJson = (value: unknown) => `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;

/**
 * A contact's fields as `list --json` prints them inside its element (indented, without the
 * braces). The derived index keeps this text, so `list --json` copies it without parsing or
 * serialising the contact. `spliceable` is false for the rare contact whose own keys would print
 * differently between `slug`/`status` and `nextStep` (a key of the same name, or an array-index
 * key that JavaScript orders first): `list --json` prints that one the plain way.
 */
export function contactFieldsJson(contact: Contact): { text: string; spliceable: boolean } {
  const keys = Object.keys(contact);
  const spliceable = !keys.some((k) => LIST_KEYS.includes(k) || isIndexKey(k));
  return { text: arrayElementJson(contact).slice(4, -4), spliceable }; // drop `  {\n` and `\n  }`
}

/** The contact back from its fields text (what `contactFieldsJson` wrote). */
export const parseContactFields = (fields: string): Contact => JSON.parse(`{${fields}}`) as Contact;

/**
 * UTF-8 text that is a range of a larger buffer (the derived index). Kept as numbers, not a view:
 * making one Buffer view per contact costs more than the rest of a warm read.
 */
export interface Bytes {
  buffer: Buffer;
  start: number;
  end: number;
}

export const bytesOf = (text: string): Bytes => {
  const buffer = Buffer.from(text);
  return { buffer, start: 0, end: buffer.length };
};

/**
 * A contact as the store hands it out (store/stored-contact.ts makes them): the data every layer
 * reads, defined here so render/ and commands/ need nothing of the store to name it.
 */
export interface StoredContact {
  slug: string;
  file: string;
  /** What the status and due rules read (facts.ts). */
  facts: ContactFacts;
  /** The name folded (text.ts `fold`): what `list` sorts by. */
  readonly nameKey: string;
  /** The latest outreach's time (-Infinity without one): what the due rules need of everyone else. */
  readonly latestOutreachMs: number;
  /** The whole contact. From the index it is parsed on first use: `list` and `followup` never need it. */
  readonly contact: Contact;
  /** Unknown keys that look like typos of known ones, as readable lines. */
  warnings: string[];
  /** The fields as `list --json` prints them (`contactFieldsJson`), when that text is at hand. */
  readonly fields?: Bytes | undefined;
  /** The fields can be spliced into `list --json` as they are. */
  readonly spliceable?: boolean;
}
