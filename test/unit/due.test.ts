import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/domain/facts.js';
import { localIso } from '../../src/domain/iso.js';
import { resolveConfig } from '../../src/domain/config.js';
import { contactDueItems, sortByUrgency, thankYouDue, type DueItem } from '../../src/domain/due.js';
import { followupItems } from '../../src/domain/followup.js';
import type { Contact } from '../../src/domain/schema.js';

// TZ=America/Los_Angeles. Mon 23 Nov 2026 10:00 PST unless a case says otherwise.
const NOW = '2026-11-23T10:00:00-08:00';
const config = resolveConfig({});

interface Case {
  name: string;
  contact: Partial<Contact>;
  now?: string;
  keepInTouchDays?: number;
  /** The items followup lists now, as `kind due overdue`. */
  listed: string[];
  /** Items not listed yet, as `kind due`. */
  upcoming?: string[];
}

const brief = (i: DueItem) => `${i.kind} ${localIso(new Date(i.dueMs))}${i.listed ? ` ${i.overdue ? 'overdue' : 'due'}` : ''}`;

const cases: Case[] = [
  { name: 'a new contact owes nothing', contact: {}, listed: [] },
  // thank-you and debrief
  {
    name: 'meeting not yet ended: nothing listed, thank-you and debrief upcoming',
    contact: { meetings: [{ at: '2026-11-23T09:45:00-08:00', minutes: 30 }] },
    listed: [],
    upcoming: ['thank-you 2026-11-24T10:15:00-08:00', 'debrief 2026-11-24T10:15:00-08:00'],
  },
  {
    name: 'meeting ended: thank-you due 24 h after its end, debrief by then',
    contact: { meetings: [{ at: '2026-11-23T09:00:00-08:00', minutes: 30 }] },
    listed: ['thank-you 2026-11-24T09:30:00-08:00 due', 'debrief 2026-11-24T09:30:00-08:00 due'],
    upcoming: ['keep-in-touch 2027-02-21T09:30:00-08:00'],
  },
  {
    name: 'minutes default from config (30)',
    contact: { meetings: [{ at: '2026-11-22T09:00:00-08:00', notes: 'talked' }] },
    listed: ['thank-you 2026-11-23T09:30:00-08:00 overdue'],
    upcoming: ['keep-in-touch 2027-02-20T09:30:00-08:00'],
  },
  {
    name: 'thank-you overdue once past its due time; notes mean no debrief',
    contact: { meetings: [{ at: '2026-11-21T15:00:00-08:00', minutes: 60, takeaways: ['x'] }] },
    listed: ['thank-you 2026-11-22T16:00:00-08:00 overdue'],
    upcoming: ['keep-in-touch 2027-02-19T16:00:00-08:00'],
  },
  {
    name: 'thank-you recorded: nothing listed, keep-in-touch upcoming from the thank-you',
    contact: { meetings: [{ at: '2026-11-20T15:00:00-08:00', minutes: 30, notes: 'n', thankYouSentAt: '2026-11-21T09:00:00-08:00' }] },
    listed: [],
    upcoming: ['keep-in-touch 2027-02-19T09:00:00-08:00'],
  },
  {
    name: 'several meetings: only the latest started one counts',
    contact: {
      meetings: [
        { at: '2026-11-20T15:00:00-08:00', minutes: 30 },
        { at: '2026-11-22T15:00:00-08:00', minutes: 30, notes: 'n' },
      ],
    },
    listed: ['thank-you 2026-11-23T15:30:00-08:00 due'],
    upcoming: ['keep-in-touch 2027-02-20T15:30:00-08:00'],
  },
  {
    name: 'thank-you recorded for an older meeting only',
    contact: {
      meetings: [
        { at: '2026-10-01T15:00:00-07:00', minutes: 30, notes: 'n', thankYouSentAt: '2026-10-02T09:00:00-07:00' },
        { at: '2026-11-22T15:00:00-08:00', minutes: 30, notes: 'n' },
      ],
    },
    listed: ['thank-you 2026-11-23T15:30:00-08:00 due'],
    upcoming: ['keep-in-touch 2027-02-20T15:30:00-08:00'],
  },
  {
    name: 'a planned meeting after a thanked one: upcoming items only, no keep-in-touch',
    contact: {
      meetings: [
        { at: '2026-10-01T15:00:00-07:00', minutes: 30, notes: 'n', thankYouSentAt: '2026-10-02T09:00:00-07:00' },
        { at: '2026-11-30T15:00:00-08:00', minutes: 30 },
      ],
    },
    listed: [],
    upcoming: ['thank-you 2026-12-01T15:30:00-08:00', 'debrief 2026-12-01T15:30:00-08:00'],
  },
  {
    name: 'thank-you window across the DST change keeps the wall-clock time',
    now: '2026-11-01T10:00:00-08:00',
    contact: { meetings: [{ at: '2026-10-31T14:00:00-07:00', minutes: 30, notes: 'n' }] },
    listed: ['thank-you 2026-11-01T14:30:00-08:00 due'],
    upcoming: ['keep-in-touch 2027-01-29T14:30:00-08:00'],
  },
  // 3B7
  {
    name: 'outreach today: try-another and nudge upcoming',
    contact: { outreach: [{ at: '2026-11-23T09:00:00-08:00', channel: 'email' }] },
    listed: [],
    upcoming: ['try-another 2026-11-26T09:00:00-08:00', 'nudge 2026-12-02T09:00:00-08:00'],
  },
  {
    name: 'try-another listed a day ahead of its due time',
    contact: { outreach: [{ at: '2026-11-19T09:00:00-08:00' }] }, // Thu → Tue
    listed: ['try-another 2026-11-24T09:00:00-08:00 due'],
    upcoming: ['nudge 2026-11-30T09:00:00-08:00'],
  },
  {
    name: 'try-another overdue after 3 business days',
    contact: { outreach: [{ at: '2026-11-17T09:00:00-08:00' }] }, // Tue → Fri
    listed: ['try-another 2026-11-20T09:00:00-08:00 overdue'],
    upcoming: ['nudge 2026-11-26T09:00:00-08:00'],
  },
  {
    name: 'reply before 3 days stops the clock',
    contact: { outreach: [{ at: '2026-11-17T09:00:00-08:00', repliedAt: '2026-11-18T09:00:00-08:00' }] },
    listed: [],
  },
  {
    name: 'a meeting after the outreach counts as an answer',
    contact: { outreach: [{ at: '2026-11-10T09:00:00-08:00' }], meetings: [{ at: '2026-11-30T09:00:00-08:00' }] },
    listed: [],
    upcoming: ['thank-you 2026-12-01T09:30:00-08:00', 'debrief 2026-12-01T09:30:00-08:00'],
  },
  {
    name: 'weekend outreach: business days count from Monday',
    contact: { outreach: [{ at: '2026-11-14T10:00:00-08:00' }] }, // Sat → Wed 18, nudge Tue 24
    listed: ['try-another 2026-11-18T10:00:00-08:00 overdue', 'nudge 2026-11-24T10:00:00-08:00 due'],
  },
  {
    name: 'nudge overdue after 7 business days; try-another gives way to it',
    contact: { outreach: [{ at: '2026-11-11T10:00:00-08:00' }] },
    listed: ['nudge 2026-11-20T10:00:00-08:00 overdue'],
  },
  {
    name: 'after the nudge (a second unanswered outreach), no second nudge: only the close, later',
    contact: { outreach: [{ at: '2026-11-02T10:00:00-08:00' }, { at: '2026-11-12T10:00:00-08:00' }] },
    listed: [],
    upcoming: ['close 2026-11-26T10:00:00-08:00'],
  },
  {
    name: 'a new outreach after a reply starts a new clock',
    contact: { outreach: [{ at: '2026-09-01T10:00:00-07:00', repliedAt: '2026-09-02T10:00:00-07:00' }, { at: '2026-11-17T10:00:00-08:00' }] },
    listed: ['try-another 2026-11-20T10:00:00-08:00 overdue'],
    upcoming: ['nudge 2026-11-26T10:00:00-08:00'],
  },
  {
    name: 'business days across the DST change keep the wall-clock time',
    now: '2026-11-02T12:00:00-08:00',
    contact: { outreach: [{ at: '2026-10-28T10:00:00-07:00' }] }, // Wed PDT → Mon PST
    listed: ['try-another 2026-11-02T10:00:00-08:00 overdue'],
    upcoming: ['nudge 2026-11-06T10:00:00-08:00'],
  },
  // the close after the one nudge (10 business days)
  {
    name: 'ten business days after an unanswered nudge: close (archive or snooze), overdue',
    contact: { outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00' }] }, // nudge Wed 4 → Wed 18
    listed: ['close 2026-11-18T10:00:00-08:00 overdue'],
  },
  {
    name: 'close due at the very minute: listed, not yet overdue',
    contact: { outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-09T10:00:00-08:00' }] }, // Mon 9 → Mon 23 10:00
    listed: ['close 2026-11-23T10:00:00-08:00 due'],
  },
  {
    name: 'close upcoming until a day before it falls due',
    contact: { outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-11T10:00:00-08:00' }] }, // Wed 11 → Wed 25
    listed: [],
    upcoming: ['close 2026-11-25T10:00:00-08:00'],
  },
  {
    name: 'a nudge sent on a Saturday: the ten business days count from Monday',
    contact: { outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-07T10:00:00-08:00' }] }, // Sat 7 → Fri 20
    listed: ['close 2026-11-20T10:00:00-08:00 overdue'],
  },
  {
    name: 'ten business days across the DST change keep the wall-clock time',
    contact: { outreach: [{ at: '2026-10-15T10:00:00-07:00' }, { at: '2026-10-28T10:00:00-07:00' }] }, // Wed 28 Oct PDT → Wed 11 Nov PST
    listed: ['close 2026-11-11T10:00:00-08:00 overdue'],
  },
  {
    name: 'a nudge after an answered outreach counts from the nudge',
    contact: { outreach: [{ at: '2026-09-01T10:00:00-07:00', repliedAt: '2026-09-02T10:00:00-07:00' }, { at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00' }] },
    listed: ['close 2026-11-18T10:00:00-08:00 overdue'],
  },
  {
    name: 'writing again after the nudge (a third unanswered outreach): no close',
    contact: { outreach: [{ at: '2026-10-01T10:00:00-07:00' }, { at: '2026-10-14T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00' }] },
    listed: [],
  },
  {
    name: 'a reply to the nudge: no close',
    contact: { outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00', repliedAt: '2026-11-05T10:00:00-08:00' }] },
    listed: [],
  },
  {
    name: 'a meeting since the first outreach: no close',
    contact: { outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00' }], meetings: [{ at: '2026-10-28T10:00:00-07:00', notes: 'n', thankYouSentAt: '2026-10-28T18:00:00-07:00' }] },
    listed: [],
    upcoming: ['keep-in-touch 2027-02-02T10:00:00-08:00'],
  },
  // archive and snooze
  {
    name: 'archived: nothing at all, not even a thank-you owed',
    contact: { archivedAt: '2026-11-23T09:00:00-08:00', meetings: [{ at: '2026-11-22T09:00:00-08:00' }], outreach: [{ at: '2026-11-01T10:00:00-08:00' }] },
    listed: [],
  },
  {
    name: 'snoozed: a meeting still gets its thank-you and debrief when due; the keep-in-touch waits',
    contact: { snoozedUntil: '2026-11-25T00:00:00-08:00', meetings: [{ at: '2026-11-22T09:00:00-08:00', minutes: 30 }] },
    listed: ['thank-you 2026-11-23T09:30:00-08:00 overdue', 'debrief 2026-11-23T09:30:00-08:00 overdue'],
    upcoming: ['keep-in-touch 2027-02-20T09:30:00-08:00'],
  },
  {
    name: 'a snooze one second from now still hides the close',
    contact: { snoozedUntil: '2026-11-23T10:00:01-08:00', outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00' }] },
    listed: [],
    upcoming: ['close 2026-11-18T10:00:00-08:00'],
  },
  {
    name: 'a snooze that ends now: the items are back, overdue ones overdue',
    contact: { snoozedUntil: '2026-11-23T10:00:00-08:00', outreach: [{ at: '2026-10-26T10:00:00-07:00' }, { at: '2026-11-04T10:00:00-08:00' }] },
    listed: ['close 2026-11-18T10:00:00-08:00 overdue'],
  },
  // prepare
  {
    name: 'a planned meeting within 24 h: prepare, due at its start',
    contact: { meetings: [{ at: '2026-11-24T09:00:00-08:00', minutes: 30 }] },
    listed: ['prepare 2026-11-24T09:00:00-08:00 due'],
    upcoming: ['thank-you 2026-11-25T09:30:00-08:00', 'debrief 2026-11-25T09:30:00-08:00'],
  },
  {
    name: 'a meeting exactly 24 h ahead: prepare listed',
    contact: { meetings: [{ at: '2026-11-24T10:00:00-08:00', minutes: 30 }] },
    listed: ['prepare 2026-11-24T10:00:00-08:00 due'],
    upcoming: ['thank-you 2026-11-25T10:30:00-08:00', 'debrief 2026-11-25T10:30:00-08:00'],
  },
  {
    name: 'a meeting more than 24 h ahead: no prepare yet (never upcoming)',
    contact: { meetings: [{ at: '2026-11-24T10:01:00-08:00', minutes: 30 }] },
    listed: [],
    upcoming: ['thank-you 2026-11-25T10:31:00-08:00', 'debrief 2026-11-25T10:31:00-08:00'],
  },
  {
    name: 'a snooze does not hide a planned meeting: prepare listed',
    contact: { snoozedUntil: '2026-11-30T00:00:00-08:00', meetings: [{ at: '2026-11-24T09:00:00-08:00', minutes: 30 }] },
    listed: ['prepare 2026-11-24T09:00:00-08:00 due'],
    upcoming: ['thank-you 2026-11-25T09:30:00-08:00', 'debrief 2026-11-25T09:30:00-08:00'],
  },
  // keep in touch
  {
    name: 'keep-in-touch listed a day before keepInTouchDays after the last meeting',
    contact: { meetings: [{ at: '2026-08-25T11:00:00-07:00', minutes: 30, notes: 'n', thankYouSentAt: '2026-08-25T18:00:00-07:00' }] },
    listed: ['keep-in-touch 2026-11-23T18:00:00-08:00 due'],
  },
  {
    name: 'per-contact keepInTouchDays overrides the config',
    contact: { keepInTouchDays: 30, meetings: [{ at: '2026-10-01T11:00:00-07:00', minutes: 30, notes: 'n', thankYouSentAt: '2026-10-01T18:00:00-07:00' }] },
    listed: ['keep-in-touch 2026-10-31T18:00:00-07:00 overdue'],
  },
  {
    name: 'a later touch (a reply) resets keep-in-touch',
    contact: {
      keepInTouchDays: 30,
      outreach: [{ at: '2026-11-01T09:00:00-08:00', repliedAt: '2026-11-02T09:00:00-08:00' }],
      meetings: [{ at: '2026-10-01T11:00:00-07:00', minutes: 30, notes: 'n', thankYouSentAt: '2026-10-01T18:00:00-07:00' }],
    },
    listed: [],
    upcoming: ['keep-in-touch 2026-12-02T09:00:00-08:00'],
  },
];

describe('contactDueItems', () => {
  for (const c of cases) {
    it(c.name, () => {
      const contact = { name: 'Maya Chen', ...c.contact } as Contact;
      const items = contactDueItems(factsOf(contact), 'maya-chen', new Date(c.now ?? NOW), config);
      expect(items.filter((i) => i.listed).map(brief)).toEqual(c.listed);
      expect(items.filter((i) => !i.listed).map(brief)).toEqual(c.upcoming ?? []);
    });
  }
});

describe('thankYouDue', () => {
  it('follows thankYouHours, whole days on the calendar', () => {
    const m = { at: '2026-10-31T14:00:00-07:00', minutes: 30 };
    expect(thankYouDue(m, { meetingMinutes: 30, thankYouHours: 48 }).toISOString()).toBe(new Date('2026-11-02T14:30:00-08:00').toISOString());
    expect(thankYouDue(m, { meetingMinutes: 30, thankYouHours: 6 }).toISOString()).toBe(new Date('2026-10-31T20:30:00-07:00').toISOString());
  });
});

describe('followupItems', () => {
  const known = (list: { slug: string; contact: Contact }[]) => list.map((c) => ({ ...c, facts: factsOf(c.contact) }));
  const contacts = known([
    { slug: 'dana', contact: { name: 'Dana', outreach: [{ at: '2026-11-17T09:00:00-08:00' }] } as Contact },
    { slug: 'jose', contact: { name: 'José', meetings: [{ at: '2026-11-22T09:00:00-08:00', minutes: 30 }] } as Contact },
    { slug: 'maya', contact: { name: 'Maya', meetings: [{ at: '2026-11-23T08:00:00-08:00', minutes: 30, notes: 'n' }] } as Contact },
    { slug: 'sam', contact: { name: 'Sam', keepInTouchDays: 10, meetings: [{ at: '2026-11-01T09:00:00-08:00', notes: 'n', thankYouSentAt: '2026-11-01T12:00:00-08:00' }] } as Contact },
  ]);
  it('lists overdue thank-yous, then due thank-yous, then the rest by due time', () => {
    const items = followupItems(contacts, new Date(NOW), config);
    expect(items.map((i) => `${i.contact} ${i.kind}`)).toEqual(['jose thank-you', 'maya thank-you', 'sam keep-in-touch', 'dana try-another', 'jose debrief']);
  });
  it('an outreach to someone else settles try-another', () => {
    const more = [...contacts, ...known([{ slug: 'priya', contact: { name: 'Priya', outreach: [{ at: '2026-11-19T09:00:00-08:00' }] } as Contact }])];
    expect(followupItems(more, new Date(NOW), config).map((i) => `${i.contact} ${i.kind}`)).not.toContain('dana try-another');
  });
  it('leaves archived contacts out and snoozed ones until the snooze ends', () => {
    const more = known([
      { slug: 'elena', contact: { name: 'Elena', archivedAt: '2026-11-20T09:00:00-08:00', outreach: [{ at: '2026-08-03T09:00:00-07:00' }] } as Contact },
      { slug: 'chris', contact: { name: 'Chris', snoozedUntil: '2026-11-24T00:00:00-08:00', outreach: [{ at: '2026-10-01T09:00:00-07:00' }, { at: '2026-10-12T09:00:00-07:00' }] } as Contact },
    ]);
    const kinds = (now: string) => followupItems([...contacts, ...more], new Date(now), config).map((i) => `${i.contact} ${i.kind}`);
    expect(kinds(NOW).filter((k) => /elena|chris/.test(k))).toEqual([]);
    expect(kinds('2026-11-24T00:00:00-08:00').filter((k) => /elena|chris/.test(k))).toEqual(['chris close']);
  });
  it('sortByUrgency keeps a stable order for equal due times', () => {
    const items = followupItems(contacts, new Date(NOW), config);
    expect(sortByUrgency([...items].reverse())).toEqual(items);
  });
});
