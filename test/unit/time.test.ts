import { format } from 'date-fns/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime } from '../../src/render/time.js';

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
