/**
 * Golden tests: every bundled template rendered for the example workspace at a fixed clock.
 * The expected outputs live in test/golden/; after a deliberate template change, regenerate them
 * with `UPDATE_GOLDEN=1 npx vitest run test/commands/text-golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countChars, emailBodyWords } from '../../src/domain/words.js';
import { ROOT, runCli } from '../helpers/index.js';
import { exampleWorkspace } from '../helpers/workspace.js';

const GOLDEN = join(ROOT, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';
const SLUGS = ['dana-ortiz', 'jose-nunez', 'maya-chen', 'priya-natarajan', 'sam-rivera'];
const SIGNATURE = 'Alex Doe\nalex.doe@example.com · linkedin.com/in/alex-doe-example';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden: the example workspace', () => {
  const dir = exampleWorkspace();

  for (const slug of SLUGS) {
    it(`prep ${slug}`, async () => {
      const r = await runCli(dir, ['prep', slug]);
      expect(r.code).toBe(0);
      golden(`prep-${slug}.md`, r.stdout);
    });
  }

  const drafts: [string, string][] = [
    ['email', 'maya-chen'], ['email', 'priya-natarajan'], ['email', 'jose-nunez'],
    ['linkedin', 'maya-chen'], ['linkedin', 'jose-nunez'],
    ['intro', 'priya-natarajan'], ['phone', 'dana-ortiz'],
    ['nudge', 'dana-ortiz'], ['thankyou', 'jose-nunez'], ['thankyou', 'sam-rivera'],
  ];
  for (const [kind, slug] of drafts) {
    it(`draft ${slug} --kind ${kind}`, async () => {
      const r = await runCli(dir, ['draft', slug, '--kind', kind]);
      expect(r.code, r.stderr).toBe(0);
      golden(`draft-${kind}-${slug}.txt`, r.stdout);
    });
  }

  it('prep maya-chen with thankYouHours: 48', async () => {
    const slow = exampleWorkspace();
    const config = join(slow, 'config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('thankYouHours: 24', 'thankYouHours: 48'));
    const r = await runCli(slow, ['prep', 'maya-chen']);
    expect(r.code).toBe(0);
    golden('prep-maya-chen-48h.md', r.stdout);
  });

  it('questions --seed 7 for a tailored list', async () => {
    const r = await runCli(dir, ['questions', '--seed', '7', '--field', 'UX research', '--company', 'Northwind Health']);
    expect(r.code).toBe(0);
    golden('questions-seed-7.txt', r.stdout);
  });
});

describe('limits: every bundled draft for every example contact', () => {
  const dir = exampleWorkspace();
  for (const slug of SLUGS) {
    it(`${slug}: email under 100 words, LinkedIn note within 200 characters`, async () => {
      const email = await runCli(dir, ['draft', slug]);
      expect(email.code).toBe(0);
      const words = emailBodyWords(email.stdout, SIGNATURE);
      expect(words).toBeLessThan(100);
      expect(email.stderr).toContain(`${words} words in the body`);
      expect(email.stdout).not.toMatch(/\b(job|jobs|opening|openings|position|vacanc)/i);
      expect(email.stdout).toMatch(/20–30 minutes/);
      expect(email.stdout).toMatch(/\?/);
      const note = await runCli(dir, ['draft', slug, '--kind', 'linkedin']);
      expect(note.code).toBe(0);
      const length = countChars(note.stdout.trim());
      expect(length).toBeLessThanOrEqual(200);
      expect(note.stderr).toContain(`${length}/200 characters`);
    });
  }
});
