import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../src/domain/calendar.js';

const defaults = { meetingMinutes: 30, thankYouHours: 24 };

describe('calendarEvents', () => {
  it('a thanked meeting has no reminder; an unthanked one does, at end + thankYouHours', () => {
    const events = calendarEvents(
      [{ slug: 'maya-chen', contact: { name: 'Maya Chen', meetings: [{ at: '2026-11-25T15:00:00-08:00', place: 'Blue Bottle' }, { at: '2026-11-01T15:00:00-08:00', thankYouSentAt: '2026-11-02T09:00:00-08:00' }] } }],
      defaults,
    );
    expect(events.map((e) => `${e.uid} ${e.start.toISOString()} ${e.end.toISOString()}`)).toEqual([
      'meeting-maya-chen-20261101T230000Z@infoview 2026-11-01T23:00:00.000Z 2026-11-01T23:30:00.000Z',
      'meeting-maya-chen-20261125T230000Z@infoview 2026-11-25T23:00:00.000Z 2026-11-25T23:30:00.000Z',
      'thank-you-maya-chen-20261125T230000Z@infoview 2026-11-26T23:30:00.000Z 2026-11-26T23:45:00.000Z',
    ]);
    expect(events[1]?.location).toBe('Blue Bottle');
  });

  it('an answered outreach has no 3B7 reminders', () => {
    expect(calendarEvents([{ slug: 'a', contact: { name: 'A', outreach: [{ at: '2026-11-20T09:30:00-08:00', repliedAt: '2026-11-20T12:00:00-08:00' }] } }], defaults)).toEqual([]);
  });
});
