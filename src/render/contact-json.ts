/** The JSON shapes of `list --json` and `show --json`: the contact as stored, plus derived fields. */
import type { Status } from '../domain/enums.js';
import type { StoredContact } from '../domain/contact-fields.js';
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
  stored: Pick<StoredContact, 'slug' | 'contact'>;
  status: Status;
  nextStep: string;
}

/** The JSON of `value` as an element of a top-level array: indented one level, no trailing comma. */
const element = (value: unknown) => JSON.stringify([value], null, 2).slice(2, -2); // drop `[\n` and `\n]`

/**
 * Write `list --json` to `write` in chunks (byte-sink.ts): the same text as `toJson(rows.map((r) =>
 * contactJson(r.stored, r.status, { nextStep: r.nextStep })))`, without holding it all at once.
 */
export function writeListJson(rows: Iterable<ListRow>, write: (chunk: Uint8Array) => void): void {
  writeJsonArray(rows, write, ({ stored, status, nextStep }, out) => out.text(element(contactJson(stored, status, { nextStep }))));
}
