/**
 * The text lint's presence rules: what a message must say, given the data (DOMAIN.md "What makes
 * a draft sendable"): who you are in every first message, the school to an alum, the contact's
 * hook, the introducer's name for a referral and its nudge; and the company named once, not twice.
 * Pure.
 */
import type { Config } from './config.js';
import type { Contact } from './schema.js';

/** The presence rules' ids (text-lint.ts lists them with the others). */
export type PresenceRule = 'identity-missing' | 'alumni-school-missing' | 'hook-missing' | 'introducer-missing' | 'company-twice';

export interface PresenceInput {
  kind: string;
  text: string;
  contact: Contact;
  config: Config;
  introducerName?: string | undefined;
}

/** The kinds that open a relationship: they carry who you are and the specific connection. */
const FIRST_MESSAGES = new Set(['email', 'linkedin', 'phone']);
/** How many consecutive words of the hook show it was used (a message may rephrase the rest). */
const HOOK_RUN = 4;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const has = (text: string, piece: string) => fold(text).includes(fold(piece));

function usesHook(text: string, hook: string): boolean {
  const hookWords = words(hook);
  const message = ` ${words(text).join(' ')} `;
  if (hookWords.length <= HOOK_RUN) return message.includes(` ${hookWords.join(' ')} `);
  for (let i = 0; i + HOOK_RUN <= hookWords.length; i++) {
    if (message.includes(` ${hookWords.slice(i, i + HOOK_RUN).join(' ')} `)) return true;
  }
  return false;
}

/** The text with every piece of data blanked out (same length, no letters), so wording rules judge only the template's words. */
export function maskData(text: string, data: string[]): string {
  let out = text;
  for (const piece of [...data].sort((a, b) => b.length - a.length)) {
    const oneLine = piece.replace(/\s+/g, ' ').trim().replace(/[.!;,]+$/, '');
    if (oneLine.length < 3) continue;
    out = out.split(oneLine).join('·'.repeat(oneLine.length));
  }
  return out;
}

/** The presence findings for one draft: [rule, message, where in the text (when a place can be named)]. */
export function presenceFindings(d: PresenceInput): [PresenceRule, string, number?][] {
  const out: [PresenceRule, string, number?][] = [];
  const me = d.config.me;
  const first = FIRST_MESSAGES.has(d.kind);
  // The contact's own details may contain your school ("Professor at Lakeside University"): they do not say who you are.
  const c = d.contact;
  const yours = maskData(d.text, [c.name, c.role, c.company, c.field].filter((t): t is string => Boolean(t)));
  if (first && (me.stage || me.studies || me.school || me.graduation)) {
    const stageWords = me.stage === 'career-changer' ? ['career'] : me.stage ? [me.stage] : [];
    const clues = [me.studies, me.school, me.graduation ? String(me.graduation) : undefined, ...stageWords].filter((c): c is string => Boolean(c));
    if (!clues.some((clue) => has(yours, clue))) out.push(['identity-missing', `a first message says who you are (${clues.join(', ')}), in one clause`]);
  }
  if (first && d.contact.source === 'alumni' && me.school && !has(yours, me.school)) {
    out.push(['alumni-school-missing', `a message to an alum names the school (${me.school})`]);
  }
  if (first && d.contact.hook?.trim() && !usesHook(d.text, d.contact.hook)) {
    out.push(['hook-missing', 'the contact\'s hook (the specific connection) opens a first message']);
  }
  const introducer = d.introducerName?.trim();
  if (introducer && (first || d.kind === 'nudge') && !has(d.text, introducer.split(/\s+/)[0] ?? introducer)) {
    out.push(['introducer-missing', `a message to someone ${introducer} introduced names them`]);
  }
  const company = d.contact.company?.trim();
  if (company && company.length > 1) {
    // The subject line may name it as well: the rule is about the message the contact reads.
    const subject = /^\s*Subject:.*$/m.exec(d.text);
    const inSubject = (at: number) => subject !== null && at >= subject.index && at < subject.index + subject[0].length;
    const places = [...d.text.matchAll(new RegExp(company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'))].map((m) => m.index).filter((at) => !inSubject(at));
    if (places.length > 1) out.push(['company-twice', `the message names ${company} more than once`, places[1]]);
  }
  return out;
}
