/**
 * The scenario corpus as data: who is writing (a profile, i.e. a config.yaml), to whom (a contact
 * file), where the relationship stands (the contact's timeline), and the draft command line. Every
 * scenario runs at the same fixed clock. corpus.test.ts renders each one with the built binary.
 */
import type { RawConfig } from '../../src/domain/config.js';
import type { Contact } from '../../src/domain/schema.js';
import type { LintChannel } from '../../src/domain/text-lint.js';

/** A Monday morning in Seattle: every timeline below is placed around it. */
export const SCENARIO_NOW = '2026-11-23T10:00:00-08:00';

const signature = (name: string, email: string) => `${name}\n${email}`;

/** Who is writing: config.yaml `me` (SPEC "Who you are"). */
export const PROFILES = {
  'student': {
    me: { name: 'Riley Park', stage: 'student', studies: 'psychology', school: 'Lakeside University', graduation: 2027, field: 'UX research', email: 'riley@example.com', signature: signature('Riley Park', 'riley@example.com'), pitch: "I'm a psychology student who has run two usability studies for campus services." },
  },
  'student-no-school': {
    me: { name: 'Riley Park', stage: 'student', studies: 'computer science', email: 'riley@example.com', signature: signature('Riley Park', 'riley@example.com') },
  },
  'graduate': {
    me: { name: 'Alex Doe', stage: 'graduate', studies: 'psychology', school: 'Lakeside University', graduation: 2025, field: 'UX research', email: 'alex@example.com', phone: '+1 555 0199', signature: signature('Alex Doe', 'alex@example.com'), pitch: 'I studied psychology at Lakeside University and ran studies in a memory lab for two years.' },
  },
  'graduate-no-school': {
    me: { name: 'Alex Doe', stage: 'graduate', studies: 'economics', graduation: 2024, email: 'alex@example.com', signature: signature('Alex Doe', 'alex@example.com') },
  },
  'changer': {
    me: { name: 'Jordan Lee', stage: 'career-changer', studies: 'ten years in retail management', field: 'product management', email: 'jordan@example.com', signature: signature('Jordan Lee', 'jordan@example.com'), pitch: 'After ten years running retail stores I want to move into product management.' },
  },
  'changer-school': {
    me: { name: 'Jordan Lee', stage: 'career-changer', studies: 'an evening UX certificate', school: 'Lakeside University', graduation: 2026, field: 'UX research', email: 'jordan@example.com', signature: signature('Jordan Lee', 'jordan@example.com') },
  },
} satisfies Record<string, RawConfig>;
export type ProfileName = keyof typeof PROFILES;

/** The introducer every referral names; present in every scenario's data folder. */
export const INTRODUCER = { slug: 'sam-rivera', contact: { name: 'Sam Rivera', role: 'Research Operations Lead', company: 'Northwind Health', source: 'coworker', email: 'sam@example.com' } satisfies Contact };

/** To whom: the contact file without its timeline. The slug is the file name. */
export const CONTACTS = {
  'stranger': { slug: 'taylor-brooks', contact: { name: 'Taylor Brooks', role: 'Product Designer', company: 'Fabrikam', field: 'product design', source: 'cold', email: 'taylor@example.com', notes: 'Found on the Fabrikam blog; she seems swamped with the spring launch.' } },
  'alum': { slug: 'maya-chen', contact: { name: 'Maya Chen', role: 'Senior UX Researcher', company: 'Northwind Health', field: 'UX research', source: 'alumni', email: 'maya@example.com', linkedin: 'https://www.linkedin.com/in/maya-example', notes: 'Runs the research guild. Hiring freeze until spring, so do not ask about jobs.' } },
  'referral': { slug: 'dana-ortiz', contact: { name: 'Dana Ortiz', role: 'Design Researcher', company: 'Fathom & Co.', field: 'service design', source: 'referral', introducedBy: 'sam-rivera', email: 'dana@example.com', phone: '+1 555 0142' } },
  'connected': { slug: 'priya-natarajan', contact: { name: 'Priya Natarajan', role: 'Principal Researcher', company: 'Tailwind Bank', field: 'fintech research', source: 'linkedin', connectedOn: '2025-06-01', linkedin: 'https://www.linkedin.com/in/priya-example' } },
  'professor': { slug: 'dr-emily-stone', contact: { name: 'Dr. Emily Stone', role: 'Associate Professor of Cognitive Science', company: 'Lakeside University', field: 'cognitive science', source: 'professor', email: 'estone@example.edu', phone: '+1 555 0177' } },
  'no-company': { slug: 'chris-park', contact: { name: 'Chris Park', role: 'Independent UX Consultant', field: 'UX research', source: 'event', email: 'chris@example.com', phone: '+1 555 0123' } },
  'headline': { slug: 'morgan-wu', contact: { name: 'Morgan Wu', role: 'Senior Software Engineer | Ex-Meta | Speaker', company: 'Contoso', field: 'software engineering', source: 'linkedin', email: 'morgan@example.com', linkedin: 'https://www.linkedin.com/in/morgan-example' } },
  'accented': { slug: 'maria-jose-nunez-de-la-cruz', contact: { name: 'María-José Núñez de la Cruz', role: 'Engineering Manager', company: 'Fundación Ñandú', field: 'engineering management', source: 'alumni', email: 'mj@example.com', linkedin: 'https://www.linkedin.com/in/mj-example' } },
  'hooked': { slug: 'lena-okafor', contact: { name: 'Lena Okafor', role: 'UX Research Lead', company: 'Litware', field: 'UX research', source: 'event', hook: 'I enjoyed your diary-studies talk at the October meetup', email: 'lena@example.com' } },
  'executive': { slug: 'omar-haddad', contact: { name: 'Omar Haddad', role: 'SVP of Product', company: 'Adatum', field: 'product management', source: 'cold', email: 'omar@example.com' } },
} satisfies Record<string, { slug: string; contact: Contact }>;
export type ContactName = keyof typeof CONTACTS;

const emailed = { at: '2026-11-10T09:00:00-08:00', channel: 'email', note: 'Short email asking for twenty minutes, mentioned the alumni panel' } as const;
const messaged = { at: '2026-11-10T09:00:00-08:00', channel: 'linkedin', note: 'LinkedIn message after she accepted, asked about her move into research' } as const;
const replied = { at: '2026-11-10T09:00:00-08:00', channel: 'email', repliedAt: '2026-11-11T08:00:00-08:00' } as const;
const debriefed = {
  notes: 'Said her manager is leaving in January and the team is reorganising, keep this private.',
  takeaways: ['Two honest case studies beat five polished ones', 'Join the local ResearchOps meetup'],
  referrals: ['Lena Okafor'],
};

/** Where the relationship stands: the timeline added to the contact file. */
export const SITUATIONS = {
  'new': {},
  'emailed': { outreach: [emailed] },
  'messaged': { outreach: [messaged] },
  'met': { outreach: [replied], meetings: [{ at: '2026-11-22T15:00:00-08:00', minutes: 30, medium: 'coffee', place: 'Blue Bottle, 5th Ave', ...debriefed }] },
  'met-no-debrief': { outreach: [replied], meetings: [{ at: '2026-11-22T15:00:00-08:00', minutes: 30, medium: 'video' }] },
  'met-thanked': { outreach: [replied], meetings: [{ at: '2026-11-02T15:00:00-08:00', minutes: 30, medium: 'coffee', ...debriefed, thankYouSentAt: '2026-11-03T09:00:00-08:00' }] },
  'meeting-tomorrow': { outreach: [replied], meetings: [{ at: '2026-11-24T15:00:00-08:00', minutes: 30, medium: 'video', place: 'Zoom' }] },
  'met-long-ago': { outreach: [replied], meetings: [{ at: '2026-08-20T12:00:00-07:00', minutes: 30, medium: 'call', ...debriefed, thankYouSentAt: '2026-08-21T09:00:00-07:00' }] },
} satisfies Record<string, Pick<Contact, 'outreach' | 'meetings'>>;
export type SituationName = keyof typeof SITUATIONS;

export interface Scenario {
  /** The golden file's name: `<profile>--<contact>--<what>`, so a folder listing reads by sender, then person. */
  name: string;
  profile: ProfileName;
  contact: ContactName;
  situation: SituationName;
  /** The draft kind as the contract names it (SPEC: email, linkedin, intro, phone, nudge, thankyou, update, confirm, checkin). */
  kind: string;
  /** Where the message is sent, by the contract: what the lint holds it to. */
  channel: LintChannel;
  /** The command line after `infoview draft <slug>`. */
  args: string[];
}

function s(profile: ProfileName, contact: ContactName, what: string, kind: string, situation: SituationName = 'new', channel: LintChannel = 'email', extra: string[] = []): Scenario {
  const args = kind === 'email' ? [...extra] : ['--kind', kind, ...extra];
  return { name: `${profile}--${contact}--${what}`, profile, contact, situation, kind, channel, args };
}

const FIRST_EMAIL_TO_EVERYONE = (Object.keys(CONTACTS) as ContactName[]).map((c) => s('graduate', c, 'email', 'email'));
const LINKEDIN = (['stranger', 'alum', 'connected', 'professor', 'headline', 'accented'] as const).map((c) => s('graduate', c, c === 'connected' ? 'linkedin-message' : 'linkedin-note', 'linkedin', 'new', 'linkedin'));

/** The corpus, in the order the golden files are reviewed. */
export const SCENARIOS: Scenario[] = [
  ...FIRST_EMAIL_TO_EVERYONE,
  ...LINKEDIN,
  s('graduate', 'alum', 'phone', 'phone', 'new', 'phone'),
  s('graduate', 'referral', 'phone', 'phone', 'new', 'phone'),
  s('graduate', 'referral', 'intro', 'intro'),
  s('graduate', 'stranger', 'nudge-after-email', 'nudge', 'emailed'),
  s('graduate', 'referral', 'nudge-after-email', 'nudge', 'emailed'),
  s('graduate', 'connected', 'nudge-after-linkedin', 'nudge', 'messaged', 'linkedin'),
  s('graduate', 'accented', 'nudge-after-linkedin', 'nudge', 'messaged', 'linkedin'),
  s('graduate', 'connected', 'nudge-after-linkedin--channel-email', 'nudge', 'messaged', 'email', ['--channel', 'email']),
  s('graduate', 'alum', 'thankyou-with-takeaways', 'thankyou', 'met'),
  s('graduate', 'professor', 'thankyou-no-takeaways', 'thankyou', 'met-no-debrief'),
  s('graduate', 'alum', 'update', 'update', 'met-thanked'),
  s('graduate', 'professor', 'update', 'update', 'met-thanked'),
  s('graduate', 'stranger', 'confirm', 'confirm', 'meeting-tomorrow'),
  s('graduate', 'professor', 'confirm', 'confirm', 'meeting-tomorrow'),
  s('graduate', 'alum', 'checkin', 'checkin', 'met-long-ago'),
  s('graduate-no-school', 'stranger', 'email', 'email'),
  s('graduate-no-school', 'alum', 'email', 'email'),
  s('student', 'alum', 'email', 'email'),
  s('student', 'alum', 'linkedin-note', 'linkedin', 'new', 'linkedin'),
  s('student', 'stranger', 'email', 'email'),
  s('student', 'professor', 'email', 'email'),
  s('student', 'professor', 'phone', 'phone', 'new', 'phone'),
  s('student', 'accented', 'thankyou-with-takeaways', 'thankyou', 'met'),
  s('student-no-school', 'stranger', 'email', 'email'),
  s('student-no-school', 'connected', 'linkedin-message', 'linkedin', 'new', 'linkedin'),
  s('changer', 'stranger', 'email', 'email'),
  s('changer', 'executive', 'email', 'email'),
  s('changer', 'headline', 'email', 'email'),
  s('changer', 'headline', 'linkedin-note', 'linkedin', 'new', 'linkedin'),
  s('changer', 'no-company', 'phone', 'phone', 'new', 'phone'),
  s('changer', 'headline', 'checkin', 'checkin', 'met-long-ago'),
  s('changer-school', 'alum', 'email', 'email'),
  s('changer-school', 'alum', 'linkedin-note', 'linkedin', 'new', 'linkedin'),
];
