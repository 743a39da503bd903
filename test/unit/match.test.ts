import { describe, expect, it } from 'vitest';
import { matchContact } from '../../src/domain/match.js';

const people = [
  { slug: 'maya-chen', name: 'Maya Chen', company: 'Northwind', role: 'UX Researcher' },
  { slug: 'maya-patel', name: 'Maya Patel', company: 'Contoso', role: 'Designer' },
  { slug: 'jose-nunez', name: 'José Núñez' },
  { slug: 'dana-ortiz', name: 'Dana Ortiz' },
  { slug: 'ann-lee', name: 'Ann Lee' },
  { slug: 'anna-smith', name: 'Anna Smith' },
];

describe('matchContact', () => {
  const cases: { query: string; found?: string; ambiguous?: string[]; none?: boolean }[] = [
    { query: 'maya-chen', found: 'maya-chen' },
    { query: 'MAYA CHEN', found: 'maya-chen' },
    { query: 'jose nunez', found: 'jose-nunez' },
    { query: 'José', found: 'jose-nunez' },
    { query: 'núñez', found: 'jose-nunez' },
    { query: 'chen', found: 'maya-chen' },
    { query: 'dan', found: 'dana-ortiz' },
    { query: 'maya-p', found: 'maya-patel' },
    { query: 'maya', ambiguous: ['maya-chen', 'maya-patel'] },
    { query: 'ann', found: 'ann-lee' }, // a whole word beats a prefix of "anna"
    { query: 'an', ambiguous: ['ann-lee', 'anna-smith'] },
    { query: 'zed', none: true },
    { query: '   ', none: true },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.query), () => {
      const r = matchContact(c.query, people);
      if (c.found) expect(r).toMatchObject({ kind: 'found', contact: { slug: c.found } });
      if (c.ambiguous) {
        expect(r.kind).toBe('ambiguous');
        if (r.kind === 'ambiguous') expect(r.candidates.map((x) => x.slug).sort()).toEqual(c.ambiguous);
      }
      if (c.none) expect(r.kind).toBe('none');
    });
  }

  it('suggests the closest names for a typo', () => {
    const r = matchContact('maya chn', people);
    expect(r.kind).toBe('none');
    if (r.kind === 'none') expect(r.suggestions.map((s) => s.slug)).toContain('maya-chen');
  });

  describe('hyphenated names: a hyphen reads as a space', () => {
    const folk = [
      { slug: 'renee-cote-nunez', name: 'Renée Côté-Ñúñez' },
      { slug: 'jo-ann-kim', name: 'Jo-Ann Kim' },
    ];
    for (const [query, slug] of [['cote nunez', 'renee-cote-nunez'], ['Côté-Ñúñez', 'renee-cote-nunez'], ['renee cote nunez', 'renee-cote-nunez'], ['jo ann kim', 'jo-ann-kim'], ['jo ann', 'jo-ann-kim']]) {
      it(JSON.stringify(query), () => expect(matchContact(query as string, folk)).toMatchObject({ kind: 'found', contact: { slug } }));
    }
    it('"nunez cote" (the words out of order) is no match', () => expect(matchContact('nunez cote', folk).kind).toBe('none'));
  });

  describe('suggestions are names one could have meant', () => {
    const folk = [{ slug: 'renee-cote-nunez', name: 'Renée Côté-Ñúñez' }, ...people.filter((p) => p.slug !== 'jose-nunez')];
    const cases: [string, string[]][] = [
      ['jose', []], // two edits from "cote": no one means Côté by it
      ['dnaa', ['dana-ortiz']],
      ['cotte', ['renee-cote-nunez']],
      ['renee cote nunze', ['renee-cote-nunez']],
    ];
    for (const [query, expected] of cases) {
      it(JSON.stringify(query), () => expect(matchContact(query, folk)).toEqual({ kind: 'none', suggestions: expected.map((slug) => expect.objectContaining({ slug })) }));
    }
  });

  describe('invisible characters (zero-width space, joiners, bidi marks, soft hyphen)', () => {
    const Z = '\u200b';
    const twins = [
      { slug: 'ann-lee', name: 'Ann Lee' },
      { slug: 'ann-lee-2', name: `Ann${Z} Lee` }, // looks exactly like "Ann Lee"
      { slug: 'mara', name: `Ma\u200dra\u00ad Ortiz` },
      { slug: 'bo', name: `Bo${Z}` },
      { slug: 'bob', name: 'Bob' },
    ];
    const cases: { query: string; found?: string; ambiguous?: string[] }[] = [
      // Two names that look the same are two people: never guess between them…
      { query: 'Ann Lee', ambiguous: ['ann-lee', 'ann-lee-2'] },
      { query: `Ann${Z} Lee`, ambiguous: ['ann-lee', 'ann-lee-2'] },
      // …but an exact slug always names one.
      { query: 'ann-lee', found: 'ann-lee' },
      { query: 'ann-lee-2', found: 'ann-lee-2' },
      { query: `ann-lee-2${Z}`, found: 'ann-lee-2' },
      // A pasted query with invisible characters still matches the name it looks like.
      { query: `Mara Or${Z}tiz`, found: 'mara' },
      { query: 'mara ortiz', found: 'mara' },
      { query: `\u2066Bob\u2069`, found: 'bob' },
      // "Bo" + zero-width space is the name "Bo": its exact name wins over the prefix of "Bob".
      { query: 'Bo', found: 'bo' },
    ];
    for (const c of cases) {
      it(JSON.stringify(c.query), () => {
        const r = matchContact(c.query, twins);
        if (c.found) expect(r).toMatchObject({ kind: 'found', contact: { slug: c.found } });
        if (c.ambiguous) {
          expect(r.kind).toBe('ambiguous');
          if (r.kind === 'ambiguous') expect(r.candidates.map((x) => x.slug).sort()).toEqual(c.ambiguous);
        }
      });
    }
  });
});
