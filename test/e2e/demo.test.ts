import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, runBin, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';

/** The local calendar day of an ISO time in the test's zone (America/Los_Angeles). */
const localDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });
const dayAfter = (iso: string, days: number) => localDay(new Date(new Date(iso).getTime() + days * 86_400_000).toISOString());

describe('infoview demo', () => {
  // A weekday morning, a Saturday night, a Monday just after midnight, a date in another year.
  const clocks = ['2026-11-23T10:00:00-08:00', '2027-03-06T22:30:00-08:00', '2027-07-12T00:10:00-07:00', '2031-01-01T09:00:00-08:00'];
  for (const now of clocks) {
    it(`always shows a meeting tomorrow, a thank-you due today and a nudge due (${now})`, () => {
      const dir = join(tempDir(), 'demo');
      const env = { INFOVIEW_NOW: now };
      const made = runBin(dir, ['--dir', dir, 'demo'], { env });
      expect(made).toMatchObject({ code: 0, stderr: '' });
      expect(made.stdout).toContain('5 made-up people');

      const due = JSON.parse(runBin(dir, ['--dir', dir, 'followup', '--json'], { env }).stdout) as { kind: string; contact: string; due: string }[];
      const thankYou = due.find((d) => d.kind === 'thank-you');
      expect(thankYou?.contact).toBe('jose-nunez');
      expect(localDay(thankYou?.due ?? '')).toBe(localDay(now));
      expect(due.find((d) => d.kind === 'nudge')?.contact).toBe('dana-ortiz');

      const maya = JSON.parse(runBin(dir, ['--dir', dir, 'show', 'maya-chen', '--json'], { env }).stdout) as { status: string; meetings: { at: string }[] };
      expect(maya.status).toBe('scheduled');
      expect(localDay(maya.meetings[0]?.at ?? '')).toBe(dayAfter(now, 1));
      expect(runBin(dir, ['--dir', dir, 'prep', 'maya'], { env }).code).toBe(0);
    });
  }

  it('writes private files, and running it again refreshes its own folder', () => {
    const dir = join(tempDir(), 'demo');
    expect(runBin(dir, ['--dir', dir, 'demo']).code).toBe(0);
    expectMode(dir, 0o700);
    for (const name of readdirSync(join(dir, 'contacts'))) expectMode(join(dir, 'contacts', name), 0o600);
    writeFileSync(join(dir, 'contacts', 'maya-chen.yaml'), 'name: Changed\n');
    expect(runBin(dir, ['--dir', dir, 'demo'])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'contacts', 'maya-chen.yaml'), 'utf8')).toContain('name: Maya Chen');
  });

  it('never writes into a real data folder, nor into the default one', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const refused = runBin(dir, ['--dir', dir, 'demo']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds an infoview data folder/);
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
    expect(readFileSync(join(dir, 'contacts', 'maya-chen.yaml'), 'utf8')).toBe(MAYA);

    // Without --dir (INFOVIEW_DIR set, as every test has it): a usage error, nothing written.
    const empty = join(tempDir(), 'real');
    const noDir = runBin(empty, ['demo']);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toMatch(/give it with --dir/);
    expect(() => statSync(empty)).toThrow();
  });
});
