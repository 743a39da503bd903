import { format } from 'date-fns/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueText, localTime, meetingWhen, relative } from '../../src/render/time.js';

describe('localTime', () => {
  it('writes exactly what date-fns format wrote, in this year and others, across DST (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }), (ms, nowMs) => {
        const d = new Date(ms);
        const now = new Date(nowMs);
        const sameYear = d.getFullYear() === now.getFullYear();
        expect(localTime(d, now)).toBe(format(d, sameYear ? 'EEE d MMM HH:mm' : 'EEE d MMM yyyy HH:mm'));
        expect(localTime(d.toISOString())).toBe(format(d, 'EEE d MMM HH:mm'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads like a person writes it (tests run in America/Los_Angeles)', () => {
    const now = new Date('2026-11-23T10:00:00-08:00');
    expect(localTime('2026-11-25T15:00:00-08:00', now)).toBe('Wed 25 Nov 15:00');
    expect(localTime('2027-01-04T09:05:00-08:00', now)).toBe('Mon 4 Jan 2027 09:05');
    expect(localTime('2026-11-01T08:30:00Z', now)).toBe('Sun 1 Nov 01:30');
  });

  it('refuses an invalid time, as format did', () => expect(() => localTime('not a time')).toThrow(RangeError));
});

describe('relative times in calendar words (tests run in America/Los_Angeles)', () => {
  const now = new Date('2026-11-23T10:00:00-08:00'); // Mon 23 Nov
  const at = (local: string) => new Date(`2026-${local}:00-08:00`);
  const cases: [string, string, string, string][] = [
    // when, beside a full time (status, prep), a meeting standing alone (list's next step), a due time
    ['11-23T15:00', 'in 5 h', 'today 15:00', 'due in 5 h'],
    ['11-23T10:20', 'in 20 min', 'today 10:20', 'due in 20 min'],
    ['11-23T23:00', 'today', 'today 23:00', 'due today 23:00'],
    ['11-24T10:00', 'tomorrow', 'tomorrow 10:00', 'due tomorrow 10:00'],
    ['11-24T16:00', 'tomorrow', 'tomorrow 16:00', 'due tomorrow 16:00'], // not "in 30 h"
    ['11-25T02:00', 'in 2 days', 'in 2 days', 'due in 2 days'], // not "in 40 h"
    ['11-25T15:00', 'in 2 days', 'in 2 days', 'due in 2 days'],
    ['12-06T09:00', 'in 13 days', 'in 13 days', 'due in 13 days'],
    ['12-07T10:00', 'in 2 weeks', 'in 2 weeks', 'due in 2 weeks'],
    ['11-23T07:00', '3 h ago', 'today 07:00', 'overdue by 3 h'],
    ['11-22T14:00', 'yesterday', 'yesterday 14:00', 'overdue by 20 h'],
    ['11-21T22:00', '2 days ago', '2 days ago', 'overdue by 36 h'],
  ];
  for (const [when, beside, alone, due] of cases) {
    it(when, () => {
      expect(relative(at(when), now)).toBe(beside);
      expect(meetingWhen(at(when), now)).toBe(alone);
      expect(dueText(at(when), now)).toBe(due);
    });
  }

  it('counts local calendar days, not 24-hour spans, at 23:30', () => {
    const late = new Date('2026-11-23T23:30:00-08:00');
    expect(dueText(at('11-24T00:30'), late)).toBe('due in 1 h');
    expect(meetingWhen(at('11-24T00:30'), late)).toBe('tomorrow 00:30');
    expect(relative(at('11-24T18:00'), late)).toBe('tomorrow');
    expect(relative(at('11-25T08:00'), late)).toBe('in 2 days');
  });
});
