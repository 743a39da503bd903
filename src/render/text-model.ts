/**
 * The variables every template sees, built from a contact, the config and the clock. Pure.
 * Every key is always present (null or '' when unknown), so `strictVariables` flags only real
 * typos in a template, never a contact that lacks a detail.
 */
import { format } from 'date-fns/format';
import type { Config } from '../domain/config.js';
import type { Source } from '../domain/enums.js';
import type { Question } from '../domain/questions.js';
import type { Contact, Meeting } from '../domain/schema.js';
import { thankYouDue } from '../domain/due.js';
import { meetingEnd, meetingsByTime } from '../domain/status.js';
import { localTime, relative } from './time.js';

export interface ModelInput {
  slug: string;
  contact: Contact;
  /** The contact named in `introducedBy`, when recorded (name falls back to the slug). */
  introducer?: { slug: string; name: string } | undefined;
  config: Config;
  now: Date;
  questions?: Question[] | undefined;
  /** The prep sheet's closing "who else should I talk to" question, asked apart from `questions`. */
  referral?: Question | undefined;
  /** How far a LinkedIn note has been shortened: 0 = in full. */
  brief?: number | undefined;
}

const HOW_FOUND: Record<Source, string> = {
  linkedin: 'LinkedIn',
  alumni: 'the alumni network',
  friend: 'a friend',
  family: 'family',
  coworker: 'work (a co-worker)',
  professor: 'a professor',
  event: 'an event',
  referral: 'a referral',
  cold: 'your own research (cold outreach)',
  other: 'other',
};

const firstName = (name: string | undefined) => name?.trim().split(/\s+/)[0] ?? '';
const oneLine = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || null;
const longDate = (at: Date | string) => format(new Date(at), 'EEEE d MMMM');
const noFinalStop = (text: string | undefined) => text?.trim().replace(/[.!;,\s]+$/, '') || null;

/** The opening sentence of a message: how you are connected, before any ask. */
export function connectionSentence(contact: Contact, introducerName: string | undefined): string {
  if (introducerName) return `${introducerName} suggested I get in touch.`;
  switch (contact.source) {
    case 'alumni': return 'I found you through our alumni network.';
    case 'linkedin': return 'I came across your profile on LinkedIn.';
    case 'event': return 'We crossed paths at a recent event.';
    case 'friend': return 'A friend of mine mentioned your name.';
    case 'family': return 'My family mentioned your name.';
    case 'coworker': return 'We know each other through work.';
    case 'professor': return 'One of my professors suggested I get in touch.';
    case 'referral': return 'A mutual contact suggested I get in touch.';
    default: return contact.company ? `I have been reading about the work at ${contact.company}.` : 'I have been reading about your work.';
  }
}

/** The pitch for a field: `me.pitches[field]` (any case), else `me.pitch`. */
function pitchFor(me: Config['me'], field: string | undefined): string | null {
  const wanted = field?.trim().toLowerCase();
  const match = wanted ? Object.entries(me.pitches ?? {}).find(([key]) => key.trim().toLowerCase() === wanted) : undefined;
  return oneLine(match?.[1]) ?? oneLine(me.pitch);
}

/** "24 hours", "1 hour": the thank-you window in words. */
const hoursText = (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'}`;

/** The meeting a prep sheet is for: the next one not yet over, else the latest, else none. */
export function meetingToPrep(contact: Contact, now: Date, defaultMinutes: number): Meeting | undefined {
  const meetings = meetingsByTime(contact);
  return meetings.find((m) => meetingEnd(m, defaultMinutes).getTime() > now.getTime()) ?? meetings.at(-1);
}

/** The latest meeting that has started and has notes or takeaways: what a thank-you draws on. */
export function latestDebrief(contact: Contact, now: Date): Meeting | undefined {
  return meetingsByTime(contact)
    .filter((m) => Date.parse(m.at) <= now.getTime() && (m.notes?.trim() || m.takeaways?.length))
    .at(-1);
}

function meetingModel(m: Meeting | undefined, input: ModelInput) {
  if (!m) return null;
  const { defaults } = input.config;
  const end = meetingEnd(m, defaults.meetingMinutes);
  const due = thankYouDue(m, defaults);
  return {
    when: localTime(m.at, input.now),
    date: longDate(m.at),
    relative: relative(m.at, input.now),
    minutes: m.minutes ?? defaults.meetingMinutes,
    finishBy: format(end, 'HH:mm'),
    medium: m.medium ?? null,
    place: m.place ?? null,
    past: end.getTime() <= input.now.getTime(),
    thankYouDue: localTime(due, input.now),
    thankYouSent: m.thankYouSentAt ? localTime(m.thankYouSentAt, input.now) : null,
    thankYouHours: defaults.thankYouHours,
    debriefed: Boolean(m.notes?.trim() || m.takeaways?.length),
  };
}

/** Everything a template may use; the README's "Generated text" section lists these names. */
export function textModel(input: ModelInput) {
  const { contact: c, config, now } = input;
  const me = config.me;
  const name = me.name?.trim() || '[your name]';
  const debrief = latestDebrief(c, now);
  const outreach = [...(c.outreach ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = outreach.at(-1);
  return {
    me: {
      name,
      firstName: firstName(name),
      pitch: oneLine(me.pitch),
      email: me.email ?? null,
      signature: me.signature?.trim() || name,
    },
    contact: {
      slug: input.slug,
      name: c.name,
      firstName: firstName(c.name),
      role: c.role ?? null,
      company: c.company ?? null,
      field: c.field ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      linkedin: c.linkedin ?? null,
      source: c.source ?? null,
      howFound: c.source ? HOW_FOUND[c.source] : null,
      notes: oneLine(c.notes),
      tags: c.tags ?? [],
    },
    introducer: input.introducer ? { ...input.introducer, firstName: firstName(input.introducer.name) } : null,
    connection: connectionSentence(c, input.introducer?.name),
    meeting: meetingModel(meetingToPrep(c, now, config.defaults.meetingMinutes), input),
    debrief: {
      recorded: Boolean(debrief),
      date: debrief ? longDate(debrief.at) : null,
      takeaway: noFinalStop(debrief?.takeaways?.[0]) ?? noFinalStop(debrief?.notes?.trim().split('\n')[0]),
      referral: debrief?.referrals?.[0] ?? null,
      referrals: debrief?.referrals ?? [],
    },
    outreach: {
      recorded: Boolean(latest),
      first: outreach[0] ? longDate(outreach[0].at) : null,
      latest: latest ? longDate(latest.at) : null,
      channel: latest?.channel ?? null,
      replied: Boolean(latest?.repliedAt),
    },
    questions: input.questions ?? [],
    prep: {
      pitch: pitchFor(me, c.field ?? me.field),
      referral: input.referral?.text ?? 'Who else do you think I should talk to?',
      thankYouWithin: hoursText(config.defaults.thankYouHours),
    },
    limits: { emailWords: 100, linkedinChars: config.defaults.linkedinNoteLimit },
    brief: input.brief ?? 0,
    today: longDate(now),
  };
}

export type TextModel = ReturnType<typeof textModel>;
