/** Calendar events as iCalendar text (RFC 5545): what `calendar` prints and `calendarFile` holds. */
import type { CalendarEvent } from '../domain/calendar.js';

/** The PRODID line of every calendar infoview writes: how it knows a file is its own. */
const PRODID_LINE = 'PRODID:-//infoview//infoview//EN';

/** The UTF-8 size of one character (a lone surrogate is written as U+FFFD: 3 octets). */
function octets(ch: string): number {
  let n = 0;
  for (const c of ch) {
    const cp = c.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * RFC 5545 folding: a line longer than 75 octets goes on in lines that start with a space, never
 * inside a character. The same folds as ical-generator's `foldLines`, which builds a TextEncoder
 * per character (seconds at 10,000 contacts); most lines are short ASCII and are kept as they are.
 */
function foldLine(line: string): string {
  if (line.length <= 74 && /^[\x20-\x7e]*$/.test(line)) return line;
  let result = '';
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    let ch = line.charAt(i);
    if (ch >= '\ud800' && ch <= '\udbff') ch += line.charAt(++i); // a surrogate pair stays whole
    const size = octets(ch);
    count += size;
    if (count > 74) {
      result += '\r\n ';
      count = size;
    }
    result += ch;
  }
  return result;
}

/**
 * ical-generator writes each event and escapes text per RFC 5545, with CRLF line ends; it is
 * loaded only here. The events are folded here, the calendar around them by the library.
 */
export async function renderIcs(events: readonly CalendarEvent[], stamp: Date): Promise<string> {
  const { default: ical, ICalAlarmType } = await import('ical-generator');
  const calendar = ical({ name: 'infoview', prodId: { company: 'infoview', product: 'infoview', language: 'EN' } });
  const shell = calendar.toString(); // BEGIN:VCALENDAR … END:VCALENDAR, with no event yet
  const body = events.map((e) =>
    calendar
      .createEvent({
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
      })
      .toString()
      .split('\r\n')
      .map(foldLine)
      .join('\r\n'),
  );
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const head = shell.replace(/END:VCALENDAR(\r\n)?$/, '');
  if (head === shell) throw new Error('ical-generator ended its calendar otherwise than with END:VCALENDAR');
  return `${head}${body.join('')}END:VCALENDAR\r\n`;
}

/** Does this head of a file (its first KiB or so) come from infoview? Its PRODID, before any event. */
export function isOwnCalendar(head: string): boolean {
  const lines = head.split(/\r?\n/);
  if (lines[0] !== 'BEGIN:VCALENDAR') return false;
  const firstEvent = lines.findIndex((l) => l.startsWith('BEGIN:VEVENT'));
  return (firstEvent === -1 ? lines : lines.slice(0, firstEvent)).includes(PRODID_LINE);
}
