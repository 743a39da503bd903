/** The JSON shapes of `list --json` and `show --json`: the contact as stored, plus derived fields. */
import type { Status } from '../domain/enums.js';
import { arrayElementJson as element, parseContactFields, type StoredContact } from '../domain/contact-fields.js';
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
