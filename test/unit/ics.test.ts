import fc from 'fast-check';
import ical from 'ical-generator';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/calendar.js';
import { isOwnCalendar, renderIcs } from '../../src/render/ics.js';

/** The calendar as ical-generator itself writes and folds it whole (slow at 10,000 events). */
function libraryIcs(events: readonly CalendarEvent[], stamp: Date): string {
  const calendar = ical({ name: 'infoview', prodId: { company: 'infoview', product: 'infoview', language: 'EN' } });
  for (const e of events) {
    const alarms = e.alarmMinutesBefore === undefined ? [] : [{ trigger: e.alarmMinutesBefore * 60, description: e.summary }];
    calendar.createEvent({ id: e.uid, start: e.start, end: e.end, stamp, summary: e.summary, description: e.description, alarms, ...(e.location ? { location: e.location } : {}) });
  }
  return `${calendar.toString()}\r\n`;
}

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

  it('folds exactly as ical-generator does: accents, CJK, emoji, lone surrogates, long ASCII', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '—', '李', '🙂', '\ud83d', '\ude42', ',', ';', '\n', 'x'.repeat(40)), maxLength: 120 });
    const at = new Date('2026-11-25T23:00:00Z');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ summary: text, description: text, location: text, alarm: fc.option(fc.nat(600)) }), { maxLength: 4 }), async (drawn) => {
        const events = drawn.map((d, i) => ({ uid: `u${i}@infoview`, start: at, end: at, summary: d.summary, description: d.description, location: d.location, alarmMinutesBefore: d.alarm ?? undefined }));
        expect(await renderIcs(events, at)).toBe(libraryIcs(events, at));
      }),
      { numRuns: 200 },
    );
  });
});

