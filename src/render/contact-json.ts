/** The JSON shapes of `list --json` and `show --json`: the contact as stored, plus derived fields. */
import type { Status } from '../domain/enums.js';
import type { Contact } from '../domain/schema.js';
import type { StoredContact } from '../store/contacts.js';

export interface ContactJson {
  slug: string;
  status: Status;
  [key: string]: unknown;
}

export function contactJson(stored: Pick<StoredContact, 'slug' | 'contact'>, status: Status, extra: Record<string, unknown> = {}): ContactJson {
  return { slug: stored.slug, status, ...stored.contact, ...extra };
}

export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Keys `list --json` adds to each contact; a contact that has one of its own is printed the slow way. */
const LIST_KEYS = ['slug', 'status', 'nextStep'];

/** The JSON of `value` as an element of a top-level array: indented one level, no trailing comma. */
const element = (value: unknown) => `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;

/**
 * A contact's fields exactly as `list --json` prints them inside its element (indented, without
 * the braces), or undefined when the contact has a key of its own that `list` adds. The derived
 * index keeps this text, so `list --json` copies it without parsing or serialising the contact.
 */
export function contactFieldsJson(contact: Contact): string | undefined {
  if (LIST_KEYS.some((k) => Object.hasOwn(contact, k))) return undefined;
  const inner = element(contact);
  return inner.slice(4, -4); // drop `  {\n` and `\n  }`
}

/** The contact back from its fields text (what `contactFieldsJson` wrote). */
export const parseContactFields = (fields: string): Contact => JSON.parse(`{${fields}}`) as Contact;

/**
 * UTF-8 text that is a range of a larger buffer (the derived index). Kept as numbers, not a view:
 * making 10,000 Buffer views costs more than the rest of a warm read.
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

export interface ListRow {
  slug: string;
  status: Status;
  nextStep: string;
  /** `contactFieldsJson` of the contact, when it has one. */
  fields: Bytes | undefined;
  /** The contact, for the rare one without fields text. */
  contact(): Contact;
}

/**
 * `list --json` as UTF-8 pieces: together the same text as `toJson(rows.map((r) => contactJson(r,
 * r.status, { nextStep: r.nextStep })))`, with each contact's fields text between the derived
 * keys as the bytes the index holds, so no contact is parsed or serialised.
 */
export function listJson(rows: readonly ListRow[]): Uint8Array[] {
  if (!rows.length) return [Buffer.from('[]\n')];
  // Text between two contacts' fields is joined into one piece: half as many pieces to copy.
  const pieces: (string | Bytes)[] = [];
  let text = '[\n';
  rows.forEach((r, i) => {
    const sep = i ? ',\n' : '';
    if (r.fields === undefined) {
      text += `${sep}${element(contactJson({ slug: r.slug, contact: r.contact() }, r.status, { nextStep: r.nextStep }))}`;
      return;
    }
    pieces.push(`${text}${sep}  {\n    "slug": ${JSON.stringify(r.slug)},\n    "status": ${JSON.stringify(r.status)},\n`, r.fields);
    text = `,\n    "nextStep": ${JSON.stringify(r.nextStep)}\n  }`;
  });
  pieces.push(`${text}\n]\n`);
  return pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p.buffer.subarray(p.start, p.end)));
}
