/**
 * Naming a contact on the command line (SPEC "Naming a contact"). Tiers, strongest first: exact
 * slug, full name (case- and accent-insensitive), a whole word of the name, then a prefix of the
 * slug or name. The first tier with any hit decides: one hit is found, several are ambiguous.
 * It never guesses between two people.
 */
import { editDistance, fold, typoLimit } from './text.js';

/** What lookup needs to know about a contact. */
export interface Candidate {
  slug: string;
  name: string;
  company?: string | undefined;
  role?: string | undefined;
}

export type MatchResult<C extends Candidate> =
  | { kind: 'found'; contact: C }
  | { kind: 'ambiguous'; candidates: C[] }
  | { kind: 'none'; suggestions: C[] };

const words = (name: string) => fold(name).split(/[\s\-.,']+/).filter(Boolean);
/** Folded, a hyphen read as a space: `cote nunez` names Côté-Ñúñez. */
const spaced = (name: string) => fold(name.replace(/-/g, ' '));

export function matchContact<C extends Candidate>(query: string, candidates: readonly C[]): MatchResult<C> {
  const slug = fold(query);
  const q = spaced(query);
  if (!q) return { kind: 'none', suggestions: [] };
  const tiers: ((c: C) => boolean)[] = [
    (c) => c.slug === slug,
    (c) => spaced(c.name) === q,
    // A whole word, or whole words in a row (`cote nunez` in "Amélie Côté-Ñúñez").
    (c) => ` ${words(c.name).join(' ')} `.includes(` ${q} `),
    (c) => c.slug.startsWith(slug) || spaced(c.name).startsWith(q),
  ];
  for (const test of tiers) {
    const hits = candidates.filter(test);
    if (hits.length === 1) return { kind: 'found', contact: hits[0] as C };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits };
  }
  return { kind: 'none', suggestions: closest(q, candidates) };
}

/** Up to three names that look like a typo of the query (text.ts typoLimit), closest first. */
function closest<C extends Candidate>(q: string, candidates: readonly C[]): C[] {
  const scored = candidates
    .map((c) => {
      const targets = [fold(c.name), c.slug, ...words(c.name)];
      const d = Math.min(...targets.map((t) => editDistance(q, t.slice(0, Math.max(q.length, 1) + 2))));
      return { c, d };
    })
    .filter(({ d }) => d <= typoLimit(q.length))
    .sort((a, b) => a.d - b.d || a.c.name.localeCompare(b.c.name));
  return scored.slice(0, 3).map(({ c }) => c);
}
