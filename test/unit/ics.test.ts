import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isOwnCalendar, renderIcs } from '../../src/render/ics.js';

describe('renderIcs and isOwnCalendar', () => {
  it('knows its own calendar by the PRODID in the header, empty or not', async () => {
    const at = new Date('2026-11-25T23:00:00Z');
    const event = { uid: 'u@infoview', start: at, end: at, summary: 'Meeting', description: 'd' };
    for (const text of [await renderIcs([], at), await renderIcs([event], at)]) {
      expect(new ICAL.Component(ICAL.parse(text)).name).toBe('vcalendar');
      expect(isOwnCalendar(text)).toBe(true);
      expect(isOwnCalendar(text.replace(/\r\n/g, '\n'))).toBe(true); // a sync client that changed the line ends
    }
  });

  it('refuses every other file: another PRODID, the PRODID only inside an event, not a calendar, empty', () => {
    const foreign = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n';
    const inEvent = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nPRODID:-//infoview//infoview//EN\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    for (const text of [foreign, inEvent, 'PRODID:-//infoview//infoview//EN\r\n', 'my notes', '']) expect(isOwnCalendar(text)).toBe(false);
  });
});
