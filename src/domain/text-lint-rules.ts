/**
 * The text lint's vocabulary: its rules, a finding, and the draft it reads. Apart from the checks
 * (text-lint.ts, text-lint-shape.ts) so both import it and neither imports the other.
 */
import type { Config } from './config.js';
import type { Contact } from './schema.js';
import type { PresenceRule } from './text-lint-presence.js';

/** The rules, one id each; a finding names its rule so a known finding can be listed by id. */
export const LINT_RULES = [
  'email-length', 'linkedin-note-length', 'linkedin-message-length', 'a-an', 'title-only-greeting',
  'empty-greeting', 'placeholder', 'private-notes', 'colon-capital', 'linkedin-subject', 'linkedin-inbox',
  'job-request', 'invented-connection', 'headline', 'identity-missing', 'alumni-school-missing', 'hook-missing',
  'introducer-missing', 'company-twice', 'double-stop', 'repeated-sentence',
] as const satisfies readonly (string | PresenceRule)[];
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
