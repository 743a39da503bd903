/** `infoview export [--format json|csv]`: every contact to stdout, for other tools. */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import { oneOf } from './shared/choices.js';
import type { Context } from '../context.js';
import type { ExportRecord } from '../render/export.js';

const FORMATS = ['json', 'csv'] as const;

export const definition = () =>
  new Command('export')
    .description('every contact to stdout, for other tools: JSON as stored (plus slug, status) or CSV')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).argParser(oneOf(FORMATS)).default('json'))
    .addHelpText('after', examples(['infoview export > contacts.json', 'infoview export --format csv > contacts.csv']));

export async function run(ctx: Context, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ dueByContact }, { deriveStatus }, { toJson }, { CSV_HEADER, csvRows, jsonRecords, lastInteraction, nextDue }, { warnProblems }] = await Promise.all([
    import('../domain/followup.js'),
    import('../domain/status.js'),
    import('../render/contact-json.js'),
    import('../render/export.js'),
    import('./shared/common.js'),
  ]);
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
