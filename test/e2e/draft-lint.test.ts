/** `draft` runs the text lint on what it prints: findings on stderr, the draft still on stdout. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, runBin } from '../helpers/index.js';

/** A data folder whose own email template (the user's override) says what no draft should. */
function withEmailTemplate(text: string): string {
  const dir = dataDir({ 'maya-chen': MAYA }, 'me:\n  name: Alex Doe\n');
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'templates', 'email.liquid'), text);
  return dir;
}

describe('e2e: draft lints the message it prints', () => {
  it('a job request and an unannounced blank in a user template: one stderr line each, exit 0, the draft printed', () => {
    const dir = withEmailTemplate('Subject: Hello\n\nHi {{ contact.firstName }},\n\nAre there any openings on your team? [add a line about you]\n\n{{ me.signature }}\n');
    const r = runBin(dir, ['draft', 'maya']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Are there any openings on your team?');
    expect(r.stderr).toContain('lint (job-request): reads as asking for a job ("openings"): ask for advice only: "Are there any openings on your team?"');
    expect(r.stderr).toContain('lint (placeholder): a [bracketed] blank is left and the draft does not warn about it: "[add a line about you]"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a clean message gets no lint line', () => {
    const dir = withEmailTemplate('Subject: Hello\n\nHi {{ contact.firstName }},\n\nCould you spare 20 minutes to share your advice?\n\n{{ me.signature }}\n');
    const r = runBin(dir, ['draft', 'maya']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('lint (');
  });

  it('a nudge after a LinkedIn message is held to LinkedIn\'s rules', () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}outreach:\n  - at: 2026-11-10T09:00:00-08:00\n    channel: linkedin\n` });
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'nudge.liquid'), 'Subject: Following up\n\nHi {{ contact.firstName }}, I know how full inboxes get.\n');
    const r = runBin(dir, ['draft', 'maya', '--kind', 'nudge']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('lint (linkedin-subject)');
    expect(r.stderr).toContain('lint (linkedin-inbox)');
  });

  it('an email to someone known only on LinkedIn is checked as an email (its Subject line is no finding)', () => {
    const dir = dataDir({ 'lee-park': 'name: Lee Park\nrole: Designer\nlinkedin: https://www.linkedin.com/in/lee-park\nsource: linkedin\n' }, 'me:\n  name: Alex Doe\n  stage: graduate\n  studies: psychology\n');
    const r = runBin(dir, ['draft', 'lee']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Subject: /);
    expect(r.stderr).not.toContain('lint (');
  });
});
