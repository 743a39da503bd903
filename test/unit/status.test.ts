import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/domain/facts.js';
import { resolveConfig } from '../../src/domain/config.js';
import { contactDueItems } from '../../src/domain/due.js';
import type { Status } from '../../src/domain/enums.js';
import { nextStep } from '../../src/render/next-step.js';
import type { Contact } from '../../src/domain/schema.js';
import { deriveStatus, latestStarted } from '../../src/domain/status.js';

const now = new Date('2026-11-23T10:00:00-08:00');
const sent = { at: '2026-11-20T09:00:00-08:00', channel: 'email' as const };

describe('deriveStatus', () => {
  const cases: { name: string; contact: Partial<Contact>; status: Status }[] = [
    { name: 'nothing yet', contact: {}, status: 'new' },
    { name: 'outreach without reply', contact: { outreach: [sent] }, status: 'contacted' },
    { name: 'a reply', contact: { outreach: [{ ...sent, repliedAt: '2026-11-21T09:00:00-08:00' }] }, status: 'replied' },
    { name: 'a planned meeting', contact: { meetings: [{ at: '2026-11-25T15:00:00-08:00' }] }, status: 'scheduled' },
    { name: 'meeting started, not yet ended', contact: { meetings: [{ at: '2026-11-23T09:45:00-08:00', minutes: 30 }] }, status: 'scheduled' },
    { name: 'meeting ended', contact: { meetings: [{ at: '2026-11-23T09:00:00-08:00', minutes: 30 }] }, status: 'met' },
    { name: 'archived, whatever the timeline', contact: { archivedAt: '2026-11-22T09:00:00-08:00', meetings: [{ at: '2026-11-23T09:00:00-08:00', minutes: 30 }] }, status: 'archived' },
    { name: 'snoozed keeps its stage', contact: { snoozedUntil: '2026-12-01T00:00:00-08:00', outreach: [sent] }, status: 'contacted' },
    { name: 'thanked', contact: { meetings: [{ at: '2026-11-22T09:00:00-08:00', thankYouSentAt: '2026-11-22T12:00:00-08:00' }] }, status: 'thanked' },
    {
      name: 'thank-you for an older meeting only',
      contact: {
        meetings: [
          { at: '2026-11-22T09:00:00-08:00' },
          { at: '2026-10-22T09:00:00-07:00', thankYouSentAt: '2026-10-22T12:00:00-07:00' },
        ],
      },
      status: 'met',
    },
    {
      name: 'thanked, then a new meeting planned',
      contact: { meetings: [{ at: '2026-10-22T09:00:00-07:00', thankYouSentAt: '2026-10-22T12:00:00-07:00' }, { at: '2026-12-01T09:00:00-08:00' }] },
      status: 'thanked',
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(deriveStatus(factsOf({ name: 'X', ...c.contact } as Contact), now, 30)).toBe(c.status));
  }
});

describe('latestStarted', () => {
  it('takes the latest meeting that has begun, in time order whatever the file order', () => {
    const contact = { name: 'X', meetings: [{ at: '2026-11-22T09:00:00-08:00' }, { at: '2026-11-30T09:00:00-08:00' }, { at: '2026-11-01T09:00:00-08:00' }] } as Contact;
    expect(latestStarted(contact, now)?.at).toBe('2026-11-22T09:00:00-08:00');
    expect(latestStarted({ name: 'X' } as Contact, now)).toBeUndefined();
  });
});

describe('nextStep', () => {
  const config = resolveConfig({});
  const step = (contact: Partial<Contact>) => {
    const c = factsOf({ name: 'Maya', ...contact } as Contact);
    return nextStep(c, 'maya', deriveStatus(c, now, 30), contactDueItems(c, 'maya', now, config), now);
  };
  const cases: [string, Partial<Contact>, string][] = [
    ['new', {}, 'reach out: infoview draft maya'],
    ['waiting, try-another ahead', { outreach: [{ at: '2026-11-23T08:00:00-08:00' }] }, 'wait for a reply (try-another due in 3 days)'],
    ['try-another due', { outreach: [{ at: '2026-11-17T08:00:00-08:00' }] }, 'try-another overdue by 3 days: infoview list --status new'],
    ['replied', { outreach: [{ ...sent, repliedAt: '2026-11-21T09:00:00-08:00' }] }, 'schedule: infoview add meeting maya --at …'],
    ['scheduled', { meetings: [{ at: '2026-11-25T10:00:00-08:00' }] }, 'prepare: infoview prep maya (meeting in 2 days)'],
    ['met, thank-you due', { meetings: [{ at: '2026-11-23T06:30:00-08:00', notes: 'n' }] }, 'thank-you due tomorrow 07:00: infoview draft maya --kind thankyou'],
    ['thanked', { meetings: [{ at: '2026-11-22T09:00:00-08:00', notes: 'n', thankYouSentAt: '2026-11-22T12:00:00-08:00' }] }, 'stay in touch (due in 3 months)'],
    ['nudged, waiting', { outreach: [{ at: '2026-11-02T08:00:00-08:00' }, { at: '2026-11-16T08:00:00-08:00' }] }, 'wait for a reply to the nudge (archive or snooze due in 7 days)'],
    ['no reply to the nudge', { outreach: [{ at: '2026-10-02T08:00:00-07:00' }, { at: '2026-10-16T08:00:00-07:00' }] }, 'close overdue by 3 weeks: infoview archive maya'],
    ['snoozed', { snoozedUntil: '2027-01-04T00:00:00-08:00', outreach: [{ at: '2026-10-02T08:00:00-07:00' }, { at: '2026-10-16T08:00:00-07:00' }] }, 'snoozed until Mon 4 Jan 2027 00:00'],
    ['archived', { archivedAt: '2026-11-20T08:00:00-08:00', outreach: [{ at: '2026-10-02T08:00:00-07:00' }] }, 'archived: infoview unarchive maya to resume'],
  ];
  for (const [name, contact, expected] of cases) it(name, () => expect(step(contact)).toBe(expected));
});
