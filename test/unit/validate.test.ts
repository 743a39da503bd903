import { describe, expect, it } from 'vitest';
import { linkedinUrl } from '../../src/domain/validate.js';

describe('linkedinUrl: the address as LinkedIn shows it → the full one', () => {
  const full = 'https://www.linkedin.com/in/priya-raman-ux';
  const cases: [string, string | undefined][] = [
    ['linkedin.com/in/priya-raman-ux', full],
    ['www.linkedin.com/in/priya-raman-ux', full],
    ['  LinkedIn.com/in/priya-raman-ux ', 'https://www.linkedin.com/in/priya-raman-ux'],
    ['http://linkedin.com/in/priya-raman-ux', full],
    [full, full],
    ['https://www.linkedin.com/in/priya-raman-ux/?trk=x', `${full}/?trk=x`],
    ['uk.linkedin.com/in/priya', 'https://uk.linkedin.com/in/priya'],
    ['https://example.com/priya', 'https://example.com/priya'],
    ['linkedin.com.evil.example/in/priya', undefined],
    ['priya raman', undefined],
    ['ftp://linkedin.example/in/priya', undefined],
  ];
  for (const [given, want] of cases) {
    it(`${JSON.stringify(given)} → ${want ?? 'refused'}`, () => {
      const r = linkedinUrl(given);
      expect(r.url).toBe(want);
      if (!want) expect(r.problem).toMatch(/is not a web address \(like linkedin\.com\/in\/maya-chen\)/);
    });
  }
});
