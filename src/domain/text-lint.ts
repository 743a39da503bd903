/**
 * The text lint: what makes a generated message unsendable (DOMAIN.md "Message rules" and "What
 * makes a draft sendable"), checked on the text as the user would send it. Pure: it gets the
 * draft, the contact and the config, and returns findings; the caller decides where they go.
 */
import { articleSlips } from './a-an.js';
import { maskData, presenceFindings } from './text-lint-presence.js';
import { doubleStopFindings, excerptAt, greetingFindings, headlineFindings, linkedinFindings } from './text-lint-shape.js';
import { BRACKETED_BLANK, CONNECTION_CLAIMS, JOB_REQUEST, PLACEHOLDERS } from './text-lint-phrases.js';
import type { DraftToLint, LintFinding } from './text-lint-rules.js';
import { countChars, countWords, emailParts } from './words.js';

export { LINT_RULES, type DraftToLint, type LintChannel, type LintRule } from './text-lint-rules.js';

/** DOMAIN.md: a first email, and a first-degree LinkedIn message, stay under 100 words. */
const FIRST_MESSAGE_WORDS = 100;
/** How many consecutive words of a note make it a leak (fewer is a coincidence of common words). */
const NOTES_RUN = 6;
/** How long a sentence must be before repeating it across drafts reads as a stock phrase. */
const REPEAT_WORDS = 8;

const WEEKDAYS_AND_MONTHS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December LinkedIn'.split(' '),
);

/** Data that names someone or something (every capital in it is a proper noun). */
function nameTexts(d: DraftToLint): string[] {
  const c = d.contact;
  const meetings = c.meetings ?? [];
  const me = d.config.me;
  return [c.name, c.role, c.company, c.field, d.introducerName, me.name, me.school, me.studies, me.field, ...meetings.flatMap((m) => [...(m.referrals ?? []), m.place])]
    .filter((t): t is string => Boolean(t?.trim()));
}

/** Data written as sentences (the contact's hook, the takeaways, your pitch). */
function proseTexts(d: DraftToLint): string[] {
  const takeaways = (d.contact.meetings ?? []).flatMap((m) => m.takeaways ?? []);
  return [d.contact.hook, d.config.me.pitch, ...takeaways].filter((t): t is string => Boolean(t?.trim()));
}

/** Text that came from the data (the contact's own words, your pitch): rules about wording skip it. */
const dataTexts = (d: DraftToLint) => [...nameTexts(d), ...proseTexts(d)];

/** Capitalised words that are names: all of those in names, and those in prose that do not start a sentence. */
function properNouns(d: DraftToLint): Set<string> {
  const out = new Set(nameTexts(d).flatMap((t) => t.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []));
  for (const t of proseTexts(d)) {
    for (const m of t.matchAll(/(?<!^|[.!?]\s+)(?<=\s)\p{Lu}[\p{L}'’-]*/gu)) out.add(m[0]);
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
  const names = properNouns(d);
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

/** Every finding for one draft, in a stable order (by rule, then by position), one per rule and sentence. */
export function lintDraft(d: DraftToLint): LintFinding[] {
  const masked = maskData(d.text, dataTexts(d));
  const slips = articleSlips(d.text).map((s): LintFinding => ({ rule: 'a-an', message: `"${s.found}" should read "${s.expected}"`, excerpt: excerptAt(d.text, s.index, s.found.length) }));
  const all = [
    ...lengthFindings(d), ...slips, ...greetingFindings(d.text), ...placeholderFindings(d, masked),
    ...notesFindings(d), ...colonFindings(d), ...linkedinFindings(d), ...phraseFindings(d, masked), ...headlineFindings(d.text),
    ...doubleStopFindings(d.text),
  ];
  const opening = d.text.split('\n').find((l) => l.trim() && !/^\s*Subject:|^\s*(?:hi|hello|dear)\b.{0,60}[,!]\s*$/i.test(l)) ?? '';
  for (const [rule, message, at] of presenceFindings(d)) all.push({ rule, message, excerpt: at === undefined ? excerptAt(opening, 0, 0) : excerptAt(d.text, at, 1) });
  // Two patterns in one sentence ("crossed paths at a recent event") are one thing to fix.
  return all.filter((f, i) => all.findIndex((g) => g.rule === f.rule && g.excerpt === f.excerpt) === i);
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

/** How a lint line starts on stderr; announcesBlank skips these (a finding about a blank is no warning about it). */
const LINT_PREFIX = 'lint (';

/** True when a draft's stderr says it left a blank on purpose ("a [placeholder] for what you learned"). */
export const announcesBlank = (stderr: string) =>
  stderr.split('\n').some((line) => !line.startsWith(LINT_PREFIX) && /\b(?:placeholder|blank)\b/i.test(line));

/** One stderr line per finding, for the `draft` command: `lint (rule): message: "excerpt"`. */
export function lintWarnings(d: DraftToLint): string[] {
  return lintDraft(d).map((f) => `${LINT_PREFIX}${f.rule}): ${f.message}: "${f.excerpt}"`);
}
