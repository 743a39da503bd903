/**
 * The shapes of `infoview export`: JSON (each contact as stored, plus slug and status) and the
 * rows of the CSV (one per contact, main fields, last touch, next due item). Pure.
 */
import type { Status } from '../domain/enums.js';
import type { Reminder } from '../domain/reminders.js';
import type { StoredContact } from '../store/contacts.js';

export interface ExportRecord {
  stored: StoredContact;
  status: Status;
  lastTouch?: Date | undefined;
  next?: Reminder | undefined;
}

export const CSV_HEADER = [
  'slug', 'name', 'status', 'role', 'company', 'field', 'email', 'phone', 'linkedin', 'source',
  'introducedBy', 'tags', 'lastTouch', 'nextDue', 'nextDueAt',
] as const;

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and tab or CR) as a formula,
 * so a name like `=HYPERLINK(...)` in a contact file could act when the CSV is opened (OWASP "CSV
 * injection"). Such cells get a leading `'`, which spreadsheets show as text.
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** ISO 8601 in UTC (`Z`): unambiguous for other tools. */
const iso = (d: Date | undefined) => (d ? d.toISOString() : '');

/** One CSV row per contact, in CSV_HEADER order, every cell guarded. */
export function csvRows(records: readonly ExportRecord[]): string[][] {
  return records.map(({ stored: { slug, contact }, status, lastTouch, next }) =>
    [
      slug, contact.name, status, contact.role, contact.company, contact.field, contact.email,
      contact.phone, contact.linkedin, contact.source, contact.introducedBy, (contact.tags ?? []).join('; '),
      iso(lastTouch), next?.kind, iso(next?.at),
    ].map((cell) => guardFormula(String(cell ?? ''))),
  );
}

/** The JSON export: what the files hold, with slug and status first. */
export function jsonRecords(records: readonly ExportRecord[]): Record<string, unknown>[] {
  return records.map(({ stored, status }) => ({ slug: stored.slug, status, ...stored.contact }));
}
