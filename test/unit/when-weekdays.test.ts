/**
 * The weekday rules of WHEN, on every weekday as today × every weekday as input (7 × 7 per
 * phrase). Each table is written out by hand, row = today (Mon … Sun), column = the weekday typed,
 * cell = days from today (null: refused), so a change to the rules shows as a changed cell.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/domain-error.js';
import { parseWhen, type WhenOptions } from '../../src/domain/when.js';

// Tests run with TZ=America/Los_Angeles. Mon 23 Nov 2026 … Sun 29 Nov 2026, each at 12:00 PST.
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const today = (t: number) => new Date(`2026-11-${23 + t}T12:00:00-08:00`);
const dayAfter = (t: number, offset: number, time: string) => {
  const d = new Date(Date.UTC(2026, 10, 23 + t + offset));
  return `${d.toISOString().slice(0, 10)}T${time}:00-08:00`;
};
type Table = (number | null)[][];

const THIS: Table = [
  [0, 1, 2, 3, 4, 5, 6],
  [null, 0, 1, 2, 3, 4, 5],
  [null, null, 0, 1, 2, 3, 4],
  [null, null, null, 0, 1, 2, 3],
  [null, null, null, null, 0, 1, 2],
  [null, null, null, null, null, 0, 1],
  [null, null, null, null, null, null, 0],
];
const NEXT: Table = [
  [7, 8, 9, 10, 11, 12, 13],
  [6, 7, 8, 9, 10, 11, 12],
  [5, 6, 7, 8, 9, 10, 11],
  [4, 5, 6, 7, 8, 9, 10],
  [3, 4, 5, 6, 7, 8, 9],
  [2, 3, 4, 5, 6, 7, 8],
  [1, 2, 3, 4, 5, 6, 7],
];
const LAST: Table = [
  [-7, -6, -5, -4, -3, -2, -1],
  [-1, -7, -6, -5, -4, -3, -2],
  [-2, -1, -7, -6, -5, -4, -3],
  [-3, -2, -1, -7, -6, -5, -4],
  [-4, -3, -2, -1, -7, -6, -5],
  [-5, -4, -3, -2, -1, -7, -6],
  [-6, -5, -4, -3, -2, -1, -7],
];
/** A bare weekday where the time can only be past, at a time already gone today (10:00 at 12:00). */
const PAST_EARLIER: Table = [
  [0, -6, -5, -4, -3, -2, -1],
  [-1, 0, -6, -5, -4, -3, -2],
  [-2, -1, 0, -6, -5, -4, -3],
  [-3, -2, -1, 0, -6, -5, -4],
  [-4, -3, -2, -1, 0, -6, -5],
  [-5, -4, -3, -2, -1, 0, -6],
  [-6, -5, -4, -3, -2, -1, 0],
];
/** A bare weekday where the time can only be future, at a time still ahead today (14:00 at 12:00). */
const FUTURE_LATER: Table = [
  [0, 1, 2, 3, 4, 5, 6],
  [6, 0, 1, 2, 3, 4, 5],
  [5, 6, 0, 1, 2, 3, 4],
  [4, 5, 6, 0, 1, 2, 3],
  [3, 4, 5, 6, 0, 1, 2],
  [2, 3, 4, 5, 6, 0, 1],
  [1, 2, 3, 4, 5, 6, 0],
];
const sameButToday = (table: Table, cell: number): Table => table.map((row, t) => row.map((v, w) => (t === w ? cell : v)));

const cases: { phrase: (day: string) => string; time: string; options: WhenOptions; table: Table }[] = [
  { phrase: (d) => `this ${d} 10:00`, time: '10:00', options: {}, table: THIS },
  { phrase: (d) => `this ${d} 10:00`, time: '10:00', options: { direction: 'past' }, table: THIS },
  { phrase: (d) => `next ${d} 10:00`, time: '10:00', options: {}, table: NEXT },
  { phrase: (d) => `${d} next week 10:00`, time: '10:00', options: {}, table: NEXT },
  { phrase: (d) => `last ${d} 10:00`, time: '10:00', options: {}, table: LAST },
  { phrase: (d) => `last ${d} 10:00`, time: '10:00', options: { direction: 'past' }, table: LAST },
  { phrase: (d) => `${d} 10:00`, time: '10:00', options: { direction: 'past' }, table: PAST_EARLIER },
  { phrase: (d) => `${d} 14:00`, time: '14:00', options: { direction: 'past' }, table: LAST },
  { phrase: (d) => `on ${d} at 2pm`, time: '14:00', options: { direction: 'past' }, table: LAST },
  { phrase: (d) => `${d} 14:00`, time: '14:00', options: { direction: 'future' }, table: FUTURE_LATER },
  { phrase: (d) => `${d} 10:00`, time: '10:00', options: { direction: 'future' }, table: sameButToday(FUTURE_LATER, 7) },
  { phrase: (d) => d, time: '00:00', options: { direction: 'future', dateAlone: 'start-of-day' }, table: sameButToday(FUTURE_LATER, 7) },
  { phrase: (d) => `${d} this week 10:00`, time: '10:00', options: {}, table: THIS.map((row, t) => row.map((_, w) => w - t)) },
  { phrase: (d) => `${d} last week 10:00`, time: '10:00', options: {}, table: THIS.map((row, t) => row.map((_, w) => w - t - 7)) },
];

const read = (input: string, now: Date, options: WhenOptions) =>
  parseWhen(input, now, options).then(
    (iso) => iso,
    (e: unknown) => {
      if (!(e instanceof DomainError)) throw e;
      return null;
    },
  );

for (const c of cases) {
  const label = `${c.phrase('<day>')}${c.options.direction ? ` (${c.options.direction})` : ''}`;
  describe(label, () => {
    for (let t = 0; t < 7; t++) {
      it(`today ${WEEKDAYS[t]}`, async () => {
        const got = await Promise.all(WEEKDAYS.map((d) => read(c.phrase(d), today(t), c.options)));
        const want = (c.table[t] ?? []).map((offset) => (offset === null ? null : dayAfter(t, offset, c.time)));
        expect(got).toEqual(want);
      });
    }
  });
}

describe('a bare weekday where the time can be either way (add meeting)', () => {
  for (let t = 0; t < 7; t++) {
    it(`is refused on ${WEEKDAYS[t]} for all seven days, offering last/this/next`, async () => {
      for (const [w, day] of WEEKDAYS.entries()) {
        const error = (await parseWhen(`${day} 10:00`, today(t)).catch((e: unknown) => e)) as DomainError;
        expect(error).toBeInstanceOf(DomainError);
        expect(error.message).toBe(`cannot read the time "${day} 10:00": it does not say which ${day.charAt(0).toUpperCase()}${day.slice(1)}`);
        expect(error.hint).toContain(`"last ${day} 10:00"`);
        expect(error.hint).toContain(`"next ${day} 10:00"`);
        // "this <day>" is offered only while that day is still ahead this week.
        expect(error.hint?.includes(`"this ${day} 10:00"`)).toBe(w >= t);
      }
    });
  }
});

describe('"this <day>" once that day has passed this week', () => {
  it('says so and offers the two readings with their dates', async () => {
    const error = (await parseWhen('this monday 9:00', today(2)).catch((e: unknown) => e)) as DomainError;
    expect(error.message).toBe('cannot read the time "this monday 9:00": Monday has passed this week');
    expect(error.hint).toBe('Say "last monday 9:00" (Mon 23 Nov) or "next monday 9:00" (Mon 30 Nov)');
  });
});

describe('weekday spellings and checks', () => {
  const wed = today(2);
  const table: [string, WhenOptions, string | RegExp][] = [
    ['Fri 3pm', { direction: 'past' }, '2026-11-20T15:00:00-08:00'],
    ['FRIDAY 15:00', { direction: 'past' }, '2026-11-20T15:00:00-08:00'],
    ['past friday 15:00', {}, '2026-11-20T15:00:00-08:00'],
    ['this thurs 9am', {}, '2026-11-26T09:00:00-08:00'],
    ['friday 27 nov 3pm', {}, '2026-11-27T15:00:00-08:00'],
    ['monday 27 nov 3pm', {}, /Fri 27 Nov is not a Monday/],
    ['weekend 10:00', { direction: 'past' }, /"weekend" and "weekday" do not name one day/],
    ['monday', { direction: 'past' }, /no time of day/],
  ];
  for (const [input, options, want] of table) {
    it(`${input} on Wed 25 Nov ${options.direction ?? ''}`, async () => {
      const got = await parseWhen(input, wed, options).catch((e: unknown) => (e as Error).message);
      if (typeof want === 'string') expect(got).toBe(want);
      else expect(got).toMatch(want);
    });
  }
});
