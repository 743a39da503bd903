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
    ['CON', 'con-contact'],
    ['Aux', 'aux-contact'],
    ['Lpt9', 'lpt9-contact'],
    ['Nul Ortiz', 'nul-ortiz'],
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
        // Windows keeps these names for devices, whatever the extension (con.yaml included).
        expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
        expect(slugify(name)).toBe(slug);
      }),
      { numRuns: 500 },
    );
  });
});

it('never makes a Windows device name, whatever the case and punctuation around it (property)', () => {
  const device = fc.constantFrom('con', 'prn', 'aux', 'nul', ...[...'0123456789'].flatMap((d) => [`com${d}`, `lpt${d}`]));
  const cased = fc.tuple(device, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })).map(([word, up]) => [...word].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
  const around = fc.constantFrom('', ' ', '.', '-', '  ', '!');
  fc.assert(
    fc.property(around, cased, fc.oneof(around, fc.constant('.yaml')), (before, word, after) => {
      const slug = slugify(before + word + after);
      expect(slug).toBe(`${word.toLowerCase()}${after === '.yaml' ? '-yaml' : '-contact'}`);
    }),
  );
});

describe('uniqueSlug', () => {
  it('appends -2, -3 for taken slugs', () => {
    const taken = new Set(['maya-chen', 'maya-chen-2']);
    expect(uniqueSlug('maya-chen', (s) => taken.has(s))).toBe('maya-chen-3');
    expect(uniqueSlug('dana', (s) => taken.has(s))).toBe('dana');
  });
});
