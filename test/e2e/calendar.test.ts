/** `infoview calendar` through the built binary, read back by an independent parser (ical.js). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dataDir, runBin, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';

const JOSE = `name: José Núñez
role: Diseñador de investigación
company: Compañía Ñandú, S.A.
field: UX research
source: referral
introducedBy: maya-chen
meetings:
  - at: 2026-11-25T15:00:00-08:00
    minutes: 45
    medium: coffee
    place: Café Überraschung, Straße 5 — 李雷的咖啡店 near the 🙂 station, ask for the ‘quiet room’ upstairs
  - at: 2026-11-02T09:00:00-08:00
    thankYouSentAt: 2026-11-02T18:00:00-08:00
`;
const DANA = `name: Dana Ortiz
outreach:
  - at: 2026-11-20T09:30:00-08:00
    channel: email
`;

interface Parsed {
  uid: string;
  summary: string;
  start: string;
  end: string;
  location: string | null;
  description: string;
  alarms: string[];
}

function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      location: e.location,
      description: e.description,
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
}

describe('infoview calendar', () => {
  const dir = dataDir({ 'jose-nunez': JOSE, 'dana-ortiz': DANA, 'lee-park': 'name: Lee Park\n', 'maya-chen': 'name: Maya Chen\n' });

  it('meetings, thank-you and 3B7 reminders, readable by ical.js', () => {
    const r = runBin(dir, ['calendar']);
    expect(r.code).toBe(0);
    const events = parse(r.stdout);
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ['meeting-jose-nunez-20261102T170000Z@infoview', '2026-11-02T17:00:00.000Z'],
      ['try-another-dana-ortiz-20261120T173000Z@infoview', '2026-11-25T17:30:00.000Z'],
      ['meeting-jose-nunez-20261125T230000Z@infoview', '2026-11-25T23:00:00.000Z'],
      ['thank-you-jose-nunez-20261125T230000Z@infoview', '2026-11-26T23:45:00.000Z'],
      ['nudge-dana-ortiz-20261120T173000Z@infoview', '2026-12-01T17:30:00.000Z'],
    ]);
    const meeting = events[2] as Parsed;
    expect(meeting.end).toBe('2026-11-25T23:45:00.000Z');
    expect(meeting.summary).toBe('Informational interview: José Núñez (coffee)');
    expect(meeting.location).toBe('Café Überraschung, Straße 5 — 李雷的咖啡店 near the 🙂 station, ask for the ‘quiet room’ upstairs');
    expect(meeting.description).toContain('José Núñez, Diseñador de investigación at Compañía Ñandú, S.A.');
    expect(meeting.description).toContain('infoview prep jose-nunez');
    // Words, not the file's values: the source phrased, the introducer by name.
    expect(meeting.description).toContain('\nHow you found them: a referral, introduced by Maya Chen\n');
    expect(meeting.alarms).toEqual(['-PT1H']);
    const thanks = events[3] as Parsed;
    expect(thanks.summary).toBe('Thank-you to José Núñez due');
    expect(thanks.description).toContain('infoview draft jose-nunez --kind thankyou');
    expect(thanks.alarms).toEqual(['-PT2H']);
    expect(events[1]?.alarms).toHaveLength(1);
    expect(events[4]?.summary).toBe('Nudge Dana Ortiz: one friendly follow-up');
  });

  it('lines are CRLF and at most 75 octets, even with accents, CJK and emoji', () => {
    const text = runBin(dir, ['calendar']).stdout;
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // folding happened
    expect(text).not.toContain('\uFFFD');
  });

  it('is deterministic under INFOVIEW_NOW; UIDs do not depend on the offset a time was written with', () => {
    const a = runBin(dir, ['calendar']).stdout;
    expect(runBin(dir, ['calendar']).stdout).toBe(a);
    expect(a).toContain('DTSTAMP:20261123T180000Z');
    const utc = dataDir({ 'jose-nunez': JOSE.replace('2026-11-25T15:00:00-08:00', '2026-11-25T23:00:00Z') });
    expect(runBin(utc, ['calendar']).stdout).toContain('UID:meeting-jose-nunez-20261125T230000Z@infoview');
  });

  it('one contact, and --out writes a private file atomically', () => {
    const out = join(tempDir(), 'infoview.ics');
    const r = runBin(dir, ['calendar', 'dana', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote 2 events to ${out}\n`);
    expectMode(out, 0o600);
    expect(parse(readFileSync(out, 'utf8')).map((e) => e.uid)).toEqual([
      'try-another-dana-ortiz-20261120T173000Z@infoview',
      'nudge-dana-ortiz-20261120T173000Z@infoview',
    ]);
    expect(runBin(dir, ['calendar', 'nobody']).code).toBe(1);
  });

  it('a contact with nothing planned: an empty calendar, and a note on stderr saying so', () => {
    const r = runBin(dir, ['calendar', 'lee']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('nothing planned with Lee Park: add one with `infoview add meeting lee-park --at …`\n');
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(parse(r.stdout)).toEqual([]);
    expect(runBin(dataDir(), ['calendar']).stderr).toBe('nothing planned yet: add a meeting with `infoview add meeting <contact> --at …`\n');
  });
});
