/** `infoview calendar [contact] [--out FILE]`: meetings and reminders as iCalendar (RFC 5545). */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('calendar')
    .description('iCalendar (.ics) of meetings, thank-you reminders and no-reply reminders; stdout unless --out')
    .argument('[contact]', 'only this person\'s events')
    .option('--out <file>', 'write the calendar to this file (private, replaced atomically)')
    .addHelpText('after', examples(['infoview calendar --out ~/Calendars/infoview.ics', 'infoview calendar maya > maya.ics']));

export async function run(ctx: Context, query: string | undefined, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ calendarEvents }, { renderIcs }, { writeOutFile }, { findContact }, { warnProblems }] = await Promise.all([
    import('../domain/calendar.js'),
    import('../render/ics.js'),
    import('../store/out-file.js'),
    import('../store/lookup.js'),
    import('./shared/common.js'),
  ]);
  const store = ctx.store();
  const person = query ? (await findContact(store, query)).contact : undefined;
  const { contacts, problems } = await store.readAll();
  warnProblems(ctx, problems);
  const events = calendarEvents(contacts, ctx.now, await ctx.config(), person?.slug);
  // An empty calendar is still a valid one (exit 0), but not without a word.
  if (!events.length) {
    ctx.warn(person ? `nothing planned with ${person.contact.name}: add one with \`infoview add meeting ${person.slug} --at …\`` : 'nothing planned yet: add a meeting with `infoview add meeting <contact> --at …`');
  }
  const text = await renderIcs(events, ctx.now);
  if (options.out === undefined) {
    ctx.io.stdout.write(text);
    return;
  }
  const file = writeOutFile(ctx.dir, ctx.changes, options.out, text, 'interviews.ics'); // 0600: names and times are personal data
  ctx.out(`Wrote ${events.length} event${events.length === 1 ? '' : 's'} to ${file}`);
}
