import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/domain/config.js';
import { factsOf } from '../../src/domain/facts.js';
import { buildReport, percentText, replyBand, type Report } from '../../src/domain/report.js';
import { weekCounts, weekStartMs } from '../../src/domain/report-weeks.js';
import type { Contact } from '../../src/domain/schema.js';

const now = new Date('2026-11-23T10:00:00-08:00');
const { defaults } = resolveConfig({ defaults: { thankYouHours: 24, meetingMinutes: 30 } });
const person = (slug: string, contact: Partial<Contact>) => {
  const full = { name: slug, ...contact } as Contact;
  return { slug, contact: full, facts: factsOf(full) };
};
const report = (people: ReturnType<typeof person>[], sinceMs?: number): Report => buildReport(people, { now, sinceMs, defaults });
const sent = (at: string, repliedAt?: string) => ({ at, channel: 'email' as const, ...(repliedAt ? { repliedAt } : {}) });

describe('percentText and replyBand', () => {
  const cases = [
    { part: 0, whole: 0, text: '—', band: undefined },
    { part: 1, whole: 10, text: '10 %', band: 'below' },
    { part: 1, whole: 5, text: '20 %', band: 'within' },
    { part: 2, whole: 5, text: '40 %', band: 'within' },
    { part: 1, whole: 3, text: '33 %', band: 'within' },
    { part: 3, whole: 4, text: '75 %', band: 'above' },
  ] as const;
  for (const c of cases) {
    it(`${c.part} of ${c.whole}: ${c.text}, ${c.band ?? 'no band'}`, () => {
      expect(percentText(c)).toBe(c.text);
      expect(replyBand(c)).toBe(c.band);
    });
  }
});

describe('buildReport', () => {
  it('an empty folder: every count 0, every rate "—", never NaN, no weeks', () => {
    const r = report([]);
    expect(r.people).toBe(0);
    expect(r.fromMs).toBeUndefined();
    expect(r.weeks).toEqual([]);
    expect(r.funnel.map((s) => s.value)).toEqual([0, 0, 0, 0]);
    expect(r.figures.map((f) => [f.label, f.value])).toEqual([
      ['Outreach sent', '0'],
      ['Reply rate', '—'],
      ['Meetings held', '0'],
      ['Thank-yous on time', '—'],
      ['Referrals received', '0'],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|null/);
    expect(r.figures[1]?.detail).toBe('0 of 0; usually 20–40 %');
  });

  it('reply rate: people written to who replied to any outreach, over people written to', () => {
    const r = report([
      person('a', { outreach: [sent('2026-11-02T09:00:00-08:00'), sent('2026-11-12T09:00:00-08:00', '2026-11-13T09:00:00-08:00')] }),
      person('b', { outreach: [sent('2026-11-10T09:00:00-08:00')] }),
      person('c', { outreach: [sent('2026-11-11T09:00:00-08:00')] }),
      person('d', { outreach: [sent('2026-11-11T09:00:00-08:00')] }),
      person('e', {}),
    ]);
    expect(r.outreachSent).toBe(5);
    expect(r.replyRate).toEqual({ part: 1, whole: 4 });
    expect(r.figures[1]).toEqual({ label: 'Reply rate', value: '25 %', detail: '1 of 4; within the usual 20–40 %' });
    expect(r.byStatus).toMatchObject({ new: 1, contacted: 3, replied: 1 });
  });

  it('meetings held are those ended by now; later ones are planned; thank-yous on time within thankYouHours', () => {
    const r = report([
      // On time: 3 h after the end.
      person('on-time', { meetings: [{ at: '2026-11-02T09:00:00-08:00', thankYouSentAt: '2026-11-02T12:30:00-08:00' }] }),
      // Late: two days after.
      person('late', { meetings: [{ at: '2026-11-03T09:00:00-08:00', thankYouSentAt: '2026-11-05T12:00:00-08:00' }] }),
      // Overdue: never sent, due long ago.
      person('overdue', { meetings: [{ at: '2026-11-04T09:00:00-08:00' }] }),
      // Held an hour ago: not due yet, so not counted either way.
      person('fresh', { meetings: [{ at: '2026-11-23T08:30:00-08:00' }] }),
      // Still going at 10:00 (09:45 + 30 min), and one next week.
      person('later', { meetings: [{ at: '2026-11-23T09:45:00-08:00' }, { at: '2026-11-30T09:00:00-08:00' }] }),
    ]);
    expect(r.held.map((m) => [m.slug, m.thankYou])).toEqual([
      ['on-time', 'on time'],
      ['late', 'late'],
      ['overdue', 'overdue'],
      ['fresh', 'not due yet'],
    ]);
    expect(r.planned).toBe(2);
    expect(r.thankYousOnTime).toEqual({ part: 1, whole: 3 });
    expect(r.figures[3]).toEqual({ label: 'Thank-yous on time', value: '33 %', detail: '1 of 3 due' });
  });

  it('the funnel counts people by the furthest step, each step inside the one before', () => {
    const r = report([
      person('written', { outreach: [sent('2026-11-10T09:00:00-08:00')] }),
      person('replied', { outreach: [sent('2026-11-10T09:00:00-08:00', '2026-11-11T09:00:00-08:00')] }),
      // A coworker met without any outreach recorded still counts as contacted and replied.
      person('met', { meetings: [{ at: '2026-11-12T09:00:00-08:00' }] }),
      person('thanked', { meetings: [{ at: '2026-11-12T09:00:00-08:00', thankYouSentAt: '2026-11-12T18:00:00-08:00' }] }),
      person('nothing', {}),
    ]);
    expect(r.funnel).toEqual([
      { label: 'contacted', value: 4 },
      { label: 'replied', value: 3 },
      { label: 'met', value: 2 },
      { label: 'thanked', value: 1 },
    ]);
  });

  it('--since: only what happened from then on counts; statuses stay everyone\'s', () => {
    const people = [
      person('old', { outreach: [sent('2026-10-01T09:00:00-07:00', '2026-10-02T09:00:00-07:00')], meetings: [{ at: '2026-10-05T09:00:00-07:00' }] }),
      person('new', { outreach: [sent('2026-11-16T09:00:00-08:00')] }),
    ];
    const since = Date.parse('2026-11-09T00:00:00-08:00');
    const r = report(people, since);
    expect([r.outreachSent, r.held.length, r.replyRate.whole, r.replyRate.part]).toEqual([1, 0, 1, 0]);
    expect(r.byStatus).toMatchObject({ met: 1, contacted: 1 });
    expect(r.fromMs).toBe(since);
    expect(r.weeks.map((w) => [new Date(w.startMs).toDateString(), w.outreach])).toEqual([
      ['Mon Nov 09 2026', 0],
      ['Mon Nov 16 2026', 1],
      ['Mon Nov 23 2026', 0],
    ]);
    expect(report(people).fromMs).toBe(Date.parse('2026-10-01T09:00:00-07:00'));
  });

  it('referrals: received from meetings in the period; followed once the new contact was written to', () => {
    const people = [
      person('sam', { name: 'Sam Rivera', meetings: [{ at: '2026-11-02T09:00:00-08:00', referrals: ['Maya Chen', 'Dana Ortiz', 'Lee Park'] }] }),
      person('maya-chen', { name: 'Maya Chen', introducedBy: 'sam', outreach: [sent('2026-11-05T09:00:00-08:00')] }),
      person('dana-ortiz', { name: 'dana ortiz', introducedBy: 'sam' }),
    ];
    const r = report(people);
    expect(r.referrals).toEqual([
      { name: 'Maya Chen', from: 'Sam Rivera', state: 'written to' },
      { name: 'Dana Ortiz', from: 'Sam Rivera', state: 'added' },
      { name: 'Lee Park', from: 'Sam Rivera', state: 'not added' },
    ]);
    expect(r.figures[4]).toEqual({ label: 'Referrals received', value: '3', detail: '1 followed up' });
    // A meeting before --since brings none.
    expect(report(people, Date.parse('2026-11-03T00:00:00-08:00')).referrals).toEqual([]);
  });
});

describe('weekCounts', () => {
  it('Monday to Sunday, local; empty weeks kept; across the end of daylight saving', () => {
    const mon = Date.parse('2026-10-26T00:00:00-07:00');
    expect(weekStartMs(Date.parse('2026-11-01T23:59:00-08:00'))).toBe(mon);
    expect(weekStartMs(mon)).toBe(mon);
    const weeks = weekCounts(Date.parse('2026-10-28T12:00:00-07:00'), Date.parse('2026-11-10T12:00:00-08:00'), [Date.parse('2026-11-01T23:00:00-08:00')], [Date.parse('2026-11-09T08:00:00-08:00')]);
    expect(weeks.map((w) => [new Date(w.startMs).toISOString(), w.outreach, w.meetings])).toEqual([
      ['2026-10-26T07:00:00.000Z', 1, 0],
      ['2026-11-02T08:00:00.000Z', 0, 0],
      ['2026-11-09T08:00:00.000Z', 0, 1],
    ]);
  });

  it('nothing to chart: no weeks; a long history: the latest 52', () => {
    expect(weekCounts(undefined, now.getTime(), [], [])).toEqual([]);
    const weeks = weekCounts(Date.parse('2020-01-01T00:00:00-08:00'), now.getTime(), [], []);
    expect(weeks).toHaveLength(52);
    expect(weeks.at(-1)?.startMs).toBe(weekStartMs(now.getTime()));
  });
});

describe('targets covered', () => {
  it('one headline figure from the LAMP list: employers with someone you know, and with a meeting held', () => {
    const targets = [
      { employer: 'Northwind Health', contacts: 2, met: 1 },
      { employer: 'Fathom & Co', contacts: 1, met: 0 },
      { employer: 'Contoso', contacts: 0, met: 0 },
    ];
    const r = buildReport([], { now, defaults, targets });
    expect(r.figures.at(-1)).toEqual({ label: 'Targets covered', value: '2 of 3', detail: '1 with a meeting held' });
  });
  it('no figure without a LAMP list', () => {
    expect(report([]).figures.map((f) => f.label)).not.toContain('Targets covered');
  });
});

describe('a big folder', () => {
  it('200,000 outreach entries: no stack overflow finding the first day', () => {
    const base = Date.parse('2026-01-05T10:00:00-08:00');
    const outreach = Array.from({ length: 200_000 }, (_, i) => sent(new Date(base + i * 60_000).toISOString()));
    const r = report([person('busy', { outreach })]);
    expect(r.outreachSent).toBe(200_000);
    expect(r.fromMs).toBe(base);
  });
});
