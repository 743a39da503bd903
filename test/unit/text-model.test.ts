import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/domain/config.js';
import type { Contact } from '../../src/domain/schema.js';
import { connectionSentence } from '../../src/render/message-model.js';
import { latestDebrief, meetingToPrep, textModel } from '../../src/render/text-model.js';

const NOW = new Date('2026-11-23T10:00:00-08:00');

describe('connectionSentence: a true opening, never an invented one', () => {
  const cases: { name: string; contact: Contact; introducer?: string; school?: string; expected: string | null }[] = [
    { name: 'an introducer comes first', contact: { name: 'A', source: 'alumni' }, introducer: 'Sam Rivera', expected: 'Sam Rivera suggested I get in touch.' },
    { name: 'an introducer, then the hook', contact: { name: 'A', hook: 'I enjoyed your talk' }, introducer: 'Sam Rivera', expected: 'Sam Rivera suggested I get in touch. I enjoyed your talk.' },
    { name: 'the hook before the source', contact: { name: 'A', source: 'event', hook: 'i enjoyed your panel: Great questions' }, expected: 'I enjoyed your panel: great questions.' },
    { name: 'alumni names the school', contact: { name: 'A', source: 'alumni' }, school: 'Lakeside University', expected: 'I found you through the Lakeside University alumni network.' },
    { name: 'alumni without a school', contact: { name: 'A', source: 'alumni' }, expected: 'I found you through our alumni network.' },
    { name: 'linkedin', contact: { name: 'A', source: 'linkedin' }, expected: 'I came across your profile on LinkedIn.' },
    { name: 'a first-degree connection', contact: { name: 'A', source: 'linkedin', connectedOn: '2021-03-04' }, expected: "We're connected on LinkedIn." },
    { name: 'event: nothing invented', contact: { name: 'A', source: 'event' }, expected: null },
    { name: 'family: nothing invented', contact: { name: 'A', source: 'family' }, expected: null },
    { name: 'cold with a company: nothing invented', contact: { name: 'A', source: 'cold', company: 'Acme' }, expected: null },
    { name: 'nothing known', contact: { name: 'A' }, expected: null },
  ];
  for (const c of cases) it(c.name, () => expect(connectionSentence(c.contact, c.introducer, c.school)).toBe(c.expected));
});

describe('which meeting', () => {
  const past = { at: '2026-11-20T15:00:00-08:00', minutes: 30, takeaways: ['Listen first.'] };
  const soon = { at: '2026-11-25T15:00:00-08:00', minutes: 30 };
  const now = { at: '2026-11-23T09:45:00-08:00', minutes: 30 };
  const cases: { name: string; meetings: Contact['meetings']; prep?: string; debrief?: string }[] = [
    { name: 'none', meetings: [] },
    { name: 'the next one ahead', meetings: [soon, past], prep: soon.at, debrief: past.at },
    { name: 'one under way counts as next', meetings: [past, now, soon], prep: now.at, debrief: past.at },
    { name: 'the latest when none is ahead', meetings: [past], prep: past.at, debrief: past.at },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const contact: Contact = { name: 'A', meetings: c.meetings };
      expect(meetingToPrep(contact, NOW, 30)?.at).toBe(c.prep);
      expect(latestDebrief(contact, NOW)?.at).toBe(c.debrief);
    });
  }
});

describe('textModel', () => {
  it('fills every key, with the thank-you due at meeting end + thankYouHours', () => {
    const contact: Contact = { name: 'Maya Chen', meetings: [{ at: '2026-11-25T15:00:00-08:00', minutes: 45 }] };
    const model = textModel({ slug: 'maya-chen', contact, config: resolveConfig({ defaults: { thankYouHours: 12 } }), now: NOW });
    expect(model.meeting).toMatchObject({ finishBy: '15:45', thankYouDue: 'Thu 26 Nov 03:45', minutes: 45, past: false });
    expect(model.contact.role).toBeNull();
    expect(model.me).toMatchObject({ name: '[your name]', signature: '[your name]' });
    expect(model.debrief).toMatchObject({ recorded: false, date: null, takeaway: null, referral: null, referrals: [] });
    expect(model.outreach.recorded).toBe(false);
  });

  it('drops the final full stop of a takeaway (the template adds its own) and says it to them', () => {
    const contact: Contact = { name: 'A', meetings: [{ at: '2026-11-20T15:00:00-08:00', takeaways: ['Listen first.'] }] };
    expect(textModel({ slug: 'a', contact, config: resolveConfig({}), now: NOW }).debrief.takeaway).toBe('your advice to listen first');
  });
});
