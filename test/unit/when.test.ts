import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWhen, type WhenOptions } from '../../src/domain/when.js';
import { DomainError } from '../../src/domain/domain-error.js';

// Tests run with TZ=America/Los_Angeles; NOW is Monday 23 Nov 2026, 10:00 PST.
const now = new Date('2026-11-23T10:00:00-08:00');

describe('parseWhen reads', () => {
  const cases: [string, string][] = [
    ['2026-11-25T15:00', '2026-11-25T15:00:00-08:00'],
    ['2026-11-25 15:00', '2026-11-25T15:00:00-08:00'],
    ['2026-11-25T15:00:30', '2026-11-25T15:00:30-08:00'],
    ['2026-11-25T15:00:00-08:00', '2026-11-25T15:00:00-08:00'],
    ['2026-11-25T23:00:00Z', '2026-11-25T15:00:00-08:00'],
    ['2026-11-25T15:00+0100', '2026-11-25T06:00:00-08:00'],
    ['2026-07-04T09:00', '2026-07-04T09:00:00-07:00'], // summer: the local offset of that day
    ['  2026-11-25   15:00 ', '2026-11-25T15:00:00-08:00'],
    ['now', '2026-11-23T10:00:00-08:00'],
    ['tomorrow 3pm', '2026-11-24T15:00:00-08:00'],
    ['Tomorrow at 3 PM', '2026-11-24T15:00:00-08:00'],
    ['next tuesday 10:00', '2026-12-01T10:00:00-08:00'],
    ['this friday 3pm', '2026-11-27T15:00:00-08:00'],
    ['last friday 9am', '2026-11-20T09:00:00-08:00'],
    ['yesterday 16:30', '2026-11-22T16:30:00-08:00'],
    ['today noon', '2026-11-23T12:00:00-08:00'],
    ['in 2 hours', '2026-11-23T12:00:00-08:00'],
    ['5 minutes ago', '2026-11-23T09:55:00-08:00'],
    ['nov 25 3pm', '2026-11-25T15:00:00-08:00'],
    ['noon', '2026-11-23T12:00:00-08:00'], // past and coming readings agree
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), async () => expect(await parseWhen(input, now)).toBe(expected));
  }
});

describe('parseWhen refuses, quoting the input', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['soon-ish', /cannot read the time "soon-ish"/],
    ['tomorrow', /no time of day/],
    ['2026-11-25', /no time of day/],
    ['next week', /no time of day/],
    ['tomorrow 3pm please', /only "tomorrow 3pm"/],
    ['dec 32 3pm', /only "3pm"/],
    ['tomorrow 3-4pm', /range/],
    ['tomorrow at 3', /morning or afternoon/],
    ['friday 3pm', /it does not say which Friday/],
    ['9:00', /could be earlier today \(Mon 23 Nov\) or tomorrow/],
    ['2026-02-30T10:00', /does not exist/],
    ['2026-11-25T25:00', /not a valid ISO|does not exist/],
    ['2026-13-01 10:00', /does not exist/],
    ['2026-11-25T15:00+25:00', /offset/],
    ['2026-03-08T02:30', /does not exist .*daylight/], // the skipped hour in spring
    ['2026-11-01T01:30', /happens twice/], // the repeated hour in autumn
    ['x'.repeat(200), /longer than/],
  ];
  for (const [input, message] of cases) {
    it(JSON.stringify(input.slice(0, 40)), async () => {
      const error = await parseWhen(input, now).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as Error).message).toMatch(message);
      if (input && input.length < 80) expect((error as Error).message).toContain(`"${input}"`);
    });
  }

  it('offers both offsets for the repeated hour', async () => {
    const error = (await parseWhen('2026-11-01T01:30', now).catch((e: unknown) => e)) as DomainError;
    expect(error.hint).toContain('2026-11-01T01:30:00-07:00');
    expect(error.hint).toContain('2026-11-01T01:30:00-08:00');
  });
});

describe('parseWhen where the time can only lie one way', () => {
  // Mon 23 Nov 2026, 10:00 PST, as above.
  const cases: [string, WhenOptions, string][] = [
    ['9:40', { direction: 'past' }, '2026-11-23T09:40:00-08:00'], // this morning
    ['10:00', { direction: 'past' }, '2026-11-23T10:00:00-08:00'],
    ['16:00', { direction: 'past' }, '2026-11-22T16:00:00-08:00'], // yesterday: today's is still ahead
    ['noon', { direction: 'past' }, '2026-11-22T12:00:00-08:00'],
    ['this morning 9:00', { direction: 'past' }, '2026-11-23T09:00:00-08:00'],
    ['9:40', { direction: 'future' }, '2026-11-24T09:40:00-08:00'],
    ['16:00', { direction: 'future' }, '2026-11-23T16:00:00-08:00'],
    ['16:00', {}, '2026-11-23T16:00:00-08:00'], // either way: today's, while it is ahead
    ['1 May 10:00', { direction: 'past' }, '2026-05-01T10:00:00-07:00'], // the last 1 May
    ['1 May 10:00', {}, '2027-05-01T10:00:00-07:00'], // the nearest
    ['nov 25 3pm', { direction: 'past' }, '2025-11-25T15:00:00-08:00'],
    ['nov 25 3pm', { direction: 'future' }, '2026-11-25T15:00:00-08:00'],
    ['dec 24 2026 3pm', { direction: 'past' }, '2026-12-24T15:00:00-08:00'], // a year given is kept (the command refuses the future)
    ['2027-01-05', { dateAlone: 'start-of-day' }, '2027-01-05T00:00:00-08:00'],
    ['tomorrow', { dateAlone: 'start-of-day' }, '2026-11-24T00:00:00-08:00'],
    ['nov 1 2026 1:30am', {}, 'twice'],
  ];
  for (const [input, options, expected] of cases) {
    it(`${JSON.stringify(input)} ${JSON.stringify(options)}`, async () => {
      const got = await parseWhen(input, now, options).catch((e: unknown) => (e as Error).message);
      if (expected === 'twice') expect(got).toMatch(/happens twice/);
      else expect(got).toBe(expected);
    });
  }
});

describe('parseWhen on arbitrary input', () => {
  const onlyDomainErrors = async (input: string) => {
    try {
      const iso = await parseWhen(input, now);
      expect(Number.isNaN(Date.parse(iso))).toBe(false);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
    }
  };
  it('never throws anything but DomainError (any string)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 60 }), onlyDomainErrors), { numRuns: 300 });
  });
  it('never throws anything but DomainError (any options)', async () => {
    const options = fc.record({ direction: fc.constantFrom('any', 'past', 'future'), dateOrder: fc.constantFrom('none', 'mdy', 'dmy'), dateAlone: fc.constantFrom('refuse', 'start-of-day') });
    const word = fc.constantFrom('this', 'last', 'next', 'friday', 'mon', 'week', '5/1', '28/12', '2/30', '1/1/27', '9:40', '3pm', 'noon', 'nov 25', 'tomorrow', 'at', 'on');
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')), options, async (input, o) => {
        try {
          expect(await parseWhen(input, now, o as WhenOptions)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('never throws anything but DomainError (date-like words)', async () => {
    const word = fc.constantFrom('tomorrow', 'yesterday', 'next', 'last', 'tuesday', 'at', '3pm', '10:00', '2026-11-25', 'T', '15:00', 'Z', '-08:00', 'noon', 'in', '2', 'hours', 'ago', 'dec', '32', ' ', '-', ':');
    await fc.assert(fc.asyncProperty(fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')), onlyDomainErrors), { numRuns: 300 });
  });
});
