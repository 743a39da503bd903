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
/** Contacts with `connectedOn`: a LinkedIn message, not a connection note. */
const CONNECTED = ['jose-nunez'];
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

  // [kind, slug, extra flags, golden name suffix, clock]
  const drafts: [string, string, string[]?, string?, string?][] = [
    ['email', 'maya-chen'], ['email', 'priya-natarajan'], ['email', 'jose-nunez'], ['email', 'sam-rivera'],
    ['linkedin', 'maya-chen'], ['linkedin', 'dana-ortiz'],
    // José is a first-degree connection (connectedOn): a message, not a connection note.
    ['linkedin', 'jose-nunez'],
    ['intro', 'priya-natarajan'], ['phone', 'dana-ortiz'],
    ['nudge', 'dana-ortiz'], ['nudge', 'dana-ortiz', ['--channel', 'linkedin'], '-linkedin'],
    ['thankyou', 'jose-nunez'], ['thankyou', 'sam-rivera'],
    ['update', 'sam-rivera'], ['checkin', 'sam-rivera'],
    // The day before Maya's coffee.
    ['confirm', 'maya-chen', [], '', '2026-11-24T11:00:00-08:00'],
  ];
  for (const [kind, slug, flags = [], suffix = '', now] of drafts) {
    it(`draft ${slug} --kind ${kind} ${flags.join(' ')}`, async () => {
      const r = await runCli(dir, ['draft', slug, '--kind', kind, ...flags], now ? { env: { INFOVIEW_NOW: now } } : {});
      expect(r.code, r.stderr).toBe(0);
      golden(`draft-${kind}-${slug}${suffix}.txt`, r.stdout);
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
      if (CONNECTED.includes(slug)) {
        // A first-degree connection gets a message: no note limit, but the email's word aim.
        const messageWords = emailBodyWords(note.stdout, 'Alex');
        expect(messageWords).toBeLessThan(100);
        expect(note.stderr).toContain(`${messageWords} words in the body`);
        expect(note.stdout).not.toMatch(/Subject:|inbox/i);
        return;
      }
      const length = countChars(note.stdout.trim());
      expect(length).toBeLessThanOrEqual(200);
      expect(note.stderr).toContain(`${length}/200 characters`);
    });
  }
});
