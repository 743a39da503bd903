/** The drafts as a recipient reads them (issue 13, items 1–7; 9 and 10 in drafts-loop.test.ts). NOW is Mon 23 Nov 2026 10:00. */
import { describe, expect, it } from 'vitest';
import { emailBodyWords } from '../../src/domain/words.js';
import { dataDir, readContact, runCli } from '../helpers/index.js';

const ME = `me:
  name: Alex Doe
  stage: graduate
  studies: psychology
  school: Lakeside University
  graduation: 2025
  phone: "+1 555 0199"
  pitch: I ran memory studies for two years and want to use those methods on products.
  pitches:
    AI: I ran memory studies and now build small language-model experiments on recall.
`;

const AISHA = `name: Aisha Khan
role: Engineer
company: Goldman Sachs
field: AI
email: aisha@example.com
source: alumni
`;

const draft = (dir: string, who: string, ...args: string[]) => runCli(dir, ['draft', who, ...args]);

describe('1. the sender says who they are', () => {
  it('the first email carries the one-clause identity, names the school to an alumna, no pitch', async () => {
    const dir = dataDir({ 'aisha-khan': AISHA }, ME);
    const r = await draft(dir, 'aisha');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('I found you through the Lakeside University alumni network.');
    expect(r.stdout).toContain("I'm a 2025 psychology graduate exploring AI");
    expect(r.stdout).toContain('as an Engineer at Goldman Sachs');
    expect(r.stdout).not.toContain('memory studies');
    expect(r.stdout).not.toContain('exactly what I hope to learn from');
    expect(emailBodyWords(r.stdout, 'Alex Doe')).toBeLessThan(75);
  });

  it('LinkedIn and phone carry the identity too; intro carries the pitch for the field', async () => {
    const lee = 'name: Lee Park\nfield: AI\nintroducedBy: aisha-khan\n';
    const dir = dataDir({ 'aisha-khan': AISHA, 'lee-park': lee }, ME);
    expect((await draft(dir, 'lee', '--kind', 'linkedin')).stdout).toContain("I'm a 2025 psychology graduate of Lakeside University");
    expect((await draft(dir, 'lee', '--kind', 'phone')).stdout).toContain("I'm a 2025 psychology graduate of Lakeside University");
    const intro = await draft(dir, 'lee', '--kind', 'intro');
    expect(intro.stdout).toContain('> I ran memory studies and now build small language-model experiments on recall.');
  });

  it('with no field anywhere, no "your line of work"', async () => {
    const dir = dataDir({ 'bo-chan': 'name: Bo Chan\ncompany: Acme\nemail: bo@example.com\n' }, ME);
    const r = await draft(dir, 'bo');
    expect(r.stdout).not.toMatch(/line of work|exploring your/);
    expect(r.stdout).toContain("I'm a 2025 psychology graduate of Lakeside University, and I'd value your view at Acme.");
  });

  it('me.field is the default field', async () => {
    const dir = dataDir({ 'bo-chan': 'name: Bo Chan\nemail: bo@example.com\n' }, `${ME}  field: product management\n`);
    expect((await draft(dir, 'bo')).stdout).toContain('exploring product management');
  });
});

describe('2. articles and role phrases', () => {
  const cases: [string, string][] = [
    ['role: Engineering Manager\ncompany: Stripe', 'as an Engineering Manager at Stripe'],
    ["role: Owner\ncompany: Vogel's Bakery", "as the owner of Vogel's Bakery"],
    ['role: CEO\ncompany: Acme', 'as CEO of Acme'],
    ['role: MD\ncompany: Goldman Sachs', 'as an MD at Goldman Sachs'],
    ['role: Senior Researcher, Xbox\ncompany: Microsoft', 'as a Senior Researcher on Xbox at Microsoft'],
    ['role: Senior Software Engineer | Ex-Meta | Speaker\ncompany: Stripe', 'as a Senior Software Engineer at Stripe'],
  ];
  for (const [fields, expected] of cases) {
    it(expected, async () => {
      const dir = dataDir({ 'a-b': `name: A B\nemail: a@example.com\n${fields}\n` }, ME);
      const r = await draft(dir, 'a-b');
      expect(r.stdout).toContain(expected);
      expect(r.stdout).not.toContain('Ex-Meta');
    });
  }
});

describe('3. the thank-you keeps notes private', () => {
  const met = (extra: string) => `name: Maya Chen\nemail: maya@example.com\nmeetings:\n  - at: 2026-11-23T08:00:00-08:00\n    minutes: 30\n${extra}`;

  it('notes only: no notes in the message, one marked blank, a note on stderr; a same-day meeting is "today"', async () => {
    const dir = dataDir({ 'maya-chen': met('    notes: "talked about roadmaps. PMs at Stripe write a lot; she said…"\n') }, ME);
    const r = await draft(dir, 'maya', '--kind', 'thankyou');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/roadmaps|Stripe|she said/);
    expect(r.stdout).toContain('Thank you for your time today.');
    expect(r.stdout.match(/\[BLANK/g)).toHaveLength(1);
    expect(r.stderr).toContain('no takeaway is recorded for Maya Chen');
  });

  it('takeaways said to them, no capital after a colon, every referral named', async () => {
    const dir = dataDir({ 'maya-chen': met('    takeaways: ["Portfolio: Two honest case studies beat five polished ones"]\n    referrals: [Ana Ruiz, Bo Chan]\n') }, ME);
    const r = await draft(dir, 'maya', '--kind', 'thank-you');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('your point that portfolio: two honest case studies');
    expect(r.stdout).toContain('Thank you also for suggesting Ana Ruiz and Bo Chan');
    expect(r.stdout).not.toContain('[BLANK');
    expect(r.stderr).not.toContain('takeaway');
  });
});

describe('4. titles and greetings', () => {
  const STONE = 'name: Dr. Emily Stone\nemail: e@example.com\nphone: "+1 555 0100"\n';
  it('Dr. Emily Stone is Dr. Stone in every kind, never "Dr." alone', async () => {
    const dir = dataDir({ 'emily-stone': STONE, 'lee-park': 'name: Lee Park\nintroducedBy: emily-stone\n' }, ME);
    expect((await draft(dir, 'emily')).stdout).toContain('Hi Dr. Stone,\n');
    expect((await draft(dir, 'emily', '--kind', 'linkedin')).stdout).toMatch(/^Hi Dr\. Stone,\n/);
    expect((await draft(dir, 'emily', '--kind', 'phone')).stdout).toContain('"Hi Dr. Stone, this is Alex Doe.');
    expect((await draft(dir, 'lee', '--kind', 'intro')).stdout).toContain('Hi Dr. Stone,\n');
  });

  it('defaults.greeting sets the style', async () => {
    const dir = dataDir({ 'emily-stone': STONE, 'maya-chen': 'name: Maya Chen\nemail: m@example.com\n' }, `${ME}defaults:\n  greeting: Dear\n`);
    expect((await draft(dir, 'emily')).stdout).toContain('Dear Dr. Stone,\n');
    expect((await draft(dir, 'maya')).stdout).toContain('Dear Maya,\n');
  });

  it('with no name in config the LinkedIn note is signed with a placeholder, not "[your"', async () => {
    const dir = dataDir({ 'maya-chen': 'name: Maya Chen\n' });
    const r = await draft(dir, 'maya', '--kind', 'linkedin');
    expect(r.stdout.trim()).toMatch(/Thanks, \[your name\]$/);
  });
});

describe('5. channel and relationship', () => {
  const onLinkedIn = 'name: Jo Lane\nlinkedin: https://www.linkedin.com/in/jo\noutreach:\n  - at: 2026-11-09T10:00:00-08:00\n    channel: linkedin\n';

  it('a nudge follows a LinkedIn outreach: no Subject, no inbox; --channel email overrides', async () => {
    const dir = dataDir({ 'jo-lane': onLinkedIn }, ME);
    const r = await draft(dir, 'jo', '--kind', 'nudge');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Subject:|inbox/i);
    expect(r.stdout).toContain('I sent you a message on Monday 9 November');
    const email = await draft(dir, 'jo', '--kind', 'nudge', '--channel', 'email');
    expect(email.stdout).toMatch(/^Subject: Re: /);
    expect(email.stderr).toContain('no email address is recorded for Jo Lane');
    expect((await draft(dir, 'jo', '--kind', 'nudge', '--channel', 'fax')).code).toBe(2);
  });

  it('a nudge after a phone outreach says "I called you"; after an introduction it names the introducer', async () => {
    const dir = dataDir({
      'sam-rivera': 'name: Sam Rivera\n',
      'jo-lane': 'name: Jo Lane\nemail: jo@example.com\nintroducedBy: sam-rivera\noutreach:\n  - at: 2026-11-09T10:00:00-08:00\n    channel: phone\n',
    }, ME);
    const r = await draft(dir, 'jo', '--kind', 'nudge');
    expect(r.stdout).toContain('I called you on Monday 9 November');
    expect(r.stdout).not.toContain('I wrote to you');
    expect(r.stdout).toContain('Sam Rivera');
  });

  it('a first-degree connection gets a message, not a connection note, and no "came across your profile"', async () => {
    const dir = dataDir({ 'jo-lane': 'name: Jo Lane\nrole: Designer\nsource: linkedin\nconnectedOn: 2021-03-04\n' }, `${ME}defaults:\n  linkedinNoteLimit: 120\n`);
    const r = await draft(dir, 'jo', '--kind', 'linkedin');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/came across your profile|Subject:|inbox/i);
    expect(r.stdout).toContain("We're connected on LinkedIn.");
    expect(r.stderr).toMatch(/\d+ words in the body/);
    expect(r.stderr).not.toContain('/120 characters');
  });

  it('someone not yet connected gets the note, stated with its length', async () => {
    const dir = dataDir({ 'jo-lane': 'name: Jo Lane\nsource: linkedin\n' }, ME);
    const r = await draft(dir, 'jo', '--kind', 'linkedin');
    expect(r.stdout).toContain('I came across your profile on LinkedIn.');
    expect(r.stderr).toMatch(/^\d+\/200 characters/m);
  });
});

describe('6. no invented connections', () => {
  const cases: [string, RegExp][] = [
    ['source: event', /crossed paths|recent event/i],
    ['source: family', /family mentioned/i],
    ['source: friend', /friend of mine/i],
    ['source: cold\ncompany: Stripe\nrole: Product Manager', /reading about the work/i],
  ];
  for (const [fields, invented] of cases) {
    it(fields.split('\n')[0] ?? '', async () => {
      const dir = dataDir({ 'jo-lane': `name: Jo Lane\nemail: jo@example.com\n${fields}\n` }, ME);
      const r = await draft(dir, 'jo');
      expect(r.stdout).not.toMatch(invented);
      expect(r.stdout.match(/Stripe/g)?.length ?? 0).toBeLessThanOrEqual(1);
    });
  }

  it('the hook opens the message, and the company is not named twice', async () => {
    const dir = dataDir({ 'jo-lane': 'name: Jo Lane\nemail: jo@example.com\ncompany: Stripe\nrole: Writer\nhook: "I read your post on how Stripe writes docs"\n' }, ME);
    const r = await draft(dir, 'jo');
    expect(r.stdout).toContain('Hi Jo,\n\nI read your post on how Stripe writes docs. ');
    expect(r.stdout.match(/Stripe/g)).toHaveLength(1);
  });

  it('add contact --hook and edit --set hook=… store it', async () => {
    const dir = dataDir({}, ME);
    expect((await runCli(dir, ['add', 'contact', 'Jo Lane', '--hook', 'I enjoyed your meetup talk'])).code).toBe(0);
    expect(readContact(dir, 'jo-lane')).toContain('hook: I enjoyed your meetup talk\n');
    expect((await runCli(dir, ['edit', 'jo', '--set', 'hook=We met at the careers fair'])).code).toBe(0);
    expect((await draft(dir, 'jo')).stdout).toContain('We met at the careers fair.');
  });
});

describe('7. notes for the situation (stderr; the draft still prints)', () => {
  const cases: { name: string; file: string; args: string[]; note: RegExp; now?: string }[] = [
    {
      name: 'thank-you already sent',
      file: 'name: Jo Lane\nemail: j@example.com\nmeetings:\n  - at: 2026-11-20T10:00:00-08:00\n    takeaways: [Listen first]\n    thankYouSentAt: 2026-11-20T18:00:00-08:00\n',
      args: ['--kind', 'thankyou'], note: /already recorded as sent/,
    },
    {
      name: 'thank-you 8 days late',
      file: 'name: Jo Lane\nemail: j@example.com\nmeetings:\n  - at: 2026-11-15T09:30:00-08:00\n    minutes: 30\n    takeaways: [Listen first]\n',
      args: ['--kind', 'thankyou'], note: /late \(8 days after the meeting/,
    },
    { name: 'an email with no address', file: 'name: Jo Lane\n', args: [], note: /no email address is recorded for Jo Lane/ },
    { name: 'a phone script with no phone', file: 'name: Jo Lane\n', args: ['--kind', 'phone'], note: /no phone number is recorded for Jo Lane/ },
    {
      name: 'a first email to someone who replied and booked',
      file: 'name: Jo Lane\nemail: j@example.com\noutreach:\n  - at: 2026-11-09T10:00:00-08:00\n    channel: email\n    repliedAt: 2026-11-10T10:00:00-08:00\nmeetings:\n  - at: 2026-11-30T10:00:00-08:00\n',
      args: [], note: /already has a meeting with you/,
    },
    {
      name: 'an intro after a cold email',
      file: 'name: Jo Lane\nintroducedBy: sam-rivera\noutreach:\n  - at: 2026-11-09T10:00:00-08:00\n    channel: email\n',
      args: ['--kind', 'intro'], note: /already written to Jo Lane yourself/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const dir = dataDir({ 'jo-lane': c.file, 'sam-rivera': 'name: Sam Rivera\n' }, ME);
      const r = await draft(dir, 'jo', ...c.args);
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(50);
      expect(r.stderr).toMatch(c.note);
    });
  }

  it('none of these notes on a clean first email', async () => {
    const dir = dataDir({ 'aisha-khan': AISHA }, ME);
    expect((await draft(dir, 'aisha')).stderr).not.toMatch(/note:/);
  });
});
