/** dueByContact at scale: the O(n) "latest outreach elsewhere" gives what comparing every pair gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/domain/facts.js';
import { resolveConfig } from '../../src/domain/config.js';
import { contactDueItems, dueByContact } from '../../src/domain/due.js';

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
