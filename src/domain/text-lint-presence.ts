/**
 * The text lint's presence rules: what a message must say, given the data (DOMAIN.md "What makes
 * a draft sendable"): who you are in every first message, the school to an alum, the contact's
 * hook, the introducer's name for a referral and its nudge. Pure.
 */
import type { Config } from './config.js';
import type { Contact } from './schema.js';

/** The presence rules' ids (text-lint.ts lists them with the others). */
export type PresenceRule = 'identity-missing' | 'alumni-school-missing' | 'hook-missing' | 'introducer-missing';

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

/** The presence findings for one draft: [rule, message] pairs; the excerpt is the message's first line. */
export function presenceFindings(d: PresenceInput): [PresenceRule, string][] {
  const out: [PresenceRule, string][] = [];
  const me = d.config.me;
  const first = FIRST_MESSAGES.has(d.kind);
  if (first && (me.stage || me.studies || me.school || me.graduation)) {
    const stageWords = me.stage === 'career-changer' ? ['career'] : me.stage ? [me.stage] : [];
    const clues = [me.studies, me.school, me.graduation ? String(me.graduation) : undefined, ...stageWords].filter((c): c is string => Boolean(c));
    if (!clues.some((c) => has(d.text, c))) out.push(['identity-missing', `a first message says who you are (${clues.join(', ')}), in one clause`]);
  }
  if (first && d.contact.source === 'alumni' && me.school && !has(d.text, me.school)) {
    out.push(['alumni-school-missing', `a message to an alum names the school (${me.school})`]);
  }
  if (first && d.contact.hook?.trim() && !usesHook(d.text, d.contact.hook)) {
    out.push(['hook-missing', 'the contact\'s hook (the specific connection) opens a first message']);
  }
  const introducer = d.introducerName?.trim();
  if (introducer && (first || d.kind === 'nudge') && !has(d.text, introducer.split(/\s+/)[0] ?? introducer)) {
    out.push(['introducer-missing', `a message to someone ${introducer} introduced names them`]);
  }
  return out;
}
