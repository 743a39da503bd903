import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/domain-error.js';
import type { DateOrder } from '../../src/domain/enums.js';
import { hasSlashDate, parseWhen } from '../../src/domain/when.js';

// Tests run with TZ=America/Los_Angeles; now is Thu 3 Dec 2026, 10:00 PST.
const now = new Date('2026-12-03T10:00:00-08:00');
const fail = (input: string, dateOrder: DateOrder) =>
  parseWhen(input, now, { dateOrder }).then(
    () => undefined,
    (e: unknown) => e as DomainError,
  );

describe('slash dates with defaults.dateOrder', () => {
  const cases: [string, DateOrder, string][] = [
    ['5/1 10:00', 'mdy', '2027-05-01T10:00:00-07:00'],
    ['5/1 10:00', 'dmy', '2027-01-05T10:00:00-08:00'],
    ['12/1 3pm', 'mdy', '2026-12-01T15:00:00-08:00'], // the nearest 1 December: two days ago
    ['12/1 3pm', 'dmy', '2027-01-12T15:00:00-08:00'],
    ['28/12 14:00', 'dmy', '2026-12-28T14:00:00-08:00'],
    ['12/28 14:00', 'mdy', '2026-12-28T14:00:00-08:00'],
    ['5/1/2027 10:00', 'mdy', '2027-05-01T10:00:00-07:00'],
    ['5/1/27 10:00', 'dmy', '2027-01-05T10:00:00-08:00'],
    ['2/29/2028 9am', 'mdy', '2028-02-29T09:00:00-08:00'],
    ['5/5 10:00', 'none', '2027-05-05T10:00:00-07:00'], // both readings are the same day
  ];
  for (const [input, order, expected] of cases) {
    it(`${input} (${order})`, async () => expect(await parseWhen(input, now, { dateOrder: order })).toBe(expected));
  }

  it('reads the year by the direction like any date without one', async () => {
    expect(await parseWhen('5/1 10:00', now, { dateOrder: 'mdy', direction: 'past' })).toBe('2026-05-01T10:00:00-07:00');
  });
});

describe('slash dates refused', () => {
  it('without dateOrder, naming both readings and the setting', async () => {
    const error = await fail('5/1 10:00', 'none');
    expect(error).toBeInstanceOf(DomainError);
    expect(error?.message).toBe('cannot tell whether "5/1 10:00" is 5 January or 1 May');
    expect(error?.hint).toBe('Write "1 May 10:00" or "2027-05-01 10:00", or set defaults.dateOrder: mdy (or dmy) in config.yaml');
  });

  it('without dateOrder even when only one reading is a date', async () => {
    const error = await fail('28/12 14:00', 'none');
    expect(error?.message).toBe('cannot read the time "28/12 14:00": 28/12 can only be 28 December, and slash dates are read only when config.yaml says their order');
    expect(error?.hint).toBe('Write "28 December 14:00" or "2026-12-28 14:00", or set defaults.dateOrder: dmy in config.yaml');
    expect((await fail('12/1 3pm', 'none'))?.hint).toBe('Write "1 December 3pm", or set defaults.dateOrder: mdy (or dmy) in config.yaml');
  });

  it('strictly in the configured order: 28/12 with mdy is an error, not a guess', async () => {
    const error = await fail('28/12 14:00', 'mdy');
    expect(error?.message).toBe('cannot read the time "28/12 14:00": with defaults.dateOrder: mdy (month first), there is no month 28');
    expect(error?.hint).toBe('Did you mean 28 December? Write "28 December 14:00" or "2026-12-28 14:00"');
    expect((await fail('2/30 10:00', 'mdy'))?.message).toMatch(/February has no day 30/);
    expect((await fail('13/13 10:00', 'none'))?.message).toMatch(/13\/13 is not a date either way round/);
  });

  it('finds slash dates, and only them', () => {
    expect(['5/1 10:00', 'tomorrow 1/2', '5/1/27 9am'].map(hasSlashDate)).toEqual([true, true, true]);
    expect(['2026-05-01 10:00', 'tomorrow 3pm', '2026/05/01 10:00', '10:00'].map(hasSlashDate)).toEqual([false, false, false, false]);
  });
});

describe('dotted and dashed dates with a year are slash dates', () => {
  const cases: [string, DateOrder, string][] = [
    ['5.1.2027 10:00', 'dmy', '2027-01-05T10:00:00-08:00'],
    ['5.1.2027 10:00', 'mdy', '2027-05-01T10:00:00-07:00'],
    ['5-1-2027 10:00', 'dmy', '2027-01-05T10:00:00-08:00'],
    ['28.12.26 14:00', 'dmy', '2026-12-28T14:00:00-08:00'],
  ];
  for (const [input, order, expected] of cases) {
    it(`${input} (${order})`, async () => expect(await parseWhen(input, now, { dateOrder: order })).toBe(expected));
  }
  it('refused without defaults.dateOrder, quoting the input', async () => {
    for (const input of ['5.1.2027 10:00', '5-1-2027 10:00']) {
      expect(hasSlashDate(input)).toBe(true);
      expect((await fail(input, 'none'))?.message).toMatch(new RegExp(`^cannot tell whether "${input.replace('.', '\\.')}`));
    }
  });
  it('strictly: 28.12.2026 with mdy has no month 28', async () => {
    expect((await fail('28.12.2026 14:00', 'mdy'))?.message).toContain('there is no month 28');
  });
  it('a dotted time and an ISO date are no slash dates', async () => {
    expect(hasSlashDate('tomorrow 10.30')).toBe(false);
    expect(hasSlashDate('2026-12-05 10:00')).toBe(false);
    expect(await parseWhen('2026-12-05 10:00', now, { dateOrder: 'none' })).toBe('2026-12-05T10:00:00-08:00');
  });
  it('month 0 says so (not "undefined")', async () => {
    expect((await fail('0/0 10:00', 'mdy'))?.message).toContain('there is no month 0');
  });
});
