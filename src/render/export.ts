/**
 * The shapes of `infoview export`: JSON (each contact as stored, plus slug and status) and the
 * rows of the CSV (one per contact, main fields, last touch, next due item). Pure.
 */
import { localIso } from '../domain/iso.js';
import { contactJson } from './contact-json.js';
import type { DueItem } from '../domain/due.js';
import type { Status } from '../domain/enums.js';
import type { Contact } from '../domain/schema.js';
import type { StoredContact } from '../domain/contact-fields.js';

export interface ExportRecord {
  stored: StoredContact;
  status: Status;
  lastTouch?: Date | undefined;
  next?: NextItem | undefined;
}

/** The one thing to act on next: a followup kind, or `meeting`. */
export interface NextItem {
  kind: string;
  due: string;
}

/**
 * What comes next with a contact: the most urgent item `followup` lists now; else the earliest of
 * the upcoming followup items and the next meeting.
 */
export function nextDue(items: readonly DueItem[], contact: Contact, now: Date): NextItem | undefined {
  const listed = items.find((i) => i.listed);
  if (listed) return { kind: listed.kind, due: localIso(new Date(listed.dueMs)) };
  const meetings = (contact.meetings ?? []).map((m) => ({ kind: 'meeting', ms: Date.parse(m.at) })).filter((m) => m.ms > now.getTime());
  // Compared as epoch ms; only the winner is written out.
  const next = [...items.map((i) => ({ kind: i.kind, ms: i.dueMs })), ...meetings].sort((a, b) => a.ms - b.ms)[0];
  return next && { kind: next.kind, due: localIso(new Date(next.ms)) };
}

/**
 * The last time anything happened with a contact, up to `now`: outreach, reply, meeting start,
 * thank-you. (due.ts's lastTouch is narrower on purpose: it starts the keep-in-touch clock only
 * after a meeting.)
 */
export function lastInteraction(contact: Contact, now: Date): Date | undefined {
  const times = [
    ...(contact.outreach ?? []).flatMap((o) => [o.at, o.repliedAt]),
    ...(contact.meetings ?? []).flatMap((m) => [m.at, m.thankYouSentAt]),
  ]
    .filter((t): t is string => Boolean(t))
    .map((t) => Date.parse(t))
    .filter((t) => t <= now.getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
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

/** ISO 8601 with the local offset, like every time infoview writes. */
const iso = (d: Date | undefined) => (d ? localIso(d) : '');

/** One CSV row per contact, in CSV_HEADER order, every cell guarded. */
export function csvRows(records: readonly ExportRecord[]): string[][] {
  return records.map(({ stored: { slug, contact }, status, lastTouch, next }) =>
    [
      slug, contact.name, status, contact.role, contact.company, contact.field, contact.email,
      contact.phone, contact.linkedin, contact.source, contact.introducedBy, (contact.tags ?? []).join('; '),
      iso(lastTouch), next?.kind, next?.due,
    ].map((cell) => guardFormula(String(cell ?? ''))),
  );
}

/** The JSON export: what the files hold, with slug and status first (and winning over keys of those names). */
export function jsonRecords(records: readonly ExportRecord[]): Record<string, unknown>[] {
  return records.map(({ stored, status }) => contactJson(stored, status));
}
