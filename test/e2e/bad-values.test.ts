/**
 * Values that once validated and then crashed later ("unexpected error: Invalid time value"), and
 * impossible dates: each is now refused where it enters, and one bad contact never breaks the others.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactFile, readContact, runBin, tempDir } from '../helpers/index.js';
import { exampleWorkspace } from '../helpers/workspace.js';

const BAD_CONTACTS: [string, string, string][] = [
  ['keepInTouchDays 2^53-1', 'name: Kim Bad\nkeepInTouchDays: 9007199254740991\nmeetings:\n  - at: 2026-11-01T10:00:00-08:00\n', 'keepInTouchDays (line 2)'],
  ['a meeting of 2^53-1 minutes', 'name: Kim Bad\nmeetings:\n  - at: 2026-11-20T10:00:00-08:00\n    minutes: 9007199254740991\n', 'meetings[0].minutes (line 4)'],
  ['a meeting on 30 February', 'name: Kim Bad\nmeetings:\n  - at: 2026-02-30T10:00:00-08:00\n', 'meetings[0].at (line 3)'],
  ['connectedOn 2026-99-99', 'name: Kim Bad\nconnectedOn: 2026-99-99\n', 'connectedOn (line 2)'],
];

describe('one contact with a value out of range, among good ones', () => {
  for (const [what, text, field] of BAD_CONTACTS) {
    it(`${what}: named as a schema error; show, draft, prep, calendar, followup, list work for the others, first run and warm`, () => {
      const dir = exampleWorkspace();
      writeFileSync(contactFile(dir, 'kim-bad'), text);
      for (const run of ['first', 'warm']) {
        for (const args of [['list'], ['followup'], ['calendar'], ['status'], ['show', 'maya'], ['draft', 'maya'], ['prep', 'maya']]) {
          const r = runBin(dir, args);
          expect(r.code, `${run} ${args.join(' ')}: ${r.stderr}`).toBe(0);
          // Commands that read every contact name the bad file; the others never open it.
          if (!['show', 'draft', 'prep'].includes(args[0] ?? '')) expect(r.stderr).toContain(`${contactFile(dir, 'kim-bad')}: ${field}`);
          expect(r.stderr).not.toMatch(/unexpected error|Invalid time value/);
        }
        const own = runBin(dir, ['show', 'kim-bad']);
        expect(own.code).toBe(1);
        expect(own.stderr).toContain(`${contactFile(dir, 'kim-bad')}: ${field}`);
        expect(own.stderr).not.toMatch(/unexpected error|Invalid time value/);
      }
      expect(readContact(dir, 'kim-bad')).toBe(text);
    });
  }

  it('a config thankYouHours of 1e300 is a config error, not a crash', () => {
    const dir = exampleWorkspace();
    const config = join(dir, 'config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('thankYouHours: 24', 'thankYouHours: 1e300'));
    const r = runBin(dir, ['calendar']);
    expect(r.stderr).not.toMatch(/unexpected error|Invalid time value/);
    expect(r.stderr).toMatch(/config\.yaml: defaults\.thankYouHours/);
    expect(r.code).toBe(1);
  });
});

describe('writes and flags refuse the same values', () => {
  const sets: [string, RegExp][] = [
    ['keepInTouchDays=9007199254740991', /keepInTouchDays \(line \d+\): expected a whole number from 1 to 3660/],
    ['meetings.0.minutes=9007199254740991', /meetings\[0\]\.minutes \(line \d+\): expected a whole number from 1 to 1440/],
    ['meetings.0.at=2026-02-30T10:00:00-08:00', /meetings\[0\]\.at \(line \d+\): expected an ISO 8601 time/],
    ['connectedOn=2026-99-99', /connectedOn \(line \d+\): expected a real day/],
    ['connectedOn=2024-02-31', /connectedOn \(line \d+\): expected a real day/],
    ['name=Maya\nChen', /name \(line \d+\): a name must be one line/],
  ];
  for (const [set, message] of sets) {
    it(`edit --set ${JSON.stringify(set)}: usage error, nothing written`, () => {
      const dir = exampleWorkspace();
      const before = readContact(dir, 'maya-chen');
      const r = runBin(dir, ['edit', 'maya', '--set', set]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(readContact(dir, 'maya-chen')).toBe(before);
    });
  }

  const flags: [string[], RegExp][] = [
    [['questions', '--count', '9007199254740991'], /--count "9007199254740991" is not a whole number from 1 to 200/],
    [['prep', 'maya', '--count', '201'], /--count "201" is not a whole number from 1 to 200/],
    [['add', 'meeting', 'maya', '--at', '2026-12-01T10:00', '--minutes', '9007199254740991'], /--minutes "9007199254740991" is not a length in minutes/],
    [['add', 'meeting', 'maya', '--at', '2026-02-30T10:00'], /cannot read the time "2026-02-30T10:00": that date or time does not exist/],
    [['add', 'meeting', 'maya', '--at', '2026-11-30T10:00+15:00'], /cannot read the time/],
    [['add', 'contact', 'Kim\nLee'], /name: a name must be one line/],
  ];
  for (const [args, message] of flags) {
    it(`${args.join(' ')}: usage error`, () => {
      const r = runBin(exampleWorkspace(), args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    });
  }

  for (const now of ['1', '2026-11-23', '2026-02-30T10:00:00-08:00', 'tomorrow']) {
    it(`INFOVIEW_NOW=${now} is a usage error saying what it accepts`, () => {
      const r = runBin(exampleWorkspace(), ['list'], { env: { INFOVIEW_NOW: now } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`INFOVIEW_NOW="${now}" is not a full ISO 8601 date and time`);
      expect(r.stderr).toContain('2026-11-25T15:00:00-08:00');
    });
  }
});

describe('import linkedin', () => {
  it('keeps no impossible Connected On date, and refuses a name with a line break', () => {
    const dir = join(tempDir(), 'data');
    const csv = join(tempDir(), 'Connections.csv');
    writeFileSync(
      csv,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Acme,Designer,31 Feb 2024\n' +
        'Ben,Ode,https://www.linkedin.com/in/ben-ode,,Acme,Engineer,29 Feb 2024\n' +
        '"Eve\nEvil",Doe,https://www.linkedin.com/in/eve-doe,,Acme,PM,1 Mar 2024\n',
    );
    const r = runBin(dir, ['import', 'linkedin', csv]);
    expect(r.stderr).toContain('"Connected On" date "31 Feb 2024" not understood');
    expect(readContact(dir, 'ana-ruiz')).not.toContain('connectedOn');
    expect(readContact(dir, 'ben-ode')).toContain('connectedOn: 2024-02-29');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Connections\.csv:\d+: the name has a line break in it/);
    expect(() => readContact(dir, 'eve-evil-doe')).toThrow();
  });
});
