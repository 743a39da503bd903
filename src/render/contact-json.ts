/** The JSON shapes of `list --json` and `show --json`: the contact as stored, plus derived fields. */
import type { Status } from '../domain/enums.js';
import type { StoredContact } from '../store/contacts.js';

export interface ContactJson {
  slug: string;
  status: Status;
  [key: string]: unknown;
}

export function contactJson(stored: StoredContact, status: Status, extra: Record<string, unknown> = {}): ContactJson {
  return { slug: stored.slug, status, ...stored.contact, ...extra };
}

export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
