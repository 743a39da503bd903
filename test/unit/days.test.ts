/** The hand-written day arithmetic gives what date-fns gives, in the test zone (America/Los_Angeles, with DST). */
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDaysMs, addDaysMs } from '../../src/domain/days.js';

// 2020–2030, including every DST change in between, at any minute.
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((n) => n - (n % 60_000));

describe('day arithmetic', () => {
  it('addDaysMs matches date-fns addDays', () => {
    fc.assert(fc.property(instant, fc.integer({ min: -400, max: 400 }), (ms, n) => addDaysMs(ms, n) === addDays(ms, n).getTime()), { numRuns: 2000 });
  });
  it('addBusinessDaysMs matches date-fns addBusinessDays', () => {
    fc.assert(fc.property(instant, fc.integer({ min: -30, max: 30 }), (ms, n) => addBusinessDaysMs(ms, n) === addBusinessDays(ms, n).getTime()), { numRuns: 2000 });
  });
  it('keeps the wall-clock hour across the autumn DST change', () => {
    const friday = Date.parse('2026-10-30T09:00:00-07:00');
    expect(new Date(addBusinessDaysMs(friday, 3)).toISOString()).toBe('2026-11-04T17:00:00.000Z'); // Wed 09:00 PST
    expect(new Date(addDaysMs(friday, 7)).toISOString()).toBe('2026-11-06T17:00:00.000Z');
  });
});
