import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFor, articleSlips } from '../../src/domain/a-an.js';
import { resolveConfig } from '../../src/domain/config.js';
import type { Contact } from '../../src/domain/schema.js';
import { announcesBlank, LINT_RULES, lintDraft, lintWarnings, repeatedSentences, type DraftToLint, type LintRule } from '../../src/domain/text-lint.js';

const config = resolveConfig({ me: { name: 'Alex Doe', signature: 'Alex Doe\nalex@example.com' } });
const maya: Contact = { name: 'Maya Chen', role: 'Senior UX Researcher', company: 'Northwind Health', source: 'alumni' };

function draft(text: string, over: Partial<DraftToLint> = {}): DraftToLint {
  return { kind: 'email', channel: 'email', text, contact: maya, config, ...over };
}
const rules = (d: DraftToLint) => lintDraft(d).map((f) => f.rule);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('articleFor: a or an by sound', () => {
  const cases: [string, 'a' | 'an' | undefined][] = [
    ['engineering', 'an'], ['MD', 'an'], ['UX', 'a'], ['SVP', 'an'], ['university', 'a'], ['hour', 'an'],
    ['honest', 'an'], ['user', 'a'], ['umbrella', 'an'], ['uninformed', 'an'], ['unique', 'a'], ['European', 'a'],
    ['one-time', 'a'], ['HR', 'an'], ['MBA', 'an'], ['URL', 'a'], ['NASA', 'a'], ['FBI', 'an'], ['X-ray', 'an'],
    ['Ex-Meta', 'an'], ['iPhone', 'an'], ['8-week', 'an'], ['11', 'an'], ['18-month', 'an'], ['20–30', 'a'],
    ['1,000', 'a'], ['product', 'a'], ['owner', 'an'], ['"interesting"', 'an'], ['historic', undefined], ['…', undefined],
  ];
  for (const [word, expected] of cases) it(`${word} → ${expected ?? 'either'}`, () => expect(articleFor(word)).toBe(expected));
});

describe('articleFor and articleSlips agree, for any word', () => {
  it('the article articleFor picks is never a slip, and the other one always is', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,11}$/);
    fc.assert(fc.property(word, (w) => {
      const article = articleFor(w);
      if (!article) return;
      expect(articleSlips(`I met ${article} ${w} today.`)).toEqual([]);
      expect(articleSlips(`I met ${article === 'a' ? 'an' : 'a'} ${w} today.`)).toHaveLength(1);
    }));
  });
  it('lintDraft never throws and names only known rules, for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      for (const f of lintDraft(draft(text))) expect(LINT_RULES).toContain(f.rule);
    }));
  });
});

describe('articleSlips', () => {
  const cases: [string, string[]][] = [
    ['I am a engineering manager.', ['an engineering']],
    ['She is an UX researcher and a MD.', ['a UX', 'an MD']],
    ['An university, a hour, an SVP, a SVP.', ['A university', 'an hour', 'an SVP']],
    ['A engineer wrote this.', ['An engineer']],
    ['an engineering manager, a UX researcher, an MD, an hour, a university', []],
    ['It starts at 9 a.m. and ends at 10 a.m.', []],
    ['Plan A is fine; a la carte.', []],
    ['Vitamin A Is good', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(articleSlips(text).map((s) => s.expected)).toEqual(expected));
});

describe('lintDraft: lengths', () => {
  it('a first email of 100 words in the body fails, 99 passes (subject and signature not counted)', () => {
    const email = (n: number) => `Subject: ${words(20)}\n\n${words(n)}\n\nAlex Doe\nalex@example.com\n`;
    expect(rules(draft(email(100)))).toEqual(['email-length']);
    expect(rules(draft(email(99)))).toEqual([]);
  });
  it('only the first email is held to 100 words', () => {
    expect(rules(draft(words(150), { kind: 'thankyou' }))).toEqual([]);
  });
  it('a connection note over linkedinNoteLimit fails; at the limit it passes', () => {
    const note = (n: number) => 'x'.repeat(n);
    expect(rules(draft(note(201), { kind: 'linkedin', channel: 'linkedin' }))).toEqual(['linkedin-note-length']);
    expect(rules(draft(note(200), { kind: 'linkedin', channel: 'linkedin' }))).toEqual([]);
    const premium = resolveConfig({ defaults: { linkedinNoteLimit: 300 } });
    expect(rules(draft(note(300), { kind: 'linkedin', channel: 'linkedin', config: premium }))).toEqual([]);
  });
  it('a first-degree connection gets a message of under 100 words, not a 200-character note', () => {
    const connected = { ...maya, connectedOn: '2025-03-01' };
    expect(rules(draft(words(99), { kind: 'linkedin', channel: 'linkedin', contact: connected }))).toEqual([]);
    expect(rules(draft(words(100), { kind: 'linkedin', channel: 'linkedin', contact: connected }))).toEqual(['linkedin-message-length']);
  });
});

describe('lintDraft: one rule per case', () => {
  const cases: { name: string; text: string; over?: Partial<DraftToLint>; expected: LintRule[] }[] = [
    { name: 'a title alone as a name', text: 'Hi Dr.,\n\nThank you.', expected: ['title-only-greeting'] },
    { name: 'Dear Ms.!', text: 'Dear Ms.! Thank you.', expected: ['title-only-greeting'] },
    { name: 'a title alone in a phone script', text: '1. "Hi Professor, this is Alex."', expected: ['title-only-greeting'] },
    { name: 'title and surname is right', text: 'Dear Dr. Stone,\n\nHi Prof. Lee, hello Ms. Ortiz!', expected: [] },
    { name: 'a greeting without a name', text: 'Hi ,\n\nThanks.', expected: ['empty-greeting'] },
    { name: 'liquid left over', text: 'Hi {{ contact.firstName }},', expected: ['placeholder'] },
    { name: 'undefined from code', text: 'Hi Maya, your work at undefined.', expected: ['placeholder'] },
    { name: 'a bare null', text: 'I saw your role as null.', expected: ['placeholder'] },
    { name: 'NaN and TODO', text: 'NaN minutes. TODO: say more.', expected: ['placeholder', 'placeholder'] },
    { name: 'the null hypothesis is a word', text: 'I tested the null hypothesis in my thesis.', expected: [] },
    { name: 'a bracketed blank the draft did not warn about', text: 'What I learned: [fill in].', expected: ['placeholder'] },
    { name: 'a bracketed blank the draft warned about', text: 'Thank you. [Name one thing you learned.]', over: { blankAnnounced: true }, expected: [] },
    { name: 'a Markdown link is no blank', text: 'See [my site](https://example.com).', expected: [] },
    { name: 'data that looks like a placeholder is the contact\'s own', text: 'Your work at Null Labs.', over: { contact: { ...maya, company: 'Null Labs' } }, expected: [] },
    { name: 'a capital after a colon mid-sentence', text: "One thing I'm taking away: A portfolio beats polish.", expected: ['colon-capital'] },
    { name: 'a lower-case word after a colon', text: "One thing I'm taking away: a portfolio beats polish.", expected: [] },
    { name: 'a name, I, an acronym, a quotation or a subject after a colon', text: 'Subject: Thank you\nPhone script: Maya Chen\nMy plan: I will write. The ask: UX first. Who: "Hi Maya"\nWhen: Monday', expected: [] },
    { name: 'a takeaway that starts with a capital, after a colon', text: "One thing I'm taking away: Two case studies beat five.", over: { contact: { ...maya, meetings: [{ at: '2026-11-20T10:00:00-08:00', takeaways: ['Two case studies beat five'] }] } }, expected: ['colon-capital'] },
    { name: 'a name inside a takeaway is still a name', text: 'Your advice: join the meetup. My plan: Lena first.', over: { contact: { ...maya, meetings: [{ at: '2026-11-20T10:00:00-08:00', takeaways: ['Ask Lena about diary studies'] }] } }, expected: [] },
    { name: 'a title alone in a subject line', text: 'Subject: Thank you, Dr.\n\nDear Dr. Stone,', expected: ['title-only-greeting'] },
    { name: 'a LinkedIn headline as a role', text: 'Your experience as Senior Software Engineer | Ex-Meta | Speaker at Contoso.', expected: ['headline'] },
    { name: 'a signature with a middle dot is no headline', text: 'Thanks,\n\nAlex Doe · UX researcher\nalex@example.com · linkedin.com/in/alex', expected: [] },
    { name: 'two full stops after a company that ends in one', text: 'Your work at Fathom & Co.. Thanks... really.', expected: ['double-stop'] },
    { name: 'a subject line in a LinkedIn message', text: 'Subject: Hello\n\nHi Maya!', over: { channel: 'linkedin', kind: 'nudge' }, expected: ['linkedin-subject'] },
    { name: 'an inbox on LinkedIn', text: 'I know how full inboxes get.', over: { channel: 'linkedin', kind: 'nudge' }, expected: ['linkedin-inbox'] },
    { name: 'an inbox in an email is fine', text: 'I know how full inboxes get.', over: { kind: 'nudge' }, expected: [] },
    { name: 'asking about openings', text: 'Are there any openings on your team?', expected: ['job-request'] },
    { name: 'asking for a job', text: "I'm looking for a job in UX research.", expected: ['job-request'] },
    { name: 'a position at the company', text: 'I would love a position at your company.', expected: ['job-request'] },
    { name: 'open positions', text: 'Do you have open positions?', expected: ['job-request'] },
    { name: 'are you hiring', text: 'Is Northwind hiring this year?', expected: ['job-request'] },
    { name: 'hiring right now', text: 'Are you hiring right now?', expected: ['job-request'] },
    { name: 'the hiring manager', text: 'Could you pass my name to the hiring manager?', expected: ['job-request'] },
    { name: '"the hiring process" is innocent', text: 'Your view of the hiring process in research helped me prepare.', expected: [] },
    { name: 'a referral for a role', text: 'Could you give me a referral for a role there?', expected: ['job-request'] },
    { name: '"in your position" is innocent', text: 'What would you do in my position? Someone in your position knows.', expected: [] },
    { name: '"half the job" and "an opening line" are innocent', text: 'Recruiting is half the job, you said. My opening line was weak.', expected: [] },
    { name: 'job words from the contact\'s own role are theirs', text: 'Your work as Head of Hiring at Acme.', over: { contact: { ...maya, role: 'Head of Hiring', company: 'Acme' } }, expected: [] },
    { name: 'an invented event', text: 'We crossed paths at a recent event.', over: { contact: { ...maya, source: 'event' } }, expected: ['invented-connection'] },
    { name: 'an event the hook records', text: 'I enjoyed your diary-studies talk at the October meetup.', over: { contact: { ...maya, hook: 'I enjoyed your diary-studies talk at the October meetup' } }, expected: [] },
    { name: 'an invented talk', text: 'I enjoyed your talk last month.', expected: ['invented-connection'] },
    { name: 'a meeting that never happened', text: 'It was great to meet you last week.', expected: ['invented-connection'] },
    { name: 'a meeting that happened', text: 'It was great to meet you last week.', over: { contact: { ...maya, meetings: [{ at: '2026-11-20T10:00:00-08:00' }] } }, expected: [] },
    { name: 'an invented mutual friend', text: 'Our mutual friend suggested I write.', expected: ['invented-connection'] },
    { name: 'a mutual contact with a referral on file', text: 'A mutual contact suggested I write.', over: { contact: { ...maya, source: 'referral' } }, expected: [] },
  ];
  for (const c of cases) it(c.name, () => expect(rules(draft(c.text, c.over))).toEqual(c.expected));
});

describe('lintDraft: private notes', () => {
  const contact: Contact = {
    ...maya,
    notes: 'Runs the research guild and hates cold calls on Mondays.',
    meetings: [{ at: '2026-11-20T10:00:00-08:00', notes: 'She said the team might restructure next spring, keep quiet.', takeaways: ['Portfolio matters more than the degree'] }],
  };
  it('six words of the contact notes leak', () => {
    const f = lintDraft(draft('I hear you run the research guild and hates cold calls.', { contact }));
    expect(f.map((x) => x.rule)).toEqual(['private-notes']);
    expect(f[0]?.excerpt).toBe('the research guild and hates cold calls');
  });
  it('six words of a meeting note leak', () => {
    expect(rules(draft('I know the team might restructure next spring.', { contact, kind: 'thankyou' }))).toEqual(['private-notes']);
  });
  it('five words are a coincidence, and a takeaway is meant to be quoted', () => {
    expect(rules(draft('I know the team might restructure. Portfolio matters more than the degree.', { contact }))).toEqual([]);
  });
});

describe('lintDraft: what a message must say, given the data', () => {
  const graduate = resolveConfig({ me: { name: 'Alex Doe', stage: 'graduate', studies: 'psychology', school: 'Lakeside University', graduation: 2025 } });
  const who = "I'm a 2025 psychology graduate of Lakeside University.";
  const cases: { name: string; text: string; over?: Partial<DraftToLint>; expected: LintRule[] }[] = [
    { name: 'who you are, and the school to an alum', text: `Hi Maya,\n\n${who} Could we talk?`, expected: [] },
    { name: 'no identity clause in a first email', text: 'Hi Maya,\n\nCould we talk for 20 minutes?', over: { contact: { ...maya, source: 'cold' } }, expected: ['identity-missing'] },
    { name: 'an alum not told the school', text: "Hi Maya,\n\nI'm a 2025 psychology graduate. Could we talk?", expected: ['alumni-school-missing'] },
    { name: 'a thank-you need not repeat who you are', text: 'Hi Maya,\n\nThank you for your time.', over: { kind: 'thankyou' }, expected: [] },
    { name: 'no profile in config, nothing to say', text: 'Hi Maya,\n\nCould we talk?', over: { config }, expected: [] },
    { name: 'the hook opens the message', text: `Hi Maya,\n\nI enjoyed your diary-studies talk at the meetup. ${who}`, over: { contact: { ...maya, hook: 'I enjoyed your diary-studies talk at the October meetup' } }, expected: [] },
    { name: 'the hook left out', text: `Hi Maya,\n\n${who}`, over: { contact: { ...maya, hook: 'I enjoyed your diary-studies talk at the October meetup' } }, expected: ['hook-missing'] },
    { name: 'the school inside the contact\'s own role does not say who you are', text: 'Hi Emily,\n\nYour work as Professor at Lakeside University.', over: { contact: { name: 'Dr. Emily Stone', role: 'Professor', company: 'Lakeside University' } }, expected: ['identity-missing'] },
    { name: 'the company named twice', text: `Hi Maya,\n\n${who} Your work at Northwind Health on research at Northwind Health interests me.`, expected: ['company-twice'] },
    { name: 'the company in the subject and once in the body', text: `Subject: Your work at Northwind Health\n\nHi Maya,\n\n${who} Your work at Northwind Health interests me.`, expected: [] },
    { name: 'a referral names the introducer', text: `Hi Maya,\n\nSam Rivera suggested I write. ${who}`, over: { introducerName: 'Sam Rivera' }, expected: [] },
    { name: 'a nudge to a referral forgets the introducer', text: 'Hi Maya,\n\nFollowing up on my note.', over: { kind: 'nudge', introducerName: 'Sam Rivera' }, expected: ['introducer-missing'] },
  ];
  for (const c of cases) it(c.name, () => expect(rules(draft(c.text, { config: graduate, ...c.over }))).toEqual(c.expected));
  it('company-twice quotes the sentence that names it the second time', () => {
    const f = lintDraft(draft('Hi Ñandú fan,\n\nI read about Fundación Ñandú. Your work at Fundación Ñandú is great.', { contact: { ...maya, company: 'Fundación Ñandú' } }));
    expect(f.find((x) => x.rule === 'company-twice')?.excerpt).toBe('Your work at Fundación Ñandú is great.');
  });
  it('the excerpt is the opening line after the greeting', () => {
    expect(lintDraft(draft('Subject: Hello\n\nHi Maya,\n\nCould we talk? Thanks.', { config: graduate, contact: { ...maya, source: 'cold' } }))[0]?.excerpt).toBe('Could we talk?');
  });
});

describe('lintDraft: excerpts', () => {
  it('an excerpt is the whole sentence around the finding, and one sentence is reported once per rule', () => {
    const f = lintDraft(draft('Hi Chris, this is Jordan Lee. We crossed paths at a recent meetup. I am exploring research.'));
    expect(f.map((x) => x.excerpt)).toEqual(['We crossed paths at a recent meetup.']);
  });
  it('a title\'s full stop does not end the sentence', () => {
    const f = lintDraft(draft('Thanks. I spoke to Dr. Stone and we crossed paths at a recent event there. Bye.'));
    expect(f.map((x) => x.excerpt)).toEqual(['I spoke to Dr. Stone and we crossed paths at a recent event there.']);
  });
});

describe('repeatedSentences: one contact, several kinds', () => {
  const ask = 'Could you spare 20–30 minutes in the coming weeks to share your advice?';
  it('a sentence of eight or more words in two kinds is found once, naming the kinds', () => {
    const f = repeatedSentences([{ kind: 'email', text: `Hi Maya,\n\n${ask}` }, { kind: 'nudge', text: `${ask} Thanks.` }, { kind: 'email', text: ask }]);
    expect(f).toEqual([{ rule: 'repeated-sentence', message: 'the same sentence is in the email, nudge drafts', excerpt: ask }]);
  });
  it('short sentences and a repeat inside one kind are fine', () => {
    expect(repeatedSentences([{ kind: 'email', text: `Thank you for your time. ${ask} ${ask}` }, { kind: 'nudge', text: 'Thank you for your time.' }])).toEqual([]);
  });
});

describe('for the draft command', () => {
  it('lintWarnings gives one stderr line per finding, with rule, message and excerpt', () => {
    expect(lintWarnings(draft('Hi Dr.,\n\nAre there any openings?'))).toEqual([
      'lint (title-only-greeting): the greeting uses a title alone, without the surname: "Hi Dr.,"',
      'lint (job-request): reads as asking for a job ("openings"): ask for advice only: "Are there any openings?"',
    ]);
  });
  it('announcesBlank reads the draft\'s own warning', () => {
    expect(announcesBlank('note: no debrief is recorded for Maya, so the draft has a [placeholder] for what you learned')).toBe(true);
    expect(announcesBlank('98 words in the body')).toBe(false);
    expect(announcesBlank('lint (placeholder): a [bracketed] blank is left and the draft does not warn about it: "[x]"')).toBe(false);
  });
});
