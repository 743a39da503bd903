/** `infoview export [--format json|csv]`: every contact to stdout, for other tools. */
import type { Context } from '../context.js';
import { dueByContact } from '../domain/followup.js';
import { deriveStatus } from '../domain/status.js';
import { toJson } from '../render/contact-json.js';
import { CSV_HEADER, csvRows, jsonRecords, lastInteraction, nextDue, type ExportRecord } from '../render/export.js';
import { warnProblems } from './shared/common.js';

type ExportFormat = 'json' | 'csv';

export async function run(ctx: Context, options: { format?: ExportFormat }): Promise<void> {
  const { contacts, problems } = await ctx.store().readAll();
  warnProblems(ctx, problems);
  const config = await ctx.config();
  // The same rules as `followup`, so both always agree on what is due.
  const due = dueByContact(contacts, ctx.now, config);
  const records: ExportRecord[] = contacts.map((stored) => ({
    stored,
    status: deriveStatus(stored.facts, ctx.now, config.defaults.meetingMinutes),
    lastTouch: lastInteraction(stored.contact, ctx.now),
    next: nextDue(due.get(stored.slug) ?? [], stored.contact, ctx.now),
  }));
  if ((options.format ?? 'json') === 'json') {
    ctx.io.stdout.write(toJson(jsonRecords(records)));
    return;
  }
  // csv-stringify quotes per RFC 4180 (fields with commas, quotes or line breaks; "" for ").
  const { stringify } = await import('csv-stringify/sync');
  ctx.io.stdout.write(stringify([[...CSV_HEADER], ...csvRows(records)], { record_delimiter: 'windows' }));
}
