/**
 * The text lint: what makes a generated message unsendable (DOMAIN.md "Message rules" and "What
 * makes a draft sendable"), checked on the text as the user would send it. Pure: it gets the
 * draft, the contact and the config, and returns findings; the caller decides where they go.
 */
import { articleSlips } from './a-an.js';
import type { Config } from './config.js';
import type { Contact } from './schema.js';
import { BRACKETED_BLANK, CONNECTION_CLAIMS, JOB_REQUEST, PLACEHOLDERS } from './text-lint-phrases.js';
import { countChars, countWords, emailParts } from './words.js';

/** The rules, one id each; a finding names its rule so a known finding can be listed by id. */
export const LINT_RULES = [
  'email-length', 'linkedin-note-length', 'linkedin-message-length', 'a-an', 'title-only-greeting',
  'empty-greeting', 'placeholder', 'private-notes', 'colon-capital', 'linkedin-subject', 'linkedin-inbox',
  'job-request', 'invented-connection', 'repeated-sentence',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface LintFinding {
  rule: LintRule;
  message: string;
  /** The offending words, as they appear in the message. */
  excerpt: string;
}

/** Where a message is sent: a LinkedIn message has no subject, a phone script is spoken. */
export type LintChannel = 'email' | 'linkedin' | 'phone';

export interface DraftToLint {
  /** The draft kind (`email`, `linkedin`, `nudge`, `thankyou`, …). */
  kind: string;
  channel: LintChannel;
  /** The message as printed. */
  text: string;
  contact: Contact;
  config: Config;
  introducerName?: string | undefined;
  /** True when the draft warned (on stderr) that it leaves a blank for the user to fill. */
  blankAnnounced?: boolean | undefined;
}

/** DOMAIN.md: a first email, and a first-degree LinkedIn message, stay under 100 words. */
const FIRST_MESSAGE_WORDS = 100;
/** How many consecutive words of a note make it a leak (fewer is a coincidence of common words). */
const NOTES_RUN = 6;
/** How long a sentence must be before repeating it across drafts reads as a stock phrase. */
const REPEAT_WORDS = 8;

const WEEKDAYS_AND_MONTHS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December LinkedIn'.split(' '),
);

const excerptAt = (text: string, index: number, length: number) => {
  const start = Math.max(0, text.lastIndexOf('\n', index) + 1, index - 30);
  const endLine = text.indexOf('\n', index + length);
  const end = Math.min(endLine < 0 ? text.length : endLine, index + length + 30);
  return text.slice(start, end).trim();
};

/** Text that came from the data (the contact's own words, your pitch): rules about wording skip it. */
function dataTexts(d: DraftToLint): string[] {
  const c = d.contact;
  const meetings = c.meetings ?? [];
  return [
    c.name, c.role, c.company, c.field, c.hook, d.introducerName,
    d.config.me.name, d.config.me.pitch, d.config.me.studies, d.config.me.school, d.config.me.field,
    ...meetings.flatMap((m) => [...(m.takeaways ?? []), ...(m.referrals ?? []), m.place]),
  ].filter((t): t is string => Boolean(t?.trim()));
}

/** The text with every piece of data blanked out (same length, no letters), so wording rules judge only the template's words. */
function maskData(text: string, data: string[]): string {
  let out = text;
  for (const piece of [...data].sort((a, b) => b.length - a.length)) {
    const oneLine = piece.replace(/\s+/g, ' ').trim().replace(/[.!;,]+$/, '');
    if (oneLine.length < 3) continue;
    out = out.split(oneLine).join('·'.repeat(oneLine.length));
  }
  return out;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

function lengthFindings(d: DraftToLint): LintFinding[] {
  const limit = d.config.defaults.linkedinNoteLimit;
  if (d.channel === 'linkedin' && d.kind === 'linkedin' && !d.contact.connectedOn) {
    const n = countChars(d.text.trim());
    return n > limit ? [{ rule: 'linkedin-note-length', message: `the connection note is ${n} characters, over the limit of ${limit}`, excerpt: d.text.trim().slice(limit - 20, limit + 20) }] : [];
  }
  if (d.channel === 'linkedin' && d.kind === 'linkedin') {
    const n = countWords(d.text);
    return n >= FIRST_MESSAGE_WORDS ? [{ rule: 'linkedin-message-length', message: `the LinkedIn message is ${n} words, not under ${FIRST_MESSAGE_WORDS}`, excerpt: d.text.trim().slice(0, 60) }] : [];
  }
  if (d.channel === 'email' && d.kind === 'email') {
    const body = emailParts(d.text, d.config.me.signature?.trim() || d.config.me.name).body;
    const n = countWords(body);
    return n >= FIRST_MESSAGE_WORDS ? [{ rule: 'email-length', message: `the first email's body is ${n} words, not under ${FIRST_MESSAGE_WORDS}`, excerpt: body.slice(0, 60) }] : [];
  }
  return [];
}

function greetingFindings(text: string): LintFinding[] {
  const out: LintFinding[] = [];
  const titleOnly = /(?<!\p{L})(?:hi|hello|dear|hey)\s+(?:dr|mr|mrs|ms|mx|prof|professor|sir|madam)\.?[ \t]*(?=[,!:;?]|$)/gimu;
  for (const m of text.matchAll(titleOnly)) out.push({ rule: 'title-only-greeting', message: 'the greeting uses a title alone, without the surname', excerpt: excerptAt(text, m.index, m[0].length) });
  const empty = /(?<!\p{L})(?:hi|hello|dear|hey)[ \t]*(?=[,!:;?])/gimu;
  for (const m of text.matchAll(empty)) out.push({ rule: 'empty-greeting', message: 'the greeting has no name', excerpt: excerptAt(text, m.index, m[0].length + 1) });
  return out;
}

function placeholderFindings(d: DraftToLint, masked: string): LintFinding[] {
  const out: LintFinding[] = [];
  for (const pattern of PLACEHOLDERS) {
    const m = new RegExp(pattern.source, `${pattern.flags}g`).exec(masked);
    if (m) out.push({ rule: 'placeholder', message: `a placeholder is left in the message: ${m[0]}`, excerpt: excerptAt(d.text, m.index, m[0].length) });
  }
  const blank = new RegExp(BRACKETED_BLANK.source, 'g');
  for (const m of masked.matchAll(blank)) {
    if (d.blankAnnounced) continue;
    out.push({ rule: 'placeholder', message: 'a [bracketed] blank is left and the draft does not warn about it', excerpt: excerptAt(d.text, m.index, m[0].length) });
  }
  return out;
}

/** Runs of NOTES_RUN or more words of any private note (contact notes, meeting notes, outreach notes) found in the message. */
function notesFindings(d: DraftToLint): LintFinding[] {
  const c = d.contact;
  const notes = [c.notes, ...(c.meetings ?? []).map((m) => m.notes), ...(c.outreach ?? []).map((o) => o.note)].filter((n): n is string => Boolean(n));
  if (!notes.length) return [];
  const grams = (list: string[]) => {
    const set = new Set<string>();
    for (let i = 0; i + NOTES_RUN <= list.length; i++) set.add(list.slice(i, i + NOTES_RUN).join(' '));
    return set;
  };
  const secret = grams(notes.flatMap((n) => [...words(n), '¶']));
  const allowed = grams(dataTexts(d).flatMap((t) => [...words(t), '¶']));
  const msg = words(d.text);
  const out: LintFinding[] = [];
  for (let i = 0; i + NOTES_RUN <= msg.length; i++) {
    const gram = msg.slice(i, i + NOTES_RUN).join(' ');
    if (!secret.has(gram) || allowed.has(gram)) continue;
    let end = i + NOTES_RUN;
    while (end < msg.length && secret.has(msg.slice(end - NOTES_RUN + 1, end + 1).join(' '))) end++;
    out.push({ rule: 'private-notes', message: `${end - i} words of your private notes appear in the message`, excerpt: msg.slice(i, end).join(' ') });
    i = end - 1;
  }
  return out;
}

/** A capital after a colon in the middle of a sentence ("taking away: A portfolio"), unless it starts a name, an acronym or a quotation. */
function colonFindings(d: DraftToLint): LintFinding[] {
  const names = new Set(dataTexts(d).flatMap((t) => t.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []));
  const out: LintFinding[] = [];
  for (const line of d.text.split('\n')) {
    for (const m of line.matchAll(/[\p{L}\p{N})][ \t]*:[ \t]+(\p{Lu}[\p{L}'’-]*)/gu)) {
      const before = line.slice(0, m.index + 1).trim();
      const word = (m[1] ?? '').replace(/['’]s$/, '');
      // A subject line starts with a capital like any title.
      const label = /^(?:Subject|Re|Fwd?)$/i.test(before);
      const proper = /^I(?:['’]\p{L}+)?$/u.test(word) || /^\p{Lu}{2,}$/u.test(word) || names.has(word) || WEEKDAYS_AND_MONTHS.has(word);
      if (label || proper) continue;
      out.push({ rule: 'colon-capital', message: 'a capital letter after a colon in mid-sentence', excerpt: excerptAt(line, m.index, m[0].length) });
    }
  }
  return out;
}

function linkedinFindings(d: DraftToLint): LintFinding[] {
  if (d.channel !== 'linkedin') return [];
  const out: LintFinding[] = [];
  const subject = /^[ \t]*Subject:.*$/m.exec(d.text);
  if (subject) out.push({ rule: 'linkedin-subject', message: 'a LinkedIn message has no subject line', excerpt: subject[0].trim() });
  const inbox = /\binbox(?:es)?\b/i.exec(d.text);
  if (inbox) out.push({ rule: 'linkedin-inbox', message: 'a LinkedIn message does not arrive in an inbox', excerpt: excerptAt(d.text, inbox.index, inbox[0].length) });
  return out;
}

function phraseFindings(d: DraftToLint, masked: string): LintFinding[] {
  const out: LintFinding[] = [];
  // Several patterns can match the same words ("looking for a job"): one finding per place.
  const taken: [number, number][] = [];
  for (const pattern of JOB_REQUEST) {
    const m = pattern.exec(masked);
    if (!m || taken.some(([from, to]) => m.index < to && m.index + m[0].length > from)) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({
      rule: 'job-request', message: `reads as asking for a job ("${m[0]}"): ask for advice only`, excerpt: excerptAt(d.text, m.index, m[0].length),
    });
  }
  const c = d.contact;
  const met = Boolean(c.meetings?.length);
  const introduced = Boolean(c.introducedBy || d.introducerName) || c.source === 'referral' || c.source === 'friend';
  for (const { pattern, needs } of CONNECTION_CLAIMS) {
    if ((needs === 'meeting' && met) || (needs === 'introducer' && introduced)) continue;
    const m = pattern.exec(masked);
    if (m) out.push({ rule: 'invented-connection', message: `claims a connection the contact file does not record ("${m[0]}")`, excerpt: excerptAt(d.text, m.index, m[0].length) });
  }
  return out;
}

/** Every finding for one draft, in a stable order (by rule, then by position). */
export function lintDraft(d: DraftToLint): LintFinding[] {
  const masked = maskData(d.text, dataTexts(d));
  const slips = articleSlips(d.text).map((s): LintFinding => ({ rule: 'a-an', message: `"${s.found}" should read "${s.expected}"`, excerpt: excerptAt(d.text, s.index, s.found.length) }));
  return [
    ...lengthFindings(d), ...slips, ...greetingFindings(d.text), ...placeholderFindings(d, masked),
    ...notesFindings(d), ...colonFindings(d), ...linkedinFindings(d), ...phraseFindings(d, masked),
  ];
}

/** The sentences of a message (split at . ! ? and line ends). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());

/**
 * Sentences of REPEAT_WORDS or more words that appear in two or more kinds of draft for the same
 * contact: a stock phrase the contact would read twice. One finding per repeated sentence.
 */
export function repeatedSentences(drafts: { kind: string; text: string }[]): LintFinding[] {
  const seen = new Map<string, { kinds: Set<string>; excerpt: string }>();
  for (const { kind, text } of drafts) {
    for (const s of sentences(text)) {
      const key = words(s).join(' ');
      if (words(s).length < REPEAT_WORDS) continue;
      const entry = seen.get(key) ?? { kinds: new Set(), excerpt: s.trim() };
      seen.set(key, { ...entry, kinds: entry.kinds.add(kind) });
    }
  }
  return [...seen.values()]
    .filter(({ kinds }) => kinds.size > 1)
    .map(({ kinds, excerpt }) => ({ rule: 'repeated-sentence' as const, message: `the same sentence is in the ${[...kinds].sort().join(', ')} drafts`, excerpt }));
}

/** True when a draft's stderr says it left a blank on purpose ("a [placeholder] for what you learned"). */
export const announcesBlank = (stderr: string) => /\b(?:placeholder|blank)\b/i.test(stderr);

/** One stderr line per finding, for the `draft` command: `lint (rule): message: "excerpt"`. */
export function lintWarnings(d: DraftToLint): string[] {
  return lintDraft(d).map((f) => `lint (${f.rule}): ${f.message}: "${f.excerpt}"`);
}
