/** Drafts through the built binary: the same text on a first run (js-yaml) and a warm, indexed run. */
import { describe, expect, it } from 'vitest';
import { dataDir, runBin } from '../helpers/index.js';

const CONFIG = `me:
  name: Alex Doe
  stage: student
  studies: economics
  school: Lakeside University
  graduation: 2027
  field: product management
defaults:
  greeting: Dear
`;
const STONE = `name: Dr. Emily Stone
role: "Director, Product | Speaker | Ex-Meta"
company: Acme
email: emily@example.com
source: linkedin
connectedOn: 2024-05-01
hook: "I read your essay on roadmaps: Loved the part on saying no"
meetings:
  - at: 2026-11-23T08:00:00-08:00
    minutes: 30
    notes: |
      talked about roadmaps. she said PMs write a lot
    takeaways: [Write the memo before the meeting]
    referrals: [Ana Ruiz, Bo Chan]
`;

describe('e2e: drafts on a first and a warm run', () => {
  for (const [kind, expected] of [
    ['email', ["Dear Dr. Stone,", 'I read your essay on roadmaps: loved the part on saying no.', "I'm an economics student at Lakeside University (class of 2027)", 'as a Director of Product at Acme']],
    ['linkedin', ['Dear Dr. Stone,', "I'm an economics student"]],
    ['thankyou', ['Thank you for your time today.', 'your advice to write the memo before the meeting', 'suggesting Ana Ruiz and Bo Chan']],
  ] as const) {
    it(`draft --kind ${kind}`, () => {
      const first = dataDir({ 'emily-stone': STONE }, CONFIG);
      const cold = runBin(first, ['draft', 'emily', '--kind', kind]);
      expect(cold.code, cold.stderr).toBe(0);
      for (const text of expected) expect(cold.stdout).toContain(text);
      expect(cold.stdout).not.toMatch(/Speaker|Ex-Meta|she said|talked about|came across your profile/);
      // The same folder again, now with its index built by the first run and by list.
      expect(runBin(first, ['list']).code).toBe(0);
      const warm = runBin(first, ['draft', 'emily', '--kind', kind]);
      expect(warm.stdout).toBe(cold.stdout);
      expect(warm.stderr).toBe(cold.stderr);
    });
  }
});
