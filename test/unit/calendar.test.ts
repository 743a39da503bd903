import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/domain/facts.js';
import type { Contact } from '../../src/domain/schema.js';
import { calendarEvents } from '../../src/domain/calendar.js';
import { DEFAULTS } from '../../src/domain/config.js';

const config = { defaults: { ...DEFAULTS, greeting: 'Hi' as const, dateOrder: 'none' as const } };
const now = new Date('2026-11-23T10:00:00-08:00');
const known = (slug: string, contact: Contact) => ({ slug, contact, facts: factsOf(contact) });

describe('calendarEvents', () => {
  it('a thanked meeting has no reminder; an unthanked one does, at end + thankYouHours', () => {
    const events = calendarEvents(
      [known('maya-chen', { name: 'Maya Chen', meetings: [{ at: '2026-11-25T15:00:00-08:00', place: 'Blue Bottle' }, { at: '2026-11-01T15:00:00-08:00', thankYouSentAt: '2026-11-02T09:00:00-08:00' }] })],
      now,
      config,
    );
    expect(events.map((e) => `${e.uid} ${e.start.toISOString()} ${e.end.toISOString()}`)).toEqual([
      'meeting-maya-chen-20261101T230000Z@infoview 2026-11-01T23:00:00.000Z 2026-11-01T23:30:00.000Z',
      'meeting-maya-chen-20261125T230000Z@infoview 2026-11-25T23:00:00.000Z 2026-11-25T23:30:00.000Z',
      'thank-you-maya-chen-20261125T230000Z@infoview 2026-11-26T23:30:00.000Z 2026-11-26T23:45:00.000Z',
    ]);
    expect(events[1]?.location).toBe('Blue Bottle');
  });

  it('an answered outreach has no 3B7 reminders', () => {
    expect(calendarEvents([known('a', { name: 'A', outreach: [{ at: '2026-11-20T09:30:00-08:00', repliedAt: '2026-11-20T12:00:00-08:00' }] })], now, config)).toEqual([]);
  });
});

describe('calendarEvents and the 3B7 rules', () => {
  const dana = known('dana', { name: 'Dana', outreach: [{ at: '2026-11-20T09:30:00-08:00' }] });
  it('an unanswered outreach gives try-another and nudge; only one contact can be asked for', () => {
    const lee = known('lee', { name: 'Lee' });
    expect(calendarEvents([dana, lee], now, config).map((e) => e.uid)).toEqual(['try-another-dana-20261120T173000Z@infoview', 'nudge-dana-20261120T173000Z@infoview']);
    expect(calendarEvents([dana, lee], now, config, 'lee')).toEqual([]);
  });
  it('reaching out to someone else settles try-another, even in one person\'s calendar', () => {
    const lee = known('lee', { name: 'Lee', outreach: [{ at: '2026-11-21T09:30:00-08:00' }] });
    expect(calendarEvents([dana, lee], now, config, 'dana').map((e) => e.uid)).toEqual(['nudge-dana-20261120T173000Z@infoview']);
  });
});
