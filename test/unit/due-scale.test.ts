/** dueByContact at scale: the O(n) "latest outreach elsewhere" gives what comparing every pair gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/domain/facts.js';
import { resolveConfig } from '../../src/domain/config.js';
import { contactDueItems, sortByUrgency } from '../../src/domain/due.js';
import { dueByContact, followupItems } from '../../src/domain/followup.js';

const NOW = new Date('2026-11-23T10:00:00-08:00');
const config = resolveConfig({});
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString().replace('.000Z', 'Z');

describe('dueByContact', () => {
  it('matches the pairwise definition for any set of outreach dates', () => {
    const people = fc.array(fc.array(fc.record({ days: fc.integer({ min: 0, max: 30 }), replied: fc.boolean() }), { maxLength: 3 }), { maxLength: 8 });
    fc.assert(
      fc.property(people, (outreachLists) => {
        const contacts = outreachLists.map((list, i) => ({
          slug: `p${i}`,
          contact: { name: `P ${i}`, outreach: list.map((o) => ({ at: day(o.days), ...(o.replied ? { repliedAt: day(Math.max(0, o.days - 1)) } : {}) })) },
        })).map((c) => ({ ...c, facts: factsOf(c.contact) }));
        const fast = dueByContact(contacts, NOW, config);
        for (const c of contacts) {
          const others = contacts.filter((o) => o.slug !== c.slug).flatMap((o) => o.contact.outreach.map((x) => Date.parse(x.at)));
          expect(fast.get(c.slug)).toEqual(contactDueItems(c.facts, c.slug, NOW, config, { outreachMs: others }));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('followupItems', () => {
  // Times within a year around NOW, minutes, replies, thank-yous, notes; some contacts keep in touch more often.
  const at = fc.integer({ min: -400, max: 60 }).chain((days) => fc.integer({ min: 0, max: 23 }).map((hour) => NOW.getTime() + days * 86_400_000 + hour * 3_600_000));
  const iso = (ms: number) => new Date(ms).toISOString();
  const contact = fc.record({
    outreach: fc.array(fc.record({ at, replied: fc.boolean() }), { maxLength: 3 }),
    meetings: fc.array(fc.record({ at, minutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }), thanked: fc.boolean(), notes: fc.boolean() }), { maxLength: 3 }),
    keepInTouchDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  });

  it('lists exactly the listed items of every contact, most urgent first, whatever the clock', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 6 }), fc.integer({ min: -30, max: 30 }), (people, shift) => {
        const now = new Date(NOW.getTime() + shift * 86_400_000 + 7 * 3_600_000);
        const contacts = people.map((p, i) => ({
          slug: `p${i}`,
          facts: factsOf({
            name: `P ${i}`,
            ...(p.keepInTouchDays ? { keepInTouchDays: p.keepInTouchDays } : {}),
            outreach: p.outreach.map((o) => ({ at: iso(o.at), ...(o.replied ? { repliedAt: iso(o.at + 3_600_000) } : {}) })),
            meetings: p.meetings.map((m) => ({ at: iso(m.at), ...(m.minutes ? { minutes: m.minutes } : {}), ...(m.thanked ? { thankYouSentAt: iso(m.at + 7_200_000) } : {}), ...(m.notes ? { notes: 'n' } : {}) })),
          }),
        }));
        const all = [...dueByContact(contacts, now, config).values()].flat().filter((i) => i.listed);
        expect(followupItems(contacts, now, config)).toEqual(sortByUrgency(all));
      }),
      { numRuns: 500 },
    );
  });
});
