/** `infoview calendar [contact] [--out FILE]`: meetings and reminders as iCalendar (RFC 5545). */
import type { Context } from '../context.js';
import { calendarEvents, type CalendarEvent } from '../domain/calendar.js';
import { writeOutFile } from '../store/out-file.js';
import { findContact } from '../store/lookup.js';
import { warnProblems } from './shared/common.js';

/**
 * ical-generator folds lines at 75 octets (not characters), escapes text per RFC 5545 and
 * writes CRLF line ends; it is loaded only here.
 */
async function render(events: readonly CalendarEvent[], stamp: Date): Promise<string> {
  const { default: ical, ICalAlarmType } = await import('ical-generator');
  const calendar = ical({ name: 'infoview', prodId: { company: 'infoview', product: 'infoview', language: 'EN' } });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      stamp, // DTSTAMP from the clock: deterministic under INFOVIEW_NOW
      summary: e.summary,
      description: e.description,
      ...(e.location ? { location: e.location } : {}),
      ...(e.alarmMinutesBefore === undefined
        ? {}
        : { alarms: [{ type: ICalAlarmType.display, trigger: e.alarmMinutesBefore * 60, description: e.summary }] }),
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; the library leaves the last bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

export async function run(ctx: Context, query: string | undefined, options: { out?: string }): Promise<void> {
  const store = ctx.store();
  const only = query ? (await findContact(store, query)).contact.slug : undefined;
  const { contacts, problems } = await store.readAll();
  warnProblems(ctx, problems);
  const events = calendarEvents(contacts, ctx.now, await ctx.config(), only);
  const text = await render(events, ctx.now);
  if (!options.out) {
    ctx.io.stdout.write(text);
    return;
  }
  const file = writeOutFile(ctx.dir, ctx.changes, options.out, text, 'interviews.ics'); // 0600: names and times are personal data
  ctx.out(`Wrote ${events.length} event${events.length === 1 ? '' : 's'} to ${file}`);
}
