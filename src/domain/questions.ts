/**
 * The question bank's vocabulary, pure: themes, slots, which questions fit an asker and a
 * contact, and how slots are filled. Selection itself is in question-picker.ts.
 */
import type { Stage } from './enums.js';

/** The nine themes of DOMAIN.md, in the order a conversation usually flows (people last). */
export const THEMES = [
  'path', 'day', 'likes-and-challenges', 'skills-and-fit', 'trends', 'culture', 'advice', 'resources', 'people',
] as const;
export type Theme = (typeof THEMES)[number];

/** The details a question may have a slot for: `{{ role }}`, `{{ company }}`, `{{ field }}`. */
export const SLOTS = ['role', 'company', 'field'] as const;
export type Slot = (typeof SLOTS)[number];
export type Tailoring = Partial<Record<Slot, string | undefined>>;

/** One entry of the bank (templates/questions.yaml). */
export interface BankQuestion {
  theme: Theme;
  text: string;
  /** Only when these details are known. */
  when?: Slot[] | undefined;
  /** Only when these details are not known. */
  unless?: Slot[] | undefined;
  /** Only for askers at these stages (config.yaml `me.stage`); absent: for everyone. */
  stage?: Stage[] | undefined;
  /** A "who else should I talk to" question: every list has exactly one. */
  referral?: boolean | undefined;
  /** 1-based line in the bank file, for messages. */
  line?: number | undefined;
}

/** A question ready to ask. */
export interface Question {
  text: string;
  theme: Theme;
  /** True on the one "who else should I talk to" question of a list. */
  referral: boolean;
}

const SLOT_PATTERN = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;

/** Words that open a question someone can answer with a plain yes or no. */
const YES_NO_OPENERS = new Set([
  'am', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'shall', 'should',
  'have', 'has', 'had', 'may', 'might', 'must', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt',
  'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt',
]);

/** False when the question opens with a yes/no word (`Do you…`, `Is it…`, `Would you…`). */
export function isOpenQuestion(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return !YES_NO_OPENERS.has(first.toLowerCase().replace(/[^a-z]/g, ''));
}

/** The slot names a text uses, in order of appearance (unknown names included, for checking). */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(SLOT_PATTERN)].map((m) => m[1] as string);
}

/** Slot names in a text that are not role, company or field. */
export function unknownSlots(text: string): string[] {
  return slotsOf(text).filter((s) => !(SLOTS as readonly string[]).includes(s));
}

/** True when the detail has a value (blank counts as unknown). */
export const isKnown = (t: Tailoring, slot: Slot) => Boolean(t[slot]?.trim());

/**
 * True when every slot the question uses, and every `when`, has a value, no `unless` does, and
 * the asker's stage is one the question is for (a question for a stage needs a known stage).
 */
export function fits(q: BankQuestion, t: Tailoring, stage?: Stage): boolean {
  const needs = [...slotsOf(q.text), ...(q.when ?? [])] as Slot[];
  if (q.stage && !(stage && q.stage.includes(stage))) return false;
  return needs.every((s) => isKnown(t, s)) && !(q.unless ?? []).some((s) => isKnown(t, s));
}

/**
 * Put the values into the slots in one pass: a value is inserted as text and never expanded
 * again, so a company called `{{ role }}` prints exactly that.
 */
export function fillSlots(text: string, t: Tailoring): string {
  return text.replace(SLOT_PATTERN, (whole, name: string) => {
    const value = (SLOTS as readonly string[]).includes(name) ? t[name as Slot]?.trim() : undefined;
    return value ?? whole;
  });
}
