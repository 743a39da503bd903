/**
 * The parts of a message that depend on who is writing to whom: the greeting, the opening
 * connection, the sender's one-clause identity, the role phrase, the channel. Pure; templates
 * only place these, so every template reads right for any data.
 */
import type { Config } from '../domain/config.js';
import type { Channel } from '../domain/enums.js';
import { greetingFor } from '../domain/greeting.js';
import { identityClause, pitchFor, stageOf } from '../domain/identity.js';
import { sentence } from '../domain/phrase.js';
import { cleanRole, rolePhrase } from '../domain/role.js';
import type { Contact } from '../domain/schema.js';

/** Where a message goes: the two channels a written draft can take. */
export type MessageChannel = 'email' | 'linkedin';

export interface MessageInput {
  contact: Contact;
  introducerName?: string | undefined;
  config: Config;
  now: Date;
  /** `--channel`: overrides the channel the timeline suggests. */
  channel?: MessageChannel | undefined;
}

/** Does `text` name `words` as whole words (any case)? "D" is not named by "Lakeside University". */
const mentions = (text: string | null | undefined, words: string | undefined) => {
  const wanted = words?.trim().toLowerCase();
  if (!text || !wanted) return false;
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + wanted.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
};

/**
 * The channel a follow-up message takes: `--channel`, else the channel of the latest outreach
 * when it was written (so a nudge is a reply in that thread), else email when there is an
 * address, else LinkedIn when they are there.
 */
export function messageChannel(contact: Contact, override?: MessageChannel): MessageChannel {
  if (override) return override;
  const latest = [...(contact.outreach ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  if (latest?.channel === 'email' || latest?.channel === 'linkedin') return latest.channel;
  if (!contact.email && (contact.linkedin || contact.connectedOn)) return 'linkedin';
  return 'email';
}

/**
 * The opening: the specific connection, never an invented one. The introducer's name, then the
 * contact's `hook`; for alumni the school's network; on LinkedIn, how you are linked. Otherwise
 * nothing: the message starts with who you are, which is true.
 */
export function connectionSentence(contact: Contact, introducerName: string | undefined, school: string | undefined, via: 'email' | 'linkedin' | 'phone' = 'email'): string | null {
  const hook = sentence(contact.hook);
  const parts: string[] = [];
  if (introducerName) parts.push(`${introducerName} suggested I get in touch.`);
  if (hook) parts.push(hook);
  else if (!introducerName) {
    if (contact.source === 'alumni') parts.push(alumniSentence(school, via));
    else if (contact.connectedOn) parts.push("We're connected on LinkedIn.");
    else if (contact.source === 'linkedin') parts.push('I came across your profile on LinkedIn.');
  }
  return parts.join(' ') || null;
}

/** The alumni opening, worded for where it is said, so two drafts to one person never share it. */
function alumniSentence(school: string | undefined, via: 'email' | 'linkedin' | 'phone'): string {
  const network = school ? `the ${school} alumni network` : 'our alumni network';
  if (via === 'linkedin') return school ? `We're both ${school} alumni.` : "We're both alumni of the same school.";
  if (via === 'phone') return `I got your name from ${network}.`;
  return `I found you through ${network}.`;
}

export function messageModel(input: MessageInput) {
  const { contact: c, config, now } = input;
  const me = config.me;
  const field = c.field?.trim() || me.field?.trim() || null;
  const school = me.school?.trim() || undefined;
  const alumniOpening = c.source === 'alumni' && !input.introducerName && !c.hook && Boolean(school);
  const connection = connectionSentence(c, input.introducerName, school);
  // The company is named once: when the opening, or your school in the identity clause, already
  // names it (a professor at your own school), the role phrase leaves it out.
  const company = mentions(connection, c.company) || (!alumniOpening && mentions(school, c.company)) ? undefined : c.company;
  const roleAt = rolePhrase(c.role, company) ?? null;
  const identity = identityClause(me, { year: now.getFullYear(), field: field ?? undefined, omitSchool: alumniOpening }) ?? null;
  // For a LinkedIn note that must be shortened: the first sentence of the opening, the clause without the school.
  const linkedinConnection = connectionSentence(c, input.introducerName, school, 'linkedin');
  const connectionShort = linkedinConnection ? (/^.*?[.!?](?=\s|$)/.exec(linkedinConnection)?.[0] ?? linkedinConnection) : null;
  const identityShort = identityClause(me, { year: now.getFullYear(), field: field ?? undefined, omitSchool: true }) ?? null;
  const introducer = input.introducerName;
  return {
    greeting: greetingFor(config.defaults.greeting, c.name),
    introducerGreeting: introducer ? greetingFor(config.defaults.greeting, introducer) : null,
    connection,
    /** The opening as said on LinkedIn and on the phone: the same facts in other words. */
    linkedinConnection,
    phoneConnection: connectionSentence(c, input.introducerName, school, 'phone'),
    connectionShort,
    identity,
    identityShort,
    /** The clause already says where you are heading ("moving from retail into product management"). */
    identityNamesField: Boolean(identity && field && mentions(identity, field)),
    /** The field the message is about: the contact's, else the one you are exploring. */
    field,
    topic: field ?? 'your work',
    role: cleanRole(c.role, c.company) ?? null,
    roleAt,
    /** "as a Senior UX Researcher at Northwind Health" / "at Northwind Health" / null. */
    asRole: roleAt ? `as ${roleAt}` : c.company ? `at ${c.company}` : null,
    pitch: pitchFor(me, field ?? undefined) ?? null,
    channel: messageChannel(c, input.channel),
    connected: Boolean(c.connectedOn),
    subject: introducer
      ? `${introducer} suggested I get in touch`
      : alumniOpening ? `${stageOf(me, now.getFullYear()) === 'student' ? `A ${school} student` : `A fellow ${school} graduate`}, with a question about ${field ?? 'your work'}`
      : field ? `Your advice on ${field}` : 'A short conversation about your work',
  };
}

/** How an outreach was made, as a clause: "I wrote to you", "I called you". */
export const REACHED: Record<Channel, string> = {
  email: 'I wrote to you',
  linkedin: 'I sent you a message',
  phone: 'I called you',
  'in-person': 'I asked you in person',
  intro: 'we were introduced',
  other: 'I got in touch',
};
