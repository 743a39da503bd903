/** Calendar events as iCalendar text (RFC 5545): what `calendar` prints and `calendarFile` holds. */
import type { CalendarEvent } from '../domain/calendar.js';

/** The PRODID line of every calendar infoview writes: how it knows a file is its own. */
const PRODID_LINE = 'PRODID:-//infoview//infoview//EN';

/**
 * ical-generator folds lines at 75 octets (not characters), escapes text per RFC 5545 and
 * writes CRLF line ends; it is loaded only here.
 */
export async function renderIcs(events: readonly CalendarEvent[], stamp: Date): Promise<string> {
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

/** Does this head of a file (its first KiB or so) come from infoview? Its PRODID, before any event. */
export function isOwnCalendar(head: string): boolean {
  const lines = head.split(/\r?\n/);
  if (lines[0] !== 'BEGIN:VCALENDAR') return false;
  const firstEvent = lines.findIndex((l) => l.startsWith('BEGIN:VEVENT'));
  return (firstEvent === -1 ? lines : lines.slice(0, firstEvent)).includes(PRODID_LINE);
}
