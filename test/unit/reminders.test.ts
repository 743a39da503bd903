import { describe, expect, it } from 'vitest';
import { lastTouch, nextDue, openOutreach, remindersOf, thankYouDue } from '../../src/domain/reminders.js';
import type { Contact } from '../../src/domain/schema.js';

const defaults = { meetingMinutes: 30, thankYouHours: 24 };
const now = new Date('2026-11-23T10:00:00-08:00'); // a Monday

describe('reminders', () => {
  it('the thank-you is due thankYouHours after the meeting ends', () => {
    expect(thankYouDue({ at: '2026-11-25T15:00:00-08:00', minutes: 45 }, defaults).toISOString()).toBe('2026-11-26T23:45:00.000Z');
    expect(thankYouDue({ at: '2026-11-25T15:00:00-08:00' }, { meetingMinutes: 30, thankYouHours: 48 }).toISOString()).toBe('2026-11-27T23:30:00.000Z');
  });

  const cases: { name: string; contact: Contact; kinds: string[] }[] = [
    { name: 'nothing for a new contact', contact: { name: 'A' }, kinds: [] },
    { name: '3B7 after an unanswered outreach', contact: { name: 'A', outreach: [{ at: '2026-11-20T09:30:00-08:00' }] }, kinds: ['try-another@2026-11-25T17:30:00.000Z', 'nudge@2026-12-01T17:30:00.000Z'] },
    { name: 'no 3B7 once answered', contact: { name: 'A', outreach: [{ at: '2026-11-20T09:30:00-08:00', repliedAt: '2026-11-21T09:30:00-08:00' }] }, kinds: [] },
    {
      name: 'a meeting and its thank-you; none once thanked',
      contact: { name: 'A', meetings: [{ at: '2026-11-25T15:00:00-08:00' }, { at: '2026-11-10T15:00:00-08:00', thankYouSentAt: '2026-11-11T09:00:00-08:00' }] },
      kinds: ['meeting@2026-11-10T23:00:00.000Z', 'meeting@2026-11-25T23:00:00.000Z', 'thank-you@2026-11-26T23:30:00.000Z'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(remindersOf(c.contact, defaults).map((r) => `${r.kind}@${r.at.toISOString()}`)).toEqual(c.kinds));
  }

  it('an outreach followed by a meeting is not open', () => {
    expect(openOutreach({ name: 'A', outreach: [{ at: '2026-11-20T09:30:00-08:00' }], meetings: [{ at: '2026-11-22T09:30:00-08:00' }] })).toBeUndefined();
  });

  it('next due skips past meetings; last touch ignores the future', () => {
    const contact: Contact = { name: 'A', outreach: [{ at: '2026-11-01T09:00:00-08:00', repliedAt: '2026-11-02T09:00:00-08:00' }], meetings: [{ at: '2026-11-25T15:00:00-08:00' }] };
    expect(nextDue(contact, defaults, now)?.kind).toBe('meeting');
    expect(lastTouch(contact, now)?.toISOString()).toBe('2026-11-02T17:00:00.000Z');
    expect(lastTouch({ name: 'B' }, now)).toBeUndefined();
  });
});
