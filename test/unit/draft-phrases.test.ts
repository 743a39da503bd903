import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/domain/config.js';
import { messageModel } from '../../src/render/message-model.js';
import type { Me } from '../../src/domain/config.js';
import { addressName, greetingFor } from '../../src/domain/greeting.js';
import { identityClause, pitchFor } from '../../src/domain/identity.js';
import { addressedTakeaway, joinList, lowerAfterColon, sentence } from '../../src/domain/phrase.js';
import { cleanRole, rolePhrase, withArticle } from '../../src/domain/role.js';
import { dayPhrase, sinceWords } from '../../src/render/time.js';

describe('withArticle: a/an by sound', () => {
  const cases: [string, string][] = [
    ['Engineering Manager', 'an Engineering Manager'], ['Executive Director', 'an Executive Director'], ['MD', 'an MD'],
    ['SVP', 'an SVP'], ['intern', 'an intern'], ['UX researcher', 'a UX researcher'], ['hour-long call', 'an hour-long call'],
    ['university lecturer', 'a university lecturer'], ['2025 psychology graduate', 'a 2025 psychology graduate'], ['HR manager', 'an HR manager'],
  ];
  for (const [phrase, expected] of cases) it(phrase, () => expect(withArticle(phrase)).toBe(expected));
});

describe('cleanRole: LinkedIn headlines cut to the job title', () => {
  const cases: { role: string; company?: string; expected: string | undefined }[] = [
    { role: 'Senior Software Engineer | Ex-Meta | Speaker', expected: 'Senior Software Engineer' },
    { role: 'Product Designer · Mentor', expected: 'Product Designer' },
    { role: 'Data Scientist - Writer - Runner', expected: 'Data Scientist' },
    { role: 'Engineer @ Google', expected: 'Engineer' },
    { role: 'Senior Researcher at Microsoft', company: 'Microsoft', expected: 'Senior Researcher' },
    { role: 'Co-Founder', expected: 'Co-Founder' },
    { role: 'Vice-President', expected: 'Vice-President' },
    { role: ' | ', expected: undefined },
  ];
  for (const c of cases) it(c.role, () => expect(cleanRole(c.role, c.company)).toBe(c.expected));
});

describe('rolePhrase: roles that read naturally', () => {
  const cases: { role?: string; company?: string; expected: string | undefined }[] = [
    { role: 'Engineering Manager', company: 'Stripe', expected: 'an Engineering Manager at Stripe' },
    { role: 'Owner', company: "Vogel's Bakery", expected: "the owner of Vogel's Bakery" },
    { role: 'Founder', company: 'Acme', expected: 'the founder of Acme' },
    { role: 'CEO', company: 'Acme', expected: 'CEO of Acme' },
    { role: 'MD', company: 'Goldman Sachs', expected: 'an MD at Goldman Sachs' },
    { role: 'SVP', company: 'Acme', expected: 'an SVP at Acme' },
    { role: 'Senior Researcher, Xbox', company: 'Microsoft', expected: 'a Senior Researcher on Xbox at Microsoft' },
    { role: 'Director, Product Marketing', company: 'Acme', expected: 'a Director of Product Marketing at Acme' },
    { role: 'Executive Director', company: 'Food Bank', expected: 'the executive director of Food Bank' },
    { role: 'intern', expected: 'an intern' },
    { role: 'Senior Software Engineer | Ex-Meta | Speaker', company: 'Stripe', expected: 'a Senior Software Engineer at Stripe' },
    { company: 'Stripe', expected: undefined },
  ];
  for (const c of cases) it(`${c.role} / ${c.company}`, () => expect(rolePhrase(c.role, c.company)).toBe(c.expected));
});

describe('greetingFor: titles stay with the surname', () => {
  const cases: [Parameters<typeof greetingFor>[0], string, string][] = [
    ['Hi', 'Maya Chen', 'Hi Maya'],
    ['Dear', 'Maya Chen', 'Dear Maya'],
    ['Hello', 'Maya Chen', 'Hello Maya'],
    ['Hi', 'Dr. Emily Stone', 'Hi Dr. Stone'],
    ['Dear', 'Dr. Emily Stone', 'Dear Dr. Stone'],
    ['Dear', 'Dr Emily Stone', 'Dear Dr. Stone'],
    ['Hi', 'Prof. Ana de la Cruz', 'Hi Prof. de la Cruz'],
    ['Hi', 'Dr.', 'Hi Dr.'],
    ['Hi', 'Cher', 'Hi Cher'],
  ];
  for (const [style, name, expected] of cases) it(`${style} ${name}`, () => expect(greetingFor(style, name)).toBe(expected));
  it('never a title alone as a first name', () => expect(addressName('Dr. Emily Stone').first).not.toBe('Dr.'));
});

describe('identityClause: who the sender is, in one clause', () => {
  const year = 2026;
  const cases: { name: string; me: Me; field?: string; omitSchool?: boolean; expected: string | undefined }[] = [
    { name: 'graduate, all set', me: { stage: 'graduate', studies: 'psychology', school: 'Lakeside University', graduation: 2025 }, expected: "I'm a 2025 psychology graduate of Lakeside University" },
    { name: 'graduate without a year', me: { stage: 'graduate', studies: 'psychology', school: 'Lakeside University' }, expected: "I'm a psychology graduate of Lakeside University" },
    { name: 'graduate without a school', me: { stage: 'graduate', studies: 'economics', graduation: 2018 }, expected: "I'm a 2018 economics graduate" },
    { name: 'graduate, school left to the alumni opening', me: { stage: 'graduate', studies: 'psychology', school: 'Lakeside University', graduation: 2025 }, omitSchool: true, expected: "I'm a 2025 psychology graduate" },
    { name: 'student', me: { stage: 'student', studies: 'English', school: 'Lakeside University', graduation: 2027 }, expected: "I'm an English student at Lakeside University (class of 2027)" },
    { name: 'student with only a school', me: { stage: 'student', school: 'Lakeside University' }, expected: "I'm a student at Lakeside University" },
    { name: 'no stage, a future year: a student', me: { studies: 'history', graduation: 2028 }, expected: "I'm a history student (class of 2028)" },
    { name: 'no stage, a past year: a graduate', me: { studies: 'history', graduation: 2020 }, expected: "I'm a 2020 history graduate" },
    { name: 'career-changer with a field', me: { stage: 'career-changer', studies: 'accounting' }, field: 'UX research', expected: "I'm moving from accounting into UX research" },
    { name: 'career-changer with a school', me: { stage: 'career-changer', studies: 'accounting', school: 'Lakeside University' }, field: 'UX research', expected: "I'm moving from accounting into UX research, with a degree from Lakeside University" },
    { name: 'career-changer without a field', me: { stage: 'career-changer', studies: 'teaching' }, expected: "I'm changing careers after working in teaching" },
    { name: 'professional', me: { stage: 'professional', studies: 'marketing', school: 'Lakeside University' }, expected: "I work in marketing and studied at Lakeside University" },
    { name: 'nothing set', me: { name: 'Alex' }, expected: undefined },
  ];
  for (const c of cases) it(c.name, () => expect(identityClause(c.me, { year, field: c.field, omitSchool: c.omitSchool })).toBe(c.expected));

  it('pitchFor: the pitch for the field, else the general one', () => {
    const me: Me = { pitch: 'General.', pitches: { 'Product management': 'PM pitch.' } };
    expect(pitchFor(me, 'product management')).toBe('PM pitch.');
    expect(pitchFor(me, 'UX research')).toBe('General.');
    expect(pitchFor({}, 'UX research')).toBeUndefined();
  });
});

describe('prose helpers', () => {
  it('joinList names every referral', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Ana Ruiz'])).toBe('Ana Ruiz');
    expect(joinList(['Ana Ruiz', 'Bo Chan'])).toBe('Ana Ruiz and Bo Chan');
    expect(joinList(['Ana Ruiz', 'Bo Chan', ' Cy Diaz '])).toBe('Ana Ruiz, Bo Chan and Cy Diaz');
  });
  it('lowerAfterColon keeps acronyms and lowers a capitalised word', () => {
    expect(lowerAfterColon('Portfolio: Two case studies')).toBe('Portfolio: two case studies');
    expect(lowerAfterColon('Tools: SQL first')).toBe('Tools: SQL first');
  });
  it('sentence capitalises and ends once', () => {
    expect(sentence('i enjoyed your talk.')).toBe('I enjoyed your talk.');
    expect(sentence('Did you enjoy it?')).toBe('Did you enjoy it?');
    expect(sentence('  ')).toBeUndefined();
  });
  const takeaways: [string, string][] = [
    ['A portfolio of two honest case studies beats five polished ones', 'your point that a portfolio of two honest case studies beats five polished ones'],
    ['Talk to agencies as well as in-house teams.', 'your advice to talk to agencies as well as in-house teams'],
    ['she said PMs at Stripe write a lot', 'your point that PMs at Stripe write a lot'],
    ['She suggested building a portfolio first', 'your advice on building a portfolio first'],
    ['Recruiting participants well is half the job', 'your point that recruiting participants well is half the job'],
    ['Portfolio: Two case studies', 'your point that portfolio: two case studies'],
    ['she said: Network widely', 'your advice to network widely'],
  ];
  for (const [raw, expected] of takeaways) it(`addressedTakeaway: ${raw}`, () => expect(addressedTakeaway(raw)).toBe(expected));
});

describe('dayPhrase: today and tomorrow instead of a full date', () => {
  const now = new Date('2026-11-23T10:00:00-08:00');
  const cases: [string, string][] = [
    ['2026-11-23T08:00:00-08:00', 'today'],
    ['2026-11-24T10:00:00-08:00', 'tomorrow'],
    ['2026-11-22T16:00:00-08:00', 'yesterday'],
    ['2026-11-25T15:00:00-08:00', 'on Wednesday'],
    ['2026-11-20T15:00:00-08:00', 'on Friday'],
    ['2026-10-12T12:30:00-07:00', 'on Monday 12 October'],
    ['2025-10-13T12:30:00-07:00', 'on Monday 13 October 2025'],
  ];
  for (const [at, expected] of cases) it(`${at} → ${expected}`, () => expect(dayPhrase(at, now)).toBe(expected));
  it('sinceWords', () => {
    expect(sinceWords('2026-11-20T15:00:00-08:00', now)).toBe('a few days');
    expect(sinceWords('2026-08-20T15:00:00-07:00', now)).toBe('3 months');
  });
});

describe('the company is left out of the role phrase only when the opening or your school names it as words', () => {
  const config = (school?: string) => resolveConfig({ me: { name: 'Alex', stage: 'graduate', ...(school ? { school } : {}) } });
  it('a one-letter company is not "named" by the letters of another word', () => {
    const m = messageModel({ contact: { name: 'Ann Lee', role: 'Engineer', company: 'D' }, introducerName: 'Sam Reed', config: config('Lakeside University'), now: new Date('2026-11-23T10:00:00-08:00') });
    expect(m.roleAt).toBe('an Engineer at D');
  });
  it('a professor at your own school: the school is named once', () => {
    const m = messageModel({ contact: { name: 'Ann Lee', role: 'Professor', company: 'Lakeside University' }, config: config('Lakeside University'), now: new Date('2026-11-23T10:00:00-08:00') });
    expect(m.roleAt).toBe('a Professor');
  });
});
