/** Numbers in range and dates that exist: what the schema, the clock and the LinkedIn import accept. */
import { describe, expect, it } from 'vitest';
import { readClock } from '../../src/context.js';
import { isCalendarDate, isIsoDay, readIsoTime } from '../../src/domain/iso.js';
import { parseConnectedOn } from '../../src/domain/linkedin.js';
import { ConfigSchema } from '../../src/domain/schema.js';
import { DataFileError, UsageError } from '../../src/errors.js';
import { parseContact } from '../../src/store/contact-file.js';

const parse = (text: string) => parseContact('/data/contacts/x.yaml', text);
const failure = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('expected a failure');
};
const meeting = (line: string) => `name: M\nmeetings:\n  - at: 2026-11-25T15:00:00-08:00\n    ${line}\n`;

describe('contact numbers have a range', () => {
  const cases: [string, string, RegExp | undefined][] = [
    ['keepInTouchDays at the top of the range', 'name: M\nkeepInTouchDays: 3660\n', undefined],
    ['keepInTouchDays 2^53-1', 'name: M\nkeepInTouchDays: 9007199254740991\n', /keepInTouchDays \(line 2\): expected a whole number from 1 to 3660/],
    ['keepInTouchDays 0', 'name: M\nkeepInTouchDays: 0\n', /keepInTouchDays \(line 2\)/],
    ['keepInTouchDays 1e300', 'name: M\nkeepInTouchDays: 1e300\n', /keepInTouchDays/],
    ['keepInTouchDays .inf', 'name: M\nkeepInTouchDays: .inf\n', /keepInTouchDays/],
    ['minutes of a day', meeting('minutes: 1440'), undefined],
    ['minutes 2^53-1', meeting('minutes: 9007199254740991'), /meetings\[0\]\.minutes \(line 4\): expected a whole number from 1 to 1440/],
    ['minutes 1441', meeting('minutes: 1441'), /meetings\[0\]\.minutes/],
    ['minutes 1.5', meeting('minutes: 1.5'), /meetings\[0\]\.minutes/],
  ];
  for (const [what, text, message] of cases) {
    it(what, () => (message ? expect(failure(text)).toMatch(message) : expect(parse(text).contact.name).toBe('M')));
  }
});

describe('config numbers have a range', () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['thankYouHours 24', { thankYouHours: 24 }, true],
    ['thankYouHours 0.5', { thankYouHours: 0.5 }, true],
    ['thankYouHours four weeks', { thankYouHours: 672 }, true],
    ['thankYouHours 1e300', { thankYouHours: 1e300 }, false],
    ['thankYouHours 673', { thankYouHours: 673 }, false],
    ['thankYouHours 0', { thankYouHours: 0 }, false],
    ['meetingMinutes 2^53-1', { meetingMinutes: 9007199254740991 }, false],
    ['keepInTouchDays 1e6', { keepInTouchDays: 1e6 }, false],
    ['questionCount 200', { questionCount: 200 }, true],
    ['questionCount 1e9', { questionCount: 1e9 }, false],
    ['linkedinNoteLimit 300', { linkedinNoteLimit: 300 }, true],
    ['linkedinNoteLimit 2^53-1', { linkedinNoteLimit: 9007199254740991 }, false],
  ];
  for (const [what, defaults, ok] of cases) it(what, () => expect(ConfigSchema.safeParse({ defaults }).success).toBe(ok));
});

describe('dates that exist', () => {
  const times: [string, boolean][] = [
    ['2026-11-25T15:00:00-08:00', true],
    ['2026-11-25 15:00-08:00', true],
    ['2024-02-29T10:00:00Z', true],
    ['2026-11-25T15:00:00.123+05:30', true],
    ['2026-11-25T15:00:00+0530', true],
    ['2026-11-25T15:00:00+14:00', true],
    ['2026-02-30T10:00:00-08:00', false],
    ['2025-02-29T10:00:00Z', false],
    ['2026-04-31T10:00:00Z', false],
    ['2026-13-01T10:00:00Z', false],
    ['2026-00-10T10:00:00Z', false],
    ['2026-11-00T10:00:00Z', false],
    ['2026-11-25T24:00:00Z', false],
    ['2026-11-25T15:60:00Z', false],
    ['2026-11-25T15:00:60Z', false],
    ['2026-11-25T15:00:00+15:00', false],
    ['2026-11-25T15:00:00+05:75', false],
    ['2026-11-25T15:00:00', false],
    ['2026-11-25', false],
  ];
  for (const [text, ok] of times) it(`a timestamp ${text}: ${ok ? 'kept' : 'refused'}`, () => {
    const file = `name: M\nmeetings:\n  - at: ${text}\n`;
    if (ok) expect(parse(file).contact.meetings?.[0]?.at).toBe(text);
    else expect(failure(file)).toMatch(/meetings\[0\]\.at \(line 3\): expected an ISO 8601 time with an offset, like .*, on a day and at an hour that exist/);
  });

  it('reads the instant the text names', () => {
    expect(readIsoTime('2026-11-25T15:00:00-08:00', 'required')?.toISOString()).toBe('2026-11-25T23:00:00.000Z');
    expect(readIsoTime('2026-11-25T15:00:00.250+05:30', 'required')?.toISOString()).toBe('2026-11-25T09:30:00.250Z');
    expect(readIsoTime('0099-01-01T00:00:00Z', 'required')?.toISOString()).toBe('0099-01-01T00:00:00.000Z');
    expect(readIsoTime('2026-11-25T15:00', 'optional')?.getTime()).toBe(new Date(2026, 10, 25, 15, 0).getTime());
  });

  const days: [string, boolean][] = [
    ['2024-02-29', true],
    ['2024-03-12', true],
    ['2024-02-31', false],
    ['2026-99-99', false],
    ['2023-02-29', false],
    ['12 Mar 2024', false],
  ];
  for (const [text, ok] of days) {
    it(`connectedOn ${text}: ${ok ? 'kept' : 'refused'}`, () => {
      expect(isIsoDay(text)).toBe(ok);
      const file = `name: M\nconnectedOn: "${text}"\n`;
      if (ok) expect(parse(file).contact.connectedOn).toBe(text);
      else expect(failure(file)).toMatch(/connectedOn \(line 2\): expected a real day as YYYY-MM-DD/);
    });
  }

  it('knows leap years', () => {
    expect([isCalendarDate(2000, 2, 29), isCalendarDate(1900, 2, 29), isCalendarDate(2024, 2, 29), isCalendarDate(2026, 2, 29)]).toEqual([true, false, true, false]);
  });

  const connected: [string, string | undefined][] = [
    ['31 Feb 2024', undefined],
    ['29 Feb 2024', '2024-02-29'],
    ['29 Feb 2023', undefined],
    ['31 Apr 2024', undefined],
    ['2024-02-31', undefined],
    ['2026-99-99', undefined],
  ];
  for (const [input, output] of connected) it(`LinkedIn's Connected On "${input}"`, () => expect(parseConnectedOn(input)).toBe(output));
});

describe('INFOVIEW_NOW', () => {
  const good: [string, string][] = [
    ['2026-11-23T10:00:00-08:00', '2026-11-23T18:00:00.000Z'],
    ['2026-11-23T18:00:00Z', '2026-11-23T18:00:00.000Z'],
    ['2026-11-23 10:00-08:00', '2026-11-23T18:00:00.000Z'],
    ['2026-11-23T10:00:00.5-0800', '2026-11-23T18:00:00.500Z'],
  ];
  for (const [value, iso] of good) it(`reads ${value}`, () => expect(readClock({ INFOVIEW_NOW: value }).toISOString()).toBe(iso));
  it('reads a time without an offset as local time', () => {
    expect(readClock({ INFOVIEW_NOW: '2026-11-23T10:00' }).getTime()).toBe(new Date(2026, 10, 23, 10, 0).getTime());
  });
  for (const value of ['1', '2026', '2026-11-23', 'soon', '2026-02-30T10:00:00Z', '2026-11-23T25:00:00Z', '1e12', 'Mon, 23 Nov 2026 10:00:00 GMT']) {
    it(`refuses ${value} as a usage error`, () => {
      expect(() => readClock({ INFOVIEW_NOW: value })).toThrow(UsageError);
      expect(() => readClock({ INFOVIEW_NOW: value })).toThrow(/is not a full ISO 8601 date and time/);
    });
  }
});
