import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/domain/when.js';
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
    ['friday 3pm', /could be 2026-11-20T15:00:00-08:00 or 2026-11-27T15:00:00-08:00/],
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
  it('never throws anything but DomainError (date-like words)', async () => {
    const word = fc.constantFrom('tomorrow', 'yesterday', 'next', 'last', 'tuesday', 'at', '3pm', '10:00', '2026-11-25', 'T', '15:00', 'Z', '-08:00', 'noon', 'in', '2', 'hours', 'ago', 'dec', '32', ' ', '-', ':');
    await fc.assert(fc.asyncProperty(fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')), onlyDomainErrors), { numRuns: 300 });
  });
});
