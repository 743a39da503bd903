/**
 * The due rules across every contact: what `followup` lists, and each contact's items for `list`,
 * `show` and `export`, each contact seeing the others' outreach so `try-another` settles.
 */
import type { Config } from './config.js';
import { collect, contactDueItems, Items, sortByUrgency, type DueItem, type Elsewhere } from './due.js';
import { latestOutreachMs, type ContactFacts } from './facts.js';

/** A contact as the due rules take it: its slug and facts. */
interface Known {
  slug: string;
  facts: ContactFacts;
  /** `latestOutreachMs(facts)`, when the contact can give it without making its facts (the index). */
  latestOutreachMs?: number;
}

/**
 * Every contact's items (listed and upcoming), keyed by slug, each contact seeing the others'
 * outreach so `try-another` settles once you have reached out to someone else.
 */
export function dueByContact(contacts: readonly Known[], now: Date, config: Pick<Config, 'defaults'>): Map<string, DueItem[]> {
  const itemsOf = dueItemsFor(contacts, now, config);
  return new Map(contacts.map((c) => [c.slug, itemsOf(c)]));
}

/** As `dueByContact`, one contact at a time (`list` keeps no contact's items longer than it needs them). */
export function dueItemsFor(contacts: readonly Known[], now: Date, config: Pick<Config, 'defaults'>): (c: Known) => DueItem[] {
  const elsewhere = latestOutreachElsewhere(contacts);
  return (c) => contactDueItems(c.facts, c.slug, now, config, elsewhere(c.slug));
}

/**
 * For each contact, the latest outreach to anyone else. Only that one matters (an outreach is
 * settled by any later one elsewhere), so keeping the two latest contacts' is O(n), where listing
 * every other outreach per contact was O(n²): seconds at 10,000 contacts.
 */
function latestOutreachElsewhere(contacts: readonly Known[]): (slug: string) => Elsewhere {
  // The two contacts with the latest outreach, in plain variables: 10,000 small objects are not free.
  let firstSlug = '';
  let firstMs = -Infinity;
  let secondSlug = '';
  let secondMs = -Infinity;
  for (const c of contacts) {
    const latest = c.latestOutreachMs ?? latestOutreachMs(c.facts);
    if (latest > firstMs) {
      secondSlug = firstSlug;
      secondMs = firstMs;
      firstSlug = c.slug;
      firstMs = latest;
    } else if (latest > secondMs) {
      secondSlug = c.slug;
      secondMs = latest;
    }
  }
  const firstOnly = { outreachMs: firstSlug ? [firstMs] : [] };
  const secondOnly = { outreachMs: secondSlug ? [secondMs] : [] };
  return (slug) => (firstSlug === slug ? secondOnly : firstOnly);
}

/** What `followup` lists: every contact's items that are due, due within a day, or overdue, most urgent first. */
export function followupItems(contacts: readonly Known[], now: Date, config: Pick<Config, 'defaults'>): DueItem[] {
  const elsewhere = latestOutreachElsewhere(contacts);
  const out = new Items(now.getTime(), true);
  for (const c of contacts) {
    const { facts } = c;
    collect(facts, config.defaults, elsewhere(c.slug), out.of(c.slug, facts));
  }
  return sortByUrgency(out.list);
}
