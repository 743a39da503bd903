import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/domain/facts.js';
import { ConfigSchema } from '../../src/domain/schema.js';
import { parseContact } from '../../src/store/contact-file.js';
import { DataFileError } from '../../src/errors.js';
import { deriveStatus } from '../../src/domain/status.js';

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

describe('contact file parsing', () => {
  it('accepts the SPEC example and keeps unknown keys', () => {
    const { contact } = parse(`name: Maya Chen
role:
favouriteCoffee: flat white
outreach:
  - at: 2026-11-20T09:30:00-08:00
    channel: email
meetings:
  - at: 2026-11-25T15:00:00-08:00
    minutes: 30
    takeaways: [Portfolio matters more than the degree]
`);
    expect(contact.name).toBe('Maya Chen');
    expect(contact.role).toBeUndefined();
    expect(contact.favouriteCoffee).toBe('flat white');
    expect(contact.meetings?.[0]?.takeaways).toEqual(['Portfolio matters more than the degree']);
  });

  const bad: [string, string, RegExp][] = [
    ['broken YAML', 'name: [Maya\n', /x\.yaml: line \d+, column \d+/],
    ['missing name', 'role: PM\n', /name: /],
    ['bad timestamp, with its line', 'name: M\noutreach:\n  - at: tomorrow\n', /outreach\[0\]\.at \(line 3\): expected an ISO 8601 time/],
    ['time without offset', 'name: M\nmeetings:\n  - at: 2026-11-25T15:00:00\n', /meetings\[0\]\.at/],
    ['bad enum', 'name: M\nsource: magic\n', /source \(line 2\)/],
    ['bad email', 'name: M\nemail: nope\n', /email \(line 2\): expected an email/],
    ['a list, not a mapping', '- a\n- b\n', /expected keys/],
    ['duplicate key', 'name: A\nname: B\n', /line 2/],
  ];
  for (const [what, text, message] of bad) it(`rejects ${what}`, () => expect(failure(text)).toMatch(message));

  it('stops an alias bomb instead of hanging', () => {
    const bomb = ['name: x', 'a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(failure(bomb.join('\n'))).toMatch(/aliases/);
  });

  it('refuses a file over 1 MiB', () => expect(failure(`name: x\nnotes: "${'a'.repeat(1_100_000)}"\n`)).toMatch(/larger than 1 MiB/));

  it('warns about a key that looks like a typo', () => {
    expect(parse('name: M\ncompnay: X\n').warnings[0]).toMatch(/did you mean "company"/);
  });
});

describe('deriveStatus', () => {
  const now = new Date('2026-11-23T10:00:00-08:00');
  const cases: [string, string, string][] = [
    ['new', 'name: A', 'new'],
    ['contacted', 'name: A\noutreach: [{at: 2026-11-20T09:00:00-08:00}]', 'contacted'],
    ['replied', 'name: A\noutreach: [{at: 2026-11-20T09:00:00-08:00, repliedAt: 2026-11-21T09:00:00-08:00}]', 'replied'],
    ['scheduled', 'name: A\nmeetings: [{at: 2026-11-25T09:00:00-08:00}]', 'scheduled'],
    ['in progress is still scheduled', 'name: A\nmeetings: [{at: 2026-11-23T09:45:00-08:00, minutes: 30}]', 'scheduled'],
    ['met', 'name: A\nmeetings: [{at: 2026-11-20T09:00:00-08:00}]', 'met'],
    ['thanked', 'name: A\nmeetings: [{at: 2026-11-20T09:00:00-08:00, thankYouSentAt: 2026-11-20T18:00:00-08:00}]', 'thanked'],
  ];
  for (const [what, text, status] of cases) it(what, () => expect(deriveStatus(factsOf(parse(text).contact), now, 30)).toBe(status));
});

describe('a __proto__ key', () => {
  it('is refused with a clear error, at any depth, and changes no prototype', async () => {
    const { parseContact } = await import('../../src/store/contact-file.js');
    for (const text of ['name: A\n__proto__:\n  name: B\n', 'name: A\nmeetings:\n  - at: 2026-11-20T09:00:00-08:00\n    __proto__: {notes: x}\n', '{name: A, "__proto__": {polluted: 1}}\n']) {
      expect(() => parseContact('/d/a.yaml', text)).toThrow(/the key "__proto__" is not allowed/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('config.yaml defaults.dateOrder', () => {
  it('takes none, mdy or dmy', () => {
    for (const dateOrder of ['none', 'mdy', 'dmy']) expect(ConfigSchema.safeParse({ defaults: { dateOrder } }).success).toBe(true);
  });
  it('refuses anything else, naming the key and the choices', () => {
    for (const dateOrder of ['ymd', 'MDY', 1, '']) {
      const result = ConfigSchema.safeParse({ defaults: { dateOrder } });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['defaults', 'dateOrder'], message: 'expected none, mdy (5/1 is 1 May) or dmy (5/1 is 5 January)' });
    }
  });
});

describe('config.yaml defaults.calendarFile', () => {
  it('takes any path as text (its extension and folder are checked when it is written)', () => {
    for (const calendarFile of ['~/Calendars/infoview.ics', 'notes.txt']) expect(ConfigSchema.safeParse({ defaults: { calendarFile } }).success).toBe(true);
  });
  it('refuses anything but a non-empty string, naming the key', () => {
    for (const calendarFile of [5, true, ['a.ics'], { path: 'a.ics' }, '']) {
      const result = ConfigSchema.safeParse({ defaults: { calendarFile } });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['defaults', 'calendarFile'], message: 'expected the path of a .ics file, e.g. ~/Calendars/infoview.ics' });
    }
  });
});
