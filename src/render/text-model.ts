/**
 * The variables every template sees, built from a contact, the config and the clock. Pure.
 * Every key is always present (null or '' when unknown), so `strictVariables` flags only real
 * typos in a template, never a contact that lacks a detail.
 */
import { addressName } from '../domain/greeting.js';
import { format } from 'date-fns/format';
import type { Config } from '../domain/config.js';
import { HOW_FOUND, type Medium } from '../domain/enums.js';
import { addressedTakeaway, joinList } from '../domain/phrase.js';
import type { Question } from '../domain/questions.js';
import type { Contact, Meeting } from '../domain/schema.js';
import { thankYouDue } from '../domain/due.js';
import { latestStarted, meetingEnd, meetingsByTime } from '../domain/status.js';
import { clockTime, dayPhrase, localTime, relative, sinceWords } from './time.js';
import { messageModel, REACHED, type MessageChannel } from './message-model.js';

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
  /** `draft --channel`: where a follow-up message goes. */
  channel?: MessageChannel | undefined;
  /** The contact's company on the LAMP list (targets.yaml): its scores in words and its rank. */
  target?: { employer: string; scores: string; rank: number; of: number } | undefined;
}

const firstName = (name: string | undefined) => name?.trim().split(/\s+/)[0] ?? '';
const oneLine = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || null;
const longDate = (at: Date | string) => format(new Date(at), 'EEEE d MMMM');

// How the meeting happens, after "our conversation": "over coffee", "by phone".
const MEDIUM_PHRASE: Record<Medium, string> = { coffee: 'over coffee', call: 'by phone', video: 'on video', 'in-person': 'in person', other: '' };

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

/** The latest meeting that has started and has notes or takeaways (the prep sheet's "debriefed"). */
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
    /** `tomorrow`, `today`, `on Friday`, `on Monday 12 October` */
    day: dayPhrase(m.at, input.now),
    time: clockTime(m.at),
    how: m.medium ? MEDIUM_PHRASE[m.medium] || null : null,
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
  const met = latestStarted(c, now);
  const outreach = [...(c.outreach ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = outreach.at(-1);
  const message = messageModel({ contact: c, introducerName: input.introducer?.name, config, now, channel: input.channel });
  // Meeting notes are private: only the takeaways, said to the person, reach a message.
  const takeaways = (met?.takeaways ?? []).map(addressedTakeaway).filter((t): t is string => Boolean(t));
  const referrals = met?.referrals ?? [];
  return {
    me: {
      name,
      firstName: me.name?.trim() ? firstName(name) : name,
      pitch: message.pitch,
      identity: message.identity,
      identityShort: message.identityShort,
      identityNamesField: message.identityNamesField,
      email: me.email ?? null,
      phone: me.phone?.trim() || null,
      signature: me.signature?.trim() || name,
    },
    contact: {
      slug: input.slug,
      name: c.name,
      // "Dr. Stone" for a titled name: never the title alone.
      firstName: addressName(c.name).first,
      role: message.role,
      company: c.company ?? null,
      field: c.field ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      linkedin: c.linkedin ?? null,
      source: c.source ?? null,
      howFound: c.source ? HOW_FOUND[c.source] : null,
      notes: oneLine(c.notes),
      tags: c.tags ?? [],
      connected: message.connected,
    },
    introducer: input.introducer ? { ...input.introducer, firstName: firstName(input.introducer.name), greeting: message.introducerGreeting } : null,
    greeting: message.greeting,
    connection: message.connection,
    linkedinConnection: message.linkedinConnection,
    phoneConnection: message.phoneConnection,
    connectionShort: message.connectionShort,
    field: message.field,
    topic: message.topic,
    roleAt: message.roleAt,
    asRole: message.asRole,
    subject: message.subject,
    channel: message.channel,
    meeting: meetingModel(meetingToPrep(c, now, config.defaults.meetingMinutes), input),
    debrief: {
      recorded: Boolean(met && (met.notes?.trim() || met.takeaways?.length)),
      date: met ? longDate(met.at) : null,
      /** `today`, `yesterday`, `on Friday`, `on Monday 12 October` */
      day: met ? dayPhrase(met.at, now) : null,
      /** How long ago: `3 months`. */
      since: met ? sinceWords(met.at, now) : null,
      takeaway: takeaways[0] ?? null,
      takeaways,
      referral: referrals[0] ?? null,
      referrals,
      /** Every referral by name: `Ana Ruiz and Bo Chan`. */
      referralNames: referrals.length ? joinList(referrals) : null,
    },
    outreach: {
      recorded: Boolean(latest),
      first: outreach[0] ? longDate(outreach[0].at) : null,
      latest: latest ? longDate(latest.at) : null,
      latestDay: latest ? dayPhrase(latest.at, now) : null,
      /** `I wrote to you`, `I called you`: how the latest outreach was made. */
      // A nudge in another channel than the outreach says how you wrote before.
      reached: latest ? (latest.channel === 'email' && message.channel !== 'email' ? 'I emailed you' : REACHED[latest.channel ?? 'other']) : null,
      channel: latest?.channel ?? null,
      replied: Boolean(latest?.repliedAt),
    },
    questions: input.questions ?? [],
    target: input.target ?? null,
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
