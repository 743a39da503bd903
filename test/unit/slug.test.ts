import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlug, slugify, uniqueSlug } from '../../src/domain/slug.js';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['Maya Chen', 'maya-chen'],
    ['José Núñez', 'jose-nunez'],
    ['  Dana   Ortiz ', 'dana-ortiz'],
    ["Seán O'Brien-Smith", 'sean-o-brien-smith'],
    ['Zoë Ærøskøbing', 'zoe-aeroskobing'],
    ['李雷', 'lilei'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON', 'con'],
    ['{{ me.name }}', 'me-name'],
  ];
  for (const [name, slug] of cases) it(`${JSON.stringify(name)} → ${slug}`, () => expect(slugify(name)).toBe(slug));

  it('gives names with nothing to transliterate a stable hash slug', () => {
    expect(slugify('   ')).toMatch(/^contact-[0-9a-f]{8}$/);
    expect(slugify('\u200b')).toBe(slugify('\u200b'));
    expect(slugify('🙂')).toMatch(/^[a-z0-9-]+$/);
  });

  it('always yields a safe file name, the same every time (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (name) => {
        const slug = slugify(name);
        expect(isSlug(slug)).toBe(true);
        expect(slug).not.toContain('..');
        expect(slug).not.toContain('/');
        expect(slugify(name)).toBe(slug);
      }),
      { numRuns: 500 },
    );
  });
});

describe('uniqueSlug', () => {
  it('appends -2, -3 for taken slugs', () => {
    const taken = new Set(['maya-chen', 'maya-chen-2']);
    expect(uniqueSlug('maya-chen', (s) => taken.has(s))).toBe('maya-chen-3');
    expect(uniqueSlug('dana', (s) => taken.has(s))).toBe('dana');
  });
});
