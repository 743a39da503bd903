/** The JSON shapes of `list --json` and `show --json`: the contact as stored, plus derived fields. */
import type { Status } from '../domain/enums.js';
import type { Contact } from '../domain/schema.js';
import type { StoredContact } from '../store/contacts.js';
import { writeJsonArray } from './byte-sink.js';

export interface ContactJson {
  slug: string;
  status: Status;
  [key: string]: unknown;
}

/**
 * The contact as stored, with `slug`, `status` and `extra` added. The derived values win over a
 * file's own keys of the same names (SPEC: the contact "with slug and status added"); `slug` and
 * `status` still come first.
 */
export function contactJson(stored: Pick<StoredContact, 'slug' | 'contact'>, status: Status, extra: Record<string, unknown> = {}): ContactJson {
  const json: ContactJson = { slug: stored.slug, status, ...stored.contact, ...extra };
  json.slug = stored.slug;
  json.status = status;
  return json;
}

export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Keys `list --json` adds to each contact; a contact that has one of its own is printed the plain way. */
const LIST_KEYS = ['slug', 'status', 'nextStep'];

/** A key JavaScript orders before all others in an object (an array index): it would move ahead of `slug`. */
const isIndexKey = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** The JSON of `value` as an element of a top-level array: indented one level, no trailing comma. */
const element = (value: unknown) => `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;

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
  return { text: element(contact).slice(4, -4), spliceable }; // drop `  {\n` and `\n  }`
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
  /** The contact: its fields text (spliced when `spliceable`), or the contact itself for the rare other one. */
  stored: Pick<StoredContact, 'slug' | 'contact' | 'fields' | 'spliceable'>;
  status: Status;
  nextStep: string;
}

/**
 * Write `list --json` to `write` in chunks (byte-sink.ts): the same text as `toJson(rows.map((r) =>
 * contactJson(r.stored, r.status, { nextStep: r.nextStep })))`, with each contact's fields text
 * between the derived keys as the bytes the index holds, so no contact is parsed or serialised.
 * `fieldsOf` gives that text (by default `stored.fields`; ContactStore.withFields reads it from
 * the index); a contact whose text would print differently is parsed from it and printed the plain way.
 */
export function writeListJson(rows: Iterable<ListRow>, write: (chunk: Uint8Array) => void, fieldsOf = (stored: ListRow['stored']) => stored.fields): void {
  writeJsonArray(rows, write, ({ stored, status, nextStep }, out) => {
    const fields = fieldsOf(stored);
    if (!fields || !stored.spliceable) {
      const contact = fields ? parseContactFields(fields.buffer.toString('utf8', fields.start, fields.end)) : stored.contact;
      return out.text(element(contactJson({ slug: stored.slug, contact }, status, { nextStep })));
    }
    out.text(`  {\n    "slug": ${JSON.stringify(stored.slug)},\n    "status": ${JSON.stringify(status)},\n`);
    out.bytes(fields);
    out.text(`,\n    "nextStep": ${JSON.stringify(nextStep)}\n  }`);
  });
}
