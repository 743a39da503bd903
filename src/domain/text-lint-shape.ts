/**
 * The text lint's rules that need only the message (and its channel): greetings, headlines,
 * doubled stops, what a LinkedIn message must not carry. Pure; text-lint.ts runs them all.
 */
import type { DraftToLint, LintFinding } from './text-lint-rules.js';

/** A stop after a title ("Dr. Stone") does not end a sentence. */
const NOT_TITLE = '(?<!\\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|vs))';

/** The sentence (or line) around a match, so an excerpt reads as words, not a cut-off slice. */
export function excerptAt(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const lineEnd = text.indexOf('\n', index + length);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const at = index - lineStart;
  const starts = [...line.slice(0, at).matchAll(new RegExp(`${NOT_TITLE}[.!?]["”]?\\s+`, 'g'))].map((m) => m.index + m[0].length);
  const start = starts.at(-1) ?? 0;
  const stop = new RegExp(`${NOT_TITLE}[.!?](?=["”]?(?:\\s|$))`).exec(line.slice(at + length));
  const end = stop ? at + length + stop.index + 1 : line.length;
  const sentence = line.slice(start, end).trim();
  if (sentence.length <= 120) return sentence;
  // A long sentence: the words around the match, cut at spaces.
  const from = line.lastIndexOf(' ', Math.max(0, at - 40)) + 1;
  const to = line.indexOf(' ', Math.min(line.length, at + length + 40));
  return `…${line.slice(from, to < 0 ? line.length : to).trim()}…`;
}

export function greetingFindings(text: string): LintFinding[] {
  const out: LintFinding[] = [];
  const titleOnly = /(?<!\p{L})(?:hi|hello|dear|hey|thank you,|thanks,)[ \t]+(?:dr|mr|mrs|ms|mx|prof|professor|sir|madam)\.?[ \t]*(?=[,!:;?]|$)/gimu;
  for (const m of text.matchAll(titleOnly)) out.push({ rule: 'title-only-greeting', message: 'the greeting uses a title alone, without the surname', excerpt: excerptAt(text, m.index, m[0].length) });
  const empty = /(?<!\p{L})(?:hi|hello|dear|hey)[ \t]*(?=[,!:;?])/gimu;
  for (const m of text.matchAll(empty)) out.push({ rule: 'empty-greeting', message: 'the greeting has no name', excerpt: excerptAt(text, m.index, m[0].length + 1) });
  return out;
}

/** A LinkedIn headline pasted as a role ("Senior Engineer | Ex-Meta | Speaker") reads as a profile, not a sentence. */
export function headlineFindings(text: string): LintFinding[] {
  // Only "|": a "·" is how many people separate the lines of a signature.
  const m = /[\p{L}\p{N}.)][ \t]+\|[ \t]+\p{L}/u.exec(text);
  return m ? [{ rule: 'headline', message: 'a LinkedIn headline is used as a role: keep only the first part', excerpt: excerptAt(text, m.index, m[0].length) }] : [];
}

/** Two full stops where data ending in one meets the template's ("Fathom & Co.."); an ellipsis is three. */
export function doubleStopFindings(text: string): LintFinding[] {
  const m = /(?<!\.)\.\.(?!\.)/.exec(text);
  return m ? [{ rule: 'double-stop', message: 'two full stops in a row', excerpt: excerptAt(text, m.index, 2) }] : [];
}

export function linkedinFindings(d: DraftToLint): LintFinding[] {
  if (d.channel !== 'linkedin') return [];
  const out: LintFinding[] = [];
  const subject = /^[ \t]*Subject:.*$/m.exec(d.text);
  if (subject) out.push({ rule: 'linkedin-subject', message: 'a LinkedIn message has no subject line', excerpt: subject[0].trim() });
  const inbox = /\binbox(?:es)?\b/i.exec(d.text);
  if (inbox) out.push({ rule: 'linkedin-inbox', message: 'a LinkedIn message does not arrive in an inbox', excerpt: excerptAt(d.text, inbox.index, inbox[0].length) });
  return out;
}
