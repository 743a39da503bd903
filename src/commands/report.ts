/** `infoview report [--out FILE] [--format md|html] [--since DATE] [--anonymize]`: progress you can show. */
import { Command, Option } from '@commander-js/extra-typings';
import { oneOf } from './shared/choices.js';
import { examples, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

const FORMATS = ['md', 'html'] as const;

export const definition = () =>
  new Command('report')
    .description('a progress report for you or your careers adviser: outreach, reply rate, meetings, thank-yous on time, referrals, charts per week')
    .addOption(new Option('--format <format>', 'md (the default) or html: one self-contained page with charts; with --out FILE.html, html').choices(FORMATS).argParser(oneOf(FORMATS)))
    .option('--out <file>', 'write to this file instead (UTF-8, mode 0600, replaced atomically)')
    .option('--since <date>', 'only what happened from this day on (2026-11-01, "4 weeks ago"); all time by default')
    .option('--anonymize', "contacts' names as initials (M. C.), for sharing")
    .addHelpText('after', examples(['infoview report', 'infoview report --out ~/progress.html', 'infoview report --since "4 weeks ago" --anonymize --out report.html']));

/** An .html or .htm --out file means HTML unless --format says otherwise. */
const formatOf = (options: OptionsOf<typeof definition>) => options.format ?? (options.out && /\.html?$/i.test(options.out) ? 'html' : 'md');

export async function run(ctx: Context, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ buildReport }, { anonymized }, { warnProblems }] = await Promise.all([import('../domain/report.js'), import('../render/report-parts.js'), import('./shared/common.js')]);
  const sinceMs = options.since === undefined ? undefined : await readSince(ctx, options.since);
  const { contacts, problems } = await ctx.store().readAll();
  warnProblems(ctx, problems);
  const config = await ctx.config();
  const [{ targetsOrWarn }, { targetCoverage }] = await Promise.all([import('./shared/targets-file.js'), import('../domain/targets.js')]);
  const targets = targetCoverage(await targetsOrWarn(ctx), contacts, ctx.now);
  const built = buildReport(contacts, { now: ctx.now, sinceMs, defaults: config.defaults, targets });
  const report = options.anonymize ? anonymized(built) : built;
  const format = formatOf(options);
  const text = format === 'html' ? (await import('../render/report-html.js')).reportHtml(report, config.me) : (await import('../render/report-md.js')).reportMarkdown(report, config.me);
  if (options.out === undefined) {
    // Markdown is read on a terminal (control characters shown escaped); HTML goes out exact.
    if (format === 'md') ctx.out(text);
    else ctx.io.stdout.write(text);
    return;
  }
  const { writeOutFile } = await import('../store/out-file.js');
  const file = writeOutFile(ctx.dir, ctx.changes, options.out, text, format === 'html' ? 'report.html' : 'report.md');
  ctx.warn(`Wrote the report (${format === 'html' ? 'HTML' : 'Markdown'}) to ${file}`);
}

const SINCE_FORMS = 'Give a day, like 2026-11-01, "4 weeks ago" or "last monday" (from its start), or a time';

/** `--since` as epoch ms: WHEN as everywhere (domain/when.ts), a day alone from its start; not in the future (exit 2). */
async function readSince(ctx: Context, value: string): Promise<number> {
  const [{ readDay }, { UsageError }, { localTime }] = await Promise.all([import('./shared/at.js'), import('../errors.js'), import('../render/time.js')]);
  const at = await readDay(ctx, '--since', value, 'past', SINCE_FORMS);
  const since = Date.parse(at);
  // Before any interview anyone records, and past what the report's dates can show: say so.
  if (!(since >= Date.UTC(1900, 0, 1))) throw new UsageError(`--since "${value}" is before 1900`, 'Give a day you were networking, like 2026-11-01 or "4 weeks ago"');
  if (since > ctx.now.getTime()) throw new UsageError(`--since "${value}" is in the future (${localTime(at, ctx.now)})`, 'Give a past day, like 2026-11-01 or "4 weeks ago"');
  return since;
}
