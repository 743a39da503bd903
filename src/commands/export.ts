/** `infoview export [--format json|csv] [--out FILE]`: every contact, for other tools. */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import { oneOf } from './shared/choices.js';
import type { Context } from '../context.js';
import type { ExportRecord } from '../render/export.js';

const FORMATS = ['json', 'csv'] as const;

export const definition = () =>
  new Command('export')
    .description('every contact, for other tools: JSON as stored (plus slug, status) or CSV, to stdout or --out FILE')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).argParser(oneOf(FORMATS)).default('json'))
    .option('--out <file>', 'write to this file instead (UTF-8, mode 0600, replaced atomically); a CSV file starts with a UTF-8 BOM so Excel reads its accents, stdout never does')
    .addHelpText('after', examples(['infoview export > contacts.json', 'infoview export --format csv > contacts.csv', 'infoview export --format csv --out ~/contacts.csv   # for Excel, and PowerShell']));

/**
 * Excel on Windows reads a CSV file without a byte order mark as the system's code page
 * (Windows-1252), garbling "José Núñez"; with one it reads UTF-8. Only files get it: tools
 * reading stdout take the BOM for part of the first field.
 */
const BOM = '\uFEFF';

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
  const csv = options.format === 'csv';
  // csv-stringify quotes per RFC 4180 (fields with commas, quotes or line breaks; "" for ").
  const text = csv ? (await import('csv-stringify/sync')).stringify([[...CSV_HEADER], ...csvRows(records)], { record_delimiter: 'windows' }) : toJson(jsonRecords(records));
  if (options.out === undefined) {
    ctx.io.stdout.write(text);
    return;
  }
  const { writeOutFile } = await import('../store/out-file.js');
  // 0600, and never into contacts/ or over config.yaml: every contact's personal data.
  const file = writeOutFile(ctx.dir, ctx.changes, options.out, csv ? `${BOM}${text}` : text, csv ? 'contacts.csv' : 'contacts.json');
  ctx.warn(`Wrote ${records.length} contact${records.length === 1 ? '' : 's'} to ${file}`);
}
